"""A drawing of a Max patcher from its JSON, for the docs (Max cannot run here, so no real screenshot).

Boxes, comments and patch cords are drawn where the file puts them; a bpatcher shows its abstraction's
presentation view (panels, toggles, sliders, number boxes, menus). Tk draws under Xvfb and xwd grabs it:

    python patches/tools/maxdiagram.py patches/max/patchers/ravebridge-gametrak.maxpat docs/img/max-main.png
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from screenshot import DISPLAY, xwd_to_png  # noqa: E402

PATCHERS = HERE.parent / "max" / "patchers"


def rgb(c, default="#ffffff") -> str:
    if not c:
        return default
    return "#%02x%02x%02x" % tuple(int(255 * v) for v in c[:3])


def boxes(path: Path) -> list[dict]:
    return [b["box"] for b in json.loads(path.read_text())["patcher"]["boxes"]]


def draw_presentation(canvas, path: Path, x0: float, y0: float) -> None:
    for b in boxes(path):
        if not b.get("presentation"):
            continue
        x, y, w, h = b["presentation_rect"]
        x, y = x0 + x, y0 + y
        kind = b["maxclass"]
        if kind == "panel":
            canvas.create_rectangle(x, y, x + w, y + h, fill=rgb(b.get("bgcolor")), outline="#999999")
        elif kind == "comment":
            bold = " bold" if b.get("fontface") == 1 else ""
            canvas.create_text(x + 2, y + 2, text=b["text"], anchor="nw", font=f"Helvetica 9{bold}")
        elif kind == "toggle":
            canvas.create_rectangle(x, y, x + w, y + h, fill="#f4f4f4", outline="#555555")
        elif kind == "button":
            canvas.create_oval(x, y, x + w, y + h, fill="#f4f4f4", outline="#555555")
        elif kind in ("number", "flonum"):
            canvas.create_rectangle(x, y, x + w, y + h, fill="#ffffff", outline="#777777")
            canvas.create_text(x + 4, y + h / 2, text="0" if kind == "number" else "0.", anchor="w",
                               font="Helvetica 9")
        elif kind == "multislider":
            canvas.create_rectangle(x, y, x + w, y + h, fill="#ffffff", outline="#777777")
            n = int(b.get("size", 1))
            if b.get("orientation") == 1:      # horizontal bars
                for i in range(n):
                    yy = y + h * i / n
                    canvas.create_rectangle(x, yy + 2, x + w * 0.5, yy + h / n - 2, fill="#7a9a7a", width=0)
            else:
                for i in range(n):
                    xx = x + w * i / n
                    canvas.create_rectangle(xx + 2, y + h * 0.5, xx + w / n - 2, y + h, fill="#5a7a5a", width=0)
        elif kind == "slider":
            canvas.create_rectangle(x, y, x + w, y + h, fill="#ffffff", outline="#777777")
            canvas.create_rectangle(x + w * 0.83 - 2, y, x + w * 0.83 + 2, y + h, fill="#444444", width=0)
        elif kind in ("umenu", "textedit", "message"):
            canvas.create_rectangle(x, y, x + w, y + h, fill="#ffffff" if kind != "message" else "#e8e8e8",
                                    outline="#777777")
            items = [i for i in b.get("items", []) if i != ","]
            if items:
                canvas.create_text(x + 4, y + h / 2, text=items[0] + "  \u25be", anchor="w", font="Helvetica 9")


def inlet_x(rect, i, n):
    x, _, w, _ = rect
    return x + 4 if n <= 1 else x + 4 + (w - 8) * i / (n - 1)


def draw(path: Path, canvas) -> None:
    items = boxes(path)
    by_id = {b["id"]: b for b in items}
    for b in items:
        x, y, w, h = b["patching_rect"]
        kind = b["maxclass"]
        if kind == "bpatcher":
            canvas.create_rectangle(x, y, x + w, y + h, outline="#bbbbbb")
            draw_presentation(canvas, PATCHERS / b["name"], x, y)
        elif kind == "comment":
            canvas.create_text(x, y, text=b["text"], anchor="nw", width=w,
                               font=f"Helvetica {int(b.get('fontsize', 12) * 0.85)}"
                                    + (" bold" if b.get("fontface") == 1 else ""))
        elif kind in ("newobj", "message"):
            fill = "#e8e8e8" if kind == "message" else "#ffffff"
            canvas.create_rectangle(x, y, x + w, y + 20, fill=fill, outline="#444444")
            canvas.create_text(x + 4, y + 10, text=b["text"].replace("; ", ";\n") if kind == "message"
                               else b["text"], anchor="w", font="Helvetica 9")
    lines = json.loads(path.read_text())["patcher"]["lines"]
    for line in lines:
        (src, o), (dst, i) = line["patchline"]["source"], line["patchline"]["destination"]
        s, d = by_id[src], by_id[dst]
        sx = inlet_x(s["patching_rect"], o, s["numoutlets"])
        sy = s["patching_rect"][1] + (s["patching_rect"][3] if s["maxclass"] == "bpatcher" else 20)
        dx = inlet_x(d["patching_rect"], i, d["numinlets"])
        canvas.create_line(sx, sy, dx, d["patching_rect"][1], fill="#333333", width=1.5)


def render(path: Path, out: Path) -> None:
    rect = json.loads(path.read_text())["patcher"]["rect"]
    width, height = int(rect[2]), int(rect[3])
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1600x1200x24"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        os.environ["DISPLAY"] = DISPLAY
        import tkinter
        root = tkinter.Tk()
        root.title("maxdiagram")
        canvas = tkinter.Canvas(root, width=width, height=height, background="#f0f0f0", highlightthickness=0)
        canvas.pack()
        draw(path, canvas)
        canvas.create_text(width - 6, height - 6, anchor="se", fill="#888888", font="Helvetica 9",
                           text=f"drawn from {path.name} (not a Max screenshot)")
        root.update()
        time.sleep(0.5)
        root.update()
        wid = root.winfo_id()
        frame = root.wm_frame()
        dump = subprocess.run(["xwd", "-silent", "-id", str(int(frame, 16) if frame else wid)],
                              capture_output=True, check=True).stdout
        xwd_to_png(dump, out)
        root.destroy()
    finally:
        xvfb.terminate()
        xvfb.wait(5)


if __name__ == "__main__":
    render(Path(sys.argv[1]).resolve(), Path(sys.argv[2]))
