"""A self-contained HTML version of the release (inline CSS, one or both languages, from
templates/email.html), and an .eml message: multipart/alternative plain text + HTML, the
Word files (and PDFs when LibreOffice is installed) attached, UTF-8 headers, the subject
from the headline."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from string import Template

from editor.export.dateline import dateline, embargo_line, embargo_tag
from editor.export.docx_writer import to_docx
from editor.export.layout import layout
from editor.export.validation import ExportError
from editor.model import MarkKind, Paragraph, Release, Role
from editor.profile import Profile, organisation_name
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


def _section(release: Release, lang: str, profile: Profile) -> str:
    m = release.meta
    parts = [f'<div lang="{lang}" style="padding:20px 28px;">']
    title = m.headline.get(lang)
    if title:
        parts.append(f'<h1 style="{_STYLE[Role.HEADLINE]}">{html.escape(title)}</h1>')
    if m.subheadline.get(lang):
        parts.append(f'<p style="{_P}font-size:18px;font-style:italic;color:#404040;">'
                     f'{html.escape(m.subheadline[lang])}</p>')
    line = dateline(m.place.get(lang, ""), m.date, lang)
    if line:
        parts.append(f'<p style="{_P}color:#555;font-size:14px;">{html.escape(line)}</p>')
    if m.embargo:
        parts.append(f'<p style="{_P}color:#b00000;font-weight:bold;">'
                     f'{html.escape(embargo_line(m.embargo, lang))}</p>')
    shaped = layout(release, lang, profile)
    for role, para in shaped.body:
        tag = "h1" if role is Role.HEADLINE and not title else "p"
        parts.append(f'<{tag} style="{_STYLE[role]}">{_inline(para)}</{tag}>')
    if shaped.end_mark:
        parts.append(f'<p style="{_P}text-align:center;">{html.escape(shaped.end_mark)}</p>')
    for heading, items, role in ((shaped.notes_label, shaped.notes, Role.BOILERPLATE),
                                 (shaped.contacts_label, shaped.contacts, Role.CONTACT)):
        if items:
            parts.append(f'<p style="{_STYLE[role]}font-weight:bold;">{html.escape(heading)}</p>')
            parts += [f'<p style="{_STYLE[role]}">{_inline(para)}</p>' for para in items]
    parts.append("</div>")
    return "\n  ".join(parts)


def _organisation(release: Release, langs: list[str], profile: Profile) -> str:
    return " / ".join(dict.fromkeys(
        v for v in (organisation_name(release.meta.organisation, profile, lang) for lang in langs)
        if v))


def to_html(release: Release, langs: list[str] | None = None,
            profile: Profile | None = None) -> str:
    langs = langs or list(release.languages)
    profile = profile or Profile()
    sections = '\n  <hr style="border:none;border-top:1px solid #ddd;margin:0 28px;">\n  '.join(
        _section(release, lang, profile) for lang in langs)
    footer = []
    for lang in langs:
        d = profile.get(lang)
        line = " · ".join(v for v in (d.contact_line(), d.rights) if v)
        if line:
            footer.append(f'<span lang="{lang}">{html.escape(line)}</span>')
    template = Template((TEMPLATES / "email.html").read_text(encoding="utf-8"))
    return template.safe_substitute(
        lang=langs[0], title=html.escape(" / ".join(headline(release, lang) for lang in langs)),
        organisation=html.escape(_organisation(release, langs, profile)),
        sections=sections, contacts="<br>".join(dict.fromkeys(footer)))


def to_text(release: Release, langs: list[str] | None = None,
            profile: Profile | None = None) -> str:
    langs = langs or list(release.languages)
    profile = profile or Profile()
    blocks = []
    for lang in langs:
        m = release.meta
        lines = [embargo_line(m.embargo, lang), ""] if m.embargo else []
        lines += [headline(release, lang), ""]
        if m.subheadline.get(lang):
            lines += [m.subheadline[lang], ""]
        line = dateline(m.place.get(lang, ""), m.date, lang)
        if line:
            lines += [line, ""]
        shaped = layout(release, lang, profile)
        lines += [t for _, para in shaped.body for t in (para.text, "")]
        if shaped.end_mark:
            lines += [shaped.end_mark, ""]
        for heading, items in ((shaped.notes_label, shaped.notes),
                               (shaped.contacts_label, shaped.contacts)):
            if items:
                lines += [heading + ":"] + [para.text for para in items] + [""]
        blocks.append("\n".join(lines).strip())
    return ("\n\n" + "-" * 40 + "\n\n").join(blocks) + "\n"


def attachment_stem(release: Release, lang: str) -> str:
    """"2025-12-18 Days of Kazakh Cinema": the date and the headline, as a file name that
    every mail program and file system takes (no path or reserved characters, 80 at most)."""
    title = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", headline(release, lang))
    title = " ".join(title.split()).rstrip(". …")
    if len(title) > 80:
        title = title[:80].rsplit(" ", 1)[0]
    date = release.meta.date.isoformat() + " " if release.meta.date else ""
    return (date + title).strip() or "release"


@dataclass
class Attachment:
    filename: str
    subtype: str  # under application/
    data: bytes


DOCX_TYPE = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def attachments_for(release: Release, lang: str, profile: Profile | None = None,
                    pdf: bool = True) -> tuple[list[Attachment], list[str]]:
    """The Word file and the PDF of one language, named "2025-12-18 Headline.en.docx", and
    what could not be made (one line each), so the sender can say so."""
    from editor.export.pdf import to_pdf

    stem = f"{attachment_stem(release, lang)}.{lang}"
    out = [Attachment(f"{stem}.docx", DOCX_TYPE, to_docx(release, lang, profile=profile))]
    problems = []
    if pdf:
        try:
            out.append(Attachment(f"{stem}.pdf", "pdf", to_pdf(release, lang, profile)[0]))
        except ExportError as err:
            problems.append(f"{stem}.pdf: {err}")
    return out, problems


def sender_for(sender: str, langs: list[str], profile: Profile) -> str:
    """The From header: as given; a bare address gets the profile's display name in the
    message's language; nothing given, the profile's sender."""
    if not sender:
        return profile.sender(langs[0]) or "press@example.invalid"
    name, address = parseaddr(sender)
    if name or not address:
        return sender
    own = profile.sender(langs[0])
    return f"{parseaddr(own)[0]} <{address}>" if own and parseaddr(own)[0] else sender


def to_eml(release: Release, langs: list[str] | None = None, sender: str = "",
           recipients: list[str] | None = None, attach: bool = True,
           pdf: bool = True, profile: Profile | None = None,
           attachments: list[Attachment] | None = None) -> EmailMessage:
    """The message; ``attachments`` made beforehand (see attachments_for) go in as they are,
    else they are made here when ``attach``."""
    langs = langs or list(release.languages)
    profile = profile or Profile()
    msg = EmailMessage()
    subject = " / ".join(headline(release, lang) for lang in langs)
    if release.meta.embargo:  # the reader sees it before opening the message
        subject = f"{embargo_tag(langs[0])}: {subject}"
    msg["Subject"] = subject
    msg["From"] = sender_for(sender, langs, profile)
    msg["To"] = msg["From"] if "example.invalid" not in str(msg["From"]) else "undisclosed-recipients:;"
    if recipients:
        msg["Bcc"] = ", ".join(recipients)
    msg["Date"] = format_datetime(datetime.now().astimezone())
    msg["Message-ID"] = make_msgid(domain=parseaddr(str(msg["From"]))[1].rpartition("@")[2]
                                   or "tandem.invalid")
    msg["Content-Language"] = ", ".join(langs)
    msg.set_content(to_text(release, langs, profile))
    msg.add_alternative(to_html(release, langs, profile), subtype="html")
    if attachments is None and attach:
        attachments = [a for lang in langs for a in attachments_for(release, lang, profile, pdf)[0]]
    for a in attachments or []:
        msg.add_attachment(a.data, maintype="application", subtype=a.subtype, filename=a.filename)
    return msg


def eml_bytes(msg: EmailMessage) -> bytes:
    try:
        return bytes(msg)
    except (ValueError, UnicodeError) as err:
        raise ExportError(f"the message cannot be written: {err}") from err


def html_bytes(release, profile=None) -> bytes:
    """The web page as the export writes it (UTF-8)."""
    return to_html(release, profile=profile).encode("utf-8")


def eml_file(release, profile=None) -> bytes:
    """The message as the export writes it (an .eml file)."""
    return eml_bytes(to_eml(release, profile=profile))
