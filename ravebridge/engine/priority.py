"""Who may preempt whom: the scheduling of the audio process's threads and of the workers.

pyo holds the GIL for every buffer it computes, so the audio thread waits for
any thread of the audio process that holds the GIL. A control thread (OSC,
MIDI, supervision) at an ordinary priority that a worker preempts while it
holds the GIL keeps it for the worker's whole block: traced here, one
RAVE-sized worker at real-time priority held such a thread off its core for
5 ms while the audio thread woke every half millisecond to find the GIL still
taken, and JACK counted the period as an xrun. So the order is strict:

    JACK's threads (the audio thread among them) > every other thread of the
    audio process (CONTROL) > workers (WORKER) > other programs

Threads inherit their creator's scheduling, so setting the thread that starts
the engine before it starts any other covers the threads created after it.
Processes must not inherit it (a spare warming up or a training process at
the control priority would take cores from live workers): they are spawned
inside `ordinary_children()`. Without the right to real-time scheduling,
neither control threads nor workers get it, so that a worker never outranks a
thread that holds the GIL.
"""
from __future__ import annotations

import contextlib
import os
import threading

WORKER = 1    # SCHED_FIFO priority of live workers
CONTROL = 2   # SCHED_FIFO priority of the audio process's threads other than JACK's


def _fifo(priority: int, flags: int = 0) -> bool:
    if not hasattr(os, "sched_setscheduler"):
        return False
    try:
        os.sched_setscheduler(0, os.SCHED_FIFO | flags, os.sched_param(priority))
        return True
    except (PermissionError, OSError):
        return False


_control_realtime = False     # whether this process's control threads run above the workers


def outrank_workers() -> None:
    """Raise the calling thread to the control priority if the control threads have it (for threads a
    library created at an explicit ordinary priority, such as JACK's notification thread, on its
    callbacks: each takes the GIL)."""
    if _control_realtime and os.sched_getscheduler(0) != os.SCHED_FIFO:
        _fifo(CONTROL)


class ControlThreads:
    """The audio process's threads above the workers, from the calling thread on (`restore` undoes it)."""

    def __init__(self):
        self.tid = threading.get_native_id()
        self.before = _policy(self.tid)
        self.realtime = _fifo(CONTROL)
        global _control_realtime
        _control_realtime = _control_realtime or self.realtime

    @property
    def scheduling(self) -> str:
        return f"fifo {CONTROL}" if self.realtime else "normal"

    def restore(self) -> None:
        """Give the thread that started the engine its scheduling back (threads it created keep theirs)."""
        if self.realtime and self.before is not None:
            try:
                os.sched_setscheduler(self.tid, *self.before)
            except OSError:
                pass


def _policy(tid: int):
    try:
        return os.sched_getscheduler(tid), os.sched_getparam(tid)
    except (AttributeError, OSError):
        return None


@contextlib.contextmanager
def ordinary_children():
    """Processes spawned inside start at an ordinary priority, whatever the spawning thread's."""
    try:
        policy, param = os.sched_getscheduler(0), os.sched_getparam(0)
    except (AttributeError, OSError):
        yield
        return
    reset = policy in (os.SCHED_FIFO, os.SCHED_RR) and _set(policy | os.SCHED_RESET_ON_FORK, param)
    try:
        yield
    finally:
        if reset:
            _set(policy, param)


def _set(policy: int, param) -> bool:
    try:
        os.sched_setscheduler(0, policy, param)
        return True
    except OSError:
        return False


def hold_back(pid: int) -> list[int]:
    """Drop every real-time thread of process `pid` (a worker stuck on one call) to an ordinary priority;
    returns the threads changed, for `let_on`.

    Linux lets real-time threads use at most 95 % of each second on a core
    (kernel.sched_rt_runtime_us); past that it stops every real-time thread on
    that core, JACK's among them, until the second is over. One worker at
    FIFO 1 spinning on a core did that here: 6 to 7 JACK xruns and about 100
    ms of periods lost in 4 s, with no ravebridge running.
    """
    changed = []
    try:
        tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        return changed
    for tid in tids:
        try:
            if os.sched_getscheduler(tid) == os.SCHED_FIFO:
                os.sched_setscheduler(tid, os.SCHED_OTHER, os.sched_param(0))
                changed.append(tid)
        except OSError:      # the thread ended, or no right to change it
            pass
    return changed


def let_on(tids: list[int]) -> None:
    """Give threads held back by `hold_back` the workers' real-time priority again."""
    for tid in tids:
        try:
            os.sched_setscheduler(tid, os.SCHED_FIFO, os.sched_param(WORKER))
        except OSError:
            pass


def raise_worker(realtime: bool) -> str:
    """A live worker's priority: below the control threads, above other programs (what it got, for status)."""
    if realtime and _fifo(WORKER):
        return f"fifo {WORKER}"
    return "normal"
