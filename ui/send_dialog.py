"""The Send dialog: the distribution list (a CSV of addresses with their language), the
SMTP server, a dry run that lists what would go to whom, and sending. The password comes
from the system keyring or is asked for; it is never saved by Tandem."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from editor.errors import TandemError
from editor.export.mailer import SendCancelled, Server, read_list, send
from editor.profile import Profile
from ui.form_rows import add_path_row
from ui.import_runner import BackgroundTask


def keyring_password(host: str, user: str) -> str | None:
    try:
        import keyring

        return keyring.get_password("tandem-smtp", f"{user}@{host}")
    except Exception:  # no keyring backend
        return None


class SendDialog(QDialog):
    def __init__(self, release, settings, parent=None, history: dict | None = None,
                 profile: Profile | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send to a distribution list"))
        self.release, self.settings = release, settings
        self.profile = profile or Profile()
        q = settings.q
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.list_path = QLineEdit(str(q.value("send/list", "")))
        add_path_row(form, self.tr("Distribution list (CSV):"), self.list_path, self._choose_list,
                     self.tr("Browse…"))
        self.sender = QLineEdit(str(q.value("send/from", "")) or self.profile.sender_address)
        self.sender.setPlaceholderText(self.tr("press@… (Settings, Organisation: the sender)"))
        form.addRow(self.tr("&From:"), self.sender)
        self.host = QLineEdit(str(q.value("send/host", "")))
        form.addRow(self.tr("SMTP &server:"), self.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(q.value("send/port", 587)))
        form.addRow(self.tr("&Port:"), self.port)
        self.security = QComboBox()
        for code, label in (("starttls", "STARTTLS"), ("ssl", "SSL/TLS"),
                            ("none", self.tr("None (this computer only)"))):
            self.security.addItem(label, code)
        self.security.setCurrentIndex(max(0, self.security.findData(q.value("send/security", "starttls"))))
        form.addRow(self.tr("&Security:"), self.security)
        self.user = QLineEdit(str(q.value("send/user", "")))
        form.addRow(self.tr("&Login:"), self.user)
        layout.addLayout(form)
        self.plan = QPlainTextEdit()
        self.plan.setReadOnly(True)
        self.plan.setPlaceholderText(self.tr("Check shows what would be sent to whom, and "
                                             "sends nothing."))
        layout.addWidget(self.plan)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = self.buttons.addButton(self.tr("&Check"), QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button = self.buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        # Enter never sends: Check is the default, Send takes a click and a confirmation
        self.send_button.setAutoDefault(False)
        self.send_button.setDefault(False)
        self.check_button.setDefault(True)
        self.history = history if history is not None else {}  # release id -> (when, count)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.send_button.clicked.connect(lambda: self.run(dry_run=False))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(620, 480)

    def _choose_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Distribution list"), "",
                                              self.tr("CSV (*.csv);;All files (*)"))
        if path:
            self.list_path.setText(path)

    def _remember(self) -> None:
        q = self.settings.q
        for key, value in (("list", self.list_path.text()), ("from", self.sender.text()),
                           ("host", self.host.text()), ("port", self.port.value()),
                           ("security", self.security.currentData()), ("user", self.user.text())):
            q.setValue(f"send/{key}", value)

    def _password(self) -> str:
        host, user = self.host.text().strip(), self.user.text().strip()
        stored = keyring_password(host, user)
        if stored:
            return stored
        text, ok = QInputDialog.getText(self, self.tr("Password"),
                                        self.tr("SMTP password for %1:").replace("%1", f"{user}@{host}"),
                                        QLineEdit.EchoMode.Password)
        if not ok:
            raise TandemError("sending cancelled: no password")
        return text

    def run(self, dry_run: bool) -> bool:
        self._remember()
        try:
            groups = read_list(Path(self.list_path.text().strip()), self.release.languages)
            server = Server(self.host.text().strip(), self.port.value(), self.security.currentData(),
                            self.user.text().strip())
            if not dry_run and not self._confirm(groups):
                return False
            # the password is asked for here, on the UI thread, before the work starts
            password = self._password() if server.user and not dry_run else ""
        except TandemError as err:
            QMessageBox.warning(self, self.tr("Cannot send"), str(err))
            return False
        sender, release, profile = self.sender.text().strip(), self.release, self.profile

        def task(progress, cancelled):
            return send(release, groups, server, sender, (lambda: password) if password else None,
                        dry_run=dry_run, profile=profile, progress=progress, cancelled=cancelled)
        runner = BackgroundTask(self)
        runner.label = self.tr("Making the Word and PDF files and sending…")
        runner.title = self.tr("Send")
        outcome = task(None, None) if dry_run else runner.run_task(task)
        runner.finish()
        if isinstance(outcome, SendCancelled):
            report = outcome.report
            self._record(report)
            QMessageBox.information(self, self.windowTitle(), str(outcome))
            return False
        if isinstance(outcome, TandemError):
            QMessageBox.warning(self, self.tr("Cannot send"), str(outcome))
            return False
        if isinstance(outcome, Exception):
            QMessageBox.critical(self, self.tr("Cannot send"), f"{type(outcome).__name__}: {outcome}")
            return False
        report = outcome
        verb = self.tr("Would send") if dry_run else self.tr("Sent")
        lines = [f"{verb} “{p.subject[:70]}” ({'+'.join(p.langs)}) → {', '.join(p.recipients)}"
                 for p in report.planned]
        lines += [self.tr("Not attached: %1").replace("%1", problem) for problem in report.problems]
        self.plan.setPlainText("\n".join(lines))
        if not dry_run:
            self._record(report)
            text = self.tr("%1 message(s) sent.").replace("%1", str(report.sent))
            if report.problems:
                text += "\n" + "\n".join(self.tr("Not attached: %1").replace("%1", problem)
                                          for problem in report.problems)
            QMessageBox.information(self, self.windowTitle(), text)
            self.accept()  # a second click cannot send it again
        return True

    def _record(self, report) -> None:
        """Remember a send that reached anyone, for the "already sent" question."""
        from datetime import datetime

        if report.sent:
            reached = sum(len(p.recipients) for p in report.planned[:report.sent])
            self.history[self.release.id] = (datetime.now(), reached)

    def _confirm(self, groups: dict) -> bool:
        """Send to N recipients (by language)? And, if this release went out already, again?"""
        from ui.release_view import language_name

        total = sum(len(r) for r in groups.values())
        parts = ", ".join(f"{len(r)} — " + " + ".join(language_name(g) for g in group.split("+"))
                          for group, r in sorted(groups.items()))
        earlier = self.history.get(self.release.id)
        if earlier is not None:
            when, count = earlier
            again = QMessageBox.question(
                self, self.tr("Already sent"),
                self.tr("This release was already sent at %1 to %2 recipient(s). Send it again?")
                .replace("%1", when.strftime("%H:%M")).replace("%2", str(count)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if again != QMessageBox.StandardButton.Yes:
                return False
        answer = QMessageBox.question(
            self, self.tr("Send"),
            self.tr("Send to %1 recipient(s): %2?").replace("%1", str(total)).replace("%2", parts),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
