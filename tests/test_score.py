"""Offline score rendering: timed OSC commands through the real dispatcher, rack and engine into a WAV."""
from __future__ import annotations

import os
import subprocess
import sys
import warnings

import numpy as np
import pytest
from scipy.io import wavfile

from ravebridge.control.commands import Command
from ravebridge.control.gestures import line
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


def test_settings_lines_are_read_and_every_bad_one_is_listed(tmp_path):
    """The settings a recorded take writes (rate, buffer, outputs, allowance, lead, channels, folders) are
    read as the score's own; a setting given twice, out of range, of the wrong kind, or a channel named twice
    is listed with its line, as a bad command is."""
    good = read_score(write(tmp_path, "rate 44100\nbuffer 512\noutputs 8\nallowance 3\nlead 0.01\n"
                                      "channels 2 0\nfolder '/a b'\nfolder /c\n0 /rave/voice/new a hold\nend 1\n"))
    assert (good.rate, good.buffer, good.outputs, good.allowance, good.lead, good.channels, good.folders) == \
        (44100, 512, 8, 3, 0.01, [2, 0], ["/a b", "/c"])
    path = write(tmp_path, "\n".join(["rate 44100", "rate 48000", "buffer 8", "outputs two", "allowance 1.5",
                                      "lead -1", "channels 1 1", "channels", "folder", "buffer 256"]))
    with pytest.raises(ScoreError) as caught:
        read_score(path)
    assert [int(p.split(":")[1]) for p in caught.value.problems] == [2, 3, 4, 5, 6, 7, 8, 9]


def test_a_written_line_reads_back_as_the_same_command(tmp_path):
    """A take's score writes each command as a line that reads back as the same command and time: strings
    stay strings even when they look like numbers or hold spaces, floats keep every bit, flags are 0 or 1."""
    commands = [Command("/rave/voice/new", ("808", "my model.ts", "decode")),
                Command("/rave/a/latent", (0.1, -1e-7, 3.0, 2)), Command("/rave/a/mute", (True,)),
                Command("/rave/a/attr/set", ("mode", "it's")), Command("/rave/a/dim", (0, 1 / 3))]
    times = [0.0, 1 / 48000, 2.5, 1e-9, 12345.678]
    score = read_score(write(tmp_path, "\n".join(line(t, c) for t, c in zip(times, commands))))
    assert [e.time for e in score.events] == times
    assert [e.command for e in score.events] == [commands[0], commands[1], Command("/rave/a/mute", (1,)),
                                                 commands[3], commands[4]]
    kept = line(1.0, Command("/rave/a/attr/set", ("mode", "a\nb")))
    assert kept.startswith("# ") and "line break" in kept     # kept, as a comment that says why


def test_a_scores_settings_shape_the_render(hold, tmp_path):
    """A score's outputs, rate and buffer set the render's; its channels pick and order the outputs
    returned; its lead is played first and cut, so the render lasts `end`; options given to the render
    win over the score's own."""
    path = write(tmp_path, """
        rate 44100
        buffer 128
        outputs 4
        channels 2 0
        lead 0.05
        0     /rave/voice/new a hold
        0     /rave/a/smooth 0
        0     /rave/a/out 2
        0     /rave/a/dim 0 0.5
        end 0.5
    """)
    audio, rate = render_score(read_score(path))
    assert rate == 44100 and audio.shape == (2, int(0.5 * 44100))
    assert not np.any(audio[1]) and audio[0, -100:] == pytest.approx(0.5, abs=1e-3)
    audio, rate = render_score(read_score(path), sample_rate=48000, outputs=3)
    assert rate == 48000 and audio.shape == (2, 24000)


def test_a_scores_seed_seeds_every_models_draws(hold, tmp_path):
    """`seed N` seeds the models' random draws (RAVE's decoder draws noise): the noisy model renders the same
    samples twice at one seed and other samples at another; without the line, the seed is 0."""
    def render(seed: str) -> np.ndarray:
        return render_score(read_score(write(tmp_path, f"""
            {seed}
            0 /rave/voice/new a noisy
            0 /rave/a/out 0
            end 0.3
        """)), outputs=1)[0]
    first, again, other, default = render("seed 7"), render("seed 7"), render("seed 8"), render("")
    assert np.any(first) and np.array_equal(first, again) and not np.array_equal(first, other)
    np.testing.assert_array_equal(default, render("seed 0"))


def test_a_score_renders_with_another_model_and_names_what_no_longer_fits(model_files, tmp_path):
    """A score played with the demo model (8 latents) renders with the hold model (4) in its place, as a
    take played with a draft model is rendered with the final one: the command for latent 6 no longer fits
    and is named with its line and skipped; the rest plays; without the swap, the same score renders
    whole."""
    path = write(tmp_path, """
        0     /rave/voice/new a demo
        0     /rave/a/smooth 0
        0     /rave/a/out 0
        0.1   /rave/a/dim 6 0.5
        0.2   /rave/a/dim 0 0.25
        end 0.5
    """)
    told = []
    audio, _ = render_score(read_score(path), outputs=2, models={"demo": model_files["hold"]}, progress=told.append)
    skipped = [t for t in told if "no longer fits" in t]
    assert len(skipped) == 1 and skipped[0].startswith(f"{path}:5: /rave/a/dim") and "6" in skipped[0]
    assert audio[0, -100:] == pytest.approx(0.25, abs=1e-3)     # hold plays latent 0
    render_score(read_score(path), outputs=2)


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
