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

import multiprocessing
import os
import threading
import time
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import SimpleNamespace

from . import learners

_cancelled = SimpleNamespace(value=0)  # replaced by a shared Value in worker processes


def train_task(job: int, algorithm, X, Y):
    """Fit one group (runs in a worker); raises neural.Cancelled if ``job`` was cancelled."""
    return learners.fit(algorithm, X, Y, should_stop=lambda: _cancelled.value >= job)


def _init_worker(cancelled, parent: int) -> None:
    global _cancelled
    _cancelled = cancelled
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


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
        self._jobs = 0

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
            self._jobs += 1
            return self._jobs

    def cancel(self, job: int, futures) -> None:
        """Stop a job: queued tasks are dropped, running ones stop at their next iteration."""
        self._cancelled.value = max(self._cancelled.value, job)
        for f in futures:
            f.cancel()

    def shutdown(self) -> None:
        with self._lock:
            self._cancelled.value = self._jobs
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _executor(self) -> Executor:
        with self._lock:
            if self._closed:
                raise RuntimeError("the regression stage is closed")
            if self._pool is None:
                self._pool = _Inline() if self.processes == 0 else ProcessPoolExecutor(
                    self.processes, mp_context=self._ctx, initializer=_init_worker,
                    initargs=(self._cancelled, os.getpid()))
            return self._pool
