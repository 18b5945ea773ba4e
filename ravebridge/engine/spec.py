"""The contract between the audio process and one worker process (a shard).

A shard runs one method of one model file as a batch: each row of the batch
is an independent voice. The audio process and the worker share a ring of
job slots in shared memory; this module describes its shape, so that both
sides build identical numpy views over the same bytes.
"""
from __future__ import annotations

import dataclasses
import math

import numpy as np

# control words (int64) shared by both sides
DISPATCHED, DONE, STATE, ERRORS, DROPPED, BUSY = range(6)
CONTROL_WORDS = 8
# worker states
LOADING, READY, FAILED, STOPPED = range(4)
# per-slot descriptor words (int64)
# (written at dispatch: seq, active, reset, dispatched; by the worker: the rest, for the job done_seq)
D_SEQ, D_ACTIVE, D_RESET, D_COMPUTE_NS, D_FRAMES, D_DISPATCHED_NS, D_WAITED_NS, D_DONE_SEQ = range(8)
DESC_WORDS = 8


@dataclasses.dataclass(frozen=True)
class ShardSpec:
    """Sizes and settings a shard is built from; picklable for the worker."""

    path: str
    method: str
    in_channels: int
    in_ratio: int
    out_channels: int
    out_ratio: int
    model_rate: int
    server_rate: int
    model_block: int        # samples per model call, at the model's rate
    server_block: int       # samples per job, at the server's rate
    capacity: int           # batch rows
    slots: int              # jobs the ring holds
    seed: int = 0
    torch_threads: int = 1
    realtime: bool = True       # real-time priority (priority.WORKER), below every thread of the audio process
    deterministic: bool = False  # offline: no timing-dependent choices (batch shapes change random draws)
    standby: bool = False        # a spare: warms up at ordinary priority, gets `realtime` when it takes voices
    shm_name: str = ""

    @property
    def latent_in(self) -> bool:
        """Input is frame-rate control (decode), not audio."""
        return self.in_ratio > 1

    @property
    def latent_out(self) -> bool:
        """Output is frame-rate latents (encode), not audio."""
        return self.out_ratio > 1

    @property
    def resampling(self) -> bool:
        return self.model_rate != self.server_rate

    @property
    def in_length(self) -> int:
        return 1 if self.latent_in else self.server_block

    @property
    def out_length(self) -> int:
        """Audio samples, or the most latent frames, one job returns."""
        if not self.latent_out:
            return self.server_block
        frames = self.server_block * self.model_rate / self.server_rate / self.out_ratio
        return int(math.ceil(frames)) + (1 if self.resampling else 0)

    def arrays(self) -> dict[str, tuple[tuple[int, ...], type]]:
        return {
            "control": ((CONTROL_WORDS,), np.int64),
            "desc": ((self.slots, DESC_WORDS), np.int64),
            "inp": ((self.slots, self.capacity, self.in_channels, self.in_length), np.float32),
            "out": ((self.slots, self.capacity, self.out_channels, self.out_length), np.float32),
        }

    @property
    def nbytes(self) -> int:
        return sum(_aligned(int(np.prod(shape)) * np.dtype(dt).itemsize) for shape, dt in self.arrays().values())

    def views(self, buffer) -> dict[str, np.ndarray]:
        """Numpy views of the shared block, identical in both processes."""
        views, offset = {}, 0
        for name, (shape, dtype) in self.arrays().items():
            count = int(np.prod(shape))
            views[name] = np.ndarray(shape, dtype=dtype, buffer=buffer, offset=offset)
            offset += _aligned(count * np.dtype(dtype).itemsize)
        return views


def _aligned(n: int) -> int:
    return (n + 63) // 64 * 64


def batch_size(active_mask: int, capacity: int) -> int:
    """Rows to compute: the next power of two above the highest active row.

    Rounding keeps the set of batch shapes small, so every one of them is
    warmed up before going live (TorchScript re-optimises on a new shape,
    which takes tens of milliseconds: a glitch if it happened live).
    """
    if active_mask == 0:
        return 0
    top = active_mask.bit_length()
    return min(capacity, 1 << (top - 1).bit_length())


def warm_batches(capacity: int) -> list[int]:
    sizes, n = [], 1
    while n < capacity:
        sizes.append(n)
        n *= 2
    return sizes + [capacity]
