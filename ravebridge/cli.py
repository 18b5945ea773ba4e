"""The `ravebridge` command: inspect, render and serve models; check sessions; watch a server.

Every user error ends in one line on stderr and a non-zero exit code;
tracebacks are for bugs only.
"""
from __future__ import annotations

import dataclasses
import gc
import json
import logging
import os
import signal
import sys

import click

from . import __version__, logs
from .library import ModelNotFound, demo_model, resolve
from .server import BACKENDS, AudioConfig, run_offline

log = logging.getLogger("ravebridge")


class Failure(click.ClickException):
    """One clear line, exit code 1."""

    def show(self, file=None):
        click.echo(f"ravebridge: {self.message}", err=True)


def _model_path(model: str) -> str:
    """MODEL as typed: a file anywhere, or a name in the model folders (one line if neither)."""
    try:
        return resolve(model, confined=False)
    except ModelNotFound as exc:
        raise Failure(str(exc)) from None


def _progress(message: str) -> None:
    click.echo(f"  {message}", err=True)


@click.group()
@click.version_option(__version__, prog_name="ravebridge")
@click.option("-v", "--verbose", is_flag=True, help="Log debugging detail.")
@click.option("--log-file", type=click.Path(dir_okay=False), default=None,
              help="Also log to this file, as JSON Lines, rotated by size.")
@click.option("--log-max-bytes", type=click.IntRange(1024), default=None,
              help=f"Rotate the log file at this size (default {logs.MAX_BYTES}).")
@click.option("--log-backups", type=click.IntRange(1, 1000), default=None,
              help=f"Rotated log files kept (default {logs.BACKUPS}).")
@click.pass_context
def main(ctx: click.Context, verbose: bool, log_file: str | None, log_max_bytes: int | None,
         log_backups: int | None) -> None:
    """A neural-audio server: RAVE and nn~ models as pyo voices."""
    given = {"level": "debug" if verbose else None, "file": log_file, "max_bytes": log_max_bytes,
             "backups": log_backups}
    ctx.obj = {k: v for k, v in given.items() if v is not None}   # they override a session's [log]
    logs.configure(**ctx.obj)


@main.command()
@click.argument("model")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--sr", type=int, default=None, help="Sample rate for a model that declares none.")
def info(model: str, as_json: bool, sr: int | None) -> None:
    """Methods, sample rate, attributes and streaming of MODEL."""
    from .model import ModelError, inspect_file
    path = _model_path(model)
    if not as_json:
        _progress(f"loading {os.path.basename(path)}")
    try:
        details = inspect_file(path, sample_rate=sr).to_dict()
    except ModelError as exc:
        raise Failure(str(exc)) from None
    if as_json:
        click.echo(json.dumps(details, indent=2))
        return
    click.echo(f"{details['path']}  ({details['size_bytes'] / 1e6:.1f} MB)")
    rate = details["sample_rate"]
    click.echo(f"  sample rate   {rate if rate else 'not declared (give --sr)'}"
               f"{'' if not rate else ' Hz (from ' + details['sample_rate_source'] + ')'}")
    click.echo(f"  latent size   {details['latent_size']}")
    click.echo(f"  block         {details['block']} samples (smallest; blocks are multiples of it)")
    streaming = details["streaming"]
    click.echo(f"  streaming     {'yes' if streaming else 'NO: block-wise output differs; it will click'}")
    click.echo(f"  torch         {details['torch_version']} (installed) loads it")
    click.echo("  methods       in_ch in_ratio out_ch out_ratio")
    for name, m in details["methods"].items():
        click.echo(f"    {name:<12}{m['in_channels']:>5}{m['in_ratio']:>9}{m['out_channels']:>7}{m['out_ratio']:>10}")
    if details["attributes"]:
        click.echo("  attributes")
        for name, a in details["attributes"].items():
            click.echo(f"    {name:<12}{'/'.join(a['types']):<10} = {a['value']}")
    for key, value in details["extras"].items():
        click.echo(f"  {key:<13} {value}")


