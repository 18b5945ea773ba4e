"""MIDI control: CCs, pitch bend and notes turned into commands for the dispatcher, and MIDI learn.

A `Mapping` is a plain value saying which MIDI message drives what: a CC or
pitch bend sets a numeric voice parameter (latent dimension, bias, scale,
gain, dB, smoothing) through a range and a curve; a note mutes, unmutes,
toggles, gates, or recalls a latent preset. Every message becomes a
`Command` for the one dispatcher, so MIDI can do nothing OSC cannot.

`Midi.receive` takes mido messages from real ports (python-rtmidi: JACK,
ALSA, CoreMIDI, WinMM) or from anything else. Ports that are missing or
vanish are reported in the log and in `/rave/midi/list`, and reopened when
they come back; they never stop the server.
"""
from __future__ import annotations

import dataclasses
import logging
import math
import threading
from concurrent.futures import Future

import mido

from ..logs import Once
from ..rack import RackError
from .commands import SETTERS, Command, CommandError, check_name, indexed

log = logging.getLogger("ravebridge.midi")

#: the range a learnt control sweeps, where narrower than its command's: a trained latent's usual span, unity gain
LEARN_RANGES = {"dim": (-3.0, 3.0), "bias": (-3.0, 3.0), "scale": (0.0, 2.0), "gain": (0.0, 1.0), "db": (-60.0, 0.0),
                "smooth": (0.0, 1.0)}
#: parameters a CC or pitch bend can drive (the table's setters): whether they take a latent index, the learn range
PARAMS = {verb: (indexed(verb), LEARN_RANGES.get(verb, (s.params[-1].lo, s.params[-1].hi)))
          for verb, s in SETTERS.items()}
ACTIONS = ("mute", "unmute", "toggle", "gate", "preset")
APIS = {"auto": None, "jack": "UNIX_JACK", "alsa": "LINUX_ALSA", "coremidi": "MACOSX_CORE", "winmm": "WINDOWS_MM"}
WATCH_SECONDS = 2.0


@dataclasses.dataclass(frozen=True)
class Mapping:
    """One MIDI control. `channel` is 1..16 or None for any; `number` the CC or note (None for bend)."""

    kind: str                       # "cc", "bend" or "note"
    voice: str
    number: int | None = None
    channel: int | None = None
    param: str = "dim"              # cc and bend: a key of PARAMS; note: one of ACTIONS
    index: int | None = None
    lo: float = 0.0
    hi: float = 1.0
    curve: str | float = "lin"      # "lin", "exp" (geometric: lo and hi of one sign) or a power
    preset: tuple[float, ...] = ()
    preset_name: str = ""

    def __post_init__(self):
        """Refuse what cannot work, with a reason naming the field."""
        check_name(self.voice, "voice")
        if self.kind not in ("cc", "bend", "note"):
            raise ValueError(f"kind must be cc, bend or note, not {self.kind!r}")
        if self.channel is not None and not 1 <= self.channel <= 16:
            raise ValueError(f"channel must be 1..16, got {self.channel}")
        if self.kind != "bend" and (self.number is None or not 0 <= self.number <= 127):
            raise ValueError(f"{self.kind} number must be 0..127, got {self.number}")
        if self.kind == "note":
            if self.param not in ACTIONS:
                raise ValueError(f"action must be one of {', '.join(ACTIONS)}, not {self.param!r}")
            if self.param == "preset" and not self.preset:
                raise ValueError("a preset action needs a preset")
            return
        if self.param not in PARAMS:
            raise ValueError(f"param must be one of {', '.join(PARAMS)}, not {self.param!r}")
        if PARAMS[self.param][0] != (self.index is not None):
            raise ValueError(f"param {self.param} {'needs' if PARAMS[self.param][0] else 'takes no'} index")
        if not all(math.isfinite(v) for v in (self.lo, self.hi)):
            raise ValueError("range must be two finite numbers")
        if self.curve == "exp":
            if self.lo * self.hi <= 0:
                raise ValueError("curve exp needs a range of one sign, without 0")
        elif self.curve != "lin" and not (isinstance(self.curve, (int, float)) and 0 < self.curve <= 16):
            raise ValueError(f"curve must be lin, exp or a power in (0, 16], not {self.curve!r}")

    def command(self, message: mido.Message, muted) -> Command | None:
        """The command this message means for this mapping, or None. `muted(voice)` reads mute state."""
        if not hasattr(message, "channel") or (self.channel is not None and message.channel + 1 != self.channel):
            return None
        target = f"/rave/{self.voice}/"
        if self.kind == "note":
            if message.type not in ("note_on", "note_off") or message.note != self.number:
                return None
            on = message.type == "note_on" and message.velocity > 0
            if self.param == "gate":
                return Command(target + "mute", (int(not on),))
            if not on:
                return None
            if self.param == "preset":
                return Command(target + "latent", self.preset)
            mute = {"mute": 1, "unmute": 0}.get(self.param)
            return Command(target + "mute", (int(not muted(self.voice)) if mute is None else mute,))
        if self.kind == "cc" and message.type == "control_change" and message.control == self.number:
            x = message.value / 127.0
        elif self.kind == "bend" and message.type == "pitchwheel":
            x = (message.pitch + 8192) / 16383.0
        else:
            return None
        value = self.value(x)
        return Command(target + self.param, (self.index, value) if self.index is not None else (value,))

    def value(self, x: float) -> float:
        """Position 0..1 to the parameter's value through the curve."""
        if self.curve == "exp":
            return self.lo * (self.hi / self.lo) ** x
        shaped = x if self.curve == "lin" else x ** float(self.curve)
        return self.lo + (self.hi - self.lo) * shaped

    def describe(self) -> str:
        """As an entry of the session file's [[midi.cc]], [[midi.bend]] or [[midi.note]]."""
        fields = [f"voice = \"{self.voice}\""]
        if self.channel is not None:
            fields.append(f"channel = {self.channel}")
        if self.kind != "bend":
            fields.append(f"{self.kind} = {self.number}")
        if self.kind == "note":
            fields.append(f"action = \"{self.param}\"")
            if self.preset_name:
                fields.append(f"preset = \"{self.preset_name}\"")
        else:
            fields.append(f"param = \"{self.param}\"")
            if self.index is not None:
                fields.append(f"index = {self.index}")
            curve = f"\"{self.curve}\"" if isinstance(self.curve, str) else f"{self.curve:g}"
            fields.append(f"range = [{self.lo:g}, {self.hi:g}], curve = {curve}")
        return f"midi.{self.kind} {{{', '.join(fields)}}}"


