"""The contract between the audio process and one worker process (a shard).

A shard runs one method of one model file as a batch: each row of the batch
is an independent voice. The audio process and the worker share a ring of
job slots in shared memory; this module describes its shape, so that both
sides build identical numpy views over the same bytes, and the semaphores
that hand each slot from one side to the other.

The hand-off (docs/architecture.md, "Memory ordering"). Python has no memory
fence, so nothing in shared memory is trusted because a counter says so:
every slot changes hands through a POSIX semaphore. `sem_post` publishes
what its caller wrote before it (release), a successful `sem_wait` or
`sem_trywait` sees it (acquire): POSIX counts them among the functions that
synchronise memory, on any CPU. Each shard has three counting semaphores,
created (and unlinked) by the audio process, opened by name in the worker:

- ``jobs``: the audio thread posts one token per dispatched block k, after
  writing the block's input, its descriptor (D_SEQ, D_ACTIVE, D_RESET,
  D_DISPATCHED_NS) and ``queue[n % slots] = k``, n counting dispatches from
  0. Nobody waits on it: the worker takes tokens with a non-blocking acquire,
  and the n-th token it takes stands for the n-th dispatch.
- ``wake``: posted after each ``jobs`` token and after each command sent on
  the worker's connection. It is the worker's only blocking wait; a token
  carries nothing (several may be served by one look): the worker then reads
  its connection and takes the ``jobs`` tokens there are.
- ``done``: the worker posts one token per job it took, in dispatch order,
  computed or dropped, after writing the output and the descriptor
  (D_COMPUTE_NS, D_FRAMES, D_WAITED_NS, and D_DONE_SEQ = k for a block it
  computed). The audio thread takes tokens without blocking (offline: with
  a timeout) and plays block k only once the token for k was taken and
  D_DONE_SEQ is k.

The audio thread never dispatches block k while the job that last used slot
k % slots may still be the worker's (its ``done`` token not taken yet), so
neither side rewrites a descriptor, an output or a queue entry the other
may still read. The input of such a job, already too late to be played, is
the exception: capture writes block k's input during block k, whatever the
worker does.

DISPATCHED and DONE (control words) are diagnostics, not part of the
hand-off: hang detection and tests read them. The worker writes DONE after
posting the block's ``done`` token.
"""
from __future__ import annotations

import dataclasses
import math
import os
import secrets

import _multiprocessing
import numpy as np

# control words (int64) shared by both sides; none of them hands a slot over (the semaphores do):
# DISPATCHED (audio) and DONE (worker) are the newest block dispatched and done, for supervision
DISPATCHED, DONE, STATE, ERRORS, DROPPED, BUSY = range(6)
CONTROL_WORDS = 8
# worker states (0, the zeroed memory's, while the model loads)
READY, FAILED, STOPPED = range(1, 4)
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
            "queue": ((self.slots,), np.int64),      # [n % slots]: the block index of dispatch n (jobs token n)
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


SEMAPHORES = ("wake", "jobs", "done")
_SEMAPHORE = 1    # a counting semaphore, _multiprocessing's kind (multiprocessing.synchronize.SEMAPHORE)
_SEM_MAX = _multiprocessing.SemLock.SEM_VALUE_MAX


def create_semaphores() -> dict:
    """The shard's semaphores, at 0, under new unique names (audio process). Each must be unlinked.

    Names stay within macOS's 31 characters; creation fails rather than open
    a name that exists (O_EXCL), so two engines never share one.
    """
    made = {}
    try:
        for role in SEMAPHORES:
            for _ in range(100):
                name = f"/rb{os.getpid()}-{secrets.token_hex(4)}{role[0]}"
                try:
                    made[role] = _multiprocessing.SemLock(kind=_SEMAPHORE, value=0, maxvalue=_SEM_MAX,
                                                          name=name, unlink=False)
                    break
                except FileExistsError:
                    continue
            else:
                raise FileExistsError("no free name for a semaphore")
    except BaseException:
        for sem in made.values():
            unlink_semaphore(sem.name)
        raise
    return made


def open_semaphores(names: dict) -> dict:
    """The semaphores `create_semaphores` made, opened by name (worker: `sem_open`)."""
    return {role: _multiprocessing.SemLock._rebuild(0, _SEMAPHORE, _SEM_MAX, names[role]) for role in SEMAPHORES}


def unlink_semaphore(name: str) -> None:
    """Remove a semaphore's name; processes that have it open keep using it."""
    try:
        _multiprocessing.sem_unlink(name)
    except (FileNotFoundError, OSError):
        pass


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
