"""An outside listener: a JACK client of its own process that hears what a server really sends.

`ravebridge witness PORT...` connects the given output ports to its inputs and
counts, once a second, the periods it heard, the periods in which every input
was exact zeros (a client that missed its deadline, or wrote silence), the
xruns the JACK server reported, and the peak. It shares nothing with the
server it listens to, so it hears what the server's own counters may miss;
tests and benchmarks judge real time by it, and a technician can run it
beside a show. `Witness` runs it as a child process and reads its counts.
"""
from __future__ import annotations

import collections
import dataclasses
import json
import os
import signal
import subprocess
import sys
import threading
import time

import numpy as np

NEAR = 4        # periods between a silent period and an xrun JACK reported for the one to be the other's


@dataclasses.dataclass(frozen=True)
class Heard:
    """Cumulative counts since the witness started."""

    periods: int = 0
    silent: int = 0      # periods in which every connected input was exact zeros
    xruns: int = 0
    peak: float = 0.0
    connected: int = 0   # ports connected to the witness
    silent_at_xrun: int = 0     # of the silent periods, those within NEAR periods of an xrun JACK reported

    def since(self, earlier: "Heard") -> "Heard":
        """What was heard after `earlier` (the peak is the whole run's)."""
        return Heard(self.periods - earlier.periods, self.silent - earlier.silent, self.xruns - earlier.xruns,
                     self.peak, self.connected, self.silent_at_xrun - earlier.silent_at_xrun)

    @property
    def lone_silent(self) -> int:
        """Silent periods with no xrun near them: silence a server wrote, not a cycle JACK dropped."""
        return self.silent - self.silent_at_xrun


def listen(ports: list[str], name: str = "witness", interval: float = 1.0, out=sys.stdout) -> None:
    """Run the witness in this process until SIGTERM or SIGINT, printing one JSON line per interval."""
    import jack

    from .engine.priority import ControlThreads, outrank_workers
    # this process's own threads take its GIL, which its JACK callback needs: above any model worker
    ControlThreads()
    client = jack.Client(name, no_start_server=True)
    inputs = [client.inports.register(f"in_{i + 1}") for i in range(max(1, len(ports)))]
    counts = {"periods": 0, "silent": 0, "xruns": 0, "peak": 0.0, "silent_at_xrun": 0}
    # A client that misses JACK's deadline has its output dropped for that cycle: the listener hears
    # exact zeros then, and JACK reports the xrun on another thread a moment before or after. Silent
    # periods are matched to xruns within NEAR periods either way.
    unmatched: collections.deque[int] = collections.deque(maxlen=NEAR)
    xrun_at = [-NEAR - 1]

    @client.set_process_callback
    def process(frames):
        peak = max(float(np.abs(p.get_array()).max()) for p in inputs)
        counts["periods"] += 1
        counts["peak"] = max(counts["peak"], peak)
        if peak == 0.0:
            counts["silent"] += 1
            if counts["periods"] - xrun_at[0] <= NEAR:
                counts["silent_at_xrun"] += 1
            else:
                unmatched.append(counts["periods"])

    @client.set_xrun_callback
    def xrun(delay):
        # JACK's notification thread is ordinary: preempted by a worker while it holds the GIL, it would
        # make the witness's own process callback late, and count the xruns that caused
        outrank_workers()
        counts["xruns"] += 1
        xrun_at[0] = counts["periods"]
        while unmatched:
            if xrun_at[0] - unmatched.popleft() <= NEAR:
                counts["silent_at_xrun"] += 1

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    with client:
        connected = 0
        for port, inp in zip(ports, inputs):
            try:
                client.connect(port, inp)
                connected += 1
            except jack.JackError as exc:
                print(json.dumps({"error": f"cannot connect {port}: {exc}"}), file=out, flush=True)
        while not stop.wait(interval):
            print(json.dumps({**counts, "connected": connected, "t": time.monotonic()}), file=out, flush=True)


BARE = r"""
import os, signal, sys, time, torch
torch.set_num_threads(1); torch.set_grad_enabled(False)
try:
    os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(1))
except OSError:
    pass
stop = []
signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
m = torch.jit.load(sys.argv[1]); z = torch.zeros(1, int(m.decode_params[0]), 1)
period = int(m.decode_params[1]) / int(getattr(m, "sampling_rate", 44100))
start, t0, i = time.monotonic(), time.process_time(), 0
print("ready", flush=True)
while not stop and time.monotonic() - start < float(sys.argv[2]):
    m.decode(z)
    i += 1
    time.sleep(max(0.0, start + i * period - time.monotonic()))
print((time.process_time() - t0) / max(1e-9, time.monotonic() - start), flush=True)
"""


