"""The regression stage: Wekinator's record / train / run workflow as a Python object.

The stage owns the inputs and outputs, the examples, the trained models and
the project folder. It speaks no OSC (wekinator.py adapts it to Wekinator's
protocol) and needs no audio server: scripts, tests and the CLI drive it
directly. Indices are 0-based here; the OSC adapter converts Wekinator's
1-based numbers.

Threads: public methods may be called from any thread (one re-entrant lock).
Training runs in worker processes (training.py) and its results are swapped in
whole when the last output is done. Saving and loading live in
persistence.py; the journal has its own flushing thread.
"""
from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np

from . import project as proj
from .errors import StageError, reading
from .examples import ADD, CLEAR, CLEAR_OUTPUT, ExampleTable
from .modelset import Group, ModelSet
from .outputs import OutputShaper, OutputSpec, default_outputs
from .persistence import ProjectStorage
from .training import Workers, plan, train_task

EXAMPLES_STATUS_EVERY = 0.25  # seconds between example-count reports while recording

OutputListener = Callable[[np.ndarray], None]
StatusListener = Callable[..., None]


@dataclass
class _Job:
    id: int
    total: int
    finished: int = 0
    groups: list = field(default_factory=list)
    futures: list = field(default_factory=list)
    done: Future = field(default_factory=Future)


