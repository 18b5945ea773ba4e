"""A small writer for Max patchers (.maxpat / .maxhelp JSON).

Boxes get their inlet and outlet counts from OBJECTS below (facts from the
Max 8 object reference, cross-checked against patchers saved by Max 8.5,
which store numinlets/numoutlets per box), or from our own abstractions'
inlet and outlet boxes. Lines are checked against those counts as they are
made, so a generated patch never connects a missing inlet or outlet.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

APPVERSION = {"major": 8, "minor": 5, "revision": 6, "architecture": "x64", "modernui": 1}
FONT = {"fontname": "Arial", "fontsize": 12.0}


def _n_args(text: str) -> int:
    return len(text.split()) - 1


# name -> (inlets, outlets), or a function of the box text giving them
OBJECTS = {
    "inlet": (0, 1), "outlet": (1, 0),
    "loadbang": (1, 1), "patcherargs": (1, 2), "thispatcher": (1, 2),
    "route": lambda t: (max(_n_args(t), 1) + 1, max(_n_args(t), 1) + 1),
    "sel": lambda t: (max(_n_args(t), 1) + 1, max(_n_args(t), 1) + 1),
    "t": lambda t: (1, max(_n_args(t), 1)),
    "pack": lambda t: (_n_args(t) or 2, 1),
    "unpack": lambda t: (1, _n_args(t) or 2),
    "prepend": (1, 1), "append": (1, 1),
    "zl": (2, 2),
    "gate": lambda t: (2, int(t.split()[1]) if _n_args(t) >= 1 else 1),
    "s": (1, 0), "r": (0, 1),
    "udpsend": (1, 0), "udpreceive": (1, 1), "node.script": (1, 2),
    "metro": (2, 1), "del": (2, 1), "uzi": (2, 3),
    "print": (1, 0), "hi": (1, 2), "coll": (1, 4),
    "i": (2, 1), "f": (2, 1), "pv": (1, 1), "v": (1, 1),
    "+": (2, 1), "-": (2, 1), "*": (2, 1), "/": (2, 1), "!-": (2, 1), "==": (2, 1), "!=": (2, 1),
    ">": (2, 1), ">=": (2, 1),
    "expr": lambda t: (max([int(c) for c in __import__("re").findall(r"\$[fi](\d)", t)] or [1]), 1),
    "clip": (3, 1), "split": (3, 2), "onebang": (2, 1), "tosymbol": (1, 1), "fromsymbol": (1, 1),
    "change": (1, 3), "sprintf": lambda t: (max(t.count("%") - 2 * t.count("%%"), 1), 1),
    "iter": (1, 1), "deferlow": (1, 1), "speedlim": (2, 1),
}
UI = {  # maxclass -> (inlets, outlets, outlettype)
    "message": (2, 1, [""]), "comment": (1, 0, []), "panel": (1, 0, []),
    "toggle": (1, 1, ["int"]), "button": (1, 1, ["bang"]), "number": (1, 2, ["", "bang"]),
    "flonum": (1, 2, ["", "bang"]), "slider": (1, 1, [""]), "multislider": (1, 2, ["", ""]),
    "umenu": (1, 3, ["int", "", ""]), "textedit": (1, 4, ["", "int", "", ""]),
}


def object_counts(text: str, abstractions: dict[str, tuple[int, int]]) -> tuple[int, int]:
    name = text.split()[0]
    if name in abstractions:
        return abstractions[name]
    if name.startswith("zl."):
        name = "zl"
    spec = OBJECTS[name]
    return spec(text) if callable(spec) else spec


@dataclass
class MaxPatch:
    rect: tuple[float, float, float, float] = (60, 80, 900, 640)
    abstractions: dict[str, tuple[int, int]] = field(default_factory=dict)   # name -> (inlets, outlets)
    presentation: bool = False
    boxes: list[dict] = field(default_factory=list)
    lines: list[dict] = field(default_factory=list)
    description: str = ""

    def _add(self, box: dict) -> str:
        box["id"] = f"obj-{len(self.boxes) + 1}"
        self.boxes.append({"box": box})
        return box["id"]

    def _box(self, ident: str) -> dict:
        return self.boxes[int(ident.split("-")[1]) - 1]["box"]

    def obj(self, x: float, y: float, text: str, width: float | None = None, **attrs) -> str:
        ins, outs = object_counts(text, self.abstractions)
        box = {"maxclass": "newobj", "text": text, "numinlets": ins, "numoutlets": outs,
               "patching_rect": [x, y, width or max(40.0, 7.0 * len(text) + 14), 22.0], **FONT}
        if outs:
            box["outlettype"] = [""] * outs
        box.update(attrs)
        return self._add(box)

    def msg(self, x: float, y: float, text: str, width: float | None = None, **attrs) -> str:
        box = {"maxclass": "message", "text": text, "numinlets": 2, "numoutlets": 1, "outlettype": [""],
               "patching_rect": [x, y, width or max(30.0, 7.0 * len(text) + 14), 22.0], **FONT}
        box.update(attrs)
        return self._add(box)

    def comment(self, x: float, y: float, text: str, width: float = 300.0, lines: int = 1, **attrs) -> str:
        box = {"maxclass": "comment", "text": text, "numinlets": 1, "numoutlets": 0,
               "patching_rect": [x, y, width, 20.0 * lines], **FONT}
        if lines > 1:
            box["linecount"] = lines
        box.update(attrs)
        return self._add(box)

    def ui(self, maxclass: str, x: float, y: float, w: float, h: float, **attrs) -> str:
        ins, outs, types = UI[maxclass]
        box = {"maxclass": maxclass, "numinlets": ins, "numoutlets": outs, "patching_rect": [x, y, w, h]}
        if outs:
            box["outlettype"] = types
        if maxclass in ("toggle", "number", "flonum", "slider", "multislider", "umenu"):
            box["parameter_enable"] = 0
        box.update(attrs)
        return self._add(box)

    def inlet(self, x: float, y: float, index: int, comment: str) -> str:
        return self._add({"maxclass": "inlet", "numinlets": 0, "numoutlets": 1, "outlettype": [""],
                          "index": index, "comment": comment, "patching_rect": [x, y, 30.0, 30.0]})

    def outlet(self, x: float, y: float, index: int, comment: str) -> str:
        return self._add({"maxclass": "outlet", "numinlets": 1, "numoutlets": 0, "index": index,
                          "comment": comment, "patching_rect": [x, y, 30.0, 30.0]})

    def bpatcher(self, x: float, y: float, w: float, h: float, name: str, args: list) -> str:
        ins, outs = self.abstractions[name]
        box = {"maxclass": "bpatcher", "name": f"{name}.maxpat", "args": args, "numinlets": ins,
               "numoutlets": outs, "patching_rect": [x, y, w, h], "offset": [0.0, 0.0], "viewvisibility": 1,
               "bgmode": 0, "border": 0, "clickthrough": 0, "enablehscroll": 0, "enablevscroll": 0,
               "lockeddragscroll": 0, "lockedsize": 0}
        if outs:
            box["outlettype"] = [""] * outs
        return self._add(box)

    def show(self, ident: str, x: float, y: float, w: float, h: float) -> str:
        """Put a box into presentation mode at (x, y, w, h)."""
        box = self._box(ident)
        box["presentation"] = 1
        box["presentation_rect"] = [x, y, w, h]
        return ident

    def connect(self, src: str, outlet: int, dst: str, inlet: int) -> None:
        s, d = self._box(src), self._box(dst)
        if not 0 <= outlet < s["numoutlets"]:
            raise ValueError(f"{s.get('text', s['maxclass'])} has no outlet {outlet}")
        if not 0 <= inlet < d["numinlets"]:
            raise ValueError(f"{d.get('text', d['maxclass'])} has no inlet {inlet}")
        self.lines.append({"patchline": {"source": [src, outlet], "destination": [dst, inlet]}})

    def chain(self, *ids: str) -> None:
        for a, b in zip(ids, ids[1:]):
            self.connect(a, 0, b, 0)

    def counts(self) -> tuple[int, int]:
        """(inlets, outlets) of this patcher used as an abstraction."""
        kinds = [b["box"]["maxclass"] for b in self.boxes]
        return kinds.count("inlet"), kinds.count("outlet")

    def render(self) -> str:
        patcher = {
            "fileversion": 1, "appversion": APPVERSION, "classnamespace": "box", "rect": list(self.rect),
            "bglocked": 0, "openinpresentation": int(self.presentation), "default_fontsize": 12.0,
            "default_fontface": 0, "default_fontname": "Arial", "gridonopen": 1, "gridsize": [15.0, 15.0],
            "gridsnaponopen": 1, "objectsnaponopen": 1, "statusbarvisible": 2, "toolbarvisible": 1,
            "boxanimatetime": 200, "enablehscroll": 1, "enablevscroll": 1, "devicewidth": 0.0,
            "description": self.description, "digest": "", "tags": "", "style": "",
            "subpatcher_template": "", "assistshowspatchername": 0,
            "boxes": self.boxes, "lines": self.lines,
        }
        return json.dumps({"patcher": patcher}, indent="\t") + "\n"
