"""The organisation profile from the window: typed into Settings → Organisation (through
the menu and the keyboard), it reaches the Word file exported with Ctrl+E, the e-mail sent
with Ctrl+Shift+E and the NewsML export, whose version grows when the release is edited
and re-exported; the new version marks the window modified and is saved in the .tandem."""

import email
import zipfile
from email import policy

import docx
import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

from editor.profile import default_path, load_profile
from editor.storage import load_release
from tests.gui.helpers import open_sample, type_text
from ui.export_dialog import ExportDialog
from ui.settings_dialog import SettingsDialog

C, S = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
NAR = "{http://iptc.org/std/nar/2006-10-01/}"
RU_ORG = "Посольство Республики Казахстан в Бельгии"


def fill_profile(qtbot, w):
    """Settings… from the menu; the Organisation tab filled by typing; OK."""
    def run(self):
        self.tabs.setCurrentIndex(1)
        page = self.organisation
        for lang, values in (("ru", {"name": RU_ORG, "unit": "Пресс-служба",
                                     "phone": "+32 2 374 95 62",
                                     "sender_name": "Пресс-служба Посольства"}),
                             ("en", {"name": "Embassy of Kazakhstan", "unit": "Press Office",
                                     "sender_name": "Embassy Press Office"})):
            page.tabs.setCurrentIndex(list(page.fields).index(lang))
            for key, text in values.items():
                edit = page.fields[lang][key]
                assert isinstance(edit, QLineEdit)
                type_text(edit, text)
        type_text(page.sender, "press@kazembassy.example")
        return QDialog.DialogCode.Accepted
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SettingsDialog, "exec", run)
        w.action_settings.trigger()


def complete(w):
    import copy

    meta = copy.deepcopy(w.release.meta)
    meta.headline = {"ru": "Дни казахского кино", "en": "Days of Kazakh Cinema"}
    w.view.change_metadata(meta)


def export_through_menu(qtbot, monkeypatch, w, fmt, path, lang=None):
    dialogs = []

    def run(self):
        dialogs.append(self)
        self.format.setCurrentIndex(self.format.findData(fmt))
        if lang:
            self.languages.setCurrentIndex(self.languages.findData(lang))
        self.destination.setText(str(path))
        self.start()
        assert self.wait()
        qtbot.waitUntil(lambda: self.result() == QDialog.DialogCode.Accepted or self.error,
                        timeout=20000)
        return self.result()
    monkeypatch.setattr(ExportDialog, "exec", run)
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_E, C)
    monkeypatch.setattr(ExportDialog, "exec", QDialog.exec)
    assert dialogs and not dialogs[0].error, dialogs and dialogs[0].error
    return dialogs[0]


def test_the_profile_typed_in_settings_reaches_the_russian_word_file(qtbot, tmp_path, monkeypatch):
    w = open_sample(qtbot)
    complete(w)
    fill_profile(qtbot, w)
    assert default_path().exists()
    assert load_profile().get("ru").name == RU_ORG
    # the organisation is named by the profile: the pre-flight does not ask for it
    export_through_menu(qtbot, monkeypatch, w, "docx", tmp_path / "kino.docx", lang="ru")
    d = docx.Document(str(tmp_path / "kino.docx"))
    header = [p.text for p in d.sections[0].header.paragraphs if p.text.strip()]
    assert header == [RU_ORG, "Пресс-служба", "+32 2 374 95 62"]
    assert d.core_properties.author == RU_ORG
    assert d.core_properties.title == "Дни казахского кино"


