"""A flood of OSC commands from another process, as an outside listener hears it.

`ravebridge serve --audio jack` plays the demo model on JACK's dummy driver
(48 kHz, 256 frames). Another process (this one) sends wrong commands as fast
as it can for the run's length (unknown voices, wrong types, NaN, unknown
addresses, /rave/status) and reads the answers, while a witness in its own
process (`ravebridge.witness`) counts JACK's xruns and silent periods at the
server's outputs. Baselines in the same run: the server playing before the
flood, and after it.

    python benchmarks/flood.py [--seconds 10] [--paced]

--paced sleeps 1 ms between packets (about 700 a second, a busy controller);
without it the flood is as fast as the machine sends (tens of thousands a
second, an attack).
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path

from pythonosc.osc_message_builder import build_msg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from ravebridge.witness import Witness  # noqa: E402

PACKETS = [build_msg("/rave/zz/gain", [0.5]).dgram, build_msg("/rave/demo/gain", ["x"]).dgram,
           build_msg("/rave/demo/latent", [float("nan")]).dgram, build_msg("/nope", []).dgram,
           build_msg("/rave/status", []).dgram]


def flood(port: int, seconds: float, paced: bool) -> int:
    """Send wrong commands for `seconds`, reading whatever is answered; how many were sent."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setblocking(False)
    sent, end = 0, time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            sock.sendto(random.choice(PACKETS), ("127.0.0.1", port))
            sent += 1
        except BlockingIOError:
            pass
        try:
            while True:
                sock.recv(65536)
        except BlockingIOError:
            pass
        if paced:
            time.sleep(0.001)
    sock.close()
    return sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--paced", action="store_true")
    args = parser.parse_args()
    name = f"rb-flood-{os.getpid()}"
    jack = subprocess.Popen(["jackd", "-n", name, "-R", "-P", "70", "-d", "dummy", "-r", "48000", "-p", "256"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    os.environ["JACK_DEFAULT_SERVER"] = name
    port = 17000 + os.getpid() % 1000
    server = subprocess.Popen([sys.executable, "-m", "ravebridge.cli", "serve", "--audio", "jack", "--jack-name",
                               "rbflood", "--osc-port", str(port), "--wek-port", "-1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(25)            # the model loads, its spare warms up
        witness = Witness(["rbflood:output_1", "rbflood:output_2"])
        before = witness.over(5)
        first = witness.next()
        sent = flood(port, args.seconds, args.paced)
        during = witness.next().since(first)
        after = witness.over(5)
        witness.close()
        print(f"{'paced' if args.paced else 'unpaced'} flood: {sent} packets in {args.seconds:g} s "
              f"({sent / args.seconds:.0f}/s)")
        print("| stretch | JACK xruns | silent periods | periods |")
        print("|---|---|---|---|")
        for label, heard in (("playing, before the flood (5 s)", before), ("during the flood", during),
                             ("after it (5 s)", after)):
            print(f"| {label} | {heard.xruns} | {heard.silent} | {heard.periods} |")
    finally:
        server.terminate()
        server.wait(30)
        jack.terminate()
        jack.wait(10)


if __name__ == "__main__":
    main()
