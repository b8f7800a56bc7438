"""The Export and Send dialogs."""

import docx
import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.helpers import open_sample
from ui import i18n
from ui.export_dialog import ExportDialog
from ui.send_dialog import SendDialog


def test_export_word_files_and_never_overwrite_without_asking(qtbot, tmp_path, monkeypatch):
    w = open_sample(qtbot)
    dialog = ExportDialog(w.release, w.view.spell.context.registry, str(tmp_path), w)
    qtbot.addWidget(dialog)
    dialog.destination.setText(str(tmp_path / "kino.docx"))
    assert [t.name for t in dialog.targets()] == ["kino.ru.docx", "kino.en.docx"]
    dialog.start()
    assert dialog.wait()
    qtbot.waitUntil(lambda: (tmp_path / "kino.en.docx").exists(), timeout=5000)
    assert docx.Document(str(tmp_path / "kino.en.docx")).paragraphs
    before = (tmp_path / "kino.ru.docx").read_bytes()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    again = ExportDialog(w.release, w.view.spell.context.registry, str(tmp_path), w)
    qtbot.addWidget(again)
    again.destination.setText(str(tmp_path / "kino.docx"))
    again.start()
    assert asked and "already exists" in asked[0]
    assert (tmp_path / "kino.ru.docx").read_bytes() == before


def test_html_preview_and_newsml(qtbot, tmp_path):
    w = open_sample(qtbot)
    dialog = ExportDialog(w.release, w.view.spell.context.registry, str(tmp_path), w)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert "Посольство Республики Казахстан" in dialog.preview.toPlainText()
    dialog.format.setCurrentIndex(dialog.format.findData("newsml"))
    assert dialog.destination.text().endswith(".xml")
    dialog.destination.setText(str(tmp_path / "agency.xml"))
    dialog.start()
    assert dialog.wait()
    qtbot.waitUntil(lambda: (tmp_path / "agency.xml").exists(), timeout=5000)
    assert b"newsMessage" in (tmp_path / "agency.xml").read_bytes()


def test_send_dialog_checks_then_sends(qtbot, tmp_path, smtp_inbox, monkeypatch):
    port, inbox = smtp_inbox
    lst = tmp_path / "list.csv"
    lst.write_text("anna@example.kz,ru\nbob@example.be,en\n", encoding="utf-8")
    w = open_sample(qtbot)
    dialog = SendDialog(w.release, w.settings, w)
    qtbot.addWidget(dialog)
    dialog.list_path.setText(str(lst))
    dialog.sender.setText("press@kazembassy.example")
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    assert dialog.run(dry_run=True)
    assert "Would send" in dialog.plan.toPlainText() and inbox.messages == []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert dialog.run(dry_run=False)
    assert sorted(rcpts for _frm, rcpts, _data in inbox.messages) == [["anna@example.kz"],
                                                                     ["bob@example.be"]]
    assert w.settings.q.value("send/host") == "127.0.0.1"  # remembered; the password is not


@pytest.mark.parametrize("lang, titles", [("ru", ("Экспорт", "Отправка по списку рассылки")),
                                          ("en", ("Export", "Send to a distribution list"))])
def test_export_and_send_dialogs_in_both_languages(qtbot, lang, titles):
    i18n.install(lang)
    try:
        w = open_sample(qtbot)
        e = ExportDialog(w.release, w.view.spell.context.registry, ".", w)
        s = SendDialog(w.release, w.settings, w)
        qtbot.addWidget(e)
        qtbot.addWidget(s)
        assert (e.windowTitle(), s.windowTitle()) == titles
    finally:
        i18n.install("en")
