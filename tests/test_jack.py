"""JACK as an installation technician meets it: named ports, connections kept across restarts, two
instances side by side. Real `ravebridge serve` processes on the private JACK dummy server, JACK's own
tools to look, python-osc over loopback to talk, and a small JACK-Client process as a peer program."""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
from pythonosc.osc_message import OscMessage
from pythonosc.udp_client import SimpleUDPClient
from scipy.io import wavfile

from ravebridge.control.session import SessionError, load

DEMO = Path(__file__).resolve().parents[1] / "models" / "demo.ts"
TAG = os.getpid()
#: a program with ports in_1 and out_1 that another program's restart would take away and bring back
PEER = textwrap.dedent("""
    import signal, sys, jack
    client = jack.Client(sys.argv[1], use_exact_name=True, no_start_server=True)
    client.inports.register("in_1")
    client.outports.register("out_1")
    client.activate()
    signal.pause()
    """)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def session(tmp_path, text: str, name: str = "session.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


class Instance:
    """`ravebridge serve --config SESSION --audio jack --jack-name NAME --osc-port PORT`, its log in a file."""

    def __init__(self, config: Path, name: str, port: int | None = None, *extra: str):
        self.name, self.port = name, port or free_port()
        self.log = config.parent / f"{name}-{self.port}.log"
        with self.log.open("w") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "ravebridge.cli", "serve", "--config", str(config), "--audio", "jack",
                 "--jack-name", name, "--osc-port", str(self.port), "--wek-port", "-1", *extra],
                stdout=subprocess.DEVNULL, stderr=log)
        self.osc = SimpleUDPClient("127.0.0.1", self.port)

    def ask(self, address: str, *args, timeout: float = 5.0) -> OscMessage:
        """The first answer to `address` (pushes are skipped)."""
        self.osc.send_message(address, list(args))
        return self.next(lambda m: m.address == f"{address}.reply" or (m.params and m.params[0] == address),
                         timeout)

    def next(self, match, timeout: float, osc: SimpleUDPClient | None = None) -> OscMessage:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            data = (osc or self.osc).receive(max(0.01, deadline - time.monotonic()))
            if data and match(message := OscMessage(data)):
                return message
        tail = self.log.read_text(errors="replace").splitlines()[-8:] if self.log.exists() else []
        raise TimeoutError(f"{self.name}: no answer within {timeout} s; its log ends: {tail}")

    @contextlib.contextmanager
    def pushes(self):
        """A socket of its own subscribed to the pushes (`next(match, timeout)` reads them), unsubscribed
        after: pushes left queued on the asking socket would fill its buffer and crowd out replies."""
        osc = SimpleUDPClient("127.0.0.1", self.port)
        try:
            osc.send_message("/rave/notify", [1])
            yield lambda match, timeout: self.next(match, timeout, osc)
        finally:
            osc.send_message("/rave/notify", [0])
            osc.close()

    def status(self, seconds: float = 120.0) -> list:
        """/rave/status's reply, once the instance answers (its models load first)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.log.read_text()
            try:
                return self.ask("/rave/status", timeout=0.3).params
            except TimeoutError:
                continue
        raise AssertionError(f"{self.name} never answered /rave/status")

    def quit(self) -> None:
        if self.proc.poll() is None:
            self.osc.send_message("/rave/quit", [])

    def stop(self) -> str:
        """Quit over OSC; the instance's log."""
        if self.proc.poll() is None:
            self.quit()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.osc.close()
        return self.log.read_text()


def ports(client: str) -> list[str]:
    """The short names of a JACK client's ports, as `jack_lsp` lists them."""
    lines = subprocess.run(["jack_lsp"], capture_output=True, text=True, check=True).stdout.splitlines()
    return [p.split(":", 1)[1] for p in lines if p.startswith(f"{client}:")]


def pair(a: str, b: str) -> tuple[str, str]:
    """A connection as `connections` lists it, whichever way round it is given."""
    return tuple(sorted((a, b)))


def connections() -> set[tuple[str, str]]:
    """Every connection `jack_lsp -c` shows, each once."""
    found, port = set(), None
    for line in subprocess.run(["jack_lsp", "-c"], capture_output=True, text=True, check=True).stdout.splitlines():
        if line.startswith("   "):
            found.add(pair(port, line.strip()))
        else:
            port = line
    return found


