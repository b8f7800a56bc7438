<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="80"/>
        <source>About Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="81"/>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;An editor for press releases in two languages: paragraphs side by side, spelling, agreement of names, dates and figures, and export for distribution.&lt;/p&gt;&lt;p&gt;Spelling: Hunspell dictionaries. Names: natasha, iuliia.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../ui/import_runner.py" line="80"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../ui/checks_panel.py" line="38"/>
        <location filename="../../ui/checks_panel.py" line="85"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="89"/>
        <source>All checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="90"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="91"/>
        <source>Also show notes on typography (quotes, spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="92"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="93"/>
        <source>Never report this finding again in this release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="94"/>
        <source>Accept spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="95"/>
        <source>Accept this spelling of the name into the release&apos;s names registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="97"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="97"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="97"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="176"/>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="219"/>
        <source>Accept a name&apos;s spelling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../ui/details_dialog.py" line="40"/>
        <source>Release details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="46"/>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="50"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="51"/>
        <source>Embargoed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="60"/>
        <source>The time zone of the embargo time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="61"/>
        <source>&amp;Embargo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="69"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="69"/>
        <source>Subheadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="70"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="70"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="82"/>
        <source>Press contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="86"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="86"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="86"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="86"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="92"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="92"/>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="110"/>
        <source>Almaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="110"/>
        <source>Aqtobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="111"/>
        <source>Brussels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="111"/>
        <source>Vienna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="112"/>
        <source>Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="112"/>
        <source>Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="113"/>
        <source>London</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="113"/>
        <source>Moscow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="114"/>
        <source>Istanbul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="114"/>
        <source>Tashkent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="115"/>
        <source>Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="115"/>
        <source>Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="116"/>
        <source>New York</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <location filename="../../ui/distribution.py" line="25"/>
        <source>Organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="36"/>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="36"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="37"/>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="40"/>
        <source>The checks found %1 error(s) and %2 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="43"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="46"/>
        <source>Missing from the release details (Ctrl+Shift+D): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="49"/>
        <source>Or fill in the organisation once for every release: Settings, Organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="54"/>
        <source>Before it goes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="56"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="77"/>
        <location filename="../../ui/distribution.py" line="103"/>
        <location filename="../../ui/distribution.py" line="106"/>
        <source>Import a translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="78"/>
        <source>XLIFF (*.xlf *.xliff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="89"/>
        <source>Empty translated paragraphs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="90"/>
        <source>The file would empty %1 translated paragraph(s) (rows %2). Take it back anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="100"/>
        <source>Cannot import the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="110"/>
        <source>%1 row(s) changed by the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="112"/>
        <source>The translation changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="113"/>
        <source>row %1, the translator&apos;s note: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="54"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="62"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="66"/>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="69"/>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>the standard letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="83"/>
        <location filename="../../ui/export_dialog.py" line="86"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="75"/>
        <source>%1 (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="77"/>
        <source>Translate &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="85"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="129"/>
        <source>Word template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="130"/>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="135"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="150"/>
        <source>Replace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="151"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="171"/>
        <source>PDF made by Qt&apos;s writer: LibreOffice is not installed, so the letterhead&apos;s header and footer are not in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="183"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../ui/find_dialog.py" line="74"/>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="75"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="76"/>
        <source>Replace &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="77"/>
        <source>&amp;In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="80"/>
        <source>Both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="84"/>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="85"/>
        <source>W&amp;hole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="86"/>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="87"/>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="88"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="89"/>
        <source>Replace &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="90"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="136"/>
        <location filename="../../ui/find_dialog.py" line="192"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="152"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="194"/>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/find_dialog.py" line="195"/>
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n replacement</numerusform>
            <numerusform>%n replacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingLanguage</name>
    <message>
        <location filename="../../ui/finding_text.py" line="52"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="53"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="54"/>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../ui/finding_text.py" line="17"/>
        <source>A space before punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="18"/>
        <source>Straight quotes; the house style is {opening}…{closing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="19"/>
        <source>The date {date} is missing from the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="20"/>
        <source>The date {date} is not in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="21"/>
        <source>The date {date} is not in the source; the source has {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="22"/>
        <source>The translation has {figure}, which the source does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="23"/>
        <source>The translation has {figure} where the source has {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="24"/>
        <source>The {s_lang} changed after this {t_lang} translation was confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="25"/>
        <source>The {s_lang} paragraph is empty: the {t_lang} has no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="26"/>
        <source>The {t_lang} paragraph is a copy of the {s_lang}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="27"/>
        <source>The {t_lang} paragraph is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="28"/>
        <source>The {t_lang} paragraph is mostly in the {s_lang} alphabet: is it translated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="29"/>
        <source>This paragraph is only in the {p_lang} version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="30"/>
        <source>The translation says {title}, which the source does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="31"/>
        <source>The translation leaves out {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="32"/>
        <source>The translation says {title} where the source has {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="33"/>
        <source>{name} is in the next paragraph of the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="34"/>
        <source>{name} is in the previous paragraph of the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="35"/>
        <source>{name} is in the next paragraph of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="36"/>
        <source>{name} is in the previous paragraph of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="37"/>
        <source>Two or more spaces between words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="38"/>
        <source>{figure} is missing from the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="39"/>
        <source>{form} is not to be used: the registry spelling is {approved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="40"/>
        <source>{mark} has no matching mark in this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="41"/>
        <source>{name} ({normal}) is not in the {t_lang} paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="42"/>
        <source>{name} does not match {other} in the {s_lang}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="43"/>
        <source>{name} is not in the {s_lang} paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="44"/>
        <source>{name} is not in the {t_lang} paragraph (the registry has {approved})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="45"/>
        <source>{name} is written {other} elsewhere in the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="46"/>
        <source>{name}: the approved {t_lang} is {approved}, which this paragraph does not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="47"/>
        <source>{name}: the registry spelling is {approved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="48"/>
        <source>“{word}” is not in the {d_lang} dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IgnoredDialog</name>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="22"/>
        <source>Ignored findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="24"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="24"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="24"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="25"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="27"/>
        <source>No finding of this release is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="28"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="29"/>
        <source>Report this finding again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="24"/>
        <source>Import versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="27"/>
        <source>Choose the Russian and the English version of the release (plain text or Word). A two-column Word table can be given alone as the Russian version. A Kazakh version is optional: it is aligned to the Russian, row by row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="31"/>
        <source>&amp;Russian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="32"/>
        <source>&amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="33"/>
        <source>&amp;Kazakh (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="49"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="58"/>
        <source>Choose a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="59"/>
        <source>Text, Word or OpenDocument (*.txt *.text *.docx *.odt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <location filename="../../ui/import_runner.py" line="127"/>
        <source>Importing and aligning the versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_runner.py" line="128"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_runner.py" line="138"/>
        <source>Showing the rows…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/release_view.py" line="50"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="50"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="51"/>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <location filename="../../ui/language_pane.py" line="271"/>
        <source>A selection across rows cannot be edited; use Merge rows to join paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/language_pane.py" line="295"/>
        <source>Pasting over a selection across rows is not possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Autosave failed (Tandem will try again): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Import versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Sen&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Import &amp;translation (XLIFF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Release &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Split row at cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Merge with next row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Move paragraph &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Move paragraph &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Insert empty row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Paragraph &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Confirm alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Re-&amp;align from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Mark &amp;translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Mark re&amp;viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Check &amp;spelling as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;Next misspelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;Previous misspelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Word lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Names registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>Spelling &amp;dictionaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Ignored findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>&amp;Lock scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>S&amp;wap panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>&amp;Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;About Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Cannot open the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="299"/>
        <source>%1: %n word(s)</source>
        <translation>
            <numerusform>%1: %n word</numerusform>
            <numerusform>%1: %n words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Translated: %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Translated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>The release has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Open release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>Tandem releases (*.tandem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>%1 is already open in another Tandem window (%2). Changes made in both windows would overwrite each other. Open it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Tandem found changes to %1 that were not saved (autosaved %2), perhaps because Tandem stopped unexpectedly. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Tandem found an unsaved release autosaved %1, perhaps because Tandem stopped unexpectedly. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Import cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <location filename="../../ui/main_window.py" line="685"/>
        <location filename="../../ui/main_window.py" line="694"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Imported %n row(s)</source>
        <translation>
            <numerusform>Imported %n row</numerusform>
            <numerusform>Imported %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Save release as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source> Your unsaved changes would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>%1 was changed by another program. Reload it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>Cannot reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>Errors: %1 · Warnings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="560"/>
        <source>Export anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="566"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="580"/>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="611"/>
        <source>%1 (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="621"/>
        <source>Translate from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="628"/>
        <source>Add a version in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="631"/>
        <source>Move pane &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="632"/>
        <source>Move pane &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>Drop one release, or the two versions of one release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="716"/>
        <source>A selection across rows cannot be cut; it was copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../ui/organisation_page.py" line="39"/>
        <source>Sender&apos;s &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="41"/>
        <source>an image for the letterhead (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="42"/>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="42"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="45"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="47"/>
        <source>&amp;End mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="53"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="53"/>
        <source>Press office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="54"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="54"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="55"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="55"/>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="56"/>
        <source>Sender&apos;s name in e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="57"/>
        <source>Rights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="57"/>
        <source>Notes to editors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="74"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="75"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../ui/print_release.py" line="25"/>
        <source>Both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_release.py" line="27"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_release.py" line="27"/>
        <source>Print which version?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryDialog</name>
    <message>
        <location filename="../../ui/registry_dialog.py" line="37"/>
        <source>Names registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="41"/>
        <source>A registry spelling always beats romanization. Variants are separated by |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="44"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="49"/>
        <source>This release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="51"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="54"/>
        <source>Choose the organisation&apos;s registry file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="57"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="58"/>
        <source>Add from &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="59"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="60"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="60"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="75"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="75"/>
        <source>English (approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="76"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="76"/>
        <source>Also accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="77"/>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="77"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="116"/>
        <source>Select the name in the Russian and the English pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="141"/>
        <source>Import a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="142"/>
        <source>Registries (*.csv *.tbx *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="148"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="154"/>
        <source>Export the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="155"/>
        <source>CSV (*.csv);;TBX (*.tbx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="161"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="175"/>
        <source>Cannot save the registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseView</name>
    <message>
        <location filename="../../ui/release_view.py" line="177"/>
        <source>Change paragraph role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="194"/>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="199"/>
        <source>Headline and subheadline from the release details (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="335"/>
        <source>Edit release details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="346"/>
        <source>Add a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="372"/>
        <source>Change the source version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="433"/>
        <source>Add to the release dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="438"/>
        <source>Edit the release word list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="458"/>
        <source>Ignore a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="466"/>
        <source>Restore an ignored finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="473"/>
        <source>Edit the names registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="494"/>
        <source>No misspelt words found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="541"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="587"/>
        <source>Split row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="596"/>
        <source>There is no next row to merge with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="601"/>
        <source>Merge rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="617"/>
        <source>There is no row to move the paragraph to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="620"/>
        <source>Move paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="627"/>
        <source>Insert row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="639"/>
        <location filename="../../ui/release_view.py" line="641"/>
        <source>Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="649"/>
        <source>This row&apos;s alignment needs no confirming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="654"/>
        <source>Confirm alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="665"/>
        <source>Nothing to align from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="676"/>
        <source>Re-align from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="725"/>
        <source>This row has no translation to confirm yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="731"/>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="731"/>
        <source>Mark translated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/role_gutter.py" line="20"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_gutter.py" line="21"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_gutter.py" line="22"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_gutter.py" line="23"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_gutter.py" line="24"/>
        <source>Boilerplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_gutter.py" line="25"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_gutter.py" line="79"/>
        <source>Role of this paragraph: %1 (click to change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/send_dialog.py" line="43"/>
        <source>Send to a distribution list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="51"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="50"/>
        <source>Distribution list (CSV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="53"/>
        <source>press@… (Settings, Organisation: the sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="54"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="56"/>
        <source>SMTP &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="60"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="63"/>
        <source>None (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="66"/>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="68"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="72"/>
        <source>Check shows what would be sent to whom, and sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="76"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="77"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="90"/>
        <source>Distribution list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="91"/>
        <source>CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="107"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="108"/>
        <source>SMTP password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="125"/>
        <location filename="../../ui/send_dialog.py" line="143"/>
        <location filename="../../ui/send_dialog.py" line="146"/>
        <source>Cannot send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="133"/>
        <source>Making the Word and PDF files and sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="149"/>
        <source>Would send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="149"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="152"/>
        <location filename="../../ui/send_dialog.py" line="158"/>
        <source>Not attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="156"/>
        <source>%1 message(s) sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="183"/>
        <source>Already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="184"/>
        <source>This release was already sent at %1 to %2 recipient(s). Send it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="134"/>
        <location filename="../../ui/send_dialog.py" line="191"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="192"/>
        <source>Send to %1 recipient(s): %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <location filename="../../ui/settings_dialog.py" line="150"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>&amp;Pane order (left | right):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>British, -ize (Oxford; UN and EU style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>British, -ise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>American</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>&amp;English spelling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Check words in capitals (МИД, UNESCO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>a shared text file, one word per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <location filename="../../ui/settings_dialog.py" line="92"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>The organisation profile was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>&amp;Organisation word list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>a shared CSV or TBX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>Organisation &amp;names registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>The saved profile cannot be read (%1); OK replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Organisation word list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Word lists (*.txt *.dic);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Organisation names registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>Registries (*.csv *.tbx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="47"/>
        <source>Split the row at the cursor, in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="48"/>
        <source>A line break inside the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="49"/>
        <source>At the start of a paragraph: merge with the row above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="50"/>
        <source>At the end of a paragraph: merge with the row below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="52"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="55"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="55"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="55"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../ui/spell_menu.py" line="23"/>
        <source>Looking for suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="39"/>
        <source>(no suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="55"/>
        <source>Add to the release dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="57"/>
        <source>Add to my personal dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="59"/>
        <source>Ignore all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../ui/spelling_setup.py" line="57"/>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="58"/>
        <source>All dictionaries are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="63"/>
        <source>Spelling is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="64"/>
        <source>Tandem works without them, but these words are not checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="66"/>
        <source>To install them, run:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/status_gutter.py" line="29"/>
        <source>Untranslated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="30"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="31"/>
        <source>Translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="32"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="33"/>
        <source>Stale: the source changed after translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="79"/>
        <source>Paired automatically (confidence %1): check and confirm the alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="83"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordListsDialog</name>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="31"/>
        <source>Word lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="35"/>
        <source>Words in these lists are never marked as misspelt. One word per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="39"/>
        <source>This release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="40"/>
        <source>Saved with the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="41"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="44"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="46"/>
        <source>No organisation list: choose its file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="50"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="50"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="86"/>
        <source>Import words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="87"/>
        <source>Word lists (*.txt *.dic);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="93"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="99"/>
        <source>Export words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="100"/>
        <source>Word lists (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="106"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="120"/>
        <source>Cannot save the word list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
