"""The language panes side by side, bound to a Release, with one undo history.

Text typed in a pane flows into the model row by row; row operations (split, merge, move,
insert, delete) and status changes are carried out on the model and shown in every pane by
replacing just the rows they touched. Every change is a command on ``undo_stack``."""

from __future__ import annotations

import copy
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from editor.errors import RowOperationError, TandemError
from editor.model import (
    Metadata,
    Release,
    Status,
    delete_row,
    insert_row,
    merge_rows,
    move_paragraph,
    split_row,
)
from editor.model.release import copy_row
from ui.check_worker import CheckWorker
from ui.language_pane import LanguagePane
from ui.row_leveller import RowLeveller
from ui.spell_controller import SpellController
from ui.status_gutter import StatusGutter
from ui.typing_pause import TypingPause
from ui.undo_commands import (
    CursorSpot,
    RemembersTranslations,
    RowsChange,
    ValueChange,
    retranslate_stack,
)


@lru_cache(maxsize=65536)
def word_count(text: str) -> int:
    """Words of a paragraph, remembered by text: the status bar counts a long release after
    every edit, and only the edited paragraph is new."""
    return len(text.split())


def language_name(lang: str) -> str:
    names = {"ru": QCoreApplication.translate("Language", "Russian"), "en": QCoreApplication.translate("Language", "English"),
             "kk": QCoreApplication.translate("Language", "Kazakh")}
    if lang in names:
        return names[lang]
    from editor.languages import display_name
    from ui import i18n

    name = display_name(lang, i18n.current())  # a language added by its profile alone
    return name[:1].upper() + name[1:]


