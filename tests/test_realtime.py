"""Real time on JACK's dummy driver: the audio thread never waits for inference."""
from __future__ import annotations

import logging
import os
import re
import threading
import time

import numpy as np
import pytest

from ravebridge.engine.engine import Arrangement
from ravebridge.server import AudioConfig, boot
from ravebridge.voices import Decoder, Transfer

from outside import Listener  # tests/outside.py


NAME = f"rb-test-{os.getpid()}"          # the test server's JACK client


@pytest.fixture
def jack_engine(jack_server):
    server, engine = boot(AudioConfig(audio="jack", sample_rate=48000, buffer_size=256, outputs=2, jack_name=NAME),
                          Arrangement(os.cpu_count() or 2, hang_seconds=1.5))
    yield server, engine
    server.stop()
    engine.close()
    server.shutdown()


def _play(server, engine, seconds: float, ears: Listener | None = None, what: str = "", xruns: bool = True) -> int:
    """Run in real time; returns how many audio callbacks ran. With `ears`, JACK and the listener alone
    are measured first for as long, and what it hears once the voices sound is judged (tests/outside.py;
    `xruns` False: silent periods only, the xruns reported)."""
    if ears is not None:
        ears.baseline(seconds)
    before = engine.callbacks
    server.start()
    if ears is None:
        time.sleep(seconds)
    else:        # every voice sounds once its latency has passed (a late block would be silence)
        sounding = max((engine.latency(s) for s in engine.shards if not s.standby), default=0) / engine.rate + 0.2
        time.sleep(sounding)
        ears.begin()
        time.sleep(seconds - sounding - 1.0)      # the listener counts once a second: `end` waits for the next
        heard = ears.end()
    server.stop()
    time.sleep(0.1)
    if ears is not None:
        ears.judge(heard, what, xruns)
    return engine.callbacks - before


def test_several_voices_run_without_xruns(jack_engine, model_files, machine, listen):
    """Six voices over three models and four worker rows play 4 s in real time with no more JACK xruns
    than its baselines and no silent period, as a JACK client of its own hears them (tests/outside.py);
    then 4 s more while another Python thread of the server process keeps the interpreter busy, with no
    late block (but where the machine itself stalled, tests/stalls.py) and no silent period. The JACK
    xruns of that stretch are reported, not judged: a control thread busy for seconds costs clicks
    (docs/benchmarks.md, "A flood of OSC commands"; open). (Measured once the models' spare workers are
    warm: their start-up is the soak test's and the healing tests' subject.)"""
    server, engine = jack_engine
    voices = [Decoder(model_files["hold"]) for _ in range(3)]
    voices += [Decoder(model_files["streaming"]) for _ in range(2)]
    voices.append(Decoder(model_files["sine44"]))
    deadline = time.monotonic() + 60
    while sum(s.standby and s.live for s in engine.shards) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    for i, v in enumerate(voices):
        v.out(i % 2)
        if v._spec.latent_in and v._spec.in_channels == 4:
            v.setLatents(np.full(4, 0.1 * i))
    ears = listen(f"{NAME}:output_1", f"{NAME}:output_2")
    _play(server, engine, 4.0, ears, "six voices")
    stop = threading.Event()

    def busy():  # an OSC or MIDI thread doing pure-Python work
        while not stop.is_set():
            sum(i * i for i in range(20000))
    hog = threading.Thread(target=busy)
    hog.start()
    started = time.monotonic()
    try:
        ran = _play(server, engine, 4.0, ears, "six voices beside a busy Python thread", xruns=False)
    finally:
        stop.set()
        hog.join()
    status = engine.status()
    machine.account(status["xruns"], started,
                    f": {[(s['model'], s['late'], s['max_ms'], s['deadline_ms']) for s in status['shards']]}")
    assert all(s["errors"] == 0 for s in status["shards"])
    assert ran >= 0.9 * 4.0 * 48000 / 256, "the audio callback did not keep pace with JACK"
    assert len({v._shard.id for v in voices}) == 3


