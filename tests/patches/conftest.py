"""Fixtures for the patch tests: a headless Pure Data with harness patches."""
from __future__ import annotations

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))

from pdharness import Harness, pd_binary  # noqa: E402


@pytest.fixture(scope="session")
def pd_available():
    if pd_binary() is None:
        pytest.fail("Pure Data is not installed (the test command installs puredata-core and pd-hid)")
    return pd_binary()


@pytest.fixture
def harness(tmp_path, pd_available):
    """make(instances, ...) -> a started Harness; every harness is stopped after the test."""
    made = []

    def make(instances, **kw) -> Harness:
        h = Harness(tmp_path, instances, **kw)
        made.append(h)
        return h.start()

    yield make
    for h in made:
        h.stop()