class Midi:
    """MIDI input for a dispatcher: mappings, learn, and the ports feeding `receive`."""

    def __init__(self, dispatcher, mappings=(), *, api: str = "auto", inputs=(), virtual: str | None = None,
                 client_name: str = "ravebridge", watch_seconds: float = WATCH_SECONDS):
        """`inputs`: parts of port names to open (each may match later); `virtual`: a port of our own."""
        self.dispatcher = dispatcher
        self.mappings: tuple[Mapping, ...] = ()
        for mapping in mappings:
            self.add(mapping)
        self.api, self.patterns, self.virtual, self.client_name = api, list(inputs), virtual, client_name
        self.watch_seconds = watch_seconds
        self.ports: dict[str, object] = {}          # pattern (or virtual name) -> open mido port
        self.states: dict[str, str] = {}            # pattern -> what to report
        self._learning: tuple[Future, str, str, int | None] | None = None
        self._failures = Once()                     # (command, reason) logged: reasons name voices, values
        self._lock = threading.Lock()               # ports and learn: MIDI callback vs control threads
        self._stop = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="ravebridge-midi", daemon=True)
        dispatcher.midi = self

    # ---- mappings ----
    def add(self, mapping: Mapping) -> None:
        """Add a mapping after checking it against the rack (the voice, its index, the preset's size)."""
        voice = self.dispatcher.rack.voice(mapping.voice)
        if mapping.index is not None:
            voice.check_index(mapping.index)
        if mapping.preset:
            voice.check_latents(mapping.preset)
        self.mappings = self.mappings + (mapping,)

    def clear(self) -> None:
        self.mappings = ()
        self._cancel("cancelled by /rave/midi/clear")

    def learn(self, voice: str, param: str, index: int | None = None) -> Future:
        """Map the next CC to `param` of `voice`; the Future gives (channel 1..16, cc)."""
        if param not in PARAMS:
            raise CommandError(f"param {param!r} cannot be learnt (choose from {', '.join(PARAMS)})")
        needs_index, _ = PARAMS[param]
        if needs_index and index is None:
            raise CommandError(f"param {param} needs an index (the latent dimension)")
        if not needs_index and index is not None:
            raise CommandError(f"param {param} takes no index")
        entry = self.dispatcher.rack.voice(voice)
        if index is not None:
            entry.check_index(index)
        if not self.ports:
            raise CommandError("no MIDI input is open (see /rave/midi/list)")
        future: Future = Future()
        self._cancel("cancelled by a newer /rave/midi/learn")
        with self._lock:
            self._learning = (future, voice, param, index)
        return future

    def describe(self) -> list[str]:
        """Ports and their state, then every mapping (for /rave/midi/list)."""
        with self._lock:
            ports = [f"port {name}: {state}" for name, state in self.states.items()]
        return ports + [m.describe() for m in self.mappings]

    def _cancel(self, reason: str) -> None:
        with self._lock:
            learning, self._learning = self._learning, None
        if learning is not None:
            learning[0].set_exception(RackError(reason))

    # ---- messages (port callback threads, or any caller) ----
    def receive(self, message: mido.Message) -> None:
        """Act on one incoming message: complete a learn, then run what the mappings say."""
        if message.type == "control_change":
            with self._lock:
                learning, self._learning = self._learning, None
            if learning is not None:
                self._learnt(message, *learning)
        if message.type in ("note_on", "note_off", "pitchwheel"):     # voices played from a keyboard
            for voice in self.dispatcher.rack.voices():
                if voice.notes is not None:
                    voice.notes[2].receive(message)
        for mapping in self.mappings:
            command = mapping.command(message, self._muted)
            if command is not None:
                self.dispatcher.submit(command).add_done_callback(self._log_failure)

    def _learnt(self, message: mido.Message, future: Future, voice: str, param: str, index: int | None) -> None:
        """The CC now drives `param`, in place of whatever it drove on that channel."""
        lo, hi = PARAMS[param][1]
        channel = message.channel + 1
        try:
            learnt = Mapping("cc", voice, message.control, channel, param, index, lo, hi)
            self.mappings = tuple(m for m in self.mappings
                                  if (m.kind, m.channel, m.number) != ("cc", channel, message.control))
            self.add(learnt)
        except (RackError, CommandError, ValueError) as exc:   # the voice went away meanwhile
            future.set_exception(RackError(str(exc)))
        else:
            future.set_result((channel, message.control))

    def _log_failure(self, future: Future) -> None:
        """A mapped message that failed is logged once per reason, not once per CC step."""
        reply = future.result()
        if not reply.ok and self._failures(reply.args):
            log.warning("MIDI: %s: %s", *reply.args)

    def _muted(self, voice: str) -> bool:
        try:
            return self.dispatcher.rack.voice(voice).muted
        except RackError:
            return False

    # ---- ports ----
    def open(self) -> "Midi":
        """Open the virtual port and the inputs found now; keep looking for the others."""
        self._refresh()
        self._watcher.start()
        return self

    def close(self) -> None:
        self._stop.set()
        if self._watcher.is_alive():
            self._watcher.join()
        self._cancel("MIDI closed")
        with self._lock:
            ports, self.ports = list(self.ports.values()), {}
        for port in ports:
            port.close()

    def _watch(self) -> None:
        while not self._stop.wait(self.watch_seconds):
            self._refresh()

    def _refresh(self) -> None:
        """Open what is missing, notice what vanished; report changes (never raises)."""
        try:
            backend = mido.Backend("mido.backends.rtmidi" + (f"/{APIS[self.api]}" if APIS[self.api] else ""))
            if self.virtual and self.virtual not in self.ports:
                self._opened(self.virtual, backend.open_input(self.virtual, virtual=True, callback=self.receive,
                                                              client_name=self.client_name), "virtual, open")
            names = backend.get_input_names() if self.patterns else []
        except Exception as exc:  # no JACK server, no MIDI subsystem, a backend missing
            self._report(self.virtual or "MIDI", f"unavailable ({_one_line(exc)})")
            return
        for pattern in self.patterns:
            match = next((n for n in names if pattern in n), None)
            port = self.ports.get(pattern)
            if port is not None and port.name not in names:
                with self._lock:
                    self.ports.pop(pattern, None)
                port.close()
                self._report(pattern, "vanished")
            elif port is None and match is None:
                self._report(pattern, "missing")
            elif port is None:
                try:
                    self._opened(pattern, backend.open_input(match, callback=self.receive), f"open ({match})")
                except Exception as exc:
                    self._report(pattern, f"cannot open {match} ({_one_line(exc)})")

    def _opened(self, key: str, port, state: str) -> None:
        with self._lock:
            self.ports[key] = port
        self._report(key, state)

    def _report(self, key: str, state: str) -> None:
        with self._lock:
            changed = self.states.get(key) != state
            self.states[key] = state
        if changed:
            (log.info if state.startswith(("open", "virtual")) else log.warning)("MIDI input %s: %s", key, state)


def _one_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
