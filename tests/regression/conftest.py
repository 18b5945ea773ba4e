"""Fixtures for the regression stage tests: real UDP sockets on ephemeral ports.

Every wait is bounded by a timeout; no test asserts on elapsed time.
"""
from __future__ import annotations

import queue
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
        dispatcher = Dispatcher()
        dispatcher.set_default_handler(lambda address, *args: self.messages.put((address, args)))
        self.server = BlockingOSCUDPServer(("127.0.0.1", 0), dispatcher)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

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
