"""Named voices on one engine, each with a gain stage, output routing and model swaps.

A `RackVoice` is the mixer strip around a model voice. Its current model
instance (a *take*) feeds plain pyo objects:

    Voice ──▶ Sig (its channels spread over the outputs, mul = level × √fade) ──▶ .out(channels)
                                                                           └──▶ Follower2 (meter)

`level` glides (SigTo) to the gain, or to 0 when muted, so neither clicks.
`fade` glides 0↔1 over the crossfade time; amplitudes √fade (in) and
√(1−fade) (out) keep the summed power constant (an equal-power crossfade)
and are exactly 1 and 0 at the ends, so a voice at unity gain is
bit-transparent.

A model swap loads the new take first (seconds, on the calling control
thread) while the old one plays, starts the crossfade once the new take
sounds, and frees the old one when it has faded out. Other voices are
untouched: their rows and workers never see the swap.

Time: fades are scheduled on the audio clock (`Engine.at`), and what must
wait for one to end (freeing a voice or an old take) is queued for the
rack's janitor thread, which acts once the audio clock has passed that
point. So a change sounds the same whether the server runs in real time,
renders offline, or stands still until the next render.

Threads: any control thread may call any method. The setters that
scheduled commands run through `Engine.at` (latents, gain, mute, routing)
are also safe on the audio thread: they write numpy arrays and pyo values
and take no lock. Only the rack's bookkeeping (names, takes) takes its
lock, which the audio thread never needs.
"""
from __future__ import annotations

import itertools
import logging
import os
import threading
import time
from typing import Callable

import numpy as np
import pyo

from .engine.engine import Engine
from .engine.shard import ShardError
from .mixer import ROUTE_RAMP, Master
from . import features, library, names, units
from .voices import Voice

log = logging.getLogger("ravebridge.rack")
_inputs = itertools.count()      # keys of the master mixer's inputs

GAIN_RAMP = 0.02        # s: gain and mute glide this long
PAN_RAMP = 0.05         # s: a pan position glides this long
METER_FALL = 0.3        # s: release of the level meter
CPU_INTERVAL = 0.5      # s of audio between two readings of the audio thread's load


class RackError(Exception):
    """A request the rack refuses, with a reason a performer can act on."""


class Take:
    """One model instance of a rack voice: its crossfade, routing and meter."""

    def __init__(self, voice: Voice, level: pyo.PyoObject, crossfade: float, info: dict, master: Master):
        """Silent until it fades in; `route` it before use."""
        self.voice, self.info, self.master = voice, info, master
        self.fade = pyo.SigTo(0.0, time=crossfade)
        self._level = level
        self._mul = self._faded = level * pyo.Sqrt(self.fade)
        self._target = 0.0
        self.sig = pyo.Sig(voice, mul=self._mul)
        self.meter = pyo.Follower2(self.sig, risetime=0.001, falltime=METER_FALL)
        self.inputs: list[str] = []          # this take's inputs of the master's mixer
        self._panner = None

    @property
    def dims(self) -> int:
        """Latent inputs (0 when the method takes audio)."""
        m = self.info
        return m["in_channels"] if m["in_ratio"] > 1 else 0

    def route(self, channels: list[int], pan=None) -> list:
        """Feed the master's `channels`: the voice's streams in turn, or panned over them (pyo's SPan, equal power).

        `pan` is None or the position as a pyo value. The new inputs glide
        in while the ones returned glide out: pass those to `unplug` after the
        mixer's ramp. No channel: unrouted, still metered.
        """
        mixer, old = self.master.mixer, (self.inputs, self._panner)
        streams = self.sig.getBaseObjects()
        if pan is not None and len(channels) > 1:
            mono = self.sig if len(streams) == 1 else pyo.Mix(self.sig, voices=1)
            self._panner = pyo.SPan(mono, outs=len(channels), pan=pan)
            pairs = list(zip(self._panner.getBaseObjects(), channels))
        else:
            self._panner = None
            pairs = [(streams[i % len(streams)], channels[i % len(channels)])
                     for i in range(max(len(streams), len(channels)))] if channels else []
        self.inputs = []
        for stream, channel in pairs:
            key = f"{id(self)}-{next(_inputs)}"
            mixer.addInput(key, stream)
            mixer.setAmp(key, channel, 1.0)
            self.inputs.append(key)
        for key in old[0]:
            for channel in range(self.master.outputs):
                mixer.setAmp(key, channel, 0.0)
        return [old]

    def unplug(self, olds) -> None:
        """Remove inputs that have glided out."""
        for keys, _panner in olds:
            for key in keys:
                self.master.mixer.delInput(key)

    def level(self) -> float:
        return max(self.meter.get(all=True))

    def fade_to(self, target: float) -> None:
        """Start fading in (1) or out (0), through the curve (audio thread)."""
        self._target = target
        self._mul = self.sig.mul = self._faded
        self.fade.setValue(target)

    def settle(self) -> None:
        """A fade in has ended: play at exactly the voice's level, without the curve (audio thread)."""
        if self._target == 1.0:
            self._mul = self.sig.mul = self._level

    def free(self) -> None:
        self.unplug([(self.inputs, self._panner)])
        self.sig.stop()
        self.meter.stop()
        self.voice.free()


