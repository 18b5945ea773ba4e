"""The audio process's handle on one worker process.

It owns the shared memory and the three semaphores of the shard (spec.py
describes the hand-off), starts and stops the worker, and collects what the
worker reports (ready, progress, errors, replies) on a supervisor thread of
the engine, never the audio one.
"""
from __future__ import annotations

import collections
import dataclasses
import functools
import glob
import itertools
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from concurrent.futures import Future
from multiprocessing import resource_tracker, shared_memory
from typing import Callable

import numpy as np

from . import priority, worker
from .spec import (BUSY, DISPATCHED, DONE, DROPPED, ERRORS, READY, STATE, ShardSpec, create_semaphores,
                   unlink_semaphore)

log = logging.getLogger("ravebridge.engine")
#: a worker with no block done for a block's time (within these bounds, s) while one is due is dropped to
#: an ordinary priority until it finishes one: well before Linux's real-time throttling (0.95 s a second)
HOLD_BACK_MIN, HOLD_BACK_MAX = 0.1, 0.4
_ids = itertools.count(1)
_requests = itertools.count(1)


def worker_environment() -> dict:
    """The worker imports exactly what this process imports, with one torch thread per op by default,
    and MKL's fast path on AMD CPUs (mklvendor.c; RAVEBRIDGE_MKL_VENDOR=0 turns it off)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    env.setdefault("OMP_NUM_THREADS", "1")
    shim = _mkl_vendor_shim()
    if shim and env.get("RAVEBRIDGE_MKL_VENDOR") != "0":
        env["LD_PRELOAD"] = " ".join(filter(None, (env.get("LD_PRELOAD"), shim)))
    return env


@functools.cache
def _mkl_vendor_shim() -> str | None:
    """The built mklvendor library where the CPU is AMD's (Linux), else None."""
    try:
        with open("/proc/cpuinfo") as f:
            amd = "AuthenticAMD" in f.read(4096)
    except OSError:
        return None
    found = glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "mklvendor*.so"))
    return found[0] if amd and found else None


class ShardError(Exception):
    """A shard that could not start or stopped working."""


