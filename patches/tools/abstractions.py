"""What each ravebridge abstraction is, takes and gives: one table for Pd and Max.

The Pd and Max generators write help patches and Max reference pages from
this table, and the tests check that both patch sets implement the same
messages. Message names are the same in Pd and Max.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ravebridge.control.commands import SIGNATURES

SERVER_PORT = 6450       # ravebridge OSC server
STAGE_PORT = 6448        # regression stage (Wekinator inputs and control)
STAGE_OUT_PORT = 12000   # where the stage sends /wek/outputs and status
HOST = "127.0.0.1"

# global send/receive names the abstractions share (the same in Pd and Max)
BUS_TX = "rave.tx"              # OSC to the server, through rave.server's socket
BUS_RX = "rave.rx"              # replies from the server, parsed, for every voice
RECORD_STATE = "rave.record.state"   # 0/1: recording on or off (displays follow it)
RECORD_BEGIN = "rave.record.begin"   # bang: recording is about to start (rave.regress pushes targets)


@dataclass
class Message:
    name: str
    args: str
    text: str


@dataclass
class Abstraction:
    name: str
    digest: str
    args: list[tuple[str, str]]          # (argument, meaning and default)
    messages: list[Message]
    outlets: list[str]
    receive: str | None = None           # global receive name (Pd [r] / Max [r]) that accepts the same messages
    notes: list[str] = field(default_factory=list)


M = Message

ABSTRACTIONS: list[Abstraction] = [
    Abstraction(
        "rave.server",
        "connection to a ravebridge server: status, errors, server commands",
        [("host", f"server address (default {HOST})"), ("port", f"server OSC port (default {SERVER_PORT})")],
        [M("connect", "[host] [port]", "(re)connect (without arguments: to the last host and port)"),
         M("disconnect", "", "close the socket"),
         M("status", "", "ask for /rave/status once (bang does the same)"),
         M("poll", "ms", "ask for the status every ms milliseconds (default 1000, 0 stops)"),
         M("notify", "0|1", "/rave/notify: the server streams voice frames and status"),
         M("voices", "", "/rave/voice/list: every voice syncs itself with the answer"),
         M("new", "name model [method]", "/rave/voice/new (usually a rave.voice does this)"),
         M("free", "name", "/rave/voice/free"),
         M("learn", "voice param [index]", "/rave/midi/learn"),
         M("master/gain", "linear", "/rave/master/gain: gain over every output, 0..16 (1 = unity), "
                                    "before the limiter"),
         M("master/db", "dB", "/rave/master/db: the master gain in decibels, -120..24"),
         M("master/limit", "0|1 [ceiling]", "/rave/master/limit: the safety limiter off or on (default on), "
                                            "and its ceiling in dBFS, -24..0 (default 0)"),
         M("master/get", "", "/rave/master/get: gain, limiter, ceiling, gain reduction, output peaks "
                             "(answer on the left outlet)"),
         M("snapshot", "", "/rave/snapshot: save the live state to the server's state file now"),
         M("record/start", "[file] [ch...]", "/rave/record/start: record the outputs (or channels ch...) to a WAV "
                                             "file in the server's recordings folder"),
         M("record/stop", "", "/rave/record/stop: stop recording (answers the file and its seconds)"),
         M("record/status", "", "/rave/record/status: recording?, file, seconds, bytes free, why it ended"),
         M("quit", "", "/rave/quit: stop the server"),
         M("send", "address args...", "any OSC message, e.g. send /rave/a/restart"),
         M("dump", "", "output every displayed value as display <field> <value> (right outlet)")],
        ["replies: status.reply ..., done <address> ..., fail <address> <reason>, voice list.reply ...",
         "alive 0|1 (the server answers), display <field> <value> after dump"],
        receive="rave.server",
        notes=["One rave.server per patch: it owns the socket every rave.voice sends through "
               f"([s {BUS_TX}]) and shares the replies ([r {BUS_RX}]).",
               "The server answers to the address and port a message came from, so replies arrive on "
               "the same socket.",
               "When the server starts answering (alive 1) rave.server asks for the voice list: every "
               "rave.voice then creates its voice, or adopts the one that exists."]),
    Abstraction(
        "rave.voice",
        "one voice of the server: latents, gain, mute, model and method",
        [("name", "voice name (a letter first), used in its OSC addresses /rave/<name>/..."),
         ("model", "model file or name in the server's model folders (optional)"),
         ("method", "decode (default), forward or encode"),
         ("dims", "number of latent dimensions (default 8, a longer list sets it)")],
        [M("list", "f...", "latents in control units (0..1 by default), all dimensions at once"),
         M("latent", "f...", "the same as a list"),
         M("dim", "i f", "one dimension (0-based)"),
         M("range", "lo hi", "control units 0..1 map to lo..hi latent units on the server (default -3 3)"),
         M("bias", "i f", "/rave/<name>/bias: per-dimension offset on the server"),
         M("scale", "i f", "/rave/<name>/scale: per-dimension factor on the server"),
         M("smooth", "seconds", "latent smoothing on the server"),
         M("gain", "linear", "output gain"),
         M("db", "dB", "output gain in decibels (the gain slider)"),
         M("mute", "0|1", "mute the voice"),
         M("out", "ch...", "output channels (0-based)"),
         M("pan", "position", "pan over the output channels: 0..1 around them as a ring, in out's order "
                              "(with two, 0 is the first and 1 the second)"),
         M("pan/off", "", "stop panning: the voice's channels go to the outputs in turn again"),
         M("solo", "0|1", "while any voice is soloed, only soloed voices sound"),
         M("follow", "encoder", "the latents follow the frames of an encoder voice (by name), "
                                "overriding the sliders"),
         M("follow/off", "", "the latents come from the sliders and messages again"),
         M("model", "name", "load (swap) a model, keeping the method"),
         M("method", "name", "change the method, reloading the model"),
         M("load", "model [method]", "/rave/<name>/load"),
         M("attr/set", "name v...", "set a model attribute"),
         M("attr/get", "name", "ask for a model attribute (answer on the right outlet)"),
         M("restart", "", "/rave/<name>/restart"),
         M("get", "", "/rave/<name>/get: the server's view of the voice (right outlet)"),
         M("new", "", "create the voice now (it is created when the server answers)"),
         M("free", "", "remove the voice from the server"),
         M("dims", "n", "number of latent dimensions"),
         M("dump", "", "output every displayed value as display <field> <value> (right outlet)")],
        ["latents (list, control units) each time a slider moves and when the voice is created: "
         "use them as regression targets",
         "latency <samples>, frame f... and error <reason> (with notify 1), done get|attr/get ..., "
         "fail <address> <reason>, display <field> <value> after dump"],
        receive="rave.voice <name>",
        notes=["Sends nothing until the server has the voice. After creating or reloading it, it sends its "
               "whole state again: range, latents, gain, mute, and the outputs, smoothing, pan, solo and follow "
               "once they are set (pan/off and follow/off unset them).",
               "follow needs the encoder voice on the server: if the voice is created before its encoder, "
               "the follow sent with its state fails (shown in the status): send follow again.",
               "Needs a rave.server in the same patch (Pd) or in any open patcher (Max)."]),
    Abstraction(
        "rave.regress",
        "the regression stage (Wekinator protocol): record, train, run",
        [("host", f"stage address (default {HOST})"), ("port", f"stage input port (default {STAGE_PORT})"),
         ("listen", f"port the stage sends outputs and status to (default {STAGE_OUT_PORT})")],
        [M("record", "0|1", "start or stop recording examples (sends the targets first)"),
         M("train", "", "train every output that has examples"),
         M("cancel", "", "cancel training"),
         M("run", "0|1", "start or stop running: inputs give outputs"),
         M("delete", "", "delete all examples"),
         M("outputs", "f...", "target values paired with the inputs while recording"),
         M("inputs", "f...", "send /wek/inputs (rave.gametrak.scale does it for the Gametrak)"),
         M("control", "name args...", "any /wekinator/control/<name> message, e.g. control setAlgorithm 1 linear"),
         M("connect", "[host] [port]", "where the stage listens"),
         M("listen", "port", "port to receive outputs and status on"),
         M("dump", "", "output every displayed value as display <field> <value> (right outlet)")],
        ["outputs (list) while running: one value per output",
         "examples <n> ..., training <fraction>, done-training, training-cancelled, error <address> "
         "<reason>, saved, loaded, display <field> <value> after dump"],
        receive="rave.regress",
        notes=["Follows and sets the shared recording state, so the Gametrak's foot switch and the "
               "record toggle agree."]),
    Abstraction(
        "rave.gametrak",
        "reads a Gametrak with [hid] (Pd, Linux and macOS) or [hi] (Max)",
        [("device", "HID device number to open at load (optional, print lists them)")],
        [M("open", "n", "open HID device n and poll it every 10 ms"),
         M("close", "", "close the device"),
         M("print", "", "list the HID devices in the console"),
         M("poll", "ms", "polling interval")],
        ["device events: abs abs_x <0..4095> ... abs abs_rz, key btn_0 <0|1> (the foot switch)",
         "device status from [hid] / [hi]"],
        notes=["Windows: pd-hid does not exist there. [hidraw] (deken) reads the raw reports: see the "
               "help patch.",
               "Some PlayStation-branded Gametraks send nothing until the host writes an unlock handshake."]),
    Abstraction(
        "rave.gametrak.scale",
        "Gametrak scaling and routing: six axes to 0..1, /wek/inputs, foot switch to record",
        [("host", f"stage address (default {HOST})"), ("port", f"stage input port (default {STAGE_PORT})")],
        [M("abs", "axis value", "an axis as [hid] gives it: abs_x abs_y abs_z (left), abs_rx abs_ry abs_rz (right)"),
         M("key", "btn_0 0|1", "the foot switch: toggles recording"),
         M("smooth", "ms", "one-pole smoothing time constant (0: off, default)"),
         M("interval", "ms", "how often /wek/inputs is sent (default 10)"),
         M("range", "lo hi", "raw range of every axis (default 0 4095)"),
         M("foot", "toggle|hold", "foot switch toggles recording (default) or records while held"),
         M("on", "0|1", "sending on (default) or off"),
         M("connect", "[host] [port]", "where the stage listens")],
        ["the six values (list: left x, left y, left length, right x, right y, right length), each tick",
         "record 0|1 when the foot switch changes the recording state"],
        notes=["Lengths are inverted: pulling a string out increases its value.",
               "Sends nothing until the first axis value arrives."]),
    Abstraction(
        "rave.replay",
        "plays recorded Gametrak data as if it came from the device",
        [("file", "frames file (default gametrak-demo.txt, in patches/data)")],
        [M("play", "[from] [to]", "play frames from..to (default: from the current frame to the end)"),
         M("stop", "", "stop"),
         M("loop", "0|1", "start again at the end"),
         M("seek", "frame", "go to a frame"),
         M("read", "file", "read another file: one frame per line, lx ly ll rx ry rl foot (raw 0..4095, 0|1)"),
         M("interval", "ms", "time between frames (default 10, as recorded)")],
        ["device events, as rave.gametrak gives them",
         "end when the last frame has played"],
        receive="rave.replay"),
]

BY_NAME = {a.name: a for a in ABSTRACTIONS}

# The per-voice commands, after /rave/<voice>/, from the server's table: a voice shows the failures of each
VOICE_COMMANDS = [s.verb for s in SIGNATURES.values() if s.per_voice]
# rave.server's messages that are one server command each, their arguments passed on
SERVER_COMMANDS = {"new": "/rave/voice/new", "free": "/rave/voice/free", "learn": "/rave/midi/learn",
                   "master/gain": "/rave/master/gain", "master/db": "/rave/master/db",
                   "master/limit": "/rave/master/limit", "master/get": "/rave/master/get",
                   "snapshot": "/rave/snapshot", "record/start": "/rave/record/start",
                   "record/stop": "/rave/record/stop", "record/status": "/rave/record/status", "quit": "/rave/quit"}
_unknown = set(SERVER_COMMANDS.values()) - {s.address() for s in SIGNATURES.values()}
if _unknown:
    raise ValueError(f"rave.server sends addresses the server's command table lacks: {sorted(_unknown)}")
