"""The `ravebridge` command, run as a user runs it (a real subprocess)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
from scipy.io import wavfile

from signals import fundamental


DEMO = Path(__file__).resolve().parents[1] / "models" / "demo.ts"


def read_wav(path) -> np.ndarray:
    return read_wav_rate(path)[1]


def read_wav_rate(path) -> tuple[int, np.ndarray]:
    with warnings.catch_warnings():   # pyo writes a PEAK chunk scipy does not know
        warnings.simplefilter("ignore")
        return wavfile.read(path)


def rb(*args, timeout=120, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ravebridge.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, env=env)


def test_info_json_describes_the_model(model_files):
    """info --json gives methods with their params, rate, attributes with types and values, streaming."""
    result = rb("info", model_files["attributes"], "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["methods"]["decode"] == {"in_channels": 4, "in_ratio": 256, "out_channels": 1, "out_ratio": 1,
                                         "input_labels": [f"(signal) model input {i}" for i in range(4)],
                                         "output_labels": ["(signal) model output 0"]}
    assert data["sample_rate"] == 48000
    assert data["attributes"]["gain"]["types"] == ["float"]
    assert data["attributes"]["invert"]["value"] == [False]
    assert data["streaming"] is True


def test_info_flags_a_non_streaming_export(model_files):
    """A model whose block-wise output differs from whole-signal output is reported as non-streaming."""
    result = rb("info", model_files["nonstreaming"])
    assert result.returncode == 0
    assert "NO: block-wise output differs" in result.stdout


@pytest.mark.parametrize("name", ["junk", "truncated", "plain", "future", "lying", "missing"])
def test_info_on_broken_files_prints_one_line_and_fails(model_files, name):
    """No traceback, one `ravebridge:` line on stderr, non-zero exit."""
    result = rb("info", model_files[name])
    assert result.returncode != 0
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("ravebridge:")]
    assert len(lines) == 1 and "Traceback" not in result.stderr


def test_a_model_name_found_nowhere_says_where_it_was_looked_for(tmp_path):
    """A bare name that is neither a file nor in the model folders: one line naming the folders searched
    (the one resolver: `ravebridge.library`); a name that is there is found with or without .ts."""
    env = {**os.environ, "RAVEBRIDGE_MODELS": str(tmp_path)}
    result = rb("info", "nosuchvoice", env=env)
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("ravebridge:")]
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert "no model 'nosuchvoice' in the model folders" in lines[0] and str(tmp_path) in lines[0]
    from ravebridge.library import demo_model, resolve
    assert resolve("demo", confined=False) == resolve("demo.ts", confined=True) == demo_model()


def test_render_decode_from_latents(model_files, tmp_path):
    """render --latents goes through the engine and writes the model's output aligned to the latents."""
    z = np.zeros((4, 20), np.float32)
    z[0, 10:] = 0.5
    np.save(tmp_path / "z.npy", z)
    out = tmp_path / "out.wav"
    result = rb("render", model_files["hold"], "--latents", tmp_path / "z.npy", "-o", out)
    assert result.returncode == 0, result.stderr
    audio = read_wav(out)
    assert audio.shape[0] == 20 * 256
    assert np.all(audio[: 10 * 256] == 0) and np.allclose(audio[10 * 256:], 0.5)


