"""Whether one more voice fits, where its blocks start, when its worker counts as hung: placement's rules as
pure functions of warm-up timings, which the engine and the healer both call.

A worker computes each block on one core, and every worker shares the
machine's cores with the audio thread, the control threads and the other
programs. So a voice is accepted only where both bounds hold: its shard's
batch stays within the shard's compute allowance (and within one block), and
all workers together stay within a share of all the cores. What does not fit
is refused before it plays, never after it clicks (`CpuFull`).
"""
from __future__ import annotations

from .shard import ShardError
from .spec import batch_size

BATCH_BUDGET = 0.85   # share of its allowance (and of one block) a shard's batch may use
CPU_BUDGET = 0.60     # share of all cores the workers may use together (measured: more was heard as xruns)
HANG_ALLOWANCES = 4      # no block done for this many compute allowances (offline: slowest calls): hung ...
HANG_FLOOR = 0.5         # ... and never sooner than this (s)
HANG_FLOOR_OFFLINE = 2.0


class CpuFull(ShardError):
    """A voice refused because it would not be computed in time (one line: what plays, what it needs)."""


def batch_seconds(timings: dict[int, float], rows: int, min_batch: int, capacity: int) -> float:
    """Warm-up time of the batch that computes rows 0..rows-1 (extrapolated past the largest timed)."""
    need = max(min_batch, batch_size((1 << rows) - 1, capacity))
    return timings.get(need, timings[max(timings)] * need / max(timings))


def load(timings: dict[int, float], rows: int, min_batch: int, capacity: int, block_seconds: float) -> float:
    """A shard's share of one core with `rows` rows (0 when it has none: it computes nothing)."""
    if rows <= 0:
        return 0.0
    return batch_seconds(timings, rows, min_batch, capacity) / block_seconds


def fits_batch(seconds: float, allowance_seconds: float, block_seconds: float) -> bool:
    """A batch fits its worker when it is computed within its allowance and within a block (one core)."""
    return seconds <= BATCH_BUDGET * min(allowance_seconds, block_seconds)


def fits_cpu(total_load: float, cores: int) -> bool:
    """All workers together within their share of the cores."""
    return total_load <= CPU_BUDGET * cores


def most_allowance(max_latency: int | None, block: int, period: int, ring_most: int) -> int:
    """The largest allowance (in buffers) a shard with `block` may have under a latency cap."""
    if max_latency is None:
        return ring_most
    return min(ring_most, (max_latency - block) // period)


def phase(block: int, period: int, taken: list[int]) -> int:
    """Where a new shard's blocks start within a block: on the buffer grid, as far as can be from `taken` (the
    phases of the live shards with the same block), the earliest of equals.

    Shards whose blocks start together wake their workers together, and on
    two cores the last of several waits for the others: staggered, each
    computes while the others are idle.
    """
    if not taken:
        return 0

    def distance(p: int) -> int:
        return min(min((p - q) % block, (q - p) % block) for q in taken)
    return max(range(0, block, period), key=lambda p: (distance(p), -p))


def hang_limit(allowance_seconds: float, slowest_call: float, blocking: bool) -> float:
    """Seconds without a finished block (one being due) after which a worker counts as hung.

    Detection is part of the recovery time, so live it follows the shard's
    deadline: several compute allowances, at least half a second. Offline
    (`blocking`) nothing is due at a deadline, so only a call many times
    slower than the slowest warm-up call counts.
    """
    if blocking:
        return max(HANG_FLOOR_OFFLINE, HANG_ALLOWANCES * slowest_call)
    return max(HANG_FLOOR, HANG_ALLOWANCES * allowance_seconds)
