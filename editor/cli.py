"""The ``tandem`` command line. Exit status: 0 success, 1 findings of error severity
(``check``), 2 unusable input (one line on stderr, no traceback)."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

from editor.errors import TandemError

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_BUG = 0, 1, 2, 3


class UsageError(TandemError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line and exit 2, like every other unusable input
        raise UsageError(f"{message} (see 'tandem {self.prog.split()[-1]} --help')"
                         if " " in self.prog else f"{message} (see 'tandem --help')")


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _warn(lines: list[str]) -> None:
    for line in lines:
        print(f"tandem: warning: {line}", file=sys.stderr)


def _default_output(ru: str | None, en: str | None) -> Path:
    stem = Path(ru or en or "release").name.split(".")[0] or "release"
    return Path.cwd() / f"{stem}.tandem"


def cmd_import(args) -> int:
    if args.xliff:
        return _import_xliff(args)
    from editor.importers.release_builder import import_release
    from editor.storage import save_release

    if not (args.ru or args.en):
        raise UsageError("give the two versions with --ru and --en (or --xliff X --into R)")
    out = Path(args.output) if args.output else _default_output(args.ru, args.en)
    if out.exists() and not args.force:
        raise UsageError(f"{out} exists; choose another -o or add --force to replace it")
    more = _more_versions(args)
    result = import_release(args.ru, args.en)
    _add_versions(result, more)
    if args.source:
        try:
            result.release.set_source(args.source)
        except ValueError as err:
            raise UsageError(f"--source {args.source}: {err}") from err
    save_release(result.release, out)
    _warn(result.warnings)
    r = result.release
    _out(f"{out}: {len(r.rows)} rows" + (f", dated {r.meta.date.isoformat()}" if r.meta.date else ""))
    return EXIT_OK


def _import_xliff(args) -> int:
    """Take a translator's XLIFF back into a release: changed targets, states and details
    only; nothing is written when nothing changed, or (without --force) when it would empty
    translated paragraphs."""
    from editor.importers import MAX_TEXT_BYTES
    from editor.importers.xliff import apply_xliff
    from editor.safe_read import read_limited
    from editor.storage import load_release, save_release

    if not args.into:
        raise UsageError("give the release the XLIFF goes back into: --into RELEASE.tandem")
    release = load_release(args.into)
    path = Path(args.xliff)
    data = read_limited(path, MAX_TEXT_BYTES * 4, "XLIFF of a press release")
    result = apply_xliff(release, data, path.name, force=args.force)
    _warn(result.warnings)
    for i, note in result.notes:
        _warn([f"row {i + 1}, the translator's note: {note}"])
    if not result.changed:
        _out(f"{args.into}: nothing changed; not written")
        return EXIT_OK
    out = Path(args.output) if args.output else Path(args.into)
    if args.output and out.exists() and not args.force:
        raise UsageError(f"{out} exists; choose another -o or add --force to replace it")
    save_release(release, out)
    rows = ", ".join(str(i + 1) for i in result.changed_rows) or "none"
    details = f"; details: {', '.join(result.changed_details)}" if result.changed_details else ""
    _out(f"{out}: {len(result.changed_rows)} row(s) changed ({rows}){details}")
    return EXIT_OK


def cmd_export(args) -> int:
    from editor.export import FORMATS, export

    release, warnings = _release_from_args(args)
    _warn(warnings)
    out = Path(args.output)
    if args.to in FORMATS and FORMATS[args.to].per_language:
        from editor.export import docx_paths

        targets = [t.with_suffix(f".{args.to}") for t in
                   docx_paths(release, out.with_suffix(".docx"), args.lang).values()]
    else:
        targets = [out]
    existing = [t for t in targets if t.exists() and t.is_file()]
    if existing and not args.force:
        raise UsageError(f"{existing[0]} exists; choose another -o or add --force to replace it")
    if args.to not in FORMATS:
        raise UsageError(f"Tandem cannot export to {args.to} yet (it writes: {', '.join(FORMATS)})")
    from editor.names.registry import load_file, shipped

    registry = shipped()
    if args.registry:
        registry = registry.merged(load_file(Path(args.registry)))
    options = {"layout": "single"} if args.to == "newsml" and args.single_item else {}
    if FORMATS[args.to].per_language:
        options = {"lang": args.lang}
    if args.to.startswith("xliff"):
        options = {"lang": args.lang, "source": args.source}
    before = release.published.get("newsml")
    profile = _profile(args)
    if args.to == "eml" and not profile.sender_address:
        _warn(["the message has no sender (From: press@example.invalid): fill in the sender in "
               "Settings, Organisation, or give --profile FILE"])
    export(release, args.to, out, registry, profile=profile, **options)
    for target in targets:
        _out(f"{target}: {args.to}, {len(release.rows)} rows")
    if args.to == "pdf":
        from editor.export.pdf import office_binary

        if office_binary() is None:
            _out("PDF made by Qt's writer: LibreOffice is not installed, so the letterhead's "
                 "header and footer are not in it (sudo apt-get install libreoffice-writer-nogui)")
    pub = release.published.get("newsml")
    if args.to == "newsml" and pub is not None:
        _out(f"NewsML-G2 version {pub.version}" + (" (unchanged since the last export)"
                                                    if pub is before else ""))
        if args.file and pub is not before:  # the export history lives in the release
            from editor.storage import save_release

            save_release(release, Path(args.file))
    return EXIT_OK


def _profile(args):
    """The organisation profile: --profile FILE, else the user's own (Settings in the
    window), else none."""
    from editor.profile import load_profile

    return load_profile(Path(args.profile) if getattr(args, "profile", None) else None)


def _password(host: str, user: str):
    """The SMTP password: from the system keyring (service "tandem-smtp"), else asked for
    on the terminal. It is never written anywhere."""
    def get() -> str:
        try:
            import keyring

            stored = keyring.get_password("tandem-smtp", f"{user}@{host}")
        except Exception:  # no keyring backend on this machine
            stored = None
        if stored:
            return stored
        if not sys.stdin.isatty():
            raise UsageError(f"no password for {user}@{host} in the system keyring, and no "
                             "terminal to ask on")
        import getpass

        return getpass.getpass(f"SMTP password for {user}@{host}: ")
    return get


def cmd_send(args) -> int:
    from editor.export.mailer import Server, read_list, send

    release, warnings = _release_from_args(args)
    _warn(warnings)
    host, _, port = args.server.partition(":")
    security = args.security
    default_port = {"ssl": 465, "starttls": 587, "none": 25}[security]
    server = Server(host, int(port) if port.isdigit() else default_port, security, args.user or "")
    groups = read_list(Path(args.list), release.languages)
    report = send(release, groups, server, args.sender or "",
                  _password(host, args.user) if args.user else None, dry_run=args.dry_run,
                  profile=_profile(args))
    for problem in report.problems:
        _warn([f"not attached: {problem}"])
    for plan in report.planned:
        verb = "would send" if args.dry_run else "sent"
        _out(f"{verb} “{plan.subject[:60]}” ({'+'.join(plan.langs)}) to "
             f"{len(plan.recipients)} recipient(s) in Bcc: {', '.join(plan.recipients)}")
    return EXIT_OK


def _info(release, path: Path) -> dict:
    m = release.meta
    return {
        "file": str(path),
        "id": release.id,
        "languages": list(release.languages),
        "source": release.source_lang,
        "date": m.date.isoformat() if m.date else None,
        "embargo": m.embargo.isoformat() if m.embargo else None,
        "place": m.place, "organisation": m.organisation,
        "headline": m.headline, "subheadline": m.subheadline,
        "rows": len(release.rows),
        "roles": {role: sum(1 for r in release.rows if r.role == role)
                  for role in dict.fromkeys(r.role.value for r in release.rows)},
        "status": release.status_counts(),
        "words": {lang: sum(len(r.text(lang).split()) for r in release.rows)
                  for lang in release.languages},
        "first": {lang: release.rows[0].text(lang)[:80] if release.rows else ""
                  for lang in release.languages},
    }


def cmd_info(args) -> int:
    from editor.storage import load_release

    path = Path(args.file)
    info = _info(load_release(path), path)
    if args.format == "json":
        _out(json.dumps(info, ensure_ascii=False, indent=2))
        return EXIT_OK
    lines = [f"File:       {info['file']}",
             f"Languages:  {' '.join(info['languages'])} (source {info['source']})",
             f"Date:       {info['date'] or '-'}"]
    if info["embargo"]:
        lines.append(f"Embargo:    {info['embargo']}")
    for lang, text in info["headline"].items():
        lines.append(f"Headline {lang}: {text}")
    lines.append(f"Rows:       {info['rows']} ("
                 + ", ".join(f"{n} {role}" for role, n in info["roles"].items()) + ")")
    lines.append("Words:      " + ", ".join(f"{lang} {n}" for lang, n in info["words"].items()))
    for lang, counts in info["status"].items():
        lines.append(f"Status {lang}:  " + ", ".join(f"{n} {s}" for s, n in counts.items() if n))
    for lang, text in info["first"].items():
        lines.append(f"First {lang}:   {text}")
    _out("\n".join(lines))
    return EXIT_OK


def cmd_align(args) -> int:
    if args.file:
        return _realign(args)
    if not (args.ru and args.en):
        raise UsageError("give the two versions with --ru and --en, or a .tandem file with "
                         "--from ROW")
    from editor.align import align
    from editor.importers import read_document

    docs = {lang: read_document(p) for lang, p in (("ru", args.ru), ("en", args.en))}
    texts = {lang: [p.text for p in d.paragraphs] for lang, d in docs.items()}
    pairs = align(texts["ru"], texts["en"])
    # a further version (Kazakh) is paired with the Russian on its own
    others = {}
    for lang, path in _more_versions(args).items():
        texts[lang] = [p.text for p in read_document(path).paragraphs]
        others[lang] = align(texts["ru"], texts[lang], "ru", lang)
    if args.format == "json":
        out: dict = {"pairs": [p.to_json() for p in pairs]}
        if others:
            out["others"] = {lang: [p.to_json() for p in found] for lang, found in others.items()}
        _out(json.dumps(out, ensure_ascii=False))
        return EXIT_OK
    for n, p in enumerate(pairs, 1):
        ru = ",".join(str(i) for i in p.indices["ru"]) or "-"
        en = ",".join(str(i) for i in p.indices["en"]) or "-"
        preview = {lang: " / ".join(texts[lang][i][:40] for i in p.indices[lang])
                   for lang in ("ru", "en")}
        _out(f"{n:3}  ru {ru:>5}  en {en:>5}  {p.score:.2f}  {preview['ru']} | {preview['en']}")
    for lang, found in others.items():
        _out(f"ru and {lang}:")
        for n, p in enumerate(found, 1):
            a = ",".join(str(i) for i in p.indices["ru"]) or "-"
            b = ",".join(str(i) for i in p.indices[lang]) or "-"
            _out(f"{n:3}  ru {a:>5}  {lang} {b:>5}  {p.score:.2f}  "
                 f"{' / '.join(texts[lang][i][:40] for i in p.indices[lang])}")
    return EXIT_OK


def _realign(args) -> int:
    """Pair the release's rows from row --from (1-based) to the end again and save it."""
    from editor.importers.release_builder import realign_from
    from editor.storage import load_release, save_release

    release = load_release(args.file)
    if args.start is None:
        raise UsageError("give the row to re-align from: --from ROW")
    if not 1 <= args.start <= len(release.rows):
        raise UsageError(f"--from must be a row between 1 and {len(release.rows)}")
    new_rows = realign_from(release, args.start - 1)
    if not new_rows:
        _out(f"{args.file}: nothing to align from row {args.start}; not written")
        return EXIT_OK
    old = len(release.rows) - (args.start - 1)
    release.rows[args.start - 1:] = new_rows
    out = Path(args.output) if args.output else Path(args.file)
    save_release(release, out)
    review = sum(1 for r in new_rows if r.align_score is not None)
    _out(f"{out}: rows {args.start}–{len(release.rows)} re-aligned ({old} row(s) became "
         f"{len(new_rows)}; {review} to review)")
    return EXIT_OK


