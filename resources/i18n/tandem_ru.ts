<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../ui/details_dialog.py" line="38"/>
        <source>Release details</source>
        <translation>Сведения о релизе</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="44"/>
        <source>Dated</source>
        <translation>С датой</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="48"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="49"/>
        <source>Embargoed until</source>
        <translation>Эмбарго до</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="53"/>
        <source>&amp;Embargo:</source>
        <translation>&amp;Эмбарго:</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="59"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="59"/>
        <source>Subheadline</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="60"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="60"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="72"/>
        <source>Press contacts</source>
        <translation>Контакты для прессы</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="76"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="76"/>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="76"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="76"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="82"/>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="82"/>
        <source>Remove contact</source>
        <translation>Удалить контакт</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="23"/>
        <source>Import both versions</source>
        <translation>Импорт обеих версий</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="26"/>
        <source>Choose the Russian and the English version of the release (plain text or Word). A two-column Word table can be given alone as the Russian version.</source>
        <translation>Выберите русскую и английскую версии релиза (текст или Word). Документ Word с таблицей в две колонки можно указать один — как русскую версию.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="29"/>
        <source>&amp;Russian:</source>
        <translation>&amp;Русская:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="30"/>
        <source>&amp;English:</source>
        <translation>&amp;Английская:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="55"/>
        <source>Choose a version</source>
        <translation>Выберите версию</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Text or Word (*.txt *.text *.docx);;All files (*)</source>
        <translation>Текст или Word (*.txt *.text *.docx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/release_view.py" line="34"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="34"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="35"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <location filename="../../ui/language_pane.py" line="243"/>
        <source>A selection across rows cannot be edited; use Merge rows to join paragraphs</source>
        <translation>Выделение на несколько строк нельзя править; чтобы соединить абзацы, используйте «Объединить со следующей строкой»</translation>
    </message>
    <message>
        <location filename="../../ui/language_pane.py" line="267"/>
        <source>Pasting over a selection across rows is not possible</source>
        <translation>Нельзя вставить текст поверх выделения на несколько строк</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Autosave failed: %1</source>
        <translation>Автосохранение не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;Import both versions…</source>
        <translation>&amp;Импорт обеих версий…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Release &amp;details…</source>
        <translation>&amp;Сведения о релизе…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Rows</source>
        <translation>&amp;Строки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Split row at cursor</source>
        <translation>&amp;Разделить строку по курсору</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;Merge with next row</source>
        <translation>&amp;Объединить со следующей строкой</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Move paragraph &amp;up</source>
        <translation>Абзац &amp;вверх</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Move paragraph &amp;down</source>
        <translation>Абзац в&amp;низ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Insert empty row</source>
        <translation>&amp;Вставить пустую строку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;Delete row</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Mark &amp;translated</source>
        <translation>Отметить как &amp;переведённую</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Mark re&amp;viewed</source>
        <translation>Отметить как п&amp;роверенную</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Check &amp;spelling as you type</source>
        <translation>Проверять &amp;орфографию при вводе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;Next misspelling</source>
        <translation>&amp;Следующая ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;Previous misspelling</source>
        <translation>&amp;Предыдущая ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Word lists…</source>
        <translation>Списки &amp;слов…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Spelling &amp;dictionaries…</source>
        <translation>&amp;Словари…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>&amp;Lock scrolling</source>
        <translation>&amp;Синхронная прокрутка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>S&amp;wap panes</source>
        <translation>&amp;Поменять панели местами</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Cannot open the release</source>
        <translation>Не удаётся открыть релиз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>%1 no longer exists</source>
        <translation>%1 больше не существует</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Untitled</source>
        <translation>Без имени</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="219"/>
        <source>%1: %n word(s)</source>
        <translation>
            <numerusform>%1: %n слово</numerusform>
            <numerusform>%1: %n слова</numerusform>
            <numerusform>%1: %n слов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Translated: %1 of %2 rows</source>
        <translation>Переведено: %1 из %2 строк</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>The release has unsaved changes. Save them first?</source>
        <translation>В релизе есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Open release</source>
        <translation>Открыть релиз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Tandem releases (*.tandem);;All files (*)</source>
        <translation>Релизы Tandem (*.tandem);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Already open</source>
        <translation>Уже открыт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>%1 is already open in another Tandem window (%2). Changes made in both windows would overwrite each other. Open it anyway?</source>
        <translation>%1 уже открыт в другом окне Tandem (%2). Изменения, сделанные в двух окнах, затрут друг друга. Всё равно открыть?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Recover unsaved changes</source>
        <translation>Восстановить несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Tandem found changes to %1 that were not saved (autosaved %2), perhaps because Tandem stopped unexpectedly. Restore them?</source>
        <translation>Tandem нашёл несохранённые изменения в %1 (автосохранение %2) — возможно, Tandem неожиданно завершился. Восстановить их?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>Cannot recover</source>
        <translation>Не удаётся восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Tandem found an unsaved release autosaved %1, perhaps because Tandem stopped unexpectedly. Restore it?</source>
        <translation>Tandem нашёл несохранённый релиз (автосохранение %1) — возможно, Tandem неожиданно завершился. Восстановить его?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <location filename="../../ui/main_window.py" line="479"/>
        <location filename="../../ui/main_window.py" line="488"/>
        <source>Cannot import</source>
        <translation>Не удаётся импортировать</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Imported %n row(s)</source>
        <translation>
            <numerusform>Импортирована %n строка</numerusform>
            <numerusform>Импортированы %n строки</numerusform>
            <numerusform>Импортировано %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Save release as</source>
        <translation>Сохранить релиз как</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source> Your unsaved changes would be lost.</source>
        <translation> Несохранённые изменения будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>Changed on disk</source>
        <translation>Файл изменён на диске</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>%1 was changed by another program. Reload it?</source>
        <translation>%1 изменён другой программой. Загрузить его заново?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Cannot reload</source>
        <translation>Не удаётся загрузить заново</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>Drop one release, or the two versions of one release</source>
        <translation>Перетащите один релиз или две версии одного релиза</translation>
    </message>
</context>
<context>
    <name>ReleaseView</name>
    <message>
        <location filename="../../ui/release_view.py" line="202"/>
        <source>Edit release details</source>
        <translation>Правка сведений о релизе</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="246"/>
        <source>Add to the release dictionary</source>
        <translation>Добавить в словарь релиза</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="251"/>
        <source>Edit the release word list</source>
        <translation>Правка списка слов релиза</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="276"/>
        <source>No misspelt words found</source>
        <translation>Ошибок не найдено</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="320"/>
        <source>Typing</source>
        <translation>Ввод текста</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="366"/>
        <source>Split row</source>
        <translation>Разделение строки</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="375"/>
        <source>There is no next row to merge with</source>
        <translation>Нет следующей строки для объединения</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="380"/>
        <source>Merge rows</source>
        <translation>Объединение строк</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="396"/>
        <source>There is no row to move the paragraph to</source>
        <translation>Некуда переместить абзац</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="399"/>
        <source>Move paragraph</source>
        <translation>Перемещение абзаца</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="406"/>
        <source>Insert row</source>
        <translation>Вставка строки</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="418"/>
        <location filename="../../ui/release_view.py" line="420"/>
        <source>Delete row</source>
        <translation>Удаление строки</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="431"/>
        <source>This row has no translation to confirm yet</source>
        <translation>В этой строке ещё нет перевода для подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="437"/>
        <source>Mark reviewed</source>
        <translation>Отметка «проверено»</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="437"/>
        <source>Mark translated</source>
        <translation>Отметка «переведено»</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37"/>
        <source>&amp;Pane order (left | right):</source>
        <translation>&amp;Порядок панелей (слева | справа):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>&amp;Font:</source>
        <translation>&amp;Шрифт:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>Font &amp;size:</source>
        <translation>&amp;Размер шрифта:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54"/>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Автосохранение каждые:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>British, -ize (Oxford; UN and EU style)</source>
        <translation>британская, -ize (оксфордская; стиль ООН и ЕС)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>British, -ise</source>
        <translation>британская, -ise</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>American</source>
        <translation>американская</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>&amp;English spelling:</source>
        <translation>&amp;Английская орфография:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>Check words in capitals (МИД, UNESCO)</source>
        <translation>Проверять слова из заглавных букв (МИД, UNESCO)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>a shared text file, one word per line</source>
        <translation>общий текстовый файл, по слову в строке</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="79"/>
        <source>&amp;Organisation word list:</source>
        <translation>Список слов &amp;организации:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>Organisation word list</source>
        <translation>Список слов организации</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Word lists (*.txt *.dic);;All files (*)</source>
        <translation>Списки слов (*.txt *.dic);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../ui/spell_menu.py" line="34"/>
        <source>Looking for suggestions…</source>
        <translation>Поиск вариантов…</translation>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="50"/>
        <source>(no suggestions)</source>
        <translation>(нет вариантов)</translation>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="59"/>
        <source>Add to the release dictionary</source>
        <translation>Добавить в словарь релиза</translation>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="61"/>
        <source>Add to my personal dictionary</source>
        <translation>Добавить в личный словарь</translation>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="63"/>
        <source>Ignore all</source>
        <translation>Пропускать везде</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../ui/spelling_setup.py" line="49"/>
        <source>Spelling</source>
        <translation>Орфография</translation>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="50"/>
        <source>All dictionaries are installed.</source>
        <translation>Все словари установлены.</translation>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="55"/>
        <source>Spelling is incomplete</source>
        <translation>Проверка орфографии неполная</translation>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="56"/>
        <source>Tandem works without them, but these words are not checked:</source>
        <translation>Tandem работает и без них, но эти слова не проверяются:</translation>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="58"/>
        <source>To install them, run:</source>
        <translation>Чтобы установить их, выполните:</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/status_gutter.py" line="25"/>
        <source>Untranslated</source>
        <translation>Не переведено</translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="26"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="27"/>
        <source>Translated</source>
        <translation>Переведено</translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="28"/>
        <source>Reviewed</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="29"/>
        <source>Stale: the source changed after translation</source>
        <translation>Устарело: оригинал изменён после перевода</translation>
    </message>
</context>
<context>
    <name>WordListsDialog</name>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="31"/>
        <source>Word lists</source>
        <translation>Списки слов</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="35"/>
        <source>Words in these lists are never marked as misspelt. One word per line.</source>
        <translation>Слова из этих списков никогда не отмечаются как ошибки. По одному слову в строке.</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="39"/>
        <source>This release</source>
        <translation>Этот релиз</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="40"/>
        <source>Saved with the release.</source>
        <translation>Сохраняется вместе с релизом.</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="41"/>
        <source>Personal</source>
        <translation>Личный</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="44"/>
        <source>Organisation</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="46"/>
        <source>No organisation list: choose its file in Settings.</source>
        <translation>Списка организации нет: выберите его файл в настройках.</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="50"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="50"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="86"/>
        <source>Import words</source>
        <translation>Импорт слов</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="87"/>
        <source>Word lists (*.txt *.dic);;All files (*)</source>
        <translation>Списки слов (*.txt *.dic);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="93"/>
        <source>Cannot import</source>
        <translation>Не удаётся импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="99"/>
        <source>Export words</source>
        <translation>Экспорт слов</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="100"/>
        <source>Word lists (*.txt);;All files (*)</source>
        <translation>Списки слов (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="106"/>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <location filename="../../ui/wordlists_dialog.py" line="120"/>
        <source>Cannot save the word list</source>
        <translation>Не удаётся сохранить список слов</translation>
    </message>
</context>
</TS>