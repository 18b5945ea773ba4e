"""Real nn~-interface TorchScript models built at test time.

Each class is a genuine `nn_tilde.Module` exported with `torch.jit.script`,
shaped to make one engine behaviour observable: a delay-free hold model
for latency, cached-conv streaming state, a non-streaming export, stereo,
attributes, a model that raises, one that stalls, one that hangs on demand,
a sine at 44.1 kHz for resampling, a DDSP-shaped synthesiser conditioned on
pitch and loudness, plus broken files.
"""
from __future__ import annotations

import os
import zipfile

import cached_conv as cc
import nn_tilde
import torch
from torch import nn

torch.set_grad_enabled(False)


class HoldDecoder(nn_tilde.Module):
    """decode: latent 0 held for each frame, with no delay of its own."""

    def __init__(self, latent: int = 4, ratio: int = 256, sr: int = 48000):
        super().__init__(sr=sr)
        self.ratio, self.latent = ratio, latent
        self._attributes_first()
        self.register_method("decode", latent, ratio, 1, 1, test_buffer_size=ratio * 4)

    def _attributes_first(self) -> None:
        """Subclasses register attributes here: methods are test-called at registration."""

    @torch.jit.export
    def decode(self, z: torch.Tensor) -> torch.Tensor:
        return z[:, :1].repeat_interleave(self.ratio, dim=-1)


