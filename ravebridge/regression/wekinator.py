"""Wekinator's OSC protocol in front of a RegressionStage, so existing patches work unchanged.

Inputs arrive at ``/wek/inputs`` on UDP 6448, control messages at
``/wekinator/control/*`` (1-based output and input numbers), and while running
every input message sends ``/wek/outputs`` to 127.0.0.1:12000 together with
Wekinator's ``/wekinator/status/done-training``. Beyond Wekinator: integers
are accepted wherever numbers are; a bad or ill-timed message, or a datagram that is not OSC, is answered with
``/wekinator/status/error <address> <reason>`` (the address empty for a
datagram that is not OSC) and logged, the same error at most once a second; example counts, training progress, saves and loads are reported; an
OSC bundle is applied as one unit, at its timetag if that lies in the future.
Replies go to the output host and port, where Wekinator patches listen.

python-osc's servers send a handler's return value back to the sender: every
handler here returns None and replies explicitly.
"""
from __future__ import annotations

import heapq
import logging
import math
import threading
import time
from itertools import count

from pythonosc import osc_packet
from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import BlockingOSCUDPServer
from pythonosc.udp_client import SimpleUDPClient

from .learners import PARAMETERS, Algorithm
from .stage import RegressionStage, StageError

log = logging.getLogger(__name__)

ERROR_REPEAT = 1.0      # seconds before the same error is sent again
MAX_BUNDLE_DELAY = 60.0  # seconds: bundles timed further ahead are refused
ALGORITHM_PARAMETER = {"neural": "hidden", "polynomial": "degree", "knn": "k"}


class WekinatorServer:
    """Serve a stage over OSC; ``start()`` it, ``close()`` it (or use ``with``)."""

    def __init__(self, stage: RegressionStage, *, in_host: str = "0.0.0.0", in_port: int = 6448,
                 out_host: str = "127.0.0.1", out_port: int = 12000,
                 input_address: str = "/wek/inputs", output_address: str = "/wek/outputs",
                 control_prefix: str = "/wekinator/control/", status_prefix: str = "/wekinator/status/"):
        self.stage = stage
        self.input_address, self.output_address = input_address, output_address
        self.control_prefix, self.status_prefix = control_prefix, status_prefix
        self._server = _UDPServer((in_host, in_port), _PacketDispatcher(self))
        self.port = self._server.server_address[1]  # the real port when in_port is 0
        self._client = SimpleUDPClient(out_host, out_port)
        self._errors: dict[tuple[str, str], float] = {}
        self._handling = threading.Lock()  # one packet or bundle at a time (server and bundle threads)
        self._controls = _Controls(stage).handlers()
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="wekinator-osc", daemon=True)
        self._scheduler = _Scheduler(self.handle)
        stage.add_output_listener(self._send_outputs)
        stage.add_status_listener(self._send_status)

    def start(self) -> WekinatorServer:
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop listening (the stage stays open: close it separately)."""
        self.stage.remove_output_listener(self._send_outputs)
        self.stage.remove_status_listener(self._send_status)
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()
        self._scheduler.close()
        self._client.close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.close()

    # ---- receiving ----

    def packet(self, data: bytes) -> None:
        """Handle one datagram: messages due now as one unit, later ones at their time."""
        try:
            messages = osc_packet.OscPacket(data).messages
        except osc_packet.ParseError:
            self._error("", "not an OSC message or bundle: check the sender's OSC encoding")
            return
        now = time.time()
        due = [m.message for m in messages if m.time <= now]
        if due:
            self.handle(due)
        later = [m for m in messages if m.time > now]
        if later and later[-1].time - now > MAX_BUNDLE_DELAY:
            self._error(later[0].message.address, f"bundle timetag more than {MAX_BUNDLE_DELAY:g} s ahead")
        elif later:
            for when in sorted({m.time for m in later}):
                self._scheduler.at(when, [m.message for m in later if m.time == when])

    def handle(self, messages) -> None:
        with self._handling:
            for message in messages:
                self._dispatch(message.address, list(message.params))

    def _dispatch(self, address: str, args: list) -> None:
        try:
            if address == self.input_address:
                self.stage.process(args)
            elif address.startswith(self.control_prefix):
                handler = self._controls.get(address[len(self.control_prefix):])
                if handler is None:
                    raise StageError("unknown control message")
                handler(args)
        except StageError as e:
            self._error(address, str(e))
        except Exception as e:  # a bug must not silence the server
            log.exception("%s failed", address)
            self._error(address, f"internal error: {e!r}")

    # ---- sending ----

    def _send_outputs(self, values) -> None:
        self._send(self.output_address, [float(v) for v in values])

    def _send_status(self, kind: str, *args) -> None:
        if kind == "error":
            command, reason = args
            self._error(self.input_address if command == "inputs" else self.control_prefix + command, reason)
        else:
            self._send(self.status_prefix + kind, list(args))

    def _error(self, address: str, reason: str) -> None:
        now = time.monotonic()
        if now - self._errors.get((address, reason), -ERROR_REPEAT) < ERROR_REPEAT:
            return
        if len(self._errors) > 1000:  # forget errors older than the repeat delay
            self._errors = {k: t for k, t in self._errors.items() if now - t < ERROR_REPEAT}
        self._errors[(address, reason)] = now
        log.warning("%s: %s", address or "a packet", reason)
        self._send(self.status_prefix + "error", [address, reason])

    def _send(self, address: str, args: list) -> None:
        """Send to the output host; a network error must not stop the stage."""
        try:
            self._client.send_message(address, args)
        except OSError as e:
            log.warning("cannot send %s: %s", address, e)


class _UDPServer(BlockingOSCUDPServer):
    """python-osc's server, minus its silent filter: a datagram that is not OSC reaches `packet`, which answers it."""

    def verify_request(self, request, client_address) -> bool:
        return True


