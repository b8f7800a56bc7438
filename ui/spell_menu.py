"""The context menu of a pane: for a misspelt word, its suggestions (looked up in the
background if not already known), Add to the release or personal dictionary and Ignore
all; then the usual Cut/Copy/Paste."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu

MAX_SUGGESTIONS = 7
_tokens = itertools.count(1)


def build_context_menu(view, pane, pos) -> QMenu:
    menu = QMenu(pane)
    hit = view.spell.at(pane, pane.cursorForPosition(pos).position()) if view.spell.enabled else None
    if hit is not None:
        row, m = hit
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

        cached = view.spell.suggestions.get((m.script, word))
        if cached is not None:
            fill(cached)
        else:  # ~0.1 s in Russian: asked of the checks process, never on the UI thread
            token = next(_tokens)

            def arrived(answered: int, words: list, menu=menu) -> None:
                if answered == token:
                    view.worker.suggested.disconnect(arrived)
                    view.spell.suggestions[(m.script, word)] = words
                    fill(words)
            view.worker.suggested.connect(arrived)
            menu.destroyed.connect(lambda *_: _disconnect(view.worker.suggested, arrived))
            view.worker.ask(view.spell.context, None, ("suggest", token, word, m.script))
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


def _disconnect(signal, slot) -> None:
    try:
        signal.disconnect(slot)
    except (RuntimeError, TypeError):
        pass  # done already


def show_context_menu(view, pane, pos) -> None:
    menu = build_context_menu(view, pane, pos)
    menu.exec(pane.viewport().mapToGlobal(pos))
    menu.deleteLater()
