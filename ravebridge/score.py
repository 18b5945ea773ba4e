"""Offline rendering of a timed score: OSC commands with times, played into a multichannel WAV.

A score does exactly what OSC does: each line is a `Command` run through the
real dispatcher on a real rack, on a pyo server in manual mode that this
module steps buffer by buffer. Every command runs just before the server
buffer that holds its time, with that sample time as its `at`, as an OSC
bundle's messages do. Asynchronous commands (loading a model, attributes)
are waited for: they take seconds of wall-clock time but none of score time.
docs/score.md describes the format.
"""
from __future__ import annotations

import dataclasses
import math
import os
import shlex
import tempfile
import time
from typing import Callable

import numpy as np
import pyo

from .control.commands import Command, CommandError, parse
from .control.dispatcher import Reply
from .control.session import Running, Session
from .render import read_audio
from .library import model_folders

TAIL = 2.0   # s rendered after the last command when no length is given


class ScoreError(Exception):
    """A score that cannot be played; `problems` lists each one as `file:line: reason`."""

    def __init__(self, problems: list[str]):
        super().__init__(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}")
        self.problems = problems


@dataclasses.dataclass(frozen=True)
class Event:
    """A command and its time in seconds; `line` names it in messages."""

    time: float
    command: Command
    line: int = 0


@dataclasses.dataclass
class Score:
    """Events in file order, the length the file asks for, the folder its models may sit in, and the
    settings it asks to be played with (a recorded take names those it was played with)."""

    events: list[Event]
    end: float | None = None
    source: str = "score"
    folder: str | None = None
    rate: int | None = None
    buffer: int | None = None
    outputs: int | None = None
    allowance: int | None = None        # compute allowance, in buffers of `buffer`
    lead: float = 0.0                   # s played before time 0, then cut: where live blocks fell
    channels: list[int] | None = None   # the outputs the WAV keeps
    seed: int | None = None             # every model's random draws
    folders: list[str] = dataclasses.field(default_factory=list)


#: directive -> (field, kind of each value, lowest, highest); `channels` takes one or more, `folder` repeats
SETTINGS = {"rate": ("rate", int, 8000, 384000), "buffer": ("buffer", int, 16, 8192),
            "outputs": ("outputs", int, 1, 256), "allowance": ("allowance", int, 1, 64),
            "lead": ("lead", float, 0.0, 3600.0), "channels": ("channels", int, 0, 255),
            "seed": ("seed", int, 0, 2**31 - 1)}


def read_score(path: str) -> Score:
    """Read and check every line; raises ScoreError listing every problem with its line number."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ScoreError([f"{path}: {getattr(exc, 'strerror', None) or exc}"]) from None
    score = Score([], source=path, folder=os.path.dirname(os.path.abspath(path)))
    problems = []
    for number, text in enumerate(lines, 1):
        try:
            _line(score, number, text)
        except ValueError as exc:
            problems.append(f"{path}:{number}: {exc}")
    if problems:
        raise ScoreError(problems)
    return score


def _line(score: Score, number: int, text: str) -> None:
    """Add one line's event (or its `end`) to `score`; ValueError says what is wrong with it."""
    lexer = shlex.shlex(text, posix=False)   # posix=False keeps quotes, so "808" stays a string
    lexer.whitespace_split, lexer.commenters = True, "#"
    try:
        tokens = list(lexer)
    except ValueError as exc:   # an unclosed quote
        raise ValueError(str(exc).lower()) from None
    if not tokens:
        return
    if tokens[0] == "end":
        if len(tokens) != 2:
            raise ValueError("expects `end <seconds>`")
        if score.end is not None:
            raise ValueError(f"a second `end` (the first says {score.end:g} s)")
        end = _time(tokens[1])
        if end == 0:
            raise ValueError("end must be after 0 s")
        score.end = end
        return
    if tokens[0] == "folder":
        if len(tokens) != 2:
            raise ValueError("expects `folder <path>` (quote a path with spaces)")
        score.folders.append(str(_value(tokens[1])))
        return
    if tokens[0] in SETTINGS:
        _setting(score, tokens)
        return
    if len(tokens) < 2 or not tokens[1].startswith("/"):
        raise ValueError("expected `<seconds> <OSC address> [arguments...]` or `end <seconds>`")
    when, address = _time(tokens[0]), tokens[1]
    command = Command(address, tuple(_value(t) for t in tokens[2:]))
    try:
        call = parse(command)
    except CommandError as exc:
        raise ValueError(f"{address}: {exc}") from None
    if call.signature.verb == "midi/learn":
        raise ValueError(f"{address}: waits for a MIDI controller, which a score cannot play")
    score.events.append(Event(when, command, number))


def _setting(score: Score, tokens: list[str]) -> None:
    """A `rate`, `buffer`, `outputs`, `allowance`, `lead`, `channels` or `seed` line, checked."""
    name, values = tokens[0], [_value(t) for t in tokens[1:]]
    field, kind, lo, hi = SETTINGS[name]
    many = name == "channels"
    if not values or (len(values) != 1 and not many):
        raise ValueError(f"expects `{name} <{'values...' if many else 'value'}>`")
    if getattr(score, field) not in (None, 0.0):
        raise ValueError(f"a second `{name}`")
    for v in values:
        if isinstance(v, str) or isinstance(v, bool) or (kind is int and not isinstance(v, int)) \
                or not lo <= v <= hi:
            raise ValueError(f"{name} {v}: must be {'a whole number' if kind is int else 'a number'} in {lo}..{hi}")
    if many and len(set(values)) != len(values):
        raise ValueError(f"{name}: a channel named twice")
    setattr(score, field, list(values) if many else kind(values[0]))