@main.command()
@click.argument("model")
@click.option("-o", "--output", required=True, help="Output .wav (audio) or .npy (encode).")
@click.option("--method", default=None, help="decode (default with --latents), forward (default with --input), encode.")
@click.option("--latents", type=click.Path(), help="Latents .npy, shape (dims, frames), for decode.")
@click.option("--input", "input_", type=click.Path(), help="Input sound file, for forward or encode.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the model's random draws.")
@click.option("--sr", type=int, default=None, help="Render rate (default: the model's).")
@click.option("--block", type=int, default=None, help="Model block in samples (a multiple of its ratio).")
@click.option("--feature", "feature_", multiple=True, metavar="DIM=KIND",
              help="Dimension DIM from the input's pitch or loudness (a DDSP model's forward), e.g. 0=pitch.")
def render(model, output, method, latents, input_, seed, sr, block, feature_) -> None:
    """Render MODEL offline through the streaming engine."""
    import numpy as np

    from .model import ModelError
    from .render import RenderError, render as run, write_wav
    feature = {}
    for given in feature_:
        dim, _, kind = given.partition("=")
        if not dim.strip().isdigit() or not kind:
            raise Failure(f"--feature {given}: write DIM=KIND, for example 0=pitch or 1=loudness")
        feature[int(dim)] = kind.strip()
    if feature and not input_:
        raise Failure("--feature reads the features of a recording: give --input FILE.wav")
    if not feature and bool(latents) == bool(input_):
        raise Failure("give exactly one of --latents (decode) or --input (forward, encode)")
    method = method or ("decode" if latents else "forward")
    wants_npy = method == "encode" or output.endswith(".npy")
    if method == "encode" and not output.endswith(".npy"):
        raise Failure("encode writes latents: give -o FILE.npy")
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise Failure(f"{folder}: no such folder for the output")
    try:
        data, rate = run(_model_path(model), method, latents=latents, input=input_, sample_rate=sr,
                         block=block, seed=seed, progress=lambda s, f: _progress(f"{s} {100 * f:.0f}%"),
                         feature=feature)
        if wants_npy:
            np.save(output, data)
        else:
            write_wav(output, data, rate)
    except (ModelError, RenderError, ValueError) as exc:
        raise Failure(str(exc)) from None
    except OSError as exc:
        raise Failure(f"{output}: {exc.strerror or exc}") from None
    shape = "x".join(str(n) for n in data.shape)
    click.echo(f"wrote {output} ({shape}{'' if wants_npy else f' at {rate} Hz'})")


@main.command()
@click.argument("score_file", metavar="SCORE", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True,
              help="Output .wav, one channel per server output (or per channel the score names).")
@click.option("--session", "session_file", type=click.Path(dir_okay=False), default=None,
              help="Session file (TOML) to build before the score plays.")
@click.option("--outputs", type=click.IntRange(1, 256), default=None,
              help="Output channels (default: the score's, the session's, or 2).")
@click.option("--sr", type=click.IntRange(8000, 384000), default=None,
              help="Sample rate (default: the score's, the session's, or 48000).")
@click.option("--buffer", "buffer_size", type=click.IntRange(16, 8192), default=None,
              help="Server buffer, the grid commands land on (default: the score's, the session's, or 256).")
@click.option("--duration", type=click.FloatRange(0, min_open=True), default=None,
              help="Seconds to render (default: the score's `end`, or its last command + 2 s).")
@click.option("--model", "swaps", multiple=True, metavar="NAME=FILE",
              help="Play FILE where the score names model NAME (repeatable); commands that no longer fit are "
                   "named and skipped.")
