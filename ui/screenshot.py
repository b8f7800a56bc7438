"""Render the main window on the sample release to a PNG (for the README and for looking
at the window without a display): ``python -m ui.screenshot OUT.png [--lang ru|en]``; with
``--kazakh RU EN KK``, on a release in three versions instead."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output")
    parser.add_argument("--lang", choices=("en", "ru"), default="en")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--kazakh", nargs=3, metavar=("RU", "EN", "KK"),
                        help="three versions to import (Russian, English, Kazakh)")
    args = parser.parse_args(argv)
    home = tempfile.mkdtemp(prefix="tandem-shot-")  # never the user's own settings
    os.environ["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(home, "data")

    from PySide6.QtCore import QTimer

    from editor.resources_path import resource
    from ui import i18n
    from ui.app import create_app
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = create_app()
    i18n.install(args.lang)
    window = MainWindow(Settings())
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    samples = resource("samples")
    view = window.view
    if args.kazakh:
        ru_path, en_path, kk_path = args.kazakh
        window.import_paths(ru_path, en_path, more={"kk": kk_path})
        # a moment in the Kazakh: a figure that disagrees, the translator in row 3
        kk = view.panes["kk"]
        kk.place_cursor(1, 0)
        cursor = kk.textCursor()
        text = view.release.rows[1].text("kk")
        if "40" in text:
            cursor.setPosition(cursor.position() + text.index("40"))
            cursor.setPosition(cursor.position() + 2, cursor.MoveMode.KeepAnchor)
            cursor.insertText("45")
        kk.setFocus()
        kk.place_cursor(2, 12)
    else:
        window.import_paths(str(samples / "kazakh-cinema-days.ru.txt"),
                            str(samples / "kazakh-cinema-days.en.txt"))
        # a realistic moment: row 1 reviewed, row 3's Russian edited after translation
        # (stale), the translator working in row 4
        from editor.model import Status

        view.panes["en"].place_cursor(0, 0)
        view.mark_current(Status.REVIEWED)
        ru = view.panes["ru"]
        ru.place_cursor(2, len(view.release.rows[2].text("ru")))
        ru.textCursor().insertText(" Показы прошли при полном зале.")
        view.panes["en"].setFocus()
        view.panes["en"].place_cursor(3, 25)

    def shoot():
        window.view.spell.wait()
        window.checks.wait()  # the panel shows its findings in the picture
        app.processEvents()
        window.grab().save(args.output)
        window.setWindowModified(False)
        window.view.undo_stack.setClean()
        app.exit(0)

    QTimer.singleShot(600, shoot)
    app.exec()
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
