"""natasha's segmenter, NER and morphology tagger, loaded with a third of the memory.

Loaded as natasha does it, the three models hold the same 250,000-word vocabulary three
times over (the embedding's own, with a count per word, and one each in the NER and the
morphology packs: about 45 MB each), and the embedding precomputes every word's norm and a
table of centroid products for a similarity the taggers never ask (26 MB kept, 100 MB for
a moment while loading). Here the embedding is read without its vocabulary or the
precomputation (the taggers take only its quantised vectors), and the two packs share one
vocabulary when their word lists are the same text (they are, in natasha 1.6). The models
compute exactly as before: same arrays, same word ids."""

from __future__ import annotations

import contextlib
import hashlib
import zlib
from collections.abc import Iterator


def _embedding():
    """natasha's news embedding as the taggers use it: the meta and the quantised vectors,
    no vocabulary, no precomputed norms."""
    import numpy as np
    from natasha.emb import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.pq import PQ
    from navec.tar import Tar

    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load("meta.json"))
        Meta.check_protocol(meta.protocol)
        file = tar.load("pq.bin")
        vectors, dim, qdim, centroids = (int(x) for x in np.frombuffer(file.read(16), np.uint32))
        pq = PQ.__new__(PQ)  # PQ() would precompute norms and products (see above)
        pq.vectors, pq.dim, pq.qdim, pq.centroids = vectors, dim, qdim, centroids
        pq.indexes = np.frombuffer(file.read(vectors * qdim), np.uint8).reshape(vectors, qdim)
        pq.codes = np.frombuffer(file.read(), np.float32).reshape(qdim, centroids, -1)
    return Navec(meta, None, pq)


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
        key = hashlib.sha256(zlib.decompress(data, 16 + zlib.MAX_WBITS)).digest()
        if key not in seen:
            seen[key] = pack.bytes_vocab(data)
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
