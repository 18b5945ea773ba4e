"""Recording what a real-time server plays (ravebridge/recording.py), over OSC, on JACK's dummy driver."""
from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import time

import numpy as np
import pytest

from control_harness import read_wav
from ravebridge.library import demo_model
from ravebridge.recording import Recorder
from ravebridge.score import read_score, render_score

RATE, BUFFER = 48000, 256


def _play(engine, seconds: float) -> None:
    """Wait until the server has computed `seconds` more of audio (a stalling machine computes it later)."""
    target, deadline = engine.time + int(seconds * RATE), time.monotonic() + 10 * seconds + 10
    while engine.time < target:
        assert time.monotonic() < deadline, "the audio stopped"
        time.sleep(0.02)


def _late(live) -> int:
    return sum(v.voice.stats()["late"] for v in live.rack.voices())


def _runs(a: np.ndarray) -> list[tuple[float, int]]:
    """(value, length) of each run of one value, to 1e-5."""
    edges = np.flatnonzero(np.abs(np.diff(a)) > 1e-5) + 1
    starts = np.concatenate(([0], edges))
    ends = np.concatenate((edges, [len(a)]))
    return [(float(a[s]), int(e - s)) for s, e in zip(starts, ends)]


def test_the_outputs_are_recorded_while_latents_change_with_no_click(live, machine):
    """/rave/record/start writes both outputs (after the limiter) to a float WAV while voice a steps through
    latent values every 0.5 s of audio: the file holds as many frames as the server computed between start and
    stop (to a buffer), and, where no block was late, each step in order and for its length (to a buffer) and
    voice b's steady 0.5 with no sample missing; /rave/record/status reports it; and the outside listener
    hears no more JACK xruns than the baselines and no silent period over the 10 s."""
    c = live.client
    path = c.done("/rave/record/start", "take1.wav")[0]
    begun = live.engine.time
    assert path == os.path.join(os.path.realpath(live.tmp_path / "recordings"), "take1.wav")
    steps = [0.1, 0.2, 0.3, 0.4] * 5
    for value in steps:
        c.send("/rave/a/latent", value, 0, 0, 0)
        _play(live.engine, 0.5)
    recording, told, seconds, free, stopped = c.done("/rave/record/status")
    assert (recording, told, stopped) == (1, path, "") and seconds > 9.0 and free > 0
    told, seconds = c.done("/rave/record/stop")
    ended = live.engine.time
    live.ears.judge(live.ears.end(), "two voices recorded for 10 s while latents change")
    late = _late(live)
    machine.account(late, live.playing_since, " (voices a and b, while recording)")
    audio = read_wav(path)
    assert told == path and audio.shape[1] == 2
    assert abs(len(audio) - (ended - begun)) <= BUFFER and seconds == pytest.approx(len(audio) / RATE)
    if late:
        pytest.skip("the machine stalled during the take: the voices have gaps, the samples cannot be compared")
    assert np.abs(audio[:, 1] - 0.5).max() < 1e-5, "voice b's steady value is missing samples"
    runs = [(v, n) for v, n in _runs(audio[:, 0]) if n > BUFFER]       # the steps, without the glides
    values = [round(v, 4) for v, _ in runs]
    assert values[-len(steps) + 1:] == steps[1:], values
    assert all(abs(n - 0.5 * RATE) < 0.1 * RATE for _, n in runs[1:-1]), runs


@contextlib.contextmanager
def _small_disk(folder):
    """`folder` as a 1 MB disk (tmpfs), or, where mounting is not allowed, a 1 MB file size limit."""
    os.makedirs(folder)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
                      capture_output=True).returncode == 0:
        try:
            yield "No space left on device"
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=True)
        return
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2**20, limit[1]))
    try:
        yield "File too large"
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limit)
        signal.signal(signal.SIGXFSZ, handler)


