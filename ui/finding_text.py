"""Findings in the interface language. The core writes each message in English and keeps
its template and arguments (editor.checks.finding.Message); here the template is looked up
in the translations (the list below is what Qt Linguist extracts) and filled in again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.checks.finding import Message


def _t(text: str) -> str:
    return QCoreApplication.translate("Findings", text)


def _templates() -> None:  # never called: it lists the templates for lupdate
    QCoreApplication.translate("Findings", "A space before punctuation")
    QCoreApplication.translate("Findings", "Straight quotes; the house style is {opening}…{closing}")
    QCoreApplication.translate("Findings", "The date {date} is missing from the translation")
    QCoreApplication.translate("Findings", "The date {date} is not in the source")
    QCoreApplication.translate("Findings", "The date {date} is not in the source; the source has {other}")
    QCoreApplication.translate("Findings", "The translation has {figure}, which the source does not have")
    QCoreApplication.translate("Findings", "The translation has {figure} where the source has {other}")
    QCoreApplication.translate("Findings", "The {s_lang} changed after this {t_lang} translation was confirmed")
    QCoreApplication.translate("Findings", "The {s_lang} paragraph is empty: the {t_lang} has no source")
    QCoreApplication.translate("Findings", "The {t_lang} paragraph is a copy of the {s_lang}")
    QCoreApplication.translate("Findings", "The {t_lang} paragraph is empty")
    QCoreApplication.translate("Findings", "The {t_lang} paragraph is mostly in the {s_lang} alphabet: is it translated?")
    QCoreApplication.translate("Findings", "This paragraph is only in the {p_lang} version")
    QCoreApplication.translate("Findings", "The translation says {title}, which the source does not")
    QCoreApplication.translate("Findings", "The translation leaves out {title}")
    QCoreApplication.translate("Findings", "The translation says {title} where the source has {other}")
    QCoreApplication.translate("Findings", "{name} is in the next paragraph of the translation")
    QCoreApplication.translate("Findings", "{name} is in the previous paragraph of the translation")
    QCoreApplication.translate("Findings", "{name} is in the next paragraph of the source")
    QCoreApplication.translate("Findings", "{name} is in the previous paragraph of the source")
    QCoreApplication.translate("Findings", "Two or more spaces between words")
    QCoreApplication.translate("Findings", "{figure} is missing from the translation")
    QCoreApplication.translate("Findings", "{form} is not to be used: the registry spelling is {approved}")
    QCoreApplication.translate("Findings", "{mark} has no matching mark in this paragraph")
    QCoreApplication.translate("Findings", "{name} ({normal}) is not in the {t_lang} paragraph")
    QCoreApplication.translate("Findings", "{name} does not match {other} in the {s_lang}")
    QCoreApplication.translate("Findings", "{name} is not in the {s_lang} paragraph")
    QCoreApplication.translate("Findings", "{name} is not in the {t_lang} paragraph (the registry has {approved})")
    QCoreApplication.translate("Findings", "{name} is written {other} elsewhere in the release")
    QCoreApplication.translate("Findings", "{name}: the approved {t_lang} is {approved}, which this paragraph does not use")
    QCoreApplication.translate("Findings", "{name}: the registry spelling is {approved}")
    QCoreApplication.translate("Findings", "“{word}” is not in the {d_lang} dictionary")


def _language(code: str) -> str:
    names = {"ru": QCoreApplication.translate("FindingLanguage", "Russian"),
             "en": QCoreApplication.translate("FindingLanguage", "English"),
             "kk": QCoreApplication.translate("FindingLanguage", "Kazakh")}
    return names.get(code, code)


def describe(finding) -> str:
    message = finding.message
    if not isinstance(message, Message):
        return str(message)
    args = {k: _language(v) if k.endswith("_lang") else v for k, v in message.args.items()}
    try:
        return _t(message.template).format(**args)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        return str(message)