class RegressionStage(ProjectStorage):
    """Record examples, train one model per output, run: inputs -> outputs.

    ``inputs``: a count or a list of names (None: learnt from the first input).
    ``outputs``: a count, or a list of OutputSpec / dict / name (None: learnt
    from the first target values). ``project``: a folder to load, or to create
    and keep saved. ``workers``: training processes (None: one per CPU; 0: train
    inline in the caller's thread, for scripts only).
    """

    def __init__(self, inputs=None, outputs=None, *, project=None, workers: int | None = None,
                 clock: Callable[[], float] = time.monotonic, journal_interval: float = 0.5):
        self._lock = threading.RLock()
        self._clock = clock
        self._workers = Workers(workers)
        self._saver = ThreadPoolExecutor(1, thread_name_prefix="regression-save")
        self._journal = proj.Journal(lambda reason: self._emit("error", "inputs", reason), journal_interval)
        self._output_listeners: list[OutputListener] = []
        self._status_listeners: list[StatusListener] = []
        self._recording = self._running = self._closed = False
        self._job: _Job | None = None
        self._seq = 0
        self._folder: Path | None = None
        self._manifest: dict = {}
        self._saved_models: ModelSet | None = None
        self._metadata: dict = {}
        self._examples_reported = -math.inf
        self._autosave_pending = False
        self._reset(inputs, outputs)
        if project is not None:
            try:
                if proj.is_project(project):
                    self.load(project)
                else:
                    self.save(project).result()
            except BaseException:
                self.close(save=False)
                raise

    # ---- listeners ----

    def add_output_listener(self, fn: OutputListener) -> None:
        """Call ``fn(values)`` (float64 array of all outputs) after each prediction while running."""
        with self._lock:
            self._output_listeners.append(fn)

    def remove_output_listener(self, fn: OutputListener) -> None:
        with self._lock:
            self._output_listeners.remove(fn)

    def add_status_listener(self, fn: StatusListener) -> None:
        """Call ``fn(kind, *args)`` on status: examples, training, done-training,
        training-cancelled, saved, loaded, error (command, reason)."""
        with self._lock:
            self._status_listeners.append(fn)

    def remove_status_listener(self, fn: StatusListener) -> None:
        with self._lock:
            self._status_listeners.remove(fn)

    def _emit(self, kind: str, *args) -> None:
        for fn in list(self._status_listeners):
            fn(kind, *args)

    # ---- shape ----

    @property
    def input_names(self) -> list[str] | None:
        return None if self._inputs is None else list(self._inputs)

    @property
    def outputs(self) -> list[OutputSpec] | None:
        return None if self._outputs is None else list(self._outputs)

    @property
    def n_inputs(self) -> int | None:
        return None if self._inputs is None else len(self._inputs)

    @property
    def n_outputs(self) -> int | None:
        return None if self._outputs is None else len(self._outputs)

    def configure(self, inputs=None, outputs=None) -> None:
        """Fix (or change) inputs and outputs; refused once examples exist unless unchanged."""
        with self._lock:
            names, specs = _input_names(inputs), _output_specs(outputs)
            if self.n_examples and ((names and len(names) != self.n_inputs)
                                    or (specs and len(specs) != self.n_outputs)):
                raise StageError("delete all examples before changing the number of inputs or outputs")
            if names is not None:
                self._set_inputs(names, check=specs is None)
            if specs is not None:
                self._set_outputs(specs)
            self._autosave()

    def set_input_names(self, names: Iterable[str]) -> None:
        names = _unique_names(names, "input")
        with self._lock:
            if self._inputs is not None and len(names) != len(self._inputs):
                raise StageError(f"got {len(names)} input names for {len(self._inputs)} inputs")
            self._set_inputs(names)
            self._autosave()

    def set_output_names(self, names: Iterable[str]) -> None:
        names = _unique_names(names, "output")
        with self._lock:
            if self._outputs is None:
                self._set_outputs([OutputSpec(n) for n in names])
            elif len(names) != len(self._outputs):
                raise StageError(f"got {len(names)} output names for {len(self._outputs)} outputs")
            else:
                self._set_outputs([s.with_(name=n) for s, n in zip(self._outputs, names)])
            self._autosave()

    def set_output(self, j: int, **changes) -> OutputSpec:
        """Change output j's settings (min, max, integer, hard, algorithm, inputs, smoothing, record, run)."""
        with self._lock:
            self._check_output(j)
            if changes.get("inputs") is not None:
                changes["inputs"] = self._input_selection(changes["inputs"])
            try:
                spec = self._outputs[j].with_(**changes)
            except (TypeError, ValueError) as e:
                raise StageError(str(e)) from None
            self._set_outputs(self._outputs[:j] + [spec] + self._outputs[j + 1:])
            self._autosave()
            return spec

    def select_inputs(self, j: int, inputs: Iterable[int]) -> None:
        """Output j learns from these inputs only (0-based), from the next training on."""
        self.set_output(j, inputs=list(inputs))

    def set_enabled(self, what: str, outputs: Iterable[int], enabled: bool) -> None:
        """Enable or disable recording (``what="record"``) or running (``"run"``) of outputs."""
        outputs = list(outputs)
        if what not in ("record", "run"):
            raise ValueError(f"what must be 'record' or 'run', not {what!r}")
        with self._lock:
            for j in outputs:
                self._check_output(j)
            for j in outputs:
                self._outputs[j] = self._outputs[j].with_(**{what: enabled})
            self._autosave()

    @property
    def metadata(self) -> dict:
        """Free JSON-compatible data saved with the project (e.g. voice routing)."""
        with self._lock:
            return dict(self._metadata)

    def set_metadata(self, metadata: dict) -> None:
        with self._lock:
            self._metadata = dict(metadata)
            self._autosave()

    # ---- performing ----

    @property
    def targets(self) -> np.ndarray | None:
        """The current target values (what an example records, what untrained outputs send)."""
        with self._lock:
            return None if self._targets is None else self._targets.copy()

    def set_targets(self, values) -> None:
        """Wekinator's /wekinator/control/outputs: the values to pair with inputs while recording."""
        v = _vector(values, "output values")
        with self._lock:
            if self._outputs is None:
                self._set_outputs(default_outputs(len(v)))
                self._autosave()
            elif len(v) != len(self._outputs):
                raise StageError(f"expected {len(self._outputs)} output values, got {len(v)}")
            error = self._shaper.target_error(v)
            if error:
                raise StageError(error)
            self._targets = v

    @property
    def recording(self) -> bool:
        return self._recording

    @property
    def running(self) -> bool:
        return self._running

    @property
    def training(self) -> bool:
        return self._job is not None

    def start_recording(self) -> None:
        with self._lock:
            if self._outputs is None:
                raise StageError("the number of outputs is unknown: send /wekinator/control/outputs "
                                 "(the target values) or configure the outputs first")
            if not any(s.record for s in self._outputs):
                raise StageError("no output is enabled for recording")
            self._running = False
            self._recording = True

    def stop_recording(self) -> None:
        with self._lock:
            was, self._recording = self._recording, False
            if was:
                self._report_examples()

    def start_running(self) -> None:
        with self._lock:
            self.stop_recording()
            if not self._running and self._shaper is not None:
                self._shaper.reset()
            self._running = True

    def stop_running(self) -> None:
        with self._lock:
            self._running = False

    def process(self, values) -> np.ndarray | None:
        """Wekinator's /wek/inputs: record an example and/or predict, as the state says.

        Returns the outputs sent to the listeners while running, else None.
        """
        x = _vector(values, "inputs")
        with self._lock:
            self._check_inputs(x)
            if self._recording:
                self._add(x, self._recorded_targets())
            if not self._running or self._outputs is None:
                return None
            out = self._run(x)
            listeners = list(self._output_listeners)
        for fn in listeners:
            fn(out)
        return out

    def predict(self, inputs) -> np.ndarray:
        """Model outputs for one input vector (or rows), limits applied, no smoothing.

        Untrained outputs give NaN.
        """
        X = np.asarray(inputs, dtype=np.float64)
        with self._lock:
            if X.shape[-1:] != (self.n_inputs,) or self._outputs is None:
                raise StageError(f"expected {self.n_inputs} inputs per row and known outputs")
            models = self._models or ModelSet(len(self._outputs))
            shaper = self._shaper
        out = models.predict_many(np.atleast_2d(X))
        out = np.where(np.isnan(out), np.nan, shaper.limit(out))
        return out if X.ndim == 2 else out[0]

    def record(self, inputs, targets=None) -> None:
        """Add one example; ``targets`` (which become the current target values)
        default to the current target values."""
        x = _vector(inputs, "inputs")
        with self._lock:
            if targets is not None:
                self.set_targets(targets)
            if self._targets is None:
                raise StageError("no target values: give targets or set them first")
            self._check_inputs(x)
            self._add(x, self._recorded_targets())

    def _run(self, x: np.ndarray) -> np.ndarray:
        raw = self._models.predict(x) if self._models else np.full(len(self._outputs), np.nan)
        use = ~np.isnan(raw) & np.array([s.run for s in self._outputs])
        return self._shaper(np.where(use, raw, self._targets), self._clock())

    def _recorded_targets(self) -> np.ndarray:
        return np.where([s.record for s in self._outputs], self._targets, np.nan)

    # ---- examples ----

    @property
    def n_examples(self) -> int:
        return 0 if self._table is None else len(self._table)

    def example_counts(self) -> np.ndarray:
        """Examples per output."""
        with self._lock:
            return np.zeros(self.n_outputs or 0, dtype=int) if self._table is None else self._table.counts()

    @property
    def examples(self) -> tuple[np.ndarray, np.ndarray]:
        """Copies of all inputs (n, d) and targets (n, k); NaN = not recorded for that output."""
        with self._lock:
            if self._table is None:
                return np.empty((0, self.n_inputs or 0)), np.empty((0, self.n_outputs or 0))
            return self._table.inputs.copy(), self._table.targets.copy()

    def delete_all_examples(self) -> None:
        with self._lock:
            if self._table is not None:
                self._apply((CLEAR,))
            self._report_examples()

    def delete_examples(self, j: int) -> None:
        """Forget output j's targets (rows left with no target are dropped)."""
        with self._lock:
            self._check_output(j)
            if self._table is not None:
                self._apply((CLEAR_OUTPUT, j))
            self._report_examples()

    def _add(self, x: np.ndarray, y: np.ndarray) -> None:
        if np.isnan(y).all():
            raise StageError("no output is enabled for recording")
        self._apply((ADD, x, y))
        now = self._clock()
        if now - self._examples_reported >= EXAMPLES_STATUS_EVERY:
            self._report_examples()

    def _apply(self, op: tuple) -> None:
        self._seq += 1
        self._table.apply(op)
        self._journal.append(proj.encode(self._seq, op))

    def _report_examples(self) -> None:
        self._examples_reported = self._clock()
        counts = self.example_counts()
        self._emit("examples", self.n_examples, *(int(c) for c in counts))

    # ---- training ----

    @property
    def trained(self) -> np.ndarray:
        """Which outputs have a model."""
        with self._lock:
            n = self.n_outputs or 0
            return self._models.trained.copy() if self._models else np.zeros(n, dtype=bool)

    @property
    def models(self) -> ModelSet | None:
        return self._models

    def train(self) -> Future:
        """Train every output that has examples, in the worker processes.

        Returns a Future: True once the new models predict, False if cancelled.
        The previous models keep predicting meanwhile.
        """
        with self._lock:
            if self._job is not None:
                raise StageError("already training (send cancelTrain to stop it)")
            if not self.n_examples:
                raise StageError("no examples to train on")
            tasks = plan(self._outputs, len(self._inputs), self._table.inputs, self._table.targets)
            job = self._job = _Job(self._workers.new_job(), total=sum(len(t[0]) for t in tasks))
            self._emit("training", 0.0)
            for outs, sel, algorithm, X, Y in tasks:
                future = self._workers.submit(train_task, job.id, algorithm, X, Y)
                job.futures.append(future)
                future.add_done_callback(partial(self._task_done, job, outs, sel))
            return job.done

    def cancel_training(self) -> None:
        with self._lock:
            job, self._job = self._job, None
            if job is None:
                raise StageError("not training")
            self._workers.cancel(job.id, job.futures)
            job.done.set_result(False)
            self._emit("training-cancelled")

    def _task_done(self, job: _Job, outs: list[int], sel: tuple, future: Future) -> None:
        with self._lock:
            if self._job is not job or future.cancelled():
                return
            error = future.exception()  # Cancelled too: this job was not cancelled by us
            if error is not None:
                self._job = None
                self._workers.cancel(job.id, job.futures)
                job.done.set_exception(StageError(f"training failed: {error!r}"))
                self._emit("error", "train", f"training failed: {error!r}")
                return
            job.groups.append(Group(tuple(outs), tuple(sel), future.result()))
            job.finished += len(outs)
            self._emit("training", job.finished / job.total)
            if job.finished < job.total:
                return
            self._models, self._job = ModelSet(len(self._outputs), job.groups), None
            job.done.set_result(True)
            self._emit("done-training")
            self._autosave()

    # ---- closing ----

    def close(self, save: bool = True) -> None:
        """Stop training, save what is not saved yet (if a project folder is set), stop threads."""
        with self._lock:
            if self._closed:
                return
            if self._job is not None:
                self.cancel_training()
            dirty = self._folder is not None and (self._seq != self._snapshot_seq()
                                                  or self._models is not self._saved_models)
            self._closed = True
        if save and dirty:
            try:
                self._saver.submit(self._commit, self._folder, True, "saveProject").result()
            except Exception:
                pass  # already reported as a status error
        self._saver.shutdown(wait=True)
        self._journal.close()
        self._workers.shutdown()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---- internals ----

    def _reset(self, inputs, outputs) -> None:
        self._inputs: list[str] | None = None
        self._outputs: list[OutputSpec] | None = None
        self._table: ExampleTable | None = None
        self._targets: np.ndarray | None = None
        self._shaper: OutputShaper | None = None
        self._models: ModelSet | None = None
        names, specs = _input_names(inputs), _output_specs(outputs)
        if names is not None:
            self._set_inputs(names)
        if specs is not None:
            self._set_outputs(specs)

    def _set_inputs(self, names: list[str], check: bool = True) -> None:
        """New input names; ``check``: the outputs' input selections must still fit."""
        if check and self._outputs is not None:
            _check_selections(self._outputs, len(names))
        if self._inputs is not None and len(names) != len(self._inputs):
            self._models = self._table = None
        self._inputs = names
        self._ensure_table()

    def _set_outputs(self, specs: list[OutputSpec]) -> None:
        n = len(specs)
        if self._inputs is not None:
            _check_selections(specs, len(self._inputs))
        if self._outputs is not None and n != len(self._outputs):
            self._models = self._table = None
        self._outputs = specs
        self._shaper = OutputShaper(specs)
        base = np.zeros(n) if self._targets is None or len(self._targets) != n else self._targets
        self._targets = np.clip(base, self._shaper.lo, self._shaper.hi)
        self._ensure_table()

    def _ensure_table(self) -> None:
        if self._table is None and self._inputs is not None and self._outputs is not None:
            self._table = ExampleTable(len(self._inputs), len(self._outputs))

    def _check_inputs(self, x: np.ndarray) -> None:
        if self._inputs is None:
            self._set_inputs([f"inputs-{i + 1}" for i in range(len(x))])
            self._autosave()
        elif len(x) != len(self._inputs):
            raise StageError(f"expected {len(self._inputs)} inputs, got {len(x)}")

    def _check_output(self, j: int) -> None:
        if self._outputs is None or not 0 <= j < len(self._outputs):
            raise StageError(f"no output {j + 1} (there are {self.n_outputs or 0} outputs)")

    def _input_selection(self, inputs) -> tuple[int, ...]:
        if self._inputs is None:
            raise StageError("the inputs are not known yet")
        sel = tuple(sorted(set(int(i) for i in inputs)))
        if not sel or sel[0] < 0 or sel[-1] >= len(self._inputs):
            raise StageError(f"input numbers must be between 1 and {len(self._inputs)}")
        return sel