def test_a_hung_model_does_not_stall_other_voices(jack_engine, model_files, machine, listen):
    """A model stuck for seconds on one block: its voice goes silent and its worker is reported hung;
    the other voice never misses a block (but where the machine stalled), and its output has no silent
    period and no more JACK xruns than JACK alone, as an outside listener hears it.
    (Self-healing may have moved the voice to a spare by the end: the hung worker is the one checked.)"""
    server, engine = jack_engine
    healthy = Decoder(model_files["hold"]).out(0)
    stuck = Decoder(model_files["stalls"]).out(1)
    hung = stuck._shard
    healthy.setLatent(0, 0.3)
    stuck.setLatent(0, 5.0)          # about five seconds of computing per block
    started = time.monotonic()
    ran = _play(server, engine, 3.0, listen(f"{NAME}:output_1"), "the healthy voice")
    machine.account(healthy.stats()["late"], started, " (the healthy voice)")
    assert ran >= 0.9 * 3.0 * 48000 / 256
    assert hung.late > 0
    deadline = time.monotonic() + 3
    while hung.error is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "hung" in hung.error


def test_late_blocks_are_logged_with_what_made_them_late(jack_engine, model_files, caplog):
    """A model that computes ~30 ms per block against one buffer's allowance (5.3 ms): its late blocks
    are logged, naming the model, the compute time of a late block and the allowance, so a technician
    can tell a model too slow from a machine that ran it late."""
    server, engine = jack_engine
    slow = Decoder(model_files["stalls"], smooth=0).out(0)
    slow.setLatent(0, 0.03)
    with caplog.at_level(logging.WARNING, logger="ravebridge.engine"):
        _play(server, engine, 2.0)
        time.sleep(0.3)
    assert slow.alive and slow.stats()["late"] > 0
    reports = [r.getMessage() for r in caplog.records if "late block" in r.getMessage()]
    assert reports and reports[0].startswith("stalls.ts:decode: "), reports
    computed = [float(m.group(1)) for m in (re.search(r"computed ([0-9.]+) ms", r) for r in reports) if m]
    assert computed and computed[0] > 5.3, reports
    assert "allowance of 5.3 ms" in reports[0] and "longest gap between audio callbacks" in reports[0]
    assert len(reports) <= 4, "at most one report a second"


def test_a_model_slower_live_than_at_warm_up_gets_a_larger_allowance(jack_server, model_files, caplog):
    """Warm-up times a model on zero latents; live latents can cost more. With the allowance left to the
    engine, blocks computed longer than their allowance raise it a buffer at a time (logged, latency
    reported anew) until they fit, and then no block is late any more."""
    server, engine = boot(AudioConfig(audio="jack", sample_rate=48000, buffer_size=256, outputs=2,
                                      jack_name=f"rb-adapt-{os.getpid()}"), Arrangement(os.cpu_count() or 2))
    try:
        slow = Decoder(model_files["stalls"], block=2048, smooth=0).out(0)
        assert slow._shard.allowance == 1 and slow.latency == 2048 + 256    # instant on zero latents
        slow.setLatent(0, 0.004)         # ~5-10 ms per 43 ms block: over one buffer, far under two blocks
        with caplog.at_level(logging.WARNING, logger="ravebridge.engine"):
            server.start()
            deadline, seen, since, settled = time.monotonic() + 30, 0, time.monotonic(), False
            while not settled and time.monotonic() < deadline:   # settled: 3 s without a new late block
                time.sleep(0.5)
                late = slow.stats()["late"]
                if late != seen or not late:
                    seen, since = late, time.monotonic()
                settled = time.monotonic() - since >= 3.0
            server.stop()
        raised = [r.getMessage() for r in caplog.records if "allowance raised" in r.getMessage()]
        assert seen > 0 and raised, "the model should have been late at first, and its allowance raised"
        assert settled, "still late after 30 s"
        assert 1 < slow._shard.allowance < 16 and slow.latency == 2048 + 256 * slow._shard.allowance
        assert f"latency now {slow.latency} samples" in raised[-1]
    finally:
        engine.close()
        server.shutdown()


def test_shards_with_one_block_start_their_blocks_apart_and_keep_exact_latency(jack_engine, model_files, machine):
    """Two workers with the same block wake half a block apart, so on two cores neither waits for the
    other; the staggered one still delays live audio by exactly its reported latency."""
    import pyo
    server, engine = jack_engine
    first = Decoder(model_files["hold"], block=1024, smooth=0).out(0)
    noise = pyo.Noise(0.5)
    through = Transfer(noise, model_files["hold"], block=1024)       # forward: another shard, the same block
    assert {first._shard.phase, through._shard.phase} == {0, 512}
    tables = [pyo.NewTable(2.0), pyo.NewTable(2.0)]
    recorders = [pyo.TableRec(noise, tables[0]).play(), pyo.TableRec(through, tables[1]).play()]  # noqa: F841
    started = time.monotonic()
    server.start()
    time.sleep(2.3)
    server.stop()
    sent, played = (np.asarray(t.getBuffer(), np.float64) for t in tables)
    window = sent[48000:72000]
    lags = range(0, 4096)
    score = [float(np.dot(window, played[48000 + lag:72000 + lag])) for lag in lags]
    machine.account(through.stats()["late"], started)
    assert int(np.argmax(score)) == through.latency


