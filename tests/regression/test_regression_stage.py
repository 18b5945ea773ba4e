"""The stage's Python API: Wekinator's workflow, limits, smoothing, training processes."""
from __future__ import annotations

import math
import multiprocessing

import numpy as np
import pytest

from ravebridge.regression import Algorithm, OutputSpec, RegressionStage, StageError


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


@pytest.fixture
def stage():
    s = RegressionStage(workers=0)
    yield s
    s.close()


def record_linear(stage, n=50, seed=0):
    """Examples of outputs = (x0 + x1, x0 - x1) for x in [0, 1]^2."""
    rng = np.random.default_rng(seed)
    for x in rng.uniform(0, 1, (n, 2)):
        stage.record(x, [x[0] + x[1], x[0] - x[1]])


def test_record_train_run_with_output_listener(stage):
    """The whole workflow from Python: record, train, run; listeners get a float64
    array of all outputs per input while running, nothing otherwise."""
    stage.configure(outputs=[OutputSpec("sum", -10, 10, algorithm=Algorithm("linear")),
                             OutputSpec("diff", -10, 10, algorithm=Algorithm("linear"))])
    record_linear(stage)
    heard = []
    stage.add_output_listener(heard.append)
    stage.process([0.2, 0.3])
    assert heard == []
    assert stage.train().result(timeout=120) is True
    stage.start_running()
    out = stage.process([0.2, 0.3])
    assert len(heard) == 1 and heard[0].dtype == np.float64
    assert np.allclose(out, [0.5, -0.1]) and np.allclose(heard[0], out)
    assert np.allclose(stage.predict([[0.2, 0.3], [1, 1]]), [[0.5, -0.1], [2, 0]])


def test_fresh_stage_learns_its_shape_from_the_first_messages(stage):
    """With no configuration, the first input vector fixes the inputs and the first
    target vector the outputs (Wekinator's defaults: [0, 1], real, soft, named)."""
    stage.process([1, 2, 3])
    stage.set_targets([0.5, 0.25])
    assert stage.n_inputs == 3 and stage.n_outputs == 2
    assert stage.input_names == ["inputs-1", "inputs-2", "inputs-3"]
    assert [(o.name, o.min, o.max, o.integer, o.hard) for o in stage.outputs] == \
        [("outputs-1", 0, 1, False, False), ("outputs-2", 0, 1, False, False)]
    with pytest.raises(StageError, match="expected 3 inputs"):
        stage.process([1, 2])
    with pytest.raises(StageError, match="expected 2 output values"):
        stage.set_targets([1, 2, 3])


def test_hard_limits_clamp_and_refuse_targets_soft_limits_do_not(stage):
    """Hard limits clamp predictions to [min, max] and refuse out-of-range targets;
    soft limits let both through."""
    stage.configure(outputs=[OutputSpec("hard", 0, 1, hard=True, algorithm=Algorithm("linear")),
                             OutputSpec("soft", 0, 1, algorithm=Algorithm("linear"))])
    with pytest.raises(StageError, match="hard limits"):
        stage.set_targets([1.5, 0.0])
    for x in np.linspace(0, 1, 20):
        stage.record([x], [x, x])
    stage.train().result(timeout=120)
    out = stage.predict([3.0])
    assert out[0] == 1.0 and out[1] == pytest.approx(3.0)
    stage.set_targets([0.0, 7.0])  # soft: accepted


def test_integer_outputs_are_whole_numbers(stage):
    """Integer outputs are rounded to whole numbers when predicted and run."""
    stage.configure(outputs=[OutputSpec("note", 0, 127, integer=True, hard=True, algorithm=Algorithm("linear"))])
    for x in np.linspace(0, 1, 11):
        stage.record([x], [x * 100])
    stage.train().result(timeout=120)
    stage.start_running()
    values = [stage.process([x])[0] for x in np.linspace(0, 1.5, 37)]
    assert all(v == round(v) for v in values) and max(values) == 127


def test_smoothing_is_a_one_pole_with_a_time_constant():
    """With smoothing tau, a step reaches 1 - e^-1 of its height after tau seconds;
    without smoothing (the default) it is immediate."""
    clock = FakeClock()
    with RegressionStage(1, [OutputSpec("slow", smoothing=2.0), OutputSpec("fast")], workers=0,
                         clock=clock) as stage:
        stage.start_running()  # untrained outputs echo the target values
        stage.set_targets([0.0, 0.0])
        stage.process([0])
        stage.set_targets([1.0, 1.0])
        clock.now = 2.0
        slow, fast = stage.process([0])
        assert slow == pytest.approx(1 - math.exp(-1)) and fast == 1.0


