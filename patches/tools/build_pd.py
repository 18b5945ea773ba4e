"""Writes the Pure Data abstractions, help patches and main patch into patches/pd/.

Vanilla objects only on the client side: oscformat, oscparse, netsend -u -b,
netreceive -u -b; [hid] (pd-hid) appears only in rave.gametrak, declared.
Run ``python patches/tools/build.py`` after editing; the tests check that the
committed files are what this script writes.
"""
from __future__ import annotations

from pdwriter import GREEN, HEADER, RED, WHITE, Column, Patch, colour
from abstractions import (BUS_RX, BUS_TX, BY_NAME, HOST, RECORD_BEGIN, RECORD_STATE, SERVER_COMMANDS, SERVER_PORT,
                  STAGE_OUT_PORT, STAGE_PORT, VOICE_COMMANDS)

PANEL = colour(224, 232, 240)
PANEL_VOICE = colour(228, 240, 228)
PANEL_REGRESS = colour(244, 236, 220)
PANEL_GAMETRAK = colour(236, 228, 244)
LED = colour(80, 200, 80)


# ------------------------------------------------------------------ shared pieces

def host_port_parser(p: Patch, x: int, y: int, floats: int = 1) -> int:
    """Subpatch: a list [host] [port] [port2] in; outlets: host (symbol), port, (port2).

    A leading symbol is the host; the numbers that follow are the ports.
    Nothing comes out for what is missing, so defaults stay.
    """
    s = Patch(width=420, height=300, font=10)
    inlet = s.obj(10, 10, "inlet")
    t = s.obj(10, 35, "t a a")
    whole = s.obj(10, 140, "list")                 # the whole list: its numbers are the ports
    split = s.obj(120, 60, "list split 1")
    rest = s.obj(200, 140, "list")                 # after a leading host
    kind = s.obj(120, 90, "route float symbol")
    host_t = s.obj(200, 115, "t b s")
    unpack = s.obj(10, 200, "unpack " + " ".join(["f"] * floats) if floats > 1 else "unpack f")
    host_out = s.obj(10, 260, "outlet")
    s.connect(inlet, 0, t, 0)
    s.connect(t, 1, whole, 1)
    s.connect(t, 0, split, 0)
    s.connect(split, 1, rest, 1)
    s.connect(split, 0, kind, 0)
    s.connect(kind, 0, whole, 0)   # first atom a number: the ports are the whole list
    s.connect(kind, 1, host_t, 0)
    s.connect(host_t, 1, host_out, 0)
    s.connect(host_t, 0, rest, 0)
    s.connect(whole, 0, unpack, 0)
    s.connect(rest, 0, unpack, 0)
    for i in range(floats):
        out = s.obj(100 + 90 * i, 260, "outlet")
        s.connect(unpack, i, out, 0)
    s.text(10, 280, "outlets: host, then the ports (Pd orders outlets by x)")
    return p.subpatch(x, y, "hostport", s)


def osc_out(p: Patch, x: int, y: int, address: str) -> int:
    """[oscformat a b c] for /a/b/c (address parts may use $1)."""
    return p.obj(x, y, "oscformat " + " ".join(address.strip("/").split("/")))


def gop_frame(p: Patch, w: int, h: int, title: str, bg: int) -> None:
    p.gop = (w, h, 0, 0)
    p.cnv(0, 0, w, h, bg, label=title, label_dx=5, label_dy=9, fontsize=10)


def display_dump(p: Patch, x: int, y: int, fields: list[tuple[str, int]], outlet_box: int) -> int:
    """`dump`: bang every display atom so that it outputs, and pass `display <field> <value>` out.

    fields: (name, atom box index); each atom is a number or symbol box with the receive name
    $0-<name> (toggles would flip when banged: they get a hidden number box copy).
    Returns the box (a [t b b b]) to connect `dump` to.
    """
    trig = p.obj(x, y, "t b b b")
    gate = p.obj(x, y + 150, "spigot")
    open_ = p.msg(x + 150, y + 25, "1")
    close = p.msg(x, y + 25, "0")
    p.connect(trig, 2, open_, 0)
    p.connect(trig, 0, close, 0)
    p.connect(open_, 0, gate, 1)
    p.connect(close, 0, gate, 1)
    fan = p.obj(x + 60, y + 50, "t " + " ".join(["b"] * len(fields)))
    p.connect(trig, 1, fan, 0)
    for i, (name, atom) in enumerate(fields):
        snd = p.obj(x + 60 + 110 * i, y + 75, f"s $0-{name}")
        p.connect(fan, len(fields) - 1 - i, snd, 0)
        pre = p.obj(x + 60 + 110 * i, y + 100, f"list prepend display {name.removesuffix('-n')}")
        p.connect(atom, 0, pre, 0)
        p.connect(pre, 0, gate, 0)
    trim = p.obj(x, y + 175, "list trim")
    p.connect(gate, 0, trim, 0)
    p.connect(trim, 0, outlet_box, 0)
    return trig


# ------------------------------------------------------------------ rave.server

def rave_server() -> Patch:
    p = Patch(width=1300, height=760, font=10, x=40, y=40)
    W, H = 250, 128
    gop_frame(p, W, H, "rave.server", PANEL)
    alive = p.tgl(6, 22, 14, receive="$0-alive", bg=WHITE, fg=LED, label="alive", label_dx=17, label_dy=7)
    host = p.symbolatom(60, 22, 15, receive="$0-host")
    port = p.floatatom(172, 22, 5, receive="$0-port")
    notify = p.tgl(6, 42, 14, send="$0-notify-ui", receive="$0-notify-set", label="notify",
                   label_dx=17, label_dy=7)
    cpu = p.floatatom(70, 44, 5, receive="$0-cpu", label="cpu", label_pos=1)
    xruns = p.floatatom(135, 44, 4, receive="$0-xruns", label="xruns", label_pos=1)
    voices = p.floatatom(6, 64, 3, receive="$0-voices", label="voices", label_pos=1)
    sr = p.floatatom(70, 64, 6, receive="$0-sr", label="Hz", label_pos=1)
    block = p.floatatom(135, 64, 5, receive="$0-buffer", label="buffer", label_pos=1)
    failaddr = p.symbolatom(6, 86, 38, receive="$0-failaddr")
    failreason = p.symbolatom(6, 106, 38, receive="$0-failreason")

    c = Column(p, 10, 150)
    p.text(10, 135, "---- messages in: the inlet and [r rave.server] ----")
    inlet = c.obj("inlet")
    glob = p.obj(80, 150, "r rave.server")
    names = ["connect", "disconnect", "status", "bang", "poll", "notify", "voices", "send", "dump", *SERVER_COMMANDS]
    dispatch = p.obj(10, 180, "route " + " ".join(names))
    route = {n: i for i, n in enumerate(names)}
    p.connect(inlet, 0, dispatch, 0)
    p.connect(glob, 0, dispatch, 0)
    out_replies = p.obj(10, 720, "outlet")
    out_info = p.obj(500, 720, "outlet")

    # ---- host and port: arguments, then connect messages
    load = p.obj(620, 150, "loadbang")
    load_t = p.obj(620, 175, "t b b")
    args = p.msg(680, 200, "args")
    pdc = p.obj(680, 225, "pdcontrol")
    parser = host_port_parser(p, 620, 255, floats=1)
    host_s = p.obj(620, 310, f"symbol {HOST}")
    port_f = p.obj(720, 310, f"f {SERVER_PORT}")
    p.connect(load, 0, load_t, 0)
    p.connect(load_t, 1, args, 0)
    p.connect(args, 0, pdc, 0)
    p.connect(pdc, 0, parser, 0)
    p.connect(parser, 0, host_s, 1)
    p.connect(parser, 1, port_f, 1)
    connect_t = p.obj(500, 230, "t b a")     # connect [host] [port]: parse, then connect
    p.connect(dispatch, route["connect"], connect_t, 0)
    p.connect(connect_t, 1, parser, 0)
    do_connect = p.obj(620, 285, "t b b b b")
    p.connect(load_t, 0, do_connect, 0)
    p.connect(connect_t, 0, do_connect, 0)
    pack = p.obj(620, 360, "pack s f")
    p.connect(do_connect, 2, port_f, 0)
    p.connect(port_f, 0, pack, 1)
    p.connect(do_connect, 1, host_s, 0)
    p.connect(host_s, 0, pack, 0)
    port_show = p.obj(760, 335, "s $0-port")
    host_show = p.obj(620, 335, "s $0-host")
    p.connect(port_f, 0, port_show, 0)
    p.connect(host_s, 0, host_show, 0)
    con = p.msg(620, 385, "disconnect, connect $1 $2")
    p.connect(pack, 0, con, 0)
    netsend = p.obj(620, 470, "netsend -u -b")
    p.connect(con, 0, netsend, 0)
    disc = p.msg(230, 210, "disconnect")
    p.connect(dispatch, route["disconnect"], disc, 0)
    p.connect(disc, 0, netsend, 0)

    # ---- everything to the server: [r rave.tx] and the local formatters, gated by the connection
    tx = p.obj(400, 150, f"r {BUS_TX}")
    prep = p.obj(400, 420, "list prepend send")
    trim = p.obj(400, 445, "list trim")
    gate = p.obj(400, 470, "spigot")
    p.connect(tx, 0, prep, 0)
    p.chain(prep, trim, gate, netsend)
    p.connect(netsend, 0, gate, 1)

    # status: now, and polled
    st_t = p.obj(10, 240, "t b")
    p.connect(dispatch, route["status"], st_t, 0)
    p.connect(dispatch, route["bang"], st_t, 0)
    metro = p.obj(100, 240, "metro 1000")
    status_osc = osc_out(p, 10, 395, "/rave/status")
    p.connect(st_t, 0, status_osc, 0)
    p.connect(metro, 0, status_osc, 0)
    p.connect(status_osc, 0, prep, 0)
    poll_sel = p.obj(100, 210, "sel 0")
    p.connect(dispatch, route["poll"], poll_sel, 0)
    stop = p.msg(100, 265, "stop")
    p.connect(poll_sel, 0, stop, 0)
    p.connect(stop, 0, metro, 0)
    poll_t = p.obj(140, 265, "t b f")
    p.connect(poll_sel, 1, poll_t, 0)
    p.connect(poll_t, 1, metro, 1)
    p.connect(poll_t, 0, metro, 0)
    p.connect(do_connect, 0, metro, 0)      # polling starts with the connection

    # notify
    notify_r = p.obj(200, 265, "r $0-notify-ui")
    notify_osc = osc_out(p, 200, 395, "/rave/notify")
    notify_set = p.msg(280, 290, "set $1")
    notify_s = p.obj(280, 315, "s $0-notify-set")
    p.connect(dispatch, route["notify"], notify_osc, 0)
    p.connect(dispatch, route["notify"], notify_set, 0)
    p.connect(notify_r, 0, notify_osc, 0)
    p.connect(notify_set, 0, notify_s, 0)
    p.connect(notify_osc, 0, prep, 0)

    # voices; new, free, learn, master/..., snapshot, quit: one command each, with the message's arguments
    list_osc = osc_out(p, 10, 345, "/rave/voice/list")
    p.connect(dispatch, route["voices"], list_osc, 0)
    p.connect(list_osc, 0, prep, 0)
    for i, (name, address) in enumerate(SERVER_COMMANDS.items()):
        as_list = p.obj(1100, 150 + 50 * i, "list")   # `new b ...` arrives as the message `b ...`: a list
        box = osc_out(p, 1100, 175 + 50 * i, address)
        p.connect(dispatch, route[name], as_list, 0)
        p.connect(as_list, 0, box, 0)
        p.connect(box, 0, prep, 0)

    # send <address> args...: any OSC message
    split = p.obj(460, 210, "list split 1")
    rest = p.obj(560, 260, "list")
    addr_t = p.obj(460, 235, "t b s")
    setaddr = p.msg(500, 260, "set $1")
    anyosc = p.obj(460, 300, "oscformat")
    p.connect(dispatch, route["send"], split, 0)
    p.connect(split, 1, rest, 1)
    p.connect(split, 0, addr_t, 0)
    p.connect(addr_t, 1, setaddr, 0)
    p.connect(setaddr, 0, anyosc, 0)
    p.connect(addr_t, 0, rest, 0)
    p.connect(rest, 0, anyosc, 0)
    p.connect(anyosc, 0, prep, 0)

    # ---- replies: parse, show, share with the voices
    parse = p.obj(620, 500, "oscparse")
    ptrim = p.obj(620, 525, "list trim")
    rave = p.obj(620, 550, "route rave")
    fan = p.obj(620, 575, "t a a a b")
    p.connect(netsend, 1, parse, 0)
    p.chain(parse, ptrim, rave, fan)
    p.connect(fan, 0, out_replies, 0)
    rx = p.obj(680, 690, f"s {BUS_RX}")
    p.connect(fan, 1, rx, 0)
    local = p.obj(760, 600, "route status.reply fail")
    p.connect(fan, 2, local, 0)
    st6 = p.obj(760, 625, "list split 6")
    p.connect(local, 0, st6, 0)
    unpack = p.obj(760, 650, "unpack f f f f f f")
    p.connect(st6, 0, unpack, 0)
    p.connect(st6, 2, unpack, 0)
    for i, name in enumerate(["sr", "buffer", "voices", "cpu", "late", "xruns"]):
        snd = p.obj(760 + 60 * i, 675, f"s $0-{name}")
        p.connect(unpack, i, snd, 0)
    fsplit = p.obj(900, 600, "list split 1")
    p.connect(local, 1, fsplit, 0)
    reason = p.obj(990, 625, "symbol")
    p.connect(fsplit, 1, reason, 0)
    p.connect(reason, 0, p.obj(990, 650, "s $0-failreason"), 0)
    p.connect(fsplit, 0, p.obj(900, 650, "s $0-failaddr"), 0)
    fprint = p.obj(900, 625, "print rave.server")
    fail_pre = p.obj(1000, 550, "list prepend fail")
    p.connect(local, 1, fail_pre, 0)
    fail_trim = p.obj(1000, 575, "list trim")
    p.connect(fail_pre, 0, fail_trim, 0)
    p.connect(fail_trim, 0, fprint, 0)

    # alive: any reply; silence for 3.5 s means gone. Coming alive asks for the voice list.
    rising = p.obj(240, 500, "f")
    alive_t = p.obj(240, 475, "t b b")
    p.connect(fan, 3, alive_t, 0)
    gone = p.obj(330, 500, "del 3500")
    p.connect(alive_t, 1, gone, 0)
    p.connect(alive_t, 0, rising, 0)
    sel0 = p.obj(240, 525, "sel 0")
    p.connect(rising, 0, sel0, 0)
    up = p.msg(240, 550, "1")
    down = p.msg(330, 525, "0")
    p.connect(sel0, 0, up, 0)
    p.connect(gone, 0, down, 0)
    p.connect(do_connect, 3, down, 0)       # a new connection starts as not alive
    state = p.obj(240, 600, "t f f")
    p.connect(up, 0, state, 0)
    p.connect(down, 0, state, 0)
    p.connect(state, 1, rising, 1)
    alive_s = p.obj(240, 650, "s $0-alive")
    p.connect(state, 0, alive_s, 0)
    alive_n = p.floatatom(240, 700, 3, receive="$0-alive-n")
    p.connect(state, 0, p.obj(240, 675, "s $0-alive-n"), 0)
    alive_pre = p.obj(330, 625, "list prepend alive")
    p.connect(state, 0, alive_pre, 0)
    alive_trim = p.obj(330, 650, "list trim")
    p.connect(alive_pre, 0, alive_trim, 0)
    p.connect(alive_trim, 0, out_info, 0)
    ask = p.obj(200, 575, "t b")
    p.connect(up, 0, ask, 0)
    p.connect(ask, 0, list_osc, 0)          # alive: the voices sync themselves with the list

    # dump
    dump = display_dump(p, 10, 450, [("host", host), ("port", port), ("cpu", cpu), ("xruns", xruns),
                                      ("voices", voices), ("sr", sr), ("buffer", block),
                                      ("failaddr", failaddr), ("failreason", failreason), ("alive-n", alive_n)],
                        out_info)
    p.connect(dispatch, route["dump"], dump, 0)
    p.text(10, 740, "one rave.server per patch: voices send through [s rave.tx] and hear [r rave.rx]")
    return p


