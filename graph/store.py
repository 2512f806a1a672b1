"""The persistent graph store: one directory on disk holding an embedded Oxigraph database.

Every source document has its own named graph (its IRI names the document) holding its metadata, facts and
evidence. The default graph is their merge: each triple any document states, once (graph/merged.py); queries
see it unless a dataset is given. Loading, replacing or removing a document is one SPARQL Update, which
Oxigraph runs as one transaction: the store shows the old version or the new one, in both views, never half
of either.
"""

from __future__ import annotations

import itertools
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from ..errors import LoadError, QueryError, StoreError, StoreLockedError
from ..ontology.vocab import GKG, PREFIXES, sparql_prefixes
from . import merged
from .build import BUILD_VERSION, build
from .changes import ChangeLog
from .model import SourceDocument
from .survey import Surveying

ENV_STORE = "GOVKG_STORE"


def default_store_path() -> Path:
    """Where the default store lives: $XDG_DATA_HOME/govkg/store, else ~/.local/share/govkg/store."""
    data_home = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(data_home) / "govkg" / "store"


@dataclass
class LoadOutcome:
    iri: str
    status: str  # "loaded" | "replaced" | "unchanged"
    facts: int
    quads: int


QueryResult = Any  # pyoxigraph QuerySolutions | QueryBoolean | QueryTriples


class GraphStore(Protocol):
    """What the rest of govkg needs from a store; an embedded one and a remote one both provide it."""

    location: str

    def query(
        self, sparql: str, *, default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
        substitutions: dict[str, Any] | None = None,
    ) -> QueryResult: ...

    def update(self, sparql: str) -> None: ...

    def load_document(self, doc: SourceDocument) -> LoadOutcome: ...

    def remove_document(self, iri: str) -> bool: ...

    def batch(self, max_documents: int = ...) -> WriteBatch:
        """A batch whose documents are committed in groups, one transaction per group."""
        ...

    def dump(self, fmt: ox.RdfFormat) -> bytes: ...

    def close(self) -> None: ...


def _term(node: Any) -> str:
    return str(node)


def document_quads(doc: SourceDocument) -> list[ox.Quad]:
    """Every quad DOC's graph (and any graph its RDF names) will hold, each once."""
    meta, quads = build(doc)
    raw_quads: list[ox.Quad] = []
    if doc.raw_rdf is not None:
        data, media_type = doc.raw_rdf
        fmt = ox.RdfFormat.from_media_type(media_type)
        for q in ox.parse(data, format=fmt, base_iri=doc.iri if fmt != ox.RdfFormat.N_QUADS else None):
            graph = q.graph_name
            if isinstance(graph, ox.DefaultGraph):
                graph = ox.NamedNode(doc.iri)
            raw_quads.append(ox.Quad(q.subject, q.predicate, q.object, graph))
    return list(dict.fromkeys(meta + quads + raw_quads))


def with_merged_copies(quads: list[ox.Quad]) -> list[ox.Quad]:
    """QUADS and their copies in the default graph (which holds the merge of the named graphs), each copy
    once: the papers of a group restate the same bodies' types and labels (an eighth of a group's copies at
    ten councils), and a copy costs the bulk writer about 25 times what dropping it here does."""
    # A quad made without a graph is in the default graph: a third of the time of naming one for each copy.
    return quads + list(dict.fromkeys([ox.Quad(q.subject, q.predicate, q.object) for q in quads]))


def document_update(doc: SourceDocument) -> tuple[str, int]:
    """The single SPARQL Update that replaces DOC's graph, keeping the merged default graph in step; and the
    number of quads DOC's graph (and any graph its RDF names) will hold."""
    all_quads = document_quads(doc)
    by_graph: dict[str, list[ox.Quad]] = {}
    for q in all_quads:
        by_graph.setdefault(q.graph_name.value, []).append(q)
    parts = ["INSERT DATA {"]
    for graph, members in by_graph.items():
        parts.append(f"GRAPH <{graph}> {{")
        parts.extend(f"{_term(q.subject)} {_term(q.predicate)} {_term(q.object)} ." for q in members)
        parts.append("}")
    parts.append("}")
    update = merged.replace_graphs([doc.iri], "\n".join(parts), list(by_graph))
    return update, len(all_quads)


