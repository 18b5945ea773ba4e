"""The streaming engine on pyo's offline server, with real worker processes and real TorchScript models."""
from __future__ import annotations

import logging
import os
import signal
import time

import numpy as np
import pyo
import pytest
import torch

from ravebridge.engine.spec import D_ACTIVE, D_DISPATCHED_NS, D_DONE_SEQ, D_RESET, D_SEQ, DISPATCHED, DONE
from ravebridge.model import state_buffers
from ravebridge.voices import Decoder, Encoder, Transfer, Voice


def _impulse_source(length: int, at: int):
    table = pyo.DataTable(length)
    np.asarray(table.getBuffer())[at] = 1.0
    return pyo.TableRead(table, freq=table.getRate(), loop=False).play()


@pytest.mark.parametrize("kw,block", [({}, None), ({"allowance": 3}, None), ({}, 1024)])
def test_forward_latency_equals_report(offline, model_files, kw, block):
    """An input sample comes out exactly `voice.latency` samples later (block + allowance buffers)."""
    o = offline(**kw)
    at = 3000
    voice = Transfer(_impulse_source(48000, at), model_files["hold"], block=block)
    [out] = o.run(0.25, voice)
    assert voice.latency == voice._spec.server_block + voice._shard.allowance * o.period
    assert int(np.argmax(np.abs(out))) == at + voice.latency
    assert out.max() == pytest.approx(1.0)


def test_decode_latent_change_is_heard_within_latency(offline, model_files):
    """A latent set just after a dispatch is heard at the next block plus the allowance: at most `latency`.

    Within that block the frames ramp from the old vector to the new one (no zipper), so
    the new value is reached by the block's last frame.
    """
    o = offline()
    voice = Decoder(model_files["hold"], block=1024, smooth=0)
    block, b = voice._spec.server_block, o.period
    change_at = 4 * block + b          # the buffer right after a block boundary: the worst case

    def set_latent():
        if o.engine.time == change_at:
            voice.setLatent(0, 0.5)
    [out] = o.run(0.3, voice, before=set_latent)
    onset = int(np.argmax(out > 0))
    assert onset == 5 * block + voice._shard.allowance * b
    assert out[onset + block - 1] == pytest.approx(0.5)
    # the change arrived during the buffer before `change_at`, i.e. up to one buffer earlier
    assert onset - (change_at - b) == voice.latency


def test_streaming_model_blockwise_equals_whole_through_engine(offline, model_files):
    """Streaming state survives the engine: its output equals one whole-signal call of the model."""
    o = offline(period=64)
    z = np.random.default_rng(0).normal(size=(4, 200)).astype(np.float32)
    voice = Decoder(model_files["streaming"], smooth=0)
    frames = iter(list(z.T) + [np.zeros(4, np.float32)] * 100)
    voice.setLatentSource(frames)
    [out] = o.run((200 * 64 + voice.latency + 64) / 48000, voice)
    reference = torch.jit.load(model_files["streaming"])
    for buf in state_buffers(reference):   # a voice starts from clean state, not the exporter's test calls
        buf.zero_()
    whole = reference.decode(torch.from_numpy(z)[None])[0, 0].numpy()
    played = out[voice.latency: voice.latency + whole.size]
    np.testing.assert_allclose(played, whole, atol=1e-5)


def test_voices_of_one_model_are_rows_of_one_worker(offline, model_files):
    """Three voices share one worker process, each hears only its own latents, a late joiner disturbs no one."""
    o = offline()
    voices = [Decoder(model_files["hold"], smooth=0) for _ in range(2)]
    for i, v in enumerate(voices):
        v.setLatent(0, 0.1 * (i + 1))
    late = []

    def add_voice():
        if o.engine.time == 48000 // 4 // 256 * 256:
            v = Decoder(model_files["hold"], smooth=0)
            v.setLatent(0, 0.7)
            late.append(v)
    outs = o.run(0.5, *voices, before=add_voice)
    assert len({v._shard.id for v in voices + late}) == 1
    assert late[0]._row == 2
    for i, out in enumerate(outs):
        settled = out[2000:]
        np.testing.assert_array_equal(settled, np.float32(0.1 * (i + 1)))


