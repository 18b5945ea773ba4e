"""The control tests' harness: the server `ravebridge serve` assembles (pyo offline or JACK dummy), with
its OSC server on an ephemeral loopback port, driven by python-osc's own UDP client.

A module of its own (not conftest) so that test modules can import it by a name no other test folder uses.
"""
from __future__ import annotations

import contextlib
import time
import types
import warnings

import numpy as np
from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder
from pythonosc.udp_client import SimpleUDPClient
from scipy.io import wavfile

from ravebridge.control.session import Running, Session
from ravebridge.server import AudioConfig

REPLY_TIMEOUT = 60.0     # generous: a model may load in a worker first


def message(address: str, *args):
    builder = OscMessageBuilder(address)
    for a in args:
        builder.add_arg(a)
    return builder.build()


class Client:
    """python-osc's SimpleUDPClient, plus waiting for the answer to a command (pushes are kept aside)."""

    def __init__(self, port: int):
        self.udp = SimpleUDPClient("127.0.0.1", port)
        self.kept: list[OscMessage] = []

    def send(self, address: str, *args) -> None:
        self.udp.send_message(address, list(args))

    def send_bundle(self, messages, timetag=IMMEDIATELY) -> None:
        builder = OscBundleBuilder(timetag)
        for address, args in messages:
            builder.add_content(message(address, *args))
        self.udp.send(builder.build())

    def send_raw(self, data: bytes) -> None:
        self.udp.send(types.SimpleNamespace(dgram=data))

    def next(self, match, timeout: float = REPLY_TIMEOUT) -> OscMessage:
        """The first message (kept or new) for which match(message) is true."""
        for i, m in enumerate(self.kept):
            if match(m):
                return self.kept.pop(i)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            data = self.udp.receive(max(0.01, deadline - time.monotonic()))
            if not data:
                continue
            m = OscMessage(data)
            if match(m):
                return m
            self.kept.append(m)
        raise AssertionError(f"no matching reply within {timeout} s (kept: {[(k.address, k.params) for k in self.kept]})")

    def answer(self, address: str, timeout: float = REPLY_TIMEOUT) -> tuple[str, list]:
        """The reply to a command sent to `address`: (reply address, arguments after the echoed address)."""
        replies = {"/rave/status": "/rave/status.reply", "/rave/voice/list": "/rave/voice/list.reply"}

        def match(m):
            if m.address == replies.get(address):
                return True
            return m.address in ("/rave/done", "/rave/fail") and m.params and m.params[0] == address
        m = self.next(match, timeout)
        return m.address, (m.params if m.address.endswith(".reply") else m.params[1:])

    def ask(self, address: str, *args, timeout: float = REPLY_TIMEOUT) -> tuple[str, list]:
        self.send(address, *args)
        return self.answer(address, timeout)

    def done(self, address: str, *args) -> list:
        """Ask, and insist that it worked."""
        kind, params = self.ask(address, *args)
        assert kind != "/rave/fail", f"{address} {args}: {params}"
        return params

    def silence(self, seconds: float = 0.3) -> list[OscMessage]:
        """Whatever arrives within `seconds` (to show nothing was answered)."""
        got = list(self.kept)
        self.kept.clear()
        got += list(self.udp.get_messages(seconds))
        return got

    def close(self) -> None:
        self.udp.close()


class Served:
    """The server `ravebridge serve` assembles (control.session.Running), on an offline server or JACK's
    dummy driver, with OSC on an ephemeral loopback port and no regression stage; `render` (offline) or
    `recording` (JACK) what it plays."""

    def __init__(self, folder: str, tmp_path, audio: str = "offline", outputs: int = 4, inputs: int = 1,
                 crossfade: float = 0.05, jack_name: str = "rb-control", **server):
        """`server`: what a session's [server] table sets (allowance, spares, max_latency_ms)."""
        self.tmp_path = tmp_path
        self.running = Running(Session(
            source=str(tmp_path), folders=[folder], crossfade=crossfade, osc_host="127.0.0.1", osc_port=0,
            frame_rate=50.0, wek_port=0, record={"folder": str(tmp_path / "recordings")}, **server,
            audio=AudioConfig(audio=audio, sample_rate=48000, buffer_size=256, outputs=outputs, inputs=inputs,
                              jack_name=jack_name)))
        r = self.running
        self.server, self.engine, self.rack, self.dispatcher, self.osc = r.server, r.engine, r.rack, r.dispatcher, r.osc
        self.osc.status_interval = 0.2      # status pushes five times a second: tests wait less for one
        self.rate = 48000
        self.client = Client(self.osc.port)
        self._renders = 0

    def render(self, seconds: float) -> np.ndarray:
        """Offline: render `seconds` of the server's output; (frames, channels)."""
        path = self._wav()
        self.server.recordOptions(dur=seconds, filename=path, fileformat=0, sampletype=3)
        self.server.start()
        return read_wav(path)

    @contextlib.contextmanager
    def recording(self):
        """Real time (JACK): record the server's output during the `with` block into `.audio` (frames, channels)."""
        path = self._wav()
        take = types.SimpleNamespace(audio=None)
        self.server.recordOptions(dur=-1, filename=path, fileformat=0, sampletype=3)
        self.server.recstart()
        try:
            yield take
        finally:
            self.server.recstop()
            time.sleep(0.2)
        take.audio = read_wav(path)

    def _wav(self) -> str:
        self._renders += 1
        return str(self.tmp_path / f"out{self._renders}.wav")

    def close(self) -> None:
        self.client.close()
        self.running.close()


def read_wav(path: str) -> np.ndarray:
    with warnings.catch_warnings():       # pyo writes a PEAK chunk scipy does not know
        warnings.simplefilter("ignore")
        data = wavfile.read(path)[1]
    return data.reshape(len(data), -1).astype(np.float64)
