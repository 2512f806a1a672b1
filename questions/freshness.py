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

import bisect
import logging
import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from ..errors import IndexWarming
from . import saved
from .lexicon import normalise
from .linking import EntityIndex
from .places import Places
from .sparql import query_text, run_file

logger = logging.getLogger(__name__)
_YEARS = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_BATCH = 400  # IRIs per VALUES block
# What a built index is, and what is saved beside the store: the rest (the lock, the caches derived from
# these, the remote store's hashes) is made again by the process that reads it.
_SAVED_FIELDS = (
    "_index", "_doc_entities", "_doc_stated", "_doc_areas", "_doc_texts", "_floors", "_doc_facts", "_doc_order",
    "_listing", "facts", "_texts", "_loose_texts", "_words", "_held", "_homes",
)


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
    questions after a write wait for one refresh rather than each doing their own.

    It follows the store's writes as they happen: subscribed to the store's journal, it reads a loaded,
    replaced or removed document in the writing thread, right after the write, and has the derived views a
    question reads (places, words) ready, so the first question after an upload costs what any other does.
    Each step is kept proportional to what the write touched, not to the graph: counts of who holds each
    place name, quotable text and home area are kept and changed by the documents' own parts, and the sorted
    views (the words, the documents listing) are changed in place. A write whose effect cannot be told (a
    bulk load, an update with a WHERE clause) is left for the next look, which rebuilds."""

    def __init__(self, store: Any):
        self.store = store
        self._lock = threading.RLock()
        self._index: EntityIndex | None = None
        self._seq = 0
        self._fingerprint: Any = None
        self._memo: dict[str, Any] = {}
        # per document: entities named or stated about, those stated about, areas, quotable text, earliest
        # year named (undated)
        self._doc_entities: dict[str, frozenset[str]] = {}
        self._doc_stated: dict[str, frozenset[str]] = {}
        self._doc_areas: dict[str, frozenset[str]] = {}
        self._doc_texts: dict[str, frozenset[str]] = {}
        self._floors: dict[str, int] = {}
        self._doc_facts: dict[str, int] = {}  # every document, with how many facts it states
        self._doc_order: dict[str, tuple[str, str]] = {}  # every document listed: (load time, title)
        self._listing: list[tuple[tuple[str, str], str]] = []  # ((load time, title), doc), ascending
        self.facts = 0
        self._texts: Counter[str] = Counter()
        self._loose_texts: frozenset[str] = frozenset()  # quotable text no document's graph holds
        self._words: list[str] = []  # sorted: the texts held, and the loose texts
        self._vocabulary: tuple[str, ...] | None = None
        self._held: Counter[str] = Counter()  # place names the graph holds, by how many things hold them
        # entity -> area -> how many documents of that area state facts about it (an entity's home is the
        # areas counted): kept by count so that a document removed takes away only what it gave
        self._homes: dict[str, dict[str, int]] = {}
        self._places: Places | None = None
        self._remote_hashes: dict[str, str] | None = None
        self._remote_stamp: tuple[str | None, str | None] | None = None
        self.rebuilds = 0  # full builds so far (for tests and the benchmark)
        self.refreshes = 0  # incremental refreshes so far
        self.loaded_saved = 0  # times the index was read from the file beside the store
        # The saved file's stamp and the journal position it reflects, as last read or written by this process
        self._saved_as: tuple[dict[str, Any], int] | None = None
        # While a server's start-up thread builds or reads the index, other threads are told so at once
        # (IndexWarming) rather than waiting minutes behind the lock.
        self._warmer: threading.Thread | None = None
        self.warm_started = 0.0
        self.warm_seconds: float | None = None  # how long the index took to be ready at the last warm-up
        self.warm_running = False  # the warm-up thread is running (the index, then what THEN warms)
        log = getattr(store, "changes", None)
        if log is not None and hasattr(log, "subscribe"):
            log.subscribe(self._written)

    # -- what callers read

    @property
    def warming(self) -> bool:
        return self._warmer is not None

    @property
    def built(self) -> bool:
        return self._index is not None

    def current(self) -> EntityIndex:
        warmer = self._warmer
        if warmer is not None and warmer is not threading.current_thread():
            raise IndexWarming(
                "the question index of this store is being prepared since the server started "
                f"({time.monotonic() - self.warm_started:.0f} s ago); pages that name things and questions are "
                "answered once it is ready (the SPARQL endpoint answers meanwhile)"
            )
        with self._lock:
            try:
                pending = self._pending()
                if self._index is None or pending is None:
                    self._rebuild()
                elif pending[0] or pending[1]:
                    self._refresh(*pending)
            except BaseException:
                self._index = None  # half followed: the next look builds it again
                raise
            assert self._index is not None
            return self._index

    def _written(self, change: Any) -> None:
        """A write was recorded (called in the writing thread): follow it now, unless it needs a rebuild or
        nothing has been built yet (both are left for the first look, as they cost what a start does)."""
        if self._warmer is not None:  # the start-up thread holds the lock: it follows the journal when done
            return
        with self._lock:
            if self._index is None or change.everything:
                return
            log = self.store.changes
            entries = log.since(self._seq)
            if entries is None or any(c.everything for c in entries):
                return
            self.current()
            self.places().patterns()  # compiled here, in the writer's thread, not by the next question
            self.vocabulary()

    def needs_rebuild(self) -> bool:
        """The index is built but a write since cannot be followed (a bulk load, an update with a WHERE
        clause): the next look builds it again, at the cost of a start."""
        log = getattr(self.store, "changes", None)
        if self._index is None or log is None or not hasattr(log, "since"):
            return False
        entries = log.since(self._seq)
        return entries is None or any(c.everything for c in entries)

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
                self._places = Places.build(set(self._held))
            return self._places

    def vocabulary(self) -> tuple[str, ...]:
        self.current()
        with self._lock:
            if self._vocabulary is None:
                self._vocabulary = tuple(self._words)
            return self._vocabulary

    def counts(self) -> tuple[int, int]:
        """(documents, facts they state), as of the last look; govkg's own vocabularies are not documents."""
        self.current()
        return len(self._doc_order), self.facts

    def documents(self, limit: int, offset: int = 0) -> list[str]:
        """A page of the documents, the latest loaded first (then by title)."""
        self.current()
        with self._lock:
            n = len(self._listing)
            end = max(n - offset, 0)
            start = max(end - limit, 0)
            return [doc for _, doc in reversed(self._listing[start:end])]

    def doc_areas(self, doc: str) -> frozenset[str]:
        """The normalised names of a document's areas."""
        return self._doc_areas.get(doc, frozenset())

    def papers_naming(self, iri: str) -> list[str]:
        """The documents that name IRI or state facts about it."""
        self.current()
        with self._lock:
            return [doc for doc, named in self._doc_entities.items() if iri in named]

    def named_in(self, doc: str) -> frozenset[str]:
        """The IRIs a document names or states facts about."""
        self.current()
        with self._lock:
            return self._doc_entities.get(doc, frozenset())

    def title(self, doc: str) -> str:
        """The document's title ("" when it has none)."""
        self.current()
        return self._doc_order.get(doc, ("", ""))[1]

    def undated_floors(self) -> dict[str, int]:
        self.current()
        return self._floors

    # -- at a server's start and stop

    def start_warming(self, then: Callable[[], Any] | None = None) -> threading.Thread:
        """Build the index (or read it from beside the store) in a thread of its own; until it is done, other
        threads' looks raise IndexWarming instead of waiting. THEN runs in that thread once the index is ready.
        Called before a server takes requests."""
        thread = threading.Thread(target=self._warm, args=(then,), name="govkg-index-warm", daemon=True)
        self.warm_started = time.monotonic()
        self._warmer = thread
        self.warm_running = True
        thread.start()
        return thread

    def _warm(self, then: Callable[[], Any] | None) -> None:
        try:
            self.current()
            self.places().patterns()
            self.vocabulary()
        except Exception:  # the first look after this builds it again, as a server without a warm-up did
            logger.exception("preparing the question index at start failed")
        finally:
            self.warm_seconds = time.monotonic() - self.warm_started
            self._warmer = None
        try:
            self.current()  # writes made meanwhile, which _written left to the journal
            if then is not None:
                then()
        except Exception:
            logger.exception("warming up after the question index was prepared failed")
        finally:
            self.warm_running = False

    def persist(self) -> bool:
        """Save the index beside the store (an embedded store opened for writing) if it follows every write
        made so far and the file beside the store is not already this index. Called with no write in flight (a
        server's clean stop, an API user's close). True when a file was written."""
        # A start-up build still running holds the lock for its whole length (a minute at a hundred councils):
        # its index is not finished, so there is nothing to save, and waiting for it made a SIGTERM during the
        # first start take as long as the build (issue 15). The build thread is a daemon; the process ends.
        if self._warmer is not None:
            return False
        with self._lock:
            store_dir = self._own_store_dir()
            if store_dir is None or self._index is None or self._warmer is not None:
                return False
            if self._saved_as is not None and getattr(self.store, "writes_begun", 1) == 0:
                return False  # nothing written since the file was read or written
            entries = self.store.changes.since(self._seq)
            if entries is None or any(c.everything for c in entries):
                return False  # a write that needs a rebuild: left for the next start, not done at a stop
            self.current()
            return self._save(store_dir, saved.store_stamp(self.store, store_dir))

    def _own_store_dir(self) -> str | None:
        """The folder of the embedded store this process holds for writing (so that no other process writes it
        while open), or None: only such a store's index is read from or saved beside it."""
        from ..graph.store import LocalStore

        local = getattr(self.store, "wrapped", self.store)
        if not isinstance(local, LocalStore) or local.path is None or local.read_only:
            return None
        return str(local.path)

    def _save(self, store_dir: str, stamp: dict[str, Any]) -> bool:
        if self._saved_as is not None and self._saved_as == (stamp, self._seq):
            return False  # the file says this already
        fields = {name: getattr(self, name) for name in _SAVED_FIELDS}
        if not saved.save(store_dir, saved.dumps(fields), stamp):
            return False
        self._saved_as = (stamp, self._seq)
        return True

    def _from_saved(self) -> bool:
        """Read the index from beside the store, when it was saved for the store as it is and this process has
        written nothing since opening it. True when read."""
        store_dir = self._own_store_dir()
        log = getattr(self.store, "changes", None)
        if store_dir is None or log is None or log.seq != 0:
            return False
        stamp = saved.store_stamp(self.store, store_dir)
        fields = saved.load(store_dir, stamp)
        if fields is None or set(fields) != set(_SAVED_FIELDS):
            return False
        for name, value in fields.items():
            setattr(self, name, value)
        # a write recorded while the file was read is followed from the journal's start, as any other
        self._seq = 0
        self._places = None
        self._vocabulary = None
        self._memo = {}
        self._saved_as = (stamp, 0)
        self.loaded_saved += 1
        return True

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

        if self._index is None and self._from_saved():
            return
        self.rebuilds += 1
        log = getattr(self.store, "changes", None)
        if log is not None:
            self._seq = log.seq
        store_dir = self._own_store_dir()
        # A local store has one writer, this process, whose journal says it all; a remote one may have others.
        if log is not None and not isinstance(getattr(self.store, "wrapped", self.store), LocalStore):
            self._remote_stamp = self._stamp()
            self._remote_hashes = self._document_hashes()
        index = EntityIndex.from_store(self.store)
        self._doc_entities, self._doc_stated, self._doc_areas, self._doc_texts, self._floors = {}, {}, {}, {}, {}
        self._doc_facts, self.facts, self._doc_order = {}, 0, {}
        self._texts = Counter()
        self._homes = {}
        self._read_documents(None)
        self._held = Counter()
        for e in index.entities.values():
            self._held.update(EntityIndex.place_names_of(e))
        for areas in self._doc_areas.values():
            self._held.update(areas)
        for doc, stated in self._doc_stated.items():
            self._count_home(stated, self._doc_areas.get(doc, frozenset()), 1)
        self._set_homes(index.entities.values())
        self._loose_texts = self._loose()
        self._words = sorted(set(self._texts) | self._loose_texts)
        self._listing = sorted((order, doc) for doc, order in self._doc_order.items())
        self._index = index
        self._places = None
        self._vocabulary = None
        self._memo = {}
        if store_dir is not None and getattr(self.store, "writes_begun", 1) == 0:
            # Saved at once (a build at a thousand councils takes minutes; a server killed later would lose
            # it) when this process has written nothing, before the stamp was taken either: the store then
            # holds what it held when opened, which is what was read (no other process writes a store held
            # for writing). Otherwise the index is saved when the store is closed.
            stamp = saved.store_stamp(self.store, store_dir)
            if getattr(self.store, "writes_begun", 1) == 0 and self._save(store_dir, stamp):
                if getattr(self.store, "writes_begun", 1) != 0:  # a write began while it was written
                    saved.index_path(store_dir).unlink(missing_ok=True)
                    self._saved_as = None

    def _loose(self) -> frozenset[str]:
        every = {normalise(r["text"]) for r in run_file(self.store, "vocabulary.rq") if r["text"]}
        return frozenset(every - set(self._texts))

    def _read_documents(self, docs: set[str] | None) -> None:
        """Read what each of DOCS (all when None) holds now into the per-document maps."""
        ents: dict[str, set[str]] = {}
        stated: dict[str, set[str]] = {}
        areas: dict[str, set[str]] = {}
        texts: dict[str, set[str]] = {}
        floors: dict[str, int] = {}
        facts: dict[str, int] = {}
        listed: set[str] = set()  # every document read (each has a ?listed row; ?facts only if it states any)
        order: dict[str, tuple[str, str]] = {}
        intern = sys.intern
        for row in run_scoped(self.store, "document_state.rq", "doc", docs):
            doc = row["doc"]
            if doc is None:
                continue
            if row["e"]:
                e = intern(row["e"])
                ents.setdefault(doc, set()).add(e)
                stated.setdefault(doc, set()).add(e)
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
            if stated.get(doc):
                self._doc_stated[doc] = frozenset(stated[doc])
            if areas.get(doc):
                self._doc_areas[doc] = frozenset(areas[doc])
            if texts.get(doc):
                self._doc_texts[doc] = frozenset(texts[doc])
                self._texts.update(texts[doc])
            if doc in floors:
                self._floors[doc] = floors[doc]

    def _count_home(self, entities: frozenset[str], areas: frozenset[str], step: int) -> None:
        """Count (STEP 1) or uncount (-1) a document of AREAS as stating facts about ENTITIES."""
        if not areas:
            return
        homes = self._homes
        for e in entities:
            counts = homes.get(e)
            if counts is None:
                counts = homes[e] = {}
            for a in areas:
                n = counts.get(a, 0) + step
                if n > 0:
                    counts[a] = n
                else:
                    counts.pop(a, None)
            if not counts:
                del homes[e]

    def _set_homes(self, entities: Iterable[Any]) -> None:
        """Each entity's home: the areas of the documents that state facts about it."""
        for e in entities:
            counts = self._homes.get(e.iri)
            if counts:
                e.home |= counts.keys()

    # -- refreshing

    def _refresh(self, docs: set[str], subjects: set[str]) -> None:
        assert self._index is not None
        self.refreshes += 1
        index = self._index
        touched = set(subjects)
        held_changed: set[str] = set()  # place names that came or went
        texts_changed: set[str] = set()  # texts that came or went
        gone_order: list[tuple[tuple[str, str], str]] = []
        for doc in docs:
            touched |= self._doc_entities.pop(doc, frozenset())
            areas = self._doc_areas.pop(doc, frozenset())
            self._count_home(self._doc_stated.pop(doc, frozenset()), areas, -1)
            held_changed |= _count(self._held, areas, -1)
            texts_changed |= _count(self._texts, self._doc_texts.pop(doc, frozenset()), -1)
            self._floors.pop(doc, None)
            self.facts -= self._doc_facts.pop(doc, 0)
            order = self._doc_order.pop(doc, None)
            if order is not None:
                gone_order.append((order, doc))
        self._read_documents(docs)
        for doc in docs:
            touched |= self._doc_entities.get(doc, frozenset())
            areas = self._doc_areas.get(doc, frozenset())
            held_changed |= _count(self._held, areas, 1)
            self._count_home(self._doc_stated.get(doc, frozenset()), areas, 1)
            texts_changed |= self._doc_texts.get(doc, frozenset())  # _move_words keeps only what moved
        fresh = EntityIndex.rows_to_entities(run_scoped(self.store, "labels_of.rq", "e", touched))
        self._set_homes(fresh.values())
        for iri in touched:
            old = index.entities.get(iri)
            if old is not None:
                held_changed |= _count(self._held, EntityIndex.place_names_of(old), -1)
        for e in fresh.values():
            held_changed |= _count(self._held, EntityIndex.place_names_of(e), 1)
        index.replace(touched, fresh)
        self._move_listing(gone_order, [(self._doc_order[d], d) for d in docs if d in self._doc_order])
        if subjects:
            self._loose_texts = self._loose()
            self._words = sorted(set(self._texts) | self._loose_texts)
            self._vocabulary = None
        elif texts_changed:
            self._move_words(texts_changed)
        if held_changed:
            self._places = None
        self._memo = {}

    def _move_listing(self, gone: list[tuple[tuple[str, str], str]], new: list[tuple[tuple[str, str], str]]) -> None:
        """Take GONE out of the sorted listing and put NEW in (a bisection each: the listing stays sorted)."""
        for key in gone:
            i = bisect.bisect_left(self._listing, key)
            if i < len(self._listing) and self._listing[i] == key:
                del self._listing[i]
        for key in new:
            bisect.insort(self._listing, key)

    def _move_words(self, changed: set[str]) -> None:
        """Bring the sorted words in line with the texts held, for the CHANGED texts only."""
        words = self._words
        for text in changed:
            want = self._texts.get(text, 0) > 0 or text in self._loose_texts
            i = bisect.bisect_left(words, text)
            has = i < len(words) and words[i] == text
            if want and not has:
                words.insert(i, text)
            elif has and not want:
                del words[i]
        self._vocabulary = None


def _count(counter: Counter[str], keys: Iterable[str], step: int) -> set[str]:
    """Add STEP to each of KEYS in COUNTER, dropping those that reach zero; the keys that came or went."""
    crossed: set[str] = set()
    for key in keys:
        n = counter.get(key, 0) + step
        if n > 0:
            if n == step:
                crossed.add(key)
            counter[key] = n
        else:
            if key in counter:
                crossed.add(key)
                del counter[key]
    return crossed
