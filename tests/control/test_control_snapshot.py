"""The live state kept in a file and restored at start: what an installation that reboots relies on.

Real servers (offline in-process, and a real `ravebridge serve` process on JACK's dummy driver that is
SIGKILLed), real models, real files.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from control_harness import Client
from ravebridge.control.commands import Command
from ravebridge.control.session import Running, load
from test_control_session import _wait_for_server, free_port, write


def _session(tmp_path, model_files, state):
    path = write(tmp_path, f"""
        [server]
        audio = "offline"
        outputs = 8
        models = ["{os.path.dirname(model_files['hold'])}"]
        [osc]
        port = 0
        [regression]
        port = {free_port()}
        [voices.a]
        model = "hold"
        """)
    session = load(str(path))
    session.state = str(state)
    return session


def _call(running, address, *args):
    reply = running.dispatcher.call(Command(address, args), timeout=120)
    assert reply.ok, reply.args
    return list(reply.args[1:])


def test_state_changed_live_comes_back_after_a_restart(tmp_path, model_files):
    """Voices added live, their latents, bias, scale, gain, mute, solo, panning, outputs, the master
    and the regression routes are saved, and a restart with the same state file rebuilds them all
    (instead of the session's own voices)."""
    state = tmp_path / "state.toml"
    running = Running(_session(tmp_path, model_files, state))
    try:
        _call(running, "/rave/voice/new", "b", "hold")
        _call(running, "/rave/a/latent", 0.5, -0.25, 0, 1)
        _call(running, "/rave/a/bias", 1, 0.125)
        _call(running, "/rave/a/scale", 2, 3.0)
        _call(running, "/rave/a/out", 4, 5, 6)
        _call(running, "/rave/a/pan", 0.4)
        _call(running, "/rave/a/db", -6)
        _call(running, "/rave/b/solo", 1)
        _call(running, "/rave/b/mute", 1)
        _call(running, "/rave/master/limit", 1, -3)
        _call(running, "/rave/wek/route", 1, 2, "a", "latent", 2)
        assert _call(running, "/rave/snapshot") == [str(state)]
    finally:
        running.close()
    assert state.exists()

    again = Running(_session(tmp_path, model_files, state))
    try:
        rack = again.rack
        assert [v.name for v in rack.voices()] == ["a", "b"]
        a, b = rack.voice("a"), rack.voice("b")
        assert a.latents.tolist() == [0.5, -0.25, 0, 1]
        assert a.bias.tolist() == [0, 0.125, 0, 0] and a.scale.tolist() == [1, 1, 3.0, 1]
        assert a.outputs == [4, 5, 6] and a.pan == pytest.approx(0.4)
        assert a.gain == pytest.approx(10 ** (-6 / 20)) and not a.muted and not a.soloed
        assert b.soloed and b.muted
        assert (rack.master.limiter, rack.master.ceiling_db) == (True, -3.0)
        assert [r.to_list() for r in again.dispatcher.router.routes] == [[1, 2, "a", "latent", 2]]
    finally:
        again.close()


def test_an_unreadable_state_is_kept_aside_and_the_session_starts(tmp_path, model_files, caplog):
    """A state file that cannot be used (here, half written by hand) is renamed aside, never deleted,
    the reason is logged, and the server starts from the session as written."""
    state = tmp_path / "state.toml"
    state.write_text("[voices.a]\nmodel = \"hold\"\nlatents = [1, 2,")
    running = Running(_session(tmp_path, model_files, state))
    try:
        assert [v.name for v in running.rack.voices()] == ["a"]
        kept = [p for p in tmp_path.iterdir() if p.name.startswith("state.toml.unreadable-")]
        assert len(kept) == 1 and kept[0].read_text().endswith("[1, 2,")
        assert "cannot be used" in caplog.text
    finally:
        running.close()


def test_a_state_that_cannot_be_written_is_answered_and_the_server_plays_on(tmp_path, model_files):
    """When the state file cannot be written (here its path is a folder), /rave/snapshot fails with the
    reason, nothing already on disk is touched, and the server keeps working."""
    state = tmp_path / "taken"
    state.mkdir()
    (state / "keep.txt").write_text("user data")
    running = Running(_session(tmp_path, model_files, state))
    try:
        reply = running.dispatcher.call(Command("/rave/snapshot"), timeout=30)
        assert not reply.ok and "cannot save the state" in reply.reason and str(state) in reply.reason
        assert (state / "keep.txt").read_text() == "user data"
        assert _call(running, "/rave/a/dim", 0, 0.5) == []
    finally:
        running.close()


def test_a_killed_server_comes_back_as_it_was(jack_server, tmp_path, model_files):
    """SIGKILL (a power cut, as far as the process knows) a real-time server a moment after a live
    change: the state it saved by itself within a second restores the voice and its latents."""
    state = tmp_path / "state.toml"
    session = write(tmp_path, f"""
        [server]
        audio = "jack"
        jack_name = "rb-state-{os.getpid()}"
        models = ["{os.path.dirname(model_files['hold'])}"]
        [regression]
        port = 0
        """)

    def start():
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "ravebridge.cli", "serve", "--config", str(session),
                                 "--osc-port", str(port), "--state", str(state)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        client = Client(port)
        _wait_for_server(client, proc)
        return proc, client

    proc, client = start()
    try:
        client.done("/rave/voice/new", "late", "hold")
        client.done("/rave/late/latent", 0.75, 0, 0, 0)
        client.done("/rave/late/out", 1)
        time.sleep(2.5)                   # the keeper looks once a second
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        client.close()
    proc, client = start()
    try:
        gain, mute, level, state_, nout, *rest = client.done("/rave/late/get")
        assert (state_, nout, rest) == ("ok", 1, [1, 0.75, 0, 0, 0])
        client.done("/rave/quit")
        assert proc.wait(60) == 0
    finally:
        client.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
