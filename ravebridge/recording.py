"""Recording what the server plays to a WAV file while it plays.

    master output (after the limiter) ──▶ TableFill ──▶ ring table ──▶ writer thread ──▶ take.wav

The audio thread runs no Python for a recording: pyo's TableFill writes each
buffer into a ring table inside the buffer it computes, and a writer thread
copies what is new every `POLL` seconds into the file (32-bit float, the
server's rate). The header is rewritten after every write, so the file is a
valid WAV at any moment: after a crash, a pulled plug or a full disk, what
was written plays.

A disk that fills or a file that cannot be written ends the recording: the
reason is kept (`status().stopped`) and logged; the music plays on. A
writer held up for longer than the ring lost what was overwritten: silence
of that length keeps the file in time with the performance, and the
log says how long. A file reaching `max_bytes` (or `max_seconds`) is closed
and the recording goes on in the next one (`take.wav`, `take-001.wav`, ...),
so a recorder left running for a week stays within WAV's 4 GiB and the
disk's patience.

Paths come from the network, so they are confined to the recordings folder,
and an existing file is never overwritten.

Given `gestures` (control/gestures.py), a take also writes its score beside
the WAV: the writer thread writes the commands that changed what plays in
the same loop as the sound.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import struct
import threading
import time

import numpy as np
import pyo

log = logging.getLogger("ravebridge.recording")

RING_SECONDS = 4.0       # how long the writer may be held up before audio is lost
POLL = 0.05              # s between the writer's looks at the ring
MAX_BYTES = 4_000_000_000        # WAV's sizes are 32-bit: a file is closed before them
HEADER = 44


def score_path(wav: str) -> str:
    """Where a take's score goes: `take1.wav` -> `take1.score.txt`."""
    return wav[:-4] + ".score.txt"


class RecordingError(Exception):
    """A recording that cannot start (a path outside the folder or taken, one already running)."""


@dataclasses.dataclass(frozen=True)
class Status:
    recording: bool
    path: str               # the file being written (or the last one)
    seconds: float          # written to it
    free_bytes: int         # on its disk
    stopped: str = ""       # why the last recording ended by itself ("" while it runs or when stopped)


class Recorder:
    """Records a rack's master output; `start`, `stop`, `status` from any thread but the audio thread."""

    def __init__(self, rack, folder: str, *, max_bytes: int = MAX_BYTES, max_seconds: float | None = None,
                 gestures=None):
        """Records `rack`'s master (its engine gives the clock); files go inside `folder`. `gestures`, if
        given, is called as gestures(wav path, first sample, channels) when a take starts, and returns its
        score's writer (`control.gestures.Gestures`)."""
        self.rack, self.master, self.engine = rack, rack.master, rack.engine
        self.gestures = gestures
        self.folder = os.path.realpath(folder)
        self.rate = int(self.engine.rate)
        self.max_bytes, self.max_seconds = max_bytes, max_seconds
        self._lock = threading.Lock()
        self._take: _Take | None = None
        self._last = Status(False, "", 0.0, 0)

    def start(self, path: str | None = None, channels=None) -> str:
        """Start writing `channels` (default: every output) to `path` in the folder; the file's full path.
        Channels the server lacks raise the rack's RackError."""
        channels = self.rack.check_outputs(channels) if channels else list(range(self.rack.outputs))
        with self._lock:
            if self._take is not None and self._take.running:
                raise RecordingError(f"already recording to {self._take.path}: stop it first")
            target = self.place(path)
            try:
                self._take = _Take(self, target, channels)
            except OSError as exc:
                raise RecordingError(f"cannot write {target}: {exc.strerror or exc}") from None
            self._last = Status(True, target, 0.0, _free(target))
        log.info("recording %d channel(s) to %s", len(channels), target)
        return target

    def stop(self) -> Status:
        """Stop (what the ring holds is written first); the file written and its length."""
        with self._lock:
            take, self._take = self._take, None
        if take is not None:
            take.close()
            self._last = take.status()
            log.info("recorded %.1f s to %s", self._last.seconds, self._last.path)
        return self.status()

    def status(self) -> Status:
        take = self._take
        if take is not None:
            return take.status()
        return dataclasses.replace(self._last, recording=False,
                                   free_bytes=_free(self._last.path or self.folder))

    def close(self) -> None:
        self.stop()

    def place(self, path: str | None) -> str:
        """`path` inside the recordings folder (a name by default), or the reason it cannot be written."""
        if not path:
            path = time.strftime("ravebridge-%Y%m%d-%H%M%S.wav")
        if not path.lower().endswith(".wav"):
            path += ".wav"
        full = os.path.realpath(os.path.join(self.folder, path))
        if os.path.commonpath([full, self.folder]) != self.folder:
            raise RecordingError(f"{path}: recordings are written inside {self.folder}; give a name there")
        for taken in (full, score_path(full)) if self.gestures else (full,):
            if os.path.exists(taken):
                raise RecordingError(f"{taken} exists: choose another name (a recording never overwrites a file)")
        os.makedirs(os.path.dirname(full), exist_ok=True)
        return full



