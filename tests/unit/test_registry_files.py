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
