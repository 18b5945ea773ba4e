"""The master section and per-voice mixing: limiter, master gain, panning over N channels, solo.

Real offline pyo servers with the whole control layer; the hold model plays latent 0 as a constant,
so every level can be read exactly from the server's own recording.
"""
from __future__ import annotations

import numpy as np
import pyo
import pytest

CEILING = 1.0        # the default ceiling: full scale


def test_limiter_is_on_by_default_and_holds_every_output_under_the_ceiling(served):
    """A voice pushed to +24 dB (and a model value far above full scale) never leaves the server above
    the ceiling; with the limiter off the same signal passes unchanged, which shows the limiter acted."""
    s = served(outputs=8)
    c = s.client
    c.done("/rave/voice/new", "a", "hold")
    c.done("/rave/a/out", 0, 5, 7)
    c.done("/rave/a/latent", 3.0, 0, 0, 0)
    c.done("/rave/a/db", 24)
    out = s.render(0.4)
    assert np.abs(out).max() <= CEILING + 1e-6
    assert out[-1, [0, 5, 7]] == pytest.approx([CEILING] * 3, abs=1e-4)
    gain, limit, ceiling, reduction, nout, *peaks = c.done("/rave/master/get")
    assert (gain, limit, ceiling, nout) == (1.0, 1, 0.0, 8)
    assert reduction < -30                           # 3.0 x 15.85 brought down to 1.0
    assert peaks[0] == pytest.approx(CEILING, abs=1e-4) and peaks[1] == 0.0

    c.done("/rave/master/limit", 0)
    out = s.render(0.2)
    assert out[-1, 0] == pytest.approx(3.0 * 10 ** (24 / 20), rel=1e-4)

    c.done("/rave/master/limit", 1, -6)              # a lower ceiling, on again
    out = s.render(0.4)
    assert out[-1, 0] == pytest.approx(10 ** (-6 / 20), abs=1e-4)
    assert np.abs(out).max() <= 10 ** (-6 / 20) + 1e-6


def test_below_the_ceiling_the_master_changes_nothing(served):
    """A voice under the ceiling comes out bit for bit: the limiter and mixer are transparent."""
    s = served()
    c = s.client
    c.done("/rave/voice/new", "a", "hold")
    c.done("/rave/a/smooth", 0)
    c.done("/rave/a/latent", 0.8125, 0, 0, 0)        # exactly representable: any change would show
    table = pyo.NewTable(0.5, chnls=2)
    recorder = pyo.TableRec(s.rack.master.output[:2], table).play()   # the master's own output, not a file
    s.render(0.4)
    out = np.array([table.getBuffer(0), table.getBuffer(1)])[:, 14400:19200]
    del recorder
    assert np.all(out == np.float32(0.8125))


def test_master_gain_scales_every_output(served):
    """master/db scales all channels after the voices' own gains; it is reported by master/get."""
    s = served(outputs=4)
    c = s.client
    c.done("/rave/voice/new", "a", "hold")
    c.done("/rave/a/latent", 0.5, 0, 0, 0)
    c.done("/rave/a/out", 1, 3)
    c.done("/rave/master/db", -6)
    out = s.render(0.3)
    assert out[-1].tolist() == pytest.approx([0, 0.5 * 10 ** (-6 / 20), 0, 0.5 * 10 ** (-6 / 20)], abs=1e-5)
    assert c.done("/rave/master/get")[0] == pytest.approx(10 ** (-6 / 20))


