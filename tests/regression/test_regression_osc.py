"""A real stage driven over loopback UDP with Wekinator's own message formats."""
from __future__ import annotations

import multiprocessing
import threading
import time

import numpy as np
import pytest
from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
from pythonosc.osc_message_builder import OscMessageBuilder

from ravebridge.regression import RegressionStage, WekinatorServer

INPUTS = "/wek/inputs"
OUTPUTS = "/wek/outputs"
ERROR = "/wekinator/status/error"


def bundle(*messages, timetag=IMMEDIATELY):
    builder = OscBundleBuilder(timetag)
    for address, args in messages:
        m = OscMessageBuilder(address)
        for a in args:
            m.add_arg(a)
        builder.add_content(m.build())
    return builder.build()


def record_examples(served, pairs):
    """Record (inputs, targets) pairs as a Wekinator GUI + input patch would."""
    served.control("startRecording")
    for x, y in pairs:
        served.control("outputs", *y)
        served.send(INPUTS, *x)
    served.control("stopRecording")
    n = len(pairs)
    served.listener.wait("/wekinator/status/examples", lambda a: a[0] == n)


def test_record_train_run_over_udp(served):
    """A fresh stage (no configuration) learns its shape from the first messages,
    records, trains (in worker processes) with progress and done-training, then
    answers every input with /wek/outputs carrying the learnt mapping; integer
    arguments are accepted like floats."""
    grid = [(a, b) for a in np.linspace(0, 1, 7) for b in np.linspace(0, 1, 7)]
    pairs = [((a, b), ((a + b) / 2, a * b)) for a, b in grid]
    pairs.append(((1, 0), (0, 0)))  # integers, as Max and Pd send them
    served.control("outputs", 0, 0)
    record_examples(served, pairs * 2)
    served.control("train")
    fractions = []
    while not fractions or fractions[-1] < 1:
        fractions.append(served.listener.wait("/wekinator/status/training")[0])
    served.listener.wait("/wekinator/status/done-training")
    assert fractions == sorted(fractions) and fractions[0] == 0 and fractions[-1] == 1
    served.control("startRunning")
    for x in [(0.25, 0.75), (0.5, 0.5), (0.9, 0.2), (1, 1)]:
        served.send(INPUTS, *x)
        got = served.listener.wait(OUTPUTS)
        assert got == pytest.approx(((x[0] + x[1]) / 2, x[0] * x[1]), abs=0.05)
    assert served.listener.errors() == []


def test_untrained_outputs_echo_their_current_value(served_inline):
    """Running before any training sends the current target values (Wekinator's echo)."""
    served_inline.control("outputs", 0.25, 1)
    served_inline.control("startRunning")
    served_inline.send(INPUTS, 3, 4)
    assert served_inline.listener.wait(OUTPUTS) == (0.25, 1.0)


@pytest.mark.parametrize("name, args, reason", [
    ("startRecording", [1], "takes no arguments"),
    ("deleteExamplesForOutput", ["x"], "whole numbers"),
    ("deleteExamplesForOutput", [9], "between 1 and 2"),
    ("enableModelRunning", [], "one or more output"),
    ("setInputNames", [1, 2], "string"),
    ("setOutputNames", ["a", "a"], "unique"),
    ("selectInputsForOutput", [1], "then one or more input numbers"),
    ("selectInputsForOutput", [1, 5], "between 1 and 2"),
    ("outputs", ["loud", 1], "numbers"),
    ("outputs", [1, 2, 3], "expected 2 output values"),
    ("loadModelFromFile", [1, "/tmp/x.json", "SOMEDATA"], "WITHDATA"),
    ("startDtwRecording", [1], "not supported"),
    ("cancelTrain", [], "not training"),
    ("train", [], "no examples"),
    ("setAlgorithm", [1, "svm"], "unknown algorithm"),
    ("setOutputLimits", [1, 2, 1], "min <= max"),
    ("loadProject", ["/nonexistent/project"], "not a ravebridge project"),
    ("noSuchThing", [], "unknown control message"),
])
def test_bad_control_messages_get_errors(served_inline, name, args, reason):
    """Wrong or ill-timed control messages are answered with
    /wekinator/status/error <address> <reason> instead of being dropped."""
    served_inline.control("outputs", 0, 0)
    served_inline.send(INPUTS, 0.5, 0.5)
    served_inline.control(name, *args)
    assert reason in served_inline.error_for(name)


def test_a_datagram_that_is_not_osc_is_answered_and_the_stage_serves_on(served_inline):
    """A datagram that is not OSC (a misconfigured sender) is answered with an error whose address is empty,
    instead of vanishing; the next well-formed message is handled as usual."""
    import socket
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.sendto(b"hello, not osc\n", ("127.0.0.1", served_inline.server.port))
    args = served_inline.listener.wait(ERROR, lambda a: a[0] == "")
    assert "not an OSC message" in args[1]
    served_inline.control("noSuchThing")
    assert "unknown control message" in served_inline.error_for("noSuchThing")


def test_wrong_input_count_is_reported_at_the_input_address(served_inline):
    """An input message of the wrong length gets an error naming /wek/inputs."""
    served_inline.send(INPUTS, 1, 2, 3)
    served_inline.send(INPUTS, 1, 2)
    args = served_inline.listener.wait(ERROR, lambda a: a[0] == INPUTS)
    assert "expected 3 inputs, got 2" in args[1]


