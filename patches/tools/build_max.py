"""Writes the Max package (patches/max): the same abstractions, messages and main example as in Pd.

The regression stage is reached with [udpsend] / [udpreceive] (its answers go
to a fixed port). The server answers to the port a message came from, which
[udpsend] cannot listen on, so rave.server sends and receives through one
socket in [node.script rave.udp.js] (Node for Max, Max 8+). [hi] reads the
Gametrak. Help patches and reference pages come from abstractions.py, as in Pd.
"""
from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from maxwriter import MaxPatch
from abstractions import (ABSTRACTIONS, BUS_RX, BUS_TX, BY_NAME, HOST, RECORD_BEGIN, RECORD_STATE, SERVER_COMMANDS,
                  SERVER_PORT, STAGE_OUT_PORT, STAGE_PORT, VOICE_COMMANDS)

DATA = Path(__file__).resolve().parents[1] / "data" / "gametrak-demo.txt"
AXES = ["abs_x", "abs_y", "abs_z", "abs_rx", "abs_ry", "abs_rz"]
COUNTS: dict[str, tuple[int, int]] = {}    # our abstractions' (inlets, outlets), filled as they are built
PANEL = [0.88, 0.91, 0.94, 1.0]
PANEL_VOICE = [0.89, 0.94, 0.89, 1.0]
PANEL_REGRESS = [0.96, 0.93, 0.86, 1.0]
PANEL_GAMETRAK = [0.93, 0.89, 0.96, 1.0]


def frame(m: MaxPatch, w: float, h: float, title: str, colour: list) -> None:
    """Presentation background and title of an abstraction's panel."""
    m.presentation = True
    panel = m.ui("panel", 700, 10, w, h, bgcolor=colour, rounded=4)
    m.show(panel, 0, 0, w, h)
    t = m.comment(700, 10, title, width=w - 10, fontface=1)
    m.show(t, 4, 2, w - 10, 20)


def label(m: MaxPatch, x: float, y: float, text: str, px: float, py: float, width: float = 70.0) -> str:
    c = m.comment(x, y, text, width=width, fontsize=10.0)
    return m.show(c, px, py, width, 18)


def display_msg(m: MaxPatch, x: float, y: float, px: float, py: float, w: float) -> tuple[str, str]:
    """A message box used as a text display, fed through [prepend set]; returns (setter, box)."""
    setter = m.obj(x, y, "prepend set")
    box = m.msg(x, y + 30, "", width=w)
    m.show(box, px, py, w, 22)
    m.connect(setter, 0, box, 0)
    return setter, box


def dump(m: MaxPatch, x: float, y: float, fields: list[tuple[str, str]], out: str) -> str:
    """`dump`: bang every display (or [pv]) so it outputs, as `display <field> <value>` to `out`."""
    trig = m.obj(x, y, "t " + " ".join(["b"] * len(fields)))
    for i, (name, source) in enumerate(fields):
        pre = m.obj(x + 120 * i, y + 60, f"prepend display {name}")
        m.connect(trig, len(fields) - 1 - i, source, 0)
        m.connect(source, 0, pre, 0)
        m.connect(pre, 0, out, 0)
    return trig


def numbox(m: MaxPatch, kind: str, x: float, y: float, px: float, py: float, w: float = 50.0) -> tuple[str, str]:
    """A number display set silently ([prepend set]); banging it outputs the value. Returns (setter, box)."""
    setter = m.obj(x, y, "prepend set")
    box = m.ui(kind, x, y + 30, w, 22, ignoreclick=1)
    m.show(box, px, py, w, 22)
    m.connect(setter, 0, box, 0)
    return setter, box


# ------------------------------------------------------------------ rave.server

def rave_server() -> MaxPatch:
    m = MaxPatch(rect=(60, 80, 1100, 700), abstractions=COUNTS, description=BY_NAME["rave.server"].digest)
    frame(m, 250, 142, "rave.server", PANEL)
    inlet = m.inlet(20, 20, 1, "messages: " + ", ".join(msg.name for msg in BY_NAME["rave.server"].messages))
    out_replies = m.outlet(20, 640, 1, "replies: status.reply, done, fail, voice list.reply")
    out_info = m.outlet(500, 640, 2, "alive 0|1, display <field> <value>")
    glob = m.obj(80, 20, "r rave.server")
    names = ["connect", "disconnect", "status", "bang", "poll", "notify", "voices", "send", "dump", *SERVER_COMMANDS]
    route = m.obj(20, 60, "route " + " ".join(names), width=560)
    m.connect(inlet, 0, route, 0)
    m.connect(glob, 0, route, 0)
    r = {n: i for i, n in enumerate(names)}
    node = m.obj(20, 330, "node.script rave.udp.js @autostart 1", width=230)

    # connection: the arguments at load, or connect [host] [port]
    load = m.obj(300, 100, "loadbang")
    args = m.obj(300, 130, f"patcherargs {HOST} {SERVER_PORT}")
    m.connect(load, 0, args, 0)
    conn = m.obj(300, 170, "t b l")
    m.connect(args, 0, conn, 0)
    m.connect(route, r["connect"], conn, 0)
    to_node = m.obj(300, 210, "prepend connect")
    m.connect(conn, 1, to_node, 0)
    m.connect(to_node, 0, node, 0)
    host_set, host_box = display_msg(m, 430, 170, 70, 22, 174)
    m.connect(conn, 1, host_set, 0)
    disc = m.msg(160, 100, "disconnect")
    m.connect(route, r["disconnect"], disc, 0)
    m.connect(disc, 0, node, 0)

    # status now and polled
    status = m.msg(20, 140, "send /rave/status")
    m.connect(route, r["status"], status, 0)
    m.connect(route, r["bang"], status, 0)
    metro = m.obj(160, 140, "metro 1000")
    m.connect(metro, 0, status, 0)
    m.connect(status, 0, node, 0)
    start = m.msg(160, 170, "1")
    m.connect(conn, 0, start, 0)
    m.connect(start, 0, metro, 0)
    poll = m.obj(160, 200, "sel 0")
    m.connect(route, r["poll"], poll, 0)
    stop = m.msg(160, 230, "0")
    m.connect(poll, 0, stop, 0)
    m.connect(stop, 0, metro, 0)
    poll_t = m.obj(220, 230, "t b i")
    m.connect(poll, 1, poll_t, 0)
    m.connect(poll_t, 1, metro, 1)
    m.connect(poll_t, 0, start, 0)

    # notify (message or toggle), voices, send and the voices' [s rave.tx], then the one-command messages
    notify_t = m.obj(600, 100, "t i i")
    m.connect(route, r["notify"], notify_t, 0)
    notify = m.obj(600, 140, "prepend send /rave/notify")
    m.connect(notify_t, 0, notify, 0)
    m.connect(notify, 0, node, 0)
    toggle = m.ui("toggle", 760, 140, 20, 20)
    m.show(toggle, 6, 48, 16, 16)
    label(m, 790, 140, "notify", 26, 47)
    tset = m.obj(760, 100, "prepend set")
    m.connect(notify_t, 1, tset, 0)
    m.connect(tset, 0, toggle, 0)
    m.connect(toggle, 0, notify, 0)
    voices = m.msg(600, 180, "send /rave/voice/list")
    m.connect(route, r["voices"], voices, 0)
    m.connect(voices, 0, node, 0)
    send = m.obj(800, 250, "prepend send")
    m.connect(route, r["send"], send, 0)
    m.connect(send, 0, node, 0)
    tx = m.obj(800, 290, f"r {BUS_TX}")
    m.connect(tx, 0, send, 0)
    takes_args = {msg.name: bool(msg.args) for msg in BY_NAME["rave.server"].messages}
    for i, (name, address) in enumerate(SERVER_COMMANDS.items()):
        if takes_args[name]:
            box = m.obj(950, 100 + 30 * i, f"prepend send {address}")
        else:            # the bare command: [prepend] would send a bang on as the argument `bang`
            box = m.msg(950, 100 + 30 * i, f"send {address}")
        m.connect(route, r[name], box, 0)
        m.connect(box, 0, node, 0)

    # replies: shared with the voices, shown, out
    rave = m.obj(20, 380, "route rave")
    m.connect(node, 0, rave, 0)
    fan = m.obj(20, 410, "t a a a b")
    m.connect(rave, 0, fan, 0)
    m.connect(fan, 0, out_replies, 0)
    m.connect(fan, 1, m.obj(60, 600, f"s {BUS_RX}"), 0)
    local = m.obj(120, 440, "route status.reply fail")
    m.connect(fan, 2, local, 0)
    unpack = m.obj(120, 470, "unpack i i i f i i")     # sr buffer voices cpu late xruns
    m.connect(local, 0, unpack, 0)
    sr_set, sr = numbox(m, "number", 120, 500, 6, 92, 60)
    buf_set, buf = numbox(m, "number", 190, 500, 100, 92, 50)
    nv_set, nv = numbox(m, "number", 260, 500, 6, 70, 36)
    cpu_set, cpu = numbox(m, "flonum", 330, 500, 90, 70, 46)
    xr_set, xr = numbox(m, "number", 400, 500, 168, 70, 36)
    for i, setter in ((0, sr_set), (1, buf_set), (2, nv_set), (3, cpu_set), (5, xr_set)):
        m.connect(unpack, i, setter, 0)
    for text, px, py in (("voices", 44, 71), ("cpu", 138, 71), ("xruns", 206, 71), ("Hz", 68, 93),
                         ("buffer", 152, 93)):
        label(m, 900, 400 + py, text, px, py, 40)
    fsplit = m.obj(480, 470, "unpack s s")
    m.connect(local, 1, fsplit, 0)
    faddr_set, faddr = display_msg(m, 480, 500, 6, 116, 120)
    freason_set, freason = display_msg(m, 600, 500, 128, 116, 118)
    m.connect(fsplit, 0, faddr_set, 0)
    m.connect(fsplit, 1, freason_set, 0)
    fprint = m.obj(720, 470, "prepend fail")
    m.connect(local, 1, fprint, 0)
    m.connect(fprint, 0, m.obj(720, 500, "print rave.server"), 0)

    # alive: any reply; 3.5 s of silence means gone; coming alive asks for the voice list
    alive_t = m.obj(300, 400, "t b b")
    m.connect(fan, 3, alive_t, 0)
    gone = m.obj(360, 430, "del 3500")
    m.connect(alive_t, 1, gone, 0)
    state = m.obj(300, 430, "i")
    m.connect(alive_t, 0, state, 0)
    was_dead = m.obj(300, 460, "sel 0")
    m.connect(state, 0, was_dead, 0)
    up = m.msg(300, 490, "1")
    down = m.msg(360, 460, "0")
    m.connect(was_dead, 0, up, 0)
    m.connect(up, 0, voices, 0)
    m.connect(gone, 0, down, 0)
    m.connect(conn, 0, down, 0)
    led = m.ui("toggle", 300, 560, 20, 20)
    m.show(led, 6, 24, 16, 16)
    label(m, 900, 380, "alive", 24, 23, 44)
    shown = m.obj(300, 520, "t i i i")
    m.connect(up, 0, shown, 0)
    m.connect(down, 0, shown, 0)
    m.connect(shown, 2, state, 1)
    m.connect(shown, 1, led, 0)
    alive_out = m.obj(360, 560, "prepend alive")
    m.connect(shown, 0, alive_out, 0)
    m.connect(alive_out, 0, out_info, 0)

    alive_copy = m.obj(420, 560, "i")
    m.connect(shown, 0, alive_copy, 1)
    trig = dump(m, 500, 600, [("host", host_box), ("cpu", cpu), ("xruns", xr), ("voices", nv), ("sr", sr),
                              ("buffer", buf), ("failaddr", faddr), ("failreason", freason),
                              ("alive", alive_copy)], out_info)
    m.connect(route, r["dump"], trig, 0)
    return m


