"""How a release is laid out for readers, the same in Word, HTML, plain text and PDF: the
text, then the end mark (###), then "Notes to editors" (the boilerplate rows, or the
organisation's own paragraph from the profile), then "Media contacts" (the contact rows and
the release's contacts, or the press office from the profile)."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.model import Paragraph, Release, Role
from editor.profile import Profile
from editor.wording import label

_CLOSING = (Role.BOILERPLATE, Role.CONTACT)


@dataclass
class Layout:
    body: list[tuple[Role, Paragraph]] = field(default_factory=list)
    end_mark: str = ""
    notes_label: str = ""
    notes: list[Paragraph] = field(default_factory=list)
    contacts_label: str = ""
    contacts: list[Paragraph] = field(default_factory=list)


def contact_lines(release: Release, lang: str, profile: Profile) -> list[str]:
    """The release's contacts; without any, the press office from the profile."""
    lines = [" · ".join(v for v in (c.name, c.role, c.phone, c.email) if v)
             for c in release.meta.contacts]
    lines = [line for line in lines if line]
    if lines:
        return lines
    d = profile.get(lang)
    office = " · ".join(v for v in (d.unit or d.name, d.phone, d.email) if v)
    return [office] if office else []


def layout(release: Release, lang: str, profile: Profile | None = None) -> Layout:
    profile = profile or Profile()
    out = Layout()
    for row in release.rows:
        para = row.paragraph(lang)
        if para.is_empty:
            continue
        if row.role is Role.BOILERPLATE:
            out.notes.append(para)
        elif row.role is Role.CONTACT:
            out.contacts.append(para)
        else:
            out.body.append((row.role, para))
    if not out.notes and profile.get(lang).about:
        out.notes.append(Paragraph(profile.get(lang).about))
    if not out.contacts:
        out.contacts = [Paragraph(line) for line in contact_lines(release, lang, profile)]
    else:
        out.contacts += [Paragraph(line) for line in contact_lines(release, lang, Profile())]
    out.end_mark = profile.end_mark if out.body else ""
    out.notes_label = label("notes", lang) if out.notes else ""
    out.contacts_label = label("contacts", lang) if out.contacts else ""
    return out