# ------------------------------------------------------------------ rave.voice

class Bus:
    """Local [s $0-name] / [r $0-name] helpers for a patch."""

    def __init__(self, p: Patch):
        self.p = p

    def s(self, x: int, y: int, name: str, src: int, outlet: int = 0) -> int:
        box = self.p.obj(x, y, f"s $0-{name}")
        self.p.connect(src, outlet, box, 0)
        return box

    def r(self, x: int, y: int, name: str, dst: int | None = None, inlet: int = 0) -> int:
        box = self.p.obj(x, y, f"r $0-{name}")
        if dst is not None:
            self.p.connect(box, 0, dst, inlet)
        return box

    def msg_to(self, x: int, y: int, text: str, name: str, src: int | None = None, outlet: int = 0) -> int:
        """A message box sending to $0-name (e.g. `set $1` to a GUI)."""
        m = self.p.msg(x, y, text)
        if src is not None:
            self.p.connect(src, outlet, m, 0)
        self.s(x, y + 22, name, m)
        return m


def latency_of(p: Patch, x: int, y: int) -> int:
    """Subpatch: the first number among a reply's arguments (a latency), if any."""
    s = Patch(width=300, height=200, font=10)
    inlet = s.obj(10, 10, "inlet")
    kind = s.obj(10, 35, "route float symbol")
    s.connect(inlet, 0, kind, 0)
    out = s.obj(10, 160, "outlet")
    s.connect(kind, 0, out, 0)
    rest = s.obj(100, 60, "list split 1")
    s.connect(kind, 1, rest, 0)
    again = s.obj(100, 85, "list split 1")
    s.connect(rest, 1, again, 0)
    num = s.obj(100, 110, "route float")
    s.connect(again, 0, num, 0)
    s.connect(num, 0, out, 0)
    return p.subpatch(x, y, "latency", s)


