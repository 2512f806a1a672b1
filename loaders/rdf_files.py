"""Load RDF files as they are, each into its own named graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..errors import LoadError
from ..formats import LOADABLE_SUFFIXES, rdf_format
from ..graph.iris import document_iri
from ..graph.model import SourceDocument
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


register_loader("rdf", LOADABLE_SUFFIXES, load_rdf)
