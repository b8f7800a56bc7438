"""Hunspell dictionaries through pyenchant: one per language, loaded lazily, guarded by a
lock (enchant is not thread-safe), with a word cache so each distinct word is looked up
once. Without libenchant or a dictionary the service still answers, and says exactly what
is missing and which Debian package brings it."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from editor.languages import PROFILES, profile

# English spelling choices: the Hunspell dictionary and whether -ize is British too
ENGLISH = {
    "en_GB-ize": ("en_GB", True),  # Oxford spelling: programme and organize (UN, EU style)
    "en_GB": ("en_GB", False),  # British with -ise
    "en_US": ("en_US", False),
}
DEFAULT_ENGLISH = "en_GB-ize"
PACKAGES = {"ru_RU": "hunspell-ru", "en_GB": "hunspell-en-gb", "en_US": "hunspell-en-us",
            "kk_KZ": "hunspell-kk"}
LANGUAGE_NAMES = {"ru_RU": "Russian", "en_GB": "British English", "en_US": "American English",
                  "kk_KZ": "Kazakh"}
# enchant (and the Hunspell under it) is not thread-safe, across dictionaries too: every
# call into it, from every SpellService, goes through this one lock.
ENCHANT_LOCK = threading.RLock()
_IZE = re.compile(r"(?i)(?<=[a-z])iz(e|es|ed|ing|ation|ations|er|ers|able)$")
# -ize words for the British -ise choice: a stem of four letters or more (organize,
# realize), so that prize, seize and size are never "corrected"
_IZE_LONG = re.compile(r"(?i)^[a-z]{4,}iz(e|es|ed|ing|ation|ations|er|ers|able)$")
# Tandem checks with Hunspell everywhere. enchant would prefer Aspell for English when an
# Aspell dictionary is installed, and English spelling would then differ between machines.
PROVIDER = "hunspell"


@dataclass(frozen=True)
class Missing:
    what: str  # e.g. "the Kazakh dictionary (kk_KZ)"
    package: str  # the Debian package that installs it

    def __str__(self) -> str:
        return f"{self.what} is missing (install {self.package})"


_BACK, _FRONT = set("аоұыяю"), set("әеөүіэ")


def _harmonious(stem: str, suffix: str) -> bool:
    """Vowel harmony: an ending with a back vowel follows a stem whose last vowel is back,
    one with a front vowel a front one (и and у go with either)."""
    last = next((c for c in reversed(stem) if c in _BACK or c in _FRONT), None)
    vowel = next((c for c in suffix if c in _BACK or c in _FRONT), None)
    if last is None or vowel is None:
        return True
    return (last in _BACK) == (vowel in _BACK)


# у and и end a Kazakh stem as the semivowels they are (кездесу-і, оқу-ым): not vowels here
_VOWELS = set("аәеёоөұүыіэюя")


def _follows(stem: str, after: str | None) -> bool:
    """Does the stem end as the ending needs ("vowel", "consonant", or one of the letters)?"""
    if not after:
        return True
    if after == "vowel":
        return stem[-1] in _VOWELS
    if after == "consonant":
        return stem[-1] not in _VOWELS
    return stem[-1] in after


def _known_stem(dicts: list, word: str, lang, depth: int = 3) -> bool:
    """Is ``word`` a form the dictionary does not list of a word it does (or of a loanword
    the languages it borrows from know): up to ``depth`` of the language's endings taken
    off (the longest first), in vowel harmony, the stem at least three letters, its last
    consonant restored where the ending voiced it (Kazakh ынтымақтастығын → ынтымақтастығы
    → ынтымақтастығ → ынтымақтастық)."""
    low = word.lower()
    for suffix in sorted((s for s in lang.suffixes if low.endswith(s)), key=len, reverse=True):
        stem = low[:-len(suffix)]
        harmony = suffix in lang.harmony_free or _harmonious(stem, suffix)
        if len(stem) < 3 or not harmony or not _follows(stem, lang.suffix_after.get(suffix)):
            continue
        stems = [stem]
        if stem[-1] in lang.voicing:
            stems.append(stem[:-1] + lang.voicing[stem[-1]])
        for candidate in stems:
            if any(d.check(candidate) or d.check(candidate[:1].upper() + candidate[1:])
                   for d in dicts):
                return True
            if depth > 1 and _known_stem(dicts, candidate, lang, depth - 1):
                return True
    return False


class SpellService:
    def __init__(self, english: str = DEFAULT_ENGLISH, check_all_caps: bool = False):
        if english not in ENGLISH:
            raise ValueError(f"unknown English spelling {english!r}")
        self.english = english
        self.check_all_caps = check_all_caps
        self._lock = ENCHANT_LOCK
        self._dicts: dict[str, Any] | None = None
        self._broker = None  # the enchant broker the dictionaries belong to
        self._missing: list[Missing] = []
        self._known: dict[tuple[str, str], bool] = {}
        self._suggestions: dict[tuple[str, str], list[str]] = {}

    def _tags(self) -> dict[str, str]:
        """The dictionary of each language that has a profile (English in the spelling
        chosen): a new language is a profile with its dictionary's tag."""
        return {code: ENGLISH[self.english][0] if code == "en" else p.dictionary
                for code, p in PROFILES.items() if p.dictionary}

    @staticmethod
    def _missing_one(tag: str) -> Missing:
        lang = next((p for p in PROFILES.values() if p.dictionary == tag), None)
        name = LANGUAGE_NAMES.get(tag) or (lang.names.get("en") if lang else None) or tag
        package = PACKAGES.get(tag) or (lang.package if lang else "") or f"a {tag} dictionary"
        return Missing(f"the {name} dictionary ({tag})", package)

    def _load(self) -> dict[str, Any]:
        if self._dicts is not None:
            return self._dicts
        with self._lock:
            if self._dicts is not None:
                return self._dicts
            dicts: dict[str, Any] = {}
            try:
                import enchant
            except ImportError:
                self._missing = [Missing("the spelling library enchant (libenchant)",
                                         "libenchant-2-2")]
                self._dicts = dicts
                return dicts
            broker = enchant.Broker()
            broker.set_ordering("*", PROVIDER)
            for script, tag in self._tags().items():
                # a tag's own line in enchant.ordering (Debian: en_GB:aspell,...) beats "*"
                broker.set_ordering(tag, PROVIDER)
                try:
                    d = broker.request_dict(tag)
                except enchant.errors.Error:
                    d = None
                # enchant falls back to other providers for a tag Hunspell lacks: not ours
                if d is None or d.provider.name != PROVIDER:
                    self._missing.append(self._missing_one(tag))
                    continue
                dicts[script] = d
            self._broker = broker
            self._dicts = dicts
            return dicts

    def load(self) -> list[Missing]:
        """Load the dictionaries now (they load on first use otherwise); what is missing."""
        self._load()
        return list(self._missing)

    @property
    def missing(self) -> list[Missing]:
        """What is missing: from the dictionaries loaded, or, when they are not (the
        window's process, whose checks run elsewhere), from enchant's list of installed
        dictionaries, without loading them (34 MB)."""
        if self._dicts is None:
            return self._probe()
        return list(self._missing)

    @staticmethod
    def prepare_probe() -> None:
        """Import what the probe of ``missing`` needs (enchant: 25-40 ms), on the caller's
        thread: the window calls it on a thread of its own soon after it is up, so that the
        first ``missing`` it asks (at the first spelling answer, perhaps while the user
        types) does not pay for the import on the UI thread."""
        try:
            import enchant  # noqa: F401
        except ImportError:
            pass  # the probe says so when asked

    def _probe(self) -> list[Missing]:
        try:
            import enchant
        except ImportError:
            return [Missing("the spelling library enchant (libenchant)", "libenchant-2-2")]
        with self._lock:
            installed = {tag for tag, provider in enchant.Broker().list_dicts()
                         if provider.name == PROVIDER}
        return [self._missing_one(tag) for tag in dict.fromkeys(self._tags().values())
                if tag not in installed]

    def has(self, script: str) -> bool:
        return script in self._load()

    def knows(self, word: str, script: str) -> bool:
        """Whether the dictionary of ``script`` accepts ``word`` (False without one)."""
        key = (script, word)
        cached = self._known.get(key)
        if cached is not None:
            return cached
        dicts = self._load()
        d = dicts.get(script)
        if d is None:
            return False
        with self._lock:
            ok = d.check(word)
            lang = profile(script)
            if not ok and lang.suffixes:
                known = [d] + [dicts[c] for c in lang.loans_from if c in dicts]
                ok = _known_stem(known, word, lang)
                # a loan prefix before a word of the language (кино|көрсетілімдерге)
                low = word.lower()
                for prefix in lang.compound_prefixes:
                    rest = low[len(prefix):]
                    if ok or not low.startswith(prefix) or len(rest) < 5:
                        continue
                    ok = d.check(rest) or _known_stem(known, rest, lang)
            if script == "en" and self.english in ("en_GB-ize", "en_GB") and _IZE.search(word):
                as_ise = _IZE.sub(lambda m: "is" + m.group(1), word)
                if self.english == "en_GB-ize":  # Oxford: -ize wherever -ise is British
                    ok = ok or d.check(as_ise)
                elif ok and _IZE_LONG.match(word) and d.check(as_ise):
                    ok = False  # British -ise chosen: organized is organised here
        self._known[key] = ok
        return ok

    def suggest(self, word: str, script: str, limit: int = 8) -> list[str]:
        key = (script, word)
        if key not in self._suggestions:
            d = self._load().get(script)
            if d is None:
                return []
            with self._lock:
                found = d.suggest(word)
            if script == "en" and self.english == "en_GB" and _IZE_LONG.match(word):
                found = [_IZE.sub(lambda m: "is" + m.group(1), word), *found]
            self._suggestions[key] = list(dict.fromkeys(s for s in found if s != word))[:limit]
        return list(self._suggestions[key])

    def forget(self) -> None:
        """Drop the caches (after a change of English spelling, say)."""
        self._known.clear()
        self._suggestions.clear()