def rave_voice() -> Patch:
    p = Patch(width=1300, height=1000, font=10, x=30, y=30)
    b = Bus(p)
    gop_frame(p, 226, 190, "$1", PANEL_VOICE)
    for k in range(8):
        p.slider(8 + 20 * k, 24, True, 15, 80, 0, 1, send=f"$0-o{k}", receive=f"$0-s{k}",
                 label=str(k), label_dx=4, label_dy=90)
    p.tgl(172, 24, 15, send="$0-mute-ui", receive="$0-mute-set", label="mute", fg=RED, label_dx=18, label_dy=8)
    created = p.tgl(172, 44, 15, receive="$0-created", label="on", fg=LED, label_dx=18, label_dy=8)
    latency = p.floatatom(172, 64, 6, receive="$0-latency")
    p.cnv(172, 84, 1, 1, PANEL_VOICE, label="latency", label_dx=0, label_dy=6, fontsize=8)
    p.slider(8, 126, False, 120, 12, -60, 12, send="$0-db-ui", receive="$0-db-set", label="dB",
             label_dx=124, label_dy=6)
    p.symbolatom(8, 144, 18, send="$0-model-ui", receive="$0-model-set")
    p.symbolatom(146, 144, 9, send="$0-method-ui", receive="$0-method-set")
    status = p.symbolatom(8, 166, 34, receive="$0-status")
    # copies of the state for `dump`, outside the panel
    model_show = p.symbolatom(1180, 20, 10, receive="$0-model-n")
    method_show = p.symbolatom(1180, 45, 10, receive="$0-method-n")
    db_show = p.floatatom(1180, 70, 5, receive="$0-db")
    mute_show = p.floatatom(1180, 95, 5, receive="$0-mute")

    p.text(250, 5, "rave.voice: one voice of the ravebridge server, named by the first argument. "
                   "The sections below talk through local sends ($0-...).", width=70)
    out_latents = p.obj(10, 970, "outlet")
    out_events = p.obj(640, 970, "outlet")

    # ---- state
    p.text(1000, 180, "---- state ----")
    p.obj(1000, 200, "array define $0-z 8")
    p.text(1000, 225, "values: [v $0-v-created] pending dims lo hi db mute", width=30)
    tx_in = b.r(1000, 270, "tx")
    gate = p.obj(1000, 295, "spigot")
    p.connect(tx_in, 0, gate, 0)
    p.connect(gate, 0, p.obj(1000, 320, f"s {BUS_TX}"), 0)
    p.text(1070, 295, "per-voice messages pass once the server has the voice", width=25)
    sc = p.obj(1000, 375, "t f f f")
    b.r(1000, 350, "set-created", sc)
    p.connect(sc, 2, p.obj(1000, 400, "v $0-v-created"), 0)
    p.connect(sc, 1, gate, 1)
    b.s(1100, 400, "created", sc, 0)
    created_n = p.floatatom(1100, 430, 3, receive="$0-created-n")
    b.s(1160, 400, "created-n", sc, 0)
    sp = b.r(1000, 435, "set-pending")
    p.connect(sp, 0, p.obj(1000, 460, "v $0-v-pending"), 0)

    def formatter(x: int, y: int, tail: str) -> int:
        box = osc_out(p, x, y, f"/rave/$1/{tail}")
        b.s(x, y + 24, "tx", box)
        return box

    def status_to(x: int, y: int, text: str, src: int, outlet: int = 0) -> int:
        return b.msg_to(x, y, f"symbol {text}", "status", src, outlet)

    def to(x: int, y: int, text: str, name: str, src: int, outlet: int = 0) -> int:
        """A message box (e.g. `1`) into $0-name."""
        return b.msg_to(x, y, text, name, src, outlet)

    # ---- messages in
    inlet = p.obj(10, 180, "inlet")
    glob = p.obj(60, 180, "r rave.voice.$1")
    shared = p.obj(170, 155, "r rave.voice")         # [s rave.voice] <name> <message>, as in Max
    mine = p.obj(170, 180, "route $1")
    p.connect(shared, 0, mine, 0)
    names = ["list", "float", "latent", "dim", "range", "bias", "scale", "smooth", "gain", "db", "mute", "out",
             "pan", "pan/off", "solo", "follow", "follow/off", "model", "method", "load", "attr/set", "attr/get",
             "restart", "get", "new", "free", "dims", "dump"]
    dispatch = p.obj(10, 210, "route " + " ".join(names))
    p.connect(inlet, 0, dispatch, 0)
    p.connect(glob, 0, dispatch, 0)
    p.connect(mine, 0, dispatch, 0)
    route = {n: i for i, n in enumerate(names)}

    # ---- latents
    p.text(10, 250, "---- latents: list, dim, sliders ----")
    lat = p.obj(10, 270, "t a a a")
    for n in ("list", "float", "latent"):
        p.connect(dispatch, route[n], lat, 0)
    p.connect(lat, 0, formatter(10, 370, "latent"), 0)
    lat_store = p.obj(80, 295, "t b a")
    p.connect(lat, 1, lat_store, 0)
    p.connect(lat_store, 1, p.obj(80, 320, "array set $0-z"), 0)
    b.s(120, 345, "refresh", lat_store, 0)
    # a list of another length sets the number of dimensions
    length = p.obj(200, 270, "list length")
    p.connect(lat, 2, length, 0)
    lt = p.obj(200, 295, "t f f b")
    p.connect(length, 0, lt, 0)
    cur = p.obj(290, 320, "v $0-v-dims")
    p.connect(lt, 2, cur, 0)
    ne = p.obj(200, 345, "!=")
    p.connect(cur, 0, ne, 1)
    keep = p.obj(250, 395, "f")
    p.connect(lt, 1, keep, 1)
    p.connect(lt, 0, ne, 0)
    nsel = p.obj(200, 370, "sel 1")
    p.connect(ne, 0, nsel, 0)
    p.connect(nsel, 0, keep, 0)
    b.s(250, 420, "dims", keep)
    # dims n: the array's size
    dt = p.obj(380, 295, "t f f")
    b.r(380, 270, "dims", dt)
    p.connect(dispatch, route["dims"], dt, 0)
    p.connect(dt, 1, p.obj(440, 320, "v $0-v-dims"), 0)
    to(380, 345, "resize $1", "z", dt, 0)
    # dim i f
    dim = p.obj(10, 460, "t b a a")
    p.connect(dispatch, route["dim"], dim, 0)
    p.connect(dim, 2, formatter(10, 560, "dim"), 0)
    dunpack = p.obj(80, 485, "unpack f f")
    p.connect(dim, 1, dunpack, 0)
    dval = p.obj(150, 535, "f")
    p.connect(dunpack, 1, dval, 1)
    don = p.obj(80, 510, "t b f")
    p.connect(dunpack, 0, don, 0)
    setz_i = p.obj(80, 560, "array set $0-z")
    p.connect(don, 1, setz_i, 1)
    p.connect(don, 0, dval, 0)
    p.connect(dval, 0, setz_i, 0)
    b.s(200, 485, "refresh", dim, 0)
    # the sliders follow the array
    get_all = p.obj(420, 485, "array get $0-z")
    b.r(420, 460, "refresh", get_all)
    split8 = p.obj(420, 510, "list split 8")
    p.connect(get_all, 0, split8, 0)
    unpack8 = p.obj(420, 535, "unpack f f f f f f f f")
    p.connect(split8, 0, unpack8, 0)
    p.connect(split8, 2, unpack8, 0)
    for k in range(8):
        to(420 + 55 * k, 560, "set $1", f"s{k}", unpack8, k)
    # a slider moved: dim k v, then the latents go out (regression targets)
    for k in range(8):
        r = b.r(10 + 70 * k, 620, f"o{k}")
        pre = p.obj(10 + 70 * k, 645, f"list prepend {k}")
        t = p.obj(10 + 70 * k, 670, "t b a")
        p.chain(r, pre, t)
        p.connect(t, 1, dim, 0)
        b.s(10 + 70 * k, 695, "emit", t, 0)
    emit = p.obj(10, 945, "array get $0-z")
    b.r(10, 920, "emit", emit)
    p.connect(emit, 0, out_latents, 0)

    # ---- range lo hi: control units 0..1 -> lo..hi, as scale and bias of every dimension
    p.text(600, 250, "---- range: scale and bias of every dimension ----")
    rng = p.obj(600, 270, "t b a")
    p.connect(dispatch, route["range"], rng, 0)
    ru = p.obj(650, 295, "unpack f f")
    p.connect(rng, 1, ru, 0)
    p.connect(ru, 0, p.obj(650, 320, "v $0-v-lo"), 0)
    p.connect(ru, 1, p.obj(730, 320, "v $0-v-hi"), 0)
    b.s(600, 345, "range", rng, 0)
    rt = p.obj(800, 295, "t b b b")
    b.r(800, 270, "range", rt)
    wt = p.obj(900, 320, "t b b")
    p.connect(rt, 2, wt, 0)
    lo = p.obj(960, 345, "v $0-v-lo")
    hi = p.obj(900, 370, "v $0-v-hi")
    p.connect(wt, 1, lo, 0)
    p.connect(wt, 0, hi, 0)
    width = p.obj(900, 395, "-")
    lo_t = p.obj(960, 370, "t f f")
    p.connect(lo, 0, lo_t, 0)
    p.connect(lo_t, 0, width, 1)
    p.connect(hi, 0, width, 0)
    bias_pack = p.obj(800, 445, "pack f f")
    scale_pack = p.obj(880, 445, "pack f f")
    p.connect(lo_t, 1, bias_pack, 1)
    p.connect(width, 0, scale_pack, 1)
    zero = p.msg(850, 320, "0")
    p.connect(rt, 1, zero, 0)
    dims_v = p.obj(800, 345, "v $0-v-dims")
    p.connect(rt, 0, dims_v, 0)
    until = p.obj(800, 370, "until")
    p.connect(dims_v, 0, until, 0)
    count = p.obj(800, 395, "f")
    inc = p.obj(840, 395, "+ 1")
    p.connect(until, 0, count, 0)
    p.connect(count, 0, inc, 0)
    p.connect(inc, 0, count, 1)
    p.connect(zero, 0, count, 1)
    ct = p.obj(800, 420, "t f f")
    p.connect(count, 0, ct, 0)
    p.connect(ct, 1, bias_pack, 0)
    p.connect(ct, 0, scale_pack, 0)
    bias_fmt = formatter(800, 475, "bias")
    scale_fmt = formatter(880, 475, "scale")
    p.connect(bias_pack, 0, bias_fmt, 0)
    p.connect(scale_pack, 0, scale_fmt, 0)
    p.connect(dispatch, route["bias"], bias_fmt, 0)
    p.connect(dispatch, route["scale"], scale_fmt, 0)

    # ---- smooth, gain, db, mute, out, pan, solo, follow, attributes, restart, get
    p.text(10, 730, "---- smooth, gain, db, mute, out, attributes ----")
    p.text(1340, 720, "---- pan, solo, follow: kept for the state, as out and smooth ----")

    def kept(x: int, y: int, tail: str) -> tuple[int, int]:
        """`tail args` to the server, kept in a [list] for the state push (which skips it while empty).

        Returns (the [list], its formatter). A leading [list] makes `follow b` (routed as the message `b`)
        a list, for [oscformat] and the store alike.
        """
        as_list = p.obj(x, y, "list")
        t = p.obj(x, y + 20, "t a a")
        store = p.obj(x, y + 40, "list")
        fmt = formatter(x, y + 65, tail)
        p.connect(dispatch, route[tail], as_list, 0)
        p.chain(as_list, t, fmt)
        p.connect(t, 1, store, 1)
        return store, fmt

    def forgets(x: int, y: int, tail: str, store: int) -> None:
        """`tail` (pan/off, follow/off) to the server; empties the setting's store, so the push leaves it out."""
        t = p.obj(x, y, "t b b")
        p.connect(dispatch, route[tail], t, 0)
        p.connect(t, 1, store, 1)          # a bang into [list]'s right inlet keeps the empty list
        p.connect(t, 0, formatter(x, y + 25, tail), 0)

    remembered = {tail: kept(x, y, tail) for tail, x, y in (("out", 90, 745), ("smooth", 10, 745),
                                                              ("pan", 1340, 745), ("solo", 1700, 745),
                                                              ("follow", 1340, 865))}
    forgets(1500, 765, "pan/off", remembered["pan"][0])
    forgets(1500, 885, "follow/off", remembered["follow"][0])
    g = p.obj(170, 750, "t f f")
    p.connect(dispatch, route["gain"], g, 0)
    p.connect(g, 1, formatter(170, 815, "gain"), 0)
    todb = p.obj(230, 775, "expr if($f1 > 0, 20*log10($f1), -60)")
    p.connect(g, 0, todb, 0)
    dbshow = p.obj(230, 800, "t f f")
    p.connect(todb, 0, dbshow, 0)
    dbin = p.obj(420, 750, "t f f")
    b.r(420, 725, "db-ui", dbin)
    p.connect(dispatch, route["db"], dbin, 0)
    db_fmt = formatter(420, 815, "db")
    p.connect(dbin, 0, db_fmt, 0)
    p.connect(dbin, 1, dbshow, 0)
    p.connect(dbshow, 1, p.obj(300, 825, "v $0-v-db"), 0)
    b.s(300, 850, "db", dbshow, 1)
    to(230, 850, "set $1", "db-set", dbshow, 0)
    mu = p.obj(520, 750, "t f f f")
    b.r(520, 725, "mute-ui", mu)
    p.connect(dispatch, route["mute"], mu, 0)
    p.connect(mu, 2, p.obj(600, 775, "v $0-v-mute"), 0)
    b.s(600, 800, "mute", mu, 2)
    to(560, 825, "set $1", "mute-set", mu, 1)
    mute_fmt = formatter(520, 815, "mute")
    p.connect(mu, 0, mute_fmt, 0)
    for i, n in enumerate(("attr/set", "attr/get", "restart", "get")):
        as_list = p.obj(680 + 85 * i, 726, "list")   # `attr/set name v` arrives as `name v`
        p.connect(dispatch, route[n], as_list, 0)
        p.connect(as_list, 0, formatter(680 + 85 * i, 750, n), 0)

    # ---- model, method, load: load if the server has the voice, else create it
    p.text(600, 520, "---- model, method, load, new, free ----")
    mdl = p.obj(600, 565, "t b s")
    msym = p.obj(600, 540, "symbol")
    p.connect(msym, 0, mdl, 0)
    b.r(540, 515, "model-ui", msym)
    p.connect(dispatch, route["model"], msym, 0)
    b.s(680, 590, "model", mdl, 1)
    mth = p.obj(760, 565, "t b s")
    mesym = p.obj(760, 540, "symbol")
    p.connect(mesym, 0, mth, 0)
    b.r(700, 515, "method-ui", mesym)
    p.connect(dispatch, route["method"], mesym, 0)
    b.s(840, 590, "method", mth, 1)
    ld = p.obj(920, 540, "list split 1")
    p.connect(dispatch, route["load"], ld, 0)
    ld_rest = p.obj(1000, 565, "list split 1")
    p.connect(ld, 1, ld_rest, 0)
    ldm = p.obj(1000, 590, "route symbol")
    p.connect(ld_rest, 0, ldm, 0)
    b.s(1000, 615, "method", ldm, 0)
    p.connect(ld, 0, msym, 0)
    apply_ = p.obj(600, 615, "v $0-v-created")
    p.connect(mdl, 0, apply_, 0)
    p.connect(mth, 0, apply_, 0)
    asel = p.obj(600, 640, "sel 0 1")
    p.connect(apply_, 0, asel, 0)
    b.s(600, 665, "new", asel, 0)
    b.s(680, 665, "load", asel, 1)
    # the model and method displays follow the state
    for name, x in (("model", 1180), ("method", 1260)):
        r = b.r(x, 130, name)
        to(x, 155, "set $1", f"{name}-set", r)
        b.s(x + 40, 155, f"{name}-n", r)

    # new: /rave/voice/new <name> <model> <method>, once, only with a model
    new_r = b.r(1000, 660, "new")
    new_t = p.obj(1000, 685, "v $0-v-pending")
    p.connect(new_r, 0, new_t, 0)
    p.connect(dispatch, route["new"], new_t, 0)
    pend_sel = p.obj(1000, 710, "sel 0")
    p.connect(new_t, 0, pend_sel, 0)
    has_model = p.obj(1000, 735, "symbol")
    b.r(1060, 710, "model", has_model, 1)
    p.connect(pend_sel, 0, has_model, 0)
    chars = p.obj(1000, 760, "list fromsymbol")
    p.connect(has_model, 0, chars, 0)
    nonempty = p.obj(1000, 785, "list split 1")
    p.connect(chars, 0, nonempty, 0)
    fire = p.obj(1000, 810, "t b b b b")
    p.connect(nonempty, 0, fire, 0)
    to(1000, 900, "1", "set-pending", fire, 3)
    status_to(1060, 900, "creating", fire, 2)
    npack = p.obj(1080, 860, "pack s s")
    nm = p.obj(1080, 835, "symbol")
    nme = p.obj(1150, 835, "symbol")
    p.connect(fire, 1, nme, 0)     # the method first (cold), then the model (hot)
    p.connect(fire, 0, nm, 0)
    b.r(1220, 810, "method", nme, 1)
    b.r(1150, 785, "model", nm, 1)
    p.connect(nme, 0, npack, 1)
    p.connect(nm, 0, npack, 0)
    nprep = p.obj(1080, 885, "list prepend $1")
    p.connect(npack, 0, nprep, 0)
    new_fmt = osc_out(p, 1080, 910, "/rave/voice/new")
    p.connect(nprep, 0, new_fmt, 0)
    p.connect(new_fmt, 0, p.obj(1080, 935, f"s {BUS_TX}"), 0)
    # load: /rave/<name>/load <model> <method>
    load_t = p.obj(800, 860, "t b b b")
    b.r(800, 835, "load", load_t)
    status_to(880, 885, "loading", load_t, 2)
    lpack = p.obj(800, 910, "pack s s")
    lm = p.obj(800, 885, "symbol")
    lme = p.obj(840, 885, "symbol")
    b.r(700, 860, "model", lm, 1)
    b.r(700, 885, "method", lme, 1)
    p.connect(load_t, 1, lme, 0)
    p.connect(lme, 0, lpack, 1)
    p.connect(load_t, 0, lm, 0)
    p.connect(lm, 0, lpack, 0)
    p.connect(lpack, 0, formatter(800, 935, "load"), 0)
    # free
    free_t = p.obj(1180, 540, "t b b")
    p.connect(dispatch, route["free"], free_t, 0)
    name_s = p.obj(1180, 565, "symbol $1")
    p.connect(free_t, 1, name_s, 0)
    free_fmt = osc_out(p, 1180, 590, "/rave/voice/free")
    p.connect(name_s, 0, free_fmt, 0)
    p.connect(free_fmt, 0, p.obj(1180, 615, f"s {BUS_TX}"), 0)
    to(1180, 640, "0", "set-created", free_t, 0)

    # ---- replies from the server
    p.text(10, 1000, "---- replies (from rave.server, [r rave.rx]) ----")
    rroute = p.obj(10, 1045, "route done fail voice $1")
    p.connect(p.obj(10, 1020, f"r {BUS_RX}"), 0, rroute, 0)
    done = p.obj(10, 1070, "route /rave/voice/new /rave/$1/load /rave/$1/restart /rave/voice/free "
                           "/rave/$1/get /rave/$1/attr/get")
    p.connect(rroute, 0, done, 0)
    mine = p.obj(10, 1095, "route $1")
    p.connect(done, 0, mine, 0)
    lat_t = p.obj(10, 1145, "t b f")
    p.connect(mine, 0, lat_t, 0)
    reloaded = p.obj(120, 1095, "t b a")
    p.connect(done, 1, reloaded, 0)
    p.connect(done, 2, reloaded, 0)
    lat_any = latency_of(p, 160, 1120)
    p.connect(reloaded, 1, lat_any, 0)
    p.connect(lat_any, 0, lat_t, 0)
    b.s(10, 1195, "ready", lat_t, 0)
    b.s(120, 1195, "ready", reloaded, 0)
    b.s(60, 1170, "latency", lat_t, 1)
    lat_pre = p.obj(160, 1170, "list prepend latency")
    p.connect(lat_t, 1, lat_pre, 0)
    lat_trim = p.obj(160, 1195, "list trim")
    p.connect(lat_pre, 0, lat_trim, 0)
    p.connect(lat_trim, 0, out_events, 0)
    to(300, 1095, "0", "set-created", done, 3)
    for i, tail in ((4, "get"), (5, "attr/get")):
        pre = p.obj(360 + 150 * (i - 4), 1095, f"list prepend done {tail}")
        p.connect(done, i, pre, 0)
        trm = p.obj(360 + 150 * (i - 4), 1120, "list trim")
        p.connect(pre, 0, trm, 0)
        p.connect(trm, 0, out_events, 0)

    # ready: the server has the voice (created, loaded, restarted or adopted): send the whole state
    ready = p.obj(10, 1260, "t b b b b b")
    b.r(10, 1235, "ready", ready)
    to(10, 1380, "0", "set-pending", ready, 4)
    to(60, 1380, "1", "set-created", ready, 3)
    b.s(110, 1380, "push", ready, 2)
    b.s(170, 1380, "emit", ready, 1)
    status_to(230, 1380, "ready", ready, 0)
    push = p.obj(320, 1260, "t b b b b b")
    b.r(320, 1235, "push", push)
    b.s(320, 1285, "range", push, 4)
    zl = p.obj(400, 1285, "array get $0-z")
    p.connect(push, 3, zl, 0)
    p.connect(zl, 0, formatter(400, 1310, "latent"), 0)
    dbv = p.obj(500, 1285, "v $0-v-db")
    p.connect(push, 2, dbv, 0)
    p.connect(dbv, 0, formatter(500, 1310, "db"), 0)
    muv = p.obj(580, 1285, "v $0-v-mute")
    p.connect(push, 1, muv, 0)
    p.connect(muv, 0, formatter(580, 1310, "mute"), 0)
    stores = p.obj(680, 1285, "t" + " b" * len(remembered))    # out, smooth, pan, solo, follow: in this order
    p.connect(push, 0, stores, 0)
    for i, (store, target) in enumerate(remembered.values()):
        p.connect(stores, len(remembered) - 1 - i, store, 0)
        first = p.obj(400 + 100 * i, 1410, "list split 1")      # only when set
        whole = p.obj(400 + 100 * i, 1435, "list append")
        p.connect(store, 0, first, 0)
        p.connect(first, 1, whole, 1)
        p.connect(first, 0, whole, 0)
        p.connect(whole, 0, target, 0)

    # fail: for this voice's addresses, or for /rave/voice/new while ours is pending
    fail_t = p.obj(600, 1045, "t a a b")
    p.connect(rroute, 1, fail_t, 0)
    fgate = p.obj(600, 1170, "spigot")
    close = p.msg(760, 1070, "0")
    p.connect(fail_t, 2, close, 0)
    p.connect(close, 0, fgate, 1)
    addresses = " ".join(f"/rave/$1/{t}" for t in VOICE_COMMANDS)
    faddr = p.obj(680, 1095, f"route /rave/voice/new {addresses}")
    p.connect(fail_t, 1, faddr, 0)
    open_ = p.msg(760, 1145, "1")
    for i in range(1, len(VOICE_COMMANDS) + 1):
        p.connect(faddr, i, open_, 0)
    p.connect(open_, 0, fgate, 1)
    pcheck = p.obj(680, 1120, "v $0-v-pending")
    pbang = p.obj(600, 1120, "t b")
    p.connect(faddr, 0, pbang, 0)
    p.connect(pbang, 0, pcheck, 0)
    psel = p.obj(680, 1145, "sel 1")
    p.connect(pcheck, 0, psel, 0)
    p.connect(psel, 0, open_, 0)
    to(680, 1170, "0", "set-pending", psel, 0)
    p.connect(fail_t, 0, fgate, 0)
    fsplit = p.obj(600, 1220, "list split 1")
    p.connect(fgate, 0, fsplit, 0)
    freason = p.obj(680, 1245, "symbol")
    p.connect(fsplit, 1, freason, 0)
    b.s(680, 1270, "status", freason)
    fpre = p.obj(600, 1245, "list prepend fail")
    p.connect(fgate, 0, fpre, 0)
    ftrim = p.obj(600, 1270, "list trim")
    p.connect(fpre, 0, ftrim, 0)
    p.connect(ftrim, 0, out_events, 0)

    # the voice list: find our name among the triples; adopt the voice, reload it or create it
    p.text(900, 1000, "---- voice list: adopt, reload or create ----")
    vroute = p.obj(900, 1020, "route list.reply")
    p.connect(rroute, 2, vroute, 0)
    sync = p.obj(900, 1045, "t b b a b")
    p.connect(vroute, 0, sync, 0)
    found = p.obj(900, 1295, "f")
    differs = p.obj(1000, 1345, "f")
    reset = p.msg(1100, 1070, "0")
    p.connect(sync, 3, reset, 0)
    p.connect(reset, 0, found, 1)
    p.connect(reset, 0, differs, 1)
    rest = p.obj(960, 1095, "list")
    p.connect(sync, 2, rest, 1)
    loop = p.obj(960, 1070, "until")
    p.connect(sync, 1, loop, 0)
    p.connect(loop, 0, rest, 0)
    triple = p.obj(960, 1120, "list split 3")
    p.connect(rest, 0, triple, 0)
    p.connect(triple, 1, rest, 1)
    p.connect(triple, 2, loop, 1)
    who = p.obj(960, 1145, "route $1")
    trim3 = p.obj(880, 1145, "list trim")     # a list does not route by its first symbol: trim it
    p.connect(triple, 0, trim3, 0)
    p.connect(trim3, 0, who, 0)
    hit = p.obj(960, 1170, "t a a b")
    p.connect(who, 0, hit, 0)
    one = p.msg(1100, 1195, "1")
    p.connect(hit, 2, one, 0)
    p.connect(one, 0, found, 1)
    # no model of our own: take the server's
    theirs = p.obj(1040, 1195, "t b a")
    p.connect(hit, 1, theirs, 0)
    tstore = p.obj(1040, 1295, "list")
    p.connect(theirs, 1, tstore, 1)
    ours = p.obj(1040, 1220, "symbol")
    b.r(1120, 1220, "model", ours, 1)
    p.connect(theirs, 0, ours, 0)
    ochars = p.obj(1040, 1245, "list fromsymbol")
    p.connect(ours, 0, ochars, 0)
    oempty = p.obj(1040, 1270, "list split 1")
    p.connect(ochars, 0, oempty, 0)
    p.connect(oempty, 2, tstore, 0)
    tunpack = p.obj(1040, 1320, "unpack s s")
    p.connect(tstore, 0, tunpack, 0)
    tm = p.obj(1120, 1345, "s $0-method")
    p.connect(tunpack, 1, tm, 0)
    b.s(1200, 1345, "model", tunpack, 0)
    # compare the server's model with ours
    cmp = p.obj(960, 1220, "t a b")
    p.connect(hit, 0, cmp, 0)
    ours2 = p.obj(880, 1245, "symbol")
    b.r(880, 1220, "model", ours2, 1)
    p.connect(cmp, 1, ours2, 0)
    same = p.obj(960, 1295, "sel -")
    p.connect(ours2, 0, same, 1)
    cunpack = p.obj(960, 1245, "unpack s s")
    p.connect(cmp, 0, cunpack, 0)
    p.connect(cunpack, 0, same, 0)
    yes = p.msg(1000, 1320, "1")
    p.connect(same, 1, yes, 0)
    p.connect(yes, 0, differs, 1)
    # after the loop
    p.connect(sync, 0, found, 0)
    fsel = p.obj(900, 1370, "sel 0 1")
    p.connect(found, 0, fsel, 0)
    b.s(900, 1395, "new", fsel, 0)
    dt2 = p.obj(1000, 1370, "t b")
    p.connect(fsel, 1, dt2, 0)
    p.connect(dt2, 0, differs, 0)
    dsel = p.obj(1000, 1395, "sel 0 1")
    p.connect(differs, 0, dsel, 0)
    b.s(1000, 1420, "ready", dsel, 0)
    reload = p.obj(1080, 1420, "t b b")
    p.connect(dsel, 1, reload, 0)
    to(1160, 1445, "1", "set-created", reload, 1)
    b.s(1080, 1470, "load", reload, 0)

    # pushed to subscribers (after notify 1): encoder frames, model errors
    frame = p.obj(400, 1020, "route frame error")
    p.connect(rroute, 3, frame, 0)
    fr_pre = p.obj(400, 1045, "list prepend frame")
    p.connect(frame, 0, fr_pre, 0)
    fr_trim = p.obj(400, 1070, "list trim")
    p.connect(fr_pre, 0, fr_trim, 0)
    p.connect(fr_trim, 0, out_events, 0)
    err_pre = p.obj(480, 1145, "list prepend error")
    p.connect(frame, 1, err_pre, 0)
    err_trim = p.obj(480, 1170, "list trim")
    p.connect(err_pre, 0, err_trim, 0)
    p.connect(err_trim, 0, out_events, 0)
    err_sym = p.obj(560, 1145, "symbol")
    p.connect(frame, 1, err_sym, 0)
    b.s(560, 1170, "status", err_sym)

    # ---- start: arguments and defaults
    p.text(600, 20, "---- start: arguments, defaults ----")
    init = p.obj(600, 60, "t b b b b b b")
    p.connect(p.obj(600, 40, "loadbang"), 0, init, 0)
    a_model = p.obj(600, 85, "symbol $2")
    p.connect(init, 5, a_model, 0)
    a_chars = p.obj(600, 110, "list fromsymbol")
    p.connect(a_model, 0, a_chars, 0)
    a_has = p.obj(600, 135, "list split 1")
    p.connect(a_chars, 0, a_has, 0)
    a_model2 = p.obj(680, 135, "symbol $2")
    a_bang = p.obj(680, 110, "t b")
    p.connect(a_has, 0, a_bang, 0)
    p.connect(a_bang, 0, a_model2, 0)
    b.s(680, 160, "model", a_model2)
    a_method = p.obj(760, 85, "symbol $3")
    p.connect(init, 4, a_method, 0)
    m_chars = p.obj(760, 110, "list fromsymbol")
    p.connect(a_method, 0, m_chars, 0)
    m_has = p.obj(760, 135, "list split 1")
    p.connect(m_chars, 0, m_has, 0)
    a_method2 = p.obj(840, 135, "symbol $3")
    m_bang = p.obj(840, 110, "t b")
    p.connect(m_has, 0, m_bang, 0)
    p.connect(m_bang, 0, a_method2, 0)
    b.s(840, 160, "method", a_method2)
    default_method = p.msg(920, 135, "symbol decode")
    p.connect(m_has, 2, default_method, 0)
    b.s(920, 160, "method", default_method)
    a_dims = p.obj(1000, 85, "f $4")
    p.connect(init, 3, a_dims, 0)
    dsel0 = p.obj(1000, 110, "sel 0")
    p.connect(a_dims, 0, dsel0, 0)
    eight = p.msg(1000, 135, "8")
    p.connect(dsel0, 0, eight, 0)
    b.s(1000, 160, "dims", eight)
    b.s(1040, 135, "dims", dsel0, 1)
    defaults = p.msg(1100, 85, "-3")
    p.connect(init, 2, defaults, 0)
    p.connect(defaults, 0, p.obj(1100, 110, "v $0-v-lo"), 0)
    three = p.msg(1140, 85, "3")
    p.connect(init, 2, three, 0)
    p.connect(three, 0, p.obj(1140, 110, "v $0-v-hi"), 0)
    to(600, 185, "const 0.5", "z", init, 2)
    zero0 = p.msg(700, 185, "0")
    p.connect(init, 1, zero0, 0)
    for i, name in enumerate(("set-created", "set-pending", "db", "mute")):
        b.s(700 + 80 * i, 235, name, zero0)
    p.connect(zero0, 0, p.obj(1020, 210, "v $0-v-db"), 0)
    p.connect(zero0, 0, p.obj(1090, 210, "v $0-v-mute"), 0)
    to(760, 185, "set 0", "db-set", init, 1)
    to(820, 185, "set 0", "mute-set", init, 1)
    b.s(880, 185, "refresh", init, 1)
    b.s(950, 185, "emit", init, 0)

    # ---- dump
    dump = display_dump(p, 1300, 500, [("model-n", model_show), ("method-n", method_show), ("latency", latency),
                                       ("status", status), ("created-n", created_n), ("db", db_show),
                                       ("mute", mute_show)], out_events)
    p.connect(dispatch, route["dump"], dump, 0)
    zd = p.obj(1300, 470, "array get $0-z")
    p.connect(dispatch, route["dump"], zd, 0)
    zpre = p.obj(1400, 470, "list prepend display latents")
    p.connect(zd, 0, zpre, 0)
    ztrim = p.obj(1600, 470, "list trim")
    p.connect(zpre, 0, ztrim, 0)
    p.connect(ztrim, 0, out_events, 0)
    p.width, p.height = 1900, 1520
    return p


