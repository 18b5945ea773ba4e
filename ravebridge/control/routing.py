"""Regression outputs steering voices inside the server, with no network hop.

A route sends a run of the stage's outputs (numbered from 1, as Wekinator
numbers them) to one voice command that sets a number (`commands.SETTERS`):
consecutive latent dimensions with `dim`, `bias` or `scale` from a starting
index (from 0, as everywhere in /rave/), or `gain`, `db`, `smooth` or `pan`
with one output. `latent` is the name routes have always used for `dim`.
Many routes make a many-to-many map; `/wek/outputs` still goes to external
listeners at the same time.

Each prediction becomes commands for the dispatcher, so a routed value
passes the checks an OSC command passes, once. A regression output is a
continuous control, so it is held within the command's range rather than
refused; NaN is refused and logged.
"""
from __future__ import annotations

import dataclasses
import logging

import numpy as np

from ..logs import Once
from ..rack import RackError
from .commands import SETTERS, Command, held, indexed

log = logging.getLogger("ravebridge.routing")

FORMER = {"latent": "dim"}     # names a route's parameter had before it named the command


@dataclasses.dataclass(frozen=True)
class Route:
    output: int        # first regression output, 1-based
    count: int
    voice: str
    param: str         # a key of commands.SETTERS, or a FORMER name
    index: int = 0     # first latent dimension, 0-based (dim, bias, scale)

    @property
    def verb(self) -> str:
        return FORMER.get(self.param, self.param)

    def to_list(self) -> list:
        return [self.output, self.count, self.voice, self.param, self.index]


class Router:
    """Turns each prediction of the stage into commands for the routed voices (an output listener)."""

    def __init__(self, dispatcher):
        self.dispatcher = dispatcher
        self.routes: tuple[Route, ...] = ()
        self._reported = Once()

    def add(self, route: Route) -> Route:
        """Check a route against the rack now, so a mistake is answered instead of ignored later."""
        if route.verb not in SETTERS:
            raise RackError(f"unknown parameter {route.param!r} (routable: {', '.join(['latent', *SETTERS])})")
        voice = self.dispatcher.rack.voice(route.voice)
        if not indexed(route.verb):
            if route.count != 1:
                raise RackError(f"{route.param} takes one output, not {route.count}")
        elif route.index + route.count > voice.dims:
            raise RackError(f"dimensions {route.index}..{route.index + route.count - 1} do not exist: "
                            f"voice {route.voice!r} has {voice.dims} (0..{voice.dims - 1})")
        self.routes = tuple(r for r in self.routes if r != route) + (route,)
        return route

    def remove(self, voice: str | None = None) -> int:
        kept = tuple(r for r in self.routes if voice is not None and r.voice != voice)
        removed = len(self.routes) - len(kept)
        self.routes = kept
        return removed

    def __call__(self, values: np.ndarray) -> None:
        for route in self.routes:
            chunk = values[route.output - 1: route.output - 1 + route.count]
            if len(chunk) < route.count:
                self._report(route, f"the stage has {len(values)} outputs, the route needs "
                                    f"{route.output}..{route.output + route.count - 1}")
                continue
            voice = self.dispatcher.rack.find(route.voice) if route.verb == "dim" else None
            bounds = voice.bounds if voice is not None and voice.dims else None
            for command in commands(route, chunk, bounds):   # answered at once, or once a voice being created exists
                self.dispatcher.submit(command).add_done_callback(
                    lambda done, route=route: done.result().ok or self._report(route, done.result().reason))

    def _report(self, route: Route, reason: str) -> None:
        """Log a broken route once, not at every prediction."""
        if self._reported(route):
            log.warning("route %s: %s", route.to_list(), reason)


def commands(route: Route, chunk, bounds=None) -> list[Command]:
    """The commands one prediction's `chunk` of outputs means for `route`; `bounds(index)` (lo, hi), where
    given, holds each dimension within what its unit accepts (a pitch in Hz), inside the command's range."""
    address = f"/rave/{route.voice}/{route.verb}"
    if not indexed(route.verb):
        return [Command(address, (held(route.verb, float(chunk[0])),))]
    out = []
    for i, v in enumerate(chunk):
        value = held(route.verb, float(v))
        if bounds is not None and value == value:
            lo, hi = bounds(route.index + i)
            value = min(max(value, lo), hi)
        out.append(Command(address, (route.index + i, value)))
    return out
