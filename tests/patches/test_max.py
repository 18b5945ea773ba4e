"""The Max package, checked without Max: valid files, real objects, lines between existing inlets and
outlets, and the same messages and OSC addresses as the Pd patches and the server's address space.

Max itself cannot run here; rave.udp.js (the socket rave.server uses through Node for Max) is run with
Node against the stand-in server, with a small stand-in for Node for Max's `max-api` module.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import deque
from pathlib import Path

import pytest

from pdharness import waiter
from stub_server import StubServer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "patches" / "tools"))
from abstractions import BY_NAME, SERVER_COMMANDS, VOICE_COMMANDS  # noqa: E402

MAX = ROOT / "patches" / "max"
PD = ROOT / "patches" / "pd"
OURS = ["rave.server", "rave.voice", "rave.regress", "rave.gametrak", "rave.gametrak.scale", "rave.replay"]
FILES = sorted(MAX.glob("patchers/*.maxpat")) + sorted(MAX.glob("help/*.maxhelp"))


def _n(text: str) -> int:
    return len(text.split()) - 1


# Inlet and outlet counts of the Max objects the patches use. Sources: the Max 8 object reference
# (docs.cycling74.com, refpages: route, sel, trigger, pack, unpack, gate, uzi, split, coll, hi, udpsend,
# udpreceive, node.script, patcherargs, zl) and the numinlets/numoutlets that Max 8.5 itself writes into
# saved patchers (e.g. "route mute refresh port": 4/4, "sel 1 0": 3/3, "r name": 0/1, "hi": 1/2,
# "patcherargs": 1/2, "prepend device": 1/1, "message": 2/1, "umenu": 1/3). Since Max 7, route and select
# have one inlet per argument (to change it) besides the left one.
MAX_OBJECTS = {
    "inlet": (0, 1), "outlet": (1, 0), "loadbang": (1, 1), "patcherargs": (1, 2),
    "route": lambda t: (max(_n(t), 1) + 1, max(_n(t), 1) + 1),
    "sel": lambda t: (max(_n(t), 1) + 1, max(_n(t), 1) + 1),
    "t": lambda t: (1, max(_n(t), 1)),
    "pack": lambda t: (_n(t) or 2, 1), "unpack": lambda t: (1, _n(t) or 2),
    "prepend": (1, 1), "zl": (2, 2), "gate": lambda t: (2, int(t.split()[1]) if _n(t) else 1),
    "s": (1, 0), "r": (0, 1), "udpsend": (1, 0), "udpreceive": (1, 1), "node.script": (1, 2),
    "metro": (2, 1), "del": (2, 1), "uzi": (2, 3), "print": (1, 0), "hi": (1, 2), "coll": (1, 4),
    "i": (2, 1), "f": (2, 1), "pv": (1, 1), "+": (2, 1), "-": (2, 1), "*": (2, 1), "!-": (2, 1),
    "==": (2, 1), ">=": (2, 1), "clip": (3, 1), "split": (3, 2), "change": (1, 3),
    "expr": lambda t: (max([int(c) for c in re.findall(r"\$[fi](\d)", t)] or [1]), 1),
    "sprintf": lambda t: (max(len(re.findall(r"%[a-z]", t.replace("%%", ""))), 1), 1),
}
MAX_UI = {"message": (2, 1), "comment": (1, 0), "panel": (1, 0), "toggle": (1, 1), "button": (1, 1),
          "number": (1, 2), "flonum": (1, 2), "slider": (1, 1), "multislider": (1, 2), "umenu": (1, 3),
          "textedit": (1, 4), "inlet": (0, 1), "outlet": (1, 0)}

# Wekinator's control messages
WEKINATOR = {"/wek/inputs"} | {f"/wekinator/control/{c}" for c in (
    "startRecording", "stopRecording", "train", "cancelTrain", "startRunning", "stopRunning", "deleteAllExamples",
    "outputs", "deleteExamplesForOutput", "enableModelRecording", "disableModelRecording", "enableModelRunning",
    "disableModelRunning", "setInputNames", "setOutputNames", "selectInputsForOutput", "loadModelFromFile",
    "saveModelToFile", "runNewProject", "enablePerformanceMode", "disablePerformanceMode")}


def load(path: Path) -> dict:
    return json.loads(path.read_text())["patcher"]


def boxes(patcher: dict) -> list[dict]:
    return [b["box"] for b in patcher["boxes"]]


def abstraction_counts() -> dict[str, tuple[int, int]]:
    out = {}
    for name in OURS:
        kinds = [b["maxclass"] for b in boxes(load(MAX / "patchers" / f"{name}.maxpat"))]
        out[name] = (kinds.count("inlet"), kinds.count("outlet"))
    return out


def reference_counts(box: dict, ours: dict) -> tuple[int, int]:
    cls = box["maxclass"]
    if cls == "bpatcher":
        return ours[box["name"].removesuffix(".maxpat")]
    if cls != "newobj":
        return MAX_UI[cls]
    name = box["text"].split()[0]
    if name in ours:
        return ours[name]
    spec = MAX_OBJECTS["zl" if name.startswith("zl.") else name]
    return spec(box["text"]) if callable(spec) else spec


def test_package_layout():
    """A Max package: package-info.json, patchers/, help/, docs/; each abstraction has its help and
    reference page (valid XML), and the demo recording travels with it."""
    info = json.loads((MAX / "package-info.json").read_text())
    assert info["name"] == "ravebridge" and info["version"] and info["max_version_min"]
    for name in OURS:
        assert (MAX / "patchers" / f"{name}.maxpat").exists()
        assert (MAX / "help" / f"{name}.maxhelp").exists()
        root = ET.parse(MAX / "docs" / "refpages" / "ravebridge-ref" / f"{name}.maxref.xml").getroot()
        assert root.tag == "c74object" and root.get("name") == name
    assert (MAX / "patchers" / "ravebridge-gametrak.maxpat").exists()
    assert (MAX / "javascript" / "rave.udp.js").exists()
    coll = (MAX / "misc" / "gametrak-demo.txt").read_text().splitlines()
    data = (ROOT / "patches" / "data" / "gametrak-demo.txt").read_text().splitlines()
    assert [line.split(", ", 1)[1].rstrip(";") for line in coll] == data


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_patcher_is_valid(path):
    """Valid JSON in Max's patcher format: unique box ids, counts and rectangles on every box."""
    patcher = load(path)
    assert patcher["fileversion"] == 1 and "appversion" in patcher
    ids = [b["id"] for b in boxes(patcher)]
    assert len(ids) == len(set(ids))
    for b in boxes(patcher):
        assert isinstance(b["numinlets"], int) and isinstance(b["numoutlets"], int)
        assert len(b["patching_rect"]) == 4
        if b.get("presentation"):
            assert len(b["presentation_rect"]) == 4


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_box_is_a_max_object_or_ours(path):
    """Every object box names a real Max object (in the table above) or one of our abstractions, and
    declares the inlet and outlet counts Max gives it."""
    ours = abstraction_counts()
    for b in boxes(load(path)):
        if b["maxclass"] == "newobj":
            name = b["text"].split()[0]
            assert name in ours or name in MAX_OBJECTS or name.startswith("zl."), b["text"]
        elif b["maxclass"] == "bpatcher":
            assert b["name"].removesuffix(".maxpat") in ours, b["name"]
        else:
            assert b["maxclass"] in MAX_UI, b["maxclass"]
        assert (b["numinlets"], b["numoutlets"]) == reference_counts(b, ours), b.get("text", b["maxclass"])


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_lines_connect_existing_inlets_and_outlets(path):
    """Every patch line goes from an existing outlet to an existing inlet (by the reference counts)."""
    ours = abstraction_counts()
    patcher = load(path)
    by_id = {b["id"]: b for b in boxes(patcher)}
    assert patcher["lines"], "a patcher without lines"
    for line in patcher["lines"]:
        (src, outlet), (dst, inlet) = line["patchline"]["source"], line["patchline"]["destination"]
        assert src in by_id and dst in by_id
        assert 0 <= outlet < reference_counts(by_id[src], ours)[1], (by_id[src].get("text"), outlet)
        assert 0 <= inlet < reference_counts(by_id[dst], ours)[0], (by_id[dst].get("text"), inlet)


