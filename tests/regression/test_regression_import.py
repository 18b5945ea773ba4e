"""Importing Wekinator projects: a tolerant ARFF reader and the project's configuration."""
from __future__ import annotations

import math

import numpy as np
import pytest
from click.testing import CliRunner

from ravebridge.regression import RegressionStage
from ravebridge.regression.arff import ArffError, parse_arff
from ravebridge.regression.cli import regression

ARFF = """% written by Wekinator
@relation dataset

@attribute ID numeric
@attribute Time date 'yyyy/MM/dd HH:mm:ss:SSS'
@attribute 'Training round' numeric
@attribute tether-x numeric
@attribute tether-y numeric
@attribute tether-z numeric
@attribute cutoff numeric
@attribute pad {0,1,2,3}

@data
1,'2024/01/01 10:00:00:000',1,0.1,0.2,0.3,10,1
2,'2024/01/01 10:00:00:010',1,0.4,0.5,0.6,?,2
% a comment between rows
3,'2024/01/01 10:00:00:020',1,0.7,0.8,0.9,90,?
4,'2024/01/01 10:00:00:030',1,?,0.8,0.9,90,3
5,'2024/01/01 10:00:00:040',2,1,1,1,?,?
this line is damaged
"""

INPUTS = """<?xml version="1.0"?>
<OSCInputGroup>
  <oscMessage>/wek/inputs</oscMessage>
  <numInputs>3</numInputs>
  <groupName>Inputs</groupName>
  <inputNames><string>tether-x</string><string>tether-y</string><string>tether-z</string></inputNames>
</OSCInputGroup>
"""

OUTPUTS = """<?xml version="1.0"?>
<OSCOutputGroup>
  <oscMessage>/wek/outputs</oscMessage>
  <hostName>localhost</hostName>
  <outputPort>12000</outputPort>
  <outputs class="linked-list">
    <wekimini.osc.OSCNumericOutput>
      <name>cutoff</name><min>0.0</min><max>100.0</max>
      <outputType>INTEGER</outputType><limitType>HARD</limitType>
    </wekimini.osc.OSCNumericOutput>
    <wekimini.osc.OSCClassificationOutput>
      <name>pad</name><numClasses>3</numClasses>
    </wekimini.osc.OSCClassificationOutput>
  </outputs>
</OSCOutputGroup>
"""


@pytest.fixture
def wekinator_project(tmp_path):
    folder = tmp_path / "Tether"
    (folder / "current" / "models").mkdir(parents=True)
    (folder / "Tether.wekproj").write_text("<WekinatorFileData><projectName>Tether</projectName></WekinatorFileData>")
    (folder / "inputConfig.xml").write_text(INPUTS)
    (folder / "outputConfig.xml").write_text(OUTPUTS)
    (folder / "current" / "currentData.arff").write_text(ARFF)
    return folder


def test_arff_reader_is_tolerant():
    """Numeric, nominal, date and missing values, comments and a damaged line:
    numbers come out as floats, dates as NaN, '?' as NaN, the damaged line is counted."""
    data = parse_arff(ARFF)
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
        assert stage.train().result() is True


def test_cli_import_info_and_train(wekinator_project, tmp_path):
    """The CLI imports a Wekinator folder into a project, shows it, trains it."""
    runner = CliRunner()
    project = str(tmp_path / "imported")
    result = runner.invoke(regression, ["import-wekinator", str(wekinator_project), project])
    assert result.exit_code == 0, result.output
    assert "3 examples" in result.output
    info = runner.invoke(regression, ["info", project, "--json"])
    assert info.exit_code == 0, info.output
    import json
    summary = json.loads(info.output)
    assert summary["examples"] == 3 and [o["examples"] for o in summary["outputs"]] == [2, 2]
    assert not any(o["trained"] for o in summary["outputs"])
    trained = runner.invoke(regression, ["train", project, "--workers", "0"])
    assert trained.exit_code == 0, trained.output
    text = runner.invoke(regression, ["info", project])
    assert text.output.count(" trained") == 2 and "cutoff: [0, 100] integer hard" in text.output


def test_cli_refuses_what_is_not_a_project(tmp_path):
    """train and info on a folder that is not a project exit with an error message."""
    result = CliRunner().invoke(regression, ["info", str(tmp_path)])
    assert result.exit_code != 0 and "not a ravebridge regression project" in result.output
