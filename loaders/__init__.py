"""Loaders: read sources into SourceDocuments. They never touch the store.

Loaders are found in a registry keyed by file suffix (rdflib's plugin pattern); the extraction loaders for
council documents register themselves the same way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import LoadError
from ..graph.model import SourceDocument

LOADER_VERSION = "1"

LoaderFn = Callable[["LoadContext", Path, bytes], list[SourceDocument]]


@dataclass
class LoadContext:
    """What a loader may know beyond the file: options from the command line or a sidecar file."""

    date: str | None = None  # a date to use when the text gives none
    area: str | None = None
    root: Path | None = None  # the folder being loaded, for sibling lookups


_BY_SUFFIX: dict[str, tuple[str, LoaderFn]] = {}
_MAX_BYTES: dict[str, int] = {}


def register_loader(name: str, suffixes: tuple[str, ...], fn: LoaderFn, max_bytes: int | None = None) -> None:
    """Register FN for files ending in SUFFIXES; files over MAX_BYTES are refused before being read."""
    for suffix in suffixes:
        _BY_SUFFIX[suffix.lower()] = (name, fn)
    if max_bytes is not None:
        _MAX_BYTES[name] = max_bytes


def loader_for(path: Path) -> tuple[str, LoaderFn] | None:
    name = path.name.lower()
    # longest suffix first, so '.register.yaml' can win over '.yaml'
    for suffix in sorted(_BY_SUFFIX, key=len, reverse=True):
        if name.endswith(suffix):
            return _BY_SUFFIX[suffix]
    return None


def supported_suffixes() -> list[str]:
    return sorted(_BY_SUFFIX)


def content_hash(data: bytes, loader: str, version: str = LOADER_VERSION) -> str:
    """Identity of a loaded document: its bytes plus the loader that read them, so new rules reload."""
    h = hashlib.sha256(data)
    h.update(f"\x00{loader}:{version}".encode())
    return h.hexdigest()


def iter_sources(paths: list[Path]) -> Iterator[Path]:
    """Files under PATHS in a stable order, skipping hidden files and sidecars."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if child.name.endswith(".meta.yaml"):
                    continue
                yield child
        else:
            yield path


def read_source(path: Path, ctx: LoadContext) -> list[SourceDocument]:
    """Read one file into documents, or raise LoadError naming it."""
    found = loader_for(path)
    if found is None:
        supported = ", ".join(supported_suffixes())
        raise LoadError(str(path), f"no loader for this kind of file (supported: {supported})")
    name, fn = found
    limit = _MAX_BYTES.get(name)
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            raise LoadError(
                str(path), f"file too large ({size / 2**20:.1f} MB; the limit is {limit // 2**20} MB)"
            )
        data = path.read_bytes()
    except OSError as e:
        raise LoadError(str(path), f"cannot read: {e.strerror or e}") from None
    return fn(ctx, path, data)


DOCUMENT_LOADER = "document"
DOCUMENT_MAX_BYTES = 20 * 1024 * 1024  # a council paper is rarely over 5 MB; 20 MB leaves room for scanned PDFs


def _read_document(ctx: LoadContext, path: Path, data: bytes) -> list[SourceDocument]:
    """Read a council paper. The extractors (hundreds of regular expressions: about 0.1 s of CPU to import)
    are imported by the first paper read, not by every command, so `govkg load` of RDF files or registers
    does without them; once imported, documents.py registers its reader in this one's place."""
    from .documents import read_document

    return read_document(ctx, path, data)


def _register_builtin() -> None:
    from . import rdf_files, register  # noqa: F401  (they register themselves)
    from .formats import READERS

    register_loader(DOCUMENT_LOADER, tuple(READERS), _read_document, max_bytes=DOCUMENT_MAX_BYTES)


_register_builtin()