class Hold(HoldDecoder):
    """HoldDecoder plus encode (one sample per frame, on every latent) and forward (identity)."""

    def __init__(self, latent: int = 4, ratio: int = 256, sr: int = 48000):
        super().__init__(latent, ratio, sr)
        self.register_method("encode", 1, 1, latent, ratio, test_buffer_size=ratio * 4)
        self.register_method("forward", 1, 1, 1, 1, test_buffer_size=ratio * 4)

    @torch.jit.export
    def encode(self, x: torch.Tensor) -> torch.Tensor:
        return x[:, :, self.ratio - 1:: self.ratio].repeat(1, self.latent, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x


class Streaming(nn_tilde.Module):
    """A cached-conv decoder and encoder: state in batch-64 buffers, block-wise equals whole."""

    def __init__(self, latent: int = 4, ratio: int = 64, sr: int = 48000, cached: bool = True):
        super().__init__(sr=sr)
        cc.use_cached_conv(cached)
        torch.manual_seed(1)
        self.net = cc.CachedSequential(
            cc.Conv1d(latent, 16, 3, padding=cc.get_padding(3, mode="causal")),
            nn.Tanh(),
            cc.ConvTranspose1d(16, 1, 2 * ratio, stride=ratio, padding=ratio // 2),
        )
        self.enc = cc.CachedSequential(
            cc.Conv1d(1, 8, 5, padding=cc.get_padding(5, mode="causal")),
            nn.Tanh(),
            cc.Conv1d(8, latent, 2 * ratio, stride=ratio, padding=cc.get_padding(2 * ratio, ratio, mode="causal")),
        )
        cc.use_cached_conv(True)
        self.register_method("decode", latent, ratio, 1, 1, test_buffer_size=ratio * 8)
        self.register_method("encode", 1, 1, latent, ratio, test_buffer_size=ratio * 8)

    @torch.jit.export
    def decode(self, z: torch.Tensor) -> torch.Tensor:
        return torch.tanh(self.net(z))

    @torch.jit.export
    def encode(self, x: torch.Tensor) -> torch.Tensor:
        return self.enc(x)


class Stereo(nn_tilde.Module):
    """decode with two output channels: left = latent 0, right = latent 1."""

    def __init__(self):
        super().__init__(sr=48000)
        self.ratio = 256
        self.register_method("decode", 2, 256, 2, 1, test_buffer_size=1024,
                             output_labels=["(signal) left", "(signal) right"])

    @torch.jit.export
    def decode(self, z: torch.Tensor) -> torch.Tensor:
        return z.repeat_interleave(self.ratio, dim=-1)


class WithAttributes(HoldDecoder):
    """A hold decoder scaled by a float attribute `gain`, inverted by a bool attribute `invert`."""

    def _attributes_first(self) -> None:
        self.register_attribute("gain", 1.0)
        self.register_attribute("invert", False)

    @torch.jit.export
    def get_gain(self) -> float:
        return self.gain[0]

    @torch.jit.export
    def set_gain(self, gain: float) -> int:
        self.gain = (gain,)
        return 0

    @torch.jit.export
    def get_invert(self) -> bool:
        return self.invert[0]

    @torch.jit.export
    def set_invert(self, invert: bool) -> int:
        self.invert = (invert,)
        return 0

    @torch.jit.export
    def decode(self, z: torch.Tensor) -> torch.Tensor:
        y = z[:, :1].repeat_interleave(self.ratio, dim=-1) * self.gain[0]
        if self.invert[0]:
            y = -y
        return y


class Raises(HoldDecoder):
    """decode raises whenever latent 0 exceeds 10 (a model failing live, after a clean load)."""

    @torch.jit.export
    def decode(self, z: torch.Tensor) -> torch.Tensor:
        if bool((z[:, 0] > 10.0).any()):
            raise RuntimeError("latent out of the trained range")
        return z[:, :1].repeat_interleave(self.ratio, dim=-1)


def _compute(steps: int) -> None:
    """Keep a core busy inside the model, about 4000 steps a second (none for steps <= 0)."""
    a = torch.ones(256, 256)
    for _ in range(steps):
        a = torch.tanh(a @ a * 0.001)


class Stalls(HoldDecoder):
    """decode computes for about latent 0 seconds (a model too slow for real time, or one that hangs);
    at 0 (warm-up) it is instant."""

    @torch.jit.export
    def decode(self, z: torch.Tensor) -> torch.Tensor:
        _compute(int(float(z[:, 0].max()) * 4000))
        return z[:, :1].repeat_interleave(self.ratio, dim=-1)


class Busy(HoldDecoder):
    """A hold decoder that computes about `steps` / 4000 s per call and row: a model that fills the CPU."""

    def __init__(self, steps: int = 100, ratio: int = 4096, sr: int = 48000):
        self.steps = steps      # before registration, which test-calls decode
        super().__init__(ratio=ratio, sr=sr)

    @torch.jit.export
    def decode(self, z: torch.Tensor) -> torch.Tensor:
        _compute(self.steps * z.shape[0])
        return z[:, :1].repeat_interleave(self.ratio, dim=-1)


class Hangs(HoldDecoder):
    """A hold decoder that computes for a minute on every block once its bool attribute `hang` is set
    (a model stuck live; a fresh worker starts with `hang` off)."""

    def _attributes_first(self) -> None:
        self.register_attribute("hang", False)

    @torch.jit.export
    def get_hang(self) -> bool:
        return self.hang[0]

    @torch.jit.export
    def set_hang(self, hang: bool) -> int:
        self.hang = (hang,)
        return 0

    @torch.jit.export
    def decode(self, z: torch.Tensor) -> torch.Tensor:
        if self.hang[0]:
            _compute(240000)
        return z[:, :1].repeat_interleave(self.ratio, dim=-1)


class Noisy(HoldDecoder):
    """decode adds torch.randn noise, like RAVE filling latents beyond latent_size: needs a seed."""

    @torch.jit.export
    def decode(self, z: torch.Tensor) -> torch.Tensor:
        y = z[:, :1].repeat_interleave(self.ratio, dim=-1)
        return y + 0.1 * torch.randn(y.shape)


class Sine(nn_tilde.Module):
    """decode: a sine at `freq` Hz with per-row phase state, at the model's rate (for resampling)."""

    def __init__(self, freq: float = 1000.0, sr: int = 44100, ratio: int = 512):
        super().__init__(sr=sr)
        self.ratio, self.step = ratio, 2 * torch.pi * freq / sr
        self.register_buffer("phase", torch.zeros(cc.MAX_BATCH_SIZE, 1, 1, dtype=torch.float64))
        self.register_method("decode", 1, ratio, 1, 1, test_buffer_size=ratio * 4)

    @torch.jit.export
    def decode(self, z: torch.Tensor) -> torch.Tensor:
        n = z.shape[0]
        t = torch.arange(1, z.shape[-1] * self.ratio + 1, dtype=torch.float64).view(1, 1, -1)
        ph = self.phase[:n] + t * self.step
        self.phase[:n] = torch.remainder(ph[..., -1:], 2 * torch.pi)
        return (0.5 * torch.sin(ph)).float()


class Ddsp(nn_tilde.Module):
    """forward: DDSP's nn~ shape, a streaming harmonic-plus-noise synthesiser conditioned on pitch (Hz) and
    loudness (dB) at frame rate (2 inputs, in_ratio = frame; 1 audio output): `harmonics` partials of 1/k at
    the frame's pitch (those below Nyquist), a little noise, at the amplitude the loudness gives (0 dB: 1.0)."""

    def __init__(self, frame: int = 256, sr: int = 48000, harmonics: int = 8):
        super().__init__(sr=sr)
        self.frame, self.rate, self.harmonics = frame, float(sr), harmonics
        self.register_buffer("phase", torch.zeros(cc.MAX_BATCH_SIZE, 1, 1, dtype=torch.float64))
        self.register_method("forward", 2, frame, 1, 1, test_buffer_size=frame * 4,
                             input_labels=["(signal) pitch", "(signal) loudness"],
                             output_labels=["(signal) harmonic plus noise"])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        n = x.shape[0]
        f0 = x[:, :1].double().repeat_interleave(self.frame, dim=-1)
        amplitude = torch.pow(10.0, x[:, 1:2].double() / 20.0).repeat_interleave(self.frame, dim=-1)
        ph = self.phase[:n] + torch.cumsum(2 * torch.pi * f0 / self.rate, dim=-1)
        self.phase[:n] = torch.remainder(ph[..., -1:], 2 * torch.pi)
        k = torch.arange(1, self.harmonics + 1, dtype=torch.float64).view(1, -1, 1)
        audible = (f0 * k < self.rate / 2).double()
        y = (torch.sin(ph * k) / k * audible).sum(dim=1, keepdim=True)
        return (amplitude * (0.5 * y + 0.01 * torch.randn(y.shape, dtype=torch.float64))).float()


class LyingShape(HoldDecoder):
    """decode promises 1 output channel per its params but returns 2."""

    @torch.jit.export
    def decode(self, z: torch.Tensor) -> torch.Tensor:
        return z[:, :2].repeat_interleave(self.ratio, dim=-1)


def export(module: nn_tilde.Module, path) -> str:
    module.export_to_ts(str(path))
    return str(path)


def export_lying(path) -> str:
    """Export a model whose decode disagrees with its params (registration would refuse it)."""
    m = HoldDecoder()
    m.decode = LyingShape.decode.__get__(m)
    torch.jit.script(m).save(str(path))
    return str(path)


def plain_torchscript(path) -> str:
    """A valid TorchScript file without the nn~ interface."""
    torch.jit.script(nn.Linear(2, 2)).save(str(path))
    return str(path)


def future_version(source: str, path) -> str:
    """A copy of a model claiming an archive format from a newer torch."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            zout.writestr(name, b"99\n" if name.endswith("/version") else data)
    return str(path)


def truncated(source: str, path) -> str:
    with open(source, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[: len(data) // 2])
    return str(path)


def junk(path) -> str:
    with open(path, "wb") as f:
        f.write(os.urandom(4096))
    return str(path)
