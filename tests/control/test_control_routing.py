"""Regression outputs routed into voices inside the server (no network hop), set over OSC."""
from __future__ import annotations

import os
import textwrap

import numpy as np
import pytest

from ravebridge.control.routing import Router
from ravebridge.control.session import SessionError
from ravebridge.regression import Algorithm, RegressionStage


def _trained_stage() -> RegressionStage:
    """A real stage, trained inline on a known linear map 2 inputs -> 3 outputs."""
    stage = RegressionStage(2, 3, workers=0)
    for j in range(3):
        stage.set_output(j, min=-3.0, max=3.0, algorithm=Algorithm("linear"))
    rng = np.random.default_rng(0)
    for x in rng.uniform(0, 1, size=(60, 2)):
        stage.record(list(x), [x[0], x[1], x[0] - x[1]])
    assert stage.train().result(60)
    return stage


def test_routes_steer_voice_latents_and_gain(served):
    """Outputs 1-2 drive latents 1-2 of voice a, output 3 its gain; each prediction lands in the voice."""
    s = served()
    c = s.client
    c.done("/rave/voice/new", "a", "hold")
    s.dispatcher.router = router = Router(s.dispatcher)
    stage = _trained_stage()
    stage.add_output_listener(router)
    c.done("/rave/wek/route", 1, 2, "a", "latent", 1)
    c.done("/rave/wek/route", 3, 1, "a", "gain")
    assert c.done("/rave/wek/routes") == [1, 2, "a", "latent", 1, 3, 1, "a", "gain", 0]
    stage.start_running()
    stage.process([0.8, 0.3])
    voice = s.rack.voice("a")
    np.testing.assert_allclose(voice.voice.row.target[1:3], [0.8, 0.3], atol=1e-3)
    assert voice.voice.row.target[0] == 0.0                  # not routed, untouched
    assert abs(voice.gain - 0.5) < 1e-3
    assert c.done("/rave/wek/unroute", "a") == [2]
    stage.process([0.1, 0.1])
    np.testing.assert_allclose(voice.voice.row.target[1:3], [0.8, 0.3], atol=1e-3)
    stage.close(save=False)


def test_bad_routes_are_refused_with_reasons(served):
    """Unknown voice or parameter, dimensions past the voice's, gain with several outputs, no stage."""
    s = served()
    c = s.client
    c.done("/rave/voice/new", "a", "hold")
    assert c.ask("/rave/wek/route", 1, 2, "a", "latent")[0] == "/rave/fail"   # no stage yet
    s.dispatcher.router = Router(s.dispatcher)
    for args, reason in [((1, 2, "nobody", "latent"), "nobody"),
                         ((1, 2, "a", "pitch"), "unknown parameter"),
                         ((1, 3, "a", "latent", 2), "do not exist"),
                         ((1, 2, "a", "gain"), "one output"),
                         ((0, 2, "a", "latent"), "output")]:
        kind, params = c.ask("/rave/wek/route", *args)
        assert kind == "/rave/fail" and reason in params[-1], (args, kind, params)
    assert c.done("/rave/wek/routes") == []


def test_session_routes_are_checked_with_key_paths(tmp_path, model_files):
    """[[regression.route]] entries become routes after the voices are built; a route to a missing voice,
    past the voice's dimensions, or malformed, is reported with its key path."""
    from ravebridge.control.session import check, load
    folder = os.path.dirname(model_files["hold"])
    path = tmp_path / "s.toml"
    path.write_text(textwrap.dedent(f"""
        [server]
        models = ["{folder}"]

        [voices.a]
        model = "hold"

        [regression]
        port = 6448

        [[regression.route]]
        outputs = [1, 4]
        voice = "a"
        param = "latent"

        [[regression.route]]
        outputs = [5, 2]
        voice = "a"
        param = "latent"
        index = 3

        [[regression.route]]
        outputs = [7, 1]
        voice = "ghost"
        param = "gain"
        """))
    problems = check(load(str(path)))
    assert problems[0].startswith("regression.route[1]: dimensions 3..4 do not exist")
    assert problems[1].startswith("regression.route[2]: ") and "ghost" in problems[1]
    assert len(problems) == 2
    path.write_text(path.read_text().replace("outputs = [7, 1]", "outputs = 7"))
    with pytest.raises(SessionError) as err:
        load(str(path))
    assert err.value.problems == ["regression.route[2].outputs: must be a list"]


def test_routed_values_pass_the_commands_checks_held_within_their_range(served, caplog):
    """A routed value goes through the same command as one sent over OSC: a gain of 40 is held at the
    command's 16, a pan route (a command routes never had a path of their own for) moves the voice, `dim`
    is the same as `latent`, and a NaN output is refused, logged once, and leaves the voice as it was."""
    s = served()
    c = s.client
    c.done("/rave/voice/new", "a", "hold")
    c.done("/rave/a/out", 0, 1)
    s.dispatcher.router = router = Router(s.dispatcher)
    c.done("/rave/wek/route", 1, 1, "a", "gain")
    c.done("/rave/wek/route", 2, 1, "a", "pan")
    c.done("/rave/wek/route", 3, 2, "a", "dim", 2)
    router(np.array([40.0, 0.25, 0.5, -0.5]))
    voice = s.rack.voice("a")
    assert voice.gain == 16.0 and voice.pan == 0.25
    np.testing.assert_allclose(voice.voice.row.target[2:4], [0.5, -0.5])
    with caplog.at_level("WARNING", "ravebridge.routing"):
        for _ in range(3):
            router(np.array([np.nan, 0.75, 0.1, 0.2]))
    assert voice.gain == 16.0 and voice.pan == 0.75        # the gain refused, the other routes applied
    warned = [r.getMessage() for r in caplog.records if r.name == "ravebridge.routing"]
    assert len(warned) == 1 and "finite" in warned[0], warned
