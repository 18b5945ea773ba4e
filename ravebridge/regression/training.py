"""Where heavy work runs: worker processes, never the server process's threads.

The server process hosts an audio callback that needs the GIL every 5 ms;
minutes of numpy in one of its threads would starve it. Training (and the
encoding of big project files) therefore runs in a ProcessPoolExecutor using
the "spawn" start method (no fork of a process holding audio threads and
locks), created on first use and reused. Cancelling a job raises a shared
counter that the optimisers poll, so abandoned work stops within an iteration.
Workers exit on their own if the server is killed.

``Workers(0)`` runs everything inline in the caller's thread: for scripts and
command-line tools with no audio to protect.
"""
from __future__ import annotations

import contextlib
import ctypes
import hashlib
import itertools
import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import SimpleNamespace

import numpy as np

from ..engine.priority import ordinary_children
from . import learners

TRAIN_CHUNK = 4  # neural outputs per task: spreads a group over the processes, paces progress reports

_cancelled = SimpleNamespace(value=0)  # replaced by a shared Value in worker processes
_job_ids = itertools.count(1)  # unique in the process: inline stages share ``_cancelled``


def plan(outputs, n_inputs: int, X: np.ndarray, Y: np.ndarray) -> list[tuple]:
    """Split training into tasks ``(outputs, inputs, algorithm, X, Y)``.

    Outputs with the same algorithm, input selection and examples (rows where
    their target is recorded) form a group fitted at once; neural groups are
    cut into chunks so that the processes share them. Outputs without
    examples get no task (they end up untrained).
    """
    groups: dict[tuple, list[int]] = {}
    rows_of: dict[bytes, np.ndarray] = {}
    for j, spec in enumerate(outputs):
        rows = ~np.isnan(Y[:, j])
        if rows.any():
            key = hashlib.sha1(np.packbits(rows).tobytes()).digest()
            rows_of[key] = rows
            groups.setdefault((spec.algorithm, spec.selected(n_inputs), key), []).append(j)
    tasks = []
    for (algorithm, sel, key), outs in groups.items():
        rows = rows_of[key]
        Xg = X[rows][:, list(sel)]
        step = TRAIN_CHUNK if algorithm.name == "neural" else len(outs)
        for c in range(0, len(outs), step):
            chunk = outs[c:c + step]
            tasks.append((chunk, sel, algorithm, Xg, Y[rows][:, chunk]))
    return tasks


def train_task(job: int, algorithm, X, Y):
    """Fit one group (runs in a worker); raises neural.Cancelled if ``job`` was cancelled."""
    return learners.fit(algorithm, X, Y, should_stop=lambda: _cancelled.value >= job)


def _init_worker(cancelled, parent: int) -> None:
    global _cancelled
    _cancelled = cancelled
    _single_threaded_blas()
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _single_threaded_blas() -> None:
    """One BLAS thread per worker: our matrices are small, and BLAS threads in
    several workers only fight over the cores (two workers trained 2.4x slower
    with OpenBLAS's default threads). OpenBLAS reads its environment variable
    only when loaded, before this runs, so we call it; a no-op where there is
    no /proc or no OpenBLAS."""
    try:
        with open("/proc/self/maps") as maps:
            libraries = {line.split()[-1] for line in maps
                         if "openblas" in line.rsplit("/", 1)[-1].lower() and ".so" in line}
    except OSError:
        return
    for path in libraries:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in ("openblas_set_num_threads", "openblas_set_num_threads64_",
                     "scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads"):
            setter = getattr(lib, name, None)
            if setter is not None:
                setter(1)
                break


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


class _Inline(Executor):
    """An executor that runs each call at once in the caller's thread."""

    def submit(self, fn, /, *args, **kwargs):
        future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as e:  # delivered through the future, as a pool would
            future.set_exception(e)
        return future


class Workers:
    """The stage's worker processes (lazily started) and its cancellable jobs."""

    def __init__(self, processes: int | None = None):
        self.processes = (os.cpu_count() or 1) if processes is None else processes
        self._ctx = multiprocessing.get_context("spawn")
        self._cancelled = self._ctx.Value("q", 0, lock=False) if self.processes else _cancelled
        self._pool: Executor | None = None
        self._closed = False
        self._lock = threading.Lock()
        self._last_job = 0

    def submit(self, fn, *args) -> Future:
        try:
            return self._executor().submit(fn, *args)
        except BrokenProcessPool:  # a worker died (killed, out of memory): start afresh
            with self._lock:
                broken, self._pool = self._pool, None
            broken.shutdown(wait=False, cancel_futures=True)
            return self._executor().submit(fn, *args)

    def new_job(self) -> int:
        with self._lock:
            self._last_job = next(_job_ids)
            return self._last_job

    def cancel(self, job: int, futures) -> None:
        """Stop a job: queued tasks are dropped, running ones stop at their next iteration."""
        self._cancelled.value = max(self._cancelled.value, job)
        for f in futures:
            f.cancel()

    def shutdown(self) -> None:
        with self._lock:
            self._cancelled.value = max(self._cancelled.value, self._last_job)
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _executor(self) -> Executor:
        with self._lock:
            if self._closed:
                raise RuntimeError("the regression stage is closed")
            if self._pool is None and self.processes == 0:
                self._pool = _Inline()
            elif self._pool is None:
                with _main_not_reimported(), ordinary_children():   # training must not outrank live workers
                    self._pool = ProcessPoolExecutor(self.processes, mp_context=self._ctx,
                                                     initializer=_init_worker, initargs=(self._cancelled, os.getpid()))
                    for _ in range(self.processes):  # start every process now, not one per busy submit
                        self._pool.submit(int)
            return self._pool


@contextlib.contextmanager
def _main_not_reimported():
    """Start spawned workers without re-running the user's script in each of them.

    "spawn" re-imports the parent's __main__ in every child, so a performer's
    script without an `if __name__ == "__main__"` guard would start a second
    server per worker. The workers only need ravebridge's own functions.
    """
    main = sys.modules["__main__"]
    saved = {k: main.__dict__[k] for k in ("__file__", "__spec__") if k in main.__dict__}
    main.__dict__.pop("__file__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)
