"""A stand-in for the ravebridge OSC server, speaking the documented address space.

It lets the Pd and Max client patches be tested before (and besides) the real
server: it records every message, keeps voices with their latents, gains and
settings, and answers like the server: `/rave/done <address> ...` or
`/rave/fail <address> <reason>` to the sender's address and port.
"""
from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field

from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder


def build(address: str, *args) -> bytes:
    b = OscMessageBuilder(address)
    for a in args:
        b.add_arg(a)
    return b.build().dgram


@dataclass
class StubVoice:
    model: str
    method: str = "decode"
    latents: list = field(default_factory=lambda: [0.0] * 8)
    bias: dict = field(default_factory=dict)
    scale: dict = field(default_factory=dict)
    db: float | None = None
    gain: float | None = None
    mute: float | None = None
    out: list | None = None
    smooth: float | None = None
    pan: float | None = None        # None: not panned
    solo: float | None = None
    follow: str | None = None       # the encoder voice it follows


class StubServer:
    LATENCY = 2048

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.messages: list[tuple[str, list]] = []
        self.voices: dict[str, StubVoice] = {}
        self.status = dict(sr=48000, buffer=256, cpu=12.5, late=2, xruns=3)
        self.master = dict(gain=1.0, limit=1, ceiling_db=0.0)
        self.fail_next: dict[str, str] = {}   # address -> reason: answer the next one with a failure
        self.lock = threading.RLock()     # predicates given to wait_for may call received()
        self.clients: set = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def close(self):
        self._stop.set()
        self._thread.join(2)
        self.sock.close()

    def send(self, addr, address: str, *args):
        self.sock.sendto(build(address, *args), addr)

    def received(self, address: str) -> list[list]:
        with self.lock:
            return [args for a, args in self.messages if a == address]

    def wait_for(self, predicate, timeout: float = 10.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self.lock:
                if predicate(self):
                    return True
            time.sleep(0.02)
        with self.lock:
            return bool(predicate(self))

    def _run(self):
        while not self._stop.is_set():
            try:
                data, addr = self.sock.recvfrom(65536)
            except (socket.timeout, OSError):
                continue
            try:
                msg = OscMessage(data)
            except Exception:
                continue
            with self.lock:
                self.clients.add(addr)
                self.messages.append((msg.address, list(msg.params)))
                self._handle(addr, msg.address, list(msg.params))

    def _handle(self, addr, address: str, args: list):
        if address in self.fail_next:
            self.send(addr, "/rave/fail", address, self.fail_next.pop(address))
            return
        parts = address.strip("/").split("/")
        if parts[0] != "rave":
            return
        if address == "/rave/status":
            pairs = []
            for name in self.voices:
                pairs += [name, self.LATENCY]
            s = self.status
            self.send(addr, "/rave/status.reply", s["sr"], s["buffer"], len(self.voices), float(s["cpu"]),
                      s["late"], s["xruns"], *pairs)
        elif address == "/rave/voice/new":
            name, model = str(args[0]), str(args[1])
            method = str(args[2]) if len(args) > 2 else "decode"
            if name in self.voices:
                self.send(addr, "/rave/fail", address, f"voice {name} exists")
                return
            self.voices[name] = StubVoice(model, method)
            self.send(addr, "/rave/done", address, name, self.LATENCY)
        elif address == "/rave/voice/free":
            self.voices.pop(str(args[0]), None)
            self.send(addr, "/rave/done", address, str(args[0]))
        elif address == "/rave/voice/list":
            triples = []
            for name, v in self.voices.items():
                triples += [name, v.model, v.method]
            self.send(addr, "/rave/voice/list.reply", *triples)
        elif address in ("/rave/notify", "/rave/midi/learn", "/rave/quit"):
            self.send(addr, "/rave/done", address)
        elif address.startswith("/rave/master/") or address == "/rave/snapshot":
            self._master(addr, address, args)
        elif len(parts) >= 3:
            name, cmd = parts[1], "/".join(parts[2:])
            v = self.voices.get(name)
            if v is None:
                self.send(addr, "/rave/fail", address, f"no voice named {name}")
                return
            reply = self._voice(v, cmd, args)
            if isinstance(reply, str):
                self.send(addr, "/rave/fail", address, reply)
            else:
                self.send(addr, "/rave/done", address, *reply)

    def _master(self, addr, address: str, args: list):
        """The master section and snapshots: kept and answered as the server does."""
        m, reply = self.master, []
        if address == "/rave/master/gain":
            m["gain"] = float(args[0])
        elif address == "/rave/master/db":
            m["gain"] = 10 ** (float(args[0]) / 20)
        elif address == "/rave/master/limit":
            m["limit"] = int(args[0])
            m["ceiling_db"] = float(args[1]) if len(args) > 1 else m["ceiling_db"]
        elif address == "/rave/master/get":    # gain, limit, ceiling, reduction, then two outputs' peaks
            reply = [m["gain"], m["limit"], m["ceiling_db"], 0.0, 2, 0.0, 0.0]
        elif address == "/rave/snapshot":
            reply = ["state.toml"]
        else:
            self.send(addr, "/rave/fail", address, "unknown command")
            return
        self.send(addr, "/rave/done", address, *reply)

    def _voice(self, v: StubVoice, cmd: str, args: list):
        if cmd == "latent":
            v.latents[:len(args)] = [float(a) for a in args]
            if len(args) > len(v.latents):
                v.latents += [float(a) for a in args[len(v.latents):]]
        elif cmd == "dim":
            i = int(args[0])
            if not 0 <= i < len(v.latents):
                return "dimension out of range"
            v.latents[i] = float(args[1])
        elif cmd in ("bias", "scale"):
            getattr(v, cmd)[int(args[0])] = float(args[1])
        elif cmd in ("db", "gain", "mute", "smooth", "pan", "solo"):
            setattr(v, cmd, float(args[0]))
        elif cmd == "follow":
            if args[0] not in self.voices:
                return f"no voice named {args[0]}"
            v.follow = args[0]
        elif cmd in ("pan/off", "follow/off"):
            setattr(v, cmd.removesuffix("/off"), None)
        elif cmd == "out":
            v.out = [int(a) for a in args]
        elif cmd == "load":
            v.model = str(args[0])
            if len(args) > 1:
                v.method = str(args[1])
            return [self.LATENCY]
        elif cmd == "get":
            return [v.model, v.method, *v.latents]
        elif cmd in ("restart", "attr/set", "attr/get"):
            pass
        else:
            return f"unknown command {cmd}"
        return []