def removal_update(iri: str) -> str:
    """The single SPARQL Update that removes a document's graph and what only it stated from the default graph."""
    return merged.replace_graphs([iri], None, [])


def stored_state(sha256: str, build_version: str | None) -> str:
    return f"{sha256} build {build_version or '1'}"


def dataset_kwargs(default_graph: Sequence[str] | None, named_graphs: Sequence[str] | None) -> dict[str, Any]:
    """pyoxigraph query arguments for a SPARQL dataset: the store's default graph (the merge of the named
    graphs, each triple once) unless one is given."""
    kwargs: dict[str, Any] = {}
    if default_graph is not None:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph]
    if named_graphs is not None:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    return kwargs


# A load commits documents in groups: one transaction per group (each document whole in it, so a reader sees
# a document entirely or not at all), and one flush per load, not one per document.
BATCH_DOCUMENTS = 64
BATCH_BYTES = 16 * 1024 * 1024  # of update text held before it is committed
# An embedded store's groups are larger: each group of new documents is one bulk write, and every bulk write
# leaves files the store must later merge, so fewer and larger writes cost less CPU as the store grows (1,680
# papers into a fresh store: 21.2-21.3 s of CPU in groups of 256 against 26.5-27.5 s in groups of 64). Memory
# stays bounded by the group's quads (two groups are held while one is written and the next built).
LOCAL_BATCH_DOCUMENTS = 256
ENV_BATCH_DOCUMENTS = "GOVKG_BATCH_DOCUMENTS"  # a smaller group, for a machine with little memory to spare
LOCAL_BATCH_QUADS = 400_000  # quads of new documents (their copies not counted) held before they are written
BULK_CHUNK = 200_000  # quads merged into the default graph per bulk write (bounded memory)
BULK_WRITE_QUADS = 5_000  # a group of new documents this large is written by the bulk loader


@dataclass
class _Pending:
    iri: str
    text: str | None  # the replacing update; None for a new document, written as QUADS
    outcome: LoadOutcome
    done: Callable[[LoadOutcome], None]
    failed: Callable[[Exception], None]
    quads: list[ox.Quad] | None = None


@dataclass
class _Written:
    """What a group's commit did: the documents committed (in load order), the failures, the transactions."""

    committed: list[_Pending]
    failures: list[tuple[_Pending, Exception]]
    transactions: int


