"""Every wrong command is answered /rave/fail with a reason a person can act on, and changes nothing."""
from __future__ import annotations

import os

import pytest

from control_harness import Client, Served

NAN, INF = float("nan"), float("inf")

CASES = [
    # address, arguments, words the reason must contain
    ("/foo/bar", [], "begin with /rave/"),
    ("/rave/bogus", [], "unknown command '/rave/bogus'"),
    ("/rave/a/bogus", [1], "unknown command 'bogus' for a voice"),
    ("/rave/nobody/gain", [1.0], "no voice named nobody (voices: a)"),
    ("/rave/*/mute", [1], "patterns"),
    ("/rave/a/gain", [], "expects <linear f>, got 0 arguments"),
    ("/rave/a/gain", [1.0, 2.0], "got 2 arguments"),
    ("/rave/a/gain", ["loud"], "must be a number, got string 'loud'"),
    ("/rave/a/gain", [b"\x00\x01"], "must be a number, got blob"),
    ("/rave/a/gain", [None], "must be a number, got nil"),
    ("/rave/a/gain", [True], "must be a number, got true/false"),
    ("/rave/a/gain", [NAN], "nan: give a finite number"),
    ("/rave/a/gain", [INF], "inf: give a finite number"),
    ("/rave/a/gain", [17.0], "out of range: must be in 0..16"),
    ("/rave/a/db", [30], "out of range: must be in -120..24"),
    ("/rave/a/mute", [2], "must be 0 or 1"),
    ("/rave/a/smooth", [-1], "out of range"),
    ("/rave/a/dim", [4, 0.5], "latent index 4 out of range: voice a has dimensions 0..3"),
    ("/rave/a/dim", [1.5, 0.5], "must be a whole number"),
    ("/rave/a/dim", [-1, 0.5], "must be at least 0"),
    ("/rave/a/bias", [0], "expects <index i> <value f>, got 1 argument"),
    ("/rave/a/latent", [], "expects <values f>..., got 0 arguments"),
    ("/rave/a/latent", [0.1, 0.2], "voice a has 4 latent dimensions, got 2 values"),
    ("/rave/a/latent", [1e9, 0, 0, 0], "out of range"),
    ("/rave/a/latent", [0.1, "x", 0, 0], "argument 2 (values) must be a number"),
    ("/rave/a/out", [4], "output channel 4 out of range: the server has channels 0..3"),
    ("/rave/a/out", [1, 1], "given twice"),
    ("/rave/a/attr/get", ["nothing"], "has no attribute 'nothing' (it has: none)"),
    ("/rave/a/attr/set", ["gain"], "expects <name s> <values v>..., got 1 argument"),
    ("/rave/voice/new", ["a", "hold"], "voice a exists"),
    ("/rave/voice/new", [3, "hold"], "must be a string, got int"),
    ("/rave/voice/new", ["bad name", "hold"], "use letters, digits, _ and - only"),
    ("/rave/voice/new", ["status", "hold"], "reserved"),
    ("/rave/voice/new", ["x", "nothere"], "no model 'nothere' in the model folders"),
    ("/rave/voice/new", ["x", "../../../../etc/passwd"], "leaves the model folders"),
    ("/rave/voice/new", ["x", "/etc/passwd"], "leaves the model folders"),
    ("/rave/voice/new", ["x", "junk"], "not a TorchScript archive"),
    ("/rave/voice/new", ["x", "hold", "nomethod"], "has no method 'nomethod'"),
    ("/rave/voice/new", ["x", "hold", "forward", 5], "reads 1 input channel(s) from 5"),
    ("/rave/voice/free", ["ghost"], "no voice named ghost"),
    ("/rave/a/load", ["/etc/hostname"], "leaves the model folders"),
    ("/rave/a/load", ["hold", "nomethod"], "has no method 'nomethod'"),
    ("/rave/midi/list", [], "MIDI is off"),
    ("/rave/midi/learn", ["a", "dim", 0], "MIDI is off"),
    ("/rave/notify", [3], "must be 0 or 1"),
]


@pytest.fixture(scope="module")
def steady(model_files, tmp_path_factory):
    """One offline server for the whole table, with voice `a` set to a known state."""
    s = Served(os.path.dirname(model_files["hold"]), tmp_path_factory.mktemp("failures"))
    c = s.client
    c.done("/rave/voice/new", "a", "hold")
    c.done("/rave/a/latent", 0.5, 0.1, 0.2, 0.3)
    c.done("/rave/a/out", 1)
    c.done("/rave/a/gain", 0.5)
    yield s
    s.close()


