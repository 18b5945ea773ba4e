"""The worker process: one model instance, one method, a batch of voices.

It loads and checks the model, warms every batch size up, then waits for
jobs posted by the audio process. A job is computed and marked done in
shared memory; a model that raises produces silence for that job and an
error report, never a stall. Jobs are handed over through semaphores (the
contract is in spec.py); commands (attributes, promotion of a spare, stop)
arrive on a socket, each followed by a wake-up.
"""
from __future__ import annotations

import gc
import time
import json
import os
import signal
import sys
import threading
from multiprocessing import resource_tracker, shared_memory
from multiprocessing.connection import Connection

import numpy as np

from . import priority
from .spec import (BUSY, D_ACTIVE, D_COMPUTE_NS, D_DISPATCHED_NS, D_DONE_SEQ, D_FRAMES, D_RESET, D_SEQ,
                   D_WAITED_NS, DONE, DROPPED, ERRORS, FAILED, READY, STATE, STOPPED, ShardSpec, batch_size,
                   open_semaphores, warm_batches)

WARM_CALLS = 3   # the first calls re-optimise
PACED_CALLS = 4  # then calls one block apart, timed
KERNEL_CALLS = 2  # calls of each kind of kernel, to choose the faster (after as many to settle)
ERROR_REPORT_INTERVAL = 1.0


def main(path: str, method: str, sample_rate: int | None, conn: Connection, semaphores: dict, life: int) -> None:
    """Process entry point: load, report, receive the shard's spec, serve."""
    # only the audio process decides when a worker stops (a "stop" command, or the life line when it is
    # gone): Ctrl-C signals the whole foreground process group and systemd's stop the whole cgroup, and a
    # worker that died of it first would be reported as failed, and replaced, while the server stops
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)
    _end_with(life)
    try:
        sems = open_semaphores(semaphores)    # before anything is sent: the audio process then unlinks the names
        loaded = Loaded(path, method, sample_rate, conn)
    except Exception as exc:  # ModelError or anything torch throws at load
        conn.send(("failed", _one_line(exc)))
        return
    conn.send(("info", loaded.info.to_dict()))
    message = conn.recv()
    if message[0] != "spec":
        return
    spec: ShardSpec = message[2]
    shm = shared_memory.SharedMemory(name=spec.shm_name)
    # the audio process owns the block: keep this process's tracker from unlinking it at exit
    resource_tracker.unregister(shm._name, "shared_memory")
    views = spec.views(shm.buf)
    try:
        worker = Worker(loaded, spec, views, conn)
        worker.serve(sems)
    except Exception as exc:
        views["control"][STATE] = FAILED
        conn.send(("failed", _one_line(exc)))
    finally:
        views["control"][STATE] = STOPPED
        views.clear()
        worker = None
        shm.close()


def _end_with(life: int) -> None:
    """End this process when the audio process is gone (the other end of `life` closed), whatever the
    worker is doing: waiting for a job, which no file descriptor would interrupt, or loading."""
    def watch() -> None:
        try:
            while os.read(life, 64):
                pass
        except OSError:
            pass
        os._exit(0)
    threading.Thread(target=watch, name="ravebridge-life-line", daemon=True).start()


def _one_line(exc: BaseException) -> str:
    from ..model import ModelError, _first_line
    return str(exc) if isinstance(exc, ModelError) else _first_line(exc)


class Loaded:
    """A model loaded and checked in this process, before it has a shard."""

    def __init__(self, path: str, method: str, sample_rate: int | None, conn):
        import torch
        from .. import model as modelmod
        torch.set_grad_enabled(False)
        self.started = time.perf_counter()
        conn.send(("progress", "loading", 0.0))
        self.module = modelmod.load_module(path)
        self.info = modelmod.inspect_module(self.module, path, sample_rate)
        self.info.method(method)
        for name in self.info.methods:
            modelmod.check_shapes(self.module, self.info, name, self.info.block)
        conn.send(("progress", "checking streaming", 0.2))
        self.streaming = modelmod.measure_streaming(path, self.info, module=self.module)


