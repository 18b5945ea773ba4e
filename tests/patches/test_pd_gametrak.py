"""The Gametrak scaling and routing in Pd, fed [hid]-style messages, heard as the stage would hear it."""
from __future__ import annotations

import pytest

from pdharness import DATA_DIR, Instance, Listener, console_errors

RAW_MAX = 4095
AXES = ("abs_x", "abs_y", "abs_z", "abs_rx", "abs_ry", "abs_rz")


def inputs_of(msgs):
    return [a for addr, a in msgs if addr == "/wek/inputs"]


def controls_of(msgs):
    return [addr.rsplit("/", 1)[-1] for addr, _ in msgs if addr.startswith("/wekinator/control/")]


def close(a, b, tol=1e-4):
    return len(a) == len(b) and all(abs(x - y) < tol for x, y in zip(a, b))


def expected(values):
    """0..1 per axis; the lengths (third and sixth) inverted, so pulling a string out increases them."""
    out = [v / RAW_MAX for v in values]
    out[2], out[5] = 1 - out[2], 1 - out[5]
    return out


@pytest.fixture
def stage():
    """A python-osc listener standing in for the regression stage's input port."""
    listener = Listener()
    yield listener
    listener.close()


@pytest.fixture
def scaled(harness, stage):
    h = harness([Instance("scale", f"rave.gametrak.scale 127.0.0.1 {stage.port}")])
    return h, stage


def send_frame(h, values):
    for axis, v in zip(AXES, values):
        h.to("scale", "abs", axis, v)


def test_axes_are_normalised_and_lengths_inverted(scaled):
    """[hid] values 0..4095 arrive as six 0..1 floats in /wek/inputs, string lengths inverted."""
    h, stage = scaled
    raw = [0, 4095, 4095, 1024, 3071, 0]
    send_frame(h, raw)
    want = expected(raw)
    got = stage.wait_for(lambda msgs: [a for a in inputs_of(msgs) if close(a, want)])
    assert got, f"no /wek/inputs equal to {want}: {inputs_of(stage.snapshot())[-3:]}"
    # the same values leave by the left outlet, for the patch's own use
    assert h.wait_output("scale", 0, lambda a: close(a, want))
    assert not console_errors(h.console())


def test_every_message_carries_all_six_current_values(scaled):
    """A tick sends the current value of every axis, never a mix of old and new within one frame."""
    h, stage = scaled
    send_frame(h, [100] * 6)
    first = expected([100] * 6)
    assert stage.wait_for(lambda msgs: [a for a in inputs_of(msgs) if close(a, first)])
    send_frame(h, [3000] * 6)
    second = expected([3000] * 6)
    assert stage.wait_for(lambda msgs: [a for a in inputs_of(msgs) if close(a, second)])
    for a in inputs_of(stage.snapshot()):
        assert close(a, first) or close(a, second), a


def test_nothing_is_sent_before_the_first_axis(scaled):
    """The stage learns its input count from the first message: no zeros go out before the device speaks."""
    h, stage = scaled
    h.to("scale", "smooth", 0)                     # a message that is not an axis
    assert not stage.wait_for(inputs_of, timeout=0.5)
    send_frame(h, [2048] * 6)
    assert stage.wait_for(inputs_of)


def test_range_sets_the_raw_span_and_values_are_clipped(scaled):
    """`range lo hi` sets the raw span of every axis; values outside it stay within 0..1."""
    h, stage = scaled
    h.to("scale", "range", 1000, 3000)
    send_frame(h, [2000, 500, 3500, 3000, 1000, 1000])
    want = [0.5, 0.0, 0.0, 1.0, 0.0, 1.0]
    assert stage.wait_for(lambda msgs: [a for a in inputs_of(msgs) if close(a, want)])