# ------------------------------------------------------------------ rave.voice

class Voice:
    """rave.voice in Max: the same messages and behaviour as the Pd abstraction."""

    def __init__(self):
        m = self.m = MaxPatch(rect=(40, 60, 1400, 900), abstractions=COUNTS,
                              description=BY_NAME["rave.voice"].digest)
        frame(m, 230, 196, "rave.voice", PANEL_VOICE)
        self.inlet = m.inlet(20, 20, 1, "latents (list, 0..1), dim, range, gain, db, mute, model, method, ...")
        self.out_latents = m.outlet(20, 860, 1, "latents (list) when a slider moves and when the voice is created")
        self.out_events = m.outlet(700, 860, 2, "latency, frame, done, fail, display")
        self.gate = m.obj(900, 800, "gate 1 0")
        m.connect(self.gate, 0, m.obj(900, 830, f"s {BUS_TX}"), 0)
        self.tx = m.obj(1000, 830, f"s {BUS_TX}")

    def pv(self, x, y, name, src=None, outlet=0):
        box = self.m.obj(x, y, f"pv {name}")
        if src is not None:
            self.m.connect(src, outlet, box, 0)
        return box

    def fmt(self, x, y, tail, src=None, outlet=0):
        """[prepend voice #1 <tail>] into the gate (passes once the server has the voice).

        rave.server's rave.udp.js sends `voice <name> <tail> args` as /rave/<name>/<tail>.
        """
        box = self.m.obj(x, y, f"prepend voice #1 {tail}")
        self.m.connect(box, 0, self.gate, 1)
        if src is not None:
            self.m.connect(src, outlet, box, 0)
        return box

    def msg_into(self, x, y, text, dst, inlet=0, src=None, outlet=0):
        box = self.m.msg(x, y, text)
        self.m.connect(box, 0, dst, inlet)
        if src is not None:
            self.m.connect(src, outlet, box, 0)
        return box

    def setting(self, x, name, route, outlet, ui, apply_):
        """model and method alike: the message or the ui (box, outlet, set message) is kept, shown and applied."""
        m = self.m
        ui_box, ui_outlet, set_text = ui
        t = m.obj(x, 600, "t b l l")
        m.connect(route, outlet, t, 0)
        m.connect(ui_box, ui_outlet, t, 0)
        self.pv(x + 80, 630, name, t, 2)
        ui_set = m.obj(x, 630, set_text)
        m.connect(t, 1, ui_set, 0)
        m.connect(ui_set, 0, ui_box, 0)
        m.connect(t, 0, apply_, 0)
        return ui_set

    def build(self) -> MaxPatch:
        m = self.m
        # ---- panel
        sliders = m.ui("multislider", 200, 120, 160, 80, size=8, setminmax=[0.0, 1.0], setstyle=1,
                       orientation=0, slidercolor=[0.2, 0.4, 0.2, 1.0])
        m.show(sliders, 6, 24, 160, 80)
        name_set, name_box = display_msg(m, 380, 120, 80, 2, 80)
        mute = m.ui("toggle", 380, 200, 20, 20)
        m.show(mute, 172, 24, 16, 16)
        label(m, 1200, 20, "mute", 190, 23, 40)
        led = m.ui("toggle", 420, 200, 20, 20, ignoreclick=1)
        m.show(led, 172, 44, 16, 16)
        label(m, 1200, 40, "on", 190, 43, 30)
        lat_set, latency = numbox(m, "number", 460, 170, 172, 64, 52)
        label(m, 1200, 60, "latency", 172, 86, 56)
        gain = m.ui("slider", 200, 220, 120, 18, orientation=1, floatoutput=1, size=72.0, min=-60.0)
        m.show(gain, 6, 108, 130, 16)
        label(m, 1200, 80, "dB", 140, 106, 30)
        model = m.ui("textedit", 200, 250, 120, 22, lines=1, keymode=1)
        m.show(model, 6, 128, 130, 20)
        method = m.ui("umenu", 340, 250, 80, 22, items=["decode", ",", "forward", ",", "encode"])
        m.show(method, 142, 128, 84, 20)
        status_set, status = display_msg(m, 440, 250, 6, 152, 218)
        self.status_set = status_set
        # created: one place sets it (the gate, the LED, the [pv], a copy for dump)
        self.created_in = m.obj(700, 1220, "t i i i i")
        m.connect(self.created_in, 3, self.gate, 0)
        m.connect(self.created_in, 2, self.pv(760, 1250, "created"), 0)
        led_set = m.obj(820, 1250, "prepend set")
        m.connect(self.created_in, 1, led_set, 0)
        m.connect(led_set, 0, led, 0)
        self.created_copy = m.obj(900, 1250, "i")
        m.connect(self.created_in, 0, self.created_copy, 1)

        # ---- messages in
        glob = m.obj(80, 20, "r rave.voice")     # [s rave.voice] <name> <message>
        mine = m.obj(80, 40, "route #1")
        m.connect(glob, 0, mine, 0)
        names = ["latent", "dim", "range", "bias", "scale", "smooth", "gain", "db", "mute", "out", "pan", "pan/off",
                 "solo", "follow", "follow/off", "model", "method", "load", "attr/set", "attr/get", "restart", "get",
                 "new", "free", "dims", "dump"]
        route = m.obj(20, 60, "route " + " ".join(names), width=900)
        m.connect(self.inlet, 0, route, 0)
        m.connect(mine, 0, route, 0)
        r = {n: i for i, n in enumerate(names)}
        unmatched = len(names)                     # lists (and floats) come out here: latents

        # latents: list / latent (no output), sliders (output: the regression targets)
        store = m.obj(600, 160, "zl reg")
        lat = m.obj(20, 110, "t l l l l")
        m.connect(route, unmatched, lat, 0)
        m.connect(route, r["latent"], lat, 0)
        self.fmt(20, 150, "latent", lat, 0)
        m.connect(lat, 1, store, 1)
        lat_show = m.obj(120, 150, "prepend set")
        m.connect(lat, 2, lat_show, 0)
        m.connect(lat_show, 0, sliders, 0)
        length = m.obj(200, 150, "zl len")
        m.connect(length, 0, self.pv(200, 180, "dims"), 0)
        m.connect(lat, 3, length, 0)
        moved = m.obj(200, 300, "t l l l")
        m.connect(sliders, 0, moved, 0)
        m.connect(moved, 0, self.out_latents, 0)
        self.fmt(260, 330, "latent", moved, 1)
        m.connect(moved, 2, store, 1)
        self.fmt(20, 190, "dim", route, r["dim"])

        # range lo hi: scale and bias of every dimension on the server
        rng = m.obj(20, 230, "t b l")
        m.connect(route, r["range"], rng, 0)
        lohi = m.obj(60, 260, "unpack f f")
        m.connect(rng, 1, lohi, 0)
        self.pv(60, 290, "lo", lohi, 0)
        self.pv(130, 290, "hi", lohi, 1)
        send_range = m.obj(20, 330, "t b b b")
        m.connect(rng, 0, send_range, 0)
        lo = self.pv(20, 360, "lo", send_range, 2)
        lo_t = m.obj(20, 390, "t f f")
        m.connect(lo, 0, lo_t, 0)
        width = m.obj(90, 420, "expr $f1 - $f2")
        m.connect(lo_t, 1, width, 1)
        hi = self.pv(90, 390, "hi", send_range, 1)
        m.connect(hi, 0, width, 0)
        bias = m.obj(20, 480, "pack i f")
        scale = m.obj(100, 480, "pack i f")
        m.connect(lo_t, 0, bias, 1)
        m.connect(width, 0, scale, 1)
        dims = self.pv(160, 360, "dims", send_range, 0)
        uzi = m.obj(160, 390, "uzi")
        m.connect(dims, 0, uzi, 0)
        index = m.obj(160, 420, "- 1")
        m.connect(uzi, 2, index, 0)
        it = m.obj(160, 450, "t i i")
        m.connect(index, 0, it, 0)
        m.connect(it, 1, bias, 0)
        m.connect(it, 0, scale, 0)
        bias_fmt = self.fmt(20, 510, "bias", bias, 0)
        scale_fmt = self.fmt(100, 540, "scale", scale, 0)
        m.connect(route, r["bias"], bias_fmt, 0)
        m.connect(route, r["scale"], scale_fmt, 0)
        self.send_range = send_range

        # out, smooth, pan, solo, follow (remembered for the state), gain, db, mute, attributes, restart, get
        self.kept = {tail: self.keep(x, y, tail, route, r[tail])
                     for tail, x, y in (("out", 450, 390), ("smooth", 300, 390), ("pan", 300, 890),
                                        ("solo", 470, 890), ("follow", 640, 890))}
        for tail, x in (("pan/off", 810), ("follow/off", 960)):
            setting = tail.removesuffix("/off")
            self.msg_into(x, 920, "0", self.pv(x, 950, f"{setting}set"), src=route, outlet=r[tail])
            self.msg_into(x, 890, f"voice #1 {tail}", self.gate, 1, src=route, outlet=r[tail])
        g = m.obj(600, 390, "t f f")
        m.connect(route, r["gain"], g, 0)
        self.fmt(600, 480, "gain", g, 0)
        todb = m.obj(660, 420, "expr 20. * log10($f1 + 0.000001)")
        m.connect(g, 1, todb, 0)
        clip = m.obj(660, 450, "clip -60. 12.")
        m.connect(todb, 0, clip, 0)
        db_in = m.obj(800, 390, "t f f f")
        m.connect(route, r["db"], db_in, 0)
        m.connect(gain, 0, db_in, 0)
        self.fmt(800, 480, "db", db_in, 0)
        gain_set = m.obj(900, 420, "prepend set")
        m.connect(db_in, 1, gain_set, 0)
        m.connect(clip, 0, gain_set, 0)
        m.connect(gain_set, 0, gain, 0)
        self.pv(960, 450, "db", db_in, 2)
        m.connect(clip, 0, self._last("pv db"), 0)
        mu = m.obj(1000, 390, "t i i i")
        m.connect(route, r["mute"], mu, 0)
        m.connect(mute, 0, mu, 0)
        self.fmt(1000, 480, "mute", mu, 0)
        mute_set = m.obj(1060, 420, "prepend set")
        m.connect(mu, 1, mute_set, 0)
        m.connect(mute_set, 0, mute, 0)
        self.pv(1120, 450, "mute", mu, 2)
        self.fmt(1000, 520, "attr/set", route, r["attr/set"])
        self.fmt(1000, 550, "attr/get", route, r["attr/get"])
        for i, tail in enumerate(("restart", "get")):
            box = m.msg(1150 + 120 * i, 520, f"voice #1 {tail}")
            m.connect(route, r[tail], box, 0)
            m.connect(box, 0, self.gate, 1)

        # model, method, load: load if the server has the voice, else create it
        apply_ = m.obj(20, 600, "pv created")
        decide = m.obj(20, 630, "sel 0 1")
        m.connect(apply_, 0, decide, 0)
        new = m.obj(20, 660, "t b")
        load = m.obj(120, 660, "t b b b")
        m.connect(decide, 0, new, 0)
        m.connect(decide, 1, load, 0)
        model_set = self.setting(300, "model", route, r["model"], (model, 0, "prepend set"), apply_)
        method_set = self.setting(500, "method", route, r["method"], (method, 1, "prepend setsymbol"), apply_)
        ld = m.obj(700, 600, "t b l")
        m.connect(route, r["load"], ld, 0)
        ldu = m.obj(700, 630, "unpack s s")
        m.connect(ld, 1, ldu, 0)
        m.connect(ldu, 0, model_set, 0)
        m.connect(ldu, 0, self._last("pv model"), 0)
        m.connect(ldu, 1, method_set, 0)
        m.connect(ldu, 1, self._last("pv method"), 0)
        m.connect(ld, 0, apply_, 0)
        # new: /rave/voice/new <name> <model> <method>, once, and only with a model
        m.connect(route, r["new"], new, 0)
        pend = self.pv(20, 690, "pending", new, 0)
        free_to_go = m.obj(20, 720, "sel 0")
        m.connect(pend, 0, free_to_go, 0)
        fire = m.obj(20, 750, "t b b")
        m.connect(free_to_go, 0, fire, 0)
        npack = m.obj(20, 840, "pack s s")
        self.m.connect(self.pv(100, 780, "method", fire, 1), 0, npack, 1)
        has = m.obj(20, 810, "sel none")
        m.connect(self.pv(20, 780, "model", fire, 0), 0, has, 0)
        go = m.obj(100, 810, "t l b")
        m.connect(has, 1, go, 0)
        m.connect(go, 0, npack, 0)
        self.msg_into(180, 840, "1", self.pv(180, 870, "pending"), src=go, outlet=1)
        self.msg_into(240, 840, "creating", status_set, src=go, outlet=1)
        new_fmt = m.obj(20, 870, "prepend /rave/voice/new #1")
        m.connect(npack, 0, new_fmt, 0)
        m.connect(new_fmt, 0, self.tx, 0)
        # load: /rave/<name>/load <model> <method>
        lpack = m.obj(120, 720, "pack s s")
        m.connect(self.pv(200, 690, "method", load, 1), 0, lpack, 1)
        m.connect(self.pv(120, 690, "model", load, 0), 0, lpack, 0)
        self.fmt(120, 750, "load", lpack, 0)
        self.msg_into(280, 690, "loading", status_set, src=load, outlet=2)
        # free
        fr = m.obj(800, 660, "t b b")
        m.connect(route, r["free"], fr, 0)
        free_fmt = m.obj(800, 720, "prepend /rave/voice/free")
        m.connect(self.pv(800, 690, "name", fr, 1), 0, free_fmt, 0)
        m.connect(free_fmt, 0, self.tx, 0)
        self.created(900, 690, fr, 0, 0)
        self.pv(900, 600, "dims", route, r["dims"])

        self.replies(status_set, lat_set, sliders, led)
        self.start(sliders, store, name_set, model_set, method_set, gain_set, mute_set)
        # dump
        fields = [("model", self.pv(1200, 700, "model")), ("method", self.pv(1280, 700, "method")),
                  ("latency", latency), ("status", status), ("created", self.created_copy),
                  ("db", self.pv(1360, 700, "db")), ("mute", self.pv(1440, 700, "mute")), ("latents", store)]
        trig = dump(m, 1200, 740, fields, self.out_events)
        m.connect(route, r["dump"], trig, 0)
        del name_box
        return m

    def _last(self, text: str) -> str:
        """The most recent box with this text (to connect to it again)."""
        for entry in reversed(self.m.boxes):
            if entry["box"].get("text") == text:
                return entry["box"]["id"]
        raise KeyError(text)

    def created(self, x, y, src, outlet, value):
        """created := value: the gate, the LED, the [pv]."""
        box = self.msg_into(x, y, str(value), self.created_in, src=src, outlet=outlet)
        return box

    def keep(self, x, y, tail, route, outlet):
        """`tail args` to the server, kept in a [zl reg] and flagged in [pv <tail>set] for the state push.

        Returns (the [zl reg], its formatter). `<tail>/off` sets the flag to 0 again.
        """
        m = self.m
        t = m.obj(x, y, "t l l b")
        m.connect(route, outlet, t, 0)
        store = m.obj(x, y + 30, "zl reg")
        m.connect(t, 1, store, 1)
        self.msg_into(x + 60, y + 30, "1", self.pv(x + 60, y + 60, f"{tail}set"), src=t, outlet=2)
        return store, self.fmt(x, y + 90, tail, t, 0)

    def replies(self, status_set, lat_set, sliders, led):
        m = self.m
        rx = m.obj(20, 1000, f"r {BUS_RX}")
        top = m.obj(20, 1030, "route done fail voice #1")
        m.connect(rx, 0, top, 0)
        # the per-voice addresses are set at load through route's argument inlets (#1 cannot be inside
        # a symbol); until then they hold /rave/voice/..., which no reply carries ("voice" is reserved)
        done = m.obj(20, 1060, "route /rave/voice/new /rave/voice/load /rave/voice/restart /rave/voice/free "
                               "/rave/voice/get /rave/voice/attr/get", width=600)
        self.done_route = done
        m.connect(top, 0, done, 0)
        mine = m.obj(20, 1090, "route #1")
        m.connect(done, 0, mine, 0)
        latency = m.obj(20, 1150, "t b i")
        m.connect(mine, 0, latency, 0)
        reloaded = m.obj(150, 1090, "t b l")
        m.connect(done, 1, reloaded, 0)
        m.connect(done, 2, reloaded, 0)
        rev = m.obj(200, 1120, "zl rev")
        m.connect(reloaded, 1, rev, 0)
        last = m.obj(200, 1150, "unpack f")
        m.connect(rev, 0, last, 0)
        m.connect(last, 0, latency, 0)
        m.connect(latency, 1, lat_set, 0)
        lat_out = m.obj(100, 1180, "prepend latency")
        m.connect(latency, 1, lat_out, 0)
        m.connect(lat_out, 0, self.out_events, 0)
        ready = m.obj(20, 1220, "t b b b b")
        m.connect(latency, 0, ready, 0)
        m.connect(reloaded, 0, ready, 0)
        self.msg_into(300, 1090, "0", self.created_in, src=done, outlet=3)
        for i, tail in ((4, "get"), (5, "attr/get")):
            pre = m.obj(400 + 160 * (i - 4), 1120, f"prepend done {tail}")
            m.connect(done, i, pre, 0)
            m.connect(pre, 0, self.out_events, 0)
        # ready: the server has the voice: mark it, send the whole state, announce
        self.msg_into(20, 1250, "0", self.pv(20, 1280, "pending"), src=ready, outlet=3)
        self.msg_into(80, 1250, "1", self.created_in, src=ready, outlet=2)
        push = m.obj(140, 1280, "t b b b b b")
        m.connect(ready, 1, push, 0)
        self.msg_into(240, 1250, "ready", status_set, src=ready, outlet=0)
        m.connect(push, 4, self.send_range, 0)
        m.connect(push, 3, sliders, 0)                   # the sliders output: latents sent, targets out
        self.fmt(260, 1340, "db", self.pv(260, 1310, "db", push, 2), 0)
        self.fmt(340, 1340, "mute", self.pv(340, 1310, "mute", push, 1), 0)
        rest = m.obj(420, 1310, "t" + " b" * len(self.kept))    # out, smooth, pan, solo, follow: in this order
        m.connect(push, 0, rest, 0)
        for i, (tail, (store, fmt)) in enumerate(self.kept.items()):
            x = 420 + 120 * i
            is_set = m.obj(x, 1370, "sel 1")
            m.connect(self.pv(x, 1340, f"{tail}set", rest, len(self.kept) - 1 - i), 0, is_set, 0)
            m.connect(is_set, 0, store, 0)
            m.connect(store, 0, fmt, 0)
        # fail: this voice's addresses, or /rave/voice/new while ours is pending
        fail_t = m.obj(700, 1030, "t l l b")
        m.connect(top, 1, fail_t, 0)
        fgate = m.obj(700, 1120, "gate 1 0")
        self.msg_into(820, 1060, "0", fgate, 0, src=fail_t, outlet=2)
        addresses = " ".join(f"/rave/voice/{t}" for t in VOICE_COMMANDS)
        which = m.obj(760, 1060, f"route /rave/voice/new {addresses}", width=900)
        self.fail_route = which
        m.connect(fail_t, 1, which, 0)
        opened = m.msg(900, 1090, "1")
        m.connect(opened, 0, fgate, 0)
        for i in range(1, len(VOICE_COMMANDS) + 1):
            m.connect(which, i, opened, 0)
        newfail = m.obj(760, 1090, "t b")
        m.connect(which, 0, newfail, 0)
        pending = self.pv(760, 1120, "pending", newfail, 0)
        was = m.obj(760, 1150, "sel 1")
        m.connect(pending, 0, was, 0)
        m.connect(was, 0, opened, 0)
        self.msg_into(820, 1180, "0", self.pv(820, 1210, "pending"), src=was, outlet=0)
        m.connect(fail_t, 0, fgate, 1)
        fout = m.obj(700, 1150, "t l l")
        m.connect(fgate, 0, fout, 0)
        fpre = m.obj(700, 1180, "prepend fail")
        m.connect(fout, 0, fpre, 0)
        m.connect(fpre, 0, self.out_events, 0)
        reason = m.obj(600, 1180, "zl slice 1")
        m.connect(fout, 1, reason, 0)
        m.connect(reason, 1, status_set, 0)
        # the voice list: adopt, reload or create
        vl = m.obj(1000, 1030, "route list.reply")
        m.connect(top, 2, vl, 0)
        sync = m.obj(1000, 1060, "t b l b")
        m.connect(vl, 0, sync, 0)
        reset = m.msg(1150, 1090, "0")
        m.connect(sync, 2, reset, 0)
        m.connect(reset, 0, self.pv(1150, 1120, "found"), 0)
        m.connect(reset, 0, self.pv(1220, 1120, "differs"), 0)
        each = m.obj(1000, 1090, "zl iter 3")
        m.connect(sync, 1, each, 0)
        who = m.obj(1000, 1120, "route #1")
        m.connect(each, 0, who, 0)
        hit = m.obj(1000, 1150, "t l b l b")
        m.connect(who, 0, hit, 0)
        self.msg_into(1300, 1180, "1", self.pv(1300, 1210, "found"), src=hit, outlet=3)
        theirs = m.obj(1150, 1210, "zl reg")
        m.connect(hit, 2, theirs, 1)
        no_model = m.obj(1150, 1180, "sel none")
        m.connect(self.pv(1150, 1150, "model", hit, 1), 0, no_model, 0)
        m.connect(no_model, 0, theirs, 0)
        adopt = m.obj(1150, 1240, "unpack s s")
        m.connect(theirs, 0, adopt, 0)
        self.pv(1150, 1270, "model", adopt, 0)
        self.pv(1230, 1270, "method", adopt, 1)
        cmp_t = m.obj(1000, 1180, "t l b")
        m.connect(hit, 0, cmp_t, 0)
        same = m.obj(1000, 1240, "sel none")
        m.connect(self.pv(1060, 1210, "model", cmp_t, 1), 0, same, 1)
        cu = m.obj(1000, 1210, "unpack s s")
        m.connect(cmp_t, 0, cu, 0)
        m.connect(cu, 0, same, 0)
        self.msg_into(1000, 1270, "1", self.pv(1000, 1300, "differs"), src=same, outlet=1)
        found = self.pv(1000, 1340, "found", sync, 0)
        fsel = m.obj(1000, 1370, "sel 0 1")
        m.connect(found, 0, fsel, 0)
        m.connect(fsel, 0, self._last_new(), 0)
        differs = self.pv(1100, 1400, "differs", fsel, 1)
        dsel = m.obj(1100, 1430, "sel 0 1")
        m.connect(differs, 0, dsel, 0)
        m.connect(dsel, 0, ready, 0)
        reload = m.obj(1200, 1460, "t b b")
        m.connect(dsel, 1, reload, 0)
        self.msg_into(1260, 1490, "1", self.created_in, src=reload, outlet=1)
        m.connect(reload, 0, self._last_load(), 0)
        # pushed by the server after notify 1: frames, model errors
        pushed = m.obj(1400, 1030, "route frame error")
        m.connect(top, 3, pushed, 0)
        frame_out = m.obj(1400, 1060, "prepend frame")
        m.connect(pushed, 0, frame_out, 0)
        m.connect(frame_out, 0, self.out_events, 0)
        error_out = m.obj(1500, 1060, "prepend error")
        m.connect(pushed, 1, error_out, 0)
        m.connect(error_out, 0, self.out_events, 0)
        m.connect(pushed, 1, status_set, 0)

    def _last_new(self) -> str:
        return self._first("t b", x=20, y=660)

    def _last_load(self) -> str:
        return self._first("t b b b", x=120, y=660)

    def _first(self, text, x, y) -> str:
        for entry in self.m.boxes:
            b = entry["box"]
            if b.get("text") == text and b["patching_rect"][:2] == [x, y]:
                return b["id"]
        raise KeyError(text)

    def start(self, sliders, store, name_set, model_set, method_set, gain_set, mute_set):
        m = self.m
        load = m.obj(1200, 120, "loadbang")
        init = m.obj(1200, 150, "t b b b b")
        m.connect(load, 0, init, 0)
        args = m.obj(1200, 180, "patcherargs none none decode 8")
        m.connect(init, 3, args, 0)
        parts = m.obj(1200, 210, "unpack s s s i")
        m.connect(args, 0, parts, 0)
        self.pv(1200, 240, "name", parts, 0)
        m.connect(parts, 0, name_set, 0)
        tails = [(self.done_route, k + 1, t) for k, t in ((1, "load"), (2, "restart"), (4, "get"), (5, "attr/get"))]
        tails += [(self.fail_route, k + 2, t) for k, t in enumerate(VOICE_COMMANDS)]
        fan = m.obj(1500, 240, "t " + " ".join(["s"] * len(tails)), width=400)
        m.connect(parts, 0, fan, 0)
        for i, (route_box, inlet, tail) in enumerate(tails):
            compose = m.obj(1500 + 10 * i, 280 + 25 * i, f"sprintf symout /rave/%s/{tail}")
            m.connect(fan, i, compose, 0)
            m.connect(compose, 0, route_box, inlet)
        given = m.obj(1280, 240, "sel none")
        m.connect(parts, 1, given, 0)
        m.connect(given, 1, self.pv(1280, 270, "model"), 0)
        m.connect(given, 1, model_set, 0)
        self.pv(1360, 240, "method", parts, 2)
        m.connect(parts, 2, method_set, 0)
        self.pv(1440, 240, "dims", parts, 3)
        defaults = m.obj(1200, 300, "t b b b b b")
        m.connect(init, 2, defaults, 0)
        self.msg_into(1200, 330, "-3", self.pv(1200, 360, "lo"), src=defaults, outlet=4)
        self.msg_into(1260, 330, "3", self.pv(1260, 360, "hi"), src=defaults, outlet=4)
        zero = m.msg(1320, 330, "0")
        m.connect(defaults, 3, zero, 0)
        for i, name in enumerate(("pending", *(f"{tail}set" for tail in self.kept), "db", "mute")):
            m.connect(zero, 0, self.pv(1320 + 70 * i, 360, name), 0)
        m.connect(zero, 0, self.created_in, 0)
        m.connect(zero, 0, gain_set, 0)
        m.connect(zero, 0, mute_set, 0)
        half = m.msg(1200, 400, "0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5")
        m.connect(defaults, 2, half, 0)
        half_set = m.obj(1200, 430, "prepend set")
        m.connect(half, 0, half_set, 0)
        m.connect(half_set, 0, sliders, 0)
        m.connect(half, 0, store, 1)
        m.connect(init, 0, sliders, 0)             # the latents (targets) go out once at load


