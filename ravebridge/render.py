"""Offline rendering through the real engine and pyo's offline server.

Rendering goes through exactly what plays live (worker process, batch row,
block pipeline, pyo objects); only the server runs faster than real time and
waits for the worker instead of dropping late blocks. The output is aligned
to the input: the engine's latency is cut from the front.

Latents are the exception to "at the rate asked for": the engine takes one
latent vector per server block, and only at the model's own rate is a block
a whole number of frames (elsewhere frames would be doubled or dropped). So
they play at the model's rate, every frame at its time, and the sound is
resampled afterwards.
"""
from __future__ import annotations

import math
import os

import numpy as np
import pyo
import soxr

from . import features
from .engine.engine import Arrangement, cpu_count
from .server import AudioConfig, boot, run_offline
from .voices import Voice


class RenderError(Exception):
    """Bad render input, with one readable line."""


def read_audio(path: str, rate: int) -> np.ndarray:
    """A sound file as float32 (channels, samples) at `rate`, resampled band-limited if needed.

    Uses pyo's reader (libsndfile), so a pyo server must be booted.
    """
    if not os.path.exists(path):
        raise RenderError(f"{path}: no such file")
    try:
        frames, _, file_rate, channels = pyo.sndinfo(path)[:4]
    except Exception:
        raise RenderError(f"{path}: not a sound file pyo can read") from None
    if frames <= 0:
        raise RenderError(f"{path}: empty or unreadable sound file")
    table = pyo.SndTable(path)
    data = np.stack([np.asarray(table.getBuffer(c), dtype=np.float32) for c in range(int(channels))])
    return resample(data, int(file_rate), rate)


def resample(audio: np.ndarray, rate: int, to: int) -> np.ndarray:
    """(channels, samples) float32 from `rate` to `to`, band-limited, as a whole signal."""
    if rate != to:
        audio = soxr.resample(audio.T, rate, to, quality="VHQ").T.astype(np.float32)
    return np.ascontiguousarray(audio)


def load_latents(path: str, dims: int) -> np.ndarray:
    if not os.path.exists(path):
        raise RenderError(f"{path}: no such file")
    try:
        z = np.load(path, allow_pickle=False)
    except Exception as exc:
        raise RenderError(f"{path}: not a .npy array ({exc})") from None
    if z.ndim == 3 and z.shape[0] == 1:
        z = z[0]
    if z.ndim != 2 or z.shape[0] != dims:
        raise RenderError(f"{path}: latents must have shape ({dims}, frames), got {z.shape}")
    if z.shape[1] == 0:
        raise RenderError(f"{path}: no frames")
    if not np.all(np.isfinite(z)):
        raise RenderError(f"{path}: contains NaN or infinite values")
    return z.astype(np.float32)


