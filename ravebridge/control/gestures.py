"""The gestures of a take: every command that changed what plays, written as a score beside the recording.

    take1.wav          the sound (ravebridge/recording.py)
    take1.score.txt    the state when the take began, then each command at the audio clock of the
                       buffer where it took effect, whoever sent it (OSC, MIDI, regression routes)

`ravebridge score take1.score.txt -o again.wav` plays it again offline with
nothing else: the score names the sample rate, buffer, outputs, recorded
channels, model folders and compute allowance it was played with
(docs/score.md). Commands reach this file through the dispatcher's journal;
lines are queued by the threads that run commands and written by the
recorder's writer thread, so no control thread waits on a disk.

What a re-render reproduces sample for sample: every voice created during
the take, where no block was late. Voices already playing when the take
began start again from their settings at time 0 (their model's memory of
what came before is not in the file), so their first blocks differ.
"""
from __future__ import annotations

import collections
import os
import time
from typing import Callable

from ..recording import score_path
from .commands import Command


def token(value) -> str:
    """One argument as a score reads it back: a string is always quoted (so "808" stays a string).
    ValueError for a string a score line cannot hold (both quote marks, or a line break)."""
    if isinstance(value, str):
        if "\n" in value or "\r" in value:
            raise ValueError("a line break")
        for mark in "'\"":
            if mark not in value:
                return f"{mark}{value}{mark}"
        raise ValueError("both quote marks")
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    return str(value)


def line_of(directive: str, text: str) -> str:
    """A setting line that takes a string (`folder`), or a comment where a line cannot hold it."""
    try:
        return f"{directive} {token(text)}"
    except ValueError as exc:
        return f"# {directive}: not written (a path with {exc})"


def line(seconds: float, command: Command) -> str:
    """A score line; a command a line cannot hold is kept as a comment that says why."""
    try:
        return " ".join([repr(seconds), command.address, *map(token, command.args)])
    except ValueError as exc:
        return f"# {seconds!r} {command.address}: not playable from a score (a string with {exc})"


class Gestures:
    """The score file of one take, from the sample `start` of the audio clock on.

    The dispatcher calls it (journal) from the threads that run commands; `flush` and `close` come from
    the recorder's writer thread. OSError from the file propagates, as the recording's own does."""

    def __init__(self, wav: str, dispatcher, start: int, channels: list[int], state: list[Command]):
        self.path = score_path(wav)
        self.dispatcher, self.start = dispatcher, start
        engine, rack = dispatcher.rack.engine, dispatcher.rack
        self.rate = int(engine.rate)
        self._lines: collections.deque[str] = collections.deque()
        self._file = open(self.path, "x", encoding="utf-8")      # never overwrite
        head = [f"# ravebridge take, recorded {time.strftime('%Y-%m-%d %H:%M:%S')} beside {os.path.basename(wav)}",
                f"rate {self.rate}", f"buffer {engine.period}", f"outputs {rack.outputs}", f"seed {rack.seed}",
                "channels " + " ".join(map(str, channels))]
        head += [line_of("folder", folder) for folder in rack.folders]
        head.append("# the state when the take began")
        head += [line(0.0, command) for command in state]
        head.append("# the take")
        self._file.write("\n".join(head) + "\n")
        dispatcher.journal = self

    def __call__(self, sample: int, command: Command) -> None:
        self._lines.append(line((sample - self.start) / self.rate, command))

    def flush(self) -> None:
        lines = []
        while self._lines:
            lines.append(self._lines.popleft())
        if lines:
            self._file.write("\n".join(lines) + "\n")
            self._file.flush()

    def close(self, frames: int) -> None:
        """End the score at `frames` samples of take, with the block grids and allowance it was played with."""
        if self.dispatcher.journal is self:
            self.dispatcher.journal = None
        try:
            self.flush()
            self._file.write("\n".join(_timing(self.dispatcher.rack.engine, self.start)
                                       + [f"end {frames / self.rate!r}"]) + "\n")
        finally:
            self._file.close()


def _timing(engine, start: int) -> list[str]:
    """`allowance` and `lead` lines that put an offline render's blocks where the live ones were, or comments
    saying why they cannot be.

    Offline every model's blocks start at sample 0 of the render; live, a shard's blocks start at its
    phase of the session's clock, and the take began at `start`. Played `lead` samples later (and that
    much cut from the front), the render's blocks fall where the live ones fell."""
    shards = [s for s in engine.status()["shards"] if s["live"] and not s["spare"]]
    if not shards:
        return []
    lines = []
    allowances = {s["allowance"] for s in shards}
    if engine.arrangement.allowance is not None:      # each shard's is this, or all its ring holds: so offline too
        lines.append(f"allowance {engine.arrangement.allowance}")
    elif len(allowances) == 1:
        lines.append(f"allowance {allowances.pop()}")
    else:
        lines.append(f"# compute allowances differed between models ({sorted(allowances)}): a render with one "
                     "allowance puts some voices' blocks elsewhere")
    widest = max(shards, key=lambda s: s["block"])
    lead = (start - widest["phase"]) % widest["block"]
    if any((start - lead - s["phase"]) % s["block"] for s in shards):
        lines.append("# the models' block grids were staggered live: this lead puts the blocks of the model with "
                     "the widest block where they were, not every model's")
    if lead:
        lines.append(f"lead {lead / engine.rate!r}")
    return lines


def opener(dispatcher, state: Callable[[], list[Command]]) -> Callable[[str, int, list[int]], Gestures]:
    """What a `Recorder` calls to start a take's score: (wav path, start sample, channels) -> Gestures."""
    return lambda wav, start, channels: Gestures(wav, dispatcher, start, channels, state())
