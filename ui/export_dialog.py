"""The Export dialog: format, languages, template, destination; a preview for the HTML and
e-mail versions; nothing is overwritten without asking; the export runs off the UI thread
with a busy indicator (an e-mail with PDFs takes a few seconds)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QTextBrowser,
    QVBoxLayout,
)

from editor.errors import TandemError
from editor.export import FORMATS, docx_paths, export
from editor.export.html_mail import to_html
from editor.export.pdf import office_binary
from ui import i18n
from ui.form_rows import add_path_row


class _Done(QObject):
    finished = Signal(str)  # "" on success, else the reason


class _Run(QRunnable):
    def __init__(self, fn, done):
        super().__init__()
        self.fn, self.done = fn, done

    def run(self):
        try:
            self.fn()
            self.done.finished.emit("")
        except TandemError as err:
            self.done.finished.emit(str(err))
        except Exception as err:  # an export must never take the editor down
            self.done.finished.emit(f"{type(err).__name__}: {err}")


class ExportDialog(QDialog):
    def __init__(self, release, registry, folder: str, parent=None, profile=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.release, self.registry, self.profile = release, registry, profile
        self.note = ""  # what the user should know about a finished export
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox()
        for code, fmt in FORMATS.items():  # every format, labelled in the interface language
            self.format.addItem(fmt.label(i18n.current()), code)
        form.addRow(self.tr("&Format:"), self.format)
        from ui.release_view import language_name

        self.languages = QComboBox()
        self.languages.addItem(self.tr("All languages"), None)
        for lang in release.languages:
            self.languages.addItem(language_name(lang), lang)
        form.addRow(self.tr("&Languages:"), self.languages)
        # XLIFF: the version the translator works from (English into Kazakh, say)
        self.source = QComboBox()
        for lang in release.languages:
            name = language_name(lang)
            if lang == release.source_lang:
                name = self.tr("%1 (source)").replace("%1", name)
            self.source.addItem(name, lang)
        self.source_label = QLabel(self.tr("Translate &from:"))
        self.source_label.setBuddy(self.source)
        form.addRow(self.source_label, self.source)
        self.template = QLineEdit()
        self.template.setPlaceholderText(self.tr("the standard letterhead"))
        add_path_row(form, self.tr("Template:"), self.template, self._choose_template,
                     self.tr("Browse…"))
        self.destination = QLineEdit(str(Path(folder) / "release.docx"))
        add_path_row(form, self.tr("Save as:"), self.destination, self._choose_destination,
                     self.tr("Browse…"))
        layout.addLayout(form)
        self.preview = QTextBrowser()
        self.preview.setMinimumHeight(260)
        layout.addWidget(self.preview)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.languages.currentIndexChanged.connect(self._update_preview)
        self._done = _Done()
        self._done.finished.connect(self._finished)
        self.error = ""
        self._format_changed()
        self.resize(760, 560)

    def _suffix(self) -> str:
        return FORMATS[self.format.currentData()].suffix

    def _format_changed(self) -> None:
        path = Path(self.destination.text() or "release")
        self.destination.setText(str(path.with_suffix(self._suffix())))
        xliff = self.format.currentData().startswith("xliff")
        self.source.setVisible(xliff and len(self.release.languages) > 2)
        self.source_label.setVisible(self.source.isVisible())
        self._update_preview()

    def _update_preview(self) -> None:
        code = self.format.currentData()
        langs = [self.languages.currentData()] if self.languages.currentData() else None
        if FORMATS[code].preview:
            self.preview.setHtml(to_html(self.release, langs, self.profile))
            self.preview.show()
        else:
            self.preview.hide()

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Word template"), "",
                                              self.tr("Word documents (*.docx)"))
        if path:
            self.template.setText(path)

    def _choose_destination(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.destination.text())
        if path:
            self.destination.setText(path)

    def targets(self) -> list[Path]:
        code, path = self.format.currentData(), Path(self.destination.text())
        if FORMATS[code].per_language:
            return [p.with_suffix(self._suffix()) for p in
                    docx_paths(self.release, path.with_suffix(".docx"), self.languages.currentData()).values()]
        return [path]

    def start(self) -> None:
        existing = [t for t in self.targets() if t.exists()]
        if existing:
            answer = QMessageBox.question(
                self, self.tr("Replace?"),
                self.tr("%1 already exists. Replace it?").replace("%1", existing[0].name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        code, path = self.format.currentData(), Path(self.destination.text())
        lang = self.languages.currentData()
        options = {}
        if FORMATS[code].per_language:
            options["lang"] = lang
            if FORMATS[code].template and self.template.text().strip():
                options["template"] = Path(self.template.text().strip())
        if code.startswith("xliff"):
            source = self.source.currentData()
            if lang and lang != source:
                options["lang"] = lang  # into this language only
            if source != self.release.source_lang:
                options["source"] = source
        release, registry, profile = self.release, self.registry, self.profile
        if code == "pdf" and office_binary() is None:
            self.note = self.tr("PDF made by Qt's writer: LibreOffice is not installed, so the "
                                "letterhead's header and footer are not in it")
        self.buttons.setEnabled(False)
        self.progress.show()
        QThreadPool.globalInstance().start(_Run(
            lambda: export(release, code, path, registry, profile=profile, **options), self._done))

    def _finished(self, error: str) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.error = error
        if error:
            QMessageBox.warning(self, self.tr("Cannot export"), error)
            return
        self.accept()

    def wait(self, timeout_ms: int = 30000) -> bool:
        ok = QThreadPool.globalInstance().waitForDone(timeout_ms)
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.processEvents()
        return ok
