"""The streaming engine: voices as rows of batched model calls in worker processes.

The audio thread runs `audio.cycle` once per server buffer (pyo's
`Server.setCallback`, before any object is computed): all its code is in
audio.py. It only copies small numpy slices between pyo tables and shared
memory, posts semaphores that never block, and reads counters. Inference, loading and waiting happen in
worker processes (`worker.py`); bookkeeping happens on a supervisor thread,
and replacing failed workers on a healer thread (`healing.py`).

Timing, for a shard with block B and compute allowance n server buffers b:
the input captured during block k (or, for decode, the latents current at
its end) is dispatched when the block completes, and its output is played
from n buffers later. Latency = B + n*b (+ resampler delay + the model's own
delay); n = 1 is exactly the target of one model block plus one buffer.
"""
from __future__ import annotations

import collections
import dataclasses
import itertools
import logging
import math
import multiprocessing.connection
import os
import threading
import time
from typing import Callable

import numpy as np

from . import audio, placement, priority
from .healing import Healer
from .placement import CpuFull
from .pipeline import measure_delay
from .shard import Shard, ShardError
from .spec import ShardSpec

log = logging.getLogger("ravebridge.engine")

GAP_NS = 1_000_000        # a control thread's piece of work should fit before the next audio buffer: 1 ms
CALLBACK_NS = 300_000     # then it waits this long past the buffer's start, for the callback's Python to run

SLOTS = 5                # ring slots per shard: allows a compute allowance of up to two blocks
BLOCK_FACTORS = (2, 4)   # larger blocks a voice may take, in real time, when the CPU is full at the model's own


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


