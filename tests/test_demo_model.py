"""The demo model behaves like a genuine nn~ export with named, audible knobs.

Every test loads a real TorchScript file exported to a temporary directory,
the way ravebridge loads user models.
"""
import numpy as np
import pytest
import torch

from ravebridge.export.demo import LATENT_LABELS, LATENT_SIZE, RATIO, SR, build_demo, export_demo

BATCH_STATE = 64  # cached_conv.MAX_BATCH_SIZE: rows of per-voice state


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.ts"
    export_demo(str(path))
    return path


@pytest.fixture
def load(demo_path):
    """A fresh instance (fresh state) of the exported demo on each call."""
    return lambda: torch.jit.load(str(demo_path))


def constant(z, frames):
    """Latents (rows, 8, frames) holding each row's vector z for every frame."""
    z = torch.as_tensor(z, dtype=torch.float32).reshape(-1, LATENT_SIZE, 1)
    return z.expand(-1, -1, frames).contiguous()


def render(model, z, frames=48, settle=8):
    """Decode a held latent vector; drop the first frames (fade-in)."""
    with torch.no_grad():
        return model.decode(constant(z, frames))[0, 0, settle * RATIO:].numpy().astype(np.float64)


def latent(**values):
    names = ["pitch", "brightness", "breath", "loudness", "hollowness", "inharmonicity", "vibrato", "sub"]
    z = np.zeros(LATENT_SIZE)
    for name, value in values.items():
        z[names.index(name)] = value
    return z


def power_spectrum(y):
    spectrum = np.abs(np.fft.rfft(y * np.hanning(len(y)), 4 * len(y))) ** 2
    return np.fft.rfftfreq(4 * len(y), 1 / SR), spectrum


def peak_hz(y, low=20.0, high=5000.0):
    freqs, power = power_spectrum(y)
    band = (freqs > low) & (freqs < high)
    return freqs[band][np.argmax(power[band])]


def centroid_hz(y):
    freqs, power = power_spectrum(y)
    return (freqs * power).sum() / power.sum()


def share_near(y, centres, width=0.015):
    """Share of power within +-width (relative) of the given frequencies."""
    freqs, power = power_spectrum(y)
    near = np.zeros_like(freqs, dtype=bool)
    for c in centres:
        near |= np.abs(freqs - c) < width * c
    return power[near].sum() / power.sum()


def rms_db(y):
    return 20 * np.log10(np.sqrt(np.mean(y**2)))


def pitch_spread_cents(y, f0):
    """Standard deviation of a short-time pitch track, in cents."""
    track = [peak_hz(y[i:i + 4096], 0.8 * f0, 1.25 * f0) for i in range(0, len(y) - 4096, 1024)]
    return np.std(1200 * np.log2(np.array(track) / f0))


F0 = 220.0
HARMONICS = [F0 * k for k in range(1, 60)]
FEATURES = {
    # name: (feature of the rendered audio, base latent, three increasing values, direction)
    "pitch": (peak_hz, {}, (-1, 0, 1), +1),
    "brightness": (centroid_hz, {"breath": -3}, (-2, 0, 2), +1),
    "breath": (lambda y: 1 - share_near(y, HARMONICS), {}, (-2, 0, 2), +1),
    "loudness": (rms_db, {}, (-2, 0, 2), +1),
    "hollowness": (lambda y: share_near(y, HARMONICS[1::2]) / share_near(y, HARMONICS[0::2]), {"breath": -3},
                   (-2, 0, 2), -1),
    # harmonic up to 0, then piano-like stretch, then bell
    "inharmonicity": (lambda y: share_near(y, HARMONICS, 0.01), {"breath": -3}, (0, 1.5, 3), -1),
    "vibrato": (lambda y: pitch_spread_cents(y, F0), {"breath": -3}, (-2, 0, 3), +1),
    "sub": (lambda y: share_near(y, [F0 / 2]), {}, (-2, 0, 2), +1),
}


def test_interface(demo_path):
    """The file exposes what nn~ and ravebridge discover: methods, ratios, labels, attributes, rate."""
    model = torch.jit.load(str(demo_path))
    assert model.get_methods() == ["encode", "decode", "forward"]
    assert model.encode_params.tolist() == [1, 1, LATENT_SIZE, RATIO]
    assert model.decode_params.tolist() == [LATENT_SIZE, RATIO, 1, 1]
    assert model.forward_params.tolist() == [1, 1, 1, 1]
    assert list(model.decode_input_labels) == LATENT_LABELS == list(model.encode_output_labels)
    assert all(label.startswith("(signal) ") for label in LATENT_LABELS)
    assert model.get_attributes() == ["transpose", "freeze"]
    assert model.transpose_params.tolist() == [2]  # float
    assert model.freeze_params.tolist() == [0]  # bool
    assert model.get_sample_rate() == SR == 48000
    assert model.latent_size == LATENT_SIZE


