"""The few fixed words an export adds around the release, in the reader's language."""

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
