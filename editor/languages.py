"""What Tandem knows about each language, in one place, looked up by code: its script and
distinctive letters, the Hunspell dictionary and Word language tags, how it writes dates
(month names as a date writes them and as the checks find them, seasons), its number and
ordinal words, its quote marks, the words an export adds around the release. The dateline,
the date and figure checks, spelling's routing of words, the untranslated check, the quote
style and the Word export all read these profiles; a new language is a new profile (and its
dictionaries), not edits in every module.

Kazakh is written in Cyrillic here (the state standard); Kazakh in Latin letters (2021
alphabet) is recognised by the names code as the same names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    script: str                      # "cyrillic" or "latin"
    dictionary: str                  # the Hunspell / enchant tag
    word_tag: str                    # Word's w:lang
    letters: str = ""                # letters only this language of its script uses
    months: tuple[str, ...] = ()     # as a date writes them (18 декабря, 18 December)
    month_stems: tuple[str, ...] = ()  # regular-expression stems the date check finds
    # the same in the language's other alphabet (Kazakh in Latin letters, 2021), with the
    # common variants
    latin_month_stems: tuple[str, ...] = ()
    date_format: str = "{day} {month} {year}"
    year_word: str = ""              # what follows a year on its own: г. / жылы
    # number words from two up, in every form the checks should find ("два|две|двух")
    numbers: dict[int, str] = field(default_factory=dict)
    ordinals: tuple[str, ...] = ()   # first, second ... (stems for inflected languages)
    ordinal_ending: str = ""         # the endings that follow an ordinal stem
    seasons: tuple[str, ...] = ()    # spring, summer, autumn, winter as regular expressions
    quotes: tuple[str, str] = ("“", "”")
    names: dict[str, str] = field(default_factory=dict)  # display name in each UI language
    package: str = ""                # the Debian package of its dictionary
    # endings a dictionary that lists few inflected forms may be helped with (Kazakh): a
    # word is right when, with up to three of them taken off, the rest is a word the
    # dictionary knows, its last consonant restored where an ending voiced it (ғ → қ ...)
    suffixes: tuple[str, ...] = ()
    voicing: dict[str, str] = field(default_factory=dict)
    loans_from: tuple[str, ...] = ()  # languages whose words take these endings too
    harmony_free: tuple[str, ...] = ()  # endings that keep their vowel whatever the stem's
    compound_prefixes: tuple[str, ...] = ()  # loan prefixes written as one with a word
    # what a short ending must follow: "vowel", "consonant" or the letters themselves
    suffix_after: dict[str, str] = field(default_factory=dict)


_RU_NUMBERS = {
    2: "два|две|двух|двум|двумя", 3: "три|трёх|трех|трём|трем|тремя",
    4: "четыре|четырёх|четырех|четырём|четырем|четырьмя", 5: "пять|пяти|пятью",
    6: "шесть|шести|шестью", 7: "семь|семи", 8: "восемь|восьми|восемью|восьмью",
    9: "девять|девяти|девятью", 10: "десять|десяти|десятью",
    11: "одиннадцать|одиннадцати|одиннадцатью", 12: "двенадцать|двенадцати|двенадцатью",
    13: "тринадцать|тринадцати|тринадцатью", 14: "четырнадцать|четырнадцати|четырнадцатью",
    15: "пятнадцать|пятнадцати|пятнадцатью", 16: "шестнадцать|шестнадцати|шестнадцатью",
    17: "семнадцать|семнадцати|семнадцатью", 18: "восемнадцать|восемнадцати|восемнадцатью",
    19: "девятнадцать|девятнадцати|девятнадцатью", 20: "двадцать|двадцати|двадцатью",
}
_EN_NUMBERS = {n: w for n, w in enumerate(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
     "twenty"], 2)}

RUSSIAN = LanguageProfile(
    code="ru", script="cyrillic", dictionary="ru_RU", word_tag="ru-RU", package="hunspell-ru",
    months=("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря"),
    month_stems=("январ", "феврал", "март", "апрел", "ма[йяюе]", "июн", "июл", "август",
                 "сентябр", "октябр", "ноябр", "декабр"),
    date_format="{day}\u00a0{month} {year}\u00a0г.", year_word="г.",
    numbers=_RU_NUMBERS,
    ordinals=("перв", "втор", "трет", "четв[её]рт", "пят", "шест", "седьм", "восьм", "девят",
              "десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат",
              "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат", "двадцат"),
    ordinal_ending="(?:ий|ья|ье|ьего|ьей|ьему|ьим|ьем|ьи|ьих|ьими|ью|ый|ая|ое|ого|ой|ому|ым|ом"
                   "|ые|ых|ыми|ую)",
    seasons=("весн(?:ой|а|ы|е|у)", "летом|лето", "осенью|осень|осени",
             "зимой|зима|зимы|зиме|зиму"),
    quotes=("«", "»"),
    names={"en": "Russian", "ru": "русский", "kk": "орыс тілі"},
)

ENGLISH = LanguageProfile(
    code="en", script="latin", dictionary="en_GB", word_tag="en-GB", package="hunspell-en-gb",
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
    month_stems=("january", "february", "march", "april", "may", "june", "july", "august",
                 "september", "october", "november", "december"),
    date_format="{day} {month} {year}",
    numbers={n: w for n, w in _EN_NUMBERS.items()},
    ordinals=("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
              "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
              "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"),
    seasons=("spring", "summer", "autumn|fall", "winter"),
    quotes=("“", "”"),
    names={"en": "English", "ru": "английский", "kk": "ағылшын тілі"},
)

KAZAKH = LanguageProfile(
    code="kk", script="cyrillic", dictionary="kk_KZ", word_tag="kk-KZ", package="hunspell-kk",
    letters="әғқңөұүһіӘҒҚҢӨҰҮҺІ",
    months=("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
            "қыркүйек", "қазан", "қараша", "желтоқсан"),
    month_stems=("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
                 "қыркүйек", "қазан", "қараша", "желтоқсан"),
    latin_month_stems=("qañtar|qantar", "aqpan", "nauryz", "säuir|säuır|sauir", "mamyr",
                       "mausym", "şilde|şılde|shilde", "tamyz", "qyrküiek|qyrkuiek|qyrkuyek",
                       "qazan", "qaraşa|qarasha", "jeltoqsan|zheltoqsan"),
    # 2025 жылғы 18 желтоқсан: the year first, as Kazakh writes a full date
    date_format="{year} жылғы {day} {month}", year_word="жыл",
    quotes=("«", "»"),
    names={"en": "Kazakh", "ru": "казахский", "kk": "қазақ тілі"},
    # plural; possessive; the cases (genitive, dative, accusative, locative, ablative,
    # instrumental) in their vowel-harmony and assimilation variants; -дағы (of a place);
    # the verbal noun's possessive (кездесу-і)
    suffixes=("лар", "лер", "дар", "дер", "тар", "тер",
              "ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз",
              "ым", "ім", "ың", "ің", "сы", "сі", "ы", "і", "м", "ң",
              "ның", "нің", "дың", "дің", "тың", "тің",
              "ға", "ге", "қа", "ке", "на", "не",
              "ны", "ні", "ды", "ді", "ты", "ті", "н",
              "нда", "нде", "да", "де", "та", "те",
              "нан", "нен", "дан", "ден", "тан", "тен",
              "мен", "бен", "пен",
              "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі",
              # of a place or a people (бельгиялық, брюссельдік, қазақстандық)
              "лық", "лік", "дық", "дік", "тық", "тік",
              # verbs: converb, present, passive, participles
              "ып", "іп", "п", "ады", "еді", "йды", "йді", "ыл", "іл",
              "ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін"),
    voicing={"ғ": "қ", "г": "к", "б": "п"},
    harmony_free=("мен", "бен", "пен"),  # the instrumental keeps its е (киностудиясымен)
    compound_prefixes=("кино", "теле", "радио", "фото", "видео", "авиа", "агро", "эко",
                       "медиа", "био", "гидро", "электро", "халықаралық"),
    # number words the figure check reads (eleven to nineteen are two words: он бір, он екі)
    numbers={1: "бір", 2: "екі", 3: "үш", 4: "төрт", 5: "бес", 6: "алты", 7: "жеті", 8: "сегіз",
             9: "тоғыз", 10: "он", 20: "жиырма"},
    ordinals=("бірінші", "екінші", "үшінші", "төртінші", "бесінші", "алтыншы", "жетінші",
              "сегізінші", "тоғызыншы", "оныншы"),
    loans_from=("ru",),  # киностудия-сымен, диаспора-сының: a Russian stem, Kazakh endings
    # the one-letter endings where Kazakh puts them: the possessive -ы/-і after a consonant,
    # -м/-ң and the converb -п after a vowel, the accusative -н after the possessive
    suffix_after={"ы": "consonant", "і": "consonant", "м": "vowel", "ң": "vowel",
                  "п": "vowel", "н": "ыі", "ыл": "consonant", "іл": "consonant",
                  "ып": "consonant", "іп": "consonant"},
)

PROFILES = {p.code: p for p in (RUSSIAN, ENGLISH, KAZAKH)}


def profile(code: str) -> LanguageProfile:
    """The profile of ``code``; an unknown code gets a Latin-script profile of its own name
    (the English rules for dates and numbers), so nothing fails on it."""
    found = PROFILES.get(code)
    if found is not None:
        return found
    return LanguageProfile(code=code, script="latin", dictionary=code, word_tag=code,
                           months=ENGLISH.months, month_stems=ENGLISH.month_stems,
                           quotes=ENGLISH.quotes)


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def script_of_word(word: str) -> str:
    """The language whose dictionary a word goes to: a Cyrillic word with a letter only
    one Cyrillic language uses goes to that language (Kazakh), other Cyrillic to Russian,
    Latin to English; '' for neither."""
    if word.isascii():  # most words: no need to look at each letter against each profile
        return "en" if any(c.isalpha() for c in word) else ""
    if _CYRILLIC.search(word):
        letters = set(word)
        for p in PROFILES.values():
            if p.script == "cyrillic" and p.letters and not letters.isdisjoint(p.letters):
                return p.code
        return "ru"
    if any(c.isascii() and c.isalpha() or "\u00c0" <= c <= "\u024f" for c in word):
        return "en"
    return ""


def display_name(code: str, ui: str = "en") -> str:
    """A language's name in an interface language (Kazakh, казахский), from its profile;
    the code itself for a language without one."""
    p = PROFILES.get(code)
    name = (p.names.get(ui) or p.names.get("en")) if p else None
    return name or code


def letter_shares(text: str) -> dict[str, float]:
    """Of the letters of ``text``, the share in Latin (ASCII), in Cyrillic, and the share
    of Kazakh's own letters (for telling the versions of a table or a file apart)."""
    letters = [c for c in text if c.isalpha()]
    n = len(letters) or 1
    return {"latin": sum(c.isascii() for c in letters) / n,
            "cyrillic": sum("\u0400" <= c <= "\u04ff" for c in letters) / n,
            "kk": sum(c in KAZAKH.letters for c in letters) / n}
