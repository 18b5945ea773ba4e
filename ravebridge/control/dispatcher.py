"""The one dispatcher behind every way of controlling ravebridge: OSC, MIDI, session files, Python.

`submit(command)` checks a `Command` (its signature first, then against the rack:
does the voice exist, is the index in range), runs it and returns a Future
that always resolves to a `Reply`, never to an exception. Quick commands
run on the caller's thread and are resolved on return. Commands that wait
on a model (loading, attributes) are checked on the caller's thread, then
run on a small thread pool and resolve when done.

With a sample time `at` (from an OSC bundle's time tag), a timed command is
checked and answered on arrival and takes effect at the buffer holding `at`
(`Engine.at`). A scheduled change whose voice has gone or changed size by
then is dropped.

Commands to a voice that `/rave/voice/new` is still creating wait behind it,
as scsynth's completion messages do: they run in their order once the voice
exists (after its `/rave/done`), or fail with the creation's reason. So a
client may send a voice's settings with its creation.
"""
from __future__ import annotations

import dataclasses
import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable

from ..rack import Rack, RackError
from ..recording import RecordingError
from .commands import SIGNATURES, Call, Command, CommandError, parse

log = logging.getLogger("ravebridge.control")

DONE, FAIL = "/rave/done", "/rave/fail"
MAX_SUBSCRIBERS = 64
MAX_WAITING = 1024         # commands held behind one voice's creation


@dataclasses.dataclass(frozen=True)
class Reply:
    """An answer as an OSC message: `/rave/done <command> ...`, `/rave/fail <command> <reason>` or a `.reply`."""

    address: str
    args: tuple = ()
    #: the audio clock the change counts from, where that is not the next buffer (a new voice's fade-in)
    effective: int | None = dataclasses.field(default=None, compare=False)

    @property
    def ok(self) -> bool:
        return self.address != FAIL

    @property
    def reason(self) -> str | None:
        return None if self.ok else self.args[1]

    @classmethod
    def done(cls, command: str, *args) -> "Reply":
        return cls(DONE, (command, *args))

    @classmethod
    def fail(cls, command, reason: str) -> "Reply":
        return cls(FAIL, (str(command), reason))


