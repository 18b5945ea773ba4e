"""`ravebridge status`: a running server's voices, levels, latents, CPU and xruns, as a meter bridge.

It asks over OSC as any patch would (`/rave/status`, `/rave/voice/list`,
`/rave/<voice>/get`), so it shows exactly what a patch can know.
"""
from __future__ import annotations

import math
import socket
import time

from pythonosc import osc_message
from pythonosc.osc_message_builder import build_msg

METER_DB = 60.0       # the bar spans -60..0 dBFS
METER_WIDTH = 20
LATENTS_SHOWN = 16


class StatusError(Exception):
    """No answer, or an answer that makes no sense."""


class Client:
    """Commands to a server and their answers, from an ephemeral UDP port."""

    def __init__(self, host: str, port: int, timeout: float = 1.0):
        self.target, self.timeout = (host, port), timeout
        self.sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("::1" if ":" in host else "127.0.0.1", 0) if _is_local(host) else ("", 0))

    def ask(self, address: str, *args) -> tuple:
        """Send, then wait for the matching reply; its arguments (without the echoed address)."""
        self.sock.sendto(build_msg(address, list(args)).dgram, self.target)
        wanted = {"/rave/status": "/rave/status.reply", "/rave/voice/list": "/rave/voice/list.reply"}.get(address)
        deadline = time.monotonic() + self.timeout
        while (left := deadline - time.monotonic()) > 0:
            self.sock.settimeout(left)
            try:
                data, _ = self.sock.recvfrom(65536)
                reply = osc_message.OscMessage(data)
            except socket.timeout:
                break
            except (OSError, osc_message.ParseError):
                continue
            params = reply.params
            if reply.address == wanted:
                return tuple(params)
            if reply.address in ("/rave/done", "/rave/fail") and params and params[0] == address:
                if reply.address == "/rave/fail":
                    raise StatusError(f"{address}: {params[1]}")
                return tuple(params[1:])
        raise StatusError(f"no answer from {self.target[0]}:{self.target[1]} within {self.timeout:g} s "
                          "(is `ravebridge serve` running there?)")

    def close(self) -> None:
        self.sock.close()


def gather(client: Client) -> dict:
    """Everything the view shows, asked fresh."""
    sr, buffer, _, cpu, late, xruns, *pairs = client.ask("/rave/status")
    latency = dict(zip(pairs[::2], pairs[1::2]))
    listed = client.ask("/rave/voice/list")
    voices = []
    for name, model, method in zip(listed[::3], listed[1::3], listed[2::3]):
        try:
            gain, mute, level, state, nout, *rest = client.ask(f"/rave/{name}/get")
        except StatusError:        # freed between the list and the get
            continue
        voices.append({"name": name, "model": model, "method": method, "latency": latency.get(name, 0),
                       "gain": gain, "mute": bool(mute), "level": level, "state": state,
                       "outputs": list(rest[:nout]), "latents": list(rest[nout:])})
    return {"sample_rate": sr, "buffer": buffer, "cpu": cpu, "late": late, "xruns": xruns, "voices": voices}


def render(snap: dict, where: str) -> str:
    """The meter bridge as text."""
    sr = snap["sample_rate"]
    lines = [f"ravebridge at {where}   {sr} Hz   buffer {snap['buffer']}   "
             f"CPU {100 * snap['cpu']:3.0f} %   xruns {snap['xruns']}   late blocks {snap['late']}",
             "",
             f"{'voice':<14}{'model':<18}{'method':<8}{'latency':>9}  {'gain':>8}  {'out':<8}level"]
    for v in snap["voices"]:
        gain = "muted" if v["mute"] else _db(v["gain"])
        outs = ",".join(map(str, v["outputs"])) or "-"
        lines.append(f"{v['name'][:13]:<14}{v['model'][:17]:<18}{v['method'][:7]:<8}"
                     f"{1000 * v['latency'] / sr:>6.1f} ms  {gain:>8}  {outs[:7]:<8}{_meter(v['level'])}")
        if v["latents"]:
            shown = " ".join(f"{x:+.2f}" for x in v["latents"][:LATENTS_SHOWN])
            more = len(v["latents"]) - LATENTS_SHOWN
            lines.append(f"{'':<14}latents {shown}" + (f" (+{more} more)" if more > 0 else ""))
        if v["state"] != "ok":
            lines.append(f"{'':<14}! {v['state']}")
    if not snap["voices"]:
        lines.append("(no voices)")
    return "\n".join(lines)


def watch(host: str, port: int, once: bool, interval: float, echo) -> None:
    """Print the view once, or redraw it every `interval` seconds until interrupted."""
    client = Client(host, port)
    try:
        while True:
            text = render(gather(client), f"{host}:{port}")
            echo(text if once else "\x1b[H\x1b[J" + text)
            if once:
                return
            time.sleep(interval)
    finally:
        client.close()


def _db(gain: float) -> str:
    return "-inf dB" if gain <= 0 else f"{20 * math.log10(gain):+.1f} dB"


def _meter(level: float) -> str:
    db = -math.inf if level <= 0 else 20 * math.log10(level)
    filled = 0 if db == -math.inf else round(METER_WIDTH * min(1.0, max(0.0, 1 + db / METER_DB)))
    text = "-inf" if db == -math.inf else f"{db:+.1f}"
    return f"{text:>6} dB |{'█' * filled}{'·' * (METER_WIDTH - filled)}|"


def _is_local(host: str) -> bool:
    return host in ("127.0.0.1", "::1", "localhost") or host.startswith("127.")
