"""Conditioning from a live input: its pitch (Hz) and loudness (dB), as DDSP models are trained on.

Each feature is a callable that the audio thread reads once per model block,
when the block's control vector is taken (`engine.audio.Row.latents`). A pyo
`TableFill`, computed with the other pyo objects, keeps the input's last
`N_FFT` samples; a read analyses them: the loudness is their A-weighted power
(DDSP's definition: an STFT frame's power weighted by the A curve, in dB),
the pitch is YIN's (de Cheveigne and Kawahara, 2002), whose aperiodicity is
its confidence. A read costs a few FFTs of `N_FFT` samples, no lock and no wait.
"""
from __future__ import annotations

import numpy as np
import pyo

KINDS = ("pitch", "loudness")
N_FFT = 2048
FLOOR_DB = -120.0
GATE_DB = -60.0           # below this input level the pitch holds: silence has no pitch
APERIODIC = 0.2           # YIN's threshold: a dip this deep or deeper is a period; none: noise, the pitch holds
PITCH_RANGE = (50.0, 2000.0)   # Hz: the window holds two periods of the lowest


def a_weighting_db(freqs: np.ndarray) -> np.ndarray:
    """The A curve (IEC 61672) in dB at `freqs` Hz: 0 dB at 1 kHz."""
    f2 = np.asarray(freqs, np.float64) ** 2
    ra = (12194.0 ** 2 * f2 ** 2) / ((f2 + 20.6 ** 2) * np.sqrt((f2 + 107.7 ** 2) * (f2 + 737.9 ** 2))
                                     * (f2 + 12194.0 ** 2))
    with np.errstate(divide="ignore"):
        return 20 * np.log10(np.maximum(ra, 1e-30)) + 2.0


class Weighting:
    """The A-weighted power of a Hann-windowed frame of `n` samples at `rate`, in dB, at least FLOOR_DB (a
    full-scale 1 kHz sine reads +1.8 dB: the window spreads it over three bins); window and weights computed once."""

    def __init__(self, n: int, rate: int):
        self.window = np.hanning(n)
        self.weights = 10 ** (a_weighting_db(np.fft.rfftfreq(n, 1 / rate)) / 10)
        self.full_scale = (self.window.sum() / 2) ** 2      # the peak bin's power of a full-scale sine

    def __call__(self, frame: np.ndarray) -> float:
        power = np.abs(np.fft.rfft(frame * self.window)) ** 2
        return max(FLOOR_DB, float(10 * np.log10(max((power * self.weights).sum() / self.full_scale, 1e-30))))


class Ring:
    """The last N_FFT samples of `source` (a pyo object), oldest first, from a table pyo fills every buffer."""

    def __init__(self, source: pyo.PyoObject):
        table = pyo.DataTable(N_FFT)
        self.view = np.asarray(table.getBuffer(0))     # first, so it is released before the table (audio.Row)
        self.table, self.fill = table, pyo.TableFill(source, table)

    def frame(self) -> np.ndarray:
        pos = int(self.fill.getCurrentPos())
        return np.concatenate((self.view[pos:], self.view[:pos]))


class Loudness:
    """The loudness of `source` over its last N_FFT samples, in dB."""

    def __init__(self, source: pyo.PyoObject, rate: int):
        self.ring, self.weighting = Ring(source), Weighting(N_FFT, rate)

    def __call__(self) -> float:
        return self.weighting(self.ring.frame())


