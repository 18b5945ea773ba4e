"""rave.regress in Pd against the real regression stage (Wekinator protocol), in this process."""
from __future__ import annotations


import pytest

from pdharness import Instance, console_errors, waiter



wait = waiter(15.0)


@pytest.fixture
def regress(harness, stage):
    st, in_port, out_port = stage
    h = harness([Instance("regress", f"rave.regress 127.0.0.1 {in_port} {out_port}")])
    return h, st


def record(h, st, targets, point, n=20):
    h.to("regress", "outputs", *targets)
    assert wait(lambda: st.targets is not None and list(st.targets) == pytest.approx(targets, abs=1e-6))
    before = st.n_examples
    h.to("regress", "record", 1)
    assert wait(lambda: st.recording)
    for _ in range(n):
        h.to("regress", "inputs", *point)
    h.to("regress", "record", 0)
    assert wait(lambda: not st.recording and st.n_examples >= before + n)


def test_record_train_run_delete(regress):
    """The toggles and bangs of rave.regress record examples, train, run and delete in the real stage;
    running gives outputs on the left outlet, training-done and the example count reach the display."""
    h, st = regress
    record(h, st, [0.2, 0.8], [0.1, 0.1])
    record(h, st, [0.9, 0.1], [0.9, 0.9])
    assert h.wait_output("regress", 1, lambda a: a[:1] == ["examples"] and a[1] >= 40), \
        "no example count came back"
    shown = h.displays("regress")
    assert shown["examples"][0] >= 40
    h.to("regress", "train")
    assert h.wait_output("regress", 1, lambda a: a == ["done-training"], timeout=60), "training never ended"
    assert st.trained.all()
    assert h.displays("regress")["status"] == ["trained"]
    h.to("regress", "run", 1)
    assert wait(lambda: st.running)
    h.listener.clear()
    h.to("regress", "inputs", 0.1, 0.1)
    out = h.wait_output("regress", 0, lambda a: len(a) == 2)
    assert out is not None and out[0] < out[1], f"outputs for the first pose should be near 0.2 0.8: {out}"
    h.to("regress", "run", 0)
    assert wait(lambda: not st.running)
    h.to("regress", "delete")
    assert wait(lambda: st.n_examples == 0)
    assert h.wait_output("regress", 1, lambda a: a[:2] == ["examples", 0.0])
    assert not console_errors(h.console())


def test_stage_errors_are_displayed(regress):
    """A refused command comes back as /wekinator/status/error and is shown in rave.regress's error field."""
    h, st = regress
    h.to("regress", "train")        # nothing to train on
    got = h.wait_output("regress", 1, lambda a: a[:1] == ["error"])
    assert got is not None and got[1] == "/wekinator/control/train"
    shown = h.displays("regress")
    assert "example" in str(shown["error"][0])


def test_recording_state_is_shared(harness, stage):
    """The shared recording state (set by the foot switch in rave.gametrak.scale) shows on rave.regress's toggle,
    and the targets rave.regress holds are sent before the foot switch starts recording."""
    st, in_port, out_port = stage
    h = harness([Instance("regress", f"rave.regress 127.0.0.1 {in_port} {out_port}", x=10, y=10),
                 Instance("scale", f"rave.gametrak.scale 127.0.0.1 {in_port}", x=300, y=10)])
    h.to("regress", "outputs", 0.3, 0.6)
    assert wait(lambda: st.targets is not None)
    st.set_targets([0.0, 0.0])      # as if the stage had restarted and lost them
    for axis in ("abs_x", "abs_y", "abs_z", "abs_rx", "abs_ry", "abs_rz"):
        h.to("scale", "abs", axis, 2048)
    h.to("scale", "key", "btn_0", 1)
    assert wait(lambda: st.recording)
    assert list(st.targets) == pytest.approx([0.3, 0.6])
    assert h.displays("regress")["recording"] == [1.0]
    h.to("scale", "key", "btn_0", 1)
    assert wait(lambda: not st.recording)
    assert wait(lambda: st.n_examples > 0)
    assert h.displays("regress")["recording"] == [0.0]
