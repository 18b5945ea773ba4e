"""What an output is (range, type, algorithm, inputs, smoothing) and how its values are shaped.

Wekinator semantics: an output has a min and a max, is real or integer, and
has soft limits (nothing enforced) or hard limits (predictions clamped to the
range and out-of-range training targets refused). The default is [0, 1], real,
soft. We add per-output smoothing: a one-pole low-pass with a time constant in
seconds, off by default like Wekinator, so that a jumpy controller does not
zipper a latent.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from .learners import Algorithm


@dataclass(frozen=True)
class OutputSpec:
    """One output's settings. ``inputs`` holds 0-based input indices (None: all inputs)."""

    name: str
    min: float = 0.0
    max: float = 1.0
    integer: bool = False
    hard: bool = False
    algorithm: Algorithm = field(default_factory=Algorithm)
    inputs: tuple[int, ...] | None = None
    smoothing: float = 0.0
    record: bool = True
    run: bool = True

    def __post_init__(self):
        if not (math.isfinite(self.min) and math.isfinite(self.max) and self.min <= self.max):
            raise ValueError(f"output {self.name!r}: need finite min <= max, got {self.min}, {self.max}")
        if not self.smoothing >= 0:
            raise ValueError(f"output {self.name!r}: smoothing must be >= 0 seconds")
        if self.inputs is not None and not self.inputs:
            raise ValueError(f"output {self.name!r}: select at least one input")

    def selected(self, n_inputs: int) -> tuple[int, ...]:
        return tuple(range(n_inputs)) if self.inputs is None else self.inputs

    def with_(self, **changes) -> OutputSpec:
        return replace(self, **changes)

    def to_dict(self) -> dict:
        """JSON form; input numbers are 1-based as in Wekinator's OSC messages."""
        return {"name": self.name, "min": self.min, "max": self.max,
                "type": "integer" if self.integer else "real",
                "limits": "hard" if self.hard else "soft",
                "algorithm": self.algorithm.to_dict(),
                "inputs": None if self.inputs is None else [i + 1 for i in self.inputs],
                "smoothing": self.smoothing, "record": self.record, "run": self.run}

    @classmethod
    def from_dict(cls, d: dict) -> OutputSpec:
        if d.get("type", "real") not in ("real", "integer") or d.get("limits", "soft") not in ("soft", "hard"):
            raise ValueError(f"output {d.get('name')!r}: type is real|integer, limits soft|hard")
        inputs = d.get("inputs")
        return cls(name=str(d["name"]), min=float(d.get("min", 0.0)), max=float(d.get("max", 1.0)),
                   integer=d.get("type") == "integer", hard=d.get("limits") == "hard",
                   algorithm=Algorithm.from_dict(d.get("algorithm", {})),
                   inputs=None if inputs is None else tuple(int(i) - 1 for i in inputs),
                   smoothing=float(d.get("smoothing", 0.0)),
                   record=bool(d.get("record", True)), run=bool(d.get("run", True)))


def default_outputs(n: int) -> list[OutputSpec]:
    """Wekinator's defaults for n outputs: outputs-1.., [0, 1], real, soft, neural network."""
    return [OutputSpec(f"outputs-{i + 1}") for i in range(n)]


class OutputShaper:
    """Vectorised limits and smoothing for all outputs (rebuilt when the specs change)."""

    def __init__(self, specs: list[OutputSpec]):
        self.names = [s.name for s in specs]
        self.lo = np.array([s.min for s in specs])
        self.hi = np.array([s.max for s in specs])
        self.hard = np.array([s.hard for s in specs], dtype=bool)
        self.integer = np.array([s.integer for s in specs], dtype=bool)
        self.tau = np.array([s.smoothing for s in specs])
        self._state: np.ndarray | None = None
        self._last: float | None = None

    def target_error(self, values: np.ndarray) -> str | None:
        """Why these targets are refused (a hard-limited output out of range), or None."""
        bad = self.hard & ((values < self.lo) | (values > self.hi))
        if not bad.any():
            return None
        j = int(np.flatnonzero(bad)[0])
        return (f"output {j + 1} ({self.names[j]}) has hard limits "
                f"[{self.lo[j]:g}, {self.hi[j]:g}]; target {values[j]:g} refused")

    def limit(self, values: np.ndarray) -> np.ndarray:
        """Clamp hard outputs and round integer outputs (no smoothing)."""
        return self._round(self._clamp(values))

    def __call__(self, values: np.ndarray, now: float) -> np.ndarray:
        """Clamp hard outputs, smooth (one pole per output), round integer outputs."""
        v = self._clamp(values)
        if self._state is None or self._last is None:
            self._state = v.copy()
        else:
            dt = max(now - self._last, 0.0)
            keep = np.where(self.tau > 0, np.exp(-dt / np.maximum(self.tau, 1e-300)), 0.0)
            self._state = keep * self._state + (1.0 - keep) * v
        self._last = now
        return self._round(self._state)

    def _clamp(self, values):
        return np.where(self.hard, np.clip(values, self.lo, self.hi), values)

    def _round(self, values):
        return np.where(self.integer, np.round(values), values)

    def reset(self):
        """Forget the smoothing state: the next value is taken as is."""
        self._state = self._last = None
