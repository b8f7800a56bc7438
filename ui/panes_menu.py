"""The Panes menu of the main window: a check per version (shown or hidden), the version
to translate from, versions to add, and moving the pane the cursor is in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def fill_panes_menu(window) -> None:
    """Fill ``window.panes_menu``: a check per version (shown or hidden; the last one shown
    cannot be hidden) and moving the pane the cursor is in. Its texts are the window's
    (translated in the MainWindow context)."""
    from ui.release_view import language_name

    menu = window.panes_menu
    menu.clear()
    if window.release is None:
        return
    shown = tuple(window.view.panes)
    for lang in window.view.full_order(window.release.languages):
        name = language_name(lang)
        if lang == window.release.source_lang:
            name = QCoreApplication.translate("MainWindow", "%1 (source)").replace("%1", name)
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(lang in shown)
        action.setEnabled(not (lang in shown and len(shown) == 1))
        action.setObjectName(f"show-pane-{lang}")
        action.toggled.connect(lambda on, lang=lang: window.show_pane(lang, on))
    menu.addSeparator()
    active = window.view.active_pane().lang if shown else None
    if active is not None:
        text = QCoreApplication.translate("MainWindow", "Translate from %1")
        source = menu.addAction(text.replace("%1", language_name(active)),
                                lambda: window.view.set_source(active))
        source.setObjectName("make-source")
        source.setEnabled(active != window.release.source_lang)
    from editor.languages import PROFILES

    for lang in (code for code in PROFILES if code not in window.release.languages):
        text = QCoreApplication.translate("MainWindow", "Add a version in %1")
        added = menu.addAction(text.replace("%1", language_name(lang)),
                               lambda lang=lang: window.view.add_language(lang))
        added.setObjectName(f"add-version-{lang}")
    left = menu.addAction(QCoreApplication.translate("MainWindow", "Move pane &left"),
                          lambda: window.move_pane(-1))
    right = menu.addAction(QCoreApplication.translate("MainWindow", "Move pane &right"),
                           lambda: window.move_pane(1))
    left.setEnabled(bool(active) and shown.index(active) > 0)
    right.setEnabled(bool(active) and shown.index(active) < len(shown) - 1)
