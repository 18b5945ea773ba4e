"""JACK for installations: checked client and port names, and a session's connections kept; docs/jack.md.

The JACK-Client library (libjack through cffi) is imported only when JACK is
used, so offline rendering and `ravebridge check` work without libjack.
"""
from __future__ import annotations

import logging
import threading
import time

from .engine.priority import outrank_workers

log = logging.getLogger("ravebridge.jack")

#: JACK allows 64 bytes for a client name; ravebridge also opens NAME-midi, NAME-keeper and NAME-xruns
CLIENT_NAME_BYTES = 64 - len("-keeper")
#: JACK allows 255 bytes for a port's short name
PORT_NAME_BYTES = 255
#: seconds between checks of the kept connections, besides the checks JACK's port events trigger
KEEP_INTERVAL = 1.0
MADE, FOUND = "made", "connected"
REFUSED = "JACK refused the connection (a MIDI port?)"


def check_client_name(name: str) -> str:
    """`name` if JACK can register it exactly; ValueError says why not."""
    if not isinstance(name, str) or not name:
        raise ValueError(f"must be a non-empty string, got {name!r}")
    if ":" in name or not name.isprintable():
        raise ValueError(f"{name!r}: a JACK client name has no colon and no control characters")
    if len(name.encode()) > CLIENT_NAME_BYTES:
        raise ValueError(f"{name!r}: a JACK client name here has at most {CLIENT_NAME_BYTES} bytes")
    return name


def check_port_names(names, channels: int, kind: str) -> list[str]:
    """One distinct, valid JACK port name per channel; ValueError says what is wrong.

    A colon is refused because a connection's port without one is this client's own (`output_1`).
    """
    if not isinstance(names, (list, tuple)):
        raise ValueError(f"must be a list of names, got {names!r}")
    if len(names) != channels:
        raise ValueError(f"{len(names)} name{'s' if len(names) != 1 else ''} for {channels} {kind} "
                         f"(one per channel)")
    for i, name in enumerate(names):
        if not isinstance(name, str) or not name or ":" in name or not name.isprintable():
            raise ValueError(f"item {i}: {name!r}: a port name is a non-empty string without colons "
                             f"or control characters")
        if len(name.encode()) > PORT_NAME_BYTES:
            raise ValueError(f"item {i}: a JACK port name has at most {PORT_NAME_BYTES} bytes")
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ValueError(f"{', '.join(map(repr, twice))} given twice: every port needs its own name")
    return list(names)


def check_name_free(name: str) -> None:
    """Fail (one line) unless a JACK server runs and no client is called `name`.

    JACK would quietly rename a second client to NAME-01, and every connection
    naming NAME would then reach the first one.
    """
    jack = _library()
    try:
        probe = jack.Client(name, no_start_server=True)
    except jack.JackOpenError as exc:
        if exc.status.server_failed:
            raise RuntimeError("no JACK server is running (start jackd first; $JACK_DEFAULT_SERVER "
                               "chooses a server other than the default one)") from None
        raise RuntimeError(f"JACK refused a client named {name!r}: {exc.status}") from None
    try:
        if probe.status.name_not_unique:
            raise RuntimeError(f"the JACK client name {name!r} is taken (another ravebridge?): "
                               f"choose another with --jack-name or [server] jack_name")
    finally:
        probe.close()


def _library():
    try:
        import jack
    except OSError as exc:   # the Python package is there, libjack is not
        raise RuntimeError(f"JACK's library is missing ({exc}): install JACK") from None
    return jack


class XrunWatch:
    """JACK's own xruns, as every client of the server hears of them: a port-less client (NAME-xruns).

    The engine's late blocks are model blocks not computed in time; an xrun
    is a JACK period some client (ravebridge's audio thread among them) did
    not finish in time, heard as a click whoever caused it. The callback
    runs on JACK's notification thread, which takes the GIL: it first raises
    that thread above the workers (engine.priority).
    """

    def __init__(self, client_name: str):
        self.count = 0
        self._client = _library().Client(f"{client_name}-xruns", no_start_server=True)
        self._client.set_xrun_callback(self._xrun)
        self._client.activate()

    def _xrun(self, delayed_usecs: float) -> None:
        outrank_workers()
        self.count += 1

    def close(self) -> None:
        if self._client is not None:
            self._client.deactivate()
            self._client.close()
            self._client = None


