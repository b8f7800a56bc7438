"""NewsML-G2 2.35 for news agencies: a newsMessage with one newsItem per language and a
packageItem grouping them as alternatives (pgrmod:alt), or one newsItem carrying both
languages (the single-item layout). Headline, slugline, dateline, located, first/version
created, embargo, language, summary, and person/organisation/place subjects from the names
registry entries met in the release. Validated against the official schema before writing."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from datetime import datetime

from lxml import etree

from editor.export.dateline import dateline, embargo_line
from editor.export.validation import validate
from editor.model import Publication, Release, Role
from editor.names.registry import Registry
from editor.profile import Profile, organisation_name

NS = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
_Q = f"{{{NS}}}"
_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml"
_SUBJECT_TYPES = {"person": "cpnat:person", "organisation": "cpnat:organisation",
                  "place": "cpnat:geoArea"}


def _sub(parent, name, text=None, **attrs):
    el = etree.SubElement(parent, _Q + name, {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        el.text = text
    return el


def _headline(release: Release, lang: str) -> str:
    if release.meta.headline.get(lang):
        return release.meta.headline[lang]
    for row in release.rows:
        if row.role is Role.HEADLINE and row.text(lang).strip():
            return row.text(lang)
    # no headline: the lead's first sentence, cut at a word near 110 characters
    lead = next((r.text(lang) for r in release.rows if r.text(lang).strip()), "")
    first = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0].rstrip(".")
    if len(first) <= 110:
        return first
    return first[:110].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _slugline(headline: str) -> str:
    words = re.findall(r"[^\W_]+", headline)[:4]
    return "-".join(words) or "release"


def _body(release: Release, lang: str, parent) -> None:
    html = etree.SubElement(parent, f"{{{XHTML}}}html", nsmap={None: XHTML})
    html.set(_LANG, lang)
    head = etree.SubElement(html, f"{{{XHTML}}}head")
    etree.SubElement(head, f"{{{XHTML}}}title").text = _headline(release, lang)
    body = etree.SubElement(html, f"{{{XHTML}}}body")
    for row in release.rows:
        text = row.text(lang)
        if not text.strip():
            continue
        if row.role is Role.QUOTE:  # XHTML wants block content in a blockquote
            el = etree.SubElement(etree.SubElement(body, f"{{{XHTML}}}blockquote"),
                                  f"{{{XHTML}}}p")
        else:
            el = etree.SubElement(body, f"{{{XHTML}}}{'h1' if row.role is Role.HEADLINE else 'p'}")
        if row.role is Role.BOILERPLATE:
            el.set("class", "boilerplate")
        _inline(el, row.paragraph(lang))


def _inline(el, paragraph) -> None:
    """The paragraph's text with its emphasis as XHTML strong, em and a."""
    text, marks = paragraph.text, paragraph.marks
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    last = None  # the element whose tail takes the next plain text
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = text[a:b]
        active = [m for m in marks if m.start <= a and b <= m.end]
        if not active:
            if last is None:
                el.text = (el.text or "") + piece
            else:
                last.tail = (last.tail or "") + piece
            continue
        nodes: list = []
        for m in sorted(active, key=lambda m: m.kind.value):
            tag = {"bold": "strong", "italic": "em", "link": "a"}[m.kind.value]
            node = etree.Element(f"{{{XHTML}}}{tag}")
            if m.href:
                node.set("href", m.href)
            if nodes:
                nodes[-1].append(node)
            nodes.append(node)
        nodes[-1].text = piece
        el.append(nodes[0])
        last = nodes[0]


def _subjects(release: Release, registry: Registry) -> list:
    src = release.source_lang
    seen, out = set(), []
    for row in release.rows:
        for occ in registry.find_russian(row.text(src)):
            e = occ.entry
            if e.kind in _SUBJECT_TYPES and e.ru not in seen:
                seen.add(e.ru)
                out.append(e)
    return out


def content_digest(release: Release) -> str:
    """What an agency would see change: languages, metadata and every row's text, role and
    emphasis (not the ids, statuses or export times)."""
    m = release.meta
    data = {"langs": list(release.languages), "date": str(m.date), "embargo": str(m.embargo),
            "place": m.place, "org": m.organisation, "head": m.headline, "sub": m.subheadline,
            "contacts": [vars(c) for c in m.contacts],
            "rows": [[row.role.value] + [[row.text(lang), [(k.start, k.end, k.kind.value, k.href)
                                                          for k in row.paragraph(lang).marks]]
                                         for lang in release.languages] for row in release.rows]}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def next_publication(release: Release, now: datetime | None = None) -> Publication:
    """The version this export is: the last one again if nothing changed since, else the
    next, created now; the first export is version 1. The caller records it in
    ``release.published`` once the file is written."""
    now = (now or datetime.now().astimezone()).replace(microsecond=0)
    digest = content_digest(release)
    last = release.published.get("newsml")
    if last is None:
        return Publication("newsml", 1, now, now, digest)
    if last.digest == digest:
        return last
    return Publication("newsml", last.version + 1, last.first, now, digest)


