"""The tandem command end to end, as a user runs it (subprocesses)."""

import json
import os
import random
import shutil
import subprocess
import sys

import pytest

from tests.conftest import EN, ROOT, RU

TANDEM = [sys.executable, "-c", "import sys; from ui.launcher import main; sys.exit(main())"]


def tandem(*args, cwd=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*TANDEM, *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=60)


def assert_one_line_error(proc, pattern):
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert pattern in lines[0]


def test_import_then_info_on_the_sample(tmp_path):
    out = tmp_path / "x.tandem"
    proc = tandem("import", "--ru", RU, "--en", EN, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert "8 rows" in proc.stdout and "2025-12-18" in proc.stdout
    assert out.exists()
    info = tandem("info", out)
    assert info.returncode == 0
    assert "Date:       2025-12-18" in info.stdout
    assert "Rows:       8" in info.stdout
    assert "First ru:   Посольство Республики Казахстан" in info.stdout
    assert "First en:   The Embassy of the Republic" in info.stdout
    data = json.loads(tandem("info", out, "--format", "json").stdout)
    assert data["rows"] == 8 and data["date"] == "2025-12-18"
    assert data["status"]["en"]["translated"] == 8
    text = out.read_text(encoding="utf-8")
    for label in ("Рассказать друзьям", "Tell a friend", "date 2025"):
        assert label not in text


def test_import_without_output_writes_next_to_the_current_folder(tmp_path):
    proc = tandem("import", "--ru", RU, "--en", EN, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "kazakh-cinema-days.tandem").exists()


def test_import_never_overwrites_without_force(tmp_path):
    out = tmp_path / "x.tandem"
    out.write_text("precious")
    proc = tandem("import", "--ru", RU, "--en", EN, "-o", out)
    assert_one_line_error(proc, "exists")
    assert out.read_text() == "precious"
    proc = tandem("import", "--ru", RU, "--en", EN, "-o", out, "--force")
    assert proc.returncode == 0 and out.read_text() != "precious"
    assert (tmp_path / "x.tandem.bak").read_text() == "precious"


def test_align_json_contract():
    proc = tandem("align", "--ru", RU, "--en", EN, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    pairs = json.loads(proc.stdout)["pairs"]
    assert [(p["ru"], p["en"]) for p in pairs] == [([i], [i]) for i in range(8)]
    assert all(0.0 <= p["score"] <= 1.0 for p in pairs)
    assert min(p["score"] for p in pairs) > 0.7  # true translations fit the length ratio


def test_align_surplus_paragraph_has_an_empty_partner(tmp_path):
    en = tmp_path / "en.txt"
    en.write_text(EN.read_text(encoding="utf-8") + "\n\nAbout the Embassy: the Embassy of the "
                  "Republic of Kazakhstan in Belgium represents Kazakhstan in the Kingdom of "
                  "Belgium and to the European institutions in Brussels.\n", encoding="utf-8")
    pairs = json.loads(tandem("align", "--ru", RU, "--en", en, "--format", "json").stdout)["pairs"]
    assert len(pairs) == 9 and pairs[-1]["ru"] == [] and pairs[-1]["en"] == [8]
    assert pairs[-1]["score"] == 0.0
    text = tandem("align", "--ru", RU, "--en", en).stdout
    assert len(text.strip().splitlines()) == 9


@pytest.mark.parametrize("args, pattern", [
    (["import", "--ru", "/nonexistent/ru.txt", "--en", EN], "does not exist"),
    (["info", "/nonexistent.tandem"], "does not exist"),
    (["align", "--ru", RU], "--en"),
    (["frobnicate"], "invalid choice"),
])
def test_unusable_input_exits_2_with_one_line(tmp_path, args, pattern):
    assert_one_line_error(tandem(*args, "-o", tmp_path / "o.tandem") if args[0] == "import"
                          else tandem(*args), pattern)


def test_garbage_inputs_exit_2(tmp_path):
    garbage = tmp_path / "g.txt"
    garbage.write_bytes(random.Random(7).randbytes(2000))
    assert_one_line_error(tandem("import", "--ru", garbage, "--en", EN, "-o", tmp_path / "o.tandem"),
                          "not a text file")
    assert not (tmp_path / "o.tandem").exists()
    assert_one_line_error(tandem("info", garbage), "not a Tandem release")
    assert_one_line_error(tandem("align", "--ru", garbage, "--en", EN), "not a text file")


def test_help_lists_the_commands():
    proc = tandem("--help")
    assert proc.returncode == 0
    for cmd in ("import", "info", "align"):
        assert cmd in proc.stdout


def test_cli_commands_do_not_load_qt():
    code = ("import sys, io, contextlib\n"
            "from ui.launcher import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main(['align', '--ru', {str(RU)!r}, '--en', {str(EN)!r}])\n"
            "print('PySide6' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "False", proc.stderr


def test_check_on_the_sample_reports_nothing():
    proc = tandem("check", "--ru", RU, "--en", EN, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    # only notes on the straight quotes the sample uses (house style: «» and “”)
    assert {f["code"] for f in data["findings"]} == {"punctuation.quote-style"}
    assert {f["severity"] for f in data["findings"]} == {"info"}
    assert data["summary"]["rows"] == 8 and data["summary"]["warnings"] == 0
    assert data["summary"]["errors"] == 0


def test_check_json_contract_on_a_planted_typo(tmp_path):
    ru = tmp_path / "ru.txt"
    ru.write_text(RU.read_text(encoding="utf-8").replace("представителей", "предствителей"),
                  encoding="utf-8")
    out = tmp_path / "x.tandem"
    assert tandem("import", "--ru", ru, "--en", EN, "-o", out).returncode == 0
    for args in (["check", out], ["check", "--ru", ru, "--en", EN]):
        proc = tandem(*args, "--format", "json")
        assert proc.returncode == 0, proc.stderr  # a spelling finding is a warning
        findings = [f for f in json.loads(proc.stdout)["findings"] if f["severity"] != "info"]
        assert len(findings) == 1
        f = findings[0]
        assert set(f) == {"code", "severity", "pair", "lang", "start", "end", "text", "message",
                          "suggestions"}
        assert (f["code"], f["severity"], f["pair"], f["lang"], f["text"]) == (
            "spelling", "warning", 2, "ru", "предствителей")
        assert f["suggestions"][0] == "представителей"
        # the offsets point into row 3's paragraph (line 0 of the file is the date line)
        row = [p for p in ru.read_text(encoding="utf-8").split("\n") if p.strip()][3]
        assert row[f["start"]:f["end"]] == "предствителей"
    text_out = tandem("check", out).stdout
    assert "row 3 ru" in text_out and "представителей" in text_out


def test_check_unusable_input_exits_2(tmp_path):
    assert_one_line_error(tandem("check"), "give a .tandem file")
    assert_one_line_error(tandem("check", tmp_path / "none.tandem"), "does not exist")


def test_export_xliff_then_import_it_back(tmp_path):
    release = tmp_path / "r.tandem"
    assert tandem("import", "--ru", RU, "--en", EN, "-o", release).returncode == 0
    xlf = tmp_path / "r.xlf"
    proc = tandem("export", release, "--to", "xliff", "-o", xlf)
    assert proc.returncode == 0, proc.stderr
    text = xlf.read_text(encoding="utf-8")
    xlf.write_text(text.replace("Belgian audiences were presented", "Audiences in Belgium saw"),
                   encoding="utf-8")
    proc = tandem("import", "--xliff", xlf, "--into", release)
    assert proc.returncode == 0, proc.stderr
    assert "1 row(s) changed (2)" in proc.stdout
    info = json.loads(tandem("info", release, "--format", "json").stdout)
    assert info["rows"] == 8
    assert (tmp_path / "r.tandem.bak").exists()
    from editor.storage import load_release

    assert load_release(release).rows[1].text("en").startswith("Audiences in Belgium saw")
    for fmt, name in (("xliff12", "r12.xlf"), ("tmx", "r.tmx")):
        assert tandem("export", "--ru", RU, "--en", EN, "--to", fmt, "-o", tmp_path / name).returncode == 0
    assert_one_line_error(tandem("export", release, "--to", "tmx", "-o", tmp_path / "r.tmx"), "exists")
    assert_one_line_error(tandem("export", release, "--to", "ninjs", "-o", tmp_path / "r.json"),
                          "cannot export to ninjs yet")
    pdf = tandem("export", release, "--to", "pdf", "-o", tmp_path / "r.pdf")
    assert pdf.returncode == 0, pdf.stderr
    # LibreOffice where installed, else Qt's own writer (and the output says which)
    from pypdf import PdfReader

    text = PdfReader(tmp_path / "r.ru.pdf").pages[0].extract_text()
    assert "Бельги" in text and "Audiences" not in text
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        assert "LibreOffice is not installed" in pdf.stdout
    proc = tandem("export", release, "--to", "docx", "-o", tmp_path / "r.docx")
    assert proc.returncode == 0 and (tmp_path / "r.ru.docx").exists() and (tmp_path / "r.en.docx").exists()
    assert_one_line_error(tandem("export", release, "--to", "docx", "-o", tmp_path / "r.docx"), "exists")


def test_send_dry_run_and_for_real_through_a_local_server(tmp_path, smtp_inbox):
    port, inbox = smtp_inbox
    lst = tmp_path / "list.csv"
    lst.write_text("email,language\nanna@example.kz,ru\nbob@example.be,en\n", encoding="utf-8")
    args = ["send", "--ru", RU, "--en", EN, "--list", lst, "--server", f"127.0.0.1:{port}",
            "--security", "none", "--from", "press@kazembassy.example"]
    dry = tandem(*args, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would send" in dry.stdout and inbox.messages == []
    real = tandem(*args)
    assert real.returncode == 0, real.stderr
    assert sorted(rcpts for _frm, rcpts, _data in inbox.messages) == [["anna@example.kz"],
                                                                     ["bob@example.be"]]
    bad = tandem("send", "--ru", RU, "--en", EN, "--list", lst, "--server", "127.0.0.1:9",
                 "--security", "none", "--from", "p@example.kz")
    assert_one_line_error(bad, "failed")


def test_check_exits_1_on_an_error_finding(tmp_path):
    en = tmp_path / "en.txt"
    en.write_text(EN.read_text(encoding="utf-8").replace("95th", "96th"), encoding="utf-8")
    proc = tandem("check", "--ru", RU, "--en", en, "--format", "json")
    assert proc.returncode == 1, proc.stderr
    errors = [f for f in json.loads(proc.stdout)["findings"] if f["severity"] == "error"]
    assert [(f["code"], f["pair"], f["lang"], f["text"]) for f in errors] == [
        ("number.mismatch", 3, "en", "96th")]


def test_import_warns_about_bytes_that_are_not_utf8(tmp_path):
    data = RU.read_bytes()
    bad = tmp_path / "ru.txt"
    bad.write_bytes(data[:400] + b"\xfe" + data[400:])
    proc = tandem("import", "--ru", bad, "--en", EN, "-o", tmp_path / "x.tandem")
    assert proc.returncode == 0
    assert "not UTF-8 and were replaced" in proc.stderr and "ru.txt" in proc.stderr


def test_find_and_replace_from_the_command_line(tmp_path):
    release = tmp_path / "r.tandem"
    assert tandem("import", "--ru", RU, "--en", EN, "-o", release).returncode == 0
    proc = tandem("find", release, "Brussels", "--lang", "en", "--format", "json")
    matches = json.loads(proc.stdout)["matches"]
    assert proc.returncode == 0 and matches and all(m["lang"] == "en" for m in matches)
    out = tmp_path / "new.tandem"
    proc = tandem("find", release, "Brussels", "--lang", "en", "--replace", "Bruxelles", "-o", out)
    assert proc.returncode == 0 and f"{len(matches)} replacement(s)" in proc.stdout
    assert tandem("find", out, "Brussels", "--lang", "en").stdout.strip().endswith("0 match(es)")
    assert_one_line_error(tandem("find", release, "(", "--regex"), "not a valid regular expression")


def test_export_with_a_profile_and_newsml_versions_kept_in_the_release(tmp_path):
    """--profile fills the letterhead and the e-mail sender; a NewsML export of a .tandem
    saves its version in the file: unchanged → same version, edited → the next one."""
    import docx
    from lxml import etree

    from editor.profile import OrgDetails, Profile, save_profile
    from editor.storage import load_release, save_release

    profile = tmp_path / "org.json"
    save_profile(Profile({"ru": OrgDetails(name="Посольство Казахстана", phone="+32 2 374 95 62"),
                          "en": OrgDetails(name="Embassy of Kazakhstan", sender_name="Embassy")},
                         sender_address="press@kazembassy.example"), profile)
    release = tmp_path / "r.tandem"
    assert tandem("import", "--ru", RU, "--en", EN, "-o", release).returncode == 0
    proc = tandem("export", release, "--to", "docx", "--lang", "ru", "--profile", profile,
                  "-o", tmp_path / "ru.docx")
    assert proc.returncode == 0, proc.stderr
    header = [p.text for p in docx.Document(str(tmp_path / "ru.docx")).sections[0].header.paragraphs
              if p.text]
    assert header == ["Посольство Казахстана", "+32 2 374 95 62"]
    eml = tandem("export", release, "--to", "eml", "--profile", profile, "-o", tmp_path / "r.eml")
    assert eml.returncode == 0 and eml.stderr == ""
    assert b"press@kazembassy.example" in (tmp_path / "r.eml").read_bytes()
    bare = tandem("export", release, "--to", "eml", "-o", tmp_path / "bare.eml")
    assert bare.returncode == 0 and "has no sender" in bare.stderr  # said, not silent

    nar = "{http://iptc.org/std/nar/2006-10-01/}"
    versions = []
    for n, edit in enumerate((None, None, "More films follow in spring.")):
        if edit:
            r = load_release(release)
            r.rows[1].paragraphs["en"].text += " " + edit
            save_release(r, release)
        out = tmp_path / f"n{n}.xml"
        proc = tandem("export", release, "--to", "newsml", "--profile", profile, "-o", out)
        assert proc.returncode == 0, proc.stderr
        item = etree.parse(str(out)).getroot().find(f"{nar}itemSet/{nar}newsItem")
        versions.append((item.get("guid"), item.get("version")))
    assert [v for _, v in versions] == ["1", "1", "2"]
    assert len({g for g, _ in versions}) == 1
    assert load_release(release).published["newsml"].version == 2
    assert "NewsML-G2 version 2" in proc.stdout


def test_an_xliff_that_changes_nothing_writes_nothing_and_emptying_needs_force(tmp_path):
    release = tmp_path / "r.tandem"
    assert tandem("import", "--ru", RU, "--en", EN, "-o", release).returncode == 0
    before = release.read_bytes()
    xlf = tmp_path / "r.xlf"
    assert tandem("export", release, "--to", "xliff", "-o", xlf).returncode == 0
    proc = tandem("import", "--xliff", xlf, "--into", release)
    assert proc.returncode == 0 and "nothing changed; not written" in proc.stdout
    assert release.read_bytes() == before and not (tmp_path / "r.tandem.bak").exists()
    text = xlf.read_text(encoding="utf-8")
    start = text.index("<target>", text.index("Belgian audiences") - 40)
    end = text.index("</target>", start)
    xlf.write_text(text[:start] + "<target>" + text[end:], encoding="utf-8")
    assert_one_line_error(tandem("import", "--xliff", xlf, "--into", release),
                          "would empty 1 translated paragraph(s) (row 2)")
    assert release.read_bytes() == before
    proc = tandem("import", "--xliff", xlf, "--into", release, "--force")
    assert proc.returncode == 0 and "1 row(s) changed (2)" in proc.stdout


def test_align_a_release_again_from_a_row(tmp_path):
    """A release whose English slipped by one row from row 3 on is paired again from there."""
    from editor.importers.release_builder import import_release as imp
    from editor.model import Paragraph
    from editor.storage import load_release, save_release

    release = imp(RU, EN).release
    english = [r.paragraph("en") for r in release.rows]
    release.rows[2].paragraphs["en"] = Paragraph("")
    for i in range(3, len(release.rows)):
        release.rows[i].paragraphs["en"] = english[i - 1]
    release.rows.append(release.new_row({"en": english[-1].text}))
    path = tmp_path / "slipped.tandem"
    save_release(release, path)
    proc = tandem("align", path, "--from", "3")
    assert proc.returncode == 0, proc.stderr
    assert "rows 3–8 re-aligned (7 row(s) became 6" in proc.stdout
    back = load_release(path)
    assert [r.text("en") for r in back.rows] == [p.text for p in english]
    assert_one_line_error(tandem("align", path, "--from", "40"), "between 1 and 8")
    assert_one_line_error(tandem("align"), "--ru and --en")


def test_export_english_into_kazakh_and_take_it_back(tmp_path):
    from editor.model import Release
    from editor.storage import load_release, save_release

    r = Release(languages=("ru", "en", "kk"))
    r.rows.append(r.new_row({"ru": "Показ прошёл в Брюсселе.", "en": "The screening was in Brussels."}))
    path = tmp_path / "tri.tandem"
    save_release(r, path)
    xlf = tmp_path / "en-kk.xlf"
    proc = tandem("export", path, "--to", "xliff", "--lang", "kk", "--source", "en", "-o", xlf)
    assert proc.returncode == 0, proc.stderr
    text = xlf.read_text(encoding="utf-8")
    assert 'srcLang="en"' in text and 'trgLang="kk"' in text
    xlf.write_text(text.replace("</source></segment>", "</source><target>Көрсетілім Брюссельде "
                                "өтті.</target></segment>", 1), encoding="utf-8")
    proc = tandem("import", "--xliff", xlf, "--into", path)
    assert proc.returncode == 0 and "1 row(s) changed (1)" in proc.stdout, proc.stderr
    assert load_release(path).rows[0].text("kk") == "Көрсетілім Брюссельде өтті."
    assert_one_line_error(tandem("export", path, "--to", "xliff", "--source", "de", "-o",
                                 tmp_path / "x.xlf"), "no 'de' version")


def test_import_a_kazakh_version_too(tmp_path):
    """Three versions of a release written for the test: each Kazakh paragraph in the row of
    its Russian one, as a translation."""
    from editor.storage import load_release

    data = ROOT / "tests" / "data" / "kazakh"
    ru, en, kk = (data / f"cinema-days.{lang}.txt" for lang in ("ru", "en", "kk"))
    out = tmp_path / "tri.tandem"
    proc = tandem("import", "--ru", ru, "--en", en, "--kk", kk, "-o", out)
    assert proc.returncode == 0, proc.stderr
    release = load_release(out)
    assert release.languages == ("ru", "en", "kk") and len(release.rows) == 7
    kazakh = [p for p in kk.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    assert [r.text("kk") for r in release.rows] == [p.strip() for p in kazakh]
    assert all(r.status["kk"].value == "translated" for r in release.rows)
    report = json.loads(tandem("check", out, "--format", "json").stdout)
    # the Kazakh rows are checked too, and the registry's English forms are not asked of them
    assert not [f for f in report["findings"] if f["lang"] == "kk" and f["code"] == "term.glossary"]


KAZAKH = ROOT / "tests" / "data" / "kazakh"


def test_three_versions_on_the_command_line(tmp_path):
    """--kk (or --version kk=FILE) beside --ru/--en; --source chooses the source; the JSON
    gains the languages: info's and check's "languages", align's "others" (its "pairs" as
    before); a malformed --version is one line, exit 2."""
    ru, en, kk = (KAZAKH / f"book-fair.{x}.txt" for x in ("ru", "en", "kk"))
    out = tmp_path / "fair.tandem"
    proc = tandem("import", "--ru", ru, "--en", en, "--version", f"kk={kk}", "--source", "en",
                  "-o", out)
    assert proc.returncode == 0, proc.stderr
    info = json.loads(tandem("info", out, "--format", "json").stdout)
    assert (info["languages"], info["source"]) == (["ru", "en", "kk"], "en")
    check = json.loads(tandem("check", out, "--format", "json").stdout)
    assert check["summary"]["languages"] == ["ru", "en", "kk"]
    assert check["findings"] == []
    aligned = json.loads(tandem("align", "--ru", ru, "--en", en, "--kk", kk,
                                "--format", "json").stdout)
    assert len(aligned["pairs"]) == 8 and set(aligned["pairs"][0]) == {"ru", "en", "score"}
    assert [p["kk"] for p in aligned["others"]["kk"]] == [[i] for i in range(8)]
    assert_one_line_error(tandem("check", "--ru", ru, "--en", en, "--version", "kk"),
                          "CODE=FILE")