def test_a_pdf_is_made_without_libreoffice_and_the_status_bar_says_how(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("ui.export_dialog.office_binary", lambda: None)
    monkeypatch.setattr("editor.export.pdf.office_binary", lambda: None)
    w = open_sample(qtbot)
    complete(w)
    fill_profile(qtbot, w)
    export_through_menu(qtbot, monkeypatch, w, "pdf", tmp_path / "kino.pdf", lang="en")
    from pypdf import PdfReader

    text = " ".join(PdfReader(tmp_path / "kino.pdf").pages[0].extract_text().split())
    assert "Embassy of Kazakhstan" in text and "Days of Kazakh Cinema" in text
    assert "Qt" in w.statusBar().currentMessage()
    assert "LibreOffice is not installed" in w.statusBar().currentMessage()


def test_newsml_version_two_after_an_edit_saved_in_the_release(qtbot, tmp_path, monkeypatch):
    w = open_sample(qtbot)
    complete(w)
    fill_profile(qtbot, w)
    saved = tmp_path / "kino.tandem"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(saved), ""))
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_S, C)
    assert saved.exists() and not w.isWindowModified()
    out = tmp_path / "agency.xml"
    export_through_menu(qtbot, monkeypatch, w, "newsml", out)
    first = etree.parse(str(out)).getroot().find(f"{NAR}itemSet/{NAR}newsItem")
    assert first.get("version") == "1"
    assert first.find(f".//{NAR}rightsInfo/{NAR}copyrightHolder").get("literal") == \
        "Embassy of Kazakhstan"
    assert w.isWindowModified()  # the export history is part of the release
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_S, C)
    assert load_release(saved).published["newsml"].version == 1

    en = w.view.panes["en"]
    en.place_cursor(1, len(w.release.rows[1].text("en")))
    type_text(en, " More screenings follow.")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    export_through_menu(qtbot, monkeypatch, w, "newsml", out)
    second = etree.parse(str(out)).getroot().find(f"{NAR}itemSet/{NAR}newsItem")
    assert second.get("version") == "2" and second.get("guid") == first.get("guid")
    assert second.findtext(f"{NAR}itemMeta/{NAR}firstCreated") == \
        first.findtext(f"{NAR}itemMeta/{NAR}firstCreated")
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_S, C)
    assert load_release(saved).published["newsml"].version == 2


def test_send_through_the_menu_comes_from_the_profile_in_each_language(
        qtbot, tmp_path, smtp_inbox, monkeypatch):
    port, inbox = smtp_inbox
    lst = tmp_path / "list.csv"
    lst.write_text("anna@example.kz,ru\nbob@example.be,en\n", encoding="utf-8")
    w = open_sample(qtbot)
    complete(w)
    fill_profile(qtbot, w)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)

    def run_dialog(self):
        assert self.sender.text() == "press@kazembassy.example"  # from the profile
        self.list_path.setText(str(lst))
        self.host.setText("127.0.0.1")
        self.port.setValue(port)
        self.security.setCurrentIndex(self.security.findData("none"))
        qtbot.mouseClick(self.send_button, Qt.MouseButton.LeftButton)
        return 0
    monkeypatch.setattr(QDialog, "exec", run_dialog)
    qtbot.keyClick(w.view.panes["en"], Qt.Key.Key_E, C | S)
    assert len(inbox.messages) == 2
    names = {}
    for _frm, rcpts, raw in inbox.messages:
        msg = email.message_from_bytes(raw, policy=policy.default)
        names[rcpts[0]] = msg["From"].addresses[0].display_name
        files = [p.get_filename() for p in msg.iter_attachments()]
        assert any(f.endswith(".docx") for f in files) and any(f.endswith(".pdf") for f in files)
    assert names == {"anna@example.kz": "Пресс-служба Посольства",
                     "bob@example.be": "Embassy Press Office"}


