"""Entry point of the ``tandem`` command: a subcommand runs the Qt-free CLI; anything else
(no argument, a file, --ru/--en) opens the editor window. PySide6 is imported only then."""

from __future__ import annotations

import argparse
import os
import sys


def _gui_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tandem", description="Open the Tandem editor.",
                                     epilog="Commands: tandem {import,info,align} --help")
    parser.add_argument("file", nargs="?", help="a .tandem release to open")
    parser.add_argument("--ru", help="import this Russian version (with --en)")
    parser.add_argument("--en", help="import this English version (with --ru)")
    return parser.parse_args(argv)


def _looks_like_a_command(word: str) -> bool:
    """A bare word that is not a file: a mistyped command, not a release to open."""
    return word.isalpha() and not os.path.exists(word)


def _display_available() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    from editor.cli import COMMANDS
    from editor.cli import main as cli_main

    argv = sys.argv[1:] if argv is None else argv
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help") and len(argv) == 1
                 or _looks_like_a_command(argv[0])):
        return cli_main(argv)  # an unknown command gets the CLI's one-line error
    args = _gui_args(argv)
    if not _display_available():
        print("tandem: error: no display to open the window on (DISPLAY is not set); "
              "the commands import, info and align work without one", file=sys.stderr)
        return 2
    early = None
    if args.ru and args.en and not args.file:  # read while the window's modules load
        from ui.early_import import EarlyImport

        early = EarlyImport.start(args.ru, args.en)
    from ui.app import run_gui

    return run_gui(file=args.file, ru=args.ru, en=args.en, early=early)


if __name__ == "__main__":
    sys.exit(main())
