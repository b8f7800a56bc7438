"""The context menu of a pane: for a misspelt word, its suggestions (looked up in the
background if not already known), Add to the release or personal dictionary and Ignore
all; then the usual Cut/Copy/Paste."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu

MAX_SUGGESTIONS = 7


class _Found(QObject):
    ready = Signal(list)


class _Suggest(QRunnable):
    def __init__(self, service, word: str, script: str, signal: _Found):
        super().__init__()
        self.service, self.word, self.script, self.signal = service, word, script, signal

    def run(self):
        found = self.service.suggest(self.word, self.script)
        try:
            self.signal.ready.emit(found)
        except RuntimeError:  # the menu closed before the suggestions came
            pass


def build_context_menu(view, pane, pos) -> QMenu:
    menu = QMenu(pane)
    hit = view.spell.at(pane, pane.cursorForPosition(pos).position()) if view.spell.enabled else None
    if hit is not None:
        row, m = hit
        service = view.spell.context.service
        word = m.word.replace("’", "'")
        placeholder = menu.addAction(QCoreApplication.translate("SpellMenu", "Looking for suggestions…"))
        placeholder.setEnabled(False)
        menu.addSeparator()

        def fill(suggestions: list[str]) -> None:
            for s in suggestions[:MAX_SUGGESTIONS]:
                action = QAction(s, menu)
                bold = QFont(action.font())
                bold.setBold(True)
                action.setFont(bold)
                action.triggered.connect(
                    lambda _=False, s=s: view.replace_word(pane.lang, row, m.start, m.end, s))
                menu.insertAction(placeholder, action)
            if suggestions:
                menu.removeAction(placeholder)
            else:
                placeholder.setText(QCoreApplication.translate("SpellMenu", "(no suggestions)"))

        cached = service.cached_suggestions(word, m.script)
        if cached is not None:
            fill(cached)
        else:  # ~0.1 s in Russian: never on the UI thread
            found = _Found(menu)
            found.ready.connect(fill)
            QThreadPool.globalInstance().start(_Suggest(service, word, m.script, found))
        add_release = menu.addAction(QCoreApplication.translate("SpellMenu", "Add to the release dictionary"))
        add_release.triggered.connect(lambda: view.add_release_word(m.script, m.word))
        add_personal = menu.addAction(QCoreApplication.translate("SpellMenu", "Add to my personal dictionary"))
        add_personal.triggered.connect(lambda: view.add_personal_word(m.word))
        ignore = menu.addAction(QCoreApplication.translate("SpellMenu", "Ignore all"))
        ignore.triggered.connect(lambda: view.ignore_word(m.word))
        menu.addSeparator()
    standard = pane.createStandardContextMenu(pos)
    for action in standard.actions():
        if action.objectName() in ("edit-undo", "edit-redo"):
            continue  # the pane has no undo of its own; Edit → Undo is the one history
        action.setParent(menu)
        menu.addAction(action)
    return menu


def show_context_menu(view, pane, pos) -> None:
    menu = build_context_menu(view, pane, pos)
    menu.exec(pane.viewport().mapToGlobal(pos))
    menu.deleteLater()
