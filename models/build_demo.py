"""Rebuild models/demo.ts, the demo model shipped with ravebridge.

Usage: python models/build_demo.py [OUT]   (default: models/demo.ts next to this script)
Needs the `build` extra (nn_tilde, cached_conv). The result is deterministic:
rebuilding gives a model with numerically identical outputs.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ravebridge.export.demo import export_demo  # noqa: E402

if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "demo.ts"
    export_demo(str(out), seed=0)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
