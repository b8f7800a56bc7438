"""Names registries as other programs save them: Excel's CSV in a Russian locale
(semicolons, Windows-1251, CRLF), Excel's "CSV UTF-8" (BOM) and "Unicode Text" (UTF-16,
tabs), LibreOffice's CSV; TBX v2 with the DOCTYPE converters write, TBX v3. A kind not given
is a term; an error names the line and the column; entity declarations are refused."""

import pytest

from editor.errors import InputError
from editor.names.registry import load_file, read_csv, read_tbx

ROWS = [("ru", "en", "kind", "note"),
        ("Санат Шапашов", "Sanat Shapashov", "person", "режиссёр"),
        ("Казахфильм", "Kazakhfilm", "", ""),
        ("Министерство иностранных дел", "Ministry of Foreign Affairs", "organisation", "")]


def _table(delimiter: str) -> str:
    return "\r\n".join(delimiter.join(row) for row in ROWS) + "\r\n"


@pytest.mark.parametrize("what, data", [
    ("Excel, CSV in a Russian locale", _table(";").encode("cp1251")),
    ("Excel, CSV UTF-8", b"\xef\xbb\xbf" + _table(";").encode("utf-8")),
    ("Excel, Unicode Text", _table("\t").encode("utf-16")),
    ("LibreOffice, CSV", _table(",").replace("\r\n", "\n").encode("utf-8")),
])
def test_csv_as_excel_and_libreoffice_save_it(what, data, tmp_path):
    path = tmp_path / "registry.csv"
    path.write_bytes(data)
    entries = load_file(path)
    assert [(e.ru, e.en, e.kind) for e in entries] == [
        ("Санат Шапашов", "Sanat Shapashov", "person"),
        ("Казахфильм", "Kazakhfilm", "term"),  # no kind given
        ("Министерство иностранных дел", "Ministry of Foreign Affairs", "organisation")], what
    assert entries[0].note == "режиссёр"


def test_csv_errors_name_the_line_and_column():
    with pytest.raises(InputError, match=r"registry\.csv, line 3, column kind: unknown kind 'poet'"):
        read_csv("ru;en;kind\nА;A;person\nБ;B;poet\n".encode(), "registry.csv")
    with pytest.raises(InputError, match=r"line 1: needs the columns ru and en .* found: "
                                         r"Russian, English"):
        read_csv("Russian;English\nА;A\n".encode(), "registry.csv")


TBX2 = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en"><text><body>
 <termEntry id="t1">
  <langSet xml:lang="ru"><tig><term>Казахфильм</term></tig></langSet>
  <langSet xml:lang="en"><tig><term>Kazakhfilm</term>
   <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
   <tig><term>Kazakh Film</term>
   <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
 </termEntry>
</body></text></martif>
"""

TBX3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Core" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
 <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
 <text><body>
  <conceptEntry id="c1">
   <descrip type="subjectField">place</descrip>
   <langSec xml:lang="ru"><termSec><term>Заилийский Алатау</term></termSec></langSec>
   <langSec xml:lang="en"><termSec><term>Trans-Ili Alatau</term></termSec></langSec>
  </conceptEntry>
 </body></text>
</tbx>
"""


def test_tbx_v2_with_a_doctype_and_tbx_v3():
    (entry,) = read_tbx(TBX2.encode(), "glossary.tbx")
    assert (entry.ru, entry.en, entry.kind, entry.forbidden) == (
        "Казахфильм", "Kazakhfilm", "term", ["Kazakh Film"])
    (place,) = read_tbx(TBX3.encode(), "glossary.tbx")
    assert (place.ru, place.en, place.kind) == ("Заилийский Алатау", "Trans-Ili Alatau", "place")


def test_tbx_declaring_entities_is_refused():
    bomb = TBX2.replace('<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">',
                        '<!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
    with pytest.raises(InputError, match="declares XML entities; refused"):
        read_tbx(bomb.encode(), "glossary.tbx")


def test_a_form_per_language_in_csv_tbx_and_the_release_file(tmp_path):
    """An entry holds a form in each language it is written in: a CSV column per language
    (ru, en, kk, …), a TBX language section, <form lang> in the .tandem; each comes back as
    written, and files without Kazakh read as before (no form)."""
    from editor.model import NameEntry, Release
    from editor.names.registry import save_file
    from editor.storage import load_release, save_release

    csv_text = ("ru;en;kk;kind\r\nКазахфильм;Kazakhfilm;Қазақфильм;organisation\r\n"
                "Турция;Türkiye;Түркия;place\r\nБрюссель;Brussels;;place\r\n")
    path = tmp_path / "registry.csv"
    path.write_bytes(b"\xef\xbb\xbf" + csv_text.encode("utf-8"))  # Excel's CSV UTF-8
    entries = load_file(path)
    assert [(e.ru, e.form("kk")) for e in entries] == [
        ("Казахфильм", "Қазақфильм"), ("Турция", "Түркия"), ("Брюссель", "")]
    assert entries[0].languages() == ("ru", "en", "kk")
    for name in ("again.csv", "again.tbx"):
        save_file(entries, tmp_path / name)
        back = load_file(tmp_path / name)
        assert [(e.ru, e.en, e.forms) for e in back] == [(e.ru, e.en, e.forms) for e in entries]
    tbx = (tmp_path / "again.tbx").read_text(encoding="utf-8")
    assert 'xml:lang="kk"' in tbx and "Қазақфильм" in tbx
    release = Release()
    release.names = [entries[0], NameEntry("Астана", "Astana", "place")]
    save_release(release, tmp_path / "r.tandem")
    assert '<form lang="kk">Қазақфильм</form>' in (tmp_path / "r.tandem").read_text("utf-8")
    again = load_release(tmp_path / "r.tandem")
    assert [(e.ru, e.forms) for e in again.names] == [("Казахфильм", {"kk": "Қазақфильм"}),
                                                      ("Астана", {})]
