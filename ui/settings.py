"""User settings, in QSettings. Created only after the QApplication exists (never at
import time), so tests and the CLI never touch the user's configuration by importing."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase

MAX_RECENT = 10
DEFAULT_AUTOSAVE = 30


class Settings:
    def __init__(self):
        self.q = QSettings()

    def _get(self, key: str, default, kind):
        value = self.q.value(key, default)
        try:
            if kind is bool and isinstance(value, str):
                return value.lower() in ("1", "true", "yes")
            return kind(value)
        except (TypeError, ValueError):
            return default

    # pane order: the languages left to right, e.g. ("ru", "en")
    @property
    def pane_order(self) -> tuple[str, ...] | None:
        value = self.q.value("view/paneOrder", "")
        order = tuple(value.split(",")) if isinstance(value, str) and value else None
        return order

    @pane_order.setter
    def pane_order(self, order: tuple[str, ...]) -> None:
        self.q.setValue("view/paneOrder", ",".join(order))

    @property
    def font(self) -> QFont:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        family = self.q.value("view/fontFamily", "")
        if family:
            font.setFamily(str(family))
        size = self._get("view/fontSize", 0.0, float)
        font.setPointSizeF(size if size >= 6 else max(font.pointSizeF(), 11.0))
        return font

    @font.setter
    def font(self, font: QFont) -> None:
        self.q.setValue("view/fontFamily", font.family())
        self.q.setValue("view/fontSize", font.pointSizeF())

    @property
    def autosave_seconds(self) -> int:
        return max(0, self._get("files/autosaveSeconds", DEFAULT_AUTOSAVE, int))

    @autosave_seconds.setter
    def autosave_seconds(self, seconds: int) -> None:
        self.q.setValue("files/autosaveSeconds", int(seconds))

    @property
    def ui_language(self) -> str:
        """'system', 'ru' or 'en'."""
        value = str(self.q.value("ui/language", "system"))
        return value if value in ("system", "ru", "en") else "system"

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        self.q.setValue("ui/language", value)

    @property
    def scroll_locked(self) -> bool:
        return self._get("view/scrollLocked", True, bool)

    @scroll_locked.setter
    def scroll_locked(self, value: bool) -> None:
        self.q.setValue("view/scrollLocked", bool(value))

    @property
    def recent_files(self) -> list[str]:
        value = self.q.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])][:MAX_RECENT]

    def add_recent(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files if p != path]
        self.q.setValue("files/recent", files[:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self.q.setValue("files/recent", [p for p in self.recent_files if p != path])

    @property
    def spelling_enabled(self) -> bool:
        return self._get("spelling/enabled", True, bool)

    @spelling_enabled.setter
    def spelling_enabled(self, value: bool) -> None:
        self.q.setValue("spelling/enabled", bool(value))

    @property
    def english_spelling(self) -> str:
        """'en_GB-ize' (Oxford, the default), 'en_GB' or 'en_US'."""
        value = str(self.q.value("spelling/english", "en_GB-ize"))
        return value if value in ("en_GB-ize", "en_GB", "en_US") else "en_GB-ize"

    @english_spelling.setter
    def english_spelling(self, value: str) -> None:
        self.q.setValue("spelling/english", value)

    @property
    def check_all_caps(self) -> bool:
        return self._get("spelling/checkAllCaps", False, bool)

    @check_all_caps.setter
    def check_all_caps(self, value: bool) -> None:
        self.q.setValue("spelling/checkAllCaps", bool(value))

    @property
    def organisation_wordlist(self) -> str:
        return str(self.q.value("spelling/organisationList", "") or "")

    @organisation_wordlist.setter
    def organisation_wordlist(self, path: str) -> None:
        self.q.setValue("spelling/organisationList", path)

    @property
    def organisation_registry(self) -> str:
        return str(self.q.value("names/organisationRegistry", "") or "")

    @organisation_registry.setter
    def organisation_registry(self, path: str) -> None:
        self.q.setValue("names/organisationRegistry", path)

    def sync(self) -> None:
        self.q.sync()