_LANG_CODE = re.compile(r"[a-z]{2,3}")


def _more_versions(args) -> dict[str, str]:
    """Versions beyond Russian and English: --kk FILE, and --version CODE=FILE for any
    language (repeatable), by language code."""
    more: dict[str, str] = {}
    if getattr(args, "kk", None):
        more["kk"] = args.kk
    for item in getattr(args, "version", None) or []:
        code, sep, path = item.partition("=")
        code = code.strip().lower()
        if not sep or not path or not _LANG_CODE.fullmatch(code):
            raise UsageError(f"--version {item!r}: give it as CODE=FILE (kk=release.kk.txt)")
        if code in ("ru", "en") or code in more:
            raise UsageError(f"--version {code}: that version is given already")
        more[code] = path
    return more


def _add_versions(result, more: dict[str, str]) -> None:
    """Each further version paired with the source's paragraphs, row by row."""
    if more:
        from editor.importers.release_builder import add_version

        for lang, path in more.items():
            result.warnings += add_version(result.release, path, lang)


def _release_from_args(args):
    """The release a command works on: a .tandem file, or two versions imported now."""
    if args.file and (args.ru or args.en):
        raise UsageError("give a .tandem file or --ru/--en, not both")
    if args.file:
        from editor.storage import load_release

        return load_release(args.file), []
    if not (args.ru or args.en):
        raise UsageError("give a .tandem file, or the two versions with --ru and --en")
    from editor.importers.release_builder import import_release

    more = _more_versions(args)
    result = import_release(args.ru, args.en)
    _add_versions(result, more)
    return result.release, result.warnings


