"""Counts of what the store holds: documents, entities by class, facts by relation.

Counted the way `govkg load` counts, so the two agree: documents are the sources loaded (govkg's own
vocabularies, such as the topic scheme, are counted apart); facts are the facts documents state (a funding
fact with an amount is one fact; its amount is a second assertion, counted under assertions).
"""

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
    docs = rows("SELECT (COUNT(?d) AS ?n) (SUM(IF(EXISTS { ?d a gkg:Vocabulary }, 1, 0)) AS ?v) "
                "WHERE { GRAPH ?d { ?d gkg:plainText ?t } }")[0]
    out["documents"] = docs["n"] - (docs["v"] or 0)
    out["vocabularies"] = docs["v"] or 0
    counted = rows("SELECT (COUNT(?a) AS ?n) (SUM(IF(?r = 'funding_amount', 1, 0)) AS ?amounts) "
                   "WHERE { ?a a gkg:Assertion ; gkg:relation ?r }")[0]
    out["facts"] = counted["n"] - (counted["amounts"] or 0)
    out["assertions"] = counted["n"]
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