def test_state_is_zero_after_export(load):
    """Every per-voice buffer starts at zero, so zero means a fresh voice."""
    state = [b for b in load().buffers() if b.dtype.is_floating_point and b.shape[0] == BATCH_STATE]
    assert len(state) >= 5
    assert all(int(torch.count_nonzero(b)) == 0 for b in state)


def random_walk(rows, frames, seed=0):
    g = torch.Generator().manual_seed(seed)
    return (torch.randn(rows, LATENT_SIZE, frames, generator=g) * 0.25).cumsum(-1).clamp(-3, 3)


@pytest.mark.parametrize("frames_per_call", [1, 3])
def test_decode_blockwise_equals_whole(load, frames_per_call):
    """Streaming: decoding block by block equals one whole-signal call (no clicks, no drift)."""
    z = random_walk(2, 48)
    with torch.no_grad():
        whole = load().decode(z)
        model = load()
        blocks = torch.cat([model.decode(z[..., i:i + frames_per_call])
                            for i in range(0, z.shape[-1], frames_per_call)], -1)
    assert whole.shape == (2, 1, 48 * RATIO)
    torch.testing.assert_close(blocks, whole, atol=1e-5, rtol=0)


def test_forward_blockwise_equals_whole(load):
    """Streaming resynthesis: forward block by block equals one whole call, for any multiple of 512."""
    t = torch.arange(48 * RATIO) / SR
    f0 = 196 * 2 ** (0.5 * torch.sin(2 * np.pi * 0.7 * t))
    saw = 2 * torch.remainder(torch.cumsum(f0 / SR, 0), 1.0) - 1
    g = torch.Generator().manual_seed(1)
    x = torch.stack([0.3 * saw * torch.linspace(0, 1, len(t)), 0.05 * torch.randn(len(t), generator=g)])
    x = x.unsqueeze(1)
    with torch.no_grad():
        whole = load().forward(x)
        model = load()
        sizes = [512, 1536, 1024, 2048] * 6
        starts = np.cumsum([0] + sizes)[:-1]
        blocks = torch.cat([model.forward(x[..., s:s + n]) for s, n in zip(starts, sizes) if s < x.shape[-1]], -1)
    assert whole.shape == x.shape
    torch.testing.assert_close(blocks, whole, atol=1e-5, rtol=0)


def test_batch_rows_are_independent(load):
    """Each batch row is its own voice: changing row 0's latents leaves the other rows unchanged."""
    z = random_walk(3, 24, seed=2)
    other = z.clone()
    other[0] = random_walk(1, 24, seed=3)[0]
    with torch.no_grad():
        a, b = load().decode(z), load().decode(other)
    assert (a[0] - b[0]).abs().max() > 0.01
    torch.testing.assert_close(a[1:], b[1:], atol=1e-6, rtol=0)


def test_zeroing_a_row_resets_that_voice(load):
    """The engine's reset (zero row r of every float buffer with 64 rows) gives a fresh voice."""
    z = random_walk(2, 16, seed=4)
    later = random_walk(2, 8, seed=5)
    with torch.no_grad():
        played = load()
        played.decode(z)
        played.encode(torch.randn(2, 1, 4 * RATIO))
        untouched = load()
        untouched.decode(z)
        for buf in played.buffers():
            if buf.dtype.is_floating_point and buf.dim() >= 1 and buf.shape[0] == BATCH_STATE:
                buf[1].zero_()
        after_reset = played.decode(later)
        fresh = load().decode(later)
        continued = untouched.decode(later)
    torch.testing.assert_close(after_reset[1], fresh[1], atol=1e-6, rtol=0)
    torch.testing.assert_close(after_reset[0], continued[0], atol=1e-6, rtol=0)


@pytest.mark.parametrize("name", list(FEATURES))
def test_each_latent_moves_its_feature(load, name):
    """Each latent dimension audibly changes the one thing its label names, in the stated direction."""
    feature, base, settings, direction = FEATURES[name]
    values = [feature(render(load(), latent(**{**base, name: v}))) for v in settings]
    assert direction * (values[1] - values[0]) > 0 and direction * (values[2] - values[1]) > 0, values