class _Take:
    """One recording: its ring on the server, its writer thread, the files it writes in turn."""

    def __init__(self, recorder: Recorder, path: str, channels: list[int]):
        self.recorder, self.path, self.channels = recorder, path, channels
        self.file = _Wav(path, len(channels), recorder.rate)     # first: a file refused costs no ring
        self.files = [path]
        master, period = recorder.master, recorder.engine.period
        self.size = int(RING_SECONDS * recorder.rate) // period * period
        self.ring = pyo.DataTable(self.size, chnls=len(channels))
        self.views = [np.asarray(self.ring.getBuffer(c)) for c in range(len(channels))]
        self.fill = pyo.TableFill(pyo.Sig([master.output[c] for c in channels]), self.ring)
        self.read = 0                   # ring position the writer has copied up to
        self.clock = recorder.engine.time   # samples the server has computed, when `read` was taken
        self.frames = 0                 # written to the current file
        self.written = 0                # written in all
        self.gestures = None
        if recorder.gestures is not None:
            try:
                self.gestures = recorder.gestures(path, self.clock, channels)
            except BaseException:
                self.fill.stop()
                self.file.close()
                raise
        self.reason = ""
        self.running = True
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._write, name="ravebridge-recorder", daemon=True)
        self._thread.start()

    def status(self) -> Status:
        return Status(self.running, self.file.path, self.frames / self.recorder.rate, _free(self.file.path),
                      self.reason)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.fill.stop()

    def _write(self) -> None:
        try:
            while not self._stop.wait(POLL):
                self._copy()
            self._copy()
        except OSError as exc:
            self.reason = f"{exc.strerror or exc} (the file written so far is kept)"
            log.error("recording to %s stopped: %s", self.file.path, self.reason)
        finally:
            self.running = False
            self.file.close()
            if self.gestures is not None:
                try:
                    self.gestures.close(self.written)
                except OSError as exc:
                    log.error("the score of %s ends early: %s", self.path, exc.strerror or exc)

    def _copy(self) -> None:
        """Write what the ring gained since the last look (and silence for what a long hold-up lost)."""
        pos, clock = int(self.fill.getCurrentPos()), self.recorder.engine.time
        gained = (pos - self.read) % self.size
        if clock - self.clock >= self.size:        # the writer was held up longer than the ring
            lost = clock - self.clock - gained
            log.warning("recording to %s: %.2f s lost (the disk or the machine held the writer up); "
                        "silence keeps the file in time", self.file.path, lost / self.recorder.rate)
            self._frames(np.zeros((lost, len(self.channels)), np.float32))
        self.clock = clock
        if gained:
            end = self.read + gained
            parts = [np.concatenate((v[self.read:], v[:end - self.size])) if end > self.size else v[self.read:end]
                     for v in self.views]
            self.read = end % self.size
            self._frames(np.stack(parts, axis=1))
        if self.gestures is not None:
            self.gestures.flush()

    def _frames(self, frames: np.ndarray) -> None:
        """Append frames, going on in the next file where this one is full."""
        rec = self.recorder
        per_file = rec.max_bytes // (4 * len(self.channels)) - HEADER
        if rec.max_seconds:
            per_file = min(per_file, int(rec.max_seconds * rec.rate))
        while len(frames):
            room = per_file - self.frames
            if room <= 0:
                self._next_file()
                continue
            self.file.append(frames[:room])
            self.frames += min(room, len(frames))
            self.written += min(room, len(frames))
            frames = frames[room:]

    def _next_file(self) -> None:
        self.file.close()
        stem = self.path[:-4]
        path = f"{stem}-{len(self.files):03d}.wav"
        self.file = _Wav(path, len(self.channels), self.recorder.rate)
        self.files.append(path)
        self.frames = 0
        log.info("recording goes on in %s", path)


class _Wav:
    """A 32-bit float WAV file whose header always matches what it holds.

    Written unbuffered, straight to the file descriptor: a buffered file that meets a full disk keeps the
    bytes it could not write and tries them again on every later call, truncate included, so the file could
    not be cut back to its last whole write."""

    def __init__(self, path: str, channels: int, rate: int):
        self.path, self.channels, self.rate = path, channels, rate
        self.data = 0
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)      # never overwrite
        try:
            self._write(self._header())
        except OSError:
            self.close()
            raise

    def append(self, frames: np.ndarray) -> None:
        raw = memoryview(np.ascontiguousarray(frames, "<f4")).cast("B")
        try:
            self._write(raw)
        except OSError:
            self._truncate()         # a partial frame at the end would misalign every later sample
            raise
        self.data += len(raw)
        os.pwrite(self._fd, self._header(), 0)      # over bytes the file holds already: needs no room

    def _write(self, raw) -> None:
        done = 0
        while done < len(raw):          # a short write is how a disk says it has room for part only
            done += os.write(self._fd, raw[done:])

    def _header(self) -> bytes:
        block = 4 * self.channels
        return (b"RIFF" + struct.pack("<I", 36 + self.data) + b"WAVE"
                + b"fmt " + struct.pack("<IHHIIHH", 16, 3, self.channels, self.rate, self.rate * block, block, 32)
                + b"data" + struct.pack("<I", self.data))

    def _truncate(self) -> None:
        try:
            os.ftruncate(self._fd, HEADER + self.data)
            os.lseek(self._fd, HEADER + self.data, os.SEEK_SET)
        except OSError:
            pass              # the header is right for the last whole write; the rest is beyond it

    def close(self) -> None:
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            try:
                os.close(fd)
            except OSError:
                pass


def _free(path: str) -> int:
    """Bytes free on the disk of `path` (its folder while it does not exist yet)."""
    try:
        return shutil.disk_usage(path if os.path.isdir(path) else os.path.dirname(path) or ".").free
    except OSError:
        return 0