def test_freeing_a_voice_leaves_the_batch_undisturbed(offline, model_files):
    """A voice freed mid-run falls silent at once; its neighbours in the batch never change value,
    and its row is given to the next new voice, which starts from its own latents."""
    o = offline()
    keep = Decoder(model_files["streaming"], smooth=0)
    gone = Decoder(model_files["streaming"], smooth=0)
    keep.setLatents([0.3, -0.2, 0.1, 0.0])
    gone.setLatents([-0.5, 0.5, 0.2, 0.1])
    [alone] = o.run(0.4, keep)        # the reference: keep's output with the same latents
    o.close()                         # pyo runs one server per process: a fresh one for the real run

    o = offline()
    keep = Decoder(model_files["streaming"], smooth=0)
    gone = Decoder(model_files["streaming"], smooth=0)
    keep.setLatents([0.3, -0.2, 0.1, 0.0])
    gone.setLatents([-0.5, 0.5, 0.2, 0.1])

    def free_midway():
        if o.engine.time == 48000 // 5 // 256 * 256:
            gone.free()
    together, freed = o.run(0.4, keep, gone, before=free_midway)
    np.testing.assert_allclose(together, alone, atol=1e-6)
    assert not np.any(freed[-2000:])
    newcomer = Decoder(model_files["streaming"], smooth=0)
    assert newcomer._row == gone._row and newcomer._shard is keep._shard


def test_late_block_fades_out_then_in(offline, model_files):
    """A late block fades the last sample played out over one buffer, then stays silent; the next block
    that is on time fades in over one buffer, so a late block never clicks."""
    offline()
    voice = Decoder(model_files["hold"], smooth=0)
    table = voice.row.outputs[0]
    block = np.linspace(0.1, 0.9, len(table), dtype=np.float32)[None, :]
    ramp = np.linspace(1.0, 0.0, len(table), endpoint=False, dtype=np.float32)
    voice.row.play(block)
    np.testing.assert_array_equal(table, block[0])
    voice.row.silence()
    np.testing.assert_allclose(table, block[0, -1] * ramp)      # from the last sample heard, not another
    voice.row.silence()
    assert not np.any(table)
    voice.row.play(block)
    np.testing.assert_allclose(table, block[0] * ramp[::-1])
    voice.row.play(block)
    np.testing.assert_array_equal(table, block[0])


