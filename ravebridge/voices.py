"""Model voices as pyo objects: `Decoder`, `Encoder`, `Transfer` (and the general `Voice`).

A voice reads and writes pyo tables one server buffer long; the engine's
audio callback moves those buffers to and from the voice's row of a batched
model call in a worker process. Everything else is plain pyo: `mul`, `add`,
`.out(chnl)`, `.play()`, `.stop()`, mixing and panning.
"""
from __future__ import annotations

import collections
import math
import threading

import numpy as np
from pyo import DataTable, PyoObject, TableFill, TableScan

from .engine.engine import Engine

class Voice(PyoObject):
    """One method of one model, streamed block by block.

    `model` is a path to an nn~-compatible TorchScript file. The constructor
    loads and warms the model up in a worker process (seconds, for a large
    file) unless a voice of the same model already runs there, in which case
    the new voice is one more row of its batch. `input` feeds methods that
    take audio (encode, forward). Latency is `self.latency` samples.
    """

    def __init__(self, model: str, method: str = "decode", input=None, mul=1, add=0, *,
                 engine: Engine | None = None, sample_rate: int | None = None, block: int | None = None,
                 seed: int = 0, smooth: float = 0.02, progress=None, frame_queue: int | None = 2048):
        PyoObject.__init__(self, mul, add)
        self._engine = engine or Engine.current()
        self._group, self._shard, self._row = self._engine.place(model, method, sample_rate, block, seed, progress)
        spec = self._shard.spec
        period = self._engine.period
        self._spec, self._first = spec, 1 << 62
        self._ramp = np.linspace(1.0, 0.0, period, endpoint=False, dtype=np.float32)
        self._silent = False
        self._input = input
        if not spec.latent_in:
            if input is None:
                raise ValueError(f"method {method!r} takes audio: give an input object")
            self._in_table = DataTable(period, chnls=spec.in_channels)
            self._in_views = [np.asarray(self._in_table.getBuffer(c)) for c in range(spec.in_channels)]
            self._fill = TableFill(input, self._in_table)
        n = spec.in_channels if spec.latent_in else 0
        self._target = np.zeros(n, np.float32)
        self._current = np.zeros(n, np.float32)
        self._bias = np.zeros(n, np.float32)
        self._scale = np.ones(n, np.float32)
        self._alpha = 1.0
        self.setSmooth(smooth)
        self._frames_out: collections.deque = collections.deque(maxlen=frame_queue)
        self._feed = None
        self._last_frame = np.zeros(spec.out_channels if spec.latent_out else 0, np.float32)
        self._table = DataTable(period, chnls=spec.out_channels)
        self._out = [np.asarray(self._table.getBuffer(c)) for c in range(spec.out_channels)]
        self._scan = TableScan(self._table, mul=mul, add=add)
        self._base_objs = self._scan.getBaseObjects()
        self._freed = False
        self._moving = threading.Lock()     # restart, free and the engine's healer move it one at a time
        self._engine.join(self._shard, self._row, self)

    # ---- what a user reads ----
    @property
    def latency(self) -> int:
        """Samples from an input sample or a latent change to the output (model's own delay aside)."""
        return self._engine.latency(self._shard)

    @property
    def method(self) -> str:
        return self._spec.method

    @property
    def spec(self):
        """The plan of the worker computing this voice (blocks, channels, rates); a move may change it."""
        return self._spec

    @property
    def error(self) -> str | None:
        """The last error of this voice's model, if any."""
        return self._shard.error

    @property
    def alive(self) -> bool:
        return self._shard.live and not self._freed

    def stats(self) -> dict:
        """Timing of this voice's shard against its deadline, late blocks, errors."""
        status = self._engine.status()
        return next((s for s in status["shards"] if s["id"] == self._shard.id), {})

    # ---- latent control (decode-like methods) ----
    def setLatents(self, values) -> None:
        """Set the whole latent vector (smoothed towards it, see setSmooth)."""
        v = _finite(values, len(self._target), "latents")
        self._target[:] = v

    def setLatent(self, index: int, value: float) -> None:
        self._target[self._index(index)] = _finite([value], 1, "latent")[0]

    def setBias(self, index: int, value: float) -> None:
        self._bias[self._index(index)] = _finite([value], 1, "bias")[0]

    def setScale(self, index: int, value: float) -> None:
        self._scale[self._index(index)] = _finite([value], 1, "scale")[0]

    def setSmooth(self, seconds: float) -> None:
        """Time constant of the latent smoothing (0: none), so 100 Hz control does not zipper."""
        seconds = float(_finite([seconds], 1, "smooth")[0])
        if seconds < 0:
            raise ValueError("smooth must be >= 0 seconds")
        block_seconds = self._spec.server_block / self._engine.rate
        self._alpha = 1.0 if seconds == 0 else float(1.0 - math.exp(-block_seconds / seconds))

    def setLatentSource(self, source) -> None:
        """An iterator giving one latent vector per block (offline scores); None to stop."""
        self._feed = source

    def getLatents(self) -> np.ndarray:
        """The latent vector the model receives now (after smoothing, scale and bias)."""
        return self._current * self._scale + self._bias

    def _index(self, index) -> int:
        i = int(index)
        if i != index or not 0 <= i < len(self._target):
            raise IndexError(f"latent index {index} out of range 0..{len(self._target) - 1}")
        return i

    # ---- encoder output ----
    def readFrames(self) -> list[np.ndarray]:
        """Latent frames produced since the last call, oldest first (encode-like methods)."""
        frames = []
        while self._frames_out:
            frames.append(self._frames_out.popleft())
        return frames

    def lastFrame(self, copy: bool = True) -> np.ndarray:
        """The newest latent frame; `copy=False` lends the voice's own array (the audio thread: no allocation)."""
        return self._last_frame.copy() if copy else self._last_frame

    # ---- model attributes ----
    def setAttribute(self, name: str, *values):
        """Set a model attribute; it applies to every voice sharing this model instance."""
        return self._shard.request("set_attribute", name, list(values))

    def getAttribute(self, name: str):
        return self._shard.request("get_attribute", name)

    def restart(self, progress=None) -> None:
        """Play again after a crash or a hang now, reloading the model in a fresh worker if needed.

        On a real-time engine this also happens by itself (see `engine.healing`).
        """
        with self._moving:
            if self._freed:
                return
            old, row = self._shard, self._row
            self._engine.leave(old, row)
            self._group.release(old, row)
            if not old.alive:
                self._group.discard(old)
            self._shard, self._row = self._group.place(progress)
            self._spec = self._shard.spec
            self._engine.join(self._shard, self._row, self)

    def row_on(self, shard) -> int | None:
        """This voice's row on `shard` if it plays there or is about to (the healer asks), else None."""
        return self._row if self._shard is shard and not self._freed else None

    def rehome(self, failed, shard, row: int) -> bool:
        """Join `shard` at `row`, promised by the healer, in place of `failed`; False if moved or freed since."""
        with self._moving:
            if self._freed or self._shard is not failed:
                return False
            self._shard, self._row, self._spec = shard, row, shard.spec
            self._engine.join(shard, row, self)
            return True

    def free(self) -> None:
        """Leave the batch and stop sounding."""
        with self._moving:
            if self._freed:
                return
            self._freed = True
            self.stop()
            self._engine.leave(self._shard, self._row)
            self._group.release(self._shard, self._row)

    # ---- audio thread (called by Engine._run_shard) ----
    def _capture(self, dst: np.ndarray) -> None:
        for c, view in enumerate(self._in_views):
            dst[c] = view

    def _latents(self, dst: np.ndarray) -> None:
        if self._feed is not None:
            self._target[:] = next(self._feed)
        self._current += (self._target - self._current) * self._alpha
        np.multiply(self._current, self._scale, out=dst)
        dst += self._bias

    def _play(self, src: np.ndarray) -> None:
        for c, out in enumerate(self._out):
            out[:] = src[c]
        if self._silent:          # recovering from a late block: fade in
            self._silent = False
            for out in self._out:
                out *= self._ramp[::-1]

    def _silence(self) -> None:
        """A late block: fade the last sample played (still in the table) out over one buffer, then silence.

        Encoders' outputs are latent values, not sound: a ramp would be a false value, so they go to 0.
        """
        for out in self._out:
            if self._silent or self._spec.latent_out:
                out[:] = 0.0
            else:
                np.multiply(self._ramp, out[-1], out=out)
        self._silent = True

    def _frames(self, frames: np.ndarray, offset: int, block_index: int) -> None:
        count = frames.shape[-1]
        if count == 0:
            return
        if offset == 0:
            for f in range(count):
                self._frames_out.append(frames[:, f].copy())
            self._last_frame[:] = frames[:, -1]
        block = self._spec.server_block
        idx = (offset + np.arange(len(self._out[0]))) * count // block
        for c, out in enumerate(self._out):
            out[:] = frames[c, idx]


def Decoder(model: str, mul=1, add=0, **kw) -> Voice:
    """Latents in, audio out: the model's `decode` method."""
    return Voice(model, "decode", None, mul, add, **kw)


def Encoder(input, model: str, mul=1, add=0, **kw) -> Voice:
    """Audio in, latent frames out: as sample-and-hold signals (one stream per dimension) and `readFrames()`."""
    return Voice(model, "encode", input, mul, add, **kw)


def Transfer(input, model: str, mul=1, add=0, **kw) -> Voice:
    """Audio in, audio out through the whole model (`forward`): timbre transfer."""
    return Voice(model, "forward", input, mul, add, **kw)


def _finite(values, count: int, what: str) -> np.ndarray:
    try:
        v = np.asarray(values, dtype=np.float64).reshape(-1)
    except (TypeError, ValueError):
        raise TypeError(f"{what}: expected numbers, got {values!r}") from None
    if v.size != count:
        raise ValueError(f"{what}: expected {count} value(s), got {v.size}")
    if not np.all(np.isfinite(v)):
        raise ValueError(f"{what}: NaN or infinite value in {values!r}")
    return v.astype(np.float32)
