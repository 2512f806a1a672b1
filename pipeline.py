"""The load pipeline shared by the CLI and the web upload: files -> loaders -> store, with a report.

Each file is read and checked completely before anything is written; a bad file is reported by name and
skipped, and the good ones still load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import GovKGError, LoadError
from .graph.model import SourceDocument
from .graph.store import GraphStore, LoadOutcome
from .loaders import LoadContext, content_hash, iter_sources, read_source
from .ontology import ontology_text

TOPICS_KEY = "govkg-topic-scheme"


@dataclass
class LoadReport:
    outcomes: list[tuple[str, LoadOutcome]] = field(default_factory=list)
    failures: list[LoadError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return len(self.outcomes)

    @property
    def facts(self) -> int:
        return sum(o.facts for _, o in self.outcomes)

    @property
    def ok(self) -> bool:
        return not self.failures


def ensure_vocabulary(store: GraphStore) -> None:
    """Load the SKOS topic scheme, which labels the topics every loader and question refers to."""
    text = ontology_text("topics")
    data = text.encode("utf-8")
    doc = SourceDocument(
        key=TOPICS_KEY, source="govkg:ontology/topics.ttl", text="", sha256=content_hash(data, "rdf"),
        loader="rdf", doc_type="data", title="govkg community-safety topic scheme",
        raw_rdf=(data, "text/turtle"),
    )
    store.load_document(doc)


def load_paths(
    store: GraphStore, paths: list[Path], ctx: LoadContext | None = None,
    progress: Callable[[Path], None] | None = None,
) -> LoadReport:
    """Load every file under PATHS; one bad file never stops the others nor leaves anything half-written."""
    ctx = ctx or LoadContext()
    report = LoadReport()
    ensure_vocabulary(store)
    files = []
    for path in paths:
        if not path.exists():
            report.failures.append(LoadError(str(path), "no such file or folder"))
        else:
            files.extend(iter_sources([path]))
    for path in files:
        if progress:
            progress(path)
        try:
            docs = read_source(path, ctx)
            for doc in docs:
                report.warnings.extend(f"{path}: {w}" for w in doc.warnings)
                report.outcomes.append((str(path), store.load_document(doc)))
        except LoadError as e:
            report.failures.append(e)
        except GovKGError as e:
            report.failures.append(LoadError(str(path), str(e)))
        except (ValueError, TypeError, KeyError) as e:
            # A loader bug on one odd file must not stop the rest of the folder.
            report.failures.append(LoadError(str(path), f"could not be read ({type(e).__name__}: {e})"))
    return report


def embedded_register_dir() -> Path:
    """The register of the seed documents' governance, shipped inside the package."""
    return Path(str(resources.files("govkg.loaders").joinpath("register")))


def seed_default(store: GraphStore) -> LoadReport:
    """Load (or refresh, when the package's register changed) the embedded default register."""
    return load_paths(store, [embedded_register_dir()])
