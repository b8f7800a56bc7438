"""Building the spelling context from the settings, and telling the user what is missing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from editor.checks import CheckContext
from editor.errors import TandemError
from editor.spelling.dictionaries import SpellService
from editor.spelling.wordlists import WordList
from editor.storage.recovery import user_data_dir


def personal_list_path() -> Path:
    return user_data_dir() / "personal-words.txt"


def make_context(settings) -> tuple[CheckContext, list[str]]:
    """The spelling context for these settings, and any problems with the word lists."""
    problems = []
    try:
        personal = WordList(personal_list_path())
    except TandemError as err:
        personal, problems = WordList(None), [str(err)]
    organisation = WordList(None)
    if settings.organisation_wordlist:
        try:
            organisation = WordList(Path(settings.organisation_wordlist))
        except TandemError as err:
            problems.append(str(err))
    service = SpellService(english=settings.english_spelling,
                           check_all_caps=settings.check_all_caps)
    context = CheckContext(service=service, personal=personal, organisation=organisation)
    if settings.organisation_registry:
        from editor.names.registry import load_file

        try:
            context.organisation_names = load_file(Path(settings.organisation_registry))
            context.registry = context.registry.merged(context.organisation_names)
        except TandemError as err:
            problems.append(str(err))
    return context, problems


def missing_summary(service: SpellService) -> str:
    missing = service.missing
    if not missing:
        return ""
    return QCoreApplication.translate("Spelling", "Spelling: %n part(s) missing", "", len(missing))


def explain_missing(parent, service: SpellService) -> None:
    missing = service.missing
    if not missing:
        QMessageBox.information(parent, QCoreApplication.translate("Spelling", "Spelling"),
                                QCoreApplication.translate("Spelling", "All dictionaries are installed."))
        return
    lines = "\n".join(f"• {m}" for m in missing)
    packages = " ".join(m.package for m in missing)
    QMessageBox.warning(
        parent, QCoreApplication.translate("Spelling", "Spelling is incomplete"),
        QCoreApplication.translate("Spelling", "Tandem works without them, but these words are not checked:")
        + f"\n\n{lines}\n\n"
        + QCoreApplication.translate("Spelling", "To install them, run:") + f"\n\nsudo apt-get install {packages}")
