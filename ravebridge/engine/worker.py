"""The worker process: one model instance, one method, a batch of voices.

It loads and checks the model, warms every batch size up, then waits for
jobs posted by the audio process. A job is computed and marked done in
shared memory; a model that raises produces silence for that job and an
error report, never a stall. Commands (attributes, promotion of a spare,
stop) arrive on a pipe.
"""
from __future__ import annotations

import gc
import time
import json
import os
import select
import sys
from multiprocessing import resource_tracker, shared_memory
from multiprocessing.connection import Connection

import numpy as np

from . import priority
from .spec import (BUSY, D_ACTIVE, D_COMPUTE_NS, D_DISPATCHED_NS, D_DONE_SEQ, D_FRAMES, D_RESET, D_SEQ,
                   D_WAITED_NS, DISPATCHED, DONE, DROPPED, ERRORS, FAILED, READY, STATE, STOPPED, ShardSpec,
                   batch_size, warm_batches)

WARM_CALLS = 3   # the first calls re-optimise
PACED_CALLS = 4  # then calls one block apart, timed
ERROR_REPORT_INTERVAL = 1.0


def main(path: str, method: str, sample_rate: int | None, conn: Connection, jobs: int, done: int) -> None:
    """Process entry point: load, report, receive the shard's spec, serve."""
    try:
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
        worker.serve(jobs, done)
    except Exception as exc:
        views["control"][STATE] = FAILED
        conn.send(("failed", _one_line(exc)))
    finally:
        views["control"][STATE] = STOPPED
        views.clear()
        worker = None
        shm.close()


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
        # a spare must not take cores from live workers while it warms up: it is raised when promoted
        self.scheduling = "standby" if spec.standby else priority.raise_worker(spec.realtime)
        self.torch, self.spec, self.conn = torch, spec, conn
        self.module, self.info = loaded.module, loaded.info
        self.control, self.desc, self.inp, self.out = views["control"], views["desc"], views["inp"], views["out"]
        self.fn = getattr(self.module, spec.method)
        if spec.model_block != self.info.block:
            modelmod.check_shapes(self.module, self.info, spec.method, spec.model_block)
        self.state = modelmod.state_buffers(self.module)
        self.batched = self._supports_batch(self.info.method(spec.method))
        self.pipeline = Pipeline(spec, self._call)
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
        self.control[STATE] = READY
        conn.send(("ready", {
            "streaming": loaded.streaming, "timings": timings,
            "state_buffers": len(self.state), "batched": self.batched, "scheduling": self.scheduling,
            "min_batch": self.min_batch,
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
        return self.fn(self.torch.from_numpy(x)).numpy()

    def _warm_up(self, conn) -> dict[int, float]:
        """Run every batch size the engine may use, so none re-optimises live, and time it.

        The time kept is that of calls paced one block apart, as they come live:
        such calls cost several times more than back-to-back ones (caches and
        clocks cool down between blocks), and deadlines must hold for them.
        """
        spec, timings = self.spec, {}
        sizes = warm_batches(spec.capacity) if self.batched else [1]
        frames = spec.model_block // spec.in_ratio
        pause = spec.model_block / spec.model_rate
        for i, n in enumerate(sizes):
            x = self.torch.zeros(n, spec.in_channels, frames)
            for _ in range(WARM_CALLS):
                self.fn(x)
            elapsed = []
            for _ in range(PACED_CALLS):
                time.sleep(pause)
                t = time.perf_counter()
                self.fn(x)
                elapsed.append(time.perf_counter() - t)
            timings[n] = sorted(elapsed)[-2]      # the second worst: pessimistic, robust to one hiccup
            conn.send(("progress", "warming up", 0.3 + 0.7 * (i + 1) / len(sizes)))
        return timings

    def reset_rows(self, mask: int) -> list[int]:
        rows = [r for r in range(self.spec.capacity) if mask >> r & 1]
        for buf in self.state:
            for r in rows:
                buf[r].zero_()
        return rows

    def serve(self, jobs: int, done: int) -> None:
        spec, control = self.spec, self.control
        os.set_blocking(done, False)
        while True:
            readable, _, _ = select.select([jobs, self.conn], [], [], 1.0)
            if self.conn in readable:
                try:
                    message = self.conn.recv()
                except EOFError:     # the audio process is gone
                    return
                if not self._command(message):
                    return
            if jobs not in readable:
                continue
            if not os.read(jobs, 65536):
                return
            dispatched = int(control[DISPATCHED])
            seq = int(control[DONE]) + 1
            if dispatched - seq >= spec.slots - 2:   # hopelessly behind, or a first job mid-run: the ring was reused
                if seq:                                # (a first job drops nothing: there was nothing before)
                    control[DROPPED] += dispatched - seq
                seq = dispatched
            while seq <= dispatched:
                self._job(seq)
                control[DONE] = seq
                try:
                    os.write(done, b"d")
                except BlockingIOError:
                    pass
                seq += 1

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
         _args["jobs"], _args["done"])
