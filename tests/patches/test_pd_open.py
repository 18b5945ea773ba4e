"""Every Pd patch we ship opens in a real, headless Pd with no error, and matches its generator."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from pdharness import PD_DIR, ROOT, console_errors, open_patch

PATCHES = sorted(PD_DIR.glob("*.pd"))


def test_there_is_a_help_patch_for_every_abstraction():
    """Each abstraction rave.X.pd ships with rave.X-help.pd, and the main patch is there."""
    names = {p.name for p in PATCHES}
    abstractions = [n for n in names if not n.endswith("-help.pd") and n.startswith("rave.")]
    assert sorted(abstractions) == ["rave.gametrak.pd", "rave.gametrak.scale.pd", "rave.regress.pd",
                                    "rave.replay.pd", "rave.server.pd", "rave.voice.pd"]
    for a in abstractions:
        assert a.replace(".pd", "-help.pd") in names
    assert "ravebridge-gametrak.pd" in names


@pytest.mark.parametrize("patch", PATCHES, ids=[p.name for p in PATCHES])
def test_patch_opens_without_errors(patch, pd_available):
    """Opening the patch (its abstractions created, loadbangs fired, a second of running) prints no
    "couldn't create", "bad arguments" or other error to Pd's console."""
    console = open_patch(patch, seconds=1.5)
    assert not console_errors(console), console


# Pd vanilla classes the patches may use (all in Pd 0.51's core: x_*.c, g_*.c, expr), plus our own
VANILLA = {
    "inlet", "outlet", "loadbang", "route", "t", "trigger", "list", "spigot", "f", "float", "symbol", "v",
    "value", "s", "send", "r", "receive", "sel", "select", "moses", "change", "until", "pack", "unpack",
    "metro", "del", "delay", "expr", "+", "-", "*", "/", "!=", "==", "print", "pdcontrol", "oscformat",
    "oscparse", "netsend", "netreceive", "makefilename", "array", "text", "declare", "swap",
    "tgl", "bng", "vsl", "hsl", "cnv",
}
OURS = {"rave.server", "rave.voice", "rave.regress", "rave.gametrak", "rave.gametrak.scale", "rave.replay"}


def object_classes(text: str) -> list[str]:
    """The class of every object box (the first word after its coordinates); subpatches are 'pd'."""
    classes = []
    for record in re.split(r"(?<!\\);\n", text):
        words = record.split()
        if len(words) >= 5 and words[:2] == ["#X", "obj"]:
            classes.append(words[4])
    return classes


def test_vanilla_objects_only_on_the_client_side():
    """Every object box is Pd vanilla or one of our abstractions; only rave.gametrak uses an external,
    [hid], and declares it."""
    for patch in PATCHES:
        classes = set(object_classes(patch.read_text()))
        unknown = classes - VANILLA - OURS
        if patch.name == "rave.gametrak.pd":
            assert unknown == {"hid"}, unknown
            assert "#X declare -lib hid;" in patch.read_text()
        else:
            assert not unknown, (patch.name, unknown)


def test_generated_files_are_up_to_date():
    """The committed patches are exactly what patches/tools/build.py writes (Pd and Max stay in step)."""
    result = subprocess.run([sys.executable, str(ROOT / "patches" / "tools" / "build.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