class ConnectionKeeper:
    """Makes a session's JACK connections once the server runs, and again whenever one is missing.

    A peer that restarts (a desk's software, another ravebridge) is wired again
    within a second, with no patchbay. The keeper is a port-less JACK client of
    its own (NAME-keeper), so the audio client is never touched. JACK's port
    events only wake its thread (JACK forbids server calls from its callbacks).
    A check every second besides catches what events do not: ports registered
    before their client activated (JACK refuses to connect those) and listed
    connections undone by hand. Each change of a connection's state is logged
    once, so a peer that stays away does not fill the log.
    """

    def __init__(self, client_name: str, connections: list[tuple[str, str]]):
        self.name = client_name
        self.pairs = [(f"server.connections[{i}]", *(p if ":" in p else f"{client_name}:{p}" for p in pair))
                      for i, pair in enumerate(connections)]
        self._logged: dict[str, str] = {}     # label -> the last outcome logged
        self._refused: dict[str, float] = {}   # label -> since when JACK refuses it
        self._made: set[str] = set()        # labels connected at least once (the next time is a reconnection)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._client = self._thread = None

    def start(self) -> ConnectionKeeper:
        jack = _library()
        self._client = jack.Client(f"{self.name}-keeper", no_start_server=True)
        self._client.set_port_registration_callback(self._poke, only_available=False)
        self._client.set_port_rename_callback(self._poke)
        self._client.set_shutdown_callback(self._server_gone)
        self._client.activate()
        self._thread = threading.Thread(target=self._run, name="jack-keeper", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join()
        if self._client is not None:
            self._client.deactivate()
            self._client.close()
            self._client = None

    def _poke(self, *_) -> None:
        outrank_workers()      # JACK's notification thread holds the GIL here (engine.priority)
        self._wake.set()

    def _server_gone(self, status, reason) -> None:
        log.warning("JACK server stopped (%s): connections are no longer kept", reason)
        self._stop.set()
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            self.keep()
            self._wake.wait(KEEP_INTERVAL)

    def keep(self) -> None:
        """One pass: make every listed connection that is missing and can be made; log what changed.

        A refusal is logged only once it has lasted a second: JACK also refuses the
        ports of a client that is starting or stopping, for a moment.
        """
        for label, a, b in self.pairs:
            outcome = self._connect(a, b)
            if outcome != REFUSED:
                self._refused.pop(label, None)
            elif time.monotonic() - self._refused.setdefault(label, time.monotonic()) < KEEP_INTERVAL:
                continue
            if outcome in (MADE, FOUND):
                if outcome == MADE or self._logged.get(label) != FOUND:
                    log.info("%s: %s -> %s %s", label, a, b, "reconnected" if label in self._made else "connected")
                    self._made.add(label)
                self._logged[label] = FOUND
            elif outcome != self._logged.get(label):
                log.warning("%s: %s -> %s: %s", label, a, b, outcome)
                self._logged[label] = outcome

    def _connect(self, a: str, b: str) -> str:
        """MADE, FOUND (connected already), or why not."""
        from jack import JackError
        ports = []
        for name in (a, b):
            try:
                ports.append(self._client.get_port_by_name(name))
            except JackError:
                return f"no port {name}: connected when it appears"
        if not ports[0].is_output:
            return f"{a} is not an output (a connection is [from output, to input])"
        if not ports[1].is_input:
            return f"{b} is not an input (a connection is [from output, to input])"
        if ports[1] in self._client.get_all_connections(ports[0]):
            return FOUND
        try:
            self._client.connect(*ports)
        except JackError:
            return REFUSED
        return MADE
