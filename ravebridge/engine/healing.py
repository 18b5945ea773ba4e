"""Self-healing: the voices of a worker that dies or hangs play again by themselves.

The supervisor notices the failure (`Shard.check`) and tells the healer,
whose thread does all the slow work, so that neither the supervisor nor the
audio thread ever waits on it. The failed worker's voices move to a warm
*spare* of their model: a worker loaded and warmed up like any other, but
idle and at ordinary priority, so that warming it never takes a core from a
live worker. They join it through the queue a new voice takes, at the
spare's next block boundary, so their rows start from reset state and no
other voice is touched. A new spare then loads in the background. Without
a warm spare the voices wait for one to load (seconds).

A model that keeps failing is not restarted in a tight loop: the first
failure is healed at once, each further one waits twice as long as the
last (1, 2, 4 ... 60 s), and a restart that held for a minute resets the
count. Every failure and restart is logged and kept as an `Event`, which
the OSC server pushes to its subscribers.

Offline (blocking) engines heal nothing: a restart would land at a point
of the render that depends on wall-clock time. They log the failure, and
`Voice.restart()` brings the voice back.

Once the server is stopping (`stop`: Ctrl-C, SIGTERM, /rave/quit) nothing
is healed, and no failure is reported: a worker that ends then ends because
the server does.
"""
from __future__ import annotations

import collections
import dataclasses
import heapq
import itertools
import logging
import queue
import threading
import time
from typing import TYPE_CHECKING, Callable

from .shard import Shard

if TYPE_CHECKING:
    from .engine import Engine, ModelGroup

log = logging.getLogger("ravebridge.engine")

RETRY_FIRST = 1.0       # s: the second failure in a row waits this long, each further one twice as long
RETRY_MAX = 60.0
STABLE_SECONDS = 60.0   # a restart that held this long resets the back-off
LOAD_SECONDS = 600.0    # a spare not warm by then is stopped (and counts as a failure)
EVENTS_KEPT = 256
_STOP = object()


class Backoff:
    """How long one model waits before its next restart."""

    def __init__(self):
        self.failures = 0
        self.restarted_at: float | None = None

    def failed(self, now: float) -> float:
        """A failure at `now` (monotonic seconds): the delay before the next attempt."""
        if self.restarted_at is not None and now - self.restarted_at >= STABLE_SECONDS:
            self.failures = 0
        self.restarted_at = None
        self.failures += 1
        return 0.0 if self.failures == 1 else min(RETRY_MAX, RETRY_FIRST * 2 ** (self.failures - 2))

    def restarted(self, now: float) -> None:
        self.restarted_at = now


@dataclasses.dataclass(frozen=True)
class Event:
    """A voice's worker failed (`seconds` until the next attempt), or the voice is back (silent for `seconds`)."""

    seq: int
    kind: str           # "failed" or "restarted"
    voice: object
    reason: str
    seconds: float


@dataclasses.dataclass
class _Model:
    """The healer's state for one model group (healer thread only)."""

    backoff: Backoff = dataclasses.field(default_factory=Backoff)
    loading: list = dataclasses.field(default_factory=list)   # spares warming up
    spares: list = dataclasses.field(default_factory=list)    # warm spares
    failed: list = dataclasses.field(default_factory=list)    # failed shards whose voices wait
    reported: int = 0                                         # failures posted, not yet in `failed`
    retry_at: float = 0.0                                     # back-off: nothing starts or moves before


