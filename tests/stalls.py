"""A witness of the machine's own stalls, so that a real-time test can tell a late block the server caused
from one the machine caused.

On a shared, virtual machine the host takes cores away now and then. Here, idle, probes saw from 15 to a
few hundred stalls of over 2 ms in two minutes, in bursts, the longest 13.5 ms, and up to 40 ms during
a test run (docs/installation.md). No server keeps a deadline through that. So a test that asks for
zero late blocks runs a witness: one process per core, pinned to it, at a real-time priority above
JACK's, waking every millisecond and noting each wake-up that came late. Only the host, the kernel or
the hardware can hold it up. A late block is then accepted only where a witness saw the machine stall
for at least one server buffer in the same stretch of time (at once, or in shorter stalls on one core
adding up to a buffer within four buffers), and the test says so in a warning. A late block while the
machine ran smoothly still fails the test.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import warnings

#: one server buffer of the test servers (256 frames at 48 kHz): a stall this long costs a deadline
BUFFER_SECONDS = 256 / 48000
PRIORITY = 90                   # SCHED_FIFO, above JACK's -P 8 and the workers' 1: nothing of ours delays it
NOTED = 0.002                   # wake-ups later than this are noted
WINDOW = 4 * BUFFER_SECONDS     # the longest compute allowance the tests give a model (an installation's)

_WITNESS = f"""
import os, sys, time
os.sched_setaffinity(0, {{int(sys.argv[1])}})
os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param({PRIORITY}))
print("ready", flush=True)
parent, last = os.getppid(), time.monotonic()
while os.getppid() == parent:
    time.sleep(0.001)
    now = time.monotonic()
    if now - last - 0.001 > {NOTED}:
        print(f"{{now:.6f}} {{now - last - 0.001:.6f}}", flush=True)
    last = now
"""


class Witness:
    """One witness process per core this process may run on; `stalled` reads what they saw."""

    def __init__(self):
        self.stalls: list[tuple[int, float, float]] = []     # (core, monotonic end, seconds)
        self.unavailable = ""
        self._lock = threading.Lock()
        self._procs = []
        for core in sorted(os.sched_getaffinity(0)):
            proc = subprocess.Popen([sys.executable, "-c", _WITNESS, str(core)], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)
            self._procs.append(proc)
            if proc.stdout.readline().strip() != "ready":      # no real-time priority here: excuse nothing
                self.unavailable = (proc.stderr.read().strip().splitlines() or ["the witness did not start"])[-1]
                self.close()
                return
            threading.Thread(target=self._read, args=(core, proc), daemon=True).start()

    def _read(self, core: int, proc) -> None:
        for line in proc.stdout:
            end, seconds = map(float, line.split())
            with self._lock:
                self.stalls.append((core, end, seconds))

    def stalled(self, start: float, end: float, at_least: float = BUFFER_SECONDS) -> list[tuple[int, float, float]]:
        """The stalls of at least `at_least` s that overlap [start, end] (time.monotonic), each as
        (core, when it ended, seconds); any found are also given as a test warning."""
        with self._lock:
            found = [s for s in self.stalls if s[2] >= at_least and s[1] - s[2] <= end and s[1] >= start]
        if found:
            longest = max(found, key=lambda s: s[2])
            warnings.warn(f"the machine stalled {len(found)} time(s) for a buffer or more between "
                          f"{start:.1f} and {end:.1f} s, the longest {longest[2] * 1000:.1f} ms on core "
                          f"{longest[0]}: late blocks there are not counted against the server")
        return found

    def bunched(self, start: float, end: float) -> list[tuple[int, float, float]]:
        """Shorter stalls overlapping [start, end] that add up to a buffer or more within WINDOW on one core:
        a worker held up several times within one block's deadline misses it as if held up once that long.
        Given as a test warning, as `stalled` does."""
        with self._lock:
            seen = sorted((s for s in self.stalls if s[1] - s[2] <= end and s[1] >= start), key=lambda s: s[1])
        for i, first in enumerate(seen):
            group = [s for s in seen[i:] if s[0] == first[0] and s[1] - first[1] <= WINDOW]
            if sum(s[2] for s in group) >= BUFFER_SECONDS:
                warnings.warn(f"the machine stalled {len(group)} times within {WINDOW * 1000:g} ms on core "
                              f"{first[0]}, {sum(s[2] for s in group) * 1000:.1f} ms in all: late blocks there "
                              "are not counted against the server")
                return group
        return []

    def unexplained(self, late: int, since: float) -> str:
        """'' if `late` (late blocks since time.monotonic() `since`) is 0 or the machine stalled for a
        buffer or more since then (at once, or `bunched`); else what the witnesses saw instead, for a
        message."""
        if not late or self.stalled(since, time.monotonic()) or self.bunched(since, time.monotonic()):
            return ""
        with self._lock:
            seen = [s[2] for s in self.stalls if s[1] >= since]
        return (f"{late} late block(s) on a machine that ran smoothly (the witnesses saw {len(seen)} shorter "
                f"stall(s) of over {NOTED * 1000:g} ms since then, {sum(seen) * 1000:.1f} ms in all"
                f"{self.unavailable and ': ' + self.unavailable})")

    def account(self, late: int, since: float, what: str = "") -> None:
        """Fail unless `late` late blocks since `since` are explained by the machine (`unexplained`)."""
        problem = self.unexplained(late, since)
        assert not problem, problem + what

    def close(self) -> None:
        for proc in self._procs:
            proc.kill()
            proc.wait()
