"""The loader for council documents (.txt, .md, .html, .pdf, .docx): read, clean, date, extract.

read_document is what the registry calls; everything it returns comes from one file, and any problem with
that file raises LoadError naming it, so nothing from a bad file reaches the store.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import LoadError
from ..graph.model import Entity, SourceDocument
from . import LoadContext, content_hash, register_loader
from .cleaning import clean
from .extract import ExtractionDoc, extract
from .formats import READERS
from .metadata import Metadata, coerce_date, read_metadata, sidecar
from .resolve import Resolver

LOADER = "document"
MAX_BYTES = 20 * 1024 * 1024  # a council paper is rarely over 5 MB; 20 MB leaves room for scanned PDFs


def document_from_text(
    key: str, source: str, text: str, sha256: str, *, date_hint: object = None, overrides: dict | None = None,
    area_hint: str | None = None, warnings: list[str] | None = None,
) -> SourceDocument:
    """A SourceDocument with the facts extracted from already-cleaned TEXT."""
    overrides = overrides or {}
    meta = read_metadata(text)
    _apply(meta, overrides, area_hint, source)
    if meta.date is None and date_hint:
        meta.date, meta.date_precision = coerce_date(date_hint, source)
    council = Entity("body", meta.council, subtype="Council", area=meta.area) if meta.council else None
    resolver = Resolver(text, meta.area, council)
    body = resolver.body(meta.body) if meta.body else None
    author = resolver.person(meta.author) if meta.author else None
    doc = ExtractionDoc(text=text, meta=meta, resolver=resolver, body=body, council=council, author=author,
                        date=meta.date)
    facts = extract(doc)
    out = SourceDocument(
        key=key, source=source, text=text, sha256=sha256, loader=LOADER, doc_type=meta.doc_type,
        title=meta.title, date=meta.date, date_precision=meta.date_precision, council=council, body=body,
        area=meta.area, facts=facts, entities=list(resolver.entities.values()), warnings=list(warnings or []),
    )
    if meta.date is None:
        out.warnings.append("no meeting date in the text; give one with --date or a .meta.yaml sidecar")
    return out


def _apply(meta: Metadata, overrides: dict, area_hint: str | None, source: str) -> None:
    if overrides.get("date"):
        meta.date, meta.date_precision = coerce_date(overrides["date"], source)
    for key in ("council", "body", "doc_type", "title"):
        if overrides.get(key):
            setattr(meta, key, str(overrides[key]))
    if overrides.get("area") or area_hint:
        meta.area = str(overrides.get("area") or area_hint)


def read_document(ctx: LoadContext, path: Path, data: bytes) -> list[SourceDocument]:
    source = str(path)
    if not data.strip():
        raise LoadError(source, "empty file")
    if len(data) > MAX_BYTES:
        raise LoadError(source, f"file too large ({len(data) / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    reader = READERS[path.suffix.lower()]
    raw, warnings = reader(source, data)
    text = clean(raw)
    if len(text.strip()) < 20:
        raise LoadError(source, "no readable text in the file")
    overrides = sidecar(path)
    return [document_from_text(
        path.stem, source, text, content_hash(data, LOADER), date_hint=ctx.date, overrides=overrides,
        area_hint=ctx.area, warnings=warnings,
    )]


register_loader(LOADER, tuple(READERS), read_document, max_bytes=MAX_BYTES)
