"""The persistence half of the regression stage: project folders and output files.

A mixin of RegressionStage (it shares the stage's lock and state), kept apart
because the ordering rules live here: saves are queued on one saver thread and
commit in order; a save snapshots the examples under the lock, lets a worker
process encode and write the files (the server process must not spend its GIL
on that), then switches the journal to the new generation. Loading replaces
the whole project. See project.py for the folder format.
"""
from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

import numpy as np

from . import project as proj
from .errors import StageError, reading
from .examples import ADD
from .modelset import Group, ModelSet
from .outputs import OutputSpec
from .wekproject import is_wekinator_project, read_wekinator_project

OUTPUT_FILE_FORMAT = "ravebridge-regression-output"


def _names(names) -> list[str]:
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ValueError("the file's input names are not a list of strings")
    return names


class ProjectStorage:
    """Saving and loading for RegressionStage (see its docstring for the state used)."""

    @property
    def project(self) -> Path | None:
        """The folder this stage saves to (examples are journaled there as recorded)."""
        return self._folder

    def save(self, path=None) -> Future:
        """Save the whole project (to ``path``, which becomes the project folder).

        Returns a Future of the committed manifest; errors are also reported as
        status "error" and leave everything in memory as it was.
        """
        with self._lock:
            target = Path(path) if path is not None else self._folder
            if target is None:
                raise StageError("no project folder yet: give a path")
            try:
                proj.check_target(target)
            except proj.ProjectError as e:
                raise StageError(str(e)) from None
            return self._saver.submit(self._commit, target, True, "saveProject")

    def load(self, path) -> None:
        """Load a ravebridge project (which becomes the project folder), or import a
        Wekinator project's examples (see wekproject.py)."""
        path = Path(path)
        self._saver.submit(lambda: None).result()  # let queued saves commit first
        if is_wekinator_project(path):
            names, specs, X, Y = reading(read_wekinator_project, path)
            with self._lock:
                self._replace(names, specs, X, Y, None, folder=None)
        else:
            loaded = reading(proj.read_project, path)
            specs = None if loaded.outputs is None else [reading(OutputSpec.from_dict, d) for d in loaded.outputs]
            if loaded.models and (specs is None or loaded.models.n_outputs != len(specs)):
                raise StageError(f"{path}: the models do not match the outputs")
            with self._lock:
                self._replace(loaded.inputs, specs, None, None, loaded.models, folder=path, loaded=loaded)
        self._emit("loaded", str(path))
        with self._lock:
            self._report_examples()

    def save_output(self, j: int, path, with_data: bool = True) -> Future:
        """Wekinator's saveModelToFile: output j's settings, model and examples in one JSON file."""
        with self._lock:
            self._check_output(j)
            if self._inputs is None:
                raise StageError("the inputs are not known yet")
            group = self._models.output(j) if self._models else None
            X, Y = self.examples
            rows = ~np.isnan(Y[:, j]) if with_data else np.zeros(len(Y), dtype=bool)
            doc = {"format": OUTPUT_FILE_FORMAT, "version": 1, "inputs": list(self._inputs),
                   "output": self._outputs[j].to_dict(), "model": group.to_dict() if group else None,
                   "examples": {"inputs": X[rows], "targets": Y[rows, j]}}
        return self._saver.submit(self._write_output, Path(path), doc, bool(group or rows.any()))

    def _write_output(self, path: Path, doc: dict, heavy: bool) -> None:
        self._offload("saveModelToFile", heavy, proj.write_json, path, doc)
        self._emit("saved", str(path))

    def load_output(self, j: int, path, with_data: bool = True) -> None:
        """Wekinator's loadModelFromFile: output j takes the file's settings and model
        (and, with data, its examples are added)."""
        doc = reading(proj.read_json, path)
        if not isinstance(doc, dict) or doc.get("format") != OUTPUT_FILE_FORMAT:
            raise StageError(f"{path} is not a ravebridge output file")
        spec = reading(OutputSpec.from_dict, doc["output"])
        group = reading(Group.from_dict, doc["model"]) if doc.get("model") else None
        with self._lock:
            self._check_output(j)
            if self._inputs is None:
                self._set_inputs(reading(_names, doc["inputs"]))
            if len(doc["inputs"]) != self.n_inputs:
                raise StageError(f"{path} was made for {len(doc['inputs'])} inputs, this project has {self.n_inputs}")
            if group and max(group.inputs) >= self.n_inputs:
                raise StageError(f"{path}: the model reads inputs this project does not have")
            if any(s.name == spec.name for i, s in enumerate(self._outputs) if i != j):
                spec = spec.with_(name=self._outputs[j].name)
            self._set_outputs(self._outputs[:j] + [spec] + self._outputs[j + 1:])
            base = self._models or ModelSet(len(self._outputs))
            self._models = base.replaced(j, group and Group((j,), group.inputs, group.model))
            if with_data:
                y = np.full(len(self._outputs), np.nan)
                for x, t in zip(doc["examples"]["inputs"], doc["examples"]["targets"]):
                    y[j] = t
                    self._apply((ADD, np.asarray(x, dtype=np.float64), y.copy()))
                self._report_examples()
            self._autosave()

    def _autosave(self) -> None:
        """Keep the project folder's manifest (and models) current; examples are journaled.

        A burst of changes makes one save: nothing is queued while one is pending.
        """
        if self._folder is not None and not self._closed and not self._autosave_pending:
            self._autosave_pending = True
            self._saver.submit(self._commit, self._folder, False, "saveProject")

    def _snapshot_seq(self) -> int:
        return int((self._manifest.get("examples") or {}).get("seq", 0))

    def _commit(self, target: Path, full: bool, command: str) -> dict:
        """Runs on the saver thread: snapshot under the lock, write in a worker, then switch."""
        with self._lock:
            self._autosave_pending = False
            same = target == self._folder
            if not full and not same:
                return self._manifest  # an autosave for a folder this stage has left meanwhile
            manifest = dict(self._manifest) if same else {"journal_start": 0}
            manifest.update(inputs=self.input_names, metadata=self._metadata,
                            outputs=None if self._outputs is None else [s.to_dict() for s in self._outputs])
            examples = None
            if (full or not same) and self._table is not None and (not same or self._seq != self._snapshot_seq()):
                X, Y = self.examples
                examples = (list(self._inputs) + [s.name for s in self._outputs], X, Y, self._seq)
                self._journal.mark()
            models = self._models if (not same or self._models is not self._saved_models) else None
            if models is None and self._models is None:
                manifest["models"] = None
            number = max(self._manifest.get("generation", 0), proj.last_number(target)) + 1
            if not same:
                manifest["journal_start"] = number  # journals already there belong to another project
        try:
            committed = self._offload(command, examples is not None or models is not None,
                                      proj.write_generation, target, number, manifest, examples, models)
        except Exception:
            self._journal.unmark()
            raise
        with self._lock:
            if examples is not None or not same:
                self._journal.switch(target / f"journal-{number:06d}.csv", self._header())
            self._folder, self._manifest = target, committed
            if models is not None or not same:
                self._saved_models = self._models if models is None else models
        proj.collect_garbage(target, committed)
        self._emit("saved", str(target))
        return committed

    def _offload(self, command: str, heavy: bool, fn, *args):
        """Run a file write in a worker process if it is big, here if it is tiny; report errors."""
        try:
            return self._workers.submit(fn, *args).result() if heavy else fn(*args)
        except Exception as e:
            self._emit("error", command, f"save failed: {e}")
            raise

    def _header(self) -> list[str]:
        names = (self._inputs or []) + [s.name for s in self._outputs or []]
        return ["seq", "op", *names]

    def _replace(self, names, specs, X, Y, models, folder, loaded=None) -> None:
        """Become another project (loaded, imported): stop everything first."""
        if self._job is not None:
            self.cancel_training()
        self._recording = self._running = False
        self._reset(names, specs)
        self._models = models
        if loaded is not None:
            self._table, self._seq = loaded.table, loaded.seq
            self._metadata = dict(loaded.manifest.get("metadata") or {})
            self._manifest, self._saved_models = loaded.manifest, models
        else:
            self._table.extend(X, Y)
            self._metadata, self._manifest, self._saved_models = {}, {}, None
        self._folder = None if folder is None else Path(folder)
        journal = None
        if self._folder is not None:
            journal = self._folder / f"journal-{proj.last_number(self._folder) + 1:06d}.csv"
        self._journal.switch(journal, self._header())
