"""Release details: date, place, organisation, headline and subheadline per language,
an optional embargo, and press contacts."""

from __future__ import annotations

import copy
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model import Contact, Metadata
from editor.zones import COMMON_ZONES, local_zone, zone, zone_key
from ui.release_view import language_name

_PER_LANGUAGE = ("headline", "subheadline", "place", "organisation")


class DetailsDialog(QDialog):
    def __init__(self, meta: Metadata, languages: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Release details"))
        self.languages = languages
        self._meta = copy.deepcopy(meta)
        outer = QVBoxLayout(self)

        top = QFormLayout()
        self.has_date = QCheckBox(self.tr("Dated"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        top.addRow(self.tr("&Date:"), self._pair(self.has_date, self.date_edit))
        self.has_embargo = QCheckBox(self.tr("Embargoed until"))
        self.embargo_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.embargo_edit.setCalendarPopup(True)
        self.embargo_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.embargo_zone = QComboBox()
        self.embargo_zone.setObjectName("embargo-zone")
        here = local_zone()
        for key in dict.fromkeys([here, *COMMON_ZONES]):
            self.embargo_zone.addItem(self._zone_label(key), key)
        self.embargo_zone.setToolTip(self.tr("The time zone of the embargo time"))
        top.addRow(self.tr("&Embargo:"), self._pair(self.has_embargo, self.embargo_edit,
                                                     self.embargo_zone))
        self.has_date.toggled.connect(self.date_edit.setEnabled)
        self.has_embargo.toggled.connect(self.embargo_edit.setEnabled)
        self.has_embargo.toggled.connect(self.embargo_zone.setEnabled)
        outer.addLayout(top)

        self.fields: dict[tuple[str, str], QLineEdit] = {}
        labels = {"headline": self.tr("Headline"), "subheadline": self.tr("Subheadline"),
                  "place": self.tr("Place"), "organisation": self.tr("Organisation")}
        for lang in languages:
            box = QGroupBox(language_name(lang))
            form = QFormLayout(box)
            for name in _PER_LANGUAGE:
                edit = QLineEdit()
                edit.setObjectName(f"{name}-{lang}")
                edit.setMinimumWidth(420)
                form.addRow(labels[name] + ":", edit)
                self.fields[(name, lang)] = edit
            outer.addWidget(box)

        contacts = QGroupBox(self.tr("Press contacts"))
        cbox = QVBoxLayout(contacts)
        self.contacts = QTableWidget(0, 4)
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("E-mail")])
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setMinimumHeight(110)
        cbox.addWidget(self.contacts)
        buttons = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add contact")), QPushButton(self.tr("Remove contact"))
        add.clicked.connect(lambda: self._add_contact(Contact()))
        remove.clicked.connect(self._remove_contact)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        cbox.addLayout(buttons)
        outer.addWidget(contacts)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        outer.addWidget(box)
        self._load(meta)

    def _zone_label(self, key: str) -> str:
        """Brussels (UTC+01:00): the city in the interface language and today's offset."""
        cities = {"Asia/Almaty": self.tr("Almaty"), "Asia/Aqtobe": self.tr("Aqtobe"),
                  "Europe/Brussels": self.tr("Brussels"), "Europe/Vienna": self.tr("Vienna"),
                  "Europe/Berlin": self.tr("Berlin"), "Europe/Paris": self.tr("Paris"),
                  "Europe/London": self.tr("London"), "Europe/Moscow": self.tr("Moscow"),
                  "Europe/Istanbul": self.tr("Istanbul"), "Asia/Tashkent": self.tr("Tashkent"),
                  "Asia/Shanghai": self.tr("Shanghai"), "Asia/Tokyo": self.tr("Tokyo"),
                  "America/New_York": self.tr("New York"), "UTC": "UTC"}
        tz = zone(key)
        offset = datetime.now(tz).strftime("%z") if tz is not None else ""
        shown = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
        return f"{cities.get(key, key)} ({shown})" if key != "UTC" else "UTC"

    @staticmethod
    def _pair(check, *edits) -> QWidget:
        w = QWidget()
        row = QHBoxLayout(w)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(check)
        for edit in edits:
            row.addWidget(edit)
        row.addStretch()
        return w

    def _load(self, meta: Metadata) -> None:
        self.has_date.setChecked(meta.date is not None)
        self.date_edit.setEnabled(meta.date is not None)
        if meta.date:
            self.date_edit.setDate(QDate(meta.date.year, meta.date.month, meta.date.day))
        self.has_embargo.setChecked(meta.embargo is not None)
        self.embargo_edit.setEnabled(meta.embargo is not None)
        self.embargo_zone.setEnabled(meta.embargo is not None)
        if meta.embargo:
            key = zone_key(meta.embargo)
            if key is not None and self.embargo_zone.findData(key) < 0:
                self.embargo_zone.addItem(self._zone_label(key), key)
            if key is not None:
                self.embargo_zone.setCurrentIndex(self.embargo_zone.findData(key))
                shown = meta.embargo  # the wall-clock time in its own zone
            else:
                shown = meta.embargo.astimezone()
            self.embargo_edit.setDateTime(QDateTime(shown.replace(tzinfo=None)))
        for (name, lang), edit in self.fields.items():
            edit.setText(getattr(meta, name).get(lang, ""))
        for c in meta.contacts:
            self._add_contact(c)

    def _add_contact(self, c: Contact) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for col, value in enumerate((c.name, c.role, c.phone, c.email)):
            self.contacts.setItem(row, col, QTableWidgetItem(value))

    def _remove_contact(self) -> None:
        rows = sorted({i.row() for i in self.contacts.selectedIndexes()}, reverse=True)
        for row in rows or [self.contacts.rowCount() - 1]:
            if row >= 0:
                self.contacts.removeRow(row)

    def metadata(self) -> Metadata:
        meta = copy.deepcopy(self._meta)
        meta.date = date.fromisoformat(self.date_edit.date().toString(Qt.DateFormat.ISODate)) \
            if self.has_date.isChecked() else None
        if self.has_embargo.isChecked():
            wall = self.embargo_edit.dateTime().toPython().replace(second=0, microsecond=0,
                                                                   tzinfo=None)
            tz = zone(self.embargo_zone.currentData() or "UTC")
            meta.embargo = wall.replace(tzinfo=tz) if tz is not None else wall.astimezone()
        else:
            meta.embargo = None
        for (name, lang), edit in self.fields.items():
            values = getattr(meta, name)
            text = edit.text().strip()
            if text:
                values[lang] = text
            else:
                values.pop(lang, None)
        meta.contacts = []
        for row in range(self.contacts.rowCount()):
            cells = [(self.contacts.item(row, col).text().strip()
                      if self.contacts.item(row, col) else "") for col in range(4)]
            if any(cells):
                meta.contacts.append(Contact(*cells))
        return meta


__all__ = ["DetailsDialog", "datetime"]