class Shard:
    """One worker process running one (model, method) for up to `capacity` voices."""

    def __init__(self, path: str, method: str, sample_rate: int | None,
                 plan: Callable[[dict], ShardSpec], progress: Callable[[str, float], None] | None = None,
                 on_failure: Callable[["Shard"], None] | None = None):
        """`on_failure(shard)` is called (supervisor thread) when a warm worker dies or hangs."""
        self.id = next(_ids)
        self.path, self.method, self.plan, self.progress = path, method, plan, progress
        self.on_failure = on_failure
        self.spec: ShardSpec | None = None
        self.shm = None
        self.control = self.desc = self.inp = self.out = self.queue = None
        # the hand-off (spec.py): posting never blocks, and taking a token without waiting is no system call
        sems = create_semaphores()
        self._wake, self._jobs, self._done = sems["wake"], sems["jobs"], sems["done"]
        self._sem_names = tuple(sem.name for sem in sems.values())
        # the worker's life line: it ends itself when this end closes (this process gone), even while waiting
        life_r, self._life_w = os.pipe()
        parent, child = socket.socketpair()
        args = json.dumps({"path": path, "method": method, "sample_rate": sample_rate,
                           "semaphores": {role: sem.name for role, sem in sems.items()},
                           "life": life_r, "conn": child.fileno()})
        try:
            with priority.ordinary_children():     # (multiprocessing's tracker may start here: a process)
                for name in self._sem_names:       # unlinked below once the worker has them open; should this
                    resource_tracker.register(name, "semaphore")    # process die first, the tracker does it
                self.process = subprocess.Popen([sys.executable, "-m", worker.__name__, args],
                                                pass_fds=(life_r, child.fileno()), stdin=subprocess.DEVNULL,
                                                env=worker_environment())
        except BaseException:
            self._unlink_semaphores()
            os.close(self._life_w)
            raise
        finally:
            os.close(life_r)
            child.close()
        self.conn = Connection(parent.detach())
        self.info: dict = {}
        self.ready: Future = Future()
        self.details: dict = {}
        self.error: str | None = None
        self.error_count = 0
        self._replies: dict[int, Future] = {}
        self._send_lock = threading.Lock()
        # audio-thread side (see audio.run_shard)
        self.allowance = 1         # compute allowance, in server buffers
        self.phase = 0             # samples: where this shard's blocks start within a block (set before voices join)
        self.delay = 0             # samples: the resampler's delay, when the model runs at another rate
        self.members: tuple = ()   # (row, voice) pairs, replaced whole by the audio thread
        self.active = 0            # bit mask of rows in the batch
        self.joins: collections.deque = collections.deque()
        self.leaves: collections.deque = collections.deque()
        self.taken: set[int] = set()  # rows promised to voices (control threads, under the group lock)
        self.next_reset = 0
        self.late = 0              # blocks not ready when due (xruns)
        self.late_block = -1       # a late block the log has yet to explain (set by the audio thread)
        self.late_at = collections.deque(maxlen=64)   # the audio clock where recent late blocks fell silent
        self.late_times = None     # its (waited, computed) ns once done, () if skipped (audio thread)
        self.late_reported = 0     # how many late blocks the log has told of (supervisor)
        self.late_report_after = self.late_waiting = 0.0
        self.first = 0             # first block dispatched since the shard last had no members
        self.compute_ns = collections.deque(maxlen=256)
        self.alive = True
        self.standby = False       # a warm spare holding no voices yet (engine.healing)
        self.hang_seconds = 2.0    # no block done for this long while one is due: hung (set by the engine)
        self.last_progress = time.monotonic()   # when the worker was last seen keeping up (supervisor)
        self._done_seen = -1
        self._held_back: list[int] = []   # the worker's threads dropped from real-time priority (supervisor)
        self.seen = -1             # the newest block the audio thread has found done
        self.pending: collections.deque = collections.deque()   # blocks dispatched, `done` token not taken yet
        self.finished = -1         # the newest block whose `done` token was taken (computed or dropped)
        self.dispatches = 0        # dispatches so far: the next one's `queue` entry
        self.refused = 0           # blocks not dispatched: the worker still held their slot

    def _attach(self, info: dict) -> None:
        """The worker loaded the model: size the shared memory and send the spec."""
        self.info = info
        spec = self.plan(info)
        self.shm = shared_memory.SharedMemory(create=True, size=spec.nbytes)
        self.spec = dataclasses.replace(spec, shm_name=self.shm.name)
        views = self.spec.views(self.shm.buf)
        views["control"][:] = 0
        views["control"][DISPATCHED] = views["control"][DONE] = -1   # nothing due yet
        views["desc"][:] = -1
        views["queue"][:] = -1
        views["inp"][:] = 0.0
        views["out"][:] = 0.0
        self.control, self.desc, self.inp, self.out = views["control"], views["desc"], views["inp"], views["out"]
        self.queue = views["queue"]
        with self._send_lock:
            self.conn.send(("spec", 0, self.spec))

    # ---- life cycle (control threads) ----
    def handle(self, message) -> None:
        """A message from the worker (called on the supervisor thread)."""
        self._unlink_semaphores()    # it opened them before it sent anything
        kind = message[0]
        if kind == "progress" and self.progress:
            self.progress(message[1], message[2])
        elif kind == "info":
            try:
                self._attach(message[1])
            except Exception as exc:
                self._fail(str(exc))
                self.stop()
        elif kind == "ready":
            self.details = message[1]
            if not self.ready.done():
                self.ready.set_result(self.details)
        elif kind == "failed":
            self._fail(message[1])
        elif kind == "model_error":
            self.error, self.error_count = message[1], message[2]
            log.error("%s: %s (%d errors so far)", self.spec.path, message[1], message[2])
        elif kind == "reply":
            future = self._replies.pop(message[1], None)
            if future is not None:
                if message[2]:
                    future.set_result(message[3])
                else:
                    future.set_exception(ShardError(message[3]))

    def _fail(self, reason: str) -> None:
        self._unlink_semaphores()
        if not self.alive:
            return
        self.alive = False
        self.error = reason
        warm = self.ready.done()
        if not warm:
            self.ready.set_exception(ShardError(reason))
        for future in self._replies.values():
            if not future.done():
                future.set_exception(ShardError(reason))
        self._replies.clear()
        if warm and self.on_failure:
            self.on_failure(self)

    def check(self) -> None:
        """Notice a dead or hung worker, and hold back one a block behind (supervisor thread).

        Hung means: a block is due and none was completed for `hang_seconds`,
        whether the model is stuck in a call or the process does not run at
        all (stopped, starved). Before that, a worker with no block done for a
        block's time runs at an ordinary priority until it finishes one
        (priority.hold_back).
        """
        if not self.alive:
            return
        if self.process.poll() is not None:
            self._fail(f"worker process died (exit code {self.process.returncode})")
            return
        if self.control is None:
            return
        now, done = time.monotonic(), int(self.control[DONE])
        if done != self._done_seen or int(self.control[DISPATCHED]) <= done:
            self._done_seen, self.last_progress = done, now
            if self._held_back:
                priority.let_on(self._held_back)
                self._held_back = []
        elif (self.spec.realtime and not self._held_back and self.control[BUSY]
              and now - self.last_progress > min(HOLD_BACK_MAX, max(HOLD_BACK_MIN, self.block_seconds))):
            # behind by a whole block: it cannot keep up, and at real-time priority it would soon make
            # Linux stop every real-time thread on its core (priority.hold_back)
            self._held_back = priority.hold_back(self.process.pid)
        if now - self.last_progress > self.hang_seconds:
            busy = bool(self.control[BUSY])
            self.process.kill()
            self._fail(f"model hung for more than {self.hang_seconds:.2g} s on one block; worker stopped" if busy
                       else f"worker hung: no block done for {self.hang_seconds:.2g} s (stopped or starved); "
                            "worker stopped")

    @property
    def block_seconds(self) -> float:
        """The real time one block covers."""
        return self.spec.server_block / self.spec.server_rate

    def promote(self) -> None:
        """A spare takes voices: give it the real-time priority it warmed up without (healer or control thread)."""
        self.details["scheduling"] = self.request("promote", timeout=2.0)
        self.standby = False

    def request(self, kind: str, *args, timeout: float = 10.0):
        """Ask the worker something (attributes) and wait for its answer."""
        if not self.alive:
            raise ShardError(self.error or "worker stopped")
        future: Future = Future()
        rid = next(_requests)
        self._replies[rid] = future
        self._command((kind, rid, *args))
        try:
            return future.result(timeout)
        except TimeoutError:
            self._replies.pop(rid, None)
            raise ShardError(f"the model did not answer {kind} within {timeout:g} s") from None

    def _command(self, message) -> None:
        """Send the worker a command and wake it (its one blocking wait is on `wake`)."""
        with self._send_lock:
            self.conn.send(message)
            self._wake.release()

    def stop(self) -> None:
        """End the worker; memory and semaphores stay valid for the audio thread until `release`."""
        self.alive = False
        if self.process.poll() is None:
            try:
                self._command(("stop", 0))
                self.process.wait(2.0)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait(2.0)
        self._unlink_semaphores()

    def _unlink_semaphores(self) -> None:
        """Remove the semaphores' names (once): the worker has them open, or will never open them."""
        names, self._sem_names = self._sem_names, ()
        for name in names:
            unlink_semaphore(name)
            resource_tracker.unregister(name, "semaphore")

    def release(self) -> None:
        """Free shared memory and the life line: only once no audio callback can touch this shard."""
        self.stop()
        self.conn.close()
        os.close(self._life_w)
        self.control = self.desc = self.inp = self.out = self.queue = None
        if self.shm is not None:
            try:
                self.shm.close()
                self.shm.unlink()
            except (BufferError, FileNotFoundError):
                pass  # a view still referenced somewhere: the OS frees it at exit

    # ---- audio thread: the hand-off (spec.py), never blocking in real time ----
    def post(self, k: int) -> None:
        """Hand block k (its input and descriptor written) to the worker: a `jobs` token, then a wake-up.

        The caller has checked `holds` first: the queue entry and the slot are free.
        """
        self.queue[self.dispatches % self.spec.slots] = k
        try:
            self._jobs.release()     # sem_post: publishes the writes above (release)
        except (OSError, ValueError):
            return                   # (cannot happen below 2**31 tokens) not dispatched
        self.dispatches += 1
        self.pending.append(k)
        try:
            self._wake.release()     # a system call only if the worker sleeps on it
        except (OSError, ValueError):
            pass

    def holds(self, k: int) -> bool:
        """Whether the worker may still hold the job that last used block k's slot (or its queue entry)."""
        self.collect()
        return bool(self.pending) and self.pending[0] <= k - self.spec.slots

    def collect(self, timeout: float | None = None) -> None:
        """Take the worker's `done` tokens: each one makes one more dispatched block's output visible
        (acquire), in dispatch order. Without a timeout nothing blocks, nor (Linux) enters the kernel;
        offline, `timeout` waits that long at most for the first."""
        done = self._done
        if timeout is not None and self.pending and done.acquire(True, timeout):
            self.finished = self.pending.popleft()
        while self.pending and done.acquire(False):
            self.finished = self.pending.popleft()

    @property
    def live(self) -> bool:
        return self.alive and self.control is not None and int(self.control[STATE]) == READY

    @property
    def errors(self) -> int:
        return int(self.control[ERRORS]) if self.control is not None else self.error_count

    @property
    def dropped(self) -> int:
        return int(self.control[DROPPED]) + self.refused if self.control is not None else 0

    def compute_stats(self) -> dict:
        times = np.array(self.compute_ns, dtype=np.float64) / 1e6
        if not len(times):
            return {"mean_ms": 0.0, "max_ms": 0.0}
        return {"mean_ms": float(times.mean()), "max_ms": float(times.max())}
