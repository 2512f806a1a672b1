"""The question engine's view of the whole graph (the name index, the places the graph holds, the words a
question may quote, the years undated papers speak of), kept in step with the store's writes.

The store keeps a journal of what each write touched (graph/changes.py). A document loaded, replaced or
removed is read again on its own: the entities it names or states facts about, before and after, are
re-read and put in place in the index; so is what the document adds to the places and words. An update that
names what it writes is handled the same way for the IRIs it names. Only a write whose effect cannot be told
(a bulk load, an update with a WHERE clause) rebuilds everything.

A remote store may also be written by other processes (several govkg servers in front of one backend): for
those, each look asks the backend for a stamp (how many documents, the latest load time and hash); when it
moved, every document's hash is compared with the last seen, and the documents that differ are read again
as above. (Two replacements of one document by another process within the same second, neither the latest,
are not told apart: a limit of the stamp.)
"""

from __future__ import annotations

import re
import sys
import threading
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .lexicon import normalise
from .linking import EntityIndex
from .places import Places
from .sparql import query_text, run_file

_YEARS = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_BATCH = 400  # IRIs per VALUES block


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(f"<{i}>" for i in iris) + " }"


def run_scoped(
    store: Any, name: str, var: str, iris: Iterable[str] | None, package: str = "govkg.questions"
) -> list[dict[str, str | None]]:
    """Rows of query file NAME with each #VALUES# line bound to IRIS (in batches); all rows when IRIS is None."""
    from ..ontology.vocab import sparql_prefixes

    text = query_text(name, package)
    if iris is not None and not iris:
        return []
    if iris is None:
        batches: list[list[str]] = [[]]
        text = text.replace("#VALUES#", "")
    else:
        ordered = sorted(iris)
        batches = [ordered[i : i + _BATCH] for i in range(0, len(ordered), _BATCH)]
    rows: list[dict[str, str | None]] = []
    for batch in batches:
        sparql = sparql_prefixes() + (text if iris is None else text.replace("#VALUES#", _values(var, batch)))
        result = store.query(sparql)
        names = [v.value for v in result.variables]
        rows.extend({n: (row[n].value if row[n] is not None else None) for n in names} for row in result)
    return rows


def _area_name(label: str) -> str:
    return normalise(label.rsplit("/", 1)[-1].replace("-", " "))


