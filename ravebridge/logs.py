"""Logging for the process: human lines on stderr and, optionally, a rotated JSON Lines file.

An installation runs unattended for days, so the file is rotated by size
(never more than `max_bytes` × (`backups` + 1) on disk) and each line is one
JSON object that `jq` or a log shipper reads without guessing: time, level,
logger, message, the fields a caller attaches with `extra=` (`voice`,
`event`, ...), and an exception as one more field. A log file that cannot be
opened or written is said once on stderr; the server plays on.
"""
from __future__ import annotations

import datetime
import json
import logging
import logging.handlers
import sys
import threading

MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5
LEVELS = ("debug", "info", "warning", "error")
CONSOLE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

#: attributes every LogRecord has: anything else on a record came from `extra=`
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}
_installed: list[logging.Handler] = []


def configure(level: str | int = "info", file: str | None = None, max_bytes: int = MAX_BYTES,
              backups: int = BACKUPS) -> None:
    """Set up the root logger for this process; calling it again replaces what it set up before.

    `level` is a name of LEVELS or a logging level. `file`, when given, also
    receives every record as a JSON line, rotated at `max_bytes` keeping
    `backups` old files (both at least 1: a zero would let the file grow forever).
    """
    if max_bytes < 1 or backups < 1:
        raise ValueError("max_bytes and backups must be at least 1, or the log file grows without bound")
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    root.setLevel(level.upper() if isinstance(level, str) else level)
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(logging.Formatter(CONSOLE_FORMAT))
    _installed.append(console)
    if file is not None:
        try:
            _installed.append(RotatingJsonFile(file, max_bytes, backups))
        except OSError as exc:
            _unwritable(file, "cannot open", exc, "logging on stderr only")
    for handler in _installed:
        root.addHandler(handler)


class JsonLines(logging.Formatter):
    """One record as one JSON object on one line (newlines in messages and tracebacks are escaped)."""

    def format(self, record: logging.LogRecord) -> str:
        when = datetime.datetime.fromtimestamp(record.created).astimezone()
        entry = {"time": when.isoformat(timespec="milliseconds"), "level": record.levelname,
                 "logger": record.name, "message": record.getMessage()}
        for key, value in record.__dict__.items():
            if key not in _STANDARD:
                entry.setdefault(key, value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, default=str)   # ASCII only: no U+2028 or NEL to split a line on


class RotatingJsonFile(logging.handlers.RotatingFileHandler):
    """JSON Lines in a file rotated by size; its first failure is reported in one line, then it stays quiet.

    Later records are still tried, so the file resumes by itself when the disk has room again.
    """

    def __init__(self, path: str, max_bytes: int = MAX_BYTES, backups: int = BACKUPS):
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
        self.setFormatter(JsonLines())
        self.failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        exc = sys.exc_info()[1]
        if not isinstance(exc, OSError):
            super().handleError(record)     # a faulty log call, not the file: say so as logging does
        elif not self.failed:
            self.failed = True
            _unwritable(self.baseFilename, "cannot write", exc, "logging on stderr only until it can")


def _unwritable(path: str, what: str, exc: OSError, then: str) -> None:
    """One line, in the manner of the CLI's errors, instead of logging's traceback per record."""
    sys.stderr.write(f"ravebridge: log file {path}: {what} ({exc.strerror or exc}); {then}\n")


class Once:
    """Which keys were reported already, so a repeated problem is logged once.

    At most `limit` keys are kept (the oldest forgotten first), so a stream of
    distinct keys (senders, reasons) cannot grow it in a server that runs for days.
    """

    def __init__(self, limit: int = 256):
        self.limit = limit
        self._seen: dict = {}
        self._lock = threading.Lock()

    def __call__(self, key) -> bool:
        """True the first time `key` is seen (or once it has been forgotten)."""
        with self._lock:
            if key in self._seen:
                return False
            if len(self._seen) >= self.limit:
                del self._seen[next(iter(self._seen))]
            self._seen[key] = None
            return True
