"""Self-healing: a voice whose worker dies or hangs plays again by itself, other voices never notice.

Real worker processes, real TorchScript models and, for the real-time claims, a real-time pyo server
on JACK's dummy driver.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
import time

import numpy as np
import pytest

import models
from ravebridge.engine.engine import Arrangement
from ravebridge.engine.healing import RETRY_MAX, STABLE_SECONDS, Backoff
from ravebridge.server import AudioConfig, boot
from ravebridge.voices import Decoder

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "control"))
from control_harness import Served  # noqa: E402  (tests/control/control_harness.py)


@pytest.fixture(scope="module")
def hangs(tmp_path_factory):
    """A model that hangs once told to (`setAttribute("hang", True)`)."""
    return models.export(models.Hangs(), tmp_path_factory.mktemp("healing") / "hangs.ts")


@pytest.fixture
def live(jack_server):
    """make(**arrangement) -> (server, engine): a real-time server on JACK's dummy driver."""
    made = []

    def make(**arrangement):
        server, engine = boot(AudioConfig(audio="jack", sample_rate=48000, buffer_size=256, outputs=2,
                                          jack_name=f"rb-heal-{os.getpid()}"),
                              Arrangement(os.cpu_count() or 2, **arrangement))
        made.append((server, engine))
        return server, engine
    yield make
    for server, engine in made:
        server.stop()
        engine.close()
        server.shutdown()


@pytest.fixture
def served_live(model_files, tmp_path, jack_server):
    """The whole control layer (rack, dispatcher, OSC) on a real-time server, models from the test folder."""
    s = Served(os.path.dirname(model_files["hold"]), tmp_path, audio="jack", outputs=2,
               jack_name=f"rb-heal-osc-{os.getpid()}")
    yield s
    s.close()