def render(model: str, method: str = "decode", latents: str | None = None, input: str | None = None,
           sample_rate: int | None = None, block: int | None = None, seed: int = 0,
           progress=None, feature: dict[int, str] | None = None) -> tuple[np.ndarray, int]:
    """Render and return (output, rate): audio (channels, samples) or latents (dims, frames).

    `feature` {dimension: 'pitch' or 'loudness'} conditions a method that takes latents on the features of
    `input`'s first channel, as `/rave/<voice>/feature` does live (a singer's take through a DDSP violin); the
    other dimensions come from `latents`, or are 0."""
    from .model import inspect_file
    info = inspect_file(model, streaming=False)
    m = info.method(method)
    rate = int(sample_rate or info.sample_rate or 48000)
    _check_features(feature or {}, m)
    if m.in_ratio > 1 and latents is None and not feature:
        raise RenderError(f"method {method!r} takes latents: give --latents FILE.npy (or --feature DIM=pitch|loudness "
                          "with --input)")
    if (m.in_ratio == 1 or feature) and input is None:
        raise RenderError(f"method {method!r} {'takes audio' if m.in_ratio == 1 else 'reads features'}: "
                          "give --input FILE.wav")
    z = load_latents(latents, m.in_channels) if m.in_ratio > 1 and latents is not None else None
    if input is not None and not os.path.exists(input):
        raise RenderError(f"{input}: no such file")
    play_rate = int(info.sample_rate or rate) if m.in_ratio > 1 else rate   # see the module's docstring
    period = min(256, m.in_ratio) if m.in_ratio > 1 else 256   # one latent frame per block
    server, engine = boot(AudioConfig(audio="offline", sample_rate=play_rate, buffer_size=period,
                                      outputs=1, inputs=0),
                          Arrangement(cpu_count(), capacity=1))
    try:
        audio = read_audio(input, play_rate) if input is not None else None
        if m.in_ratio > 1 and z is None:       # features only: every other dimension at 0
            z = np.zeros((m.in_channels, math.ceil(audio.shape[1] / m.in_ratio)), np.float32)
        frame_block = block or m.in_ratio if z is not None else block
        source = _source(audio) if audio is not None else None
        voice = Voice(model, method, source if z is None else None, engine=engine, block=frame_block, seed=seed,
                      smooth=0.0, progress=progress, frame_queue=None)
        for index, kind in (feature or {}).items():
            voice.setFeature(index, features.source(kind, source[0] if len(source) > 1 else source, play_rate))
        spec = voice.spec
        if z is not None:
            frames_per_block = spec.model_block // spec.in_ratio
            voice.setLatentSource(_frame_feed(z, frames_per_block))
            length = z.shape[1] * m.in_ratio
        else:
            length = audio.shape[1]
        total = length + voice.latency + spec.server_block
        channels = spec.out_channels
        record = pyo.NewTable(total / play_rate + 0.1, chnls=channels)
        recorder = pyo.TableRec(voice, record).play()  # noqa: F841 (pyo stops collected objects)
        run_offline(server, math.ceil(total / period) * period / play_rate)
        if voice.error:
            raise RenderError(f"the model failed while rendering: {voice.error}")
        if spec.latent_out:
            frames = voice.readFrames()
            out = np.stack(frames, axis=-1) if frames else np.zeros((spec.out_channels, 0), np.float32)
            return out[:, : length // m.out_ratio], rate   # frames are listed from input block 0
        data = np.stack([np.asarray(record.getBuffer(c), dtype=np.float32) for c in range(channels)])
        return resample(data[:, voice.latency: voice.latency + length], play_rate, rate), rate
    finally:
        engine.close()
        server.shutdown()


def _check_features(feature: dict[int, str], m) -> None:
    for index, kind in feature.items():
        if m.in_ratio == 1:
            raise RenderError(f"method {m.name!r} takes audio, not latents: --feature conditions a method that "
                              "takes latents (a DDSP model's forward)")
        if kind not in features.KINDS:
            raise RenderError(f"--feature {index}={kind}: use pitch or loudness")
        if not 0 <= index < m.in_channels:
            raise RenderError(f"--feature {index}={kind}: the method has dimensions 0..{m.in_channels - 1}")


def _source(audio: np.ndarray):
    """A pyo object playing `audio` once from the start."""
    table = pyo.DataTable(audio.shape[1], chnls=audio.shape[0])
    for c in range(audio.shape[0]):
        np.asarray(table.getBuffer(c))[:] = audio[c]
    return pyo.TableRead(table, freq=table.getRate(), loop=False).play()


def _frame_feed(z: np.ndarray, per_block: int):
    """Latent vectors, one per dispatched block, then zeros.

    Each is the block's last frame: the worker ramps a block's frames from the
    previous vector to this one, so every frame that ends a block sounds
    exactly, and those between are interpolated, never late.
    """
    for start in range(0, z.shape[1], per_block):
        yield z[:, min(start + per_block, z.shape[1]) - 1]
    while True:
        yield np.zeros(z.shape[0], np.float32)


def write_wav(path: str, audio: np.ndarray, rate: int) -> None:
    """A 32-bit float WAV (pyo's writer: a flat list for mono, one list per channel otherwise)."""
    samples = audio[0].tolist() if audio.shape[0] == 1 else audio.tolist()
    try:
        pyo.savefile(samples, path, sr=rate, channels=audio.shape[0], fileformat=0, sampletype=3)
    except Exception as exc:
        raise RenderError(f"{path}: cannot write ({exc})") from None
    if not os.path.exists(path):
        raise RenderError(f"{path}: cannot write (check the folder exists and is writable)")
