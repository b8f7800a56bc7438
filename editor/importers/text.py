"""Plain-text importer: paragraphs are blocks separated by blank lines; the lines inside a
block are joined with a space (hard-wrapped text becomes one paragraph)."""

from __future__ import annotations

import re
import unicodedata

from editor.encoding import decode_text_reporting
from editor.importers.cleanup import ImportedParagraph

_BLANK = re.compile(r"\n[ \t\u00a0\u3000]*\n")


def paragraphs_from_text(text: str) -> list[ImportedParagraph]:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\f", "\n\n")
    blocks = _BLANK.split(text)
    out = []
    for block in blocks:
        lines = [ln.strip(" \t") for ln in block.split("\n")]
        lines = [ln for ln in lines if ln.strip()]
        if lines:
            out.append(ImportedParagraph("\n".join(lines)))
    return out


def read_text(data: bytes, name: str) -> tuple[list[ImportedParagraph], str, list[str]]:
    """Paragraphs (lines still separated by newlines, for the clean-up), the encoding and
    warnings about it (not UTF-8; a few bytes that are not)."""
    text, encoding, warnings = decode_text_reporting(data, name)
    return paragraphs_from_text(text), encoding, warnings


def join_lines(p: ImportedParagraph) -> ImportedParagraph:
    return ImportedParagraph(" ".join(p.text.split("\n")), p.marks, p.role_hint)
