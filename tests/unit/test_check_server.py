"""The checks process: the same findings as checks run in the editor's own process, only the
rows that changed sent after an edit, a waiting request answered before a long run of the
checks finishes, and a new process (with the whole release) after the old one died."""

import queue
import signal

import pytest

from editor.checks import CheckContext, run_checks
from editor.checks.client import SERVER, CheckClient
from editor.checks.context_state import ContextState
from editor.model import Paragraph
from editor.model.rowops import split_row
from tests.bench.harness import distinct_release

STATE = ContextState.of(CheckContext())


class Inbox:
    def __init__(self):
        self.client = CheckClient(self.answers_put)
        self.answers: queue.Queue = queue.Queue()

    def answers_put(self, answer):
        self.answers.put(answer)

    def next(self, kind: str, timeout: float = 60):
        while True:
            answer = self.answers.get(timeout=timeout)
            if answer[0] == kind:
                return answer


@pytest.fixture
def inbox():
    box = Inbox()
    yield box
    box.client.close()


def key(f):
    return (f.code, f.pair, f.lang, f.start, f.end, f.text)


def test_findings_are_those_of_the_checks_in_process(inbox, sample_release):
    sample_release.rows[3].paragraphs["en"] = Paragraph(
        sample_release.rows[3].text("en").replace("95", "59") + " Astanna.")
    inbox.client.ask(STATE, sample_release, ("checks", 1))
    _, generation, findings = inbox.next("checks")
    assert generation == 1
    expected = run_checks(sample_release)
    assert sorted(map(key, findings)) == sorted(map(key, expected))
    codes = {f.code.split(".")[0] for f in findings if f.pair == 3}
    assert {"number", "spelling"} <= codes


def test_an_edit_sends_one_row_and_is_seen(inbox, sample_release):
    assert inbox.client.ask(STATE, sample_release, ("checks", 1)) == len(sample_release.rows)
    inbox.next("checks")
    row = sample_release.rows[3]
    row.paragraphs["en"] = Paragraph(row.text("en") + " Zqxwv.")
    assert inbox.client.ask(STATE, sample_release, ("checks", 2)) == 1
    _, _, findings = inbox.next("checks")
    assert any(f.text == "Zqxwv" and f.pair == 3 for f in findings)
    del sample_release.rows[3]  # a row deleted: nothing to send, and its findings go
    assert inbox.client.ask(STATE, sample_release, ("checks", 3)) == 0
    _, _, findings = inbox.next("checks")
    assert not any(f.text == "Zqxwv" for f in findings)


def test_a_word_list_change_reaches_the_process(inbox, sample_release):
    row = sample_release.rows[3]
    row.paragraphs["en"] = Paragraph(row.text("en") + " Zqxwv.")
    inbox.client.ask(STATE, sample_release, ("checks", 1))
    assert any(f.text == "Zqxwv" for f in inbox.next("checks")[2])
    context = CheckContext()
    context.session_ignored.add("Zqxwv")
    inbox.client.ask(ContextState.of(context), sample_release, ("checks", 2))
    assert not any(f.text == "Zqxwv" for f in inbox.next("checks")[2])


def test_spelling_is_answered_while_a_long_run_of_checks_waits(inbox):
    release = distinct_release(300)
    inbox.client.ask(STATE, release, ("checks", 1))
    inbox.client.ask(STATE, None, ("spell", 5, [(("r1", "en"), 1, "A wrold of words", [""])]))
    first = inbox.answers.get(timeout=120)
    while first[0] not in ("spell", "checks"):
        first = inbox.answers.get(timeout=120)
    assert first[0] == "spell", "the spelling request waited for the whole run of the checks"
    _, token, results = first
    assert token == 5 and [m.word for m in results[0][4]] == ["wrold"]
    assert "world" in results[0][5][("en", "wrold")]
    _, generation, findings = inbox.next("checks", timeout=120)  # then the checks go on
    assert generation == 1 and {f.pair for f in findings} >= {0, 299}


def test_a_dead_process_is_replaced_with_the_whole_release(inbox, sample_release):
    inbox.client.ask(STATE, sample_release, ("checks", 1))
    before = inbox.next("checks")[2]
    starts = SERVER.starts
    SERVER._proc.send_signal(signal.SIGKILL)
    assert inbox.next("died")[0] == "died"
    assert inbox.client.ask(STATE, sample_release, ("checks", 2)) == len(sample_release.rows)
    assert SERVER.starts == starts + 1
    assert sorted(map(key, inbox.next("checks")[2])) == sorted(map(key, before))



def test_the_process_runs_at_a_lower_priority_than_the_editor(inbox, sample_release):
    """Background work: with the processor short, the window goes first (and a process
    started again after a death is niced too)."""
    import os

    from editor.checks.priority import NICENESS

    inbox.client.ask(STATE, sample_release, ("checks", 1))
    inbox.next("checks")
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, SERVER._proc.pid) == min(19, mine + NICENESS)
    SERVER._proc.send_signal(signal.SIGKILL)
    inbox.next("died")
    inbox.client.ask(STATE, sample_release, ("checks", 2))
    inbox.next("checks")
    assert os.getpriority(os.PRIO_PROCESS, SERVER._proc.pid) == min(19, mine + NICENESS)


