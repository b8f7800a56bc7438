<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../ui/details_dialog.py" line="38"/>
        <source>Release details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="44"/>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="48"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="49"/>
        <source>Embargoed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="53"/>
        <source>&amp;Embargo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="59"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="59"/>
        <source>Subheadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="60"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="60"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="72"/>
        <source>Press contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="76"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="76"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="76"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="76"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="82"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="82"/>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="23"/>
        <source>Import both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="26"/>
        <source>Choose the Russian and the English version of the release (plain text or Word). A two-column Word table can be given alone as the Russian version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="29"/>
        <source>&amp;Russian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="30"/>
        <source>&amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="55"/>
        <source>Choose a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Text or Word (*.txt *.text *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/release_view.py" line="33"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="33"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="34"/>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <location filename="../../ui/language_pane.py" line="239"/>
        <source>A selection across rows cannot be edited; use Merge rows to join paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/language_pane.py" line="263"/>
        <source>Pasting over a selection across rows is not possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>&amp;Import both versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Release &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>&amp;Split row at cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;Merge with next row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Move paragraph &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Move paragraph &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Insert empty row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Mark &amp;translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Mark re&amp;viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;Lock scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>S&amp;wap panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Cannot open the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="197"/>
        <source>%1: %n word(s)</source>
        <translation>
            <numerusform>%1: %n word</numerusform>
            <numerusform>%1: %n words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Translated: %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>The release has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Open release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Tandem releases (*.tandem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>%1 is already open in another Tandem window (%2). Changes made in both windows would overwrite each other. Open it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Tandem found changes to %1 that were not saved (autosaved %2), perhaps because Tandem stopped unexpectedly. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Tandem found an unsaved release autosaved %1, perhaps because Tandem stopped unexpectedly. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <location filename="../../ui/main_window.py" line="431"/>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Imported %n row(s)</source>
        <translation>
            <numerusform>Imported %n row</numerusform>
            <numerusform>Imported %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>Save release as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source> Your unsaved changes would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>%1 was changed by another program. Reload it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Cannot reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>Drop one release, or the two versions of one release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseView</name>
    <message>
        <location filename="../../ui/release_view.py" line="193"/>
        <source>Edit release details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="230"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="275"/>
        <source>Split row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="284"/>
        <source>There is no next row to merge with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="289"/>
        <source>Merge rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="305"/>
        <source>There is no row to move the paragraph to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="308"/>
        <source>Move paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="315"/>
        <source>Insert row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="327"/>
        <location filename="../../ui/release_view.py" line="329"/>
        <source>Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="340"/>
        <source>This row has no translation to confirm yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="346"/>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="346"/>
        <source>Mark translated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="22"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="32"/>
        <source>&amp;Pane order (left | right):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37"/>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/status_gutter.py" line="25"/>
        <source>Untranslated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="26"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="27"/>
        <source>Translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="28"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="29"/>
        <source>Stale: the source changed after translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
