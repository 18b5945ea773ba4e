"""ravebridge: a neural-audio server hosting nn~-compatible models (RAVE) as pyo voices."""
import os

os.environ.setdefault("PYO_GUI_WX", "0")  # headless by design: no wxPython probing on import

__version__ = "0.1.0"
