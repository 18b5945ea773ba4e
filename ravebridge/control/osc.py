"""OSC over UDP in front of the dispatcher: every command answered to its sender (docs/osc.md).

One thread receives datagrams and hands each message to the dispatcher as a
`Command`. Quick commands are answered before the next datagram is read;
slow ones are answered from the dispatcher's pool when done. Messages in a
bundle take effect together: at the buffer of the bundle's time tag, or at
the next buffer when the tag is immediate or already past. A second thread
pushes encoder frames, status, model errors, automatic restarts and a
recording that ended by itself to subscribers (`/rave/notify 1`).

Nothing this server sends is ever answered (`commands.is_reply`), so two
servers pointed at each other cannot ping-pong. Senders outside the
allow-list are ignored without a reply.
"""
from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time

from pythonosc import osc_bundle, osc_message
from pythonosc.osc_message_builder import build_msg
from pythonosc.parsing import osc_types

from ..logs import Once
from .commands import Command, is_reply
from .dispatcher import Dispatcher, Reply

log = logging.getLogger("ravebridge.osc")

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 6450
MAX_AHEAD = 60.0           # s: bundles timed further ahead are refused
TYPE_TAGS = set("ihfdsbrmtTFN[]")


class OscError(Exception):
    """The OSC server cannot start (address in use, bad allow-list)."""


class OscServer:
    """Serve `dispatcher` on UDP `host`:`port`; `start()`, then `close()`."""

    def __init__(self, dispatcher: Dispatcher, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                 allow=None, frame_rate: float = 30.0, status_interval: float = 1.0):
        self.dispatcher = dispatcher
        self.frame_rate, self.status_interval = frame_rate, status_interval
        try:
            self.allow = [ipaddress.ip_network(a, strict=False) for a in allow] if allow else None
        except ValueError as exc:
            raise OscError(f"osc allow-list: {exc}") from None
        try:
            family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)[0]
            self.sock = socket.socket(family, socket.SOCK_DGRAM)
        except OSError as exc:
            raise OscError(f"cannot listen for OSC on {host}:{port}: {exc.strerror or exc}") from None
        try:
            self.sock.bind(address)
        except OSError as exc:
            self.sock.close()
            raise OscError(f"cannot listen for OSC on {host}:{port}: {exc.strerror or exc}") from None
        self.sock.settimeout(0.1)
        self.host, self.port = host, self.sock.getsockname()[1]
        if not ipaddress.ip_address(address[0]).is_loopback and self.allow is None:
            log.warning("OSC on %s:%d accepts commands from anyone who can reach it: set osc.allow to restrict",
                        host, self.port)
        self._stop = threading.Event()
        self._refused = Once()          # senders refused and logged: bounded against address scans
        self._threads = [threading.Thread(target=self._serve, name="ravebridge-osc", daemon=True),
                         threading.Thread(target=self._push, name="ravebridge-notify", daemon=True)]

    def start(self) -> "OscServer":
        for thread in self._threads:
            thread.start()
        log.info("OSC on %s:%d", self.host, self.port)
        return self

    def close(self) -> None:
        """Stop after the packet in hand (its replies are sent) and release the port."""
        self._stop.set()
        for thread in self._threads:
            if thread.is_alive() and thread is not threading.current_thread():
                thread.join()
        self.sock.close()

    # ---- receiving ----
    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                data, sender = self.sock.recvfrom(65536)
            except socket.timeout:
                continue
            except OSError:
                if self._stop.is_set():
                    return
                continue        # an ICMP error from an earlier reply, on some systems
            self.dispatcher.rack.engine.between_buffers()
            try:
                self.packet(data, sender)
            except Exception:   # a bug must not stop the server
                log.exception("OSC packet from %s failed", sender)

    def packet(self, data: bytes, sender) -> None:
        """Handle one datagram from `sender` (host, port)."""
        if self.allow is not None and not self._allowed(sender[0]):
            return
        try:
            messages = _messages(data)
        except Exception as exc:  # python-osc raises several kinds on hostile bytes
            address = _address_of(data)
            if not is_reply(address):
                self.send(sender, Reply.fail(address, f"malformed OSC packet: {_one_line(exc)}"))
            return
        bundled = osc_bundle.OscBundle.dgram_is_bundle(data)
        engine = self.dispatcher.rack.engine
        now, wall = engine.time, time.time()     # one clock reading: a bundle lands on one buffer
        for when, message in messages:
            address = message.address
            if is_reply(address):
                continue
            if when is not None and when - wall > MAX_AHEAD:
                self.send(sender, Reply.fail(address, f"time tag {when - wall:.0f} s ahead: at most {MAX_AHEAD:g} s"))
                continue
            if when is not None:        # a time tag ahead: its buffer
                at = now + max(0, round((when - wall) * engine.rate))
            elif bundled:               # a bundle due now: all of it at the next buffer
                at = now
            else:                       # a lone message: as soon as it is handled
                at = None
            future = self.dispatcher.submit(Command(address, tuple(message.params)), origin=sender, at=at)
            future.add_done_callback(lambda f: self.send(sender, f.result()))

    def _allowed(self, host: str) -> bool:
        try:
            ip = ipaddress.ip_address(host.split("%")[0])
        except ValueError:
            return False
        if any(ip in net for net in self.allow if net.version == ip.version):
            return True
        if self._refused(host):
            log.warning("ignoring OSC from %s: not in osc.allow", host)
        return False

    # ---- sending ----
    def send(self, target, reply: Reply) -> None:
        try:
            self.sock.sendto(build_msg(reply.address, list(reply.args)).dgram, target)
        except Exception as exc:   # an unreachable sender or an oversized echo: nothing to do but log
            log.debug("cannot send %s to %s: %s", reply.address, target, exc)

    def _push(self) -> None:
        """Encoder frames at most `frame_rate` times a second, status every `status_interval`, errors once."""
        next_status = time.monotonic()
        states: dict[str, str] = {}
        healing = self.dispatcher.rack.engine.healer
        seen = healing.last
        ended = None
        while not self._stop.wait(1.0 / self.frame_rate):
            try:
                seen = self._push_healing(healing.events(seen), seen)
                self._push_voices(states)
                ended = self._push_recording(ended)
                if time.monotonic() >= next_status:
                    next_status += self.status_interval
                    status = self.dispatcher.call(Command("/rave/status"))
                    for target in list(self.dispatcher.subscribers):
                        self.send(target, status)
            except Exception:      # a bug must not silence the pushes for good
                log.exception("OSC push failed")

    def _push_healing(self, events, seen: int) -> int:
        """Workers that failed and voices restarted by the engine (`healing.Event`); returns the last seq sent."""
        if not events:
            return seen
        names = {id(take.voice): voice.name for voice in self.dispatcher.rack.voices() for take in voice.takes}
        subscribers = list(self.dispatcher.subscribers)
        for event in events:
            name = names.get(id(event.voice))
            if name is None:            # not a rack voice, or freed since
                continue
            if event.kind == "failed":
                reply = Reply(f"/rave/{name}/failed", (event.reason, float(event.seconds)))
            else:
                reply = Reply(f"/rave/{name}/restarted", (float(event.seconds),))
            for target in subscribers:
                self.send(target, reply)
        return events[-1].seq

    def _push_recording(self, told):
        """A recording that ended by itself (a full disk) as `/rave/fail /rave/record/start <reason>`, once."""
        recorder = self.dispatcher.recorder
        status = recorder.status() if recorder is not None else None
        if status is None or not status.stopped or (status.path, status.stopped) == told:
            return told
        for target in list(self.dispatcher.subscribers):
            self.send(target, Reply.fail("/rave/record/start", f"recording to {status.path} stopped: "
                                                               f"{status.stopped}"))
        return status.path, status.stopped

    def _push_voices(self, states: dict[str, str]) -> None:
        """Each encoder's newest frame, and a model error when it first appears (frames are read anyway).

        `states` keeps only the voices there are now, so names come and go for days without it growing.
        """
        subscribers = list(self.dispatcher.subscribers)
        voices = self.dispatcher.rack.voices()
        for name in states.keys() - {voice.name for voice in voices}:
            del states[name]
        for voice in voices:
            try:
                frames = voice.voice.readFrames() if voice.latent_out else None
                state = voice.state()
            except IndexError:          # freed while we looked
                continue
            for target in subscribers:
                if frames:
                    self.send(target, Reply(f"/rave/{voice.name}/frame", tuple(map(float, frames[-1]))))
                if state != "ok" and states.get(voice.name) != state:
                    self.send(target, Reply(f"/rave/{voice.name}/error", (state,)))
            states[voice.name] = state


