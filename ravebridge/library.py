"""Where models are found: the model folders, and the one resolver of model names and paths.

A name (`demo`, `demo.ts`, `sub/voice`) is looked up in the folders, in order.
A path typed on the command line is the user's own file wherever it lies;
a name or path that arrives over OSC, MIDI, a session or a score is confined
to the folders (a link inside them that leads outside counts as outside), so
a message from the network cannot open a file elsewhere.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


class ModelNotFound(Exception):
    """A model name or path that names no file the caller may open (the message says which folders)."""


def model_folders() -> list[Path]:
    """Where models are looked up by name: $RAVEBRIDGE_MODELS, the checkout's models/, the installed share."""
    folders = [Path(p) for p in os.environ.get("RAVEBRIDGE_MODELS", "").split(os.pathsep) if p]
    folders.append(Path(__file__).resolve().parent.parent / "models")
    folders.append(Path(sys.prefix) / "share" / "ravebridge" / "models")
    return [f for f in folders if f.is_dir()]


def real_folders(folders=None) -> list[str]:
    """`folders` (default: `model_folders()`) as real paths, each once, in order."""
    return list(dict.fromkeys(os.path.realpath(str(f)) for f in (model_folders() if folders is None else folders)))


def resolve(model: str, folders=None, *, confined: bool) -> str:
    """The real path of `model`: a file path (anywhere unless `confined`) or a name in `folders`."""
    folders = real_folders(folders)
    if not confined:
        if os.path.isfile(model):
            return os.path.realpath(model)
        if os.path.exists(model):
            raise ModelNotFound(f"{model}: not a file")
        if os.sep in model:
            raise ModelNotFound(f"{model}: no such file")
    if not folders:
        raise ModelNotFound(f"no model {model!r}: no model folders are configured"
                            + ("" if confined else ", and no such file"))
    if os.path.isabs(model):
        candidates = [model]
    else:
        candidates = [os.path.join(f, m) for f in folders for m in (model, model + ".ts")]
    outside = False
    for candidate in candidates:
        real = os.path.realpath(candidate)
        if not any(os.path.commonpath([real, f]) == f for f in folders):
            outside = True
        elif os.path.isfile(real):
            return real
    where = ", ".join(folders)
    if outside:
        raise ModelNotFound(f"model path {model!r} leaves the model folders ({where})")
    raise ModelNotFound(f"no model {model!r} in the model folders ({where})"
                        + ("" if confined else ", and no such file"))


def demo_model() -> str:
    """The bundled demo model's path."""
    try:
        return resolve("demo.ts", confined=True)
    except ModelNotFound:
        raise ModelNotFound("the bundled demo model is missing: rebuild it with `python models/build_demo.py`") \
            from None
