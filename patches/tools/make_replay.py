"""Writes patches/data/gametrak-demo.txt: a Gametrak performance, frame by frame.

The file is synthesised (seeded), not captured from a device: three poses,
each approached, held while the foot switch toggles recording on and off,
and held a little longer; then a free passage through the poses without the
foot switch, for running the trained model. Values are what [hid] reports
for a Gametrak: 12-bit axes (0..4095; a string's length reads high when it
is pulled in) and the foot switch as 0/1.

One frame per line, every 10 ms: lx ly ll rx ry rl foot
"""
from __future__ import annotations

import math
import random
from pathlib import Path

FRAME_MS = 10
# (left x, left y, left length, right x, right y, right length), raw counts
POSES = {
    "rest": (2048, 2048, 3900, 2048, 2048, 3900),
    "left out": (1500, 2600, 2200, 2048, 2050, 3880),
    "wide": (1400, 2400, 1800, 2700, 2500, 1700),
}
TRANSITION, SETTLE, PRESS, HOLD, AFTER = 80, 40, 15, 150, 100


def ease(t: float) -> float:
    return 0.5 - 0.5 * math.cos(math.pi * t)


def frames() -> list[tuple[int, ...]]:
    rng = random.Random(5)
    out: list[tuple[int, ...]] = []
    phase = [rng.uniform(0, 2 * math.pi) for _ in range(6)]
    current = POSES["rest"]

    def emit(pose, foot):
        n = len(out)
        values = []
        for k, v in enumerate(pose):
            tremor = 6 * math.sin(2 * math.pi * 0.7 * n * FRAME_MS / 1000 + phase[k]) + rng.gauss(0, 3)
            values.append(int(min(4095, max(0, round(v + tremor)))))
        out.append((*values, foot))

    def move(target, count):
        nonlocal current
        start = current
        for i in range(count):
            t = ease((i + 1) / count)
            emit(tuple(a + (b - a) * t for a, b in zip(start, target)), 0)
        current = target

    def hold(count, foot=0):
        for _ in range(count):
            emit(current, foot)

    for name in ("rest", "left out", "wide"):
        move(POSES[name], TRANSITION)
        hold(SETTLE)
        hold(PRESS, foot=1)      # press: recording on
        hold(HOLD)
        hold(PRESS, foot=1)      # press again: recording off
        hold(AFTER)
    for name, count in (("left out", 120), ("wide", 120), ("rest", 120), ("wide", 120)):
        move(POSES[name], count // 2)
        hold(count // 2)
    return out


def text() -> str:
    return "".join(" ".join(str(v) for v in f) + "\n" for f in frames())


if __name__ == "__main__":
    (Path(__file__).resolve().parents[1] / "data" / "gametrak-demo.txt").write_text(text())