# ------------------------------------------------------------------ rave.regress

def sender(p: Patch, x: int, y: int) -> tuple[int, int]:
    """[list prepend send] -> [list trim] -> [spigot] -> [netsend -u -b]; returns (entry, netsend)."""
    prep = p.obj(x, y, "list prepend send")
    trim = p.obj(x, y + 25, "list trim")
    gate = p.obj(x, y + 50, "spigot")
    netsend = p.obj(x, y + 75, "netsend -u -b")
    p.chain(prep, trim, gate, netsend)
    p.connect(netsend, 0, gate, 1)
    return prep, netsend


def stage_connection(p: Patch, x: int, y: int, ports: list[int]) -> tuple[int, int, list[int], int]:
    """The connect section rave.regress and rave.gametrak.scale share: arguments set host and ports, a bang connects."""
    load_t = p.obj(x, y + 25, "t b b")
    p.connect(p.obj(x, y, "loadbang"), 0, load_t, 0)
    args = p.msg(x + 60, y + 50, "args")
    p.connect(load_t, 1, args, 0)
    pdc = p.obj(x + 60, y + 75, "pdcontrol")
    p.connect(args, 0, pdc, 0)
    parser = host_port_parser(p, x + 60, y + 100, floats=len(ports))
    p.connect(pdc, 0, parser, 0)
    host_s = p.obj(x + 60, y + 145, f"symbol {HOST}")
    port_fs = [p.obj(x + 140 + 60 * i, y + 145, f"f {port}") for i, port in enumerate(ports)]
    p.connect(parser, 0, host_s, 1)
    for i, port_f in enumerate(port_fs):
        p.connect(parser, i + 1, port_f, 1)
    do_connect = p.obj(x, y + 175, "t " + " ".join(["b"] * (1 + len(ports))))
    p.connect(load_t, 0, do_connect, 0)
    cpack = p.obj(x, y + 225, "pack s f")
    p.connect(do_connect, 1, port_fs[0], 0)
    p.connect(port_fs[0], 0, cpack, 1)
    p.connect(do_connect, 0, host_s, 0)
    p.connect(host_s, 0, cpack, 0)
    con = p.msg(x, y + 250, "disconnect, connect $1 $2")
    p.connect(cpack, 0, con, 0)
    entry, netsend = sender(p, x, y + 295)
    p.connect(con, 0, netsend, 0)
    return parser, do_connect, port_fs, entry


