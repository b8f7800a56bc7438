"""Every family of checks, once: its code (the first part of a finding's code, the
``--only`` of the command line) and its label in each interface language. The engine, the
Checks panel's filter and the command line read this list."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    code: str
    labels: dict[str, str]  # interface language -> label

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]


FAMILIES: dict[str, Family] = {f.code: f for f in [
    Family("spelling", {"en": "Spelling", "ru": "Орфография"}),
    Family("name", {"en": "Names", "ru": "Имена"}),
    Family("number", {"en": "Figures", "ru": "Цифры"}),
    Family("date", {"en": "Dates", "ru": "Даты"}),
    Family("untranslated", {"en": "Untranslated", "ru": "Без перевода"}),
    Family("stale", {"en": "Stale", "ru": "Устаревшие"}),
    Family("term", {"en": "Terms", "ru": "Термины"}),
    Family("punctuation", {"en": "Punctuation", "ru": "Пунктуация"}),
]}
