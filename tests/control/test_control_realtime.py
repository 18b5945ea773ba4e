"""Control of a real-time server on JACK's dummy driver: time tags and a model swap while it plays."""
from __future__ import annotations

import time

import numpy as np
import pytest
from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder

from control_harness import message


def test_time_tags_schedule_changes_at_their_buffer(live, machine):
    """Two bundles timed 0.3 s and 0.6 s ahead, sent in one packet, change the gain exactly 0.3 s
    of audio apart (to the buffer), not on arrival, and the outside listener hears no silent period and
    no more JACK xruns than JACK alone. (A late block would read as a change: where the machine itself
    stalled, tests/stalls.py, there is nothing to measure.)"""
    c = live.client
    outer = OscBundleBuilder(IMMEDIATELY)
    now = time.time()
    for delay, gain in ((0.3, 0.5), (0.6, 1.5)):
        inner = OscBundleBuilder(now + delay)
        inner.add_content(message("/rave/a/gain", gain))
        outer.add_content(inner.build())
    with live.recording() as take:
        c.udp.send(outer.build())
        assert c.answer("/rave/a/gain")[0] == c.answer("/rave/a/gain")[0] == "/rave/done"
        time.sleep(1.2)
    live.ears.judge(live.ears.end(), "two voices under timed changes")
    late = live.rack.voice("a").voice.stats()["late"]
    machine.account(late, live.playing_since, " (voice a)")
    if late:
        pytest.skip("the machine stalled during the take: voice a's audio has a gap, nothing to measure")
    a = take.audio[:, 0]
    first = np.flatnonzero(a < 0.25 - 1e-4)[0]           # starts gliding down to 0.125
    low = np.flatnonzero(np.abs(a - 0.125) < 1e-5)[0]    # got there
    second = low + np.flatnonzero(a[low:] > 0.125 + 1e-4)[0]   # starts gliding up to 0.375
    assert abs((second - first) - 0.3 * 48000) <= 256 + 1
    assert a[first - 1] == pytest.approx(0.25, abs=1e-5)


def test_model_swap_while_playing_leaves_the_other_voice_whole(live, machine):
    """While voice b loads another model and crossfades to it in real time, voice a plays every
    sample at its value, and its worker is never late (but where the machine itself stalled,
    tests/stalls.py); the outside listener hears no silent period and no more JACK xruns than JACK
    alone while the model loads."""
    c = live.client
    with live.recording() as take:
        time.sleep(0.2)
        assert c.done("/rave/b/load", "stereo") == [live.rack.voice("b").voice.latency]
        time.sleep(0.5)
    live.ears.judge(live.ears.end(), "a model loading beside a playing voice")
    out = take.audio
    late = live.rack.voice("a").voice.stats()["late"]
    machine.account(late, live.playing_since, " (voice a, during the swap)")
    if not late:
        assert np.abs(out[1000:, 0] - 0.25).max() < 1e-5, "voice a dropped out during the swap"
    b = out[:, 1]
    assert b[1000] == pytest.approx(0.5, abs=1e-5) and np.all(b[-1000:] == 0)   # stereo's latents are zero
    assert len(live.rack.voice("b").takes) == 1