class Healer:
    """Replaces failed workers on its own thread; other threads only post to it."""

    def __init__(self, engine: "Engine"):
        self.engine = engine
        self.enabled = not engine.blocking
        self.last = 0                   # seq of the newest event
        self._models: dict["ModelGroup", _Model] = {}
        self._work: queue.SimpleQueue = queue.SimpleQueue()
        self._timers: list = []         # (monotonic time, order, fn)
        self._order = itertools.count()
        self._events: collections.deque = collections.deque(maxlen=EVENTS_KEPT)
        self._spares_lock = threading.Lock()   # warm spares are also taken by new shards (`take_spare`)
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="ravebridge-healer", daemon=True)
        self._thread.start()

    # ---- any thread ----
    def opened(self, group: "ModelGroup") -> None:
        """A model has a new worker: give it its spares."""
        self._work.put(lambda: self._provide(group))

    def take_spare(self, group: "ModelGroup") -> Shard | None:
        """A warm spare for a new shard of `group`, so that a new voice plays without a load (control thread).

        Voices of a failed worker waiting for one come first. The healer warms
        a replacement once the taker reports the new shard (`opened`).
        """
        model = self._models.get(group)
        if model is None:
            return None
        with self._spares_lock:
            if model.reported or model.failed or not model.spares:
                return None
            return model.spares.pop(0)

    def failed(self, group: "ModelGroup", shard: Shard) -> None:
        """A warm worker died or hung (supervisor thread)."""
        if self._stopping:
            return
        counted = not shard.standby    # its voices come before new voices for the next spare (`take_spare`)
        if counted:
            with self._spares_lock:
                self._model(group).reported += 1
        self._work.put(lambda: self._failed(group, shard, counted))

    def events(self, after: int) -> list[Event]:
        """Failures and restarts newer than seq `after` (the last EVENTS_KEPT at most)."""
        return [e for e in tuple(self._events) if e.seq > after]

    def stop(self) -> None:
        """The server is stopping (any thread, a signal handler too): from now on nothing is healed and no
        failure is reported; the healer thread ends without starting anything more."""
        self._stopping = True
        self._work.put(_STOP)

    def close(self) -> None:
        self.stop()
        self._thread.join(2.0)

    # ---- healer thread ----
    def _run(self) -> None:
        while True:
            timeout = max(0.0, self._timers[0][0] - time.monotonic()) if self._timers else None
            try:
                work = self._work.get(timeout=timeout)
            except queue.Empty:
                work = None
            if work is _STOP or self._stopping or self.engine.closing:
                return
            try:
                if work is not None:
                    work()
                while self._timers and self._timers[0][0] <= time.monotonic() and not self._stopping:
                    heapq.heappop(self._timers)[2]()
            except Exception:     # a bug must not end healing for good
                log.exception("healing failed")

    def _later(self, delay: float, fn: Callable[[], None]) -> None:
        heapq.heappush(self._timers, (time.monotonic() + delay, next(self._order), fn))

    def _model(self, group: "ModelGroup") -> _Model:
        return self._models.setdefault(group, _Model())

    def _event(self, kind: str, voice, reason: str, seconds: float) -> None:
        self.last += 1
        self._events.append(Event(self.last, kind, voice, reason, seconds))

    def _back_off(self, group: "ModelGroup", model: _Model) -> float:
        now = time.monotonic()
        delay = model.backoff.failed(now)
        model.retry_at = now + delay
        self._later(delay, lambda: self._provide(group))
        return delay

    def _failed(self, group: "ModelGroup", shard: Shard, counted: bool) -> None:
        if self._stopping:     # (stopped while this waited)
            return
        model = self._model(group)
        if shard.standby:             # a spare died before taking voices
            with self._spares_lock:
                for spares in (model.loading, model.spares):
                    if shard in spares:
                        spares.remove(shard)
            self.engine.unwatch(shard)
            delay = self._back_off(group, model)
            log.error("%s: spare worker %d failed: %s; another in %g s", group.name, shard.id, shard.error, delay)
            return
        voices = _voices(shard)
        if not self.enabled:
            with self._spares_lock:
                model.reported -= counted
            log.error("%s: %s (worker %d, %d voice(s)); Voice.restart() brings them back",
                      group.name, shard.error, shard.id, len(voices))
            return
        delay = self._back_off(group, model)
        with self._spares_lock:        # from now on `model.failed` holds it back from new voices
            model.failed.append(shard)
            model.reported -= counted
        log.error("%s: %s (worker %d, %d voice(s)); restarting %s", group.name, shard.error, shard.id,
                  len(voices), f"in {delay:g} s" if delay else "now")
        for _, voice in voices:
            self._event("failed", voice, shard.error, delay)

    def _provide(self, group: "ModelGroup") -> None:
        """Move waiting voices to warm spares, and keep spares coming, unless backing off."""
        model = self._model(group)
        if not self.enabled or self._stopping or self.engine.closing or time.monotonic() < model.retry_at:
            return
        while model.failed:
            failed = model.failed[0]
            voices = _voices(failed)
            if voices:
                with self._spares_lock:
                    spare = model.spares.pop(0) if model.spares else None
                if spare is None:
                    break
                if not self._move(group, model, failed, spare, voices):
                    continue
            with self._spares_lock:
                model.failed.pop(0)
            group.discard(failed)
        while len(model.loading) + len(model.spares) < self.engine.spares + len(model.failed):
            spare = group.start_shard(standby=True)
            model.loading.append(spare)
            spare.ready.add_done_callback(lambda _, s=spare: self._work.put(lambda: self._warmed(group, s)))
            self._later(LOAD_SECONDS, lambda s=spare: self._overdue(group, s))

    def _overdue(self, group: "ModelGroup", spare: Shard) -> None:
        if not spare.ready.done():
            log.error("%s: spare worker %d not warm after %g s; stopping it", group.name, spare.id, LOAD_SECONDS)
            spare.process.kill()      # the supervisor sees it die: its load fails

    def _warmed(self, group: "ModelGroup", spare: Shard) -> None:
        model = self._model(group)
        if spare not in model.loading:
            return
        model.loading.remove(spare)
        if spare.ready.exception() is not None:
            self.engine.unwatch(spare)
            delay = self._back_off(group, model)
            log.error("%s: a new worker failed to start: %s; next attempt in %g s", group.name, spare.error, delay)
            for failed in model.failed:
                for _, voice in _voices(failed):
                    self._event("failed", voice, spare.error, delay)
            return
        if not spare.alive:
            return                    # died once warm: `_failed` has it
        group.finish(spare)
        with self._spares_lock:
            model.spares.append(spare)
        log.info("%s: spare worker %d is warm", group.name, spare.id)
        self._provide(group)

    def _move(self, group: "ModelGroup", model: _Model, failed: Shard, spare: Shard, voices: list) -> bool:
        """Give the voices of `failed` to `spare`, each keeping its row; False if the spare is unusable."""
        if not group.promote(spare):
            return False
        spare.allowance = failed.allowance          # the voices keep their latency and block timing
        spare.phase = failed.phase
        spare.hang_seconds = self.engine.hang_limit(spare)
        spare.taken |= {row for row, _ in voices}
        self.engine.unwatch(failed)              # the audio thread lets go of it from its next buffer
        moved = []
        for row, voice in voices:
            if voice.rehome(failed, spare, row):
                moved.append(voice)
            else:                                 # freed or restarted by hand meanwhile
                group.release(spare, row)
        group.adopt(spare, failed)
        now = time.monotonic()
        model.backoff.restarted(now)
        silent = now - failed.last_progress + self.engine.latency(spare) / self.engine.rate
        log.warning("%s: %d voice(s) of worker %d restarted on spare worker %d, silent for about %.2f s",
                    group.name, len(moved), failed.id, spare.id, silent)
        for voice in moved:
            self._event("restarted", voice, "", silent)
        return True


def _voices(shard: Shard) -> list[tuple[int, object]]:
    """(row, voice) of the voices still on `shard`, playing or about to join."""
    found = {}
    for _, voice in shard.members + tuple(shard.joins.copy()):
        row = voice.row_on(shard)
        if row is not None:
            found[id(voice)] = (row, voice)
    return list(found.values())