def test_per_output_input_selection_is_honoured(stage):
    """An output trained on input 1 only ignores input 2 entirely."""
    stage.configure(inputs=2, outputs=[OutputSpec(n, -10, 10, algorithm=Algorithm("linear")) for n in "yz"])
    stage.select_inputs(0, [0])
    record_linear(stage)
    stage.train().result(timeout=120)
    assert sorted(g.inputs for g in stage.models.groups) == [(0,), (0, 1)]
    a, b = stage.predict([0.5, 0.0]), stage.predict([0.5, 1.0])
    assert a[0] == b[0] and a[1] != b[1]


def test_recording_and_running_can_be_disabled_per_output(stage):
    """A record-disabled output gets no examples (the others do); a run-disabled
    output sends its current target value instead of its prediction."""
    stage.configure(inputs=1, outputs=[OutputSpec("a", -5, 5, algorithm=Algorithm("linear")),
                                       OutputSpec("b", -5, 5, algorithm=Algorithm("linear"))])
    stage.set_enabled("record", [1], False)
    stage.set_targets([0, 0])
    stage.start_recording()
    for x in np.linspace(0, 1, 10):
        stage.set_targets([2 * x, 0.5])
        stage.process([x])
    assert list(stage.example_counts()) == [10, 0]
    stage.train().result(timeout=120)
    assert list(stage.trained) == [True, False]
    stage.set_enabled("run", [0], False)
    stage.start_running()
    assert list(stage.process([1.0])) == [2.0, 0.5]


def test_deleting_examples_per_output_and_all(stage):
    """deleteExamplesForOutput forgets one output's targets (rows left without
    targets go); deleteAllExamples forgets everything."""
    record_linear(stage, n=5)
    stage.set_enabled("record", [1], False)
    stage.record([0, 0], [1, 1])
    stage.delete_examples(0)
    assert list(stage.example_counts()) == [0, 5] and stage.n_examples == 5
    stage.delete_all_examples()
    assert stage.n_examples == 0
    with pytest.raises(StageError, match="no examples"):
        stage.train()


def test_ill_timed_requests_are_refused_with_a_reason(stage):
    """Recording without known outputs, cancelling when not training, a bad output
    number: each raises a StageError saying why."""
    with pytest.raises(StageError, match="outputs is unknown"):
        stage.start_recording()
    with pytest.raises(StageError, match="not training"):
        stage.cancel_training()
    stage.configure(inputs=1, outputs=1)
    with pytest.raises(StageError, match="no output 3"):
        stage.delete_examples(2)
    with pytest.raises(StageError, match="numbers"):
        stage.process(["loud"])


def slow_training_stage(**options):
    """A stage whose neural outputs train with Wekinator's slow SGD (several seconds)."""
    stage = RegressionStage(6, [OutputSpec(f"o{j}", -5, 5, algorithm=Algorithm("linear")) for j in range(4)],
                            **options)
    rng = np.random.default_rng(4)
    for x in rng.uniform(-1, 1, (300, 6)):
        stage.record(x, [x.sum(), x[0], -x[1], x[2] * 2])
    return stage


def test_training_runs_in_worker_processes_and_old_models_predict_meanwhile():
    """Training happens in spawned worker processes, not the caller's; until the new
    models are ready, running outputs come from the previous ones; then they switch."""
    stage = slow_training_stage()
    try:
        stage.train().result(timeout=120)
        assert multiprocessing.active_children()  # the pool's worker processes
        stage.start_running()
        before = stage.process([0.1] * 6)
        for j in range(4):
            stage.set_output(j, algorithm=Algorithm(optimizer="sgd"), min=-5, max=5)
        for x in np.random.default_rng(5).uniform(-1, 1, (100, 6)):
            stage.record(x, [0, 0, 0, 0])
        done = stage.train()
        assert stage.training
        assert np.array_equal(stage.process([0.1] * 6), before)
        assert done.result(timeout=120) is True
        assert not np.allclose(stage.process([0.1] * 6), before)
    finally:
        stage.close()


def test_cancel_training_keeps_the_previous_models():
    """cancelTrain stops a training in progress: the job reports False, the previous
    models stay, and a new training can start at once."""
    stage = slow_training_stage()
    try:
        stage.train().result(timeout=120)
        first = stage.models
        for j in range(4):
            stage.set_output(j, algorithm=Algorithm(optimizer="sgd"))
        job = stage.train()
        stage.cancel_training()
        assert job.result(timeout=120) is False and stage.models is first and not stage.training
        for j in range(4):
            stage.set_output(j, algorithm=Algorithm("linear"))
        assert stage.train().result(timeout=120) is True
    finally:
        stage.close()


def test_inline_stages_do_not_cancel_each_other():
    """Closing one inline stage (which cancels its jobs) leaves another's training alone."""
    first, second = RegressionStage(1, 1, workers=0), RegressionStage(1, 1, workers=0)
    first.record([0], [0])
    first.train().result(timeout=120)
    first.close()
    for x in np.linspace(0, 1, 5):
        second.record([x], [x])
    assert second.train().result(timeout=60) is True
    second.close()
