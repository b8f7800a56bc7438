"""The UI language: Tandem's own translations (resources/i18n/tandem_LANG.qm) and Qt's
(for standard buttons and dialogs). The system locale decides unless the user chose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.resources_path import resource

SUPPORTED = ("en", "ru")
_installed: list[QTranslator] = []
_current = ["en"]


def current() -> str:
    """The interface language installed last ('en' or 'ru')."""
    return _current[0]


def resolve(choice: str) -> str:
    if choice in SUPPORTED:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install(choice: str) -> str:
    """Install the translators for ``choice`` ('system', 'ru' or 'en'); returns the language."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = resolve(choice)
    _current[0] = lang
    candidates = [(f"tandem_{lang}", str(resource("i18n")))]
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates += [(f"qtbase_{lang}", qt_dir)]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English))
    return lang
