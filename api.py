"""The public Python API: open a store, load papers into it, query it, ask it questions, export it.

    import govkg

    with govkg.open("my-store") as kg:
        kg.load("minutes/")
        rows = kg.select("SELECT ?body WHERE { ?body gkg:oversees ?topic }")
        answer = kg.ask("Who chairs the Channel Panel?")
        data = kg.export("turtle")

The `govkg` command and the web server are both built on this object, so what one can do the others can.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import GovKGError, QueryError, StoreLockedError
from .graph.store import ENV_STORE, GraphStore, LocalStore, default_store_path, open_store

_ROCKSDB_MARKER = "CURRENT"  # every Oxigraph (RocksDB) store directory has it


class NoStoreError(GovKGError):
    """A store was to be read, but there is none at the place named."""


def is_store(path: Path) -> bool:
    return (Path(path) / _ROCKSDB_MARKER).is_file()


class GovKG:
    """One store, and what govkg does with it. Use it as a context manager, or call close()."""

    def __init__(self, store: GraphStore, *, read_only: bool = False, note: str | None = None):
        self.store = store
        self.read_only = read_only
        self.note = note  # why the store was opened as it was, for a command line to pass on
        self._asker: Any = None

    @property
    def location(self) -> str:
        return self.store.location

    # -- writing

    def load(
        self, *paths: str | os.PathLike[str], date: str | None = None, area: str | None = None,
        progress: Callable[[Path], None] | None = None, on_result: Callable[[str, Any], None] | None = None,
        reader: Callable[..., Any] | None = None, jobs: int = 1,
    ):
        """Load documents, registers and RDF files (files or folders); returns the load report, which names
        every file that failed and why (the others still load). ON_RESULT(source, outcome or LoadError) hears
        of each document as soon as it is committed; READER reads one file (default: in this process; a
        `loaders.isolation.ParsePool(size=N).read` reads each in a capped worker process), JOBS files at once.
        Documents are written in transactions of up to 64 documents, each whole; RDF files go through the
        store's bulk loader, streamed from disk."""
        from .loaders import LoadContext
        from .pipeline import load_paths

        return load_paths(self.store, [Path(p) for p in paths], LoadContext(date=date, area=area), progress=progress,
                          on_result=on_result, reader=reader, jobs=jobs, bulk_rdf=True)

    # -- reading

    def query(self, sparql: str) -> Any:
        """Run SPARQL over the default graph (every document's triples, each once), with govkg's prefixes
        predefined: solutions for SELECT, a boolean for ASK, triples for CONSTRUCT and DESCRIBE (pyoxigraph's
        result objects)."""
        from .graph.sparql_syntax import describe
        from .ontology import sparql_prefixes

        prefixes = sparql_prefixes()
        try:
            return self.store.query(prefixes + sparql)
        except QueryError as e:
            if type(e) is not QueryError:
                raise
            # told in the caller's own lines: the prefixes written before the text are not theirs
            raise QueryError(describe(str(e), sparql, prefixes.count("\n"))) from None

    def select(self, sparql: str, **bindings: Any) -> list[dict[str, Any]]:
        """A SELECT's rows as dicts of plain Python values (None when unbound); BINDINGS give values to
        variables of the SELECT clause."""
        return self.store.select(sparql, **bindings)

    @property
    def asker(self) -> Any:
        """The question engine over this store (its name index follows each write)."""
        if self._asker is None:
            from .questions import Asker

            self._asker = Asker(self.store)
        return self._asker

    def ask(self, question: str):
        """Answer a plain-English question; an empty answer means the graph does not know."""
        return self.asker.ask(question)

    def evidence(self, iri: str) -> list[dict[str, Any]]:
        """The facts about IRI (as subject or object), each with its quote, document and date."""
        from .graph.evidence import evidence_rows

        return evidence_rows(self.store, iri)

    def stats(self) -> dict[str, Any]:
        from .graph.stats import stats

        return stats(self.store)

    def validate(self) -> list[Any]:
        """The SHACL violations of the store (none when it conforms)."""
        from .graph.validate import validate

        return validate(self.store)

    # -- exporting

    def export(self, fmt: str = "trig") -> bytes:
        """The whole store in an RDF format named by short name, suffix or media type (trig, nquads,
        turtle, ntriples, jsonld, rdfxml); quad formats keep one graph per document."""
        from .formats import rdf_format

        return self.store.dump(rdf_format(fmt))

    def diagram(self, fmt: str = "svg", *, title: str | None = None, **scope: Any) -> bytes:
        """The governance chart (svg, png, dot, graphml, mermaid, json); SCOPE as graph.diagram.Scope
        (body, area, topic, relations, as_of, depth, people)."""
        from .graph.diagram import Scope, diagram, diagram_format

        return diagram(self.store, Scope(**scope), diagram_format(fmt).name, title=title)

    def funding(self, fmt: str = "csv", *, as_of: Any = None) -> bytes:
        """Funding flows per period (csv, json, svg, png), each sum of money counted once."""
        from .graph.diagram.funding_view import render_funding

        return render_funding(self.store, fmt, as_of)

    # -- lifetime

    def close(self) -> None:
        self.save_question_index()
        self.store.close()

    def save_question_index(self) -> bool:
        """Save the question engine's name index beside an embedded store held for writing, when one was built
        and follows every write (the next process to open the store reads it instead of building it: minutes
        at national scale). Call with no write in flight; `close()` does. True when a file was written."""
        if self._asker is None:
            return False
        return bool(self._asker.state.persist())

    def __enter__(self) -> GovKG:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open_local(path: Path, read_only: bool | None) -> tuple[LocalStore, bool, str | None]:
    if read_only:
        return LocalStore(path, read_only=True), True, None
    try:
        return LocalStore(path), False, None
    except StoreLockedError:
        if read_only is False:
            raise
    # Oxigraph lets any number of readers open a store that one writer holds (say, `govkg serve`)
    note = f"the store {path} is in use by another process (govkg serve?); reading it read-only, as it stands now"
    return LocalStore(path, read_only=True), True, note


