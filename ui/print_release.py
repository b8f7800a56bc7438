"""Print and Print Preview of one language or both: the release's HTML version (the one the
e-mail and PDF exports use) laid out by QTextDocument for the chosen printer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QInputDialog

from editor.export.html_mail import to_html
from editor.model import Release


def document_for(release: Release, langs: list[str]) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(to_html(release, langs))
    return doc


def choose_languages(parent, release: Release) -> list[str] | None:
    """Both languages or one; None when the user cancels."""
    from ui.release_view import language_name

    options = [(QCoreApplication.translate("Print", "Both languages"), list(release.languages))]
    options += [(language_name(lang), [lang]) for lang in release.languages]
    label, ok = QInputDialog.getItem(parent, QCoreApplication.translate("Print", "Print"), QCoreApplication.translate("Print", "Print which version?"),
                                     [o[0] for o in options], 0, False)
    if not ok:
        return None
    return next(langs for text, langs in options if text == label)


def new_printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def print_release(parent, release: Release, preview: bool = False) -> bool:
    langs = choose_languages(parent, release)
    if langs is None:
        return False
    printer = new_printer()
    doc = document_for(release, langs)
    if preview:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setObjectName("print-preview")
        dialog.paintRequested.connect(doc.print_)
        return dialog.exec() == QDialog.DialogCode.Accepted
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    doc.print_(printer)
    return True