def score(score_file, output, session_file, outputs, sr, buffer_size, duration, swaps) -> None:
    """Render SCORE, a file of timed OSC commands, offline to a multichannel WAV (docs/score.md)."""
    from .control.session import SessionError
    from .render import RenderError, write_wav
    from .score import ScoreError, read_score, render_score
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise Failure(f"{folder}: no such folder for the output")
    try:
        parsed = read_score(score_file)
    except ScoreError as exc:
        _problems(exc.problems)
        raise Failure(f"{score_file}: not rendered ({exc})") from None
    session = _load_session(session_file) if session_file else None
    models = dict(swap.split("=", 1) for swap in swaps if "=" in swap)
    if len(models) != len(swaps):
        raise Failure("--model takes NAME=FILE: the model's name in the score, then the file to play instead")

    def answered(event, reply) -> None:   # replies with results: latencies, attribute values, queries
        if len(reply.args) > 1 and reply.ok:
            _progress(f"{score_file}:{event.line}: {reply.address} {' '.join(map(str, reply.args))}")
    try:
        data, rate = render_score(parsed, session, outputs=outputs, sample_rate=sr, buffer=buffer_size,
                                  duration=duration, models=models, progress=_progress, on_reply=answered)
        write_wav(output, data, rate)
    except SessionError as exc:
        _problems(exc.problems)
        raise Failure(f"{session_file}: not built ({exc})") from None
    except ScoreError as exc:
        raise Failure(exc.problems[0]) from None
    except (RenderError, RuntimeError, ValueError) as exc:
        raise Failure(str(exc)) from None
    channels = data.shape[0]
    click.echo(f"wrote {output} ({channels} channel{'s' if channels != 1 else ''}, {data.shape[1] / rate:g} s "
               f"at {rate} Hz)")


@main.command()
@click.option("--config", type=click.Path(dir_okay=False), default=None,
              help="Session file (TOML): server, voices, OSC and MIDI in one file.")
@click.option("--model", "models", multiple=True, help="Model file (repeatable; default: the demo model).")
@click.option("--audio", type=click.Choice(BACKENDS[:4]), default="portaudio", show_default=True)
@click.option("--sr", type=int, default=48000, show_default=True, help="Server sample rate.")
@click.option("--buffer", "buffer_size", type=int, default=256, show_default=True, help="Server buffer (JACK: its period).")
@click.option("--outputs", type=int, default=2, show_default=True, help="Output channels.")
@click.option("--jack-name", default="ravebridge", show_default=True, help="JACK client name.")
@click.option("--device", default=None, help="PortAudio device, by number or name, for output and input "
                                             "(default: the system's; `ravebridge devices` lists them).")
@click.option("--osc-host", default=None, help="Address to listen for OSC on (default 127.0.0.1; "
                                                 "a LAN address opens it to the network).")
@click.option("--osc-port", type=int, default=None, help="UDP port for OSC (default 6450; 0: any free port).")
@click.option("--wek-port", type=int, default=None,
              help="UDP port of the Wekinator-compatible regression stage (default 6448; -1: no stage).")
@click.option("--duration", type=float, default=None, help="Stop after this many seconds (offline: render length).")
@click.option("--state", type=click.Path(dir_okay=False), default=None,
              help="Keep the live state in this file and restore it at start (installations).")
@click.option("--max-latency-ms", type=click.FloatRange(1.0, 10000.0), default=None,
              help="Refuse voices that need more latency than this (default: each gets the lowest that fits).")
@click.option("--record", type=click.Path(dir_okay=False), default=None,
              help="Record the outputs to this WAV file from the start (its folder takes /rave/record/start's "
                   "files too).")
