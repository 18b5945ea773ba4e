"""Control latency: from an OSC message's arrival to the first output buffer that reflects it.

Usage (Linux, JACK installed; about a minute per 1,000 messages):

    python benchmarks/control.py [--messages 1000] [--ratio 2048] [--load 0] [--json FILE]

A real-time server on its own `jackd -d dummy` (48 kHz, 256-frame period)
plays a probe voice: a delay-free hold model (tests/models.py) whose output
is latent 0, held for each block. Its block is the model's ratio (2048 like
RAVE v2, 512 like the demo model). A separate process sends
`/rave/probe/dim 0 <v>` over loopback UDP, a new value each time, spaced at
random (1.3 to 2 target latencies apart) so that arrivals fall at every
phase of the block.

- Arrival: when the OSC thread receives the datagram (before parsing).
- Reflected: the audio callback that computes the first buffer whose probe
  output equals the new value, which is when that buffer leaves ravebridge
  for JACK.

The target is one model block plus one buffer (the engine's latency with a
compute allowance of one buffer). `--load N` adds N voices of the demo model
playing at the same time. A witness in its own process (`ravebridge.witness`)
hears both outputs meanwhile: JACK's xruns and silent periods, beside the
engine's late blocks.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RATE, PERIOD = 48000, 256

SENDER = r"""
import random, sys, time
from pythonosc.udp_client import SimpleUDPClient
port, count, lo, hi = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
client = SimpleUDPClient("127.0.0.1", port)
rng = random.Random(1)
for i in range(count):
    time.sleep(rng.uniform(lo, hi))
    client.send_message("/rave/probe/dim", [0, (i + 1) / 1024.0])
"""


def measure(messages: int, ratio: int, load: int) -> dict:
    name = f"rb-control-bench-{os.getpid()}"
    jackd = subprocess.Popen(["jackd", "-n", name, "-d", "dummy", "-r", str(RATE), "-p", str(PERIOD)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ["JACK_DEFAULT_SERVER"] = name
    time.sleep(1.5)
    try:
        return _measure(messages, ratio, load)
    finally:
        jackd.terminate()
        jackd.wait(5)


def _measure(messages: int, ratio: int, load: int) -> dict:
    sys.path.insert(0, str(ROOT / "tests"))
    import models                                      # tests/models.py: genuine nn~ interface
    from ravebridge.control.session import Running, Session
    from ravebridge.library import demo_model
    from ravebridge.server import AudioConfig
    from ravebridge.witness import Witness

    folder = tempfile.mkdtemp(prefix="rb-control-bench-")
    models.export(models.Hold(ratio=ratio), Path(folder, "hold.ts"))
    running = Running(Session(       # the server `ravebridge serve` assembles
        source=folder, folders=[folder, os.path.dirname(demo_model())], osc_host="127.0.0.1", osc_port=0,
        wek_port=0, record={"folder": folder},
        audio=AudioConfig(audio="jack", sample_rate=RATE, buffer_size=PERIOD, outputs=2, jack_name="rb-control-bench")))
    server, engine, rack, osc = running.server, running.engine, running.rack, running.osc
    arrivals: list[float] = []
    packet = osc.packet

    def stamped(data, sender):                         # each datagram's arrival, then the server's own handling
        arrivals.append(time.perf_counter())
        packet(data, sender)
    osc.packet = stamped
    probe = rack.add("probe", "hold", outputs=[0])
    probe.set_smooth(0)
    probe.set_latent(0, -0.5)      # sounding before the first message (no message sends a negative value)
    for i in range(load):
        rack.add(f"load{i}", "demo", outputs=[1]).set_latents(np.full(8, 0.1 * (i % 5), np.float32))
    out = probe.voice.row.outputs[0]                          # the probe's output buffer, written by the engine
    values = [np.float32((i + 1) / 1024.0) for i in range(messages)]
    reflected: list[float | None] = [None] * messages
    nxt = [0]

    def callback():                                    # the engine's callback, then a look at its result
        engine._callback()
        k = nxt[0]
        if k < messages and out[0] == values[k]:
            reflected[k] = time.perf_counter()
            nxt[0] = k + 1
    server.setCallback(callback)
    server.start()
    time.sleep(1.0)
    witness = Witness(["rb-control-bench:output_1", "rb-control-bench:output_2"])
    heard0 = witness.next()
    target = probe.voice.stats()["block"] + PERIOD
    latency = probe.voice.latency
    spacing = 1.3 * target / RATE, 2.0 * target / RATE
    subprocess.run([sys.executable, "-c", SENDER, str(osc.port), str(messages), str(spacing[0]), str(spacing[1])],
                   check=True, timeout=messages * spacing[1] + 60)
    time.sleep(0.5)
    heard = witness.next().since(heard0)
    witness.close()
    server.setCallback(engine._callback)
    status = engine.status()
    running.close()

    done = [(r - a) * 1000 for a, r in zip(arrivals, reflected) if r is not None]
    ms = np.array(done)
    target_ms = 1000 * target / RATE
    return {"messages": messages, "reflected": len(done), "ratio": ratio, "block": target - PERIOD,
            "buffer": PERIOD, "load_voices": load, "reported_latency": latency,
            "target_ms": target_ms, "min_ms": float(ms.min()), "median_ms": float(np.median(ms)),
            "p90_ms": float(np.percentile(ms, 90)), "p99_ms": float(np.percentile(ms, 99)),
            "max_ms": float(ms.max()), "within_target": float(np.mean(ms <= target_ms)),
            "xruns": status["xruns"], "jack_xruns": heard.xruns, "silent": heard.silent, "periods": heard.periods}


def row(r: dict) -> str:
    return (f"| {r['block']} | {r['load_voices']} | {r['reflected']}/{r['messages']} | {r['min_ms']:.1f} | "
            f"{r['median_ms']:.1f} | {r['p90_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.1f} | "
            f"{r['target_ms']:.1f} | {100 * r['within_target']:.1f} % | {r['xruns']} | {r['jack_xruns']} | "
            f"{r['silent']} of {r['periods']} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--ratio", type=int, default=2048, help="the probe model's block (its ratio)")
    parser.add_argument("--load", type=int, default=0, help="demo-model voices playing alongside")
    parser.add_argument("--json", help="also write the result here")
    args = parser.parse_args()
    result = measure(args.messages, args.ratio, args.load)
    print("| block | load voices | reflected | min ms | median ms | p90 ms | p99 ms | max ms | target ms "
          "| within target | late blocks | JACK xruns | silent periods |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    print(row(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
