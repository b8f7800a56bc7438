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


# what people call the encodings Tandem reports
DISPLAY = {"utf-8": "UTF-8", "utf-8 with BOM": "UTF-8", "utf-16": "UTF-16",
           "cp1251": "Windows-1251", "koi8_r": "KOI8-R"}


def display_name(encoding: str) -> str:
    return DISPLAY.get(encoding, encoding.upper().replace("_", "-"))


def _mostly_utf8(data: bytes, name: str) -> tuple[str, list[str]] | None:
    """UTF-8 text with a few bytes that are not UTF-8 (one bad byte must not turn the whole
    file into mojibake): the text with those bytes replaced, and a warning naming the lines.
    A file that is substantially UTF-8 and substantially something else is refused."""
    text = data.decode("utf-8", errors="replace")
    good = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    if good < 10:
        return None  # hardly any multi-byte UTF-8: an 8-bit file
    # each stretch of bytes that are not UTF-8 became one U+FFFD
    bad_offsets = [m.start() for m in re.finditer("\ufffd+", text)]
    lines = sorted({text.count("\n", 0, o) + 1 for o in bad_offsets[:1000]})
    where = ", ".join(str(n) for n in lines[:3]) + (" …" if len(lines) > 3 else "")
    if len(bad_offsets) > max(3, good // 100):
        raise InputError(f"{name} mixes UTF-8 with another encoding ({len(bad_offsets)} "
                         f"stretch(es) are not UTF-8, on line(s) {where}); save it again as "
                         "UTF-8 and import that")
    return text, [f"{name} was read as UTF-8, but {len(bad_offsets)} byte sequence(s) on "
                  f"line(s) {where} are not UTF-8 and were replaced by \ufffd; check them"]


def decode_text(data: bytes, name: str = "the file") -> tuple[str, str]:
    """Return (text, encoding name). Raises InputError for binary data or a file that mixes
    encodings."""
    text, encoding, _ = decode_text_reporting(data, name)
    return text, encoding


def decode_text_reporting(data: bytes, name: str = "the file") -> tuple[str, str, list[str]]:
    """(text, encoding name, warnings). Raises InputError for binary data or a file that
    mixes encodings."""
    try:
        text, encoding = _decode(data, name)
    except _MostlyUtf8 as found:
        return found.text, "utf-8", found.warnings
    warnings = [] if encoding.startswith(("utf-8", "utf-16", "ascii")) else [
        f"{name} is not UTF-8; it was read as {display_name(encoding)}"]
    return text, encoding, warnings


class _MostlyUtf8(Exception):
    def __init__(self, text: str, warnings: list[str]):
        super().__init__()
        self.text, self.warnings = text, warnings


def _decode(data: bytes, name: str) -> tuple[str, str]:
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
    mostly = _mostly_utf8(data, name)
    if mostly is not None:
        raise _MostlyUtf8(_checked(mostly[0], name), mostly[1])
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
