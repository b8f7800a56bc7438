"""Entry point of the ``tandem`` command: a subcommand runs the Qt-free CLI; anything else
(no argument, a file, --ru/--en) opens the editor window. PySide6 is imported only then."""

from __future__ import annotations

import argparse
import sys


def _gui_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tandem", description="Open the Tandem editor.",
                                     epilog="Commands: tandem {import,info,align} --help")
    parser.add_argument("file", nargs="?", help="a .tandem release to open")
    parser.add_argument("--ru", help="import this Russian version (with --en)")
    parser.add_argument("--en", help="import this English version (with --ru)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    from editor.cli import COMMANDS
    from editor.cli import main as cli_main

    argv = sys.argv[1:] if argv is None else argv
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help") and len(argv) == 1):
        return cli_main(argv)
    args = _gui_args(argv)
    from ui.app import run_gui

    return run_gui(file=args.file, ru=args.ru, en=args.en)


if __name__ == "__main__":
    sys.exit(main())
