"""A self-contained HTML version of the release (inline CSS, one or both languages, from
templates/email.html), and an .eml message: multipart/alternative plain text + HTML, the
Word files (and PDFs when LibreOffice is installed) attached, UTF-8 headers, the subject
from the headline."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from string import Template

from editor.export.dateline import dateline, embargo_line, embargo_tag
from editor.export.docx_writer import to_docx
from editor.export.validation import ExportError
from editor.model import MarkKind, Paragraph, Release, Role
from editor.resources_path import TEMPLATES

_P = "margin:0 0 12px;font-size:16px;line-height:1.5;"
_STYLE = {Role.HEADLINE: "margin:0 0 12px;font-size:24px;line-height:1.25;color:#1f3864;",
          Role.LEAD: _P + "font-weight:bold;", Role.BODY: _P,
          Role.QUOTE: _P + "font-style:italic;border-left:3px solid #ccc;padding-left:12px;",
          Role.BOILERPLATE: _P + "font-size:13px;color:#555;", Role.CONTACT: _P + "font-size:13px;"}


def _inline(p: Paragraph) -> str:
    """Paragraph text as HTML with <b>, <i> and <a>; line breaks as <br>."""
    text = p.text
    cuts = sorted({0, len(text), *(m.start for m in p.marks), *(m.end for m in p.marks)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = html.escape(text[a:b]).replace("\n", "<br>")
        for m in p.marks:
            if m.start <= a and b <= m.end:
                if m.kind is MarkKind.BOLD:
                    piece = f"<b>{piece}</b>"
                elif m.kind is MarkKind.ITALIC:
                    piece = f"<i>{piece}</i>"
                elif m.kind is MarkKind.LINK:
                    piece = f'<a href="{html.escape(m.href or "", quote=True)}">{piece}</a>'
        out.append(piece)
    return "".join(out)


def headline(release: Release, lang: str) -> str:
    if release.meta.headline.get(lang):
        return release.meta.headline[lang]
    row = next((r for r in release.rows if r.role is Role.HEADLINE and r.text(lang).strip()), None)
    if row is not None:
        return row.text(lang)
    lead = next((r.text(lang) for r in release.rows if r.text(lang).strip()), "")
    return lead if len(lead) <= 110 else lead[:110].rsplit(" ", 1)[0] + "…"


def _section(release: Release, lang: str) -> str:
    m = release.meta
    parts = [f'<div lang="{lang}" style="padding:20px 28px;">']
    title = m.headline.get(lang)
    if title:
        parts.append(f'<h1 style="{_STYLE[Role.HEADLINE]}">{html.escape(title)}</h1>')
    line = dateline(m.place.get(lang, ""), m.date, lang)
    if line:
        parts.append(f'<p style="{_P}color:#555;font-size:14px;">{html.escape(line)}</p>')
    if m.embargo:
        parts.append(f'<p style="{_P}color:#b00000;font-weight:bold;">'
                     f'{html.escape(embargo_line(m.embargo, lang))}</p>')
    for row in release.rows:
        para = row.paragraph(lang)
        if para.is_empty:
            continue
        tag = "h1" if row.role is Role.HEADLINE and not title else "p"
        parts.append(f'<{tag} style="{_STYLE[row.role]}">{_inline(para)}</{tag}>')
    parts.append("</div>")
    return "\n  ".join(parts)


def to_html(release: Release, langs: list[str] | None = None) -> str:
    langs = langs or list(release.languages)
    m = release.meta
    sections = '\n  <hr style="border:none;border-top:1px solid #ddd;margin:0 28px;">\n  '.join(
        _section(release, lang) for lang in langs)
    contacts = "<br>".join(html.escape(" · ".join(v for v in (c.name, c.role, c.phone, c.email) if v))
                           for c in m.contacts)
    template = Template((TEMPLATES / "email.html").read_text(encoding="utf-8"))
    return template.safe_substitute(
        lang=langs[0], title=html.escape(" / ".join(headline(release, lang) for lang in langs)),
        organisation=html.escape(" / ".join(m.organisation[lang] for lang in langs
                                            if m.organisation.get(lang))),
        sections=sections, contacts=contacts)


def to_text(release: Release, langs: list[str] | None = None) -> str:
    langs = langs or list(release.languages)
    blocks = []
    for lang in langs:
        m = release.meta
        lines = [embargo_line(m.embargo, lang), ""] if m.embargo else []
        lines += [headline(release, lang), ""]
        line = dateline(m.place.get(lang, ""), m.date, lang)
        if line:
            lines += [line, ""]
        for row in release.rows:
            if row.text(lang).strip():
                lines += [row.text(lang), ""]
        blocks.append("\n".join(lines).strip())
    return ("\n\n" + "-" * 40 + "\n\n").join(blocks) + "\n"


def docx_to_pdf(data: bytes, name: str) -> bytes | None:
    """A PDF of a Word file through LibreOffice, when it is installed; else None."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
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


def attachment_stem(release: Release, lang: str) -> str:
    """"2025-12-18 Days of Kazakh Cinema": the date and the headline, as a file name that
    every mail program and file system takes (no path or reserved characters, 80 at most)."""
    title = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", headline(release, lang))
    title = " ".join(title.split()).rstrip(". …")
    if len(title) > 80:
        title = title[:80].rsplit(" ", 1)[0]
    date = release.meta.date.isoformat() + " " if release.meta.date else ""
    return (date + title).strip() or "release"


def to_eml(release: Release, langs: list[str] | None = None, sender: str = "",
           recipients: list[str] | None = None, attach: bool = True,
           pdf: bool = True) -> EmailMessage:
    langs = langs or list(release.languages)
    msg = EmailMessage()
    subject = " / ".join(headline(release, lang) for lang in langs)
    if release.meta.embargo:  # the reader sees it before opening the message
        subject = f"{embargo_tag(langs[0])}: {subject}"
    msg["Subject"] = subject
    msg["From"] = sender or "press@example.invalid"
    msg["To"] = sender or "undisclosed-recipients:;"
    if recipients:
        msg["Bcc"] = ", ".join(recipients)
    msg["Date"] = format_datetime(datetime.now().astimezone())
    msg["Message-ID"] = make_msgid(domain="tandem.invalid")
    msg["Content-Language"] = ", ".join(langs)
    msg.set_content(to_text(release, langs))
    msg.add_alternative(to_html(release, langs), subtype="html")
    if attach:
        for lang in langs:
            stem = attachment_stem(release, lang)
            data = to_docx(release, lang)
            msg.add_attachment(data, maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=f"{stem}.{lang}.docx")
            pdf_data = docx_to_pdf(data, f"{stem}.{lang}") if pdf else None
            if pdf_data:
                msg.add_attachment(pdf_data, maintype="application", subtype="pdf",
                                   filename=f"{stem}.{lang}.pdf")
    return msg


def eml_bytes(msg: EmailMessage) -> bytes:
    try:
        return bytes(msg)
    except (ValueError, UnicodeError) as err:
        raise ExportError(f"the message cannot be written: {err}") from err
