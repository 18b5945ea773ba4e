"""The one exception the stage raises for requests it refuses.

Its message is what the OSC adapter sends back as /wekinator/status/error, so
it is written for the performer: what was wrong and what to do.
"""
from __future__ import annotations

from .project import ProjectError


class StageError(Exception):
    """A request the stage refuses; the message says why."""


def reading(fn, *args):
    """Run a reader or parser; its errors (bad file, bad value) become StageErrors."""
    try:
        return fn(*args)
    except KeyError as e:
        raise StageError(f"missing {e} in the file") from None
    except (ProjectError, ValueError, TypeError) as e:
        raise StageError(str(e)) from None