@pytest.mark.parametrize("model, dims", [("hold", 4), ("demo", 8)])
def test_a_takes_score_renders_offline_to_the_same_samples(roomy, model, dims):
    """/rave/record/start also writes take.score.txt beside take.wav: the state when the take began (voices
    a and b), then every command that changed what plays, at the audio clock of its buffer: voice c created
    during the take on a's channel (the hold model, or the demo model with a block and worker of its own),
    latents sent at once and one in a timed bundle, a gain. The score alone
    renders offline (`render_score`, as `ravebridge score take.score.txt` does) to the recorded channels and
    length, and its samples are the recording's: all of them for c, and for a and b once they have faded in
    again (their latency, a block and the crossfade), since their voices start again at the render's time 0;
    except within a block that was late live (the engine's clock of each), which the recording holds as a
    fade to silence."""
    c = roomy.client
    if model == "demo":
        shutil.copy(demo_model(), os.path.join(roomy.rack.folders[0], "demo.ts"))
    before = roomy.engine.time
    path = c.done("/rave/record/start", "take.wav")[0]
    after = roomy.engine.time           # the take began between these clocks
    _play(roomy.engine, 0.2)
    c.done("/rave/voice/new", "c", model)
    c.done("/rave/c/smooth", 0)
    c.done("/rave/c/out", 0)
    for value in (0.1, -0.2, 0.3):
        c.send("/rave/c/latent", value, *[0] * (dims - 1))
        _play(roomy.engine, 0.3)
    c.send_bundle([("/rave/c/dim", (0, -0.05))], time.time() + 0.2)
    _play(roomy.engine, 0.5)
    c.done("/rave/c/gain", 0.5)
    _play(roomy.engine, 0.3)
    c.done("/rave/record/stop")
    roomy.ears.judge(roomy.ears.end(), "a take with a voice created, its score written")
    score = read_score(path[:-4] + ".score.txt")
    assert (score.rate, score.buffer, score.channels, score.seed) == (RATE, BUFFER, [0, 1], 0)
    addresses = [e.command.address for e in score.events]
    assert addresses.count("/rave/voice/new") == 3 and addresses.count("/rave/c/latent") == 3 \
        and "/rave/c/dim" in addresses, addresses
    recorded = read_wav(path).T
    rendered, rate = render_score(score)
    assert rate == RATE and rendered.shape == recorded.shape
    shards = roomy.engine.status()["shards"]
    if any(s["dropped"] for s in shards):
        pytest.skip("a worker dropped a block: its model's memory differs from the render's from then on")
    settled = (max(v.voice.latency + v.voice.stats()["block"] for v in roomy.rack.voices())
               + int(roomy.rack.crossfade * RATE) + BUFFER)       # a and b have faded in again in the render
    silenced = np.zeros(recorded.shape[1], bool)      # where a late block silenced a voice live, in the take's frames
    for s in shards:
        for clock in s["late_at"]:
            silenced[max(0, clock - after):max(0, clock - before + s["block"])] = True
    differ = np.flatnonzero((rendered[:, settled:] != recorded[:, settled:]).any(axis=0)) + settled
    assert silenced[differ].all(), (f"{np.count_nonzero(~silenced[differ])} frames differ from the recording "
                                    f"where no block was late, the first at {differ[~silenced[differ]][0]}")


