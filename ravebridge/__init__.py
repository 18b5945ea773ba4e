"""ravebridge: a neural-audio server hosting nn~-compatible models (RAVE) as pyo voices."""
import os

os.environ.setdefault("PYO_GUI_WX", "0")  # headless by design: no wxPython probing on import

__version__ = "0.1.0"

__all__ = ["Engine", "Voice", "Decoder", "Encoder", "Transfer"]


def __getattr__(name):
    """Import pyo-dependent parts on first use, so `ravebridge.model` works without audio."""
    if name == "Engine":
        from .engine.engine import Engine
        return Engine
    if name in ("Voice", "Decoder", "Encoder", "Transfer"):
        from . import voices
        return getattr(voices, name)
    raise AttributeError(f"module 'ravebridge' has no attribute {name!r}")