def _messages(data: bytes) -> list[tuple[float | None, osc_message.OscMessage]]:
    """(time tag or None for now, message) for a message or a (nested) bundle, in order."""
    if osc_bundle.OscBundle.dgram_is_bundle(data):
        return list(_walk(osc_bundle.OscBundle(data), None))
    if not osc_message.OscMessage.dgram_is_message(data):
        raise ValueError("not an OSC message or bundle")
    _check_tags(data)
    return [(None, osc_message.OscMessage(data))]


def _walk(bundle: osc_bundle.OscBundle, outer: float | None):
    stamp = outer if bundle.timestamp == osc_types.IMMEDIATELY else max(bundle.timestamp, outer or 0.0)
    stamp = None if stamp is not None and stamp <= time.time() else stamp
    for content in bundle:
        if isinstance(content, osc_bundle.OscBundle):
            yield from _walk(content, stamp)
        else:
            _check_tags(content.dgram)
            yield stamp, content


def _check_tags(dgram: bytes) -> None:
    """python-osc skips unknown type tags with a warning, shifting the arguments: refuse them instead."""
    _, index = osc_types.get_string(dgram, 0)
    if index < len(dgram):
        tags, _ = osc_types.get_string(dgram, index)
        unknown = set(tags[1:]) - TYPE_TAGS
        if unknown:
            raise ValueError(f"unsupported type tag {''.join(sorted(unknown))!r}")


def _address_of(data: bytes) -> str:
    try:
        return osc_types.get_string(data, 0)[0] if data.startswith(b"/") else ""
    except Exception:
        return ""


def _one_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:200]