def _org_names(party, release: Release, langs: list[str], profile: Profile) -> None:
    """The organisation's name in each language, as ``name`` children of a party."""
    for lang in langs:
        name = organisation_name(release.meta.organisation, profile, lang)
        if name:
            _sub(party, "name", name).set(_LANG, lang)


def _rights(item, release: Release, langs: list[str], profile: Profile, provider: str) -> None:
    """Who holds the rights and on what terms, from the organisation profile."""
    terms = {lang: profile.get(lang).rights for lang in langs if profile.get(lang).rights}
    if not provider and not terms:
        return
    rights = _sub(item, "rightsInfo")
    if provider:
        _org_names(_sub(rights, "copyrightHolder", literal=provider), release, langs, profile)
        year = (release.meta.date or datetime.now().date()).year
        _sub(rights, "copyrightNotice", f"© {year} {provider}")
    for lang, text in terms.items():
        _sub(rights, "usageTerms", text).set(_LANG, lang)


def _sources(cm, release: Release, langs: list[str], profile: Profile, provider: str) -> None:
    """The organisation as the information source, with its press office's contact
    details, and each contact person of the release as a contributor with theirs."""
    details = [profile.get(lang) for lang in langs]
    if provider:
        source = _sub(cm, "infoSource", literal=provider)
        _org_names(source, release, langs, profile)
        values = {kind: next((getattr(d, attr) for d in details if getattr(d, attr)), "")
                  for kind, attr in (("email", "email"), ("phone", "phone"), ("web", "website"))}
        if any(values.values()) or any(d.address for d in details):
            info = _sub(_sub(source, "organisationDetails"), "contactInfo")
            for kind, value in values.items():
                if value:
                    _sub(info, kind, value)
            for lang, d in zip(langs, details, strict=True):
                if d.address:
                    address = _sub(info, "address")
                    address.set(_LANG, lang)
                    _sub(address, "line", d.address)
    for c in release.meta.contacts:
        if not c.name:
            continue
        person = _sub(cm, "contributor", literal=c.name)
        _sub(person, "name", c.name)
        if c.role:
            _sub(person, "definition", c.role)
        if c.email or c.phone:
            info = _sub(_sub(person, "personDetails"), "contactInfo")
            if c.email:
                _sub(info, "email", c.email)
            if c.phone:
                _sub(info, "phone", c.phone)


def _item_meta(item, klass: str, pub: Publication, release: Release, lang: str, provider: str):
    meta = _sub(item, "itemMeta")
    _sub(meta, "itemClass", qcode=klass)
    _sub(meta, "provider", literal=provider)
    _sub(meta, "versionCreated", pub.last.isoformat())
    _sub(meta, "firstCreated", pub.first.isoformat())
    if release.meta.embargo:
        _sub(meta, "embargoed", release.meta.embargo.isoformat())
    _sub(meta, "pubStatus", qcode="stat:usable")
    return meta


def _embargo_note(meta, release: Release, lang: str) -> None:
    """The embargo as an editor's note in the item's language (after any title)."""
    if release.meta.embargo:
        _sub(meta, "edNote", embargo_line(release.meta.embargo, lang)).set(_LANG, lang)


