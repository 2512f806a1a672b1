"""Which things have a name (rdfs:label) holding a given word: the candidates of an area's pages.

An area's diagram, funding page and governance report start from everything whose name holds the area's name
as a word (graph/scope.py, bodies_in_area). Oxigraph has no text index, so a CONTAINS over the labels reads
every label in the store: 180 ms at a hundred councils, ten times that at a thousand, paid by the first
visitor of each area's pages after every start or write (issue 15). This keeps, per embedded store, the words
of every label and the IRIs that bear them, so that an area's candidates are a look-up; the caller then
applies the exact test it always did to those candidates alone, so what it finds is the same.

It is a superset, never a subset, of the names as they stand: built from one pass over the labels when first
asked, then kept up by the store's journal (graph/changes.py) from what each write touched (a document's own
graph, the IRIs an update names). A document removed or replaced may leave words behind for IRIs that no
longer bear them: harmless, since the exact test reads the labels again. A write whose effect cannot be told
(a bulk load, an update with a WHERE clause) makes the next look read every label again. A remote store may be
written by other processes, so it gets no index (None: the caller scans).
"""

from __future__ import annotations

import re
import sys
import threading
import weakref
from typing import Any

_WORD = re.compile(r"\w+")
# A word more names than this hold ("council", "partnership") is not kept: it would cost memory on a national
# graph and narrow nothing; an area named only by such words is found by the scan, as before.
COMMON = 5000
_ALL_LABELS = "SELECT ?x ?t WHERE { ?x rdfs:label ?t FILTER(isIRI(?x)) }"
_GRAPH_LABELS = "SELECT ?x ?t WHERE { GRAPH <%s> { ?x rdfs:label ?t FILTER(isIRI(?x)) } }"
_IRI_LABELS = "SELECT ?x ?t WHERE { VALUES ?x { %s } ?x rdfs:label ?t }"

_indexes: weakref.WeakKeyDictionary[Any, LabelWords] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def words(text: str) -> list[str]:
    """The words of TEXT as the area test (a regular expression's word boundaries, lower case) sees them."""
    return _WORD.findall(text.lower())


class LabelWords:
    """Word -> the IRIs with an rdfs:label holding it, for one embedded store, following its journal."""

    def __init__(self, store: Any):
        self.store = store
        self._lock = threading.Lock()
        self._by_word: dict[str, set[str]] | None = None
        self._common: set[str] = set()
        self._seq = 0
        self.builds = 0  # full passes over the labels so far (for tests)

    def _add(self, rows: list[dict[str, Any]]) -> None:
        assert self._by_word is not None
        for r in rows:
            iri = sys.intern(r["x"])
            for w in set(words(str(r["t"]))):
                if w in self._common:
                    continue
                bucket = self._by_word.setdefault(w, set())
                bucket.add(iri)
                if len(bucket) > COMMON:
                    self._common.add(w)
                    del self._by_word[w]

    def _build(self) -> None:
        self._seq = self.store.changes.seq
        self._by_word, self._common = {}, set()
        self._add(self.store.select(_ALL_LABELS))
        self.builds += 1

    def _follow(self) -> None:
        """Bring the index up to the store's journal: what each write touched, or everything again."""
        log = self.store.changes
        if self._by_word is None:
            self._build()
            return
        if log.seq == self._seq:
            return
        seq = log.seq
        entries = log.since(self._seq)
        if entries is None or any(c.everything for c in entries):
            self._build()
            return
        documents = set().union(*(c.documents for c in entries))
        subjects = set().union(*(c.subjects for c in entries))
        for doc in sorted(documents):
            self._add(self.store.select(_GRAPH_LABELS % doc))
        ordered = sorted(subjects)
        for i in range(0, len(ordered), 300):
            self._add(self.store.select(_IRI_LABELS % " ".join(f"<{x}>" for x in ordered[i:i + 300])))
        self._seq = seq

    def candidates(self, text: str) -> set[str] | None:
        """Every IRI one of whose labels holds each word of TEXT (and maybe a few more); None when TEXT has no
        word, or only words too common to be kept (the caller then scans every label)."""
        wanted = words(text.casefold())
        with self._lock:
            self._follow()
            assert self._by_word is not None
            kept = [w for w in wanted if w not in self._common]
            if not wanted or not kept:
                return None
            sets = sorted((self._by_word.get(w, set()) for w in kept), key=len)
            return set(sets[0]).intersection(*sets[1:])


def label_words(store: Any) -> LabelWords | None:
    """The label-word index of STORE (made on first use), or None for a store other processes may write."""
    from .cache import _embedded

    inner = _embedded(store)
    if inner is None:
        return None
    with _lock:
        index = _indexes.get(inner)
        if index is None:
            index = _indexes[inner] = LabelWords(inner)
        return index
