"""natasha's segmenter, NER and morphology tagger, loaded with a fifth of the memory.

Loaded as natasha does it, the three models hold the same 250,000-word vocabulary three
times over (the embedding's own, with a count per word, and one each in the NER and the
morphology packs: about 40 MB each), and the embedding precomputes every word's norm and a
table of centroid products for a similarity the taggers never ask (26 MB kept, 100 MB for
a moment while loading). Here the embedding is read without its vocabulary or the
precomputation (the taggers take only its quantised vectors, read from the file as the
text's words need them: 25 MB not copied), and the two packs share one vocabulary when
their word lists are the same text (they are, in natasha 1.6), kept as bytes
(``CompactVocab``: 9 MB, not 39). The models compute exactly as before: same arrays, same
word ids."""

from __future__ import annotations

import contextlib
import hashlib
import tarfile
import zlib
from collections.abc import Iterator

COMPACT_FROM = 100_000  # bytes: the word lists (4 MB), not the tags' or shapes'


def _embedding():
    """natasha's news embedding as the taggers use it: the meta and the quantised vectors,
    no vocabulary, no precomputed norms."""
    import numpy as np
    from natasha.emb import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.pq import PQ

    with tarfile.open(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.extractfile("meta.json"))
        Meta.check_protocol(meta.protocol)
        member = tar.getmember("pq.bin")
        file = tar.extractfile(member)
        vectors, dim, qdim, centroids = (int(x) for x in np.frombuffer(file.read(16), np.uint32))
        pq = PQ.__new__(PQ)  # PQ() would precompute norms and products (see above)
        pq.vectors, pq.dim, pq.qdim, pq.centroids = vectors, dim, qdim, centroids
        # the words' vectors (25 MB) are read from the file where they lie, as the words
        # of the text need them, not copied into memory whole
        pq.indexes = np.memmap(NEWS_EMBEDDING, np.uint8, "r", member.offset_data + 16,
                               (vectors, qdim))
        file.seek(16 + vectors * qdim)
        pq.codes = np.frombuffer(file.read(), np.float32).reshape(qdim, centroids, -1)
    return Navec(meta, None, pq)


def _vocabulary(text: bytes):
    """slovnet's vocabulary of ``text``; a long one (the words') as a ``CompactVocab``."""
    from slovnet.vocab import Vocab

    from editor.names.compact_vocab import CompactVocab

    compact = CompactVocab.from_text(text) if len(text) > COMPACT_FROM else None
    return compact if compact is not None else Vocab(text.decode("utf-8").splitlines())


@contextlib.contextmanager
def _one_vocabulary_per_text() -> Iterator[None]:
    """While the packs load, a vocabulary whose text another pack already gave is that
    same object (the packs compress it each with their own gzip header, so the text is
    compared, not the bytes)."""
    from slovnet.exec import pack

    original = pack.Pack.load_vocab
    seen: dict[bytes, object] = {}

    def load_vocab(self, id):
        data = self.read(pack.vocab_name(id))
        text = zlib.decompress(data, 16 + zlib.MAX_WBITS)
        key = hashlib.sha256(text).digest()
        if key not in seen:
            seen[key] = _vocabulary(text)
        return seen[key]

    pack.Pack.load_vocab = load_vocab
    try:
        yield
    finally:
        pack.Pack.load_vocab = original


def load():
    """(segmenter, NER tagger, morphology tagger)."""
    from natasha import NewsMorphTagger, NewsNERTagger, Segmenter

    emb = _embedding()
    with _one_vocabulary_per_text():
        ner, morph = NewsNERTagger(emb), NewsMorphTagger(emb)
    return Segmenter(), ner, morph