def test_pitch_and_loudness_scales(load):
    """Pitch is 1 octave per unit around 220 Hz; loudness 5 dB per unit."""
    for z0 in (-1.0, 0.0, 1.0, 2.0):
        assert peak_hz(render(load(), latent(pitch=z0))) == pytest.approx(220 * 2**z0, rel=0.01)
    quiet, loud = (rms_db(render(load(), latent(loudness=v))) for v in (-1.0, 1.0))
    assert loud - quiet == pytest.approx(10.0, abs=0.5)


def test_output_stays_below_full_scale(load):
    """No latent vector in [-3, 3] clips: the soft limiter keeps every sample within [-1, 1]."""
    g = torch.Generator().manual_seed(6)
    steps = torch.rand(32, LATENT_SIZE, 12, generator=g) * 6 - 3
    z = steps.repeat_interleave(3, -1)  # hold each random vector for 3 frames, jump between them
    corners = torch.tensor([[3.0] * LATENT_SIZE, [-3.0] * LATENT_SIZE, [3, 3, 3, 3, -3, 3, 3, 3]])
    with torch.no_grad():
        y = load().decode(torch.cat([z, constant(corners, z.shape[-1])]))
    assert float(y.abs().max()) <= 1.0
    neutral = render(load(), np.zeros(LATENT_SIZE))
    assert -12.0 <= 20 * np.log10(np.abs(neutral).max()) <= -6.0


@pytest.mark.parametrize("pitch,loudness,brightness", [(0.0, 0.0, 0.0), (-1.5, -1.0, 1.5), (1.2, 1.5, -1.5)])
def test_encode_recovers_decoded_tones(load, pitch, loudness, brightness):
    """Encode inverts decode roughly: pitch within 0.05 octave, loudness within 0.25, brightness within 0.5."""
    with torch.no_grad():
        y = load().decode(constant(latent(pitch=pitch, loudness=loudness, brightness=brightness), 40))
        z = load().encode(y)[0, :, 12:].mean(-1)
    assert abs(float(z[0]) - pitch) < 0.05
    assert abs(float(z[3]) - loudness) < 0.25
    assert abs(float(z[1]) - brightness) < 0.5


def test_silence_in_silence_out(load):
    """Forward of silence is silent: encode maps it to the bottom of the loudness scale."""
    with torch.no_grad():
        model = load()
        z = model.encode(torch.zeros(1, 1, 8 * RATIO))
        y = model.forward(torch.zeros(1, 1, 8 * RATIO))
    assert float(z[0, 3].max()) <= -3.0
    assert float(y.abs().max()) < 1e-4


def test_attributes(load):
    """transpose (semitones) shifts pitch and freeze holds the last latent; setters return 0."""
    model = load()
    assert model.get_transpose() == 0.0 and model.get_freeze() is False
    assert model.set_transpose(12.0) == 0 and model.get_transpose() == 12.0
    assert peak_hz(render(model, latent())) == pytest.approx(440.0, rel=0.01)

    model = load()
    render(model, latent(pitch=1.0), frames=4, settle=0)
    assert model.set_freeze(True) == 0 and model.get_freeze() is True
    held = render(model, latent(pitch=-1.0, loudness=2.0), settle=0)
    assert peak_hz(held) == pytest.approx(440.0, rel=0.01)
    assert rms_db(held) == pytest.approx(rms_db(render(load(), latent(pitch=1.0))), abs=0.5)
    assert model.set_freeze(False) == 0
    assert peak_hz(render(model, latent(pitch=-1.0))) == pytest.approx(110.0, rel=0.01)


def test_two_builds_are_identical(tmp_path):
    """Reproducible: two builds with the same seed give the same outputs; another seed other noise."""
    z = random_walk(2, 12, seed=7)
    outputs = []
    for name, seed in (("a", 0), ("b", 0), ("c", 1)):
        export_demo(str(tmp_path / f"{name}.ts"), seed=seed)
        with torch.no_grad():
            outputs.append(torch.jit.load(str(tmp_path / f"{name}.ts")).decode(z))
    assert torch.equal(outputs[0], outputs[1])
    assert not torch.equal(outputs[0], outputs[2])
    with torch.no_grad():
        assert torch.equal(build_demo(0).decode(z), outputs[0])