class Follow:
    """A decoder's latents taken from an encoder voice's newest frame, once per block (audio thread).

    The source is looked up by name each block, so it survives the encoder's
    model swaps; while it is gone or of another size the latents hold.
    """

    def __init__(self, rack: "Rack", source: str, dims: int):
        self.rack, self.source = rack, source
        self.held = np.zeros(dims, np.float32)

    def __iter__(self):
        return self

    def __next__(self) -> np.ndarray:
        entry = self.rack.find(self.source)
        if entry is not None and entry.takes:
            frame = entry.takes[-1].voice.lastFrame(copy=False)
            if frame.shape == self.held.shape:
                self.held[:] = frame
        return self.held


class RackVoice:
    """A named voice: gain, mute, routing and latents that outlive model swaps."""

    def __init__(self, rack: "Rack", name: str, gain: float, muted: bool, input):
        self.rack, self.name = rack, name
        self.gain, self.muted, self.outputs = gain, muted, []
        self.soloed = False
        self.pan: float | None = None     # None: streams go to the outputs in turn
        self._pan = None                  # pyo SigTo once panned
        self.input = input        # first server input channel, or a pyo object (methods that take audio)
        self.model = self.method = ""
        self.latents = self.bias = self.scale = np.zeros(0, np.float32)
        self.smooth = 0.02
        self.attribute_values: dict[str, list] = {}   # as last set, for snapshots
        self.follows: str | None = None                # the encoder voice driving the latents
        self.features: dict[int, tuple] = {}          # dimension: (kind, input channel, source), live input features
        self.notes: tuple | None = None                # (pitch dimension, loudness dimension, features.Notes): MIDI
        level = self._level()
        self.level_sig = pyo.SigTo(level, time=GAIN_RAMP, init=level)
        self.takes: tuple[Take, ...] = ()
        self.loading = False      # a model swap in progress (one at a time)
        self.closed = False
        self.began = 0            # the audio clock its first take's fade-in was timed from (a score's time)

    # ---- what a user reads ----
    @property
    def voice(self) -> Voice:
        """The current model voice (the newest take)."""
        return self.takes[-1].voice

    @property
    def dims(self) -> int:
        return self.takes[-1].dims

    @property
    def latent_out(self) -> bool:
        """True when the method outputs latent frames (encode), not audio."""
        return self.takes[-1].info["out_ratio"] > 1

    @property
    def attributes(self) -> dict:
        return self.rack.engine.group(self.model, self.method).info.get("attributes", {})

    def level(self) -> float:
        """Output peak (linear, after gain), across channels and takes."""
        return max((t.level() for t in self.takes), default=0.0)

    def state(self) -> str:
        error = self.voice.error
        return "ok" if error is None and self.voice.alive else (error or "stopped")

    # ---- control (any thread, including the audio thread for these setters) ----
    # Values come checked (commands.parse, then check_latents or check_index on arrival); the model voice
    # guards its own size and finiteness once more, which is what a scheduled change needs: a voice may
    # change size before it lands. Such a change raises (IndexError, ValueError) and keeps nothing.
    def set_latents(self, values) -> None:
        self._each(lambda voice: voice.setLatents(values))
        self.latents = np.array(values, np.float32).reshape(-1)

    def set_latent(self, index: int, value: float) -> None:
        self._each(lambda voice: voice.setLatent(index, value))
        self.latents[index] = value

    def set_bias(self, index: int, value: float) -> None:
        self._each(lambda voice: voice.setBias(index, value))
        self.bias[index] = value

    def set_scale(self, index: int, value: float) -> None:
        self._each(lambda voice: voice.setScale(index, value))
        self.scale[index] = value

    def set_smooth(self, seconds: float) -> None:
        self.smooth = float(seconds)
        for take in self.takes:
            take.voice.setSmooth(seconds)

    def set_gain(self, gain: float) -> None:
        self.gain = float(gain)
        self.level_sig.setValue(self._level())

    def set_mute(self, muted: bool) -> None:
        self.muted = bool(muted)
        self.level_sig.setValue(self._level())

    def set_solo(self, soloed: bool) -> None:
        """While any voice is soloed, only soloed voices sound."""
        self.soloed = bool(soloed)
        for entry in self.rack.voices():
            entry.level_sig.setValue(entry._level())

    def _level(self) -> float:
        audible = not self.muted and (self.soloed or not self.rack.soloing())
        return self.gain if audible else 0.0

    def route(self, channels) -> None:
        """Send the voice to `channels` (gliding from the old ones), keeping its panning."""
        self.outputs = self.rack.check_outputs(channels)
        self._reroute()

    def set_pan(self, position: float | None) -> None:
        """Pan over the voice's channels (0..1 around them, in their order), or None: streams in turn."""
        was = self.pan
        self.pan = None if position is None else float(position)
        if was is None and self.pan is not None:   # start at the position, not gliding across the room
            with self.rack.master.feeding():
                self._pan = pyo.SigTo(self.pan, time=PAN_RAMP, init=self.pan)
        elif self.pan is not None:
            self._pan.setValue(self.pan)
        if (was is None) != (self.pan is None):
            self._reroute()

    def check_follow(self, source: str) -> None:
        """That `source` is an encoder voice whose frames fit this voice's latents, or the reason not."""
        encoder = self.rack.voice(source)
        self.check_index(0)
        if not encoder.latent_out:
            raise RackError(f"voice {source} ({encoder.method}) does not output latents: follow an encoder")
        if encoder.takes[-1].info["out_channels"] != self.dims:
            raise RackError(f"voice {source} outputs {encoder.takes[-1].info['out_channels']} latents, "
                            f"voice {self.name} takes {self.dims}")

    def follow(self, source: str | None) -> None:
        """Take the latents from encoder voice `source` at every block (None: from commands again)."""
        if source is not None:
            self.check_follow(source)
        self.follows = source
        for take in self.takes:
            if take.dims == self.dims:
                take.voice.setLatentSource(None if source is None else Follow(self.rack, source, self.dims))

    def make_feature(self, index: int, kind: str, channel=0):
        """What `set_feature` reads for `kind` ('pitch', 'loudness'; 'off': None) of server input `channel` (or
        of a pyo object), or the reason not. Control threads only: it creates pyo objects."""
        self.check_index(index)
        if kind == "off":
            return None
        if kind not in features.KINDS:
            raise RackError(f"feature {kind!r}: use pitch, loudness or off")
        signal = channel if isinstance(channel, pyo.PyoObject) else self.rack._inputs(channel, 1)
        return features.source(kind, signal, self.rack.rate)

    def set_feature(self, index: int, kind: str, channel: int, source) -> None:
        """Dimension `index` from `source` (make_feature) at every block, until set 'off' (source None)."""
        if source is None:
            self.features.pop(index, None)
        else:
            self.features[index] = (kind, channel, source)
        self._each(lambda voice: voice.setFeature(index, source))

    def make_notes(self, pitch: int, loudness: int, channel: int = 0) -> features.Notes:
        """A monophonic keyboard for `set_notes`: MIDI notes on `channel` (1..16; 0: any) to dimension `pitch`
        (Hz) and `loudness` (dB), or the reason not."""
        self.check_index(pitch)
        self.check_index(loudness)
        if pitch == loudness:
            raise RackError("notes: the pitch and the loudness need two dimensions")
        return features.Notes(self.voice.spec.server_block / self.rack.rate, channel or None)

    def set_notes(self, pitch: int, loudness: int, notes: features.Notes | None) -> None:
        """MIDI notes drive dimensions `pitch` and `loudness` (make_notes) at every block; None: no longer."""
        old, self.notes = self.notes, (pitch, loudness, notes) if notes is not None else None
        if old is not None:
            self._each(lambda voice: (voice.setFeature(old[0], None), voice.setFeature(old[1], None)))
        if notes is not None:
            self._each(lambda voice: (voice.setFeature(pitch, notes.pitch), voice.setFeature(loudness, notes.loudness)))

    def panning(self):
        """What `Take.route` takes: None, or the pan position as a pyo value."""
        return None if self.pan is None else self._pan

    def _reroute(self) -> None:
        for take in self.takes:
            with self.rack.master.feeding():
                olds = take.route(self.outputs, self.panning())
            self.rack._after(self.rack.engine.time + int(2 * ROUTE_RAMP * self.rack.rate),
                             lambda take=take, olds=olds: take.unplug(olds))

    @property
    def labels(self) -> list[str]:
        """The model method's input labels, one per dimension ('' where the model names none)."""
        given = list(self.takes[-1].info.get("input_labels", []))[:self.dims]
        return given + [""] * (self.dims - len(given))

    def check_latents(self, values) -> np.ndarray:
        """The values as this voice's latent vector, or the reason they cannot be."""
        if self.dims == 0:
            raise RackError(f"voice {self.name} ({self.method}) takes audio, not latents")
        v = np.asarray(values, np.float32).reshape(-1)
        if v.size != self.dims:
            raise RackError(f"voice {self.name} has {self.dims} latent dimensions, got {v.size} values")
        if not np.all(np.isfinite(v)):
            raise RackError("latents must be finite numbers")
        for index, value in enumerate(v):
            self.check_value(index, float(value))
        return v

    def bounds(self, index: int) -> tuple[float, float]:
        """What dimension `index` accepts (units.bounds of its label)."""
        return units.bounds(self.labels[self.check_index(index)], self.rack.rate)

    def check_value(self, index: int, value: float) -> float:
        """`value` for dimension `index`, within what its unit accepts (units.bounds), or the reason not."""
        label = self.labels[self.check_index(index)]
        lo, hi = units.bounds(label, self.rack.rate)
        if not lo <= value <= hi:
            what = f" ({units.kind(label)})" if units.kind(label) != "latent" else ""
            raise RackError(f"dimension {index}{what} of voice {self.name} takes "
                            f"{units.describe(label, self.rack.rate)}, got {value:g}")
        return value

    def check_index(self, index: int) -> int:
        if self.dims == 0:
            raise RackError(f"voice {self.name} ({self.method}) takes audio, not latents")
        if not 0 <= index < self.dims:
            raise RackError(f"latent index {index} out of range: voice {self.name} has dimensions "
                            f"0..{self.dims - 1}")
        return int(index)

    def check_attribute(self, name: str) -> list[str]:
        """The attribute's types, or the reason it does not exist."""
        attributes = self.attributes
        if name not in attributes:
            raise RackError(f"the model of voice {self.name} has no attribute {name!r} "
                            f"(it has: {', '.join(attributes) or 'none'})")
        return list(attributes[name]["types"])

    # ---- model attributes (blocking: they wait for the worker) ----
    def set_attribute(self, name: str, values) -> list:
        """Set it on the current model instance; returns what the model reports back."""
        try:
            reported = self.voice.setAttribute(name, *values)
        except ShardError as exc:
            raise RackError(str(exc)) from None
        self.attribute_values[name] = list(reported)
        return reported

    def get_attribute(self, name: str) -> list:
        try:
            return self.voice.getAttribute(name)
        except ShardError as exc:
            raise RackError(str(exc)) from None

    def _each(self, apply) -> None:
        """Apply to every take with the current latent size (both sides of a crossfade)."""
        for take in self.takes:
            if take.dims == self.dims:
                apply(take.voice)

    # ---- takes ----
    def _adopt(self, take: Take, path: str, method: str) -> None:
        """Make `take` current; latents carry over when the size matches (control thread)."""
        if take.dims != len(self.latents):
            self.latents = np.zeros(take.dims, np.float32)
            self.bias = np.zeros(take.dims, np.float32)
            self.scale = np.ones(take.dims, np.float32)
        with self.rack._lock:
            self.takes = self.takes + (take,)  # first: setters racing with us reach the new take too
        if (path, method) != (self.model, self.method):
            self.attribute_values = {}
        self.model, self.method = path, method
        take.voice.setSmooth(self.smooth)
        if take.dims and self.follows and take.dims == self.dims:
            take.voice.setLatentSource(Follow(self.rack, self.follows, take.dims))
        for index, (_, _, source) in self.features.items():
            if index < take.dims:
                take.voice.setFeature(index, source)
        if self.notes is not None and max(self.notes[:2]) < take.dims:
            take.voice.setFeature(self.notes[0], self.notes[2].pitch)
            take.voice.setFeature(self.notes[1], self.notes[2].loudness)
        if take.dims:
            take.voice.setLatents(self.latents)
            for i in range(take.dims):
                take.voice.setBias(i, float(self.bias[i]))
                take.voice.setScale(i, float(self.scale[i]))

    def _drop(self, takes) -> None:
        with self.rack._lock:
            self.takes = tuple(t for t in self.takes if t not in takes)
        for take in takes:
            take.free()


