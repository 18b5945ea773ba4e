"""Min-max scaling to [-1, 1], as Weka does for Wekinator's models.

Controllers send anything from 0..1 to 0..1023 and latents live in a few
units around 0; every learner works in scaled units so that one set of
defaults (initial weights, step sizes, neighbour distances) suits them all.
"""
from __future__ import annotations

import numpy as np


class Scaler:
    """Per-column affine map sending the training range [lo, hi] to [-1, 1]."""

    def __init__(self, lo, hi):
        self.lo = np.asarray(lo, dtype=np.float64)
        self.hi = np.asarray(hi, dtype=np.float64)
        self.mid = 0.5 * (self.lo + self.hi)
        half = 0.5 * (self.hi - self.lo)
        self.half = np.where(half > 0, half, 1.0)  # a constant column maps to 0

    @classmethod
    def fit(cls, X: np.ndarray) -> Scaler:
        return cls(X.min(axis=0), X.max(axis=0))

    def forward(self, X):
        return (X - self.mid) / self.half

    def inverse(self, U):
        return U * self.half + self.mid

    def select(self, columns: list[int]) -> Scaler:
        return Scaler(self.lo[columns], self.hi[columns])

    def to_dict(self) -> dict:
        return {"lo": self.lo.tolist(), "hi": self.hi.tolist()}

    @classmethod
    def from_dict(cls, d: dict) -> Scaler:
        return cls(d["lo"], d["hi"])