class IndexState:
    """The derived view of one store, and the journal position it reflects. Thread-safe: concurrent
    questions after a write wait for one refresh rather than each doing their own."""

    def __init__(self, store: Any):
        self.store = store
        self._lock = threading.RLock()
        self._index: EntityIndex | None = None
        self._seq = 0
        self._fingerprint: Any = None
        self._memo: dict[str, Any] = {}
        # per document: entities named or stated about, areas, quotable text, earliest year named (undated)
        self._doc_entities: dict[str, frozenset[str]] = {}
        self._doc_areas: dict[str, frozenset[str]] = {}
        self._doc_texts: dict[str, frozenset[str]] = {}
        self._floors: dict[str, int] = {}
        self._doc_facts: dict[str, int] = {}  # every document, with how many facts it states
        self._doc_order: dict[str, tuple[str, str]] = {}  # every document listed: (load time, title)
        self._listing: list[str] | None = None  # documents, the latest loaded first
        self.facts = 0
        self._texts: Counter[str] = Counter()
        self._loose_texts: frozenset[str] = frozenset()  # quotable text no document's graph holds
        self._vocabulary: tuple[str, ...] | None = None
        self._held: Counter[str] = Counter()  # place names the graph holds, by how many things hold them
        self._places: Places | None = None
        self._remote_hashes: dict[str, str] | None = None
        self._remote_stamp: tuple[str | None, str | None] | None = None
        self.rebuilds = 0  # full builds so far (for tests and the benchmark)
        self.refreshes = 0  # incremental refreshes so far

    # -- what callers read

    def current(self) -> EntityIndex:
        with self._lock:
            pending = self._pending()
            if self._index is None or pending is None:
                self._rebuild()
            elif pending[0] or pending[1]:
                self._refresh(*pending)
            assert self._index is not None
            return self._index

    def memo(self, key: str, compute: Any) -> Any:
        self.current()
        with self._lock:
            if key not in self._memo:
                self._memo[key] = compute()
            return self._memo[key]

    def places(self) -> Places:
        self.current()
        with self._lock:
            if self._places is None:
                self._places = Places.build({n for n, c in self._held.items() if c > 0})
            return self._places

    def vocabulary(self) -> tuple[str, ...]:
        self.current()
        with self._lock:
            if self._vocabulary is None:
                self._vocabulary = tuple(sorted(set(self._texts) | self._loose_texts))
            return self._vocabulary

    def counts(self) -> tuple[int, int]:
        """(documents, facts they state), as of the last look; govkg's own vocabularies are not documents."""
        self.current()
        return len(self._doc_order), self.facts

    def documents(self, limit: int, offset: int = 0) -> list[str]:
        """A page of the documents, the latest loaded first (then by title)."""
        self.current()
        with self._lock:
            if self._listing is None:
                self._listing = sorted(self._doc_order, key=lambda d: (self._doc_order[d], d), reverse=True)
            return self._listing[offset : offset + limit]

    def doc_areas(self, doc: str) -> frozenset[str]:
        """The normalised names of a document's areas."""
        return self._doc_areas.get(doc, frozenset())

    def undated_floors(self) -> dict[str, int]:
        self.current()
        return self._floors

    # -- what changed

    def _pending(self) -> tuple[set[str], set[str]] | None:
        """(documents, other IRIs) changed since the last look; None when everything must be read again."""
        log = getattr(self.store, "changes", None)
        if log is None:  # a store without a journal: compare the documents' hashes
            rows = run_file(self.store, "fingerprint.rq")
            fp = (rows[0]["n"], rows[0]["hashes"]) if rows else None
            if fp != self._fingerprint:
                self._fingerprint = fp
                return None
            return set(), set()
        entries = log.since(self._seq)
        if entries is None:
            self._seq = log.seq
            return None
        docs: set[str] = set()
        subjects: set[str] = set()
        for change in entries:
            if change.everything:
                self._seq = log.seq
                return None
            docs |= change.documents
            subjects |= change.subjects
        if entries:
            self._seq = entries[-1].seq
        if self._remote_hashes is not None:
            docs |= self._remote_changes()
        return docs, subjects

    def _document_hashes(self) -> dict[str, str]:
        return {r["doc"]: r["hash"] for r in run_file(self.store, "document_hashes.rq") if r["doc"] and r["hash"]}

    def _stamp(self) -> tuple[str | None, str | None]:
        row = run_file(self.store, "document_stamp.rq")[0]
        return row["n"], row["last"]

    def _remote_changes(self) -> set[str]:
        """Documents another process loaded, replaced or removed since the last look: a cheap stamp (how many
        documents, the latest load) each time, every document's hash only when the stamp moved."""
        stamp = self._stamp()
        if stamp == self._remote_stamp:
            return set()
        self._remote_stamp = stamp
        now = self._document_hashes()
        before = self._remote_hashes or {}
        self._remote_hashes = now
        return {d for d in now.keys() | before.keys() if now.get(d) != before.get(d)}

    # -- building

    def _rebuild(self) -> None:
        from ..graph.store import LocalStore

        self.rebuilds += 1
        log = getattr(self.store, "changes", None)
        if log is not None:
            self._seq = log.seq
        # A local store has one writer, this process, whose journal says it all; a remote one may have others.
        if log is not None and not isinstance(getattr(self.store, "wrapped", self.store), LocalStore):
            self._remote_stamp = self._stamp()
            self._remote_hashes = self._document_hashes()
        index = EntityIndex.from_store(self.store)
        self._doc_entities, self._doc_areas, self._doc_texts, self._floors = {}, {}, {}, {}
        self._doc_facts, self.facts, self._doc_order = {}, 0, {}
        self._texts = Counter()
        stated = self._read_documents(None)
        self._held = Counter()
        for e in index.entities.values():
            self._held.update(EntityIndex.place_names_of(e))
        for areas in self._doc_areas.values():
            self._held.update(areas)
        self._set_homes(index.entities, stated)
        self._loose_texts = self._loose()
        self._index = index
        self._places = None
        self._vocabulary = None
        self._listing = None
        self._memo = {}

    def _loose(self) -> frozenset[str]:
        every = {normalise(r["text"]) for r in run_file(self.store, "vocabulary.rq") if r["text"]}
        return frozenset(every - set(self._texts))

    def _read_documents(self, docs: set[str] | None) -> list[dict[str, str | None]]:
        """Read what each of DOCS (all when None) holds now into the per-document maps; the (entity, document)
        rows of the facts they state."""
        ents: dict[str, set[str]] = {}
        areas: dict[str, set[str]] = {}
        texts: dict[str, set[str]] = {}
        floors: dict[str, int] = {}
        facts: dict[str, int] = {}
        listed: set[str] = set()  # every document read (each has a ?listed row; ?facts only if it states any)
        order: dict[str, tuple[str, str]] = {}
        intern = sys.intern
        stated: list[dict[str, str | None]] = []  # (entity, document) pairs of the facts read
        for row in run_scoped(self.store, "document_state.rq", "doc", docs):
            doc = row["doc"]
            if doc is None:
                continue
            if row["e"]:
                ents.setdefault(doc, set()).add(intern(row["e"]))
                stated.append(row)
            elif row["named"]:
                ents.setdefault(doc, set()).add(intern(row["named"]))
            elif row["areaLabel"]:
                areas.setdefault(doc, set()).add(_area_name(row["areaLabel"]))
            elif row["text"]:
                texts.setdefault(doc, set()).add(normalise(row["text"]))
            elif row["facts"] is not None:
                facts[doc] = int(row["facts"])
            elif row["listed"] is not None:
                listed.add(doc)
                if not row["vocabulary"]:  # govkg's own topic scheme is counted apart, not listed
                    order[doc] = (row["loaded"] or "", row["title"] or "")
            elif row["undated"]:
                years = [int(y) for y in _YEARS.findall(row["undated"])]
                if years:
                    floors[doc] = min(years)
        for doc in docs if docs is not None else listed:
            doc = intern(doc)
            if doc in listed:
                self._doc_facts[doc] = facts.get(doc, 0)
                if doc in order:
                    self._doc_order[doc] = order[doc]
                self.facts += self._doc_facts[doc]
            if ents.get(doc):
                self._doc_entities[doc] = frozenset(ents[doc])
            if areas.get(doc):
                self._doc_areas[doc] = frozenset(areas[doc])
            if texts.get(doc):
                self._doc_texts[doc] = frozenset(texts[doc])
                self._texts.update(texts[doc])
            if doc in floors:
                self._floors[doc] = floors[doc]
        return stated

    def _set_homes(self, entities: dict[str, Any], rows: list[dict[str, str | None]]) -> None:
        """Each entity's home: the areas of the documents that state facts about it."""
        for row in rows:
            e = entities.get(row["e"] or "")
            if e is not None:
                e.home |= self._doc_areas.get(row["doc"] or "", frozenset())

    # -- refreshing

    def _refresh(self, docs: set[str], subjects: set[str]) -> None:
        assert self._index is not None
        self.refreshes += 1
        index = self._index
        touched = set(subjects)
        held_before = {n for n, c in self._held.items() if c > 0}
        for doc in docs:
            touched |= self._doc_entities.pop(doc, frozenset())
            self._held.subtract(self._doc_areas.pop(doc, frozenset()))
            self._texts.subtract(self._doc_texts.pop(doc, frozenset()))
            self._floors.pop(doc, None)
            self.facts -= self._doc_facts.pop(doc, 0)
            self._doc_order.pop(doc, None)
        self._read_documents(docs)
        for doc in docs:
            touched |= self._doc_entities.get(doc, frozenset())
            self._held.update(self._doc_areas.get(doc, frozenset()))
        fresh = EntityIndex.rows_to_entities(run_scoped(self.store, "labels_of.rq", "e", touched))
        self._set_homes(fresh, run_scoped(self.store, "entity_documents_of.rq", "e", touched))
        for iri in touched:
            old = index.entities.get(iri)
            if old is not None:
                self._held.subtract(EntityIndex.place_names_of(old))
        for e in fresh.values():
            self._held.update(EntityIndex.place_names_of(e))
        index.replace(touched, fresh)
        self._texts = +self._texts  # drop the texts no document holds any more
        self._held = +self._held
        if subjects:
            self._loose_texts = self._loose()
        if {n for n, c in self._held.items() if c > 0} != held_before:
            self._places = None
        self._vocabulary = None
        self._listing = None
        self._memo = {}
