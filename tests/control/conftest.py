"""Fixtures for the control tests (the harness is in control_harness.py)."""
from __future__ import annotations

import os
import time

import pytest

from control_harness import Served


@pytest.fixture
def served(model_files, tmp_path):
    """make(**kw) -> Served on an offline server (or audio="jack"), closed after the test."""
    made = []

    def make(**kw) -> Served:
        s = Served(os.path.dirname(model_files["hold"]), tmp_path, **kw)
        made.append(s)
        return s
    yield make
    for s in made:
        s.close()


def _live(served, listen, **arrangement):
    name = f"rb-control-{os.getpid()}"
    s = served(audio="jack", outputs=2, jack_name=name, **arrangement)
    s.ears = listen(f"{name}:output_1", f"{name}:output_2")
    s.ears.baseline(3.0)
    c = s.client
    for name, value, out in (("a", 0.25, 0), ("b", 0.5, 1)):
        c.done("/rave/voice/new", name, "hold")
        c.done(f"/rave/{name}/smooth", 0)
        c.done(f"/rave/{name}/latent", value, 0, 0, 0)
        c.done(f"/rave/{name}/out", out)
    s.playing_since = time.monotonic()
    s.server.start()
    time.sleep(0.5)
    s.ears.begin()
    return s


@pytest.fixture
def live(served, jack_server, listen):
    """A JACK server playing two steady voices: a (0.25) on output 0, b (0.5) on output 1, since
    `playing_since` (time.monotonic()); `ears` is an outside listener at both outputs, counting since
    then (tests/outside.py), its baseline measured before the server played."""
    return _live(served, listen)


@pytest.fixture
def roomy(served, jack_server, listen):
    """`live` with a compute allowance of four buffers, as an installation sets it (docs/installation.md):
    on a machine whose stalls make a one-buffer deadline miss now and then, its blocks are rarely late."""
    return _live(served, listen, allowance=4)
