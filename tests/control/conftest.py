"""Fixtures for the control tests (the harness is in control_harness.py)."""
from __future__ import annotations

import os

import pytest

from control_harness import Served


@pytest.fixture
def served(model_files, tmp_path):
    """make(**kw) -> Served on an offline server (or audio="jack"), closed after the test."""
    made = []

    def make(**kw) -> Served:
        s = Served(os.path.dirname(model_files["hold"]), tmp_path, **kw)
        made.append(s)
        return s
    yield make
    for s in made:
        s.close()
