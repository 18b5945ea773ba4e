"""Interactive regression: a headless, Wekinator-compatible stage inside ravebridge.

Record examples (controller pose -> latent values), train one model per
output in worker processes, run: see docs/regression.md.
"""
from .learners import Algorithm
from .outputs import OutputSpec
from .stage import RegressionStage, StageError
from .wekinator import WekinatorServer

__all__ = ["Algorithm", "OutputSpec", "RegressionStage", "StageError", "WekinatorServer"]
