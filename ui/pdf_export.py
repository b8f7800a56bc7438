"""PDF through Qt's own writer, for machines without LibreOffice: the release's HTML
version laid out by QTextDocument on A4 pages. Also a program (``python -m ui.pdf_export``:
a JSON request {html, title, lang} on stdin, the PDF on stdout), which is how the core and
the command line use it without loading Qt themselves."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument


def html_pdf_bytes(html: str, title: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 18, 20, 18), QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("Tandem")
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    app = QGuiApplication.instance() or QGuiApplication(["tandem-pdf"])  # noqa: F841
    sys.stdout.buffer.write(html_pdf_bytes(request["html"], request.get("title", "")))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
