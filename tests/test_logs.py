"""Logs for unattended use: rotated JSON Lines files, one clear line when the file fails, [log] in sessions."""
from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ravebridge import logs

ROOT = Path(__file__).resolve().parents[1]


def rb(*args, cwd=None, timeout=180) -> subprocess.CompletedProcess:
    """The command as a user runs it, from `cwd` (the checkout stays importable from anywhere)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    return subprocess.run([sys.executable, "-m", "ravebridge.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, cwd=cwd, env=env)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def json_lines(path) -> list[dict]:
    """Every line of the file as JSON (fails on any line that is not one object)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


@pytest.fixture
def root_logger():
    """The root logger, given back as it was (configure adds handlers to it)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_log_file_rotates_and_every_line_is_one_json_object(tmp_path, root_logger, capsys):
    """Rotation keeps exactly `backups` old files of at most `max_bytes` each; every line of every file is
    a JSON object with time (ISO-8601, ms), level, logger, message, the caller's `extra=` fields, and an
    exception as one field, however many lines the message and the traceback have."""
    path = tmp_path / "ravebridge.log"
    logs.configure("debug", file=str(path), max_bytes=4096, backups=3)
    log = logging.getLogger("ravebridge.test")
    for i in range(400):
        log.info("record %d\nwith a second line", i, extra={"voice": "lead", "event": "test", "n": i})
    try:
        raise ValueError("boom\nmore")
    except ValueError:
        log.exception("failed", extra={"voice": "pad"})
    capsys.readouterr()   # the console copy
    assert sorted(f.name for f in tmp_path.iterdir()) == ["ravebridge.log", "ravebridge.log.1", "ravebridge.log.2",
                                                         "ravebridge.log.3"]
    files = [tmp_path / f"ravebridge.log.{n}" for n in (3, 2, 1)] + [path]   # oldest first
    assert all(f.stat().st_size <= 4096 for f in files)
    entries = [e for f in files for e in json_lines(f)]
    for e in entries:
        assert {"time", "level", "logger", "message", "voice"} <= e.keys()
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d", e["time"])
    records = [e for e in entries if e.get("event") == "test"]
    assert records[-1] == {"time": records[-1]["time"], "level": "INFO", "logger": "ravebridge.test",
                           "message": "record 399\nwith a second line", "voice": "lead", "event": "test", "n": 399}
    first = records[0]["n"]
    assert first > 0 and [e["n"] for e in records] == list(range(first, 400))   # the newest, none lost between
    last = json_lines(path)[-1]
    assert last["level"] == "ERROR" and last["voice"] == "pad"
    assert last["exception"].startswith("Traceback") and "ValueError: boom\nmore" in last["exception"]


def test_a_full_disk_is_reported_once_and_logging_goes_on(tmp_path, capsys):
    """A log file that stops taking writes (disk full) gives one `ravebridge:` line on stderr, not a
    traceback per record, and logging goes on without raising."""
    handler = logs.RotatingJsonFile(str(tmp_path / "x.log"))
    handler.stream.close()
    handler.stream = full = open("/dev/full", "w")   # every flush fails with ENOSPC
    log = logging.getLogger("ravebridge.test.full")
    log.propagate = False
    log.addHandler(handler)
    try:
        for i in range(50):
            log.warning("record %d", i)
    finally:
        log.removeHandler(handler)
        handler.stream = None
        handler.close()
        with contextlib.suppress(OSError):
            full.close()
    err = capsys.readouterr().err
    assert err.splitlines() == [f"ravebridge: log file {tmp_path / 'x.log'}: cannot write (No space left on device); "
                                "logging on stderr only until it can"]


def test_repeated_problems_are_remembered_within_a_bound():
    """`Once` says yes to a key the first time only, and keeps at most `limit` keys: the oldest is
    forgotten (and reported again if it comes back), so per-sender or per-reason sets cannot grow for days."""
    once = logs.Once(limit=3)
    assert [once(k) for k in "abca"] == [True, True, True, False]
    assert once("d") is True            # "a" is forgotten to make room
    assert [once(k) for k in "bcd"] == [False, False, False]
    assert once("a") is True


def test_an_unwritable_log_file_does_not_stop_the_server(tmp_path, model_files):
    """`--log-file` in a folder that does not exist: one clear line on stderr, and `serve` runs and exits 0."""
    path = tmp_path / "nowhere" / "ravebridge.log"
    result = rb("--log-file", path, "serve", "--audio", "offline", "--duration", "1", "--model", model_files["hold"],
                "--osc-port", free_port(), "--wek-port", "-1")
    assert result.returncode == 0, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if "log file" in ln]
    assert lines == [f"ravebridge: log file {path}: cannot open (No such file or directory); logging on stderr only"]
    assert "Traceback" not in result.stderr and "voice 0: hold.ts" in result.stderr


def test_a_sessions_log_table_is_applied_and_the_command_line_overrides_it(tmp_path, model_files):
    """`serve --config` logs where the session's [log] says (a path relative to the session file);
    `--log-file` on the command line takes precedence over the file's."""
    session = tmp_path / "show" / "show.toml"
    session.parent.mkdir()
    session.write_text(textwrap.dedent(f"""
        [voices.a]
        model = "{model_files['hold']}"
        [log]
        file = "show.log"
        max_bytes = 100000
        backups = 2
        level = "info"
        """))
    args = ("serve", "--config", session, "--audio", "offline", "--duration", "1", "--osc-port", free_port(),
            "--wek-port", "-1")
    result = rb(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    messages = [e["message"] for e in json_lines(tmp_path / "show" / "show.log")]
    assert any(m.startswith("voice 0: hold.ts as a") for m in messages)
    (tmp_path / "show" / "show.log").unlink()
    result = rb("--log-file", tmp_path / "cli.log", *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert any(e["message"].startswith("voice 0: hold.ts as a") for e in json_lines(tmp_path / "cli.log"))
    assert not (tmp_path / "show" / "show.log").exists()


def test_check_reports_a_bad_log_table_with_key_paths(tmp_path):
    """`ravebridge check` reports every problem of [log] with its key path, and fails in one line."""
    session = tmp_path / "show.toml"
    session.write_text(textwrap.dedent("""
        [log]
        file = "show.log"
        colour = "blue"
        backups = 0
        level = "loud"
        """))
    result = rb("check", session)
    assert result.returncode == 1
    assert "  log.colour: unknown key (known here: file, max_bytes, backups, level)" in result.stderr
    assert "  log.backups: 0 out of range 1..1000" in result.stderr
    assert "  log.level: must be one of debug, info, warning, error, got 'loud'" in result.stderr
    assert f"ravebridge: {session}: 3 problems" in result.stderr and "Traceback" not in result.stderr
