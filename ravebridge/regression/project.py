"""Project folders: portable files, atomic saves, and a journal that survives crashes.

Layout of a project folder (all text: JSON and CSV, 1-based indices)::

    project.json           manifest: inputs, outputs, which data files are current
    examples-000007.csv    examples snapshot: one column per input then per output
    models-000009.json     trained models
    journal-000007.csv     example operations recorded since the snapshot

Data files are immutable and numbered; a save writes new ones, fsyncs them,
then replaces ``project.json`` atomically (temp file, fsync, ``os.replace``,
fsync of the folder). A kill at any moment therefore leaves the old or the new
manifest, each pointing at complete files; files no manifest points at are
removed by the next save. Examples recorded between saves are appended to the
journal, which a background thread flushes and fsyncs every half second; on
load the journal is replayed on top of the snapshot, so a crash or power loss
loses at most the last second of recording.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .examples import ADD, CLEAR, CLEAR_OUTPUT, ExampleTable
from .modelset import ModelSet

MANIFEST = "project.json"
FORMAT = "ravebridge-regression-project"
VERSION = 1
_NUMBERED = re.compile(r"^(examples|models|journal)-(\d+)\.(csv|json)$")
_TMP = ".tmp-"


class ProjectError(Exception):
    """A folder that is not a project, or a project that cannot be read."""


def is_project(folder) -> bool:
    return (Path(folder) / MANIFEST).is_file()


def check_target(folder) -> None:
    """Refuse to save over a folder that holds something other than a project."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ProjectError(f"{folder} exists and is not a folder")
    foreign = folder.is_dir() and any(not (_NUMBERED.match(p.name) or p.name.startswith(_TMP))
                                      for p in folder.iterdir())
    if foreign and not is_project(folder):
        raise ProjectError(f"{folder} is not empty and is not a ravebridge project")


def last_number(folder) -> int:
    """Highest generation number used by the files of a folder (0 if none)."""
    folder = Path(folder)
    if not folder.is_dir():
        return 0
    numbers = [int(m.group(2)) for m in map(_NUMBERED.match, os.listdir(folder)) if m]
    try:
        numbers.append(int(_read_manifest(folder).get("generation", 0)))
    except ProjectError:
        pass  # no manifest, or not ours (check_target decides whether we may write there)
    return max(numbers, default=0)


# ---- writing (runs in a training process: encoding is the heavy part) ----

def write_generation(folder, number: int, manifest: dict, examples=None, models: ModelSet | None = None) -> dict:
    """Write the data files given, then commit ``manifest`` pointing at them.

    ``examples`` is (names, X, Y, seq); files not rewritten keep the entries
    already in ``manifest``. Returns the committed manifest.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    manifest = dict(manifest, format=FORMAT, version=VERSION, generation=number)
    if examples is not None:
        names, X, Y, seq = examples
        name = f"examples-{number:06d}.csv"
        data = _examples_csv(names, X, Y)
        _atomic_write(folder / name, data)
        manifest["examples"] = {"file": name, "rows": len(X), "seq": seq, "sha256": _sha(data)}
        manifest["journal_start"] = number
    if models is not None:
        name = f"models-{number:06d}.json"
        data = json.dumps(models.to_dict()).encode()
        _atomic_write(folder / name, data)
        manifest["models"] = {"file": name, "sha256": _sha(data)}
    _atomic_write(folder / MANIFEST, json.dumps(manifest, indent=1).encode())
    return manifest


def write_json(path, obj) -> None:
    """One JSON document (numpy arrays become lists), atomically: per-output model files."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(path, json.dumps(obj, default=lambda a: a.tolist()).encode())


def _examples_csv(names, X, Y) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(names)
    w.writerows([_cells(x) + _cells(y) for x, y in zip(X, Y)])
    return out.getvalue().encode()


