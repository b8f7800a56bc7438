"""The main window: the panes, the menus, the status bar and the file commands."""

from __future__ import annotations

import gc
import linecache
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox

from editor import storage
from editor.errors import TandemError
from editor.model import Release, Role, Status
from editor.resources_path import resource
from editor.spelling.dictionaries import SpellService
from editor.storage import recovery
from editor.storage.atomic import remove_stray_temporaries
from ui import i18n
from ui.checks_panel import ChecksPanel
from ui.file_guard import FileGuard
from ui.panes_menu import fill_panes_menu
from ui.release_view import ReleaseView
from ui.settings import Settings
from ui.spelling_setup import explain_missing, make_context, missing_summary

FORGET_SOURCES_MS = 1000


def new_release() -> Release:
    """An empty release with the rows every press release has."""
    release = Release()
    for role in (Role.HEADLINE, Role.LEAD, Role.BODY, Role.BOILERPLATE):
        release.rows.append(release.new_row(role=role))
    return release


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, parent=None):
        super().__init__(parent)
        self.settings = settings or Settings()
        self.path: Path | None = None
        # content that never was in a file (import, recovery) or changed outside the undo
        # history (the NewsML export history)
        self._unsaved_changes = False
        self.setWindowIcon(QIcon(str(resource("icons", "tandem.svg"))))
        self.setAcceptDrops(True)

        self.view = ReleaseView(self)
        self.view.pane_order = self.settings.pane_order
        self.setCentralWidget(self.view)
        self.view.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.view.undo_stack.cleanChanged.connect(self._update_modified)
        self.view.undo_stack.indexChanged.connect(self._update_modified)
        self.view.statsChanged.connect(self._update_stats)
        self.stats_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.stats_label)
        self.spelling_label = QLabel(self)
        self.spelling_label.setTextFormat(Qt.TextFormat.RichText)
        self.spelling_label.linkActivated.connect(
            lambda _link: explain_missing(self, self.view.spell.context.service))
        self.spelling_label.hide()
        self.statusBar().addPermanentWidget(self.spelling_label)
        self.checks = ChecksPanel(self.view, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checks)
        self.resizeDocks([self.checks], [150], Qt.Orientation.Vertical)
        self.checks_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.checks_label)
        self.checks.countsChanged.connect(self._update_check_counts)
        self.view.modified.connect(lambda: self.checks.schedule())
        self.view.detailsRequested.connect(lambda: self.edit_details())
        self._apply_spelling_settings()
        self.view.spell.changed.connect(self._update_spelling_status)

        self.guard = FileGuard(self._release_for_autosave, self)
        self.guard.changedOnDisk.connect(self._on_changed_on_disk)
        self.guard.autosaveFailed.connect(
            lambda why: self.statusBar().showMessage(
                self.tr("Autosave failed (Tandem will try again): %1").replace("%1", why)))
        self.guard.set_interval(self.settings.autosave_seconds)

        self._make_menus()
        self.set_release(new_release(), None)
        self.view.set_pane_font(self.settings.font)
        self.view.leveller.scroll_locked = self.settings.scroll_locked
        # PySide6 reads the source of every module imported after it (to see whether the
        # module asks for its __feature__ options), and Python keeps those lines: 4.7 MB of
        # this process, dropped once the window is up (2 ms: not before its first paint)
        QTimer.singleShot(FORGET_SOURCES_MS, linecache.clearcache)

    # --- menus ------------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None, checkable=False) -> QAction:
        action = QAction(text, self)
        self._menu_objects.append(action)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _make_menus(self) -> None:
        # a rebuild (new UI language) first removes the old menus and their actions, whose
        # shortcuts would otherwise stay alive beside the new ones
        for obj in getattr(self, "_menu_objects", []):
            obj.deleteLater()
        self.menuBar().clear()
        for menu in self.menuBar().findChildren(QMenu):
            menu.deleteLater()
        self._menu_objects: list = []
        std = QKeySequence.StandardKey
        m = self.menuBar().addMenu(self.tr("&File"))
        self.action_new = self._action(m, self.tr("&New"), self.new_file, std.New)
        self.action_open = self._action(m, self.tr("&Open…"), self.open_file, std.Open)
        self.recent_menu = m.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.action_import = self._action(m, self.tr("&Import versions…"), self.import_files,
                                          "Ctrl+I")
        m.addSeparator()
        self.action_save = self._action(m, self.tr("&Save"), self.save, std.Save)
        self.action_save_as = self._action(m, self.tr("Save &As…"), self.save_as, std.SaveAs)
        self.action_close = self._action(m, self.tr("&Close"), self.close_release, "Ctrl+W")
        self.action_close.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Ctrl+F4")])
        m.addSeparator()
        self.action_export = self._action(m, self.tr("&Export…"), self.export_release, "Ctrl+E")
        self.action_send = self._action(m, self.tr("Sen&d…"), self.send_release, "Ctrl+Shift+E")
        self.action_take_back = self._action(m, self.tr("Import &translation (XLIFF)…"),
                                             self.take_back_translation)
        self.action_print = self._action(m, self.tr("&Print…"), lambda: self.print_release(False),
                                         std.Print)
        self.action_print_preview = self._action(m, self.tr("Print pre&view…"),
                                                 lambda: self.print_release(True))
        m.addSeparator()
        # not Ctrl+D: on X11 a text field takes it as Delete
        self.action_details = self._action(m, self.tr("Release &details…"), self.edit_details,
                                           "Ctrl+Shift+D")
        self.action_settings = self._action(m, self.tr("Se&ttings…"), self.edit_settings,
                                            std.Preferences)
        m.addSeparator()
        self.action_quit = self._action(m, self.tr("&Quit"), self.close, std.Quit)

        e = self.menuBar().addMenu(self.tr("&Edit"))
        self.action_undo = self.view.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setShortcut(QKeySequence(std.Undo))
        self.action_redo = self.view.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self._menu_objects += [self.action_undo, self.action_redo]
        redo_keys = [QKeySequence(std.Redo)] + [QKeySequence(k) for k in ("Ctrl+Shift+Z", "Ctrl+Y")]
        self.action_redo.setShortcuts(list(dict.fromkeys(redo_keys, None)))
        e.addAction(self.action_undo)
        e.addAction(self.action_redo)
        e.addSeparator()
        self.action_cut = self._action(e, self.tr("Cu&t"), self.cut, std.Cut)
        self.action_copy = self._action(e, self.tr("&Copy"), lambda: self.view.active_pane().copy(),
                                        std.Copy)
        self.action_paste = self._action(e, self.tr("&Paste"),
                                         lambda: self.view.active_pane().paste(), std.Paste)
        self.action_select_all = self._action(e, self.tr("Select &all"),
                                              lambda: self.view.active_pane().selectAll(),
                                              std.SelectAll)
        e.addSeparator()
        self.action_find = self._action(e, self.tr("&Find…"), lambda: self.find(False), std.Find)
        self.action_replace = self._action(e, self.tr("&Replace…"), lambda: self.find(True),
                                           "Ctrl+H")
        self.action_find_next = self._action(e, self.tr("Find &next"),
                                             lambda: self.find_again(1), std.FindNext)
        self.action_find_previous = self._action(e, self.tr("Find pre&vious"),
                                                 lambda: self.find_again(-1), std.FindPrevious)

        r = self.menuBar().addMenu(self.tr("&Rows"))
        v = self.view
        self.action_split = self._action(r, self.tr("&Split row at cursor"), v.split_at_cursor,
                                         "Ctrl+Shift+Return")
        self.action_merge = self._action(r, self.tr("&Merge with next row"), v.merge_with_next,
                                         "Ctrl+J")
        self.action_move_up = self._action(r, self.tr("Move paragraph &up"),
                                           lambda: v.move_paragraph(-1), "Alt+Shift+Up")
        self.action_move_down = self._action(r, self.tr("Move paragraph &down"),
                                             lambda: v.move_paragraph(1), "Alt+Shift+Down")
        self.action_insert = self._action(r, self.tr("&Insert empty row"), v.insert_row_below,
                                          "Ctrl+Shift+I")
        self.action_delete = self._action(r, self.tr("&Delete row"), v.delete_current_row,
                                          "Ctrl+Shift+Del")
        self.role_menu = r.addMenu(self.tr("Paragraph &role"))
        self._menu_objects.append(self.role_menu)
        self.role_menu.aboutToShow.connect(self._fill_role_menu)
        self._fill_role_menu()
        r.addSeparator()
        self.action_confirm_alignment = self._action(r, self.tr("&Confirm alignment"),
                                                     v.confirm_alignment, "Ctrl+Shift+A")
        self.action_realign = self._action(r, self.tr("Re-&align from here"), v.realign_from_here,
                                           "Ctrl+Shift+G")
        r.addSeparator()
        self.action_translated = self._action(r, self.tr("Mark &translated"),
                                              lambda: v.mark_current(Status.TRANSLATED), "Ctrl+Return")
        self.action_reviewed = self._action(r, self.tr("Mark re&viewed"),
                                            lambda: v.mark_current(Status.REVIEWED), "Ctrl+Shift+R")

        t = self.menuBar().addMenu(self.tr("&Tools"))
        self.action_spelling = self._action(t, self.tr("Check &spelling as you type"),
                                            self._toggle_spelling, "Ctrl+Shift+F7", checkable=True)
        self.action_spelling.setChecked(self.settings.spelling_enabled)
        self.action_next_typo = self._action(t, self.tr("&Next misspelling"),
                                             lambda: self.view.go_to_misspelling(1), "F7")
        self.action_prev_typo = self._action(t, self.tr("&Previous misspelling"),
                                             lambda: self.view.go_to_misspelling(-1), "Shift+F7")
        t.addSeparator()
        self.action_wordlists = self._action(t, self.tr("&Word lists…"), self.edit_word_lists)
        self.action_registry = self._action(t, self.tr("&Names registry…"), self.edit_registry,
                                            "Ctrl+Shift+N")
        self._action(t, self.tr("Spelling &dictionaries…"),
                     lambda: explain_missing(self, self.view.spell.context.service))
        self.action_ignored = self._action(t, self.tr("&Ignored findings…"), self.show_ignored)

        w = self.menuBar().addMenu(self.tr("&View"))
        self.action_lock = self._action(w, self.tr("&Lock scrolling"), self._toggle_lock,
                                        "Ctrl+Shift+L", checkable=True)
        self.action_lock.setChecked(self.settings.scroll_locked)
        self.action_swap = self._action(w, self.tr("S&wap panes"), self.swap_panes, "Ctrl+Shift+W")
        self.panes_menu = w.addMenu(self.tr("&Panes"))
        self._menu_objects.append(self.panes_menu)
        self.panes_menu.aboutToShow.connect(lambda: fill_panes_menu(self))
        fill_panes_menu(self)
        w.addAction(self.checks.toggleViewAction())
        w.addSeparator()
        self._action(w, self.tr("Zoom &in"), lambda: self.zoom(1), std.ZoomIn)
        self._action(w, self.tr("Zoom &out"), lambda: self.zoom(-1), std.ZoomOut)

        h = self.menuBar().addMenu(self.tr("&Help"))
        self.action_shortcuts = self._action(h, self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                             std.HelpContents)
        self.action_about = self._action(h, self.tr("&About Tandem"), self.show_about)

    def changeEvent(self, event) -> None:
        # a new UI language takes effect at once: menus, headers, title and status bar
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "recent_menu"):
            self.view.retranslate()  # first: the new Undo item reads the renamed command
            self._make_menus()
            self._update_title()
            self._update_stats()
            self._update_check_counts(self.checks.counts())
            self._update_spelling_status()
        super().changeEvent(event)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        for path in files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.settings.remove_recent(path)
            QMessageBox.warning(self, self.tr("Cannot open the release"),
                                self.tr("%1 no longer exists").replace("%1", path))
            return
        if self._maybe_keep_changes():
            self.open_path(path)

    # --- state ------------------------------------------------------------------------

    @property
    def release(self) -> Release:
        return self.view.release

    def set_release(self, release: Release, path: Path | None, *, unsaved: bool = False) -> None:
        if self.release is not None:  # the user saved or gave up the previous release
            self.guard.discard_recovery()
        gc.unfreeze()  # the previous release may now be collected
        self.view.set_release(release)
        self.path = path
        self.guard.attach(path)
        self.guard.forget_rows()
        self._unsaved_changes = unsaved
        self.view.undo_stack.setClean()
        self._update_modified()
        self._update_title()
        self._update_stats()
        self.checks.schedule(0)
        first = self.view.panes.get(release.source_lang) or next(iter(self.view.panes.values()))
        first.setFocus()
        first.place_cursor(0)
        # what exists now (the program, the release, its documents) lives as long as the
        # release is open: out of the collector's full passes, which took ~95 ms on the UI
        # thread at 2,000 rows whenever they came (a key pressed then waited for it)
        gc.freeze()

    def _update_modified(self, *_) -> None:
        modified = self._unsaved_changes or not self.view.undo_stack.isClean()
        if modified != self.isWindowModified():  # (the title goes to the window system)
            self.setWindowModified(modified)

    def _update_title(self) -> None:
        name = self.path.name if self.path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — Tandem")

    def _update_stats(self) -> None:
        if self.release is None:
            return
        s = self.view.stats()
        from ui.release_view import language_name

        words = " · ".join(self.tr("%1: %n word(s)", "", n).replace("%1", language_name(lang))
                           for lang, n in s["words"].items())
        done = self.tr("Translated: %1 of %2 rows").replace("%1", str(s["translated"])) \
            .replace("%2", str(s["rows"]))
        if len(s["translated_by_lang"]) > 1:  # each target language's own count
            done = self.tr("Translated:") + " " + " · ".join(
                f"{language_name(lang)} {n}/{s['rows']}" for lang, n in s["translated_by_lang"].items())
        self.stats_label.setText(f"{words}   |   {done}")

    def _release_for_autosave(self):
        return self.release, self.isWindowModified()

    def _error(self, title: str, err: Exception) -> None:
        QMessageBox.warning(self, title, str(err))

    def _maybe_keep_changes(self) -> bool:
        """True when it is fine to drop the current release (saved, or the user said so)."""
        if not self.isWindowModified():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The release has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _folder(self) -> str:
        return str(self.path.parent) if self.path else str(Path.cwd())

    # --- commands ---------------------------------------------------------------------

    def new_file(self) -> None:
        if self._maybe_keep_changes():
            self.set_release(new_release(), None)

    def open_file(self) -> None:
        if not self._maybe_keep_changes():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open release"), self._folder(),
                                              self.tr("Tandem releases (*.tandem);;All files (*)"))
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        path = Path(path).resolve()
        try:
            release = storage.load_release(path)
        except TandemError as err:
            self._error(self.tr("Cannot open the release"), err)
            return False
        owner = self.guard.other_holder(path)
        if owner is not None:
            answer = QMessageBox.question(
                self, self.tr("Already open"),
                self.tr("%1 is already open in another Tandem window (%2). Changes made in "
                        "both windows would overwrite each other. Open it anyway?")
                .replace("%1", path.name).replace("%2", owner.describe()),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Open:
                return False
        unsaved = False
        found = recovery.find_for(path)
        if found is not None:
            answer = QMessageBox.question(
                self, self.tr("Recover unsaved changes"),
                self.tr("Tandem found changes to %1 that were not saved (autosaved %2), "
                        "perhaps because Tandem stopped unexpectedly. Restore them?")
                .replace("%1", path.name).replace("%2", found.saved_at.strftime("%Y-%m-%d %H:%M")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                try:
                    release, unsaved = found.load(), True
                except TandemError as err:
                    self._error(self.tr("Cannot recover"), err)
            if not unsaved:
                recovery.discard(found.path)
        self.set_release(release, path, unsaved=unsaved)
        if unsaved:
            self.guard.last_recovery = found.path
        self.settings.add_recent(str(path))
        remove_stray_temporaries(path)  # what interrupted saves left beside it
        return True

    def offer_untitled_recovery(self) -> bool:
        """At start-up: an untitled release whose work was autosaved but never saved."""
        found = recovery.untitled_recoveries()
        if not found:
            return False
        latest = found[0]
        answer = QMessageBox.question(
            self, self.tr("Recover unsaved changes"),
            self.tr("Tandem found an unsaved release autosaved %1, perhaps because Tandem "
                    "stopped unexpectedly. Restore it?")
            .replace("%1", latest.saved_at.strftime("%Y-%m-%d %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Discard:
            recovery.discard(latest.path)
            return False
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            release = latest.load()
        except TandemError as err:
            self._error(self.tr("Cannot recover"), err)
            return False
        self.set_release(release, None, unsaved=True)
        self.guard.last_recovery = latest.path
        return True

    def import_files(self) -> None:
        if not self._maybe_keep_changes():
            return
        from ui.import_dialog import ImportDialog

        dialog = ImportDialog(self, self._folder())
        if dialog.exec():
            self.import_paths(*dialog.paths(), more=dialog.more())

    def import_paths(self, ru: str | None, en: str | None, more: dict | None = None,
                     early=None) -> bool:
        """Import two versions, and any more (``{"kk": path}``), off the UI thread, with
        progress and Cancel (or take what ``early``, an EarlyImport, read meanwhile)."""
        result = early.take(ru, en) if early is not None and not more else None
        if result is None:
            from editor.align import Cancelled
            from ui.import_runner import ImportRunner

            self.importer = ImportRunner(self)
            result = self.importer.run(ru, en, more or {})
            if isinstance(result, Cancelled):
                self.statusBar().showMessage(self.tr("Import cancelled; nothing was changed"),
                                             5000)
                return False
        else:
            self.importer = None  # read before the window was up: no progress to show
        if isinstance(result, Exception):
            self._error(self.tr("Cannot import"), result)
            return False
        try:
            self.set_release(result.release, None, unsaved=True)
        finally:
            if self.importer is not None:
                self.importer.finish()
        note = self.tr("Imported %n row(s)", "", len(result.release.rows))
        if result.encodings:
            from ui.release_view import language_name

            note += " (" + ", ".join(f"{language_name(lang)}: {enc}"
                                     for lang, enc in result.encodings.items()) + ")"
        self.statusBar().showMessage("; ".join([note, *result.warnings]), 10000)
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        start = str(self.path) if self.path else str(Path(self._folder()) / "release.tandem")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save release as"), start,
                                              self.tr("Tandem releases (*.tandem);;All files (*)"))
        if not path:
            return False
        if not path.endswith(".tandem"):
            path += ".tandem"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        path = path.resolve()
        try:
            storage.save_release(self.release, path)
        except TandemError as err:
            self._error(self.tr("Cannot save"), err)
            return False
        self.guard.discard_recovery()
        self.path = path
        self.guard.attach(path)
        self.guard.remember_disk_state()
        self._unsaved_changes = False
        self.view.undo_stack.setClean()
        self._update_modified()
        self._update_title()
        self.settings.add_recent(str(path))
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def _on_changed_on_disk(self, name: str) -> None:
        note = self.tr(" Your unsaved changes would be lost.") if self.isWindowModified() else ""
        answer = QMessageBox.question(
            self, self.tr("Changed on disk"),
            self.tr("%1 was changed by another program. Reload it?").replace("%1", Path(name).name)
            + note,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            try:
                release = storage.load_release(name)
            except TandemError as err:
                self._error(self.tr("Cannot reload"), err)
                return
            self.set_release(release, Path(name))

    def edit_details(self) -> None:
        from ui.details_dialog import DetailsDialog

        dialog = DetailsDialog(self.release.meta, self.release.languages, self)
        if dialog.exec():
            self.view.change_metadata(dialog.metadata())

    def edit_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.release.languages, self)
        if dialog.exec():
            dialog.apply()
            self.view.set_pane_font(self.settings.font)
            if self.settings.pane_order:
                self.view.set_pane_order(self.settings.pane_order)
            self.guard.set_interval(self.settings.autosave_seconds)
            i18n.install(self.settings.ui_language)
            self._apply_spelling_settings()

    def _apply_spelling_settings(self) -> None:
        context, problems = make_context(self.settings)
        self.view.spell.context = context
        self.checks.set_context(context)
        self.view.spell.enabled = self.settings.spelling_enabled
        # the checks process loads the dictionaries and the entity models while the user
        # looks at the window, not when the first check needs them
        QTimer.singleShot(200, self._preload_checks)
        for problem in problems:
            self.statusBar().showMessage(problem, 10000)
        if self.release is not None:
            self.view.spell.recheck_all()

    def _preload_checks(self) -> None:
        self.view.worker.ask(self.view.spell.context, None, ("preload",))
        # what the spelling status asks of this process (which dictionaries are missing)
        # imports enchant first time: here, not on the UI thread at the first answer
        threading.Thread(target=SpellService.prepare_probe, daemon=True,
                         name="spelling-probe-import").start()

    def _update_check_counts(self, counts: dict) -> None:
        self.checks_label.setText(self.tr("Errors: %1 · Warnings: %2")
                                  .replace("%1", str(counts["error"]))
                                  .replace("%2", str(counts["warning"])))

    def _update_spelling_status(self) -> None:
        text = missing_summary(self.view.spell.context.service)
        self.spelling_label.setText(f'<a href="missing">{text}</a>' if text else "")
        self.spelling_label.setVisible(bool(text))

    def _toggle_spelling(self, checked: bool) -> None:
        self.settings.spelling_enabled = checked
        self.view.spell.set_enabled(checked)

    def edit_word_lists(self) -> None:
        from ui.wordlists_dialog import WordListsDialog

        dialog = WordListsDialog(self.view, self.settings, self)
        if dialog.exec():
            dialog.apply()

    def take_back_translation(self) -> bool:
        from ui.distribution import take_back_xliff

        return take_back_xliff(self)

    def export_release(self) -> None:
        from ui.distribution import confirm_ready, organisation_profile
        from ui.export_dialog import ExportDialog

        profile = organisation_profile(self)
        if profile is None or not confirm_ready(self, self.tr("Export anyway"), profile):
            return
        published = dict(self.release.published)
        dialog = ExportDialog(self.release, self.view.spell.context.registry, self._folder(), self,
                              profile)
        if dialog.exec() and not dialog.error:
            message = self.tr("Exported to %1").replace(
                "%1", ", ".join(str(t) for t in dialog.targets()))
            if dialog.note:
                message += " — " + dialog.note
            self.statusBar().showMessage(message, 12000)
        if self.release.published != published:  # a new NewsML version: kept in the file
            self._unsaved_changes = True
            self._update_modified()

    def send_release(self) -> None:
        from ui.distribution import confirm_ready, organisation_profile
        from ui.send_dialog import SendDialog

        profile = organisation_profile(self)
        if profile is None or not confirm_ready(self, self.tr("Send anyway"), profile):
            return
        if not hasattr(self, "sent_history"):
            self.sent_history: dict = {}
        SendDialog(self.release, self.settings, self, self.sent_history, profile).exec()

    def edit_registry(self) -> None:
        from ui.registry_dialog import RegistryDialog

        context = self.view.spell.context
        dialog = RegistryDialog(self.view, self.settings.organisation_registry,
                                context.organisation_names, self)
        if dialog.exec():
            org = dialog.apply()
            if org is not None:
                self._apply_spelling_settings()
            self.checks.set_context(self.view.spell.context)

    def show_pane(self, lang: str, on: bool) -> None:
        hidden = (self.view.hidden - {lang}) if on else (self.view.hidden | {lang})
        self.view.set_hidden(hidden)

    def move_pane(self, step: int) -> None:
        order = self.view.move_pane(self.view.active_pane().lang, step)
        if order is not None:
            self.settings.pane_order = order

    def swap_panes(self) -> None:
        order = tuple(reversed(tuple(self.view.panes)))
        self.view.set_pane_order(order)
        self.settings.pane_order = order

    def _toggle_lock(self, checked: bool) -> None:
        self.view.leveller.scroll_locked = checked
        self.settings.scroll_locked = checked
        if checked:
            self.view.leveller.level_all()

    def zoom(self, step: int) -> None:
        font = self.settings.font
        font.setPointSizeF(max(6.0, min(48.0, font.pointSizeF() + step)))
        self.settings.font = font
        self.view.set_pane_font(font)

    # --- drag and drop ----------------------------------------------------------------

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event):
        paths = [u.toLocalFile() for u in event.mimeData().urls()]
        event.acceptProposedAction()
        self.open_dropped(paths)

    def open_dropped(self, paths: list[str]) -> None:
        from editor.importers.release_builder import guess_language

        if not self._maybe_keep_changes():
            return
        if len(paths) == 1 and paths[0].endswith(".tandem"):
            self.open_path(paths[0])
        elif len(paths) == 2:
            try:
                first = guess_language(paths[0])
            except TandemError as err:
                self._error(self.tr("Cannot import"), err)
                return
            ru, en = (paths[0], paths[1]) if first == "ru" else (paths[1], paths[0])
            self.import_paths(ru, en)
        elif len(paths) == 1:
            from ui.import_dialog import ImportDialog

            dialog = ImportDialog(self, str(Path(paths[0]).parent))
            try:
                slot = guess_language(paths[0])
            except TandemError as err:
                self._error(self.tr("Cannot import"), err)
                return
            (dialog.ru_edit if slot == "ru" else dialog.en_edit).setText(paths[0])
            if dialog.exec():
                self.import_paths(*dialog.paths(), more=dialog.more())
        else:
            self.statusBar().showMessage(
                self.tr("Drop one release, or the two versions of one release"), 6000)

    # --- editing commands from the menus ------------------------------------------------

    def _fill_role_menu(self) -> None:
        from ui.role_gutter import fill_role_menu

        current = self.view.role_of(self.view.current_row) if self.release else None
        fill_role_menu(self.role_menu, current,
                       lambda role: self.view.set_role(self.view.current_row, role))

    def cut(self) -> None:
        pane = self.view.active_pane()
        if pane._selection_spans_rows():
            pane.copy()
            self.statusBar().showMessage(self.tr("A selection across rows cannot be cut; it "
                                                 "was copied"), 5000)
            return
        pane.cut()

    def find(self, replace: bool) -> None:
        from ui.find_dialog import FindDialog

        if getattr(self, "find_dialog", None) is None:
            self.find_dialog = FindDialog(self.view, self)
        self.find_dialog.open_for(replace)

    def find_again(self, direction: int) -> None:
        if getattr(self, "find_dialog", None) is None or not self.find_dialog.find_edit.text():
            self.find(False)
            return
        self.find_dialog.find_next(direction)

    def close_release(self) -> None:
        """File → Close: put the release away (asking to save) and start an empty one."""
        if self._maybe_keep_changes():
            self.set_release(new_release(), None)

    def print_release(self, preview: bool) -> bool:
        from ui.print_release import print_release

        return print_release(self, self.release, preview)

    def show_ignored(self) -> None:
        from ui.ignored_dialog import IgnoredDialog

        IgnoredDialog(self.view, self).exec()

    # the dialogs load when first opened, not at start-up
    def show_shortcuts(self) -> None:
        from ui.help_dialogs import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        from ui.help_dialogs import show_about

        show_about(self)

    def restore_layout(self) -> None:
        """The window's size, position and docks as the user left them."""
        geometry = self.settings.q.value("window/geometry")
        state = self.settings.q.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        self.settings.q.setValue("window/geometry", self.saveGeometry())
        self.settings.q.setValue("window/state", self.saveState())

    def closeEvent(self, event) -> None:
        if self._maybe_keep_changes():
            self.save_layout()
            self.checks.stop_running()  # no work on a release nobody sees
            self.view.spell.reset()
            self.view.worker.close()
            self.guard.discard_recovery()
            self.guard.detach()
            self.settings.sync()
            event.accept()
        else:
            event.ignore()


__all__ = ["MainWindow", "new_release", "Qt"]
