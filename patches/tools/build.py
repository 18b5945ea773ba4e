"""Write every generated patch: Pd (patches/pd), Max (patches/max), the demo recording (patches/data).

    python patches/tools/build.py           # write
    python patches/tools/build.py --check   # exit 1 if any file differs from what would be written
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_pd  # noqa: E402
import make_replay  # noqa: E402

PATCHES = HERE.parent


def outputs() -> dict[Path, str]:
    out = {PATCHES / "pd" / name: text for name, text in build_pd.files().items()}
    out[PATCHES / "data" / "gametrak-demo.txt"] = make_replay.text()
    try:
        import build_max
    except ImportError:
        return out
    out.update({PATCHES / "max" / name: text for name, text in build_max.files().items()})
    return out


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for path, text in outputs().items():
        if check:
            if not path.exists() or path.read_text() != text:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
            print(f"wrote {path.relative_to(PATCHES.parent)}")
    if stale:
        print("out of date (run python patches/tools/build.py):", *[str(p) for p in stale], sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
