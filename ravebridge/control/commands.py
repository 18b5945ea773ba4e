"""Commands as plain values, and the one table that says what each takes.

A `Command` is an OSC address and its arguments, whoever sends it (OSC,
MIDI, a session file, Python). `parse` checks it against `SIGNATURES` before
anything runs: the address, the number and types of arguments, finiteness,
static ranges. Each refusal is a `CommandError` whose text is the reason
sent back in `/rave/fail`. Checks that need the running rack (does the voice
exist, is the index below its latent size) are the dispatcher's. Each entry
names the dispatcher method that runs it; MIDI mappings and regression
routes drive the entries that set one number (`SETTERS`).

docs/osc.md documents this table; a test keeps the two in step.
"""
from __future__ import annotations

import dataclasses
import math
from typing import Any

from .. import names, units

PREFIX = "/rave/"
MAX_VALUES = 4096          # latents per message, values per attribute
LATENT_LIMIT = units.LATENT_LIMIT    # |bias|, |scale|
VALUE_LIMIT = 100_000.0    # |latent|: numbers any unit may take (a pitch up to 192 kHz's Nyquist); the voice's
                           # dimension then checks its own range (units.bounds)
MAX_TEXT = 4096


class CommandError(Exception):
    """A command refused before it ran; the text is the reason a person reads."""


@dataclasses.dataclass(frozen=True)
class Command:
    """An address and its arguments, as an OSC message carries them."""

    address: str
    args: tuple = ()

    def __post_init__(self):
        object.__setattr__(self, "args", tuple(self.args))


@dataclasses.dataclass(frozen=True)
class Param:
    """One argument: its name, kind and bounds.

    Kinds: `name` (a voice name), `text` (any string), `int` (a whole number;
    Pd's floats like 2.0 count), `number` (int or float, finite), `flag`
    (0 or 1, or OSC's T and F), `value` (number, string, T or F: model
    attributes).
    `many` takes this and every remaining argument (at least `least` of them).
    """

    name: str
    kind: str
    lo: float | None = None
    hi: float | None = None
    optional: bool = False
    many: bool = False
    least: int = 1

    def signature(self) -> str:
        tag = {"name": "s", "text": "s", "int": "i", "number": "f", "flag": "i", "value": "v"}[self.kind]
        text = f"<{self.name} {tag}>" + ("..." if self.many else "")
        return f"[{text}]" if self.optional or (self.many and self.least == 0) else text


@dataclasses.dataclass(frozen=True)
class Signature:
    """A command: its verb (address after /rave/ or /rave/<voice>/), arguments, and how it is answered."""

    verb: str
    params: tuple[Param, ...]
    per_voice: bool
    reply: str                   # as in docs/osc.md; <address> is the command's own
    asynchronous: bool = False   # answered when a model has done its part
    timed: bool = False          # a bundle's time tag sets when it takes effect
    handler: str = ""            # the Dispatcher method that runs it, after "_"; "": the verb, "/" as "_"
    sounding: bool | None = None  # changes what plays, so a recorded score keeps it; None: as `timed`

    def __post_init__(self):
        if not self.handler:
            object.__setattr__(self, "handler", self.verb.replace("/", "_"))
        if self.sounding is None:
            object.__setattr__(self, "sounding", self.timed)

    def address(self) -> str:
        return PREFIX + ("<voice>/" if self.per_voice else "") + self.verb


@dataclasses.dataclass(frozen=True)
class Call:
    """A command that passed `parse`: its signature, voice (or None) and converted arguments."""

    command: Command
    signature: Signature
    voice: str | None
    args: tuple


def _p(name, kind, lo=None, hi=None, **kw) -> Param:
    return Param(name, kind, lo, hi, **kw)


DONE = "/rave/done <address>"
_INDEX = _p("index", "int", 0)
_LATENT = _p("value", "number", -LATENT_LIMIT, LATENT_LIMIT)
_VALUE = _p("value", "number", -VALUE_LIMIT, VALUE_LIMIT)
_VOICE, _SERVER = True, False