def rave_voice() -> MaxPatch:
    return Voice().build()


# ------------------------------------------------------------------ rave.regress

def rave_regress() -> MaxPatch:
    m = MaxPatch(rect=(60, 80, 1300, 760), abstractions=COUNTS, description=BY_NAME["rave.regress"].digest)
    frame(m, 250, 156, "rave.regress", PANEL_REGRESS)
    inlet = m.inlet(20, 20, 1, "record, train, cancel, run, delete, outputs, inputs, control, connect, listen, dump")
    out_outputs = m.outlet(20, 720, 1, "outputs (list) while running")
    out_status = m.outlet(600, 720, 2, "examples, training, done-training, error, display")
    glob = m.obj(80, 20, "r rave.regress")
    names = ["record", "train", "cancel", "run", "delete", "outputs", "inputs", "control", "connect", "listen",
             "dump"]
    route = m.obj(20, 60, "route " + " ".join(names), width=600)
    m.connect(inlet, 0, route, 0)
    m.connect(glob, 0, route, 0)
    r = {n: i for i, n in enumerate(names)}
    send = m.obj(20, 660, f"udpsend {HOST} {STAGE_PORT}")
    receive = m.obj(700, 400, f"udpreceive {STAGE_OUT_PORT}")

    # panel
    rec = m.ui("toggle", 900, 60, 20, 20)
    m.show(rec, 6, 24, 16, 16)
    label(m, 900, 300, "record", 24, 23, 50)
    train_b = m.ui("button", 940, 60, 20, 20)
    m.show(train_b, 76, 24, 16, 16)
    label(m, 940, 300, "train", 94, 23, 40)
    run = m.ui("toggle", 980, 60, 20, 20)
    m.show(run, 134, 24, 16, 16)
    label(m, 980, 300, "run", 152, 23, 30)
    delete = m.ui("button", 1020, 60, 20, 20)
    m.show(delete, 184, 24, 16, 16)
    label(m, 1020, 300, "delete", 202, 23, 46)
    ex_set, examples = numbox(m, "number", 900, 100, 6, 46, 50)
    label(m, 1060, 300, "examples", 58, 47, 60)
    status_set, status = display_msg(m, 960, 100, 124, 46, 100)
    trained = m.ui("button", 1080, 60, 20, 20, ignoreclick=1)
    m.show(trained, 228, 49, 16, 16)
    targets = m.ui("multislider", 900, 160, 114, 48, size=16, setminmax=[0.0, 1.0], setstyle=1, ignoreclick=1)
    m.show(targets, 6, 84, 114, 44)
    outputs = m.ui("multislider", 1030, 160, 114, 48, size=16, setminmax=[0.0, 1.0], setstyle=1, ignoreclick=1)
    m.show(outputs, 130, 84, 114, 44)
    label(m, 900, 330, "targets", 6, 70, 60)
    label(m, 960, 330, "outputs", 130, 70, 60)
    err_set, error = display_msg(m, 900, 220, 6, 132, 238)

    # connection: arguments, connect, listen
    load = m.obj(300, 100, "loadbang")
    args = m.obj(300, 130, f"patcherargs {HOST} {STAGE_PORT} {STAGE_OUT_PORT}")
    m.connect(load, 0, args, 0)
    parts = m.obj(300, 160, "unpack s i i")
    m.connect(args, 0, parts, 0)
    m.connect(route, r["connect"], parts, 0)
    m.connect(m.obj(300, 190, "prepend host"), 0, send, 0)
    m.connect(parts, 0, m.boxes[-1]["box"]["id"], 0)
    port = m.obj(400, 190, "prepend port")
    m.connect(parts, 1, port, 0)
    m.connect(port, 0, send, 0)
    listen = m.obj(500, 190, "prepend port")
    m.connect(parts, 2, listen, 0)
    m.connect(route, r["listen"], listen, 0)
    m.connect(listen, 0, receive, 0)

    def control(x, y, name, src, outlet=0):
        box = m.msg(x, y, f"/wekinator/control/{name}")
        m.connect(src, outlet, box, 0)
        m.connect(box, 0, send, 0)
        return box

    def say(x, y, text, src, outlet=0):
        box = m.msg(x, y, text)
        m.connect(src, outlet, box, 0)
        m.connect(box, 0, status_set, 0)
        return box

    # targets: kept, shown, sent; sent again before recording starts
    tin = m.obj(20, 300, "t l l l b")
    m.connect(route, r["outputs"], tin, 0)
    kept = m.obj(20, 360, "zl reg")
    m.connect(tin, 1, kept, 1)
    m.connect(m.msg(140, 330, "1"), 0, m.obj(140, 360, "pv hastargets"), 0)
    m.connect(tin, 3, m.boxes[-2]["box"]["id"], 0)
    tsize = m.obj(200, 330, "t l l")
    m.connect(tin, 2, tsize, 0)
    tlen = m.obj(260, 360, "zl len")
    m.connect(tsize, 1, tlen, 0)
    size_msg = m.obj(260, 390, "prepend size")
    m.connect(tlen, 0, size_msg, 0)
    m.connect(size_msg, 0, targets, 0)
    tset = m.obj(200, 390, "prepend set")
    m.connect(tsize, 0, tset, 0)
    m.connect(tset, 0, targets, 0)
    out_fmt = m.obj(20, 420, "prepend /wekinator/control/outputs")
    m.connect(tin, 0, out_fmt, 0)
    m.connect(out_fmt, 0, send, 0)
    push = m.obj(20, 240, "pv hastargets")
    push_sel = m.obj(20, 270, "sel 1")
    m.connect(push, 0, push_sel, 0)
    m.connect(push_sel, 0, kept, 0)
    m.connect(kept, 0, out_fmt, 0)
    begin = m.obj(120, 240, f"r {RECORD_BEGIN}")
    m.connect(begin, 0, push, 0)

    # record (message or toggle)
    rec_sel = m.obj(300, 240, "sel 1 0")
    m.connect(route, r["record"], rec_sel, 0)
    m.connect(rec, 0, rec_sel, 0)
    on = m.obj(300, 270, "t b b b")
    m.connect(rec_sel, 0, on, 0)
    m.connect(on, 2, push, 0)
    control(300, 300, "startRecording", on, 1)
    state_on = m.msg(420, 300, "1")
    m.connect(on, 0, state_on, 0)
    state_s = m.obj(420, 330, f"s {RECORD_STATE}")
    m.connect(state_on, 0, state_s, 0)
    off = m.obj(480, 270, "t b b")
    m.connect(rec_sel, 1, off, 0)
    control(480, 300, "stopRecording", off, 1)
    state_off = m.msg(600, 300, "0")
    m.connect(off, 0, state_off, 0)
    m.connect(state_off, 0, state_s, 0)
    # the shared recording state drives the toggle (the foot switch sets it too)
    state_r = m.obj(300, 370, f"r {RECORD_STATE}")
    st = m.obj(300, 400, "t i i i")
    m.connect(state_r, 0, st, 0)
    rec_set = m.obj(300, 430, "prepend set")
    m.connect(st, 2, rec_set, 0)
    m.connect(rec_set, 0, rec, 0)
    m.connect(st, 1, m.obj(380, 430, "pv recording"), 0)
    became = m.obj(460, 430, "sel 1")
    m.connect(st, 0, became, 0)
    say(460, 460, "recording", became)
    run_set = m.obj(560, 460, "prepend set")
    m.connect(run_set, 0, run, 0)
    m.connect(m.msg(560, 430, "0"), 0, run_set, 0)
    m.connect(became, 0, m.boxes[-2]["box"]["id"], 0)

    # train, cancel, run, delete, inputs, control
    tr = m.obj(700, 240, "t b b")
    m.connect(route, r["train"], tr, 0)
    m.connect(train_b, 0, tr, 0)
    control(700, 270, "train", tr, 1)
    say(860, 270, "training", tr, 0)
    cancel = m.msg(700, 300, "/wekinator/control/cancelTrain")
    m.connect(route, r["cancel"], cancel, 0)
    m.connect(cancel, 0, send, 0)
    run_sel = m.obj(700, 330, "sel 1 0")
    m.connect(route, r["run"], run_sel, 0)
    m.connect(run, 0, run_sel, 0)
    run_on = m.obj(700, 360, "t b b b b")
    m.connect(run_sel, 0, run_on, 0)
    control(700, 390, "startRunning", run_on, 3)
    m.connect(run_on, 2, state_off, 0)
    m.connect(m.msg(860, 390, "set 1"), 0, run, 0)
    m.connect(run_on, 1, m.boxes[-2]["box"]["id"], 0)
    m.connect(m.msg(920, 390, "1"), 0, m.obj(920, 420, "pv running"), 0)
    m.connect(run_on, 1, m.boxes[-2]["box"]["id"], 0)
    say(980, 390, "running", run_on, 0)
    run_off = m.obj(700, 450, "t b b b")
    m.connect(run_sel, 1, run_off, 0)
    control(700, 480, "stopRunning", run_off, 2)
    m.connect(m.msg(860, 480, "set 0"), 0, run, 0)
    m.connect(run_off, 1, m.boxes[-2]["box"]["id"], 0)
    m.connect(m.msg(920, 480, "0"), 0, m.obj(920, 510, "pv running"), 0)
    m.connect(run_off, 1, m.boxes[-2]["box"]["id"], 0)
    say(980, 480, "stopped", run_off, 0)
    dl = m.msg(20, 480, "/wekinator/control/deleteAllExamples")
    m.connect(route, r["delete"], dl, 0)
    m.connect(delete, 0, dl, 0)
    m.connect(dl, 0, send, 0)
    inputs = m.obj(20, 540, "prepend /wek/inputs")
    m.connect(route, r["inputs"], inputs, 0)
    m.connect(inputs, 0, send, 0)
    ctl = m.obj(300, 540, "t l b")
    m.connect(route, r["control"], ctl, 0)
    join = m.obj(300, 630, "zl join")
    clear = m.msg(380, 570, "zlclear")
    m.connect(ctl, 1, clear, 0)
    m.connect(clear, 0, join, 0)
    first = m.obj(300, 570, "zl slice 1")
    m.connect(ctl, 0, first, 0)
    m.connect(first, 1, join, 1)
    address = m.obj(300, 600, "sprintf /wekinator/control/%s")
    m.connect(first, 0, address, 0)
    m.connect(address, 0, join, 0)
    m.connect(join, 0, send, 0)

    # from the stage
    kinds = m.obj(700, 560, "route /wek/outputs /wekinator/status/examples /wekinator/status/training "
                            "/wekinator/status/done-training /wekinator/status/training-cancelled "
                            "/wekinator/status/error /wekinator/status/saved /wekinator/status/loaded", width=560)
    m.connect(receive, 0, kinds, 0)
    ot = m.obj(700, 590, "t l l l")
    m.connect(kinds, 0, ot, 0)
    m.connect(ot, 0, out_outputs, 0)
    olen = m.obj(760, 620, "zl len")
    m.connect(ot, 1, olen, 0)
    osize = m.obj(760, 650, "prepend size")
    m.connect(olen, 0, osize, 0)
    m.connect(osize, 0, outputs, 0)
    oset = m.obj(860, 620, "prepend set")
    m.connect(ot, 2, oset, 0)
    m.connect(oset, 0, outputs, 0)
    for i, kind in enumerate(["examples", "training", "done-training", "training-cancelled", "error", "saved",
                              "loaded"], start=1):
        pre = m.obj(950 + 10 * i, 600 + 25 * i, f"prepend {kind}")
        m.connect(kinds, i, pre, 0)
        m.connect(pre, 0, out_status, 0)
    exf = m.obj(1000, 560, "zl slice 1")
    m.connect(kinds, 1, exf, 0)
    m.connect(exf, 0, ex_set, 0)
    pct = m.obj(1100, 560, "sprintf training:%d%%")
    m.connect(m.obj(1100, 530, "* 100."), 0, pct, 0)
    m.connect(kinds, 2, m.boxes[-2]["box"]["id"], 0)
    m.connect(pct, 0, status_set, 0)
    done = m.obj(1200, 530, "t b b")
    m.connect(kinds, 3, done, 0)
    m.connect(done, 0, trained, 0)
    say(1200, 560, "trained", done, 1)
    say(1280, 560, "cancelled", kinds, 4)
    reason = m.obj(1200, 600, "zl slice 1")
    m.connect(kinds, 5, reason, 0)
    m.connect(reason, 1, err_set, 0)
    m.connect(m.obj(1300, 600, "prepend error"), 0, m.obj(1300, 630, "print rave.regress"), 0)
    m.connect(kinds, 5, m.boxes[-2]["box"]["id"], 0)
    say(1200, 660, "saved", kinds, 6)
    say(1280, 660, "loaded", kinds, 7)
    say(900, 20, "idle", load, 0)

    fields = [("examples", examples), ("status", status), ("error", error),
              ("recording", m.obj(1000, 700, "pv recording")), ("running", m.obj(1100, 700, "pv running"))]
    trig = dump(m, 1000, 740, fields, out_status)
    m.connect(route, r["dump"], trig, 0)
    return m


