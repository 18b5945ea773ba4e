"""OSC control of a real offline pyo server over loopback UDP: each command's reply and its effect
on the audio or the state."""
from __future__ import annotations

import math

import numpy as np
import pytest

from ravebridge.control.commands import Command


def test_voice_life_cycle_and_status(served):
    """voice/new answers with the voice's latency, list and status describe it, free removes it
    and the voice falls silent; status carries rate, buffer, voice count, CPU, late blocks and JACK's xruns
    (0 here: an offline server has no JACK)."""
    s = served()
    c = s.client
    name, latency = c.done("/rave/voice/new", "a", "hold")
    assert (name, latency) == ("a", s.rack.voice("a").voice.latency)
    c.done("/rave/a/latent", 0.5, 0, 0, 0)
    assert c.ask("/rave/voice/list") == ("/rave/voice/list.reply", ["a", "hold.ts", "decode"])
    kind, status = c.ask("/rave/status")
    assert kind == "/rave/status.reply"
    assert status[:3] == [48000, 256, 1] and 0.0 <= status[3] <= 1.0 and status[4] == 0 and status[5] == 0
    assert status[6:] == ["a", latency]
    out = s.render(0.3)
    assert out[-1, 0] == pytest.approx(0.5, abs=1e-5)
    assert c.done("/rave/voice/free", "a") == ["a"]
    assert c.ask("/rave/voice/list") == ("/rave/voice/list.reply", [])
    out = s.render(0.2)
    assert not np.any(out[-2000:])
    assert c.ask("/rave/a/gain", 1.0)[0] == "/rave/fail"


def test_latents_gain_mute_and_routing_shape_the_output(served):
    """Integers count as numbers (Max sends them); gain, dB and mute scale the voice, /out moves it
    to other channels, and /get reports all of it."""
    s = served()
    c = s.client
    c.done("/rave/voice/new", "a", "hold")
    c.done("/rave/a/latent", 1, 0, 0, 0)          # ints, as Max sends them
    c.done("/rave/a/out", 3)
    out = s.render(0.3)
    assert out[-1].tolist() == pytest.approx([0, 0, 0, 1.0], abs=1e-5)

    c.done("/rave/a/gain", 0.5)
    c.done("/rave/a/out", 0, 2)                     # a mono voice spread over two channels
    out = s.render(0.2)
    assert out[-1].tolist() == pytest.approx([0.5, 0, 0.5, 0], abs=1e-5)

    c.done("/rave/a/db", -12)
    out = s.render(0.2)
    assert out[-1, 0] == pytest.approx(10 ** (-12 / 20), abs=1e-5)

    c.done("/rave/a/mute", 1)
    gain, mute, level, state, nout, *rest = c.done("/rave/a/get")
    assert (gain, mute, state, nout, rest) == (pytest.approx(10 ** (-12 / 20)), 1, "ok", 2, [0, 2, 1.0, 0, 0, 0])
    assert 10 ** (-12 / 20) - 1e-3 < level <= 0.5     # the meter falls over 300 ms from the last level
    out = s.render(0.2)
    assert not np.any(out[-2000:])
    c.done("/rave/a/mute", 0.0)                     # floats count as flags too (Pd sends them)
    out = s.render(0.2)
    assert out[-1, 0] == pytest.approx(10 ** (-12 / 20), abs=1e-5)


def test_gain_and_mute_glide_instead_of_clicking(served):
    """A mute ramps down over about 20 ms rather than cutting to zero in one sample."""
    s = served()
    c = s.client
    c.done("/rave/voice/new", "a", "hold")
    c.done("/rave/a/latent", 1, 0, 0, 0)
    s.render(0.3)
    c.done("/rave/a/mute", 1)
    out = s.render(0.1)[:, 0]
    steps = np.abs(np.diff(out))
    assert out[0] > 0.9 and out[-1] == 0
    assert steps.max() < 0.01                       # 20 ms at 48 kHz: about 1/960 per sample


