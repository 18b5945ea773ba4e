"""A long real-time run: what an installation does all day, shortened to 10 minutes (longer on demand).

`RAVEBRIDGE_SOAK_SECONDS` sets the length (default 600; the test command runs it). A real
`ravebridge serve` process plays four demo-model voices over eight channels on JACK's dummy driver,
in real time, while this test steers every voice over OSC 30 times a second, as a gesture controller
would, and asks for /rave/status once a second. Its bar is a plain pyo client on a twin JACK server as
busy each period as the server's audio thread (tests/outside.py, `matched_pyo`).
"""
from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "control"))

from control_harness import Client  # noqa: E402
from outside import Listener, matched_pyo  # noqa: E402
from proctree import resident_kib  # noqa: E402
from ravebridge.witness import BareModel  # noqa: E402
from test_control_session import _wait_for_server, free_port, write  # noqa: E402

SECONDS = float(os.environ.get("RAVEBRIDGE_SOAK_SECONDS", "600"))
SETTLE = 20.0            # s of start-up (spare workers warming, caches filling) before the soak counts
#: late blocks the machine's stalls do not explain that the soak tolerates: one a minute. A fault of the
#: server (the audio thread waiting, a worker falling behind) makes blocks late all the time, hundreds a
#: minute. On the shared machines the tests run on, the demo model's compute time alone has a tail past
#: its 21.3 ms allowance with no stall seen (21.8 and 21.9 ms measured), a few times in ten minutes.
TOLERATED = max(1, int(SECONDS // 60))
BLOCK, PERIOD = 512, 256     # the demo model's block, and the test JACK server's period: a late block's silence


def test_four_voices_for_ten_minutes_keep_time_and_memory(jack_server, jackd_log, twin, machine, tmp_path):
    """Four voices under constant control for the soak length: after the start-up settles, an outside
    listener at the eight outputs hears no more silent periods and JACK xruns than a listener at eight
    outputs hears from a plain pyo client on a twin JACK server over the same minutes, a client whose
    audio thread is as busy each period as the server's, while a bare process decodes the same model
    block by block as nn~ would: what the machine, pyo and a model alone cost (tests/outside.py); no
    late block but where the machine
    itself stalled (tests/stalls.py) or, at most one a minute, where the compute time's tail on a shared
    machine reached the allowance (each reported as a warning); the server answers throughout, and
    resident memory (server plus workers) grows less than 5 %."""
    demo = Path(__file__).resolve().parents[1] / "models" / "demo.ts"
    voices = "".join(f"""
        [voices.v{i}]
        model = "{demo}"
        outputs = [{2 * i}, {2 * i + 1}]
        gain = 0.25
        """ for i in range(4))
    session = write(tmp_path, f"""
        [server]
        audio = "jack"
        jack_name = "rb-soak-{os.getpid()}"
        outputs = 8
        allowance = 4            # an installation's margin: a whole block (docs/installation.md)
        [regression]
        port = 0
        """ + voices)
    port = free_port()
    log = tmp_path / "server.log"     # a file, not a pipe: ten minutes of log must never block the server
    with open(log, "w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "ravebridge.cli", "serve", "--config", str(session),
                                 "--osc-port", str(port)], stdout=subprocess.DEVNULL, stderr=err)

    def late():
        """The server's own account of late blocks (docs/architecture.md), for a failure message."""
        return [line for line in log.read_text().splitlines() if "late block" in line]
    client = Client(port)
    rng = random.Random(7)
    tolerated: list[tuple[int, str]] = []       # (late blocks, what was seen)

    explained = []       # late blocks the machine's stalls explain: their silence is theirs, not the server's

    def account(xruns: int, since: float, when: str, status: list) -> None:
        """New xruns pass where the machine stalled; others are tolerated up to TOLERATED, each reported."""
        problem = machine.unexplained(xruns, since)
        if not problem:
            explained.append(xruns)
        else:
            tolerated.append((xruns, f"{problem} {when}: {late()[-3:]}"))
            warnings.warn(tolerated[-1][1])
            assert sum(n for n, _ in tolerated) <= TOLERATED, f"{[t for _, t in tolerated]} {status}"
    bare = None
    stack = contextlib.ExitStack()
    try:
        _wait_for_server(client, proc)
        time.sleep(5.0)         # the voices sound before the audio thread's load is matched
        plain, load, ours = stack.enter_context(matched_pyo(twin.server, f"matched-{os.getpid()}", 8, proc.pid))
        matched = stack.enter_context(contextlib.closing(Listener(plain.ports, server=twin.server)))
        ears = stack.enter_context(contextlib.closing(Listener(
            [f"rb-soak-{os.getpid()}:output_{i + 1}" for i in range(8)], jackd_log, twin=matched)))
        warnings.warn(f"the soak's audio thread ran {100 * ours:.1f} % of a CPU; the plain pyo client it is "
                      f"judged beside, {100 * load:.1f} %")
        start = time.monotonic()
        first = seen = None      # seen: the xruns counted once the start-up settled
        last_status = 0.0
        while (now := time.monotonic()) - start < SECONDS:
            assert proc.poll() is None, log.read_text()[-3000:]
            for i in range(4):
                client.send(f"/rave/v{i}/latent", *[rng.uniform(-2, 2) for _ in range(8)])
            if now - last_status >= 1.0:
                status = client.ask("/rave/status", timeout=10)[1]
                if first is None and now - start >= SETTLE:
                    first, seen = resident_kib(proc.pid), status[4]
                    bare = BareModel(str(demo))
                    ears.begin()
                if seen is not None and status[4] > seen:   # new: since the last report and a block before
                    account(status[4] - seen, last_status - 0.1, f"after {now - start:.0f} s", status)
                    seen = status[4]
                last_status = now
                # every latent was answered /done; keep none of them, as a patch would not
                failed = [(m.address, m.params) for m in client.kept if m.address != "/rave/done"]
                assert not failed, f"unexpected answers after {now - start:.0f} s: {failed[:5]}"
                client.kept.clear()
            time.sleep(1 / 30)
        assert first is not None, "the soak is shorter than its settling time"
        heard = ears.end()
        bare.close()
        client.silence(0.5)
        late_silence = (sum(explained) + sum(n for n, _ in tolerated)) * BLOCK // PERIOD
        ears.judge(heard, "four voices for the soak", late_silence=late_silence)
        status = client.ask("/rave/status", timeout=10)[1]
        last = resident_kib(proc.pid)
        account(status[4] - seen, last_status - 0.1, "at the end", status)
        assert status[2] == 4, status
        assert last < 1.05 * first, f"resident memory grew from {first} KiB to {last} KiB"
        client.done("/rave/quit")
        assert proc.wait(60) == 0
    finally:
        client.close()
        stack.close()
        if bare is not None:
            bare.close()
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()


if SECONDS < 2 * SETTLE:
    pytestmark = pytest.mark.skip(reason=f"RAVEBRIDGE_SOAK_SECONDS={SECONDS:g} is shorter than two settling times")
