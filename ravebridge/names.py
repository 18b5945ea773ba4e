"""The names a voice may take: letters, digits, _ and -, and none of the first segments the OSC namespace keeps.

Below both the rack, which names voices, and the command table, which
addresses them as /rave/<name>/<verb>: both check a name here.
"""
from __future__ import annotations

import re
from typing import Any

NAME = re.compile(r"[A-Za-z0-9_-]+\Z")
#: first address segments that belong to commands, so no voice may take them as a name
RESERVED = frozenset({"status", "voice", "notify", "midi", "wek", "master", "snapshot", "record", "quit", "done",
                      "fail"})


def problem(name: Any, what: str = "voice name") -> str | None:
    """Why `name` cannot name a voice, in one line, or None if it can."""
    if not isinstance(name, str) or not NAME.match(name):
        return f"{what} {name!r}: use letters, digits, _ and - only"
    if name in RESERVED:
        return f"{what} {name!r} is reserved for commands; choose another"
    return None
