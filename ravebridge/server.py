"""Booting a pyo server for ravebridge, with the engine attached.

One place decides audio back ends, so the CLI, session files, rendering and
tests start servers the same way.
"""
from __future__ import annotations

import dataclasses
import os
import sys
import tempfile

import pyo

from . import devices
from .engine.engine import Arrangement, Engine, cpu_count
from .jackports import check_client_name, check_name_free, check_port_names

BACKENDS = ("portaudio", "jack", "coreaudio", "offline", "manual")
#: how long the audio process may go without the GIL; pyo needs it every buffer
SWITCH_INTERVAL = 0.0005


@dataclasses.dataclass
class AudioConfig:
    audio: str = "portaudio"
    sample_rate: int = 48000
    buffer_size: int = 256
    outputs: int = 2
    inputs: int = 0
    jack_name: str = "ravebridge"
    jack_auto_connect: bool = False          # True: pyo connects to system:playback_N / system:capture_N
    output_names: tuple[str, ...] = ()       # JACK port names, one per channel; () keeps output_1, ...
    input_names: tuple[str, ...] = ()        # and input_1, ...
    device: str | None = None                # PortAudio device by number or name; None: the defaults


def boot(config: AudioConfig, arrangement: Arrangement | None = None) -> tuple[pyo.Server, Engine]:
    """Boot a pyo server and attach a ravebridge engine to it.

    PortAudio devices are chosen before pyo boots: pyo dies of a segmentation
    fault where the device it opens does not exist (see `devices`).
    """
    if config.audio not in BACKENDS:
        raise ValueError(f"unknown audio back end {config.audio!r} (choose from {', '.join(BACKENDS)})")
    if config.device is not None and config.audio != "portaudio":
        raise ValueError(f"a device is chosen for PortAudio only, not for {config.audio}")
    if config.audio == "jack":
        _check_jack(config)
    portaudio = config.audio == "portaudio"
    chosen = devices.choose(config.device, config.outputs, config.inputs) if portaudio else ()
    # other Python threads (OSC, MIDI, supervision) must hand the GIL back quickly
    sys.setswitchinterval(SWITCH_INTERVAL)
    offline = config.audio in ("offline", "manual")
    server = pyo.Server(sr=config.sample_rate, nchnls=config.outputs, ichnls=max(config.inputs, 1),
                        buffersize=config.buffer_size, duplex=int(config.inputs > 0 and not offline),
                        audio=config.audio, jackname=config.jack_name)
    if config.audio == "jack":
        server.setJackAuto(config.jack_auto_connect, config.jack_auto_connect)
    server.setVerbosity(1)
    if portaudio:
        _boot_portaudio(server, *chosen)
    else:
        server.boot()
    if not server.getIsBooted():
        raise RuntimeError(f"the {config.audio} audio back end did not start"
                           + (" (is a JACK server running?)" if config.audio == "jack" else "")
                           + (f" on device {chosen[0]} at {config.sample_rate} Hz" if portaudio else ""))
    if config.audio == "jack" and config.output_names:
        server.setJackOutputPortNames(list(config.output_names))
    if config.audio == "jack" and config.input_names:
        server.setJackInputPortNames(list(config.input_names))
    engine = Engine(server, blocking=offline, arrangement=arrangement or Arrangement(cpu_count()))
    return server, engine


def _boot_portaudio(server: pyo.Server, output: devices.Device, source: devices.Device | None) -> None:
    """Boot on the devices chosen, named explicitly (with ALSA pyo takes device 0, not the default), quietly."""
    server.setOutputDevice(output.index)
    if source is not None:
        server.setInputDevice(source.index)
    with devices.quiet():
        devices.confirm(output, source)
        server.boot()


def _check_jack(config: AudioConfig) -> None:
    """Refuse, in one line, what JACK would otherwise take quietly: a taken name, names that do not fit."""
    if not pyo.withJack():
        raise RuntimeError("this pyo build has no JACK support")
    try:
        check_client_name(config.jack_name)
        for names, count, kind in ((config.output_names, config.outputs, "outputs"),
                                   (config.input_names, config.inputs, "inputs")):
            if names:
                check_port_names(names, count, kind)
    except ValueError as exc:
        raise ValueError(f"JACK names: {exc}") from None
    check_name_free(config.jack_name)


def run_offline(server: pyo.Server, seconds: float) -> None:
    """Compute `seconds` of an offline server as fast as possible (what is recorded is discarded)."""
    with tempfile.TemporaryDirectory() as folder:
        server.recordOptions(dur=seconds, filename=os.path.join(folder, "discard.wav"), fileformat=0, sampletype=3)
        server.start()


