"""PDF through Qt's own writer, for machines without LibreOffice: the release's HTML
version laid out by QTextDocument on A4 pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from editor.export.html_mail import to_html
from editor.model import Release


def write_pdf(release: Release, lang: str, path: Path) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 18, 20, 18), QPageLayout.Unit.Millimeter))
    writer.setTitle(release.meta.headline.get(lang, "") or "Press release")
    doc = QTextDocument()
    doc.setHtml(to_html(release, [lang]))
    doc.print_(writer)
    return path
