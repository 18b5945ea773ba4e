"""rave.server and rave.voice in Pd, driven from the test, against a server.

Two servers answer them: a stand-in speaking the documented address space
(tests/patches/stub_server.py: always available, records every message), and
the real ravebridge OSC server on JACK's dummy driver.
"""
from __future__ import annotations

import time

import pytest

from pdharness import Instance, console_errors, waiter
from stub_server import StubServer, StubVoice



wait = waiter(15.0)


@pytest.fixture
def stub():
    s = StubServer()
    yield s
    s.close()


def server_and_voice(harness, port, voice="rave.voice a demo"):
    return harness([Instance("server", f"rave.server 127.0.0.1 {port}", x=10, y=10),
                    Instance("a", voice, x=300, y=10)])


def voice_ready(stub, name="a"):
    return lambda s: name in s.voices and s.voices[name].db is not None


# ---------------------------------------------------------------- against the stand-in

def test_voice_is_created_with_its_whole_state(harness, stub):
    """Once the server answers, rave.voice creates its voice and sends range, latents, gain and mute."""
    h = server_and_voice(harness, stub.port)
    assert stub.wait_for(voice_ready(stub)), stub.messages
    v = stub.voices["a"]
    assert (v.model, v.method) == ("demo", "decode")
    assert v.scale == {i: 6.0 for i in range(8)} and v.bias == {i: -3.0 for i in range(8)}
    assert v.latents == [0.5] * 8 and v.db == 0.0 and v.mute == 0.0
    assert stub.received("/rave/voice/new") == [["a", "demo", "decode"]]
    assert h.wait_output("a", 1, lambda a: a == ["latency", 2048.0])
    assert h.wait_output("a", 0, lambda a: a == [0.5] * 8), "the created voice's latents (targets) did not go out"
    shown = h.displays("a")
    assert shown["created"] == [1.0] and shown["status"] == ["ready"] and shown["latency"] == [2048.0]
    assert not console_errors(h.console())


