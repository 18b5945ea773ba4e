"""Fixtures for the regression stage tests: real UDP sockets on ephemeral ports,
and a Wekinator project folder as Wekinator 2 writes them.

Every wait is bounded by a timeout; no test asserts on elapsed time.
"""
from __future__ import annotations

import queue
import selectors
import subprocess
import threading
import time

import pytest
from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import BlockingOSCUDPServer
from pythonosc.udp_client import SimpleUDPClient

from ravebridge.regression import RegressionStage, WekinatorServer

TIMEOUT = 30.0


class Listener:
    """A Wekinator output patch: an OSC server collecting whatever it receives."""

    def __init__(self):
        self.messages: queue.Queue = queue.Queue()
        self.history: list = []
        dispatcher = Dispatcher()
        dispatcher.set_default_handler(self._receive)
        self.server = BlockingOSCUDPServer(("127.0.0.1", 0), dispatcher)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    def _receive(self, address, *args):
        self.history.append((address, args))
        self.messages.put((address, args))

    def errors(self) -> list:
        """Every error received so far, except those provoked by Served.sync()."""
        return [args for address, args in self.history
                if address == "/wekinator/status/error" and not args[0].startswith("/wekinator/control/sync")]

    def wait(self, address: str, where=lambda args: True, timeout: float = TIMEOUT):
        """The arguments of the first message at ``address`` satisfying ``where``."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {address} message within {timeout} s")
            try:
                got, args = self.messages.get(timeout=remaining)
            except queue.Empty:
                continue
            if got == address and where(args):
                return args

    def drain(self) -> list:
        out = []
        while True:
            try:
                out.append(self.messages.get_nowait())
            except queue.Empty:
                return out

    def close(self):
        self.server.shutdown()
        self.thread.join()
        self.server.server_close()


ARFF = """% written by Wekinator
@relation dataset

@attribute ID numeric
@attribute Time date 'yyyy/MM/dd HH:mm:ss:SSS'
@attribute 'Training round' numeric
@attribute tether-x numeric
@attribute tether-y numeric
@attribute tether-z numeric
@attribute cutoff numeric
@attribute pad {0,1,2,3}

@data
1,'2024/01/01 10:00:00:000',1,0.1,0.2,0.3,10,1
2,'2024/01/01 10:00:00:010',1,0.4,0.5,0.6,?,2
% a comment between rows
3,'2024/01/01 10:00:00:020',1,0.7,0.8,0.9,90,?
4,'2024/01/01 10:00:00:030',1,?,0.8,0.9,90,3
5,'2024/01/01 10:00:00:040',2,1,1,1,?,?
this line is damaged
"""

INPUTS = """<?xml version="1.0"?>
<OSCInputGroup>
  <oscMessage>/wek/inputs</oscMessage>
  <numInputs>3</numInputs>
  <groupName>Inputs</groupName>
  <inputNames><string>tether-x</string><string>tether-y</string><string>tether-z</string></inputNames>
</OSCInputGroup>
"""

OUTPUTS = """<?xml version="1.0"?>
<OSCOutputGroup>
  <oscMessage>/wek/outputs</oscMessage>
  <hostName>localhost</hostName>
  <outputPort>12000</outputPort>
  <outputs class="linked-list">
    <wekimini.osc.OSCNumericOutput>
      <name>cutoff</name><min>0.0</min><max>100.0</max>
      <outputType>INTEGER</outputType><limitType>HARD</limitType>
    </wekimini.osc.OSCNumericOutput>
    <wekimini.osc.OSCClassificationOutput>
      <name>pad</name><numClasses>3</numClasses>
    </wekimini.osc.OSCClassificationOutput>
  </outputs>
</OSCOutputGroup>
"""


@pytest.fixture
def wekinator_project(tmp_path):
    """A Wekinator project: 3 inputs; an integer hard output and a 3-class classifier."""
    folder = tmp_path / "Tether"
    (folder / "current" / "models").mkdir(parents=True)
    (folder / "Tether.wekproj").write_text("<WekinatorFileData><projectName>Tether</projectName></WekinatorFileData>")
    (folder / "inputConfig.xml").write_text(INPUTS)
    (folder / "outputConfig.xml").write_text(OUTPUTS)
    (folder / "current" / "currentData.arff").write_text(ARFF)
    return folder


def _read_line(proc: subprocess.Popen, timeout: float = 60.0) -> str:
    """The next stdout line of a child process, or fail after ``timeout``."""
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        if not sel.select(timeout):
            proc.kill()
            raise AssertionError(f"child said nothing for {timeout} s: {proc.stderr.read()}")
    line = proc.stdout.readline()
    if not line:
        raise AssertionError(f"child exited: {proc.stderr.read()}")
    return line.strip()


@pytest.fixture
def read_line():
    """Read a child's next stdout line, bounded in time."""
    return _read_line


@pytest.fixture
def listener():
    lst = Listener()
    yield lst
    lst.close()


class Served:
    """A stage behind a WekinatorServer, a client sending to it, and a listener."""

    def __init__(self, listener: Listener, **stage_options):
        self.listener = listener
        self.stage = RegressionStage(**stage_options)
        self.server = WekinatorServer(self.stage, in_host="127.0.0.1", in_port=0,
                                      out_port=listener.port).start()
        self.client = SimpleUDPClient("127.0.0.1", self.server.port)
        self._syncs = 0

    def send(self, address: str, *args):
        self.client.send_message(address, list(args))

    def control(self, name: str, *args):
        self.send("/wekinator/control/" + name, *args)

    def sync(self):
        """Wait until the stage has handled everything sent so far (an error round trip).

        Each sync uses a new name: the server repeats an identical error only after a second.
        """
        self._syncs += 1
        name = f"/wekinator/control/sync{self._syncs}"
        self.send(name)
        self.listener.wait("/wekinator/status/error", lambda a: a[0] == name)

    def error_for(self, name: str, timeout: float = TIMEOUT) -> str:
        """The reason of the next error about control message ``name``."""
        args = self.listener.wait("/wekinator/status/error",
                                  lambda a: a[0] == "/wekinator/control/" + name, timeout)
        return args[1]

    def close(self):
        self.server.close()
        self.client.close()
        self.stage.close()


@pytest.fixture
def served(listener):
    """A default stage (training in worker processes) served on an ephemeral port."""
    s = Served(listener)
    yield s
    s.close()


@pytest.fixture
def served_inline(listener):
    """A served stage that trains inline (fast tests of the protocol itself)."""
    s = Served(listener, workers=0)
    yield s
    s.close()
