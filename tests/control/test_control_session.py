"""Session files: every problem reported with its key path, the examples valid, `ravebridge check`,
and `ravebridge serve --config` / `status` / `/rave/quit` as a user runs them (real subprocesses)."""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from control_harness import Client
from ravebridge.control.session import SessionError, check, load

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))
DEMO = ROOT / "models" / "demo.ts"


def rb(*args, timeout=180, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ravebridge.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, **kw)


def write(tmp_path, text: str, name: str = "session.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_structure_problems_are_all_reported_with_key_paths(tmp_path, model_files):
    """Unknown keys, wrong types, out-of-range values, a missing model, bad MIDI entries: one line each,
    all at once, each starting with where it is in the file."""
    folder = os.path.dirname(model_files["hold"])
    path = write(tmp_path, f"""
        [server]
        sample_rate = "fast"
        outputs = 2
        models = ["{folder}", "nowhere"]
        colour = "blue"

        [osc]
        port = 70000
        allow = ["not an address"]

        [voices.a]
        model = "hold"
        gain = 20.0
        db = -6
        latents = [0.1, "x"]
        mute = "yes"

        [voices.b]
        method = "decode"

        [voices."bad name"]
        model = "hold"

        [midi]
        [[midi.cc]]
        voice = "a"
        cc = 200
        param = "dim"
        index = 0

        [[midi.note]]
        voice = "a"
        note = 60
        action = "preset"
        preset = "missing"
        """)
    with pytest.raises(SessionError) as err:
        load(str(path))
    problems = err.value.problems
    expected = ["server.sample_rate: must be a whole number", "server.colour: unknown key",
                "server.models[1]: nowhere: no such folder", "osc.port: 70000 out of range 0..65535",
                "osc.allow: item 0: must be an address or network", "voices.a.mute: must be true or false",
                "voices.a: give gain or db, not both", "voices.a.gain: argument 1 (linear) is 20, out of range",
                "voices.a.latents: argument 2 (values) must be a number, got string 'x'",
                "voices.b.model: missing", "voices.bad name: voice name 'bad name'",
                "midi.cc[0].cc: 200 out of range 0..127",
                "midi.note[0].preset: voice a has no preset 'missing'"]
    for line in expected:
        assert any(p.startswith(line) for p in problems), (line, problems)
    assert len(problems) == len(expected)


def test_the_compute_allowance_keeps_its_former_name_headroom(tmp_path):
    """Session files written before the compute allowance had its one name say `headroom`: they still
    load, to the same allowance; a file that gives both names is told to give `allowance` only."""
    old = load(str(write(tmp_path, """
        [server]
        headroom = 4
        """, "old.toml")))
    new = load(str(write(tmp_path, """
        [server]
        allowance = 4
        """, "new.toml")))
    assert old.allowance == new.allowance == 4
    with pytest.raises(SessionError) as err:
        load(str(write(tmp_path, """
            [server]
            headroom = 4
            allowance = 2
            """, "both.toml")))
    assert err.value.problems == ["server.headroom: headroom is the former name of allowance: give allowance only"]


def test_the_record_section_is_read_relative_to_the_session_and_checked(tmp_path):
    """[record]: the folder is relative to the session file, `start` takes true or a file name, channels
    must exist on the server, rotation has bounds; each problem is reported with its key path."""
    session = load(write(tmp_path, """
        [server]
        outputs = 4
        [record]
        folder = "takes"
        start = true
        channels = [2, 3]
        rotate_minutes = 60
        """))
    assert session.record == {"folder": str(tmp_path / "takes"), "start": True, "channels": [2, 3],
                              "rotate_minutes": 60}
    with pytest.raises(SessionError) as caught:
        load(write(tmp_path, """
            [server]
            outputs = 2
            [record]
            start = ""
            channels = [1, 2]
            rotate_mb = 5000
            """, "bad.toml"))
    problems = caught.value.problems
    assert any(p.startswith("record.start: must be true, false or a file name") for p in problems), problems
    assert any(p.startswith("record.rotate_mb: ") for p in problems), problems
    assert "record.channels: the server has output channels 0..1" in problems, problems


def test_check_finds_what_only_the_models_can_tell(tmp_path, model_files):
    """Checking builds the voices on an offline server: a latent vector of the wrong size, an output the
    server lacks, a broken model file, an attribute the model lacks and a MIDI index beyond the
    latent size are reported with their key paths; a broken voice is skipped whole."""
    folder = os.path.dirname(model_files["hold"])
    path = write(tmp_path, f"""
        [server]
        outputs = 2
        models = ["{folder}"]

        [voices.a]
        model = "hold"
        outputs = [0, 5]
        latents = [0.1, 0.2]
        bias = [0.0, 0.0, 0.0, 0.0, 0.0]

        [voices.broken]
        model = "truncated"
        gain = 0.5

        [voices.c]
        model = "attributes"
        attributes = {{ gain = 2.0, colour = 1 }}

        [midi]
        [[midi.cc]]
        voice = "c"
        cc = 1
        param = "dim"
        index = 7
        """)
    problems = check(load(str(path)))
    assert problems[0] == "voices.a.outputs: output channel 5 out of range: the server has channels 0..1"
    assert problems[1] == "voices.a.latents: voice a has 4 latent dimensions, got 2 values"
    assert problems[2] == "voices.a.bias[4]: latent index 4 out of range: voice a has dimensions 0..3"
    assert problems[3].startswith("voices.broken: truncated.ts: truncated or corrupt archive")
    assert problems[4].startswith("voices.c.attributes.colour: the model of voice c has no attribute 'colour'")
    assert problems[5] == "midi.cc[0]: latent index 7 out of range: voice c has dimensions 0..3"
    assert len(problems) == 6


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_examples_check_clean(example):
    """`ravebridge check` passes on every example (the demo model loaded for real, no audio started)."""
    if not DEMO.exists():
        pytest.skip("models/demo.ts is not built")
    result = rb("check", example)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{example}: ok")


def test_check_prints_every_problem_and_fails_in_one_line(tmp_path, model_files):
    """A bad file: each problem indented on stderr, one `ravebridge:` summary line, exit 1, no traceback."""
    path = write(tmp_path, f"""
        [server]
        models = ["{os.path.dirname(model_files['hold'])}"]
        [voices.a]
        model = "hold"
        latents = [1.0]
        [voices.b]
        model = "nothere"
        """)
    result = rb("check", path)
    assert result.returncode == 1
    assert "  voices.a.latents: voice a has 4 latent dimensions, got 1 values" in result.stderr
    assert "  voices.b: no model 'nothere' in the model folders" in result.stderr
    assert f"ravebridge: {path}: 2 problems" in result.stderr and "Traceback" not in result.stderr
    bad = write(tmp_path, "[server\n", "broken.toml")
    result = rb("check", bad)
    assert result.returncode == 1 and "not valid TOML" in result.stderr and "Traceback" not in result.stderr


def test_serve_config_offline_renders_the_session(tmp_path, model_files):
    """`serve --config` builds the session's voices and plays them; audio options on the command line
    override the file's; the OSC port can be chosen."""
    path = write(tmp_path, f"""
        [server]
        audio = "jack"
        outputs = 4
        models = ["{os.path.dirname(model_files['hold'])}"]
        [voices.left]
        model = "hold"
        outputs = [2]
        [voices.wide]
        model = "stereo"
        """)
    result = rb("serve", "--config", path, "--audio", "offline", "--duration", "0.3", "--osc-port", free_port())
    assert result.returncode == 0, result.stderr
    assert "voice 0: hold.ts as left" in result.stderr and "voice 1: stereo.ts as wide" in result.stderr


def test_serve_refuses_a_session_with_problems(tmp_path, model_files):
    """A session that cannot be built does not start at all: its problems, then one summary line."""
    path = write(tmp_path, f"""
        [server]
        models = ["{os.path.dirname(model_files['hold'])}"]
        [voices.a]
        model = "hold"
        outputs = [7]
        """)
    result = rb("serve", "--config", path, "--audio", "offline", "--duration", "0.3", "--osc-port", free_port())
    assert result.returncode == 1
    assert "  voices.a.outputs: output channel 7 out of range" in result.stderr
    assert "not started" in result.stderr and "Traceback" not in result.stderr


def _wait_for_server(client: Client, proc, seconds: float = 120.0) -> list:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else "the server exited"
        client.send("/rave/status")
        try:
            return client.answer("/rave/status", timeout=0.5)[1]
        except AssertionError:
            continue
    raise AssertionError("the server never answered /rave/status")


def test_serve_without_options_gives_a_demo_voice_under_control(jack_server, tmp_path):
    """The README's first command (here on JACK): a voice named demo that answers OSC, shows in
    `ravebridge status --once`, and stops cleanly on /rave/quit."""
    if not DEMO.exists():
        pytest.skip("models/demo.ts is not built")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "ravebridge.cli", "serve", "--audio", "jack",
                             "--jack-name", f"rb-serve-{os.getpid()}", "--osc-port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    client = Client(port)
    try:
        status = _wait_for_server(client, proc)
        assert status[2] == 1 and status[6] == "demo"
        assert client.done("/rave/demo/dim", 3, 1.0) == []
        view = rb("status", "--once", "--port", port, timeout=30)
        assert view.returncode == 0, view.stderr
        assert "demo" in view.stdout and "decode" in view.stdout
        assert re.search(r"xruns \d+   late blocks \d+\n", view.stdout)    # shown; how many is the machine's
        assert "latents +0.00 +0.00 +0.00 +1.00" in view.stdout
        assert client.done("/rave/quit") == []
        assert proc.wait(60) == 0
    finally:
        client.close()
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(30)


def test_serve_config_on_jack_makes_its_connections(jack_server, tmp_path, model_files):
    """A JACK session's connections are made once the server runs; one that cannot be made is reported
    (key path and reason) and the server plays on; /rave/quit ends it."""
    name = f"rb-session-{os.getpid()}"
    port = free_port()
    path = write(tmp_path, f"""
        [server]
        audio = "jack"
        jack_name = "{name}"
        models = ["{os.path.dirname(model_files['hold'])}"]
        connections = [["output_1", "system:playback_1"], ["output_2", "system:nowhere"]]
        [osc]
        port = {port}
        [voices.a]
        model = "hold"
        """)
    proc = subprocess.Popen([sys.executable, "-m", "ravebridge.cli", "serve", "--config", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    client = Client(port)
    try:
        _wait_for_server(client, proc)
        deadline = time.monotonic() + 30
        while f"   {name}:output_1" not in subprocess.run(["jack_lsp", "-c"], capture_output=True,
                                                        text=True).stdout:
            assert time.monotonic() < deadline, "output_1 was never connected"
            time.sleep(0.1)
        client.done("/rave/quit")
        assert proc.wait(60) == 0
        assert "server.connections[1]: " + name + ":output_2 -> system:nowhere" in proc.stderr.read()
    finally:
        client.close()
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(30)


def test_status_without_a_server_says_so():
    """`ravebridge status` with nothing listening: one line naming where it asked, exit 1."""
    result = rb("status", "--once", "--port", free_port(), timeout=30)
    assert result.returncode == 1
    assert "no answer from 127.0.0.1" in result.stderr and "Traceback" not in result.stderr
