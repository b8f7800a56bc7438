"""Decoding plain-text files of unknown encoding: UTF-8 (with or without BOM), UTF-16,
Windows-1251, KOI8-R and the common Western code pages.

Cyrillic single-byte encodings are told apart by letter case: a Russian text read with
the wrong table comes out with capitals in the middle of words, which real text never has.
"""

from __future__ import annotations

import codecs
import re

from editor.errors import InputError

_CYR_WORD = re.compile(r"[А-Яа-яЁё]{2,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: most code units of Latin or Cyrillic text have a zero
    (Latin) or 0x04 (Cyrillic) high byte, so one of the two byte columns is nearly constant."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for enc, high in (("utf-16-le", odd), ("utf-16-be", even)):
        share = sum(1 for b in high if b in (0x00, 0x04)) / len(high)
        if share > 0.9:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def _mixed_case_score(text: str) -> float:
    """Share of Cyrillic words whose letters after the first contain a capital."""
    words = _CYR_WORD.findall(text)
    if not words:
        return 1.0
    bad = sum(1 for w in words if any(c.isupper() for c in w[1:]) and not w.isupper())
    return bad / len(words)


def _cyrillic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters)


def decode_text(data: bytes, name: str = "the file") -> tuple[str, str]:
    """Return (text, encoding name). Raises InputError for binary data."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc), name), enc.replace("-sig", " with BOM")
            except UnicodeDecodeError as err:
                raise InputError(f"{name} starts as {enc} but is not valid {enc} text") from err
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(f"{name} is not a text file (it contains binary data)")
        return _checked(text, name), "utf-16"
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    as_1251 = data.decode("cp1251", errors="replace")
    if _cyrillic_share(as_1251) > 0.3:
        candidates = [(enc, data.decode(enc, errors="replace")) for enc in ("cp1251", "koi8_r")]
        enc, text = min(candidates, key=lambda c: (_mixed_case_score(c[1]), c[1].count("\ufffd")))
        return _checked(text, name), enc
    from charset_normalizer import from_bytes  # only for the rare non-Cyrillic 8-bit file

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name} is not a text file (no text encoding fits it)")
    return _checked(str(best), name), best.encoding


def _checked(text: str, name: str) -> str:
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 1000):
        raise InputError(f"{name} is not a text file (it contains {controls} control characters)")
    return text
