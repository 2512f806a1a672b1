"""The load pipeline shared by the CLI and the web upload: files -> loaders -> store, with a report.

Each file is read and checked completely before anything is written; a bad file is reported by name and
skipped, and the good ones still load.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import GovKGError, LoadError
from .formats import rdf_format
from .graph.model import SourceDocument
from .graph.store import GraphStore, LoadOutcome, WriteBatch
from .loaders import LoadContext, content_hash, iter_sources, read_source
from .loaders.rdf_files import check_rdf_file, is_rdf_file, rdf_file_document
from .ontology import ontology_text

TOPICS_KEY = "govkg-topic-scheme"


@dataclass
class LoadReport:
    outcomes: list[tuple[str, LoadOutcome]] = field(default_factory=list)
    failures: list[LoadError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    transactions: int = 0  # documents are committed in groups, each group one transaction
    group_documents: int = 0  # the most documents a group holds (the store's batch decides)
    bulk_files: int = 0  # RDF files streamed through the bulk loader

    @property
    def documents(self) -> int:
        return len(self.outcomes)

    @property
    def facts(self) -> int:
        return sum(o.facts for _, o in self.outcomes)

    @property
    def ok(self) -> bool:
        return not self.failures


def ensure_vocabulary(store: GraphStore, batch: WriteBatch | None = None) -> None:
    """Load the SKOS topic scheme, which labels the topics every loader and question refers to: alone, or
    in BATCH (committed with the load's first group, and flushed with it: a flush of its own was a tenth of
    a second of every `govkg load` into a new store)."""
    text = ontology_text("topics")
    data = text.encode("utf-8")
    doc = SourceDocument(
        key=TOPICS_KEY, source="govkg:ontology/topics.ttl", text="", sha256=content_hash(data, "rdf"),
        loader="rdf", doc_type="vocabulary", title="govkg community-safety topic scheme",
        raw_rdf=(data, "text/turtle"),
    )
    if batch is None:
        store.load_document(doc)
    else:
        batch.load(doc, lambda _outcome: None)


Reader = Callable[[Path, LoadContext], list[SourceDocument]]
ResultFn = Callable[[str, "LoadOutcome | LoadError"], None]


def display_name(root: Path, path: Path) -> str:
    """What the store records as a document's source (dcterms:source): the path below the folder that was
    loaded, or the file's own name; never the server's absolute path."""
    if root.is_dir():
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name


def load_paths(
    store: GraphStore, paths: list[Path], ctx: LoadContext | None = None,
    progress: Callable[[Path], None] | None = None, *, reader: Reader | None = None,
    on_result: ResultFn | None = None, jobs: int = 1, bulk_rdf: bool = False,
) -> LoadReport:
    """Load every file under PATHS; one bad file never stops the others nor leaves anything half-written.

    READER reads one file into documents (default: `read_source` in this process; the server passes one
    that parses in a capped worker process). ON_RESULT hears of each document as soon as it is committed,
    and of each failure, so a caller can report progress that survives the process being killed.
    JOBS files are read at once (with a reader that works in worker processes, that many in parallel; the
    writes stay in this thread, in order). BULK_RDF sends RDF files through the store's bulk loader (streamed
    from disk, not one transaction) rather than through the document write path.
    """
    ctx = ctx or LoadContext()
    read = reader or read_source
    report = LoadReport()
    files: list[tuple[Path, str]] = []
    for path in paths:
        if not path.exists():
            report.failures.append(LoadError(str(path), "no such file or folder"))
            if on_result:
                on_result(str(path), report.failures[-1])
        else:
            files.extend((f, display_name(path, f)) for f in iter_sources([path]))
    def done(path: Path) -> Callable[[LoadOutcome], None]:
        def hear(outcome: LoadOutcome) -> None:
            report.outcomes.append((str(path), outcome))
            if on_result:
                on_result(str(path), outcome)
        return hear

    def failed(path: Path) -> Callable[[Exception], None]:
        def hear(e: Exception) -> None:
            report.failures.append(LoadError(str(path), str(e)))
            if on_result:
                on_result(str(path), report.failures[-1])
        return hear

    def bulk(path: Path) -> bool:
        return bulk_rdf and is_rdf_file(path) and hasattr(store, "load_rdf_file")

    with store.batch() as batch:
        ensure_vocabulary(store, batch)
        for path, name, docs in _read_ahead(files, read, ctx, jobs, skip=bulk):
            if progress:
                progress(path)
            try:
                if bulk(path):
                    batch.commit()  # documents before it are committed before it
                    doc = rdf_file_document(path)
                    doc.source = name
                    outcome = store.load_rdf_file(doc, path, rdf_format(path.suffix), partial(check_rdf_file, path))
                    done(path)(outcome)
                    report.bulk_files += outcome.status != "unchanged"
                    continue
                if isinstance(docs, Exception):
                    raise docs
                for doc in docs:
                    doc.source = name
                    report.warnings.extend(f"{path}: {w}" for w in doc.warnings)
                    batch.load(doc, done(path), failed(path))
                continue
            except LoadError as e:
                failure = e
            except GovKGError as e:
                failure = LoadError(str(path), str(e))
            except (ValueError, TypeError, KeyError) as e:
                # A loader bug on one odd file must not stop the rest of the folder.
                failure = LoadError(str(path), f"could not be read ({type(e).__name__}: {e})")
            report.failures.append(failure)
            if on_result:
                on_result(str(path), failure)
    report.transactions = batch.transactions
    report.group_documents = batch.max_documents
    return report


_FILE_ERRORS = (GovKGError, ValueError, TypeError, KeyError)


def _read_one(read: Reader, path: Path, ctx: LoadContext) -> list[SourceDocument] | Exception:
    try:
        return read(path, ctx)
    except _FILE_ERRORS as e:  # one bad file is reported in its turn; anything else stops the load
        return e


def _read_ahead(
    files: list[tuple[Path, str]], read: Reader, ctx: LoadContext, jobs: int, skip: Callable[[Path], bool],
) -> Iterator[tuple[Path, str, list[SourceDocument] | Exception | None]]:
    """(path, name, documents or the file's error) in the order of FILES, read JOBS at a time (a reader that
    runs each file in a worker process, such as ParsePool.read, then reads JOBS files at once); at most
    2 x JOBS files read ahead of the writer, so memory stays bounded. Files SKIP picks are not read."""
    if jobs <= 1:
        for path, name in files:
            yield path, name, None if skip(path) else _read_one(read, path, ctx)
        return
    with ThreadPoolExecutor(jobs, thread_name_prefix="govkg-read") as pool:
        ahead: deque[tuple[Path, str, Future[Any] | None]] = deque()
        rest = iter(files)

        def submit() -> None:
            for path, name in rest:
                ahead.append((path, name, None if skip(path) else pool.submit(_read_one, read, path, ctx)))
                return

        for _ in range(2 * jobs):
            submit()
        while ahead:
            path, name, future = ahead.popleft()
            submit()
            yield path, name, None if future is None else future.result()


def embedded_register_dir() -> Path:
    """The register of the seed documents' governance, shipped inside the package."""
    return Path(str(resources.files("govkg.loaders").joinpath("register")))


def seed_default(store: GraphStore) -> LoadReport:
    """Load (or refresh, when the package's register changed) the embedded default register."""
    return load_paths(store, [embedded_register_dir()])
