"""The server's live state as a session file, kept on disk so that a restarted installation comes back as it was.

A snapshot is the `[master]`, `[voices.NAME]` and `[[regression.route]]`
tables of a session file (docs/sessions.md), written from what the rack
plays now: models, outputs, gain, mute, solo, panning, latents, bias,
scale, smoothing, attributes set, and the regression routes. Restoring is
building those tables like any session, through the same commands.

`Keeper` writes the snapshot when the state changes, at most once per
`interval`, atomically (a temporary file, fsync, rename): a power cut leaves
the old snapshot or the new one, never half of one. A write that fails (a
full disk, a folder gone) keeps the previous file, is logged once, and is
retried at the next change.
"""
from __future__ import annotations

import logging
import os
import tempfile
import threading

import tomli_w

from ..rack import Rack

log = logging.getLogger("ravebridge.snapshot")

INTERVAL = 1.0      # s between two looks at the state


def capture(rack: Rack, router=None) -> dict:
    """The rack's state as session-file tables."""
    master = rack.master
    data: dict = {"master": {"gain": master.gain, "limiter": master.limiter, "ceiling_db": master.ceiling_db},
                  "voices": {}}
    for v in rack.voices():
        table: dict = {"model": rack.model_name(v.model), "method": v.method, "outputs": list(v.outputs),
                       "gain": v.gain, "mute": v.muted, "solo": v.soloed, "smooth": v.smooth}
        if isinstance(v.input, int):
            table["input"] = v.input
        if v.pan is not None:
            table["pan"] = v.pan
        if v.follows:
            table["follow"] = v.follows
        if v.dims:
            table["latents"] = [float(x) for x in v.latents]
            table["bias"] = [float(x) for x in v.bias]
            table["scale"] = [float(x) for x in v.scale]
        inputs = [[i, kind, channel] for i, (kind, channel, _) in sorted(v.features.items())
                  if isinstance(channel, int)]     # (a pyo object given through the Python API is no session's)
        if v.notes is not None:
            table["notes"] = [v.notes[0], v.notes[1], v.notes[2].channel or 0]
        if inputs:
            table["features"] = inputs
        if v.attribute_values:
            table["attributes"] = {k: list(vals) if len(vals) != 1 else vals[0]
                                   for k, vals in v.attribute_values.items()}
        data["voices"][v.name] = table
    if router is not None and router.routes:
        data["regression"] = {"route": [{"outputs": [r.output, r.count], "voice": r.voice, "param": r.param,
                                         "index": r.index} for r in router.routes]}
    return data


def write(path: str, data: dict) -> None:
    """Replace `path` with `data` as TOML, atomically and durably."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, temporary = tempfile.mkstemp(prefix=".snapshot-", suffix=".toml", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(b"# ravebridge state snapshot: restored by `ravebridge serve --state` (docs/sessions.md)\n")
            tomli_w.dump(data, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    try:     # the rename itself survives a power cut once the folder is synced
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


class Keeper:
    """Writes the rack's state to `path` whenever it changed; `save()` writes at once."""

    def __init__(self, path: str, rack: Rack, router=None, interval: float = INTERVAL):
        self.path, self.rack, self.router, self.interval = path, rack, router, interval
        self._last: dict | None = None
        self._failing: str | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="ravebridge-snapshot", daemon=True)

    def start(self) -> "Keeper":
        self._thread.start()
        return self

    def save(self) -> str | None:
        """Write the state if it changed since the last write; the reason when the write failed (logged once)."""
        with self._lock:
            data = capture(self.rack, self.router)
            if data == self._last:
                return None
            try:
                write(self.path, data)
            except OSError as exc:
                reason = f"cannot save the state to {self.path}: {exc.strerror or exc}"
                if reason != self._failing:
                    log.error("%s (the previous snapshot is kept; retrying)", reason)
                    self._failing = reason
                return reason
            if self._failing:
                log.info("state saved to %s again", self.path)
                self._failing = None
            self._last = data
            return None

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.save()
            except Exception:   # a bug must not end the keeping
                log.exception("state snapshot failed")

    def close(self) -> None:
        """Stop, writing the last state first."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(2.0)
        self.save()
