"""The recorded examples: input rows paired with target rows.

A target is NaN where the output was not recorded (its recording disabled, or
its examples deleted), as Wekinator marks missing values. Every change is an
*operation* (add, clear, clear_output) so that the same code applies it live
and replays it from the project journal after a crash.
"""
from __future__ import annotations

import numpy as np

ADD, CLEAR, CLEAR_OUTPUT = "add", "clear", "clear_output"


class ExampleTable:
    """Growable arrays of inputs (n, d) and targets (n, k)."""

    def __init__(self, n_inputs: int, n_outputs: int):
        self.n_inputs, self.n_outputs = n_inputs, n_outputs
        self._X = np.empty((64, n_inputs))
        self._Y = np.empty((64, n_outputs))
        self._n = 0

    def __len__(self) -> int:
        return self._n

    @property
    def inputs(self) -> np.ndarray:
        return self._X[:self._n]

    @property
    def targets(self) -> np.ndarray:
        return self._Y[:self._n]

    def counts(self) -> np.ndarray:
        """Examples per output."""
        return np.count_nonzero(~np.isnan(self.targets), axis=0)

    def apply(self, op: tuple) -> None:
        """Apply ("add", x, y), ("clear",) or ("clear_output", j)."""
        kind = op[0]
        if kind == ADD:
            self._add(op[1], op[2])
        elif kind == CLEAR:
            self._n = 0
        elif kind == CLEAR_OUTPUT:
            self.targets[:, op[1]] = np.nan
            keep = ~np.isnan(self.targets).all(axis=1)
            n = int(keep.sum())
            self._X[:n], self._Y[:n] = self.inputs[keep], self.targets[keep]
            self._n = n
        else:
            raise ValueError(f"unknown example operation {kind!r}")

    def extend(self, X: np.ndarray, Y: np.ndarray) -> None:
        for x, y in zip(X, Y):
            self._add(x, y)

    def _add(self, x, y) -> None:
        if self._n == len(self._X):
            self._X = np.concatenate([self._X, np.empty_like(self._X)])
            self._Y = np.concatenate([self._Y, np.empty_like(self._Y)])
        self._X[self._n], self._Y[self._n] = x, y
        self._n += 1
