"""What a model's control input measures, read from its label, and the values it accepts.

nn~ exports label each input channel ("(signal) pitch", "(signal) loudness
(dB)"). A latent dimension takes values within ±1000; a dimension labelled as
a pitch takes Hz up to the Nyquist frequency, one labelled as loudness takes
dB from -120. DDSP models are conditioned on exactly these two.
"""
from __future__ import annotations

import re

LATENT_LIMIT = 1000.0      # |latent|: far beyond any trained range, short of overflow
LOUDNESS = (-120.0, 20.0)  # dB
PITCH_LOWEST = 0.0         # Hz

# a label that names only the quantity, and perhaps its unit: "(signal) pitch", "f0 (Hz)", "loudness in dB"
# ("pitch: 1 octave per unit, 0 = 220 Hz" describes a latent dimension, not a frequency)
_PITCH = re.compile(r"(pitch|f0|fundamental|fundamental frequency|frequency)( ?\(hz\)| in hz| hz)?", re.IGNORECASE)
_LOUDNESS = re.compile(r"loudness( ?\(db\)| in db| db)?", re.IGNORECASE)
_SIGNAL = re.compile(r"^\s*\(signal\)\s*", re.IGNORECASE)


def kind(label: str) -> str:
    """'pitch', 'loudness' or 'latent', from an input label."""
    name = _SIGNAL.sub("", label).strip()
    if _PITCH.fullmatch(name):
        return "pitch"
    if _LOUDNESS.fullmatch(name):
        return "loudness"
    return "latent"


def bounds(label: str, rate: int) -> tuple[float, float]:
    """The values a dimension with this label accepts, at sample rate `rate`."""
    return {"pitch": (PITCH_LOWEST, rate / 2), "loudness": LOUDNESS}.get(kind(label), (-LATENT_LIMIT, LATENT_LIMIT))


def describe(label: str, rate: int) -> str:
    """The accepted range in words, for a refusal."""
    lo, hi = bounds(label, rate)
    unit = {"pitch": " Hz", "loudness": " dB"}.get(kind(label), "")
    return f"{lo:g}..{hi:g}{unit}"
