"""Regression outputs steering voices inside the server, with no network hop.

A route sends a run of the stage's outputs (numbered from 1, as Wekinator
numbers them) to one voice parameter: consecutive latent dimensions (or their
bias or scale) from a starting index (from 0, as everywhere in /rave/), or the
voice's gain. Many routes make a many-to-many map; `/wek/outputs` still goes
to external listeners at the same time.
"""
from __future__ import annotations

import dataclasses
import logging

import numpy as np

from ..logs import Once
from ..rack import Rack, RackError

log = logging.getLogger("ravebridge.routing")

PARAMS = ("latent", "bias", "scale", "gain", "db")


@dataclasses.dataclass(frozen=True)
class Route:
    output: int        # first regression output, 1-based
    count: int
    voice: str
    param: str
    index: int = 0     # first latent dimension, 0-based (latent, bias, scale)

    def to_list(self) -> list:
        return [self.output, self.count, self.voice, self.param, self.index]


class Router:
    """Applies each prediction of the stage to the routed voice parameters (an output listener)."""

    def __init__(self, rack: Rack):
        self.rack = rack
        self.routes: tuple[Route, ...] = ()
        self._reported = Once()

    def add(self, route: Route) -> Route:
        """Check a route against the rack now, so a mistake is answered instead of ignored later."""
        if route.param not in PARAMS:
            raise RackError(f"unknown parameter {route.param!r} (routable: {', '.join(PARAMS)})")
        voice = self.rack.voice(route.voice)
        if route.param in ("gain", "db"):
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
            try:
                self._apply(route, chunk)
            except (RackError, ValueError, IndexError) as exc:   # voice freed, NaN output...
                self._report(route, str(exc))

    def _apply(self, route: Route, chunk: np.ndarray) -> None:
        voice = self.rack.voice(route.voice)
        if route.param == "gain":
            voice.set_gain(max(0.0, float(chunk[0])))
        elif route.param == "db":
            voice.set_gain(10.0 ** (float(chunk[0]) / 20.0))
        else:
            setter = {"latent": voice.set_latent, "bias": voice.set_bias, "scale": voice.set_scale}[route.param]
            for i, value in enumerate(chunk):
                setter(route.index + i, float(value))

    def _report(self, route: Route, reason: str) -> None:
        """Log a broken route once, not at every prediction."""
        if self._reported(route):
            log.warning("route %s: %s", route.to_list(), reason)
