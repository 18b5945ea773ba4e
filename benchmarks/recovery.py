"""Recovery after a worker is killed (SIGKILL) or hangs (SIGSTOP), with and without a spare; what a spare costs.

Usage (Linux, JACK installed; takes minutes):

    python benchmarks/recovery.py [--repeats 5] [--models demo,ravelike]

Each case runs in a fresh server process on its own `jackd -d dummy`
(256-frame period): a victim voice plays next to a healthy voice of another
model. The victim's worker is killed (or stopped, which the engine sees as
a hang) `--repeats` times, each once the voice is back, a new spare is warm
and two seconds have passed. The back-off's reset is shortened to one
second there, so that every failure is healed as a first one. Recovery
runs from the signal to the first buffer in which the victim sounds again:
its output table is read on the audio thread at every buffer
(`Engine.at`). From each signal until the new spare is warm, the other
voice's late blocks are counted, and JACK's xruns heard at the output by a
witness in its own process (`ravebridge.witness`), against the same counts
over ten calm seconds before. The spare's cost is its resident memory (RSS, and
PSS, which shares libraries out fairly) and its CPU time per second while
idle, from /proc.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import time
from pathlib import Path

from voices import PERIOD, ROOT, build_models, run_script

SESSION = r"""
import json, os, signal, sys, time
sys.path.insert(0, {root!r})
import numpy as np
from ravebridge.engine import healing
from ravebridge.engine.engine import Arrangement, cpu_count
from ravebridge.server import AudioConfig, boot
from ravebridge.voices import Voice
from ravebridge.witness import Witness

def cpu_of(pid):
    # nanoseconds on a CPU, summed over the process's threads (finer than /proc/pid/stat's ticks)
    total = 0
    for tid in os.listdir(f"/proc/{{pid}}/task"):
        with open(f"/proc/{{pid}}/task/{{tid}}/schedstat") as f:
            total += int(f.read().split()[0])
    return total / 1e9

def memory_mb(pid):
    with open(f"/proc/{{pid}}/smaps_rollup") as f:
        kb = {{line.split(":")[0]: int(line.split()[1]) for line in f if line.endswith("kB\n")}}
    return kb["Rss"] / 1024, kb["Pss"] / 1024

def until(condition, timeout):
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        time.sleep(0.01)

cfg = json.loads(sys.argv[1])
healing.STABLE_SECONDS = 1.0      # each failure is a first one: no back-off between repeats
server, engine = boot(AudioConfig(audio="jack", sample_rate=cfg["rate"], buffer_size={period}, outputs=2,
                                  jack_name="rb-recovery"),
                      Arrangement(cpu_count(), allowance=cfg["allowance"], spares=cfg["spares"]))
voices = []
for path in (cfg["victim"], cfg["healthy"]):
    v = Voice(path, "decode", engine=engine, block=cfg["block"], smooth=0)
    v.setLatents([0.5] * len(v.row.target))
    v.out(0)
    voices.append(v)
victim, healthy = voices

def spare():
    return next((s for s in engine.shards if s.standby and s.live and s.path == victim._shard.path), None)

probe = {{"signal": None, "silent": None, "back": None}}
def listen():
    # the previous buffer's output, at the start of each callback: one-buffer resolution
    now, sounding = time.perf_counter(), bool(np.any(victim.row.outputs[0]))
    if probe["signal"] is not None and probe["back"] is None:
        if probe["silent"] is None and not sounding:
            probe["silent"] = now
        elif probe["silent"] is not None and sounding:
            probe["back"] = now
    engine.at(engine.time + engine.period, listen)
engine.at(0, listen)

if cfg["spares"]:
    until(spare, 300)
    pid = spare().process.pid
    rss, pss = memory_mb(pid)
    cpu0, t0 = cpu_of(pid), time.monotonic()
    time.sleep(5.0)
    idle_cpu = (cpu_of(pid) - cpu0) / (time.monotonic() - t0)
else:
    rss = pss = idle_cpu = None
