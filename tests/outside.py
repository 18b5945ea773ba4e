"""The outside listener of the real-time tests: what an audience would hear at the server's outputs.

A JACK client in a process of its own (`ravebridge.witness`) counts JACK's xruns and the periods in
which every output it listens to was exact zeros. The server's own counters cannot see a period its
JACK client finished too late; this listener does, whoever caused it. The bar is measured in the same
test: JACK and the listener alone before the server plays, and a plain pyo client on a twin JACK
server heard over the very same stretch (this shared virtual machine has bursts of xruns that no
client causes: up to 8 in 3 s for plain pyo). A stretch passes with no silent period once its voices
sound, and no more xruns than the noisier baseline had for as many periods, beyond that count's own
noise; where the baselines heard none, none. The engine's late blocks are judged apart
(tests/stalls.py).
"""
from __future__ import annotations

import contextlib
import math
import os
import subprocess
import sys
import warnings
from pathlib import Path

from ravebridge.witness import Heard, Witness


_PLAIN_PYO = """
import sys, time, pyo
s = pyo.Server(sr=48000, nchnls=int(sys.argv[2]), buffersize=256, duplex=0, audio="jack", jackname=sys.argv[1])
s.setJackAuto(False, False)
s.boot()
tones = [pyo.Sine(freq=220 * (i + 1), mul=0.1).out(i) for i in range(int(sys.argv[2]))]
s.start()
print("ready", flush=True)
sys.stdin.read()
"""


@contextlib.contextmanager
def plain_pyo(server: str, name: str, channels: int):
    """A plain pyo JACK client playing a sine on each of `channels` outputs on JACK server `server`, with no
    ravebridge in it: beside a long run, the bar for what the machine and pyo alone cost. Yields its
    output ports."""
    proc = subprocess.Popen([sys.executable, "-c", _PLAIN_PYO, name, str(channels)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=dict(os.environ, JACK_DEFAULT_SERVER=server))
    try:
        if not any(line.strip() == "ready" for line in proc.stdout):     # pyo prints its warnings first
            raise RuntimeError("the plain pyo client did not start")
        yield [f"{name}:output_{i + 1}" for i in range(channels)]
    finally:
        proc.stdin.close()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _bar(expected: float) -> int:
    """The most xruns a stretch may have where a baseline leads one to expect `expected` for as many
    periods: that many, plus three standard deviations of a count of rare events (Poisson). Where the
    baseline heard none, none."""
    return math.floor(expected + 3 * math.sqrt(expected))


class Listener:
    """The witness at `ports` (JACK port names) and the baselines a stretch it hears is judged by.

    Two baselines, both measured in the same test: `baseline` (JACK and the listener alone, before the
    server plays) and, given a `twin`, a plain pyo client on a twin JACK server heard over the same
    stretch, which catches the machine's noise at the very moments the test plays.
    """

    def __init__(self, ports: list[str], jackd_log: Path | None = None, server: str | None = None,
                 twin: "Listener | None" = None):
        self._witness = Witness(ports, server=server)
        self.alone: Heard | None = None
        self._twin, self._twin_heard = twin, None
        self._first: Heard | None = None
        self._log, self._log_from = jackd_log, 0

    def baseline(self, seconds: float) -> Heard:
        """JACK and the listener alone for about `seconds`: call while the server does not play."""
        self.alone = self._witness.over(seconds)
        return self.alone

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

    def judge(self, heard: Heard, what: str, xruns: bool = True) -> None:
        """Fail on a silent period, or (unless `xruns` is False, for a stretch the test only reports) on
        more JACK xruns than the noisier baseline had for as many periods, beyond its own counting noise
        (`_bar`); report the counts either way (a warning when JACK counted any xrun)."""
        baselines = {"JACK and the listener alone before": self.alone, "plain pyo on a twin JACK server meanwhile":
                     self._twin_heard}
        baselines = {k: b for k, b in baselines.items() if b is not None}
        assert baselines, "measure a baseline first"
        assert heard.connected, f"the listener is connected to none of the outputs of {what}"
        bar = max(_bar(b.xruns * heard.periods / max(1, b.periods)) for b in baselines.values())
        report = (f"{what}: JACK counted {heard.xruns} xrun(s) and {heard.silent} silent period(s) in "
                  f"{heard.periods} periods; in the same test, " +
                  "; ".join(f"{k}: {b.xruns} xrun(s) in {b.periods}" for k, b in baselines.items()))
        if heard.xruns or any(b.xruns for b in baselines.values()):
            warnings.warn(report)
        assert heard.silent == 0 and (heard.xruns <= bar or not xruns), report + self._jack_says()

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
