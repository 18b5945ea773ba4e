"""The command table: what each command accepts, and docs/osc.md documenting exactly that."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ravebridge.control.commands import SIGNATURES, Command, CommandError, is_reply, parse

DOC = (Path(__file__).resolve().parents[2] / "docs" / "osc.md").read_text()


@pytest.mark.parametrize("spec", SIGNATURES.values(), ids=[s.address() for s in SIGNATURES.values()])
def test_every_command_is_documented_with_its_arguments(spec):
    """docs/osc.md has one table row per command, with the arguments the table of specs checks, the
    reply, and the same async and time-tag marks."""
    rows = [line for line in DOC.splitlines() if line.startswith(f"| `{spec.address()}` |")]
    assert len(rows) == 1, spec.address()
    cells = [c.strip() for c in rows[0].strip("|").split("|")]
    arguments = " ".join(p.signature() for p in spec.params)
    assert cells[1] == (f"`{arguments}`" if arguments else "–")
    assert cells[2].replace("`", "") == spec.reply
    assert cells[3] == ("async" if spec.asynchronous else "no")
    assert cells[4] == ("yes" if spec.timed else "no")


def test_documented_addresses_all_exist():
    """No row in the command table names a command that does not exist."""
    table = DOC[DOC.index("## Commands"):DOC.index("## Pushes")]
    documented = set(re.findall(r"^\| `(/rave/[^`]+)` \|", table, re.M))
    assert documented == {s.address() for s in SIGNATURES.values()}


def test_numbers_as_max_and_pd_send_them():
    """Ints where floats are expected (Max), whole floats where ints are expected (Pd), T/F for flags."""
    assert parse(Command("/rave/v/gain", (1,))).args == (1.0,)
    assert parse(Command("/rave/v/dim", (2.0, 1))).args == (2, 1.0)
    assert parse(Command("/rave/v/mute", (True,))).args == (True,)
    assert parse(Command("/rave/v/out", ())).args == ()
    assert parse(Command("/rave/voice/new", ("a", "demo", "encode", 3.0))).args == ("a", "demo", "encode", 3)
    with pytest.raises(CommandError, match="whole number, got 2.5"):
        parse(Command("/rave/v/dim", (2.5, 1)))


def test_addresses_ravebridge_sends_are_recognised():
    """Replies and pushes are never commands (so they are never answered)."""
    for address in ("/rave/done", "/rave/fail", "/rave/status.reply", "/rave/voice/list.reply",
                    "/rave/lead/frame", "/rave/lead/error", "/rave/lead/failed", "/rave/lead/restarted"):
        assert is_reply(address)
    for address in ("/rave/status", "/rave/lead/gain", "/rave/voice/new"):
        assert not is_reply(address)


def test_every_command_names_a_handler_and_every_handler_serves_a_command():
    """The table is the only list of verbs: each entry names the dispatcher method that runs it, and the
    dispatcher has no handler that no entry names (a handler left behind by a removed command)."""
    from ravebridge.control.dispatcher import Dispatcher
    named = {s.handler for s in SIGNATURES.values()}
    assert all(callable(getattr(Dispatcher, "_" + name, None)) for name in named), \
        sorted(n for n in named if not hasattr(Dispatcher, "_" + n))
    handlers = {n[1:] for n, f in vars(Dispatcher).items()
                if callable(f) and n.startswith("_") and not n.startswith("__")
                and f.__code__.co_varnames[:5] == ("self", "call", "voice", "origin", "at")}
    assert handlers == named, (sorted(handlers - named), sorted(named - handlers))


def test_midi_and_routes_drive_the_commands_that_set_one_number():
    """MIDI mappings and regression routes take their parameters from the table: every voice command that sets
    one number, whether it takes a latent index, and (for MIDI) a learn range within the command's range."""
    from ravebridge.control.commands import SETTERS, indexed
    from ravebridge.control.midi import PARAMS
    assert set(SETTERS) == {"dim", "bias", "scale", "smooth", "gain", "db", "pan"}
    assert set(PARAMS) == set(SETTERS)
    for verb, (needs_index, (lo, hi)) in PARAMS.items():
        value = SETTERS[verb].params[-1]
        assert needs_index == indexed(verb) == (SETTERS[verb].params[0].name == "index"), verb
        assert value.lo <= lo < hi <= value.hi, verb


def test_the_journal_is_told_each_command_that_changed_what_plays_at_its_time(served):
    """The dispatcher tells its journal (a take's score) each command whose table entry is `sounding`, once
    it succeeded, with the sample time it took effect at: a new voice when it was added (what its fade-in
    counts from), an immediate command at the audio clock, a timed one at its time. Queries and refused
    commands are not told."""
    s = served()
    d, told = s.dispatcher, []
    d.journal = lambda sample, command: told.append((sample, command.address))
    assert d.call(Command("/rave/voice/new", ("a", "hold"))).ok
    began = s.rack.voice("a").began
    s.render(0.1)
    now = s.engine.time
    assert now > began
    for command, at in [(Command("/rave/a/dim", (0, 0.5)), None), (Command("/rave/a/gain", (0.5,)), now + 4800),
                        (Command("/rave/status"), None), (Command("/rave/a/get"), None),
                        (Command("/rave/a/dim", (9, 0.5)), None), (Command("/rave/b/gain", (0.5,)), None)]:
        d.submit(command, at=at).result(60)
    assert told == [(began, "/rave/voice/new"), (now, "/rave/a/dim"), (now + 4800, "/rave/a/gain")]
