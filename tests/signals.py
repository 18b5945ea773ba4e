"""Measures of rendered sound that several test modules share."""
from __future__ import annotations

import numpy as np


def fundamental(audio: np.ndarray, rate: int) -> float:
    """The strongest frequency in `audio` (Hz), between FFT bins by a parabola through the peak's log."""
    spectrum = np.abs(np.fft.rfft(audio * np.hanning(len(audio)), 1 << 20))
    k = int(np.argmax(spectrum))
    a, b, c = np.log(spectrum[k - 1: k + 2])
    return (k + 0.5 * (a - c) / (a - 2 * b + c)) * rate / (1 << 20)
