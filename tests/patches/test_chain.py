"""The seed's whole chain, headless: replayed Gametrak data -> the main Pd patch -> the regression stage
(recording, training, running) -> the voices' latents change in the server.

The main patch, ravebridge-gametrak.pd, runs as shipped; only its port numbers are rewritten so that the
test's stage and server can listen on free ports. The regression stage is the real one (in this process,
behind its Wekinator OSC server). The server is the documented stand-in, and the real ravebridge server
on JACK's dummy driver.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from pdharness import DATA_DIR, PD_DIR, Harness, console_errors, waiter
from stub_server import StubServer


# one target vector per pose: voice a's eight latents, then voice b's (control units 0..1)
TARGETS = [
    [0.1, 0.2, 0.3, 0.2, 0.1, 0.2, 0.3, 0.2] + [0.9, 0.8, 0.7, 0.8, 0.9, 0.8, 0.7, 0.8],
    [0.8, 0.7, 0.2, 0.9, 0.5, 0.3, 0.6, 0.4] + [0.2, 0.3, 0.8, 0.1, 0.5, 0.7, 0.4, 0.6],
    [0.5, 0.9, 0.8, 0.1, 0.9, 0.8, 0.1, 0.9] + [0.5, 0.1, 0.2, 0.9, 0.1, 0.2, 0.9, 0.1],
]
TOLERANCE = 0.15


wait = waiter(20.0)


def poses():
    """From the recording: per pose, the frames that record it (press to press) and a later held stretch."""
    frames = [list(map(int, line.split())) for line in (DATA_DIR / "gametrak-demo.txt").read_text().splitlines()]
    presses = [i for i in range(1, len(frames)) if frames[i][6] == 1 and frames[i - 1][6] == 0]
    out = []
    for on, off in zip(presses[::2], presses[1::2]):
        released = next(i for i in range(off, len(frames)) if frames[i][6] == 0)
        out.append({"record": (on - 10, released + 5), "hold": (released + 10, released + 80)})
    return out


def main_patch_on(tmp: Path, server_port: int, stage_port: int, listen_port: int) -> Path:
    """The shipped main patch with its three port numbers replaced."""
    text = (PD_DIR / "ravebridge-gametrak.pd").read_text()
    text, n1 = re.subn(r"rave\.server 127\.0\.0\.1 6450", f"rave.server 127.0.0.1 {server_port}", text)
    text, n2 = re.subn(r"rave\.gametrak\.scale 127\.0\.0\.1 6448", f"rave.gametrak.scale 127.0.0.1 {stage_port}", text)
    text, n3 = re.subn(r"rave\.regress 127\.0\.0\.1 6448 12000", f"rave.regress 127.0.0.1 {stage_port} {listen_port}",
                       text)
    assert (n1, n2, n3) == (1, 1, 1), "the main patch's connections changed: update this test"
    path = tmp / "ravebridge-gametrak.pd"
    path.write_text(text)
    return path


def run_chain(tmp_path, stage, server_port, latents_of):
    """Drive the main patch through record, train and run; latents_of(voice) reads the server's latents."""
    st, stage_port, listen = stage
    patch = main_patch_on(tmp_path, server_port, stage_port, listen)
    h = Harness(tmp_path, [], open_first=[patch]).start()
    try:
        # the voices exist on the server once it has answered
        assert wait(lambda: latents_of("a") is not None and latents_of("b") is not None, 60), h.console()
        for pose, targets in zip(poses(), TARGETS):
            h.send("rave.regress", "outputs", *targets)
            assert wait(lambda: st.targets is not None and list(st.targets) == pytest.approx(targets, abs=1e-6))
            before = st.n_examples
            h.send("rave.replay", "play", *pose["record"])
            # the recording's foot presses switch recording on and off again
            assert wait(lambda: st.n_examples >= before + 50 and not st.recording, 30), \
                (st.n_examples, before, st.recording)
        h.send("rave.regress", "train")
        assert wait(lambda: st.trained.all(), 180), "training did not finish"
        h.send("rave.regress", "run", 1)
        assert wait(lambda: st.running)
        for i, (pose, targets) in enumerate(zip(poses(), TARGETS)):
            h.send("rave.replay", "play", *pose["hold"])

            def arrived():
                a, b = latents_of("a"), latents_of("b")
                if a is None or b is None or len(a) < 8 or len(b) < 8:
                    return False
                got = list(a[:8]) + list(b[:8])
                return max(abs(x - y) for x, y in zip(got, targets)) < TOLERANCE
            assert wait(arrived, 30), (i, latents_of("a"), latents_of("b"), targets)
        assert not console_errors(h.console()), h.console()
    finally:
        h.stop()


def test_whole_chain_with_the_stand_in_server(tmp_path, stage):
    """Replayed Gametrak data records three pose/target pairs through the main patch, the stage trains,
    and running moves voice a's and b's latents (as the server receives them) to each pose's targets."""
    server = StubServer()
    try:
        def latents_of(name):
            with server.lock:
                v = server.voices.get(name)
                return None if v is None or v.db is None else list(v.latents)
        run_chain(tmp_path, stage, server.port, latents_of)
        assert server.voices["a"].out == [0] and server.voices["b"].out == [1]
    finally:
        server.close()


def test_whole_chain_with_the_real_server(tmp_path, stage, real_server):
    """The same chain against the real ravebridge server: /rave/<voice>/get reports the latents the
    regression stage set through the Pd patch."""
    from pythonosc.osc_message import OscMessage
    from pythonosc.udp_client import SimpleUDPClient
    port, _ = real_server
    client = SimpleUDPClient("127.0.0.1", port)

    def latents_of(name):
        client.send_message(f"/rave/{name}/get", [])
        end = time.monotonic() + 2
        while time.monotonic() < end:
            data = client.receive(max(0.01, end - time.monotonic()))
            if not data:           # a voice being created answers once it exists: ask again
                continue
            m = OscMessage(data)
            if m.address == "/rave/done" and m.params[:1] == [f"/rave/{name}/get"]:
                nout = int(m.params[5])
                return list(m.params[6 + nout:])
            if m.address == "/rave/fail" and m.params[:1] == [f"/rave/{name}/get"]:
                return None
        return None
    run_chain(tmp_path, stage, port, latents_of)