def test_a_full_disk_ends_the_recording_and_the_music_plays_on(live, tmp_path):
    """On a disk that fills (1 MB: under 3 s of two channels), the recording stops by itself: subscribers get
    /rave/fail /rave/record/start with the reason, /rave/record/status says why, the file written so far is a
    valid WAV whose header matches its data and whose samples are what played (where no block was late), the
    server answers on, the voices keep sounding, and the outside listener hears no silent period."""
    c = live.client
    c.done("/rave/notify", 1)
    with _small_disk(tmp_path / "small") as reason:
        live.dispatcher.recorder = Recorder(live.rack, str(tmp_path / "small"))
        path = c.done("/rave/record/start", "full.wav")[0]
        failed = c.next(lambda m: m.address == "/rave/fail" and m.params[0] == "/rave/record/start", timeout=20)
        assert reason in failed.params[1] and path in failed.params[1]
        recording, told, seconds, _, stopped = c.done("/rave/record/status")
        assert (recording, told) == (0, path) and reason in stopped and seconds > 1.0
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            header = f.read(44)
        assert int.from_bytes(header[40:44], "little") == size - 44 and (size - 44) % 8 == 0
        audio = read_wav(path)
        if not _late(live):      # a late block is a gap in what played, and so in the file
            assert np.abs(audio[:, 1] - 0.5).max() < 1e-5 and np.abs(audio[:, 0] - 0.25).max() < 1e-5
        assert c.done("/rave/a/get")[3] == "ok"
        _play(live.engine, 0.5)
        assert 0.2 < live.rack.master.state()["peaks_out"][0] < 0.3
        live.ears.judge(live.ears.end(), "a recording ending on a full disk")
        live.dispatcher.recorder.close()


def test_recording_requests_that_cannot_be_met_are_refused_with_reasons(live):
    """A path outside the recordings folder, an existing file, a channel the server lacks, a second recording
    while one runs: each is refused with one line saying what to do, and the running recording goes on."""
    c = live.client
    folder = os.path.realpath(live.tmp_path / "recordings")
    for args, reason in [(("../escape.wav",), "inside"), (("/tmp/abs.wav",), "inside"),
                         (("x.wav", 2), "out of range"), (("x.wav", 0, 0), "twice")]:
        kind, params = c.ask("/rave/record/start", *args)
        assert kind == "/rave/fail" and reason in params[0], (args, params)
    c.done("/rave/record/start", "one.wav")
    begun = live.engine.time
    kind, params = c.ask("/rave/record/start", "two.wav")
    assert kind == "/rave/fail" and "already recording" in params[0]
    _play(live.engine, 0.3)
    c.done("/rave/record/stop")
    ended = live.engine.time
    kind, params = c.ask("/rave/record/start", "one")      # .wav is added: the same file
    assert kind == "/rave/fail" and "exists" in params[0]
    assert sorted(os.listdir(folder)) == ["one.score.txt", "one.wav"]
    assert abs(len(read_wav(os.path.join(folder, "one.wav"))) - (ended - begun)) <= BUFFER


def test_a_long_recording_goes_on_in_the_next_file_without_losing_a_sample(live, tmp_path):
    """With rotation every second, 2.5 s of recording make take.wav, take-001.wav and take-002.wav: whole
    seconds in the first two, the rest in the last, together as long as the server computed, with voice b's
    steady value in every sample (where no block was late); status names the file being written."""
    live.dispatcher.recorder = Recorder(live.rack, str(tmp_path / "rotated"), max_seconds=1.0)
    c = live.client
    first = c.done("/rave/record/start", "take")[0]
    begun = live.engine.time
    _play(live.engine, 2.5)
    deadline = time.monotonic() + 5          # the writer looks every 50 ms
    while not c.done("/rave/record/status")[1].endswith("take-002.wav"):
        assert time.monotonic() < deadline, "the recording did not go on in take-002.wav"
        time.sleep(0.05)
    c.done("/rave/record/stop")
    ended = live.engine.time
    folder = os.path.dirname(first)
    assert sorted(os.listdir(folder)) == ["take-001.wav", "take-002.wav", "take.wav"]
    parts = [read_wav(os.path.join(folder, n)) for n in ("take.wav", "take-001.wav", "take-002.wav")]
    assert [len(p) for p in parts[:2]] == [RATE, RATE]
    whole = np.concatenate(parts)
    assert abs(len(whole) - (ended - begun)) <= BUFFER
    if not _late(live):
        assert np.abs(whole[:, 1] - 0.5).max() < 1e-5