def _policy(tid: int) -> tuple[int, int] | None:
    """A thread's or process's scheduling policy and priority; None once it is gone."""
    try:
        return os.sched_getscheduler(tid), os.sched_getparam(tid).sched_priority
    except ProcessLookupError:
        return None


def test_threads_that_may_hold_the_interpreter_outrank_the_workers(jack_engine, model_files):
    """pyo takes the GIL for every buffer, so a thread of the server process that a worker preempts while
    holding the GIL stalls the audio thread for the worker's block (JACK counted such periods as xruns).
    Every thread the engine starts after it and every Python thread started later (an OSC or MIDI thread)
    run above the live workers; a spare warming up, and any worker, never inherit that priority; the thread
    that started the engine gets its own scheduling back when the engine closes."""
    from ravebridge.engine import priority
    server, engine = jack_engine
    if not engine.control.realtime:
        pytest.skip("no right to real-time scheduling here: neither threads nor workers get it")
    voice = Decoder(model_files["hold"])
    deadline = time.monotonic() + 60
    while not any(s.standby and s.live for s in engine.shards) and time.monotonic() < deadline:
        time.sleep(0.05)
    later = threading.Thread(target=time.sleep, args=(0.5,))
    later.start()
    fifo = (os.SCHED_FIFO, priority.CONTROL)
    assert _policy(later.native_id) == fifo
    assert _policy(engine._supervisor.native_id) == fifo
    live = voice._shard
    spare = next(s for s in engine.shards if s.standby)
    assert _policy(live.process.pid) == (os.SCHED_FIFO, priority.WORKER) < fifo
    assert _policy(spare.process.pid) == (os.SCHED_OTHER, 0)
    later.join()
    voice.free()
    tid = engine.control.tid
    engine.close()
    assert _policy(tid) == (os.SCHED_OTHER, 0)


def test_a_worker_stuck_on_one_call_drops_to_an_ordinary_priority_until_it_finishes(jack_engine, model_files):
    """Linux stops every real-time thread on a core for the rest of a second once real-time threads have
    used 95 % of it there; a worker spinning at FIFO 1 did that to JACK's threads (xruns heard at the
    outputs while a model hung). A worker a block behind on one call runs at an ordinary priority until it
    finishes one, then at the workers' priority again."""
    from ravebridge.engine import priority
    server, engine = jack_engine
    if not engine.control.realtime:
        pytest.skip("no right to real-time scheduling here: neither threads nor workers get it")
    slow = Decoder(model_files["stalls"], smooth=0).out(0)
    pid = slow._shard.process.pid
    assert _policy(pid) == (os.SCHED_FIFO, priority.WORKER)
    seen = []

    def watch(until, wanted):
        while time.monotonic() < until:
            seen.append(_policy(pid))
            if seen[-1] == wanted:
                return True
            time.sleep(0.01)
        return False
    server.start()
    try:
        slow.setLatent(0, 0.3)           # about 0.3 s on each block: far behind its 21 ms blocks
        held = watch(time.monotonic() + 2.0, (os.SCHED_OTHER, 0))
        slow.setLatent(0, 0.0)           # instant again, once the blocks already dispatched are done
        back = watch(time.monotonic() + 6.0, (os.SCHED_FIFO, priority.WORKER))
    finally:
        server.stop()
    assert held, f"never dropped from real time while stuck: {set(seen)}"
    assert back and slow._shard.alive, f"not given real time back: {set(seen)}, {slow._shard.error}"


