"""Everything the engine runs on the audio thread, in one file, so that it can be audited for real-time safety alone.

pyo calls `cycle(engine)` once per server buffer, before it computes any
object: the calls `Engine.at` scheduled for this buffer, then each shard's
`run_shard`, which moves one buffer between each voice's `Row` and the
shard's shared memory. Nothing here runs inference, touches a file, or takes
a lock another thread may hold: it copies small numpy slices, posts
semaphores (never blocking) and takes their tokens without waiting. The one
bounded wait is `_grace`: a timed semaphore wait of at most a quarter buffer,
the GIL released. Offline engines (`blocking`) wait for every block in `_wait`
instead, where no deadline exists.

What else runs on this thread: the calls other modules post with `Engine.at`
(the rack's gain and crossfade changes, timed OSC commands), each a few
attribute sets, and pyo's own objects.
"""
from __future__ import annotations

import collections
import heapq
import logging
import time

import numpy as np

from .shard import Shard
from .spec import (D_ACTIVE, D_COMPUTE_NS, D_DISPATCHED_NS, D_DONE_SEQ, D_FRAMES, D_RESET, D_SEQ, D_WAITED_NS,
                   DISPATCHED, ShardSpec)

log = logging.getLogger("ravebridge.engine")


class Row:
    """One voice's place in a batch, as the audio thread sees it: the buffers it reads and writes.

    The engine plays members: objects with a `row` (voices), joined with
    `Engine.join` (members, not rows, since the healer moves voices). A row
    keeps the pyo tables its views point into. A voice sets `target`,
    `bias`, `scale`, `alpha`, `feed` and `sources` from control threads
    (element writes, or whole values replaced, which the audio thread reads
    at a block boundary). `spec` is the plan of the shard the row plays on;
    the engine sets it with `first`, the block from which the row's output
    is heard, when the row joins.
    """

    def __init__(self, spec: ShardSpec, period: int, tables: tuple, frame_queue: int | None):
        """`tables`: the voice's pyo DataTables (input, if it takes audio, then output), one buffer long."""
        self.spec, self.first = spec, 1 << 62
        *inputs, outputs = [[np.asarray(t.getBuffer(c)) for c in range(len(t))] for t in tables]
        self.inputs, self.outputs = (inputs[0] if inputs else []), outputs
        # after the views, so that they are released first: a view of a pyo table released after the table
        # reads freed memory (pyo's buffer export holds no reference to the table), which corrupts the heap
        self.tables = tables
        n = spec.in_channels if spec.latent_in else 0
        self.target = np.zeros(n, np.float32)             # latents asked for
        self.current = np.zeros(n, np.float32)            # latents smoothed towards them, block by block
        self.bias = np.zeros(n, np.float32)
        self.scale = np.ones(n, np.float32)
        self.alpha = 1.0                                  # smoothing step per block (1: none)
        self.feed = None                                  # an iterator of latent vectors, one per block
        self.sources: tuple = ()                          # (index, callable): dimensions read from features
        self.frames: collections.deque = collections.deque(maxlen=frame_queue)   # encoders' frames, for readers
        self.last_frame = np.zeros(spec.out_channels if spec.latent_out else 0, np.float32)
        self.ramp = np.linspace(1.0, 0.0, period, endpoint=False, dtype=np.float32)
        self.silent = False

    def capture(self, dst: np.ndarray) -> None:
        """The input buffer into the block being filled."""
        for c, view in enumerate(self.inputs):
            dst[c] = view

    def latents(self, dst: np.ndarray) -> None:
        """The block's latent vector: one smoothing step towards `target`, then scale and bias."""
        if self.feed is not None:
            self.target[:] = next(self.feed)
        for index, source in self.sources:
            self.target[index] = source()
        self.current += (self.target - self.current) * self.alpha
        np.multiply(self.current, self.scale, out=dst)
        dst += self.bias

    def play(self, src: np.ndarray) -> None:
        """One buffer of the model's output; after a late block it fades in."""
        for c, out in enumerate(self.outputs):
            out[:] = src[c]
        if self.silent:
            self.silent = False
            for out in self.outputs:
                out *= self.ramp[::-1]

    def silence(self) -> None:
        """A late block: fade the last sample played (still in the table) out over one buffer, then silence.

        Encoders' outputs are latent values, not sound: a ramp would be a false value, so they go to 0.
        """
        for out in self.outputs:
            if self.silent or self.spec.latent_out:
                out[:] = 0.0
            else:
                np.multiply(self.ramp, out[-1], out=out)
        self.silent = True

    def play_frames(self, frames: np.ndarray, offset: int) -> None:
        """An encoder's latent frames for this buffer, held sample by sample; at a block's start, queued too."""
        count = frames.shape[-1]
        if count == 0:
            return
        if offset == 0:
            for f in range(count):
                self.frames.append(frames[:, f].copy())
            self.last_frame[:] = frames[:, -1]
        idx = (offset + np.arange(len(self.outputs[0]))) * count // self.spec.server_block
        for c, out in enumerate(self.outputs):
            out[:] = frames[c, idx]


def cycle(engine) -> None:
    """One server buffer (pyo's callback)."""
    started = time.perf_counter_ns()
    if engine._timed or engine._due:
        _run_timed(engine)
    for shard in engine.shards:
        if shard.control is not None and (shard.members or shard.joins):
            run_shard(engine, shard)
    engine.time += engine.period
    engine.callback_ns[engine.callbacks % len(engine.callback_ns)] = time.perf_counter_ns() - started
    engine.callback_at_ns[engine.callbacks % len(engine.callback_at_ns)] = started
    engine.callbacks += 1