def max_address(box: dict) -> str | None:
    """The OSC address a Max box starts, if any: message boxes and [prepend]s that start an OSC message
    (directly for [udpsend], after `send` for rave.udp.js), and rave.voice's `voice #1 <command>`, which
    rave.udp.js sends as /rave/<voice>/<command>."""
    text = box.get("text", "")
    if box["maxclass"] == "newobj" and text.startswith("prepend "):
        text = text[len("prepend "):]
    elif box["maxclass"] != "message":
        return None
    words = text.split()
    if words[:1] == ["send"]:
        words = words[1:]
    if words[:2] == ["voice", "#1"] and len(words) >= 3:
        return f"/rave/<voice>/{words[2]}"
    if words and re.fullmatch(r"/(rave|wek|wekinator)/[\w/.]+", words[0]):
        return words[0]
    return None


def max_sent_addresses() -> set[str]:
    """OSC addresses the Max patches send."""
    return {a for path in MAX.glob("patchers/*.maxpat") for b in boxes(load(path)) if (a := max_address(b))}


def pd_sent_addresses() -> set[str]:
    """OSC addresses the Pd patches send: the [oscformat] boxes' addresses ($1: the voice's name)."""
    found = set()
    for path in PD.glob("*.pd"):
        for m in re.finditer(r"#X obj \d+ \d+ oscformat (.*?)(?<!\\);", path.read_text()):
            parts = m.group(1).split()
            if parts:
                found.add("/" + "/".join("<voice>" if p == "\\$1" else p for p in parts))
    return found