def test_a_long_answer_comes_whole_and_in_order(inbox):
    """Many findings and the spelling of many paragraphs: all of them, in order, as the
    checks in the editor's own process give them."""
    release = distinct_release(40)
    for row in release.rows:
        row.paragraphs["en"] = Paragraph(row.text("en") + " Recieve teh adress.")
    inbox.client.ask(STATE, release, ("checks", 1))
    _, _, findings = inbox.next("checks", timeout=120)
    assert len(findings) > 150
    assert list(map(key, findings)) == list(map(key, run_checks(release)))
    jobs = [((f"r{i}", "en"), 1, f"Paragraph {i} has a wrold in it", [""]) for i in range(60)]
    inbox.client.ask(STATE, None, ("spell", 7, jobs))
    _, token, results = inbox.next("spell")
    assert token == 7 and [r[0] for r in results] == [j[0] for j in jobs]
    assert all([m.word for m in r[4]] == ["wrold"] for r in results)


def test_after_an_edit_only_the_changed_findings_travel(inbox):
    """The window's copy of the findings is changed, not sent again: after an edit of one
    paragraph the answer carries that paragraph's findings, and the window still has all."""
    release = distinct_release(40)
    for row in release.rows:
        row.paragraphs["en"] = Paragraph(row.text("en") + " Recieve teh adress.")
    sent = []
    receive = inbox.client.receive
    inbox.client.receive = lambda answer: (sent.append(answer), receive(answer))
    inbox.client.ask(STATE, release, ("checks", 1))
    before = inbox.next("checks", timeout=120)[2]
    row = release.rows[20]
    row.paragraphs["en"] = Paragraph(row.text("en").replace("teh", "the"))
    inbox.client.ask(STATE, release, ("checks", 2))
    _, generation, findings = inbox.next("checks", timeout=120)
    head, tail, shift, middle = [a for a in sent if a[0] == "checks"][-1][3]
    assert generation == 2 and len(middle) < 10 < head and tail > 10 and shift == 0
    assert list(map(key, findings)) == list(map(key, run_checks(release)))
    assert len(findings) == len(before) - 1
    split_row(release, 10, {"en": 20})  # a row put in: the findings below move down a row
    inbox.client.ask(STATE, release, ("checks", 3))
    _, _, findings = inbox.next("checks", timeout=120)
    head, tail, shift, middle = [a for a in sent if a[0] == "checks"][-1][3]
    assert len(middle) < 10 < tail and shift == 1
    assert list(map(key, findings)) == list(map(key, run_checks(release)))
    assert [f.row_id for f in findings] == [f.row_id for f in run_checks(release)]


def test_a_change_of_findings_puts_the_new_list_together_again():
    from editor.checks.finding import Finding, Severity, apply_findings, changed_findings

    def f(pair, text, suggestions=()):
        return Finding("spelling", Severity.WARNING, pair, "en", 0, len(text), text, "m",
                       list(suggestions))

    old = [f(0, "a"), f(1, "b"), f(2, "c"), f(3, "d")]
    for new, shift in (([f(0, "a"), f(1, "B"), f(2, "c"), f(3, "d")], 0),
                       ([f(0, "a"), f(3, "d")], 0), ([], 0), (old[:], 0),
                       ([f(0, "a"), f(1, "b"), f(1, "x"), f(2, "c"), f(3, "d")], 0),
                       ([f(0, "a"), f(1, "b", ["bee"]), f(2, "c"), f(3, "d")], 0),
                       ([f(0, "a"), f(1, "b"), f(2, "x"), f(3, "c"), f(4, "d")], 1),  # split
                       ([f(0, "a"), f(1, "bc"), f(2, "d")], -1)):  # merge
        change = changed_findings(old, new, shift)
        rebuilt = apply_findings(old, change)
        assert [(x, x.suggestions) for x in rebuilt] == [(x, x.suggestions) for x in new]
    assert changed_findings(old, old[:]) == (4, 0, 0, [])
    assert changed_findings(old, [f(0, "a"), f(1, "b", ["bee"]), f(2, "c"), f(3, "d")])[3] \
        == [f(1, "b")]  # a suggestion changed: that finding travels again
    split = [f(0, "a"), f(1, "b"), f(2, "x"), f(3, "c"), f(4, "d")]
    assert changed_findings(old, split, 1) == (2, 2, 1, [f(2, "x")])


def test_a_connection_closed_under_the_writer_ends_it_without_a_traceback():
    """stop() at exit closes the connection while the writer may be sending: Python's
    Connection then writes to a handle that is gone (a TypeError, printed as a traceback
    at every exit during a long check)."""
    import socket
    from multiprocessing.connection import Connection

    from editor.checks.client import _Server

    mine, theirs = socket.socketpair()
    conn = Connection(mine.detach())
    conn.close()
    conn._check_closed = lambda: None  # closed by the other thread after this check passed
    with pytest.raises(TypeError):
        conn.send_bytes(b"x")  # what the writer meets
    outbox: queue.Queue = queue.Queue()
    outbox.put(b"request")
    _Server()._write(conn, outbox)  # returns, rather than raising in its thread
    theirs.close()


def test_a_request_that_cannot_be_sent_is_answered_with_an_error(inbox):
    """Requests are pickled on the writer's thread: one that cannot be pickled must not
    leave its asker waiting for ever, nor stop the requests behind it."""
    release = distinct_release(3)
    inbox.client.ask(STATE, release, ("spell", 7, [lambda: None]))  # a job that cannot go
    answer = inbox.next("error")
    assert answer[1:3] == ("spell", 7) and "could not send" in answer[3], answer
    inbox.client.ask(STATE, release, ("checks", 8))
    assert inbox.next("checks")[1] == 8  # the writer goes on
