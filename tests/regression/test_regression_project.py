"""Persistence: portable project folders, the journal, atomic saves, error handling."""
from __future__ import annotations

import csv
import errno
import json
import os
import time

import numpy as np
import pytest

from ravebridge.regression import Algorithm, OutputSpec, RegressionStage, StageError
from ravebridge.regression import project as proj


def wait_until(condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def trained_stage(**options) -> RegressionStage:
    stage = RegressionStage(["x", "y"], [OutputSpec("a", -1, 3, integer=True, hard=True, smoothing=0.5),
                                         OutputSpec("b", algorithm=Algorithm("knn", k=2))],
                            workers=0, **options)
    stage.set_enabled("record", [1], False)
    stage.record([0, 0], [0, 0])
    stage.set_enabled("record", [1], True)
    for x in np.linspace(0, 1, 6):
        stage.record([x, 1 - x], [2 * x, x / 2])
    stage.select_inputs(1, [1])
    stage.set_metadata({"voices": ["drums"]})
    stage.train().result(timeout=120)
    return stage


def test_project_round_trip(tmp_path):
    """A saved project reloads with the same inputs, output settings, examples
    (missing targets included), metadata and models predicting identically."""
    with trained_stage() as stage:
        stage.save(tmp_path / "p").result(timeout=120)
        expected = (stage.input_names, stage.outputs, stage.examples, stage.predict([[0.3, 0.6], [0.9, 0.1]]))
    with RegressionStage(project=tmp_path / "p", workers=0) as again:
        X, Y = again.examples
        assert again.input_names == expected[0] and again.outputs == expected[1]
        assert np.array_equal(X, expected[2][0]) and np.array_equal(Y, expected[2][1], equal_nan=True)
        assert again.metadata == {"voices": ["drums"]}
        assert np.array_equal(again.predict([[0.3, 0.6], [0.9, 0.1]]), expected[3])


def test_files_are_plain_json_and_csv(tmp_path):
    """The project is JSON plus CSV any tool can read: named columns, empty cells
    for targets not recorded, 1-based input numbers."""
    with trained_stage() as stage:
        manifest = stage.save(tmp_path / "p").result(timeout=120)
    doc = json.loads((tmp_path / "p" / "project.json").read_text())
    assert doc["outputs"][1]["inputs"] == [2] and doc["outputs"][0]["type"] == "integer"
    with open(tmp_path / "p" / manifest["examples"]["file"], newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["x", "y", "a", "b"] and rows[1] == ["0.0", "0.0", "0.0", ""]
    models = json.loads((tmp_path / "p" / manifest["models"]["file"]).read_text())
    assert {g["model"]["kind"] for g in models["groups"]} == {"neural", "knn"}


def test_examples_are_journaled_without_saving(tmp_path):
    """With a project folder, examples recorded after a save reach the disk by
    themselves (background journal flush) and are there on load."""
    stage = RegressionStage(1, 1, project=tmp_path / "p", workers=0)
    try:
        for i in range(20):
            stage.record([i], [i / 20])
        wait_until(lambda: proj.read_project(tmp_path / "p").table is not None
                   and len(proj.read_project(tmp_path / "p").table) == 20)
    finally:
        stage.close(save=False)
    loaded = proj.read_project(tmp_path / "p")
    assert loaded.table.inputs[:, 0].tolist() == list(range(20))


def test_journal_replays_deletions_and_tolerates_a_torn_line(tmp_path):
    """Deletions are journaled like additions; a last line cut by a crash is skipped."""
    stage = RegressionStage(1, 2, project=tmp_path / "p", workers=0)
    for i in range(4):
        stage.record([i], [0.5, 0.25])
    stage.delete_examples(0)
    stage.record([9], [1, 1])
    stage.close(save=False)
    journal = sorted(tmp_path.glob("p/journal-*.csv"))[-1]
    with open(journal, "a") as f:
        f.write("99,add,1.0,0.")
    loaded = proj.read_project(tmp_path / "p")
    assert loaded.skipped_lines == 1
    assert loaded.table.counts().tolist() == [1, 5]


def test_a_failed_save_reports_keeps_data_and_the_old_project(tmp_path, monkeypatch):
    """A full disk during a save: the error is reported, the examples stay in
    memory, the previous project still loads, and the next save succeeds."""
    errors = []
    with trained_stage() as stage:
        stage.add_status_listener(lambda kind, *a: errors.append(a) if kind == "error" else None)
        stage.save(tmp_path / "p").result(timeout=120)
        stage.record([0.5, 0.5], [1, 1])

        def full(*_):
            raise OSError(errno.ENOSPC, "No space left on device")
        monkeypatch.setattr(proj, "_atomic_write", full)
        with pytest.raises(OSError):
            stage.save().result(timeout=120)
        assert errors and "No space left" in errors[-1][1]
        assert stage.n_examples == 8
        assert len(proj.read_project(tmp_path / "p").table) >= 7
        monkeypatch.undo()
        stage.save().result(timeout=120)
    assert len(proj.read_project(tmp_path / "p").table) == 8


def test_journal_write_errors_are_reported_and_retried(tmp_path):
    """If the journal cannot be written (folder gone, disk full) the error is
    reported, recording goes on, and the lines are written once possible again."""
    errors = []
    stage = RegressionStage(1, 1, project=tmp_path / "p", workers=0)
    stage.add_status_listener(lambda kind, *a: errors.append(a) if kind == "error" else None)
    os.rename(tmp_path / "p", tmp_path / "away")
    stage.record([1], [0.5])
    wait_until(lambda: errors)
    assert errors[0][0] == "inputs" and "journal" in errors[0][1]
    stage.record([2], [0.5])
    os.rename(tmp_path / "away", tmp_path / "p")
    wait_until(lambda: len(proj.read_project(tmp_path / "p").table) == 2)
    stage.close(save=False)


def test_corruption_is_detected_but_hand_edits_can_be_accepted(tmp_path):
    """A data file that does not match its checksum is refused; removing the
    checksum from project.json accepts a deliberately edited file."""
    with trained_stage() as stage:
        manifest = stage.save(tmp_path / "p").result(timeout=120)
    examples = tmp_path / "p" / manifest["examples"]["file"]
    examples.write_text(examples.read_text().replace("0.2,0.8", "0.25,0.8"))
    with pytest.raises(StageError, match="corrupt"):
        RegressionStage(project=tmp_path / "p", workers=0)
    doc = json.loads((tmp_path / "p" / "project.json").read_text())
    del doc["examples"]["sha256"]
    (tmp_path / "p" / "project.json").write_text(json.dumps(doc))
    with RegressionStage(project=tmp_path / "p", workers=0) as stage:
        assert 0.25 in stage.examples[0][:, 0]


def test_old_generations_are_removed(tmp_path):
    """After saves, only the files the manifest needs (and the live journal) remain."""
    with trained_stage() as stage:
        for _ in range(3):
            stage.record([0.1, 0.1], [0, 0])
            manifest = stage.save(tmp_path / "p").result(timeout=120)
    names = sorted(os.listdir(tmp_path / "p"))
    assert [n for n in names if n.startswith(("examples", "models"))] == \
        sorted([manifest["examples"]["file"], manifest["models"]["file"]])
    assert not [n for n in names if n.startswith(".tmp")]


def test_loading_again_and_again_leaves_no_empty_journals(tmp_path):
    """A project loaded at every start (an installation restarted daily) gains no file per load: a
    journal is created by its first example, and that example is there on the next load."""
    with RegressionStage(1, 1, project=tmp_path / "p", workers=0) as stage:
        stage.record([1], [0.5])
    files = sorted(os.listdir(tmp_path / "p"))
    for _ in range(5):
        RegressionStage(project=tmp_path / "p", workers=0).close()
    assert sorted(os.listdir(tmp_path / "p")) == files
    stage = RegressionStage(project=tmp_path / "p", workers=0)
    stage.record([2], [0.25])
    stage.close(save=False)
    assert proj.read_project(tmp_path / "p").table.inputs[:, 0].tolist() == [1, 2]


def test_saving_over_a_foreign_folder_is_refused(tmp_path):
    """A non-empty folder that is not a project is never written into."""
    (tmp_path / "music").mkdir()
    (tmp_path / "music" / "song.wav").write_bytes(b"RIFF")
    with RegressionStage(1, 1, workers=0) as stage:
        with pytest.raises(StageError, match="not a ravebridge project"):
            stage.save(tmp_path / "music")
