<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name/>
    <message>
        <location filename="../../ui/help_dialogs.py" line="80"/>
        <source>About Tandem</source>
        <translation>О программе Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="81"/>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;An editor for press releases in two languages: paragraphs side by side, spelling, agreement of names, dates and figures, and export for distribution.&lt;/p&gt;&lt;p&gt;Spelling: Hunspell dictionaries. Names: natasha, iuliia.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Редактор пресс-релизов на двух языках: абзацы бок о бок, орфография, согласованность имён, дат и чисел, экспорт для рассылки.&lt;/p&gt;&lt;p&gt;Орфография: словари Hunspell. Имена: natasha, iuliia.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../ui/import_runner.py" line="80"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../ui/checks_panel.py" line="38"/>
        <location filename="../../ui/checks_panel.py" line="85"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="89"/>
        <source>All checks</source>
        <translation>Все проверки</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="90"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="91"/>
        <source>Also show notes on typography (quotes, spaces)</source>
        <translation>Показывать и заметки о типографике (кавычки, пробелы)</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="92"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="93"/>
        <source>Never report this finding again in this release</source>
        <translation>Больше не сообщать об этом в этом релизе</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="94"/>
        <source>Accept spelling</source>
        <translation>Принять написание</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="95"/>
        <source>Accept this spelling of the name into the release's names registry</source>
        <translation>Внести это написание имени в реестр имён релиза</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="97"/>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="97"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="97"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="176"/>
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="219"/>
        <source>Accept a name's spelling</source>
        <translation>Принятие написания имени</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../ui/details_dialog.py" line="40"/>
        <source>Release details</source>
        <translation>Сведения о релизе</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="46"/>
        <source>Dated</source>
        <translation>С датой</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="50"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="51"/>
        <source>Embargoed until</source>
        <translation>Эмбарго до</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="60"/>
        <source>The time zone of the embargo time</source>
        <translation>Часовой пояс времени эмбарго</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="61"/>
        <source>&amp;Embargo:</source>
        <translation>&amp;Эмбарго:</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="69"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="69"/>
        <source>Subheadline</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="70"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="70"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="82"/>
        <source>Press contacts</source>
        <translation>Контакты для прессы</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="86"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="86"/>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="86"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="86"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="92"/>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="92"/>
        <source>Remove contact</source>
        <translation>Удалить контакт</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="110"/>
        <source>Almaty</source>
        <translation>Алматы</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="110"/>
        <source>Aqtobe</source>
        <translation>Актобе</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="111"/>
        <source>Brussels</source>
        <translation>Брюссель</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="111"/>
        <source>Vienna</source>
        <translation>Вена</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="112"/>
        <source>Berlin</source>
        <translation>Берлин</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="112"/>
        <source>Paris</source>
        <translation>Париж</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="113"/>
        <source>London</source>
        <translation>Лондон</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="113"/>
        <source>Moscow</source>
        <translation>Москва</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="114"/>
        <source>Istanbul</source>
        <translation>Стамбул</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="114"/>
        <source>Tashkent</source>
        <translation>Ташкент</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="115"/>
        <source>Shanghai</source>
        <translation>Шанхай</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="115"/>
        <source>Tokyo</source>
        <translation>Токио</translation>
    </message>
    <message>
        <location filename="../../ui/details_dialog.py" line="116"/>
        <source>New York</source>
        <translation>Нью-Йорк</translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <location filename="../../ui/distribution.py" line="25"/>
        <source>Organisation profile</source>
        <translation>Профиль организации</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="36"/>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="36"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="37"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="40"/>
        <source>The checks found %1 error(s) and %2 warning(s).</source>
        <translation>Проверки нашли ошибок: %1, предупреждений: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="43"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="46"/>
        <source>Missing from the release details (Ctrl+Shift+D): %1.</source>
        <translation>В сведениях о релизе (Ctrl+Shift+D) не указано: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="49"/>
        <source>Or fill in the organisation once for every release: Settings, Organisation.</source>
        <translation>Или укажите организацию один раз для всех релизов: Настройки, Организация.</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="54"/>
        <source>Before it goes out</source>
        <translation>Перед отправкой</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="56"/>
        <source>&amp;Review</source>
        <translation>&amp;Посмотреть</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="77"/>
        <location filename="../../ui/distribution.py" line="103"/>
        <location filename="../../ui/distribution.py" line="106"/>
        <source>Import a translation</source>
        <translation>Импорт перевода</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="78"/>
        <source>XLIFF (*.xlf *.xliff);;All files (*)</source>
        <translation>XLIFF (*.xlf *.xliff);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="89"/>
        <source>Empty translated paragraphs?</source>
        <translation>Очистить переведённые абзацы?</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="90"/>
        <source>The file would empty %1 translated paragraph(s) (rows %2). Take it back anyway?</source>
        <translation>Файл очистит переведённые абзацы: %1 (строки %2). Всё равно принять перевод?</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="100"/>
        <source>Cannot import the translation</source>
        <translation>Не удалось импортировать перевод</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="110"/>
        <source>%1 row(s) changed by the translation</source>
        <translation>Строк, изменённых переводом: %1</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="112"/>
        <source>The translation changes nothing</source>
        <translation>Перевод ничего не меняет</translation>
    </message>
    <message>
        <location filename="../../ui/distribution.py" line="113"/>
        <source>row %1, the translator's note: %2</source>
        <translation>строка %1, примечание переводчика: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="54"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="62"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="66"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="69"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>the standard letterhead</source>
        <translation>стандартный бланк</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="83"/>
        <location filename="../../ui/export_dialog.py" line="86"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="75"/>
        <source>%1 (source)</source>
        <translation>%1 (оригинал)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="77"/>
        <source>Translate &amp;from:</source>
        <translation>Переводить &amp;с:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="85"/>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="129"/>
        <source>Word template</source>
        <translation>Шаблон Word</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="130"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="135"/>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="150"/>
        <source>Replace?</source>
        <translation>Заменить?</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="151"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="171"/>
        <source>PDF made by Qt's writer: LibreOffice is not installed, so the letterhead's header and footer are not in it</source>
        <translation>PDF создан средствами Qt: LibreOffice не установлен, поэтому верхнего и нижнего колонтитулов бланка в нём нет</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="183"/>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../ui/find_dialog.py" line="74"/>
        <source>Find and Replace</source>
        <translation>Поиск и замена</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="75"/>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="76"/>
        <source>Replace &amp;with:</source>
        <translation>&amp;Заменить на:</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="77"/>
        <source>&amp;In:</source>
        <translation>&amp;Где:</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="80"/>
        <source>Both languages</source>
        <translation>Оба языка</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="84"/>
        <source>Match &amp;case</source>
        <translation>&amp;Учитывать регистр</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="85"/>
        <source>W&amp;hole words</source>
        <translation>&amp;Слова целиком</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="86"/>
        <source>Regular e&amp;xpression</source>
        <translation>&amp;Регулярное выражение</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="87"/>
        <source>Find &amp;next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="88"/>
        <source>&amp;Replace</source>
        <translation>За&amp;менить</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="89"/>
        <source>Replace &amp;all</source>
        <translation>Заменить &amp;все</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="90"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="136"/>
        <location filename="../../ui/find_dialog.py" line="192"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="152"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="194"/>
        <source>Replace all</source>
        <translation>Заменить все</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/find_dialog.py" line="195"/>
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n замена</numerusform>
            <numerusform>%n замены</numerusform>
            <numerusform>%n замен</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingLanguage</name>
    <message>
        <location filename="../../ui/finding_text.py" line="52"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="53"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="54"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../ui/finding_text.py" line="17"/>
        <source>A space before punctuation</source>
        <translation>Пробел перед знаком препинания</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="18"/>
        <source>Straight quotes; the house style is {opening}…{closing}</source>
        <translation>Прямые кавычки; по принятому стилю — {opening}…{closing}</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="19"/>
        <source>The date {date} is missing from the translation</source>
        <translation>Даты {date} нет в переводе</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="20"/>
        <source>The date {date} is not in the source</source>
        <translation>Даты {date} нет в оригинале</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="21"/>
        <source>The date {date} is not in the source; the source has {other}</source>
        <translation>Даты {date} нет в оригинале; в оригинале — {other}</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="22"/>
        <source>The translation has {figure}, which the source does not have</source>
        <translation>В переводе {figure}, а в оригинале такого числа нет</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="23"/>
        <source>The translation has {figure} where the source has {other}</source>
        <translation>В переводе {figure}, а в оригинале {other}</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="24"/>
        <source>The {s_lang} changed after this {t_lang} translation was confirmed</source>
        <translation>Оригинал ({s_lang}) изменён после того, как перевод ({t_lang}) был подтверждён</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="25"/>
        <source>The {s_lang} paragraph is empty: the {t_lang} has no source</source>
        <translation>Абзац ({s_lang}) пуст: у текста ({t_lang}) нет оригинала</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="26"/>
        <source>The {t_lang} paragraph is a copy of the {s_lang}</source>
        <translation>Абзац ({t_lang}) — копия оригинала ({s_lang})</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="27"/>
        <source>The {t_lang} paragraph is empty</source>
        <translation>Абзац ({t_lang}) пуст</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="28"/>
        <source>The {t_lang} paragraph is mostly in the {s_lang} alphabet: is it translated?</source>
        <translation>Абзац ({t_lang}) написан в основном буквами оригинала ({s_lang}): он переведён?</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="29"/>
        <source>This paragraph is only in the {p_lang} version</source>
        <translation>Этот абзац есть только в одной версии ({p_lang})</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="30"/>
        <source>The translation says {title}, which the source does not</source>
        <translation>В переводе «{title}», а в оригинале нет</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="31"/>
        <source>The translation leaves out {title}</source>
        <translation>В переводе пропущено «{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="32"/>
        <source>The translation says {title} where the source has {other}</source>
        <translation>В переводе «{title}», а в оригинале «{other}»</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="33"/>
        <source>{name} is in the next paragraph of the translation</source>
        <translation>{name} — в следующем абзаце перевода</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="34"/>
        <source>{name} is in the previous paragraph of the translation</source>
        <translation>{name} — в предыдущем абзаце перевода</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="35"/>
        <source>{name} is in the next paragraph of the source</source>
        <translation>{name} — в следующем абзаце оригинала</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="36"/>
        <source>{name} is in the previous paragraph of the source</source>
        <translation>{name} — в предыдущем абзаце оригинала</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="37"/>
        <source>Two or more spaces between words</source>
        <translation>Два пробела или больше между словами</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="38"/>
        <source>{figure} is missing from the translation</source>
        <translation>Числа {figure} нет в переводе</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="39"/>
        <source>{form} is not to be used: the registry spelling is {approved}</source>
        <translation>Написание {form} запрещено: по реестру — {approved}</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="40"/>
        <source>{mark} has no matching mark in this paragraph</source>
        <translation>У знака {mark} нет пары в этом абзаце</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="41"/>
        <source>{name} ({normal}) is not in the {t_lang} paragraph</source>
        <translation>{name} ({normal}) нет в абзаце ({t_lang})</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="42"/>
        <source>{name} does not match {other} in the {s_lang}</source>
        <translation>{name} не соответствует {other} в оригинале ({s_lang})</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="43"/>
        <source>{name} is not in the {s_lang} paragraph</source>
        <translation>{name} нет в абзаце ({s_lang})</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="44"/>
        <source>{name} is not in the {t_lang} paragraph (the registry has {approved})</source>
        <translation>{name} нет в абзаце ({t_lang}); по реестру — {approved}</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="45"/>
        <source>{name} is written {other} elsewhere in the release</source>
        <translation>{name} в других местах релиза пишется {other}</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="46"/>
        <source>{name}: the approved {t_lang} is {approved}, which this paragraph does not use</source>
        <translation>{name}: утверждённый перевод ({t_lang}) — {approved}, а в абзаце его нет</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="47"/>
        <source>{name}: the registry spelling is {approved}</source>
        <translation>{name}: по реестру пишется {approved}</translation>
    </message>
    <message>
        <location filename="../../ui/finding_text.py" line="48"/>
        <source>“{word}” is not in the {d_lang} dictionary</source>
        <translation>«{word}» нет в словаре ({d_lang})</translation>
    </message>
</context>
<context>
    <name>IgnoredDialog</name>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="22"/>
        <source>Ignored findings</source>
        <translation>Скрытые замечания</translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="24"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="24"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="24"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="25"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="27"/>
        <source>No finding of this release is ignored.</source>
        <translation>В этом релизе нет скрытых замечаний.</translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="28"/>
        <source>&amp;Restore</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <location filename="../../ui/ignored_dialog.py" line="29"/>
        <source>Report this finding again</source>
        <translation>Снова показывать это замечание</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="24"/>
        <source>Import versions</source>
        <translation>Импорт версий</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="27"/>
        <source>Choose the Russian and the English version of the release (plain text or Word). A two-column Word table can be given alone as the Russian version. A Kazakh version is optional: it is aligned to the Russian, row by row.</source>
        <translation>Выберите русскую и английскую версии релиза (простой текст или Word). Таблицу Word в две колонки можно указать одну — как русскую версию. Казахская версия необязательна: она выравнивается по русской, строка за строкой.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="31"/>
        <source>&amp;Russian:</source>
        <translation>&amp;Русская:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="32"/>
        <source>&amp;English:</source>
        <translation>&amp;Английская:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="33"/>
        <source>&amp;Kazakh (optional):</source>
        <translation>&amp;Казахская (необязательно):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="49"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="58"/>
        <source>Choose a version</source>
        <translation>Выберите версию</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="59"/>
        <source>Text, Word or OpenDocument (*.txt *.text *.docx *.odt);;All files (*)</source>
        <translation>Текст, Word или OpenDocument (*.txt *.text *.docx *.odt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <location filename="../../ui/import_runner.py" line="127"/>
        <source>Importing and aligning the versions…</source>
        <translation>Импорт и выравнивание версий…</translation>
    </message>
    <message>
        <location filename="../../ui/import_runner.py" line="128"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/import_runner.py" line="138"/>
        <source>Showing the rows…</source>
        <translation>Показ строк…</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/release_view.py" line="50"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="50"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="51"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <location filename="../../ui/language_pane.py" line="271"/>
        <source>A selection across rows cannot be edited; use Merge rows to join paragraphs</source>
        <translation>Выделение на несколько строк нельзя править; чтобы соединить абзацы, используйте «Объединить со следующей строкой»</translation>
    </message>
    <message>
        <location filename="../../ui/language_pane.py" line="295"/>
        <source>Pasting over a selection across rows is not possible</source>
        <translation>Нельзя вставить текст поверх выделения на несколько строк</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Autosave failed (Tandem will try again): %1</source>
        <translation>Автосохранение не удалось (Tandem повторит попытку): %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Import versions…</source>
        <translation>&amp;Импорт версий…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Sen&amp;d…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Import &amp;translation (XLIFF)…</source>
        <translation>Импорт &amp;перевода (XLIFF)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Print pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Release &amp;details…</source>
        <translation>&amp;Сведения о релизе…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Replace…</source>
        <translation>За&amp;менить…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Find &amp;next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Find pre&amp;vious</source>
        <translation>Найти &amp;предыдущее</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Rows</source>
        <translation>&amp;Строки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Split row at cursor</source>
        <translation>&amp;Разделить строку по курсору</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Merge with next row</source>
        <translation>&amp;Объединить со следующей строкой</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Move paragraph &amp;up</source>
        <translation>Абзац &amp;вверх</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Move paragraph &amp;down</source>
        <translation>Абзац в&amp;низ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Insert empty row</source>
        <translation>&amp;Вставить пустую строку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Delete row</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Paragraph &amp;role</source>
        <translation>&amp;Роль абзаца</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Confirm alignment</source>
        <translation>&amp;Подтвердить выравнивание</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Re-&amp;align from here</source>
        <translation>&amp;Выровнять заново отсюда</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Mark &amp;translated</source>
        <translation>Отметить как &amp;переведённую</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Mark re&amp;viewed</source>
        <translation>Отметить как п&amp;роверенную</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Check &amp;spelling as you type</source>
        <translation>Проверять &amp;орфографию при вводе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;Next misspelling</source>
        <translation>&amp;Следующая ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;Previous misspelling</source>
        <translation>&amp;Предыдущая ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Word lists…</source>
        <translation>Списки &amp;слов…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Names registry…</source>
        <translation>&amp;Реестр имён…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>Spelling &amp;dictionaries…</source>
        <translation>&amp;Словари…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Ignored findings…</source>
        <translation>&amp;Скрытые замечания…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>&amp;Lock scrolling</source>
        <translation>&amp;Синхронная прокрутка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>S&amp;wap panes</source>
        <translation>&amp;Поменять панели местами</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>&amp;Panes</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;About Tandem</source>
        <translation>&amp;О программе Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Cannot open the release</source>
        <translation>Не удаётся открыть релиз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>%1 no longer exists</source>
        <translation>%1 больше не существует</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>Untitled</source>
        <translation>Без имени</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="299"/>
        <source>%1: %n word(s)</source>
        <translation>
            <numerusform>%1: %n слово</numerusform>
            <numerusform>%1: %n слова</numerusform>
            <numerusform>%1: %n слов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Translated: %1 of %2 rows</source>
        <translation>Переведено: %1 из %2 строк</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Translated:</source>
        <translation>Переведено:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>The release has unsaved changes. Save them first?</source>
        <translation>В релизе есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Open release</source>
        <translation>Открыть релиз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>Tandem releases (*.tandem);;All files (*)</source>
        <translation>Релизы Tandem (*.tandem);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Already open</source>
        <translation>Уже открыт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>%1 is already open in another Tandem window (%2). Changes made in both windows would overwrite each other. Open it anyway?</source>
        <translation>%1 уже открыт в другом окне Tandem (%2). Изменения, сделанные в двух окнах, затрут друг друга. Всё равно открыть?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Recover unsaved changes</source>
        <translation>Восстановить несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Tandem found changes to %1 that were not saved (autosaved %2), perhaps because Tandem stopped unexpectedly. Restore them?</source>
        <translation>Tandem нашёл несохранённые изменения в %1 (автосохранение %2) — возможно, Tandem неожиданно завершился. Восстановить их?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>Cannot recover</source>
        <translation>Не удаётся восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Tandem found an unsaved release autosaved %1, perhaps because Tandem stopped unexpectedly. Restore it?</source>
        <translation>Tandem нашёл несохранённый релиз (автосохранение %1) — возможно, Tandem неожиданно завершился. Восстановить его?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Import cancelled; nothing was changed</source>
        <translation>Импорт отменён; ничего не изменилось</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <location filename="../../ui/main_window.py" line="685"/>
        <location filename="../../ui/main_window.py" line="694"/>
        <source>Cannot import</source>
        <translation>Не удаётся импортировать</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Imported %n row(s)</source>
        <translation>
            <numerusform>Импортирована %n строка</numerusform>
            <numerusform>Импортированы %n строки</numerusform>
            <numerusform>Импортировано %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Save release as</source>
        <translation>Сохранить релиз как</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source> Your unsaved changes would be lost.</source>
        <translation> Несохранённые изменения будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>Changed on disk</source>
        <translation>Файл изменён на диске</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>%1 was changed by another program. Reload it?</source>
        <translation>%1 изменён другой программой. Загрузить его заново?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>Cannot reload</source>
        <translation>Не удаётся загрузить заново</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Ошибки: %1 · Предупреждения: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="560"/>
        <source>Export anyway</source>
        <translation>Всё равно экспортировать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="566"/>
        <source>Exported to %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="580"/>
        <source>Send anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="611"/>
        <source>%1 (source)</source>
        <translation>%1 (оригинал)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="621"/>
        <source>Translate from %1</source>
        <translation>Переводить с: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="628"/>
        <source>Add a version in %1</source>
        <translation>Добавить версию: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="631"/>
        <source>Move pane &amp;left</source>
        <translation>Сдвинуть панель &amp;влево</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="632"/>
        <source>Move pane &amp;right</source>
        <translation>Сдвинуть панель в&amp;право</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>Drop one release, or the two versions of one release</source>
        <translation>Перетащите один релиз или две версии одного релиза</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="716"/>
        <source>A selection across rows cannot be cut; it was copied</source>
        <translation>Выделение на несколько строк нельзя вырезать; оно скопировано</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../ui/organisation_page.py" line="39"/>
        <source>Sender's &amp;address:</source>
        <translation>&amp;Адрес отправителя:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="41"/>
        <source>an image for the letterhead (PNG or JPEG)</source>
        <translation>изображение для бланка (PNG или JPEG)</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="42"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Логотип:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="42"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="45"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="47"/>
        <source>&amp;End mark:</source>
        <translation>&amp;Знак конца текста:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="53"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="53"/>
        <source>Press office:</source>
        <translation>Пресс-служба:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="54"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="54"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="55"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="55"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="56"/>
        <source>Sender's name in e-mail:</source>
        <translation>Имя отправителя в письме:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="57"/>
        <source>Rights:</source>
        <translation>Права:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="57"/>
        <source>Notes to editors:</source>
        <translation>Справка для редакций:</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="74"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_page.py" line="75"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../ui/print_release.py" line="25"/>
        <source>Both languages</source>
        <translation>Оба языка</translation>
    </message>
    <message>
        <location filename="../../ui/print_release.py" line="27"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/print_release.py" line="27"/>
        <source>Print which version?</source>
        <translation>Какую версию напечатать?</translation>
    </message>
</context>
<context>
    <name>RegistryDialog</name>
    <message>
        <location filename="../../ui/registry_dialog.py" line="37"/>
        <source>Names registry</source>
        <translation>Реестр имён</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="41"/>
        <source>A registry spelling always beats romanization. Variants are separated by |.</source>
        <translation>Написание из реестра всегда важнее транслитерации. Варианты разделяются знаком |.</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="44"/>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="49"/>
        <source>This release</source>
        <translation>Этот релиз</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="51"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="54"/>
        <source>Choose the organisation's registry file in Settings.</source>
        <translation>Выберите файл реестра организации в настройках.</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="57"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="58"/>
        <source>Add from &amp;selection</source>
        <translation>Добавить из &amp;выделения</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="59"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="60"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="60"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="75"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="75"/>
        <source>English (approved)</source>
        <translation>Англ. (утв.)</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="76"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="76"/>
        <source>Also accepted</source>
        <translation>Также допустимо</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="77"/>
        <source>Forbidden</source>
        <translation>Запрещено</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="77"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="116"/>
        <source>Select the name in the Russian and the English pane first.</source>
        <translation>Сначала выделите имя в русской и английской панелях.</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="141"/>
        <source>Import a registry</source>
        <translation>Импорт реестра</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="142"/>
        <source>Registries (*.csv *.tbx *.xml);;All files (*)</source>
        <translation>Реестры (*.csv *.tbx *.xml);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="148"/>
        <source>Cannot import</source>
        <translation>Не удаётся импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="154"/>
        <source>Export the registry</source>
        <translation>Экспорт реестра</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="155"/>
        <source>CSV (*.csv);;TBX (*.tbx)</source>
        <translation>CSV (*.csv);;TBX (*.tbx)</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="161"/>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <location filename="../../ui/registry_dialog.py" line="175"/>
        <source>Cannot save the registry</source>
        <translation>Не удаётся сохранить реестр</translation>
    </message>
</context>
<context>
    <name>ReleaseView</name>
    <message>
        <location filename="../../ui/release_view.py" line="177"/>
        <source>Change paragraph role</source>
        <translation>Изменить роль абзаца</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="194"/>
        <source>edit</source>
        <translation>изменить</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="199"/>
        <source>Headline and subheadline from the release details (Ctrl+Shift+D)</source>
        <translation>Заголовок и подзаголовок из сведений о релизе (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="335"/>
        <source>Edit release details</source>
        <translation>Правка сведений о релизе</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="346"/>
        <source>Add a version</source>
        <translation>Добавление версии</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="372"/>
        <source>Change the source version</source>
        <translation>Смена исходной версии</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="433"/>
        <source>Add to the release dictionary</source>
        <translation>Добавить в словарь релиза</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="438"/>
        <source>Edit the release word list</source>
        <translation>Правка списка слов релиза</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="458"/>
        <source>Ignore a finding</source>
        <translation>Пропуск замечания</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="466"/>
        <source>Restore an ignored finding</source>
        <translation>Вернуть скрытое замечание</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="473"/>
        <source>Edit the names registry</source>
        <translation>Правка реестра имён</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="494"/>
        <source>No misspelt words found</source>
        <translation>Ошибок не найдено</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="541"/>
        <source>Typing</source>
        <translation>Ввод текста</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="587"/>
        <source>Split row</source>
        <translation>Разделение строки</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="596"/>
        <source>There is no next row to merge with</source>
        <translation>Нет следующей строки для объединения</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="601"/>
        <source>Merge rows</source>
        <translation>Объединение строк</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="617"/>
        <source>There is no row to move the paragraph to</source>
        <translation>Некуда переместить абзац</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="620"/>
        <source>Move paragraph</source>
        <translation>Перемещение абзаца</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="627"/>
        <source>Insert row</source>
        <translation>Вставка строки</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="639"/>
        <location filename="../../ui/release_view.py" line="641"/>
        <source>Delete row</source>
        <translation>Удаление строки</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="649"/>
        <source>This row's alignment needs no confirming</source>
        <translation>Выравнивание этой строки не требует подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="654"/>
        <source>Confirm alignment</source>
        <translation>Подтверждение выравнивания</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="665"/>
        <source>Nothing to align from here</source>
        <translation>Отсюда выравнивать нечего</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="676"/>
        <source>Re-align from here</source>
        <translation>Повторное выравнивание</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="725"/>
        <source>This row has no translation to confirm yet</source>
        <translation>В этой строке ещё нет перевода для подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="731"/>
        <source>Mark reviewed</source>
        <translation>Отметка «проверено»</translation>
    </message>
    <message>
        <location filename="../../ui/release_view.py" line="731"/>
        <source>Mark translated</source>
        <translation>Отметка «переведено»</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/role_gutter.py" line="20"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/role_gutter.py" line="21"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../ui/role_gutter.py" line="22"/>
        <source>Body</source>
        <translation>Основной текст</translation>
    </message>
    <message>
        <location filename="../../ui/role_gutter.py" line="23"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../ui/role_gutter.py" line="24"/>
        <source>Boilerplate</source>
        <translation>Справка об организации</translation>
    </message>
    <message>
        <location filename="../../ui/role_gutter.py" line="25"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/role_gutter.py" line="79"/>
        <source>Role of this paragraph: %1 (click to change)</source>
        <translation>Роль абзаца: %1 (щёлкните, чтобы изменить)</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/send_dialog.py" line="43"/>
        <source>Send to a distribution list</source>
        <translation>Отправка по списку рассылки</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="51"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="50"/>
        <source>Distribution list (CSV):</source>
        <translation>Список рассылки (CSV):</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="53"/>
        <source>press@… (Settings, Organisation: the sender)</source>
        <translation>press@… (Настройки, Организация: отправитель)</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="54"/>
        <source>&amp;From:</source>
        <translation>&amp;От кого:</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="56"/>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-&amp;сервер:</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="60"/>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="63"/>
        <source>None (this computer only)</source>
        <translation>Нет (только этот компьютер)</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="66"/>
        <source>&amp;Security:</source>
        <translation>&amp;Защита:</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="68"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="72"/>
        <source>Check shows what would be sent to whom, and sends nothing.</source>
        <translation>«Проверить» покажет, что и кому будет отправлено, ничего не отправляя.</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="76"/>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="77"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="90"/>
        <source>Distribution list</source>
        <translation>Список рассылки</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="91"/>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="107"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="108"/>
        <source>SMTP password for %1:</source>
        <translation>Пароль SMTP для %1:</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="125"/>
        <location filename="../../ui/send_dialog.py" line="143"/>
        <location filename="../../ui/send_dialog.py" line="146"/>
        <source>Cannot send</source>
        <translation>Не удаётся отправить</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="133"/>
        <source>Making the Word and PDF files and sending…</source>
        <translation>Создание файлов Word и PDF и отправка…</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="149"/>
        <source>Would send</source>
        <translation>Будет отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="149"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="152"/>
        <location filename="../../ui/send_dialog.py" line="158"/>
        <source>Not attached: %1</source>
        <translation>Не вложено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="156"/>
        <source>%1 message(s) sent.</source>
        <translation>Отправлено писем: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="183"/>
        <source>Already sent</source>
        <translation>Уже отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="184"/>
        <source>This release was already sent at %1 to %2 recipient(s). Send it again?</source>
        <translation>Этот релиз уже отправлен в %1 (получателей: %2). Отправить ещё раз?</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="134"/>
        <location filename="../../ui/send_dialog.py" line="191"/>
        <source>Send</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="192"/>
        <source>Send to %1 recipient(s): %2?</source>
        <translation>Отправить получателям (%1): %2?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <location filename="../../ui/settings_dialog.py" line="150"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>&amp;Pane order (left | right):</source>
        <translation>&amp;Порядок панелей (слева | справа):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>&amp;Font:</source>
        <translation>&amp;Шрифт:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Font &amp;size:</source>
        <translation>&amp;Размер шрифта:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Автосохранение каждые:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>British, -ize (Oxford; UN and EU style)</source>
        <translation>британская, -ize (оксфордская; стиль ООН и ЕС)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>British, -ise</source>
        <translation>британская, -ise</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>American</source>
        <translation>американская</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>&amp;English spelling:</source>
        <translation>&amp;Английская орфография:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Check words in capitals (МИД, UNESCO)</source>
        <translation>Проверять слова из заглавных букв (МИД, UNESCO)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>a shared text file, one word per line</source>
        <translation>общий текстовый файл, по слову в строке</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <location filename="../../ui/settings_dialog.py" line="92"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>The organisation profile was not saved: %1</source>
        <translation>Профиль организации не сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>&amp;Organisation word list:</source>
        <translation>Список слов &amp;организации:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>a shared CSV or TBX file</source>
        <translation>общий файл CSV или TBX</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>Organisation &amp;names registry:</source>
        <translation>&amp;Реестр имён организации:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>The saved profile cannot be read (%1); OK replaces it.</source>
        <translation>Сохранённый профиль не читается (%1); «ОК» заменит его.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Organisation word list</source>
        <translation>Список слов организации</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Word lists (*.txt *.dic);;All files (*)</source>
        <translation>Списки слов (*.txt *.dic);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Organisation names registry</source>
        <translation>Реестр имён организации</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>Registries (*.csv *.tbx);;All files (*)</source>
        <translation>Реестры (*.csv *.tbx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="47"/>
        <source>Split the row at the cursor, in this language</source>
        <translation>Разделить строку в позиции курсора, в этом языке</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="48"/>
        <source>A line break inside the paragraph</source>
        <translation>Перевод строки внутри абзаца</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="49"/>
        <source>At the start of a paragraph: merge with the row above</source>
        <translation>В начале абзаца: объединить с предыдущей строкой</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="50"/>
        <source>At the end of a paragraph: merge with the row below</source>
        <translation>В конце абзаца: объединить со следующей строкой</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="52"/>
        <source>Typing</source>
        <translation>Ввод текста</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="55"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="55"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="55"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../ui/spell_menu.py" line="23"/>
        <source>Looking for suggestions…</source>
        <translation>Поиск вариантов…</translation>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="39"/>
        <source>(no suggestions)</source>
        <translation>(нет вариантов)</translation>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="55"/>
        <source>Add to the release dictionary</source>
        <translation>Добавить в словарь релиза</translation>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="57"/>
        <source>Add to my personal dictionary</source>
        <translation>Добавить в личный словарь</translation>
    </message>
    <message>
        <location filename="../../ui/spell_menu.py" line="59"/>
        <source>Ignore all</source>
        <translation>Пропускать везде</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../ui/spelling_setup.py" line="57"/>
        <source>Spelling</source>
        <translation>Орфография</translation>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="58"/>
        <source>All dictionaries are installed.</source>
        <translation>Все словари установлены.</translation>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="63"/>
        <source>Spelling is incomplete</source>
        <translation>Проверка орфографии неполная</translation>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="64"/>
        <source>Tandem works without them, but these words are not checked:</source>
        <translation>Tandem работает и без них, но эти слова не проверяются:</translation>
    </message>
    <message>
        <location filename="../../ui/spelling_setup.py" line="66"/>
        <source>To install them, run:</source>
        <translation>Чтобы установить их, выполните:</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/status_gutter.py" line="29"/>
        <source>Untranslated</source>
        <translation>Не переведено</translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="30"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="31"/>
        <source>Translated</source>
        <translation>Переведено</translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="32"/>
        <source>Reviewed</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="33"/>
        <source>Stale: the source changed after translation</source>
        <translation>Устарело: оригинал изменён после перевода</translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="79"/>
        <source>Paired automatically (confidence %1): check and confirm the alignment</source>
        <translation>Сопоставлено автоматически (уверенность %1): проверьте и подтвердите выравнивание</translation>
    </message>
    <message>
        <location filename="../../ui/status_gutter.py" line="83"/>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
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