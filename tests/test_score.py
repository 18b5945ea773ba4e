"""Offline score rendering: timed OSC commands through the real dispatcher, rack and engine into a WAV."""
from __future__ import annotations

import os
import subprocess
import sys
import warnings

import numpy as np
import pytest
from scipy.io import wavfile

from ravebridge.score import ScoreError, read_score, render_score

EXAMPLE = os.path.join(os.path.dirname(__file__), "..", "examples", "score-demo.txt")


@pytest.fixture
def hold(model_files, monkeypatch):
    """The hold test model (output = latent 0, no delay of its own), found by name as `hold`."""
    monkeypatch.setenv("RAVEBRIDGE_MODELS", os.path.dirname(model_files["hold"]))


def write(tmp_path, text: str) -> str:
    path = tmp_path / "score.txt"
    path.write_text(text)
    return str(path)


def onset(x: np.ndarray) -> int:
    return int(np.argmax(np.abs(x) > 1e-3))


def test_voices_sound_on_their_channels_from_their_times(hold, tmp_path):
    """Two voices routed to channels 2 and 5 of 8 sound only there, each starting within one buffer plus its
    reported latency of its command's time, holding the values set; lines out of time order are sorted,
    equal times keep file order (out after new), and /rave/quit ends the render at its time."""
    path = write(tmp_path, """
        # b's change is written first but comes later
        0.5   /rave/b/dim 0 -0.25
        0     /rave/voice/new a hold
        0     /rave/a/out 2
        0     /rave/voice/new b hold
        0     /rave/b/out 5
        0.25  /rave/a/dim 0 0.5
        0.75  /rave/quit
        end 2
    """)
    latency = {}

    def answered(event, reply):
        assert reply.ok, reply
        if event.command.address == "/rave/voice/new":
            latency[reply.args[1]] = reply.args[2]
    audio, rate = render_score(read_score(path), outputs=8, buffer=256, on_reply=answered)
    assert rate == 48000 and audio.shape == (8, int(0.75 * rate))
    assert not np.any(audio[[0, 1, 3, 4, 6, 7]])
    for channel, name, when, value in ((2, "a", 0.25, 0.5), (5, "b", 0.5, -0.25)):
        t = int(when * rate)
        assert t - 256 <= onset(audio[channel]) <= t + latency[name] + 256
        assert audio[channel, -100:] == pytest.approx(value, abs=1e-3)


def test_the_example_renders_the_same_twice(tmp_path):
    """examples/score-demo.txt stays valid, sounds on all eight channels, and renders bit for bit the same
    twice (a score is a deterministic pre-production and test tool). At a 512-sample buffer, so that a busy
    machine cannot give the demo model a buffer more latency in one render (latency comes from warm-up timing)."""
    score = read_score(EXAMPLE)
    first, rate = render_score(score, outputs=8, buffer=512)
    second, _ = render_score(score, outputs=8, buffer=512)
    assert first.shape == (8, 8 * rate)
    assert np.all(np.abs(first).max(axis=1) > 0.01)
    assert np.array_equal(first, second)


def test_every_bad_line_is_listed_with_its_number(tmp_path):
    """A score with mistakes is refused before anything runs, each problem named `file:line: reason`
    (bad times, unknown lines and commands, wrong arguments, quotes, `end`), while good lines pass."""
    path = write(tmp_path, "\n".join([
        "0 /rave/voice/new lead demo   # fine",
        "-1 /rave/lead/db -6",
        "nan /rave/lead/db -6",
        "0.5 /rave/lead/gain 20",
        "1 /rave/lead/frobnicate 1",
        "hello world",
        '2 /rave/voice/new pad "unclosed',
        "3 /rave/lead/latent 1 2 three",
        '4 /rave/voice/new "808" demo      # a quoted number is a string: fine',
        "end",
        "end 0",
        "5 /rave/midi/learn lead gain",
    ]))
    with pytest.raises(ScoreError) as caught:
        read_score(path)
    lines = [int(p.split(":")[1]) for p in caught.value.problems]
    assert lines == [2, 3, 4, 5, 6, 7, 8, 10, 11, 12]
    assert all(p.startswith(f"{path}:") for p in caught.value.problems)
    assert "out of range" in caught.value.problems[2] and "no closing quotation" in caught.value.problems[5]


def rb(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ravebridge.cli", "score", *map(str, args)],
                          capture_output=True, text=True, timeout=180)


def test_cli_builds_a_session_and_writes_one_wav_channel_per_output(hold, tmp_path):
    """`ravebridge score --session` builds the session's voices first (the score drives them) and writes a WAV
    with the session's output count, at the rate given on the command line, for the score's length."""
    session = tmp_path / "set.toml"
    session.write_text('[server]\noutputs = 3\n\n[voices.a]\nmodel = "hold"\noutputs = [2]\n')
    path = write(tmp_path, "0.1 /rave/a/dim 0 0.5\nend 0.5\n")
    out = tmp_path / "out.wav"
    result = rb(path, "-o", out, "--session", session, "--sr", 44100)
    assert result.returncode == 0, result.stderr
    with warnings.catch_warnings():   # pyo writes a PEAK chunk scipy does not know
        warnings.simplefilter("ignore")
        rate, data = wavfile.read(out)
    assert rate == 44100 and data.shape == (int(0.5 * 44100), 3)
    assert np.abs(data[-100:, 2]).min() > 0.4 and not np.any(data[:, :2])


def test_cli_names_the_line_of_a_command_that_fails_while_playing(hold, tmp_path):
    """A command that is well formed but fails when its time comes (its voice was freed) stops the render
    with one line naming its line number, a non-zero exit and no WAV."""
    path = write(tmp_path, "0 /rave/voice/new a hold\n0.5 /rave/voice/free a\n# then\n1 /rave/a/db -6\n")
    out = tmp_path / "out.wav"
    result = rb(path, "-o", out)
    assert result.returncode == 1 and not out.exists()
    assert result.stderr.strip().splitlines()[-1] == f"ravebridge: {path}:4: /rave/a/db: no voice named a " \
                                                     "(voices: none)"
    assert "Traceback" not in result.stderr