def test_every_format_through_ctrl_e_carries_the_embargo(qtbot, tmp_path, monkeypatch):
    """Each format of the Export dialog, chosen there after Ctrl+E, written and read back by
    the program that receives it (python-docx, pypdf, lxml, the email package); the outputs
    meant for readers carry the embargo in the reader's language."""
    import copy
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from pypdf import PdfReader

    from ui.export_dialog import FORMATS

    w = open_sample(qtbot)
    meta = copy.deepcopy(w.release.meta)
    meta.embargo = datetime(2025, 12, 18, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    meta.organisation = {"ru": "Посольство Казахстана", "en": "Embassy of Kazakhstan"}
    meta.headline = {"ru": "Дни казахского кино", "en": "Days of Kazakh Cinema"}
    w.view.change_metadata(meta)
    ru_line = "ЭМБАРГО: не публиковать до 18\u00a0декабря 2025\u00a0г., 10:00 (CET)"
    en_line = "EMBARGOED UNTIL 18 December 2025, 10:00 CET"

    def docx_text(path):
        d = docx.Document(str(path))
        return "\n".join([p.text for p in d.paragraphs]
                         + [c.text for t in d.tables for r in t.rows for c in r.cells])
    read = {
        "docx": lambda out: docx_text(out.with_suffix(".ru.docx")) + docx_text(out.with_suffix(".en.docx")),
        "docx-bilingual": docx_text,
        "odt": lambda out: " ".join(" ".join(etree.fromstring(zipfile.ZipFile(
            out.with_suffix(f".{lang}.odt")).read("content.xml")).itertext())
            for lang in ("ru", "en")),
        "pdf": lambda out: " ".join(" ".join(PdfReader(out.with_suffix(f".{lang}.pdf")).pages[0]
                                             .extract_text().split()) for lang in ("ru", "en")),
        "newsml": lambda out: " ".join(etree.parse(str(out)).getroot().itertext()),
        "html": lambda out: out.read_text(encoding="utf-8"),
        "eml": lambda out: "\n".join(part.get_content() for part in email.message_from_bytes(
            out.read_bytes(), policy=policy.default).walk() if part.get_content_type()
            in ("text/plain", "text/html")),
        "xliff": lambda out: etree.parse(str(out)).getroot().tag,
        "xliff-sentences": lambda out: etree.parse(str(out)).getroot().tag,
        "xliff12": lambda out: etree.parse(str(out)).getroot().tag,
        "xliff12-omegat": lambda out: etree.parse(str(out)).getroot().tag,
        "tmx": lambda out: etree.parse(str(out)).getroot().tag,
    }
    assert list(FORMATS) == list(read)  # the dialog offers every format of the registry
    for code, fmt in FORMATS.items():
        suffix = fmt.suffix
        out = tmp_path / f"{code}{suffix}"
        export_through_menu(qtbot, monkeypatch, w, code, out)
        text = read[code](out)
        if code.startswith(("xliff", "tmx")):
            assert text.endswith(("xliff", "tmx")), (code, text)
            continue
        # PDF text extraction spaces words as it likes: compare without white space
        flat = "".join(text.split())
        for line in (ru_line, en_line):
            assert "".join(line.split()) in flat, (code, line)


def test_sending_shows_progress_and_cancel_stops_it(qtbot, tmp_path, smtp_inbox, monkeypatch):
    """A send that takes a while shows a progress dialog; its Cancel stops before anything
    goes out, and the user is told how many messages went (none). The making of the files
    waits for the Cancel, so that no machine is too quick or too slow for it."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    import editor.export.mailer as mailer

    port, inbox = smtp_inbox
    lst = tmp_path / "list.csv"
    lst.write_text("anna@example.kz,ru\nbob@example.be,en\n", encoding="utf-8")
    real = mailer.attachments_for
    clicked = threading.Event()
    monkeypatch.setattr(mailer, "attachments_for",
                        lambda *a, **k: (clicked.wait(30), real(*a, **k))[1])
    w = open_sample(qtbot)
    complete(w)
    import copy

    meta = copy.deepcopy(w.release.meta)
    meta.organisation = {"ru": "Посольство Казахстана", "en": "Embassy of Kazakhstan"}
    w.view.change_metadata(meta)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    told, seen = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))

    def cancel(dialog):
        bars = dialog.findChildren(QProgressDialog)
        seen.extend(b.labelText() for b in bars if b.isVisible())
        for bar in bars:
            bar.cancel()
        clicked.set()

    def run_dialog(self):
        self.list_path.setText(str(lst))
        self.sender.setText("press@kazembassy.example")
        self.host.setText("127.0.0.1")
        self.port.setValue(port)
        self.security.setCurrentIndex(self.security.findData("none"))
        QTimer.singleShot(700, lambda: cancel(self))
        qtbot.mouseClick(self.send_button, Qt.MouseButton.LeftButton)
        return 0
    from ui.send_dialog import SendDialog

    monkeypatch.setattr(SendDialog, "exec", run_dialog)
    w.action_send.trigger()
    assert seen and "sending" in seen[0]
    assert told == ["sending cancelled after 0 of 2 message(s)"]
    assert inbox.messages == []
