"""Learning tests with known functions: each learner must fit what it claims to fit."""
from __future__ import annotations

import json

import numpy as np
import pytest

from ravebridge.regression.learners import Algorithm, fit, model_from_dict
from ravebridge.regression.modelset import Group, ModelSet


def mapping(X):
    """A fixed nonlinear 6 -> 16 mapping (sines and tanhs of random projections)."""
    A = np.random.default_rng(99).normal(size=(6, 16))
    B = np.random.default_rng(98).normal(size=(6, 16))
    return 0.5 * np.sin(X @ A) + 0.5 * np.tanh(X @ B)


def rmse(a, b):
    return float(np.sqrt(np.mean((a - b) ** 2)))


@pytest.fixture(scope="module")
def nonlinear():
    rng = np.random.default_rng(0)
    X, Xt = rng.uniform(-1, 1, (1000, 6)), rng.uniform(-1, 1, (2000, 6))
    return X, mapping(X), Xt, mapping(Xt)


def test_linear_regression_recovers_a_linear_map():
    """Linear regression fits exactly linear data (to 1e-9), whatever the input ranges."""
    rng = np.random.default_rng(1)
    X = rng.uniform([0, -5, 100, 0, 0, -1], [1, 5, 1000, 0.01, 1, 1], (200, 6))
    A, b = rng.normal(size=(6, 3)), rng.normal(size=3)
    model = fit(Algorithm("linear"), X, X @ A + b)
    Xt = rng.uniform([0, -5, 100, 0, 0, -1], [1, 5, 1000, 0.01, 1, 1], (50, 6))
    assert np.allclose(model.predict(Xt), Xt @ A + b, atol=1e-9)


def test_polynomial_regression_fits_powers_without_cross_terms():
    """Polynomial degree 3 fits any sum of per-input cubics exactly, degree 1 cannot."""
    rng = np.random.default_rng(2)
    X = rng.uniform(-2, 2, (300, 3))
    y = (X[:, 0] ** 3 - 2 * X[:, 1] ** 2 + X[:, 2] + 1)[:, None]
    cubic = fit(Algorithm("polynomial", degree=3), X, y)
    assert rmse(cubic.predict(X), y) < 1e-9
    assert rmse(fit(Algorithm("linear"), X, y).predict(X), y) > 0.5


def test_neural_network_learns_a_nonlinear_6_to_16_mapping(nonlinear):
    """Wekinator's network (6 sigmoid hidden units per output) trained by L-BFGS:
    held-out RMSE below 0.03 on targets of standard deviation ~0.47."""
    X, Y, Xt, Yt = nonlinear
    model = fit(Algorithm(), X, Y)
    assert rmse(model.predict(Xt), Yt) < 0.03


def test_knn_learns_the_nonlinear_mapping_to_a_stated_error(nonlinear):
    """Distance-weighted kNN (k=5) on 1000 examples in 6-D: held-out RMSE below
    a third of the targets' standard deviation (it interpolates, it cannot extrapolate)."""
    X, Y, Xt, Yt = nonlinear
    model = fit(Algorithm("knn", k=5), X, Y)
    assert rmse(model.predict(Xt), Yt) < Yt.std() / 3


def test_knn_reproduces_a_gesture_closely():
    """On examples along a performed gesture (a curve in 6-D), kNN reproduces the
    mapping between recorded points to within 0.02."""
    t = np.linspace(0, 1, 400)
    curve = lambda s: np.stack([np.sin(3 * s), np.cos(2 * s), s, s ** 2, np.sin(5 * s), 1 - s], axis=1)
    model = fit(Algorithm("knn", k=2), curve(t), mapping(curve(t)))
    between = (t[:-1] + t[1:]) / 2
    assert rmse(model.predict(curve(between)), mapping(curve(between))) < 0.02


def test_knn_is_distance_weighted_and_exact_on_examples():
    """An example's own input gives its target; a query at 1/4 of the way between
    two examples gives the 1/distance weighted average (3/4 of the nearer)."""
    model = fit(Algorithm("knn", k=2), np.array([[0.0], [1.0]]), np.array([[0.0], [4.0]]))
    assert model.predict(np.array([[1.0]]))[0, 0] == 4.0
    assert model.predict(np.array([[0.25]]))[0, 0] == pytest.approx(1.0)


def test_fast_optimiser_fits_at_least_as_well_as_wekinators_sgd():
    """L-BFGS (default) reaches a training and held-out error no worse than
    Wekinator's 500 epochs of per-example gradient descent on the same network."""
    rng = np.random.default_rng(3)
    X, Xt = rng.uniform(-1, 1, (80, 6)), rng.uniform(-1, 1, (500, 6))
    Y, Yt = mapping(X)[:, :4], mapping(Xt)[:, :4]
    fast, sgd = fit(Algorithm(), X, Y), fit(Algorithm(optimizer="sgd"), X, Y)
    assert rmse(fast.predict(X), Y) <= rmse(sgd.predict(X), Y)
    assert rmse(fast.predict(Xt), Yt) <= rmse(sgd.predict(Xt), Yt)


@pytest.mark.parametrize("algorithm", [Algorithm(), Algorithm("linear"), Algorithm("polynomial", degree=4),
                                       Algorithm("knn", k=4)], ids=lambda a: a.name)
def test_models_survive_json_exactly(algorithm, nonlinear):
    """A model written to JSON and read back predicts bit for bit the same (portable files)."""
    X, Y, Xt, _ = nonlinear
    model = fit(algorithm, X[:200], Y[:200, :5])
    again = model_from_dict(json.loads(json.dumps(model.to_dict())))
    assert np.array_equal(again.predict(Xt), model.predict(Xt))


def test_modelset_routes_selected_inputs_and_outputs(nonlinear):
    """A ModelSet feeds each group only its selected inputs and fills only its
    outputs; untrained outputs are NaN; one output can be split off and replaced."""
    X, Y, Xt, _ = nonlinear
    g0 = Group((2, 0), (1, 3), fit(Algorithm("linear"), X[:, [1, 3]], Y[:, [2, 0]]))
    models = ModelSet(4, [g0])
    out = models.predict_many(Xt)
    assert np.isnan(out[:, [1, 3]]).all()
    assert np.allclose(out[:, [2, 0]], g0.model.predict(Xt[:, [1, 3]]))
    alone = models.output(0)
    assert alone.outputs == (0,) and np.allclose(alone.model.predict(Xt[:, [1, 3]])[:, 0], out[:, 0])
    swapped = models.replaced(2, None)
    assert list(swapped.trained) == [True, False, False, False]
    assert np.allclose(swapped.predict_many(Xt)[:, 0], out[:, 0])


def test_invalid_algorithm_settings_are_refused():
    """Unknown algorithms or nonsensical parameters are rejected with a message."""
    with pytest.raises(ValueError, match="unknown algorithm"):
        Algorithm("svm")
    with pytest.raises(ValueError):
        Algorithm("knn", k=0)
    with pytest.raises(ValueError, match="unknown algorithm parameter"):
        Algorithm.from_dict({"name": "knn", "kk": 3})
