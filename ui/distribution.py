"""Getting a release out from the window: the pre-flight before Export and Send (open
errors and warnings, missing details; Review jumps to the Checks panel) and taking a
translator's XLIFF back as one undo step."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from editor.errors import TandemError
from editor.preflight import preflight
from editor.profile import Profile, ProfileError, load_profile
from ui.finding_text import describe


def organisation_profile(window) -> Profile | None:
    """The organisation profile (Settings, Organisation); None, after saying why, when its
    file cannot be read."""
    try:
        return load_profile()
    except ProfileError as err:
        QMessageBox.warning(window, QCoreApplication.translate("Distribution", "Organisation profile"),
                            str(err))
        return None


def confirm_ready(window, action: str, profile: Profile | None = None) -> bool:
    """True when the release may go out: clean, or the user chose to go on anyway."""
    window.checks.wait()
    result = preflight(window.release, window.checks.findings, profile)
    if result.clean:
        return True
    names = {"headline": QCoreApplication.translate("Distribution", "headline"), "date": QCoreApplication.translate("Distribution", "date"),
             "organisation": QCoreApplication.translate("Distribution", "organisation")}
    lines = []
    if result.errors or result.warnings:
        lines.append(QCoreApplication.translate("Distribution", "The checks found %1 error(s) and %2 warning(s).")
                     .replace("%1", str(len(result.errors))).replace("%2", str(len(result.warnings))))
        for f in (result.errors + result.warnings)[:5]:
            row = QCoreApplication.translate("Distribution", "Row")
            lines.append(f"• {row} {f.pair + 1}: {describe(f)}")
    if result.missing:
        lines.append(QCoreApplication.translate("Distribution", "Missing from the release details (Ctrl+Shift+D): %1.")
                     .replace("%1", ", ".join(names[m] for m in result.missing)))
        if "organisation" in result.missing:
            lines.append(QCoreApplication.translate(
                "Distribution", "Or fill in the organisation once for every release: Settings, Organisation."))
    box = QMessageBox(window)
    box.setObjectName("preflight")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Distribution", "Before it goes out"))
    box.setText("\n".join(lines))
    review = box.addButton(QCoreApplication.translate("Distribution", "&Review"), QMessageBox.ButtonRole.RejectRole)
    go_on = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(review)
    box.exec()
    if box.clickedButton() is go_on:
        return True
    window.checks.show()
    window.checks.raise_()
    window.checks.tree.setFocus()
    if result.missing and not (result.errors or result.warnings):
        window.edit_details()
    return False


def take_back_xliff(window) -> bool:
    """File → Import translation (XLIFF): what the translator changed, as one undo step. A
    file that would empty translated paragraphs is taken back only when the user says so."""
    from editor.importers import MAX_TEXT_BYTES
    from editor.importers.xliff import WouldEmpty, apply_xliff
    from editor.safe_read import read_limited

    path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("Distribution", "Import a translation"), window._folder(),
                                          QCoreApplication.translate("Distribution", "XLIFF (*.xlf *.xliff);;All files (*)"))
    if not path:
        return False
    view = window.view
    copy_ = copy.deepcopy(view.release)
    try:
        data = read_limited(Path(path), MAX_TEXT_BYTES * 4, "XLIFF of a press release")
        try:
            result = apply_xliff(copy_, data, Path(path).name)
        except WouldEmpty as err:
            answer = QMessageBox.question(
                window, QCoreApplication.translate("Distribution", "Empty translated paragraphs?"),
                QCoreApplication.translate("Distribution", "The file would empty %1 translated paragraph(s) (rows %2). "
                   "Take it back anyway?").replace("%1", str(len(err.rows)))
                .replace("%2", ", ".join(str(r + 1) for r in err.rows[:8])),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            copy_ = copy.deepcopy(view.release)
            result = apply_xliff(copy_, data, Path(path).name, force=True)
    except TandemError as err:
        QMessageBox.warning(window, QCoreApplication.translate("Distribution", "Cannot import the translation"), str(err))
        return False
    if result.changed:
        view.undo_stack.beginMacro(QCoreApplication.translate("Distribution", "Import a translation"))
        if result.changed_rows:
            view.replace_whole_rows({i: copy_.rows[i] for i in result.changed_rows},
                                    QCoreApplication.translate("Distribution", "Import a translation"))
        if result.changed_details:
            view.change_metadata(copy.deepcopy(copy_.meta))
        view.undo_stack.endMacro()
    note = (QCoreApplication.translate("Distribution", "%1 row(s) changed by the translation")
            .replace("%1", str(len(result.changed_rows))) if result.changed
            else QCoreApplication.translate("Distribution", "The translation changes nothing"))
    notes = [QCoreApplication.translate("Distribution", "row %1, the translator's note: %2").replace("%1", str(i + 1))
             .replace("%2", text) for i, text in result.notes]
    window.statusBar().showMessage("; ".join([note, *result.warnings, *notes]), 15000)
    return True
