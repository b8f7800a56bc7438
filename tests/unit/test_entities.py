"""Russian persons from natasha: paragraphs of different lengths batched together get their
own entities back, and the model runs only where a person may lack its counterpart (the
findings are the same as with the model on every paragraph)."""

from pathlib import Path

from editor.checks import CheckContext, clear_caches, run_checks
from editor.model import Paragraph
from editor.names import entities
from editor.names.entities import NATASHA, persons_to_find, russian_persons

ROOT = Path(__file__).resolve().parents[2]

SHORT = "Вчера Санат Шапашов встретился со зрителями."
LONG = ("Особое место в программе занял фильм режиссера Саната Шапашова, созданный по мотивам "
        "произведений композитора Шамши Калдаякова, чье 95-летие отмечается в этом году, "
        "а высокую оценку ему дал Франк Депайфв.")


def test_a_batch_of_paragraphs_gives_each_its_own_entities():
    assert NATASHA.load(), NATASHA.error
    one_by_one = [NATASHA.entities(t) for t in (LONG, SHORT, "", LONG[:60])]
    batched = NATASHA.entities_many([LONG, SHORT, "", LONG[:60]])
    assert batched == one_by_one
    persons = {e.normal for e in batched[0] if e.kind == "person"}
    assert {"Санат Шапашов", "Шамши Калдаяков", "Франк Депайфв"} <= persons


def test_the_model_is_not_needed_where_the_translation_confirms_every_name():
    english = ("A special place was given to the film by Sanat Shapashov, inspired by the works "
               "of composer Shamshi Kaldayakov, whose 95th anniversary is celebrated this year; "
               "Frank Depayfv praised it.")
    assert not persons_to_find(LONG, [english])
    assert russian_persons(LONG, [english]) == ()
    # a person the English leaves out, or writes with another first name: the model runs
    assert persons_to_find(LONG, [english.replace("Frank Depayfv", "a critic")])
    assert persons_to_find("Выступил Галым Ахмедьяров.", ["Galiya Akhmedyarov spoke."])
    # places and organisations never need it (only persons matter to the checks)
    assert not persons_to_find("Посольство Казахстана в Бельгии сообщило.",
                               ["The Embassy said."])


def test_skipping_the_model_changes_no_finding(sample_release, monkeypatch):
    row = sample_release.rows[3]
    row.paragraphs["en"] = Paragraph(row.text("en").replace("Sanat Shapashov", "the director"))
    clear_caches()
    filtered = run_checks(sample_release, CheckContext())
    monkeypatch.setattr(entities, "persons_to_find", lambda *a: True)
    clear_caches()
    everywhere = run_checks(sample_release, CheckContext())
    assert [repr(f) for f in filtered] == [repr(f) for f in everywhere]
    assert any(f.code == "name.missing" and "Шапашов" in f.text and f.pair == 3
               for f in filtered)


def test_the_lean_models_tag_exactly_as_natashas_own_loading(sample_paths):
    """The models loaded with one vocabulary and no similarity tables (a third of the
    memory) give the same NER tags and morphology as natasha loading them its own way, on
    every Russian paragraph of the sample and of the evaluation releases."""
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger

    from editor.names.natasha_models import load

    texts = [p for p in sample_paths[0].read_text(encoding="utf-8").split("\n\n") if p.strip()]
    for path in sorted((ROOT / "tests" / "accuracy").rglob("*.ru.txt")):
        texts += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    assert len(texts) > 80
    _, lean_ner, lean_morph = load()
    emb = NewsEmbedding()
    ner, morph = NewsNERTagger(emb), NewsMorphTagger(emb)
    assert len(lean_ner.infer.encoder.words_vocab) == 250002
    assert lean_ner.infer.encoder.words_vocab is lean_morph.infer.encoder.words_vocab
    assert [m.spans for m in lean_ner.map(texts)] == [m.spans for m in ner.map(texts)]
    words = [t.split() for t in texts[:40]]
    assert ([[(t.pos, t.feats) for t in m.tokens] for m in lean_morph.map(words)]
            == [[(t.pos, t.feats) for t in m.tokens] for m in morph.map(words)])


def test_romanization_is_iuliias_on_every_word_of_the_evaluation_set():
    """Names are romanized with iuliia's tables in a loop of our own (2.4x faster); every
    word of the sample, the evaluation releases and the test data, each form a case ending
    may come from, in lower, title and upper case, comes out as iuliia writes it."""
    import re

    import iuliia

    from editor.names.romanize import _schemes, lemma_candidates

    words: set[str] = set()
    for path in [*(ROOT / "tests").rglob("*.txt"), *(ROOT / "resources" / "samples").glob("*.txt")]:
        words.update(re.findall(r"\S+", path.read_text(encoding="utf-8")))
    forms = {f for w in words for f in lemma_candidates(w)}
    texts = (words | forms | {w.upper() for w in words} | {f.title() for f in forms}
             | {"Нур-Султан", "ЩЁЛКОВО", "Подъезд", "ПОДЪЕЗД", "Ъе", "ий", "а", "", "Тьерри Анри"})
    assert len(texts) > 10000
    ours = _schemes()
    assert ours is not None and all(s.fast for s in ours)
    for scheme, theirs in zip(ours, (iuliia.WIKIPEDIA, iuliia.BGN_PCGN, iuliia.ICAO_DOC_9303),
                              strict=True):
        assert [scheme.translate(t) for t in sorted(texts)] == [theirs.translate(t)
                                                                 for t in sorted(texts)]