class Rack:
    """Voices by name on one engine, with model files confined to `folders`."""

    def __init__(self, server: pyo.Server, engine: Engine, *, folders=None, inputs: int = 0,
                 crossfade: float = 0.05, master: dict | None = None, seed: int = 0):
        """`master`: Master's options (gain, limiter, ceiling_db); `seed`: every voice's random draws."""
        self.server, self.engine = server, engine
        self.rate, self.period = engine.rate, engine.period
        self.outputs = int(server.getNchnls())
        self.master = Master(server, self.outputs, **(master or {}))
        self.inputs = inputs
        self.crossfade, self.seed = crossfade, seed
        self.folders = library.real_folders(folders)
        self._voices: dict[str, RackVoice] = {}
        self._pending: set[str] = set()
        self._lock = threading.Lock()
        self.cpu = 0.0
        self._cpu_mark: tuple[float, float] | None = None
        self._closed = False
        self._chores: list[tuple[int, Callable[[], None]]] = []
        self._wake = threading.Event()
        threading.Thread(target=self._janitor, name="ravebridge-rack", daemon=True).start()
        engine.at(0, self._measure)

    # ---- lookup ----
    def voices(self) -> list[RackVoice]:
        return list(self._voices.values())

    def soloing(self) -> bool:
        return any(v.soloed for v in self._voices.values())

    def find(self, name: str) -> RackVoice | None:
        """The voice called `name`, or None: never raises (the audio thread asks, for `Follow`)."""
        return self._voices.get(name)

    def voice(self, name: str) -> RackVoice:
        entry = self.find(name)
        if entry is None:
            if name in self._pending:
                raise RackError(f"voice {name} is still loading: wait for its /rave/done")
            known = ", ".join(self._voices) or "none"
            raise RackError(f"no voice named {name} (voices: {known})")
        return entry

    def resolve(self, model: str) -> str:
        """A model name or path in this rack's folders (commands arrive from the network: confined)."""
        try:
            return library.resolve(model, self.folders, confined=True)
        except library.ModelNotFound as exc:
            raise RackError(str(exc)) from None

    def check_outputs(self, channels) -> list[int]:
        channels = [int(c) for c in channels]
        for c in channels:
            if not 0 <= c < self.outputs:
                raise RackError(f"output channel {c} out of range: the server has channels 0..{self.outputs - 1}")
        if len(set(channels)) != len(channels):
            raise RackError("an output channel is given twice")
        return channels

    # ---- life cycle ----
    # `adder` and `swapper` check and claim at once, so commands keep their order even though
    # loading (seconds) runs later on a pool thread: they return the slow half. `add` and `swap` do both.

    def add(self, name: str, model: str, method: str = "decode", **options) -> RackVoice:
        """Load `model` as a new voice that fades in once it sounds (blocking); see `adder`."""
        return self.adder(name, model, method, **options)()

    def adder(self, name: str, model: str, method: str = "decode", *, input=None, outputs=None,
              gain: float = 1.0, mute: bool = False, progress=None) -> Callable[[], RackVoice]:
        """Reserve `name` now; the function returned loads the model and adds the voice.

        `input` feeds methods that take audio: the first server input channel
        (default 0) or any pyo object. `outputs` default to the first two
        channels (or as many as the voice has); encoders default to none.
        """
        why = names.problem(name)
        if why:
            raise RackError(why)
        path = self.resolve(model)
        if outputs is not None:
            outputs = self.check_outputs(outputs)
        with self._lock:
            if name in self._voices or name in self._pending:
                raise RackError(f"voice {name} exists: free it first or choose another name")
            self._pending.add(name)

        def load() -> RackVoice:
            try:
                with self.master.feeding():
                    entry = RackVoice(self, name, gain, mute, input)
                    take = self._take(entry, path, method, progress)
                    channels = outputs
                    if channels is None:
                        streams = len(take.voice.getBaseObjects())
                        channels = [] if take.info["out_ratio"] > 1 else list(range(min(self.outputs,
                                                                                         max(streams, 2))))
                    entry.outputs = channels
                    take.route(channels)
                entry._adopt(take, path, method)
                entry.began = self.engine.time
                self._crossfade(take, now=entry.began)
                with self._lock:
                    self._voices[name] = entry
                return entry
            finally:
                with self._lock:
                    self._pending.discard(name)
        return load

    def remove(self, name: str, at: int | None = None) -> None:
        """Take the name away now; the voice glides to silence from sample time `at` (or now), then is freed."""
        with self._lock:
            entry = self.voice(name)
            del self._voices[name]
            entry.closed = True
        if entry.soloed:     # the others sound again
            entry.set_solo(False)
        begin = max(at or 0, self.engine.time)
        self.engine.at(begin, lambda: entry.level_sig.setValue(0.0))
        self._after(begin + int(GAIN_RAMP * self.rate) + 2 * self.period, lambda: entry._drop(entry.takes))

    def swapper(self, name: str, model: str, method: str | None = None, at: int | None = None,
                progress=None) -> Callable[[], RackVoice]:
        """Claim the voice for a swap now; the function returned loads `model` and schedules the crossfade.

        The crossfade starts once the new model sounds, or at sample time `at`
        if that is later; the old model is freed when it has faded out.
        """
        entry = self.voice(name)
        path = self.resolve(model)
        with self._lock:
            if entry.loading:
                raise RackError(f"voice {name} is already loading a model: wait for its /rave/done")
            entry.loading = True

        def load() -> RackVoice:
            try:
                with self.master.feeding():
                    take = self._take(entry, path, method or entry.method, progress)
                    if entry.closed:
                        take.free()
                        raise RackError(f"voice {name} was freed while its new model loaded")
                    take.route(entry.outputs, entry.panning())
                old = entry.takes
                entry._adopt(take, path, method or entry.method)
                begin = self._crossfade(take, old, at)
                self._after(begin + int(self.crossfade * self.rate) + 2 * self.period, lambda: entry._drop(old))
                return entry
            finally:
                entry.loading = False
        return load

    def restart(self, name: str, progress=None) -> RackVoice:
        """Reload a voice's model in a fresh worker (after a crash or a hang)."""
        entry = self.voice(name)
        try:
            entry.voice.restart(progress)
        except ShardError as exc:
            raise RackError(str(exc)) from None
        return entry

    def close(self) -> None:
        """Free every voice at once (shutting down)."""
        self._closed = True
        self._wake.set()
        with self._lock:
            entries, self._voices = list(self._voices.values()), {}
            chores, self._chores = self._chores, []
        for entry in entries:
            entry.closed = True
            entry._drop(entry.takes)
        for _, work in chores:      # voices being freed and takes fading out
            work()
        self.master.close()

    # ---- status ----
    def model_name(self, path: str) -> str:
        """A model path as a name the model folders resolve (relative to its folder)."""
        for folder in self.folders:
            if os.path.commonpath([path, folder]) == folder:
                return os.path.relpath(path, folder)
        return path

    def status(self) -> dict:
        engine = self.engine.status()
        return {"sample_rate": self.rate, "buffer": self.period, "cpu": self.cpu, "xruns": engine["xruns"],
                "jack_xruns": engine["host_xruns"],
                "voices": [(v.name, v.voice.latency) for v in self.voices()]}

    # ---- internals ----
    def _take(self, entry: RackVoice, path: str, method: str, progress) -> Take:
        """Load one model instance (blocking); its shape comes first, so audio inputs can be wired."""
        group = self.engine.group(path, method)
        try:
            if not group.info:        # the model's first voice: warm a worker to learn the method's shape
                shard, row = group.place(progress)
                group.release(shard, row)
            info = group.info["methods"][method]
            source = None
            if info["in_ratio"] == 1:     # the method takes audio: a pyo object, or server inputs from a channel
                given = entry.input
                source = given if isinstance(given, pyo.PyoObject) else self._inputs(given or 0, info["in_channels"])
            voice = Voice(path, method, source, engine=self.engine, seed=self.seed, progress=progress)
        except ShardError as exc:
            raise RackError(str(exc)) from None
        return Take(voice, entry.level_sig, self.crossfade, info, self.master)

    def _inputs(self, first: int, count: int) -> pyo.PyoObject:
        if first + count > max(self.inputs, 1):
            raise RackError(f"the model reads {count} input channel(s) from {first}, but the server has "
                            f"{self.inputs} (set inputs in the session's [server])")
        return pyo.Input([first + c for c in range(count)])

    def _crossfade(self, take: Take, old=(), at: int | None = None, now: int | None = None) -> int:
        """Fade `take` in and `old` out when `take` sounds (or at `at`, if later), counting from `now` (default:
        the audio clock); returns that sample time."""
        block = take.voice.stats().get("block", 0)
        begin = max((self.engine.time if now is None else now) + block + take.voice.latency, at or 0)

        def crossfade():
            for t in old:
                t.fade_to(0.0)
            take.fade_to(1.0)
        self.engine.at(begin, crossfade)
        self.engine.at(begin + int(self.crossfade * self.rate) + self.period, take.settle)
        return begin

    def _after(self, sample_time: int, work: Callable[[], None]) -> None:
        """Run `work` on the janitor thread once the audio clock has passed `sample_time`."""
        with self._lock:
            self._chores.append((sample_time, work))
        self._wake.set()

    def _janitor(self) -> None:
        while not self._closed:
            with self._lock:
                now = self.engine.time
                due = [w for t, w in self._chores if t <= now]
                self._chores = [(t, w) for t, w in self._chores if t > now]
                waiting = bool(self._chores)
            for work in due:
                try:
                    work()
                except Exception:
                    log.exception("rack clean-up failed")
            if waiting:
                time.sleep(0.01)
            else:
                self._wake.wait()
                self._wake.clear()

    def _measure(self) -> None:
        """The audio thread's CPU time per wall-clock second (audio thread, every CPU_INTERVAL)."""
        cpu, wall = time.thread_time(), time.perf_counter()
        if self._cpu_mark is not None and wall > self._cpu_mark[1]:
            self.cpu = min(1.0, (cpu - self._cpu_mark[0]) / (wall - self._cpu_mark[1]))
        self._cpu_mark = (cpu, wall)
        if not self._closed:
            self.engine.at(self.engine.time + int(CPU_INTERVAL * self.rate), self._measure)
