"""The regression algorithms an output can use, and how to fit them.

Every learner fits a *group*: the outputs that share one input selection, one
algorithm and the same examples, given as inputs X (n, d) and targets Y (n, K).
Fitting them together is what makes training and prediction cheap (one matrix
product serves all K outputs) while each output keeps its own model.
Models are plain numpy: picklable for the training processes and convertible
to JSON (``to_dict``) for portable project files.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields

import numpy as np

from .neural import NeuralModel, ShouldStop, fit_neural
from .scaling import Scaler

#: algorithm name -> the Algorithm fields it uses (the rest are not saved)
PARAMETERS = {
    "neural": ("hidden", "optimizer", "max_iter", "l2", "seed"),
    "linear": (),
    "polynomial": ("degree",),
    "knn": ("k",),
}


@dataclass(frozen=True)
class Algorithm:
    """Which learner an output uses, with its parameters (hashable: groups outputs)."""

    name: str = "neural"
    hidden: int | None = None   # neural: hidden units; None = as many as selected inputs
    optimizer: str = "lbfgs"    # neural: "lbfgs" (fast) or "sgd" (Wekinator's 500 epochs)
    max_iter: int = 300         # neural, lbfgs: iteration cap
    l2: float = 1e-6            # neural, lbfgs: weight decay in scaled units
    seed: int = 0               # neural: initial weights
    degree: int = 2             # polynomial: highest power of each input
    k: int = 3                  # knn: neighbours

    def __post_init__(self):
        problems = []
        if self.name not in PARAMETERS:
            problems.append(f"unknown algorithm {self.name!r} (use {', '.join(PARAMETERS)})")
        if self.hidden is not None and self.hidden < 1:
            problems.append("hidden must be at least 1")
        if self.optimizer not in ("lbfgs", "sgd"):
            problems.append("optimizer must be lbfgs or sgd")
        if self.max_iter < 1 or self.degree < 1 or self.k < 1 or self.l2 < 0:
            problems.append("max_iter, degree and k must be at least 1, l2 not negative")
        if problems:
            raise ValueError("; ".join(problems))

    def to_dict(self) -> dict:
        d = asdict(self)
        return {"name": self.name, **{key: d[key] for key in PARAMETERS[self.name]}}

    @classmethod
    def from_dict(cls, d: dict) -> Algorithm:
        known = {f.name for f in fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise ValueError(f"unknown algorithm parameter(s): {', '.join(sorted(unknown))}")
        return cls(**d)


class PolynomialModel:
    """Least squares on powers 1..degree of each scaled input (no cross terms) plus 1.

    Degree 1 is plain linear regression.
    """

    kind = "polynomial"

    def __init__(self, x_scale: Scaler, degree: int, coef):
        self.x_scale, self.degree = x_scale, degree
        self.coef = np.asarray(coef, dtype=np.float64)  # (d * degree + 1, K)

    @classmethod
    def fit(cls, X, Y, degree: int) -> PolynomialModel:
        x_scale = Scaler.fit(X)
        F = _powers(x_scale.forward(X), degree)
        coef, *_ = np.linalg.lstsq(F, Y, rcond=None)
        return cls(x_scale, degree, coef)

    def predict(self, X):
        return _powers(self.x_scale.forward(X), self.degree) @ self.coef

    def select(self, columns):
        return PolynomialModel(self.x_scale, self.degree, self.coef[:, columns])

    def to_dict(self) -> dict:
        return {"kind": self.kind, "degree": self.degree, "x_scale": self.x_scale.to_dict(),
                "coef": self.coef.tolist()}

    @classmethod
    def from_dict(cls, d):
        return cls(Scaler.from_dict(d["x_scale"]), d["degree"], d["coef"])


def _powers(U, degree: int):
    return np.hstack([U ** p for p in range(1, degree + 1)] + [np.ones((len(U), 1))])


class KNNModel:
    """Distance-weighted k nearest neighbours in scaled input space.

    The prediction is the average of the k nearest targets weighted by 1/distance;
    an input that coincides with examples gets their plain average.
    """

    kind = "knn"
    _chunk = 1 << 22  # distances computed at once, bounds memory for batch queries

    def __init__(self, x_scale: Scaler, X, Y, k: int):
        self.x_scale, self.k = x_scale, k
        self.X = np.asarray(X, dtype=np.float64)
        self.Y = np.asarray(Y, dtype=np.float64).reshape(len(self.X), -1)
        self.U = x_scale.forward(self.X)
        self.usq = np.einsum("nd,nd->n", self.U, self.U)

    @classmethod
    def fit(cls, X, Y, k: int) -> KNNModel:
        return cls(Scaler.fit(X), X, Y, k)

    def predict(self, X):
        Q = self.x_scale.forward(np.atleast_2d(X))
        rows = max(1, self._chunk // len(self.U))
        return np.vstack([self._predict(Q[i:i + rows]) for i in range(0, len(Q), rows)])

    def _predict(self, Q):
        d2 = self.usq - 2.0 * (Q @ self.U.T) + np.einsum("md,md->m", Q, Q)[:, None]
        k = min(self.k, len(self.U))
        near = np.argpartition(d2, k - 1, axis=1)[:, :k]
        dist = np.sqrt(np.maximum(np.take_along_axis(d2, near, axis=1), 0.0))
        exact = dist <= 1e-9
        w = np.where(exact.any(axis=1, keepdims=True), exact, 1.0 / np.maximum(dist, 1e-9))
        w /= w.sum(axis=1, keepdims=True)
        return np.einsum("mk,mkj->mj", w, self.Y[near])

    def select(self, columns):
        return KNNModel(self.x_scale, self.X, self.Y[:, columns], self.k)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "k": self.k, "x_scale": self.x_scale.to_dict(),
                "X": self.X.tolist(), "Y": self.Y.tolist()}

    @classmethod
    def from_dict(cls, d):
        return cls(Scaler.from_dict(d["x_scale"]), d["X"], d["Y"], d["k"])


MODEL_KINDS = {m.kind: m for m in (NeuralModel, PolynomialModel, KNNModel)}


def model_from_dict(d: dict):
    """Rebuild a model saved with ``to_dict``."""
    try:
        return MODEL_KINDS[d["kind"]].from_dict(d)
    except KeyError as e:
        raise ValueError(f"not a model description (missing {e})") from None


def fit(algorithm: Algorithm, X: np.ndarray, Y: np.ndarray, should_stop: ShouldStop = lambda: False):
    """Fit one model per column of Y (n, K) on inputs X (n, d)."""
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64).reshape(len(X), -1)
    if algorithm.name == "neural":
        return fit_neural(X, Y, algorithm.hidden or X.shape[1], algorithm.optimizer,
                          algorithm.max_iter, algorithm.l2, algorithm.seed, should_stop)
    if algorithm.name == "knn":
        return KNNModel.fit(X, Y, algorithm.k)
    return PolynomialModel.fit(X, Y, algorithm.degree if algorithm.name == "polynomial" else 1)
