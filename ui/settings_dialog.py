"""Settings: on one tab pane order, font and size, autosave interval, UI language and
spelling; on the other the organisation profile (ui/organisation_page.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.errors import TandemError
from editor.profile import Profile, ProfileError, load_profile, save_profile
from ui.form_rows import add_path_row
from ui.organisation_page import OrganisationPage
from ui.release_view import language_name
from ui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, languages: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs)
        general = QWidget()
        form = QFormLayout(general)
        self.tabs.addTab(general, self.tr("&General"))

        self.order = QComboBox()
        orders = [tuple(languages), tuple(reversed(languages))]
        for order in orders:
            self.order.addItem(" | ".join(language_name(lang) for lang in order), order)
        current = settings.pane_order or tuple(languages)
        self.order.setCurrentIndex(1 if current == orders[1] else 0)
        form.addRow(self.tr("&Pane order (left | right):"), self.order)

        font = settings.font
        self.font_family = QFontComboBox()
        self.font_family.setCurrentFont(font)
        form.addRow(self.tr("&Font:"), self.font_family)
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(6, 48)
        self.font_size.setSingleStep(0.5)
        self.font_size.setValue(font.pointSizeF())
        form.addRow(self.tr("Font &size:"), self.font_size)

        self.autosave = QSpinBox()
        self.autosave.setRange(0, 3600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setSpecialValueText(self.tr("Off"))
        self.autosave.setValue(settings.autosave_seconds)
        form.addRow(self.tr("&Autosave every:"), self.autosave)

        self.language = QComboBox()
        for code, label in (("system", self.tr("As the system")), ("ru", "Русский"),
                            ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        form.addRow(self.tr("&Interface language:"), self.language)

        self.english = QComboBox()
        for code, label in (("en_GB-ize", self.tr("British, -ize (Oxford; UN and EU style)")),
                            ("en_GB", self.tr("British, -ise")), ("en_US", self.tr("American"))):
            self.english.addItem(label, code)
        self.english.setCurrentIndex(max(0, self.english.findData(settings.english_spelling)))
        form.addRow(self.tr("&English spelling:"), self.english)
        self.all_caps = QCheckBox(self.tr("Check words in capitals (МИД, UNESCO)"))
        self.all_caps.setChecked(settings.check_all_caps)
        form.addRow("", self.all_caps)
        self.org_list = QLineEdit(settings.organisation_wordlist)
        self.org_list.setPlaceholderText(self.tr("a shared text file, one word per line"))
        add_path_row(form, self.tr("&Organisation word list:"), self.org_list,
                     self._choose_org_list, self.tr("Browse…"))
        self.org_registry = QLineEdit(settings.organisation_registry)
        self.org_registry.setPlaceholderText(self.tr("a shared CSV or TBX file"))
        add_path_row(form, self.tr("Organisation &names registry:"), self.org_registry,
                     self._choose_org_registry, self.tr("Browse…"))

        organisation = QWidget()
        page_layout = QVBoxLayout(organisation)
        page_layout.setContentsMargins(0, 0, 0, 0)
        try:
            self.saved_profile = load_profile()
            problem = ""
        except ProfileError as err:
            self.saved_profile, problem = Profile(), str(err)
        if problem:
            note = QLabel(self.tr("The saved profile cannot be read (%1); OK replaces it.")
                          .replace("%1", problem))
            note.setWordWrap(True)
            page_layout.addWidget(note)
        self.organisation = OrganisationPage(self.saved_profile, languages)
        page_layout.addWidget(self.organisation)
        self.tabs.addTab(organisation, self.tr("&Organisation"))

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        outer.addWidget(box)

    def _choose_org_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Organisation word list"),
                                              self.org_list.text(),
                                              self.tr("Word lists (*.txt *.dic);;All files (*)"))
        if path:
            self.org_list.setText(path)

    def _choose_org_registry(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Organisation names registry"),
                                              self.org_registry.text(),
                                              self.tr("Registries (*.csv *.tbx);;All files (*)"))
        if path:
            self.org_registry.setText(path)

    def apply(self) -> None:
        s = self.settings
        s.pane_order = self.order.currentData()
        font = self.font_family.currentFont()
        font.setPointSizeF(self.font_size.value())
        s.font = font
        s.autosave_seconds = self.autosave.value()
        s.ui_language = self.language.currentData()
        s.english_spelling = self.english.currentData()
        s.check_all_caps = self.all_caps.isChecked()
        s.organisation_wordlist = self.org_list.text().strip()
        s.organisation_registry = self.org_registry.text().strip()
        s.sync()
        profile = self.organisation.profile()
        if profile != self.saved_profile:
            try:
                save_profile(profile)
                self.saved_profile = profile
            except (TandemError, OSError) as err:
                QMessageBox.warning(self, self.tr("Settings"),
                                    self.tr("The organisation profile was not saved: %1")
                                    .replace("%1", str(err)))
