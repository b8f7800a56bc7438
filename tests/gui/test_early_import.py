"""`tandem --ru A --en B`: the versions are read and aligned in a child process while the
window's modules load, and the window shows what it would have imported itself."""

from editor.errors import TandemError
from editor.importers.release_builder import import_release
from tests.conftest import EN, RU
from ui.early_import import EarlyImport
from ui.main_window import MainWindow


def texts(release):
    return [(r.text("ru"), r.text("en"), r.role) for r in release.rows]


def test_the_child_reads_what_the_window_would():
    early = EarlyImport.start(str(RU), str(EN))
    result = early.take(str(RU), str(EN))
    direct = import_release(str(RU), str(EN))
    assert texts(result.release) == texts(direct.release) and len(result.release.rows) == 8
    assert result.encodings == direct.encodings == {"ru": "UTF-8", "en": "UTF-8"}
    assert result.warnings == direct.warnings


def test_asked_for_other_files_the_child_answer_is_not_used():
    early = EarlyImport.start(str(RU), str(EN))
    assert early.take(str(EN), str(RU)) is None


def test_a_file_that_cannot_be_read_gives_the_same_error(tmp_path):
    missing = str(tmp_path / "missing.txt")
    early = EarlyImport.start(missing, str(EN))
    err = early.take(missing, str(EN))
    assert isinstance(err, TandemError)
    try:
        import_release(missing, str(EN))
    except TandemError as direct:
        assert str(err) == str(direct)
    else:
        raise AssertionError("the import should have failed")


def test_the_window_shows_the_early_import_as_its_own(qtbot):
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda x: x.setWindowModified(False))
    w.show()
    assert w.import_paths(str(RU), str(EN), early=EarlyImport.start(str(RU), str(EN)))
    assert len(w.release.rows) == 8 and w.view.panes["en"].row_count() == 8
    assert w.statusBar().currentMessage().startswith("Imported 8 row")
    assert "(Russian: UTF-8, English: UTF-8)" in w.statusBar().currentMessage()
    assert w.isWindowModified()  # an import is not saved yet


def test_the_window_reports_an_early_import_that_failed(qtbot, tmp_path, no_modal_dialogs):
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda x: x.setWindowModified(False))
    w.show()
    missing = str(tmp_path / "missing.txt")
    assert not w.import_paths(missing, str(EN), early=EarlyImport.start(missing, str(EN)))
    assert no_modal_dialogs == [("warning", ("Cannot import", f"{missing} does not exist"))]
    no_modal_dialogs.clear()
    assert len(w.release.rows) == 4  # the untitled release stays as it was


def test_a_long_import_is_left_to_the_window(tmp_path):
    """A child not done when the window is up is stopped: the window imports the files
    itself, with its progress and Cancel, rather than wait without either."""
    from tests.bench.harness import repeated_sample

    ru, en = repeated_sample(tmp_path, 3000)
    early = EarlyImport.start(str(ru), str(en))
    assert early.take(str(ru), str(en), wait_s=0) is None  # 3,000 rows take longer than that
    assert early.take(str(ru), str(en)) is None  # and it is gone