def rave_regress() -> Patch:
    p = Patch(width=1400, height=900, font=10, x=40, y=40)
    b = Bus(p)
    gop_frame(p, 250, 150, "rave.regress", PANEL_REGRESS)
    p.tgl(6, 22, 15, send="$0-rec-ui", receive="$0-rec-set", label="record", fg=RED, label_dx=18, label_dy=8)
    p.bng(72, 22, 15, send="$0-train-ui", label="train", label_dx=18, label_dy=8)
    p.tgl(126, 22, 15, send="$0-run-ui", receive="$0-run-set", label="run", fg=GREEN, label_dx=18, label_dy=8)
    p.bng(170, 22, 15, send="$0-delete-ui", label="delete", label_dx=18, label_dy=8)
    examples = p.floatatom(6, 44, 6, receive="$0-examples", label="examples", label_pos=1)
    status = p.symbolatom(104, 44, 18, receive="$0-status")
    p.bng(230, 43, 14, receive="$0-trained", fg=GREEN, hold=400)
    p.cnv(6, 66, 1, 1, PANEL_REGRESS, label="targets", label_dx=0, label_dy=4, fontsize=9)
    p.cnv(130, 66, 1, 1, PANEL_REGRESS, label="outputs", label_dx=0, label_dy=4, fontsize=9)
    p.graph(6, 74, 114, 48, "$0-targets", 16, 0, 1)
    p.graph(130, 74, 114, 48, "$0-outputs", 16, 0, 1)
    error = p.symbolatom(6, 128, 38, receive="$0-error")
    rec_n = p.floatatom(1300, 20, 3, receive="$0-recording-n")
    run_n = p.floatatom(1300, 45, 3, receive="$0-running-n")
    p.text(270, 5, "rave.regress: the regression stage over the Wekinator protocol. Arguments: host, port, "
                   "listening port.", width=70)
    out_outputs = p.obj(10, 860, "outlet")
    out_status = p.obj(700, 860, "outlet")

    # ---- connection: arguments, connect, listen
    parser, do_connect, (_, listen_f), entry = stage_connection(p, 900, 155, [STAGE_PORT, STAGE_OUT_PORT])
    p.connect(do_connect, 2, listen_f, 0)
    listen = p.msg(1100, 380, "listen $1")
    p.connect(listen_f, 0, listen, 0)
    netreceive = p.obj(1100, 560, "netreceive -u -b")
    p.connect(listen, 0, netreceive, 0)

    # ---- messages in
    inlet = p.obj(10, 180, "inlet")
    glob = p.obj(60, 180, "r rave.regress")
    names = ["record", "train", "cancel", "run", "delete", "outputs", "inputs", "control", "connect", "listen",
             "dump"]
    dispatch = p.obj(10, 210, "route " + " ".join(names))
    p.connect(inlet, 0, dispatch, 0)
    p.connect(glob, 0, dispatch, 0)
    route = {n: i for i, n in enumerate(names)}

    def control(x: int, y: int, name: str) -> int:
        return control_box(p, entry, x, y, name)

    def status_to(x: int, y: int, text: str, src: int, outlet: int = 0) -> int:
        return b.msg_to(x, y, f"symbol {text}", "status", src, outlet)

    clear_error = b.r(600, 160, "clear-error")
    p.connect(clear_error, 0, b.msg_to(600, 185, "symbol", "error"), 0)

    # record 0|1 (also the toggle)
    rec = p.obj(10, 260, "sel 1 0")
    p.connect(dispatch, route["record"], rec, 0)
    b.r(10, 235, "rec-ui", rec)
    rec_on = p.obj(10, 285, "t b b b b")
    p.connect(rec, 0, rec_on, 0)
    b.s(10, 385, "push-targets", rec_on, 3)
    p.connect(rec_on, 2, control(80, 385, "startRecording"), 0)
    one = p.msg(80, 310, "1")
    p.connect(rec_on, 1, one, 0)
    p.connect(one, 0, p.obj(80, 335, f"s {RECORD_STATE}"), 0)
    b.s(10, 410, "clear-error", rec_on, 0)
    rec_off = p.obj(230, 285, "t b b")
    p.connect(rec, 1, rec_off, 0)
    p.connect(rec_off, 1, control(230, 385, "stopRecording"), 0)
    zero = p.msg(300, 310, "0")
    p.connect(rec_off, 0, zero, 0)
    p.connect(zero, 0, p.obj(300, 335, f"s {RECORD_STATE}"), 0)
    # the shared recording state drives the displays (the foot switch sets it too)
    state = p.obj(400, 260, f"r {RECORD_STATE}")
    st = p.obj(400, 285, "t f f f")
    p.connect(state, 0, st, 0)
    b.msg_to(400, 310, "set $1", "rec-set", st, 1)
    b.s(470, 310, "recording-n", st, 2)
    rsel = p.obj(400, 360, "sel 1 0")
    p.connect(st, 0, rsel, 0)
    status_to(400, 385, "recording", rsel, 0)
    recording_run_off = b.msg_to(480, 385, "set 0", "run-set", rsel, 0)
    b.s(480, 435, "running-n", p.msg(540, 410, "0"), 0)
    p.connect(rsel, 0, len(p.boxes) - 2, 0)
    begin = p.obj(10, 460, f"r {RECORD_BEGIN}")
    b.s(10, 485, "push-targets", begin)

    # targets: stored, shown, sent; pushed again before recording starts
    targets = p.obj(10, 560, "list")
    tin = p.obj(10, 535, "t a a a")
    p.connect(dispatch, route["outputs"], tin, 0)
    p.connect(tin, 2, targets, 1)
    show = p.obj(80, 560, "t a a")
    p.connect(tin, 1, show, 0)
    tlen = p.obj(130, 585, "list length")
    p.connect(show, 1, tlen, 0)
    b.msg_to(130, 610, "resize $1", "targets", tlen)
    p.connect(show, 0, p.obj(80, 660, "array set $0-targets"), 0)
    out_fmt = control(10, 700, "outputs")
    p.connect(tin, 0, out_fmt, 0)
    push = b.r(200, 535, "push-targets")
    p.connect(push, 0, targets, 0)
    first = p.obj(200, 585, "list split 1")       # only when there are targets
    whole = p.obj(200, 610, "list append")
    p.connect(targets, 0, first, 0)
    p.connect(first, 1, whole, 1)
    p.connect(first, 0, whole, 0)
    p.connect(whole, 0, out_fmt, 0)

    # train, cancel, run, delete, inputs
    tr = p.obj(300, 460, "t b b b")
    p.connect(dispatch, route["train"], tr, 0)
    b.r(300, 435, "train-ui", tr)
    p.connect(tr, 2, control(300, 560, "train"), 0)
    status_to(380, 485, "training", tr, 1)
    b.s(460, 485, "clear-error", tr, 0)
    p.connect(dispatch, route["cancel"], control(400, 560, "cancelTrain"), 0)
    run = p.obj(560, 460, "sel 1 0")
    p.connect(dispatch, route["run"], run, 0)
    b.r(560, 435, "run-ui", run)
    run_on = p.obj(560, 485, "t b b b b")
    p.connect(run, 0, run_on, 0)
    p.connect(run_on, 3, control(520, 610, "startRunning"), 0)
    zero2 = p.msg(640, 510, "0")
    p.connect(run_on, 2, zero2, 0)
    p.connect(zero2, 0, p.obj(640, 535, f"s {RECORD_STATE}"), 0)
    on_set = b.msg_to(700, 510, "set 1", "run-set", run_on, 1)
    p.connect(p.msg(760, 510, "1"), 0, p.obj(760, 535, "s $0-running-n"), 0)
    p.connect(run_on, 1, len(p.boxes) - 2, 0)
    status_to(820, 510, "running", run_on, 0)
    run_off = p.obj(660, 585, "t b b b")
    p.connect(run, 1, run_off, 0)
    p.connect(run_off, 2, control(660, 660, "stopRunning"), 0)
    b.msg_to(740, 610, "set 0", "run-set", run_off, 1)
    p.connect(p.msg(800, 610, "0"), 0, p.obj(800, 635, "s $0-running-n"), 0)
    p.connect(run_off, 1, len(p.boxes) - 2, 0)
    status_to(860, 610, "stopped", run_off, 0)
    dl = p.obj(300, 610, "t b b")
    p.connect(dispatch, route["delete"], dl, 0)
    b.r(300, 585, "delete-ui", dl)
    p.connect(dl, 1, control(300, 660, "deleteAllExamples"), 0)
    b.s(400, 660, "clear-error", dl, 0)
    inputs = osc_out(p, 10, 760, "/wek/inputs")
    p.connect(dispatch, route["inputs"], inputs, 0)
    p.connect(inputs, 0, entry, 0)
    # control <name> args...: any /wekinator/control/ message
    csplit = p.obj(150, 760, "list split 1")
    p.connect(dispatch, route["control"], csplit, 0)
    crest = p.obj(300, 835, "list")
    p.connect(csplit, 1, crest, 1)
    cname = p.obj(150, 785, "makefilename wekinator/control/%s")
    p.connect(csplit, 0, cname, 0)
    ct = p.obj(150, 810, "t b s")
    p.connect(cname, 0, ct, 0)
    setaddr = p.msg(220, 835, "set $1")
    p.connect(ct, 1, setaddr, 0)
    anyfmt = p.obj(150, 860, "oscformat")
    p.connect(setaddr, 0, anyfmt, 0)
    p.connect(ct, 0, crest, 0)
    p.connect(crest, 0, anyfmt, 0)
    p.connect(anyfmt, 0, entry, 0)
    # connect [host] [port], listen port
    ct2 = p.obj(1100, 180, "t b a")
    p.connect(dispatch, route["connect"], ct2, 0)
    p.connect(ct2, 1, parser, 0)
    p.connect(ct2, 0, do_connect, 0)
    lt = p.obj(1200, 255, "t b f")
    p.connect(dispatch, route["listen"], lt, 0)
    p.connect(lt, 1, listen_f, 1)
    p.connect(lt, 0, listen_f, 0)

    # ---- from the stage: outputs and status
    parse = p.obj(1100, 585, "oscparse")
    p.connect(netreceive, 0, parse, 0)
    ptrim = p.obj(1100, 610, "list trim")
    p.connect(parse, 0, ptrim, 0)
    top = p.obj(1100, 635, "route wek wekinator")
    p.connect(ptrim, 0, top, 0)
    wek = p.obj(1000, 660, "route outputs")
    p.connect(top, 0, wek, 0)
    ot = p.obj(1000, 685, "t a a")
    p.connect(wek, 0, ot, 0)
    p.connect(ot, 0, out_outputs, 0)
    olen = p.obj(1060, 735, "list length")
    oshow = p.obj(1060, 710, "t a a")
    p.connect(ot, 1, oshow, 0)
    p.connect(oshow, 1, olen, 0)
    b.msg_to(1060, 760, "resize $1", "outputs", olen)
    p.connect(oshow, 0, p.obj(1000, 810, "array set $0-outputs"), 0)
    wk = p.obj(1160, 660, "route status")
    p.connect(top, 1, wk, 0)
    sf = p.obj(1160, 685, "t a a")
    p.connect(wk, 0, sf, 0)
    p.connect(sf, 0, out_status, 0)
    kinds = p.obj(1160, 710, "route examples training done-training training-cancelled error saved loaded")
    p.connect(sf, 1, kinds, 0)
    ex = p.obj(1160, 735, "list split 1")
    p.connect(kinds, 0, ex, 0)
    b.s(1160, 760, "examples", ex, 0)
    b.s(1160, 785, "examples", ex, 2)
    pct = p.obj(1250, 735, "expr int($f1*100)")
    p.connect(kinds, 1, pct, 0)
    mk = p.obj(1250, 760, "makefilename training:%d%%")
    p.connect(pct, 0, mk, 0)
    b.s(1250, 785, "status", mk)
    dt = p.obj(1350, 735, "t b b")
    p.connect(kinds, 2, dt, 0)
    b.s(1350, 785, "trained", dt, 0)
    trained_msg = b.msg_to(1420, 760, "symbol trained", "status", dt, 1)
    b.msg_to(1520, 760, "symbol cancelled", "status", kinds, 3)
    es = p.obj(1600, 735, "list split 1")
    p.connect(kinds, 4, es, 0)
    reason = p.obj(1680, 760, "symbol")
    p.connect(es, 1, reason, 0)
    b.s(1680, 785, "error", reason)
    epre = p.obj(1600, 810, "list prepend error")
    p.connect(kinds, 4, epre, 0)
    etrim = p.obj(1600, 835, "list trim")
    p.connect(epre, 0, etrim, 0)
    p.connect(etrim, 0, p.obj(1600, 860, "print rave.regress"), 0)
    b.msg_to(1750, 760, "symbol saved", "status", kinds, 5)
    b.msg_to(1850, 760, "symbol loaded", "status", kinds, 6)

    # initial displays
    init = p.obj(600, 20, "t b b")
    p.connect(p.obj(600, 0, "loadbang"), 0, init, 0)
    p.connect(init, 1, b.msg_to(600, 45, "0", "recording-n"), 0)
    p.connect(init, 1, b.msg_to(640, 45, "0", "running-n"), 0)
    p.connect(init, 0, b.msg_to(680, 45, "symbol idle", "status"), 0)

    dump = display_dump(p, 1300, 200, [("examples", examples), ("status", status), ("error", error),
                                       ("recording-n", rec_n), ("running-n", run_n)], out_status)
    p.connect(dispatch, route["dump"], dump, 0)
    p.width = 1900
    return p