def test_render_forward_and_encode_from_audio(model_files, tmp_path):
    """render --input: forward writes audio aligned with the input, encode writes (dims, frames) latents."""
    rate = 48000
    tone = (0.3 * np.sin(2 * np.pi * 440 * np.arange(rate // 2) / rate)).astype(np.float32)[None]
    wavfile.write(tmp_path / "in.wav", rate, tone[0])
    fwd = rb("render", model_files["hold"], "--input", tmp_path / "in.wav", "-o", tmp_path / "fwd.wav")
    assert fwd.returncode == 0, fwd.stderr
    np.testing.assert_allclose(read_wav(tmp_path / "fwd.wav"), tone[0], atol=1e-6)
    enc = rb("render", model_files["hold"], "--method", "encode", "--input", tmp_path / "in.wav",
             "-o", tmp_path / "z.npy")
    assert enc.returncode == 0, enc.stderr
    z = np.load(tmp_path / "z.npy")
    assert z.shape == (4, (rate // 2) // 256)
    np.testing.assert_allclose(z[0], tone[0, 255::256][: z.shape[1]], atol=1e-6)


def test_render_a_ddsp_model_from_a_recordings_pitch_and_loudness(model_files, tmp_path):
    """render --input IN.wav --feature 0=pitch --feature 1=loudness: the DDSP-shaped model, conditioned on the
    features of a 330 Hz recording, plays 330 Hz (within 1 %), as long as the recording; a feature on a method
    that takes audio, or of an unknown kind, is refused in one line."""
    rate = 48000
    tone = (0.3 * np.sin(2 * np.pi * 330 * np.arange(rate) / rate)).astype(np.float32)
    wavfile.write(tmp_path / "sung.wav", rate, tone)
    done = rb("render", model_files["ddsp"], "--input", tmp_path / "sung.wav", "--feature", "0=pitch",
              "--feature", "1=loudness", "-o", tmp_path / "violin.wav")
    assert done.returncode == 0, done.stderr
    out = read_wav(tmp_path / "violin.wav")
    assert abs(len(out) - rate) < 256 and fundamental(out[rate // 2:], rate) == pytest.approx(330, rel=0.01)
    for args, told in [((model_files["hold"], "--feature", "0=pitch"), "takes audio"),
                       ((model_files["ddsp"], "--feature", "0=brightness"), "pitch or loudness")]:
        refused = rb("render", args[0], "--input", tmp_path / "sung.wav", *args[1:], "-o", tmp_path / "x.wav")
        assert refused.returncode != 0 and told in refused.stderr and "Traceback" not in refused.stderr, refused.stderr


def steady_tone(dims: int, frames: int) -> np.ndarray:
    """Latents of a steady tone: the demo's 220 Hz with neither overtones nor breath; any for the sine model."""
    z = np.zeros((dims, frames), np.float32)
    if dims == 8:
        z[1] = z[2] = -3.0
    return z


@pytest.mark.parametrize("name,other", [("sine44", 48000), ("demo", 44100)])
def test_render_latents_at_another_rate_keeps_pitch_and_length(model_files, tmp_path, name, other):
    """render --latents --sr at a rate not the model's writes that rate at the model's pitch and length
    (a 44.1 kHz model at 48 kHz, the 48 kHz demo at 44.1 kHz); it used to be refused."""
    model = model_files.get(name, DEMO)
    dims = 8 if name == "demo" else 1
    np.save(tmp_path / "z.npy", steady_tone(dims, 200))
    renders = {}
    for label, rate in (("own", []), ("other", ["--sr", other])):
        out = tmp_path / f"{label}.wav"
        result = rb("render", model, "--latents", tmp_path / "z.npy", *rate, "-o", out)
        assert result.returncode == 0, result.stderr
        renders[label] = read_wav_rate(out)
    (own_rate, own), (rate, audio) = renders["own"], renders["other"]
    assert rate == other
    assert abs(len(audio) / rate - len(own) / own_rate) <= 512 / own_rate     # one block
    middle = slice(len(audio) // 4, 3 * len(audio) // 4)
    expected = fundamental(own[len(own) // 4: 3 * len(own) // 4], own_rate)
    assert fundamental(audio[middle], rate) == pytest.approx(expected, rel=0.005)


def test_render_latents_at_another_rate_plays_each_frame_at_its_time(tmp_path):
    """Frame k of the latents sounds at k × ratio / model rate seconds at any output rate: the demo's
    pitch steps an octave at frame 100, and at 44.1 kHz the step lands there, not where 100 blocks of the
    server's would end (8.8 % later)."""
    z = steady_tone(8, 200)
    z[0, 100:] = 1.0                       # 220 Hz, then 440 Hz
    np.save(tmp_path / "z.npy", z)
    result = rb("render", DEMO, "--latents", tmp_path / "z.npy", "--sr", 44100, "-o", tmp_path / "out.wav")
    assert result.returncode == 0, result.stderr
    rate, audio = read_wav_rate(tmp_path / "out.wav")
    rising = np.flatnonzero((audio[:-1] < 0) & (audio[1:] >= 0))
    step = rising[1:][np.diff(rising) < rate / 330][0] / rate     # the first period shorter than 330 Hz's
    assert step == pytest.approx(100 * 512 / 48000, abs=512 / 48000)


def test_render_latents_with_a_larger_block_ends_each_block_on_its_own_frame(model_files, tmp_path):
    """With --block of several frames, each block ramps to its own last frame: a latent ramp comes out
    exactly, not three frames late (the engine ramps a block's frames from the previous vector to the new one)."""
    z = np.zeros((4, 40), np.float32)
    z[0] = np.arange(40) / 100
    np.save(tmp_path / "z.npy", z)
    result = rb("render", model_files["hold"], "--latents", tmp_path / "z.npy", "--block", 1024,
                "-o", tmp_path / "out.wav")
    assert result.returncode == 0, result.stderr
    frames = read_wav(tmp_path / "out.wav").reshape(40, 256)
    np.testing.assert_allclose(frames[4:], np.repeat(z[0, 4:, None], 256, axis=1), atol=1e-6)


@pytest.mark.parametrize("args,message", [
    (["--latents", "nope.npy", "-o", "x.wav"], "no such file"),
    (["-o", "x.wav"], "exactly one of"),
    (["--method", "encode", "--input", "in.wav", "-o", "x.wav"], "give -o FILE.npy"),
    (["--latents", "bad.npy", "-o", "x.wav"], "shape (4, frames)"),
    (["--latents", "nan.npy", "-o", "x.wav"], "NaN"),
    (["--latents", "z.npy", "-o", "no/such/dir/x.wav"], "no such folder"),
])
def test_render_refuses_bad_input_with_one_line(model_files, tmp_path, args, message):
    """Bad latents, missing files, wrong combinations: one clear line and a non-zero exit."""
    np.save(tmp_path / "bad.npy", np.zeros((3, 5), np.float32))
    np.save(tmp_path / "nan.npy", np.full((4, 5), np.nan, np.float32))
    np.save(tmp_path / "z.npy", np.zeros((4, 5), np.float32))
    result = subprocess.run([sys.executable, "-m", "ravebridge.cli", "render", model_files["hold"], *args],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr


def test_serve_offline_plays_the_models_and_stops(model_files):
    """serve starts a server with one voice per model and ends cleanly (offline back end, fixed length)."""
    result = rb("serve", "--audio", "offline", "--model", model_files["hold"], "--model", model_files["stereo"],
                "--duration", "0.5")
    assert result.returncode == 0, result.stderr
    assert "voice 1: stereo.ts" in result.stderr