def test_foot_switch_toggles_recording(scaled):
    """Each press of the foot switch (key btn_0 1) toggles start/stopRecording; releases do nothing."""
    h, stage = scaled
    send_frame(h, [2048] * 6)
    h.to("scale", "key", "btn_0", 1)
    h.to("scale", "key", "btn_0", 0)
    assert stage.wait_for(lambda msgs: controls_of(msgs) == ["startRecording"])
    assert h.wait_output("scale", 1, lambda a: a == ["record", 1.0])
    h.to("scale", "key", "btn_0", 1)
    h.to("scale", "key", "btn_0", 0)
    assert stage.wait_for(lambda msgs: controls_of(msgs) == ["startRecording", "stopRecording"])
    assert h.wait_output("scale", 1, lambda a: a == ["record", 0.0])


def test_foot_switch_hold_mode(scaled):
    """`foot hold`: recording lasts as long as the switch is held down."""
    h, stage = scaled
    h.to("scale", "foot", "hold")
    h.to("scale", "key", "btn_0", 1)
    assert stage.wait_for(lambda msgs: controls_of(msgs) == ["startRecording"])
    h.to("scale", "key", "btn_0", 0)
    assert stage.wait_for(lambda msgs: controls_of(msgs) == ["startRecording", "stopRecording"])


def test_smoothing_approaches_a_step(scaled):
    """`smooth <ms>` turns a step into a one-pole approach: values rise monotonically to the target."""
    h, stage = scaled
    send_frame(h, [0, 0, 4095, 0, 0, 4095])          # all zeros after inversion
    assert stage.wait_for(lambda msgs: [a for a in inputs_of(msgs) if a == [0.0] * 6])
    h.to("scale", "smooth", 100)
    stage.clear()
    h.to("scale", "abs", "abs_x", 4095)

    def approached(msgs):
        xs = [a[0] for a in inputs_of(msgs)]
        return xs if xs and xs[-1] > 0.95 else None
    seen = stage.wait_for(approached)
    assert seen, "the smoothed value never approached the step"
    assert len([x for x in seen if 0 < x < 0.95]) >= 3, f"no gradual approach: {seen[:10]}"
    assert all(b >= a for a, b in zip(seen, seen[1:]))


def recording():
    return [list(map(int, line.split())) for line in (DATA_DIR / "gametrak-demo.txt").read_text().splitlines()]


def test_shipped_recording_is_well_formed():
    """The replay file holds frames of six 12-bit axes and a 0/1 foot switch, with foot presses to record."""
    frames = recording()
    assert len(frames) > 500
    assert all(len(f) == 7 and all(0 <= v <= 4095 for v in f[:6]) and f[6] in (0, 1) for f in frames)
    presses = [i for i in range(1, len(frames)) if frames[i][6] == 1 and frames[i - 1][6] == 0]
    assert len(presses) >= 4 and len(presses) % 2 == 0


def test_replay_drives_the_scaling(harness, stage):
    """rave.replay plays the recording as [hid] events: the scaling sends each frame's values as /wek/inputs
    and turns the recording's foot presses into start/stopRecording."""
    frames = recording()
    presses = [i for i in range(1, len(frames)) if frames[i][6] == 1 and frames[i - 1][6] == 0]
    first, last = presses[0] - 5, presses[1] + 20
    h = harness([Instance("replay", "rave.replay", x=10, y=10),
                 Instance("scale", f"rave.gametrak.scale 127.0.0.1 {stage.port}", x=300, y=10)],
                links=[("replay", 0, "scale", 0)])
    h.to("replay", "play", first, last)
    assert h.wait_output("replay", 1, lambda a: a == ["end"], timeout=15), "the replay did not reach its end"
    assert stage.wait_for(lambda msgs: controls_of(msgs) == ["startRecording", "stopRecording"])
    want = expected(frames[last][:6])
    assert stage.wait_for(lambda msgs: [a for a in inputs_of(msgs) if close(a, want)]), \
        "the last frame's values never reached the stage"
    assert not console_errors(h.console())