def test_a_live_worker_warms_up_at_an_ordinary_priority_then_serves_above_other_programs(jack_engine, model_files):
    """Warm-up times every batch size for seconds: at the workers' real-time priority it would take the
    cores from the voices playing and from every ordinary program, and a JACK connection made meanwhile
    stopped JACK's graph for 5 s. So a new live worker is ordinary until warm, then at WORKER."""
    from ravebridge.engine import priority
    from ravebridge.engine.spec import READY, STATE
    server, engine = jack_engine
    if not engine.control.realtime:
        pytest.skip("no right to real-time scheduling here: neither threads nor workers get it")
    made = []
    loading = threading.Thread(target=lambda: made.append(Decoder(model_files["busy"])))
    loading.start()
    seen = set()
    while loading.is_alive():
        for s in list(engine.shards):
            if not s.standby and s.process is not None and not s.ready.done():
                try:
                    policy = _policy(s.process.pid)
                except OSError:       # the process is just starting or gone
                    continue
                # the worker raises itself, then marks itself READY: a policy read before READY was still warming
                if s.control is None or int(s.control[STATE]) != READY:
                    seen.add(policy)
        time.sleep(0.005)
    loading.join()
    seen.discard(None)                                   # looked at as it ended
    assert seen == {(os.SCHED_OTHER, 0)}, seen          # never real-time while it warmed up (and looked at)
    assert _policy(made[0]._shard.process.pid) == (os.SCHED_FIFO, priority.WORKER)
    made[0].free()


def test_a_voice_that_would_not_fit_the_cpu_is_refused_and_the_others_play_on(jack_engine, model_files, listen):
    """Voices of a model that fills the CPU are accepted while every batch stays within its compute
    allowance and all workers together within their share of the cores, by the warm-up timings; the
    next one is refused with one line that says the CPU is full, what fits and what to do, and leaves no
    worker behind; the voices accepted play on, with no more JACK xruns than JACK alone and no silent
    period, as an outside listener hears them."""
    from ravebridge.engine import placement
    from ravebridge.engine.placement import CpuFull
    server, engine = jack_engine
    cores = engine.arrangement.cores
    voices = []
    with pytest.raises(CpuFull) as refused:
        for _ in range(8 * cores):
            voices.append(Decoder(model_files["busy"]).out(0))
    message = str(refused.value)
    assert message.startswith("the CPU is full:") and "free a voice" in message and "\n" not in message
    assert voices and engine.cpu_load() <= placement.CPU_BUDGET * cores
    live = [s for s in engine.shards if not s.standby]
    for s in live:
        seconds = placement.batch_seconds(s.details["timings"], max(s.taken) + 1, s.details["min_batch"], 16)
        assert placement.fits_batch(seconds, s.allowance * engine.period / engine.rate, s.spec.server_block / 48000)
    assert sum(len(s.taken) for s in live) == len(voices)      # the refused voice holds no row, no worker
    for v in voices:
        v.setLatent(0, 0.1)          # a busy voice holds its latent 0: heard, not exact zeros
    ran = _play(server, engine, 3.0, listen(f"{NAME}:output_1"), "the voices accepted")
    assert ran >= 0.9 * 3.0 * 48000 / 256 and all(v._shard.live for v in voices)


def test_control_work_makes_way_for_the_next_audio_buffer(jack_engine, monkeypatch):
    """Engine.between_buffers, which the dispatcher and the OSC thread call before each piece of work: when
    the next audio buffer is due within the work's time, it sleeps (the GIL released) until just after that
    buffer begins; right after a buffer began, or before the audio runs, it does not wait. (On the clock the
    audio thread records; without this rule a flood of OSC commands cost 264 to 547 JACK xruns in 10 s,
    docs/benchmarks.md.)"""
    import types
    from ravebridge.engine import engine as engine_module
    _, engine = jack_engine
    period = engine.period * 1_000_000_000 // engine.rate
    slept, now = [], [10**12]
    monkeypatch.setattr(engine_module, "time", types.SimpleNamespace(
        perf_counter_ns=lambda: now[0], sleep=slept.append))
    engine.between_buffers()
    assert slept == []                                   # the audio does not run yet
    engine.callbacks = 2
    engine.callback_at_ns[1] = now[0] - period + 400_000     # the next buffer is due in 0.4 ms
    engine.between_buffers(need_ns=1_000_000)
    assert slept == [pytest.approx((400_000 + engine_module.CALLBACK_NS) / 1e9)]
    engine.callback_at_ns[1] = now[0] - 3 * period - 100_000     # callbacks came late: due in a period less 0.1 ms
    engine.between_buffers(need_ns=1_000_000)
    assert slept[1:] == []
    engine.callback_at_ns[1] = now[0] - 50_000           # a buffer began 0.05 ms ago
    engine.between_buffers(need_ns=1_000_000)
    assert len(slept) == 1
