#!/usr/bin/env python3
"""Export a genuine RAVE model with UNTRAINED (randomly initialised) weights, through RAVE's own export.

Install (all pure Python, without dependencies, so the pinned torch stays as it is; the line that worked):

    python3 -m pip install -q --no-deps acids-rave==2.3.1 gin-config==0.5.0 einops==0.8.2 absl-py==2.5.1 \
        gputil==1.4.0 tqdm==4.70.1 pytorch-lightning==2.6.6 lightning-utilities==0.15.3 torchmetrics==1.9.0

next to nn_tilde==1.6.0, cached_conv==2.5.0, numpy, scipy and (optionally) scikit-learn, which
scripts/test.sh installs already. `pip show torch` still says 2.13.0 after it.

What it does, all with the `rave` package's own code (nothing of RAVE is copied here):

1. parses RAVE's shipped gin config (`v2`, `v2_small`, ...) and builds `rave.RAVE()` from it, seeded
   so that the same seed gives the same weights, as `rave train` does before its first step;
2. writes a run folder the way `rave train` leaves one: `config.gin` (gin's operative config) and a
   checkpoint holding the model's `state_dict` (the untrained weights);
3. runs RAVE's own export, `rave export --run <ckpt> [--streaming]` (scripts/export.py's `main`), in
   this process, and moves the file it writes to OUTPUT.

The weights are NOT trained: the model's sound is noise-like and meaningless. What is genuine is
everything ravebridge cares about: the TorchScript graph, the nn~ interface (methods, *_params,
attributes, labels), the cached-conv streaming state, the sample rate (44.1 kHz), block ratio, cost,
and the noise RAVE's decode draws for the latent dimensions beyond `latent_size`.

Untrained, RAVE's `fidelity` buffer is all zeros, so its export keeps a single latent dimension
(`latent_size` 1). `--latent-size N` (a power of two) writes a fidelity curve into the checkpoint
that makes RAVE's own rule (first dimension past `--fidelity`) keep N, as trained models usually
have 4 to 16.

RAVE imports a few libraries at module level that it uses only for training (losses,
discriminator spectrograms, the dataset, PCA). torchaudio cannot be installed next to this torch
(its compiled extension is built for one torch release; torchaudio 2.11.1 fails to load with
2.13.0), and librosa, lmdb and udls are left out to keep the install pure Python. Each one that is
not importable is stood in for by a module whose objects can be built but raise if ever called;
nothing in the exported graph uses them (the export would fail if it did). RAVE 2.3.1 also predates
numpy 2 and scipy 1.14: `adapt_to_current_scipy_and_numpy` restores the three scipy names its
PQMF filter design uses, unchanged in meaning.

Usage:
    python3 scripts/export_rave_untrained.py OUTPUT.ts [--config v2_small] [--no-streaming]
        [--seed 0] [--latent-size N]

For example, the files used to check ravebridge against genuine RAVE exports:
    python3 scripts/export_rave_untrained.py /tmp/rb/rave_v2.ts --config v2
    python3 scripts/export_rave_untrained.py /tmp/rb/rave_v2_small.ts --config v2_small
    python3 scripts/export_rave_untrained.py /tmp/rb/rave_v2_nonstreaming.ts --config v2 --no-streaming

One export per process (RAVE's export sets global state: gin bindings, absl flags and
cached_conv's streaming switch).
"""
from __future__ import annotations

import argparse
import glob
import importlib
import importlib.abc
import importlib.machinery
import os
import shutil
import sys
import tempfile
import types

#: Packages RAVE 2.3.1 imports at module level but uses only for training (data, losses,
#: discriminator spectrograms, PCA of the latent space). Stood in for only when not importable.
TRAINING_ONLY = ("torchaudio", "librosa", "lmdb", "udls", "sklearn")