class WriteBatch:
    """Documents loaded through one batch are committed in transactions of at most MAX_DOCUMENTS documents
    (and MAX_BYTES of update text); DONE hears of each document once its transaction has committed. A group
    that fails is committed again one document at a time, so one bad document fails alone.

    With OVERLAP, a group is written in a thread of its own while the next group's documents are built: the
    store's writers release the GIL, so the Rust bulk write (half of the path's CPU) runs beside the Python
    that builds the next papers' quads. At most one group is in flight (memory stays bounded to two groups);
    a group still commits as one transaction, and its documents are announced (DONE, FAILED, the store's
    change journal) from the caller's thread once it has committed, before the next group is written."""

    def __init__(self, store: Any, max_documents: int = BATCH_DOCUMENTS, max_bytes: int = BATCH_BYTES, *,
                 overlap: bool = False, max_quads: int | None = None):
        self.store = store
        self.max_documents = max(1, max_documents)
        self.max_bytes = max_bytes
        # new documents' quads are counted apart from update text when MAX_QUADS is given (else as bytes, at
        # 120 a quad), so that larger bulk groups do not also allow larger update transactions
        self.max_quads = max_quads
        self.pending: list[_Pending] = []
        self.size = 0
        self.quads = 0
        self.transactions = 0
        # a single document gains nothing from a second thread; a remote store's session stays in one thread
        self.overlap = overlap and self.max_documents > 1
        self._writer: ThreadPoolExecutor | None = None
        self._in_flight: Future[_Written] | None = None
        self._flying: set[str] = set()  # IRIs of the group in flight

    def load(
        self, doc: SourceDocument, done: Callable[[LoadOutcome], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        if doc.iri in self._flying or any(p.iri == doc.iri for p in self.pending):
            self.commit()  # the same document twice: the second is compared with the first as committed
        previous = self.store.document_hash(doc.iri)
        if previous == stored_state(doc.sha256, BUILD_VERSION):
            done(LoadOutcome(doc.iri, "unchanged", len(doc.facts), 0))
            return
        if previous is None and hasattr(self.store, "extend_quads") and not self.store.holds_graph(doc.iri):
            # A new document: nothing to retract, so its quads and their merged copies are written as they
            # are, with no update text to build and parse. (A graph of that name left without a hash, by an
            # update or a load cut short, is replaced by the update instead.)
            quads = document_quads(doc)
            outcome = LoadOutcome(doc.iri, "loaded", len(doc.facts), len(quads))
            self.pending.append(_Pending(doc.iri, None, outcome, done, failed or _reraise, quads))
            if self.max_quads is None:
                self.size += 120 * len(quads)
            else:
                self.quads += len(quads)
        else:
            text, count = document_update(doc)
            outcome = LoadOutcome(doc.iri, "replaced" if previous else "loaded", len(doc.facts), count)
            self.pending.append(_Pending(doc.iri, text, outcome, done, failed or _reraise))
            self.size += len(text)
        if (len(self.pending) >= self.max_documents or self.size >= self.max_bytes
                or (self.max_quads is not None and self.quads >= self.max_quads)):
            self._submit()

    def commit(self) -> None:
        """Write the pending documents, and wait until they (and any group in flight) have committed."""
        self._submit()
        self.settle()

    def _submit(self) -> None:
        """Write the pending documents as one group: at once, or (with OVERLAP) in the writer thread, after the
        group before it has been announced."""
        group, self.pending, self.size, self.quads = self.pending, [], 0, 0
        if not group:
            return
        self.settle()
        new = [p for p in group if p.text is None]
        # the copies are made here, in Python, so that the writer thread holds the GIL as little as it can
        quads = with_merged_copies([q for p in new for q in p.quads or []]) if new else []
        if not self.overlap:
            self._announce(self._write_group(group, quads))
            return
        if self._writer is None:
            self._writer = ThreadPoolExecutor(1, thread_name_prefix="govkg-write")
        self._flying = {p.iri for p in group}
        self._in_flight = self._writer.submit(self._write_group, group, quads)

    def settle(self) -> None:
        """Wait for the group in flight, and announce what it committed."""
        flight, self._in_flight = self._in_flight, None
        if flight is None:
            return
        try:
            written = flight.result()  # an error other than a document's own stops the load, as it did inline
        finally:
            self._flying = set()
        self._announce(written)

    def _write_group(self, group: list[_Pending], quads: list[ox.Quad]) -> _Written:
        new = [p for p in group if p.text is None]
        replacing = [p for p in group if p.text is not None]
        written = _Written([], [], 0)
        for part, write in ((new, self._write_new), (replacing, self._write_replacing)):
            if not part:
                continue
            try:
                write(part, quads)
                written.transactions += 1
                written.committed += part
            except (QueryError, StoreError):
                for p in part:  # one at a time, so a bad document fails alone
                    try:
                        write([p], None)
                        written.transactions += 1
                        written.committed.append(p)
                    except (QueryError, StoreError) as e:
                        written.failures.append((p, e))
        written.committed.sort(key=group.index)
        return written

    def _announce(self, written: _Written) -> None:
        self.transactions += written.transactions
        # the journal first: a FAILED that raises (a single document's load) must not leave the committed
        # documents untold to the indexes that follow the store
        self.store.documents_written([p.iri for p in written.committed])
        for p, e in written.failures:
            p.failed(e)
        for p in written.committed:
            p.done(p.outcome)

    def _write_new(self, part: list[_Pending], quads: list[ox.Quad] | None) -> None:
        """PART's quads and copies: QUADS when it is the whole group's new documents, else made again from the
        documents (a group that failed, written one document at a time)."""
        if quads is None:
            quads = with_merged_copies([q for p in part for q in p.quads or []])
        self.store.extend_quads(quads)

    def _write_replacing(self, part: list[_Pending], _quads: list[ox.Quad] | None) -> None:
        self.store._run_update(" ;\n".join(p.text or "" for p in part))

    def close(self) -> None:
        try:
            self.commit()
        finally:
            if self._writer is not None:
                self._writer.shutdown(wait=True)
                self._writer = None
        self.store.flush()

    def __enter__(self) -> WriteBatch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _reraise(e: Exception) -> None:
    raise e


class QueryHelpers:
    """select() and ask() with govkg's prefixes and bound values, for any store with query()."""

    def query(self, sparql: str, **kwargs: Any) -> QueryResult:
        raise NotImplementedError

    def select(self, sparql: str, **bindings: Any) -> list[dict[str, Any]]:
        """Run a SELECT with govkg's prefixes; rows as dicts of Python values (None for unbound)."""
        subs = {k: _to_term(v) for k, v in bindings.items()}
        result = self.query(sparql_prefixes() + sparql, substitutions=subs)
        names = [v.value for v in result.variables]
        return [{name: _py(row[name]) for name in names} for row in result]

    def ask(self, sparql: str, **bindings: Any) -> bool:
        subs = {k: _to_term(v) for k, v in bindings.items()}
        return bool(self.query(sparql_prefixes() + sparql, substitutions=subs))


READ_ONLY_ATTEMPTS = 20
# The question engine's name index, saved in the store's folder (questions/saved.py); removed by every write.
SAVED_INDEX_FILE = "govkg-name-index.pickle"


def open_read_only(path: str) -> ox.Store:
    """Open PATH read-only; retried, because a writer holding the store may be deleting files it has just
    compacted while this snapshot lists them."""
    delay = 0.01
    for attempt in range(READ_ONLY_ATTEMPTS):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError):
            if attempt == READ_ONLY_ATTEMPTS - 1:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
    raise AssertionError("unreachable")


def begin_file_replacement(store: Any, doc: SourceDocument, check: Callable[[], int], *,
                           check_fresh: bool = True) -> tuple[str | None, int | None] | None:
    """The common start of loading an RDF file as document DOC into STORE (embedded or remote): None when the
    stored version is this file as this build reads it; else CHECK parses the whole file before anything is
    written, the previous version is removed, and (its hash, the file's quad count) are returned. With
    CHECK_FRESH false a file that replaces nothing is not checked here (quad count None): the caller's load
    checks it and writes all of it or nothing."""
    previous = store.document_hash(doc.iri)
    if previous == stored_state(doc.sha256, BUILD_VERSION):
        return None
    if not check_fresh and previous is None and not store.holds_graph(doc.iri):
        return None, None
    quads = check()
    if previous is not None:
        store._run_update(removal_update(doc.iri))
    return previous, quads


@contextmanager
def rdf_read_errors(path: str | os.PathLike[str], fmt: ox.RdfFormat) -> Iterator[None]:
    """Parse errors in the RDF file PATH as LoadErrors naming it (and the line, in the parser's message)."""
    try:
        yield
    except SyntaxError as e:
        raise LoadError(str(path), f"not valid {fmt.name}: {e}") from None
    except ValueError as e:
        raise LoadError(str(path), f"cannot read as {fmt.name}: {e}") from None
    except OSError as e:
        raise LoadError(str(path), f"cannot read: {e.strerror or e}") from None


# Whole Turtle files up to this size are read to look for blank nodes outside strings, IRIs and comments;
# a larger one is only searched for the characters that start one (memory stays bounded).
BLANK_SCAN_BYTES = 256 * 1024 * 1024
# A Turtle file's strings, IRIs and comments: where "_:", "[" and "(" start no blank node.
_TURTLE_TEXT = re.compile(
    rb'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"'
    rb"|'(?:[^'\\\n]|\\.)*'|<[^>\s]*>|#[^\n]*"
)
_BLANK_START = re.compile(rb"_:|\[|\(")


def may_hold_blank_nodes(path: str, fmt: ox.RdfFormat) -> bool:
    """Whether the triples file PATH may name a blank node: False only when it certainly names none. In
    N-Triples a blank node is written `_:`; in Turtle also `[` and a collection's `(`, which a Turtle file's
    text may hold in its strings (ten councils: 3,054 lines), so those are set aside first (turtle_names_blank_node).
    Any other format: True."""
    if fmt not in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE):
        return True
    markers = (b"_:",) if fmt == ox.RdfFormat.N_TRIPLES else (b"_:", b"[", b"(")
    with open(path, "rb") as f:
        if os.path.getsize(path) <= BLANK_SCAN_BYTES:
            data = f.read()
            if not any(m in data for m in markers):
                return False
            return fmt == ox.RdfFormat.N_TRIPLES or turtle_names_blank_node(data)
        tail = b""
        while chunk := f.read(1 << 20):
            if any(m in tail + chunk for m in markers):
                return True
            tail = chunk[-1:]  # "_:" split between two reads
    return False