def test_dimension_bias_scale_and_smooth(served):
    """dim, scale and bias act per dimension (value * scale + bias); smooth 0 applies at once."""
    s = served()
    c = s.client
    c.done("/rave/voice/new", "a", "hold")
    c.done("/rave/a/smooth", 0)
    c.done("/rave/a/dim", 0, 0.25)
    c.done("/rave/a/scale", 0, 2)
    c.done("/rave/a/bias", 0, 0.1)
    out = s.render(0.3)
    assert out[-1, 0] == pytest.approx(0.6, abs=1e-5)
    assert c.done("/rave/a/get")[-4:] == pytest.approx([0.25, 0, 0, 0])


def test_stereo_voice_spreads_over_outputs(served):
    """A two-channel model on four outputs plays left, right, left, right."""
    s = served()
    c = s.client
    c.done("/rave/voice/new", "st", "stereo")
    c.done("/rave/st/latent", 0.2, -0.4)
    c.done("/rave/st/out", 0, 1, 2, 3)
    out = s.render(0.3)
    assert out[-1].tolist() == pytest.approx([0.2, -0.4, 0.2, -0.4], abs=1e-5)


def test_model_attributes_typed_get_and_set(served):
    """attr/list names attributes with types; attr/set converts to the setter's types and changes the
    sound; attr/get returns the values then their types; a bad value fails with the model's reason."""
    s = served()
    c = s.client
    c.done("/rave/voice/new", "a", "attributes")
    assert c.done("/rave/a/attr/list") == ["gain", "float", "invert", "bool"]
    assert c.done("/rave/a/attr/set", "gain", 2) == ["gain", 2.0]
    assert c.done("/rave/a/attr/set", "invert", 1) == ["invert", 1]
    assert c.done("/rave/a/attr/get", "gain") == ["gain", 2.0, "float"]
    c.done("/rave/a/latent", 0.25, 0, 0, 0)
    out = s.render(0.3)
    assert out[-1, 0] == pytest.approx(-0.5, abs=1e-5)
    kind, (reason,) = c.ask("/rave/a/attr/set", "invert", "maybe")
    assert kind == "/rave/fail" and "expects bool" in reason
    kind, (reason,) = c.ask("/rave/a/attr/get", "volume")
    assert kind == "/rave/fail" and "no attribute 'volume'" in reason and "gain, invert" in reason


