"""Run Pure Data headless with generated harness patches, drive them, hear them.

A harness patch holds abstraction instances. The test talks to them through
FUDI over UDP (``[netreceive -u PORT]`` -> ``[send <name>]``) and hears every
outlet as OSC (``/pd/out <instance> <outlet> atoms...``) on a python-osc
listener. Pd's console goes to a log file that the tests read for errors.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from pythonosc.osc_message import OscMessage

ROOT = Path(__file__).resolve().parents[2]
PD_DIR = ROOT / "patches" / "pd"
DATA_DIR = ROOT / "patches" / "data"
WATCHDOG_MS = 10000
ERROR_PATTERNS = re.compile(r"couldn't create|error|bad arguments|can't open|not found|no method|"
                            r"inlet: expected|connection failed|argument number out of range", re.I)


def pd_binary() -> str | None:
    return shutil.which("pd")


def free_udp_port() -> int:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def pd_escape(text: str) -> str:
    return text.replace("$", "\\$").replace(",", " \\, ").replace(";", " \\; ")


def console_errors(log: str) -> list[str]:
    """Lines of Pd's console that report a problem (the [hid] banner is not one)."""
    return [line for line in log.splitlines() if ERROR_PATTERNS.search(line)]


class Listener:
    """Collects OSC messages sent to a loopback UDP port."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.messages: list[tuple[str, list]] = []
        self.lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                data, _ = self.sock.recvfrom(65536)
            except (socket.timeout, OSError):
                continue
            try:
                m = OscMessage(data)
            except Exception:
                continue
            with self.lock:
                self.messages.append((m.address, list(m.params)))

    def snapshot(self) -> list[tuple[str, list]]:
        with self.lock:
            return list(self.messages)

    def clear(self):
        with self.lock:
            self.messages.clear()

    def wait_for(self, predicate, timeout: float = 10.0):
        """Wait until predicate(messages) is truthy; return its value (or the last falsy one)."""
        end = time.monotonic() + timeout
        while True:
            value = predicate(self.snapshot())
            if value or time.monotonic() > end:
                return value
            time.sleep(0.02)

    def close(self):
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


@dataclass
class Instance:
    name: str          # the test's name for it: messages go to [r test.<name>]
    text: str          # the object box, e.g. "rave.voice a demo"
    outlets: int = 2
    x: int = 10
    y: int = 10


@dataclass
class Harness:
    """A generated patch around some instances, run by a headless Pd."""
    tmp: Path
    instances: list[Instance]
    links: list[tuple[str, int, str, int]] = field(default_factory=list)  # (from, outlet, to, inlet)
    extra_paths: list[Path] = field(default_factory=list)
    open_first: list[Path] = field(default_factory=list)   # other patches to open in the same Pd

    def __post_init__(self):
        self.listener = Listener()
        self.control_port = free_udp_port()
        self.log_path = self.tmp / "pd.log"
        self.proc: subprocess.Popen | None = None

    # ---- patch
    def patch_text(self) -> str:
        lines = ["#N canvas 0 0 900 700 10;"]
        n = 0

        def add(line: str) -> int:
            nonlocal n
            lines.append(line + ";")
            n += 1
            return n - 1

        connects = []
        rx = add(f"#X obj 600 10 netreceive -u {self.control_port}")
        to_list = add("#X obj 600 35 list")
        tee = add("#X obj 600 60 t a a")
        name_split = add("#X obj 700 85 list split 1")
        name_sym = add("#X obj 700 110 symbol")
        rest_split = add("#X obj 600 85 list split 1")
        rest_trim = add("#X obj 600 110 list trim")
        snd = add("#X obj 600 135 send")
        connects += [(rx, 0, to_list, 0), (to_list, 0, tee, 0), (tee, 1, name_split, 0),
                     (name_split, 0, name_sym, 0), (name_sym, 0, snd, 1), (tee, 0, rest_split, 0),
                     (rest_split, 1, rest_trim, 0), (rest_trim, 0, snd, 0)]
        out_fmt = add("#X obj 600 300 oscformat pd out")
        out_pre = add("#X obj 600 325 list prepend send")
        out_trim = add("#X obj 600 350 list trim")
        gate = add("#X obj 600 375 spigot")
        netsend = add("#X obj 600 400 netsend -u -b")
        connect = add(f"#X msg 700 275 connect 127.0.0.1 {self.listener.port}")
        lb = add("#X obj 700 250 loadbang")
        # outputs before the connection (loadbangs of the instances) are dropped, not errors
        connects += [(out_fmt, 0, out_pre, 0), (out_pre, 0, out_trim, 0), (out_trim, 0, gate, 0),
                     (gate, 0, netsend, 0), (netsend, 0, gate, 1), (lb, 0, connect, 0), (connect, 0, netsend, 0)]
        # watchdog: the test pings every second; without pings for 10 s (the test died), Pd quits
        alive = add("#X obj 800 10 r test.alive")
        watchdog = add(f"#X obj 800 35 del {WATCHDOG_MS}")
        quit_ = add("#X msg 800 60 \\; pd quit")
        connects += [(lb, 0, watchdog, 0), (alive, 0, watchdog, 0), (watchdog, 0, quit_, 0)]
        boxes = {}
        for inst in self.instances:
            r = add(f"#X obj {inst.x} {inst.y} r test.{inst.name}")
            box = boxes[inst.name] = add(f"#X obj {inst.x} {inst.y + 25} {pd_escape(inst.text)}")
            connects.append((r, 0, box, 0))
            for k in range(inst.outlets):
                as_list = add(f"#X obj {inst.x + 60 * k} {inst.y + 250} list")
                pre = add(f"#X obj {inst.x + 60 * k} {inst.y + 275} list prepend {inst.name} {k}")
                connects += [(box, k, as_list, 0), (as_list, 0, pre, 0), (pre, 0, out_fmt, 0)]
        connects += [(boxes[a], b, boxes[c], d) for a, b, c, d in self.links]
        lines += [f"#X connect {a} {b} {c} {d};" for a, b, c, d in connects]
        return "\n".join(lines) + "\n"

    # ---- process
    def start(self, settle: float = 0.0) -> "Harness":
        patch = self.tmp / "harness.pd"
        patch.write_text(self.patch_text())
        args = [pd_binary(), "-nogui", "-nosound", "-noprefs", "-stderr", "-path", str(PD_DIR)]
        for p in self.extra_paths:
            args += ["-path", str(p)]
        for p in self.open_first:
            args += ["-open", str(p)]
        args += ["-open", str(patch)]
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT, cwd=self.tmp,
                                     start_new_session=True)
        self._wait_ready()
        self._pinging = threading.Event()
        self._pinger = threading.Thread(target=self._ping, daemon=True)
        self._pinger.start()
        return self

    def _ping(self):
        while not self._pinging.wait(1.0):
            self.send("test.alive", "bang")

    def _wait_ready(self, timeout: float = 15.0):
        """Pd is up once its [netreceive] holds the control port (messages then queue until load ends)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError("pd exited: " + self.console())
            if self._port_taken():
                return
            time.sleep(0.05)
        raise RuntimeError("pd did not come up: " + self.console())

    def _port_taken(self) -> bool:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            s.bind(("127.0.0.1", self.control_port))
        except OSError:
            return True
        finally:
            s.close()
        return False

    def send(self, receiver: str, *atoms) -> None:
        """Deliver `atoms` to [r <receiver>] (use test.<name> for an instance's inlet)."""
        text = " ".join(str(a) for a in (receiver, *atoms)) + ";\n"
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.sendto(text.encode(), ("127.0.0.1", self.control_port))
        s.close()

    def to(self, name: str, *atoms) -> None:
        self.send(f"test.{name}", *atoms)

    def outputs(self, name: str | None = None, outlet: int | None = None) -> list[list]:
        """What the instances' outlets gave: lists of atoms (after name and outlet)."""
        out = []
        for address, args in self.listener.snapshot():
            if address != "/pd/out" or len(args) < 2:
                continue
            if (name is None or args[0] == name) and (outlet is None or int(args[1]) == outlet):
                out.append(args[2:])
        return out

    def wait_output(self, name: str, outlet: int, predicate, timeout: float = 10.0):
        """The first output of the instance's outlet for which predicate(atoms) is true, or None."""
        end = time.monotonic() + timeout
        while True:
            for atoms in self.outputs(name, outlet):
                if predicate(atoms):
                    return atoms
            if time.monotonic() > end:
                return None
            time.sleep(0.02)

    def displays(self, name: str, timeout: float = 5.0) -> dict[str, list]:
        """Send `dump` to an instance and collect its `display <field> <value>` answers."""
        self.listener.clear()
        self.to(name, "dump")
        fields: dict[str, list] = {}
        end = time.monotonic() + timeout
        last_count, stable_since = -1, time.monotonic()
        while time.monotonic() < end:
            for atoms in self.outputs(name):
                if atoms and atoms[0] == "display" and len(atoms) >= 2:
                    fields[str(atoms[1])] = atoms[2:]
            if fields and len(fields) == last_count and time.monotonic() - stable_since > 0.3:
                break
            if len(fields) != last_count:
                last_count, stable_since = len(fields), time.monotonic()
            time.sleep(0.05)
        return fields

    def console(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def stop(self) -> str:
        if hasattr(self, "_pinging"):
            self._pinging.set()
            self._pinger.join(2)
        if self.proc and self.proc.poll() is None:
            self.send("pd", "quit")
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        if hasattr(self, "log"):
            self.log.close()
        self.listener.close()
        return self.console()


def open_patch(path: Path, seconds: float = 1.5, extra_paths: list[Path] | None = None) -> str:
    """Open one patch headless, let it run for a moment (loadbangs, first timers), return the console."""
    # coreutils' timeout ends Pd even if this test process dies first
    args = ["timeout", "-s", "KILL", str(int(seconds) + 20), pd_binary(), "-nogui", "-nosound", "-noprefs",
            "-stderr", "-path", str(PD_DIR)]
    for p in extra_paths or []:
        args += ["-path", str(p)]
    args += ["-open", str(path)]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=path.parent,
                            start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            out, _ = proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate(timeout=5)
    return out.decode(errors="replace")


def waiter(default_timeout: float):
    """`wait(predicate, timeout=default_timeout)`: poll until true or the bound runs out; returns the last answer."""
    def wait(predicate, timeout: float = default_timeout) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if predicate():
                return True
            time.sleep(0.02)
        return bool(predicate())
    return wait
