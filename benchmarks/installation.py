"""Voices and channels an 8-channel installation sustains with zero xruns, through the whole server.

Usage (Linux, JACK installed; minutes):

    python benchmarks/installation.py [--seconds 60] [--voices 8 16 24 32]

Each run starts its own `jackd -d dummy` (256-frame period) and a real `ravebridge serve` process with
a session of N demo-model voices, each panned to its own place around 8 channels, the master limiter
on, while this script steers every voice over OSC 30 times a second (as a controller would) and asks
for /rave/status once a second. CPU is the server process and its workers, from /proc. An outside
witness (`ravebridge.witness`, a JACK client in its own process) counts JACK's xruns and silent periods
at the eight outputs; the server's late blocks are counted beside them. Before each run's server
starts, the witness listens to its JACK server alone for as many seconds: the machine's own noise.

The baseline, measured in the same run, is the same voices in the bare engine (`voices.py`'s session:
pyo voices on two outputs, no rack, no mixer, no limiter, no OSC), so the ratio is what the whole
installation stack costs on top of the models. A ladder stops at its first run with a JACK xrun, a
silent period or a late block beyond what JACK alone had.
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))

import voices as engine_bench  # noqa: E402  (benchmarks/voices.py)
from proctree import cpu_seconds  # noqa: E402  (tests/proctree.py)
from ravebridge.witness import Heard, Witness  # noqa: E402
from pythonosc.osc_message import OscMessage  # noqa: E402
from pythonosc.udp_client import SimpleUDPClient  # noqa: E402

DEMO = HERE.parent / "models" / "demo.ts"
CHANNELS = 8
SETTLE = 5.0     # s of steering before the measured window


def session_text(n: int, name: str) -> str:
    lines = ["[server]", 'audio = "jack"', f"outputs = {CHANNELS}", f'jack_name = "{name}"',
             "[regression]", "port = 0", "[master]", "limiter = true", "ceiling_db = -1.0"]
    for i in range(n):
        lines += [f"[voices.v{i}]", f'model = "{DEMO}"', f"outputs = {list(range(CHANNELS))}",
                  f"pan = {i / n:.4f}", "gain = 0.3"]
    return "\n".join(lines) + "\n"


def ask(osc: SimpleUDPClient, address: str, timeout: float = 2.0):
    """The answer to a query, asked again every half second: under load UDP may drop a request."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        osc.send_message(address, [])
        again = min(deadline, time.monotonic() + 0.5)
        while time.monotonic() < again:
            data = osc.receive(max(0.01, again - time.monotonic()))
            if data:
                m = OscMessage(data)
                if m.address == f"{address}.reply" or (m.params and m.params[0] == address):
                    return m.params
    return None


def run(n: int, seconds: float) -> dict:
    """One installation run of n voices: what the witness heard (and JACK alone before), late blocks, CPU
    s/s, the master's reduction, the server's late-block reports."""
    jackd, jack_name = engine_bench.jackd(48000)
    env = dict(os.environ, JACK_DEFAULT_SERVER=jack_name)
    client = f"rb-install-{os.getpid()}"
    alone_witness = Witness([], server=jack_name)
    alone = alone_witness.over(seconds)
    alone_witness.close()
    witness = None
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder, "installation.toml")
        config.write_text(session_text(n, client))
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        log = Path(folder, "server.log")
        with open(log, "w") as err:
            proc = subprocess.Popen([sys.executable, "-m", "ravebridge.cli", "serve", "--config", str(config),
                                     "--osc-port", str(port)], env=env, cwd=HERE.parent,
                                    stdout=subprocess.DEVNULL, stderr=err)
        osc = SimpleUDPClient("127.0.0.1", port)
        rng = random.Random(n)
        try:
            deadline = time.monotonic() + 300
            while ask(osc, "/rave/status", 0.5) is None:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{n} voices: the server did not come up")

            def steer(duration: float) -> None:
                start = time.monotonic()
                while time.monotonic() - start < duration:
                    for i in range(n):
                        osc.send_message(f"/rave/v{i}/latent", [rng.uniform(-2, 2) for _ in range(8)])
                    time.sleep(1 / 30)
            witness = Witness([f"{client}:output_{i + 1}" for i in range(CHANNELS)], server=jack_name)
            steer(SETTLE)      # live latents from the start: the engine may widen an allowance meanwhile
            first, heard0 = ask(osc, "/rave/status"), witness.next()
            cpu0, t0 = cpu_seconds(proc.pid), time.monotonic()
            steer(seconds)
            cpu1, t1 = cpu_seconds(proc.pid), time.monotonic()
            heard = witness.next().since(heard0)
            last = ask(osc, "/rave/status", 5.0)
            master = ask(osc, "/rave/master/get", 5.0)
            osc.send_message("/rave/quit", [])
            proc.wait(60)
        finally:
            if witness is not None:
                witness.close()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            jackd.terminate()
            jackd.wait(5)
        late = [line for line in log.read_text().splitlines() if "late block" in line]
    return {"voices": n, "heard": heard, "alone": alone, "late_blocks": last[4] - first[4],
            "cpu": (cpu1 - cpu0) / (t1 - t0), "reduction_db": master[4] if master else float("nan"), "late": late}


def clean(result: dict) -> bool:
    """No silent period, no late block, and no more JACK xruns than JACK and the witness had alone."""
    heard: Heard = result["heard"]
    return heard.silent == 0 and result["late_blocks"] == 0 and heard.xruns <= result["alone"].xruns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0, help="measured seconds per run")
    parser.add_argument("--voices", type=int, nargs="+", default=[8, 16, 24, 32])
    args = parser.parse_args()
    lines = ["| voices | channels | JACK xruns (JACK alone) | silent periods | late blocks | server CPU s/s | "
             "bare engine CPU s/s | ratio | limiter reduction (dB) |", "|---|---|---|---|---|---|---|---|---|"]
    for n in args.voices:
        result = run(n, args.seconds)
        base = engine_bench.session([str(DEMO)] * n, 48000, min(args.seconds, 20), None)
        heard = result["heard"]
        lines.append(f"| {n} | {CHANNELS} | {heard.xruns} ({result['alone'].xruns}) | {heard.silent} of "
                     f"{heard.periods} | {result['late_blocks']} | {result['cpu']:.3f} | {base['cpu']:.3f} | "
                     f"{result['cpu'] / base['cpu']:.2f} | {result['reduction_db']:.1f} |")
        print(lines[-1], flush=True)
        if not clean(result):
            print("the server's account of its late blocks:", *result["late"][:4], sep="\n  ")
            break
    print("\n".join([f"machine: {os.cpu_count()} cores; JACK dummy, {engine_bench.PERIOD}-frame period; "
                     f"{args.seconds:g} s per run", ""] + lines))


if __name__ == "__main__":
    main()
