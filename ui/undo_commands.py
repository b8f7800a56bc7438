"""Undo commands. Every change the user makes — typing in either pane, a row operation, a
status change, the release details — is one command on the view's single QUndoStack, so
Ctrl+Z undoes the last thing the user did, wherever it was.

A row change stores copies of the rows it replaced and of the rows it left, by position:
undo puts the old rows back, redo the new ones. Typing in the same paragraph coalesces into
one step until the user pauses, moves elsewhere or switches between typing and deleting."""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from editor.model import Row

TYPING_PAUSE = 2.0  # seconds without typing that close a step
_TYPING_ID = 1


@dataclass(frozen=True)
class CursorSpot:
    lang: str
    row: int
    offset: int


class RowsChange(QUndoCommand):
    def __init__(self, view, text: str, start: int, old_rows: list[Row], new_rows: list[Row],
                 before: CursorSpot | None, after: CursorSpot | None, typing: tuple | None = None,
                 cut: CursorSpot | None = None):
        super().__init__(text)
        self.cut = cut  # a split's cut (pane, row, offset); None for any other change
        self.view, self.start = view, start
        self.old_rows, self.new_rows = old_rows, new_rows
        self.before, self.after = before, after
        self.typing = typing  # (lang, row, kind) while this command may absorb more typing
        self.stamp = time.monotonic()
        self._applied = True  # push() calls redo(); the change is already made

    def id(self) -> int:
        return _TYPING_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, RowsChange) or not self.typing or other.typing != self.typing:
            return False
        if other.stamp - self.stamp > TYPING_PAUSE:
            return False
        if self.after is None or other.before != self.after:
            return False  # the cursor moved in between: a new step
        self.new_rows, self.after, self.stamp = other.new_rows, other.after, other.stamp
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.view.replace_rows(self.start, len(self.old_rows), copy.deepcopy(self.new_rows))
        self.view.restore_cursor(self.after)

    def undo(self) -> None:
        self.view.replace_rows(self.start, len(self.new_rows), copy.deepcopy(self.old_rows))
        self.view.restore_cursor(self.before)


class ValueChange(QUndoCommand):
    """A change of one value of the release — its details, word list, ignored findings or
    names registry entries: undo and redo hand a copy of the old or the new value to
    ``apply`` (a setter of the view)."""

    def __init__(self, text: str, apply, old, new):
        super().__init__(text)
        self.apply, self.old, self.new = apply, old, new
        self._applied = True  # push() calls redo(); the change is already made

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.apply(copy.deepcopy(self.new))

    def undo(self) -> None:
        self.apply(copy.deepcopy(self.old))


# The names of undo steps follow a switch of the interface language: every name given to a
# command through a RemembersTranslations.tr is recorded with its source text and context.
SOURCES: dict[str, tuple[str, str]] = {}


class RemembersTranslations:
    """A mixin for widgets whose ``tr`` texts name undo steps."""

    def tr(self, source, disambiguation=None, n=-1):  # noqa: D102 - Qt's signature
        context = type(self).__name__
        text = QCoreApplication.translate(context, source, disambiguation, n)
        SOURCES[text] = (context, source)
        return text


def retranslate_stack(stack) -> None:
    """Rename every command of ``stack`` in the current interface language."""
    for i in range(stack.count()):
        command = stack.command(i)
        found = SOURCES.get(command.text())
        if found is not None:
            command.setText(QCoreApplication.translate(*found))
