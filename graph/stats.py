"""Counts of what the store holds: documents, entities by class, facts by relation."""

from __future__ import annotations

from typing import Any

from .store import GraphStore, LocalStore

_ENTITY_CLASSES = ("Body", "Person", "Post", "Topic", "Publication", "Initiative", "Area", "Legislation",
                   "FundingAllocation", "Meeting")


def stats(store: GraphStore) -> dict[str, Any]:
    def rows(q: str) -> list[dict[str, Any]]:
        if hasattr(store, "select"):
            return store.select(q)
        raise TypeError("stats needs a store that offers select()")

    out: dict[str, Any] = {"store": store.location}
    out["documents"] = rows("SELECT (COUNT(?d) AS ?n) WHERE { GRAPH ?d { ?d gkg:plainText ?t } }")[0]["n"]
    out["assertions"] = rows("SELECT (COUNT(?a) AS ?n) WHERE { ?a a gkg:Assertion }")[0]["n"]
    by_class = rows(
        "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c . VALUES ?c { "
        + " ".join(f"gkg:{c}" for c in _ENTITY_CLASSES)
        + " } } GROUP BY ?c"
    )
    counts = {r["c"].rsplit("#", 1)[1]: r["n"] for r in by_class}
    # subclasses of Body and Publication count as those kinds
    out["entities"] = {c: counts.get(c, 0) for c in _ENTITY_CLASSES}
    out["entities"]["Body"] = rows(
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c . VALUES ?c { gkg:Body gkg:Council gkg:Partnership "
        "gkg:Board gkg:Panel gkg:Committee gkg:Group gkg:Directorate gkg:PoliceBody gkg:Provider gkg:PublicBody } }"
    )[0]["n"]
    out["entities"]["Publication"] = rows(
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c . "
        "VALUES ?c { gkg:Publication gkg:Strategy gkg:Plan gkg:Report } }"
    )[0]["n"]
    out["facts_by_relation"] = {
        r["r"]: r["n"] for r in rows("SELECT ?r (COUNT(?a) AS ?n) WHERE { ?a gkg:relation ?r } GROUP BY ?r ORDER BY ?r")
    }
    if isinstance(store, LocalStore):
        out["quads"] = store.quad_count()
    return out