SIGNATURES: dict[tuple[bool, str], Signature] = {(s.per_voice, s.verb): s for s in [
    Signature("status", (), _SERVER, "/rave/status.reply <sr i> <buffer i> <nvoices i> <cpu f> <late i> <xruns i> "
                                     "then <voice s> <latency i> per voice"),
    Signature("voice/new", (_p("name", "name"), _p("model", "text"), _p("method", "text", optional=True),
                            _p("input", "int", 0, optional=True)), _SERVER, f"{DONE} <name s> <latency i>",
              asynchronous=True, sounding=True),
    Signature("voice/free", (_p("name", "name"),), _SERVER, f"{DONE} <name s>", timed=True),
    Signature("voice/list", (), _SERVER, "/rave/voice/list.reply then <name s> <model s> <method s> per voice"),
    Signature("notify", (_p("on", "flag"),), _SERVER, DONE),
    Signature("midi/learn", (_p("voice", "name"), _p("param", "text"), _p("index", "int", 0, optional=True)), _SERVER,
              f"{DONE} <channel i> <cc i>", asynchronous=True),
    Signature("midi/list", (), _SERVER, f"{DONE} <entry s>..."),
    Signature("midi/clear", (), _SERVER, DONE),
    Signature("wek/route", (_p("output", "int", 1), _p("count", "int", 1, MAX_VALUES), _p("voice", "name"),
                            _p("param", "text"), _p("index", "int", 0, optional=True)), _SERVER, DONE),
    Signature("wek/unroute", (_p("voice", "name", optional=True),), _SERVER, f"{DONE} <removed i>"),
    Signature("wek/routes", (), _SERVER, f"{DONE} then <output i> <count i> <voice s> <param s> <index i> per route"),
    Signature("master/gain", (_p("linear", "number", 0.0, 16.0),), _SERVER, DONE, timed=True),
    Signature("master/db", (_p("decibels", "number", -120.0, 24.0),), _SERVER, DONE, timed=True,
              handler="master_gain"),
    Signature("master/limit", (_p("on", "flag"), _p("ceiling_db", "number", -24.0, 0.0, optional=True)), _SERVER, DONE,
              timed=True),
    Signature("master/get", (), _SERVER, f"{DONE} <gain f> <limit i> <ceiling_db f> <reduction_db f> "
                                         "<nout i> <peak f>..."),
    Signature("snapshot", (), _SERVER, f"{DONE} <path s>", asynchronous=True),
    Signature("record/start", (_p("path", "text", optional=True), _p("channels", "int", 0, many=True, least=0)),
              _SERVER, f"{DONE} <path s>"),
    Signature("record/stop", (), _SERVER, f"{DONE} <path s> <seconds f>"),
    Signature("record/status", (), _SERVER, f"{DONE} <recording i> <path s> <seconds f> <free_bytes f> <stopped s>"),
    Signature("quit", (), _SERVER, DONE),
    Signature("latent", (_p("values", "number", -VALUE_LIMIT, VALUE_LIMIT, many=True),), _VOICE, DONE, timed=True),
    Signature("dim", (_INDEX, _VALUE), _VOICE, DONE, timed=True, handler="indexed"),
    Signature("bias", (_INDEX, _LATENT), _VOICE, DONE, timed=True, handler="indexed"),
    Signature("scale", (_INDEX, _LATENT), _VOICE, DONE, timed=True, handler="indexed"),
    Signature("smooth", (_p("seconds", "number", 0.0, 60.0),), _VOICE, DONE, timed=True),
    Signature("gain", (_p("linear", "number", 0.0, 16.0),), _VOICE, DONE, timed=True),
    Signature("db", (_p("decibels", "number", -120.0, 24.0),), _VOICE, DONE, timed=True, handler="gain"),
    Signature("mute", (_p("on", "flag"),), _VOICE, DONE, timed=True),
    Signature("out", (_p("channels", "int", 0, many=True, least=0),), _VOICE, DONE, timed=True),
    Signature("pan", (_p("position", "number", 0.0, 1.0),), _VOICE, DONE, timed=True),
    Signature("pan/off", (), _VOICE, DONE, timed=True, handler="pan"),
    Signature("solo", (_p("on", "flag"),), _VOICE, DONE, timed=True),
    Signature("follow", (_p("encoder", "name"),), _VOICE, DONE, timed=True),
    Signature("feature", (_INDEX, _p("kind", "text"), _p("input", "int", 0, optional=True)), _VOICE, DONE,
              timed=True),
    Signature("notes", (_p("pitch", "int", 0), _p("loudness", "int", 0), _p("channel", "int", 0, 16, optional=True)),
              _VOICE, DONE, timed=True),
    Signature("notes/off", (), _VOICE, DONE, timed=True),
    Signature("follow/off", (), _VOICE, DONE, timed=True, handler="follow"),
    Signature("attr/set", (_p("name", "text"), _p("values", "value", many=True)), _VOICE, f"{DONE} <name s> <value>...",
              asynchronous=True, sounding=True),
    Signature("attr/get", (_p("name", "text"),), _VOICE, f"{DONE} <name s> <value>... <type s>...", asynchronous=True),
    Signature("attr/list", (), _VOICE, f"{DONE} <name s> <types s>..."),
    Signature("load", (_p("model", "text"), _p("method", "text", optional=True)), _VOICE, f"{DONE} <latency i>",
              asynchronous=True, timed=True),
    Signature("restart", (), _VOICE, f"{DONE} <latency i>", asynchronous=True, sounding=True),
    Signature("get", (), _VOICE, f"{DONE} <gain f> <mute i> <level f> <state s> <nout i> <out i>... <latent f>..."),
]}

GLOBAL_VERBS = {verb for per_voice, verb in SIGNATURES if not per_voice}
VOICE_VERBS = {verb for per_voice, verb in SIGNATURES if per_voice}
#: voice commands that set one number, after a latent index for some: what MIDI controls and regression routes drive
SETTERS = {verb: s for (per_voice, verb), s in SIGNATURES.items()
           if per_voice and s.params and s.params[-1].kind == "number" and not s.params[-1].many
           and all(p.kind == "int" for p in s.params[:-1])}


