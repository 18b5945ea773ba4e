"""The outside listener of the real-time tests: what an audience would hear at the server's outputs.

A JACK client in a process of its own (`ravebridge.witness`) counts JACK's xruns and the periods in
which every output it listens to was exact zeros. The server's own counters cannot see a period its
JACK client finished too late; this listener does, whoever caused it. The bar is measured in the same
test: JACK and the listener alone before the server plays, and a plain pyo client on a twin JACK
server heard over the very same stretch (this shared virtual machine has bursts of xruns that no
client causes: up to 8 in 3 s for plain pyo). The host's noise comes in clumps: a virtual CPU held
back for a few milliseconds costs whichever chain of JACK clients was running on it several xruns at
once, so over a short stretch one chain may take a clump and its twin none, and over long ones both
take their share. A stretch passes, once its voices sound, with no more xruns and silent periods than
the noisier baseline had for as many periods, beyond that count's noise: for the twin, the spread its
own counts showed from second to second over the session so far. Where the baselines heard none and
the twin never varied, none. The engine's late blocks are judged apart (tests/stalls.py).
"""
from __future__ import annotations

import contextlib
import dataclasses
import math
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path

from ravebridge.witness import Heard, Witness


_PLAIN_PYO = """
import sys, time, pyo
channels, sines = int(sys.argv[2]), int(sys.argv[3])
s = pyo.Server(sr=48000, nchnls=channels, buffersize=256, duplex=0, audio="jack", jackname=sys.argv[1])
s.setJackAuto(False, False)
s.boot()
tones = [pyo.Sine(freq=[220 * (i + 1) * (1 + k / 64) for k in range(sines)], mul=0.1 / sines).mix(1).out(i)
         for i in range(channels)]
s.start()
print("ready", flush=True)
sys.stdin.read()
"""


@dataclasses.dataclass(frozen=True)
class Plain:
    """A plain pyo client: its output ports and its process."""

    ports: list[str]
    pid: int


