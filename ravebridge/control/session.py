"""Session files: one TOML file for a whole set-up (server, voices, OSC, MIDI); docs/sessions.md.

`load` reads a file and checks its structure, collecting every problem with
its key path (`voices.lead.gain: ...`). Each voice becomes the commands a
patch would send (`/rave/voice/new`, `/rave/lead/out`, `/rave/lead/gain`,
...), checked by the same table as OSC messages, and `build` runs them
through the dispatcher: a session can do exactly what OSC can, no more.
`check` builds a session on an offline server, so models load and are
checked in their workers exactly as they would live, without a sound card.
"""
from __future__ import annotations

import dataclasses
import ipaddress
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

from ..jackports import ConnectionKeeper, XrunWatch, check_client_name, check_port_names
from ..logs import LEVELS as LOG_LEVELS
from ..engine.engine import Arrangement, cpu_count
from ..rack import Rack, RackError
from ..recording import MAX_BYTES, Recorder, RecordingError
from ..library import model_folders
from ..server import AudioConfig, boot
from . import gestures, snapshot
from ..names import RESERVED
from .commands import Command, CommandError, check_name, parse
from .dispatcher import Dispatcher
from .midi import ACTIONS, APIS, PARAMS, Mapping, Midi
from .osc import DEFAULT_HOST, DEFAULT_PORT, OscError, OscServer

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

log = logging.getLogger("ravebridge.session")

AUDIO = ("portaudio", "jack", "coreaudio", "offline")


class SessionError(Exception):
    """A session that cannot be used; `problems` lists each one as `key.path: reason`."""

    def __init__(self, problems: list[str]):
        super().__init__(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}")
        self.problems = problems


@dataclasses.dataclass
class Session:
    """A checked session: what to boot, which commands build the voices, what to listen on."""

    source: str
    audio: AudioConfig = dataclasses.field(default_factory=AudioConfig)
    folders: list[str] = dataclasses.field(default_factory=list)
    crossfade: float = 0.05
    allowance: int | None = None             # compute allowance in server buffers (None: from warm-up)
    spares: int | None = None                # warm standby workers per model (None: the engine's default)
    max_latency_ms: float | None = None      # refuse voices that need more latency (None: the lowest that fits)
    seed: int = 0                            # every model's random draws (a score names it: renders match)
    connections: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    osc_host: str = DEFAULT_HOST
    osc_port: int = DEFAULT_PORT
    osc_allow: list[str] | None = None
    frame_rate: float = 30.0
    wek_port: int = 6448                     # the regression stage's Wekinator input port (0: no stage)
    wek_out: tuple[str, int] = ("127.0.0.1", 12000)
    midi: dict | None = None                 # api, inputs, virtual
    mappings: list[tuple[str, Mapping]] = dataclasses.field(default_factory=list)
    voices: list[list[tuple[str, Command]]] = dataclasses.field(default_factory=list)
    routes: list[tuple[str, Command]] = dataclasses.field(default_factory=list)   # after the voices
    log: dict = dataclasses.field(default_factory=dict)   # [log]: logs.configure's arguments given in the file
    master: list[tuple[str, Command]] = dataclasses.field(default_factory=list)   # before the voices
    state: str | None = None                 # the live state's snapshot file (kept, and restored at start)
    record: dict = dataclasses.field(default_factory=dict)   # [record]: folder, start, channels, rotation