# ------------------------------------------------------------------ rave.gametrak.scale

def rave_gametrak_scale() -> MaxPatch:
    m = MaxPatch(rect=(60, 80, 1300, 760), abstractions=COUNTS,
                 description=BY_NAME["rave.gametrak.scale"].digest)
    frame(m, 200, 140, "rave.gametrak.scale", PANEL_GAMETRAK)
    inlet = m.inlet(20, 20, 1, "abs <axis> <value>, key btn_0 <0|1>, smooth, interval, range, foot, on, connect")
    out_values = m.outlet(20, 700, 1, "six values 0..1 each tick")
    out_record = m.outlet(700, 700, 2, "record 0|1")
    send = m.obj(20, 660, f"udpsend {HOST} {STAGE_PORT}")
    meters = m.ui("multislider", 900, 60, 110, 84, size=6, setminmax=[0.0, 1.0], setstyle=1, orientation=1,
                  ignoreclick=1)
    m.show(meters, 6, 24, 110, 84)
    for i, text in enumerate(["left x", "left y", "left length", "right x", "right y", "right length"]):
        label(m, 1100, 60 + 20 * i, text, 120, 22 + 14 * i, 80)
    rec = m.ui("toggle", 1000, 200, 20, 20)
    m.show(rec, 6, 116, 16, 16)
    label(m, 1100, 200, "record", 24, 115, 50)
    smooth_box = m.ui("flonum", 1050, 200, 50, 22)
    m.show(smooth_box, 84, 114, 46, 20)
    label(m, 1100, 220, "smooth ms", 132, 115, 66)

    names = ["abs", "key", "smooth", "interval", "range", "foot", "on", "connect"]
    route = m.obj(20, 60, "route " + " ".join(names), width=420)
    m.connect(inlet, 0, route, 0)
    r = {n: i for i, n in enumerate(names)}
    load = m.obj(500, 20, "loadbang")
    args = m.obj(500, 50, f"patcherargs {HOST} {STAGE_PORT}")
    m.connect(load, 0, args, 0)
    parts = m.obj(500, 80, "unpack s i")
    m.connect(args, 0, parts, 0)
    m.connect(route, r["connect"], parts, 0)
    host = m.obj(500, 110, "prepend host")
    port = m.obj(600, 110, "prepend port")
    m.connect(parts, 0, host, 0)
    m.connect(parts, 1, port, 0)
    m.connect(host, 0, send, 0)
    m.connect(port, 0, send, 0)

    # axes: normalise (lengths inverted), hold; each tick: smooth, pack, send
    axes = m.obj(20, 100, "route " + " ".join(AXES))
    m.connect(route, r["abs"], axes, 0)
    lo = m.obj(20, 130, "r #0_lo")
    hi = m.obj(80, 130, "r #0_hi")
    coef = m.obj(140, 130, "r #0_a")
    seen = m.msg(420, 130, "1")
    metro = m.obj(20, 250, "metro 10")
    on_gate = m.obj(20, 280, "gate 1 1")
    seen_gate = m.obj(20, 310, "gate 1 0")
    m.connect(metro, 0, on_gate, 1)
    m.connect(on_gate, 0, seen_gate, 1)
    m.connect(seen, 0, seen_gate, 0)
    m.connect(route, r["on"], on_gate, 0)
    tick = m.obj(20, 340, "t b b b b b b")
    m.connect(seen_gate, 0, tick, 0)
    pack = m.obj(20, 480, "pack f f f f f f")
    for k, axis in enumerate(AXES):
        x = 180 + 110 * k
        norm = m.obj(x, 160, "expr min(max(($f1 - $f2) / ($f3 - $f2)\\, 0.)\\, 1.)", width=100)
        m.connect(axes, k, norm, 0)
        m.connect(axes, k, seen, 0)
        m.connect(lo, 0, norm, 1)
        m.connect(hi, 0, norm, 2)
        held = m.obj(x, 250, "f")
        if axis in ("abs_z", "abs_rz"):
            inv = m.obj(x, 200, "!- 1.")
            m.connect(norm, 0, inv, 0)
            m.connect(inv, 0, held, 1)
        else:
            m.connect(norm, 0, held, 1)
        m.connect(tick, k, held, 0)
        smooth = m.obj(x, 300, "expr $f2 + $f3 * ($f1 - $f2)", width=100)
        m.connect(held, 0, smooth, 0)
        m.connect(coef, 0, smooth, 2)
        st = m.obj(x, 340, "t f f")
        m.connect(smooth, 0, st, 0)
        m.connect(st, 1, smooth, 1)
        m.connect(st, 0, pack, k)
    out_t = m.obj(20, 520, "t l l l")
    m.connect(pack, 0, out_t, 0)
    m.connect(out_t, 0, out_values, 0)
    mset = m.obj(120, 550, "prepend set")
    m.connect(out_t, 1, mset, 0)
    m.connect(mset, 0, meters, 0)
    inputs = m.obj(20, 580, "prepend /wek/inputs")
    m.connect(out_t, 2, inputs, 0)
    m.connect(inputs, 0, send, 0)

    # range, smoothing, interval
    rg = m.obj(600, 200, "unpack f f")
    m.connect(route, r["range"], rg, 0)
    m.connect(rg, 0, m.obj(600, 230, "s #0_lo"), 0)
    m.connect(rg, 1, m.obj(680, 230, "s #0_hi"), 0)
    sm = m.obj(600, 280, "t f f")
    m.connect(route, r["smooth"], sm, 0)
    m.connect(smooth_box, 0, sm, 0)
    sset = m.obj(680, 310, "prepend set")
    m.connect(sm, 0, sset, 0)
    m.connect(sset, 0, smooth_box, 0)
    a = m.obj(600, 340, "expr 1. - exp(-$f2 / max($f1\\, 0.000001))", width=240)
    m.connect(sm, 1, a, 0)
    m.connect(a, 0, m.obj(600, 370, "s #0_a"), 0)
    iv = m.obj(860, 280, "t b i i")
    m.connect(route, r["interval"], iv, 0)
    m.connect(iv, 2, metro, 1)
    m.connect(iv, 1, a, 1)
    m.connect(iv, 0, m.obj(860, 310, "pv smoothms"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, a, 0)
    m.connect(sm, 1, m.obj(760, 310, "pv smoothms"), 0)

    # foot switch: toggle (default) or hold; the recording state is shared
    keys = m.obj(400, 420, "route btn_0")
    m.connect(route, r["key"], keys, 0)
    mode = m.obj(500, 420, "route toggle hold")
    m.connect(route, r["foot"], mode, 0)
    m.connect(m.msg(500, 450, "0"), 0, m.obj(500, 480, "pv hold"), 0)
    m.connect(mode, 0, m.boxes[-2]["box"]["id"], 0)
    m.connect(m.msg(560, 450, "1"), 0, m.obj(560, 480, "pv hold"), 0)
    m.connect(mode, 1, m.boxes[-2]["box"]["id"], 0)
    kt = m.obj(400, 450, "t b i")
    m.connect(keys, 0, kt, 0)
    value = m.obj(450, 510, "i")
    m.connect(kt, 1, value, 1)
    how = m.obj(400, 510, "sel 0 1")
    m.connect(m.obj(400, 480, "pv hold"), 0, how, 0)
    m.connect(kt, 0, m.boxes[-1]["box"]["id"], 0)
    m.connect(how, 0, value, 0)
    pressed = m.obj(400, 540, "sel 1")
    m.connect(value, 0, pressed, 0)
    flip = m.obj(400, 600, "== 0")
    m.connect(m.obj(400, 570, "pv recording"), 0, flip, 0)
    m.connect(pressed, 0, m.boxes[-1]["box"]["id"], 0)
    set_rec = m.obj(700, 500, "sel 1 0")
    m.connect(flip, 0, set_rec, 0)
    held_value = m.obj(500, 540, "i")
    m.connect(kt, 1, held_value, 1)
    m.connect(how, 1, held_value, 0)
    m.connect(held_value, 0, set_rec, 0)
    m.connect(rec, 0, set_rec, 0)
    start = m.obj(700, 530, "t b b b")
    m.connect(set_rec, 0, start, 0)
    m.connect(start, 2, m.obj(700, 560, f"s {RECORD_BEGIN}"), 0)
    srec = m.msg(780, 560, "/wekinator/control/startRecording")
    m.connect(start, 1, srec, 0)
    m.connect(srec, 0, send, 0)
    one = m.msg(1000, 560, "1")
    m.connect(start, 0, one, 0)
    stop = m.obj(900, 530, "t b b")
    m.connect(set_rec, 1, stop, 0)
    prec = m.msg(900, 590, "/wekinator/control/stopRecording")
    m.connect(stop, 1, prec, 0)
    m.connect(prec, 0, send, 0)
    zero = m.msg(1060, 560, "0")
    m.connect(stop, 0, zero, 0)
    share = m.obj(1000, 620, "t i i")
    m.connect(one, 0, share, 0)
    m.connect(zero, 0, share, 0)
    m.connect(share, 1, m.obj(1060, 650, f"s {RECORD_STATE}"), 0)
    rout = m.obj(1000, 650, "prepend record")
    m.connect(share, 0, rout, 0)
    m.connect(rout, 0, out_record, 0)
    state = m.obj(1150, 560, f"r {RECORD_STATE}")
    stt = m.obj(1150, 590, "t i i")
    m.connect(state, 0, stt, 0)
    m.connect(stt, 1, m.obj(1150, 620, "pv recording"), 0)
    rset = m.obj(1230, 620, "prepend set")
    m.connect(stt, 0, rset, 0)
    m.connect(rset, 0, rec, 0)

    # defaults
    init = m.obj(500, 140, "t b b b b")
    m.connect(load, 0, init, 0)
    m.connect(init, 3, m.msg(500, 170, "0"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, m.obj(500, 200, "s #0_lo"), 0)
    m.connect(init, 3, m.msg(560, 170, "4095"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, m.obj(560, 200, "s #0_hi"), 0)
    ten = m.msg(640, 170, "10")
    m.connect(init, 2, ten, 0)
    m.connect(ten, 0, iv, 0)
    zs = m.msg(700, 170, "0")
    m.connect(init, 1, zs, 0)
    m.connect(zs, 0, sm, 0)
    m.connect(init, 0, m.msg(760, 170, "1"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, metro, 0)
    return m


# ------------------------------------------------------------------ rave.gametrak (the device, [hi])

def rave_gametrak() -> MaxPatch:
    m = MaxPatch(rect=(60, 80, 1000, 600), abstractions=COUNTS, description=BY_NAME["rave.gametrak"].digest)
    frame(m, 190, 70, "rave.gametrak", PANEL_GAMETRAK)
    inlet = m.inlet(20, 20, 1, "open <n|name>, close, print, poll <ms>, map <element> abs <axis> | key btn_0")
    out_events = m.outlet(20, 540, 1, "abs <axis> <value>, key btn_0 <0|1>")
    out_status = m.outlet(400, 540, 2, "device list (for a umenu)")
    hi = m.obj(20, 360, "hi")
    menu = m.ui("umenu", 700, 60, 120, 22)
    m.show(menu, 6, 24, 130, 20)
    refresh = m.ui("button", 840, 60, 20, 20)
    m.show(refresh, 140, 26, 16, 16)
    on = m.ui("toggle", 880, 60, 20, 20, ignoreclick=1)
    m.show(on, 6, 48, 16, 16)
    label(m, 700, 120, "reading", 24, 47, 60)
    label(m, 760, 120, "devices", 158, 25, 32)
    names = ["open", "close", "print", "poll", "map"]
    route = m.obj(20, 60, "route " + " ".join(names))
    m.connect(inlet, 0, route, 0)
    r = {n: i for i, n in enumerate(names)}
    # open: a device (number or name), then poll every 10 ms
    op = m.obj(20, 120, "t b l")
    m.connect(route, r["open"], op, 0)
    m.connect(menu, 1, op, 0)
    m.connect(op, 1, hi, 0)
    poll = m.msg(20, 150, "poll 10")
    m.connect(op, 0, poll, 0)
    m.connect(poll, 0, hi, 0)
    m.connect(op, 0, m.msg(100, 150, "set 1"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, on, 0)
    close = m.msg(200, 120, "poll 0")
    m.connect(route, r["close"], close, 0)
    m.connect(close, 0, hi, 0)
    m.connect(close, 0, m.msg(260, 150, "set 0"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, on, 0)
    info = m.msg(300, 120, "info, menu")
    m.connect(route, r["print"], info, 0)
    m.connect(refresh, 0, info, 0)
    m.connect(info, 0, hi, 0)
    m.connect(route, r["poll"], m.obj(400, 120, "prepend poll"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, hi, 0)
    m.connect(hi, 1, menu, 0)
    m.connect(hi, 1, out_status, 0)
    # [hi] reports element numbers: a map turns them into [hid]-style names, as Pd's [hid] gives them
    table = m.obj(500, 300, "coll #0_gametrak-map")
    m.connect(route, r["map"], table, 0)
    ev = m.obj(20, 400, "unpack i i")
    m.connect(hi, 0, ev, 0)
    join = m.obj(20, 480, "zl join")
    m.connect(ev, 1, join, 1)
    lookup = m.obj(20, 440, "coll #0_gametrak-map")
    m.connect(ev, 0, lookup, 0)
    m.connect(lookup, 0, join, 0)
    m.connect(join, 0, out_events, 0)
    m.comment(200, 420, "[hi] gives <element> <value>: find the Gametrak's elements with print and set them "
                        "with map, e.g. map 3 abs abs_x, map 1 key btn_0", width=360, lines=3)
    return m


# ------------------------------------------------------------------ rave.replay

def rave_replay() -> MaxPatch:
    m = MaxPatch(rect=(60, 80, 1100, 640), abstractions=COUNTS, description=BY_NAME["rave.replay"].digest)
    frame(m, 200, 70, "rave.replay", PANEL_GAMETRAK)
    inlet = m.inlet(20, 20, 1, "play [from] [to], stop, loop, seek, read, interval")
    out_events = m.outlet(20, 600, 1, "device events, as rave.gametrak gives them")
    out_end = m.outlet(500, 600, 2, "end")
    play_t = m.ui("toggle", 800, 60, 20, 20)
    m.show(play_t, 6, 24, 16, 16)
    label(m, 800, 100, "play", 24, 23, 36)
    loop_t = m.ui("toggle", 840, 60, 20, 20)
    m.show(loop_t, 62, 24, 16, 16)
    label(m, 840, 100, "loop", 80, 23, 36)
    pos_set, pos_box = numbox(m, "number", 880, 60, 118, 22, 48)
    file_set, file_box = display_msg(m, 800, 140, 6, 46, 130)
    size_set, size_box = numbox(m, "number", 950, 140, 140, 46, 54)
    glob = m.obj(80, 20, "r rave.replay")
    names = ["play", "stop", "loop", "seek", "read", "interval"]
    route = m.obj(20, 60, "route " + " ".join(names))
    m.connect(inlet, 0, route, 0)
    m.connect(glob, 0, route, 0)
    r = {n: i for i, n in enumerate(names)}
    frames = m.obj(20, 400, "coll #0_frames")
    counter = m.obj(600, 300, "coll #0_frames")

    # read a file (coll format), count its frames
    rd = m.obj(600, 200, "t l l")
    m.connect(route, r["read"], rd, 0)
    m.connect(rd, 1, file_set, 0)
    m.connect(m.obj(600, 230, "prepend read"), 0, frames, 0)
    m.connect(rd, 0, m.boxes[-1]["box"]["id"], 0)
    length = m.msg(600, 270, "length")
    m.connect(frames, 3, length, 0)
    m.connect(length, 0, counter, 0)
    sizes = m.obj(600, 330, "t i i")
    m.connect(counter, 0, sizes, 0)
    m.connect(sizes, 1, size_set, 0)
    m.connect(sizes, 0, m.obj(680, 360, "pv size"), 0)

    # playing: a frame every interval, from pos up to end
    metro = m.obj(20, 250, "metro 10")
    pos = m.obj(20, 280, "i")
    m.connect(metro, 0, pos, 0)
    window = m.obj(20, 310, "split 0 0")
    m.connect(pos, 0, window, 0)
    pt = m.obj(20, 340, "t i i i")
    m.connect(window, 0, pt, 0)
    inc = m.obj(100, 370, "+ 1")
    m.connect(pt, 2, inc, 0)
    m.connect(inc, 0, pos, 1)
    m.connect(pt, 1, pos_set, 0)
    m.connect(pt, 1, m.obj(160, 370, "pv pos"), 0)
    m.connect(pt, 0, frames, 0)
    fields = m.obj(20, 430, "unpack i i i i i i i")
    m.connect(frames, 0, fields, 0)
    for k, axis in enumerate(AXES):
        p = m.obj(20 + 100 * k, 470, f"prepend abs {axis}")
        m.connect(fields, k, p, 0)
        m.connect(p, 0, out_events, 0)
    foot = m.obj(620, 470, "change")
    m.connect(fields, 6, foot, 0)
    key = m.obj(620, 500, "prepend key btn_0")
    m.connect(foot, 0, key, 0)
    m.connect(key, 0, out_events, 0)
    # past the end: loop, or stop and say so
    after = m.obj(200, 340, "t b")
    m.connect(window, 1, after, 0)
    looping = m.obj(200, 370, "pv loop")
    m.connect(after, 0, looping, 0)
    lsel = m.obj(200, 400, "sel 0 1")
    m.connect(looping, 0, lsel, 0)
    finished = m.obj(200, 430, "t b b")
    m.connect(lsel, 0, finished, 0)
    end = m.msg(300, 460, "end")
    m.connect(finished, 0, end, 0)
    m.connect(end, 0, out_end, 0)
    halt = m.obj(300, 200, "t b b")
    m.connect(finished, 1, halt, 0)
    m.connect(route, r["stop"], halt, 0)
    m.connect(halt, 1, m.msg(300, 230, "0"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, metro, 0)
    m.connect(halt, 0, m.msg(360, 230, "set 0"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, play_t, 0)
    seek = m.obj(400, 300, "t i i b")
    m.connect(route, r["seek"], seek, 0)
    m.connect(seek, 0, pos, 1)
    m.connect(seek, 1, pos_set, 0)
    m.connect(seek, 2, m.msg(460, 330, "set 0"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, foot, 0)
    m.connect(lsel, 1, m.obj(260, 430, "pv from"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, seek, 0)

    # play [from] [to]: without arguments from where it stopped (or the start) to the last frame
    args = m.obj(700, 100, "route bang")
    m.connect(route, r["play"], args, 0)
    go = m.obj(700, 200, "t b b")
    plain = m.obj(700, 130, "t b b")
    m.connect(args, 0, plain, 0)
    last = m.obj(760, 160, "- 1")
    m.connect(m.obj(760, 130, "pv size"), 0, last, 0)
    m.connect(plain, 1, m.boxes[-2]["box"]["id"], 0)
    m.connect(last, 0, window, 2)
    m.connect(plain, 0, go, 0)
    m.connect(plain, 1, m.msg(840, 160, "0"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, m.obj(840, 190, "pv from"), 0)
    where = m.obj(900, 160, "pv pos")
    m.connect(plain, 1, where, 0)
    past = m.obj(900, 190, ">=")
    m.connect(last, 0, past, 1)
    m.connect(where, 0, past, 0)
    restart = m.obj(900, 220, "sel 1")
    m.connect(past, 0, restart, 0)
    m.connect(restart, 0, m.msg(900, 250, "0"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, seek, 0)
    span = m.obj(800, 260, "unpack i i")
    m.connect(args, 1, span, 0)
    m.connect(span, 1, window, 2)
    ft = m.obj(800, 290, "t i i b")
    m.connect(span, 0, ft, 0)
    m.connect(ft, 1, m.obj(880, 320, "pv from"), 0)
    m.connect(ft, 0, seek, 0)
    m.connect(args, 1, go, 0)
    m.connect(go, 1, m.msg(700, 230, "1"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, metro, 0)
    m.connect(go, 0, m.msg(760, 230, "set 1"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, play_t, 0)
    ui = m.obj(800, 20, "sel 1 0")
    m.connect(play_t, 0, ui, 0)
    m.connect(ui, 0, plain, 0)
    m.connect(ui, 1, halt, 0)
    lp = m.obj(900, 20, "t i i")
    m.connect(route, r["loop"], lp, 0)
    m.connect(loop_t, 0, lp, 0)
    m.connect(lp, 1, m.obj(900, 50, "pv loop"), 0)
    lset = m.obj(980, 50, "prepend set")
    m.connect(lp, 0, lset, 0)
    m.connect(lset, 0, loop_t, 0)
    m.connect(route, r["interval"], metro, 1)

    # start: the file named by the argument, or the demo recording (misc/gametrak-demo.txt)
    load = m.obj(400, 20, "loadbang")
    init = m.obj(400, 50, "t b b")
    m.connect(load, 0, init, 0)
    pargs = m.obj(400, 80, "patcherargs gametrak-demo.txt")
    m.connect(init, 1, pargs, 0)
    m.connect(pargs, 0, rd, 0)
    m.connect(init, 0, m.msg(500, 80, "0"), 0)
    m.connect(m.boxes[-1]["box"]["id"], 0, m.obj(500, 110, "pv loop"), 0)
    del pos_box, file_box, size_box
    return m


# ------------------------------------------------------------------ help patches

PANEL_SIZE = {"rave.server": (250, 142), "rave.voice": (230, 196), "rave.regress": (250, 156),
              "rave.gametrak": (190, 70), "rave.gametrak.scale": (200, 140), "rave.replay": (200, 70)}
DEFAULT_ARGS = {"rave.server": [HOST, SERVER_PORT], "rave.voice": ["help", "demo"],
                "rave.regress": [HOST, STAGE_PORT, STAGE_OUT_PORT], "rave.gametrak": [],
                "rave.gametrak.scale": [HOST, STAGE_PORT], "rave.replay": []}


def reference_comments(m: MaxPatch, x: float, y: float, name: str) -> float:
    a = BY_NAME[name]

    def block(text: str, bold: bool = False) -> None:
        nonlocal y
        lines = max(1, (len(text) + 54) // 55)       # Arial 12 in 460 px: about 55 characters a line
        attrs = {"fontface": 1} if bold else {}
        m.comment(x, y, text, width=460, lines=lines, **attrs)
        y += 20 * lines + 4

    block("Arguments", bold=True)
    for arg, meaning in a.args:
        block(f"{arg}: {meaning}")
    block("Messages" + (f" (inlet, or [s {a.receive}])" if a.receive else " (inlet)"), bold=True)
    for msg in a.messages:
        block(f"{msg.name} {msg.args}: {msg.text}" if msg.args else f"{msg.name}: {msg.text}")
    block("Outlets", bold=True)
    for i, o in enumerate(a.outlets):
        block(f"{i}: {o}")
    for note in a.notes:
        block(note)
    return y


EXAMPLES = {
    "rave.server": ["connect 127.0.0.1 6450", "status", "poll 500", "notify 1", "notify 0", "voices",
                    "new b demo", "send /rave/b/db -12", "free b", "dump", "master/db -6", "master/gain 1",
                    "master/limit 1 -1", "master/limit 0", "master/get", "snapshot"],
    "rave.voice": ["0.2 0.8 0.5 0.5 0.5 0.5 0.5 0.5", "dim 0 0.9", "range -2 2", "db -12", "mute 1", "mute 0",
                   "out 0 1", "model demo", "method forward", "smooth 0.1", "attr/get temperature", "restart",
                   "get", "free", "new", "dump", "pan 0.25", "pan 0.75", "pan/off", "solo 1", "solo 0",
                   "follow enc", "follow/off"],
    "rave.regress": ["outputs 0.2 0.8", "record 1", "inputs 0.1 0.5", "record 0", "outputs 0.9 0.1", "record 1",
                     "inputs 0.8 0.9", "record 0", "train", "run 1", "inputs 0.15 0.5", "run 0", "delete",
                     "control setAlgorithm 1 linear", "dump"],
    "rave.gametrak": ["print", "open 0", "close", "poll 20", "map 1 abs abs_x", "map 2 abs abs_y",
                      "map 3 abs abs_z", "map 4 abs abs_rx", "map 5 abs abs_ry", "map 6 abs abs_rz",
                      "map 7 key btn_0"],
    "rave.gametrak.scale": ["abs abs_x 2048", "abs abs_y 1000", "abs abs_z 3900", "abs abs_rx 3000",
                            "abs abs_ry 2048", "abs abs_rz 1500", "key btn_0 1", "key btn_0 0", "smooth 50",
                            "range 200 3900", "foot hold", "foot toggle"],
    "rave.replay": ["play", "stop", "loop 1", "loop 0", "seek 0", "play 0 399", "interval 20",
                    "read gametrak-demo.txt"],
}
INTRO = {
    "rave.server": "Start the server first: ravebridge serve (OSC on UDP 6450). Needs Node for Max (Max 8+).",
    "rave.voice": "A voice named help playing the demo model; a rave.server must be open.",
    "rave.regress": "The stage runs inside ravebridge serve (inputs on 6448, "
                    "outputs to 12000), or alone as ravebridge regression serve.",
    "rave.gametrak": "Click devices, choose the Gametrak in the menu. [hi] numbers its elements: print them "
                     "and map them once (the map messages below are an example, not your device's numbers).",
    "rave.gametrak.scale": "Try it without a Gametrak: the messages below are what rave.gametrak sends.",
    "rave.replay": "No Gametrak? Play the recorded performance (misc/gametrak-demo.txt in this package).",
}


def help_patch(name: str) -> MaxPatch:
    m = MaxPatch(rect=(40, 60, 1060, 820), abstractions=COUNTS, description=BY_NAME[name].digest)
    m.comment(20, 10, name, width=400, fontsize=24.0, fontface=1)
    m.comment(20, 46, BY_NAME[name].digest, width=600, fontsize=13.0)
    m.comment(20, 76, INTRO[name], width=480, lines=2)
    w, h = PANEL_SIZE[name]
    examples = EXAMPLES[name]
    if name == "rave.voice":
        m.bpatcher(300, 120, PANEL_SIZE["rave.server"][0], PANEL_SIZE["rave.server"][1], "rave.server", [])
    y_box = 140 + 26 * ((len(examples) + 1) // 2) + (160 if name == "rave.voice" else 0)
    box = m.bpatcher(20, y_box, w, h, name, DEFAULT_ARGS[name])
    for i, text in enumerate(examples):
        msg = m.msg(20 + 260 * (i % 2), 130 + 26 * (i // 2) + (160 if name == "rave.voice" else 0), text)
        m.connect(msg, 0, box, 0)
    y = y_box + h + 30
    if name in ("rave.gametrak", "rave.replay"):
        scale = m.bpatcher(20, y, PANEL_SIZE["rave.gametrak.scale"][0], PANEL_SIZE["rave.gametrak.scale"][1],
                           "rave.gametrak.scale", [])
        m.connect(box, 0, scale, 0)
        y += PANEL_SIZE["rave.gametrak.scale"][1] + 20
    for k in range(COUNTS[name][1]):
        p = m.obj(20 + 200 * k, y, f"print {name}-{k}")
        m.connect(box, k, p, 0)
    bottom = reference_comments(m, 560, 20, name)
    m.rect = (m.rect[0], m.rect[1], m.rect[2], max(m.rect[3], bottom + 20, y + 60))
    return m


# ------------------------------------------------------------------ the main patch

def main_patch() -> MaxPatch:
    m = MaxPatch(rect=(30, 60, 1180, 900), abstractions=COUNTS,
                 description="a Gametrak plays two RAVE voices: the seed's performance set-up")
    m.comment(20, 10, "ravebridge", width=300, fontsize=24.0, fontface=1)
    m.comment(200, 18, "a Gametrak plays two RAVE voices: the seed's performance set-up", width=600, fontsize=13.0)

    def note(x, y, text, width=500, lines=2):
        return m.comment(x, y, text, width=width, lines=lines)

    note(20, 60, "1 In a terminal, start the server: ravebridge serve (OSC on 6450), with its regression stage "
                 "inside (Wekinator protocol: in 6448, out 12000).", lines=3)
    server = m.bpatcher(20, 130, 250, 142, "rave.server", [HOST, SERVER_PORT])
    note(290, 140, "cpu: the audio thread's load (0..1). xruns: JACK's xruns (clicks). Failures (/rave/fail) show "
                   "in the last line.", width=230, lines=4)
    note(20, 280, "2 The controller: choose the Gametrak in rave.gametrak's menu (map its elements once, see its "
                  "help) - or play the recording with rave.replay.", lines=3)
    replay = m.bpatcher(20, 340, 200, 70, "rave.replay", [])
    gametrak = m.bpatcher(240, 340, 190, 70, "rave.gametrak", [])
    scale = m.bpatcher(20, 430, 200, 140, "rave.gametrak.scale", [HOST, STAGE_PORT])
    m.connect(replay, 0, scale, 0)
    m.connect(gametrak, 0, scale, 0)
    note(240, 440, "six axes -> 0..1 (a longer string gives a larger value) -> /wek/inputs every 10 ms. The "
                   "foot switch toggles recording.", width=190, lines=5)
    note(20, 745, "Try it without a Gametrak: the recording holds three poses, each recorded between two foot "
                  "presses - set the sliders, play a pose, set others, play the next - then a free passage to play "
                  "once trained.", width=900, lines=2)
    for i, (a, b_) in enumerate(((0, 399), (400, 799), (800, 1199), (1200, 1679))):
        m.msg(20 + 200 * i, 790, f"; rave.replay play {a} {b_}", width=180)
    note(20, 590, "3 Shape a sound with the sliders of both voices: their latents (16 values) are the targets. "
                  "Strike a pose and record (foot switch or the record toggle) for a second or two. Repeat for a "
                  "few pose/sound pairs.", lines=4)
    note(20, 680, "4 Train, then run: the Gametrak now moves through both voices' latent spaces. Record more and "
                  "train again at any time - delete starts over.", lines=3)
    regress = m.bpatcher(560, 60, 250, 156, "rave.regress", [HOST, STAGE_PORT, STAGE_OUT_PORT])
    note(830, 60, "the regression stage: one model per output. Running, its outputs (0..1) play the voices: "
                  "the first eight a, the rest b.", width=320, lines=3)
    split = m.obj(560, 240, "zl slice 8")
    m.connect(regress, 0, split, 0)
    voice_a = m.bpatcher(560, 280, 230, 196, "rave.voice", ["a", "demo"])
    voice_b = m.bpatcher(820, 280, 230, 196, "rave.voice", ["b", "demo"])
    m.connect(split, 0, voice_a, 0)
    m.connect(split, 1, voice_b, 0)
    load = m.obj(900, 200, "loadbang")
    outs = m.msg(900, 230, "; rave.voice a out 0; rave.voice b out 1")
    m.connect(load, 0, outs, 0)
    # targets: both voices' latents whenever a slider moves, a's eight then b's eight
    ta = m.obj(560, 500, "t l l")
    tb = m.obj(820, 500, "t b l")
    m.connect(voice_a, 0, ta, 0)
    m.connect(voice_b, 0, tb, 0)
    keep_a = m.obj(680, 530, "zl reg")
    m.connect(ta, 1, keep_a, 1)
    join = m.obj(560, 560, "zl join")
    m.connect(ta, 0, join, 0)
    m.connect(tb, 1, join, 1)
    m.connect(tb, 0, keep_a, 0)
    m.connect(keep_a, 0, join, 0)
    check = m.obj(560, 590, "t l l")
    m.connect(join, 0, check, 0)
    whole = m.obj(560, 650, "gate 1 0")
    length = m.obj(640, 620, "zl len")
    m.connect(check, 1, length, 0)
    is16 = m.obj(640, 650, "== 16")
    m.connect(length, 0, is16, 0)
    m.connect(is16, 0, whole, 0)
    m.connect(check, 0, whole, 1)
    pre = m.obj(560, 680, "prepend outputs")
    m.connect(whole, 0, pre, 0)
    m.connect(pre, 0, m.obj(560, 710, "s rave.regress"), 0)
    note(700, 650, "only whole vectors (16 values) become targets: the stage learns the number of outputs from "
                   "the first", width=400, lines=2)
    note(20, 840, "Every abstraction also listens by name: [s rave.regress], [s rave.voice] (the voice's name "
                  "first), [s rave.replay], [s rave.server]. The patching guide is docs/patching.md.",
         width=900, lines=2)
    del server
    return m


# ------------------------------------------------------------------ reference pages, package, data

def maxref(name: str) -> str:
    a = BY_NAME[name]
    e = xml_escape
    lines = ['<?xml version="1.0" encoding="utf-8" standalone="yes"?>',
             '<?xml-stylesheet href="./_c74_ref.xsl" type="text/xsl"?>',
             f'<c74object name="{name}" module="ravebridge" category="ravebridge">',
             f"\t<digest>{e(a.digest)}</digest>",
             f"\t<description>{e(' '.join(a.notes) or a.digest)}</description>",
             "\t<metadatalist>", "\t\t<metadata name=\"author\">ravebridge</metadata>",
             "\t\t<metadata name=\"tag\">ravebridge</metadata>", "\t</metadatalist>",
             "\t<inletlist>", f"\t\t<inlet id=\"0\" type=\"anything\"><digest>messages</digest></inlet>",
             "\t</inletlist>", "\t<outletlist>"]
    for i, o in enumerate(a.outlets):
        lines.append(f"\t\t<outlet id=\"{i}\" type=\"anything\"><digest>{e(o)}</digest></outlet>")
    lines += ["\t</outletlist>", "\t<objarglist>"]
    for arg, meaning in a.args:
        lines.append(f"\t\t<objarg name=\"{e(arg)}\" optional=\"1\" type=\"anything\"><digest>{e(meaning)}"
                     "</digest></objarg>")
    lines += ["\t</objarglist>", "\t<methodlist>"]
    for msg in a.messages:
        lines.append(f"\t\t<method name=\"{e(msg.name)}\"><arglist>"
                     + "".join(f"<arg name=\"{e(w)}\" type=\"anything\" optional=\"0\"/>" for w in msg.args.split())
                     + f"</arglist><digest>{e(msg.text)}</digest></method>")
    lines += ["\t</methodlist>", "\t<seealsolist>"]
    lines += [f"\t\t<seealso name=\"{other.name}\"/>" for other in ABSTRACTIONS if other.name != name]
    lines += ["\t</seealsolist>", "</c74object>"]
    return "\n".join(lines) + "\n"


def package_info() -> str:
    info = {
        "name": "ravebridge", "displayname": "ravebridge", "version": "0.1.0", "author": "ravebridge",
        "description": "Max abstractions for ravebridge, a neural-audio server hosting RAVE models as voices: "
                       "server connection, voices, the regression stage (Wekinator protocol) and the Gametrak.",
        "tags": ["RAVE", "neural audio", "OSC", "Wekinator", "Gametrak", "machine learning"],
        "website": "", "max_version_min": "8.0", "homepatcher": "ravebridge-gametrak.maxpat",
        "os": {"macintosh": {"platform": ["ia32", "x64", "aarch64"], "min_version": "none"},
               "windows": {"platform": ["x64"], "min_version": "none"}},
        "package_extra": {"reverse_domain": "org.ravebridge", "copyright": "MIT"},
    }
    return json.dumps(info, indent="\t") + "\n"


def coll_frames() -> str:
    """The demo recording as a coll file: `index, lx ly ll rx ry rl foot;`."""
    rows = DATA.read_text().splitlines()
    return "".join(f"{i}, {row};\n" for i, row in enumerate(rows))


BUILDERS = {"rave.server": rave_server, "rave.voice": rave_voice, "rave.regress": rave_regress,
            "rave.gametrak": rave_gametrak, "rave.gametrak.scale": rave_gametrak_scale, "rave.replay": rave_replay}


def files() -> dict[str, str]:
    """Path (in patches/max) -> contents."""
    out = {}
    for name, fn in BUILDERS.items():
        patch = fn()
        COUNTS[name] = patch.counts()
        out[f"patchers/{name}.maxpat"] = patch.render()
    for name in BUILDERS:
        out[f"help/{name}.maxhelp"] = help_patch(name).render()
        out[f"docs/refpages/ravebridge-ref/{name}.maxref.xml"] = maxref(name)
    out["patchers/ravebridge-gametrak.maxpat"] = main_patch().render()
    out["package-info.json"] = package_info()
    out["misc/gametrak-demo.txt"] = coll_frames()
    return out
