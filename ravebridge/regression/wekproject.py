"""Import the examples of a Wekinator project folder.

A Wekinator 2 project folder holds ``<name>.wekproj``, ``inputConfig.xml``
(input names), ``outputConfig.xml`` (outputs: name, min, max, REAL/INTEGER,
SOFT/HARD, or classifier with its number of classes) and
``current/currentData.arff`` (all examples: ID, Time and Training round
columns, then one column per input, then per output, ``?`` where an output was
not recorded). We import the names, the output settings and the examples.
Wekinator's trained models are Java-serialised Weka objects and are not
imported: train again. Classifier outputs become integer outputs 1..classes
with hard limits, learnt by nearest neighbour (k = 1).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

from .arff import ArffError, read_arff
from .learners import Algorithm
from .outputs import OutputSpec

DATA_FILE = Path("current") / "currentData.arff"
META_COLUMNS = ("id", "time", "timestamp", "training round")


def is_wekinator_project(path) -> bool:
    """A Wekinator project folder, its .wekproj file, or an ARFF file."""
    path = Path(path)
    if path.is_file():
        return path.suffix.lower() in (".wekproj", ".arff")
    return path.is_dir() and (any(path.glob("*.wekproj")) or (path / DATA_FILE).is_file())


def read_wekinator_project(path):
    """-> (input names, output specs, inputs X (n, d), targets Y (n, k) with NaN = not recorded)."""
    path = Path(path)
    arff_path = path if path.suffix.lower() == ".arff" else (path.parent if path.is_file() else path) / DATA_FILE
    folder = arff_path.parent.parent if arff_path.parent.name == "current" else arff_path.parent
    try:
        data = read_arff(arff_path)
    except ArffError as e:
        raise ValueError(f"{arff_path}: {e}") from None
    input_names = _input_names(folder / "inputConfig.xml")
    outputs = _outputs(folder / "outputConfig.xml")
    names = [a.name for a in data.attributes]
    meta = 0
    while meta < min(3, len(names)) and names[meta].lower() in META_COLUMNS:
        meta += 1
    width = len(names) - meta
    if input_names is None and outputs is None:
        raise ValueError(f"{folder}: need inputConfig.xml or outputConfig.xml to tell inputs from outputs")
    n_in = len(input_names) if input_names is not None else width - len(outputs)
    if not 0 < n_in < width or (outputs is not None and n_in + len(outputs) != width):
        raise ValueError(f"{arff_path}: {width} data columns do not match the project's inputs and outputs")
    input_names = input_names or names[meta:meta + n_in]
    outputs = outputs or [OutputSpec(n) for n in names[meta + n_in:]]
    X, Y = data.rows[:, meta:meta + n_in], data.rows[:, meta + n_in:]
    keep = np.isfinite(X).all(axis=1) & ~np.isnan(Y).all(axis=1)
    return input_names, outputs, X[keep], Y[keep]


def _input_names(path: Path) -> list[str] | None:
    root = _xml(path)
    if root is None:
        return None
    names = [e.text or "" for e in root.iterfind("./inputNames/string")]
    return names or [f"inputs-{i + 1}" for i in range(int(root.findtext("numInputs", "0")))] or None


def _outputs(path: Path) -> list[OutputSpec] | None:
    root = _xml(path)
    if root is None:
        return None
    specs = []
    for e in root.iterfind("./outputs/*"):
        name = e.findtext("name") or f"outputs-{len(specs) + 1}"
        if e.tag.endswith("ClassificationOutput"):
            classes = int(e.findtext("numClasses", "2"))
            specs.append(OutputSpec(name, 1.0, float(classes), integer=True, hard=True,
                                    algorithm=Algorithm("knn", k=1)))
        else:
            specs.append(OutputSpec(name, float(e.findtext("min", "0")), float(e.findtext("max", "1")),
                                    integer=e.findtext("outputType", "REAL").upper() == "INTEGER",
                                    hard=e.findtext("limitType", "SOFT").upper() == "HARD"))
    return specs or None


def _xml(path: Path):
    if not path.is_file():
        return None
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as e:
        raise ValueError(f"{path}: {e}") from None
