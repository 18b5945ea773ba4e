"""Stopping `ravebridge serve` as a user or a service manager does: Ctrl-C, SIGTERM.

A real `serve` process on the private JACK dummy server, with the demo model, so that a live worker and
a warm spare run beside the server. A clean stop says that it stopped and nothing that reads as a
failure, exits 0, and leaves no worker behind.
"""
from __future__ import annotations

import glob
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[1] / "models" / "demo.ts"
TAG = "RAVEBRIDGE_TEST_SHUTDOWN"     # in the server's environment, so in its workers' (their process tree is
                                     # not enough: a worker that outlives the server is no longer its child)
NOISE = ("died", "failed", "restarting", "Pyo error", "Traceback")


class Serving:
    """`ravebridge serve --audio jack` with the demo model, its output (stdout and stderr) collected."""

    def __init__(self, name: str, group: int | None = None, **env: str):
        """In a session of its own, or in process group `group`; `env` added to the environment."""
        self.tag = uuid.uuid4().hex
        where = {"start_new_session": True} if group is None else {"process_group": group}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ravebridge.cli", "serve", "--audio", "jack", "--jack-name", name,
             "--model", str(DEMO), "--osc-port", "0", "--wek-port", "-1"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
            env=dict(os.environ, **env, **{TAG: self.tag}), **where)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line)

    def output(self, start: int = 0) -> str:
        return "".join(self.lines[start:])

    def wait_for(self, pattern: str, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not re.search(pattern, self.output()):
            assert self.proc.poll() is None, f"serve exited ({self.proc.returncode}):\n{self.output()}"
            assert time.monotonic() < deadline, f"no {pattern!r} within {seconds} s:\n{self.output()}"
            time.sleep(0.1)

    def workers(self) -> list[int]:
        """Running (not zombie) worker processes started by this server."""
        found = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                environ = Path(f"/proc/{entry}/environ").read_bytes()
                cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
                state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if f"{TAG}={self.tag}".encode() in environ.split(b"\0") and b"ravebridge.engine.worker" in cmdline \
                    and state not in ("Z", "X"):
                found.append(int(entry))
        return found

    def stop(self, send) -> tuple[int, str]:
        """send(pid) signals the server; its exit code and what it printed from then on."""
        start = len(self.lines)
        send(self.proc.pid)
        code = self.proc.wait(60)
        self._reader.join(10)        # to the end of the output (workers that still hold it keep it open)
        return code, self.output(start)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        for pid in self.workers():
            os.kill(pid, signal.SIGKILL)


@pytest.fixture
def serving(jack_server):
    """start() -> a Serving whose spare worker is warm; everything it started is killed after the test."""
    if not DEMO.exists():
        pytest.skip("models/demo.ts is not built")
    made = []

    def start(group: int | None = None, **env: str) -> Serving:
        s = Serving(f"rb-stop-{os.getpid()}-{len(made)}", group, **env)
        made.append(s)
        s.wait_for(r"serving; Ctrl-C to stop", 180)
        s.wait_for(r"spare worker \d+ is warm", 180)
        assert len(s.workers()) >= 2, s.output()     # the voice's worker and the warm spare
        return s
    yield start
    for s in made:
        s.close()


def _stopped_cleanly(s: Serving, code: int, said: str) -> None:
    assert code == 0, said
    assert "stopped" in said, said
    noise = [word for word in NOISE if word in said]
    assert not noise, f"{noise} in what serve printed as it stopped:\n{said}"
    deadline = time.monotonic() + 5.0
    while s.workers():
        assert time.monotonic() < deadline, f"workers {s.workers()} still run after serve exited:\n{said}"
        time.sleep(0.1)


def test_ctrl_c_stops_serve_quietly(serving):
    """Ctrl-C signals the whole foreground process group, the model workers with the server: serve still
    says it stopped and nothing that reads as a failure (no worker reported dead, no spare restarted, no
    pyo error, no traceback), exits 0, and leaves no worker running. Protects the workers' ignoring
    SIGINT (the server alone stops them) and the engine's not reporting or healing anything once a stop
    was asked."""
    s = serving()
    code, said = s.stop(lambda pid: os.killpg(pid, signal.SIGINT))
    _stopped_cleanly(s, code, said)


def test_sigterm_stops_serve_quietly(serving):
    """SIGTERM to the server alone (kill PID, a service manager that signals the main process): serve says
    it stopped and nothing that reads as a failure, exits 0, and stops its live worker and its spare."""
    s = serving()
    code, said = s.stop(lambda pid: os.kill(pid, signal.SIGTERM))
    _stopped_cleanly(s, code, said)


def test_sigterm_to_the_whole_group_stops_serve_quietly(serving):
    """SIGTERM to every process of the server, workers included, as systemd's stop signals a whole
    cgroup: the same clean stop. Protects the workers' ignoring SIGTERM."""
    s = serving()
    code, said = s.stop(lambda pid: os.killpg(pid, signal.SIGTERM))
    _stopped_cleanly(s, code, said)


@pytest.mark.skipif(sys.version_info < (3, 11), reason="Popen(process_group=) is Python 3.11's")
def test_ctrl_c_that_stops_jack_too_stops_serve_quietly(serving):
    """Ctrl-C in a terminal (or a stop of a service) that started the JACK server together with serve:
    JACK goes away as serve stops, and JACK's shutdown callback has already shut pyo's server down when
    serve closes. serve still stops cleanly, exit 0: no "Pyo error: The Server must be booted!" from
    shutting pyo's server down a second time."""
    name = f"rb-stop-jack-{os.getpid()}"
    jackd = subprocess.Popen(["jackd", "-n", name, "-d", "dummy", "-r", "48000", "-p", "256", "-C", "2", "-P", "8"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, process_group=0)
    try:
        time.sleep(1.5)
        assert jackd.poll() is None, f"a private jackd -d dummy did not start: {jackd.stderr.read()}"
        s = serving(jackd.pid, JACK_DEFAULT_SERVER=name)     # in jackd's process group: one Ctrl-C for both
        code, said = s.stop(lambda pid: os.killpg(jackd.pid, signal.SIGINT))
        jackd.wait(10)
        _stopped_cleanly(s, code, said)
    finally:
        if jackd.poll() is None:
            jackd.kill()
            jackd.wait(5)
        _unregister(name)


def _unregister(name: str) -> None:
    """Free the JACK server name's slot in JACK's registry of servers (8 slots per machine).

    jackd stopped while clients are attached leaves its name registered; a jackd started under that name
    reclaims the entry, and stopped with no client it removes it.
    """
    jackd = subprocess.Popen(["jackd", "-n", name, "-d", "dummy", "-r", "48000", "-p", "256"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    jackd.terminate()
    try:
        jackd.wait(10)
    except subprocess.TimeoutExpired:
        jackd.kill()
        jackd.wait(5)
    for left in glob.glob(f"/dev/shm/jack_sem.*_{name}_*"):     # its clients' semaphores (jackd2 on Linux)
        try:
            os.remove(left)
        except OSError:
            pass
