"""The loader for council documents (.txt, .md, .html, .pdf, .docx): read, clean, date, extract.

read_document is what the registry calls; everything it returns comes from one file, and any problem with
that file raises LoadError naming it, so nothing from a bad file reaches the store.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ..errors import LoadError
from ..graph.model import Entity, SourceDocument
from . import LoadContext, content_hash, register_loader
from .cleaning import clean
from .extract import ExtractionDoc, extract
from .formats import READERS
from .layout import read_layout
from .metadata import Metadata, coerce_date, read_metadata, sidecar
from .resolve import DocContext, Resolver

LOADER = "document"
MAX_BYTES = 20 * 1024 * 1024  # a council paper is rarely over 5 MB; 20 MB leaves room for scanned PDFs


def document_from_text(
    key: str,
    source: str,
    text: str,
    sha256: str,
    *,
    date_hint: object = None,
    overrides: dict | None = None,
    area_hint: str | None = None,
    warnings: list[str] | None = None,
    siblings: list[Path] | None = None,
) -> SourceDocument:
    """A SourceDocument with the facts extracted from already-cleaned TEXT."""
    overrides = overrides or {}
    warnings = list(warnings or [])
    meta = read_metadata(text)
    _apply(meta, overrides, area_hint, source)
    if meta.body is None and siblings:
        found = infer_body(text, meta.council, siblings)
        if found:
            meta.body, sibling = found
            warnings.append(
                f"the text does not name its meeting's body; took {meta.body!r} from {sibling.name}, "
                "the same council's paper on the same subject"
            )
    if meta.date is None and date_hint:
        meta.date, meta.date_precision = coerce_date(date_hint, source)
    ctx = DocContext(area=meta.area, council=meta.council, body=meta.body, police_area=meta.police_area)
    resolver = Resolver(text, ctx)
    doc = ExtractionDoc(text=text, meta=meta, layout=read_layout(text), resolver=resolver, date=meta.date)
    facts = extract(doc)
    # the document's council and body carry every alias the text gave them
    entities = {e.iri: e for e in resolver.entities}
    council = entities.get(resolver.council.iri) if resolver.council else None
    body = entities.get(resolver.body.iri) if resolver.body else None
    out = SourceDocument(
        key=key,
        source=source,
        text=text,
        sha256=sha256,
        loader=LOADER,
        doc_type=meta.doc_type,
        title=meta.title,
        date=meta.date,
        date_precision=meta.date_precision,
        council=council,
        body=body,
        area=meta.area,
        facts=facts,
        entities=list(entities.values()),
        warnings=warnings,
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
        raise LoadError(
            source, f"file too large ({len(data) / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)"
        )
    reader = READERS[path.suffix.lower()]
    raw, warnings = reader(source, data)
    text = clean(raw)
    if len(text.strip()) < 20:
        raise LoadError(source, "no readable text in the file")
    overrides = sidecar(path)
    siblings = (
        [p for p in sorted(path.parent.iterdir()) if p != path and p.suffix.lower() in READERS]
        if path.parent.is_dir()
        else []
    )
    try:
        doc = document_from_text(
            path.stem,
            source,
            text,
            content_hash(data, LOADER),
            date_hint=ctx.date,
            overrides=overrides,
            area_hint=ctx.area,
            warnings=warnings,
            siblings=siblings[:200],
        )
    except LoadError:
        raise
    except Exception as e:  # a rule failing on one odd document must name it, not stop the folder
        raise LoadError(source, f"extraction failed ({type(e).__name__}: {e})") from None
    return [doc]


_STOP = {
    "that",
    "this",
    "with",
    "from",
    "were",
    "have",
    "been",
    "which",
    "would",
    "their",
    "there",
    "about",
    "meeting",
    "minutes",
    "agenda",
    "item",
    "report",
    "board",
    "council",
    "members",
    "member",
}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}


def infer_body(text: str, council: str | None, siblings: list[Path]) -> tuple[str, Path] | None:
    """The body of a minutes page that only says "the Board": the body of the same council's sibling paper
    whose opening is most alike, when the page calls its body by that body's head word."""
    heads = Counter(
        m.group(1) for m in re.finditer(r"\b[Tt]he (Board|Committee|Panel|Cabinet|Partnership)\b", text)
    )
    if not heads or heads.most_common(1)[0][1] < 2:
        return None
    head = heads.most_common(1)[0][0]
    mine = _words(text[:3000])
    best: tuple[float, str, Path] | None = None
    for sibling in siblings:
        try:
            with sibling.open("rb") as fh:
                raw, _ = (
                    READERS[sibling.suffix.lower()](str(sibling), fh.read(8192))
                    if sibling.suffix.lower() in (".txt", ".md", ".text", ".markdown")
                    else ("", [])
                )
        except (OSError, LoadError):
            continue
        if not raw:
            continue
        head_text = clean(raw)
        other = read_metadata(head_text)
        if (
            not other.body
            or not other.body.endswith(head)
            or other.council != council  # same council only (both unknown counts as the same)
        ):
            continue
        theirs = _words(head_text[:3000])
        score = len(mine & theirs) / (len(mine | theirs) or 1)
        if best is None or score > best[0]:
            best = (score, other.body, sibling)
    if best is None or best[0] < 0.05:
        return None
    return best[1], best[2]


register_loader(LOADER, tuple(READERS), read_document, max_bytes=MAX_BYTES)
