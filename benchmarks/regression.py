"""Regression stage speed: prediction latency and training time, against scikit-learn in the same run.

Usage:

    pip install scikit-learn            # for the comparison only
    python benchmarks/regression.py     # about two minutes on 2 cores
    python benchmarks/regression.py --quick --no-sgd

The task is the performer's: 6 controller axes -> 16 latent values, a fixed
nonlinear mapping, training sets of 100, 1,000 and 10,000 examples and 2,000
held-out inputs for the error (RMSE; targets have a standard deviation of ~0.47).

Training: "ours inline" is RegressionStage(workers=0).train() (all 16 outputs,
one after the other, in this process); "ours 2 procs" is the default stage
(worker processes, pool already started). scikit-learn is timed on the same
data: MLPRegressor with Wekinator's shape (6 logistic hidden units, L-BFGS,
300 iterations) as one 16-output network and as 16 one-output networks (what
Wekinator and we train), LinearRegression, LinearRegression on [X, X^2] for the
polynomial, KNeighborsRegressor(k=3, distance weights). "wekinator sgd" is our
reimplementation of Wekinator's 500 epochs of per-example backpropagation.

Prediction: one input vector -> 16 outputs, in process, after training on
1,000 examples (kNN also on 10,000): the models alone (ModelSet.predict), the
stage's running path (prediction, limits, smoothing, listeners: what each
/wek/inputs costs before the /wek/outputs send), and scikit-learn's predict.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ravebridge.regression import Algorithm, OutputSpec, RegressionStage  # noqa: E402

ALGORITHMS = {"neural": Algorithm(), "linear": Algorithm("linear"),
              "polynomial": Algorithm("polynomial", degree=2), "knn": Algorithm("knn", k=3)}


def mapping(X):
    A = np.random.default_rng(99).normal(size=(6, 16))
    B = np.random.default_rng(98).normal(size=(6, 16))
    return 0.5 * np.sin(X @ A) + 0.5 * np.tanh(X @ B)


def data(n, seed):
    X = np.random.default_rng(seed).uniform(-1, 1, (n, 6))
    return X, mapping(X)


def rmse(P, Y):
    return float(np.sqrt(np.mean((P - Y) ** 2)))


def stage_for(algorithm, X, Y, workers):
    return fill(RegressionStage(6, [OutputSpec(f"z{j}", -2, 2) for j in range(16)], workers=workers),
                algorithm, X, Y)


def fill(stage, algorithm, X, Y):
    """Give every output ``algorithm`` and make (X, Y) the only examples."""
    stage.delete_all_examples()
    for j in range(16):
        stage.set_output(j, algorithm=algorithm)
    for x, y in zip(X, Y):
        stage.record(x, y)
    return stage


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def sklearn_models():
    try:
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.linear_model import LinearRegression
        from sklearn.neighbors import KNeighborsRegressor
        from sklearn.neural_network import MLPRegressor
    except ImportError:
        return None
    warnings.filterwarnings("ignore", category=ConvergenceWarning)  # 300 iterations on purpose, as ours

    def mlp():
        return MLPRegressor(hidden_layer_sizes=(6,), activation="logistic", solver="lbfgs", max_iter=300, random_state=0)

    class PerOutput:
        """16 one-output networks, as Wekinator (and we) train them."""

        def fit(self, X, Y):
            self.nets = [mlp().fit(X, Y[:, j]) for j in range(Y.shape[1])]
            return self

        def predict(self, X):
            return np.stack([net.predict(X) for net in self.nets], axis=1)

    class Powers:
        def fit(self, X, Y):
            self.lr = LinearRegression().fit(np.hstack([X, X ** 2]), Y)
            return self

        def predict(self, X):
            return self.lr.predict(np.hstack([X, X ** 2]))

    return {"neural": [("MLP 16-out", mlp), ("MLP x16", PerOutput)], "linear": [("Linear", LinearRegression)],
            "polynomial": [("Linear[X,X^2]", Powers)],
            "knn": [("KNN k=3", lambda: KNeighborsRegressor(n_neighbors=3, weights="distance"))]}


def training(sizes, sk, sgd):
    Xt, Yt = data(2000, 1)
    rows = []
    pooled = stage_for(Algorithm("linear"), *data(20, 3), workers=None)
    pooled.train().result()  # start the worker processes once, as a running server has them
    for n in sizes:
        X, Y = data(n, 0)
        for name, algorithm in ALGORITHMS.items():
            inline = stage_for(algorithm, X, Y, workers=0)
            t_inline, _ = timed(lambda: inline.train().result())
            err = rmse(inline.predict(Xt), Yt)
            inline.close()
            fill(pooled, algorithm, X, Y)
            t_pool, _ = timed(lambda: pooled.train().result())
            refs = (sk or {}).get(name, [("", None)])
            for label, make in refs:
                row = [name, n, t_inline, t_pool, err, label, None, None]
                if make is not None:
                    t_sk, model = timed(lambda: make().fit(X, Y))
                    row[6:] = [t_sk, rmse(model.predict(Xt), Yt)]
                rows.append(row)
        if sgd and n <= 1000:
            st = stage_for(Algorithm(optimizer="sgd"), X, Y, workers=0)
            t, _ = timed(lambda: st.train().result())
            rows.append(["wekinator sgd", n, t, None, rmse(st.predict(Xt), Yt), "", None, None])
            st.close()
    pooled.close()
    print("\nTraining 6 -> 16 (time in s, held-out RMSE)\n")
    print(f"{'algorithm':14} {'examples':>8} {'ours inline':>11} {'ours 2 procs':>12} {'RMSE':>7}   "
          f"{'scikit-learn':14} {'time':>7} {'RMSE':>7} {'time ratio sk/ours':>18}")
    for name, n, t_in, t_pool, err, label, t_sk, err_sk in rows:
        pool = f"{t_pool:12.3f}" if t_pool is not None else f"{'':12}"
        sk_cols = f"{label:14} {t_sk:7.3f} {err_sk:7.4f} {t_sk / t_pool:18.1f}" if t_sk else ""
        print(f"{name:14} {n:8d} {t_in:11.3f} {pool} {err:7.4f}   {sk_cols}")


def latency(sk, repeats=3000):
    def stats(fn):
        for _ in range(200):
            fn()
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        return np.median(times) * 1e6, np.percentile(times, 99) * 1e6

    x = np.random.default_rng(5).uniform(-1, 1, 6)
    print("\nPrediction, one input vector -> 16 outputs (microseconds, median / p99)\n")
    print(f"{'algorithm':10} {'examples':>8} {'models':>15} {'stage running':>15}   "
          f"{'scikit-learn':14} {'predict':>15} {'ratio sk/ours':>13}")
    cases = [(name, 1000) for name in ALGORITHMS] + [("knn", 10000)]
    for name, n in cases:
        X, Y = data(n, 0)
        stage = stage_for(ALGORITHMS[name], X, Y, workers=0)
        stage.train().result()
        stage.add_output_listener(lambda values: None)
        stage.start_running()
        models = stage.models
        m = stats(lambda: models.predict(x))
        s = stats(lambda: stage.process(x))
        stage.close()
        sk_cols = ""
        for label, make in (sk or {}).get(name, [])[:1]:
            model = make().fit(X, Y)
            q = stats(lambda: model.predict(x[None, :]))
            sk_cols = f"{label:14} {q[0]:7.1f} / {q[1]:5.1f} {q[0] / m[0]:13.1f}"
        print(f"{name:10} {n:8d} {m[0]:7.1f} / {m[1]:5.1f} {s[0]:7.1f} / {s[1]:5.1f}   {sk_cols}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 examples only")
    parser.add_argument("--no-sgd", action="store_true", help="skip the slow Wekinator SGD reference")
    args = parser.parse_args()
    sk = sklearn_models()
    try:
        from sklearn import __version__ as sk_version
    except ImportError:
        sk_version = "not installed (no comparison)"
    print(f"python {platform.python_version()}, numpy {np.__version__}, scikit-learn {sk_version}, "
          f"{os.cpu_count()} CPUs, {platform.machine()}")
    latency(sk)
    training((100, 1000) if args.quick else (100, 1000, 10000), sk, not args.no_sgd)


if __name__ == "__main__":
    main()