class Dispatcher:
    """Runs commands against a rack; `midi` (a `Midi`) is attached when MIDI is on."""

    def __init__(self, rack: Rack, *, on_quit: Callable[[], None] | None = None, workers: int = 4):
        self.rack = rack
        self.midi = None
        self.router = None                # a routing.Router when a regression stage runs in this server
        self.snapshots = None             # a snapshot.Keeper when the server keeps its state in a file
        self.recorder = None              # a recording.Recorder where the server may record its output
        #: called as journal(sample, command) for each command that changed what plays, with the audio clock
        #: of the buffer where it took effect (a recording's score), on the thread that ran it
        self.journal: Callable[[int, Command], None] | None = None
        self.on_quit = on_quit
        self.subscribers: dict = {}       # reply addresses that asked for /rave/notify 1, oldest first
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="ravebridge-command")
        self._waiting: dict[str, list] = {}   # voice being created -> [(call, origin, at, future)], in order
        self._waiting_lock = threading.Lock()
        # the table names each command's handler: a command without one stops the server at start, not later
        self._handlers = {key: getattr(self, "_" + s.handler) for key, s in SIGNATURES.items()}

    def submit(self, command: Command, *, origin=None, at: int | None = None) -> Future:
        """Run `command`; the Future resolves to its Reply. `origin` is the sender (for notify).

        It runs between audio buffers: where the next one is due within a millisecond, after it has begun."""
        self.rack.engine.between_buffers()
        result = _guard(command.address, lambda: self._run(parse(command), origin, at))
        if isinstance(result, Future):
            return result
        future: Future = Future()
        future.set_result(result)
        return future

    def call(self, command: Command, timeout: float | None = None) -> Reply:
        """Run `command` and wait for its reply (the Python API)."""
        return self.submit(command).result(timeout)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _run(self, call: Call, origin, at):
        target = _target(call)
        if target is not None:
            with self._waiting_lock:
                waiting = self._waiting.get(target)
                if waiting is not None:
                    if len(waiting) >= MAX_WAITING:
                        raise CommandError(f"voice {target} is still being created and {MAX_WAITING} commands "
                                           "wait for it already: wait for its /rave/done")
                    future: Future = Future()
                    waiting.append((call, origin, at, future))
                    return future
        return self._now(call, origin, at)

    def _now(self, call: Call, origin, at):
        voice = self.rack.voice(call.voice) if call.voice is not None else None
        result = self._handlers[(call.signature.per_voice, call.signature.verb)](call, voice, origin, at)
        if call.signature.sounding and self.journal is not None:
            if isinstance(result, Future):
                result.add_done_callback(lambda done: self._journal(call.command, at, done.result()))
            else:
                self._journal(call.command, at, result)
        return result

    def _journal(self, command: Command, at: int | None, reply: Reply) -> None:
        """Tell the journal of a command that took effect: at its time, or where its reply says its change
        counts from, or (immediate) at the next buffer the server computes."""
        journal = self.journal
        if journal is not None and reply.ok:
            now = self.rack.engine.time if reply.effective is None else reply.effective
            journal(now if at is None else max(at, now), command)

    def _release(self, name: str, failure: str | None) -> None:
        """Run the commands that waited for voice `name`, in order, or fail them with the creation's reason."""
        if failure is not None:
            with self._waiting_lock:
                waiting = self._waiting.pop(name)
            for call, _, _, future in waiting:
                future.set_result(Reply.fail(call.command.address, failure))
            return
        while True:    # commands that arrive meanwhile still wait, behind these
            with self._waiting_lock:
                waiting = self._waiting[name]
                if not waiting:
                    del self._waiting[name]
                    return
                call, origin, at, future = waiting.pop(0)
            result = _guard(call.command.address, lambda: self._now(call, origin, at))
            if isinstance(result, Future):
                result.add_done_callback(lambda done, future=future: future.set_result(done.result()))
            else:
                future.set_result(result)

    def _later(self, address: str, work: Callable[[], "Reply"], then: Callable[[Reply], None] | None = None) \
            -> Future:
        """Run slow work on the pool; the Future resolves to its Reply or to the failure, then `then(reply)` runs."""
        future: Future = Future()

        def run() -> None:
            reply = _guard(address, work)
            future.set_result(reply)
            if then is not None:
                then(reply)
        self._pool.submit(run)
        return future

    def _apply(self, at: int | None, change: Callable[[], None]) -> None:
        """Now, or at sample time `at` on the audio thread."""
        if at is None:
            change()
        else:
            self.rack.engine.at(at, lambda: _quietly(change))

    # ---- server ----
    def _status(self, call, voice, origin, at):
        s = self.rack.status()
        pairs = [x for name, latency in s["voices"] for x in (name, int(latency))]
        return Reply("/rave/status.reply", (s["sample_rate"], s["buffer"], len(s["voices"]), float(s["cpu"]),
                                            int(s["xruns"]), int(s["jack_xruns"]), *pairs))

    def _voice_new(self, call, voice, origin, at):
        name, model, method, first = (*call.args, None, None)[:4]
        load = self.rack.adder(name, model, method or "decode", input=first)
        with self._waiting_lock:
            self._waiting[name] = []
        def create() -> Reply:
            entry = load()
            return dataclasses.replace(Reply.done(call.command.address, name, int(entry.voice.latency)),
                                       effective=entry.began)
        return self._later(call.command.address, create,
                           lambda reply: self._release(name, None if reply.ok else
                                                       f"voice {name} was not created: {reply.reason}"))

    def _voice_free(self, call, voice, origin, at):
        self.rack.remove(call.args[0], at)
        return Reply.done(call.command.address, call.args[0])

    def _voice_list(self, call, voice, origin, at):
        rows = [x for v in self.rack.voices() for x in (v.name, self.rack.model_name(v.model), v.method)]
        return Reply("/rave/voice/list.reply", tuple(rows))

    def _notify(self, call, voice, origin, at):
        if origin is None:
            raise CommandError("notify needs a reply address: send it over OSC")
        self.subscribers.pop(origin, None)
        if call.args[0]:     # patches that restart subscribe from new ports: the oldest are dropped
            self.subscribers[origin] = None
            while len(self.subscribers) > MAX_SUBSCRIBERS:
                del self.subscribers[next(iter(self.subscribers))]
        return Reply.done(call.command.address)

    def _midi_learn(self, call, voice, origin, at):
        learned = self._need_midi().learn(*call.args)
        future: Future = Future()

        def resolve(f: Future) -> None:
            error = f.exception()
            future.set_result(Reply.fail(call.command.address, str(error)) if error
                              else Reply.done(call.command.address, *f.result()))
        learned.add_done_callback(resolve)
        return future

    def _midi_list(self, call, voice, origin, at):
        return Reply.done(call.command.address, *self._need_midi().describe())

    def _midi_clear(self, call, voice, origin, at):
        self._need_midi().clear()
        return Reply.done(call.command.address)

    def _need_midi(self):
        if self.midi is None:
            raise CommandError("MIDI is off: add a [midi] section with inputs to the session")
        return self.midi

    def _need_router(self):
        if self.router is None:
            raise RackError("no regression stage runs in this server (start it with `ravebridge serve`)")
        return self.router

    def _wek_route(self, call, voice, origin, at):
        from .routing import Route
        output, count, name, param, *index = call.args
        self._need_router().add(Route(output, count, name, param, index[0] if index else 0))
        return Reply.done(call.command.address)

    def _wek_unroute(self, call, voice, origin, at):
        return Reply.done(call.command.address, self._need_router().remove(call.args[0] if call.args else None))

    def _wek_routes(self, call, voice, origin, at):
        return Reply.done(call.command.address, *[x for r in self._need_router().routes for x in r.to_list()])

    def _master_gain(self, call, voice, origin, at):
        gain = _linear(call)
        self._apply(at, lambda: self.rack.master.set_gain(gain))
        return Reply.done(call.command.address)

    def _master_limit(self, call, voice, origin, at):
        self._apply(at, lambda: self.rack.master.set_limiter(*call.args))
        return Reply.done(call.command.address)

    def _master_get(self, call, voice, origin, at):
        m = self.rack.master.state()
        return Reply.done(call.command.address, float(m["gain"]), int(m["limiter"]), float(m["ceiling_db"]),
                          max(float(m["reduction_db"]), -120.0), len(m["peaks_out"]), *map(float, m["peaks_out"]))

    def _snapshot(self, call, voice, origin, at):
        if self.snapshots is None:
            raise CommandError("no state file: start the server with --state FILE")
        return self._later(call.command.address, lambda: _saved(call.command.address, self.snapshots))

    def _record_start(self, call, voice, origin, at):
        path, *channels = call.args or (None,)
        return Reply.done(call.command.address, self._need_recorder().start(path, channels))

    def _record_stop(self, call, voice, origin, at):
        status = self._need_recorder().stop()
        return Reply.done(call.command.address, status.path, float(status.seconds))

    def _record_status(self, call, voice, origin, at):
        s = self._need_recorder().status()
        return Reply.done(call.command.address, int(s.recording), s.path, float(s.seconds), float(s.free_bytes),
                          s.stopped)

    def _need_recorder(self):
        if self.recorder is None:
            raise CommandError("this server does not record (an offline render writes its own file)")
        return self.recorder

    def _quit(self, call, voice, origin, at):
        if self.on_quit is not None:
            self.on_quit()
        return Reply.done(call.command.address)

    # ---- voices ----
    def _latent(self, call, voice, origin, at):
        values = voice.check_latents(call.args)
        self._apply(at, lambda: voice.set_latents(values))
        return Reply.done(call.command.address)

    def _indexed(self, call, voice, origin, at):
        index, value = call.args
        if call.signature.verb == "dim":
            voice.check_value(index, value)
        else:
            voice.check_index(index)
        setter = getattr(voice, {"dim": "set_latent", "bias": "set_bias", "scale": "set_scale"}[call.signature.verb])
        self._apply(at, lambda: setter(index, value))
        return Reply.done(call.command.address)

    def _smooth(self, call, voice, origin, at):
        self._apply(at, lambda: voice.set_smooth(call.args[0]))
        return Reply.done(call.command.address)

    def _gain(self, call, voice, origin, at):
        gain = _linear(call)
        self._apply(at, lambda: voice.set_gain(gain))
        return Reply.done(call.command.address)

    def _pan(self, call, voice, origin, at):
        position = call.args[0] if call.args else None
        self._apply(at, lambda: voice.set_pan(position))
        return Reply.done(call.command.address)

    def _follow(self, call, voice, origin, at):
        source = call.args[0] if call.args else None
        if source is not None:     # checked now, so a mistake is answered
            voice.check_follow(source)
        self._apply(at, lambda: voice.follow(source))
        return Reply.done(call.command.address)

    def _feature(self, call, voice, origin, at):
        index, kind, channel = (*call.args, 0)[:3]
        source = voice.make_feature(index, kind, channel)      # pyo objects: made here, never on the audio thread
        self._apply(at, lambda: voice.set_feature(index, kind, channel, source))
        return Reply.done(call.command.address)

    def _notes(self, call, voice, origin, at):
        self._need_midi()
        pitch, loudness, channel = (*call.args, 0)[:3]
        notes = voice.make_notes(pitch, loudness, channel)
        self._apply(at, lambda: voice.set_notes(pitch, loudness, notes))
        return Reply.done(call.command.address)

    def _notes_off(self, call, voice, origin, at):
        self._apply(at, lambda: voice.set_notes(0, 0, None))
        return Reply.done(call.command.address)

    def _solo(self, call, voice, origin, at):
        self._apply(at, lambda: voice.set_solo(call.args[0]))
        return Reply.done(call.command.address)

    def _mute(self, call, voice, origin, at):
        self._apply(at, lambda: voice.set_mute(call.args[0]))
        return Reply.done(call.command.address)

    def _out(self, call, voice, origin, at):
        channels = self.rack.check_outputs(call.args)
        self._apply(at, lambda: voice.route(channels))
        return Reply.done(call.command.address)

    def _attr_set(self, call, voice, origin, at):
        name, *values = call.args
        voice.check_attribute(name)
        return self._later(call.command.address, lambda: Reply.done(
            call.command.address, name, *_osc_values(voice.set_attribute(name, values))))

    def _attr_get(self, call, voice, origin, at):
        name = call.args[0]
        types = voice.check_attribute(name)
        return self._later(call.command.address, lambda: Reply.done(
            call.command.address, name, *_osc_values(voice.get_attribute(name)), *types))

    def _attr_list(self, call, voice, origin, at):
        pairs = [x for name, a in voice.attributes.items() for x in (name, ",".join(a["types"]))]
        return Reply.done(call.command.address, *pairs)

    def _load(self, call, voice, origin, at):
        model, method = (*call.args, None)[:2]
        swap = self.rack.swapper(voice.name, model, method, at)
        return self._later(call.command.address, lambda: Reply.done(
            call.command.address, int(swap().voice.latency)))

    def _restart(self, call, voice, origin, at):
        return self._later(call.command.address, lambda: Reply.done(
            call.command.address, int(self.rack.restart(voice.name).voice.latency)))

    def _get(self, call, voice, origin, at):
        return Reply.done(call.command.address, float(voice.gain), int(voice.muted), float(voice.level()),
                          voice.state(), len(voice.outputs), *voice.outputs, *map(float, voice.latents))