# ---- reading ----
def load(path: str) -> Session:
    """Read and check a session file; raises SessionError listing every problem found."""
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as exc:
        raise SessionError([f"{path}: {exc.strerror or exc}"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise SessionError([f"{path}: not valid TOML: {exc}"]) from None
    return parse_session(data, os.path.dirname(os.path.abspath(path)), path)


def parse_session(data: dict, base: str, source: str) -> Session:
    """A Session from TOML data; relative paths are relative to `base`."""
    r = _Reader()
    top = r.table(data, "", {"server": dict, "osc": dict, "midi": dict, "voices": dict, "regression": dict,
                             "master": dict, "log": dict, "record": dict})
    server = r.table(top.get("server", {}), "server", {
        "audio": _choice(AUDIO), "sample_rate": _int(8000, 384000), "buffer": _int(16, 8192),
        "outputs": _int(1, 256), "inputs": _int(0, 256), "jack_name": check_client_name, "connections": _pairs,
        "output_names": list, "input_names": list, "auto_connect": _bool,
        "models": _list(_text), "crossfade": _number(0.0, 10.0), "allowance": _int(1, 64),
        "headroom": _int(1, 64),      # allowance's former name, still read
        "spares": _int(0, 4), "max_latency_ms": _number(1.0, 10000.0), "seed": _int(0, 2**31 - 1)})
    defaults = AudioConfig()
    s = Session(source, AudioConfig(
        audio=server.get("audio", defaults.audio), sample_rate=server.get("sample_rate", defaults.sample_rate),
        buffer_size=server.get("buffer", defaults.buffer_size), outputs=server.get("outputs", defaults.outputs),
        inputs=server.get("inputs", defaults.inputs), jack_name=server.get("jack_name", defaults.jack_name),
        jack_auto_connect=server.get("auto_connect", defaults.jack_auto_connect)))
    for key, kind in (("output_names", "outputs"), ("input_names", "inputs")):
        if key in server:
            try:
                names = check_port_names(server[key], getattr(s.audio, kind), kind)
                s.audio = dataclasses.replace(s.audio, **{key: tuple(names)})
            except ValueError as exc:
                r.problem(f"server.{key}", str(exc))
    s.crossfade = server.get("crossfade", s.crossfade)
    if "headroom" in server and "allowance" in server:
        r.problem("server.headroom", "headroom is the former name of allowance: give allowance only")
    s.allowance, s.spares = server.get("allowance", server.get("headroom")), server.get("spares")
    s.max_latency_ms = server.get("max_latency_ms")
    s.seed = server.get("seed", 0)
    s.connections = server.get("connections", [])
    s.folders = [str(Path(base, f).resolve()) for f in server.get("models", [])] + [str(f) for f in model_folders()]
    for i, folder in enumerate(server.get("models", [])):
        if not Path(base, folder).is_dir():
            r.problem(f"server.models[{i}]", f"{folder}: no such folder")

    osc = r.table(top.get("osc", {}), "osc", {"host": _host, "port": _int(0, 65535), "allow": _list(_network),
                                              "frame_rate": _number(0.1, 1000.0)})
    s.osc_host, s.osc_port = osc.get("host", s.osc_host), osc.get("port", s.osc_port)
    s.osc_allow, s.frame_rate = osc.get("allow"), osc.get("frame_rate", s.frame_rate)

    _master(r, top.get("master", {}), s)
    presets: dict[str, dict] = {}
    for name, table in top.get("voices", {}).items():
        path = f"voices.{name}"
        try:
            check_name(name)
        except CommandError as exc:
            r.problem(path, str(exc))
            continue
        if not isinstance(table, dict):
            r.problem(path, "must be a table ([voices.NAME])")
            continue
        plan, presets[name] = _voice(r, name, table, path, base, s)
        if plan:
            s.voices.append(plan)

    if "midi" in top:
        midi = r.table(top["midi"], "midi", {"api": _choice(tuple(APIS)), "inputs": _list(_text),
                                             "virtual": _text, "cc": list, "note": list, "bend": list})
        s.midi = {"api": midi.get("api", "auto"), "inputs": midi.get("inputs", []), "virtual": midi.get("virtual")}
        for kind in ("cc", "note", "bend"):
            for i, entry in enumerate(midi.get(kind, [])):
                mapping = _mapping(r, kind, entry, f"midi.{kind}[{i}]", presets)
                if mapping is not None:
                    s.mappings.append((f"midi.{kind}[{i}]", mapping))
    _regression(r, top.get("regression", {}), s)
    s.log = r.table(top.get("log", {}), "log", {"file": _text, "max_bytes": _int(1024, 2**40),
                                                 "backups": _int(1, 1000), "level": _choice(LOG_LEVELS)})
    if "file" in s.log:
        s.log["file"] = str(Path(base, s.log["file"]))
    s.record = r.table(top.get("record", {}), "record", {
        "folder": _text, "start": _start, "channels": _list(_int(0, 255)), "rotate_minutes": _number(0.1, 10080.0),
        "rotate_mb": _number(1.0, 4000.0)})
    s.record["folder"] = str(Path(base, s.record.get("folder", ".")))
    if any(c >= s.audio.outputs for c in s.record.get("channels", [])):
        r.problem("record.channels", f"the server has output channels 0..{s.audio.outputs - 1}")
    if r.problems:
        raise SessionError(r.problems)
    return s


def _start(value):
    """[record] start: true (a file named by the date and time) or a file name."""
    if isinstance(value, bool) or (isinstance(value, str) and value):
        return value
    raise ValueError("must be true, false or a file name")


def from_options(models, audio: AudioConfig) -> Session:
    """The session `ravebridge serve` plays without --config: one voice per model, named after its file.

    One model plays on the first two outputs; several go one per output, in turn.
    """
    s = Session("command line", audio)
    s.folders = [str(f) for f in model_folders()]
    names = set(RESERVED)
    for i, model in enumerate(models):
        if os.path.isfile(model):        # a file named on the command line: its folder is a model folder
            model = os.path.abspath(model)
            s.folders.append(os.path.dirname(model))
        name = _unique("".join(c if c.isalnum() or c in "_-" else "_" for c in Path(model).stem) or "voice", names)
        plan = [(f"--model {model}", Command("/rave/voice/new", (name, model, "decode")))]
        if len(models) > 1:
            plan.append((f"--model {model}", Command(f"/rave/{name}/out", (i % audio.outputs,))))
        s.voices.append(plan)
    return s


def _regression(r: "_Reader", table: dict, s: Session) -> None:
    """[regression]: the stage's ports, and [[regression.route]] entries as /rave/wek/route commands."""
    reg = r.table(table, "regression", {"port": _int(0, 65535), "out_host": _text, "out_port": _int(1, 65535),
                                        "route": list})
    s.wek_port = reg.get("port", s.wek_port)
    s.wek_out = (reg.get("out_host", s.wek_out[0]), reg.get("out_port", s.wek_out[1]))
    for i, entry in enumerate(reg.get("route", [])):
        path = f"regression.route[{i}]"
        e = r.table(entry, path, {"outputs": list, "voice": _text, "param": _text, "index": _int(0, 4096)})
        if isinstance(entry, dict) and "outputs" in entry and "outputs" not in e:
            continue   # its type was reported already
        outputs = e.get("outputs", [])
        if len(outputs) != 2 or not all(isinstance(x, int) and not isinstance(x, bool) for x in outputs):
            r.problem(f"{path}.outputs", "must be [first output (from 1), count]")
            continue
        if "voice" not in e or "param" not in e:
            r.problem(path, "needs voice and param")
            continue
        s.routes.append((path, Command("/rave/wek/route", (*outputs, e["voice"], e["param"], e.get("index", 0)))))


def _master(r: "_Reader", table: dict, s: Session) -> None:
    """[master]: gain (or db) and the safety limiter, as /rave/master/... commands."""
    m = r.table(table, "master", {"gain": object, "db": object, "limiter": _bool, "ceiling_db": object})
    if "gain" in m and "db" in m:
        r.problem("master", "give gain or db, not both")
    plan = [(f"master.{key}", Command(f"/rave/master/{key}", (m[key],))) for key in ("gain", "db") if key in m]
    if "limiter" in m or "ceiling_db" in m:
        limit = (int(m.get("limiter", True)),) + ((m["ceiling_db"],) if "ceiling_db" in m else ())
        plan.append(("master.limiter", Command("/rave/master/limit", limit)))
    for path, command in plan:
        try:
            parse(command)
        except CommandError as exc:
            r.problem(path, str(exc))
    s.master = plan


def _voice(r: "_Reader", name: str, table: dict, path: str, base: str, s: Session):
    """The commands that build one voice (each with its key path), and its presets.

    A model file the session names by path adds its folder to the session's model folders.
    """
    v = r.table(table, path, {"model": _text, "method": _text, "input": _int(0, 255), "outputs": list,
                              "gain": object, "db": object, "mute": _bool, "smooth": object, "latents": list,
                              "bias": list, "scale": list, "attributes": dict, "presets": dict,
                              "pan": object, "solo": _bool, "follow": _text, "features": list, "notes": list})
    if "model" not in v:
        r.problem(f"{path}.model", "missing: every voice needs a model (a file name in the model folders, or a path)")
        return None, {}
    model = v["model"]
    local = Path(base, model)
    if (os.sep in model or model.endswith(".ts")) and local.is_file():   # a file the session names itself
        model = str(local.resolve())
        s.folders.append(str(local.resolve().parent))
    if "gain" in v and "db" in v:
        r.problem(path, "give gain or db, not both")
    new = (name, model, v.get("method", "decode")) + ((v["input"],) if "input" in v else ())
    plan = [(path, Command("/rave/voice/new", new))]
    one = lambda x: (x,)  # noqa: E731
    for key, verb, args in (("outputs", "out", tuple), ("gain", "gain", one), ("db", "db", one),
                            ("mute", "mute", lambda x: (int(x),)), ("smooth", "smooth", one),
                            ("latents", "latent", tuple), ("solo", "solo", lambda x: (int(x),)),
                            ("follow", "follow", one)):
        if key in v:
            plan.append((f"{path}.{key}", Command(f"/rave/{name}/{verb}", args(v[key]))))
    if "pan" in v:
        plan.append((f"{path}.pan", Command(f"/rave/{name}/pan", (v["pan"],))))
    for key in ("bias", "scale"):
        for i, value in enumerate(v.get(key, [])):
            plan.append((f"{path}.{key}[{i}]", Command(f"/rave/{name}/{key}", (i, value))))
    for i, feature in enumerate(v.get("features", [])):      # [dimension, "pitch" or "loudness", input channel]
        plan.append((f"{path}.features[{i}]", Command(f"/rave/{name}/feature",
                                                      tuple(feature) if isinstance(feature, list) else (feature,))))
    if "notes" in v:       # [pitch dimension, loudness dimension, MIDI channel (0: any)]
        plan.append((f"{path}.notes", Command(f"/rave/{name}/notes", tuple(v["notes"]))))
    for attr, value in v.get("attributes", {}).items():
        values = tuple(value) if isinstance(value, list) else (value,)
        plan.append((f"{path}.attributes.{attr}", Command(f"/rave/{name}/attr/set", (attr, *values))))
    for p, command in plan:
        try:
            parse(command)
        except CommandError as exc:
            r.problem(p, str(exc))
    presets = {}
    for preset, values in v.get("presets", {}).items():
        try:
            presets[preset] = parse(Command(f"/rave/{name}/latent", tuple(values) if isinstance(values, list)
                                            else (values,))).args
        except CommandError as exc:
            r.problem(f"{path}.presets.{preset}", str(exc))
    return plan, presets


def _mapping(r: "_Reader", kind: str, entry: Any, path: str, presets: dict) -> Mapping | None:
    if not isinstance(entry, dict):
        r.problem(path, f"must be a table ([[midi.{kind}]])")
        return None
    keys = {"voice": _text, "channel": _int(1, 16)}
    keys |= {"note": _int(0, 127), "action": _choice(ACTIONS), "preset": _text} if kind == "note" else {
        "param": _choice(tuple(PARAMS)), "index": _int(0, 4095), "range": _range, "curve": _curve}
    if kind == "cc":
        keys["cc"] = _int(0, 127)
    known = len(r.problems)
    m = r.table(entry, path, keys)
    required = ["voice"] + {"cc": ["cc", "param"], "note": ["note", "action"], "bend": []}[kind]
    missing = [k for k in required if k not in entry]
    if missing:
        r.problem(path, f"missing {', '.join(missing)}")
    if len(r.problems) > known:
        return None
    vector, name = (), m.get("preset", "")
    if name:
        if name not in presets.get(m["voice"], {}):
            r.problem(f"{path}.preset", f"voice {m['voice']} has no preset {name!r} (define it in "
                                        f"[voices.{m['voice']}.presets])")
            return None
        vector = presets[m["voice"]][name]
    param = m.get("action") if kind == "note" else m.get("param", "dim")
    lo, hi = m.get("range", PARAMS.get(param, (False, (0.0, 1.0)))[1])
    try:
        return Mapping(kind, m["voice"], m.get("note", m.get("cc")), m.get("channel"), param, m.get("index"),
                       lo, hi, m.get("curve", "lin"), tuple(vector), name)
    except (ValueError, CommandError) as exc:
        r.problem(path, str(exc))
        return None


# ---- building ----
def build(session: Session, dispatcher, report: Callable[[str], None] | None = None) -> list[str]:
    """Run the session's commands; returns the problems (key path: reason). A voice that fails to load
    is skipped whole. MIDI mappings are attached to a `Midi` (ports are opened by the caller)."""
    problems = []
    for path, command in session.master:
        reply = dispatcher.call(command)
        if not reply.ok:
            problems.append(f"{path}: {reply.reason}")
    for plan in session.voices:
        for path, command in plan:
            if report and command.address == "/rave/voice/new":
                report(f"loading {os.path.basename(command.args[1])} as {command.args[0]}")
            reply = dispatcher.call(command)
            if not reply.ok:
                problems.append(f"{path}: {reply.reason}")
                if command.address == "/rave/voice/new":
                    break
    for path, command in session.routes:
        reply = dispatcher.call(command)
        if not reply.ok:
            problems.append(f"{path}: {reply.reason}")
    if session.midi is not None:
        midi = Midi(dispatcher, api=session.midi["api"], inputs=session.midi["inputs"],
                    virtual=session.midi["virtual"], client_name=session.audio.jack_name + "-midi")
        for path, mapping in session.mappings:
            try:
                midi.add(mapping)
            except RackError as exc:   # the voice, its index, a preset's size
                problems.append(f"{path}: {exc}")
    return problems


def state_commands(rack: Rack, router=None) -> list[Command]:
    """The commands that build what `rack` plays now from nothing, at rest: each voice's latents land
    before its smoothing is set, so a render starting from them does not glide in."""
    state = parse_session(snapshot.capture(rack, router), os.getcwd(), "state")
    commands = [command for _, command in state.master]
    for plan in state.voices:
        voice = [command for _, command in plan]
        smooth = [c for c in voice if c.address.endswith("/smooth")]
        name = voice[0].args[0]
        commands += ([voice[0], Command(f"/rave/{name}/smooth", (0.0,))]
                     + [c for c in voice[1:] if c not in smooth] + smooth)
    return commands


class Running:
    """A session set up: server, engine, rack, dispatcher, OSC, MIDI; the caller starts the audio.

    Voices are built before the server starts, so nothing sounds half set up,
    and a session with any problem does not start at all (SessionError).
    `stopped` is set by /rave/quit.
    """

    def __init__(self, session: Session, report: Callable[[str], None] | None = None, listen: bool = True):
        """`listen=False` opens neither OSC nor MIDI ports (checking a session)."""
        self.session = session
        self.stopped = threading.Event()
        self.server, self.engine = boot(session.audio, Arrangement(cpu_count(), allowance=session.allowance,
                                                                   spares=session.spares,
                                                                   max_latency_ms=session.max_latency_ms))
        self.rack = Rack(self.server, self.engine, folders=session.folders, inputs=session.audio.inputs,
                         crossfade=session.crossfade, seed=session.seed)
        self.dispatcher = Dispatcher(self.rack, on_quit=self.stopped.set)
        self.osc = self.stage = self.wekinator = self.keeper = self.snapshots = self.xruns = None
        self.recorder = None
        if session.audio.audio not in ("offline", "manual"):    # an offline render writes its own file
            record = session.record
            self.recorder = self.dispatcher.recorder = Recorder(
                self.rack, record.get("folder", os.getcwd()),
                max_bytes=int(record["rotate_mb"] * 1e6) if "rotate_mb" in record else MAX_BYTES,
                max_seconds=60.0 * record["rotate_minutes"] if "rotate_minutes" in record else None,
                gestures=gestures.opener(self.dispatcher, lambda: state_commands(self.rack, self.dispatcher.router)))
        if session.audio.audio == "jack":     # JACK's own count, beside the engine's late blocks
            self.xruns = XrunWatch(session.audio.jack_name)
            self.engine.host_xruns = lambda: self.xruns.count
        if session.wek_port:
            from .routing import Router
            self.dispatcher.router = Router(self.dispatcher)   # before build: the session's routes go in it
        try:
            saved = restored(session) if session.state else None
            problems = build(saved or session, self.dispatcher, report)
            if problems and saved is None:
                raise SessionError(problems)
            for line in problems:     # an installation comes back with what still works
                log.error("restoring %s: %s", session.state, line)
            if not listen:
                return
            start = session.record.get("start", False)
            if self.recorder is not None and start:
                try:
                    self.recorder.start(None if start is True else start, session.record.get("channels"))
                except (RecordingError, RackError) as exc:
                    raise SessionError([f"record.start: {exc}"]) from None
            if session.state:
                self.snapshots = snapshot.Keeper(session.state, self.rack, self.dispatcher.router).start()
                self.dispatcher.snapshots = self.snapshots
            self.osc = OscServer(self.dispatcher, session.osc_host, session.osc_port, allow=session.osc_allow,
                                 frame_rate=session.frame_rate).start()
            if session.wek_port:
                self._start_stage(session)
            if self.dispatcher.midi is not None:
                self.dispatcher.midi.open()
        except BaseException:
            self.close()
            raise

    def _start_stage(self, session: Session) -> None:
        """A Wekinator-compatible regression stage in this server, its outputs routable into voices."""
        from ..regression import RegressionStage
        from ..regression.wekinator import WekinatorServer
        self.stage = RegressionStage()
        self.stage.add_output_listener(self.dispatcher.router)
        try:
            self.wekinator = WekinatorServer(self.stage, in_host=session.osc_host, in_port=session.wek_port,
                                             out_host=session.wek_out[0], out_port=session.wek_out[1]).start()
        except OSError as exc:   # a second instance on one machine, say
            raise OscError(f"cannot listen for the regression stage on {session.osc_host}:{session.wek_port}: "
                           f"{exc.strerror or exc} (--wek-port -1: no stage)") from None

    def connect(self) -> None:
        """Make the session's JACK connections once the server runs, and keep them (ConnectionKeeper).

        A connection that cannot be made is logged, not fatal: its peer may come later.
        """
        if self.session.audio.audio == "jack" and self.session.connections:
            self.keeper = ConnectionKeeper(self.session.audio.jack_name, self.session.connections).start()

    def close(self) -> None:
        """Stop the audio if it runs, then everything assembled, in order."""
        self.engine.stopping()     # a worker that ends from now on ends because the server stops: no failure
        if self.server.getIsBooted() and self.server.getIsStarted():
            self.server.stop()
        for part in (self.recorder, self.snapshots, self.keeper, self.xruns, self.osc, self.wekinator, self.stage,
                     self.dispatcher.midi):
            if part is not None:
                part.close()
        self.dispatcher.close()
        self.rack.close()
        self.engine.close()
        # a JACK server that stopped too (Ctrl-C or a service stop reaching jackd as well) has already shut
        # pyo's server down (its JACK shutdown callback): shutting it down again prints "Pyo error: The
        # Server must be booted!"
        if self.server.getIsBooted():
            self.server.shutdown()


def restored(session: Session) -> Session | None:
    """The session with its master, voices and routes replaced by the saved state, if one was saved.

    An unreadable state file is renamed aside (never deleted), and the session starts as written.
    """
    path = session.state
    if not os.path.isfile(path):
        if os.path.exists(path):
            log.error("the state file %s is not a file: starting from %s", path, session.source)
        return None
    try:
        saved = load(path)
    except SessionError as exc:
        aside = f"{path}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}"
        try:
            os.replace(path, aside)
        except OSError:
            aside = path
        log.error("the saved state %s cannot be used (%s), kept as %s; starting from %s",
                  path, "; ".join(exc.problems), aside, session.source)
        return None
    log.info("restoring the state saved in %s", path)
    return dataclasses.replace(session, master=saved.master, voices=saved.voices, routes=saved.routes)


def check(session: Session) -> list[str]:
    """Build the session on an offline server (no sound card, no ports): its problems, with key paths."""
    offline = dataclasses.replace(session, audio=dataclasses.replace(session.audio, audio="offline"))
    try:
        Running(offline, listen=False).close()
    except SessionError as exc:
        return exc.problems
    return []


# ---- checking values ----
class _Reader:
    """Takes typed values out of TOML tables, collecting problems with their key paths."""

    def __init__(self):
        self.problems: list[str] = []

    def problem(self, path: str, reason: str) -> None:
        self.problems.append(f"{path}: {reason}")

    def table(self, data: Any, path: str, keys: dict) -> dict:
        """The known keys of `data`, each checked: a type, or a function that converts or raises ValueError."""
        if not isinstance(data, dict):
            self.problem(path, "must be a table")
            return {}
        out = {}
        for key, value in data.items():
            where = f"{path}.{key}" if path else key
            check = keys.get(key)
            if check is None:
                self.problem(where, f"unknown key (known here: {', '.join(keys)})")
            elif isinstance(check, type):
                if isinstance(value, check):
                    out[key] = value
                else:
                    self.problem(where, f"must be a {_KIND.get(check, check.__name__)}")
            else:
                try:
                    out[key] = check(value)
                except ValueError as exc:
                    self.problem(where, str(exc))
        return out


_KIND = {dict: "table", list: "list", object: "value"}


def _int(lo: int, hi: int):
    def check(value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"must be a whole number, got {value!r}")
        if not lo <= value <= hi:
            raise ValueError(f"{value} out of range {lo}..{hi}")
        return value
    return check


def _number(lo: float, hi: float):
    def check(value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"must be a number, got {value!r}")
        if not lo <= value <= hi:
            raise ValueError(f"{value} out of range {lo:g}..{hi:g}")
        return float(value)
    return check


def _text(value):
    if not isinstance(value, str) or not value:
        raise ValueError(f"must be a non-empty string, got {value!r}")
    return value


def _bool(value):
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, got {value!r}")
    return value


def _choice(options):
    def check(value):
        if value not in options:
            raise ValueError(f"must be one of {', '.join(options)}, got {value!r}")
        return value
    return check


def _list(item):
    def check(value):
        if not isinstance(value, list):
            raise ValueError(f"must be a list, got {value!r}")
        out = []
        for i, v in enumerate(value):
            try:
                out.append(item(v))
            except ValueError as exc:
                raise ValueError(f"item {i}: {exc}") from None
        return out
    return check


def _pairs(value):
    def pair(v):
        if not (isinstance(v, list) and len(v) == 2 and all(isinstance(p, str) and p for p in v)):
            raise ValueError(f"must be [from port, to port], got {v!r}")
        return tuple(v)
    return _list(pair)(value)


def _host(value):
    try:
        return str(ipaddress.ip_address(_text(value)))
    except ValueError:
        raise ValueError(f"must be an IP address (127.0.0.1, 0.0.0.0 or a LAN address), got {value!r}") from None


def _network(value):
    try:
        return str(ipaddress.ip_network(_text(value), strict=False))
    except ValueError:
        raise ValueError(f"must be an address or network (192.168.1.20, 192.168.1.0/24), got {value!r}") from None


def _range(value):
    if not (isinstance(value, list) and len(value) == 2):
        raise ValueError(f"must be [low, high], got {value!r}")
    return tuple(_number(-1e6, 1e6)(v) for v in value)


def _curve(value):
    if value in ("lin", "exp"):
        return value
    return _number(1e-3, 16.0)(value)


def _unique(name: str, taken: set) -> str:
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}-{n}"
    taken.add(candidate)
    return candidate
