"""Wekinator's neural network, trained fast.

Wekinator (Weka's MultilayerPerceptron) uses one hidden layer of sigmoid units,
as many as inputs, a linear output unit, inputs and target scaled to [-1, 1],
and 500 epochs of per-example gradient descent (learning rate 0.3, momentum
0.2). We keep the network and replace the optimiser with full-batch L-BFGS,
which reaches a lower error in a fraction of the time (see
benchmarks/regression.py); ``optimizer="sgd"`` reproduces Wekinator's
training for comparison or for users who want its exact character.

One output is one network, as in Wekinator. The outputs of a group (same
inputs, same examples) are trained side by side: their K networks are stored
"wide" (all hidden units in one matrix) so that one BLAS call serves them all,
and L-BFGS runs per network with vectorised bookkeeping.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .scaling import Scaler

ShouldStop = Callable[[], bool]


class Cancelled(Exception):
    """Raised inside an optimiser when the caller asked to stop."""


class NeuralModel:
    """K independent networks ``d -> H sigmoid -> 1 linear`` on shared inputs.

    ``W`` is (d + 1, K * H): column block k holds network k's input weights,
    the last row its hidden biases. ``w2`` (K, H) and ``b2`` (K,) are the
    output weights and biases. Inputs and targets are scaled to [-1, 1].
    """

    kind = "neural"

    def __init__(self, x_scale: Scaler, y_scale: Scaler, W, w2, b2):
        self.x_scale, self.y_scale = x_scale, y_scale
        self.W = np.asarray(W, dtype=np.float64)
        self.w2 = np.asarray(w2, dtype=np.float64)
        self.b2 = np.asarray(b2, dtype=np.float64)
        self.K, self.H = self.w2.shape

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Rows of inputs (m, d) -> outputs (m, K)."""
        U = self.x_scale.forward(X)
        A = _sigmoid(U @ self.W[:-1] + self.W[-1])
        out = np.einsum("mkh,kh->mk", A.reshape(len(U), self.K, self.H), self.w2) + self.b2
        return self.y_scale.inverse(out)

    def select(self, columns: list[int]) -> NeuralModel:
        """The networks of the given outputs only."""
        blocks = np.concatenate([np.arange(k * self.H, (k + 1) * self.H) for k in columns])
        return NeuralModel(self.x_scale, self.y_scale.select(columns),
                           self.W[:, blocks], self.w2[columns], self.b2[columns])

    def to_dict(self) -> dict:
        return {"kind": self.kind, "hidden": self.H, "x_scale": self.x_scale.to_dict(),
                "y_scale": self.y_scale.to_dict(), "W": self.W.tolist(),
                "w2": self.w2.tolist(), "b2": self.b2.tolist()}

    @classmethod
    def from_dict(cls, d: dict) -> NeuralModel:
        return cls(Scaler.from_dict(d["x_scale"]), Scaler.from_dict(d["y_scale"]),
                   d["W"], d["w2"], d["b2"])


def fit_neural(X, Y, hidden: int, optimizer: str, max_iter: int, l2: float, seed: int,
               should_stop: ShouldStop) -> NeuralModel:
    """Train one network per column of Y on inputs X."""
    x_scale, y_scale = Scaler.fit(X), Scaler.fit(Y)
    U, T = x_scale.forward(X), y_scale.forward(Y)
    Ub = np.hstack([U, np.ones((len(U), 1))])
    net = _Wide(U.shape[1], hidden)
    rng = np.random.default_rng(seed)
    if optimizer == "sgd":
        P = _wekinator_sgd(net, Ub, T, rng, should_stop)
    else:
        P0 = rng.uniform(-0.5, 0.5, (T.shape[1], net.p))
        P = _lbfgs(lambda P, cols: net.loss_grad(P, Ub, T[:, cols], l2), P0, max_iter, should_stop)
    return NeuralModel(x_scale, y_scale, *net.split(P))


def _sigmoid(Z: np.ndarray) -> np.ndarray:
    """Logistic function, in place: Z is always a fresh product.

    0.5 + 0.5 tanh(z / 2) equals 1 / (1 + exp(-z)) without overflow warnings;
    working in place avoids temporaries, whose allocation dominated training.
    """
    Z *= 0.5
    np.tanh(Z, out=Z)
    Z *= 0.5
    Z += 0.5
    return Z


class _Wide:
    """Flat parameter vectors (one row per network) <-> wide matrices, and the loss."""

    def __init__(self, d: int, H: int):
        self.d, self.H = d, H
        self.nw = (d + 1) * H          # input weights and hidden biases
        self.p = self.nw + H + 1       # + output weights and bias

    def split(self, P):
        K = len(P)
        W = P[:, :self.nw].reshape(K, self.d + 1, self.H).transpose(1, 0, 2).reshape(self.d + 1, K * self.H)
        return W, P[:, self.nw:self.nw + self.H], P[:, -1]

    def loss_grad(self, P, Ub, T, l2):
        """Per network: 0.5 mean squared error + 0.5 l2 |weights|^2, and its gradient."""
        n, K, H = len(Ub), len(P), self.H
        W, w2, b2 = self.split(P)
        A = _sigmoid(Ub @ W)
        A3 = A.reshape(n, K, H)
        E = np.einsum("nkh,kh->nk", A3, w2) + b2 - T
        decay = P[:, :-1]
        f = 0.5 * np.einsum("nk,nk->k", E, E) / n + 0.5 * l2 * np.einsum("kp,kp->k", decay, decay)
        E /= n
        G = np.empty_like(P)
        G[:, self.nw:self.nw + H] = np.einsum("nk,nkh->kh", E, A3)
        G[:, -1] = E.sum(axis=0)
        dZ = np.subtract(1.0, A3)
        dZ *= A3
        dZ *= E[:, :, None]
        dZ *= w2
        gW = Ub.T @ dZ.reshape(n, K * H)
        G[:, :self.nw] = gW.reshape(self.d + 1, K, H).transpose(1, 0, 2).reshape(K, self.nw)
        G[:, :-1] += l2 * decay
        return f, G