def _guard(address, work: Callable):
    """The work's result, or its failure as a Reply: a command never raises past the dispatcher."""
    try:
        return work()
    except (CommandError, RackError, RecordingError) as exc:
        return Reply.fail(address, str(exc))
    except Exception as exc:   # a bug: say so, keep serving
        log.exception("%s failed", address)
        return Reply.fail(address, f"internal error: {type(exc).__name__}: {exc}")


def _target(call: Call) -> str | None:
    """The voice a command acts on (a voice command's, or a server command's voice argument), if any."""
    if call.voice is not None or call.signature.verb == "voice/new":
        return call.voice
    return next((a for p, a in zip(call.signature.params, call.args) if p.kind == "name"), None)


def _quietly(change: Callable[[], None]) -> None:
    """A scheduled change whose voice has gone or changed shape since it was checked is dropped."""
    try:
        change()
    except (RackError, IndexError, ValueError):
        pass


def _saved(address: str, keeper) -> Reply:
    reason = keeper.save()
    return Reply.fail(address, reason) if reason else Reply.done(address, keeper.path)


def _linear(call: Call) -> float:
    """A gain command's value as a linear factor (db and master/db give decibels)."""
    value = call.args[0]
    return 10.0 ** (value / 20.0) if call.signature.verb.endswith("db") else value


def _osc_values(values) -> list:
    """Attribute values as OSC can carry them: bools as 0/1."""
    return [int(v) if isinstance(v, bool) else v for v in values]