class ReleaseView(RemembersTranslations, QWidget):
    modified = Signal()
    message = Signal(str)
    detailsRequested = Signal()
    statsChanged = Signal()
    metadataChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.release: Release | None = None
        self.loading = False  # set_release is filling the panes
        self.panes: dict[str, LanguagePane] = {}
        self.pane_order: tuple[str, ...] | None = None
        # versions whose pane the user hid, in this release (another opens with every pane)
        self.hidden: set[str] = set()
        self.active_lang: str | None = None
        self.current_row = 0
        self.undo_stack = QUndoStack(self)
        self.leveller = RowLeveller(self)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._splitter)
        self.pause = TypingPause(self)  # results shown when the typing pauses
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(150)
        self._stats_timer.timeout.connect(self.statsChanged)
        self.worker = CheckWorker(self)  # spelling and checks run in a process of their own
        self.spell = SpellController(self)

    # --- building ---------------------------------------------------------------------

    def full_order(self, languages: tuple[str, ...]) -> tuple[str, ...]:
        """Every version in the order the user gave the panes (a language the saved order
        does not name goes after those it does, in the release's order)."""
        saved = [lang for lang in (self.pane_order or ()) if lang in languages]
        return tuple(saved + [lang for lang in languages if lang not in saved])

    def _ordered(self, languages: tuple[str, ...]) -> tuple[str, ...]:
        """The panes shown: every version but the hidden ones (one at least)."""
        order = self.full_order(languages)
        return tuple(lang for lang in order if lang not in self.hidden) or order[:1]

    def _build_panes(self, languages: tuple[str, ...]) -> None:
        order = self._ordered(languages)
        if tuple(self.panes) == order:
            return
        font = next(iter(self.panes.values())).font() if self.panes else None
        for pane in self.panes.values():
            column = pane.parent()
            column.hide()
            column.setParent(None)  # out of the splitter now: its sizes go to the new panes
            column.deleteLater()
        self.panes = {}
        for lang in order:
            column = QWidget(self._splitter)
            box = QVBoxLayout(column)
            box.setContentsMargins(4, 4, 4, 0)
            header = QLabel(f"<b>{language_name(lang)}</b>", column)
            header.setObjectName(f"header-{lang}")
            details = QLabel(column)
            details.setObjectName(f"details-{lang}")
            details.setTextFormat(Qt.TextFormat.RichText)
            # one line each, never widening the pane; as tall in every pane, so that the
            # rows below stay level across the panes
            details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            details.linkActivated.connect(lambda _link: self.detailsRequested.emit())
            pane = LanguagePane(lang, column)
            pane.setObjectName(f"pane-{lang}")
            if font is not None:
                pane.setFont(font)
            box.addWidget(header)
            box.addWidget(details)
            box.addWidget(pane)
            pane.textEdited.connect(self._on_text_edited)
            pane.splitRequested.connect(self.split)
            pane.mergeRequested.connect(self._on_merge_requested)
            pane.refused.connect(self.message)
            pane.currentRowChanged.connect(self._on_current_row)
            pane.focused.connect(self._on_focused)
            pane.verticalScrollBar().valueChanged.connect(lambda _v, p=pane: self.spell.refresh(p))
            pane.cursorPositionChanged.connect(lambda p=pane: self.spell.refresh(p))
            pane.contextMenuRequested.connect(self._on_context_menu)
            self.panes[lang] = pane
            self._splitter.addWidget(column)
        self._splitter.setSizes([1000] * len(order))
        self.leveller.set_panes(list(self.panes.values()))

    def _attach_gutters(self) -> None:
        from ui.role_gutter import RoleGutter

        for lang, pane in self.panes.items():
            if pane.gutter is not None:
                continue
            if lang in self.release.target_langs:
                pane.gutter = StatusGutter(pane, lambda row, lang=lang: self.row_status(row, lang),
                                           self.review_score, self.row_note)
            else:  # the source pane shows each row's role
                pane.gutter = RoleGutter(pane, self.role_of, self.set_role)
            pane.gutter.sync_geometry()
            pane.gutter.show()

    def role_of(self, row: int):
        from editor.model import Role

        if self.release is None or row >= len(self.release.rows):
            return Role.BODY
        return self.release.rows[row].role

    def set_role(self, row: int, role) -> bool:
        """The role of a row (headline, lead, body, …): one undo step."""
        if self.release.rows[row].role is role:
            return False

        def apply():
            self.release.rows[row].role = role
        return self._row_op(self.tr("Change paragraph role"), row, 1, 1, apply)

    def show_details(self) -> None:
        """Headline and subheadline from the release details, above each language's pane
        (they are part of what goes out, not rows of the text)."""
        import html

        if self.release is None:
            return
        meta = self.release.meta
        lines = 2 if any(meta.subheadline.get(lang) for lang in self.panes) else 1
        shown = any(meta.headline.get(lang) or meta.subheadline.get(lang) for lang in self.panes)
        for lang in self.panes:
            label = self.findChild(QLabel, f"details-{lang}")
            if label is None:
                continue
            head, sub = meta.headline.get(lang, ""), meta.subheadline.get(lang, "")
            edit = ' <a href="details">' + html.escape(self.tr("edit")) + "</a>"
            parts = [f"<b>{html.escape(head) or '—'}</b>" + edit]
            if lines == 2:
                parts.append(f"<i>{html.escape(sub) or '—'}</i>")
            label.setText("<br>".join(parts))
            label.setToolTip(self.tr("Headline and subheadline from the release details "
                                     "(Ctrl+Shift+D)"))
            label.setFixedHeight(label.fontMetrics().lineSpacing() * lines + 4)
            label.setVisible(shown)

    def retranslate(self) -> None:
        retranslate_stack(self.undo_stack)  # "Undo Typing" follows the new language too
        self.show_details()
        for lang in self.panes:
            header = self.findChild(QLabel, f"header-{lang}")
            if header is not None:
                header.setText(f"<b>{language_name(lang)}</b>")

    def set_release(self, release: Release) -> None:
        if not release.rows:
            release.rows.append(release.new_row())  # a pane always shows at least one row
        self.release = release
        self.hidden = set()
        self._build_panes(release.languages)
        self._attach_gutters()
        self.loading = True
        try:
            for lang, pane in self.panes.items():
                pane.set_paragraphs([row.paragraph(lang) for row in release.rows])
        finally:
            self.loading = False
        self.undo_stack.clear()
        self.current_row = 0
        for pane in self.panes.values():
            pane.set_current_row(0)
        self.leveller.level_all()
        self.spell.reset()
        self.spell.recheck_all()
        self.show_details()

    def set_hidden(self, hidden: set[str]) -> None:
        """Show every version's pane but these (the release and its rows are unchanged: a
        hidden version is still checked, exported and kept level when shown again)."""
        self.hidden = set(hidden)
        self._rebuild()

    def move_pane(self, lang: str, step: int) -> tuple[str, ...] | None:
        """Move a pane ``step`` places to the right among the shown ones; the new order."""
        if self.release is None:
            return None
        shown = list(self._ordered(self.release.languages))
        if lang not in shown or not 0 <= shown.index(lang) + step < len(shown):
            return None
        i = shown.index(lang)
        shown[i], shown[i + step] = shown[i + step], shown[i]
        order = tuple(shown + [x for x in self.full_order(self.release.languages)
                               if x not in shown])
        self.set_pane_order(order)
        return order

    def set_pane_order(self, order: tuple[str, ...]) -> None:
        self.pane_order = tuple(order)
        self._rebuild()

    def _rebuild(self) -> None:
        spot = self._cursor_spot()
        if self.release is not None:
            self._build_panes(self.release.languages)
            self._attach_gutters()
            for lang, pane in self.panes.items():
                pane.set_paragraphs([row.paragraph(lang) for row in self.release.rows])
                pane.set_current_row(self.current_row)
            self.leveller.level_all()
            self.restore_cursor(spot)
            self.spell.refresh_all()
            self.show_details()

    def set_pane_font(self, font) -> None:
        for pane in self.panes.values():
            pane.setFont(font)
            pane.document().setDefaultFont(font)
        self.leveller.schedule_all()

    # --- model queries ----------------------------------------------------------------

    def row_note(self, row: int) -> str:
        release = self.release
        return release.rows[row].note if release is not None and 0 <= row < len(release.rows) else ""

    def review_score(self, row: int) -> float | None:
        if self.release is None or row >= len(self.release.rows):
            return None
        return self.release.rows[row].align_score

    def row_status(self, row: int, lang: str) -> str:
        if self.release is None or row >= len(self.release.rows):
            return "untranslated"
        return self.release.row_status(self.release.rows[row], lang)

    def stats(self) -> dict:
        rel = self.release
        words = {lang: sum(word_count(r.text(lang)) for r in rel.rows) for lang in rel.languages}
        targets = rel.target_langs
        each = dict.fromkeys(targets, 0)
        done = 0
        for r in rel.rows:  # each row's status once per target: 2,000 rows after every pause
            confirmed = [t for t in targets if rel.row_status(r, t) in ("translated", "reviewed")]
            for t in confirmed:
                each[t] += 1
            done += len(confirmed) == len(targets)
        return {"words": words, "translated": done, "rows": len(rel.rows),
                "translated_by_lang": each}

    # --- applying changes (also used by undo/redo) ------------------------------------

    def replace_rows(self, start: int, count: int, rows: list) -> None:
        """Put ``rows`` in place of ``count`` rows from ``start``, in the model and panes."""
        old = self.release.rows[start:start + count]
        self.release.rows[start:start + count] = rows
        self._show_rows(start, count, rows, old)

    def _show_rows(self, start: int, count: int, rows: list, old: list | None = None) -> None:
        """The panes show ``rows`` in place of their ``count`` rows from ``start``, level;
        ``old``: the rows they show there now (the rows that stay are kept)."""
        self.leveller.replace_rows(start, count, {
            pane: [r.paragraph(lang) for r in rows] for lang, pane in self.panes.items()},
            None if old is None else {
                pane: [r.paragraph(lang) for r in old] for lang, pane in self.panes.items()})
        self._after_rows_changed(range(max(0, start - 1), start + len(rows) + 1))

    def _after_rows_changed(self, rows: range) -> None:
        self.spell.rows_changed(rows.start, rows.stop - 1)
        last = len(self.release.rows) - 1
        if self.current_row > last:
            self._on_current_row(None, last)
        for pane in self.panes.values():  # the rows from the first changed one down moved
            pane.update_from_row(rows.start)
        self._stats_timer.start()
        self.modified.emit()

    def set_metadata(self, meta: Metadata) -> None:
        self.release.meta = meta
        self.show_details()
        self.metadataChanged.emit()
        self.modified.emit()

    def change_metadata(self, meta: Metadata) -> None:
        old = copy.deepcopy(self.release.meta)
        if old == meta:
            return
        self.set_metadata(copy.deepcopy(meta))
        self.undo_stack.push(ValueChange(self.tr("Edit release details"), self.set_metadata, old,
                                         copy.deepcopy(meta)))

    def add_language(self, lang: str) -> None:
        """A version in another language, empty, with a pane of its own: one undo step."""
        if self.release is not None and lang not in self.release.languages:
            self._shape_change(self.tr("Add a version"), "languages",
                               lambda: self.release.add_language(lang))

    def set_source(self, lang: str) -> None:
        """Make ``lang`` the version the others are translated from (release.set_source):
        one undo step; the source pane shows the roles, the others their status."""
        if self.release is not None and lang != self.release.source_lang:
            self._shape_change(self.tr("Change the source version"), "source_lang",
                               lambda: self.release.set_source(lang))

    def _shape_change(self, text: str, field: str, change) -> None:
        """A change of the release's versions or its source, which ``change()`` makes in
        the model: shown in the panes, one undo step (the field and the rows restored)."""
        old = (getattr(self.release, field), copy.deepcopy(self.release.rows))
        change()
        new = (getattr(self.release, field), copy.deepcopy(self.release.rows))

        def apply(value) -> None:
            setattr(self.release, field, value[0])
            self.release.rows[:] = value[1]
            self._apply_shape()
        apply(copy.deepcopy(new))
        self.undo_stack.push(ValueChange(text, apply, old, new))

    def _apply_shape(self) -> None:
        before = list(self.panes.values())
        self._build_panes(self.release.languages)
        for pane in self.panes.values():
            if not any(pane is old for old in before):  # a new pane: its paragraphs
                pane.set_paragraphs([row.paragraph(pane.lang) for row in self.release.rows])
            elif pane.gutter is not None:  # the gutters follow the roles of the panes
                pane.gutter.hide()
                pane.gutter.deleteLater()
                pane.gutter = None
        self._attach_gutters()
        self.leveller.level_all()
        self.spell.recheck_all(delay=True)
        self._stats_timer.start()
        self.show_details()
        self.modified.emit()

    def restore_cursor(self, spot: CursorSpot | None) -> None:
        if spot is not None and spot.lang not in self.panes and self.panes:
            spot = CursorSpot(next(iter(self.panes)), spot.row, 0)  # its pane is hidden
        if spot is None or spot.lang not in self.panes:
            return
        pane = self.panes[spot.lang]
        pane.place_cursor(spot.row, spot.offset)
        pane.setFocus()
        self._on_current_row(spot.lang, min(spot.row, len(self.release.rows) - 1))

    def _cursor_spot(self) -> CursorSpot | None:
        lang = self.active_lang if self.active_lang in self.panes else (
            next(iter(self.panes)) if self.panes else None)
        return self.panes[lang].spot() if lang else None

    def visible_rows(self, pane=None) -> range:
        pane = pane or (next(iter(self.panes.values())) if self.panes else None)
        if pane is None or self.release is None:
            return range(0)
        top, bottom = pane.visible_blocks()
        return range(max(0, top), min(len(self.release.rows), bottom + 1))

    def _on_context_menu(self, lang: str, pos) -> None:
        from ui.spell_menu import show_context_menu

        show_context_menu(self, self.panes[lang], pos)

    def replace_word(self, lang: str, row: int, start: int, end: int, text: str) -> None:
        """Replace characters of a paragraph as typing would (one undo step)."""
        pane = self.panes[lang]
        block = pane.document().findBlockByNumber(row)
        cursor = pane.textCursor()
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end, cursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        pane._spot = CursorSpot(lang, row, start)
        cursor.insertText(text)
        pane.setTextCursor(cursor)

    def add_release_word(self, lang: str, word: str) -> None:
        words = copy.deepcopy(self.release.words)
        if word not in words.setdefault(lang, []):
            words[lang].append(word)
        self.change_release_words(words, self.tr("Add to the release dictionary"))

    def change_release_words(self, words: dict[str, list[str]], text: str | None = None) -> None:
        old = copy.deepcopy(self.release.words)
        self.release.words = copy.deepcopy(words)
        self.undo_stack.push(ValueChange(text or self.tr("Edit the release word list"),
                                         self.set_release_words, old, copy.deepcopy(words)))
        self.spell.recheck_all()
        self.modified.emit()

    def add_personal_word(self, word: str) -> None:
        try:
            self.spell.context.personal.add(word)
        except TandemError as err:
            self.message.emit(str(err))
            return
        self.spell.recheck_all()

    def ignore_word(self, word: str) -> None:
        self.spell.context.session_ignored.add(word.replace("’", "'"))
        self.spell.recheck_all()

    def ignore_finding(self, ignored) -> None:
        old = copy.deepcopy(self.release.ignored)
        self.release.ignored.append(ignored)
        self.undo_stack.push(ValueChange(self.tr("Ignore a finding"), self.set_ignored, old,
                                         copy.deepcopy(self.release.ignored)))
        self.modified.emit()

    def restore_ignored(self, index: int) -> None:
        """Report an ignored finding again (undoable)."""
        old = copy.deepcopy(self.release.ignored)
        del self.release.ignored[index]
        self.undo_stack.push(ValueChange(self.tr("Restore an ignored finding"), self.set_ignored,
                                         old, copy.deepcopy(self.release.ignored)))
        self.modified.emit()

    def change_names(self, names: list, text: str | None = None) -> None:
        old = copy.deepcopy(self.release.names)
        self.release.names = copy.deepcopy(names)
        self.undo_stack.push(ValueChange(text or self.tr("Edit the names registry"),
                                         self.set_names, old, copy.deepcopy(names)))
        self.modified.emit()

    def set_names(self, names: list) -> None:
        self.release.names = names
        self.modified.emit()

    def set_ignored(self, ignored: list) -> None:
        self.release.ignored = ignored
        self.modified.emit()

    def set_release_words(self, words: dict[str, list[str]]) -> None:
        self.release.words = words
        self.spell.recheck_all()
        self.modified.emit()

    def go_to_misspelling(self, direction: int) -> bool:
        """F7 / Shift+F7: select the next or previous misspelt word, in reading order."""
        found = self.spell.ordered()
        if not found:
            self.message.emit(self.tr("No misspelt words found"))
            return False
        order = list(self.panes)
        pane = self.active_pane()
        here = (pane.cursor_row(), order.index(pane.lang), pane.textCursor().selectionStart()
                - pane.document().findBlockByNumber(pane.cursor_row()).position())
        keys = [(row, order.index(lang), m.start) for row, lang, m in found]
        if direction > 0:
            nxt = next((i for i, k in enumerate(keys) if k > here), 0)
        else:
            nxt = next((i for i in range(len(keys) - 1, -1, -1) if keys[i] < here), len(keys) - 1)
        row, lang, m = found[nxt]
        target = self.panes[lang]
        block = target.document().findBlockByNumber(row)
        cursor = target.textCursor()
        cursor.setPosition(block.position() + m.start)
        cursor.setPosition(block.position() + m.end, cursor.MoveMode.KeepAnchor)
        target.setFocus()
        target.setTextCursor(cursor)
        target.ensureCursorVisible()
        return True

    # --- typing -----------------------------------------------------------------------

    def _on_text_edited(self, lang: str, first: int, last: int, before: CursorSpot, kind: str):
        pane = self.panes[lang]
        rows = self.release.rows
        if pane.row_count() != len(rows):  # cannot happen through the pane; never drift
            pane.set_paragraphs([r.paragraph(lang) for r in rows])
            self.leveller.level_all()
            return
        shown = {i: pane.paragraph(i) for i in range(first, last + 1)}  # read once
        changed = [i for i, paragraph in shown.items() if paragraph != rows[i].paragraph(lang)]
        if not changed:
            return  # a format change (padding), not an edit
        self.pause.typed()
        start, end = changed[0], changed[-1] + 1
        # copies of the rows for undo: their dicts apart, the paragraphs shared (an edit
        # replaces a Paragraph, never changes one; undo and redo copy them again). A deep
        # copy took 0.6 ms of every keystroke
        old = [copy_row(r) for r in rows[start:end]]
        for i in changed:
            row = rows[i]
            row.paragraphs[lang] = shown[i]
            if lang in self.release.target_langs and row.status.get(lang) == Status.UNTRANSLATED \
                    and not row.paragraph(lang).is_empty:
                row.status[lang] = Status.DRAFT
        new = [copy_row(r) for r in rows[start:end]]
        typing = (lang, start, kind) if end - start == 1 and kind != "replace" else None
        self.undo_stack.push(RowsChange(self, self.tr("Typing"), start, old, new, before,
                                        pane.spot(), typing))
        self.leveller.level(range(start, end))
        self.spell.rows_changed(start, end - 1, lang)
        # the statuses of these rows: of this version if it is a target, of every target
        # if it is the source (its translations may be stale now); roles do not change
        for each in self.panes.values():
            if isinstance(each.gutter, StatusGutter) and (each is pane or
                                                          lang == self.release.source_lang):
                each.gutter.update_rows(start, end - 1)
        self._stats_timer.start()
        self.modified.emit()

    # --- current row ------------------------------------------------------------------

    def _on_current_row(self, lang, row: int) -> None:
        self.current_row = row
        for pane in self.panes.values():
            pane.set_current_row(row)

    def _on_focused(self, lang: str) -> None:
        self.active_lang = lang

    def active_pane(self) -> LanguagePane:
        lang = self.active_lang if self.active_lang in self.panes else next(iter(self.panes))
        return self.panes[lang]

    # --- row operations ---------------------------------------------------------------

    def _row_op(self, text: str, start: int, old_n: int, new_n: int, op, after=None,
                cut: CursorSpot | None = None) -> bool:
        self.pause.typed()
        before = self._cursor_spot()
        # copies for undo as typing makes them: their dicts apart, the paragraphs shared (a
        # row operation puts new Paragraphs in, it never changes one)
        old = [copy_row(r) for r in self.release.rows[start:start + old_n]]
        try:
            op()
        except RowOperationError as err:
            self.message.emit(str(err))
            return False
        new = [copy_row(r) for r in self.release.rows[start:start + new_n]]
        self._show_rows(start, old_n, new, old)
        self.restore_cursor(after or before)
        self.undo_stack.push(RowsChange(self, text, start, old, new, before,
                                        after or before, cut=cut))
        return True

    def split(self, lang: str, row: int, offset: int) -> bool:
        return self._row_op(self.tr("Split row"), row, 1, 2,
                            lambda: split_row(self.release, row, {lang: offset}),
                            CursorSpot(lang, row + 1, 0), cut=CursorSpot(lang, row, offset))

    def _on_merge_requested(self, lang: str, row: int) -> None:
        self.merge(lang, row)

    def merge(self, lang: str, row: int) -> bool:
        if row + 1 >= len(self.release.rows):
            self.message.emit(self.tr("There is no next row to merge with"))
            return False
        whole = self._split_just_made(lang, row)
        if whole is not None:  # Enter, then Backspace: the row as it was, to the character
            row_before, spot = whole

            def join_back():
                self.release.rows[row:row + 2] = [copy.deepcopy(row_before)]
            return self._row_op(self.tr("Merge rows"), row, 2, 1, join_back, spot)
        junction = len(self.release.rows[row].text(lang))
        lower = self.release.rows[row + 1].text(lang)
        gap = 1 if junction and lower.strip() else 0
        return self._row_op(self.tr("Merge rows"), row, 2, 1,
                            lambda: merge_rows(self.release, row),
                            CursorSpot(lang, row, junction + gap))

    def _split_just_made(self, lang: str, row: int):
        """When the last thing done is a split of ``row`` (in any pane) and the two rows are
        as it left them: the row as it was before and where the cursor goes. A merge joins
        two rows with one space (and a split trims the spaces at the cut), so Enter in the
        middle of a word and Backspace made "prese ntation"; joined back here, the row is
        exact."""
        stack = self.undo_stack
        last = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if not isinstance(last, RowsChange) or last.cut is None or last.start != row:
            return None
        if self.release.rows[row:row + 2] != last.new_rows:
            return None  # changed since (a status, another version's text)
        # the cursor where the split cut, or, joined from another pane, where its text meets
        spot = last.cut if last.cut.lang == lang else CursorSpot(
            lang, row, len(self.release.rows[row].text(lang)))
        return last.old_rows[0], spot

    def split_at_cursor(self) -> bool:
        spot = self.active_pane().spot()
        return self.split(spot.lang, spot.row, spot.offset)

    def merge_with_next(self) -> bool:
        spot = self.active_pane().spot()
        return self.merge(spot.lang, spot.row)

    def move_paragraph(self, direction: int) -> bool:
        spot = self.active_pane().spot()
        other = spot.row + direction
        if not 0 <= other < len(self.release.rows):
            self.message.emit(self.tr("There is no row to move the paragraph to"))
            return False
        start = min(spot.row, other)
        return self._row_op(self.tr("Move paragraph"), start, 2, 2,
                            lambda: move_paragraph(self.release, spot.row, spot.lang, direction),
                            CursorSpot(spot.lang, other, spot.offset))

    def insert_row_below(self) -> bool:
        spot = self.active_pane().spot()
        row = spot.row + 1
        return self._row_op(self.tr("Insert row"), row, 0, 1,
                            lambda: insert_row(self.release, row),
                            CursorSpot(spot.lang, row, 0))

    def delete_current_row(self) -> bool:
        spot = self.active_pane().spot()
        row = spot.row
        if len(self.release.rows) == 1:  # the last row is emptied, never removed
            def clear():
                old = self.release.rows[0]
                self.release.rows[0] = self.release.new_row(role=old.role)
                self.release.rows[0].id = old.id
            return self._row_op(self.tr("Delete row"), 0, 1, 1, clear, CursorSpot(spot.lang, 0, 0))
        target = min(row, len(self.release.rows) - 2)
        return self._row_op(self.tr("Delete row"), row, 1, 0,
                            lambda: delete_row(self.release, row),
                            CursorSpot(spot.lang, target, 0))

    def confirm_alignment(self) -> bool:
        """The current row's pairing is right: no longer marked for review."""
        row_index = self.current_row
        if self.release.rows[row_index].align_score is None:
            self.message.emit(self.tr("This row's alignment needs no confirming"))
            return False

        def confirm():
            self.release.rows[row_index].align_score = None
        return self._row_op(self.tr("Confirm alignment"), row_index, 1, 1, confirm)

    def realign_from_here(self) -> bool:
        """Pair the paragraphs of the rows from the current one to the end again, with the
        automatic aligner (editor.importers.release_builder.realign_from; one undo step)."""
        from editor.importers.release_builder import realign_from

        start = self.current_row
        rel = self.release
        new_rows = realign_from(rel, start)
        if not new_rows:
            self.message.emit(self.tr("Nothing to align from here"))
            return False
        old_n = len(rel.rows) - start
        before = copy.deepcopy(rel.rows[start:])
        spot = self._cursor_spot()
        rel.rows[start:] = new_rows
        self._realigned = len(new_rows)
        new = copy.deepcopy(rel.rows[start:])
        self._show_rows(start, old_n, new)
        self.undo_stack.push(RowsChange(self, self.tr("Re-align from here"), start, before, new,
                                        spot, spot))
        return True

    def replace_paragraphs(self, changes: dict, text: str) -> bool:
        """Put new paragraphs in place ({(row, lang): Paragraph}), one undo step."""
        if not changes:
            return False
        rows = [row for row, _ in changes]
        start, end = min(rows), max(rows) + 1

        def apply():
            for (row, lang), paragraph in changes.items():
                self.release.rows[row].paragraphs[lang] = paragraph
        return self._row_op(text, start, end - start, end - start, apply)

    def replace_whole_rows(self, rows: dict, text: str) -> bool:
        """Put new rows ({index: Row}) in place, one undo step."""
        if not rows:
            return False
        start, end = min(rows), max(rows) + 1

        def apply():
            for i, row in rows.items():
                self.release.rows[i] = copy.deepcopy(row)
        return self._row_op(text, start, end - start, end - start, apply)

    def select_match(self, lang: str, row: int, start: int, end: int) -> None:
        """Select characters of a paragraph in its pane and show them (showing the pane, if
        it was hidden)."""
        if lang not in self.panes:
            self.set_hidden(self.hidden - {lang})
        pane = self.panes[lang]
        block = pane.document().findBlockByNumber(row)
        cursor = pane.textCursor()
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end, cursor.MoveMode.KeepAnchor)
        pane.setFocus()
        pane.setTextCursor(cursor)
        pane.ensureCursorVisible()
        self.active_lang = lang

    def mark_current(self, status: Status) -> bool:
        """Confirm the current row's translations as translated or reviewed."""
        row_index = self.current_row
        row = self.release.rows[row_index]
        source = row.text(self.release.source_lang)
        targets = [t for t in self.release.target_langs if not row.paragraph(t).is_empty]
        if not targets:
            self.message.emit(self.tr("This row has no translation to confirm yet"))
            return False

        def mark():
            for t in targets:
                row.confirm(t, source, status)
        text = self.tr("Mark reviewed") if status is Status.REVIEWED else self.tr("Mark translated")
        return self._row_op(text, row_index, 1, 1, mark)
