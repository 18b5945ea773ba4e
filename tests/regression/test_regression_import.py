"""Importing Wekinator projects: a tolerant ARFF reader and the project's configuration."""
from __future__ import annotations

import math

import numpy as np
import pytest

from ravebridge.regression import RegressionStage
from ravebridge.regression.arff import ArffError, parse_arff


def test_arff_reader_is_tolerant(wekinator_project):
    """Numeric, nominal, date and missing values, comments and a damaged line:
    numbers come out as floats, dates as NaN, '?' as NaN, the damaged line is counted."""
    data = parse_arff((wekinator_project / "current" / "currentData.arff").read_text())
    assert [a.name for a in data.attributes][:3] == ["ID", "Time", "Training round"]
    assert data.rows.shape == (5, 8) and data.skipped == 1
    assert math.isnan(data.rows[0, 1]) and math.isnan(data.rows[1, 6])
    assert data.rows[1, 7] == 2.0


def test_arff_sparse_rows_weights_labels_and_keyword_case():
    """Sparse rows (omitted values are 0), trailing instance weights, quoted names
    with spaces, non-numeric nominal labels (their index) and any keyword case."""
    data = parse_arff("""@RELATION "my data"
@ATTRIBUTE "left hand" REAL
@attribute mood {calm, 'very wild'}
@attribute note string
@DATA
{0 2.5, 1 'very wild'}
1.5,calm,"do re",{3}
""")
    assert data.relation == "my data" and data.attributes[0].name == "left hand"
    assert data.rows[0, :2].tolist() == [2.5, 1.0] and data.rows[0, 2] == 0.0
    assert data.rows[1, :2].tolist() == [1.5, 0.0] and math.isnan(data.rows[1, 2])
    with pytest.raises(ArffError):
        parse_arff("@relation x\n@attribute a numeric\n")


def test_wekinator_project_examples_are_imported(wekinator_project):
    """Input names, output settings (integer/hard; classifier -> integer 1..classes,
    kNN k=1) and the usable examples (rows with every input and some target)."""
    with RegressionStage(workers=0) as stage:
        stage.load(wekinator_project)
        assert stage.input_names == ["tether-x", "tether-y", "tether-z"]
        cutoff, pad = stage.outputs
        assert (cutoff.min, cutoff.max, cutoff.integer, cutoff.hard) == (0, 100, True, True)
        assert (pad.min, pad.max, pad.integer, pad.hard, pad.algorithm.name, pad.algorithm.k) == \
            (1, 3, True, True, "knn", 1)
        X, Y = stage.examples
        assert X.tolist() == [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]]
        assert np.array_equal(Y, [[10, 1], [np.nan, 2], [90, np.nan]], equal_nan=True)
        assert stage.train().result(timeout=120) is True
