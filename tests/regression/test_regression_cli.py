"""The command line: import, info, train, and serve as a process stopped by SIGTERM."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from pythonosc.udp_client import SimpleUDPClient

from ravebridge.regression import project as proj
from ravebridge.regression.cli import regression

ROOT = Path(__file__).resolve().parents[2]


def test_cli_import_info_and_train(wekinator_project, tmp_path):
    """The CLI imports a Wekinator folder into a project, shows it, trains it."""
    runner = CliRunner()
    project = str(tmp_path / "imported")
    result = runner.invoke(regression, ["import-wekinator", str(wekinator_project), project])
    assert result.exit_code == 0, result.output
    assert "3 examples" in result.output
    info = runner.invoke(regression, ["info", project, "--json"])
    assert info.exit_code == 0, info.output
    summary = json.loads(info.output)
    assert summary["examples"] == 3 and [o["examples"] for o in summary["outputs"]] == [2, 2]
    assert not any(o["trained"] for o in summary["outputs"])
    trained = runner.invoke(regression, ["train", project, "--workers", "0"])
    assert trained.exit_code == 0, trained.output
    text = runner.invoke(regression, ["info", project])
    assert text.output.count(" trained") == 2 and "cutoff: [0, 100] integer hard" in text.output


def test_cli_refuses_what_is_not_a_project(tmp_path):
    """train and info on a folder that is not a project exit with an error message."""
    result = CliRunner().invoke(regression, ["info", str(tmp_path)])
    assert result.exit_code != 0 and "not a ravebridge regression project" in result.output


def test_serve_runs_until_sigterm_and_saves(tmp_path, listener, read_line):
    """`python -m ravebridge.regression.cli serve` listens on the port it prints,
    answers Wekinator messages, and on SIGTERM saves the project and exits 0."""
    project = tmp_path / "served"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "ravebridge.regression.cli", "serve", "--in-host", "127.0.0.1",
                             "--in-port", "0", "--out-port", str(listener.port), "--project", str(project)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        port = int(read_line(proc).split(",")[0].rsplit(":", 1)[1])
        client = SimpleUDPClient("127.0.0.1", port)
        client.send_message("/wekinator/control/outputs", [0.5, 1])
        client.send_message("/wekinator/control/startRecording", [])
        for i in range(10):
            client.send_message("/wek/inputs", [i, i, i])
        client.send_message("/wekinator/control/stopRecording", [])
        listener.wait("/wekinator/status/examples", lambda a: a[0] == 10)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "stopped" in out
    loaded = proj.read_project(project)
    assert len(loaded.table) == 10 and loaded.manifest["examples"]["rows"] == 10


def test_module_runs_alone():
    """The group is runnable without the main ravebridge CLI: python -m ... --help."""
    result = subprocess.run([sys.executable, "-m", "ravebridge.regression.cli", "--help"], capture_output=True,
                            text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0
    for command in ("serve", "train", "info", "import-wekinator"):
        assert command in result.stdout
