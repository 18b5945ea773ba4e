"""Whether one more voice fits: placement's rules as pure functions of warm-up timings.

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