@dataclasses.dataclass
class Arrangement:
    """How voices, processes and torch threads share the cores.

    Derived from the core count: each worker runs one torch thread so that
    workers never oversubscribe the cores (what makes nn~ collapse), and a
    model gets at most one shard per core. With more cores than shards,
    threads per worker grow, keeping one core for the audio thread.

    `spares` warm idle workers per model stand by on real-time engines, so
    that the voices of a worker that dies or hangs move to one at the next
    block (None: 1; offline engines heal nothing, see `healing`).
    `hang_seconds` None derives each shard's limit from its deadline.
    """

    cores: int
    capacity: int = 16                  # rows per shard (batch)
    max_shards_per_model: int = 0
    allowance: int | None = None        # compute allowance in server buffers; None: from warm-up
    hang_seconds: float | None = None   # no block done for this long while one is due: hung; None: derived
    realtime: bool = True               # workers at real-time priority where allowed (engine.priority)
    spares: int | None = None           # warm standby workers per model (real-time engines); None: 1
    max_latency_ms: float | None = None  # real time: refuse what needs more latency than this (None: no cap)

    def __post_init__(self):
        if not self.max_shards_per_model:
            self.max_shards_per_model = max(1, self.cores)

    def torch_threads(self, shards: int) -> int:
        spare = max(1, self.cores - 1)
        return max(1, spare // max(1, shards))


class ModelGroup:
    """All shards running one method of one model file."""

    def __init__(self, engine: "Engine", path: str, method: str, sample_rate: int | None, block: int | None,
                 seed: int):
        self.engine, self.path, self.method = engine, path, method
        self.sample_rate, self.block, self.seed = sample_rate, block, seed
        self.shards: list[Shard] = []
        self.lock = threading.Lock()
        self.info: dict = {}
        self.details: dict = {}

    @property
    def name(self) -> str:
        return f"{os.path.basename(self.path)}:{self.method}"

    def plan(self, info: dict) -> ShardSpec:
        """Sizes of a shard for this model on this server."""
        engine, m = self.engine, info["methods"][self.method]
        model_rate = info["sample_rate"] or engine.rate
        if not info["sample_rate"]:
            log.warning("%s declares no sample rate: assuming the server's %d Hz (give sample_rate= to override)",
                        self.name, engine.rate)
        base = info["block"]
        model_block = base * max(1, math.ceil((self.block or base) / base))
        if model_rate == engine.rate:
            model_block = math.lcm(model_block, engine.period)
            server_block = model_block
        else:
            server_block = engine.period * math.ceil(model_block * engine.rate / model_rate / engine.period)
        return ShardSpec(
            path=self.path, method=self.method, in_channels=m["in_channels"], in_ratio=m["in_ratio"],
            out_channels=m["out_channels"], out_ratio=m["out_ratio"], model_rate=int(model_rate),
            server_rate=engine.rate, model_block=model_block, server_block=server_block,
            capacity=engine.arrangement.capacity, slots=SLOTS, seed=self.seed,
            torch_threads=engine.arrangement.torch_threads(len(self.shards)),
            realtime=engine.realtime_workers, deterministic=engine.blocking)

    def start_shard(self, progress=None, standby: bool = False) -> Shard:
        """Start a worker for this model; `shard.ready` completes when it is warm (returns at once)."""
        def plan(info: dict) -> ShardSpec:
            return dataclasses.replace(self.plan(info), standby=standby)
        shard = Shard(self.path, self.method, self.sample_rate, plan, progress,
                      on_failure=lambda s: self.engine.healer.failed(self, s))
        shard.standby = standby
        self.engine._watch(shard)
        return shard

    def open_shard(self, progress=None) -> Shard:
        """A new live worker for this model: a warm spare if there is one, else one loaded now (control thread)."""
        spare = self._take_spare()
        if spare is not None:
            return spare
        shard = self.start_shard(progress)
        try:
            details = shard.ready.result(timeout=600)
            self.finish(shard)
        except Exception:
            self.engine.unwatch(shard)
            raise
        self.shards.append(shard)
        if not details["streaming"]:
            log.warning("%s is not a streaming export: its output will click at every block boundary "
                        "(export it with --streaming)", self.name)
        self.engine.healer.opened(self)
        return shard

    def _take_spare(self) -> Shard | None:
        """Promote a warm spare to a live shard: the new voice plays at its next block, not after a load."""
        spare = self.engine.healer.take_spare(self)
        if spare is None or not self.promote(spare):
            return None
        spare.phase = self.engine._phase(spare)      # among the live shards of now, not of when it warmed up
        self.shards.append(spare)
        self.engine.healer.opened(self)              # warm a replacement
        log.info("%s: spare worker %d takes new voices", self.name, spare.id)
        return spare

    def promote(self, spare: Shard) -> bool:
        """Give a spare the live workers' priority; a spare that does not answer is stopped (False)."""
        try:
            spare.promote()
            return True
        except (ShardError, TimeoutError, OSError) as exc:     # OSError: it died since it was last checked
            log.error("%s: spare worker %d did not answer: %s", self.name, spare.id, exc)
            self.engine.unwatch(spare)
            return False

    def finish(self, shard: Shard) -> None:
        """Set a warm worker's compute allowance, resampler delay and hang limit."""
        self.info, self.details = shard.info, shard.details
        shard.allowance = self.engine._allowance(shard)
        shard.phase = self.engine._phase(shard)
        shard.delay = measure_delay(shard.spec)
        shard.hang_seconds = self.engine.hang_limit(shard)

    def place(self, progress=None) -> tuple[Shard, int]:
        """Pick a shard and a row for a new voice, opening a shard when needed.

        In real time a voice that would not be computed in time is refused (CpuFull) before it plays:
        the voices already playing never glitch because of it.
        """
        with self.lock:
            candidates = [s for s in self.shards if s.alive and len(s.taken) < s.spec.capacity
                          and (s.details["batched"] or len(s.taken) == 0)]
            fitting = [s for s in candidates if self._fits(s)]
            if fitting:     # the fullest: one bigger batch costs less than two smaller ones
                shard = max(fitting, key=lambda s: len(s.taken))
            elif self.engine.blocking and candidates and len(self.shards) >= self.engine.arrangement.max_shards_per_model:
                shard = min(candidates, key=lambda s: len(s.taken))    # offline waits: nothing is late
            elif not self.shards or len(self.shards) < self.engine.arrangement.max_shards_per_model \
                    or not candidates:
                if self.details and not self.engine.fits_cpu(self._load_of_one()):
                    raise self._full()
                shard = self.open_shard(progress)
                refusal = self._refusal_alone(shard)
                if refusal is not None:
                    self.shards.remove(shard)      # (the group lock is held: not discard)
                    self.engine.unwatch(shard)
                    raise refusal
            else:
                raise self._full()
            row = min(set(range(shard.spec.capacity)) - shard.taken)
            shard.taken.add(row)
            return shard, row

    def _load_of_one(self) -> float:
        """What a new shard of this model with one voice adds to the workers' load (share of one core)."""
        d, spec = self.details, self.plan(self.info)
        return placement.load(d["timings"], 1, d["min_batch"], spec.capacity, spec.server_block / self.engine.rate)

    def _refusal_alone(self, shard: Shard) -> CpuFull | None:
        """Why a new shard's first voice cannot play in real time (too slow alone, or the CPU is full), or None."""
        engine = self.engine
        if engine.blocking:
            return None
        d, block = shard.details, shard.spec.server_block
        seconds = placement.batch_seconds(d["timings"], 1, d["min_batch"], shard.spec.capacity)
        if not placement.fits_batch(seconds, shard.allowance * engine.period / engine.rate, block / engine.rate):
            return CpuFull(f"{self.name} is too slow for real time on this machine: one block of {block} samples "
                           f"({1000 * block / engine.rate:.0f} ms) takes {1000 * seconds:.0f} ms to compute; "
                           "give it a larger block, or render it offline")
        return None if engine.fits_cpu(self._load_of_one()) else self._full()

    def _full(self) -> CpuFull:
        """Why a voice of this model is refused: what plays, what fits, what to do."""
        engine = self.engine
        voices = sum(len(s.taken) for s in self.shards)
        latency = max((engine.latency(s) for s in self.shards), default=0)
        return CpuFull(f"the CPU is full: {voices} voice{'s' if voices != 1 else ''} of {self.name} fit"
                       f"{f' at {latency} samples' if latency else ''} beside the others (the workers use "
                       f"{engine.cpu_load():.2f} of {engine.arrangement.cores} cores, "
                       f"{placement.CPU_BUDGET * engine.arrangement.cores:.2f} allowed); free a voice, or raise "
                       "max_latency_ms (bigger blocks cost less per voice)")

    def discard(self, shard: Shard) -> None:
        """Forget a dead shard: its voices have moved or will be restarted."""
        with self.lock:
            if shard in self.shards:
                self.shards.remove(shard)
        self.engine.unwatch(shard)

    def adopt(self, spare: Shard, failed: Shard) -> None:
        """A spare (its rows promised to the voices it took) replaces a failed shard (healer thread)."""
        with self.lock:
            if failed in self.shards:
                self.shards.remove(failed)
            self.shards.append(spare)

    def _fits(self, shard: Shard) -> bool:
        """Whether one more row keeps the batch within its allowance and within its one core, and (in real
        time) all workers within their share of the cores.

        A worker has one core: however long the allowance, a batch that takes
        longer than a block to compute falls behind, so both bound it.
        """
        d, spec, engine = shard.details, shard.spec, self.engine
        rows, block = len(shard.taken), spec.server_block / engine.rate
        seconds = placement.batch_seconds(d["timings"], rows + 1, d["min_batch"], spec.capacity)
        if shard.taken:     # scaled by how much slower than at warm-up its batch computes live
            warm = placement.batch_seconds(d["timings"], max(shard.taken) + 1, d["min_batch"], spec.capacity)
            seconds *= max(1.0, shard.compute_stats()["mean_ms"] / 1000 / warm)
        if not placement.fits_batch(seconds, shard.allowance * engine.period / engine.rate, block):
            return False
        grows = seconds / block - placement.load(d["timings"], rows, d["min_batch"], spec.capacity, block)
        return engine.blocking or engine.fits_cpu(grows)

    def release(self, shard: Shard, row: int) -> None:
        with self.lock:
            shard.taken.discard(row)
            gone = not shard.alive and not shard.taken
        if gone:     # a dead worker whose voices were freed, not restarted: free its pipes and memory
            self.discard(shard)


class Engine:
    """Hosts model voices on a booted pyo server."""

    _current: "Engine | None" = None

    def __init__(self, server, blocking: bool = False, arrangement: Arrangement | None = None):
        """`blocking` waits for late workers instead of playing silence (offline rendering)."""
        self.server = server
        self.rate = int(server.getSamplingRate())
        self.period = int(server.getBufferSize())
        self.blocking = blocking
        self.arrangement = arrangement or Arrangement(cpu_count())
        spares = self.arrangement.spares
        self.spares = 0 if blocking else (1 if spares is None else spares)
        self.groups: dict[tuple, ModelGroup] = {}
        self.shards: tuple[Shard, ...] = ()
        self.time = 0                       # samples since the engine started
        self.callbacks = 0
        self.callback_ns: list[int] = [0] * 512
        self.callback_at_ns: list[int] = [0] * 512   # when each recent callback started
        self._closing = False
        self._retired: list[tuple[float, Shard]] = []
        self._lock = threading.Lock()
        self._timed: collections.deque = collections.deque()   # (sample time, seq, fn) posted by `at`
        self._due: list = []                                    # the same, as a heap: audio thread only
        self._order = itertools.count()
        self.host_xruns: Callable[[], int] | None = None    # the audio back end's xrun count (set by a session)
        self._host_xruns_logged, self._host_xruns_after = 0, 0.0
        # before the engine starts a thread: every thread of this process must outrank the workers
        self.control = None if blocking else priority.ControlThreads()
        self.healer = Healer(self)
        self._supervisor = threading.Thread(target=self._supervise, name="ravebridge-supervisor", daemon=True)
        self._supervisor.start()
        server.setCallback(self._callback)
        Engine._current = self

    @classmethod
    def current(cls) -> "Engine":
        if cls._current is None:
            raise RuntimeError("no ravebridge engine: create ravebridge.Engine(server) after booting a pyo server")
        return cls._current

    # ---- models and voices (control threads) ----
    def group(self, path: str, method: str = "decode", sample_rate: int | None = None,
              block: int | None = None, seed: int = 0) -> ModelGroup:
        key = (os.path.realpath(path), method, sample_rate, block, seed)
        with self._lock:
            if key not in self.groups:
                self.groups[key] = ModelGroup(self, os.path.realpath(path), method, sample_rate, block, seed)
            return self.groups[key]

    @property
    def realtime_workers(self) -> bool:
        """Workers compute at real-time priority only where the threads that may hold the GIL outrank them."""
        return self.arrangement.realtime and self.control is not None and self.control.realtime

    def place(self, path: str, method: str = "decode", sample_rate: int | None = None, block: int | None = None,
              seed: int = 0, progress=None) -> tuple[ModelGroup, Shard, int]:
        """The group, shard and row of a new voice (control threads).

        With no block asked, in real time: a bigger block computes more audio
        per call, so it costs less CPU per voice, for more latency. Without a
        latency cap a voice takes the model's own block, or 2 or 4 times it
        when the CPU is full at smaller ones (the lowest latency that fits);
        under a cap (max_latency_ms) it takes the biggest of those the cap
        allows that fits (the most voices). If none fits, the first refusal
        is raised.
        """
        group = self.group(path, method, sample_rate, block, seed)
        if block is not None or self.blocking:
            return (group, *group.place(progress))
        if not group.info:           # the model's first voice: its own block, which also tells its size
            try:
                return (group, *group.place(progress))
            except CpuFull:
                if not group.info:
                    raise
        base = group.info["block"]
        blocks = [base * f for f in (1, *BLOCK_FACTORS)
                  if self.max_latency is None or base * f + self.period <= self.max_latency]
        if self.max_latency is not None:
            blocks.reverse()         # the user allows this latency: the biggest block fits the most voices
        refused = None
        for size in blocks:
            chosen = group if size == base else self.group(path, method, sample_rate, size, seed)
            try:
                return (chosen, *chosen.place(progress))
            except CpuFull as exc:
                refused = refused or exc
        raise refused or CpuFull(f"{group.name}: no block of it fits within max_latency_ms")

    def _watch(self, shard: Shard) -> None:
        with self._lock:
            self.shards = self.shards + (shard,)

    def unwatch(self, shard: Shard) -> None:
        """Stop a shard now; free it a second later, when no audio callback can still hold it (once)."""
        with self._lock:
            if shard not in self.shards:
                return
            self.shards = tuple(s for s in self.shards if s is not shard)
            self._retired.append((time.monotonic() + 1.0, shard))
        shard.stop()

    def _allowance(self, shard: Shard) -> int:
        """Compute allowance in server buffers: the warm batch-1 time with margin, at least one.

        Under a latency cap (max_latency_ms) the allowance is all the cap leaves (bigger batches fit, and the
        density the user asked for is reached); a model that needs more is refused (CpuFull).
        """
        most = self._most_allowance(shard)
        if self.arrangement.allowance is not None:
            return max(1, min(most, self.arrangement.allowance))
        if self.blocking:     # offline waits for every block: no allowance needed, and none that timing could vary
            return 1
        timings = shard.details["timings"]
        seconds = timings[shard.details["min_batch"]] * 1.5 + 0.002
        need = max(1, math.ceil(seconds * self.rate / self.period))
        if self.max_latency is not None and need <= most:
            return most      # the latency the user allows, all of it: room for bigger batches, fewer late blocks
        if need > most and self.max_latency is not None:
            raise CpuFull(f"{os.path.basename(shard.path)} needs {shard.spec.server_block + need * self.period} "
                          f"samples of latency on this machine (block {shard.spec.server_block} and "
                          f"{1000 * seconds:.0f} ms to compute it), more than max_latency_ms allows "
                          f"({self.max_latency} samples): raise max_latency_ms")
        return min(most, need)

    @property
    def max_latency(self) -> int | None:
        """The latency cap in samples (real time only), or None."""
        ms = self.arrangement.max_latency_ms
        return None if ms is None or self.blocking else int(ms * self.rate / 1000)

    def cpu_load(self) -> float:
        """The live workers' load, in cores: per shard, its warm-up timing for the rows it holds or what its
        recent blocks took live, whichever is more (workers sharing the cores cost more than alone)."""
        total = 0.0
        for s in self.shards:
            if s.spec is not None and s.alive and not s.standby and s.details and s.taken:
                d, block = s.details, s.spec.server_block / self.rate
                warm = placement.load(d["timings"], max(s.taken) + 1, d["min_batch"], s.spec.capacity, block)
                total += max(warm, s.compute_stats()["mean_ms"] / 1000 / block)
        return total

    def fits_cpu(self, extra: float) -> bool:
        """Whether the workers, with `extra` more load, stay within their share of the cores (offline: always)."""
        return self.blocking or placement.fits_cpu(self.cpu_load() + extra, self.arrangement.cores)

    def _phase(self, shard: Shard) -> int:
        """Where a new shard's blocks start (placement.phase); offline, where nothing competes in real time,
        every shard starts at 0."""
        block = shard.spec.server_block
        taken = [s.phase for s in self.shards if s is not shard and s.alive and not s.standby
                 and s.spec is not None and s.spec.server_block == block]
        return 0 if self.blocking else placement.phase(block, self.period, taken)

    def _most_allowance(self, shard: Shard) -> int:
        """The ring holds two blocks beyond the one being filled: the allowance can reach two blocks, or less
        under a latency cap."""
        block = shard.spec.server_block
        return placement.most_allowance(self.max_latency, block, self.period, 2 * block // self.period)

    def hang_limit(self, shard: Shard) -> float:
        """Seconds without a finished block (one being due) after which `shard`'s worker counts as hung."""
        if self.arrangement.hang_seconds is not None:
            return self.arrangement.hang_seconds
        return placement.hang_limit(shard.allowance * self.period / self.rate,
                                    max(shard.details["timings"].values()) if self.blocking else 0.0, self.blocking)

    def join(self, shard: Shard, row: int, voice) -> None:
        """Ask the audio thread to play `voice.row` (an audio.Row) as `row` from the next block boundary."""
        shard.joins.append((row, voice))

    def leave(self, shard: Shard, row: int) -> None:
        shard.leaves.append(row)

    def at(self, sample_time: int, fn: Callable[[], None]) -> None:
        """Run `fn()` on the audio thread at the start of the buffer holding `sample_time` (any thread).

        The engine's one scheduling hook: OSC time tags and crossfade starts
        land on the right buffer through it. A time already past runs at the
        next buffer; equal times run in the order posted. `fn` runs before
        pyo computes that buffer, so it must be short and must not block.
        Posting is a deque append; an idle hook costs the callback one test.
        """
        self._timed.append((int(sample_time), next(self._order), fn))

    def latency(self, shard: Shard) -> int:
        """Samples from an input sample (or a latent change) to the output, model delay aside."""
        return shard.spec.server_block + shard.allowance * self.period + shard.delay

    def status(self) -> dict:
        times = np.array(self.callback_ns[: min(self.callbacks, len(self.callback_ns))], np.float64) / 1e6
        period_ms = 1000.0 * self.period / self.rate
        shards = []
        for s in self.shards:
            if s.spec is None:
                continue
            stats = s.compute_stats()
            deadline = 1000.0 * s.allowance * self.period / self.rate
            shards.append({"id": s.id, "model": os.path.basename(s.path), "method": s.method,
                           "voices": len(s.members), "block": s.spec.server_block, "allowance": s.allowance,
                           "phase": s.phase, "latency": self.latency(s), "late": s.late, "errors": s.errors,
                           "late_at": tuple(s.late_at), "dropped": s.dropped, "live": s.live, "error": s.error,
                           "spare": s.standby, "hang_seconds": s.hang_seconds,
                           "scheduling": s.details.get("scheduling"),
                           "deadline_ms": deadline, **stats,
                           "load": stats["max_ms"] / deadline if deadline else 0.0})
        return {"sample_rate": self.rate, "period": self.period, "time": self.time,
                "callback_mean_ms": float(times.mean()) if len(times) else 0.0,
                "callback_max_ms": float(times.max()) if len(times) else 0.0,
                "callback_gap_ms": self.callback_gap_ms(),
                "period_ms": period_ms, "xruns": sum(s.late for s in self.shards),
                "host_xruns": self.host_xruns() if self.host_xruns else 0, "shards": shards}

    @property
    def closing(self) -> bool:
        """`close` has begun: nothing is healed or supervised any more."""
        return self._closing

    def stopping(self) -> None:
        """A stop was asked (any thread, a signal handler too): from now on a worker that ends is neither
        reported as failed nor replaced; `close` follows."""
        self.healer.stop()

    def close(self) -> None:
        self._closing = True
        try:
            self.server.setCallback(_nothing)
        except Exception:
            pass
        self.healer.close()
        self._supervisor.join(1.0)
        for shard in self.shards + tuple(s for _, s in self._retired):
            shard.release()
        self.shards, self._retired = (), []
        if self.control is not None:
            self.control.restore()
        if Engine._current is self:
            Engine._current = None

    # ---- supervisor thread ----
    def _supervise(self) -> None:
        while not self._closing:
            self._release_retired()
            shards = self.shards
            conns = {s.conn: s for s in shards if s.alive}
            if not conns:
                time.sleep(0.05)
                continue
            try:
                ready = multiprocessing.connection.wait(list(conns), timeout=0.05)
            except OSError:
                continue
            for conn in ready:
                shard = conns[conn]
                try:
                    message = conn.recv()
                except (EOFError, OSError):
                    shard.check()
                    continue
                shard.handle(message)
            for shard in shards:
                shard.check()
                if shard.late_block >= 0:
                    self._report_late(shard)
            self._report_host_xruns()

    def between_buffers(self, need_ns: int = GAP_NS) -> None:
        """Wait, the GIL released, until the audio thread has started its next buffer, if that is due within
        `need_ns`: a control thread calls this before a piece of Python work, so that the audio callback
        seldom finds the GIL taken when its buffer begins (it would wait a switch interval for it, and a
        flood of OSC commands made that an xrun hundreds of times in 10 s: docs/benchmarks.md)."""
        n = self.callbacks
        if n < 2 or self.blocking:      # not running yet, or offline: no buffer to make way for
            return
        last = self.callback_at_ns[(n - 1) % len(self.callback_at_ns)]
        period = self.period * 1_000_000_000 // self.rate
        now = time.perf_counter_ns()
        due = last + period * ((now - last) // period + 1)
        if due - now < need_ns:
            time.sleep((due - now + CALLBACK_NS) / 1e9)

    def callback_gap_ms(self) -> float:
        """The longest time between two of the last 512 audio callbacks: over a period, the audio thread was late."""
        n = min(self.callbacks, len(self.callback_at_ns))
        if n < 2:
            return 0.0
        k = self.callbacks % len(self.callback_at_ns)
        starts = np.array(self.callback_at_ns[k:] + self.callback_at_ns[:k], np.int64)[-n:]
        return float(np.diff(starts).max()) / 1e6

    def _report_late(self, s: Shard) -> None:
        """Log why blocks came late, at most once a second per shard (supervisor thread).

        When the worker started on a late block and how long it computed tell a
        model too slow for its allowance from a machine that ran the worker
        late; a long gap between audio callbacks tells that the audio thread
        itself was held up.

        A late block that took longer than the allowance, more of it computing
        than waiting for its worker (the model, not the machine, nor an audio
        callback that came early after a late one), gets the shard one buffer more of
        allowance, up to two blocks, unless it was set by hand: warm-up timing
        runs on silence and zero latents, and some models cost more on live
        input (the demo model's partials). Latency grows by one buffer each
        time; the one buffer the shift repeats sounds like one late block.
        """
        now = time.monotonic()
        if now < s.late_report_after:
            return
        times = s.late_times
        if times is None and s.live:
            s.late_waiting = s.late_waiting or now
            if now - s.late_waiting < 1.0:
                return       # still computing: report once it is done
        j = s.late_block
        if not times:
            why = f"block {j} was never computed (the worker was busy with earlier ones, or stopped)"
        else:
            why = (f"block {j}: the worker started {times[0] / 1e6:.1f} ms after dispatch "
                   f"and computed {times[1] / 1e6:.1f} ms")
        new, s.late_reported = s.late - s.late_reported, s.late
        s.late_report_after, s.late_waiting = now + 1.0, 0.0
        s.late_times, s.late_block = None, -1
        name, buffer_ms = f"{os.path.basename(s.path)}:{s.method}", 1000.0 * self.period / self.rate
        log.warning("%s: %d late block%s (%d in all); %s, against an allowance of %.1f ms; "
                    "longest gap between audio callbacks lately %.1f ms (one buffer is %.1f ms)",
                    name, new, "" if new == 1 else "s", s.late, why, s.allowance * buffer_ms,
                    self.callback_gap_ms(), buffer_ms)
        if times and times[1] >= times[0] and sum(times) > s.allowance * buffer_ms * 1e6 \
                and self.arrangement.allowance is None and s.allowance < self._most_allowance(s):
            s.allowance += 1
            s.hang_seconds = self.hang_limit(s)
            log.warning("%s: compute allowance raised to %d buffers (%.1f ms): latency now %d samples",
                        name, s.allowance, s.allowance * buffer_ms, self.latency(s))

    def _report_host_xruns(self) -> None:
        """Log the audio back end's xruns (clicks heard at the outputs), at most once a second."""
        count = self.host_xruns() if self.host_xruns else 0
        now = time.monotonic()
        if count > self._host_xruns_logged and now >= self._host_xruns_after:
            log.warning("JACK reported %d xrun%s (%d in all): a period was not finished in time; longest gap "
                        "between audio callbacks lately %.1f ms (one buffer is %.1f ms)",
                        count - self._host_xruns_logged, "" if count - self._host_xruns_logged == 1 else "s",
                        count, self.callback_gap_ms(), 1000.0 * self.period / self.rate)
            self._host_xruns_logged, self._host_xruns_after = count, now + 1.0

    def _release_retired(self) -> None:
        now = time.monotonic()
        with self._lock:
            due = [s for t, s in self._retired if t <= now]
            self._retired = [(t, s) for t, s in self._retired if t > now]
        for shard in due:
            shard.release()

    # ---- audio thread ----
    def _callback(self) -> None:
        """pyo's call once per buffer: everything the audio thread runs is in audio.py."""
        audio.cycle(self)


def _nothing() -> None:
    pass