class _StandIns(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds a stand-in module for every module of the packages it was given."""

    def __init__(self, packages: set[str]):
        self.packages = packages

    def find_spec(self, fullname, path=None, target=None):
        if fullname.partition(".")[0] in self.packages:
            return importlib.machinery.ModuleSpec(fullname, self, is_package=True)
        return None

    def create_module(self, spec):
        return _stand_in(spec.name)

    def exec_module(self, module):
        pass


def _stand_in(name: str) -> types.ModuleType:
    """A module whose every attribute is an nn.Module class that builds fine and raises when called."""
    import torch

    class TrainingOnly(torch.nn.Module):
        def __init__(self, *args, **kwargs):
            super().__init__()

        def forward(self, *args, **kwargs):
            raise RuntimeError(f"{name} is a stand-in here: RAVE uses it only for training")

    module = types.ModuleType(name, f"stand-in for {name} (training only, not importable here)")
    module.__path__ = []

    def __getattr__(attr: str):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return type(attr, (TrainingOnly,), {})

    module.__getattr__ = __getattr__
    return module


def provide_training_only_modules() -> list[str]:
    """Stand in for each training-only package that cannot be imported; return their names."""
    missing = set()
    for name in TRAINING_ONLY:
        try:
            importlib.import_module(name)
        except Exception:  # ImportError, or OSError from a compiled extension built for another torch
            missing.add(name)
            for loaded in [m for m in sys.modules if m.partition(".")[0] == name]:
                del sys.modules[loaded]
    if missing:
        sys.meta_path.insert(0, _StandIns(missing))
    return sorted(missing)


def adapt_to_current_scipy_and_numpy() -> None:
    """Three API changes since RAVE 2.3.1 (December 2023), met before RAVE imports the names.

    - scipy 1.13 removed `scipy.signal.kaiser`, long deprecated in favour of the same function in
      `scipy.signal.windows` (RAVE's PQMF filter design imports it).
    - numpy 2 no longer turns a one-element array into a Python number with int(); RAVE's PQMF
      design passes scipy's optimiser's one-element array to `scipy.signal.kaiserord`, which calls
      int() on a value computed from it. The wrapper hands kaiserord that element as a number.
    - scipy 1.14 removed `firwin`'s `nyq=` (deprecated since 1.0); `fs=2 * nyq` says the same.
    """
    import functools

    import numpy as np
    import scipy.signal
    import scipy.signal.windows

    if not hasattr(scipy.signal, "kaiser"):
        scipy.signal.kaiser = scipy.signal.windows.kaiser
    original = scipy.signal.kaiserord
    if not getattr(original, "_accepts_one_element_arrays", False):
        @functools.wraps(original)
        def kaiserord(ripple, width):
            if np.ndim(width) and np.size(width) == 1:
                width = float(np.asarray(width).reshape(()))
            return original(ripple, width)

        kaiserord._accepts_one_element_arrays = True
        scipy.signal.kaiserord = kaiserord
    original_firwin = scipy.signal.firwin
    if not getattr(original_firwin, "_accepts_nyq", False):
        @functools.wraps(original_firwin)
        def firwin(*args, nyq=None, **kwargs):
            if nyq is not None:
                kwargs["fs"] = 2 * nyq
            return original_firwin(*args, **kwargs)

        firwin._accepts_nyq = True
        scipy.signal.firwin = firwin


def export(output: str, config: str = "v2_small", streaming: bool = True, seed: int = 0,
           latent_size: int | None = None, fidelity: float = 0.95) -> str:
    """Build RAVE from `config` with untrained weights and export it with RAVE's export to `output`."""
    replaced = provide_training_only_modules()
    adapt_to_current_scipy_and_numpy()
    import gin
    import torch

    import rave
    from scripts import export as rave_export  # RAVE's scripts/export.py (installed by acids-rave)

    if replaced:
        print(f"stand-ins for training-only modules: {', '.join(replaced)}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="rave_untrained_") as run:
        # as `rave train` does: parse the config, bind the channels, build the model, keep the config
        gin.clear_config()
        gin.bind_parameter("RAVE.n_channels", 1)
        gin.parse_config_files_and_bindings([config if config.endswith(".gin") else config + ".gin"], [])
        torch.manual_seed(seed)
        model = rave.RAVE()
        if latent_size is not None:
            full = int(model.fidelity.numel())
            if latent_size < 1 or latent_size & (latent_size - 1) or latent_size >= full:
                raise SystemExit(f"--latent-size must be a power of two below {full}")
            # a cumulative explained-variance curve crossing `fidelity` right at dimension `latent_size`
            curve = torch.full((full,), fidelity / 2)
            curve[latent_size:] = 1.0
            model.fidelity.copy_(curve)
        with open(os.path.join(run, "config.gin"), "w") as f:
            f.write(gin.operative_config_str())
        checkpoint = os.path.join(run, "untrained.ckpt")
        torch.save({"state_dict": model.state_dict(), "global_step": 0}, checkpoint)
        del model
        gin.clear_config()

        # `rave export --run <ckpt> [--streaming]`, as rave's command line runs it
        name = "untrained"
        argv = ["export", f"--run={checkpoint}", f"--output={run}", f"--name={name}",
                f"--fidelity={fidelity}", "--streaming" if streaming else "--nostreaming"]
        rave_export.FLAGS(argv)
        rave_export.main(argv)
        written = glob.glob(os.path.join(run, name + "*.ts"))
        if len(written) != 1:
            raise SystemExit(f"RAVE's export wrote {written or 'nothing'}")
        os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
        shutil.move(written[0], output)
    return output


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output", help="the .ts file to write")
    parser.add_argument("--config", default="v2_small", help="RAVE's config name (v2, v2_small, ...)")
    parser.add_argument("--no-streaming", dest="streaming", action="store_false",
                        help="export without --streaming (no cached convolutions: clicks when played by blocks)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random initial weights")
    parser.add_argument("--latent-size", type=int, default=None,
                        help="latent dimensions the export keeps (power of two; default: RAVE's choice, 1)")
    parser.add_argument("--fidelity", type=float, default=0.95, help="rave export --fidelity")
    args = parser.parse_args(argv)
    path = export(args.output, args.config, args.streaming, args.seed, args.latent_size, args.fidelity)
    print(path)


if __name__ == "__main__":
    main()
