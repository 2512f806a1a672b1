"""The evidence behind an entity's facts: each assertion about it with its quote, document and date."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from ..errors import GovKGError
from .dates import shown

_EVIDENCE = """
SELECT ?a ?rel ?s (SAMPLE(?sl) AS ?slabel) ?o (SAMPLE(?ol) AS ?olabel) (SAMPLE(?q) AS ?quote)
       (SAMPLE(?t) AS ?title) (SAMPLE(?sr) AS ?src) (SAMPLE(?d) AS ?date) (SAMPLE(?pr) AS ?precision) ?rule
       (SAMPLE(?c) AS ?conf)
       (SAMPLE(?st) AS ?start)
WHERE {
  VALUES ?e { %s }
  { ?a rdf:subject ?e . BIND(?e AS ?s) ?a rdf:object ?o } UNION { ?a rdf:object ?e . BIND(?e AS ?o) ?a rdf:subject ?s }
  ?a a gkg:Assertion ; gkg:relation ?rel ; prov:wasDerivedFrom ?doc ; gkg:rule ?rule .
  OPTIONAL { ?a gkg:confidence ?c }
  OPTIONAL { ?a gkg:evidence/oa:hasSelector/oa:exact ?q }
  OPTIONAL { ?a gkg:evidence/oa:hasSelector/oa:start ?st }
  OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?o rdfs:label ?ol }
  OPTIONAL { ?doc dcterms:title ?t } OPTIONAL { ?doc dcterms:source ?sr } OPTIONAL { ?a gkg:asOf ?d }
  OPTIONAL { ?a gkg:datePrecision ?pr }
}
GROUP BY ?a ?rel ?s ?o ?rule
ORDER BY ?date ?src ?start ?rel
"""


def evidence_rows(store: Any, iri: str) -> list[dict[str, Any]]:
    """The assertions about IRI (as subject or object) with their quotes, documents and dates."""
    if not iri.startswith(("http://", "https://")):
        raise GovKGError(f"{iri!r} is not an IRI (expected https://w3id.org/govkg/id/...)")
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        raise GovKGError(f"{iri!r} is not a valid IRI") from None
    # a NamedNode is a checked IRI, written in SPARQL syntax: safe to place in the query text
    rows = store.select(_EVIDENCE % node)
    for r in rows:  # the date as precise as the source gives it ("2021", not "2021-01-01")
        r["date"] = shown(r["date"], r.pop("precision", None))
    return rows
