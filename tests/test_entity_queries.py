"""The entity page's two queries take the entity as a VALUES block (so that Oxigraph starts from it): they
must find exactly the rows the same query finds with the entity substituted, for every kind of entity."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from govkg.ontology.vocab import sparql_prefixes
from govkg.questions.sparql import query_text, run_file


def _substituted(store, name: str, iri: str) -> list[tuple]:
    text = query_text(name, "govkg.server").replace("#VALUES#", "")
    result = store.query(sparql_prefixes() + text, substitutions={"x": ox.NamedNode(iri)})
    names = [v.value for v in result.variables]
    return sorted(tuple((row[n].value if row[n] is not None else "") for n in names) for row in result)


def _with_values(store, name: str, iri: str) -> list[tuple]:
    rows = run_file(store, name, package="govkg.server", x=iri)
    return sorted(tuple(v or "" for v in r.values()) for r in rows)


def test_entity_queries_read_what_a_substitution_reads(default_store) -> None:
    entities = [
        r["e"]
        for r in default_store.select(
            "SELECT DISTINCT ?e WHERE { { ?a rdf:subject ?e } UNION { ?a rdf:object ?e } "
            "UNION { ?e gkg:sha256 ?h } UNION { ?e a gkg:Meeting } FILTER(isIRI(?e)) } ORDER BY ?e"
        )
    ]
    assert len(entities) > 20
    sample = entities[:: max(1, len(entities) // 60)] + ["https://w3id.org/govkg/id/body/no-such-body"]
    found = 0
    for iri in sample:
        for name in ("entity_facts.rq", "entity_props.rq"):
            expected = _substituted(default_store, name, iri)
            assert _with_values(default_store, name, iri) == expected, (name, iri)
            found += len(expected)
    assert found > 100


@pytest.mark.parametrize("name", ["entity_facts.rq", "entity_props.rq"])
def test_an_entity_that_is_not_an_iri_still_runs(default_store, name: str) -> None:
    # run_file binds a non-IRI value by substitution and leaves the VALUES lines empty
    assert run_file(default_store, name, package="govkg.server", x="not an iri") == []
