"""Command line for the regression stage: ``ravebridge regression ...``.

The lead attaches the ``regression`` group to the main ravebridge CLI; it also
runs alone: ``python -m ravebridge.regression.cli serve``.
"""
from __future__ import annotations

import json
import signal
import sys
import threading

import click
import numpy as np

from . import project as proj
from .outputs import OutputSpec
from .stage import RegressionStage, StageError
from .wekinator import WekinatorServer


@click.group("regression")
def regression():
    """Wekinator-compatible interactive regression (headless)."""


def _existing_project(path: str) -> str:
    if not proj.is_project(path):
        raise click.ClickException(f"{path} is not a ravebridge regression project")
    return path


@regression.command()
@click.argument("project", type=click.Path(file_okay=False))
@click.option("--workers", type=int, default=None, help="Training processes (default: one per CPU).")
def train(project, workers):
    """Train every output of a saved PROJECT and save the models into it."""
    try:
        with RegressionStage(project=_existing_project(project), workers=workers) as stage:
            stage.add_status_listener(_report)
            stage.train().result()
            stage.save().result()
            click.echo(f"trained {int(stage.trained.sum())} of {stage.n_outputs} outputs "
                       f"on {stage.n_examples} examples; saved {project}")
    except StageError as e:
        raise click.ClickException(str(e)) from None


@regression.command()
@click.argument("project", type=click.Path(file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def info(project, as_json):
    """Show a PROJECT's inputs, outputs, algorithms, example counts and trained state."""
    try:
        loaded = proj.read_project(_existing_project(project))
        summary = _summary(loaded)
    except (proj.ProjectError, ValueError) as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        click.echo(json.dumps(summary, indent=1))
        return
    click.echo(f"{project}: {summary['examples']} examples, generation {summary['generation']}")
    click.echo(f"inputs ({len(summary['inputs'])}): {', '.join(summary['inputs'])}")
    for i, o in enumerate(summary["outputs"], 1):
        selected = "all" if o["inputs"] is None else ",".join(map(str, o["inputs"]))
        click.echo(f"  {i:2d} {o['name']}: [{o['min']:g}, {o['max']:g}] {o['type']} {o['limits']}, "
                   f"{o['algorithm']['name']}, inputs {selected}, {o['examples']} examples, "
                   f"{'trained' if o['trained'] else 'untrained'}")


def _summary(loaded: proj.LoadedProject) -> dict:
    specs = [OutputSpec.from_dict(d) for d in loaded.outputs or []]
    counts = loaded.table.counts() if loaded.table is not None else np.zeros(len(specs), dtype=int)
    trained = loaded.models.trained if loaded.models else np.zeros(len(specs), dtype=bool)
    outputs = [dict(s.to_dict(), examples=int(c), trained=bool(t)) for s, c, t in zip(specs, counts, trained)]
    return {"inputs": loaded.inputs or [], "outputs": outputs,
            "examples": 0 if loaded.table is None else len(loaded.table),
            "generation": loaded.manifest.get("generation"), "damaged_journal_lines": loaded.skipped_lines,
            "metadata": loaded.manifest.get("metadata") or {}}


@regression.command("import-wekinator")
@click.argument("wekfolder", type=click.Path(exists=True))
@click.argument("project", type=click.Path(file_okay=False))
def import_wekinator(wekfolder, project):
    """Import the examples of the Wekinator project WEKFOLDER into a new PROJECT."""
    try:
        with RegressionStage(workers=0) as stage:
            stage.load(wekfolder)
            stage.save(project).result()
            click.echo(f"imported {stage.n_inputs} inputs, {stage.n_outputs} outputs, "
                       f"{stage.n_examples} examples into {project}")
    except StageError as e:
        raise click.ClickException(str(e)) from None


@regression.command()
@click.option("--in-port", type=int, default=6448, show_default=True, help="UDP port for inputs and control.")
@click.option("--in-host", default="0.0.0.0", show_default=True, help="Interface to listen on.")
@click.option("--out-host", default="127.0.0.1", show_default=True, help="Where outputs and status go.")
@click.option("--out-port", type=int, default=12000, show_default=True)
@click.option("--project", type=click.Path(file_okay=False), help="Project folder to load, or to create.")
def serve(in_port, in_host, out_host, out_port, project):
    """Run the stage alone, headless, until Ctrl-C or SIGTERM."""
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        stage = RegressionStage(project=project)
    except StageError as e:
        raise click.ClickException(str(e)) from None
    stage.add_status_listener(_report_errors)
    server = WekinatorServer(stage, in_host=in_host, in_port=in_port, out_host=out_host, out_port=out_port)
    server.start()
    click.echo(f"listening on {in_host}:{server.port}, sending to {out_host}:{out_port}"
               + (f", project {project}" if project else ""))
    sys.stdout.flush()
    while not stop.wait(0.5):
        pass
    server.close()
    stage.close()
    click.echo("stopped")


def _report(kind, *args):
    if kind == "training":
        click.echo(f"training {args[0]:.0%}", err=True)
    _report_errors(kind, *args)


def _report_errors(kind, *args):
    if kind == "error":
        click.echo(f"error ({args[0]}): {args[1]}", err=True)


if __name__ == "__main__":
    regression()