def serve(config, models, audio, sr, buffer_size, outputs, jack_name, device, osc_host, osc_port, wek_port,
          duration, state, max_latency_ms, record) -> None:
    """Start the DSP server and its OSC (and MIDI) control, until Ctrl-C, SIGTERM or /rave/quit.

    Without --config: one voice per model, named after its file (`demo` for
    the demo model). Audio options given with --config override the file's.
    """
    from .control.osc import OscError
    from .control.session import Running, SessionError, from_options
    ctx = click.get_current_context()
    given = {n for n in ("audio", "sr", "buffer_size", "outputs", "jack_name")
             if ctx.get_parameter_source(n) == click.core.ParameterSource.COMMANDLINE}
    if config:
        if models:
            raise Failure("with --config the voices come from the session file: drop --model")
        session = _load_session(config)
        if session.log:
            logs.configure(**{**session.log, **ctx.obj})
        options = {"audio": ("audio", audio), "sr": ("sample_rate", sr), "buffer_size": ("buffer_size", buffer_size),
                   "outputs": ("outputs", outputs), "jack_name": ("jack_name", jack_name)}
        session.audio = dataclasses.replace(session.audio, **dict(v for k, v in options.items() if k in given))
    else:
        try:
            paths = [_model_path(m) for m in models] or [demo_model()]
        except ModelNotFound as exc:
            raise Failure(str(exc)) from None
        session = from_options(paths, AudioConfig(audio=audio, sample_rate=sr, buffer_size=buffer_size,
                                                  outputs=outputs, jack_name=jack_name))
    if device is not None:
        if session.audio.audio != "portaudio":
            raise Failure(f"--device picks a PortAudio device: it goes with --audio portaudio, not "
                          f"{session.audio.audio}")
        session.audio = dataclasses.replace(session.audio, device=device)
    if max_latency_ms is not None:
        session.max_latency_ms = max_latency_ms
    session.osc_host = osc_host or session.osc_host
    session.osc_port = session.osc_port if osc_port is None else osc_port
    if wek_port is not None:
        session.wek_port = 0 if wek_port < 0 else wek_port
    if state:
        if not os.path.isdir(os.path.dirname(os.path.abspath(state))):
            raise Failure(f"--state {state}: no such folder")
        session.state = state
    if record:
        if session.audio.audio == "offline":
            raise Failure("--record goes with real-time audio: an offline render writes its own file (-o)")
        folder = os.path.dirname(os.path.abspath(record))
        if not os.path.isdir(folder):
            raise Failure(f"--record {record}: no such folder")
        session.record = {**session.record, "folder": folder, "start": os.path.basename(record)}
    try:
        running = Running(session, report=_progress)
    except SessionError as exc:
        _problems(exc.problems)
        raise Failure(f"{session.source}: not started ({exc})") from None
    except (RuntimeError, ValueError, OscError) as exc:
        raise Failure(str(exc)) from None
    try:
        for i, voice in enumerate(running.rack.voices()):
            log.info("voice %d: %s as %s, latency %d samples (%.1f ms)", i, os.path.basename(voice.model),
                     voice.name, voice.voice.latency, 1000 * voice.voice.latency / running.engine.rate)
        _run_until_stopped(running, session.audio.audio, duration)
    finally:
        running.close()


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def devices(as_json: bool) -> None:
    """Sound devices (PortAudio), the JACK server and its ports, and MIDI ports: what serve can use.

    Nothing is started: a JACK server that is not running stays so.
    """
    from .devices import SECTIONS, jack_server, survey
    found = survey(*SECTIONS)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(found), indent=2))
        return
    failed = found.failed
    click.echo("audio devices (PortAudio: serve --device NUMBER or NAME)")
    for d in found.devices or []:
        default = [side for side, index in (("input", found.default_input), ("output", found.default_output))
                   if index == d.index]
        click.echo(f"  {d.index:>3}  {d.name:<32} {d.inputs:>4} in {d.outputs:>4} out {d.rate:>7} Hz"
                   f"{'  default ' + ' and '.join(default) if default else ''}")
    if not found.devices:
        click.echo(f"  {failed.get('portaudio', 'none (no sound card, or none that PortAudio can open)')}")
    jack = found.jack or {"server": jack_server(), "running": False, "reason": failed.get("jack")}
    click.echo(f"JACK server {jack['server']!r} (serve --audio jack)")
    if not jack["running"]:
        click.echo(f"  {jack['reason']} ($JACK_DEFAULT_SERVER names another server)")
    else:
        click.echo(f"  running at {jack['rate']} Hz, period {jack['period']}")
        for p in jack["ports"]:
            click.echo(f"  {p['name']:<40} {p['type']:<6}{p['direction']:<7}{'  physical' if p['physical'] else ''}")
    click.echo("MIDI ports (session files: [midi] api and inputs)")
    if "midi" in failed:
        click.echo(f"  {failed['midi']}")
    for api in found.midi or []:
        if "error" in api:
            click.echo(f"  {api['api']}: unavailable ({api['error']})")
            continue
        ports = [f"in  {n}" for n in api["inputs"]] + [f"out {n}" for n in api["outputs"]]
        click.echo(f"  {api['api']}:{'' if ports else ' no ports'}")
        for port in ports:
            click.echo(f"    {port}")


