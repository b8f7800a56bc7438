"""The one list of export formats: each has a label in every interface language and makes
its file(s) through export(), and the command line offers exactly these."""

from editor.cli import build_parser
from editor.export import FORMATS, docx_paths, export

UI_LANGUAGES = ("en", "ru")


def test_every_format_is_labelled_and_exports(sample_release, tmp_path):
    for code, fmt in FORMATS.items():
        assert all(fmt.labels.get(lang) for lang in UI_LANGUAGES), code
        out = tmp_path / f"release-{code}{fmt.suffix}"
        export(sample_release, code, out)
        made = ([p.with_suffix(fmt.suffix) for p in
                 docx_paths(sample_release, out.with_suffix(".docx")).values()]
                if fmt.per_language else [out])
        assert all(p.exists() and p.stat().st_size > 200 for p in made), code


def test_the_command_line_names_every_format():
    help_text = build_parser().format_help() + next(
        a for a in build_parser()._subparsers._group_actions[0].choices["export"]._actions
        if a.dest == "to").help
    assert all(code in help_text for code in FORMATS)