def turtle_names_blank_node(data: bytes) -> bool:
    """Whether the Turtle text DATA writes a blank node (`_:`, `[` or `(`) outside its strings, IRIs and
    comments. Only a long string (triple quotes) may span lines, so a text without one is read line by line,
    and only the lines that hold one of the three characters: a file whose strings hold them on a few thousand
    lines is read in 0.07 s of CPU, not by rewriting all of it (0.23 s for ten councils' 19.6 MB)."""
    if b'"""' in data or b"'''" in data:
        return _BLANK_START.search(_TURTLE_TEXT.sub(b" ", data)) is not None
    markers = (b"[", b"(", b"_:")
    # each marker's next place, by bytes.find (a memchr: 5x faster than the regular expression over a file),
    # looked for again only once the reading has passed it, so the file is searched once per marker
    nxt = [data.find(m) for m in markers]
    while True:
        at = min((i for i in nxt if i >= 0), default=-1)
        if at < 0:
            return False
        start = data.rfind(b"\n", 0, at) + 1
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        if _BLANK_START.search(_TURTLE_TEXT.sub(b" ", data[start:end])):
            return True
        nxt = [data.find(m, end) if 0 <= i < end else i for m, i in zip(markers, nxt, strict=True)]


def _in_graph_and_default(triples: Iterable[ox.Quad], graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """Each triple (parsed into the default graph) in GRAPH and as it is."""
    for q in triples:
        s, p, o, _ = q
        yield ox.Quad(s, p, o, graph)
        yield q


class LocalStore(QueryHelpers):
    """An embedded Oxigraph store in one directory (or in memory when path is None, for tests)."""

    def __init__(self, path: str | os.PathLike[str] | None, *, read_only: bool = False):
        self.path = None if path is None else Path(path)
        self.location = str(self.path) if self.path else ":memory:"
        self.read_only = read_only
        self.changes = ChangeLog()  # what each write touched, for readers that keep derived indexes
        self.writes_begun = 0  # writes this object has started (see _writable)
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = open_read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as e:
            if "lock" in str(e).lower():
                raise StoreLockedError(
                    f"store {self.location} is in use by another govkg process (is `govkg serve` running on it?)"
                ) from None
            raise StoreError(f"cannot open store {self.location}: {e}") from None
        if self.path is not None and not read_only:
            self._merge_default_graph()

    # -- reading

    def query(
        self, sparql: str, *, default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
        substitutions: dict[str, Any] | None = None,
    ) -> QueryResult:
        kwargs = dataset_kwargs(default_graph, named_graphs)
        if substitutions:
            kwargs["substitutions"] = {ox.Variable(k): v for k, v in substitutions.items()}
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as e:
            raise QueryError(str(e)) from None
        except OSError as e:
            raise StoreError(f"store {self.location}: {e}") from None

    def quad_count(self) -> int:
        """Quads in every graph: the documents' graphs and the merged default graph."""
        return len(self._store)

    def triple_count(self) -> int:
        """Triples in the default graph (the merge: each triple once)."""
        return int(next(iter(self._store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0].value)

    # -- writing

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only")
        self._begin_write()

    def _begin_write(self) -> None:
        """Called before anything is written (by every write, the internal ones too)."""
        # counted before anything is written: a reader that finds it unchanged knows no write of this process
        # began meanwhile (the journal records a write only once it has committed)
        self.writes_begun += 1
        if self.path is not None:
            # The question index saved beside the store (questions/saved.py) no longer says what the store
            # holds: gone before the write, so a process stopped half-way never leaves a stale one. The
            # process that keeps its index in step with the write saves it again when it closes the store.
            try:
                (self.path / SAVED_INDEX_FILE).unlink(missing_ok=True)
            except OSError as e:
                raise StoreError(f"store {self.location}: cannot remove its saved question index: {e}") from None

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update; the default graph stays the merge of the named graphs it writes."""
        self._writable()
        try:
            self._run_update(merged.maintained(sparql))
        except QueryError:
            merged.reraise_own_error(sparql)
            raise
        self.changes.record_update(sparql)

    def _run_update(self, sparql: str) -> None:
        self._begin_write()
        try:
            self._store.update(sparql)
        except SyntaxError as e:
            raise QueryError(str(e)) from None
        except OSError as e:
            raise StoreError(f"store {self.location}: {e}") from None

    def _merge_default_graph(self) -> None:
        """Bring a store written by an older govkg (metadata only in the default graph, no merged copy of the
        named graphs) to the current layout, in one transaction."""
        text = ox.NamedNode(str(GKG.plainText))
        first = next(iter(self._store.quads_for_pattern(None, text, None, None)), None)
        if first is None or isinstance(first.graph_name, ox.DefaultGraph):
            return
        if next(iter(self._store.quads_for_pattern(first.subject, text, None, ox.DefaultGraph())), None):
            return
        self._run_update(merged.MIGRATE)
        self.flush()

    def document_hash(self, iri: str) -> str | None:
        """The content hash of the document IRI as stored, with the build version it was built with
        ('<hash> build <version>'), so a document built by an earlier govkg is built again."""
        rows = list(self._store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(str(GKG.sha256)), None,
                                                  ox.DefaultGraph()))
        if not rows:
            return None
        built = list(self._store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(str(GKG.buildVersion)), None,
                                                   ox.DefaultGraph()))
        return stored_state(rows[0].object.value, built[0].object.value if built else None)

    def load_document(self, doc: SourceDocument) -> LoadOutcome:
        """Add DOC, replace its previous version, or do nothing when it has not changed."""
        self._writable()
        outcomes: list[LoadOutcome] = []
        with WriteBatch(self, 1) as batch:
            batch.load(doc, outcomes.append)
        return outcomes[0]

    def batch(self, max_documents: int | None = None) -> WriteBatch:
        """Load many documents in transactions of up to MAX_DOCUMENTS each (by default LOCAL_BATCH_DOCUMENTS,
        or $GOVKG_BATCH_DOCUMENTS; and LOCAL_BATCH_QUADS of new documents' quads), flushed once at the end;
        each group written while the next is built."""
        self._writable()
        if max_documents is None:
            max_documents = int(os.environ.get(ENV_BATCH_DOCUMENTS) or LOCAL_BATCH_DOCUMENTS)
        return WriteBatch(self, max_documents, overlap=True, max_quads=LOCAL_BATCH_QUADS)

    def holds_graph(self, iri: str) -> bool:
        """Whether the named graph IRI holds anything."""
        return next(iter(self._store.quads_for_pattern(None, None, None, ox.NamedNode(iri))), None) is not None

    def extend_quads(self, quads: list[ox.Quad]) -> None:
        """Add QUADS, all or none: a large group through the bulk loader (new files ingested in one step, which
        costs a fraction of a transaction's per-quad work), a small one in a transaction (so that a document
        at a time does not leave a trail of tiny files)."""
        self._writable()
        try:
            if len(quads) >= BULK_WRITE_QUADS:
                self._store.bulk_extend(quads)
            else:
                self._store.extend(quads)
        except OSError as e:
            raise StoreError(f"store {self.location}: {e}") from None

    def documents_written(self, iris: list[str]) -> None:
        # one entry for the transaction's documents: a subscriber follows them in one step, not one per paper
        if iris:
            self.changes.record(documents=iris)

    def remove_document(self, iri: str) -> bool:
        self._writable()
        if self.document_hash(iri) is None:
            return False
        self._run_update(removal_update(iri))
        self.flush()
        self.changes.record(documents=[iri])
        return True

    def load_rdf_file(
        self, doc: SourceDocument, path: str | os.PathLike[str], fmt: ox.RdfFormat, check: Callable[[], int]
    ) -> LoadOutcome:
        """Load an RDF file as document DOC on the bulk path: streamed from disk by Oxigraph's bulk loader, so
        memory stays bounded whatever the file's size. A triples file goes into DOC's graph (and the merged
        default graph); a dataset file keeps its graphs, its default graph included (a restored export is the
        store it came from), and its named graphs are merged into the default graph.

        A new file is parsed once: the parser checks it as it goes (every IRI too) and the bulk loader writes
        all of it or, at the first error, nothing (the error names the line). A file replacing a previous version is
        first parsed in full by CHECK (which raises on an error and returns its number of quads), so the old
        version stays until the new one is known to be whole. DOC's metadata, with its hash, is written last:
        a load cut short leaves no hash, so the next load of the file does it again. Readers may see the
        file's quads before their merged copies (the two bulk writes are not one transaction)."""
        self._writable()
        begun = begin_file_replacement(self, doc, check, check_fresh=False)
        if begun is None:
            return LoadOutcome(doc.iri, "unchanged", 0, 0)
        previous, checked = begun
        source = {"path": str(path), "format": fmt, "base_iri": doc.iri}
        if fmt.supports_datasets:
            quads = self._load_dataset(source, lenient=checked is not None)
        else:
            quads = self._load_triples(source, ox.NamedNode(doc.iri), lenient=checked is not None)
        meta, own = build(doc)
        merged_copy = [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in meta + own]
        self._store.extend(meta + own + merged_copy)  # one transaction: the hash marking it complete comes last
        self.flush()
        self.changes.record(everything=True)  # a file may describe anything
        return LoadOutcome(doc.iri, "replaced" if previous else "loaded", 0, quads + len(meta) + len(own))

    def _load_triples(self, source: dict[str, Any], graph: ox.NamedNode, *, lenient: bool) -> int:
        """A triples file into GRAPH (checked as it is read, unless LENIENT: checked already), then into the
        default graph; both passes in Rust. Its number of triples.

        The bulk loader names blank nodes afresh on every pass, so a file that may name a blank node is parsed
        once instead and each triple written twice by one bulk write (about 15% more CPU): two passes would
        give the default graph's copies nodes of their own, not the merge, and left behind by a removal."""
        if may_hold_blank_nodes(source["path"], source["format"]):
            with rdf_read_errors(source["path"], source["format"]):
                triples = ox.parse(path=source["path"], format=source["format"], base_iri=source["base_iri"],
                                   rename_blank_nodes=True, lenient=lenient)
                self._begin_write()
                self._store.bulk_extend(_in_graph_and_default(triples, graph))  # all or nothing
        else:
            with rdf_read_errors(source["path"], source["format"]):
                self._store.bulk_load(**source, to_graph=graph, lenient=lenient)
            self._store.bulk_load(**source, to_graph=ox.DefaultGraph(), lenient=True)  # checked by the first
        count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
        return int(next(iter(self._store.query(count)))[0].value)

    def _load_dataset(self, source: dict[str, Any], *, lenient: bool) -> int:
        """A dataset file with its graphs, and the merged copies of its named graphs' triples that its default
        graph lacks (none when the file carries the merge, as a govkg export does), in one bulk write, checked
        as it is read (unless LENIENT): the file is parsed once and its quads pass a survey (graph/survey.py)
        that adds the copies on their way to the bulk loader. Its quads."""
        surveying = Surveying()
        self._begin_write()
        with rdf_read_errors(source["path"], source["format"]):
            # renamed as the bulk loader renames them: a blank node is the file's own, not one of another file
            # that happens to use the same label
            quads = ox.parse(path=source["path"], format=source["format"], base_iri=source["base_iri"],
                             rename_blank_nodes=True, lenient=lenient)
            self._store.bulk_extend(surveying.passing(quads))  # all or nothing, as bulk_load
        return surveying.result().quads

    def bulk_load(self, data: bytes | str | os.PathLike[str], fmt: ox.RdfFormat, *, merge: bool = True) -> int:
        """Fast, non-transactional load of a whole dataset file (for generated national-scale data); the
        triples of its named graphs are merged into the default graph on the way, unless MERGE is false
        (the file holds the merge already). Returns how many triples the default graph gained."""
        self._writable()
        before = self.triple_count()
        source = {"input": data} if isinstance(data, bytes) else {"path": str(data)}
        self._store.bulk_load(format=fmt, **source)
        if merge and fmt.supports_datasets:
            self._merge_named(ox.parse(format=fmt, **source))
        self.flush()
        # The bulk loader ingests its files at level 0 and leaves them there. Left so, the next process to open
        # the store for writing (`govkg serve`) compacts them in the background, and query workers that opened it
        # read-only just before keep a view of files the compaction deletes: at a hundred councils their first
        # queries ran out of the 4096 MB cap or past 60 s (issue 15). Compacted here, at 12% of the load's time
        # there, the store is left as every later opener will find it.
        self._store.optimize()
        self.changes.record(everything=True)
        return self.triple_count() - before

    def _merge_named(self, quads: Iterable[ox.Quad]) -> None:
        """Copy the named-graph quads among QUADS into the default graph, at bulk-load speed."""
        self.bulk_extend_chunked(
            ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
            for q in quads
            if not isinstance(q.graph_name, ox.DefaultGraph)
        )

    def bulk_extend_chunked(self, quads: Iterable[ox.Quad]) -> None:
        """Bulk-write QUADS a bounded slice at a time (bulk_extend holds what it is given in memory)."""
        self._begin_write()
        quads = iter(quads)
        while chunk := list(itertools.islice(quads, BULK_CHUNK)):
            self._store.bulk_extend(chunk)

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()

    # -- whole-store

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        """Dataset formats: every graph, the merged default graph included (so any store that loads the file
        answers as govkg does, with no union setting). Triple formats: the default graph, each triple once."""
        if fmt.supports_datasets:
            return self._store.dump(format=fmt, prefixes=PREFIXES)
        return self._store.dump(format=fmt, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def quads(self, graph: str | None = None) -> Iterable[ox.Quad]:
        g = None if graph is None else (ox.DefaultGraph() if graph == "" else ox.NamedNode(graph))
        return self._store.quads_for_pattern(None, None, None, g)

    def raw(self) -> ox.Store:
        """The underlying pyoxigraph store, for the few callers that need its serialisers."""
        return self._store

    def close(self) -> None:
        self.flush()
        del self._store


def _to_term(value: Any) -> Any:
    if isinstance(value, ox.NamedNode | ox.Literal | ox.BlankNode):
        return value
    if isinstance(value, str) and value.startswith(("http://", "https://", "urn:")):
        return ox.NamedNode(value)
    return ox.Literal(str(value))


def _py(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt_ = term.datatype.value
        if dt_.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if dt_.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value


StoreFactory = Callable[[str], GraphStore]
_BACKENDS: dict[str, StoreFactory] = {}


def register_backend(scheme: str, factory: StoreFactory) -> None:
    """Register a store backend for locations starting with SCHEME:// (rdflib-style plugin registry)."""
    _BACKENDS[scheme] = factory


def open_store(location: str | os.PathLike[str] | None, *, read_only: bool = False) -> GraphStore:
    """Open the store at LOCATION: a directory, or a URL for a registered remote backend."""
    loc = str(location) if location is not None else None
    if loc and "://" in loc:
        scheme = loc.split("://", 1)[0]
        if scheme not in _BACKENDS:
            raise StoreError(f"no store backend for {scheme}:// (known: {', '.join(sorted(_BACKENDS)) or 'none'})")
        return _BACKENDS[scheme](loc)
    return LocalStore(loc, read_only=read_only)