def yin(frame: np.ndarray, rate: int, low: float = PITCH_RANGE[0],
        high: float = PITCH_RANGE[1]) -> tuple[float, float]:
    """(f0 in Hz, aperiodicity) of `frame` by YIN: the first dip of the cumulative mean normalised difference
    below APERIODIC (or its lowest point), refined by a parabola. Aperiodicity is that dip's depth: near 0
    for a periodic sound, near 1 for noise."""
    x = np.asarray(frame, np.float64)
    longest = min(int(rate / low), len(x) // 2)
    width = len(x) - longest
    n = 1 << int(np.ceil(np.log2(len(x) + width)))
    r = np.fft.irfft(np.conj(np.fft.rfft(x[:width], n)) * np.fft.rfft(x, n), n)[:longest + 1]
    energy = np.concatenate(([0.0], np.cumsum(x ** 2)))
    shifted = energy[width:width + longest + 1] - energy[:longest + 1]        # sum of x[tau:tau+width]^2
    d = np.maximum(energy[width] + shifted - 2 * r, 0.0)
    cumulative = np.cumsum(d[1:])
    cmnd = np.ones_like(d)
    cmnd[1:] = d[1:] * np.arange(1, longest + 1) / np.maximum(cumulative, 1e-30)
    shortest = max(2, int(rate / high))
    below = np.flatnonzero(cmnd[shortest:longest] < APERIODIC)
    tau = shortest + (below[0] if len(below) else int(np.argmin(cmnd[shortest:longest])))
    while tau + 1 < longest and cmnd[tau + 1] < cmnd[tau]:
        tau += 1
    a, b, c = cmnd[tau - 1:tau + 2]
    shift = 0.5 * (a - c) / (a - 2 * b + c) if a - 2 * b + c > 0 else 0.0
    return rate / (tau + shift), float(b)


class Pitch:
    """The fundamental of `source` in Hz (YIN), held while the input is quiet (GATE_DB) or aperiodic."""

    def __init__(self, source: pyo.PyoObject, rate: int, low: float = PITCH_RANGE[0], high: float = PITCH_RANGE[1]):
        self.ring, self.rate, self.low, self.high = Ring(source), rate, low, high
        self.held = 0.0

    def __call__(self) -> float:
        frame = self.ring.frame()
        if 10 * np.log10(max(2 * float(np.mean(frame ** 2)), 1e-30)) > GATE_DB:    # a full-scale sine: 0 dB
            f0, aperiodicity = yin(frame, self.rate, self.low, self.high)
            if aperiodicity < APERIODIC and self.low <= f0 <= self.high:
                self.held = f0
        return self.held


class Notes:
    """A monophonic keyboard for a conditioned model: MIDI notes to a pitch (Hz) and a loudness (dB).

    Last-note priority, as DDSP is monophonic: a note-off returns to the newest note still held, or
    releases. The pitch glides to each note over `glide` seconds and follows the pitch bend (±`bend`
    semitones); the loudness follows the velocity through a linear attack and release of the amplitude,
    down to FLOOR_DB. `receive` is called from the MIDI thread; `pitch` and `loudness` from the audio thread,
    once per model block of `block_seconds` (they advance the glide and the envelope by one block).
    """

    def __init__(self, block_seconds: float, channel: int | None = None, glide: float = 0.05,
                 attack: float = 0.01, release: float = 0.3, bend: float = 2.0):
        self.block, self.channel = block_seconds, channel
        self.glide, self.attack, self.release, self.bend_range = glide, attack, release, bend
        self.held: list[tuple[int, int]] = []        # (note, velocity), oldest first
        self.bend = 0.0                              # semitones
        self.hz, self.amplitude = 0.0, 0.0

    def receive(self, message) -> None:
        """A mido message: note on and off, pitch bend (others, and other channels, are ignored)."""
        if self.channel is not None and getattr(message, "channel", -1) + 1 != self.channel:
            return
        if message.type == "note_on" and message.velocity > 0:
            self.held = [h for h in self.held if h[0] != message.note] + [(message.note, message.velocity)]
        elif message.type in ("note_on", "note_off"):
            self.held = [h for h in self.held if h[0] != message.note]
        elif message.type == "pitchwheel":
            self.bend = self.bend_range * message.pitch / 8192.0

    def pitch(self) -> float:
        held = self.held
        if held:
            target = 440.0 * 2 ** ((held[-1][0] - 69 + self.bend) / 12)
            if self.hz <= 0 or self.glide <= 0:
                self.hz = target
            else:
                self.hz += (target - self.hz) * (1 - float(np.exp(-self.block / self.glide)))
        return self.hz

    def loudness(self) -> float:
        held = self.held
        if held:
            level = held[-1][1] / 127.0
            step = level * self.block / self.attack if self.attack > 0 else level
            self.amplitude = min(level, self.amplitude + step) if self.amplitude < level else level
        else:
            self.amplitude = max(0.0, self.amplitude - (self.block / self.release if self.release > 0 else 1.0))
        return max(FLOOR_DB, 20 * float(np.log10(max(self.amplitude, 1e-12))))


def source(kind: str, signal: pyo.PyoObject, rate: int):
    """The feature `kind` ('pitch' or 'loudness') of `signal`."""
    return {"pitch": Pitch, "loudness": Loudness}[kind](signal, rate)
