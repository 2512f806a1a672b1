"""Words for people: the label of every property and class a page shows, from the ontology's rdfs:label
(govkg's own terms in govkg.ttl, the standard terms govkg writes in labels.ttl)."""

from __future__ import annotations

import re
from functools import cache

import pyoxigraph as ox

from . import ontology_text

_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


@cache
def _labels() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in ("labels", "ontology"):  # govkg's own label wins over a standard one
        for t in ox.parse(ontology_text(name).encode("utf-8"), format=ox.RdfFormat.TURTLE):
            if t.predicate == _LABEL and isinstance(t.object, ox.Literal) and t.object.language in (None, "en"):
                out[t.subject.value] = t.object.value
    return out


def known(iri: str) -> str | None:
    """The human label of the term IRI, when the ontology or labels.ttl gives one."""
    return _labels().get(iri)


def label(iri: str) -> str:
    """The human label of the term IRI; for a term no file labels, its local name in words."""
    found = known(iri)
    if found:
        return found
    local = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local).replace("_", " ").lower() or iri