def test_max_and_pd_send_the_same_addresses():
    """The Max patches send exactly the OSC addresses the Pd patches send."""
    pd, mx = pd_sent_addresses(), max_sent_addresses()
    assert pd == mx, (sorted(pd - mx), sorted(mx - pd))


def test_addresses_are_the_servers_and_wekinators():
    """Every address the patches send is a command in the server's own table (ravebridge.control.commands),
    or else Wekinator's protocol; and each of rave.server's one-command messages is sent."""
    from ravebridge.control.commands import SIGNATURES
    server = {command.address() for command in SIGNATURES.values()}
    sent = pd_sent_addresses()
    rave = {a for a in sent if a.startswith("/rave/")}
    assert rave <= server, sorted(rave - server)
    assert set(SERVER_COMMANDS.values()) <= rave, sorted(set(SERVER_COMMANDS.values()) - rave)
    assert sent - rave <= WEKINATOR, sorted(sent - rave - WEKINATOR)


def test_addresses_match_docs_osc_md():
    """The server addresses the patches send are the ones docs/osc.md documents."""
    doc = ROOT / "docs" / "osc.md"
    if not doc.exists():
        pytest.skip("docs/osc.md is not written yet")
    text = doc.read_text()
    documented = set()
    for m in re.finditer(r"/rave/[A-Za-z0-9_<>./-]+", text):
        address = re.sub(r"<[a-z]+>", "<voice>", m.group(0).rstrip(".,)"))
        documented.add(address)
    sent = {a for a in pd_sent_addresses() if a.startswith("/rave/")}
    assert sent <= documented, sorted(sent - documented)


def route_words(text: str) -> set[str]:
    return {w for line in re.findall(r"route ([^;\"]+)", text) for w in line.split()}


def test_same_messages_in_pd_and_max():
    """Each abstraction understands the messages of its reference (spec) in Pd and in Max."""
    for name in OURS:
        pd_words = route_words((PD / f"{name}.pd").read_text())
        max_words = route_words(" ".join(b.get("text", "") for b in boxes(load(MAX / "patchers" / f"{name}.maxpat"))))
        for msg in BY_NAME[name].messages:
            if msg.name in ("abs", "key") and name == "rave.gametrak.scale":
                assert msg.name in pd_words and msg.name in max_words
                continue
            assert msg.name in pd_words, (name, msg.name, "Pd")
            if msg.name != "list":            # Max: lists come out of route's last outlet
                assert msg.name in max_words, (name, msg.name, "Max")


def max_reached_addresses(name: str, message: str) -> set[str]:
    """The OSC addresses `message` to a Max abstraction leads to: from its [route]'s outlet along the patch
    lines to the boxes that start an address. [prepend set] only sets a display (it outputs nothing): the
    walk stops there, as it does at each address."""
    patcher = load(MAX / "patchers" / f"{name}.maxpat")
    by_id = {b["id"]: b for b in boxes(patcher)}
    lines: dict[tuple[str, int], list[str]] = {}
    for line in patcher["lines"]:
        (src, outlet), (dst, _) = line["patchline"]["source"], line["patchline"]["destination"]
        lines.setdefault((src, outlet), []).append(dst)
    routes = [(b["id"], words.index(message) - 1) for b in by_id.values()
              if (words := b.get("text", "").split())[:1] == ["route"] and message in words[1:]]
    assert len(routes) == 1, (name, message, routes)
    found, seen, todo = set(), set(), deque([routes[0]])
    while todo:
        for dst in lines.get(todo.popleft(), []):
            box = by_id[dst]
            if dst in seen or box.get("text") == "prepend set":
                continue
            seen.add(dst)
            if address := max_address(box):
                found.add(address)
            else:
                todo.extend((dst, k) for k in range(box["numoutlets"]))
    return found