class BareModel:
    """A bare model process: one voice of `model` decoding block by block, paced one block apart, at
    SCHED_FIFO 1, as nn~'s thread runs one. Beside a baseline it brings what any model costs the
    machine (memory traffic, cache, kernel time) without ravebridge."""

    def __init__(self, model: str, seconds: float = 86400.0, env: dict | None = None):
        """`env`: the process's environment (a worker's, for the same kernels)."""
        self._proc = subprocess.Popen([sys.executable, "-c", BARE, model, str(seconds)], stdout=subprocess.PIPE,
                                      text=True, env=env)
        self._cpu: float | None = None
        if self._proc.stdout.readline().strip() != "ready":
            raise RuntimeError(f"the bare model process could not load {model}")

    def close(self) -> float:
        """Stop it (or wait for its time to end); the CPU seconds it used per second."""
        if self._cpu is None:
            if self._proc.poll() is None:
                self._proc.terminate()
            out = self._proc.communicate()[0].strip()
            try:
                self._cpu = float(out)
            except ValueError:
                raise RuntimeError(f"the bare model process failed (exit code {self._proc.returncode})") from None
        return self._cpu


@dataclasses.dataclass(frozen=True)
class Spread:
    """Per second of a witness's run so far: the mean count of periods, and the variance of the xruns and of
    the silent periods with no xrun near them. A machine's noise comes in clumps (one stall costs several
    xruns at once), so its counts vary far more than rare independent events would: a count is judged by
    this variance."""

    periods: float = 0.0
    xruns: float = 0.0
    silent: float = 0.0


class Witness:
    """The witness as a child process: `heard()` is the latest count it printed."""

    def __init__(self, ports: list[str], name: str | None = None, server: str | None = None):
        """`server`: the JACK server's name, if not the default one."""
        name = name or f"witness-{os.getpid()}"
        env = dict(os.environ, **({"JACK_DEFAULT_SERVER": server} if server else {}))
        self._proc = subprocess.Popen([sys.executable, "-m", "ravebridge.witness", "--name", name, *ports],
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        self._latest = Heard()
        self._lines = 0                  # count lines read, so that `next` can wait for a fresh one
        self._history: collections.deque[Heard] = collections.deque(maxlen=86400)     # a day of seconds
        self._changed = threading.Condition()
        self.error: str | None = None
        threading.Thread(target=self._read, daemon=True).start()
        try:
            self.next(15.0)
        except RuntimeError:
            self.close()
            raise RuntimeError("the JACK witness did not start (is a JACK server running?)") from None

    def _read(self) -> None:
        for line in self._proc.stdout:
            d = json.loads(line)
            if "error" in d:
                self.error = d["error"]
                continue
            with self._changed:
                self._latest = Heard(d["periods"], d["silent"], d["xruns"], d["peak"], d["connected"],
                                     d.get("silent_at_xrun", 0))
                self._history.append(self._latest)
                self._lines += 1
                self._changed.notify_all()

    def heard(self) -> Heard:
        """The counts of the last whole second."""
        return self._latest

    def next(self, timeout: float = 5.0) -> Heard:
        """The first counts printed after this call: everything heard up to a moment after now."""
        with self._changed:
            seen = self._lines
            if not self._changed.wait_for(lambda: self._lines > seen, timeout):
                raise RuntimeError(f"the JACK witness printed nothing for {timeout:g} s")
            return self._latest

    def spread(self) -> Spread:
        """How the counts heard so far vary from one second to the next."""
        with self._changed:
            counts = np.array([(h.periods, h.xruns, h.lone_silent) for h in self._history], float).reshape(-1, 3)
        steps = np.diff(counts, axis=0)
        if len(steps) < 2:
            return Spread()
        return Spread(float(steps[:, 0].mean()), float(steps[:, 1].var()), float(steps[:, 2].var()))

    def over(self, seconds: float) -> Heard:
        """What it hears during the next `seconds` or a little more (counts come once a second):
        a stretch that starts after this call and ends after `seconds`."""
        first = self.next()
        time.sleep(max(0.0, seconds - 1.0))
        return self.next().since(first)

    def close(self) -> None:
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()


def main(argv: list[str]) -> None:
    name = "witness"
    if argv[:1] == ["--name"]:
        name, argv = argv[1], argv[2:]
    listen(argv, name)


if __name__ == "__main__":
    main(sys.argv[1:])