def test_a_bundle_is_applied_as_one_unit(served_inline):
    """A bundle pairing /wekinator/control/outputs with /wek/inputs records exactly
    that pair, in order."""
    served_inline.control("outputs", 0, 0)
    served_inline.control("startRecording")
    for i in range(5):
        served_inline.client.send(bundle(("/wekinator/control/outputs", [i / 10, 1 - i / 10]),
                                         (INPUTS, [float(i), 2.0 * i])))
    served_inline.sync()
    X, Y = served_inline.stage.examples
    assert X.tolist() == [[i, 2 * i] for i in range(5)]
    assert np.allclose(Y, [[i / 10, 1 - i / 10] for i in range(5)])


def test_a_timed_bundle_waits_for_its_timetag(served_inline):
    """A bundle timed in the future is applied at its time: after a message sent
    later but due now (so its value is the one that stays); one timed beyond a
    minute is refused with an error."""
    served_inline.control("outputs", 0, 0)
    served_inline.sync()
    served_inline.client.send(bundle(("/wekinator/control/outputs", [0.75, 0.75]), timetag=time.time() + 0.5))
    served_inline.control("outputs", 0.25, 0.25)
    deadline = time.monotonic() + 10
    while list(served_inline.stage.targets) != [0.75, 0.75] and time.monotonic() < deadline:
        time.sleep(0.05)
    served_inline.sync()
    assert list(served_inline.stage.targets) == [0.75, 0.75]
    served_inline.client.send(bundle(("/wekinator/control/outputs", [0.5, 0.5]), timetag=time.time() + 3600))
    assert "timetag" in served_inline.error_for("outputs")


def test_naming_selection_limits_and_algorithms_over_osc(served_inline):
    """Names, input selection (1-based), limits, algorithm and smoothing set by OSC
    reach the stage's output settings."""
    s = served_inline
    s.control("setInputNames", "x", "y", "z")
    s.control("setOutputNames", "pitch", "grain")
    s.control("selectInputsForOutput", 2, 1, 3)
    s.control("setOutputLimits", 1, -2, 2, "INTEGER", "HARD")
    s.control("setAlgorithm", 2, "knn", 4)
    s.control("setSmoothing", 0, 0.125)
    s.control("disableModelRunning", 1)
    s.sync()
    assert s.stage.input_names == ["x", "y", "z"]
    pitch, grain = s.stage.outputs
    assert (pitch.name, pitch.min, pitch.max, pitch.integer, pitch.hard, pitch.run) == \
        ("pitch", -2, 2, True, True, False)
    assert (grain.name, grain.inputs, grain.algorithm.name, grain.algorithm.k) == ("grain", (0, 2), "knn", 4)
    assert pitch.smoothing == grain.smoothing == 0.125
    assert s.listener.errors() == []


def test_projects_and_output_models_save_and_load_over_osc(served_inline, tmp_path, listener):
    """saveProject / loadProject and saveModelToFile / loadModelFromFile (WITHDATA)
    round-trip examples, settings and trained models; completion is reported."""
    s = served_inline
    s.control("outputs", 0, 0)
    s.control("setAlgorithm", 1, "linear")
    record_examples(s, [((x, 1 - x), (x, 0.5)) for x in np.linspace(0, 1, 9)])
    s.control("train")
    listener.wait("/wekinator/status/done-training")
    project, model = str(tmp_path / "proj"), str(tmp_path / "out1.json")
    s.control("saveProject", project)
    assert listener.wait("/wekinator/status/saved") == (project,)
    s.control("saveModelToFile", 1, model)
    listener.wait("/wekinator/status/saved", lambda a: a == (model,))
    s.control("deleteAllExamples")
    s.control("loadModelFromFile", 1, model, "WITHDATA")
    s.sync()
    assert list(s.stage.example_counts()) == [9, 0] and s.stage.trained[0]
    s.control("loadProject", project)
    assert listener.wait("/wekinator/status/loaded") == (project,)
    s.sync()
    assert s.stage.n_examples == 9 and s.stage.trained[0]
    assert s.stage.predict([0.25, 0.75])[0] == pytest.approx(0.25)
    assert listener.errors() == []


def test_save_errors_are_reported_and_keep_the_data(served_inline, tmp_path):
    """Saving into a path that cannot be a folder reports an error; the examples
    stay in memory and the stage keeps working."""
    s = served_inline
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    s.control("outputs", 0.5)
    s.control("startRecording")
    s.send(INPUTS, 1.0)
    s.control("saveProject", str(blocker / "project"))
    assert "save failed" in s.error_for("saveProject")
    s.send(INPUTS, 2.0)
    s.sync()
    assert s.stage.n_examples == 2


def test_outputs_reach_python_listeners_and_osc_together(served_inline):
    """The lead's routing hook (add_output_listener) and /wek/outputs receive the
    same values for each input while running."""
    s = served_inline
    heard = []
    s.stage.add_output_listener(heard.append)
    s.control("outputs", 0.25)
    s.control("startRunning")
    s.send(INPUTS, 1)
    assert s.listener.wait(OUTPUTS) == (0.25,)
    s.sync()
    assert len(heard) == 1 and heard[0][0] == 0.25


def test_stage_closes_cleanly(listener):
    """A stage with a served OSC port closes its threads, sockets and worker processes."""
    before = set(threading.enumerate())
    stage = RegressionStage(1, 1)
    server = WekinatorServer(stage, in_host="127.0.0.1", in_port=0, out_port=listener.port).start()
    stage.record([0], [0])
    stage.train().result(timeout=120)
    server.close()
    stage.close()
    assert set(threading.enumerate()) <= before
    assert not multiprocessing.active_children()
