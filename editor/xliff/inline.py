"""Bold, italic and links inside XLIFF source and target, both ways.

Writing: XLIFF 2.1 ``<pc>`` (type fmt, subType xlf:b / xlf:i; a link as type link, its
address in the unit's ``<originalData>``), XLIFF 1.2 ``<g ctype="bold|italic">`` and a link
as ``<bpt>&lt;a href="…"&gt;</bpt>…<ept>&lt;/a&gt;</ept>``. Marks may overlap in Tandem;
inline codes must nest, so a mark crossing another is written in pieces (read back as one).

Reading takes what CAT tools write too: ``<pc>``, ``<sc>/<ec>``, ``<ph>``, ``<mrk>``, ``<cp>``
in 2.x; ``<g>``, ``<bpt>/<ept>`` (with HTML or RTF-like native code), ``<x/>``, ``<ph>``,
``<it>``, ``<mrk>`` in 1.2. Native code is never taken for text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from lxml import etree

from editor.model import Mark, MarkKind, Paragraph

NS2 = "urn:oasis:names:tc:xliff:document:2.0"
NS12 = "urn:oasis:names:tc:xliff:document:1.2"
_SUBTYPE = {MarkKind.BOLD: "xlf:b", MarkKind.ITALIC: "xlf:i"}
_PREFIX = {MarkKind.BOLD: "b", MarkKind.ITALIC: "i", MarkKind.LINK: "a"}
_CTYPE = {MarkKind.BOLD: "bold", MarkKind.ITALIC: "italic"}


# --- writing --------------------------------------------------------------------------


def _runs(p: Paragraph) -> list[tuple[int, int, list[Mark]]]:
    """The text cut where any mark starts or ends, with the marks over each piece (the
    longest first, so that they nest as widely as they can)."""
    cuts = sorted({0, len(p.text)} | {m.start for m in p.marks} | {m.end for m in p.marks})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        over = sorted((m for m in p.marks if m.start <= a and b <= m.end),
                      key=lambda m: (m.start, -m.end, m.kind))
        out.append((a, b, over))
    return out


class _Writer:
    """Emits nested inline codes into ``parent``: ``open_code(element, mark)`` returns the
    code's element, or a _Link (a pair of markers around the text, not an element);
    ``close_code(element, mark, code)`` ends it."""

    def __init__(self, parent, open_code, close_code=None):
        self.stack: list[tuple[Mark | None, object]] = [(None, parent)]
        self.open_code, self.close_code = open_code, close_code

    def element(self):
        """The innermost open element (a link's markers sit in the element around them)."""
        return next(e for _, e in reversed(self.stack) if not isinstance(e, _Link))

    def _append(self, text: str) -> None:
        el = self.element()
        children = list(el)
        if children:
            children[-1].tail = (children[-1].tail or "") + text
        else:
            el.text = (el.text or "") + text

    def write(self, p: Paragraph) -> None:
        for a, b, over in _runs(p):
            keep = 0
            while keep < len(self.stack) - 1 and keep < len(over) and \
                    self.stack[keep + 1][0] is over[keep]:
                keep += 1
            while len(self.stack) - 1 > keep:
                self._close()
            for m in over[keep:]:
                self.stack.append((m, self.open_code(self.element(), m)))
            self._append(p.text[a:b])
        while len(self.stack) > 1:
            self._close()

    def _close(self) -> None:
        mark, code = self.stack.pop()
        if self.close_code is not None:
            self.close_code(self.element(), mark, code)


@dataclass
class _Link:
    ident: str


def write21(container, p: Paragraph, original_data, ids: dict) -> None:
    """``p`` into a 2.1 ``<source>``/``<target>``; link addresses go to ``original_data``
    (created by the caller's ``original_data()`` on first need)."""
    q = f"{{{NS2}}}"
    counters: dict[MarkKind, int] = {}

    def open_code(parent, m: Mark):
        counters[m.kind] = counters.get(m.kind, 0) + 1
        el = etree.SubElement(parent, q + "pc", id=f"{_PREFIX[m.kind]}{counters[m.kind]}")
        if m.kind is MarkKind.LINK:
            el.set("type", "link")
            el.set("dataRefStart", _data(original_data, ids, f'<a href="{html.escape(m.href or "")}">'))
            el.set("dataRefEnd", _data(original_data, ids, "</a>"))
        else:
            el.set("type", "fmt")
            el.set("subType", _SUBTYPE[m.kind])
        return el

    _Writer(container, open_code).write(p)


def _data(original_data, ids: dict, code: str) -> str:
    """The id of a ``<data>`` holding ``code`` (one per distinct code in the unit)."""
    if code not in ids:
        ids[code] = f"d{len(ids) + 1}"
        etree.SubElement(original_data(), f"{{{NS2}}}data", id=ids[code]).text = code
    return ids[code]


def write12(container, p: Paragraph) -> None:
    """``p`` into a 1.2 ``<source>``/``<target>``."""
    q = f"{{{NS12}}}"
    counters = {"n": 0}

    def open_code(parent, m: Mark):
        counters["n"] += 1
        ident = f"{_PREFIX[m.kind]}{counters['n']}"
        if m.kind is MarkKind.LINK:
            bpt = etree.SubElement(parent, q + "bpt", id=ident, ctype="link")
            bpt.text = f'<a href="{html.escape(m.href or "")}">'
            return _Link(ident)
        return etree.SubElement(parent, q + "g", id=ident, ctype=_CTYPE[m.kind])

    def close_code(parent, mark: Mark, el) -> None:
        if isinstance(el, _Link):
            etree.SubElement(parent, q + "ept", id=el.ident).text = "</a>"

    _Writer(container, open_code, close_code).write(p)


# --- reading --------------------------------------------------------------------------


@dataclass
class Read:
    text: str = ""
    marks: list[Mark] = field(default_factory=list)
    dropped: set[str] = field(default_factory=set)  # kinds of code not kept (named in notes)

    def paragraph(self) -> Paragraph:
        return Paragraph(self.text, self.marks)


_HREF = re.compile(r"""href\s*=\s*["']([^"']*)["']""", re.I)


def _native(code: str) -> tuple[str, MarkKind | None, str | None]:
    """What a piece of native code does: ("open"|"close"|"", kind, href)."""
    code = html.unescape(code.strip())
    m = re.match(r"<\s*(/?)\s*([a-zA-Z]+)", code)
    if not m:
        return "", None, None
    closing, tag = m.group(1) == "/", m.group(2).lower()
    kind = {"b": MarkKind.BOLD, "strong": MarkKind.BOLD, "i": MarkKind.ITALIC,
            "em": MarkKind.ITALIC, "a": MarkKind.LINK}.get(tag)
    if kind is None:
        return "", None, None
    href = None
    if kind is MarkKind.LINK and not closing:
        found = _HREF.search(code)
        href = found.group(1) if found else None
        if not href:
            return "", None, None
    return ("close" if closing else "open"), kind, href


def read(el, original: dict[str, str] | None = None) -> Read:
    """Text and marks of a 1.2 or 2.x ``<source>``/``<target>`` (None: empty)."""
    out = Read()
    if el is None:
        return out
    opened: dict[str, tuple[int, MarkKind, str | None]] = {}  # id -> start of sc/bpt
    original = original or {}

    def kind_of(code_el) -> tuple[MarkKind | None, str | None]:
        local = etree.QName(code_el).localname
        sub = (code_el.get("subType") or "").lower()
        ctype = (code_el.get("ctype") or "").lower()
        if sub == "xlf:b" or ctype in ("bold", "x-bold"):
            return MarkKind.BOLD, None
        if sub == "xlf:i" or ctype in ("italic", "x-italic"):
            return MarkKind.ITALIC, None
        if code_el.get("type") == "link" or ctype in ("link", "x-link"):
            ref = code_el.get("dataRefStart") or code_el.get("dataRef")
            found = _HREF.search(html.unescape(original.get(ref or "", "")))
            if found:
                return MarkKind.LINK, found.group(1)
        if local in ("bpt", "ph", "it", "sc") and code_el.text:
            _, kind, href = _native(code_el.text)
            if kind is not None:
                return kind, href
        ref = code_el.get("dataRefStart") or code_el.get("dataRef")
        if ref and ref in original:
            _, kind, href = _native(original[ref])
            if kind is not None:
                return kind, href
        return None, None

    def walk(node) -> None:
        if node.text and etree.QName(node).localname not in ("bpt", "ept", "ph", "it", "sub"):
            out.text += node.text
        for child in node:
            if not isinstance(child.tag, str):  # a comment or processing instruction
                out.text += child.tail or ""
                continue
            local = etree.QName(child).localname
            start = len(out.text)
            if local in ("pc", "g", "mrk"):
                walk(child)
                kind, href = kind_of(child) if local != "mrk" else (None, None)
                if kind is not None and start < len(out.text):
                    out.marks.append(Mark(start, len(out.text), kind, href))
                elif local != "mrk" and child.get("ctype") not in (None, ""):
                    out.dropped.add(child.get("ctype"))
            elif local == "cp":
                out.text += chr(int(child.get("hex", "20"), 16))
            elif local in ("sc", "bpt", "bx"):
                kind, href = kind_of(child)
                ident = child.get("id") or child.get("rid") or ""
                if kind is not None:
                    opened[ident] = (start, kind, href)
                    if child.get("rid"):
                        opened[child.get("rid")] = (start, kind, href)
            elif local in ("ec", "ept", "ex"):
                ident = child.get("startRef") or child.get("rid") or child.get("id") or ""
                begun = opened.pop(ident, None)
                if begun is not None and begun[0] < len(out.text):
                    out.marks.append(Mark(begun[0], len(out.text), begun[1], begun[2]))
            elif local == "ph" and (child.get("subType") == "xlf:lb" or child.get("ctype") == "lb"):
                out.text += "\n"
            # ph, x, it and anything else: a code with no text of its own
            out.text += child.tail or ""

    walk(el)
    return out