server.start()
time.sleep(2.0)
witness = Witness(["rb-recovery:output_1"])
late0, heard0 = healthy._shard.late, witness.next()
time.sleep(10.0)
calm_late, calm_heard = healthy._shard.late - late0, witness.next().since(heard0)
recoveries, rewarm, disturbed_late, disturbed_xruns = [], [], 0, 0
for _ in range(cfg["repeats"]):
    late0, heard0 = healthy._shard.late, witness.next()
    old = victim._shard
    probe.update(signal=time.perf_counter(), silent=None, back=None)
    os.kill(old.process.pid, signal.SIGKILL if cfg["mode"] == "kill" else signal.SIGSTOP)
    until(lambda: probe["back"] is not None, 300)
    recoveries.append(probe["back"] - probe["signal"])
    if cfg["spares"]:
        started = time.monotonic()
        until(spare, 300)
        rewarm.append(time.monotonic() - started)
    disturbed_late += healthy._shard.late - late0
    disturbed_xruns += witness.next().since(heard0).xruns
    time.sleep(2.0)
witness.close()
status = engine.status()
server.stop()
shard = victim._shard
print(json.dumps({{"recoveries": recoveries, "rewarm": rewarm, "healthy_late": disturbed_late, "calm_late": calm_late,
                   "jack_xruns": disturbed_xruns, "calm_jack_xruns": calm_heard.xruns,
                   "block": shard.spec.server_block, "allowance": shard.allowance, "latency": victim.latency,
                   "hang_seconds": shard.hang_seconds, "rss": rss, "pss": pss, "idle_cpu": idle_cpu,
                   "xruns": status["xruns"]}}))
engine.close()
server.shutdown()
"""


def session(cfg: dict) -> dict:
    return run_script(SESSION, cfg, timeout=3600)


def table(paths: dict, models: list[str], repeats: int) -> list[str]:
    lines = ["| victim | block | latency | hang limit | spare | failure | recovery median (ms) | max (ms) | "
             "new spare warm (s) | healthy late blocks (calm 10 s) | JACK xruns (calm 10 s) | spare RSS / PSS (MB) | "
             "spare idle CPU s/s |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    other = Path(paths["ravelike"][0]).parent / "demo-other.ts"     # another file: a worker of its own
    shutil.copyfile(paths["demo"], other)
    cases = {"demo": dict(victim=paths["demo"], healthy=str(other), rate=48000, block=None, allowance=None),
             "ravelike": dict(victim=paths["ravelike"][0], healthy=paths["demo"], rate=44100, block=2048,
                              allowance=8)}
    for label in models:
        for spares in (1, 0):
            for mode in ("kill", "hang"):
                cfg = dict(cases[label], spares=spares, mode=mode, repeats=repeats if spares else max(2, repeats // 2))
                r = session(cfg)
                ms = [1000 * x for x in r["recoveries"]]
                warm = f"{max(r['rewarm']):.1f}" if r["rewarm"] else "–"
                cost = f"{r['rss']:.0f} / {r['pss']:.0f}" if r["rss"] is not None else "–"
                idle = f"{r['idle_cpu']:.5f}" if r["idle_cpu"] is not None else "–"
                lines.append(f"| {label} | {r['block']} | {r['latency']} | {r['hang_seconds']:.2f} s | {spares} | "
                             f"{'SIGKILL' if mode == 'kill' else 'hang (SIGSTOP)'} | {statistics.median(ms):.0f} | "
                             f"{max(ms):.0f} | {warm} | {r['healthy_late']} ({r['calm_late']}) | "
                             f"{r['jack_xruns']} ({r['calm_jack_xruns']}) | {cost} | {idle} |")
                print(lines[-1], flush=True)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=5, help="failures per case (half as many without a spare)")
    parser.add_argument("--models", default="demo,ravelike", help="victims: demo, ravelike or both")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "out"), help="where built models go")
    args = parser.parse_args()
    paths = build_models(Path(args.out), distinct=1)
    started = time.monotonic()
    lines = table(paths, args.models.split(","), args.repeats)
    print(f"\nmachine: {os.cpu_count()} cores; JACK dummy, {PERIOD}-frame period; "
          f"{time.monotonic() - started:.0f} s\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
