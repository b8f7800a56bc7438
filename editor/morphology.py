"""Russian morphology from pymorphy2's dictionary (OpenCorpora), through natasha's wrapper
(plain pymorphy2 0.9 does not start on Python 3.11; natasha's MorphVocab does). Loaded once
per process, on first use; if it cannot load, every answer is "unknown"."""

from __future__ import annotations

import threading
from functools import lru_cache

_lock = threading.Lock()
_vocab = None
_failed = False

# prefixes that make new words from known ones (кибербезопасность, ненефтяной, постсоветский)
PREFIXES = ("кибер", "пост", "не", "анти", "сверх", "гипер", "мега", "микро", "нано", "мульти",
            "меж", "контр", "ультра", "экс", "вице", "эко", "био", "гео", "авиа", "агро", "электро",
            "теле", "медиа", "евро", "видео", "онлайн", "офлайн", "квази", "псевдо", "транс",
            "супер", "суб", "прото", "само", "внутри", "около", "после", "пред")


def _analyzer():
    global _vocab, _failed
    if _vocab is None and not _failed:
        with _lock:
            if _vocab is None and not _failed:
                try:
                    from natasha import MorphVocab

                    _vocab = MorphVocab()
                except Exception:  # missing package or dictionary
                    _failed = True
    return _vocab


def shared_vocab():
    """natasha's MorphVocab, the one instance of the process (None if it cannot load)."""
    return _analyzer()


@lru_cache(maxsize=65536)
def known_russian(word: str) -> bool:
    """The dictionary has this form (not a guess from its ending)."""
    vocab = _analyzer()
    return vocab is not None and vocab.word_is_known(word.lower())


@lru_cache(maxsize=65536)
def russian_lemmas(word: str) -> frozenset[str]:
    """The dictionary forms this word may be of (for an unknown word, pymorphy's guesses
    from its ending: бешбармаком → бешбармак)."""
    vocab = _analyzer()
    if vocab is None:
        return frozenset()
    return frozenset(p.normal for p in vocab.parse(word.lower()))


def known_with_prefix(word: str) -> bool:
    """A known word behind a word-forming prefix (кибер|безопасности, не|нефтяного)."""
    low = word.lower()
    return any(low.startswith(p) and len(low) - len(p) >= 4 and known_russian(low[len(p):])
               for p in PREFIXES)


_PERSONAL = frozenset({"Name", "Surn", "Patr", "anim"})


@lru_cache(maxsize=65536)
def may_name_a_person(word: str) -> bool:
    """Could this (capitalised) word be part of a person's name: the dictionary does not
    know it, or knows it as a first name, surname, patronymic or any animate noun (Франк,
    Роза)? Посольство, Казахстан, Бельгии cannot. Unknown without the dictionary: True."""
    vocab = _analyzer()
    if vocab is None:
        return True
    low = word.lower()
    if not vocab.word_is_known(low):
        return True
    return any(not _PERSONAL.isdisjoint(p.tag.grammemes) for p in vocab.parse(low))
