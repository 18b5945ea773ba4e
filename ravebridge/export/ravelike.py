"""A stand-in for a RAVE v2 streaming export, for benchmarks: same shape, same cost.

It copies the structure of RAVE v2 (`rave export --streaming` of the v2
config, layer for layer as in acids-rave 2.3.1's blocks, bias-free as there):
a 16-band PQMF, an encoder and a decoder of cached_conv causal
convolutions with residual dilated units, strides whose product with the band
count is the ratio, a PCA between the 128-dimensional internal latent and the
`latent_size` exposed dims, amplitude modulation and a tanh output. Weights are
random (seeded), so it sounds like noise; what matters is that the engine
carries the same work, state and latency as with a genuine trained export.
"""
import math
import sys
from typing import List, Sequence

import cached_conv as cc
import nn_tilde
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import Tensor

LEAK = 0.2


def _strides(ratio: int, n_band: int) -> List[int]:
    """Factor ratio / n_band into stages of 4, ending with a 2 if needed (v2: 4, 4, 4, 2)."""
    rest, out = ratio // n_band, []
    if rest * n_band != ratio or rest & (rest - 1):
        raise ValueError(f"ratio {ratio} must be n_band {n_band} times a power of two")
    while rest >= 4:
        out.append(4)
        rest //= 4
    if rest == 2:
        out.append(2)
    return out


def _pqmf_bank(n_band: int, taps: int) -> np.ndarray:
    """Cosine-modulated bank from a Kaiser-windowed sinc prototype, (n_band, taps)."""
    t = np.arange(taps) - (taps - 1) / 2
    cutoff = 1 / (4 * n_band)  # cycles per sample: half a band
    h = 2 * cutoff * np.sinc(2 * cutoff * t) * np.kaiser(taps, 9.0)
    k = np.arange(n_band)[:, None]
    phase = (-1.0) ** k * math.pi / 4
    return 2 * h * np.cos((2 * k + 1) * math.pi / (2 * n_band) * t + phase)