def _check_selections(specs: list[OutputSpec], n_inputs: int) -> None:
    for s in specs:
        if s.inputs is not None and max(s.inputs) >= n_inputs:
            raise StageError(f"output {s.name!r} selects input {max(s.inputs) + 1} of {n_inputs}")


def _vector(values, what: str) -> np.ndarray:
    """Numbers (ints and floats alike, as Max and Pd send them) as a float64 vector."""
    values = list(values)
    if not values or not all(isinstance(x, (int, float, np.number)) and not isinstance(x, bool) for x in values):
        raise StageError(f"{what} must be one or more numbers (int or float)")
    v = np.array(values, dtype=np.float64)
    if not np.isfinite(v).all():
        raise StageError(f"{what} must be finite numbers")
    return v


def _input_names(inputs) -> list[str] | None:
    if inputs is None:
        return None
    if isinstance(inputs, int):
        return [f"inputs-{i + 1}" for i in range(inputs)]
    return _unique_names(inputs, "input")


def _output_specs(outputs) -> list[OutputSpec] | None:
    if outputs is None:
        return None
    if isinstance(outputs, int):
        return default_outputs(outputs)
    specs = [o if isinstance(o, OutputSpec) else reading(OutputSpec.from_dict, o) if isinstance(o, dict)
             else OutputSpec(o) for o in outputs]
    _unique_names([s.name for s in specs], "output")
    return specs


def _unique_names(names, what: str) -> list[str]:
    names = list(names)
    if not names or not all(isinstance(n, str) and n for n in names):
        raise StageError(f"{what} names must be non-empty strings")
    if len(set(names)) != len(names):
        raise StageError(f"{what} names must be unique")
    return names
