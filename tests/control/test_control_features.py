"""DDSP-style conditioning: dimensions in Hz and dB, and a live input's pitch and loudness driving them
(ravebridge/units.py, ravebridge/features.py), with tests/models.py's DDSP-shaped synthesiser."""
from __future__ import annotations

import mido
import numpy as np
import pyo
import pytest

from ravebridge import features
from ravebridge.control.midi import Midi
from signals import fundamental

RATE = 48000


def _db(audio: np.ndarray) -> float:
    return 20 * np.log10(np.sqrt(np.mean(audio ** 2)))


@pytest.fixture
def ddsp(served):
    """An offline server with voice `d`: the DDSP-shaped model's forward (pitch, loudness), no smoothing."""
    s = served(outputs=2)
    s.client.done("/rave/voice/new", "d", "ddsp", "forward")
    s.client.done("/rave/d/smooth", 0)
    s.client.done("/rave/d/out", 0)
    return s


def test_a_pitch_dimension_takes_hz_to_nyquist_and_loudness_db_to_minus_120(ddsp):
    """The model labels its inputs `pitch` and `loudness`: a pitch of 1500 Hz plays (a fundamental of 1500 Hz
    within 1 %) where a latent is held within ±1000; a pitch past Nyquist, a negative one, a loudness below
    -120 dB are refused with the range; a routed value is held within it."""
    c = ddsp.client
    c.done("/rave/d/latent", 1500.0, -12.0)
    audio = ddsp.render(1.0)[int(0.5 * RATE):, 0]
    assert fundamental(audio, RATE) == pytest.approx(1500.0, rel=0.01)
    for address, args, told in [("/rave/d/latent", (30000.0, -12.0), "0..24000 Hz"),
                                ("/rave/d/dim", (0, -5.0), "0..24000 Hz"),
                                ("/rave/d/dim", (1, -130.0), "-120..20 dB")]:
        kind, params = c.ask(address, *args)
        assert kind == "/rave/fail" and told in params[0], (address, args, params)
    c.done("/rave/d/dim", 1, -120.0)
    voice = ddsp.rack.voice("d")
    assert voice.bounds(0) == (0.0, RATE / 2) and voice.bounds(1) == (-120.0, 20.0)


def test_a_live_inputs_pitch_and_loudness_drive_the_voice(ddsp):
    """Features from a live signal, read at every block: a 220 Hz sine gives an output whose fundamental is 220
    Hz within 1 %; the same sine 20 dB lower gives an output 20 dB lower (within 2 dB); then noise at the
    earlier level leaves the pitch where it was (YIN finds no period, so it holds) while the loudness follows."""
    voice = ddsp.rack.voice("d")
    sine, noise = pyo.Sine(220, mul=0.5), pyo.Noise(mul=0.5)
    signal = pyo.Sig(sine)        # the live input: the sine, then noise
    for index, kind in enumerate(features.KINDS):
        voice.set_feature(index, kind, signal, voice.make_feature(index, kind, signal))
    loud = ddsp.render(1.5)[int(0.5 * RATE):, 0]
    assert fundamental(loud, RATE) == pytest.approx(220.0, rel=0.01)
    sine.mul = 0.05
    quiet = ddsp.render(1.5)[int(0.5 * RATE):, 0]
    assert _db(quiet) - _db(loud) == pytest.approx(-20.0, abs=2.0)
    sine.mul = 0.5
    ddsp.render(0.5)
    before = voice.voice.getLatents()[1]
    signal.value = noise
    pitches, levels = [], []
    for _ in range(10):
        ddsp.render(0.1)
        pitch, level = voice.voice.getLatents()
        pitches.append(pitch)
        levels.append(level)
    assert np.allclose(pitches, pitches[0]) and pitches[0] == pytest.approx(220.0, rel=0.01), pitches
    assert levels[-1] > before + 3, (before, levels)     # the loudness follows: broadband noise weighs more


def test_feature_commands_and_their_refusals(ddsp):
    """/rave/<voice>/feature sets a dimension from a server input's pitch or loudness and `off` takes it back;
    an unknown kind, a dimension or input the voice or server lacks are refused with the reason; a snapshot
    keeps the features (a session's `features`)."""
    c = ddsp.client
    c.done("/rave/d/feature", 0, "pitch", 0)
    c.done("/rave/d/feature", 1, "loudness")
    voice = ddsp.rack.voice("d")
    assert sorted((i, k, ch) for i, (k, ch, _) in voice.features.items()) == [(0, "pitch", 0), (1, "loudness", 0)]
    ddsp.render(0.3)          # the offline server's input is silence: the loudness floor, the pitch held
    assert voice.voice.getLatents()[1] == pytest.approx(features.FLOOR_DB)
    from ravebridge.control import snapshot
    assert snapshot.capture(ddsp.rack)["voices"]["d"]["features"] == [[0, "pitch", 0], [1, "loudness", 0]]
    c.done("/rave/d/feature", 0, "off")
    assert list(voice.features) == [1]
    for args, told in [((0, "brightness"), "pitch, loudness or off"), ((2, "pitch"), "out of range"),
                       ((0, "pitch", 5), "input channel")]:
        kind, params = c.ask("/rave/d/feature", *args)
        assert kind == "/rave/fail" and told in params[0], (args, params)


def test_a_midi_keyboard_plays_the_voice(ddsp):
    """/rave/<voice>/notes: MIDI note 69 plays 440 Hz (within 1 %) at the loudness its velocity gives; a second
    note held over it takes over and releasing it returns to 69 (last-note priority); after the note-off and
    the release, silence; notes/off gives the dimensions back to the latents. Without MIDI on, refused."""
    c = ddsp.client
    kind, params = c.ask("/rave/d/notes", 0, 1)
    assert kind == "/rave/fail" and "MIDI" in params[0]
    midi = Midi(ddsp.dispatcher)          # MIDI on, no port: messages handed in as a port's callback does
    c.done("/rave/d/notes", 0, 1, 1)
    midi.receive(mido.Message("note_on", channel=0, note=69, velocity=100))
    midi.receive(mido.Message("note_on", channel=1, note=80, velocity=100))      # another channel: ignored
    a440 = ddsp.render(1.0)[int(0.5 * RATE):, 0]
    assert fundamental(a440, RATE) == pytest.approx(440.0, rel=0.01)
    assert ddsp.rack.voice("d").voice.getLatents()[1] == pytest.approx(20 * np.log10(100 / 127), abs=0.1)
    midi.receive(mido.Message("note_on", channel=0, note=72, velocity=100))
    c5 = ddsp.render(0.6)[int(0.3 * RATE):, 0]
    assert fundamental(c5, RATE) == pytest.approx(523.25, rel=0.01)
    midi.receive(mido.Message("note_off", channel=0, note=72))
    back = ddsp.render(0.6)[int(0.3 * RATE):, 0]
    assert fundamental(back, RATE) == pytest.approx(440.0, rel=0.01)
    midi.receive(mido.Message("note_off", channel=0, note=69))
    released = ddsp.render(1.0)[int(0.5 * RATE):, 0]
    assert np.abs(released).max() < 1e-4
    c.done("/rave/d/notes/off")
    c.done("/rave/d/latent", 330.0, -6.0)
    assert fundamental(ddsp.render(1.0)[int(0.5 * RATE):, 0], RATE) == pytest.approx(330.0, rel=0.01)