def _time(token: str) -> float:
    try:
        value = float(token)
    except ValueError:
        raise ValueError(f"time {token!r} is not a number of seconds") from None
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"time {token} must be a finite number of seconds from 0")
    return value


def _value(token: str):
    """A quoted token is a string; otherwise an int for integral text, a float, or a string."""
    if token[0] in "\"'":
        return shlex.split(token)[0]
    for kind in (int, float):
        try:
            return kind(token)
        except ValueError:
            pass
    return token


def render_score(score: Score, session: Session | None = None, *, outputs: int | None = None,
                 sample_rate: int | None = None, buffer: int | None = None, duration: float | None = None,
                 models: dict[str, str] | None = None, progress: Callable[[str], None] | None = None,
                 on_reply: Callable[[Event, Reply], None] | None = None) -> tuple[np.ndarray, int]:
    """Build `session` (if any), play the score on top and return (audio (outputs, samples), rate).

    Options left at None come from the score's settings, else the session, else `AudioConfig`; the
    score's allowance holds only at its own buffer size. The length is `duration`, else the score's
    `end`, else its last event + TAIL; /rave/quit ends it early. The score's `lead` is played first and
    cut; its `channels` are the outputs returned. A command that fails raises ScoreError naming its line.

    `models` plays other model files than the score names ({name in the score: model to play}: a draft
    played live, the final model for the record). Then a command that no longer fits (an index beyond the
    new model's latents, say) is told to `progress` with its line and skipped, and the render goes on.
    """
    session = dataclasses.replace(session or Session("score", folders=[str(f) for f in model_folders()],
                                                     wek_port=0))
    audio = session.audio
    buffer = buffer or score.buffer or audio.buffer_size
    session.audio = dataclasses.replace(audio, audio="manual", outputs=outputs or score.outputs or audio.outputs,
                                        sample_rate=sample_rate or score.rate or audio.sample_rate,
                                        buffer_size=buffer)
    if score.allowance and buffer == score.buffer and session.allowance is None:
        session.allowance = score.allowance
    if score.seed is not None:
        session.seed = score.seed
    channels = score.channels or list(range(session.audio.outputs))
    beyond = [c for c in channels if c >= session.audio.outputs]
    if beyond:
        raise ScoreError([f"{score.source}: channels {beyond} are beyond the {session.audio.outputs} outputs"])
    models = {name: os.path.abspath(file) if os.path.isfile(file) else file for name, file in (models or {}).items()}
    session.folders = session.folders + score.folders + ([score.folder] if score.folder else []) + \
        [os.path.dirname(file) for file in models.values() if os.path.isabs(file)]   # files the caller names
    events = sorted(score.events, key=lambda e: e.time)   # stable: equal times keep file order
    seconds = duration or score.end or (events[-1].time if events else 0.0) + TAIL
    lead = [dataclasses.replace(e, time=e.time + score.lead, command=_swap(e.command, models)) for e in events]
    running = Running(session, report=progress, listen=False)   # SessionError: the session's problems
    try:
        with tempfile.TemporaryDirectory() as folder:
            wav = os.path.join(folder, "score.wav")
            length = _play(running, lead, score.lead + seconds, score.source, wav, progress, on_reply,
                           strict=not models)
            cut = round(score.lead * running.engine.rate)
            return read_audio(wav, running.engine.rate)[channels, cut:length], running.engine.rate
    finally:
        running.close()


def _swap(command: Command, models: dict[str, str]) -> Command:
    """`command` with its model (of voice/new or load) replaced as `models` says."""
    where = 1 if command.address == "/rave/voice/new" else 0 if command.address.endswith("/load") else None
    if where is None or len(command.args) <= where or command.args[where] not in models:
        return command
    args = list(command.args)
    args[where] = models[args[where]]
    return Command(command.address, tuple(args))


def _play(running: Running, events: list[Event], seconds: float, source: str, wav: str,
          progress, on_reply, strict: bool = True) -> int:
    """Step the server through the events into `wav`; the number of samples the score lasts. Not
    `strict`: a command that fails is told to `progress` and skipped."""
    server, engine, dispatcher = running.server, running.engine, running.dispatcher
    end = round(seconds * engine.rate)
    shown = time.monotonic()

    def advance(until: int) -> None:
        """Compute buffers until the one holding sample `until` is next; say how far, once a second."""
        nonlocal shown
        while engine.time + engine.period <= until:
            server.process()
            if progress and time.monotonic() - shown >= 1.0:
                shown = time.monotonic()
                progress(f"rendered {engine.time / engine.rate:.1f} of {seconds:g} s")

    server.start()
    # what the master sends, as a live recording taps it: the server's own recorder scales by its output
    # amplitude, which ramps up from 0 at start and settles 8e-7 short of 1
    master = running.rack.master
    record = pyo.Record(master.output, filename=wav, chnls=master.outputs, fileformat=0, sampletype=3,
                        buffering=1)
    try:
        for event in events:
            at = round(event.time * engine.rate)
            if at >= end:
                if progress:
                    progress(f"{source}:{event.line}: at {event.time:g} s, after the end ({seconds:g} s): not played")
                continue
            advance(at)
            reply = dispatcher.submit(event.command, at=at).result()
            if on_reply:
                on_reply(event, reply)
            if not reply.ok:
                problem = f"{source}:{event.line}: {event.command.address}: {reply.reason}"
                if strict:
                    raise ScoreError([problem])
                if progress:
                    progress(f"{problem} (no longer fits: skipped)")
            if running.stopped.is_set():      # /rave/quit
                end = at
                break
        advance(end + engine.period - 1)
    finally:
        record.stop()
        server.stop()
    return end
