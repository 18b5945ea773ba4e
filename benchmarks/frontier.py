"""The latency-density frontier, as an outside listener hears it.

For each latency cap, `ravebridge serve` (JACK's dummy driver, 44.1 kHz, 256
frames) is asked over OSC for voices of a RAVE-v2-sized model until it
refuses one (`/rave/fail`: the CPU is full within that latency); then what it
accepted plays for the run's length while a witness in its own process
(`ravebridge.witness`) counts JACK's xruns and silent periods at its outputs.
Baselines in the same run: JACK and the witness alone, and a bare model
process decoding one voice block by block at real-time priority.

    python benchmarks/frontier.py [--seconds 60] [--caps 4032,8192,16384] [--distinct 4] [--model FILE]
                                  [--one-model-only]

Without --model the model is the RAVE v2 stand-in (ravebridge/export/ravelike.py),
built once into benchmarks/out/. CPU is the server process and its workers,
from /proc, per second of audio.
"""
from __future__ import annotations

import argparse
import itertools
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from pythonosc import osc_message
from pythonosc.osc_message_builder import build_msg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from ravebridge.engine.shard import worker_environment  # noqa: E402
from ravebridge.witness import BareModel, Witness  # noqa: E402

RATE, PERIOD, BLOCK = 44100, 256, 2048
_servers = itertools.count()
SETTLE = 25.0                 # seconds between the last voice accepted and the measurement
GFLOP_PER_BLOCK = 0.15        # a RAVE v2 decode of one 2048-sample block
class Osc:
    """Commands to the server and their answers."""

    def __init__(self, port: int):
        self.target = ("127.0.0.1", port)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))

    def ask(self, address: str, *args, timeout: float = 120.0) -> tuple[str, tuple]:
        self.sock.sendto(build_msg(address, list(args)).dgram, self.target)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                reply = osc_message.OscMessage(self.sock.recvfrom(65536)[0])
            except socket.timeout:
                break
            if reply.address == "/rave/status.reply" and address == "/rave/status":
                return reply.address, tuple(reply.params)
            if reply.address in ("/rave/done", "/rave/fail") and reply.params[0] == address:
                return reply.address, tuple(reply.params[1:])
        raise TimeoutError(f"no answer to {address}")


