"""The streaming check tells streaming exports from non-streaming ones, also for models that draw noise.

The models are genuine `nn_tilde.Module`s with cached_conv layers, exported at test time like those
of tests/models.py; those that draw noise draw it in each call's shape, as RAVE does, so no seed
makes a whole call and block calls draw the same noise. The last test exports genuine RAVE models
(untrained) with RAVE's own export when acids-rave is installed.
"""
from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys

import cached_conv as cc
import nn_tilde
import pytest
import torch
from torch import nn

import models  # tests/models.py
from ravebridge.model import inspect_module, load_module, measure_streaming

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class NoisyConvDecoder(nn_tilde.Module):
    """decode: latents plus `extra` dimensions of torch.randn noise through cached convolutions,
    like RAVE's decoder; `cached=False` is the non-streaming export of the same network."""

    def __init__(self, cached: bool, latent: int = 2, extra: int = 6, ratio: int = 64):
        super().__init__(sr=48000)
        self.extra = extra
        cc.use_cached_conv(cached)
        torch.manual_seed(2)
        self.net = cc.CachedSequential(
            cc.Conv1d(latent + extra, 16, 3, padding=cc.get_padding(3, mode="causal")),
            nn.Tanh(),
            cc.ConvTranspose1d(16, 1, 2 * ratio, stride=ratio, padding=ratio // 2),
        )
        cc.use_cached_conv(True)
        self.register_method("decode", latent, ratio, 1, 1, test_buffer_size=ratio * 8)

    @torch.jit.export
    def decode(self, z: torch.Tensor) -> torch.Tensor:
        noise = torch.randn(z.shape[0], self.extra, z.shape[-1])
        return torch.tanh(self.net(torch.cat([z, noise], 1)))


class NoisyConvEncoder(nn_tilde.Module):
    """encode only: cached convolutions giving a mean and a scale, then a sample of that posterior
    (torch.randn_like), as RAVE's variational encoder does; `cached=False` does not stream."""

    def __init__(self, cached: bool, latent: int = 2, ratio: int = 64):
        super().__init__(sr=48000)
        cc.use_cached_conv(cached)
        torch.manual_seed(3)
        self.net = cc.CachedSequential(
            cc.Conv1d(1, 8, 5, padding=cc.get_padding(5, mode="causal")),
            nn.Tanh(),
            cc.Conv1d(8, 2 * latent, 2 * ratio, stride=ratio,
                      padding=cc.get_padding(2 * ratio, ratio, mode="causal")),
        )
        cc.use_cached_conv(True)
        self.register_method("encode", 1, 1, latent, ratio, test_buffer_size=ratio * 8)

    @torch.jit.export
    def encode(self, x: torch.Tensor) -> torch.Tensor:
        mean, scale = self.net(x).chunk(2, 1)
        return mean + torch.randn_like(mean) * nn.functional.softplus(scale)


NOISY = {"decoder": NoisyConvDecoder, "encoder": NoisyConvEncoder}


def verdict(path: str, **kwargs) -> bool:
    module = load_module(path)
    return measure_streaming(path, inspect_module(module, path), module=module, **kwargs)


def seeded_whole_and_blocks_differ(path: str, blocks: int = 4) -> bool:
    """The old check's comparison: same seed, one whole call against calls of one model block each."""
    module = load_module(path)
    info = inspect_module(module, path)
    name = next(iter(info.methods))
    m = info.methods[name]
    frames = info.block // m.in_ratio
    x = torch.randn(1, m.in_channels, blocks * frames, generator=torch.Generator().manual_seed(0)) * 0.3
    with torch.no_grad():
        torch.manual_seed(0)
        whole = getattr(load_module(path), name)(x)
        torch.manual_seed(0)
        parts_module = load_module(path)
        parts = torch.cat([getattr(parts_module, name)(c) for c in x.split(frames, -1)], -1)
    return float((whole - parts).abs().max()) > 1e-3


@pytest.mark.parametrize("kind", sorted(NOISY))
def test_a_noisy_model_that_streams_is_reported_streaming(tmp_path, kind):
    """A streaming export that draws noise in each call's shape (as RAVE's decode and encode do) is
    streaming, although its block-wise output never equals its whole-signal output for any seed:
    `info` and `serve` must not tell the user that a genuine `--streaming` export will click."""
    path = models.export(NOISY[kind](cached=True), tmp_path / f"noisy_{kind}.ts")
    assert seeded_whole_and_blocks_differ(path), "the model must defeat a same-seed comparison"
    assert all(verdict(path, seed=seed) for seed in range(3))


@pytest.mark.parametrize("kind", sorted(NOISY))
def test_a_noisy_model_that_does_not_stream_is_reported_non_streaming(tmp_path, kind):
    """The same noisy network exported without cached convolutions (each block padded with zeros, as
    RAVE exports without --streaming) is non-streaming: noise must not hide the clicks it makes."""
    path = models.export(NOISY[kind](cached=False), tmp_path / f"noisy_{kind}_nonstreaming.ts")
    assert not any(verdict(path, seed=seed) for seed in range(3))


@pytest.mark.parametrize("name, streaming", [
    ("hold", True), ("hold64", True), ("streaming", True), ("stereo", True), ("attributes", True),
    ("sine44", True), ("noisy", True), ("nonstreaming", False),
])
def test_verdicts_on_the_shared_test_models(model_files, name, streaming):
    """Deterministic models keep the exact verdict (block-wise equals whole-signal output, or not); the
    noisy hold model, which has no context to carry between blocks, streams."""
    assert verdict(model_files[name]) is streaming


def test_the_check_leaves_the_given_module_and_the_random_state_as_they_were(tmp_path):
    """The worker hands the check the module it will play and seeds torch for the voice after it:
    the check must leave the module's streaming state and torch's random state untouched."""
    path = models.export(NoisyConvDecoder(cached=True), tmp_path / "noisy.ts")
    module = load_module(path)
    info = inspect_module(module, path)
    before = [b.clone() for b in module.buffers()]
    torch.manual_seed(1234)
    expected = torch.rand(4)
    torch.manual_seed(1234)
    assert measure_streaming(path, info, module=module)
    assert torch.equal(torch.rand(4), expected)
    assert all(torch.equal(a, b) for a, b in zip(before, module.buffers()))


def _acids_rave_installed() -> bool:
    try:
        importlib.metadata.version("acids-rave")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


@pytest.fixture(scope="module")
def rave_exports(tmp_path_factory):
    """Genuine RAVE v2_small exports, streaming and not, made by RAVE's own export (untrained weights)."""
    d = tmp_path_factory.mktemp("rave")
    paths = {}
    for streaming in (True, False):
        path = str(d / f"v2_small_{'streaming' if streaming else 'nonstreaming'}.ts")
        cmd = [sys.executable, os.path.join(ROOT, "scripts", "export_rave_untrained.py"), path,
               "--config", "v2_small"] + ([] if streaming else ["--no-streaming"])
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=str(d))
        assert result.returncode == 0, result.stderr[-3000:]
        paths[streaming] = path
    return paths


@pytest.mark.skipif(not _acids_rave_installed(),
                    reason="acids-rave is not installed (scripts/test.sh installs it; see "
                           "scripts/export_rave_untrained.py)")
def test_genuine_rave_exports_are_told_apart(rave_exports):
    """`rave export --streaming` of RAVE v2_small is streaming and its export without --streaming is
    not, at the check's default length and at 16 blocks, past the streaming export's latency, where
    RAVE's noise makes block-wise and whole-signal output differ for the streaming export too."""
    streaming, nonstreaming = rave_exports[True], rave_exports[False]
    assert seeded_whole_and_blocks_differ(streaming, blocks=16)
    assert verdict(streaming) and not verdict(nonstreaming)
    assert verdict(streaming, blocks=16) and not verdict(nonstreaming, blocks=16)