def cmd_check(args) -> int:
    from editor.checks import CheckContext, Severity, run_checks, summary
    from editor.spelling import SpellService

    release, warnings = _release_from_args(args)
    service = SpellService(english=args.english, check_all_caps=args.check_all_caps)
    _warn(warnings)
    missing = service.load()  # the checks will load the dictionaries anyway
    if missing:
        _warn(["spelling is not fully checked: " + "; ".join(str(m) for m in missing)])
    context = CheckContext(service=service)
    if args.registry:
        from pathlib import Path as _Path

        from editor.names.registry import load_file

        context.registry = context.registry.merged(load_file(_Path(args.registry)))
    if args.words:
        from pathlib import Path as _Path

        from editor.spelling.wordlists import WordList

        context.organisation = WordList(_Path(args.words))
    findings = run_checks(release, context)
    if args.format == "json":
        _out(json.dumps({"findings": [f.to_json() for f in findings],
                         "summary": summary(findings, release)}, ensure_ascii=False, indent=1))
    else:
        for f in findings:
            hint = f" (suggestions: {', '.join(f.suggestions[:5])})" if f.suggestions else ""
            _out(f"row {f.pair + 1} {f.lang} {f.start}-{f.end} {f.severity.value} {f.code}: "
                 f"{f.message}{hint}")
        s = summary(findings, release)
        _out(f"{len(findings)} finding(s): {s['errors']} error(s), {s['warnings']} warning(s), "
             f"{s['info']} info, in {s['rows']} rows")
    return EXIT_FINDINGS if any(f.severity is Severity.ERROR for f in findings) else EXIT_OK