def test_a_block_done_late_plays_from_where_it_is_due_and_counts_once(offline, model_files):
    """The audio thread as in real time (not waiting for late blocks), driven buffer by buffer: a block
    not done when due counts one xrun and silences its voice; once the worker has finished it, the voice
    plays it from the buffer due then, fading in, and that block is not counted again."""
    o = offline(allowance=1)              # a hand-set allowance: the engine does not adapt it meanwhile
    engine = o.engine
    voice = Decoder(model_files["stalls"], block=1024, smooth=0)     # four buffers a block
    engine.blocking = False
    shard, b, block = voice._shard, o.period, voice._spec.server_block
    voice.setLatent(0, 0.05)             # block 0 computes for 50 ms: far beyond one buffer
    for _ in range(block // b + 2):      # admit the voice, dispatch block 0 at its end, reach its due buffer
        engine._callback()
    assert shard.late == 1 and not np.any(voice.row.outputs[0])
    engine._callback()                   # block 0's second buffer: still computing, still silent
    assert shard.control[DONE] < 0 and not np.any(voice.row.outputs[0])
    deadline = time.monotonic() + 10
    while shard.control[DONE] < 0 and time.monotonic() < deadline:    # the worker finished block 0
        time.sleep(0.01)
    engine._callback()                   # block 0's third buffer: done, so it plays from here
    _fades_in_then_plays(engine, voice, 0.05)
    assert shard.late == 1


def _fades_in_then_plays(engine, voice, value: float) -> None:
    """The buffer just computed fades the voice in to `value` over one buffer; the next one holds it."""
    b = engine.period
    fade_in = np.linspace(1.0, 0.0, b, endpoint=False, dtype=np.float32)[::-1]
    np.testing.assert_allclose(voice.row.outputs[0], np.float32(value) * fade_in)
    engine._callback()
    np.testing.assert_array_equal(voice.row.outputs[0], np.float32(value))


def test_a_block_is_read_only_once_its_done_token_is_taken(offline, model_files):
    """The hand-off (spec.py), audio side: a block plays once the audio thread took the worker's `done`
    token for it, never because DONE or the block's descriptor say it is done. On a weakly ordered CPU
    (Apple Silicon) those words may be seen before the output they describe. Here the token is held back
    while everything else is written, as if the worker were preempted just before posting it: the block
    is late and silent, then plays from the buffer due once the token is there."""
    o = offline(allowance=1)
    engine = o.engine
    voice = Decoder(model_files["hold"], block=1024, smooth=0)     # four buffers a block
    engine.blocking = False
    shard, b, block = voice._shard, o.period, voice._spec.server_block
    voice.setLatent(0, 0.25)
    for _ in range(block // b + 1):      # admit the voice, dispatch block 0 at its end
        engine._callback()
    deadline = time.monotonic() + 10
    while shard.control[DONE] < 0 and time.monotonic() < deadline:    # computed, and its token posted
        time.sleep(0.01)
    assert shard._done.acquire(True, 5.0)          # ... which is taken away: "not posted yet"
    assert shard.desc[0, D_DONE_SEQ] == 0 and shard.control[DONE] == 0
    np.testing.assert_array_equal(shard.out[0, voice._row], np.float32(0.25))   # all written
    engine._callback()                   # block 0's first buffer is due
    assert shard.late == 1 and not np.any(voice.row.outputs[0])
    engine._callback()
    assert not np.any(voice.row.outputs[0])
    shard._done.release()                # the worker's post
    engine._callback()                   # block 0's third buffer: plays from here, fading in
    _fades_in_then_plays(engine, voice, 0.25)
    assert shard.late == 1


def test_the_worker_takes_a_block_only_with_its_jobs_token(offline, model_files):
    """The hand-off (spec.py), worker side: a block is computed for its `jobs` token, never because
    DISPATCHED or the descriptor say it was dispatched. A wake-up without the token (as after a command)
    finds block 0 fully written and leaves it alone; the token gets it computed and handed back."""
    offline()
    voice = Decoder(model_files["hold"], smooth=0)     # the server does not run: this test is the audio thread
    s, row = voice._shard, voice._row
    s.inp[0, row, :, 0] = 0.5                          # everything the audio thread writes to dispatch block 0
    d = s.desc[0]
    d[D_SEQ], d[D_ACTIVE], d[D_RESET], d[D_DISPATCHED_NS] = 0, 1 << row, 1 << row, time.perf_counter_ns()
    s.queue[0] = 0
    s.control[DISPATCHED] = 0
    s._wake.release()
    time.sleep(0.3)
    assert s.control[DONE] == -1 and d[D_DONE_SEQ] == -1 and not np.any(s.out[0])
    s.post(0)
    s.collect(10.0)
    assert s.finished == 0 and d[D_DONE_SEQ] == 0 and not s.pending
    np.testing.assert_array_equal(s.out[0, row], np.float32(0.5))


def test_semaphore_names_are_gone_once_the_worker_has_them(offline, model_files):
    """The shard's semaphores are named only until its worker opened them: whichever process dies later,
    nothing is left behind in the system."""
    import _multiprocessing
    offline()
    voice = Decoder(model_files["hold"], smooth=0)
    shard = voice._shard
    names = [sem.name for sem in (shard._wake, shard._jobs, shard._done)]
    assert len(set(names)) == 3 and all(len(n) <= 31 for n in names)     # macOS's limit
    for name in names:
        with pytest.raises(FileNotFoundError):
            _multiprocessing.SemLock._rebuild(0, 1, 1, name)


def test_failing_model_silences_only_its_own_voice(offline, model_files):
    """A model that raises reports the error and goes silent; another model's voice plays on unchanged."""
    o = offline()
    healthy = Decoder(model_files["hold"], smooth=0)
    healthy.setLatent(0, 0.25)
    failing = Decoder(model_files["raises"], smooth=0)
    failing.setLatent(0, 20.0)
    good, bad = o.run(0.3, healthy, failing)
    np.testing.assert_array_equal(good[2000:], np.float32(0.25))
    assert not np.any(bad)
    deadline = time.monotonic() + 5
    while failing.error is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "latent out of the trained range" in failing.error
    assert failing.stats()["errors"] > 0


def test_killed_worker_is_reported_and_restarts(offline, model_files):
    """SIGKILL on a voice's worker: the voice says so, the other voice plays on, restart() brings it back."""
    o = offline()
    healthy = Decoder(model_files["hold"], smooth=0)
    victim = Decoder(model_files["attributes"], smooth=0)
    healthy.setLatent(0, 0.25)
    victim.setLatent(0, 0.5)
    os.kill(victim._shard.process.pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while victim.error is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "died" in victim.error
    good, dead = o.run(0.2, healthy, victim)
    np.testing.assert_array_equal(good[2000:], np.float32(0.25))
    assert not np.any(dead)
    victim.restart()
    assert victim.alive
    _, back = o.run(0.2, healthy, victim)
    np.testing.assert_array_equal(back[4000:], np.float32(0.5))


def test_non_streaming_export_is_played_with_a_warning(offline, model_files, caplog):
    """A non-streaming export plays, and the user is told it will click."""
    o = offline()
    with caplog.at_level(logging.WARNING, logger="ravebridge.engine"):
        voice = Decoder(model_files["nonstreaming"])
    assert any("not a streaming export" in r.getMessage() for r in caplog.records)
    voice.setLatents([1, 0, 0, 0])
    [out] = o.run(0.1, voice)
    assert np.any(out)


@pytest.mark.parametrize("server_rate", [48000, 44100])
def test_model_rate_is_honoured_by_resampling(offline, model_files, server_rate):
    """A 1 kHz sine from a 44.1 kHz model plays at 1 kHz in a 48 kHz server (nn~ would play 1088 Hz)."""
    o = offline(rate=server_rate)
    voice = Decoder(model_files["sine44"])
    assert voice._spec.resampling == (server_rate != 44100)
    [out] = o.run(1.2, voice)
    tail = out[-server_rate:] * np.hanning(server_rate)
    spectrum = np.abs(np.fft.rfft(tail, 8 * server_rate))
    peak_hz = np.argmax(spectrum) / 8
    assert peak_hz == pytest.approx(1000.0, abs=0.25)
    # band-limited: nothing but the tone above -80 dB
    spectrum /= spectrum.max()
    away = np.abs(np.arange(spectrum.size) / 8 - 1000.0) > 50
    assert spectrum[away].max() < 1e-4


def test_resampled_latency_is_reported(offline, model_files, tmp_path):
    """Through a 44.1 kHz model in a 48 kHz server, an impulse comes out within 2 samples of the report."""
    import models
    path = models.export(models.Hold(sr=44100), tmp_path / "hold44.ts")
    o = offline()
    at = 3000
    voice = Transfer(_impulse_source(48000, at), path)
    [out] = o.run(0.3, voice)
    assert abs(int(np.argmax(np.abs(out))) - (at + voice.latency)) <= 2


def test_stereo_model_has_two_streams(offline, model_files):
    """A two-channel model is a two-stream pyo object: left and right carry their own signals."""
    o = offline()
    voice = Decoder(model_files["stereo"], smooth=0)
    assert len(voice.getBaseObjects()) == 2
    voice.setLatents([0.2, -0.4])
    [out] = o.run(0.1, voice)
    np.testing.assert_array_equal(out[0, 2000:], np.float32(0.2))
    np.testing.assert_array_equal(out[1, 2000:], np.float32(-0.4))


def test_attributes_are_typed_and_applied(offline, model_files):
    """Attributes are set with the setter's own types and change the sound; bad values are refused."""
    o = offline()
    voice = Decoder(model_files["attributes"], smooth=0)
    voice.setLatent(0, 0.25)
    assert voice.setAttribute("gain", 2) == [2.0]
    assert voice.setAttribute("invert", "true") == [True]
    [out] = o.run(0.1, voice)
    np.testing.assert_array_equal(out[2000:], np.float32(-0.5))
    from ravebridge.engine.shard import ShardError
    with pytest.raises(ShardError, match="expects bool"):
        voice.setAttribute("invert", "maybe")
    with pytest.raises(ShardError, match="no attribute 'volume'"):
        voice.setAttribute("volume", 1.0)
    assert voice.getAttribute("gain") == [2.0]


def test_seeded_rendering_is_deterministic(offline, model_files):
    """A decoder drawing torch.randn renders identically for one seed, differently for another."""
    renders = {}
    for seed in (3, 3, 4):
        o = offline()
        voice = Decoder(model_files["noisy"], seed=seed)
        [out] = o.run(0.1, voice)
        renders.setdefault(seed, []).append(out)
        o.close()
    np.testing.assert_array_equal(renders[3][0], renders[3][1])
    assert not np.array_equal(renders[3][0], renders[4][0])


def test_encoder_streams_latent_frames(offline, model_files):
    """encode gives one latent frame per ratio samples, as readFrames() and as held signals."""
    o = offline()
    n = 48000
    table = pyo.DataTable(n)
    np.asarray(table.getBuffer())[:] = np.arange(n, dtype=np.float32) / n
    source = pyo.TableRead(table, freq=table.getRate(), loop=False).play()
    voice = Encoder(source, model_files["hold"])
    [out] = o.run(0.2, voice)
    frames = np.stack(voice.readFrames(), axis=-1)
    expected = (np.arange(frames.shape[1]) * 256 + 255) / n
    np.testing.assert_allclose(frames[0], expected, atol=1e-6)
    assert out.shape[0] == 4   # one held signal per latent dimension


def test_bad_latents_are_refused_and_change_nothing(offline, model_files):
    """NaN, wrong counts and bad indices raise clear errors and leave the voice's latents as they were."""
    offline()
    voice = Decoder(model_files["hold"], smooth=0)
    voice.setLatents([0.1, 0.2, 0.3, 0.4])
    with pytest.raises(ValueError, match="NaN"):
        voice.setLatents([0.1, float("nan"), 0, 0])
    with pytest.raises(ValueError, match="expected 4"):
        voice.setLatents([0.1, 0.2])
    with pytest.raises(IndexError, match="out of range"):
        voice.setLatent(9, 0.1)
    with pytest.raises(TypeError):
        voice.setLatents(["a", "b", "c", "d"])
    np.testing.assert_array_equal(voice.row.target, np.float32([0.1, 0.2, 0.3, 0.4]))


@pytest.mark.parametrize("name,message", [
    ("junk", "not a TorchScript archive"),
    ("truncated", "truncated or corrupt"),
    ("plain", "without the nn~ interface"),
    ("future", "newer torch"),
    ("lying", "params promise"),
    ("missing", "no such file"),
])
def test_broken_model_files_fail_with_one_line(offline, model_files, name, message):
    """Each kind of bad file is refused with one line naming the problem; the server stays usable."""
    o = offline()
    from ravebridge.engine.shard import ShardError
    with pytest.raises(ShardError, match=message) as err:
        Decoder(model_files[name])
    assert "\n" not in str(err.value)
    voice = Decoder(model_files["hold"], smooth=0)
    voice.setLatent(0, 0.5)
    [out] = o.run(0.1, voice)
    assert out[-1] == pytest.approx(0.5)


def test_voice_mixes_like_a_pyo_object(offline, model_files):
    """mul, add and arithmetic work as on any pyo object."""
    o = offline()
    voice = Decoder(model_files["hold"], mul=0.5, add=0.1, smooth=0)
    voice.setLatent(0, 0.4)
    mixed = voice + pyo.Sig(1.0)
    out, total = o.run(0.1, voice, mixed)
    assert out[-1] == pytest.approx(0.3)
    assert total[-1] == pytest.approx(1.3)
    assert isinstance(voice, Voice)


def test_placement_staggers_block_starts_and_derives_hang_limits():
    """Pure rules the engine and the healer share (engine/placement.py): a new shard's blocks start on the
    buffer grid as far as can be from those of live shards with its block (the earliest of equals), so their
    workers wake apart; a worker counts as hung after four compute allowances live (never under half a
    second), and offline after four of its slowest warm-up calls (never under two seconds)."""
    from ravebridge.engine import placement
    assert placement.phase(2048, 256, []) == 0
    assert placement.phase(2048, 256, [0]) == 1024
    assert placement.phase(2048, 256, [0, 1024]) == 512
    assert placement.phase(512, 256, [0, 256]) == 0
    assert placement.hang_limit(0.2, 9.0, blocking=False) == pytest.approx(0.8)
    assert placement.hang_limit(0.05, 9.0, blocking=False) == 0.5
    assert placement.hang_limit(0.2, 1.0, blocking=True) == pytest.approx(4.0)
    assert placement.hang_limit(0.2, 0.1, blocking=True) == 2.0
