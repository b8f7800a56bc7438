"""Copies of a release's rows, kept up to date cheaply: taken again, only the rows that
changed since (a stamp newer than the last take, editor.model.row_changes) or that were put
in since are copied. The autosave snapshot and the checks process's copy of the release
each keep one; after an edit of one paragraph at 2,000 rows a take copies one row and looks
at 2,000 stamps, where comparing every row with its copy touched 20,000 dicts.

``TANDEM_VERIFY_ROW_COPIES=1`` (the test suite sets it) also compares every copy kept with
its row and raises if one differs: a change that went round the stamps."""

from __future__ import annotations

import operator
import os
import time

from editor.model.release import Row, copy_row
from editor.model.row_changes import CLOCK

_stamp = operator.attrgetter("_stamp")
_tick = operator.itemgetter(0)
VERIFY = os.environ.get("TANDEM_VERIFY_ROW_COPIES") == "1"


class RowCopies:
    def __init__(self, share_paragraphs: bool = True) -> None:
        self.share = share_paragraphs
        self.taken = 0  # the clock when last taken (0: never, every row is copied)
        self.sources: list[Row] = []  # the rows copied, as they were in the release
        self.copies: list[Row] = []
        self.gone: list[str] = []  # ids of the rows of the last take not in this one
        self.moved = True  # rows were put in, taken out or moved since the last take
        # copies made ahead of the next take (``prepare``): id -> (row, copy, clock then)
        self._ahead: dict[str, tuple[Row, Row, int]] = {}
        self._ahead_from = 0  # the index ``prepare`` goes on from

    def prepare(self, rows: list[Row], seconds: float) -> bool:
        """Copy ahead, for about ``seconds``, the rows the next take would copy because they
        are new to it (a release just opened: every row), so that the take itself is quick;
        True once none is left. A row changed after its copy ahead is copied again then."""
        if len(self.sources) == len(rows) and all(map(operator.is_, self.sources, rows)):
            return True  # the same rows: the take copies only those changed since
        end = time.perf_counter() + seconds
        known = {s.id for s in self.sources} if self._ahead_from == 0 and self.sources else None
        clock = next(CLOCK)
        i = self._ahead_from
        while i < len(rows):
            row = rows[i]
            i += 1
            if (known is None or row.id not in known) and row.id not in self._ahead:
                self._ahead[row.id] = (row, copy_row(row, self.share), clock)
                if not i % 64 and time.perf_counter() >= end:
                    break
        self._ahead_from = i
        return i >= len(rows)

    def take(self, rows: list[Row]) -> tuple[list[Row], list[Row]]:
        """Copies of ``rows`` as they are now (a new list), and the rows copied again."""
        out, changed = self._take(rows)
        return out[:], [rows[i] for i in changed]

    def take_changed(self, rows: list[Row]) -> list[Row]:
        """Take (as ``take``), and give the copies of the rows copied again: what a reader
        of the last take lacks, as they are now, safe to read on another thread while the
        rows are edited (the checks client pickles them on its writer thread)."""
        out, changed = self._take(rows)
        return [out[i] for i in changed]

    def _take(self, rows: list[Row]) -> tuple[list[Row], list[int]]:
        taken, self.taken = self.taken, next(CLOCK)
        sources, copies, share = self.sources, self.copies, self.share
        if len(sources) == len(rows) and all(map(operator.is_, sources, rows)):
            out = copies[:]
            changed = [i for i, tick in enumerate(map(_tick, map(_stamp, rows))) if tick > taken]
            for i in changed:
                out[i] = copy_row(rows[i], share)
            self.gone, self.moved = [], False
        else:
            ahead = self._ahead
            kept = {s.id: (s, c) for s, c in zip(sources, copies, strict=True)}
            out, changed = [], []
            for i, row in enumerate(rows):
                record = kept.pop(row.id, None)
                if record is None or record[0] is not row or row._stamp[0] > taken:
                    changed.append(i)
                    early = ahead.get(row.id)
                    if early is not None and early[0] is row and row._stamp[0] <= early[2]:
                        out.append(early[1])  # copied ahead, unchanged since
                    else:
                        out.append(copy_row(row, share))
                else:
                    out.append(record[1])
            self.gone, self.moved = list(kept), True
        self._ahead, self._ahead_from = {}, 0
        if VERIFY:
            _verify(rows, out)
        self.sources, self.copies = list(rows), out
        return out, changed


def _fields(row: Row) -> dict:
    return {k: v for k, v in row.__dict__.items() if k != "_stamp"}


def _verify(rows: list[Row], copies: list[Row]) -> None:
    for row, c in zip(rows, copies, strict=True):
        if _fields(row) != _fields(c):
            raise AssertionError(f"row {row.id} changed without a stamp: a copy kept is stale")
