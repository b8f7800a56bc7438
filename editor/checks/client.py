"""The editor's side of the checks server (``editor.checks.server``): starts it when first
needed (again if it dies), keeps its copy of the release in step by sending only the rows
that changed since the last request, and hands every answer to a callback.

Nothing here waits for the server: a request holds copies of what it sends (so later edits
cannot change it) and is pickled and written by a thread of its own; answers are read by
another thread and given to ``on_answer`` there (the editor turns them into Qt signals)."""

from __future__ import annotations

import atexit
import itertools
import os
import queue
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

from editor.checks.context_state import ContextState
from editor.checks.finding import apply_findings
from editor.checks.priority import NICENESS
from editor.model import Release
from editor.model.row_copies import RowCopies

_ROOT = str(Path(__file__).resolve().parents[2])
# the checks process is background work: its priority is lowered first thing, before its
# imports (0.2 s of a core), which would otherwise take half of the core the window is
# starting on whenever another program keeps the other core busy
_BOOT = (f"import os\ntry:\n    os.nice({NICENESS})\nexcept (AttributeError, OSError):\n    pass\n"
         "from editor.checks.server import main\nraise SystemExit(main())\n")


class _Server:
    """The one checks process of this editor process, shared by its windows."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen | None = None
        self._conn: Connection | None = None
        self._outbox: queue.Queue = queue.Queue()
        self._lock = threading.Lock()
        self.clients: dict[int, CheckClient] = {}
        self.starts = 0

    @property
    def alive(self) -> bool:
        # the reader thread reaps the process when its connection ends (which sets
        # returncode); not poll(): a system call gives up Python's lock, and taking it back
        # from the writer thread, pickling a whole release, kept a keystroke waiting 3 ms
        return self._proc is not None and self._proc.returncode is None

    def ensure(self) -> None:
        with self._lock:
            if not self.alive:
                self._start()

    def _start(self) -> None:
        mine, theirs = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_ROOT, env.get("PYTHONPATH")) if p)
        self._proc = proc = subprocess.Popen(
            [sys.executable, "-c", _BOOT, str(theirs.fileno())],
            pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL)
        theirs.close()
        self._conn = conn = Connection(mine.detach())
        outbox: queue.Queue = queue.Queue()
        self._outbox = outbox
        for client in self.clients.values():
            client.forget()
        self.starts += 1
        threading.Thread(target=self._write, args=(conn, outbox), daemon=True,
                         name="checks-writer").start()
        threading.Thread(target=self._read, args=(conn, proc), daemon=True,
                         name="checks-reader").start()

    def send(self, message: tuple) -> None:
        """Send ``message``, pickled on the writer's thread: nothing in it may change after
        this call (the client sends copies of the rows and of the release's fields). The
        first request of a 2,000-row release pickled on the caller's thread held the window
        for 90 ms."""
        self._outbox.put(message)

    def _write(self, conn: Connection, outbox: queue.Queue) -> None:
        while True:
            message = outbox.get()
            if message is None:
                return
            try:
                data = ForkingPickler.dumps(message)
            except Exception as err:  # noqa: BLE001 (any failure: its asker is told)
                self._unsent(message, err)
                continue
            try:
                conn.send_bytes(data)
            except (OSError, TypeError):
                # the server died (the reader reports it), or the connection was closed under
                # this send (stop() at exit): the handle is gone mid-write, a TypeError
                return

    def _unsent(self, message: tuple, err: Exception) -> None:
        """A request that could not be pickled: a spelling or checks request is answered
        with an error (its asker stops waiting), anything else is reported."""
        client = self.clients.get(message[1]) if len(message) > 2 else None
        line = f"could not send the {message[0]} request: {type(err).__name__}: {err}"
        if client is not None and message[0] in ("spell", "checks"):
            client.on_answer(("error", message[0], message[2], line))
        else:
            print(f"tandem: {line}", file=sys.stderr)

    def _read(self, conn: Connection, proc: subprocess.Popen) -> None:
        while True:
            try:
                answer = conn.recv()
            except (EOFError, OSError, TypeError):  # TypeError: closed under this read
                break
            client = self.clients.get(answer[1])
            if client is not None:
                client.receive(answer)
        proc.wait()
        if proc is self._proc:  # not stopped on purpose
            for client in list(self.clients.values()):
                client.on_answer(("died", proc.returncode))

    def stop(self) -> None:
        with self._lock:
            proc, self._proc = self._proc, None
            if proc is None:
                return
            self._outbox.put(("stop",))
            self._outbox.put(None)
            try:  # it holds nothing to save: one still loading its models is not waited for
                proc.wait(timeout=0.3)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if self._conn is not None:
                self._conn.close()


SERVER = _Server()
atexit.register(SERVER.stop)
_numbers = itertools.count(1)


class CheckClient:
    """One window's requests; ``on_answer`` gets ("spell", token, results), ("checks",
    generation, findings), ("suggest", token, words), ("error", kind, line) or ("died",
    exit code), on a thread of its own."""

    def __init__(self, on_answer: Callable[[tuple], None]):
        self.on_answer = on_answer
        self.number = next(_numbers)
        self._copies = RowCopies()  # the rows as the server has them
        self._state: ContextState | None = None
        self._findings: list = []  # the last findings, which the server's next answer changes
        SERVER.clients[self.number] = self

    def forget(self) -> None:
        """The server (re)started: it knows nothing of this window yet."""
        self._copies = RowCopies()
        self._state = None
        self._findings = []

    def receive(self, answer: tuple) -> None:
        """An answer from the server (on the reader thread): the findings put together from
        the change the server sent (editor.checks.server), then handed on."""
        if answer[0] == "checks":
            self._findings = apply_findings(self._findings, answer[3])
            self.on_answer(("checks", answer[2], self._findings))
        else:
            self.on_answer((answer[0], *answer[2:]))

    def close(self) -> None:
        """The window closed: the server forgets its release (asked again, it starts over)."""
        if SERVER.clients.pop(self.number, None) is not None and SERVER.alive:
            SERVER.send(("close", self.number))
        self.forget()

    @staticmethod
    def start() -> bool:
        """Start the checks process if it is not running; True if it was started now (9-16
        ms of this thread: a window does it in a turn of the event loop of its own)."""
        if SERVER.alive:
            return False
        SERVER.ensure()
        return True

    def prepare(self, release: Release, seconds: float) -> bool:
        """Copy ahead, for about ``seconds``, the rows the next request will send (all of
        a release just opened: 14 ms at 2,000 rows); True when they all are. A window sends
        its first requests after this, a slice a turn, so that a key is not kept waiting."""
        return self._copies.prepare(release.rows, seconds)

    def _sync(self, release: Release) -> int:
        """Bring the server's copy of the release up to date; the number of rows sent."""
        changed = self._copies.take_changed(release.rows)  # copies: pickled on another thread
        shell = object.__new__(Release)
        shell.__dict__.update(release.__dict__)
        shell.rows = []
        # the release's own fields (names, word lists, ...) as they are now: a copy of them
        shell = ForkingPickler.loads(ForkingPickler.dumps(shell))
        # the order of the rows only when it changed (or the rows are other rows)
        order = [row.id for row in release.rows] if self._copies.moved else None
        SERVER.send(("sync", self.number, shell, order, changed, self._copies.gone))
        return len(changed)

    def ask(self, state: ContextState, release: Release | None, message: tuple) -> int:
        """Send a request, after the settings and the rows that changed (after a restart of
        the server, everything); the number of rows sent."""
        SERVER.ensure()
        SERVER.clients.setdefault(self.number, self)
        if state != self._state:
            SERVER.send(("context", self.number, state))
            self._state = state
        sent = self._sync(release) if release is not None else 0
        SERVER.send((message[0], self.number, *message[1:]))
        return sent