def _content_meta(item, release: Release, langs: list[str], subjects: list, profile: Profile,
                  provider: str) -> None:
    cm = _sub(item, "contentMeta")
    m = release.meta
    if m.date:  # when the release was made, not when it was exported
        _sub(cm, "contentCreated", m.date.isoformat())
    places = {lang: m.place.get(lang) for lang in langs if m.place.get(lang)}
    if places:
        located = _sub(cm, "located", literal=next(iter(places.values())))
        for lang, name in places.items():
            _sub(located, "name", name).set(_LANG, lang)
    _sources(cm, release, langs, profile, provider)
    for lang in langs:
        _sub(cm, "language", tag=lang)
    genre = _sub(cm, "genre", qcode="genre:PressRelease")
    _sub(genre, "name", "Press release").set(_LANG, "en")
    for e in subjects:
        subject = _sub(cm, "subject", type=_SUBJECT_TYPES[e.kind], literal=e.en)
        for lang, name in (("ru", e.ru), ("en", e.en)):
            if lang in langs or len(langs) == 1:
                _sub(subject, "name", name).set(_LANG, lang)
    for lang in langs:
        head = _headline(release, lang)
        _sub(cm, "slugline", _slugline(head)).set(_LANG, lang)
        _sub(cm, "headline", head).set(_LANG, lang)
        if m.subheadline.get(lang):
            sub = _sub(cm, "headline", m.subheadline[lang], role="hdrole:sub")
            sub.set(_LANG, lang)
        line = dateline(m.place.get(lang, ""), m.date, lang)
        if line:
            _sub(cm, "dateline", line).set(_LANG, lang)
        lead = next((r.text(lang) for r in release.rows
                     if r.role is Role.LEAD and r.text(lang).strip()), None)
        if lead:
            _sub(cm, "description", lead, role="drol:summary").set(_LANG, lang)


def _news_item(parent, guid: str, release: Release, langs: list[str], pub: Publication,
               subjects, provider: str, profile: Profile, holder: str = ""):
    item = _sub(parent, "newsItem", guid=guid, version=str(pub.version), standard="NewsML-G2",
                standardversion="2.35", conformance="power")
    item.set(_LANG, langs[0])
    _sub(item, "catalogRef", href=CATALOG)
    _rights(item, release, langs, profile, holder)
    _embargo_note(_item_meta(item, "ninat:text", pub, release, langs[0], provider), release,
                  langs[0])
    _content_meta(item, release, langs, subjects, profile, holder)
    content = _sub(item, "contentSet")
    for lang in langs:
        inline = _sub(content, "inlineXML", contenttype="application/xhtml+xml")
        inline.set(_LANG, lang)
        _body(release, lang, inline)
    return item


def to_newsml(release: Release, registry: Registry | None = None, layout: str = "package",
              now: datetime | None = None, profile: Profile | None = None,
              publication: Publication | None = None) -> bytes:
    """The message; ``publication`` says which version it is (by default the next one,
    see next_publication; the caller records it)."""
    profile = profile or Profile()
    pub = publication or next_publication(release, now)
    sent = (now or datetime.now().astimezone()).replace(microsecond=0).isoformat()
    # the guid is the release's own id: stable through edits, re-dating and re-exports
    base = f"urn:newsml:tandem:{release.id.rsplit(':', 1)[-1]}"
    subjects = _subjects(release, (registry or Registry()).merged(release.names))
    m = release.meta
    langs = list(release.languages)
    own = next((m.organisation[lang] for lang in ("en", *langs) if m.organisation.get(lang)), "")
    holder = own or next((profile.get(lang).name for lang in ("en", *langs)
                          if profile.get(lang).name), "")
    provider = (holder or next((e.en for e in subjects if e.kind == "organisation"), "Tandem"))
    msg = etree.Element(_Q + "newsMessage", nsmap={None: NS})
    header = _sub(msg, "header")
    _sub(header, "sent", sent)
    _sub(header, "transmitId", str(uuid.uuid4()))
    items = _sub(msg, "itemSet")
    if layout == "single":
        _news_item(items, f"{base}", release, langs, pub, subjects, provider, profile, holder)
    else:
        pkg = _sub(items, "packageItem", guid=f"{base}-pkg", version=str(pub.version),
                   standard="NewsML-G2", standardversion="2.35", conformance="power")
        pkg.set(_LANG, release.source_lang)
        _sub(pkg, "catalogRef", href=CATALOG)
        _rights(pkg, release, langs, profile, holder)
        meta = _item_meta(pkg, "ninat:composite", pub, release, release.source_lang, provider)
        for lang in langs:  # a title per language, each tagged with its own
            _sub(meta, "title", _headline(release, lang)).set(_LANG, lang)
        group = _sub(_sub(pkg, "groupSet", root="G1"), "group", id="G1", role="group:main",
                     mode="pgrmod:alt")
        for lang in langs:
            ref = _sub(group, "itemRef", residref=f"{base}-{lang}", version=str(pub.version),
                       contenttype="application/vnd.iptc.g2.newsitem+xml")
            _sub(ref, "itemClass", qcode="ninat:text")
            _sub(ref, "title", _headline(release, lang)).set(_LANG, lang)
        for lang in langs:
            _news_item(items, f"{base}-{lang}", release, [lang], pub, subjects, provider, profile,
                       holder)
    validate(msg, "newsml", "NewsML-G2 message")
    return etree.tostring(msg, xml_declaration=True, encoding="UTF-8", pretty_print=True)