def _cells(values) -> list[str]:
    """Shortest exact decimal text of each float; empty for NaN (not recorded)."""
    return ["" if math.isnan(v) else repr(v) for v in np.asarray(values, dtype=np.float64).tolist()]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{_TMP}{path.name}")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def collect_garbage(folder, manifest: dict) -> None:
    """Remove data files the manifest no longer needs, and leftovers of killed saves."""
    folder = Path(folder)
    keep = {(manifest.get(k) or {}).get("file") for k in ("examples", "models")}
    for name in os.listdir(folder):
        m = _NUMBERED.match(name)
        stale = name.startswith(_TMP) or (m and (
            int(m.group(2)) < manifest.get("journal_start", 0) if m.group(1) == "journal" else name not in keep))
        if stale:
            try:
                os.remove(folder / name)
            except OSError:
                pass  # best effort: a leftover is harmless and retried next save


# ---- reading ----

@dataclass
class LoadedProject:
    manifest: dict
    inputs: list[str] | None
    outputs: list[dict] | None
    table: ExampleTable | None
    seq: int
    models: ModelSet | None
    skipped_lines: int  # damaged journal lines ignored (normally only a line cut by a crash)


def read_project(folder) -> LoadedProject:
    """Manifest + snapshot + journal replay + models."""
    folder = Path(folder)
    if not is_project(folder):
        raise ProjectError(f"{folder} is not a ravebridge project (no {MANIFEST})")
    manifest = _read_manifest(folder)
    inputs, outputs = manifest.get("inputs"), manifest.get("outputs")
    table, seq, skipped = None, 0, 0
    if inputs is not None and outputs is not None:
        table = ExampleTable(len(inputs), len(outputs))
        if manifest.get("examples"):
            entry = manifest["examples"]
            table.extend(*_read_examples(folder, entry, len(inputs), len(outputs)))
            seq = int(entry["seq"])
        seq, skipped = _replay_journals(folder, table, seq)
    models = None
    if manifest.get("models"):
        models = ModelSet.from_dict(json.loads(_checked(folder, manifest["models"])))
    return LoadedProject(manifest, inputs, outputs, table, seq, models, skipped)


def read_json(path):
    try:
        return json.loads(Path(path).read_text())
    except (OSError, ValueError) as e:
        raise ProjectError(f"cannot read {path}: {e}") from None