class PQMF(nn.Module):
    """Streaming multiband analysis / synthesis as in RAVE's CachedPQMF (polyphase, cached)."""

    def __init__(self, n_band: int, taps: int = 512) -> None:
        super().__init__()
        bank = torch.tensor(_pqmf_bank(n_band, taps), dtype=torch.float32)
        analysis = F.pad(bank, (0, 1)).unsqueeze(1)  # (n_band, 1, taps + 1)
        synthesis = bank.flip(-1).reshape(n_band, taps // n_band, n_band).permute(2, 0, 1)
        synthesis = F.pad(synthesis, (0, 1))  # (n_band, n_band, taps / n_band + 1)
        self.n_band = n_band
        self.analysis = cc.CachedConv1d(1, n_band, analysis.shape[-1], stride=n_band,
                                        padding=cc.get_padding(analysis.shape[-1], n_band), bias=False)
        self.synthesis = cc.CachedConv1d(n_band, n_band, synthesis.shape[-1],
                                         padding=cc.get_padding(synthesis.shape[-1]), bias=False)
        self.analysis.weight.data.copy_(analysis)
        self.synthesis.weight.data.copy_(synthesis)
        # RAVE's reverse_half: odd bands negated at even time steps
        mask = torch.ones(n_band, 1, 2)
        mask[1::2, :, 0] = -1.0
        self.register_buffer("mask", mask)

    def _reverse_half(self, x: Tensor) -> Tensor:
        return (x.reshape(x.shape[0], x.shape[1], -1, 2) * self.mask).reshape(x.shape)

    def forward(self, x: Tensor) -> Tensor:
        return self._reverse_half(self.analysis(x))

    def inverse(self, x: Tensor) -> Tensor:
        x = self.synthesis(self._reverse_half(x)) * self.n_band
        x = x.flip(1).permute(0, 2, 1)
        return x.reshape(x.shape[0], 1, -1)


class DilatedUnit(nn.Module):
    """x + conv1x1(act(dilated conv(act(x)))), the residual unit of RAVE v2."""

    def __init__(self, dim: int, dilation: int, kernel_size: int = 3) -> None:
        super().__init__()
        net = cc.CachedSequential(
            nn.LeakyReLU(LEAK),
            cc.Conv1d(dim, dim, kernel_size, dilation=dilation,
                      padding=cc.get_padding(kernel_size, dilation=dilation), bias=False),
            nn.LeakyReLU(LEAK),
            cc.Conv1d(dim, dim, 1, bias=False),
        )
        delay = net[1].cumulative_delay
        self.aligned = cc.AlignBranches(net, nn.Identity(), delays=[delay, 0])

    def forward(self, x: Tensor) -> Tensor:
        branch, skip = self.aligned(x)
        return branch + skip


def _encoder(n_band: int, capacity: int, strides: Sequence[int], dilations: Sequence[Sequence[int]],
             out_size: int) -> nn.Module:
    layers: List[nn.Module] = [cc.Conv1d(n_band, capacity, 7, padding=cc.get_padding(7), bias=False)]
    dim = capacity
    for stride, stage in zip(strides, dilations):
        layers += [DilatedUnit(dim, d) for d in stage]
        layers += [nn.LeakyReLU(LEAK),
                   cc.Conv1d(dim, 2 * dim, 2 * stride, stride=stride,
                             padding=cc.get_padding(2 * stride, stride), bias=False)]
        dim *= 2
    layers += [nn.LeakyReLU(LEAK), cc.Conv1d(dim, out_size, 3, padding=cc.get_padding(3), bias=False)]
    return cc.CachedSequential(*layers)


def _decoder(n_band: int, capacity: int, strides: Sequence[int], dilations: Sequence[Sequence[int]],
             in_size: int) -> nn.Module:
    dim = capacity * 2 ** len(strides)
    layers: List[nn.Module] = [cc.Conv1d(in_size, dim, 3, padding=cc.get_padding(3), bias=False)]
    for stride, stage in zip(reversed(strides), reversed(dilations)):
        layers += [nn.LeakyReLU(LEAK),
                   cc.ConvTranspose1d(dim, dim // 2, 2 * stride, stride=stride, padding=stride // 2, bias=False)]
        dim //= 2
        layers += [DilatedUnit(dim, d) for d in stage]
    # waveform and amplitude for each band
    layers += [nn.LeakyReLU(LEAK), cc.Conv1d(dim, 2 * n_band, 7, padding=cc.get_padding(7), bias=False)]
    return cc.CachedSequential(*layers)


class RaveLike(nn_tilde.Module):
    """encode / decode / forward with RAVE v2's streaming shapes, state and cost."""

    def __init__(self, latent_size: int = 16, sr: int = 44100, ratio: int = 2048, n_band: int = 16,
                 capacity: int = 96, full_latent_size: int = 128, noise_fill: bool = True) -> None:
        super().__init__(sr=sr)
        strides = _strides(ratio, n_band)
        dilations = [[1, 3, 9]] * (len(strides) - 1) + [[1, 3]]
        self.latent_size = latent_size
        self.full_latent_size = full_latent_size
        self.n_channels = 1
        self.noise_fill = noise_fill
        self.pqmf = PQMF(n_band)
        self.encoder = _encoder(n_band, capacity, strides, dilations, 2 * full_latent_size)
        self.decoder = _decoder(n_band, capacity, strides, dilations, full_latent_size)
        # RAVE's PCA between the internal latent and the exposed dims (leading 1:
        # never mistaken for per-voice state)
        self.register_buffer("latent_pca", torch.eye(full_latent_size).unsqueeze(0))
        self.register_buffer("latent_mean", torch.zeros(1, full_latent_size, 1))

    @torch.jit.export
    def encode(self, x: Tensor) -> Tensor:
        z = self.encoder(self.pqmf(x))[:, : self.full_latent_size]  # the mean, as RAVE exports
        z = torch.matmul(self.latent_pca, z - self.latent_mean)
        return z[:, : self.latent_size]

    @torch.jit.export
    def decode(self, z: Tensor) -> Tensor:
        missing = self.full_latent_size - z.shape[1]
        if missing > 0:
            fill = torch.zeros(z.shape[0], missing, z.shape[2], dtype=z.dtype, device=z.device)
            if self.noise_fill:
                fill = torch.randn_like(fill)
            z = torch.cat([z, fill], 1)
        z = torch.matmul(self.latent_pca.transpose(1, 2), z) + self.latent_mean
        waveform, amplitude = self.decoder(z).chunk(2, 1)
        return torch.tanh(self.pqmf.inverse(waveform * torch.sigmoid(amplitude)))

    @torch.jit.export
    def forward(self, x: Tensor) -> Tensor:
        return self.decode(self.encode(x))


def _randomise(model: RaveLike, generator: torch.Generator) -> None:
    """Seeded weights scaled to keep activations near unit RMS (no denormals)."""
    for name, module in model.named_modules():
        if name.startswith("pqmf") or not isinstance(module, (nn.Conv1d, nn.ConvTranspose1d)):
            continue
        w = module.weight
        if isinstance(module, nn.ConvTranspose1d):
            fan_in = w.shape[0] * w.shape[2] // module.stride[0]
        else:
            fan_in = w.shape[1] * w.shape[2]
        gain = 0.3 if w.shape[2] == 1 else math.sqrt(2.0 / (1 + LEAK**2))  # residual outputs start small
        w.copy_(torch.randn(w.shape, generator=generator) * (gain / math.sqrt(fan_in)))
    model.decoder[-1].weight.mul_(0.05)  # noise at about -16 dB RMS, not a saturated tanh
    full = model.full_latent_size
    pca = torch.linalg.qr(torch.randn(full, full, generator=generator, dtype=torch.float64))[0]
    model.latent_pca.copy_(pca.float().unsqueeze(0))


def _reset_state(model: nn.Module) -> None:
    """Zero every voice row, as the engine does (registration ran test calls)."""
    for buf in model.buffers():
        if buf.dtype.is_floating_point and buf.dim() >= 1 and buf.shape[0] == cc.MAX_BATCH_SIZE:
            buf.zero_()


def build_ravelike(latent_size: int = 16, sr: int = 44100, ratio: int = 2048, seed: int = 0,
                   capacity: int = 96, n_band: int = 16, full_latent_size: int = 128,
                   noise_fill: bool = True, register: bool = True) -> RaveLike:
    """Build the stand-in; capacity 96 gives RAVE v2's ~31 M parameters.

    noise_fill fills the dims past latent_size with torch.randn like RAVE
    (nondeterministic); register=False skips nn~ method registration (and its
    test calls), enough to count parameters.
    """
    previous = cc.USE_BUFFER_CONV
    cc.use_cached_conv(True)
    try:
        with torch.no_grad():
            model = RaveLike(latent_size, sr, ratio, n_band, capacity, full_latent_size, noise_fill)
            _randomise(model, torch.Generator().manual_seed(seed))
            if register:
                model.register_method("encode", 1, 1, latent_size, ratio,
                                      input_labels=["(signal) input audio"],
                                      output_labels=[f"(signal) latent dimension {i}" for i in range(latent_size)])
                model.register_method("decode", latent_size, ratio, 1, 1,
                                      input_labels=[f"(signal) latent dimension {i}" for i in range(latent_size)],
                                      output_labels=["(signal) output audio"])
                model.register_method("forward", 1, 1, 1, 1, input_labels=["(signal) input audio"],
                                      output_labels=["(signal) output audio"])
                _reset_state(model)
    finally:
        cc.use_cached_conv(previous)
    return model.requires_grad_(False).eval()


def export_ravelike(path: str, **kwargs) -> None:
    """Write the stand-in as TorchScript; kwargs go to build_ravelike."""
    model = build_ravelike(**kwargs)
    with torch.no_grad():
        model.export_to_ts(str(path))


if __name__ == "__main__":
    export_ravelike(sys.argv[1] if len(sys.argv) > 1 else "ravelike.ts")