def indexed(verb: str) -> bool:
    """Whether setter `verb` takes a latent index before its value."""
    return len(SETTERS[verb].params) == 2


def held(verb: str, value: float) -> float:
    """`value` held within setter `verb`'s range (NaN stays NaN, to be refused): for continuous controls."""
    p = SETTERS[verb].params[-1]
    return min(max(value, p.lo), p.hi) if value == value else value


def is_reply(address: str) -> bool:
    """Addresses ravebridge itself sends: never answered, so two servers cannot ping-pong."""
    return (address in ("/rave/done", "/rave/fail") or address.endswith(".reply")
            or (address.startswith(PREFIX)
                and address.rsplit("/", 1)[-1] in ("frame", "error", "failed", "restarted")))


def check_name(name: Any, what: str = "voice name") -> str:
    why = names.problem(name, what)
    if why:
        raise CommandError(why)
    return name


def parse(command: Command) -> Call:
    """Check a command against its signature; the converted arguments or a `CommandError` with the reason."""
    address = command.address
    if not isinstance(address, str) or not address.startswith(PREFIX):
        raise CommandError(f"unknown address {address!r}: ravebridge's addresses begin with {PREFIX}")
    rest = address[len(PREFIX):]
    if any(c in rest for c in "*?[]{}"):
        raise CommandError("OSC address patterns (* ? [ ] { }) are not supported: name the voice")
    if rest in GLOBAL_VERBS:
        signature, voice = SIGNATURES[(False, rest)], None
    else:
        voice, _, verb = rest.partition("/")
        if voice in names.RESERVED or not verb:
            known = ", ".join(sorted(GLOBAL_VERBS))
            raise CommandError(f"unknown command {address!r} (server commands: {known}; see docs/osc.md)")
        if (True, verb) not in SIGNATURES:
            known = ", ".join(sorted(VOICE_VERBS))
            raise CommandError(f"unknown command {verb!r} for a voice (voice commands: {known})")
        check_name(voice)
        signature = SIGNATURES[(True, verb)]
    return Call(command, signature, voice, convert(signature.params, command.args))


def convert(params: tuple[Param, ...], args: tuple) -> tuple:
    """Arguments checked and converted one by one; the first problem is the reason."""
    out: list = []
    required = sum(1 for p in params if not p.optional and not p.many) + sum(p.least for p in params if p.many)
    fixed = [p for p in params if not p.many]
    if params and params[-1].many:
        if len(args) < required:
            raise CommandError(_count_reason(params, len(args)))
        if len(args) - len(fixed) > MAX_VALUES:
            raise CommandError(f"too many values ({len(args) - len(fixed)}; at most {MAX_VALUES})")
    elif not required <= len(args) <= len(params):
        raise CommandError(_count_reason(params, len(args)))
    for i, value in enumerate(args):
        param = params[min(i, len(params) - 1)]
        out.append(_convert(param, value, i + 1))
    return tuple(out)


def _count_reason(params: tuple[Param, ...], got: int) -> str:
    usage = " ".join(p.signature() for p in params) or "no arguments"
    return f"expects {usage}, got {got} argument{'s' if got != 1 else ''}"


def _convert(p: Param, value: Any, position: int) -> Any:
    where = f"argument {position} ({p.name})"
    if p.kind in ("name", "text"):
        if not isinstance(value, str):
            raise CommandError(f"{where} must be a string, got {_show(value)}")
        if len(value) > MAX_TEXT or not value:
            raise CommandError(f"{where} must be 1 to {MAX_TEXT} characters long")
        return check_name(value, where) if p.kind == "name" else value
    if p.kind == "value" and isinstance(value, str):
        return value
    if isinstance(value, bool) and p.kind in ("flag", "value"):   # OSC's T and F
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise CommandError(f"{where} must be a number, got {_show(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise CommandError(f"{where} is {value}: give a finite number")
    if p.kind == "flag":
        if value not in (0, 1):
            raise CommandError(f"{where} must be 0 or 1, got {value:g}")
        return bool(value)
    if p.kind == "int":
        if value != int(value):
            raise CommandError(f"{where} must be a whole number, got {value:g}")
        value = int(value)
    if (p.lo is not None and value < p.lo) or (p.hi is not None and value > p.hi):
        bounds = f"at least {p.lo:g}" if p.hi is None else f"in {p.lo:g}..{p.hi:g}"
        raise CommandError(f"{where} is {value:g}, out of range: must be {bounds}")
    return float(value) if p.kind in ("number", "value") else value


_KINDS = {str: "string", bytes: "blob", type(None): "nil", bool: "true/false", list: "array",
          tuple: "MIDI or time tag"}


def _show(value: Any) -> str:
    """A value and its OSC kind, short enough for a reason."""
    text = repr(value)
    return f"{_KINDS.get(type(value), type(value).__name__)} {text[:40] + '...' if len(text) > 40 else text}"