class Worker:
    def __init__(self, loaded: Loaded, spec: ShardSpec, views: dict, conn):
        import torch
        from .. import model as modelmod
        from .pipeline import Pipeline
        torch.set_num_threads(spec.torch_threads)
        self.torch, self.spec, self.conn = torch, spec, conn
        self.module, self.info = loaded.module, loaded.info
        self.control, self.desc, self.inp, self.out = views["control"], views["desc"], views["inp"], views["out"]
        self.queue = views["queue"]
        self.fn = getattr(self.module, spec.method)
        if spec.model_block != self.info.block:
            modelmod.check_shapes(self.module, self.info, spec.method, spec.model_block)
        self.state = modelmod.state_buffers(self.module)
        self.batched = self._supports_batch(self.info.method(spec.method))
        self.pipeline = Pipeline(spec, self._call)
        self.onednn: dict[int, bool] = {}   # batch size -> use torch's oneDNN kernels (chosen at warm-up)
        timings = self._warm_up(conn)
        # torch may run batch 1 on slower kernels than batch 2 (seen with 1-D convolutions in torch 2.13):
        # then a lone voice is computed with an idle second row
        faster = 2 in timings and timings[2] < timings[1]
        self.min_batch = 2 if faster and not spec.deterministic else 1
        for buf in self.state:
            buf.zero_()
        torch.manual_seed(spec.seed)
        self.last_report = 0.0
        # torch leaves ~10^5 long-lived objects that a full collection scans for ~90 ms, several
        # blocks' worth: collect once now and exempt them, so a collection in the loop stays short
        gc.collect()
        gc.freeze()
        # Warm-up runs at an ordinary priority: at the workers' real-time priority it would take the
        # cores from the voices playing, and from every ordinary thread that talks to JACK (a connection
        # made meanwhile stalled JACK's whole graph for 5 s, its notification time-out). A spare is
        # raised when promoted.
        self.scheduling = "standby" if spec.standby else priority.raise_worker(spec.realtime)
        self.control[STATE] = READY
        conn.send(("ready", {
            "streaming": loaded.streaming, "timings": timings,
            "state_buffers": len(self.state), "batched": self.batched, "scheduling": self.scheduling,
            "min_batch": self.min_batch, "onednn": self.onednn,
            "load_seconds": time.perf_counter() - loaded.started,
        }))

    def _supports_batch(self, method) -> bool:
        """Models whose methods fail at batch > 1 get one voice per shard."""
        if self.spec.capacity == 1:
            return False
        x = self.torch.zeros(2, method.in_channels, self.spec.model_block // method.in_ratio)
        try:
            return tuple(self.fn(x).shape)[0] == 2
        except Exception:
            return False

    def _call(self, x: np.ndarray) -> np.ndarray:
        self.torch._C._set_mkldnn_enabled(self.onednn.get(x.shape[0], True))
        return self.fn(self.torch.from_numpy(x)).numpy()

    def _choose_kernels(self, x) -> bool:
        """Whether torch's oneDNN kernels compute batch `x` faster than its native ones (timed both ways).

        torch picks oneDNN for convolutions by shape rules, not by speed: on a RAVE-sized decoder the
        native kernels were 1.3 times faster at batch 2 and oneDNN 8 times faster at batch 16 here.
        """
        if not self.torch.backends.mkldnn.is_available():
            return True
        best = {}
        for onednn in (True, False):
            self.torch._C._set_mkldnn_enabled(onednn)
            for _ in range(KERNEL_CALLS):
                self.fn(x)
            elapsed = []
            for _ in range(KERNEL_CALLS):
                t = time.perf_counter()
                self.fn(x)
                elapsed.append(time.perf_counter() - t)
            best[onednn] = min(elapsed)
        return best[True] <= best[False]

    def _warm_up(self, conn) -> dict[int, float]:
        """Run every batch size the engine may use, so none re-optimises live, and time it.

        The time kept is that of calls paced one block apart, as they come live:
        such calls cost several times more than back-to-back ones (caches and
        clocks cool down between blocks), and deadlines must hold for them.
        Warm-up runs at an ordinary priority, so with one torch thread the time
        kept is the call's own CPU time: the wall clock also counted the time
        other programs held the core (two instances warming up at once on two
        cores timed the demo encoder so slow that its voice was refused).
        """
        spec, timings = self.spec, {}
        clock = time.thread_time if spec.torch_threads == 1 else time.perf_counter
        sizes = warm_batches(spec.capacity) if self.batched else [1]
        frames = spec.model_block // spec.in_ratio
        pause = spec.model_block / spec.model_rate
        for i, n in enumerate(sizes):
            x = self.torch.zeros(n, spec.in_channels, frames)
            self.onednn[n] = True if spec.deterministic else self._choose_kernels(x)   # offline: torch's rule
            self.torch._C._set_mkldnn_enabled(self.onednn[n])
            for _ in range(WARM_CALLS):
                self.fn(x)
            elapsed = []
            for _ in range(PACED_CALLS):
                time.sleep(pause)
                t = clock()
                self.fn(x)
                elapsed.append(clock() - t)
            timings[n] = sorted(elapsed)[-2]      # the second worst: pessimistic, robust to one hiccup
            conn.send(("progress", "warming up", 0.3 + 0.7 * (i + 1) / len(sizes)))
        return timings

    def reset_rows(self, mask: int) -> list[int]:
        rows = [r for r in range(self.spec.capacity) if mask >> r & 1]
        for buf in self.state:
            for r in rows:
                buf[r].zero_()
        return rows

    def serve(self, sems: dict) -> None:
        """At each wake-up: answer the commands sent, then take the jobs posted and compute them (spec.py)."""
        spec, control, queue, conn = self.spec, self.control, self.queue, self.conn
        wake, jobs, done = sems["wake"], sems["jobs"], sems["done"]
        taken = 0     # `jobs` tokens taken: the next one stands for dispatch number `taken`
        while True:
            wake.acquire()                # the one blocking wait: no timeout (on macOS a timed wait polls)
            while wake.acquire(False):    # one look serves every wake-up posted so far
                pass
            while conn.poll():
                try:
                    message = conn.recv()
                except EOFError:     # the audio process is gone
                    return
                if not self._command(message):
                    return
            blocks = []
            while jobs.acquire(False):    # acquire: what the audio thread wrote before posting it is visible
                blocks.append(int(queue[taken % spec.slots]))
                taken += 1
            if len(blocks) > 1 and blocks[-1] - blocks[0] >= spec.slots - 2:
                control[DROPPED] += len(blocks) - 1     # hopelessly behind: only the newest may be on time
                for k in blocks[:-1]:
                    self._finished(done, k)
                del blocks[:-1]
            for k in blocks:
                self._job(k)
                self._finished(done, k)

    def _finished(self, done, k: int) -> None:
        """Hand block k back, computed or not (one `done` token per job taken, in order)."""
        done.release()            # sem_post: publishes the output and descriptor written before it
        self.control[DONE] = k    # a diagnostic (supervision, tests), written once the block is handed back

    def _job(self, seq: int) -> None:
        slot = seq % self.spec.slots
        d = self.desc[slot]
        if int(d[D_SEQ]) != seq:     # the audio side moved on; nothing valid to compute
            self.control[DROPPED] += 1
            return
        active, reset = int(d[D_ACTIVE]), int(d[D_RESET])
        started = time.perf_counter_ns()
        d[D_WAITED_NS] = started - int(d[D_DISPATCHED_NS])   # one clock for both processes
        self.control[BUSY] = 1
        try:
            batch = min(1, active)
            if self.batched and active:
                batch = max(self.min_batch, batch_size(active, self.spec.capacity))
            if reset:
                self.pipeline.reset_rows(self.reset_rows(reset), self.inp[slot])
            frames = self.pipeline.run(self.inp[slot], self.out[slot], batch, active) if batch else 0
            if not batch:
                self.out[slot] = 0.0
        except Exception as exc:
            self.out[slot] = 0.0
            frames = 0
            self.control[ERRORS] += 1
            now = time.monotonic()
            if now - self.last_report > ERROR_REPORT_INTERVAL:
                self.last_report = now
                self.conn.send(("model_error", _one_line(exc), int(self.control[ERRORS])))
        d[D_FRAMES] = frames
        d[D_COMPUTE_NS] = time.perf_counter_ns() - started
        d[D_DONE_SEQ] = seq      # a late block tells why: started late, or computed too long
        self.control[BUSY] = 0

    def _command(self, message) -> bool:
        kind, request, *args = message
        if kind == "stop":
            return False
        try:
            if kind == "promote":
                self.scheduling = priority.raise_worker(self.spec.realtime)
                self.conn.send(("reply", request, True, self.scheduling))
            elif kind == "set_attribute":
                from ..model import set_attribute
                value = set_attribute(self.module, self.info, args[0], list(args[1]))
                self.conn.send(("reply", request, True, [_plain(v) for v in value]))
            elif kind == "get_attribute":
                name = args[0]
                if name not in self.info.attributes:
                    raise KeyError(f"no attribute {name!r}")
                got = getattr(self.module, f"get_{name}")()
                got = got if isinstance(got, (list, tuple)) else (got,)
                self.conn.send(("reply", request, True, [_plain(v) for v in got]))
            else:
                self.conn.send(("reply", request, False, f"unknown worker command {kind!r}"))
        except Exception as exc:
            self.conn.send(("reply", request, False, _one_line(exc)))
        return True


def _plain(value):
    tolist = getattr(value, "tolist", None)
    return tolist() if tolist else value


if __name__ == "__main__":
    _args = json.loads(sys.argv[1])
    main(_args["path"], _args["method"], _args["sample_rate"], Connection(_args["conn"]),
         _args["semaphores"], _args["life"])
