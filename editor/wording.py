"""The few fixed words an export adds around the release, in the reader's language (and
that an import of Tandem's own document recognises and leaves out)."""

from __future__ import annotations

_LABELS = {
    "notes": {"ru": "Справка для редакций", "en": "Notes to editors",
              "kk": "Редакцияларға анықтама"},
    "contacts": {"ru": "Контакты для СМИ", "en": "Media contacts",
                 "kk": "БАҚ өкілдеріне арналған байланыс"},
    "press_release": {"ru": "Пресс-релиз", "en": "Press release", "kk": "Баспасөз релизі"},
}


def label(key: str, lang: str) -> str:
    """The label ``key`` in ``lang`` (English for a language Tandem has no words for)."""
    words = _LABELS[key]
    return words.get(lang) or words["en"]


def is_label(text: str, key: str) -> bool:
    """Is ``text`` the label ``key`` in any language?"""
    return text.strip().rstrip(":").casefold() in {w.casefold() for w in _LABELS[key].values()}
