"""XLIFF as Tandem writes and reads it: namespaces, how statuses map to states, the units
that carry the release's details, and (``inline``) bold, italic and links as inline codes.
The writers are in editor.export.xliff, the take-back in editor.importers.xliff."""

NS2 = "urn:oasis:names:tc:xliff:document:2.0"
NS12 = "urn:oasis:names:tc:xliff:document:1.2"
STATE2 = {"untranslated": ("initial", None), "draft": ("translated", "tandem:draft"),
           "stale": ("translated", "tandem:stale"), "translated": ("translated", None),
           "reviewed": ("reviewed", None)}
STATE12 = {"untranslated": "new", "draft": "needs-review-translation",
            "stale": "needs-review-translation", "translated": "translated",
            "reviewed": "signed-off"}

# the release's details a translator translates too, as units of their own
META_FIELDS = ("headline", "subheadline", "place", "organisation")
META_PREFIX = "meta-"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
