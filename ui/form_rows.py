"""A form row holding a path: the line edit, a Browse… button beside it, and a label whose
accelerator (&) focuses the line edit."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton


def add_path_row(form: QFormLayout, label: str, edit: QLineEdit, on_browse,
                 browse_text: str) -> QPushButton:
    row = QHBoxLayout()
    row.addWidget(edit)
    button = QPushButton(browse_text)
    button.clicked.connect(on_browse)
    row.addWidget(button)
    caption = QLabel(label)
    caption.setBuddy(edit)
    form.addRow(caption, row)
    return button
