"""What the graph claims: one `Predicted` per assertion node, with the names its subject and object go by.

Which names count is where lenient and strict scoring differ most. Leniently, an entity goes by its
rdfs:label, skos:prefLabel and every skos:altLabel the node collected from any document. Strictly, it goes by
its rdfs:label and skos:prefLabel, and by those of its altLabels that the text of the fact's own document
uses: a node that gathered forty alternative names across a corpus cannot match a gold term because some
other document once called it that.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .gold import norm

_ASSERTIONS = """
SELECT ?a ?src ?rel ?s ?o ?quote ?asOf ?precision ?qualifier ?onBody ?detail WHERE {
  ?a a gkg:Assertion ; gkg:relation ?rel ; rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?doc .
  ?doc dcterms:source ?src .
  OPTIONAL { ?a gkg:evidence/oa:hasSelector/oa:exact ?quote }
  OPTIONAL { ?a gkg:asOf ?asOf }
  OPTIONAL { ?a gkg:datePrecision ?precision }
  OPTIONAL { ?a gkg:qualifier ?qualifier }
  OPTIONAL { ?a gkg:onBody ?onBody }
  OPTIONAL { ?a gkg:detail ?detail }
}
"""
_NAMES = """
SELECT ?x ?name ?own WHERE {
  { ?x rdfs:label|skos:prefLabel ?name BIND(true AS ?own) } UNION { ?x skos:altLabel ?name BIND(false AS ?own) }
}
"""
_GRANTS = """
SELECT ?g ?funder ?item ?period WHERE {
  ?g schema:funder ?funder ; schema:fundedItem ?item . OPTIONAL { ?g gkg:period ?period }
}
"""
_TEXTS = "SELECT ?src ?text WHERE { ?doc gkg:plainText ?text ; dcterms:source ?src }"


@dataclass(frozen=True)
class Predicted:
    doc: str
    relation: str
    subject_names: frozenset[str]
    object_names: frozenset[str]
    subject_label: str
    object_label: str
    quote: str
    amount: Decimal | None = None
    on_body_names: frozenset[str] = frozenset()
    period: str | None = None  # the allocation's period, or the assertion's qualifier
    when: str | None = None  # the date the fact holds at (yyyy, yyyy-mm or yyyy-mm-dd, as precise as known)


class _Names:
    """The names of every entity, and which of them a given document's text uses."""

    def __init__(self, store, strict: bool):
        self.strict = strict
        self.own: dict[str, set[str]] = defaultdict(set)
        self.alt: dict[str, set[str]] = defaultdict(set)
        for row in store.select(_NAMES):
            (self.own if row["own"] else self.alt)[row["x"]].add(str(row["name"]))
        self.texts: dict[str, str] = {}
        if strict:
            for row in store.select(_TEXTS):
                self.texts[Path(str(row["src"])).name] = " " + norm(re.sub(r"\W+", " ", str(row["text"]))) + " "
        self._used: dict[tuple[str, str], bool] = {}

    def label(self, iri: str) -> str:
        own = self.own.get(iri)
        return min(own) if own else iri

    def _in_text(self, doc: str, name: str) -> bool:
        key = (doc, name)
        if key not in self._used:
            words = norm(re.sub(r"\W+", " ", name))
            self._used[key] = bool(words) and f" {words} " in self.texts.get(doc, "")
        return self._used[key]

    def of(self, iri: str | None, doc: str) -> frozenset[str]:
        if iri is None:
            return frozenset()
        names = set(self.own.get(iri, ()))
        alts = self.alt.get(iri, ())
        names.update(a for a in alts if not self.strict or self._in_text(doc, a))
        return frozenset(names)


def _when(as_of: object, precision: object) -> str | None:
    if not as_of:
        return None
    text = str(as_of)
    return {"year": text[:4], "month": text[:7]}.get(str(precision or ""), text[:10])


def predicted_facts(store, strict: bool = False) -> list[Predicted]:
    """Every assertion in STORE as a Predicted fact (funding amounts carry their funder and recipient)."""
    names = _Names(store, strict)
    grants = {row["g"]: row for row in store.select(_GRANTS)}
    seen: set[str] = set()
    out = []
    # the union of graphs is a multiset: an assertion that two graphs both hold is still one prediction
    for row in store.select(_ASSERTIONS):
        if row["a"] in seen:
            continue
        seen.add(row["a"])
        doc = Path(str(row["src"])).name
        rel = str(row["rel"])
        common = {
            "quote": str(row["quote"] or ""),
            "on_body_names": names.of(row["onBody"], doc),
            "when": _when(row["asOf"], row["precision"]),
        }
        grant = grants.get(row["s"] if rel == "funding_amount" else row["detail"])
        period = (grant or {}).get("period") or row["qualifier"]
        if rel == "funding_amount":
            if grant is None:
                continue
            try:
                amount = Decimal(str(row["o"]))
            except InvalidOperation:
                continue
            out.append(Predicted(
                doc, rel, names.of(grant["funder"], doc), names.of(grant["item"], doc),
                names.label(grant["funder"]), names.label(grant["item"]), amount=amount,
                period=period, **common,
            ))
            continue
        out.append(Predicted(
            doc, rel, names.of(row["s"], doc), names.of(row["o"], doc), names.label(row["s"]),
            names.label(row["o"]), period=period, **common,
        ))
    return out
