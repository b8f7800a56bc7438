"""PDF of a release, one language per file: made from the Word file by LibreOffice when it is
installed (the letterhead exactly as Word would print it), else by Qt's own PDF writer from
the HTML version (the same text, headings and emphasis, on A4; no letterhead header). Qt runs
in a separate process, so the core never loads a GUI toolkit; it needs no display."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from editor.export.docx_writer import to_docx
from editor.export.html_mail import attachment_stem, headline, to_html
from editor.export.validation import ExportError
from editor.model import Release
from editor.profile import Profile

LIBREOFFICE = "LibreOffice"
QT = "Qt"


def office_binary() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(data: bytes, name: str) -> bytes | None:
    """A PDF of a Word file through LibreOffice, when it is installed; else None."""
    office = office_binary()
    if office is None:
        return None
    with tempfile.TemporaryDirectory(prefix="tandem-pdf-") as folder:
        src = Path(folder) / f"{name}.docx"
        src.write_bytes(data)
        try:
            subprocess.run([office, "--headless", "--norestore", "--convert-to", "pdf",
                            "--outdir", folder, str(src)], capture_output=True, timeout=120,
                           check=True, env={"HOME": folder, "PATH": "/usr/bin:/bin"})
        except (subprocess.SubprocessError, OSError):
            return None
        pdf = src.with_suffix(".pdf")
        return pdf.read_bytes() if pdf.exists() else None


def html_to_pdf(html: str, title: str, lang: str) -> bytes | None:
    """A PDF of an HTML page by Qt (ui/pdf_export.py run as a program), or None when Qt is
    not there or fails."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    request = json.dumps({"html": html, "title": title, "lang": lang}).encode("utf-8")
    try:
        done = subprocess.run([sys.executable, "-m", "ui.pdf_export"], input=request,
                              capture_output=True, timeout=120, env=env,
                              cwd=str(Path(__file__).resolve().parents[2]))
    except (subprocess.SubprocessError, OSError):
        return None
    if done.returncode != 0 or not done.stdout.startswith(b"%PDF"):
        return None
    return done.stdout


def to_pdf(release: Release, lang: str, profile: Profile | None = None,
           template: Path | None = None, english: str = "en-GB") -> tuple[bytes, str]:
    """(PDF bytes, which program made it)."""
    if lang not in release.languages:
        raise ExportError(f"the release has no {lang!r} version")
    stem = f"{attachment_stem(release, lang)}.{lang}"
    if office_binary():
        data = docx_to_pdf(to_docx(release, lang, template, english, profile), stem)
        if data:
            return data, LIBREOFFICE
    data = html_to_pdf(to_html(release, [lang], profile), headline(release, lang), lang)
    if data:
        return data, QT
    raise ExportError("a PDF cannot be made on this computer: LibreOffice is not installed "
                      "and Qt's PDF writer did not start")
