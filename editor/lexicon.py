"""A Russian–English lexicon for pairing paragraphs by what they say, not only by length and
anchors. Source: V. K. Mueller's English–Russian dictionary, 7th edition (Debian package
``mueller7-dict``, GPL; read from /usr/share/dictd, never copied into the project), plus
``resources/lexicon/exonyms.tsv``, countries and their adjectives whose English and Russian
names no romanization connects (Венгрия / Hungary). Read at first use and cached as a pickle
in the user's cache folder, keyed on the dictionary file's size and date.

Words are compared as stems: an English word is looked up under its plain forms (exchanges →
exchange, signed → sign); a Russian word counts by its first five letters (обмена, обменом →
обмен), enough to tell paragraphs apart. Without the dictionary every lookup is empty and
the aligner works from length and anchors as before."""

from __future__ import annotations

import gzip
import os
import pickle
import re
import threading
from pathlib import Path

from editor.resources_path import resource

DICTIONARY = Path("/usr/share/dictd/mueller7.dict.dz")
STEM = 5
_CACHE_VERSION = 2
_RU_WORD = re.compile(r"[а-яё]{3,}")
_EN_WORD = re.compile(r"[a-z][a-z'-]+")
EN_STOP = frozenset("""a an the of and or in on at to for from by with as is are was were be been
being that which who whom this these those it its their his her our your they them he she we
you has have had will would shall should can could may might must not no also more most than
other such into over under about after before between during within without per via up out
all any each both some many much very so but if then there here when where while what how why
mr mrs ms dr""".split())


def ru_stem(word: str) -> str:
    return word.lower().replace("ё", "е")[:STEM]


def en_forms(word: str) -> list[str]:
    """The plain forms an inflected English word may be of."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    out = [w]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""),
                         ("ed", "e"), ("ing", ""), ("ing", "e"), ("d", ""), ("ly", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            out.append(w[: len(w) - len(suffix)] + repl)
    if len(w) > 4 and w[-3:-2] == w[-4:-3] and w.endswith(("ed", "ing")):  # planned → plan
        out.append(w[: -3 if w.endswith("ed") else -4])
    return out


class Lexicon:
    def __init__(self, en_to_ru: dict[str, frozenset[str]]):
        self.en_to_ru = en_to_ru

    def __bool__(self) -> bool:
        return bool(self.en_to_ru)

    def translations(self, word: str) -> frozenset[str]:
        """Russian stems of an English word (empty for a stop word or an unknown word)."""
        forms = en_forms(word)
        if forms[0] in EN_STOP:
            return frozenset()
        for form in forms:
            found = self.en_to_ru.get(form)
            if found:
                return found
        return frozenset()


def ru_stems(text: str) -> frozenset[str]:
    """The stems of a Russian paragraph's words of four letters or more."""
    return frozenset(ru_stem(w) for w in _RU_WORD.findall(text.lower()) if len(w) >= 4)


def en_words(text: str) -> list[str]:
    return [w for w in _EN_WORD.findall(text.lower()) if w not in EN_STOP and len(w) >= 3]


def _translations(definition: str) -> set[str]:
    """The Russian words of the plain renderings in a dictionary article: segments without
    Latin letters (examples and idioms have English in them), labels and remarks left out."""
    text = re.sub(r"\([^)]*\)|_[^\s.]+\.|\[[^\]]*\]", " ", definition)
    out: set[str] = set()
    for segment in re.split(r"[;:\n]|\d+\)|\d+\.", text):
        if re.search(r"[A-Za-z]", segment):
            continue
        out.update(_RU_WORD.findall(segment.lower()))
    return out


def parse_mueller(data: str) -> dict[str, frozenset[str]]:
    entries: dict[str, set[str]] = {}
    head: str | None = None
    body: list[str] = []

    def flush() -> None:
        if head and not head.startswith(("_", "00")) and " " not in head:
            stems = {ru_stem(w) for w in _translations("\n".join(body))}
            if stems:
                entries.setdefault(head.lower(), set()).update(stems)
                if "-" in head:  # co-operation: also cooperation
                    entries.setdefault(head.lower().replace("-", ""), set()).update(stems)
    for line in data.splitlines():
        if line and not line[0].isspace():
            flush()
            head, body = line.strip().lstrip("'"), []
        elif head is not None:
            body.append(line)
    flush()
    return {k: frozenset(v) for k, v in entries.items()}


def _exonyms() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    path = resource("lexicon", "exonyms.tsv")
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        en, _, ru = line.partition("\t")
        for word in en.lower().split():
            out.setdefault(word, set()).update(ru_stem(w) for w in ru.split())
    return out


def _cache_path() -> Path:
    from editor.user_dirs import cache_dir

    return cache_dir() / "lexicon.pickle"


def build(dictionary: Path = DICTIONARY) -> Lexicon:
    entries: dict[str, set[str]] = {}
    if dictionary.exists():
        try:
            st = dictionary.stat()
            key = (_CACHE_VERSION, st.st_size, int(st.st_mtime))
            cache = _cache_path()
            try:
                with open(cache, "rb") as f:
                    stored_key, stored = pickle.load(f)
                if stored_key == key:
                    entries = stored
            except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
                pass
            if not entries:
                with gzip.open(dictionary, "rt", encoding="utf-8", errors="replace") as f:
                    entries = {k: set(v) for k, v in parse_mueller(f.read()).items()}
                try:
                    cache.parent.mkdir(parents=True, exist_ok=True)
                    tmp = cache.with_suffix(f".{os.getpid()}.tmp")
                    with open(tmp, "wb") as f:
                        pickle.dump((key, entries), f, protocol=pickle.HIGHEST_PROTOCOL)
                    os.replace(tmp, cache)
                except OSError:
                    pass  # a read-only home: parse again next time
        except (OSError, EOFError, UnicodeError):
            entries = {}
    for en, stems in _exonyms().items():
        entries.setdefault(en, set()).update(stems)
    return Lexicon({k: frozenset(v) for k, v in entries.items()})


_lock = threading.Lock()
_shared: Lexicon | None = None


def lexicon() -> Lexicon:
    """The lexicon, built once per process."""
    global _shared
    if _shared is None:
        with _lock:
            if _shared is None:
                _shared = build()
    return _shared
