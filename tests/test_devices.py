"""Sound devices as a newcomer meets them: `ravebridge devices`, and `serve` on a machine without a sound
card, with an ALSA device made of configuration alone (the null plugin), with JACK's dummy driver. Real
`ravebridge` processes, real PortAudio, ALSA, libjack and rtmidi."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

#: a JACK server name nothing runs under
NO_JACK = {"JACK_DEFAULT_SERVER": f"ravebridge-none-{os.getpid()}"}


def ravebridge(*args, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ravebridge.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


def one_line(result: subprocess.CompletedProcess) -> str:
    """The failure's only line on stderr, after checking that it failed in that way and did not crash."""
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ravebridge: "), result.stderr
    assert result.stdout == ""
    return lines[0]


@pytest.fixture(scope="module")
def no_sound_card():
    """The machine has no sound card PortAudio can open (CI's has none); elsewhere the test is skipped."""
    found = json.loads(ravebridge("devices", "--json", env=NO_JACK).stdout)
    if found["devices"]:
        pytest.skip(f"this machine has sound devices ({', '.join(d['name'] for d in found['devices'])})")


@pytest.fixture
def null_device(tmp_path):
    """An ALSA device made of configuration alone: the null plugin, which plays into nothing.

    PortAudio sees it (among any real ones) through $XDG_CONFIG_HOME/alsa/asoundrc, which alsa.conf reads.
    """
    (tmp_path / "alsa").mkdir()
    (tmp_path / "alsa" / "asoundrc").write_text("pcm.ravebridge_null {\n    type null\n}\n")
    return {**NO_JACK, "XDG_CONFIG_HOME": str(tmp_path)}


def test_serve_without_a_sound_card_says_so_in_one_line(no_sound_card):
    """The README's first command on a machine without a sound card: one line saying what to do instead,
    exit code 1, none of ALSA's sixty lines; it used to die of a segmentation fault inside pyo's boot."""
    line = one_line(ravebridge("serve", "--osc-port", 0, "--wek-port", -1, env=NO_JACK))
    assert line.startswith("ravebridge: no audio output device found")
    for advice in ("--audio jack", "--audio offline", "`ravebridge devices`"):
        assert advice in line


def test_serve_without_a_sound_card_points_to_a_running_jack_server(no_sound_card, jack_server):
    """Where there is no sound card but a JACK server runs, the one line says so and suggests --audio jack."""
    line = one_line(ravebridge("serve", "--osc-port", 0, "--wek-port", -1))
    assert f"the JACK server {jack_server!r} is running: use --audio jack" in line


def test_serve_survives_portaudio_crashing_while_it_lists_devices(tmp_path):
    """PortAudio aborts on an ALSA configuration without the usual definitions (an assertion in its device
    list); that happens in the child that looks at devices, and serve ends with one line, not an abort."""
    empty = tmp_path / "empty.conf"
    empty.write_text("")
    line = one_line(ravebridge("serve", "--osc-port", 0, "--wek-port", -1,
                               env={**NO_JACK, "ALSA_CONFIG_PATH": str(empty)}))
    assert "sound devices" in line or "no audio output device" in line


def test_devices_without_jack_server_says_what_there_is_quietly(no_sound_card):
    """`ravebridge devices` with nothing to offer: each section says so, nothing is started, and none of
    what ALSA, libjack and rtmidi print from C reaches the terminal."""
    result = ravebridge("devices", env=NO_JACK)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    lines = result.stdout.splitlines()
    assert lines[:4] == ["audio devices (PortAudio: serve --device NUMBER or NAME)",
                         "  none (no sound card, or none that PortAudio can open)",
                         f"JACK server {NO_JACK['JACK_DEFAULT_SERVER']!r} (serve --audio jack)",
                         "  not running ($JACK_DEFAULT_SERVER names another server)"]
    assert lines[4].startswith("MIDI ports")
    assert "  jack: unavailable (MidiInJack::initialize: JACK server not running?)" in lines


def test_devices_lists_a_running_jack_server_and_its_ports(jack_server):
    """With a JACK server: its name, rate, period and ports, and its MIDI side as one of rtmidi's APIs."""
    result = ravebridge("devices")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert f"JACK server {jack_server!r} (serve --audio jack)\n  running at 48000 Hz, period 256\n" in result.stdout
    found = json.loads(ravebridge("devices", "--json").stdout)
    assert {"name": "system:playback_1", "type": "audio", "direction": "input", "physical": True} \
        in found["jack"]["ports"]
    jack_midi = next(api for api in found["midi"] if api["api"] == "jack")
    assert "error" not in jack_midi and "inputs" in jack_midi


def test_devices_lists_an_alsa_device_with_its_channels_and_rate(null_device):
    """A PortAudio device is listed with its number, name, channel counts and default rate."""
    found = json.loads(ravebridge("devices", "--json", env=null_device).stdout)
    null = next(d for d in found["devices"] if d["name"] == "ravebridge_null")
    assert null["outputs"] > 0 and null["inputs"] > 0 and null["rate"] > 0
    text = ravebridge("devices", env=null_device).stdout
    assert f"{null['index']:>5}  ravebridge_null" in text and f"{null['outputs']:>4} out" in text


def test_a_device_named_boots_without_alsa_noise(null_device):
    """--device NAME (AudioConfig.device) boots PortAudio on that device, without ALSA's lines on the
    terminal. The stream is not started: pyo stops an ALSA stream by cancelling PortAudio's thread, which
    can die holding the GIL and hang the process, and the null device makes that likely."""
    script = ("from ravebridge.server import AudioConfig, boot\n"
              "server, engine = boot(AudioConfig(device='ravebridge_null'))\n"
              "print(server.getIsBooted())\n"
              "engine.close()\n"
              "server.shutdown()\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            env={**os.environ, **null_device})
    assert result.returncode == 0 and result.stdout == "1\n", result.stderr
    assert "ALSA lib" not in result.stderr


@pytest.mark.parametrize("args,message", [
    (["--device", "no-such-device"], "--device no-such-device: no such audio device (`ravebridge devices`"),
    (["--device", "9999"], "--device 9999: no such audio device"),
    (["--device", "ravebridge_null", "--outputs", "1000"], "fewer than the 1000 asked for: lower --outputs"),
    (["--device", "ravebridge_null", "--audio", "jack"], "--device picks a PortAudio device"),
])
def test_serve_refuses_a_device_it_cannot_use_in_one_line(null_device, model_files, args, message):
    """A device that is not there (by name or number), one with too few channels, or a device for another
    back end: one line naming the problem, before any model loads."""
    line = one_line(ravebridge("serve", *args, "--model", model_files["hold"], "--osc-port", 0, "--wek-port", -1,
                               env=null_device))
    assert message in line
