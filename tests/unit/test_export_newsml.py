"""NewsML-G2 2.35: valid against the official schema (loaded here on its own), with the
package of alternatives or a single item, and the release's details in the right places."""

from datetime import datetime, timedelta, timezone

import pytest
from lxml import etree

from editor.export import ExportError
from editor.export.newsml import NS, to_newsml
from editor.model import Paragraph
from editor.names.registry import shipped
from editor.resources_path import resource

Q = f"{{{NS}}}"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def xsd():
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(resource("schemas", "newsml-g2",
                                                    "NewsML-G2_2.35-spec-All-Power.xsd")), parser))


@pytest.fixture
def release(sample_release):
    m = sample_release.meta
    m.place = {"ru": "Брюссель", "en": "Brussels"}
    m.headline = {"ru": "Дни казахского кино прошли в Брюсселе",
                  "en": "Days of Kazakh Cinema held in Brussels"}
    m.embargo = datetime(2025, 12, 18, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    return sample_release


def test_package_of_alternatives(release, xsd):
    doc = etree.fromstring(to_newsml(release, shipped()))
    xsd.assertValid(doc)
    pkg = doc.find(f"{Q}itemSet/{Q}packageItem")
    group = pkg.find(f"{Q}groupSet/{Q}group")
    assert group.get("mode") == "pgrmod:alt"
    refs = [r.get("residref") for r in group.findall(f"{Q}itemRef")]
    items = doc.findall(f"{Q}itemSet/{Q}newsItem")
    assert [i.get("guid") for i in items] == refs and len(items) == 2
    ru, en = items
    assert ru.get(LANG) == "ru" and en.get(LANG) == "en"
    cm = en.find(f"{Q}contentMeta")
    assert cm.findtext(f"{Q}headline") == "Days of Kazakh Cinema held in Brussels"
    assert cm.findtext(f"{Q}dateline") == "BRUSSELS, 18 December 2025"
    assert ru.find(f"{Q}contentMeta").findtext(f"{Q}dateline") == "БРЮССЕЛЬ, 18\u00a0декабря 2025\u00a0г."
    assert cm.find(f"{Q}located/{Q}name").text == "Brussels"
    assert cm.find(f"{Q}language").get("tag") == "en"
    assert en.findtext(f"{Q}itemMeta/{Q}embargoed") == "2025-12-18T10:00:00+01:00"
    subjects = {(s.get("type"), s.get("literal")) for s in cm.findall(f"{Q}subject")}
    assert ("cpnat:person", "Sanat Shapashov") in subjects
    assert ("cpnat:person", "Alia Anuarbek") in subjects
    assert ("cpnat:organisation", "Kazakhfilm") in subjects
    assert ("cpnat:geoArea", "Belgium") in subjects
    paragraphs = en.findall(".//{http://www.w3.org/1999/xhtml}p")
    assert len(paragraphs) == 8 and paragraphs[0].text.startswith("The Embassy")


def test_single_item_layout(release, xsd):
    doc = etree.fromstring(to_newsml(release, shipped(), layout="single"))
    xsd.assertValid(doc)
    items = doc.findall(f"{Q}itemSet/{Q}newsItem")
    assert len(items) == 1 and doc.find(f"{Q}itemSet/{Q}packageItem") is None
    inline = items[0].findall(f"{Q}contentSet/{Q}inlineXML")
    assert [i.get(LANG) for i in inline] == ["ru", "en"]
    headlines = {h.get(LANG): h.text for h in items[0].iter(f"{Q}headline")}
    assert headlines == {"ru": "Дни казахского кино прошли в Брюсселе",
                         "en": "Days of Kazakh Cinema held in Brussels"}


def test_without_a_headline_the_lead_begins_it(sample_release, xsd):
    doc = etree.fromstring(to_newsml(sample_release))
    xsd.assertValid(doc)
    head = doc.find(f"{Q}itemSet/{Q}newsItem/{Q}contentMeta/{Q}headline").text
    assert head.startswith("Посольство Республики Казахстан") and len(head) <= 112


def test_an_invalid_release_is_never_written(sample_release):
    sample_release.rows[0].paragraphs["en"] = Paragraph("bad \x0b char")
    with pytest.raises((ExportError, ValueError)):
        to_newsml(sample_release)


def test_an_embargo_is_embargoed_and_an_ednote_in_each_items_language(sample_release):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from lxml import etree

    from editor.export import to_newsml

    sample_release.meta.embargo = datetime(2025, 12, 18, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    root = etree.fromstring(to_newsml(sample_release))  # validated against the schema
    ns = {"n": "http://iptc.org/std/nar/2006-10-01/"}
    notes = {n.get("{http://www.w3.org/XML/1998/namespace}lang"): n.text
             for n in root.iterfind(".//n:newsItem/n:itemMeta/n:edNote", ns)}
    assert notes["en"] == "EMBARGOED UNTIL 18 December 2025, 10:00 CET"
    assert notes["ru"].startswith("ЭМБАРГО: не публиковать до 18")
    assert root.find(".//n:itemMeta/n:embargoed", ns).text.startswith("2025-12-18T10:00:00+01:00")


def test_bold_italic_links_quotes_content_date_and_titles_in_their_languages(sample_release):
    from lxml import etree

    from editor.export import to_newsml
    from editor.model import Mark, MarkKind, Role

    row = sample_release.rows[1]
    text = row.text("en")
    start = text.index("Baqyt")
    row.paragraphs["en"].marks = [Mark(start, start + 5, MarkKind.BOLD),
                                  Mark(0, 7, MarkKind.LINK, "https://example.org/films")]
    sample_release.rows[4].role = Role.QUOTE
    root = etree.fromstring(to_newsml(sample_release))  # validated against the schema
    ns = {"n": "http://iptc.org/std/nar/2006-10-01/", "h": "http://www.w3.org/1999/xhtml"}
    lang_of = "{http://www.w3.org/XML/1998/namespace}lang"
    en = next(i for i in root.iterfind(".//n:newsItem", ns) if i.get(lang_of) == "en")
    assert en.find(".//h:strong", ns).text == "Baqyt"
    assert en.find(".//h:a", ns).get("href") == "https://example.org/films"
    paragraph = en.find(".//h:strong", ns).getparent()
    assert "".join(paragraph.itertext()) == text  # no text lost around the markup
    assert en.find(".//h:blockquote/h:p", ns) is not None
    assert en.find(".//n:contentMeta/n:contentCreated", ns).text == "2025-12-18"
    titles = {t.get("{http://www.w3.org/XML/1998/namespace}lang"): t.text
              for t in root.iterfind(".//n:packageItem/n:itemMeta/n:title", ns)}
    assert set(titles) == {"ru", "en"} and titles["ru"][:1] in "ПДБ"
