"""Pictures of Pd patches for the docs: Pd draws its own canvas under Xvfb, xwd grabs the window.

    python patches/tools/screenshot.py patches/pd/rave.voice-help.pd docs/img/pd-voice-help.png
    python patches/tools/screenshot.py --live docs/img/pd-main.png   # the chain at work (JACK, server, stage)

Needs Xvfb, the Pd GUI (puredata-gui), xwd (x11-apps) and xdotool: for the docs only, never for the
tests. XWD is turned into PNG here (zlib and struct), so no image library is needed.
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DISPLAY = ":97"


def xwd_to_png(xwd: bytes, png_path: Path, crop: tuple[int, int, int, int] | None = None) -> None:
    """Convert a 24/32-bit TrueColor XWD dump to PNG (optionally cropped: x, y, w, h)."""
    fields = struct.unpack(">25I", xwd[:100])
    header_size, _, _, depth, width, height = fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]
    byte_order, bits_per_pixel, bytes_per_line = fields[7], fields[11], fields[12]
    red_mask, green_mask, blue_mask = fields[14], fields[15], fields[16]
    ncolors = fields[19]
    if bits_per_pixel != 32:
        raise ValueError(f"unsupported XWD: {bits_per_pixel} bits per pixel, depth {depth}")
    data = xwd[header_size + 12 * ncolors:]
    fmt = "<I" if byte_order == 0 else ">I"
    x0, y0, w, h = crop or (0, 0, width, height)

    def shift(mask):
        return (mask & -mask).bit_length() - 1
    rs, gs, bs = shift(red_mask), shift(green_mask), shift(blue_mask)
    rows = []
    for y in range(y0, y0 + h):
        line = data[y * bytes_per_line:(y + 1) * bytes_per_line]
        row = bytearray(b"\x00")
        for x in range(x0, x0 + w):
            (p,) = struct.unpack_from(fmt, line, 4 * x)
            row += bytes(((p & red_mask) >> rs, (p & green_mask) >> gs, (p & blue_mask) >> bs))
        rows.append(bytes(row))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    png_path.write_bytes(png)


def shoot(patch: Path, out: Path, wait: float = 4.0) -> None:
    for tool in ("Xvfb", "pd", "xwd", "xdotool"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing (apt-get install xvfb puredata-gui x11-apps xdotool)")
    env = dict(os.environ, DISPLAY=DISPLAY)
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1600x1200x24"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    pd = None
    try:
        time.sleep(1.0)
        pd = subprocess.Popen(["pd", "-nosound", "-noprefs", "-path", str(ROOT / "patches" / "pd"),
                               "-open", str(patch)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        time.sleep(wait)
        found = subprocess.run(["xdotool", "search", "--name", patch.name], env=env, capture_output=True,
                               text=True).stdout.split()
        if not found:
            raise SystemExit(f"no window for {patch.name}")
        wid = found[-1]
        dump = subprocess.run(["xwd", "-silent", "-id", wid], env=env, capture_output=True, check=True).stdout
        xwd_to_png(dump, out)
    finally:
        if pd is not None:
            pd.terminate()
            pd.wait(5)
        xvfb.terminate()
        xvfb.wait(5)




def live_driver(path: Path) -> None:
    """A patch that plays the seed's chain by itself: targets, recorded poses, train, run, perform."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    data = (ROOT / "patches" / "data" / "gametrak-demo.txt").read_text().splitlines()
    foot = [int(line.split()[6]) for line in data]
    presses = [i for i in range(1, len(foot)) if foot[i] and not foot[i - 1]]
    targets = [[0.2, 0.3, 0.4, 0.3, 0.2, 0.3, 0.4, 0.3, 0.8, 0.7, 0.6, 0.7, 0.8, 0.7, 0.6, 0.7],
               [0.8, 0.7, 0.2, 0.9, 0.5, 0.3, 0.6, 0.4, 0.2, 0.3, 0.8, 0.1, 0.5, 0.7, 0.4, 0.6],
               [0.5, 0.9, 0.8, 0.1, 0.9, 0.8, 0.1, 0.9, 0.5, 0.1, 0.2, 0.9, 0.1, 0.2, 0.9, 0.1]]
    steps, t = [], 3000
    for (on, off), target in zip(zip(presses[::2], presses[1::2]), targets):
        steps.append((t, f"rave.regress outputs {' '.join(map(str, target))}"))
        steps.append((t + 100, f"rave.replay play {on - 10} {off + 25}"))
        t += (off + 35 - on) * 10 + 600
    steps += [(t, "rave.regress train"), (t + 3000, "rave.regress run 1"),
              (t + 3200, f"rave.replay play {presses[-1] + 100} {len(data) - 1}")]
    lines = ["#N canvas 1300 1000 250 150 10;", "#X obj 10 10 loadbang;"]   # out of the picture
    connects = []
    for i, (when, message) in enumerate(steps):
        lines.append(f"#X obj 10 {40 + 20 * i} del {when};")
        lines.append(f"#X msg 100 {40 + 20 * i} \\; {message};")
        connects += [f"#X connect 0 0 {1 + 2 * i} 0;", f"#X connect {1 + 2 * i} 0 {2 + 2 * i} 0;"]
    path.write_text("\n".join(lines + connects) + "\n")
    return t + 3200 + 2500


def shoot_live(out: Path) -> None:
    """The main patch at work: the real server (JACK dummy driver), the regression stage, the replay."""
    import tempfile
    env = dict(os.environ, DISPLAY=DISPLAY, JACK_DEFAULT_SERVER="rb-docs")
    procs = []
    try:
        procs.append(subprocess.Popen(["jackd", "-n", "rb-docs", "-d", "dummy", "-r", "48000", "-p", "256"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env))
        time.sleep(1.5)
        procs.append(subprocess.Popen(["ravebridge", "serve", "--audio", "jack"], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        procs.append(subprocess.Popen([sys.executable, "-m", "ravebridge.regression.cli", "serve"], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        procs.append(subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1600x1200x24"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(8)                       # the server loads its demo voice
        driver = Path(tempfile.mkdtemp()) / "driver.pd"
        total_ms = live_driver(driver)
        patch = ROOT / "patches" / "pd" / "ravebridge-gametrak.pd"
        procs.append(subprocess.Popen(["pd", "-nosound", "-noprefs", "-path", str(ROOT / "patches" / "pd"),
                                       "-open", str(patch), "-open", str(driver)], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(total_ms / 1000)
        found = subprocess.run(["xdotool", "search", "--name", patch.name], env=env, capture_output=True,
                               text=True).stdout.split()
        dump = subprocess.run(["xwd", "-silent", "-id", found[-1]], env=env, capture_output=True,
                              check=True).stdout
        xwd_to_png(dump, out)
    finally:
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()


if __name__ == "__main__":
    if sys.argv[1] == "--live":
        shoot_live(Path(sys.argv[2]))
    else:
        shoot(Path(sys.argv[1]).resolve(), Path(sys.argv[2]))