@pytest.mark.parametrize("address,args,reason", CASES, ids=[f"{a} {r[:30]}" for a, _, r in CASES])
def test_wrong_command_fails_with_reason(steady, address, args, reason):
    """The reply is /rave/fail <address> <reason>, the reason says what to fix, and voice a is as it was."""
    kind, params = steady.client.ask(address, *args)
    assert kind == "/rave/fail", params
    assert reason in params[0]
    gain, mute, _, state, nout, *rest = steady.client.done("/rave/a/get")
    assert (gain, mute, state, nout) == (0.5, 0, "ok", 1)
    assert rest == pytest.approx([1, 0.5, 0.1, 0.2, 0.3])


def test_a_failed_load_leaves_the_voice_playing(steady):
    """A swap to a broken model fails with the loader's reason; the voice keeps its model and its sound."""
    kind, (reason,) = steady.client.ask("/rave/a/load", "truncated")
    assert kind == "/rave/fail" and "truncated or corrupt" in reason
    out = steady.render(0.3)
    assert out[-1, 1] == pytest.approx(0.25, abs=1e-5)
    assert steady.client.ask("/rave/voice/list")[1] == ["a", "hold.ts", "decode"]


def test_commands_to_a_voice_being_created_wait_for_it_in_their_order(steady):
    """Settings sent right behind /rave/voice/new wait for the voice (as scsynth's completion messages do): they
    are answered after the creation's done, in the order sent, and take effect in that order; the name stays
    taken meanwhile. When the creation fails, each waiting command fails with the creation's reason, and the
    server answers on."""
    c = steady.client

    def answers(n):
        got = [c.next(lambda m: m.address in ("/rave/done", "/rave/fail")) for _ in range(n)]
        return [(m.address, *m.params[:2]) for m in got]
    c.send("/rave/voice/new", "late", "hold64")
    c.send("/rave/late/gain", 0.25)
    c.send("/rave/late/mute", 1)
    c.send("/rave/voice/new", "late", "hold")            # the name is taken: refused at once
    c.send("/rave/late/gain", 0.75)
    got = answers(5)
    assert got[0][:2] == ("/rave/fail", "/rave/voice/new") and "exists" in got[0][2], got
    assert [g[:2] for g in got[1:]] == [("/rave/done", "/rave/voice/new"), ("/rave/done", "/rave/late/gain"),
                                       ("/rave/done", "/rave/late/mute"), ("/rave/done", "/rave/late/gain")], got
    gain, mute, *_ = c.done("/rave/late/get")
    assert (gain, mute) == (0.75, 1)
    c.done("/rave/voice/free", "late")
    c.send("/rave/voice/new", "broken", "truncated")
    c.send("/rave/broken/gain", 0.5)
    c.send("/rave/voice/free", "broken")
    got = answers(3)
    assert [g[:2] for g in got] == [("/rave/fail", "/rave/voice/new"), ("/rave/fail", "/rave/broken/gain"),
                                    ("/rave/fail", "/rave/voice/free")], got
    assert all("truncated or corrupt" in g[2] for g in got) and "broken was not created" in got[1][2], got
    assert c.ask("/rave/broken/gain", 0.5)[1][0].startswith("no voice named broken")
    assert c.ask("/rave/voice/list")[1] == ["a", "hold.ts", "decode"]


def test_symlink_out_of_the_model_folders_is_refused(model_files, tmp_path):
    """A link inside a model folder that points outside it does not open a way out."""
    from ravebridge.rack import Rack, RackError
    folder = tmp_path / "models"
    folder.mkdir()
    (folder / "escape.ts").symlink_to(model_files["hold"])
    rack = Rack.__new__(Rack)
    rack.folders = [os.path.realpath(folder)]
    with pytest.raises(RackError, match="leaves the model folders"):
        rack.resolve("escape")


def test_sender_outside_the_allow_list_is_ignored(steady):
    """With an allow-list, other senders get no reply at all; listed ones are served."""
    from ravebridge.control.osc import OscServer
    for allow, answered in ((["10.0.0.0/8"], False), (["127.0.0.1"], True)):
        server = OscServer(steady.dispatcher, "127.0.0.1", 0, allow=allow).start()
        client = Client(server.port)
        try:
            if answered:
                assert client.ask("/rave/status")[0] == "/rave/status.reply"
            else:
                client.send("/rave/status")
                assert client.silence(0.5) == []
        finally:
            client.close()
            server.close()