def test_model_swap_crossfades_with_equal_power_and_spares_other_voices(served):
    """/load answers once the new model is loaded; the old model fades out along √(1−x) while the new
    one fades in, over the configured crossfade; the neighbour voice never changes by a sample."""
    s = served(crossfade=0.05)
    c = s.client
    c.done("/rave/voice/new", "steady", "hold")
    c.done("/rave/steady/latent", 0.25, 0, 0, 0)
    c.done("/rave/steady/out", 0)
    c.done("/rave/voice/new", "b", "hold")
    c.done("/rave/b/latent", 0.5, 0, 0, 0)
    c.done("/rave/b/out", 1)
    s.render(0.3)
    assert c.done("/rave/b/load", "stereo") == [s.rack.voice("b").voice.latency]
    out = s.render(0.5)
    np.testing.assert_allclose(out[:, 0], 0.25, atol=1e-6)
    b = out[:, 1]                                   # stereo's latents start at zero: it fades to silence
    assert b[0] == pytest.approx(0.5, abs=1e-5) and b[-1] == 0.0
    falling = np.flatnonzero((b < 0.5 - 1e-4) & (b > 1e-4))
    assert abs(len(falling) - 0.05 * 48000) < 256
    middle = b[falling[len(falling) // 2]]
    assert middle == pytest.approx(0.5 * math.sqrt(0.5), abs=0.01)     # equal power: not 0.25
    assert np.all(np.diff(b[falling[0]:falling[-1]]) <= 1e-9)
    assert c.ask("/rave/voice/list")[1] == ["steady", "hold.ts", "decode", "b", "stereo.ts", "decode"]
    assert len(s.rack.voice("b").takes) == 1       # the old model was freed once faded out


def test_latents_carry_over_a_swap_to_a_model_of_the_same_size(served):
    """Swapping between models with the same latent size keeps the voice's latents, bias and scale."""
    s = served()
    c = s.client
    c.done("/rave/voice/new", "b", "hold")
    c.done("/rave/b/latent", 0.4, 0, 0, 0)
    c.done("/rave/b/scale", 0, 0.5)
    c.done("/rave/b/load", "attributes")
    out = s.render(0.5)
    assert out[-1, 0] == pytest.approx(0.2, abs=1e-5)
    assert s.rack.voice("b").voice._shard.path.endswith("attributes.ts")


def test_timed_bundle_changes_land_on_one_buffer(served):
    """Messages of an immediate bundle take effect together, at the next buffer: both voices change
    in the same sample. A time tag in the future delays the change to its buffer."""
    s = served()
    c = s.client
    for name, ch in (("a", 0), ("b", 1)):
        c.done("/rave/voice/new", name, "hold")
        c.done(f"/rave/{name}/latent", 0.5, 0, 0, 0)
        c.done(f"/rave/{name}/out", ch)
    s.render(0.3)
    c.send_bundle([("/rave/a/mute", [1]), ("/rave/b/mute", [1])])
    assert c.answer("/rave/a/mute")[0] == c.answer("/rave/b/mute")[0] == "/rave/done"
    out = s.render(0.2)
    a_moves = np.flatnonzero(out[:, 0] < 0.5 - 1e-6)[0]
    b_moves = np.flatnonzero(out[:, 1] < 0.5 - 1e-6)[0]
    assert a_moves == b_moves < 256


def test_replies_are_never_answered(served):
    """Messages that look like ravebridge's own replies are dropped, so two servers cannot ping-pong."""
    s = served()
    c = s.client
    for address in ("/rave/done", "/rave/fail", "/rave/status.reply", "/rave/x/frame", "/rave/x/error"):
        c.send(address, "/rave/status", "whatever")
    assert c.silence() == []


def test_notify_pushes_status_and_encoder_frames(served):
    """After /rave/notify 1 the sender receives status every interval and encoder frames as they come;
    /rave/notify 0 stops both."""
    s = served()
    c = s.client
    c.done("/rave/voice/new", "enc", "hold", "encode")
    kind, _ = c.ask("/rave/enc/latent", 0, 0, 0, 0)
    assert kind == "/rave/fail"
    c.done("/rave/notify", 1)
    assert c.next(lambda m: m.address == "/rave/status.reply").params[:3] == [48000, 256, 1]
    s.render(0.2)
    frame = c.next(lambda m: m.address == "/rave/enc/frame")
    assert frame.params == [0.0, 0.0, 0.0, 0.0]      # the offline server's input is silence
    c.done("/rave/notify", 0)
    c.silence(0.5)
    s.render(0.2)
    assert [m.address for m in c.silence(0.5)] == []


def test_quit_answers_then_asks_to_stop(served):
    """/rave/quit is answered with done and sets what `serve` waits on to stop."""
    s = served()
    assert not s.running.stopped.is_set()
    assert s.client.done("/rave/quit") == []
    assert s.running.stopped.is_set()


def test_python_api_uses_the_same_commands(served):
    """The dispatcher answers Python callers with the same Reply values that OSC sends."""
    s = served()
    reply = s.dispatcher.call(Command("/rave/voice/new", ("p", "hold")))
    assert reply.ok and reply.args == ("/rave/voice/new", "p", s.rack.voice("p").voice.latency)
    reply = s.dispatcher.call(Command("/rave/p/dim", (9, 0.0)))
    assert not reply.ok and "out of range" in reply.reason