# ------------------------------------------------------------------ rave.gametrak.scale

AXES = [("abs_x", "left x", False), ("abs_y", "left y", False), ("abs_z", "left length", True),
        ("abs_rx", "right x", False), ("abs_ry", "right y", False), ("abs_rz", "right length", True)]


def rave_gametrak_scale() -> Patch:
    p = Patch(width=1300, height=800, font=10, x=50, y=50)
    b = Bus(p)
    gop_frame(p, 200, 138, "rave.gametrak.scale", PANEL_GAMETRAK)
    for k, (_, label, _) in enumerate(AXES):
        p.slider(6, 22 + 14 * k, False, 100, 10, 0, 1, receive=f"$0-m{k}", label=label.replace(" ", "-"),
                 label_dx=105, label_dy=5)
    p.tgl(6, 110, 15, send="$0-rec-ui", receive="$0-rec-set", label="record", fg=RED, label_dx=18,
          label_dy=8)
    p.floatatom(90, 111, 5, send="$0-smooth-ui", receive="$0-smooth-set", label="smooth_ms", label_pos=1)
    p.text(220, 5, "rave.gametrak.scale: [hid]-style events in, six values 0..1 out as /wek/inputs "
                   "every tick, the foot switch (btn_0) toggles recording.", width=70)
    out_values = p.obj(10, 760, "outlet")
    out_record = p.obj(700, 760, "outlet")

    # ---- connection
    parser, do_connect, _, entry = stage_connection(p, 900, 135, [STAGE_PORT])

    # ---- messages in
    inlet = p.obj(10, 160, "inlet")
    names = ["abs", "key", "smooth", "interval", "range", "foot", "on", "connect"]
    dispatch = p.obj(10, 185, "route " + " ".join(names))
    p.connect(inlet, 0, dispatch, 0)
    route = {n: i for i, n in enumerate(names)}
    ct = p.obj(1100, 160, "t b a")
    p.connect(dispatch, route["connect"], ct, 0)
    p.connect(ct, 1, parser, 0)
    p.connect(ct, 0, do_connect, 0)

    # ---- axes: normalise (lengths inverted), hold, smooth on every tick
    axes = p.obj(10, 220, "route " + " ".join(a for a, _, _ in AXES))
    p.connect(dispatch, route["abs"], axes, 0)
    lo_r = b.r(10, 245, "lo")
    hi_r = b.r(60, 245, "hi")
    a_r = b.r(110, 245, "a")
    tick = p.obj(10, 400, "t b b b b b b")
    pack = p.obj(10, 480, "pack f f f f f f")
    seen = b.s(500, 320, "seen", p.msg(500, 295, "1"), 0)
    for k, (name, label, inverted) in enumerate(AXES):
        x = 160 + 110 * k
        norm = p.obj(x, 270, "expr min(max(($f1 - $f2) / ($f3 - $f2), 0), 1)")
        p.connect(axes, k, norm, 0)
        p.connect(lo_r, 0, norm, 1)
        p.connect(hi_r, 0, norm, 2)
        held = p.obj(x, 345, "f")
        if inverted:
            inv = p.obj(x, 295, "expr 1 - $f1")
            p.connect(norm, 0, inv, 0)
            p.connect(inv, 0, held, 1)
        else:
            p.connect(norm, 0, held, 1)
        p.connect(tick, k, held, 0)         # the last outlet fires first: x (hot in [pack]) last
        smooth = p.obj(x, 370, "expr $f2 + $f3 * ($f1 - $f2)")
        p.connect(held, 0, smooth, 0)
        p.connect(a_r, 0, smooth, 2)
        st = p.obj(x, 395, "t f f")
        p.connect(smooth, 0, st, 0)
        p.connect(st, 1, smooth, 1)
        p.connect(st, 0, pack, k)
    any_axis = p.obj(500, 245, "t b")
    for k in range(len(AXES)):
        p.connect(axes, k, any_axis, 0)
    p.connect(any_axis, 0, seen - 1, 0)
    # the tick: a [metro], gated by `on` and by having seen an axis
    metro = p.obj(10, 300, "metro 10")
    on_gate = p.obj(10, 325, "spigot 1")
    seen_gate = p.obj(10, 350, "spigot")
    p.chain(metro, on_gate, seen_gate, tick)
    b.r(60, 325, "seen", seen_gate, 1)
    p.connect(dispatch, route["on"], on_gate, 1)
    iv = p.obj(80, 275, "t f f")
    p.connect(dispatch, route["interval"], iv, 0)
    p.connect(iv, 1, metro, 1)
    b.s(80, 300, "interval", iv, 0)
    # out: list, meters, /wek/inputs
    out_t = p.obj(10, 505, "t a a a")
    p.connect(pack, 0, out_t, 0)
    p.connect(out_t, 0, out_values, 0)
    meters = p.obj(80, 530, "unpack f f f f f f")
    p.connect(out_t, 1, meters, 0)
    for k in range(len(AXES)):
        b.s(80 + 60 * k, 555, f"m{k}", meters, k)
    inputs = osc_out(p, 10, 590, "/wek/inputs")
    p.connect(out_t, 2, inputs, 0)
    p.connect(inputs, 0, entry, 0)

    # ---- range, smoothing time
    rg = p.obj(800, 520, "unpack f f")
    p.connect(dispatch, route["range"], rg, 0)
    b.s(800, 545, "lo", rg, 0)
    b.s(860, 545, "hi", rg, 1)
    sm = p.obj(800, 590, "t f f")
    p.connect(dispatch, route["smooth"], sm, 0)
    b.r(860, 565, "smooth-ui", sm)
    b.msg_to(860, 615, "set $1", "smooth-set", sm, 1)
    coef = p.obj(800, 665, "expr if($f1 <= 0, 1, 1 - exp(-$f2 / $f1))")
    smooth_f = p.obj(800, 640, "f")
    p.connect(sm, 0, smooth_f, 0)
    p.connect(smooth_f, 0, coef, 0)
    ivr = b.r(950, 615, "interval")
    ivt = p.obj(950, 640, "t b f")
    p.connect(ivr, 0, ivt, 0)
    p.connect(ivt, 1, coef, 1)
    p.connect(ivt, 0, smooth_f, 0)
    b.s(800, 690, "a", coef)

    # ---- foot switch: toggle (default) or hold
    p.text(400, 600, "---- foot switch -> recording ----")
    keys = p.obj(400, 620, "route btn_0")
    p.connect(dispatch, route["key"], keys, 0)
    mode = p.obj(520, 620, "route toggle hold")
    p.connect(dispatch, route["foot"], mode, 0)
    mode_f = p.obj(400, 670, "f")
    for outlet, value in ((0, "0"), (1, "1")):
        m = p.msg(520 + 40 * outlet, 645, value)
        p.connect(mode, outlet, m, 0)
        p.connect(m, 0, mode_f, 1)
    kt = p.obj(400, 645, "t b f")            # the value first, then act on it
    p.connect(keys, 0, kt, 0)
    p.connect(kt, 0, mode_f, 0)
    value = p.obj(450, 695, "f")
    p.connect(kt, 1, value, 1)
    msel = p.obj(400, 695, "sel 0 1")
    p.connect(mode_f, 0, msel, 0)
    # toggle: a press flips the state
    p.connect(msel, 0, value, 0)
    psel = p.obj(450, 720, "sel 1")
    p.connect(value, 0, psel, 0)
    recstate = p.obj(330, 770, "f")
    state_in = p.obj(330, 745, f"r {RECORD_STATE}")
    p.connect(state_in, 0, recstate, 1)
    flip = p.obj(330, 795, "== 0")
    p.connect(psel, 0, recstate, 0)
    p.connect(recstate, 0, flip, 0)
    set_rec = b.s(330, 820, "set-record", flip)
    # hold: the key's value is the state
    held_value = p.obj(560, 720, "f")
    p.connect(kt, 1, held_value, 1)
    p.connect(msel, 1, held_value, 0)
    b.s(560, 745, "set-record", held_value)
    b.r(640, 720, "rec-ui", None)
    b.s(640, 745, "set-record", len(p.boxes) - 1)
    # set the recording state: tell rave.regress first, then the stage, then everyone
    sr = p.obj(700, 500, "sel 1 0")
    b.r(700, 475, "set-record", sr)
    on_t = p.obj(700, 525, "t b b b")
    p.connect(sr, 0, on_t, 0)
    p.connect(on_t, 2, p.obj(700, 550, f"s {RECORD_BEGIN}"), 0)
    p.connect(on_t, 1, control_box(p, entry, 700, 575, "startRecording"), 0)
    one = p.msg(780, 550, "1")
    p.connect(on_t, 0, one, 0)
    off_t = p.obj(880, 720, "t b b")
    p.connect(sr, 1, off_t, 0)
    p.connect(off_t, 1, control_box(p, entry, 880, 745, "stopRecording"), 0)
    zero = p.msg(960, 745, "0")
    p.connect(off_t, 0, zero, 0)
    share = p.obj(780, 600, "t f f")
    p.connect(one, 0, share, 0)
    p.connect(zero, 0, share, 0)
    p.connect(share, 1, p.obj(820, 625, f"s {RECORD_STATE}"), 0)
    rpre = p.obj(700, 650, "list prepend record")
    p.connect(share, 0, rpre, 0)
    rtrim = p.obj(700, 675, "list trim")
    p.connect(rpre, 0, rtrim, 0)
    p.connect(rtrim, 0, out_record, 0)
    # the toggle shows the shared state
    b.msg_to(1000, 500, "set $1", "rec-set", p.obj(1000, 475, f"r {RECORD_STATE}"))

    # ---- defaults
    init = p.obj(10, 110, "t b b b b")
    p.connect(p.obj(10, 85, "loadbang"), 0, init, 0)
    b.s(250, 135, "lo", p.msg(250, 110, "0"))
    p.connect(init, 3, len(p.boxes) - 2, 0)
    b.s(290, 135, "hi", p.msg(290, 110, "4095"))
    p.connect(init, 3, len(p.boxes) - 2, 0)
    b.s(350, 135, "interval", p.msg(350, 110, "10"))
    p.connect(init, 2, len(p.boxes) - 2, 0)
    zero_s = p.msg(410, 110, "0")
    p.connect(init, 1, zero_s, 0)
    p.connect(zero_s, 0, sm, 0)
    p.connect(init, 0, metro, 0)
    return p


def control_box(p: Patch, entry: int, x: int, y: int, name: str) -> int:
    box = osc_out(p, x, y, f"/wekinator/control/{name}")
    p.connect(box, 0, entry, 0)
    return box


# ------------------------------------------------------------------ rave.gametrak (the device)

def rave_gametrak() -> Patch:
    p = Patch(width=900, height=520, font=10, x=60, y=60)
    b = Bus(p)
    gop_frame(p, 176, 64, "rave.gametrak", PANEL_GAMETRAK)
    p.floatatom(6, 22, 3, send="$0-dev-ui", receive="$0-dev-set", label="device", label_pos=1)
    p.bng(80, 21, 15, send="$0-open-ui", label="open", label_dx=18, label_dy=8)
    p.bng(128, 21, 15, send="$0-close-ui", label="close", label_dx=18, label_dy=8)
    p.bng(6, 42, 15, send="$0-print-ui", label="list_devices", label_dx=18, label_dy=8)
    p.tgl(128, 42, 15, receive="$0-led", label="on", fg=LED, label_dx=18, label_dy=8)
    p.text(200, 5, "rave.gametrak: reads a Gametrak with [hid] (pd-hid, Linux and macOS) and passes its "
                   "events on: abs abs_x .. abs_rz (0..4095), key btn_0 (foot switch). Scaling and routing "
                   "are in rave.gametrak.scale.", width=80)
    p.declare(200, 60, "-lib hid")
    hid = p.obj(300, 330, "hid")
    p.connect(hid, 0, p.obj(300, 470, "outlet"), 0)
    p.connect(hid, 1, p.obj(500, 470, "outlet"), 0)
    inlet = p.obj(10, 120, "inlet")
    dispatch = p.obj(10, 150, "route open close print poll")
    p.connect(inlet, 0, dispatch, 0)
    # open n: open, poll every 10 ms, show it
    dev = p.obj(10, 230, "f")
    b.r(60, 205, "dev-ui", dev, 1)
    b.r(10, 205, "open-ui", dev)
    op = p.obj(10, 255, "t f f f")
    p.connect(dispatch, 0, op, 0)
    p.connect(dev, 0, op, 0)
    p.connect(op, 2, dev, 1)
    b.msg_to(110, 280, "set $1", "dev-set", op, 1)
    opened = p.msg(10, 305, "open $1, poll 10")
    p.connect(op, 0, opened, 0)
    p.connect(opened, 0, hid, 0)
    b.s(10, 355, "led", p.msg(10, 330, "1"))
    p.connect(op, 0, len(p.boxes) - 2, 0)
    close = p.msg(200, 230, "close")
    p.connect(dispatch, 1, close, 0)
    b.r(200, 205, "close-ui", close)
    p.connect(close, 0, hid, 0)
    b.s(200, 280, "led", p.msg(200, 255, "0"))
    p.connect(close, 0, len(p.boxes) - 2, 0)
    pr = p.msg(300, 230, "print")
    p.connect(dispatch, 2, pr, 0)
    b.r(300, 205, "print-ui", pr)
    p.connect(pr, 0, hid, 0)
    poll = p.msg(380, 230, "poll $1")
    p.connect(dispatch, 3, poll, 0)
    p.connect(poll, 0, hid, 0)
    # a device number as argument opens it at load
    load = p.obj(500, 120, "loadbang")
    args = p.msg(500, 145, "args")
    p.connect(load, 0, args, 0)
    pdc = p.obj(500, 170, "pdcontrol")
    p.connect(args, 0, pdc, 0)
    first = p.obj(500, 195, "list split 1")
    p.connect(pdc, 0, first, 0)
    num = p.obj(500, 220, "route float")
    p.connect(first, 0, num, 0)
    p.connect(num, 0, op, 0)
    p.text(10, 400, "Windows: pd-hid does not exist there. Use [hidraw] (deken: hidraw) and turn its "
                    "report bytes into the same abs/key messages: see rave.gametrak-help.pd.", width=80)
    return p


