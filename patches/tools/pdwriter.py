"""A small writer for Pure Data patch files (the text format Pd 0.51+ reads).

Boxes are added with coordinates and text as a user would type it (``$1``,
``$0``, commas and semicolons unescaped); `render()` escapes them as Pd saves
them. Box indices follow creation order, as in the file, so `connect` takes
the handles that `obj`, `msg` and friends return.

Only vanilla box types are written; colours use the pre-0.51 integer codes so
that every Pd since 0.47 reads the files.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# IEM colour codes (pre-0.51 integer form): -1 - (r/4 << 12 | g/4 << 6 | b/4)
WHITE, BLACK, GREY, DARK = -262144, -1, -4034, -66577
HEADER = -228856     # light yellow
BLUE_BG = -233017    # light blue
GREEN = -258113      # light green
RED = -258699        # light red / pink
ORANGE = -261681


def colour(r: int, g: int, b: int) -> int:
    return -1 - (((r >> 2) << 12) | ((g >> 2) << 6) | (b >> 2))


def escape(text: str) -> str:
    """Escape box text the way Pd writes it: $ -> \\$, commas and semicolons as separate atoms."""
    text = text.replace("$", "\\$")
    text = re.sub(r"\s*,\s*", r" \\, ", text)
    text = re.sub(r"\s*;\s*", r" \\; ", text)
    return text.strip()


def _name(s: str | None) -> str:
    """Send/receive/label fields: 'empty' (IEM) when unset."""
    return "empty" if not s else s.replace(" ", "_").replace("$", "\\$")


def _atom_name(s: str | None) -> str:
    return "-" if not s else s.replace("$", "\\$")


@dataclass
class Box:
    index: int
    line: str
    inlets: int | None = None   # known counts, used for sanity checks in tests
    outlets: int | None = None


@dataclass
class Patch:
    """A canvas: the top level, a subpatch (`name`) or a graph-on-parent abstraction (`gop`)."""
    width: int = 700
    height: int = 500
    font: int = 12
    x: int = 60
    y: int = 60
    name: str | None = None
    gop: tuple[int, int, int, int] | None = None   # (width, height, x margin, y margin)
    boxes: list[Box] = field(default_factory=list)
    connections: list[tuple[int, int, int, int]] = field(default_factory=list)
    subpatches: dict[int, "Patch"] = field(default_factory=dict)
    declares: list[str] = field(default_factory=list)

    # ---- boxes ----
    def _add(self, line: str) -> int:
        index = len(self.boxes)
        self.boxes.append(Box(index, line))
        return index

    def obj(self, x: int, y: int, text: str) -> int:
        return self._add(f"#X obj {x} {y} {escape(text)}")

    def declare(self, x: int, y: int, args: str) -> int:
        """A [declare] box; Pd acts on the `#X declare` record written after the canvas line."""
        self.declares.append(args)
        return self.obj(x, y, f"declare {args}")

    def msg(self, x: int, y: int, text: str) -> int:
        return self._add(f"#X msg {x} {y} {escape(text)}")

    def text(self, x: int, y: int, text: str, width: int | None = None) -> int:
        if ";" in text:
            raise ValueError(f"a semicolon breaks a Pd comment's line: {text!r}")
        body = escape(text)
        return self._add(f"#X text {x} {y} {body}" + (f", f {width}" if width else ""))

    def floatatom(self, x: int, y: int, width: int = 5, lo: float = 0, hi: float = 0, label: str | None = None,
                  receive: str | None = None, send: str | None = None, label_pos: int = 0) -> int:
        return self._add(f"#X floatatom {x} {y} {width} {lo:g} {hi:g} {label_pos} {_atom_name(label)} "
                         f"{_atom_name(receive)} {_atom_name(send)}")

    def symbolatom(self, x: int, y: int, width: int = 10, label: str | None = None,
                   receive: str | None = None, send: str | None = None, label_pos: int = 0) -> int:
        return self._add(f"#X symbolatom {x} {y} {width} 0 0 {label_pos} {_atom_name(label)} "
                         f"{_atom_name(receive)} {_atom_name(send)}")

    def tgl(self, x: int, y: int, size: int = 15, send: str | None = None, receive: str | None = None,
            label: str | None = None, bg: int = WHITE, fg: int = BLACK, label_dx: int = 19, label_dy: int = 8,
            nonzero: float = 1) -> int:
        return self._add(f"#X obj {x} {y} tgl {size} 0 {_name(send)} {_name(receive)} {_name(label)} "
                         f"{label_dx} {label_dy} 0 10 {bg} {fg} {BLACK} 0 {nonzero:g}")

    def bng(self, x: int, y: int, size: int = 15, send: str | None = None, receive: str | None = None,
            label: str | None = None, bg: int = WHITE, fg: int = BLACK, label_dx: int = 19, label_dy: int = 8,
            hold: int = 250) -> int:
        return self._add(f"#X obj {x} {y} bng {size} {hold} 50 0 {_name(send)} {_name(receive)} {_name(label)} "
                         f"{label_dx} {label_dy} 0 10 {bg} {fg} {BLACK}")

    def slider(self, x: int, y: int, vertical: bool, w: int, h: int, lo: float, hi: float,
               send: str | None = None, receive: str | None = None, label: str | None = None,
               label_dx: int = 0, label_dy: int = -9, bg: int = WHITE, fg: int = BLACK) -> int:
        kind = "vsl" if vertical else "hsl"
        return self._add(f"#X obj {x} {y} {kind} {w} {h} {lo:g} {hi:g} 0 0 {_name(send)} {_name(receive)} "
                         f"{_name(label)} {label_dx} {label_dy} 0 10 {bg} {fg} {BLACK} 0 1")

    def cnv(self, x: int, y: int, w: int, h: int, colour_: int = BLUE_BG, label: str | None = None,
            receive: str | None = None, label_dx: int = 4, label_dy: int = 10, fontsize: int = 12) -> int:
        return self._add(f"#X obj {x} {y} cnv 15 {w} {h} empty {_name(receive)} {_name(label)} "
                         f"{label_dx} {label_dy} 0 {fontsize} {colour_} {BLACK} 0")

    def subpatch(self, x: int, y: int, name: str, child: "Patch") -> int:
        child.name = name
        index = self._add(f"#X restore {x} {y} pd {name}")
        self.subpatches[index] = child
        return index

    def graph(self, x: int, y: int, w: int, h: int, array: str, size: int, lo: float, hi: float,
              style: int = 0) -> int:
        """A graph on this canvas holding one array (style 0 points, 1 polygon), its name hidden."""
        graph = Patch(name="(graph)")
        graph.boxes.append(Box(0, f"#X array {array.replace('$', chr(92) + '$')} {size} float 0"))
        graph.boxes.append(Box(1, f"#X coords 0 {hi:g} {size} {lo:g} {w} {h} 1 0 0"))
        index = self._add(f"#X restore {x} {y} graph")
        graph.graph_style = style  # type: ignore[attr-defined]
        self.subpatches[index] = graph
        return index

    def connect(self, src: int, outlet: int, dst: int, inlet: int) -> None:
        for i in (src, dst):
            if not 0 <= i < len(self.boxes):
                raise IndexError(f"no box {i}")
        self.connections.append((src, outlet, dst, inlet))

    def chain(self, *boxes: int) -> None:
        """Connect outlet 0 of each box to inlet 0 of the next."""
        for a, b in zip(boxes, boxes[1:]):
            self.connect(a, 0, b, 0)

    # ---- output ----
    def render(self) -> str:
        return "\n".join(self._lines(top=True)) + "\n"

    def _lines(self, top: bool) -> list[str]:
        if self.name == "(graph)":
            style = getattr(self, "graph_style", 1)
            return ["#N canvas 0 0 450 300 (subpatch) 0;",
                    # flags: bit 0 save contents (no), bits 1-2 plot style (0 points, 1 polygon), bit 3 hide name
                    self.boxes[0].line.replace(" float 0", f" float {2 * style + 8}") + ";",
                    self.boxes[1].line + ";"]
        head = (f"#N canvas {self.x} {self.y} {self.width} {self.height} {self.font};" if top
                else f"#N canvas {self.x} {self.y} {self.width} {self.height} {self.name} 0;")
        lines = [head] + [f"#X declare {d};" for d in self.declares]
        for box in self.boxes:
            if box.index in self.subpatches:
                lines.extend(self.subpatches[box.index]._lines(top=False))
            lines.append(box.line + ";")
        for src, outlet, dst, inlet in self.connections:
            lines.append(f"#X connect {src} {outlet} {dst} {inlet};")
        if self.gop:
            w, h, mx, my = self.gop
            lines.append(f"#X coords 0 -1 1 1 {w} {h} 2 {mx} {my};")
        return lines


class Column:
    """Place boxes one under another: ``c = Column(patch, x, y)`` then ``c.obj("...")``."""

    def __init__(self, patch: Patch, x: int, y: int, step: int = 24):
        self.patch, self.x, self.y, self.step = patch, x, y, step

    def _place(self, fn, *args, **kw) -> int:
        index = fn(self.x, self.y, *args, **kw)
        self.y += self.step
        return index

    def obj(self, text: str) -> int:
        return self._place(self.patch.obj, text)

    def msg(self, text: str) -> int:
        return self._place(self.patch.msg, text)

    def skip(self, dy: int) -> "Column":
        self.y += dy
        return self

    def chain(self, *texts: str) -> list[int]:
        """Objects (or messages written as '(text') one under another, connected in a chain."""
        made = [self.msg(t[1:]) if t.startswith("(") else self.obj(t) for t in texts]
        self.patch.chain(*made)
        return made
