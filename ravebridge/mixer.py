"""The master section: every voice summed per output channel, a master gain and a safety limiter.

    voices' streams ──▶ Mixer (one input per stream, amplitude per output) ──▶ × gain ──▶ limiter ──▶ .out()

The limiter is on by default, because speakers are expensive. It takes each
channel's peak over the buffer being computed (PeakAmp runs before the gain
is applied, so it looks ahead by up to one buffer at no extra latency),
holds it with a release (Port), and divides the signal by peak/ceiling when
the peak is above the ceiling. Below the ceiling the gain is exactly 1, so a
quiet mix passes bit for bit. A final Clip at the ceiling catches the few
samples of an attack that the envelope's rise lets through.

pyo computes objects in the order they were created, and an object reading
one created after it hears it a buffer late. Voices arrive while the server
runs, after the master, so everything a voice creates is moved ahead of the
master's first stream (`feeding`): no buffer of latency is added.
"""
from __future__ import annotations

import contextlib
import math

import pyo

GAIN_RAMP = 0.02         # s: master gain glides this long
ROUTE_RAMP = 0.02        # s: a mixer amplitude (routing, panning on or off) glides this long
ATTACK = 0.0002          # s: the limiter's envelope rise (the Clip takes what it lets through)
RELEASE = 0.2            # s: the limiter's envelope fall
DEFAULT_CEILING_DB = 0.0


def db_to_linear(db: float) -> float:
    return 10.0 ** (db / 20.0)


def linear_to_db(x: float) -> float:
    return 20.0 * math.log10(x) if x > 0 else -math.inf


class Master:
    """The output stage of a rack, created on the booted server before any voice."""

    def __init__(self, server: pyo.Server, outputs: int, *, gain: float = 1.0, limiter: bool = True,
                 ceiling_db: float = DEFAULT_CEILING_DB):
        self.server, self.outputs = server, outputs
        self.gain, self.limiter, self.ceiling_db = gain, limiter, ceiling_db
        self.mixer = pyo.Mixer(outs=outputs, chnls=1, time=ROUTE_RAMP)
        self._head = self.mixer._base_players[0]._getStream()
        self._gain = pyo.SigTo(gain, time=GAIN_RAMP, init=gain)
        self.sum = pyo.Sig([self.mixer[c][0] for c in range(outputs)], mul=self._gain)
        self._ceiling = pyo.Sig(db_to_linear(ceiling_db))
        self.peak_in = pyo.PeakAmp(self.sum)
        self.reduction = self._ceiling / pyo.Max(pyo.Port(self.peak_in, ATTACK, RELEASE), self._ceiling)
        self._limited = pyo.Clip(self.sum * self.reduction, min=-self._ceiling, max=self._ceiling)
        self.output = pyo.Sig(self._limited if limiter else self.sum).out()
        self.peak_out = pyo.PeakAmp(self.output)

    def set_gain(self, gain: float) -> None:
        self.gain = float(gain)
        self._gain.setValue(self.gain)

    def set_limiter(self, on: bool, ceiling_db: float | None = None) -> None:
        """Switch the limiter (instantly: it is transparent below the ceiling) and move its ceiling."""
        self.limiter = bool(on)
        if ceiling_db is not None:
            self.ceiling_db = float(ceiling_db)
            self._ceiling.setValue(db_to_linear(self.ceiling_db))
        self.output.setValue(self._limited if self.limiter else self.sum)

    def state(self) -> dict:
        """Gain, limiter, and the last buffer's peaks per channel (before and after the limiter)."""
        reduction = min(self.reduction.get(all=True)) if self.limiter else 1.0
        return {"gain": self.gain, "limiter": self.limiter, "ceiling_db": self.ceiling_db,
                "reduction_db": linear_to_db(reduction), "peaks_in": list(self.peak_in.get(all=True)),
                "peaks_out": list(self.peak_out.get(all=True))}

    @contextlib.contextmanager
    def feeding(self):
        """Objects created inside the block feed the master: compute them before it, every buffer."""
        server = self.server._server
        before = {id(s) for s in server.getStreams()}
        try:
            yield
        finally:
            streams = server.getStreams()
            after_head = streams[streams.index(self._head) + 1:]
            for stream in after_head:    # in creation order; ones another thread moved already stay put
                if id(stream) not in before:
                    server.changeStreamPosition(self._head, stream)

    def close(self) -> None:
        self.output.stop()