# ------------------------------------------------------------------ rave.replay

def rave_replay() -> Patch:
    p = Patch(width=1000, height=640, font=10, x=70, y=70)
    b = Bus(p)
    gop_frame(p, 196, 64, "rave.replay", PANEL_GAMETRAK)
    p.tgl(6, 22, 15, send="$0-play-ui", receive="$0-play-set", label="play", fg=GREEN, label_dx=18, label_dy=8)
    p.tgl(60, 22, 15, send="$0-loop-ui", receive="$0-loop-set", label="loop", label_dx=18, label_dy=8)
    p.floatatom(114, 23, 6, receive="$0-pos", label="frame", label_pos=1)
    p.symbolatom(6, 44, 20, receive="$0-file")
    p.floatatom(146, 44, 5, receive="$0-size")
    p.text(220, 5, "rave.replay: plays a file of recorded Gametrak frames (one per line: lx ly ll rx ry rl "
                   "foot) as the device's events, every 10 ms.", width=80)
    p.declare(220, 45, "-path data -path ../data")
    out_events = p.obj(10, 600, "outlet")
    out_end = p.obj(500, 600, "outlet")
    frames = p.obj(700, 330, "text define $0-frames")

    inlet = p.obj(10, 100, "inlet")
    glob = p.obj(60, 100, "r rave.replay")
    names = ["play", "stop", "loop", "seek", "read", "interval"]
    dispatch = p.obj(10, 125, "route " + " ".join(names))
    p.connect(inlet, 0, dispatch, 0)
    p.connect(glob, 0, dispatch, 0)
    route = {n: i for i, n in enumerate(names)}

    # read: the file, its size, back to the first frame
    rd = p.obj(700, 180, "symbol")
    p.connect(dispatch, route["read"], rd, 0)
    rdt = p.obj(700, 205, "t b s s")
    p.connect(rd, 0, rdt, 0)
    b.s(800, 230, "file", rdt, 1)
    readmsg = p.msg(700, 230, "read -c $1")
    p.connect(rdt, 2, readmsg, 0)
    p.connect(readmsg, 0, frames, 0)
    size = p.obj(700, 280, "text size $0-frames")
    p.connect(rdt, 0, size, 0)
    st = p.obj(700, 305, "t f f")
    p.connect(size, 0, st, 0)
    b.s(780, 330, "size", st, 1)
    p.connect(rdt, 0, b.s(850, 280, "seek0", p.msg(850, 255, "0")) - 1, 0)

    # position, end, loop
    pos = p.obj(10, 330, "f")
    end_m = p.obj(10, 380, "moses")
    metro = p.obj(10, 305, "metro 10")
    p.connect(metro, 0, pos, 0)
    pt = p.obj(10, 355, "t f f")
    p.connect(pos, 0, pt, 0)
    p.connect(pt, 0, end_m, 0)
    endv = b.r(120, 330, "end")
    endp = p.obj(120, 355, "+ 1")
    p.connect(endv, 0, endp, 0)
    p.connect(endp, 0, end_m, 1)
    play_t = p.obj(10, 405, "t f f f")
    p.connect(end_m, 0, play_t, 0)
    inc = p.obj(120, 430, "+ 1")
    p.connect(play_t, 2, inc, 0)
    p.connect(inc, 0, pos, 1)
    b.s(180, 430, "pos", play_t, 1)
    seek_r = b.r(250, 305, "seek")
    sk = p.obj(250, 330, "t f f b")
    p.connect(seek_r, 0, sk, 0)
    p.connect(dispatch, route["seek"], sk, 0)
    p.connect(b.r(330, 305, "seek0"), 0, sk, 0)
    p.connect(sk, 0, pos, 1)
    b.s(300, 355, "pos", sk, 1)
    change = p.obj(400, 480, "change")
    b.msg_to(330, 380, "set 0", "foot", sk, 2)
    b.r(470, 455, "foot", change)
    # a frame: six axes and the foot switch, as [hid] would say them
    get = p.obj(10, 455, "text get $0-frames")
    p.connect(play_t, 0, get, 0)
    unpack = p.obj(10, 480, "unpack f f f f f f f")
    p.connect(get, 0, unpack, 0)
    for k, (axis, _, _) in enumerate(AXES):
        m = p.msg(10 + 65 * k, 530, f"abs {axis} $1")
        p.connect(unpack, k, m, 0)
        p.connect(m, 0, out_events, 0)
    p.connect(unpack, 6, change, 0)
    key = p.msg(400, 530, "key btn_0 $1")
    p.connect(change, 0, key, 0)
    p.connect(key, 0, out_events, 0)
    # past the end: loop, or stop and say so
    loop_v = p.obj(200, 405, "f")
    past_end = p.obj(200, 380, "t b")
    p.connect(end_m, 1, past_end, 0)
    p.connect(past_end, 0, loop_v, 0)
    lsel = p.obj(200, 430, "sel 0 1")
    p.connect(loop_v, 0, lsel, 0)
    finished = p.obj(200, 455, "t b b")
    p.connect(lsel, 0, finished, 0)
    endmsg = p.msg(280, 480, "end")
    p.connect(finished, 0, endmsg, 0)
    p.connect(endmsg, 0, out_end, 0)
    b.s(200, 480, "stop", finished, 1)
    again = p.obj(250, 480, "v $0-from")
    p.connect(lsel, 1, again, 0)
    p.connect(again, 0, sk, 0)

    # play [from] [to], stop, loop, interval
    pl = p.obj(450, 150, "t b a b")
    p.connect(dispatch, route["play"], pl, 0)
    # defaults: from the current frame (the start once past the end) to the last frame
    pl2 = p.obj(380, 175, "t b b")
    p.connect(pl, 2, pl2, 0)
    last = p.obj(450, 200, "- 1")
    dsz = p.obj(450, 175, "f")
    p.connect(pl2, 1, dsz, 0)
    p.connect(st, 0, dsz, 1)
    p.connect(dsz, 0, last, 0)
    b.s(450, 225, "end", last)
    cur = p.obj(520, 200, "f")
    p.connect(pl2, 0, cur, 0)
    b.r(560, 175, "pos", cur, 1)
    past = p.obj(520, 225, "moses")
    p.connect(cur, 0, past, 0)
    p.connect(last, 0, past, 1)        # the last frame played (or past it): start again
    zero_from = p.msg(580, 250, "0")
    p.connect(past, 1, zero_from, 0)
    p.connect(zero_from, 0, sk, 0)
    p.connect(pl2, 1, p.msg(640, 175, "0"), 0)
    p.connect(len(p.boxes) - 1, 0, p.obj(640, 200, "v $0-from"), 0)
    # arguments: from and to
    args = p.obj(450, 275, "unpack f f")
    p.connect(pl, 1, args, 0)
    b.s(520, 300, "end", args, 1)
    ft = p.obj(450, 300, "t f f")
    p.connect(args, 0, ft, 0)
    p.connect(ft, 1, p.obj(450, 350, "v $0-from"), 0)
    p.connect(ft, 0, sk, 0)
    # go
    go = p.obj(600, 300, "t b b")
    p.connect(pl, 0, go, 0)
    p.connect(go, 1, metro, 0)
    b.msg_to(600, 325, "set 1", "play-set", go, 0)
    stop = p.obj(800, 400, "t b b")
    p.connect(dispatch, route["stop"], stop, 0)
    b.r(800, 375, "stop", stop)
    p.connect(stop, 1, p.msg(800, 425, "stop"), 0)
    p.connect(len(p.boxes) - 1, 0, metro, 0)
    b.msg_to(850, 425, "set 0", "play-set", stop, 0)
    ui = p.obj(800, 480, "sel 1 0")
    b.r(800, 455, "play-ui", ui)
    p.connect(ui, 0, pl, 0)
    p.connect(ui, 1, stop, 0)
    lp = p.obj(900, 480, "t f f")
    p.connect(dispatch, route["loop"], lp, 0)
    b.r(900, 455, "loop-ui", lp)
    p.connect(lp, 1, loop_v, 1)
    b.msg_to(900, 505, "set $1", "loop-set", lp, 0)
    p.connect(dispatch, route["interval"], metro, 1)

    # start: read the file named by the argument, or the demo recording
    init = p.obj(700, 20, "t b b")
    p.connect(p.obj(700, 0, "loadbang"), 0, init, 0)
    arg = p.obj(700, 45, "symbol $1")
    p.connect(init, 1, arg, 0)
    chars = p.obj(700, 70, "list fromsymbol")
    p.connect(arg, 0, chars, 0)
    has = p.obj(700, 95, "list split 1")
    p.connect(chars, 0, has, 0)
    given = p.obj(700, 145, "symbol $1")
    p.connect(has, 0, p.obj(700, 120, "t b"), 0)
    p.connect(len(p.boxes) - 1, 0, given, 0)
    p.connect(given, 0, rd, 0)
    demo = p.msg(800, 120, "symbol gametrak-demo.txt")
    p.connect(has, 2, demo, 0)
    p.connect(demo, 0, rd, 0)
    p.connect(init, 0, b.msg_to(900, 45, "set 0", "loop-set"), 0)
    return p


# ------------------------------------------------------------------ help patches

