"""Load RDF files as they are, each into its own named graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..errors import LoadError
from ..formats import LOADABLE_SUFFIXES, rdf_format
from ..graph.iris import document_iri
from ..graph.model import SourceDocument
from ..graph.store import rdf_read_errors
from . import LoadContext, content_hash, register_loader


def load_rdf(ctx: LoadContext, path: Path, data: bytes) -> list[SourceDocument]:
    fmt = rdf_format(path.suffix)
    try:
        # Parse up front: a broken file must fail here, naming its line, before anything is written.
        for _ in ox.parse(data, format=fmt, base_iri=document_iri(path.stem)):
            pass
    except SyntaxError as e:
        raise LoadError(str(path), f"not valid {fmt.name}: {e}") from None
    except ValueError as e:
        raise LoadError(str(path), f"cannot read as {fmt.name}: {e}") from None
    doc = SourceDocument(
        key=path.stem, source=str(path), text="", sha256=content_hash(data, "rdf"), loader="rdf",
        doc_type="data", title=path.name, raw_rdf=(data, fmt.media_type),
    )
    return [doc]


def is_rdf_file(path: Path) -> bool:
    return path.name.lower().endswith(LOADABLE_SUFFIXES)


def file_hash(path: Path, loader: str = "rdf") -> str:
    """content_hash of a file read in chunks (the file may be larger than memory)."""
    import hashlib

    from . import LOADER_VERSION

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    h.update(f"\x00{loader}:{LOADER_VERSION}".encode())
    return h.hexdigest()


def check_rdf_file(path: Path) -> int:
    """Parse a whole RDF file as a stream, so a broken one fails before anything is written; its quads."""
    fmt = rdf_format(path.suffix)
    with rdf_read_errors(path, fmt):
        return sum(1 for _ in ox.parse(path=str(path), format=fmt, base_iri=document_iri(path.stem)))


def rdf_file_document(path: Path) -> SourceDocument:
    """The document an RDF file stands for, without its data (which a bulk load streams from the file)."""
    return SourceDocument(
        key=path.stem, source=str(path), text="", sha256=file_hash(path), loader="rdf", doc_type="data",
        title=path.name,
    )


register_loader("rdf", LOADABLE_SUFFIXES, load_rdf)