# a voice's load creates the voice while the server does not have it: it may lead to /rave/voice/new too
ONE_COMMAND = ([("rave.voice", m.name, f"/rave/<voice>/{m.name}") for m in BY_NAME["rave.voice"].messages
                if m.name in VOICE_COMMANDS and m.name != "load"]
               + [("rave.server", message, address) for message, address in SERVER_COMMANDS.items()])


@pytest.mark.parametrize("name, message, address", ONE_COMMAND, ids=[f"{n}-{m}" for n, m, _ in ONE_COMMAND])
def test_max_message_reaches_its_address(name, message, address):
    """In Max, each message that is one server command (rave.voice's pan, solo, follow ..., rave.server's
    master/..., snapshot ...) is wired to that command's address and to no other, as in Pd."""
    assert max_reached_addresses(name, message) == {address}


# ---------------------------------------------------------------- rave.udp.js under Node

MAX_API_STUB = r"""
// a stand-in for Node for Max's max-api: handlers are fed from stdin, outlets go to stdout as JSON
const handlers = {};
const readline = require("readline");
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const words = JSON.parse(line);
  const fn = handlers[words[0]];
  if (fn) fn(...words.slice(1));
});
module.exports = {
  addHandler: (name, fn) => { handlers[name] = fn; },
  addHandlers: (map) => Object.assign(handlers, map),
  outlet: (...args) => { process.stdout.write(JSON.stringify(args) + "\n"); return Promise.resolve(); },
  post: (...args) => { process.stderr.write(args.join(" ") + "\n"); return Promise.resolve(); },
};
"""


@pytest.fixture
def node_script(tmp_path):
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        pytest.skip("Node.js is not installed")
    stub = tmp_path / "node_modules" / "max-api"
    stub.mkdir(parents=True)
    (stub / "index.js").write_text(MAX_API_STUB)
    proc = subprocess.Popen([node, str(MAX / "javascript" / "rave.udp.js")], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1,
                            env=dict(os.environ, NODE_PATH=str(tmp_path / "node_modules")))
    lines: list[list] = []

    def reader():
        for line in proc.stdout:
            lines.append(json.loads(line))
    import threading
    threading.Thread(target=reader, daemon=True).start()

    def send(*words):
        proc.stdin.write(json.dumps(list(words)) + "\n")
        proc.stdin.flush()
    yield send, lines
    proc.kill()
    proc.wait(5)


wait = waiter(10.0)


def test_node_socket_sends_and_hears_replies(node_script):
    """rave.udp.js sends OSC from one socket and outputs the server's replies to it, split like Pd's
    [oscparse]: what rave.server in Max relies on."""
    send, lines = node_script
    server = StubServer()
    try:
        send("connect", "127.0.0.1", server.port)
        send("send", "/rave/status")
        assert wait(lambda: any(l[:2] == ["rave", "status.reply"] for l in lines)), lines
        reply = next(l for l in lines if l[:2] == ["rave", "status.reply"])
        assert reply[2:8] == [48000, 256, 0, pytest.approx(12.5), 2, 3]     # late blocks, then JACK xruns
        send("send", "/rave/voice/new", "a", "demo", "decode")
        assert wait(lambda: ["rave", "done", "/rave/voice/new", "a", 2048] in lines), lines
        send("voice", "a", "latent", 0.25, 0.5, 1)
        send("voice", "a", "attr/set", "temperature", 0.5)
        assert wait(lambda: server.received("/rave/a/attr/set"))
        assert server.received("/rave/a/latent") == [[0.25, 0.5, 1]]
        assert server.received("/rave/a/attr/set") == [["temperature", 0.5]]
        send("voice", "nobody", "db", -6)
        assert wait(lambda: any(l[:3] == ["rave", "fail", "/rave/nobody/db"] for l in lines))
    finally:
        server.close()
