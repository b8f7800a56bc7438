"""Property-based test of the editor (hypothesis stateful): random typing, emptying a
paragraph, row commands, status marks, undo and redo, all through the keys a user presses.
After every step: the panes show exactly the model with its rows level, and the status of every row follows
the rules written in the README ("Row status"). At the end: undoing everything restores
the release byte for byte, and redoing everything restores the edited one."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.importers.release_builder import import_release
from editor.model import fingerprint
from editor.model.row_copies import RowCopies
from editor.storage import to_bytes
from tests.conftest import EN, RU
from tests.gui.helpers import max_misalignment, pane_texts, triple_click_row
from ui.main_window import MainWindow

C, S, A = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
           Qt.KeyboardModifier.AltModifier)
ROW_KEYS = {
    "split": (Qt.Key.Key_Return, C | S),
    "merge next": (Qt.Key.Key_J, C),
    "move down": (Qt.Key.Key_Down, A | S),
    "move up": (Qt.Key.Key_Up, A | S),
    "insert": (Qt.Key.Key_I, C | S),
    "delete": (Qt.Key.Key_Delete, C | S),
    "translated": (Qt.Key.Key_Return, C),
    "reviewed": (Qt.Key.Key_R, C | S),
}
CONFIRMED = ("translated", "reviewed")


class EditorMachine(RuleBasedStateMachine):
    window: MainWindow  # set by the test, one window for all examples

    def __init__(self):
        super().__init__()
        w = self.window
        w.set_release(import_release(RU, EN).release, None)
        w.view.spell.enabled = False  # about something else; keeps examples fast
        self.w = w
        self.initial = to_bytes(w.release)
        # every (source, translation) pair the user confirmed, or that the rules keep
        # confirmed (joined from confirmed parts): a row shows confirmed only for these
        self.confirmed = {(fingerprint(r.text("ru")), fingerprint(r.text("en")))
                          for r in w.release.rows}
        self.copies = RowCopies()  # as the autosave keeps them, from step to step

    def _pane(self, lang: str, row: int, offset: int):
        pane = self.w.view.panes[lang]
        row %= pane.row_count()
        text = pane.paragraph(row).text
        pane.setFocus()
        pane.place_cursor(row, offset % (len(text) + 1))
        return pane, row

    def _shown(self):
        rel = self.w.release
        return [rel.row_status(r, "en") for r in rel.rows]

    @rule(lang=st.sampled_from(["ru", "en"]), row=st.integers(0, 50), offset=st.integers(0, 500),
          text=st.text(st.sampled_from("abc xyz.,"), min_size=1, max_size=6))
    def type_text(self, lang, row, offset, text):
        pane, _ = self._pane(lang, row, offset)
        QTest.keyClicks(pane, text)

    @rule(lang=st.sampled_from(["ru", "en"]), row=st.integers(0, 50))
    def empty_paragraph(self, lang, row):
        pane, r = self._pane(lang, row, 0)
        if not pane.paragraph(r).text:
            return
        triple_click_row(pane, r)
        QTest.keyClick(pane, Qt.Key.Key_Delete)
        assert pane.paragraph(r).text == ""

    @rule(lang=st.sampled_from(["ru", "en"]), row=st.integers(0, 50), offset=st.integers(0, 500))
    def delete_to_line_end(self, lang, row, offset):
        pane, _ = self._pane(lang, row, offset)
        QTest.keyClick(pane, Qt.Key.Key_End, S)
        QTest.keyClick(pane, Qt.Key.Key_Delete)

    @rule(lang=st.sampled_from(["ru", "en"]), row=st.integers(0, 50), offset=st.integers(0, 500))
    def enter_splits(self, lang, row, offset):
        pane, _ = self._pane(lang, row, offset)
        QTest.keyClick(pane, Qt.Key.Key_Return)

    @rule(lang=st.sampled_from(["ru", "en"]), row=st.integers(1, 50))
    def backspace_at_start_merges(self, lang, row):
        before = self._pairs_and_shown()
        pane, r = self._pane(lang, row, 0)
        QTest.keyClick(pane, Qt.Key.Key_Backspace)
        self._note_merge(before, r - 1)

    @rule(lang=st.sampled_from(["ru", "en"]), row=st.integers(0, 50), offset=st.integers(0, 500),
          command=st.sampled_from(sorted(ROW_KEYS)))
    def row_command(self, lang, row, offset, command):
        before = self._pairs_and_shown()
        pane, r = self._pane(lang, row, offset)
        key, mods = ROW_KEYS[command]
        QTest.keyClick(pane, key, mods)
        if command == "merge next":
            self._note_merge(before, r)
        if command in CONFIRMED:
            row_ = self.w.release.rows[r]
            self.confirmed.add((fingerprint(row_.text("ru")), fingerprint(row_.text("en"))))

    @rule(times=st.integers(1, 4))
    def undo(self, times):
        for _ in range(times):
            QTest.keyClick(self.w.view.active_pane(), Qt.Key.Key_Z, C)

    @rule(times=st.integers(1, 4))
    def redo(self, times):
        for _ in range(times):
            QTest.keyClick(self.w.view.active_pane(), Qt.Key.Key_Z, C | S)

    def _pairs_and_shown(self):
        rel = self.w.release
        return [(r.text("ru"), r.text("en"), rel.row_status(r, "en")) for r in rel.rows]

    def _note_merge(self, before, upper: int):
        """Rows joined from two confirmed rows stay confirmed (README rule)."""
        if 0 <= upper < len(before) - 1 and len(self.w.release.rows) == len(before) - 1:
            (_, _, a), (_, _, b) = before[upper], before[upper + 1]
            if a in CONFIRMED and b in CONFIRMED:
                row = self.w.release.rows[upper]
                self.confirmed.add((fingerprint(row.text("ru")), fingerprint(row.text("en"))))

    @invariant()
    def panes_show_the_model(self):
        rel = self.w.release
        for lang in ("ru", "en"):
            assert pane_texts(self.w, lang) == [r.text(lang) for r in rel.rows]

    @invariant()
    def rows_are_level(self):
        """Row i starts at the same height in both panes, whatever was split, merged, moved,
        inserted or deleted (the first row and the last included), done or undone."""
        assert max_misalignment(self.w) <= 1.0

    @invariant()
    def the_autosave_copy_is_the_release(self):
        """What autosave writes after any step: a snapshot from the copies kept since the
        step before (only the rows changed since are copied again) is the release, byte
        for byte."""
        rel = self.w.release
        assert to_bytes(rel.snapshot(share_paragraphs=True, copies=self.copies)) == to_bytes(rel)

    @invariant()
    def status_follows_the_rules(self):
        rel = self.w.release
        for i, row in enumerate(rel.rows):
            shown = rel.row_status(row, "en")
            assert self.w.view.row_status(i, "en") == shown  # the gutter shows the same
            if row.paragraph("en").is_empty:
                assert shown == "untranslated", (i, shown)
            elif shown in CONFIRMED:
                pair = (fingerprint(row.text("ru")), fingerprint(row.text("en")))
                assert pair in self.confirmed, (i, shown, row.text("ru"), row.text("en"))
            elif shown == "untranslated":
                raise AssertionError(f"row {i} has a translation but shows untranslated")
        done = sum(1 for r in rel.rows if rel.row_status(r, "en") in CONFIRMED)
        assert self.w.view.stats()["translated"] == done

    def teardown(self):
        stack = self.w.view.undo_stack
        edited = to_bytes(self.w.release)
        while stack.canUndo():
            stack.undo()
        assert to_bytes(self.w.release) == self.initial, "undoing everything must restore the file"
        while stack.canRedo():
            stack.redo()
        assert to_bytes(self.w.release) == edited, "redoing everything must restore the edits"


def test_random_editing_keeps_panes_model_status_and_undo_right(qtbot):
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: w.setWindowModified(False))
    w.resize(1100, 700)
    w.show()
    EditorMachine.window = w
    run_state_machine_as_test(EditorMachine, settings=settings(
        max_examples=60, stateful_step_count=40, deadline=None, derandomize=True,
        suppress_health_check=list(HealthCheck)))
