"""Crash safety with real processes killed by SIGKILL (no chance to clean up)."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
from pythonosc.osc_message_builder import OscMessageBuilder
from pythonosc.udp_client import SimpleUDPClient

from ravebridge.regression import project as proj

ROOT = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def pair(i: int):
    """One example as a Wekinator patch sends it: target then inputs, in one bundle."""
    builder = OscBundleBuilder(IMMEDIATELY)
    for address, args in (("/wekinator/control/outputs", [i / 1000]), ("/wek/inputs", [i, 2 * i])):
        m = OscMessageBuilder(address)
        for a in args:
            m.add_arg(float(a))
        builder.add_content(m.build())
    return builder.build()


def test_killed_while_recording_keeps_examples_up_to_the_last_second(tmp_path, listener, read_line):
    """SIGKILL the served stage while it records: every example recorded more than a
    second before the kill is in the project, in order, none damaged."""
    project = tmp_path / "live"
    proc = subprocess.Popen([sys.executable, "-m", "ravebridge.regression.cli", "serve", "--in-host",
                             "127.0.0.1", "--in-port", "0", "--out-port", str(listener.port),
                             "--project", str(project)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    try:
        port = int(read_line(proc).split(",")[0].rsplit(":", 1)[1])
        client = SimpleUDPClient("127.0.0.1", port)
        client.send_message("/wekinator/control/outputs", [0.0])
        client.send_message("/wekinator/control/startRecording", [])
        for i in range(300):
            client.send(pair(i))
            if i % 25 == 0:
                time.sleep(0.01)  # a controller's pace, not a flood
        client.send_message("/wekinator/control/stopRecording", [])
        listener.wait("/wekinator/status/examples", lambda a: a[0] == 300)
        time.sleep(1.5)  # the journal is flushed at least every 0.5 s
        client.send_message("/wekinator/control/startRecording", [])
        for i in range(300, 400):
            client.send(pair(i))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    loaded = proj.read_project(project)
    X, Y = loaded.table.inputs, loaded.table.targets
    assert len(X) >= 300
    assert X[:300, 0].tolist() == list(range(300))
    assert np.all(np.diff(X[:, 0]) > 0) and np.allclose(X[:, 1], 2 * X[:, 0])
    assert np.allclose(Y[:, 0], X[:, 0] / 1000, atol=1e-6)


SAVER = textwrap.dedent("""
    import sys
    from ravebridge.regression import RegressionStage

    stage = RegressionStage(2, 1, project=sys.argv[1], workers=0)
    k = stage.metadata.get("k", 0)
    for i in range(stage.n_examples, 3000):
        stage.record([i, i], [i % 7])
    print("ready", flush=True)
    while True:
        i, k = stage.n_examples, k + 1
        stage.record([i, i], [i % 7])
        stage.set_metadata({"k": k, "rows": stage.n_examples})
        stage.save().result(timeout=120)
        print(k, stage.n_examples, flush=True)
""")


def test_killed_during_saves_the_project_always_loads(tmp_path, read_line):
    """SIGKILL a process many times while it saves a 3000-example project in a
    loop: each time the folder loads (old or new generation, checksums valid),
    with every example it had saved and nothing damaged."""
    script = tmp_path / "saver.py"
    script.write_text(SAVER)
    project = tmp_path / "saved"
    rng = random.Random(7)
    for attempt in range(12):
        proc = subprocess.Popen([sys.executable, str(script), str(project)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=ENV)
        try:
            assert read_line(proc) == "ready"
            lines = [read_line(proc)]
            time.sleep(rng.uniform(0, 0.08))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            lines += proc.stdout.read().splitlines()
            last, rows = map(int, lines[-1].split())
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.stdout.close()
            proc.stderr.close()
        loaded = proj.read_project(project)
        X, Y = loaded.table.inputs, loaded.table.targets
        assert X[:, 0].tolist() == list(range(len(X))), f"attempt {attempt}"
        assert np.array_equal(Y[:, 0], X[:, 0] % 7)
        assert len(X) >= rows  # everything the last completed save had
        assert last <= loaded.manifest["metadata"]["k"] <= last + 1