def _read_manifest(folder: Path) -> dict:
    manifest = read_json(folder / MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ProjectError(f"{folder / MANIFEST} is not a ravebridge regression project")
    if manifest.get("version", 0) > VERSION:
        raise ProjectError(f"{folder} was saved by a newer ravebridge (format {manifest['version']})")
    return manifest


def _checked(folder: Path, entry: dict) -> bytes:
    """A data file's bytes, verified against the manifest (unless its sha256 was removed)."""
    try:
        data = (folder / entry["file"]).read_bytes()
    except OSError as e:
        raise ProjectError(f"cannot read {entry['file']}: {e}") from None
    if "sha256" in entry and _sha(data) != entry["sha256"]:
        raise ProjectError(f"{folder / entry['file']} is corrupt (checksum mismatch)")
    return data


def _read_examples(folder: Path, entry: dict, n_inputs: int, n_outputs: int):
    rows = [r for r in csv.reader(io.StringIO(_checked(folder, entry).decode())) if r][1:]
    if not rows:
        return [], []
    try:
        values = np.array([[float(c) if c else np.nan for c in r] for r in rows], dtype=np.float64)
    except ValueError as e:
        raise ProjectError(f"{entry['file']}: {e}") from None
    if values.shape[1] != n_inputs + n_outputs:
        raise ProjectError(f"{entry['file']} has {values.shape[1]} columns, "
                           f"expected {n_inputs} inputs + {n_outputs} outputs")
    return values[:, :n_inputs], values[:, n_inputs:]


def _replay_journals(folder: Path, table: ExampleTable, seq: int) -> tuple[int, int]:
    skipped = 0
    journals = sorted((int(m.group(2)), m.group(0)) for m in map(_NUMBERED.match, os.listdir(folder))
                      if m and m.group(1) == "journal")
    for _, name in journals:
        with open(folder / name, newline="") as f:
            lines = f.read().split("\n")
        for line in lines[1:]:  # header first
            if not line:
                continue
            try:
                op_seq, op = _decode(line, table.n_inputs, table.n_outputs)
            except ValueError:
                skipped += 1
                continue
            if op_seq > seq:
                table.apply(op)
                seq = op_seq
    return seq, skipped


def _decode(line: str, d: int, k: int):
    cells = next(csv.reader([line]))
    seq, kind, rest = int(cells[0]), cells[1], cells[2:]
    if kind == ADD and len(rest) == d + k:
        values = [float(c) if c else math.nan for c in rest]
        return seq, (ADD, np.array(values[:d]), np.array(values[d:]))
    if kind == CLEAR and not rest:
        return seq, (CLEAR,)
    if kind == CLEAR_OUTPUT and len(rest) == 1 and 1 <= int(rest[0]) <= k:
        return seq, (CLEAR_OUTPUT, int(rest[0]) - 1)
    raise ValueError(f"damaged journal line: {line[:60]!r}")


def encode(seq: int, op: tuple) -> str:
    """One journal line (with newline) for an example operation."""
    if op[0] == ADD:
        cells = _cells(op[1]) + _cells(op[2])
    elif op[0] == CLEAR_OUTPUT:
        cells = [str(op[1] + 1)]
    else:
        cells = []
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([seq, op[0], *cells])
    return out.getvalue()


# ---- the journal ----

class Journal:
    """Append-only log of example operations, flushed and fsynced by a background thread.

    Lines are buffered in memory and written at most every ``interval``
    seconds (not on every message). Between ``mark()`` (a snapshot is being
    saved) and ``switch()`` (it was committed), lines are also kept so that the
    new journal starts with everything the snapshot does not contain. A file is
    created by its first line, not by ``switch``, so loading a project again and
    again (a daily restart) leaves no empty journals behind. Write errors (disk
    full, permissions) are reported through ``on_error`` and the lines stay
    buffered for the next attempt.
    """

    def __init__(self, on_error: Callable[[str], None], interval: float = 0.5):
        self._on_error = on_error
        self._lock = threading.Lock()        # the buffers: held for microseconds
        self._writing = threading.Lock()     # the file: held during write and fsync
        self._path: Path | None = None
        self._header = ""                    # the CSV header the current file starts with
        self._pending: list[str] = []
        self._carried: list[str] | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(interval,), name="regression-journal",
                                        daemon=True)
        self._thread.start()

    def append(self, line: str) -> None:
        with self._lock:
            if self._path is not None:
                self._pending.append(line)
            if self._carried is not None:
                self._carried.append(line)

    def mark(self) -> None:
        with self._lock:
            self._carried = []

    def unmark(self) -> None:
        with self._lock:
            self._carried = None

    def switch(self, path: Path | None, header: list[str]) -> None:
        """Flush the current file and continue in ``path`` (carrying lines since ``mark``)."""
        with self._writing:
            self._flush()
            out = io.StringIO()
            csv.writer(out, lineterminator="\n").writerow(header)
            with self._lock:
                self._path, self._header = path, out.getvalue()
                carried, self._carried = self._carried or [], None
                self._pending = carried + self._pending if path is not None else []
            self._flush()

    def flush(self) -> None:
        with self._writing:
            self._flush()

    def _flush(self) -> None:
        """Write what is buffered; appends go on meanwhile (only the buffer swap is locked)."""
        with self._lock:
            path, header, lines, self._pending = self._path, self._header, self._pending, []
        if path is None or not lines:
            return
        try:
            with open(path, "a") as f:
                f.write(("" if f.tell() else header) + "".join(lines))
                f.flush()
                os.fsync(f.fileno())
        except OSError as e:
            with self._lock:
                self._pending = lines + self._pending
            self._on_error(f"journal {path}: {e}")

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.flush()

    def _run(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self.flush()
