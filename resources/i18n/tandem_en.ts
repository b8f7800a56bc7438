<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../ui/details_dialog.py" line="38"/>
        <source>Release details</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="44"/>
        <source>Dated</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="48"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="49"/>
        <source>Embargoed until</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="53"/>
        <source>&amp;Embargo:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="59"/>
        <source>Headline</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="59"/>
        <source>Subheadline</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="60"/>
        <source>Place</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="60"/>
        <source>Organisation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="72"/>
        <source>Press contacts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="76"/>
        <source>Name</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="76"/>
        <source>Role</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="76"/>
        <source>Phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="76"/>
        <source>E-mail</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="82"/>
        <source>Add contact</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="82"/>
        <source>Remove contact</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="24"/>
        <source>Import both versions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="27"/>
        <source>Choose the Russian and the English version of the release (plain text or Word). A two-column Word table can be given alone as the Russian version.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="30"/>
        <source>&amp;Russian:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="31"/>
        <source>&amp;English:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="47"/>
        <source>Browse…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Choose a version</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="57"/>
        <source>Text or Word (*.txt *.text *.docx);;All files (*)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/release_view.py" line="33"/>
        <source>Russian</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="33"/>
        <source>English</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="34"/>
        <source>Kazakh</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <location filename="../../ui/language_pane.py" line="239"/>
        <source>A selection across rows cannot be edited; use Merge rows to join paragraphs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/language_pane.py" line="263"/>
        <source>Pasting over a selection across rows is not possible</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>&amp;File</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>&amp;New</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>&amp;Import both versions…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>&amp;Save</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Release &amp;details…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;Rows</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>&amp;Split row at cursor</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;Merge with next row</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Move paragraph &amp;up</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Move paragraph &amp;down</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Insert empty row</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Delete row</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Mark &amp;translated</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Mark re&amp;viewed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;View</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;Lock scrolling</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>S&amp;wap panes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>(none)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Cannot open the release</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>%1 no longer exists</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Untitled</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="186"/>
        <source>%1: %n word(s)</source>
        <translation><numerusform>%1: %n word</numerusform><numerusform>%1: %n words</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Translated: %1 of %2 rows</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>The release has unsaved changes. Save them first?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Open release</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Tandem releases (*.tandem);;All files (*)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Already open</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>%1 is already open in another Tandem window (%2). Changes made in both windows would overwrite each other. Open it anyway?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Tandem found changes to %1 that were not saved (autosaved %2), perhaps because Tandem stopped unexpectedly. Restore them?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Cannot recover</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Tandem found an unsaved release autosaved %1, perhaps because Tandem stopped unexpectedly. Restore it?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <location filename="../../ui/main_window.py" line="419"/>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>Cannot import</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Imported %n row(s)</source>
        <translation><numerusform>Imported %n row</numerusform><numerusform>Imported %n rows</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Save release as</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Cannot save</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Saved %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source> Your unsaved changes would be lost.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>Changed on disk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>%1 was changed by another program. Reload it?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Cannot reload</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>Drop one release, or the two versions of one release</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ReleaseView</name>
    <message>
        <location filename="../../ui/release_view.py" line="186"/>
        <source>Edit release details</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="223"/>
        <source>Typing</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="268"/>
        <source>Split row</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="277"/>
        <source>There is no next row to merge with</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="282"/>
        <source>Merge rows</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="298"/>
        <source>There is no row to move the paragraph to</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="301"/>
        <source>Move paragraph</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="308"/>
        <source>Insert row</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="320"/>
        <location filename="../../ui/release_view.py" line="322"/>
        <source>Delete row</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="333"/>
        <source>This row has no translation to confirm yet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="339"/>
        <source>Mark reviewed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="339"/>
        <source>Mark translated</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="23"/>
        <source>Settings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33"/>
        <source>&amp;Pane order (left | right):</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="38"/>
        <source>&amp;Font:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>Font &amp;size:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source> s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>Off</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>As the system</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="58"/>
        <source>A new interface language applies to the menus after Tandem is restarted.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/status_gutter.py" line="25"/>
        <source>Untranslated</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="26"/>
        <source>Draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="27"/>
        <source>Translated</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="28"/>
        <source>Reviewed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="29"/>
        <source>Stale: the source changed after translation</source>
        <translation type="unfinished"/>
    </message>
</context>
</TS>