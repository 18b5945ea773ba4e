"""The outside listener of the real-time tests: what an audience would hear at the server's outputs.

A JACK client in a process of its own (`ravebridge.witness`) counts JACK's xruns and the periods in
which every output it listens to was exact zeros. The server's own counters cannot see a period its
JACK client finished too late; this listener does, whoever caused it. The bar it is judged by is
measured in the same test, by the same listener, with the server booted but not playing: JACK and
the listener alone. No xrun is excused; a test passes only with no more xruns per period than that
baseline and no silent period once its voices sound. The engine's late blocks are judged apart
(tests/stalls.py).
"""
from __future__ import annotations

import math
import warnings
from pathlib import Path

from ravebridge.witness import Heard, Witness


class Listener:
    """The witness at `ports` (JACK port names), a baseline, and the stretches a test plays."""

    def __init__(self, ports: list[str], jackd_log: Path | None = None):
        self._witness = Witness(ports)
        self.alone: Heard | None = None
        self._first: Heard | None = None
        self._log, self._log_from = jackd_log, 0

    def baseline(self, seconds: float) -> Heard:
        """JACK and the listener alone for about `seconds`: call while the server does not play."""
        self.alone = self._witness.over(seconds)
        return self.alone

    def begin(self) -> None:
        """Start counting a stretch (once the voices sound: their first blocks are silence)."""
        self._first = self._witness.next()
        self._log_from = self._log.stat().st_size if self._log and self._log.exists() else 0

    def end(self) -> Heard:
        """What was heard since `begin`, up to a moment after now."""
        return self._witness.next().since(self._first)

    def judge(self, heard: Heard, what: str, xruns: bool = True) -> None:
        """Fail on a silent period, or (unless `xruns` is False, for a stretch the test only reports) on
        more JACK xruns than the baseline had for as many periods; report both counts either way (a
        warning when JACK counted any xrun)."""
        assert self.alone is not None, "measure the baseline first"
        assert heard.connected, f"the listener is connected to none of the outputs of {what}"
        bar = math.ceil(self.alone.xruns * heard.periods / max(1, self.alone.periods))
        report = (f"{what}: JACK counted {heard.xruns} xrun(s) and {heard.silent} silent period(s) in "
                  f"{heard.periods} periods; JACK and the listener alone, in the same test: "
                  f"{self.alone.xruns} xrun(s) in {self.alone.periods} periods")
        if heard.xruns or self.alone.xruns:
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
