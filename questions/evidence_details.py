"""What an answer's evidence needs to be shown honestly: its date's precision ("2021", not "2021-01-01") and,
for a curated (register) fact, the source it cites, field by field. Read once for all the evidence of a result,
after the question is answered."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..graph.dates import shown
from .model import Answer, Evidence

_DETAILS = """
SELECT ?a ?precision ?rule ?title ?publisher ?body ?date ?datePrecision ?item ?url WHERE {
  VALUES ?a { %s }
  OPTIONAL { ?a gkg:datePrecision ?precision }
  OPTIONAL { ?a gkg:rule ?rule }
  OPTIONAL {
    ?a dcterms:source ?c . ?c a gkg:Citation ; dcterms:title ?title .
    OPTIONAL { ?c dcterms:publisher ?publisher } OPTIONAL { ?c gkg:meetingBody ?body }
    OPTIONAL { ?c dcterms:date ?date } OPTIONAL { ?c gkg:datePrecision ?datePrecision }
    OPTIONAL { ?c gkg:item ?item } OPTIONAL { ?c schema:url ?url }
  }
}
"""
_DOCUMENTS = """
SELECT ?d ?precision WHERE { VALUES ?d { %s } ?d gkg:datePrecision ?precision }
"""


def annotate(store: Any, answers: list[Answer]) -> None:
    """Give each evidence of ANSWERS its date precision and, when it cites one, its source."""
    evidence = [e for a in answers for e in a.evidence]
    assertions = sorted({e.assertion for e in evidence if e.assertion and e.assertion.startswith("http")})
    documents = sorted({e.document for e in evidence if e.document and e.document.startswith("http")
                        and not e.assertion})
    details: dict[str, dict[str, Any]] = {}
    for i in range(0, len(assertions), 200):
        values = " ".join(f"<{a}>" for a in assertions[i:i + 200])
        for row in store.select(_DETAILS % values):
            details.setdefault(row["a"], row)
    doc_precision: dict[str, str] = {}
    for i in range(0, len(documents), 200):
        values = " ".join(f"<{d}>" for d in documents[i:i + 200])
        doc_precision.update({r["d"]: r["precision"] for r in store.select(_DOCUMENTS % values)})
    for a in answers:
        a.evidence = [_annotated(e, details.get(e.assertion or ""), doc_precision) for e in a.evidence]


def _annotated(e: Evidence, row: dict[str, Any] | None, doc_precision: dict[str, str]) -> Evidence:
    if row is None:
        return replace(e, precision=doc_precision.get(e.document or "")) if e.document in doc_precision else e
    source = None
    if row.get("title"):
        source = {"title": row["title"], "body": row.get("body"), "publisher": row.get("publisher"),
                  "date": shown(row.get("date"), row.get("datePrecision")), "item": row.get("item"),
                  "url": row.get("url")}
    return replace(e, precision=row.get("precision"), source=source, by_hand=row.get("rule") == "register")
