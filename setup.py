"""Everything is declared in setup.cfg; this file adds the one optional C part (engine/mklvendor.c)."""
from setuptools import Extension, setup

# optional: without a C compiler ravebridge installs and runs, its workers only lose MKL's fast path on AMD
setup(ext_modules=[Extension("ravebridge.engine.mklvendor", ["ravebridge/engine/mklvendor.c"], optional=True)])
