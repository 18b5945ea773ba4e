"""The trained models of all outputs, used for prediction.

A ModelSet is never modified: training builds a new one and the stage swaps
it in whole, so the previous models keep predicting until the new ones are
ready and a prediction never mixes two trainings.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .learners import model_from_dict


@dataclass(frozen=True)
class Group:
    """A model serving several outputs from the same selected inputs (0-based indices)."""

    outputs: tuple[int, ...]
    inputs: tuple[int, ...]
    model: object

    def to_dict(self) -> dict:
        return {"outputs": [j + 1 for j in self.outputs], "inputs": [i + 1 for i in self.inputs],
                "model": self.model.to_dict()}

    @classmethod
    def from_dict(cls, d: dict) -> Group:
        return cls(tuple(j - 1 for j in d["outputs"]), tuple(i - 1 for i in d["inputs"]),
                   model_from_dict(d["model"]))


class ModelSet:
    """Maps an input vector to all outputs; untrained outputs give NaN."""

    def __init__(self, n_outputs: int, groups: list[Group] = ()):
        self.n_outputs = n_outputs
        self.groups = list(groups)
        self._index = [(np.array(g.inputs), np.array(g.outputs)) for g in self.groups]
        self.trained = np.zeros(n_outputs, dtype=bool)
        for g in self.groups:
            self.trained[list(g.outputs)] = True

    def predict(self, x: np.ndarray) -> np.ndarray:
        """One input vector (d,) -> outputs (n_outputs,)."""
        return self.predict_many(np.asarray(x, dtype=np.float64)[None, :])[0]

    def predict_many(self, X: np.ndarray) -> np.ndarray:
        """Input rows (m, d) -> output rows (m, n_outputs)."""
        out = np.full((len(X), self.n_outputs), np.nan)
        for g, (ins, outs) in zip(self.groups, self._index):
            out[:, outs] = g.model.predict(X[:, ins])
        return out

    def output(self, j: int) -> Group | None:
        """Output j's own model (as a one-output group), or None if untrained."""
        for g in self.groups:
            if j in g.outputs:
                return Group((j,), g.inputs, g.model.select([g.outputs.index(j)]))
        return None

    def replaced(self, j: int, group: Group | None) -> ModelSet:
        """A copy where output j uses ``group`` (a one-output group for j) or is untrained."""
        groups = []
        for g in self.groups:
            keep = [c for c, o in enumerate(g.outputs) if o != j]
            if len(keep) == len(g.outputs):
                groups.append(g)
            elif keep:
                groups.append(Group(tuple(g.outputs[c] for c in keep), g.inputs, g.model.select(keep)))
        return ModelSet(self.n_outputs, groups + ([group] if group else []))

    def to_dict(self) -> dict:
        return {"outputs": self.n_outputs, "groups": [g.to_dict() for g in self.groups]}

    @classmethod
    def from_dict(cls, d: dict) -> ModelSet:
        return cls(int(d["outputs"]), [Group.from_dict(g) for g in d["groups"]])
