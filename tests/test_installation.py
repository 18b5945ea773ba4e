"""An 8-channel installation on JACK, measured from outside as a mixing desk would hear it.

A real `ravebridge serve` process plays a session on JACK's dummy driver in real time. A JACK client
in this test (JACK-Client) stands for the desk and a live instrument: it feeds a known tone into
ravebridge's input port and measures every output port of ravebridge, port by port.
"""
from __future__ import annotations

import json
import os
import threading
import time

import numpy as np
import pytest

from test_jack import Instance, session, wait_until

jack = pytest.importorskip("jack")


class Desk:
    """A JACK client with 8 inputs (levels per port) and one output playing a 375 Hz tone at 0.4."""

    TONE, LEVEL = 375.0, 0.4

    def __init__(self, name: str, channels: int = 8):
        self.client = jack.Client(name, no_start_server=True)
        self.inputs = [self.client.inports.register(f"in_{c + 1}") for c in range(channels)]
        self.tone = self.client.outports.register("tone")
        self.peaks = np.zeros(channels)
        self.means = np.zeros(channels)
        self._phase = 0
        self._lock = threading.Lock()
        self.client.set_process_callback(self._process)
        self.client.activate()

    def _process(self, frames: int) -> None:
        t = (self._phase + np.arange(frames)) / self.client.samplerate
        self.tone.get_array()[:] = self.LEVEL * np.sin(2 * np.pi * self.TONE * t)
        self._phase += frames
        with self._lock:
            for c, port in enumerate(self.inputs):
                x = port.get_array()
                self.peaks[c] = max(self.peaks[c], float(np.abs(x).max()))
                self.means[c] = float(x.mean())

    def measure(self, seconds: float):
        """Peak per port over `seconds`, and each port's mean over the last period."""
        with self._lock:
            self.peaks[:] = 0
        threading.Event().wait(seconds)
        with self._lock:
            return self.peaks.copy(), self.means.copy()

    def close(self) -> None:
        self.client.deactivate()
        self.client.close()


def test_eight_channels_reach_the_right_ports_and_a_live_input_comes_through(jack_server, tmp_path,
                                                                               model_files, machine):
    """Three decoder voices on chosen channels (one panned between two), and a forward voice fed by
    the desk's tone through ravebridge's input port: each named output port carries exactly its voice,
    the forward voice returns the tone at its gain, every other port stays silent, and no block was late
    but where the machine itself stalled (tests/stalls.py)."""
    name, desk_name = f"rb-install-{os.getpid()}", f"desk-{os.getpid()}"
    wiring = [[f"{desk_name}:tone", "input_1"]] + [[f"output_{c}", f"{desk_name}:in_{c}"] for c in range(1, 9)]
    config = session(tmp_path, f"""
        [server]
        audio = "jack"
        outputs = 8
        inputs = 1
        models = ["{os.path.dirname(model_files['hold'])}"]
        connections = {json.dumps(wiring)}
        [voices.low]
        model = "hold"
        outputs = [1]
        smooth = 0
        latents = [0.5, 0, 0, 0]
        [voices.high]
        model = "hold"
        outputs = [4]
        smooth = 0
        latents = [-0.25, 0, 0, 0]
        [voices.wide]
        model = "hold"
        outputs = [5, 6]
        pan = 0.5
        smooth = 0
        latents = [0.6, 0, 0, 0]
        [voices.live]
        model = "hold"
        method = "forward"
        outputs = [7]
        gain = 0.5
        """)
    desk = Desk(desk_name)
    started = time.monotonic()
    rb = Instance(config, name)
    try:
        rb.status()
        wait_until(lambda: all(desk.inputs[c].connections for c in range(8)), 20, "outputs never connected")
        peaks, means = desk.measure(2.0)
        half = 0.6 * np.sqrt(0.5)                      # equal power between channels 5 and 6
        assert means[[1, 4]] == pytest.approx([0.5, -0.25], abs=1e-4)
        assert means[[5, 6]] == pytest.approx([half, half], abs=1e-3)
        assert peaks[7] == pytest.approx(0.5 * Desk.LEVEL, rel=0.02)   # the tone, through the model, at 0.5
        assert np.all(peaks[[0, 2, 3]] == 0)
        status = rb.ask("/rave/status").params
        machine.account(status[4], started, f": {status}")
    finally:
        log = rb.stop()
        desk.close()
    assert "Traceback" not in log