def test_pan_moves_a_voice_around_its_channels_with_equal_power(served):
    """pan runs a voice around the ring of its output channels (in /out's order) with pyo's SPan:
    at a channel's position only that channel sounds, halfway between two they share equal power;
    other channels of the server stay silent; pan/off returns to the channels-in-turn rule."""
    s = served(outputs=8)
    c = s.client
    c.done("/rave/voice/new", "a", "hold")
    c.done("/rave/a/latent", 0.5, 0, 0, 0)
    c.done("/rave/a/out", 2, 3, 4, 5)
    c.done("/rave/a/pan", 0.25)                      # second channel of the set: 3
    out = s.render(0.4)
    assert out[-1].tolist() == pytest.approx([0, 0, 0, 0.5, 0, 0, 0, 0], abs=1e-4)

    c.done("/rave/a/pan", 0.375)                     # halfway between channels 3 and 4
    out = s.render(0.4)
    assert out[-1, 3] == pytest.approx(out[-1, 4], abs=1e-4)
    assert out[-1, 3] ** 2 + out[-1, 4] ** 2 == pytest.approx(0.25, rel=1e-3)
    assert np.all(out[-1, [0, 1, 2, 5, 6, 7]] == 0)
    steps = np.abs(np.diff(out[:, 3]))
    assert steps.max() < 0.01                        # the position glides, it does not jump

    c.done("/rave/a/out", 6, 7)                      # a new set keeps the panning: 0.375 of a pair
    out = s.render(0.4)
    assert out[-1, 6] > out[-1, 7] > 0 and np.all(out[-1, :6] == 0)

    c.done("/rave/a/pan/off")
    out = s.render(0.3)
    assert out[-1].tolist() == pytest.approx([0, 0, 0, 0, 0, 0, 0.5, 0.5], abs=1e-5)


def test_solo_silences_the_others_until_it_ends(served):
    """While a voice is soloed only soloed voices sound; unsoloing or freeing it brings the rest back;
    mute still wins over solo."""
    s = served(outputs=4)
    c = s.client
    for name, channel, value in (("a", 0, 0.25), ("b", 1, 0.5), ("c", 2, 0.75)):
        c.done("/rave/voice/new", name, "hold")
        c.done(f"/rave/{name}/out", channel)
        c.done(f"/rave/{name}/latent", value, 0, 0, 0)
    c.done("/rave/b/solo", 1)
    out = s.render(0.4)
    assert out[-1].tolist() == pytest.approx([0, 0.5, 0, 0], abs=1e-5)
    c.done("/rave/c/solo", 1)
    c.done("/rave/c/mute", 1)
    out = s.render(0.2)
    assert out[-1].tolist() == pytest.approx([0, 0.5, 0, 0], abs=1e-5)
    c.done("/rave/b/solo", 0)
    c.done("/rave/c/mute", 0)
    out = s.render(0.2)
    assert out[-1].tolist() == pytest.approx([0, 0, 0.75, 0], abs=1e-5)
    c.done("/rave/voice/free", "c")
    out = s.render(0.3)
    assert out[-1].tolist() == pytest.approx([0.25, 0.5, 0, 0], abs=1e-5)


def test_mixing_commands_refuse_bad_values(served):
    """Out-of-range positions and ceilings, and a voice name that is now a command, are refused."""
    s = served()
    c = s.client
    c.done("/rave/voice/new", "a", "hold")
    assert c.ask("/rave/a/pan", 1.5)[0] == "/rave/fail"
    assert c.ask("/rave/master/limit", 1, 3.0)[0] == "/rave/fail"
    kind, (reason,) = c.ask("/rave/voice/new", "master", "hold")
    assert kind == "/rave/fail" and "reserved" in reason


def test_a_decoder_follows_an_encoder_on_a_live_input(served):
    """Audio-driven latent control: an encoder on an input feeds a decoder's latents every block, through
    the decoder's own scale and bias; follow/off hands the latents back to commands; following a voice
    that is not an encoder is refused with the reason."""
    s = served(outputs=2)
    c = s.client
    live = pyo.Sig(0.25)                             # the live input, as any pyo object
    s.rack.add("ear", "hold", "encode", input=live)
    c.done("/rave/voice/new", "mouth", "hold")
    c.done("/rave/mouth/smooth", 0)
    c.done("/rave/mouth/out", 1)
    c.done("/rave/mouth/follow", "ear")
    c.done("/rave/mouth/scale", 0, 2.0)
    out = s.render(0.4)
    assert out[-1, 1] == pytest.approx(0.5, abs=1e-5)   # the input level, through the encoder, x 2
    live.value = -0.125
    out = s.render(0.3)
    assert out[-1, 1] == pytest.approx(-0.25, abs=1e-5)
    c.done("/rave/mouth/follow/off")
    c.done("/rave/mouth/latent", 0.1, 0, 0, 0)
    out = s.render(0.3)
    assert out[-1, 1] == pytest.approx(0.2, abs=1e-5)
    kind, (reason,) = c.ask("/rave/mouth/follow", "mouth")
    assert kind == "/rave/fail" and "does not output latents" in reason
