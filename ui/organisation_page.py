"""Settings → Organisation: the organisation profile (editor/profile.py) as a form — per
language the organisation's name, press office, address, phone, e-mail, website, e-mail
sender name, rights line and a paragraph for "Notes to editors"; then the sender's address,
the logo and the end mark. Saved to the same file the command line reads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.profile import END_MARKS, OrgDetails, Profile
from ui.form_rows import add_path_row
from ui.release_view import language_name


class OrganisationPage(QWidget):
    def __init__(self, profile: Profile, languages: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.languages = tuple(dict.fromkeys((*languages, *profile.details)))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.fields: dict[str, dict[str, QLineEdit | QPlainTextEdit]] = {}
        for lang in self.languages:
            self.tabs.addTab(self._language_form(lang, profile.get(lang)), language_name(lang))
        layout.addWidget(self.tabs)
        common = QFormLayout()
        self.sender = QLineEdit(profile.sender_address)
        self.sender.setPlaceholderText("press@example.org")
        common.addRow(self.tr("Sender's &address:"), self.sender)
        self.logo = QLineEdit(profile.logo)
        self.logo.setPlaceholderText(self.tr("an image for the letterhead (PNG or JPEG)"))
        add_path_row(common, self.tr("&Logo:"), self.logo, self._choose_logo, self.tr("Browse…"))
        self.end_mark = QComboBox()
        for mark in END_MARKS:
            self.end_mark.addItem(mark or self.tr("None"), mark)
        self.end_mark.setCurrentIndex(max(0, self.end_mark.findData(profile.end_mark)))
        common.addRow(self.tr("&End mark:"), self.end_mark)
        layout.addLayout(common)

    def _language_form(self, lang: str, d: OrgDetails) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        labels = (("name", self.tr("Organisation:")), ("unit", self.tr("Press office:")),
                  ("address", self.tr("Address:")), ("phone", self.tr("Phone:")),
                  ("email", self.tr("E-mail:")), ("website", self.tr("Website:")),
                  ("sender_name", self.tr("Sender's name in e-mail:")),
                  ("rights", self.tr("Rights:")), ("about", self.tr("Notes to editors:")))
        edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key, label in labels:
            edit: QLineEdit | QPlainTextEdit
            if key == "about":
                edit = QPlainTextEdit(d.about)
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(72)
            else:
                edit = QLineEdit(getattr(d, key))
            edit.setObjectName(f"{key}_{lang}")
            edits[key] = edit
            form.addRow(label, edit)
        self.fields[lang] = edits
        return page

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), str(Path(self.logo.text()).parent),
                                              self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)"))
        if path:
            self.logo.setText(path)

    def profile(self) -> Profile:
        details = {}
        for lang, edits in self.fields.items():
            values = {key: (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()).strip()
                      for key, e in edits.items()}
            if any(values.values()):
                details[lang] = OrgDetails(**values)
        return Profile(details=details, sender_address=self.sender.text().strip(),
                       logo=self.logo.text().strip(), end_mark=self.end_mark.currentData())