class _PacketDispatcher(Dispatcher):
    """Hands whole packets to the server, so that a bundle is handled as one unit."""

    def __init__(self, server: WekinatorServer):
        super().__init__()
        self._target = server

    def call_handlers_for_packet(self, data, client_address):
        self._target.packet(data)
        return []


class _Scheduler:
    """Runs timed bundles at their time, in time order, on one thread."""

    def __init__(self, run):
        self._run = run
        self._queue: list = []
        self._order = count()
        self._cv = threading.Condition()
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name="wekinator-bundles", daemon=True)
        self._thread.start()

    def at(self, when: float, messages) -> None:
        with self._cv:
            heapq.heappush(self._queue, (when, next(self._order), messages))
            self._cv.notify()

    def close(self) -> None:
        with self._cv:
            self._closed = True
            self._cv.notify()
        self._thread.join()

    def _loop(self) -> None:
        while True:
            with self._cv:
                while not self._closed and (not self._queue or self._queue[0][0] > time.time()):
                    self._cv.wait(None if not self._queue else self._queue[0][0] - time.time())
                if self._closed:
                    return
                _, _, messages = heapq.heappop(self._queue)
            self._run(messages)


class _Controls:
    """The /wekinator/control/* messages: argument checks, then the stage."""

    def __init__(self, stage: RegressionStage):
        self.stage = stage

    def handlers(self) -> dict:
        s = self.stage
        simple = {"startRecording": s.start_recording, "stopRecording": s.stop_recording, "train": s.train,
                  "cancelTrain": s.cancel_training, "startRunning": s.start_running,
                  "stopRunning": s.stop_running, "deleteAllExamples": s.delete_all_examples,
                  "stopDtwRecording": self._dtw, "enablePerformanceMode": lambda: None,
                  "disablePerformanceMode": lambda: None}
        handlers = {name: self._no_arguments(fn) for name, fn in simple.items()}
        handlers.update(
            startDtwRecording=lambda args: self._dtw(),
            deleteExamplesForOutput=lambda args: s.delete_examples(*self._outputs(args, exactly=1)),
            enableModelRecording=lambda args: s.set_enabled("record", self._outputs(args), True),
            disableModelRecording=lambda args: s.set_enabled("record", self._outputs(args), False),
            enableModelRunning=lambda args: s.set_enabled("run", self._outputs(args), True),
            disableModelRunning=lambda args: s.set_enabled("run", self._outputs(args), False),
            setInputNames=lambda args: s.set_input_names(_strings(args)),
            setOutputNames=lambda args: s.set_output_names(_strings(args)),
            selectInputsForOutput=self._select_inputs,
            outputs=lambda args: s.set_targets(_numbers(args)),
            saveModelToFile=self._save_model, loadModelFromFile=self._load_model,
            runNewProject=self._run_new_project,
            saveProject=lambda args: s.save(*_strings(args, exactly=1)),
            loadProject=lambda args: s.load(*_strings(args, exactly=1)),
            setOutputLimits=self._set_limits, setAlgorithm=self._set_algorithm,
            setSmoothing=self._set_smoothing)
        return handlers

    @staticmethod
    def _no_arguments(fn):
        def handler(args):
            if args:
                raise StageError("takes no arguments")
            fn()
        return handler

    @staticmethod
    def _dtw():
        raise StageError("dynamic time warping is not supported (ravebridge does regression only)")

    def _outputs(self, args, exactly: int | None = None) -> list[int]:
        """1-based output numbers -> 0-based, checked."""
        if not args or (exactly is not None and len(args) != exactly):
            raise StageError(f"expects {exactly or 'one or more'} output number(s)")
        n = self.stage.n_outputs or 0
        numbers = [_integer(a, "output numbers") for a in args]
        if any(not 1 <= j <= n for j in numbers):
            raise StageError(f"output numbers must be between 1 and {n}")
        return [j - 1 for j in numbers]

    def _select_inputs(self, args) -> None:
        if len(args) < 2:
            raise StageError("expects an output number then one or more input numbers")
        (j,) = self._outputs(args[:1])
        self.stage.select_inputs(j, [_integer(a, "input numbers") - 1 for a in args[1:]])

    def _save_model(self, args) -> None:
        if len(args) != 2:
            raise StageError("expects an output number and a file path")
        (j,) = self._outputs(args[:1])
        self.stage.save_output(j, *_strings(args[1:]))

    def _load_model(self, args) -> None:
        if len(args) not in (2, 3):
            raise StageError("expects an output number, a file path and optionally WITHDATA or WITHOUTDATA")
        (j,) = self._outputs(args[:1])
        path, *mode = _strings(args[1:])
        if mode and mode[0].upper() not in ("WITHDATA", "WITHOUTDATA"):
            raise StageError("the third argument must be WITHDATA or WITHOUTDATA")
        self.stage.load_output(j, path, with_data=not mode or mode[0].upper() == "WITHDATA")

    def _run_new_project(self, args) -> None:
        if len(args) not in (1, 2):
            raise StageError("expects a project path and optionally CLOSECURRENT, STOPCURRENTLISTENING "
                             "or KEEPCURRENTRUNNING")
        path, *mode = _strings(args)
        if mode and mode[0].upper() not in ("CLOSECURRENT", "STOPCURRENTLISTENING", "KEEPCURRENTRUNNING"):
            raise StageError(f"unknown option {mode[0]!r}")
        self.stage.load(path)  # one project per stage: every option replaces the current one
        if mode and mode[0].upper() == "KEEPCURRENTRUNNING":
            self.stage.start_running()

    def _set_limits(self, args) -> None:
        if len(args) not in (3, 4, 5):
            raise StageError("expects output, min, max, optionally REAL|INTEGER and SOFT|HARD")
        (j,) = self._outputs(args[:1])
        low, high = _numbers(args[1:3])
        changes = {"min": low, "max": high}
        for word in _strings(args[3:]) if len(args) > 3 else []:
            key = {"REAL": ("integer", False), "INTEGER": ("integer", True),
                   "SOFT": ("hard", False), "HARD": ("hard", True)}.get(word.upper())
            if key is None:
                raise StageError(f"unknown option {word!r} (REAL, INTEGER, SOFT or HARD)")
            changes[key[0]] = key[1]
        self.stage.set_output(j, **changes)

    def _set_algorithm(self, args) -> None:
        if len(args) not in (2, 3):
            raise StageError(f"expects output, algorithm ({', '.join(PARAMETERS)}) and optionally its "
                             "parameter (hidden nodes, degree or k)")
        (j,) = self._outputs(args[:1])
        (name,) = _strings(args[1:2])
        name = name.lower()
        if name not in PARAMETERS:
            raise StageError(f"unknown algorithm {name!r} (use {', '.join(PARAMETERS)})")
        params = {}
        if len(args) == 3:
            if name not in ALGORITHM_PARAMETER:
                raise StageError(f"{name} takes no parameter")
            params[ALGORITHM_PARAMETER[name]] = _integer(args[2], "the parameter")
        try:
            algorithm = Algorithm(name, **params)
        except ValueError as e:
            raise StageError(str(e)) from None
        self.stage.set_output(j, algorithm=algorithm)

    def _set_smoothing(self, args) -> None:
        if len(args) != 2:
            raise StageError("expects an output number (0 for all) and a time constant in seconds")
        (seconds,) = _numbers(args[1:])
        if _integer(args[0], "the output number") == 0:
            outputs = range(self.stage.n_outputs or 0)
        else:
            outputs = self._outputs(args[:1])
        for j in outputs:
            self.stage.set_output(j, smoothing=seconds)


def _numbers(args) -> list[float]:
    if not args or not all(_is_number(a) and math.isfinite(a) for a in args):
        raise StageError("expects finite numbers (int or float)")
    return [float(a) for a in args]


def _integer(value, what: str) -> int:
    if not _is_number(value) or not float(value).is_integer():
        raise StageError(f"{what} must be whole numbers")
    return int(value)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _strings(args, exactly: int | None = None) -> list[str]:
    if not args or (exactly is not None and len(args) != exactly) or not all(isinstance(a, str) for a in args):
        raise StageError(f"expects {exactly or 'one or more'} string argument(s)")
    return list(args)