def wait_until(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


@pytest.fixture
def peer():
    """start(name) runs the peer program until the test ends (or it is killed)."""
    procs = []

    def start(name: str) -> subprocess.Popen:
        proc = subprocess.Popen([sys.executable, "-c", PEER, name])
        procs.append(proc)
        wait_until(lambda: ports(name) == ["in_1", "out_1"], 10, f"peer {name} did not come up")
        return proc
    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(10)


def test_names_jack_would_refuse_stop_the_session_with_their_key_paths(tmp_path):
    """A client name with a colon, a name count that is not the channel count and a name given twice
    are each reported with their key path before any audio starts (JACK would rename or refuse them)."""
    with pytest.raises(SessionError) as caught:
        load(session(tmp_path, """
            [server]
            jack_name = "stage:left"
            outputs = 2
            output_names = ["desk L"]
            inputs = 2
            input_names = ["mic", "mic"]
            """))
    assert caught.value.problems == [
        "server.jack_name: 'stage:left': a JACK client name has no colon and no control characters",
        "server.output_names: 1 name for 2 outputs (one per channel)",
        "server.input_names: 'mic' given twice: every port needs its own name"]


def test_named_ports_and_no_connection_unless_configured(jack_server, tmp_path):
    """One JACK port per channel under the names the session gives, and nothing connected when the
    session asks for nothing; `auto_connect = true` connects to the system ports as pyo would."""
    plain = session(tmp_path, """
        [server]
        audio = "jack"
        outputs = 2
        inputs = 1
        output_names = ["desk L", "desk R"]
        input_names = ["mic"]
        """)
    auto = session(tmp_path, """
        [server]
        audio = "jack"
        outputs = 2
        auto_connect = true
        """, "auto.toml")
    named, wired = Instance(plain, f"rb-named-{TAG}"), Instance(auto, f"rb-auto-{TAG}")
    try:
        named.status(), wired.status()
        assert sorted(ports(named.name)) == ["desk L", "desk R", "mic"]
        assert not [c for c in connections() if any(p.startswith(named.name + ":") for p in c)]
        assert ports(wired.name) == ["output_1", "output_2"]
        wait_until(lambda: {pair(f"{wired.name}:output_{i}", f"system:playback_{i}") for i in (1, 2)}
                   <= connections(), 5, "auto_connect did not connect to the system ports")
    finally:
        named.quit(), wired.quit()
        named.stop(), wired.stop()


def test_connections_are_restored_when_the_peer_or_ravebridge_restarts(jack_server, tmp_path, peer):
    """The session's connections are made when the peer appears, made again after the peer is killed
    and started again, and made again when ravebridge itself restarts; a peer that stays away is
    logged once, not every second."""
    other = f"rb-peer-{TAG}"
    config = session(tmp_path, f"""
        [server]
        audio = "jack"
        outputs = 2
        inputs = 1
        connections = [["output_1", "{other}:in_1"], ["{other}:out_1", "input_1"]]
        """)
    rb = Instance(config, f"rb-kept-{TAG}")
    kept = {pair(f"{rb.name}:output_1", f"{other}:in_1"), pair(f"{other}:out_1", f"{rb.name}:input_1")}
    try:
        rb.status()
        first = peer(other)
        wait_until(lambda: kept <= connections(), 3, "not connected when the peer appeared")
        first.kill()
        first.wait()
        wait_until(lambda: not ports(other), 5, "the killed peer's ports stayed")
        time.sleep(2.5)                    # two checks and more with the peer away
        peer(other)
        wait_until(lambda: kept <= connections(), 3, "not connected again when the peer came back")
        log = rb.stop()
        assert log.count(f"{other}:in_1: no port {other}:in_1") == 2, log   # at start, and once it was killed
        assert log.count(f"server.connections[0]: {rb.name}:output_1 -> {other}:in_1 reconnected") == 1, log

        wait_until(lambda: not ports(rb.name), 10, "ravebridge's ports stayed after it quit")
        rb = Instance(config, rb.name)
        rb.status()
        wait_until(lambda: kept <= connections(), 3, "not connected when ravebridge came back")
    finally:
        rb.stop()


@pytest.fixture(scope="module")
def two(jack_server, tmp_path_factory):
    """Two instances of ONE session, each under its own JACK name and OSC port, started at once and serving."""
    if not DEMO.exists():
        pytest.skip("models/demo.ts is not built")
    config = session(tmp_path_factory.mktemp("two"), """
        [server]
        audio = "jack"
        outputs = 2
        inputs = 1
        connections = [["output_1", "system:playback_1"]]
        [voices.tone]
        model = "demo"
        outputs = [0]
        [voices.ear]
        model = "demo"
        method = "encode"
        """)
    a, b = Instance(config, f"rb-a-{TAG}"), Instance(config, f"rb-b-{TAG}")
    try:
        a.status(), b.status()
        yield a, b
    finally:
        a.quit(), b.quit()       # both at once: each takes seconds to stop its workers
        a.stop(), b.stop()


def test_two_instances_of_one_session_run_side_by_side(two):
    """Both answer /rave/status over OSC with the session's voices, each has its own ports, the
    session's bare port names are each instance's own, and one's output feeds the other's input:
    b's encoder hears a's tone once they are connected."""
    a, b = two
    for instance in (a, b):
        assert instance.status()[6::2] == ["tone", "ear"]
        assert sorted(ports(instance.name)) == ["input_1", "output_1", "output_2"]
    wait_until(lambda: {pair(f"{x.name}:output_1", "system:playback_1") for x in (a, b)} <= connections(), 5,
               "the session's connection was not made for both instances")
    with b.pushes() as pushed:
        def loudness() -> float:
            """The loudness dimension of b's newest encoded frame (-3.5: silence)."""
            return pushed(lambda m: m.address == "/rave/ear/frame", 5).params[3]
        silent = loudness()
        subprocess.run(["jack_connect", f"{a.name}:output_1", f"{b.name}:input_1"], check=True)
        wait_until(lambda: loudness() > silent + 1, 5, "b's input did not hear a's output")
    assert pair(f"{a.name}:output_1", f"{b.name}:input_1") in connections()


def test_a_taken_jack_name_or_busy_port_fails_in_one_line(two):
    """A third instance under a JACK name in use, or on an OSC or regression-stage port in use, does
    not start: exit 1, one `ravebridge:` line saying what is taken, no traceback; the running pair
    is untouched."""
    a, b = two
    bare = session(a.log.parent, """
        [server]
        audio = "jack"
        """, "bare.toml")
    cases = [((a.name, None), f"the JACK client name '{a.name}' is taken"),
             ((f"rb-c-{TAG}", a.port), f"cannot listen for OSC on 127.0.0.1:{a.port}"),
             ((f"rb-d-{TAG}", None, "--wek-port", str(b.port)), f"regression stage on 127.0.0.1:{b.port}")]
    for args, says in cases:
        third = Instance(bare, *args)
        try:
            code = third.proc.wait(60)
        finally:
            log = third.stop()
        assert code == 1, log
        lines = [line for line in log.splitlines() if line.startswith("ravebridge:")]
        assert len(lines) == 1 and says in lines[0] and "Traceback" not in log, log
    assert a.status()[2] == b.status()[2] == 2


def test_the_documented_relay_fans_one_control_address_out_to_both(two, tmp_path):
    """docs/jack.md's OSC relay, run as printed: a command sent to its one address reaches both
    instances (each then reports the new gain when asked directly)."""
    a, b = two
    text = (Path(__file__).resolve().parents[1] / "docs" / "jack.md").read_text()
    script = tmp_path / "osc-fanout.py"
    script.write_text(text.split("```python\n")[1].split("```")[0])
    port = free_port()
    relay = subprocess.Popen([sys.executable, str(script), str(port), f"127.0.0.1:{a.port}", f"127.0.0.1:{b.port}"])
    show = SimpleUDPClient("127.0.0.1", port)
    try:
        def both_hear() -> bool:
            show.send_message("/rave/ear/gain", [0.5])
            return all(x.ask("/rave/ear/get").params[1] == 0.5 for x in (a, b))
        wait_until(both_hear, 30, "the relay did not reach both instances")   # a Python start on a busy machine
    finally:
        relay.kill()
        relay.wait()


def test_a_session_records_from_the_start_into_its_folder_and_stops_cleanly(jack_server, tmp_path):
    """`[record] start` records the outputs from the start into `record.folder` (relative to the session):
    /rave/record/status names the file while it grows, and after /rave/quit it is a whole WAV of both
    outputs with what the demo voice played; a second instance asking for the same file does not start,
    with one line naming the problem."""
    config = session(tmp_path, """
        [server]
        audio = "jack"
        outputs = 2

        [voices.demo]
        model = "demo"

        [record]
        folder = "takes"
        start = "opening.wav"
        """)
    path = tmp_path / "takes" / "opening.wav"
    one = Instance(config, f"rb-rec-{TAG}")
    try:
        one.status()
        time.sleep(1.0)
        recording, told, seconds = one.ask("/rave/record/status").params[1:4]
        assert (recording, told) == (1, str(path)) and seconds > 0.5
        two = Instance(config, f"rb-rec2-{TAG}")
        assert two.proc.wait(60) != 0
        log = two.stop()
        assert "record.start" in log and "exists" in log and "Traceback" not in log
    finally:
        text = one.stop()
    assert one.proc.returncode == 0, text
    rate, audio = wavfile.read(path)
    assert rate == 48000 and audio.dtype == np.float32 and audio.shape[1] == 2 and len(audio) > 0.5 * rate
    assert np.abs(audio).max() > 0.01, "the recording is silent"


def test_serve_record_refuses_what_it_cannot_do_in_one_line(tmp_path):
    """--record with offline audio, or into a folder that does not exist: one line saying so, no traceback."""
    for args, reason in [(["--audio", "offline", "--record", str(tmp_path / "x.wav")], "real-time audio"),
                         (["--audio", "jack", "--record", str(tmp_path / "none" / "x.wav")], "no such folder")]:
        result = subprocess.run([sys.executable, "-m", "ravebridge.cli", "serve", *args, "--duration", "1"],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode != 0 and reason in result.stderr and "Traceback" not in result.stderr, result.stderr
