"""Turning one job (a server block for every batch row) into one model call.

When the model's rate equals the server's, a job is exactly one model call.
When it differs, audio crosses a band-limited streaming resampler (soxr) on
the way in and out, and FIFOs at the model's rate absorb the non-integer
ratio; the extra delay is fixed at start-up and measured by `measure_delay`.
"""
from __future__ import annotations

from typing import Callable

import numpy as np
import soxr

from .spec import ShardSpec

Model = Callable[[np.ndarray], np.ndarray]


class Pipeline:
    """Runs jobs for a shard, given `model(x: (batch, ch, T)) -> (batch, ch, T')` on numpy."""

    def __init__(self, spec: ShardSpec, model: Model):
        self.spec, self.model = spec, model
        cap = spec.capacity
        self.previous = np.zeros((cap, spec.in_channels), np.float32)   # last latent vector per row
        self.in_frames = spec.model_block // spec.in_ratio
        if spec.resampling:
            self._up = self._down = None
            self.in_fifo = np.zeros((cap, spec.in_channels, 0), np.float32)
            self.out_fifo = np.zeros((cap, spec.out_channels, 0), np.float32)
            if not spec.latent_in:
                self._up = soxr.ResampleStream(spec.server_rate, spec.model_rate, cap * spec.in_channels,
                                               dtype="float32", quality="HQ")
            if not spec.latent_out:
                self._down = soxr.ResampleStream(spec.model_rate, spec.server_rate, cap * spec.out_channels,
                                                 dtype="float32", quality="HQ")

    def reset_rows(self, rows: list[int], inp: np.ndarray) -> None:
        """Start new voices from their own first vector instead of a ramp from an old one."""
        for r in rows:
            self.previous[r] = inp[r, :, 0] if self.spec.latent_in else 0.0

    def run(self, inp: np.ndarray, out: np.ndarray, batch: int, active: int) -> int:
        """Fill `out` (capacity, out_ch, out_length) from `inp`; returns latent frames written."""
        for r in range(batch):
            if not active >> r & 1:
                inp[r] = 0.0
        frames = (self._run_resampled if self.spec.resampling else self._run_direct)(inp, out, batch)
        if not np.isfinite(out).all():     # a diverging model must not send NaN or infinity to the speakers
            np.nan_to_num(out, copy=False, nan=0.0, posinf=0.0, neginf=0.0)
        return frames

    def _frames(self, inp: np.ndarray, batch: int, count: int) -> np.ndarray:
        """Latent frames ramping from each row's previous vector to its new one (no zipper)."""
        target = inp[:batch, :, 0]
        start = self.previous[:batch]
        steps = (np.arange(1, count + 1, dtype=np.float32) / count)[None, None, :]
        frames = start[:, :, None] + (target - start)[:, :, None] * steps
        self.previous[:batch] = target
        return frames.astype(np.float32, copy=False)

    def _run_direct(self, inp, out, batch) -> int:
        spec = self.spec
        x = self._frames(inp, batch, self.in_frames) if spec.latent_in else inp[:batch]
        y = self.model(x)
        out[:batch, :, : y.shape[-1]] = y
        out[batch:] = 0.0
        return y.shape[-1] if spec.latent_out else 0

    def _run_resampled(self, inp, out, batch) -> int:
        spec, cap = self.spec, self.spec.capacity
        frames_out: list[np.ndarray] = []
        if not spec.latent_in:
            chunk = self._up.resample_chunk(inp.reshape(cap * spec.in_channels, -1).T.copy())
            self.in_fifo = np.concatenate([self.in_fifo, chunk.T.reshape(cap, spec.in_channels, -1)], axis=-1)
        need = spec.server_block
        while True:
            if spec.latent_in:
                if self.out_fifo.shape[-1] >= need:
                    break
                x = self._frames(inp, batch, self.in_frames)
            else:
                if self.in_fifo.shape[-1] < spec.model_block:
                    break
                x = self.in_fifo[:batch, :, : spec.model_block]
                self.in_fifo = self.in_fifo[:, :, spec.model_block:]
            y = self.model(np.ascontiguousarray(x))
            if spec.latent_out:
                frames_out.append(y)
                continue
            full = np.zeros((cap, spec.out_channels, y.shape[-1]), np.float32)
            full[:batch] = y
            chunk = self._down.resample_chunk(full.reshape(cap * spec.out_channels, -1).T.copy())
            self.out_fifo = np.concatenate([self.out_fifo, chunk.T.reshape(cap, spec.out_channels, -1)], axis=-1)
        if spec.latent_out:
            frames = np.concatenate(frames_out, axis=-1) if frames_out else np.zeros((batch, spec.out_channels, 0))
            n = min(frames.shape[-1], spec.out_length)
            out[:batch, :, :n] = frames[..., :n]
            return n
        short = need - self.out_fifo.shape[-1]
        if short > 0:  # priming: a fixed extra delay, paid once at start
            pad = np.zeros((cap, spec.out_channels, short), np.float32)
            self.out_fifo = np.concatenate([pad, self.out_fifo], axis=-1)
        out[:] = self.out_fifo[:, :, :need]
        self.out_fifo = self.out_fifo[:, :, need:]
        return 0


def hold_model(spec: ShardSpec) -> Model:
    """A stand-in model with no delay of its own: frames held, audio passed, audio decimated."""
    def model(x: np.ndarray) -> np.ndarray:
        if spec.latent_in and not spec.latent_out:
            return np.repeat(x[:, :1], spec.in_ratio, axis=-1).repeat(spec.out_channels, axis=1)
        if spec.latent_out and not spec.latent_in:
            return x[:, :1, spec.out_ratio - 1:: spec.out_ratio].repeat(spec.out_channels, axis=1)
        return x[:, :1].repeat(spec.out_channels, axis=1)
    return model


def measure_delay(spec: ShardSpec, jobs: int = 12) -> int:
    """Samples (server rate) the pipeline adds on top of block + compute allowance.

    Runs the same chunking and resamplers with a delay-free stand-in model
    and finds where a step put into job 3 comes out; 0 when no resampling.
    """
    if not spec.resampling:
        return 0
    pipe = Pipeline(spec, hold_model(spec))
    inp = np.zeros((spec.capacity, spec.in_channels, spec.in_length), np.float32)
    out = np.zeros((spec.capacity, spec.out_channels, spec.out_length), np.float32)
    outputs = []
    step_job = 3
    for job in range(jobs):
        inp[0, 0, :] = 1.0 if job >= step_job else 0.0
        pipe.run(inp, out, 1, 1)
        outputs.append(out[0, 0].copy())
    signal = np.concatenate(outputs)
    onset = int(np.argmax(signal > 0.5))
    expected = step_job * spec.server_block
    if spec.latent_in:   # the frame ramp crosses half-way at its middle frame, resampled or not
        frames = spec.model_block // spec.in_ratio
        expected += round(frames // 2 * spec.in_ratio * spec.server_rate / spec.model_rate)
    return max(0, onset - expected)