def test_voice_messages_reach_the_server(harness, stub):
    """Every voice message becomes its /rave/<voice>/... command; answers come back on the right outlet."""
    h = server_and_voice(harness, stub.port)
    assert stub.wait_for(voice_ready(stub))
    h.to("a", 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
    h.to("a", "dim", 2, 0.9)
    h.to("a", "db", -6)
    h.to("a", "mute", 1)
    h.to("a", "out", 1, 2)
    h.to("a", "smooth", 0.05)
    h.to("a", "gain", 0.5)
    h.to("a", "bias", 3, 0.25)
    h.to("a", "scale", 4, 2)
    h.send("rave.voice", "a", "attr/set", "temperature", 0.7)    # by name, as in Max
    h.to("a", "get")
    assert stub.wait_for(lambda s: s.received("/rave/a/get"))
    v = stub.voices["a"]
    assert v.latents == pytest.approx([0.1, 0.2, 0.9, 0.4, 0.5, 0.6, 0.7, 0.8])
    assert (v.db, v.mute, v.out, v.smooth, v.gain) == (-6.0, 1.0, [1, 2], pytest.approx(0.05), 0.5)
    assert v.bias[3] == 0.25 and v.scale[4] == 2.0
    assert stub.received("/rave/a/attr/set") == [["temperature", pytest.approx(0.7)]]
    got = h.wait_output("a", 1, lambda a: a[:2] == ["done", "get"])
    assert got is not None and got[2:4] == ["demo", "decode"]
    # after a restart the voice sends its whole state again (the gain as dB now)
    h.to("a", "restart")
    assert stub.wait_for(lambda s: s.received("/rave/a/restart") and s.voices["a"].db != -6.0)
    assert stub.voices["a"].db == pytest.approx(-6.02, abs=0.01)
    shown = h.displays("a")
    assert shown["db"] == [pytest.approx(-6.02, abs=0.05)]    # gain 0.5 came last: shown in dB
    assert shown["mute"] == [1.0]
    assert shown["latents"] == pytest.approx([0.1, 0.2, 0.9, 0.4, 0.5, 0.6, 0.7, 0.8], abs=1e-6)


def test_voice_mixing_messages_reach_the_server(harness, stub):
    """pan, pan/off, solo, follow and follow/off become /rave/<voice>/pan <position>, /pan/off, /solo <on>,
    /follow <encoder> and /follow/off, with exactly those arguments; a refused follow shows on the voice."""
    stub.voices["enc"] = StubVoice("demo", "encode")
    h = server_and_voice(harness, stub.port)
    assert stub.wait_for(voice_ready(stub))
    h.to("a", "pan", 0.25)
    h.send("rave.voice", "a", "pan", 0.75)                       # by name, as in Max
    h.to("a", "solo", 1)
    h.to("a", "follow", "enc")
    assert stub.wait_for(lambda s: s.voices["a"].follow == "enc")
    v = stub.voices["a"]
    assert (v.pan, v.solo) == (0.75, 1.0)
    h.to("a", "pan/off")
    h.to("a", "solo", 0)
    h.to("a", "follow/off")
    assert stub.wait_for(lambda s: s.received("/rave/a/follow/off"))
    assert stub.received("/rave/a/pan") == [[0.25], [0.75]]
    assert stub.received("/rave/a/pan/off") == [[]]
    assert stub.received("/rave/a/solo") == [[1.0], [0.0]]
    assert stub.received("/rave/a/follow") == [["enc"]]
    assert stub.received("/rave/a/follow/off") == [[]]
    assert (v.pan, v.solo, v.follow) == (None, 0.0, None)
    h.to("a", "follow", "nobody")
    assert h.wait_output("a", 1, lambda a: a == ["fail", "/rave/a/follow", "no voice named nobody"])
    assert h.displays("a")["status"] == ["no voice named nobody"]
    assert not console_errors(h.console())


def test_voice_sends_pan_solo_and_follow_again_when_recreated(harness, stub):
    """pan, solo and follow are part of the voice's state: a re-created voice gets them again after its
    creation, and once pan/off and follow/off have unset them, pan and follow are no longer sent."""
    stub.voices["enc"] = StubVoice("demo", "encode")
    h = server_and_voice(harness, stub.port)
    assert stub.wait_for(voice_ready(stub))
    h.to("a", "pan", 0.25)
    h.to("a", "solo", 1)
    h.to("a", "follow", "enc")
    assert stub.wait_for(lambda s: s.received("/rave/a/follow"))

    def recreate(times):
        h.to("a", "free")
        assert stub.wait_for(lambda s: "a" not in s.voices)
        h.to("a", "new")
        assert stub.wait_for(lambda s: len(s.received("/rave/voice/new")) == times and voice_ready(stub)(s))
        h.to("a", "get")       # sent after the state: once it arrives, all of the state has
        assert stub.wait_for(lambda s: len(s.received("/rave/a/get")) == times - 1)

    recreate(2)
    v = stub.voices["a"]
    assert (v.pan, v.solo, v.follow) == (0.25, 1.0, "enc")
    assert stub.received("/rave/a/pan") == [[0.25]] * 2
    assert stub.received("/rave/a/solo") == [[1.0]] * 2
    assert stub.received("/rave/a/follow") == [["enc"]] * 2
    h.to("a", "pan/off")
    h.to("a", "follow/off")
    recreate(3)
    v = stub.voices["a"]
    assert (v.pan, v.solo, v.follow) == (None, 1.0, None)
    assert len(stub.received("/rave/a/pan")) == 2 and len(stub.received("/rave/a/follow")) == 2
    assert len(stub.received("/rave/a/solo")) == 3


def test_range_maps_control_units_on_the_server(harness, stub):
    """`range lo hi` sets scale hi-lo and bias lo for every dimension, so 0..1 plays lo..hi."""
    h = server_and_voice(harness, stub.port, "rave.voice a demo decode 4")
    assert stub.wait_for(voice_ready(stub))
    h.to("a", "range", -2, 2)
    assert stub.wait_for(lambda s: s.voices["a"].bias == {i: -2.0 for i in range(4)}
                         and s.voices["a"].scale == {i: 4.0 for i in range(4)})


def test_server_shows_status_and_failures(harness, stub):
    """rave.server polls /rave/status and shows CPU, xruns, voices, rate and buffer; /rave/fail is shown
    (address and reason) in the server and, for its own addresses, in the voice."""
    h = server_and_voice(harness, stub.port)
    assert stub.wait_for(voice_ready(stub))
    stub.status.update(cpu=0.37, xruns=5, sr=44100, buffer=512)
    assert h.wait_output("server", 0, lambda a: a[:1] == ["status.reply"] and a[1] == 44100.0), "no polled status"
    shown = h.displays("server")
    assert shown["cpu"] == [pytest.approx(0.37)] and shown["xruns"] == [5.0] and shown["voices"] == [1.0]
    assert shown["sr"] == [44100.0] and shown["buffer"] == [512.0] and shown["alive"] == [1.0]
    stub.fail_next["/rave/a/load"] = "no model named nothing"
    h.to("a", "model", "nothing")
    assert h.wait_output("a", 1, lambda a: a[:2] == ["fail", "/rave/a/load"])
    shown = h.displays("server")
    assert shown["failaddr"] == ["/rave/a/load"] and shown["failreason"] == ["no model named nothing"]
    assert h.displays("a")["status"] == ["no model named nothing"]


def test_voice_adopts_an_existing_voice(harness, stub):
    """A voice the server already has (the patch was reopened) is adopted, not created again."""
    from stub_server import StubVoice
    stub.voices["a"] = StubVoice("demo")
    h = server_and_voice(harness, stub.port)
    assert stub.wait_for(lambda s: s.voices["a"].db is not None)
    assert not stub.received("/rave/voice/new")
    assert stub.voices["a"].latents == [0.5] * 8
    assert h.displays("a")["created"] == [1.0]


def test_voice_with_another_model_is_reloaded(harness, stub):
    """A voice of that name playing another model is loaded with the patch's model."""
    from stub_server import StubVoice
    stub.voices["a"] = StubVoice("other")
    server_and_voice(harness, stub.port)
    assert stub.wait_for(lambda s: s.received("/rave/a/load"))
    assert stub.received("/rave/a/load")[0] == ["demo", "decode"]
    assert stub.wait_for(lambda s: s.voices["a"].model == "demo" and s.voices["a"].db is not None)
    assert not stub.received("/rave/voice/new")


def test_model_and_method_swap(harness, stub):
    """Typing a model or method loads it into the running voice; after the load the state is sent again."""
    h = server_and_voice(harness, stub.port)
    assert stub.wait_for(voice_ready(stub))
    h.to("a", "dim", 0, 0.75)
    n = len(stub.received("/rave/a/latent"))
    h.to("a", "model", "other")
    assert stub.wait_for(lambda s: s.voices["a"].model == "other")
    assert stub.wait_for(lambda s: len(s.received("/rave/a/latent")) > n), "no state after the load"
    assert stub.received("/rave/a/latent")[-1][0] == pytest.approx(0.75)
    h.to("a", "method", "forward")
    assert stub.wait_for(lambda s: s.received("/rave/a/load")[-1:] == [["other", "forward"]])
    shown = h.displays("a")
    assert shown["model"] == ["other"] and shown["method"] == ["forward"]


def test_nothing_is_sent_for_a_voice_the_server_refused(harness, stub):
    """If creating the voice fails, its controls send nothing (no flood of failures); `new` tries again."""
    stub.fail_next["/rave/voice/new"] = "no model named demo"
    h = server_and_voice(harness, stub.port)
    assert h.wait_output("a", 1, lambda a: a[:2] == ["fail", "/rave/voice/new"])
    assert h.displays("a")["status"] == ["no model named demo"]
    h.to("a", 0.1, 0.2)
    h.to("a", "db", -3)
    time.sleep(0.3)
    assert not [m for m in stub.messages if m[0].startswith("/rave/a/")]
    h.to("a", "new")
    assert stub.wait_for(voice_ready(stub))


def test_server_commands(harness, stub):
    """rave.server's own messages: notify, voices, new, free, learn, quit and any OSC message with send."""
    h = harness([Instance("server", f"rave.server 127.0.0.1 {stub.port}")])
    assert h.wait_output("server", 1, lambda a: a == ["alive", 1.0])
    h.to("server", "notify", 1)
    h.to("server", "new", "b", "demo", "forward")
    h.to("server", "learn", "b", "dim", 2)
    h.to("server", "send", "/rave/b/db", -12)
    h.to("server", "voices")
    h.to("server", "free", "b")
    h.to("server", "quit")
    assert stub.wait_for(lambda s: s.received("/rave/quit"))
    assert stub.received("/rave/notify") == [[1.0]]
    assert stub.received("/rave/voice/new") == [["b", "demo", "forward"]]
    assert stub.received("/rave/midi/learn") == [["b", "dim", 2.0]]
    assert stub.received("/rave/b/db") == [[-12.0]]
    assert stub.received("/rave/voice/free") == [["b"]]
    assert h.wait_output("server", 0, lambda a: a[:2] == ["voice", "list.reply"] and "b" in a)
    h.to("server", "notify", 0)
    assert stub.wait_for(lambda s: s.received("/rave/notify")[-1:] == [[0.0]])


def test_server_master_commands(harness, stub):
    """rave.server's master/gain, master/db, master/limit, master/get and snapshot become the server's
    /rave/master/... and /rave/snapshot commands with their arguments; the answers come out on the left."""
    h = harness([Instance("server", f"rave.server 127.0.0.1 {stub.port}")])
    assert h.wait_output("server", 1, lambda a: a == ["alive", 1.0])
    h.to("server", "master/gain", 0.5)
    h.to("server", "master/db", -6)
    h.to("server", "master/limit", 0)
    h.to("server", "master/limit", 1, -1.5)
    h.to("server", "master/get")
    h.to("server", "snapshot")
    assert stub.wait_for(lambda s: s.received("/rave/snapshot"))
    assert stub.received("/rave/master/gain") == [[0.5]]
    assert stub.received("/rave/master/db") == [[-6.0]]
    assert stub.received("/rave/master/limit") == [[0.0], [1.0, -1.5]]
    assert stub.received("/rave/master/get") == [[]] and stub.received("/rave/snapshot") == [[]]
    got = h.wait_output("server", 0, lambda a: a[:2] == ["done", "/rave/master/get"])
    assert got is not None and got[2:5] == [pytest.approx(10 ** (-6 / 20)), 1, -1.5]
    assert h.wait_output("server", 0, lambda a: a == ["done", "/rave/snapshot", "state.toml"])


def test_server_goes_silent(harness, stub):
    """When the server stops answering, `alive` falls to 0; when it answers again the voices sync again."""
    h = server_and_voice(harness, stub.port)
    assert stub.wait_for(voice_ready(stub))
    stub.close()
    assert h.wait_output("server", 1, lambda a: a == ["alive", 0.0], timeout=10)
    fresh = StubServer()          # a new server (elsewhere): point the patch at it
    try:
        h.to("server", "connect", "127.0.0.1", fresh.port)
        assert fresh.wait_for(voice_ready(fresh))
        assert fresh.voices["a"].latents == [0.5] * 8
        assert h.wait_output("server", 1, lambda a: a == ["alive", 1.0])
    finally:
        fresh.close()


# ---------------------------------------------------------------- against the real server

class Client:
    """A python-osc client asking the real server about its state."""

    def __init__(self, port):
        from pythonosc.udp_client import SimpleUDPClient
        self.udp = SimpleUDPClient("127.0.0.1", port)

    def ask(self, address, *args, timeout=30.0):
        from pythonosc.osc_message import OscMessage
        self.udp.send_message(address, list(args))
        end = time.monotonic() + timeout
        want = {"/rave/voice/list": "/rave/voice/list.reply", "/rave/status": "/rave/status.reply"}.get(address)
        while time.monotonic() < end:
            data = self.udp.receive(max(0.01, end - time.monotonic()))
            m = OscMessage(data)
            if m.address == want or (m.address in ("/rave/done", "/rave/fail") and m.params[:1] == [address]):
                return m.address, list(m.params)
        raise AssertionError(f"no answer to {address}")


def test_real_server_voice_state_and_status(harness, real_server):
    """Against the real server: rave.voice creates its voice; its latents, gain and mute change the server's
    state; rave.server shows the server's status; a failing model load is shown."""
    port, _ = real_server
    h = server_and_voice(harness, port)
    assert h.wait_output("a", 1, lambda a: a[:1] == ["latency"], timeout=90), h.console()
    client = Client(port)
    kind, listed = client.ask("/rave/voice/list")
    assert listed[:3] == ["a", "demo", "decode"] or "a" in listed
    h.to("a", 0.25, 0.5, 0.75, 0.5, 0.5, 0.5, 0.5, 0.5)
    h.to("a", "db", -6)
    h.to("a", "mute", 1)

    def state():
        kind, params = client.ask("/rave/a/get")
        assert kind == "/rave/done", params
        gain, mute, _level, _state, nout = params[1:6]
        latents = params[6 + int(nout):]
        return gain, mute, latents
    assert wait(lambda: state()[2][:3] == pytest.approx([0.25, 0.5, 0.75], abs=1e-5), timeout=10), state()
    gain, mute, _ = state()
    assert gain == pytest.approx(10 ** (-6 / 20), rel=1e-3) and mute == 1
    assert h.wait_output("server", 0, lambda a: a[:1] == ["status.reply"] and a[3] >= 1)
    shown = h.displays("server")
    assert shown["sr"] == [48000.0] and shown["voices"][0] >= 1 and 0 <= shown["cpu"][0] <= 1
    h.to("a", "model", "no_such_model")
    assert h.wait_output("a", 1, lambda a: a[:2] == ["fail", "/rave/a/load"], timeout=30)
    assert h.displays("server")["failaddr"] == ["/rave/a/load"]


def test_real_server_mixing_and_master(harness, real_server):
    """Against the real server: the voice's pan, solo and follow (and their /off forms) and rave.server's
    master commands are accepted as Pd sends them (numbers as floats) and change the server's state."""
    port, rack = real_server
    h = harness([Instance("server", f"rave.server 127.0.0.1 {port}", x=10, y=10),
                 Instance("enc", "rave.voice enc demo encode", x=300, y=10),
                 Instance("a", "rave.voice a demo", x=600, y=10)])
    for name in ("enc", "a"):
        assert h.wait_output(name, 1, lambda a: a[:1] == ["latency"], timeout=90), h.console()
    voice = rack.voice("a")
    h.to("a", "pan", 0.25)
    h.to("a", "solo", 1)
    h.to("a", "follow", "enc")
    h.to("server", "master/db", -6)
    h.to("server", "master/limit", 1, -1)
    assert wait(lambda: (voice.pan, voice.soloed, voice.follows) == (0.25, True, "enc")), \
        (voice.pan, voice.soloed, voice.follows, h.outputs("a", 1))
    kind, master = Client(port).ask("/rave/master/get")
    assert kind == "/rave/done" and master[1:4] == [pytest.approx(10 ** (-6 / 20), rel=1e-3), 1, -1.0]
    h.to("a", "pan/off")
    h.to("a", "solo", 0)
    h.to("a", "follow/off")
    assert wait(lambda: (voice.pan, voice.soloed, voice.follows) == (None, False, None))
    assert not [a for a in h.outputs("a", 1) if a[:1] == ["fail"]]
