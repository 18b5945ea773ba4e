"""Fixtures for the patch tests: a headless Pure Data with harness patches."""
from __future__ import annotations

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))

from pdharness import ROOT, Harness, free_udp_port, pd_binary  # noqa: E402


@pytest.fixture(scope="session")
def pd_available():
    if pd_binary() is None:
        pytest.fail("Pure Data is not installed (the test command installs puredata-core and pd-hid)")
    return pd_binary()


@pytest.fixture
def harness(tmp_path, pd_available):
    """make(instances, ...) -> a started Harness; every harness is stopped after the test."""
    made = []

    def make(instances, **kw) -> Harness:
        h = Harness(tmp_path, instances, **kw)
        made.append(h)
        return h.start()

    yield make
    for h in made:
        h.stop()


@pytest.fixture
def stage():
    """A real RegressionStage behind its Wekinator OSC server: (stage, its input port, the port it sends to)."""
    from ravebridge.regression.stage import RegressionStage
    from ravebridge.regression.wekinator import WekinatorServer
    out_port = free_udp_port()
    st = RegressionStage(workers=1)
    server = WekinatorServer(st, in_host="127.0.0.1", in_port=0, out_port=out_port).start()
    yield st, server.port, out_port
    server.close()
    st.close()


@pytest.fixture
def real_server(jack_server, tmp_path):
    """The server `ravebridge serve` assembles, on JACK's dummy driver, with the bundled models' folder and
    OSC on an ephemeral loopback port: (port, rack)."""
    from ravebridge.control.session import Running, Session
    from ravebridge.server import AudioConfig
    running = Running(Session(
        source=str(tmp_path), folders=[str(ROOT / "models")], osc_host="127.0.0.1", osc_port=0, wek_port=0,
        record={"folder": str(tmp_path / "recordings")},
        audio=AudioConfig(audio="jack", sample_rate=48000, buffer_size=256, outputs=2,
                          jack_name=f"rb-patches-{os.getpid()}")))
    running.osc.status_interval = 0.5
    running.server.start()
    yield running.osc.port, running.rack
    running.close()