def _version_arguments(p) -> None:
    p.add_argument("--kk", metavar="FILE", help="a Kazakh version too: text, DOCX or ODT "
                                                "(paired with the Russian, row by row)")
    p.add_argument("--version", action="append", metavar="CODE=FILE",
                   help="a version in any other language (repeatable): de=release.de.txt")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="tandem", description="Bilingual press-release editor. "
                     "Without a subcommand, opens the editor window.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("import", help="import the Russian and English versions into a .tandem file")
    p.add_argument("--ru", help="Russian version: text or DOCX (or a two-column bilingual DOCX)")
    p.add_argument("--en", help="English version: text or DOCX")
    _version_arguments(p)
    p.add_argument("--source", metavar="CODE", help="the version the others are translated "
                                                    "from (default: ru; en for an English "
                                                    "original)")
    p.add_argument("-o", "--output", help="the .tandem file to write (default: NAME.tandem here)")
    p.add_argument("--force", action="store_true",
                   help="replace the output if it exists; with --xliff, also take back a file "
                        "that empties translated paragraphs")
    p.add_argument("--xliff", help="an XLIFF (2.x or 1.2) a translator edited, to take back")
    p.add_argument("--into", help="with --xliff: the release it goes back into (saved in "
                                  "place, the previous version kept as .bak, unless -o)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="export for distribution or translation")
    p.add_argument("file", nargs="?", help="a .tandem release")
    p.add_argument("--ru", help="Russian version: text or DOCX")
    p.add_argument("--en", help="English version: text or DOCX")
    _version_arguments(p)
    from editor.export.formats import FORMATS

    p.add_argument("--to", required=True, metavar="FORMAT",
                   help=", ".join(f"{code} ({fmt.label()})" for code, fmt in FORMATS.items()))
    p.add_argument("--lang", help="docx, odt, pdf: only this language, written to -o exactly; "
                                  "xliff: the language to translate into")
    p.add_argument("--source", help="xliff: translate from this version instead of the "
                                    "source (en, to translate English into Kazakh)")
    p.add_argument("--single-item", action="store_true",
                   help="newsml: one newsItem with both languages (default: one per language "
                        "in a package)")
    p.add_argument("--registry", help="the organisation's names registry (NewsML subjects)")
    p.add_argument("--profile", help="the organisation profile (JSON; default: the one "
                                     "saved in Settings, Organisation)")
    p.add_argument("-o", "--output", required=True, help="the file to write")
    p.add_argument("--force", action="store_true", help="replace the output if it exists")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("info", help="show a release's details, row and status counts")
    p.add_argument("file")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("check", help="check spelling, names, figures, dates, untranslated and "
                       "stale paragraphs, punctuation")
    p.add_argument("file", nargs="?", help="a .tandem release")
    p.add_argument("--ru", help="Russian version: text or DOCX")
    p.add_argument("--en", help="English version: text or DOCX")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _version_arguments(p)
    p.add_argument("--english", choices=("en_GB-ize", "en_GB", "en_US"), default="en_GB-ize",
                   help="English spelling: British with -ize (Oxford, the default), British "
                        "with -ise, or American")
    p.add_argument("--registry", help="the organisation's names registry (CSV or TBX)")
    p.add_argument("--words", help="the organisation's word list (one word per line)")
    p.add_argument("--check-all-caps", action="store_true",
                   help="also check words in capitals (abbreviations are skipped by default)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("send", help="send the release to a distribution list by e-mail")
    p.add_argument("file", nargs="?", help="a .tandem release")
    p.add_argument("--ru", help="Russian version: text or DOCX")
    p.add_argument("--en", help="English version: text or DOCX")
    _version_arguments(p)
    p.add_argument("--list", required=True, help="CSV: email,language (ru, en or ru+en)")
    p.add_argument("--server", required=True, help="SMTP host[:port]")
    p.add_argument("--security", choices=("starttls", "ssl", "none"), default="starttls")
    p.add_argument("--user", help="SMTP login (the password comes from the keyring or a prompt)")
    p.add_argument("--from", dest="sender",
                   help="the sender's address (default: the organisation profile's)")
    p.add_argument("--profile", help="the organisation profile (JSON; default: the one "
                                     "saved in Settings, Organisation)")
    p.add_argument("--dry-run", action="store_true", help="say what would be sent; send nothing")
    p.set_defaults(func=cmd_send)

    p = sub.add_parser("align", help="pair the paragraphs of two versions, or re-align a "
                                     "release's rows from one row on")
    p.add_argument("file", nargs="?", metavar="FILE.tandem",
                   help="with --from: the release whose rows are paired again")
    p.add_argument("--ru")
    p.add_argument("--en")
    _version_arguments(p)
    p.add_argument("--from", dest="start", type=int, metavar="ROW",
                   help="with a .tandem file: re-align from this row (1-based) to the end")
    p.add_argument("-o", "--output", help="with a .tandem file: save there (default: in place)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_align)

    p = sub.add_parser("find", help="find (and replace) text in a release")
    p.add_argument("release", metavar="FILE.tandem")
    p.add_argument("pattern")
    p.add_argument("--lang", action="append", help="only this language (repeatable)")
    p.add_argument("--case", action="store_true", help="match case")
    p.add_argument("--word", action="store_true", help="whole words only")
    p.add_argument("--regex", action="store_true", help="the pattern is a regular expression")
    p.add_argument("--replace", metavar="TEXT", help="replace every match with TEXT")
    p.add_argument("-o", "--output", help="write the result here (default: the release)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_find)
    return parser


def cmd_find(args) -> int:
    """Matches as 'row N (lang) [start-end]: text'; with --replace, the release rewritten."""
    from editor.find import Query, find_all, replace_all
    from editor.storage import load_release, save_release

    release = load_release(args.release)
    langs = tuple(args.lang or ())
    unknown = [lang for lang in langs if lang not in release.languages]
    if unknown:
        raise UsageError(f"the release has no language {unknown[0]!r} "
                         f"(it has {', '.join(release.languages)})")
    query = Query(args.pattern, langs, args.case, args.word, args.regex)
    matches = find_all(release, query)
    if args.replace is not None:
        for (row, lang), paragraph in replace_all(release, query, args.replace, matches).items():
            release.rows[row].paragraphs[lang] = paragraph
        out = Path(args.output) if args.output else Path(args.release)
        if args.output and out.exists() and not getattr(args, "force", False):
            raise UsageError(f"{out} exists; choose another -o")
        save_release(release, out)
        _out(f"{out}: {len(matches)} replacement(s)")
        return EXIT_OK
    if args.format == "json":
        _out(json.dumps({"matches": [m.__dict__ for m in matches]}, ensure_ascii=False))
    else:
        for m in matches:
            _out(f"row {m.row + 1} ({m.lang}) [{m.start}-{m.end}]: {m.text}")
        _out(f"{len(matches)} match(es)")
    return EXIT_OK


COMMANDS = ("import", "info", "check", "align", "export", "send", "find")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(argv)
        if not getattr(args, "func", None):
            raise UsageError("no command given (see 'tandem --help')")
        return args.func(args)
    except TandemError as err:
        print(f"tandem: error: {err}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # a bug: still one line, unless asked for the traceback
        if os.environ.get("TANDEM_DEBUG"):
            raise
        print(f"tandem: internal error: {type(err).__name__}: {err} "
              "(run with TANDEM_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_BUG