def open(  # the entry point govkg.open(store) calls
    location: str | os.PathLike[str] | None = None, *, read_only: bool | None = False, must_exist: bool = False,
) -> GovKG:
    """Open the store at LOCATION (a directory, or the URL of a remote SPARQL store).

    With no LOCATION: $GOVKG_STORE if set, else the default store in ~/.local/share/govkg/store, which is
    created and seeded with the embedded register of curated facts. READ_ONLY: False opens for writing
    (creating the directory), True for reading only, None for writing when the store is free and for
    reading when another process holds it. MUST_EXIST: a named store that is not there is an error
    ("no store at ..."), not a new empty store.
    """
    explicit = location if location is not None else os.environ.get(ENV_STORE) or None
    if explicit is not None and "://" in str(explicit):
        return GovKG(open_store(str(explicit)))
    path = Path(explicit) if explicit is not None else default_store_path()
    if explicit is not None and (must_exist or read_only) and not is_store(path):
        what = "not a govkg store" if path.exists() and any(path.iterdir()) else "no store"
        raise NoStoreError(f"{what} at {path}; create one with `govkg load --store {path} FILES...`")
    if explicit is None and read_only and not is_store(path):
        read_only = None  # the default store is created on first use, even by a reading command
    store, ro, note = _open_local(path, read_only)
    kg = GovKG(store, read_only=ro, note=note)
    if explicit is None and not ro:
        _seed(kg)
    return kg


def _seed(kg: GovKG) -> None:
    from .pipeline import seed_default

    report = seed_default(kg.store)
    if not report.ok:
        kg.close()
        raise GovKGError("; ".join(str(f) for f in report.failures))
