"""The checks server: spelling, name recognition and every check of the release in a process
of their own, so that the editor's window never waits for them (in a thread of the window's
process they held Python's global lock: keys queued behind them, 50-80 ms at 500 rows).

The editor (``editor.checks.client``) keeps this process's copy of the release up to date by
sending only the rows that changed, and asks for spelling of some paragraphs, for every
finding of the release, or for suggestions. Requests are answered in order, except that a
run of the checks stops at its next row when another request is waiting: that request is
answered first and the checks then go on from where they were (the rows checked stay
checked).

Messages are tuples whose first item names them; see ``Server.handle``. The findings of a
run of the checks are answered as a change to the last list sent to that window: how many
findings at its start and at its end stay (those at the end moved down or up as many rows as
were put in or taken out), and the findings between (``changed_findings``); after an edit of
one paragraph or a split that is a few findings, not all of them again (the window
reads answers on a thread of its own, and reading the whole list of 2,000 rows held
Python's lock for 29 ms, which a keystroke then waited for)."""

from __future__ import annotations

import os
import sys
import traceback
from multiprocessing.connection import Connection

from editor.checks import CheckContext
from editor.checks.context_state import ContextState
from editor.checks.finding import changed_findings
from editor.checks.incremental import ChecksCancelled, IncrementalChecker
from editor.checks.priority import lower_priority
from editor.model import Release
from editor.spelling import SpellService


class _Session:
    """One editor window's release, settings and cached findings."""

    def __init__(self):
        self.context = CheckContext()
        self.checker = IncrementalChecker(self.context)
        self.rows: dict[str, object] = {}  # row id -> Row
        self.order: list[str] = []  # the ids of the rows, in order
        self.release: Release | None = None
        self.context_version = 0
        self.spell_key: tuple | None = None
        self.spell_checker_: object = None
        self.pending_checks: int | None = None  # the generation asked for, not answered yet
        self.sent_findings: list = []  # the findings the window has (as the last answer left them)
        self.sent_rows = 0  # the release's rows then

    def sync(self, shell: Release, order: list[str] | None, changed: list,
             gone: list[str]) -> None:
        """The window's release now: its fields, the rows that changed, the ids of the
        rows gone, and the order of the rows when it changed (None: as before)."""
        for row in changed:
            self.rows[row.id] = row
        for row_id in gone:
            self.rows.pop(row_id, None)
        if order is not None:
            self.order = order
        shell.rows = [self.rows[i] for i in self.order]  # type: ignore[misc]
        self.release = shell

    def spell_checker(self):
        release = self.release
        key = (self.context_version, repr(release.names), repr(sorted(release.words.items())))
        if key != self.spell_key:
            self.spell_checker_, self.spell_key = self.context.spell_checker(release), key
        return self.spell_checker_


class Server:
    def __init__(self, conn: Connection):
        self.conn = conn
        self.sessions: dict[int, _Session] = {}
        self._services: dict[tuple, SpellService] = {}  # one set of dictionaries per setting

    def session(self, number: int) -> _Session:
        if number not in self.sessions:
            self.sessions[number] = _Session()
        return self.sessions[number]

    def service(self, state: ContextState) -> SpellService:
        key = (state.english, state.check_all_caps)
        if key not in self._services:
            self._services[key] = SpellService(english=state.english,
                                               check_all_caps=state.check_all_caps)
        return self._services[key]

    # --- requests ---------------------------------------------------------------------

    def handle(self, message: tuple) -> bool:
        """Answer one request; False to stop."""
        kind = message[0]
        if kind == "stop":
            return False
        number = message[1]
        if kind == "close":
            self.sessions.pop(number, None)
            return True
        s = self.session(number)
        if kind == "context":
            s.context = message[2].build(self.service(message[2]))
            s.checker = IncrementalChecker(s.context)
            s.context_version += 1
        elif kind == "sync":
            s.sync(*message[2:])
        elif kind == "invalidate":
            s.checker.invalidate()
        elif kind == "checks":
            s.pending_checks = message[2]
        elif kind == "spell":
            self.conn.send(("spell", number, message[2], self.spell(s, message[3])))
        elif kind == "suggest":
            _, _, token, word, script = message
            self.conn.send(("suggest", number, token, s.context.service.suggest(word, script)))
        elif kind == "preload":
            s.context.service.load()
            from editor.names.entities import NATASHA

            NATASHA.load()
        return True

    def spell(self, s: _Session, jobs: list) -> list:
        """Misspellings of some paragraphs: (key, revision, text, partners) each, answered
        with the misspellings and every suggestion for them (for the context menu)."""
        from editor.checks.spelling import name_confirmer

        checker = s.spell_checker()
        service = s.context.service
        out = []
        for key, revision, text, partners in jobs:
            confirm = name_confirmer(text, key[1], partners, service)
            found = checker.check(text, confirm, key[1])
            suggestions = {(m.script, w): service.suggest(w, m.script)
                           for m in found for w in [m.word.replace("’", "'")]}
            out.append((key, revision, text, partners, found, suggestions))
        return out

    def run_checks(self, number: int, s: _Session) -> None:
        generation = s.pending_checks
        if s.release is None:
            s.pending_checks = None
            return
        try:
            findings = s.checker.run(s.release, cancelled=self.conn.poll)
        except ChecksCancelled:
            return  # another request came first: answered, then the checks go on
        s.pending_checks = None
        rows = len(s.release.rows)
        self.conn.send(("checks", number, generation,
                        changed_findings(s.sent_findings, findings, rows - s.sent_rows)))
        s.sent_findings, s.sent_rows = findings, rows

    def serve(self) -> None:
        while True:
            waiting = [(n, s) for n, s in self.sessions.items() if s.pending_checks is not None]
            if waiting and not self.conn.poll():
                number, s = waiting[0]
                try:
                    self.run_checks(number, s)
                except (BrokenPipeError, ConnectionResetError):  # the editor went away meanwhile
                    return
                except Exception:
                    self._report("checks", number, s.pending_checks)
                    s.pending_checks = None
                continue
            try:
                message = self.conn.recv()
            except (EOFError, OSError):
                return  # the editor has gone
            try:
                if not self.handle(message):
                    return
            except (BrokenPipeError, ConnectionResetError):  # the editor went away meanwhile
                return
            except Exception:
                self._report(*(message[:3] + (None, None))[:3])

    def _report(self, kind: str, number=None, token=None) -> None:
        """A bug in a check must not stop the server: the editor hears of it, the details go
        to standard error."""
        text = traceback.format_exc()
        sys.stderr.write(text)
        try:
            self.conn.send(("error", number, kind, token, text.strip().splitlines()[-1]))
        except OSError:
            pass


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # one thread for numpy's OpenBLAS (see editor.names.entities), before anything loads it
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    lower_priority()  # done already when the editor started this process (client._BOOT)
    conn = Connection(int(argv[0]))
    try:
        Server(conn).serve()
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
