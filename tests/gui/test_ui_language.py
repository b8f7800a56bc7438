"""Switching the interface language switches everything at once: every menu, the checks
panel, the status bar and every dialog (opened through its menu) show no string of the
other language. Names of programs and formats (Tandem, DOCX, Hunspell …) are the same in
both."""

import re

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFontComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from tests.gui.helpers import open_sample
from ui import i18n

SAME_IN_BOTH = {
    "tandem", "hunspell", "natasha", "iuliia", "docx", "pdf", "html", "xliff", "tmx", "newsml",
    "csv", "tbx", "smtp", "starttls", "ssl", "tls", "utf", "ctrl", "shift", "alt", "del", "enter",
    "backspace", "delete", "return", "esc", "iso", "url", "xml", "eml", "libreoffice", "word",
    "ins", "home", "end", "pgup", "pgdown", "tab", "space", "print", "ize", "ise", "oxford", "api",
    "ltd", "kz", "press", "example", "org", "com", "g2", "cat", "unesco", "utc", "png", "jpeg",
    "jpg", "gif", "bmp", "omegat", "auto", "odt", "opendocument",  # names of programs, formats
}
# the interface languages are offered by their own names, as everywhere
NATIVE_NAMES = {"English", "Русский"}
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
TAG = re.compile(r"<[^>]+>")


def _widget_texts(widget: QWidget) -> list[str]:
    out = [widget.windowTitle(), widget.toolTip(), widget.statusTip(), widget.whatsThis()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        out.append(widget.text())
    if isinstance(widget, QGroupBox):
        out.append(widget.title())
    if isinstance(widget, QLineEdit):
        out.append(widget.placeholderText())
    if isinstance(widget, QComboBox) and not isinstance(widget, QFontComboBox):
        out += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        out += [header.text(i) for i in range(header.columnCount())]
    if isinstance(widget, QTableWidget):
        out += [widget.horizontalHeaderItem(i).text() for i in range(widget.columnCount())
                if widget.horizontalHeaderItem(i)]
    if isinstance(widget, QTabWidget):
        out += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QMenu):
        for action in widget.actions():
            out += [action.text(), action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""]
            if action.menu() is not None:
                out += _widget_texts(action.menu())
    return [t for t in out if t]


def all_texts(top: QWidget) -> list[str]:
    texts = _widget_texts(top)
    for child in top.findChildren(QWidget):
        if type(child).__name__ in ("LanguagePane", "QTextEdit", "QPlainTextEdit", "QTextBrowser"):
            continue  # the release's own text, not the interface
        texts += _widget_texts(child)
    return texts


def foreign(texts: list[str], lang: str) -> list[str]:
    texts = [t for t in texts if t not in NATIVE_NAMES and not t.startswith("/")]
    texts = [t.replace("МИД,", "") for t in texts]  # an example of a Russian abbreviation
    texts = [TAG.sub(" ", t) for t in texts]  # rich text: the tags are no words
    if lang == "ru":
        return sorted({t for t in texts if any(w.lower() not in SAME_IN_BOTH
                                                for w in LATIN_WORD.findall(t.replace("&", "")))})
    return sorted({t for t in texts if CYRILLIC.search(t)})


def _walk_everything(qtbot, w, monkeypatch) -> list[str]:
    texts = all_texts(w)
    for menu in w.menuBar().findChildren(QMenu):
        texts += _widget_texts(menu)
    opened = []

    def walk_and_close(self, *args):
        opened.append(type(self).__name__)
        texts.extend(all_texts(self))
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(QDialog, "exec", walk_and_close)
    # Import first asks about the unsaved release: its question is walked too
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: texts.extend(
        [title, text]) or QMessageBox.StandardButton.Discard)
    for action in (w.action_details, w.action_settings, w.action_import, w.action_wordlists,
                   w.action_registry, w.action_ignored, w.action_shortcuts):
        action.trigger()
    w.action_find.trigger()
    texts += all_texts(w.find_dialog)
    from ui.export_dialog import ExportDialog
    from ui.send_dialog import SendDialog

    for dialog in (ExportDialog(w.release, w.view.spell.context.registry, ".", w),
                   SendDialog(w.release, w.settings, w)):
        texts += all_texts(dialog)
    assert len(opened) == 7, opened
    return texts


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_after_a_switch_no_string_of_the_other_language_is_left(qtbot, monkeypatch, lang):
    w = open_sample(qtbot)
    first = "en" if lang == "ru" else "ru"
    i18n.install(first)
    qtbot.waitUntil(lambda: w.action_find.text() == ("&Find…" if first == "en" else "&Найти…"))
    assert w.checks.wait()
    w.action_find.trigger()  # a dialog that exists before the switch must follow it too
    pane = w.view.panes["en"]
    pane.setFocus()
    pane.place_cursor(1, 0)
    qtbot.keyClicks(pane, "Typed ")  # an undo step named in the first language
    assert w.action_undo.text()
    i18n.install(lang)  # the switch, as Settings → Interface language makes it
    qtbot.waitUntil(lambda: w.action_find.text() == ("&Find…" if lang == "en" else "&Найти…"))
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the old menus
    w.checks.show_info.setChecked(True)
    texts = _walk_everything(qtbot, w, monkeypatch)
    texts.append(w.action_undo.text())
    assert w.action_undo.text().endswith("Ввод текста" if lang == "ru" else "Typing")
    assert len(texts) > 200
    left = foreign(texts, lang)
    assert left == [], "\n".join(left)
    i18n.install("en")