def reference(p: Patch, x: int, y: int, name: str, width: int = 62) -> int:
    """Arguments, messages and outlets of an abstraction, as comments; returns the y below them."""
    a = BY_NAME[name]
    p.cnv(x, y, 430, 20, HEADER, label="reference", label_dx=5, label_dy=10, fontsize=12)
    y += 28
    p.text(x, y, "arguments:")
    y += 20
    for arg, meaning in a.args:
        p.text(x + 10, y, f"{arg} - {meaning}", width=width)
        y += 20 + 16 * (len(arg) + len(meaning) > width - 4)
    y += 6
    p.text(x, y, "messages (inlet" + (f" or [s {a.receive.replace('<name>', '<name>')}]" if a.receive else "")
           + "):", width=width)
    y += 20
    for m in a.messages:
        line = f"{m.name} {m.args} - {m.text}" if m.args else f"{m.name} - {m.text}"
        p.text(x + 10, y, line, width=width)
        y += 20 + 16 * ((len(line) - 1) // (width - 2))
    y += 6
    for i, o in enumerate(a.outlets):
        line = f"outlet {i}: {o}"
        p.text(x, y, line, width=width)
        y += 20 + 16 * ((len(line) - 1) // (width - 2))
    for note in a.notes:
        y += 4
        p.text(x, y, note, width=width)
        y += 20 + 16 * ((len(note) - 1) // (width - 2))
    return y


def help_frame(name: str, height: int = 760) -> Patch:
    """The title bar and see-also line; the window is tall enough for the reference column."""
    a = BY_NAME[name]
    p = Patch(width=1060, height=height, font=12, x=40, y=40)
    p.cnv(10, 10, 1030, 40, HEADER, label=name, label_dx=10, label_dy=20, fontsize=18)
    p.text(260, 22, a.digest, width=90)
    p.text(10, 60, "ravebridge - see also: rave.server rave.voice rave.regress rave.gametrak "
                   "rave.gametrak.scale rave.replay, and the whole chain in ravebridge-gametrak.pd", width=140)
    return p


def messages_into(p: Patch, target: int, x: int, y: int, texts: list[str], dy: int = 26) -> int:
    for t in texts:
        m = p.msg(x, y, t)
        p.connect(m, 0, target, 0)
        y += dy
    return y


def help_server() -> Patch:
    p = help_frame("rave.server")
    p.text(20, 95, "Start the server first: ravebridge serve (OSC on UDP 6450). The panel lights 'alive' "
                   "once it answers.", width=62)
    box = p.obj(20, 470, "rave.server 127.0.0.1 6450")
    messages_into(p, box, 20, 140, ["connect 127.0.0.1 6450", "status", "poll 500", "notify 1", "notify 0",
                                    "voices", "new b demo", "send /rave/b/db -12", "free b", "dump"], dy=25)
    p.msg(260, 140, "quit")
    p.connect(len(p.boxes) - 1, 0, box, 0)
    p.text(310, 140, "<- stops the server!")
    messages_into(p, box, 260, 190, ["master/db -6", "master/gain 1", "master/limit 1 -1", "master/limit 0",
                                     "master/get", "snapshot"], dy=25)
    p.connect(box, 0, p.obj(20, 640, "print rave.server"), 0)
    p.connect(box, 1, p.obj(200, 640, "print rave.server-info"), 0)
    p.text(20, 675, "A [rave.server] belongs in every patch with voices: they send through it.", width=60)
    p.height = max(p.height, reference(p, 560, 95, "rave.server") + 40)
    return p


def help_voice() -> Patch:
    p = help_frame("rave.voice", height=900)
    p.text(20, 95, "A voice named 'help' playing the demo model. Sliders are control units 0..1 "
                   "(range -3 3 by default on the server).", width=62)
    server = p.obj(20, 140, "rave.server")
    box = p.obj(20, 520, "rave.voice help demo")
    messages_into(p, box, 20, 290, ["0.2 0.8 0.5 0.5 0.5 0.5 0.5 0.5", "dim 0 0.9", "range -2 2", "db -12",
                                    "out 0 1"], dy=26)
    tg = p.tgl(20, 425, 15)
    p.msg(45, 425, "mute $1")
    p.connect(tg, 0, len(p.boxes) - 1, 0)
    p.connect(len(p.boxes) - 1, 0, box, 0)
    messages_into(p, box, 300, 290, ["model demo", "method forward", "method decode", "smooth 0.1",
                                     "attr/get temperature", "restart", "get", "free", "new", "dump", "pan 0.25",
                                     "pan 0.75", "pan/off", "solo 1", "solo 0", "follow enc", "follow/off"], dy=22)
    p.connect(box, 0, p.obj(20, 740, "print latents"), 0)
    p.connect(box, 1, p.obj(200, 740, "print help-voice"), 0)
    p.text(20, 780, "Also from anywhere: [s rave.voice] with the name first (help db -6) as in Max, "
                    "or [s rave.voice.help]", width=60)
    p.text(280, 145, "<- one per patch: the voices send through it", width=26)
    del server
    p.height = max(p.height, reference(p, 560, 95, "rave.voice") + 40)
    return p


def help_regress() -> Patch:
    p = help_frame("rave.regress", height=820)
    p.text(20, 95, "The stage runs inside ravebridge serve (inputs on UDP 6448, "
                   "outputs to 12000), or alone as ravebridge regression serve.", width=62)
    box = p.obj(20, 470, "rave.regress 127.0.0.1 6448 12000")
    messages_into(p, box, 20, 160, ["outputs 0.2 0.8", "record 1", "inputs 0.1 0.5", "record 0",
                                    "outputs 0.9 0.1", "record 1", "inputs 0.8 0.9", "record 0"], dy=26)
    messages_into(p, box, 300, 160, ["train", "run 1", "inputs 0.15 0.5", "run 0", "cancel", "delete",
                                     "control setAlgorithm 1 linear", "dump"], dy=26)
    p.connect(box, 0, p.obj(20, 660, "print outputs"), 0)
    p.connect(box, 1, p.obj(200, 660, "print rave.regress-status"), 0)
    p.text(20, 700, "Step by step: set targets, record while sending inputs, stop - again for another "
                    "pair - train - run: inputs now give outputs.", width=60)
    p.height = max(p.height, reference(p, 560, 95, "rave.regress") + 40)
    return p


def help_gametrak() -> Patch:
    p = help_frame("rave.gametrak", height=900)
    p.text(20, 95, "Click 'list devices' (or print), find the Gametrak ('Game-Trak V1.3', vendor 0x14b7 "
                   ", product 0x0982) in the Pd window, type its number and click open.", width=62)
    box = p.obj(20, 300, "rave.gametrak")
    messages_into(p, box, 20, 170, ["print", "open 0", "close", "poll 20"], dy=26)
    scale = p.obj(20, 400, "rave.gametrak.scale")
    p.connect(box, 0, scale, 0)
    p.connect(box, 0, p.obj(250, 400, "print gametrak"), 0)
    p.connect(box, 1, p.obj(250, 430, "print hid-status"), 0)
    p.text(20, 560, "Linux: [hid] reads /dev/input/event*: give your user read access (a udev rule for "
                    "vendor 14b7, or the input group). Some PlayStation-branded Gametraks send nothing "
                    "until the host writes an unlock handshake: if nothing moves, try a PC model.", width=62)
    p.cnv(20, 650, 500, 20, HEADER, label="Windows", label_dx=5, label_dy=10, fontsize=12)
    p.text(20, 680, "pd-hid does not exist on Windows. Install hidraw from deken (Help > Find externals: "
                    "hidraw, by Lucas Cordiviola). listdevices (scan in newer versions) prints the devices, "
                    "open-vidpid 5303 2434 opens the Gametrak (vendor 0x14b7, product 0x0982 in decimal) "
                    "and poll 10 reads it: each report comes out as a list of bytes. Print a few while moving "
                    "one string at a time to find each axis's bytes (12-bit values: low byte + 256 * high "
                    "byte) and turn them into what rave.gametrak gives: abs abs_x <0..4095> ... abs abs_rz "
                    "and key btn_0 <0|1>. rave.gametrak.scale takes it from there.", width=62)
    p.height = max(p.height, reference(p, 560, 95, "rave.gametrak") + 40)
    return p


def help_scale() -> Patch:
    p = help_frame("rave.gametrak.scale", height=860)
    p.text(20, 95, "Try it without a Gametrak: the messages below are what [hid] sends.", width=62)
    box = p.obj(20, 460, "rave.gametrak.scale 127.0.0.1 6448")
    messages_into(p, box, 20, 140, ["abs abs_x 2048", "abs abs_y 1000", "abs abs_z 3900", "abs abs_rx 3000",
                                    "abs abs_ry 2048", "abs abs_rz 1500", "key btn_0 1", "key btn_0 0"], dy=26)
    messages_into(p, box, 300, 140, ["smooth 50", "smooth 0", "interval 20", "range 200 3900", "foot hold",
                                     "foot toggle", "on 0", "on 1"], dy=26)
    p.connect(box, 0, p.obj(20, 640, "print inputs"), 0)
    p.connect(box, 1, p.obj(200, 640, "print record"), 0)
    p.text(20, 680, "Lengths (third and sixth values) are inverted: pulling a string out increases them. "
                    "Sends /wek/inputs every 10 ms once an axis has arrived, and start/stopRecording "
                    "when the foot switch toggles.", width=62)
    p.height = max(p.height, reference(p, 560, 95, "rave.gametrak.scale") + 40)
    return p


def help_replay() -> Patch:
    p = help_frame("rave.replay", height=820)
    p.text(20, 95, "No Gametrak? Play the recorded performance (patches/data/gametrak-demo.txt).", width=62)
    box = p.obj(20, 380, "rave.replay")
    messages_into(p, box, 20, 140, ["play", "stop", "loop 1", "loop 0", "seek 0", "play 0 399"], dy=26)
    messages_into(p, box, 300, 140, ["interval 20", "interval 10", "read gametrak-demo.txt"], dy=26)
    scale = p.obj(20, 480, "rave.gametrak.scale")
    p.connect(box, 0, scale, 0)
    p.connect(box, 1, p.obj(250, 480, "print replay-end"), 0)
    p.text(20, 600, "The demo recording: poses at frames 0-399, 400-799, 800-1199 (each recorded between "
                    "two foot presses), then a free passage 1200-1679.", width=62)
    p.text(20, 650, "A frames file has one line per 10 ms: lx ly ll rx ry rl foot (raw 0..4095, foot 0|1). "
                    "It is found next to the abstraction, in its data/ or ../data/ folder, "
                    "or on Pd's search path.", width=62)
    p.height = max(p.height, reference(p, 560, 95, "rave.replay") + 40)
    return p


# ------------------------------------------------------------------ the main patch

def main_patch() -> Patch:
    p = Patch(width=1180, height=1000, font=12, x=20, y=20)
    p.cnv(10, 10, 1150, 44, HEADER, label="ravebridge", label_dx=10, label_dy=22, fontsize=20)
    p.text(160, 24, "a Gametrak plays two RAVE voices: the seed's performance set-up, in Pd vanilla "
                    "(pd-hid reads the device)", width=100)

    def note(x, y, text, width=40):
        return p.text(x, y, text, width=width)

    note(20, 70, "1 In a terminal, start the server: ravebridge serve (OSC on 6450), with its "
                 "regression stage inside (Wekinator protocol: in 6448, "
                 "out 12000). "
                 "'alive' lights up when the server answers.", width=56)
    server = p.obj(20, 160, f"rave.server {HOST} {SERVER_PORT}")
    note(290, 165, "cpu: the audio thread's load (0..1). xruns: JACK's xruns (clicks). Failures "
                   "(/rave/fail) show in the last two lines.", width=30)

    note(20, 320, "2 The controller: open the Gametrak (list devices, type its number, open) - "
                  "or play the recording with rave.replay.", width=56)
    replay = p.obj(20, 375, "rave.replay")
    gametrak = p.obj(240, 375, "rave.gametrak")
    scale = p.obj(20, 465, f"rave.gametrak.scale {HOST} {STAGE_PORT}")
    p.connect(replay, 0, scale, 0)
    p.connect(gametrak, 0, scale, 0)
    note(240, 465, "six axes -> 0..1 (a longer string gives a larger value) -> /wek/inputs every 10 ms. "
                   "The foot switch toggles recording.", width=30)

    note(20, 825, "Try it without a Gametrak: the recording holds three poses, each recorded between two "
                  "foot presses - set the sliders, play a pose, set others, play the next - then a free passage "
                  "to play once trained.", width=110)
    for i, (a, b_) in enumerate(((0, 399), (400, 799), (800, 1199), (1200, 1679))):
        p.msg(20 + 200 * i, 870, f"; rave.replay play {a} {b_}")

    note(20, 630, "3 Shape a sound with the sliders of both voices: their latents (16 values) are the "
                  "targets. Strike a pose and record (foot switch or the record toggle) for a second or two. "
                  "Repeat for a few pose/sound pairs.", width=56)
    note(20, 730, "4 Train, then run: the Gametrak now moves through both voices' latent spaces. "
                  "Record more and train again at any time - delete starts over.", width=56)

    regress = p.obj(560, 70, f"rave.regress {HOST} {STAGE_PORT} {STAGE_OUT_PORT}")
    note(830, 70, "the regression stage: one model per output, trained on the examples. "
                  "Running, its outputs (0..1) play the voices: the first eight a, the rest b.",
         width=40)
    split = p.obj(560, 240, "list split 8")
    p.connect(regress, 0, split, 0)
    voice_a = p.obj(560, 290, "rave.voice a demo")
    voice_b = p.obj(830, 290, "rave.voice b demo")
    p.connect(split, 0, voice_a, 0)
    p.connect(split, 1, voice_b, 0)
    load = p.obj(900, 180, "loadbang")
    p.connect(load, 0, p.msg(900, 205, "; rave.voice a out 0; rave.voice b out 1"), 0)
    note(560, 600, "Each voice maps its 0..1 controls to latents -3..3 on the server (range -3 3): "
                   "voice a plays on output 0, voice b on output 1.", width=60)

    # the voices' latents, whenever a slider moves, are the targets: a's eight then b's eight
    t = Patch(width=520, height=340, font=12, x=300, y=300)
    a_in = t.obj(20, 20, "inlet")
    b_in = t.obj(260, 20, "inlet")
    ta = t.obj(20, 60, "t a a")
    tb = t.obj(260, 60, "t b a")
    t.connect(a_in, 0, ta, 0)
    t.connect(b_in, 0, tb, 0)
    store_a = t.obj(140, 100, "list")
    t.connect(ta, 1, store_a, 1)
    join = t.obj(20, 140, "list append")
    t.connect(ta, 0, join, 0)
    t.connect(tb, 1, join, 1)
    t.connect(tb, 0, store_a, 0)
    t.connect(store_a, 0, join, 0)
    whole = t.obj(20, 180, "list split 16")
    t.connect(join, 0, whole, 0)
    t.text(140, 180, "whole vectors only: the stage learns the number of outputs from the first", width=40)
    pre = t.obj(20, 230, "list prepend outputs")
    t.connect(whole, 0, pre, 0)
    trim = t.obj(20, 260, "list trim")
    t.connect(pre, 0, trim, 0)
    t.connect(trim, 0, t.obj(20, 290, "s rave.regress"), 0)
    targets = p.subpatch(560, 530, "targets", t)
    p.connect(voice_a, 0, targets, 0)
    p.connect(voice_b, 0, targets, 1)
    note(680, 530, "both voices' latents, whenever a slider moves, become the targets of rave.regress",
         width=44)
    note(20, 930, "Every abstraction also listens by name: [s rave.regress], [s rave.voice] (the voice's name "
                  "first), [s rave.replay], [s rave.server]. The patching guide is docs/patching.md.", width=110)
    del server
    return p


HELP = {"rave.server": help_server, "rave.voice": help_voice, "rave.regress": help_regress,
        "rave.gametrak": help_gametrak, "rave.gametrak.scale": help_scale, "rave.replay": help_replay}
ABSTRACTIONS = {"rave.server": rave_server, "rave.voice": rave_voice, "rave.regress": rave_regress,
                "rave.gametrak": rave_gametrak, "rave.gametrak.scale": rave_gametrak_scale,
                "rave.replay": rave_replay}


def files() -> dict[str, str]:
    """File name (in patches/pd) -> contents."""
    out = {}
    for name, fn in ABSTRACTIONS.items():
        out[f"{name}.pd"] = fn().render()
        out[f"{name}-help.pd"] = HELP[name]().render()
    out["ravebridge-gametrak.pd"] = main_patch().render()
    return out
