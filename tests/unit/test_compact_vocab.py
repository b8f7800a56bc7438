"""natasha's word list kept as bytes: every word, and every word it does not hold, gets the
number slovnet's own vocabulary gives it."""

import zlib
from pathlib import Path

import natasha
from slovnet.exec import pack
from slovnet.vocab import Vocab

from editor.names.compact_vocab import CompactVocab
from editor.names.natasha_models import _vocabulary

NER_PACK = Path(natasha.__file__).parent / "data" / "model" / "slovnet_ner_news_v1.tar"


def _word_list() -> bytes:
    with pack.Pack(str(NER_PACK)) as p:
        return zlib.decompress(p.read(pack.vocab_name("word")), 16 + zlib.MAX_WBITS)


def test_every_word_of_natashas_list_has_slovnets_number():
    text = _word_list()
    theirs = Vocab(text.decode("utf-8").splitlines())
    ours = _vocabulary(text)
    assert isinstance(ours, CompactVocab)
    assert len(ours) == len(theirs) == 250002
    assert (ours.unk_id, ours.pad_id) == (theirs.unk_id, theirs.pad_id)
    assert [ours.encode(w) for w in theirs.items] == list(range(len(theirs)))
    assert [ours.decode(i) for i in (0, 1, 117686, 250001)] == [theirs.decode(i) for i in
                                                               (0, 1, 117686, 250001)]
    unknown = ["бешбармаком", "shapashov", "", " ", "москва\n", "\ud800", "<UNK>"]
    assert [ours.encode(w) for w in unknown] == [theirs.encode(w) for w in unknown]
    assert ours.encode("москва") == theirs.encode("москва") != theirs.unk_id


def test_a_word_listed_twice_has_its_last_number_and_odd_line_breaks_are_left_to_slovnet():
    ours = CompactVocab.from_text("<pad>\n<unk>\nдом\nмир\nдом".encode())
    assert ours is not None
    assert [ours.encode(w) for w in ("дом", "мир", "сад")] == [4, 3, 1]
    assert len(ours) == 5 and ours.decode(4) == "дом"
    for text in ("<pad>\n<unk>\r\nдом", "<pad>\n<unk>\u2028дом", "<pad>\x85<unk>"):
        assert CompactVocab.from_text(text.encode()) is None
        vocab = _vocabulary(text.encode() * 50_000)  # long enough to be kept compact
        assert isinstance(vocab, Vocab)