def jackd() -> tuple[subprocess.Popen, str]:
    name = f"rb-frontier-{os.getpid()}-{next(_servers)}"
    proc = subprocess.Popen(["jackd", "-n", name, "-R", "-P", "70", "-d", "dummy", "-r", str(RATE),
                             "-p", str(PERIOD)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    os.environ["JACK_DEFAULT_SERVER"] = name
    return proc, name


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and its children still running (the workers), from /proc."""
    tick, total = os.sysconf("SC_CLK_TCK"), 0.0
    pids = [pid] + [int(c) for t in os.listdir(f"/proc/{pid}/task")       # workers are children of the threads
                    for c in open(f"/proc/{pid}/task/{t}/children").read().split()]
    for p in pids:
        try:
            fields = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except OSError:
            pass
    return total


def baseline(seconds: float, model: str) -> dict:
    """JACK and the witness alone, then with a bare model process beside them."""
    proc, _ = jackd()
    try:
        w = Witness([])
        alone = w.over(seconds)
        bare = BareModel(model, seconds, env=worker_environment())   # as a worker runs it (MKL's fast path on AMD)
        time.sleep(3)
        with_model = w.over(seconds - 4)
        cpu = bare.close()
        w.close()
    finally:
        proc.terminate()
        proc.wait(5)
    return {"alone": alone, "bare": with_model, "bare_cpu": cpu}


def frontier_run(models: list[str], cap: int | None, seconds: float, most: int) -> dict:
    """One server: voices of `models` (in turn) until refused or `most`; then `seconds` heard."""
    proc, name = jackd()
    port = 16450 + os.getpid() % 1000
    client = f"rb{os.getpid()}"
    cmd = ["ravebridge", "serve", "--audio", "jack", "--sr", str(RATE), "--outputs", "2", "--jack-name", client,
           "--osc-port", str(port), "--wek-port", "-1", "--model", models[0]]
    if cap is not None:
        cmd += ["--max-latency-ms", f"{1000 * cap / RATE:.3f}"]
    log = open(ROOT / "benchmarks" / "out" / f"frontier-{cap}-{len(models)}.log", "w")
    server = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    result: dict = {"cap": cap, "models": len(models)}
    try:
        osc = Osc(port)
        for _ in range(600):
            try:
                if osc.ask("/rave/status", timeout=0.5)[0] == "/rave/status.reply":
                    break
            except TimeoutError:
                if server.poll() is not None:
                    raise RuntimeError(f"serve exited: see {log.name}")
        accepted, refusal, latency = 1, "", 0
        while accepted < most:
            kind, args = osc.ask("/rave/voice/new", f"v{accepted}", models[accepted % len(models)])
            if kind == "/rave/fail":
                refusal = args[-1]
                break
            accepted += 1
        time.sleep(SETTLE)      # the last spares warm up: loading a model is not what is measured here
        w = Witness([f"{client}:output_1", f"{client}:output_2"])
        time.sleep(2)
        _, status = osc.ask("/rave/status")
        late0 = status[4]
        c0, t0 = cpu_seconds(server.pid), time.monotonic()
        heard = w.over(seconds)
        cpu = (cpu_seconds(server.pid) - c0) / (time.monotonic() - t0)
        _, status = osc.ask("/rave/status")
        w.close()
        latency = max(status[7::2]) if len(status) > 7 else 0
        result.update(voices=accepted, refusal=refusal, heard=heard, late=status[4] - late0,
                      jack_xruns_server=status[5], cpu=cpu, latency=latency)
        osc.ask("/rave/quit", timeout=10)
    finally:
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
        proc.terminate()
        proc.wait(5)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--caps", default="4032,8192,16384")
    ap.add_argument("--distinct", type=int, default=4)
    ap.add_argument("--most", type=int, default=24)
    ap.add_argument("--model", default=None)
    ap.add_argument("--one-model-only", action="store_true", help="Skip the rows of distinct models.")
    a = ap.parse_args()
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    if a.model:
        models = [a.model] * a.distinct
    else:
        from ravebridge.export.ravelike import export_ravelike
        models = []
        for seed in range(a.distinct):
            path = out / f"ravelike-{seed}.ts"
            if not path.exists():
                export_ravelike(str(path), seed=seed)
            models.append(str(path))
    base = baseline(a.seconds, models[0])
    print(f"JACK and the witness alone, {a.seconds:g} s: {base['alone'].xruns} xruns, "
          f"{base['alone'].periods} periods")
    print(f"plus a bare model process (one voice, block {BLOCK}, FIFO 1): {base['bare'].xruns} xruns; "
          f"{base['bare_cpu']:.3f} CPU s/s")
    print()
    print("| latency cap (samples) | models | voices accepted | JACK xruns | silent periods | late blocks | "
          "latency (samples) | CPU s/s | per voice | GFLOP/s per voice |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for cap in [int(c) for c in a.caps.split(",")]:
        for distinct in (1,) if a.one_model_only else (1, a.distinct):
            r = frontier_run(models[:distinct], cap, a.seconds, a.most if distinct == 1 else distinct)
            h = r["heard"]
            per_voice = r["cpu"] / max(1, r["voices"])
            print(f"| {cap} | {distinct} | {r['voices']} | {h.xruns} | {h.silent} of {h.periods} | {r['late']} | "
                  f"{r['latency']} | {r['cpu']:.2f} | {per_voice:.3f} | "
                  f"{GFLOP_PER_BLOCK * RATE / BLOCK / per_voice if per_voice else 0:.1f} |", flush=True)
            if r["refusal"]:
                print(f"|  | refused: {r['refusal']} |||||||||", flush=True)


if __name__ == "__main__":
    main()
