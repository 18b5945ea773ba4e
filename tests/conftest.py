"""Shared fixtures: real models exported once per session, real pyo servers, JACK's dummy driver."""
from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
import warnings

import numpy as np
import pytest

sys.path.insert(0, os.path.dirname(__file__))

import models  # noqa: E402  (tests/models.py)
from outside import Listener, plain_pyo  # noqa: E402  (tests/outside.py)
from stalls import Witness  # noqa: E402  (tests/stalls.py)

from ravebridge.engine.engine import Arrangement  # noqa: E402
from ravebridge.server import AudioConfig, boot, run_offline  # noqa: E402


@pytest.fixture(scope="session")
def model_files(tmp_path_factory):
    """Every test model, exported once: name -> path."""
    d = tmp_path_factory.mktemp("models")
    files = {
        "hold": models.export(models.Hold(), d / "hold.ts"),
        "hold64": models.export(models.Hold(ratio=64), d / "hold64.ts"),
        "streaming": models.export(models.Streaming(), d / "streaming.ts"),
        "nonstreaming": models.export(models.Streaming(cached=False), d / "nonstreaming.ts"),
        "stereo": models.export(models.Stereo(), d / "stereo.ts"),
        "attributes": models.export(models.WithAttributes(), d / "attributes.ts"),
        "raises": models.export(models.Raises(), d / "raises.ts"),
        "stalls": models.export(models.Stalls(), d / "stalls.ts"),
        "busy": models.export(models.Busy(steps=30), d / "busy.ts"),
        "noisy": models.export(models.Noisy(), d / "noisy.ts"),
        "sine44": models.export(models.Sine(freq=1000.0, sr=44100), d / "sine44.ts"),
        "ddsp": models.export(models.Ddsp(), d / "ddsp.ts"),
    }
    files["junk"] = models.junk(d / "junk.ts")
    files["truncated"] = models.truncated(files["hold"], d / "truncated.ts")
    files["plain"] = models.plain_torchscript(d / "plain.ts")
    files["future"] = models.future_version(files["hold"], d / "future.ts")
    files["lying"] = models.export_lying(d / "lying.ts")
    files["missing"] = str(d / "missing.ts")
    return files


class Offline:
    """A booted offline pyo server with an engine; `run` renders and returns what objects played."""

    def __init__(self, rate=48000, period=256, **arrangement):
        self.server, self.engine = boot(AudioConfig(audio="offline", sample_rate=rate, buffer_size=period,
                                                    outputs=2), Arrangement(os.cpu_count() or 2, **arrangement))
        self.rate, self.period = rate, period

    def run(self, seconds: float, *objects, before=None) -> list[np.ndarray]:
        import pyo
        tables, recorders = [], []   # pyo objects stop when their Python object is collected
        for obj in objects:
            table = pyo.NewTable(seconds + 0.05, chnls=len(obj.getBaseObjects()))
            recorders.append(pyo.TableRec(obj, table).play())
            tables.append(table)
        if before:
            self.server.setCallback(_chain(before, self.engine._callback))
        run_offline(self.server, seconds)
        self.server.setCallback(self.engine._callback)
        del recorders
        out = []
        for table in tables:
            chans = [np.asarray(table.getBuffer(c), dtype=np.float64)[: int(seconds * self.rate)]
                     for c in range(table.chnls)]
            out.append(np.stack(chans) if len(chans) > 1 else chans[0])
        return out

    def close(self):
        if self.server is not None:
            self.engine.close()
            self.server.shutdown()
            self.server = None


def _chain(first, second):
    """Run a test's per-buffer action (like a control thread acting at a known time) before the engine."""
    def callback():
        first()
        second()
    return callback


@pytest.fixture
def offline():
    made = []

    def make(**kw) -> Offline:
        o = Offline(**kw)
        made.append(o)
        return o
    yield make
    for o in made:
        o.close()


@pytest.fixture(scope="session")
def jackd_log(tmp_path_factory):
    """Where the test JACK server writes what it says, such as which client made an xrun."""
    return tmp_path_factory.mktemp("jackd") / "jackd.log"


@contextlib.contextmanager
def _jackd(name: str, log):
    """JACK's dummy driver at 48 kHz with a 256-frame period, under the private server name `name`."""
    jackd = shutil.which("jackd")
    if jackd is None:
        pytest.fail("jackd is not installed (the test command installs jackd2)")
    proc = subprocess.Popen([jackd, "-n", name, "-d", "dummy", "-r", "48000", "-p", "256",
                             "-C", "2", "-P", "8"],
                            stdout=open(log, "w"), stderr=subprocess.STDOUT)
    time.sleep(1.5)
    if proc.poll() is not None:
        pytest.fail("jackd -d dummy did not start")
    yield name
    proc.terminate()
    proc.wait(5)


@pytest.fixture(scope="session")
def jack_server(jackd_log):
    """The test JACK server, the default one for every client the tests start."""
    with _jackd(f"ravebridge-test-{os.getpid()}", jackd_log) as name:
        os.environ["JACK_DEFAULT_SERVER"] = name
        yield name


@pytest.fixture(scope="session")
def twin(jack_server, tmp_path_factory):
    """A twin JACK server like the test one with a plain pyo client playing two sines, and a listener at
    it, for the whole session: the machine's own noise (and pyo's), heard at the same moments as what a
    test plays (tests/outside.py)."""
    log = tmp_path_factory.mktemp("twin") / "jackd.log"
    with _jackd(f"ravebridge-twin-{os.getpid()}", log) as name, plain_pyo(name, f"plain-{os.getpid()}", 2) as plain:
        listener = Listener(plain.ports, server=name)
        listener.baseline(20.0)    # its counts' spread (tests/outside.py) rests on more than the first test
        yield listener
        listener.close()


@pytest.fixture
def listen(jack_server, jackd_log, twin):
    """An outside listener at the given JACK ports, judged beside the twin (tests/outside.py), closed
    after the test."""
    made = []

    def make(*ports: str) -> Listener:
        made.append(Listener(list(ports), jackd_log, twin=twin))
        return made[-1]
    yield make
    for listener in made:
        listener.close()


@pytest.fixture(scope="session")
def machine():
    """A witness of the machine's own stalls on every core, for real-time tests (tests/stalls.py)."""
    witness = Witness()
    if witness.unavailable:
        warnings.warn(f"no stall witness ({witness.unavailable}): every late block counts")
    yield witness
    witness.close()