def _dot(a, b):
    return np.einsum("kp,kp->k", a, b)


def _lbfgs(fg, P, max_iter: int, should_stop: ShouldStop, memory: int = 10,
           ftol: float = 1e-10, gtol: float = 1e-7):
    """Minimise K independent problems at once; ``fg(P_rows, cols) -> (f, G)``.

    Each row has its own history, step and convergence test; a backtracking
    (Armijo) line search re-evaluates only the rows whose step was rejected.
    """
    K, p = P.shape
    every = np.arange(K)
    f, g = fg(P, every)
    S, Yh = np.zeros((memory, K, p)), np.zeros((memory, K, p))
    rho = np.zeros((memory, K))
    active = np.ones(K, dtype=bool)
    for it in range(max_iter):
        if should_stop():
            raise Cancelled()
        stored = range(min(it, memory))
        order = [(it - 1 - j) % memory for j in stored]
        q = g.copy()
        alpha = np.zeros((memory, K))
        for j in order:
            alpha[j] = rho[j] * _dot(S[j], q)
            q -= alpha[j][:, None] * Yh[j]
        if it:
            j = order[0]
            q *= (_dot(S[j], Yh[j]) / np.maximum(_dot(Yh[j], Yh[j]), 1e-300))[:, None]
        else:
            q /= np.maximum(np.linalg.norm(g, axis=1), 1e-12)[:, None]
        for j in reversed(order):
            q += (alpha[j] - rho[j] * _dot(Yh[j], q))[:, None] * S[j]
        D = -q
        slope = _dot(g, D)
        uphill = slope >= 0            # lost curvature information: restart along -g
        D[uphill] = -g[uphill]
        slope[uphill] = -_dot(g[uphill], g[uphill])
        D[~active] = 0.0
        P_new, f_new, g_new = P.copy(), f.copy(), g.copy()
        t = np.ones(K)
        todo = np.flatnonzero(active)
        for _ in range(40):
            if not len(todo):
                break
            trial = P[todo] + t[todo, None] * D[todo]
            ft, gt = fg(trial, todo)
            ok = ft <= f[todo] + 1e-4 * t[todo] * slope[todo]
            done = todo[ok]
            P_new[done], f_new[done], g_new[done] = trial[ok], ft[ok], gt[ok]
            todo = todo[~ok]
            t[todo] *= 0.5
        active[todo] = False           # no decrease found: converged as far as doubles allow
        s, y = P_new - P, g_new - g
        sy = _dot(s, y)
        slot = it % memory
        curved = sy > 1e-12
        S[slot] = np.where(curved[:, None], s, 0.0)
        Yh[slot] = np.where(curved[:, None], y, 0.0)
        rho[slot] = np.where(curved, 1.0 / np.where(curved, sy, 1.0), 0.0)
        small_step = np.abs(f - f_new) <= ftol * np.maximum(np.maximum(np.abs(f), np.abs(f_new)), 1.0)
        flat = np.abs(g_new).max(axis=1) <= gtol
        active &= ~(small_step | flat)
        P, f, g = P_new, f_new, g_new
        if not active.any():
            break
    return P


def _wekinator_sgd(net: _Wide, Ub, T, rng, should_stop: ShouldStop,
                   epochs: int = 500, rate: float = 0.3, momentum: float = 0.2):
    """Weka's per-example backpropagation with momentum, as Wekinator runs it."""
    n, K = T.shape
    H = net.H
    W = rng.uniform(-0.05, 0.05, (net.d + 1, K * H))
    w2 = rng.uniform(-0.05, 0.05, (K, H))
    b2 = rng.uniform(-0.05, 0.05, K)
    dW, dw2, db2 = np.zeros_like(W), np.zeros_like(w2), np.zeros_like(b2)
    order = rng.permutation(n)
    for _ in range(epochs):
        if should_stop():
            raise Cancelled()
        for i in order:
            x = Ub[i]
            a = _sigmoid(x @ W).reshape(K, H)
            delta = T[i] - (np.einsum("kh,kh->k", a, w2) + b2)
            hidden = (a * (1.0 - a) * w2 * delta[:, None]).reshape(K * H)
            dw2 = rate * delta[:, None] * a + momentum * dw2
            db2 = rate * delta + momentum * db2
            dW = rate * np.outer(x, hidden) + momentum * dW
            w2 += dw2
            b2 += db2
            W += dW
    P = np.empty((K, net.p))
    P[:, :net.nw] = W.reshape(net.d + 1, K, H).transpose(1, 0, 2).reshape(K, net.nw)
    P[:, net.nw:net.nw + H] = w2
    P[:, -1] = b2
    return P
