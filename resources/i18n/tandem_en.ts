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
        <location filename="../../ui/import_dialog.py" line="23"/>
        <source>Import both versions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="26"/>
        <source>Choose the Russian and the English version of the release (plain text or Word). A two-column Word table can be given alone as the Russian version.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="29"/>
        <source>&amp;Russian:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="30"/>
        <source>&amp;English:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="55"/>
        <source>Choose a version</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Text or Word (*.txt *.text *.docx);;All files (*)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/release_view.py" line="34"/>
        <source>Russian</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="34"/>
        <source>English</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="35"/>
        <source>Kazakh</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <location filename="../../ui/language_pane.py" line="243"/>
        <source>A selection across rows cannot be edited; use Merge rows to join paragraphs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/language_pane.py" line="267"/>
        <source>Pasting over a selection across rows is not possible</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>&amp;File</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>&amp;New</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;Import both versions…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Save</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Release &amp;details…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Rows</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Split row at cursor</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;Merge with next row</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Move paragraph &amp;up</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Move paragraph &amp;down</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Insert empty row</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;Delete row</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Mark &amp;translated</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Mark re&amp;viewed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Check &amp;spelling as you type</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;Next misspelling</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;Previous misspelling</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Word lists…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Spelling &amp;dictionaries…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;View</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>&amp;Lock scrolling</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>S&amp;wap panes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>(none)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Cannot open the release</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>%1 no longer exists</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Untitled</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="219"/>
        <source>%1: %n word(s)</source>
        <translation>
            <numerusform>%1: %n word</numerusform>
            <numerusform>%1: %n words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Translated: %1 of %2 rows</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>The release has unsaved changes. Save them first?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Open release</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Tandem releases (*.tandem);;All files (*)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Already open</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>%1 is already open in another Tandem window (%2). Changes made in both windows would overwrite each other. Open it anyway?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Tandem found changes to %1 that were not saved (autosaved %2), perhaps because Tandem stopped unexpectedly. Restore them?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>Cannot recover</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Tandem found an unsaved release autosaved %1, perhaps because Tandem stopped unexpectedly. Restore it?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <location filename="../../ui/main_window.py" line="479"/>
        <location filename="../../ui/main_window.py" line="488"/>
        <source>Cannot import</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Imported %n row(s)</source>
        <translation>
            <numerusform>Imported %n row</numerusform>
            <numerusform>Imported %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Save release as</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Cannot save</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Saved %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source> Your unsaved changes would be lost.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>Changed on disk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>%1 was changed by another program. Reload it?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Cannot reload</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>Drop one release, or the two versions of one release</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ReleaseView</name>
    <message>
        <location filename="../../ui/release_view.py" line="202"/>
        <source>Edit release details</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="246"/>
        <source>Add to the release dictionary</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="251"/>
        <source>Edit the release word list</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="276"/>
        <source>No misspelt words found</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="320"/>
        <source>Typing</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="366"/>
        <source>Split row</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="375"/>
        <source>There is no next row to merge with</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="380"/>
        <source>Merge rows</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="396"/>
        <source>There is no row to move the paragraph to</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="399"/>
        <source>Move paragraph</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="406"/>
        <source>Insert row</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="418"/>
        <location filename="../../ui/release_view.py" line="420"/>
        <source>Delete row</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="431"/>
        <source>This row has no translation to confirm yet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="437"/>
        <source>Mark reviewed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="437"/>
        <source>Mark translated</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37"/>
        <source>&amp;Pane order (left | right):</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>&amp;Font:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>Font &amp;size:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source> s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source>Off</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54"/>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>As the system</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>British, -ize (Oxford; UN and EU style)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>British, -ise</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>American</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>&amp;English spelling:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>Check words in capitals (МИД, UNESCO)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>a shared text file, one word per line</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>Browse…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="79"/>
        <source>&amp;Organisation word list:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>Organisation word list</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Word lists (*.txt *.dic);;All files (*)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../ui/spell_menu.py" line="34"/>
        <source>Looking for suggestions…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="50"/>
        <source>(no suggestions)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="59"/>
        <source>Add to the release dictionary</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="61"/>
        <source>Add to my personal dictionary</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="63"/>
        <source>Ignore all</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../ui/spelling_setup.py" line="49"/>
        <source>Spelling</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="50"/>
        <source>All dictionaries are installed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="55"/>
        <source>Spelling is incomplete</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="56"/>
        <source>Tandem works without them, but these words are not checked:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="58"/>
        <source>To install them, run:</source>
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
<context>
    <name>WordListsDialog</name>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="31"/>
        <source>Word lists</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="35"/>
        <source>Words in these lists are never marked as misspelt. One word per line.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="39"/>
        <source>This release</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="40"/>
        <source>Saved with the release.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="41"/>
        <source>Personal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="44"/>
        <source>Organisation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="46"/>
        <source>No organisation list: choose its file in Settings.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="50"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="50"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="86"/>
        <source>Import words</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="87"/>
        <source>Word lists (*.txt *.dic);;All files (*)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="93"/>
        <source>Cannot import</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="99"/>
        <source>Export words</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="100"/>
        <source>Word lists (*.txt);;All files (*)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="106"/>
        <source>Cannot export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="120"/>
        <source>Cannot save the word list</source>
        <translation type="unfinished"/>
    </message>
</context>
</TS>