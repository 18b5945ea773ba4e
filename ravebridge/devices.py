"""The machine's sound and MIDI ports: PortAudio's devices, a JACK server and its ports, MIDI ports.

They are looked at in a child process (`python -m ravebridge.devices`): ALSA,
PortAudio and libjack print from C straight to fd 2 while they look (some
sixty lines where there is no sound card), and a driver that crashes takes
only the child down. `server.boot` asks here before pyo boots PortAudio, and
must: pyo reads the details of the device it opens without checking that
there is one, so with no device (or a device number PortAudio does not know)
it follows a null pointer and the process dies of a segmentation fault.
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import subprocess
import sys
import time

log = logging.getLogger("ravebridge.devices")

#: what a child can look at, and how to name it when that fails
SECTIONS = {"portaudio": "sound devices (PortAudio)", "jack": "the JACK server", "midi": "MIDI ports"}
#: looking takes well under a second; more means a driver is stuck
PROBE_SECONDS = 20.0
ELSEWHERE = "use --audio jack (with a JACK server running) or --audio offline"


class DeviceError(RuntimeError):
    """No usable device, or not the one asked for: one line saying what to do."""


@dataclasses.dataclass(frozen=True)
class Device:
    """One PortAudio device, numbered as pyo numbers it."""

    index: int
    name: str
    inputs: int
    outputs: int
    rate: int       # its default sample rate

    def __str__(self) -> str:
        return f"{self.index} ({self.name})"


@dataclasses.dataclass
class Survey:
    """What the children found; a section not looked at stays None, one that failed says why in `failed`.

    `jack`: server (its name), running, and then rate, period and ports
    (name, type, direction, physical), or why not (reason). `midi`: one entry
    per MIDI API of python-rtmidi: api, inputs and outputs, or error.
    """

    devices: list[Device] | None = None
    default_input: int | None = None
    default_output: int | None = None
    jack: dict | None = None
    midi: list[dict] | None = None
    failed: dict[str, str] = dataclasses.field(default_factory=dict)

    def __post_init__(self):
        if self.devices is not None:
            self.devices = [d if isinstance(d, Device) else Device(**d) for d in self.devices]


def survey(*sections: str) -> Survey:
    """Look at `sections` (keys of SECTIONS), each in a child process of its own, side by side.

    A driver that crashes or hangs costs only its own section. What the
    drivers print shows only when the log shows debugging (-v).
    """
    quiet = not log.isEnabledFor(logging.DEBUG)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    children = {s: subprocess.Popen([sys.executable, "-m", __name__, s], stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL if quiet else None,
                                    env=env, text=True)
                for s in sections}
    found, failed = {}, {}
    deadline = time.monotonic() + PROBE_SECONDS
    for section, child in children.items():
        try:
            answer, _ = child.communicate(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            failed[section] = f"looking at {SECTIONS[section]} took over {PROBE_SECONDS:g} s (a stuck driver?)"
            continue
        if child.returncode != 0:
            how = f"signal {-child.returncode}" if child.returncode < 0 else f"exit code {child.returncode}"
            failed[section] = f"looking at {SECTIONS[section]} failed ({how}; -v shows what the drivers said)"
            continue
        found.update(json.loads(answer))
    return Survey(**found, failed=failed)


def choose(device: str | None, outputs: int, inputs: int) -> tuple[Device, Device | None]:
    """The PortAudio devices a server opens: output, and input when it has live inputs.

    `device` is a number or (part of) a name, for both; None takes PortAudio's defaults.
    """
    found = survey("portaudio")
    if "portaudio" in found.failed:
        raise DeviceError(f"{found.failed['portaudio']}; {ELSEWHERE}")
    if not any(d.outputs for d in found.devices):
        raise DeviceError(_no_output())
    if device is None:
        output = _default(found.devices, found.default_output, "output")
        source = _default(found.devices, found.default_input, "input") if inputs else None
    else:
        output = _named(device, found.devices)
        source = output if inputs else None
    if output.outputs < outputs:
        raise DeviceError(f"audio device {output} has {_channels(output.outputs, 'output')}, fewer than the "
                          f"{outputs} asked for: lower --outputs or choose another --device")
    if source is not None and source.inputs < inputs:
        raise DeviceError(f"audio device {source} has {_channels(source.inputs, 'input')}, fewer than the "
                          f"{inputs} live inputs asked for: choose another --device")
    return output, source


def confirm(*chosen: Device | None) -> None:
    """Fail unless this process's PortAudio numbers the chosen devices as the child did.

    PortAudio lists devices once, when a process first initialises it, and pyo's
    queries never terminate it, so the list checked here is the one pyo's boot
    opens from: a device unplugged since the child looked fails here, not in pyo.
    """
    import pyo
    listed = pyo.pa_get_devices_infos() or ({}, {})
    for device, side in zip(chosen, (listed[1], listed[0])):   # output, input
        if device is not None and side.get(device.index, {}).get("name") != device.name:
            raise DeviceError(f"audio device {device} went away while the server started: "
                              f"`ravebridge devices` lists what is there now")


@contextlib.contextmanager
def quiet():
    """Send fd 2 to /dev/null meanwhile, unless the log shows debugging.

    ALSA prints there from C each time PortAudio starts, sound card or not.
    Python's own stderr lines from other threads are lost meanwhile too, so
    keep it short.
    """
    if log.isEnabledFor(logging.DEBUG):
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(null)


def jack_server() -> str:
    """The JACK server libjack talks to."""
    return os.environ.get("JACK_DEFAULT_SERVER", "default")


def _no_output() -> str:
    jack = survey("jack").jack
    if jack and jack["running"]:
        return (f"no audio output device found, but the JACK server {jack['server']!r} is running: "
                f"use --audio jack")
    return f"no audio output device found: {ELSEWHERE}; `ravebridge devices` lists what this machine has"


def _default(devices: list[Device], index: int | None, kind: str) -> Device:
    device = next((d for d in devices if d.index == index), None)
    if device is None:
        raise DeviceError(f"PortAudio has no default {kind} device: choose one with --device "
                          f"(`ravebridge devices` lists them)")
    return device


def _named(device: str, devices: list[Device]) -> Device:
    """The device numbered `device`, or the one whose name is or contains it (any case)."""
    if device.isdigit():
        matches = [d for d in devices if d.index == int(device)]
    else:
        matches = ([d for d in devices if d.name == device]
                   or [d for d in devices if device.casefold() in d.name.casefold()])
    if not matches:
        raise DeviceError(f"--device {device}: no such audio device (`ravebridge devices` lists them)")
    if len(matches) > 1:
        raise DeviceError(f"--device {device}: {len(matches)} audio devices match "
                          f"({', '.join(map(str, matches))}): give its number")
    return matches[0]


def _channels(n: int, kind: str) -> str:
    return f"{n or 'no'} {kind} channel{'' if n == 1 else 's'}"


# ---- the child ----

def _portaudio() -> dict:
    import pyo
    count = pyo.pa_count_devices() or 0           # None when PortAudio does not start at all
    ins, outs = pyo.pa_get_devices_infos() if count > 0 else ({}, {})
    devices = []
    for i in range(max(count, 0)):
        info = outs.get(i) or ins.get(i)          # listed only on the sides it has channels
        if info is not None:
            devices.append({"index": i, "name": info["name"], "inputs": pyo.pa_get_input_max_channels(i),
                            "outputs": pyo.pa_get_output_max_channels(i), "rate": info["default sr"]})
    listed = {d["index"] for d in devices}
    default_in, default_out = pyo.pa_get_default_input(), pyo.pa_get_default_output()
    return {"devices": devices, "default_input": default_in if default_in in listed else None,
            "default_output": default_out if default_out in listed else None}


def _jack() -> dict:
    server = jack_server()
    try:
        import jack
    except OSError as exc:    # JACK-Client installed, libjack not
        return {"server": server, "running": False, "reason": f"no JACK library ({exc})"}
    try:
        client = jack.Client("ravebridge-devices", no_start_server=True)
    except jack.JackOpenError as exc:
        return {"server": server, "running": False,
                "reason": "not running" if exc.status.server_failed else str(exc.status)}
    try:
        ports = [{"name": p.name, "type": "midi" if p.is_midi else "audio",
                  "direction": "output" if p.is_output else "input", "physical": p.is_physical}
                 for p in client.get_ports()]
        return {"server": server, "running": True, "rate": client.samplerate, "period": client.blocksize,
                "ports": ports}
    finally:
        client.close()


def _midi() -> list[dict]:
    import mido
    from mido.backends import rtmidi as backend

    from .control.midi import APIS, _one_line
    names = {api: name for name, api in APIS.items() if api}
    found = []
    for api in backend.get_api_names():
        entry = {"api": names.get(api, api)}
        try:
            ports = mido.Backend(f"mido.backends.rtmidi/{api}")
            entry.update(inputs=ports.get_input_names(), outputs=ports.get_output_names())
        except Exception as exc:    # rtmidi's own errors: no ALSA sequencer, no JACK server
            entry["error"] = _one_line(exc)
        found.append(entry)
    return found


def _main(section: str) -> None:
    """One JSON object on stdout; whatever the C libraries print, on either stream, goes to stderr."""
    answer = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    if section == "portaudio":
        found = _portaudio()
    else:
        found = {section: _jack() if section == "jack" else _midi()}
    with answer:
        json.dump(found, answer)


if __name__ == "__main__":
    _main(sys.argv[1])