def _run_timed(engine) -> None:
    """Call what `Engine.at` scheduled for this buffer."""
    while engine._timed:
        heapq.heappush(engine._due, engine._timed.popleft())
    end = engine.time + engine.period
    while engine._due and engine._due[0][0] < end:
        fn = heapq.heappop(engine._due)[2]
        try:
            fn()
        except Exception:   # a bad call must not cost the buffer
            log.exception("call scheduled with Engine.at failed")


def run_shard(engine, s: Shard) -> None:
    """Capture, dispatch, admit and play one buffer of shard `s`'s rows."""
    spec, b, t = s.spec, engine.period, engine.time - s.phase
    block = spec.server_block
    if s.late_block >= 0 and s.late_times is None:
        _note_late(s)
    # 1. audio captured during the previous buffer goes into its block's slot
    if not spec.latent_in and t >= b:
        k = (t - b) // block
        pos = (t - b) % block
        slot = s.inp[k % spec.slots]
        for row, v in s.members:
            v.row.capture(slot[row, :, pos:pos + b])
    # 2. a block has completed: dispatch it, then admit and retire rows
    if t % block == 0:
        k = t // block - 1
        if k >= 0 and s.live and s.members:
            if s.holds(k):     # the worker may still read this slot's last job: too far behind to dispatch
                s.refused += 1
            else:
                slot = k % spec.slots
                if spec.latent_in:
                    frame = s.inp[slot]
                    for row, v in s.members:
                        v.row.latents(frame[row, :, 0])
                d = s.desc[slot]
                d[D_SEQ], d[D_ACTIVE], d[D_RESET] = k, s.active, s.next_reset
                d[D_DISPATCHED_NS] = time.perf_counter_ns()
                s.next_reset = 0
                s.control[DISPATCHED] = k
                s.post(k)       # after every write above: sem_post publishes them
        if s.joins or s.leaves:
            _admit(s, k + 1)
    # 3. play what the worker computed for the block that covers this buffer
    j, off = divmod(t - s.allowance * b, block)
    j -= 1
    if j < 0 or not s.members:
        return
    if j > s.seen:       # the block is not known to be done yet: once per block when on time
        if s.finished < j:
            s.collect()  # `done` tokens (acquire): the worker's writes for the blocks they stand for are seen
        computed = j >= s.first           # blocks before the shard (re)gained members were never dispatched
        if s.finished < j and computed:
            if engine.blocking:
                _wait(s, j)
            else:
                _grace(engine, s, j)
        # nothing is read from a block before its token was taken; one finished but not computed (the worker
        # dropped it, or it was never dispatched) is as late as one still computing
        if s.finished < j or int(s.desc[j % spec.slots, D_DONE_SEQ]) != j:
            if off == 0 and s.live and computed:
                s.late += 1
                s.late_at.append(engine.time)
                if s.late_block < 0:
                    s.late_block = j
            for row, v in s.members:
                v.row.silence()
            return
        s.seen = j
    slot = j % spec.slots
    if off == 0:
        s.compute_ns.append(int(s.desc[slot, D_COMPUTE_NS]))
    out = s.out[slot]
    if spec.latent_out:
        frames = int(s.desc[slot, D_FRAMES])
        for row, v in s.members:
            if v.row.first <= j:
                v.row.play_frames(out[row, :, :frames], off)
    else:
        for row, v in s.members:
            if v.row.first <= j:
                v.row.play(out[row, :, off:off + b])


def _note_late(s: Shard) -> None:
    """Keep a late block's times once it is done, before its slot is reused."""
    j = s.late_block
    if s.finished < j:
        s.collect()
    if s.finished >= j:
        d = s.desc[j % s.spec.slots]
        s.late_times = (int(d[D_WAITED_NS]), int(d[D_COMPUTE_NS])) if int(d[D_DONE_SEQ]) == j else ()


def _admit(s: Shard, first: int) -> None:
    """Apply queued joins and leaves at a block boundary."""
    members = dict(s.members)
    while s.leaves:
        row = s.leaves.popleft()
        members.pop(row, None)
        s.active &= ~(1 << row)
    if not members:
        s.first = first
    while s.joins:
        row, v = s.joins.popleft()
        members[row] = v
        v.row.spec, v.row.first = s.spec, first
        s.active |= 1 << row
        s.next_reset |= 1 << row
    s.members = tuple(sorted(members.items()))


def _grace(engine, s: Shard, j: int) -> None:
    """Honour the worker's promised compute time when callbacks come bunched (real time).

    After a late callback the next one may come at once, before the worker had its
    allowance of wall-clock time. Then wait for the block's `done` token, never longer
    than what remains of that allowance nor a quarter buffer (a timed semaphore wait,
    the GIL released), so JACK's own deadline is safe: the audio thread's one bounded wait.
    """
    dispatched = int(s.desc[j % s.spec.slots, D_DISPATCHED_NS]) / 1e9
    remaining = dispatched + s.allowance * engine.period / engine.rate - time.perf_counter()
    if remaining > 0 and s.live:
        s.collect(min(remaining, 0.25 * engine.period / engine.rate))


def _wait(s: Shard, j: int) -> bool:
    """Offline only: wait for block j instead of dropping it (timed waits on the worker's `done` tokens).

    Real time waits at most a quarter buffer, and only when callbacks come bunched (`_grace`).
    """
    deadline = time.monotonic() + max(30.0, 4 * s.hang_seconds)
    while s.finished < j:
        if not s.live or not s.pending or s.pending[-1] < j or time.monotonic() > deadline:
            return False     # (no block from j on is in the worker's hands: j was never dispatched)
        s.collect(0.05)
    return True