@main.command()
@click.argument("session_file", metavar="FILE", type=click.Path(dir_okay=False))
def check(session_file: str) -> None:
    """Validate a session file without starting audio: every problem, with its key path.

    Models are loaded and checked in their worker processes, as `serve` would.
    """
    from .control.session import check as check_session
    session = _load_session(session_file)
    try:
        problems = check_session(session)
    except (RuntimeError, ValueError) as exc:
        raise Failure(str(exc)) from None
    if problems:
        _problems(problems)
        raise Failure(f"{session_file}: {len(problems)} problem{'s' if len(problems) != 1 else ''}")
    click.echo(f"{session_file}: ok ({len(session.voices)} voice{'s' if len(session.voices) != 1 else ''}, "
               f"{len(session.mappings)} MIDI mapping{'s' if len(session.mappings) != 1 else ''})")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Where the server listens for OSC.")
@click.option("--port", type=int, default=6450, show_default=True)
@click.option("--once", is_flag=True, help="Print once and exit instead of refreshing.")
@click.option("--interval", type=float, default=0.5, show_default=True, help="Seconds between refreshes.")
def status(host: str, port: int, once: bool, interval: float) -> None:
    """Voices, levels, latents, CPU and xruns of a running server, refreshed until Ctrl-C."""
    from .control.status import StatusError, watch
    try:
        watch(host, port, once, interval, click.echo)
    except (StatusError, OSError) as exc:
        raise Failure(str(exc)) from None
    except KeyboardInterrupt:
        pass


def _load_session(path: str):
    """The session in `path`, or every problem in it and one failing line."""
    from .control.session import SessionError, load
    try:
        return load(path)
    except SessionError as exc:
        _problems(exc.problems)
        raise Failure(f"{path}: {exc}") from None


def _problems(problems: list[str]) -> None:
    for line in problems:
        click.echo(f"  {line}", err=True)


def _run_until_stopped(running, audio: str, duration: float | None) -> None:
    server = running.server
    if audio == "offline":
        run_offline(server, duration or 10.0)
        return
    stop = running.stopped

    def stop_requested(*_) -> None:
        running.engine.stopping()    # at once: whatever ends from now on is the stop, not a failure
        stop.set()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, stop_requested)
    # the start-up's long-lived objects (pyo, models' descriptions, the session) are exempted from
    # collection: a full collection holds the GIL, which the audio thread needs every buffer
    gc.collect()
    gc.freeze()
    server.start()
    running.connect()
    log.info("serving; Ctrl-C to stop")
    stop.wait(duration)
    running.engine.stopping()        # (/rave/quit, --duration)
    server.stop()
    log.info("stopped")


def _attach_regression() -> None:
    """`ravebridge regression ...`: the stage alone, without audio (training, inspection, serving)."""
    from .regression.cli import regression
    main.add_command(regression)


_attach_regression()

if __name__ == "__main__":
    sys.exit(main())
