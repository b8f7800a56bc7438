"""The official schemas in resources/schemas (XLIFF 2.1 and 1.2, NewsML-G2, TMX), loaded
offline, once: exports validate what they write against them, importers what they read."""

from __future__ import annotations

from functools import cache

from lxml import etree

from editor.resources_path import resource

XML_XSD = resource("schemas", "xliff-1.2", "xml.xsd")


class _Offline(etree.Resolver):
    """The W3C xml.xsd that XLIFF 1.2 imports by URL, from the local copy."""

    def resolve(self, url, pubid, context):
        if url.endswith("/2001/xml.xsd") or url.endswith("/2009/01/xml.xsd"):
            return self.resolve_filename(str(XML_XSD), context)
        return None


@cache
def schema(name: str):
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_Offline())
    paths = {
        "xliff21": ("xliff-2.1", "xliff_core_2.0.xsd"),
        "xliff12": ("xliff-1.2", "xliff-core-1.2-strict.xsd"),
        # what CAT tools write: the transitional schema (other namespaces, older attributes)
        "xliff12t": ("xliff-1.2", "xliff-core-1.2-transitional.xsd"),
        "newsml": ("newsml-g2", "NewsML-G2_2.35-spec-All-Power.xsd"),
    }
    if name == "tmx":
        return etree.DTD(str(resource("schemas", "tmx", "tmx14.dtd")))
    return etree.XMLSchema(etree.parse(str(resource("schemas", *paths[name])), parser))
