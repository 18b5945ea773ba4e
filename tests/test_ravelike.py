"""The RAVE-v2-sized benchmark model has RAVE's interface, streaming behaviour and size."""
import pytest
import torch

from ravebridge.export.ravelike import build_ravelike, export_ravelike

SMALL = dict(capacity=4, noise_fill=False)  # RAVE v2's layers at a tiny width: fast to build and run


@pytest.fixture(scope="module")
def small_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("ravelike") / "small.ts"
    export_ravelike(str(path), **SMALL)
    return path


def test_default_build_is_rave_v2_sized():
    """The default build has RAVE v2's ~31.5 M parameters (counted without exporting)."""
    model = build_ravelike(register=False)
    count = sum(p.numel() for p in model.parameters())
    assert 25e6 <= count <= 35e6


def test_interface_follows_params(small_path):
    """Methods, *_params and sample rate are those of a RAVE v2 streaming export at 44.1 kHz."""
    model = torch.jit.load(str(small_path))
    assert model.get_methods() == ["encode", "decode", "forward"]
    assert model.encode_params.tolist() == [1, 1, 16, 2048]
    assert model.decode_params.tolist() == [16, 2048, 1, 1]
    assert model.forward_params.tolist() == [1, 1, 1, 1]
    assert model.get_sample_rate() == 44100
    assert (model.latent_size, model.full_latent_size) == (16, 128)


def test_shapes_follow_other_settings(tmp_path):
    """latent_size, ratio and sr are honoured, in the params and in the tensors each method returns."""
    path = tmp_path / "other.ts"
    export_ravelike(str(path), latent_size=4, ratio=512, sr=48000, **SMALL)
    model = torch.jit.load(str(path))
    assert model.encode_params.tolist() == [1, 1, 4, 512]
    assert model.decode_params.tolist() == [4, 512, 1, 1]
    assert model.get_sample_rate() == 48000
    with torch.no_grad():
        assert model.encode(torch.zeros(3, 1, 1024)).shape == (3, 4, 2)
        y = model.decode(torch.randn(3, 4, 2))
        assert y.shape == (3, 1, 1024) and float(y.abs().max()) <= 1.0
        assert model.forward(torch.zeros(3, 1, 1024)).shape == (3, 1, 1024)


def test_streaming_decode_blockwise_equals_whole(small_path):
    """Cached convolutions carry state between calls: block-by-block decode equals one whole call."""
    z = torch.randn(2, 16, 12, generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        whole = torch.jit.load(str(small_path)).decode(z)
        model = torch.jit.load(str(small_path))
        blocks = torch.cat([model.decode(z[..., i:i + 1]) for i in range(z.shape[-1])], -1)
    assert whole.shape == (2, 1, 12 * 2048)
    torch.testing.assert_close(blocks, whole, atol=1e-5, rtol=0)


def test_state_rows_start_at_zero(small_path):
    """Per-voice caches (64 rows) start empty, so a fresh load is a fresh stream."""
    buffers = torch.jit.load(str(small_path)).buffers()
    state = [b for b in buffers if b.dtype.is_floating_point and b.shape[0] == 64]
    assert len(state) > 20
    assert all(int(torch.count_nonzero(b)) == 0 for b in state)


def test_noise_fill_like_rave():
    """With noise_fill (the default), decode fills the dims past latent_size with torch.randn, like RAVE."""
    z = torch.zeros(1, 2, 2)
    outputs = []
    for seed in (0, 0, 1):
        model = build_ravelike(capacity=4, ratio=512, latent_size=2, register=False)
        torch.manual_seed(seed)
        with torch.no_grad():
            outputs.append(model.decode(z))
    assert torch.equal(outputs[0], outputs[1])
    assert not torch.equal(outputs[0], outputs[2])
