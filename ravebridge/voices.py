"""Model voices as pyo objects: `Decoder`, `Encoder`, `Transfer` (and the general `Voice`).

A voice reads and writes pyo tables one server buffer long; the engine's
audio callback moves those buffers to and from the voice's row of a batched
model call in a worker process. Everything else is plain pyo: `mul`, `add`,
`.out(chnl)`, `.play()`, `.stop()`, mixing and panning.
"""
from __future__ import annotations

import math
import threading

import numpy as np
from pyo import DataTable, PyoObject, TableFill, TableScan

from .engine.audio import Row
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
        self._spec = spec
        self._input = input
        tables = ()
        if not spec.latent_in:
            if input is None:
                raise ValueError(f"method {method!r} takes audio: give an input object")
            self._in_table = DataTable(period, chnls=spec.in_channels)
            self._fill = TableFill(input, self._in_table)
            tables = (self._in_table,)
        self._table = DataTable(period, chnls=spec.out_channels)
        self.row = Row(spec, period, tables + (self._table,), frame_queue)
        self.setSmooth(smooth)
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
        self.row.target[:] = _finite(values, len(self.row.target), "latents")

    def setLatent(self, index: int, value: float) -> None:
        self.row.target[self._index(index)] = _finite([value], 1, "latent")[0]

    def setBias(self, index: int, value: float) -> None:
        self.row.bias[self._index(index)] = _finite([value], 1, "bias")[0]

    def setScale(self, index: int, value: float) -> None:
        self.row.scale[self._index(index)] = _finite([value], 1, "scale")[0]

    def setSmooth(self, seconds: float) -> None:
        """Time constant of the latent smoothing (0: none), so 100 Hz control does not zipper."""
        seconds = float(_finite([seconds], 1, "smooth")[0])
        if seconds < 0:
            raise ValueError("smooth must be >= 0 seconds")
        block_seconds = self._spec.server_block / self._engine.rate
        self.row.alpha = 1.0 if seconds == 0 else float(1.0 - math.exp(-block_seconds / seconds))

    def setLatentSource(self, source) -> None:
        """An iterator giving one latent vector per block (offline scores); None to stop."""
        self.row.feed = source

    def setFeature(self, index: int, source) -> None:
        """Dimension `index` read from `source()` at every block (a live input's pitch or loudness: features.py);
        None to take it from the latents set again."""
        i = self._index(index)
        kept = tuple(s for s in self.row.sources if s[0] != i)
        self.row.sources = kept + (((i, source),) if source is not None else ())

    def getLatents(self) -> np.ndarray:
        """The latent vector the model receives now (after smoothing, scale and bias)."""
        r = self.row
        return r.current * r.scale + r.bias

    def _index(self, index) -> int:
        i = int(index)
        n = len(self.row.target)
        if i != index or not 0 <= i < n:
            raise IndexError(f"latent index {index} out of range 0..{n - 1}")
        return i

    # ---- encoder output ----
    def readFrames(self) -> list[np.ndarray]:
        """Latent frames produced since the last call, oldest first (encode-like methods)."""
        frames = []
        while self.row.frames:
            frames.append(self.row.frames.popleft())
        return frames

    def lastFrame(self, copy: bool = True) -> np.ndarray:
        """The newest latent frame; `copy=False` lends the voice's own array (the audio thread: no allocation)."""
        return self.row.last_frame.copy() if copy else self.row.last_frame

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