@contextlib.contextmanager
def plain_pyo(server: str, name: str, channels: int, sines: int = 1):
    """A plain pyo JACK client playing `sines` sines on each of `channels` outputs on JACK server `server`,
    with no ravebridge in it: beside a long run, the bar for what the machine and pyo alone cost."""
    proc = subprocess.Popen([sys.executable, "-c", _PLAIN_PYO, name, str(channels), str(sines)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=dict(os.environ, JACK_DEFAULT_SERVER=server))
    try:
        if not any(line.strip() == "ready" for line in proc.stdout):     # pyo prints its warnings first
            raise RuntimeError("the plain pyo client did not start")
        yield Plain([f"{name}:output_{i + 1}" for i in range(channels)], proc.pid)
    finally:
        proc.stdin.close()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def audio_thread_load(pid: int, seconds: float) -> float:
    """The share of one CPU that process `pid`'s audio thread (its thread of highest real-time priority:
    the JACK client's) spent running over the next `seconds`."""
    def running() -> float:
        best = (-1, 0)
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/stat") as f:
                    rt_priority = int(f.read().rsplit(")", 1)[1].split()[37])        # field 40
                with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                    best = max(best, (rt_priority, int(f.read().split()[0])))      # ns on a CPU
            except (OSError, IndexError, ValueError):       # a thread that ended meanwhile
                continue
        return best[1] / 1e9
    before = running()
    time.sleep(seconds)
    return (running() - before) / seconds


@contextlib.contextmanager
def matched_pyo(server: str, name: str, channels: int, pid: int, seconds: float = 3.0):
    """A plain pyo client on `server` whose audio thread runs as long each period as process `pid`'s does
    (sines added to match, measured here over `seconds`); yields (`Plain`, its load, `pid`'s load).

    This machine's host holds a virtual CPU back for milliseconds at a time; a JACK client running then
    takes the xruns, so a client that computes longer each period takes more of them, ravebridge or not
    (plain pyo at 0.66 ms a period: 84 xruns where plain pyo with two sines beside it had 33). Beside a
    server playing many voices, the baseline that answers 'what would this machine do to any client this
    busy' is a client this busy."""
    ours = audio_thread_load(pid, seconds)
    loads = {}
    for sines in (1, 41):
        with plain_pyo(server, name, channels, sines) as plain:
            loads[sines] = audio_thread_load(plain.pid, seconds)
    per_sine = max(1e-6, (loads[41] - loads[1]) / 40)
    sines = max(1, round(1 + (ours - loads[1]) / per_sine))
    with plain_pyo(server, name, channels, sines) as plain:
        yield plain, audio_thread_load(plain.pid, seconds), ours


def _bar(expected: float, variance: float = 0.0) -> int:
    """The most a count may reach where a baseline leads one to expect `expected`: that, plus three standard
    deviations of the difference. The spread is the larger of a count of rare events (Poisson: the
    expected count) and, for a baseline heard over the same stretch, twice (the stretch's own count and the
    baseline's vary alike) the `variance` the baseline's clumped noise showed over as many seconds in this
    run. Where the baseline heard nothing and showed no spread, nothing."""
    return math.floor(expected + 3 * math.sqrt(max(expected, 2 * variance)))


class Listener:
    """The witness at `ports` (JACK port names) and the baselines a stretch it hears is judged by.

    Two baselines, both measured in the same test: `baseline` (JACK and the listener alone, before the
    server plays) and, given a `twin`, a plain pyo client on a twin JACK server heard over the same
    stretch, which catches the machine's noise at the very moments the test plays.
    """

    def __init__(self, ports: list[str], jackd_log: Path | None = None, server: str | None = None,
                 twin: "Listener | None" = None):
        self._witness = Witness(ports, server=server)
        self.server = server
        self.alone: Heard | None = None
        self._twin, self._twin_heard = twin, None
        self._first: Heard | None = None
        self._log, self._log_from = jackd_log, 0

    def baseline(self, seconds: float) -> Heard:
        """JACK and the listener alone for about `seconds`: call while the server does not play."""
        self.alone = self._witness.over(seconds)
        return self.alone

    def spread(self):
        """How this listener's counts varied from second to second over the session (ravebridge.witness.Spread)."""
        return self._witness.spread()

    def begin(self) -> None:
        """Start counting a stretch (once the voices sound: their first blocks are silence)."""
        if self._twin:
            self._twin.begin()
        self._first = self._witness.next()
        self._log_from = self._log.stat().st_size if self._log and self._log.exists() else 0

    def end(self) -> Heard:
        """What was heard since `begin`, up to a moment after now."""
        heard = self._witness.next().since(self._first)
        if self._twin:
            self._twin_heard = self._twin.end()
        return heard

    def judge(self, heard: Heard, what: str, xruns: bool = True, late_silence: int = 0) -> None:
        """Fail on more silent periods or (unless `xruns` is False, for a stretch the test only reports)
        more JACK xruns than the noisier baseline had for as many periods, beyond that count's noise
        (`_bar`: for the twin, the spread its counts showed from second to second in this session); report
        the counts and bars either way (a warning when JACK counted any xrun or silent period). A silent
        period at an xrun is the cycle JACK dropped for it, judged with the xruns; the others are silence
        the server sent.

        `late_silence`: periods the voices were silent for late model blocks the test judged itself (by the
        stall witness, tests/stalls.py): a plain pyo twin computes no model, so its silence cannot stand
        for theirs, and the same silence is not judged twice."""
        baselines = {"JACK and the listener alone before": (self.alone, None),
                     "plain pyo on a twin JACK server meanwhile":
                     (self._twin_heard, self._twin.spread() if self._twin else None)}
        baselines = {k: b for k, b in baselines.items() if b[0] is not None}
        assert baselines, "measure a baseline first"
        assert heard.connected, f"the listener is connected to none of the outputs of {what}"
        bars = {}
        for name, (b, spread) in baselines.items():
            scale = heard.periods / max(1, b.periods)
            seconds = heard.periods / spread.periods if spread and spread.periods else 0.0
            bars[name] = (_bar(b.xruns * scale, spread.xruns * seconds if spread else 0.0),
                          # nothing plays before: only a baseline that plays can show silent periods
                          _bar(b.lone_silent * scale, spread.silent * seconds) if spread else 0)
        bar_x, bar_s = (max(v[i] for v in bars.values()) for i in (0, 1))
        bar_s += late_silence
        report = (f"{what}: JACK counted {heard.xruns} xrun(s) and {heard.silent} silent period(s) "
                  f"({heard.silent_at_xrun} at an xrun) in {heard.periods} periods (bars {bar_x} xruns and "
                  f"{bar_s} silent periods with no xrun near); in the same test, " +
                  "; ".join(f"{k}: {b.xruns} xrun(s) and {b.silent} silent in {b.periods}"
                            for k, (b, _) in baselines.items()))
        if heard.xruns or heard.silent or any(b.xruns for b, _ in baselines.values()):
            warnings.warn(report)
        assert heard.lone_silent <= bar_s and (heard.xruns <= bar_x or not xruns), report + self._jack_says()

    def _jack_says(self) -> str:
        """JACK's own lines about xruns since `begin`: which client was not finished in time."""
        if not self._log or not self._log.exists():
            return ""
        with open(self._log, errors="replace") as f:
            f.seek(self._log_from)
            lines = [line.strip() for line in f if "XRun" in line]
        return f"; JACK said: {lines[-6:]}" if lines else ""

    def close(self) -> None:
        self._witness.close()