def _until(condition, timeout: float, what: str) -> float:
    """Seconds until `condition()` held; fails after `timeout`."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"not within {timeout} s: {what}")
        time.sleep(0.005)
    return time.monotonic() - start


def _spare_ready(engine, voice) -> bool:
    """A spare of the voice's model can take voices: it is in the healer's list of warm spares. (The
    status shows a spare live as soon as its worker is, a moment before the healer has set its
    allowance and listed it.)"""
    return any(s.path == voice._shard.path for model in list(engine.healer._models.values()) for s in model.spares)


def _playing(voice, old, value: float):
    """True once `voice` has left shard `old` and outputs `value` again (a hold model plays latent 0)."""
    return lambda: voice._shard is not old and voice.alive and bool(np.all(voice.row.outputs[0] == np.float32(value)))


def test_killed_and_hung_workers_come_back_while_other_voices_play(live, model_files, hangs, caplog, machine,
                                                                   listen):
    """SIGKILL one voice's worker, then hang another's model: both voices play again by themselves, the
    killed one within 3 s (it moves to a warm spare), and the voices of other models never miss a block;
    an outside listener hears no silent period and no more JACK xruns than JACK alone (tests/outside.py).
    Every worker has an installation's margin (docs/installation.md), so that a block lost to the
    machine's own background is not mistaken for one lost to the faults, and a late block counts but
    where the machine itself stalled (tests/stalls.py)."""
    server, engine = live(allowance=4)
    healthy = [Decoder(model_files["hold"], smooth=0).out(0), Decoder(model_files["streaming"]).out(1)]
    healthy[0].setLatent(0, 0.3)
    healthy[1].setLatents([0.2, -0.1, 0.3, 0.0])
    killed = Decoder(model_files["hold64"], smooth=0).out(0)
    killed.setLatent(0, 0.5)
    hung = Decoder(hangs, smooth=0).out(1)
    hung.setLatent(0, 0.25)
    for voice in (killed, hung):
        _until(lambda: _spare_ready(engine, voice), 60, "a warm spare")
    ears = listen(f"rb-heal-{os.getpid()}:output_1", f"rb-heal-{os.getpid()}:output_2")
    ears.baseline(4.0)
    playing = time.monotonic()
    server.start()
    _until(_playing(killed, None, 0.5), 5, "playing")
    time.sleep(0.5)
    ears.begin()
    callbacks, started = engine.callbacks, time.monotonic()
    dead, stuck = killed._shard, hung._shard
    with caplog.at_level(logging.INFO, logger="ravebridge.engine"):
        os.kill(dead.process.pid, signal.SIGKILL)
        back = _until(_playing(killed, dead, 0.5), 3, "the killed voice back")
        hung.setAttribute("hang", True)
        _until(_playing(hung, stuck, 0.25), 5, "the hung voice back")
        time.sleep(0.5)
        heard = ears.end()
    elapsed = time.monotonic() - started
    server.stop()
    ears.judge(heard, "a worker killed and a model hung")
    assert "died" in dead.error and "hung" in stuck.error
    assert dead.process.poll() is not None and stuck.process.poll() is not None
    assert back < 3
    for voice in healthy:
        machine.account(voice.stats()["late"], playing, f": {voice.stats()}")
    assert engine.callbacks - callbacks >= 0.9 * elapsed * 48000 / 256, "the callback did not keep pace"
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "hold64.ts:decode: worker process died" in logged and "restarted on spare worker" in logged


def test_a_voice_that_needs_a_new_worker_takes_the_warm_spare(live, model_files, machine, listen):
    """When a model's workers are full, the next voice takes its warm spare instead of loading the model
    (seconds for a large one): it plays at the spare's next block, the first voice plays on, and a
    replacement spare warms up behind it (no late block but where the machine stalled; an outside
    listener hears no silent period and no more JACK xruns than JACK alone)."""
    server, engine = live(capacity=1, allowance=4)   # one voice per worker: the second voice needs another;
    # an installation's margin, as the replacement spare warms up on the same two cores
    first = Decoder(model_files["hold"], smooth=0).out(0)
    first.setLatent(0, 0.25)
    _until(lambda: _spare_ready(engine, first), 60, "a warm spare")
    [spare] = [s for s in engine.shards if s.standby]
    ears = listen(f"rb-heal-{os.getpid()}:output_1")
    ears.baseline(4.0)
    started = time.monotonic()
    server.start()
    _until(_playing(first, None, 0.25), 5, "the first voice playing")
    ears.begin()
    second = Decoder(model_files["hold"], smooth=0).out(1)
    second.setLatent(0, 0.5)
    assert second._shard is spare and not spare.standby and second._shard is not first._shard
    assert spare.details["scheduling"] != "standby"          # promoted to the live workers' priority
    _until(_playing(second, None, 0.5), 5, "the new voice playing")
    assert np.all(first.row.outputs[0] == np.float32(0.25))
    _until(lambda: any(s.standby and s.live for s in engine.shards if s is not spare), 60, "a new spare")
    heard = ears.end()
    server.stop()
    ears.judge(heard, "a voice taking the spare while a new one warms up")
    machine.account(engine.status()["xruns"], started)


def test_a_frozen_worker_counts_as_hung_and_without_a_spare_a_new_one_loads(live, model_files):
    """A worker that stops running (SIGSTOP) while blocks are due is killed after its hang limit, and
    with no spare configured the voice comes back on a freshly loaded worker."""
    server, engine = live(spares=0)
    voice = Decoder(model_files["hold"], smooth=0).out(0)
    voice.setLatent(0, 0.4)
    server.start()
    _until(_playing(voice, None, 0.4), 5, "playing")
    assert not any(s["spare"] for s in engine.status()["shards"])
    frozen = voice._shard
    limit = frozen.hang_seconds
    assert 0.5 <= limit <= 2.0      # derived from the shard's deadline, not a fixed 2 s
    os.kill(frozen.process.pid, signal.SIGSTOP)
    try:
        _until(lambda: not frozen.alive, limit + 2, "the frozen worker noticed")
        assert "hung" in frozen.error
        _until(_playing(voice, frozen, 0.4), 60, "the voice back on a new worker")
    finally:
        if frozen.process.poll() is None:
            os.kill(frozen.process.pid, signal.SIGCONT)
    server.stop()
    assert frozen.process.poll() is not None


def test_a_model_that_keeps_failing_backs_off_and_subscribers_hear_of_it(served_live):
    """A voice whose model hangs on every block is restarted at once, then after 1, 2, 4 s: each
    failure and restart reaches an OSC subscriber, and no restart comes before its announced delay."""
    s = served_live
    c = s.client
    c.done("/rave/voice/new", "stuck", "stalls")
    _until(lambda: _spare_ready(s.engine, s.rack.voice("stuck").voice), 60, "a warm spare")
    c.done("/rave/notify", 1)
    s.server.start()
    c.done("/rave/stuck/latent", 5.0, 0.0, 0.0, 0.0)     # about five seconds of computing per block
    failed, restarted = [], []
    deadline = time.monotonic() + 60
    while len(failed) < 4 and time.monotonic() < deadline:
        m = c.next(lambda m: m.address in ("/rave/stuck/failed", "/rave/stuck/restarted"),
                   timeout=deadline - time.monotonic())
        (failed if m.address.endswith("failed") else restarted).append((time.monotonic(), m.params))
    s.server.stop()
    assert [params[1] for _, params in failed] == [0.0, 1.0, 2.0, 4.0]
    assert all("hung" in params[0] for _, params in failed)
    assert len(restarted) == 3
    for (failed_at, (_, retry)), (restarted_at, (silent,)) in zip(failed, restarted):
        assert restarted_at - failed_at >= retry - 0.1
        assert silent > 0


def test_offline_engines_keep_no_spares_and_render_deterministically(offline, model_files):
    """Offline, a spares setting starts no standby worker and changes nothing: a seeded noisy model
    renders identically twice, and a killed worker is not restarted behind the render's back."""
    renders = []
    for _ in range(2):
        o = offline(spares=1)
        voice = Decoder(model_files["noisy"], seed=3)
        [out] = o.run(0.1, voice)
        renders.append(out)
        assert o.engine.spares == 0 and len(o.engine.shards) == 1
        if len(renders) == 2:
            dead = voice._shard
            os.kill(dead.process.pid, signal.SIGKILL)
            _until(lambda: not dead.alive, 5, "the death noticed")
            time.sleep(1.0)
            assert voice._shard is dead and len(o.engine.shards) == 1
        o.close()
    np.testing.assert_array_equal(renders[0], renders[1])


def test_backoff_doubles_up_to_a_minute_and_resets_after_a_stable_minute():
    """Restart delays: 0, 1, 2, 4 ... capped at 60 s; a restart that held for a minute starts over."""
    b = Backoff()
    delays = []
    now = 0.0
    for _ in range(9):
        delays.append(b.failed(now))
        now += delays[-1] + 1.0
        b.restarted(now)
        now += 1.0
    assert delays == [0, 1, 2, 4, 8, 16, 32, RETRY_MAX, RETRY_MAX]
    assert b.failed(now + STABLE_SECONDS - 5) == RETRY_MAX     # not stable long enough
    b.restarted(now + 100)
    assert b.failed(now + 100 + STABLE_SECONDS) == 0            # stable for a minute: immediate again
