"""Question queries bind an IRI at a query file's #VALUES# line (so that the engine starts from it) and every
other value as a substitution; a value that is not a well-formed IRI never becomes query text."""

from __future__ import annotations

import pytest

PCC = "https://w3id.org/govkg/id/body/test-pcc"
CSP = "https://w3id.org/govkg/id/body/test-csp"


@pytest.fixture()
def grants_store(store):
    store.update(f"""
        PREFIX schema: <http://schema.org/>
        PREFIX gkg: <https://w3id.org/govkg/def#>
        INSERT DATA {{ GRAPH <https://w3id.org/govkg/id/doc/t> {{
          <https://w3id.org/govkg/id/grant/a> a gkg:FundingAllocation ; schema:funder <{PCC}> ;
              schema:fundedItem <{CSP}> ; gkg:amount 1000 .
          <https://w3id.org/govkg/id/grant/b> a gkg:FundingAllocation ; schema:funder <{CSP}> ;
              schema:fundedItem <{PCC}> ; gkg:amount 5 .
        }} }}""")
    return store


def test_an_iri_bound_at_values_finds_what_a_substitution_finds(grants_store) -> None:
    from govkg.questions.sparql import Trace, query_text, run_file

    assert "#VALUES#" in query_text("grants.rq")
    trace = Trace()
    as_funder = run_file(grants_store, "grants.rq", trace, funder=PCC)
    assert [(r["grant"], r["recipient"], r["amount"]) for r in as_funder] == [
        ("https://w3id.org/govkg/id/grant/a", CSP, "1000")]
    assert [r["grant"] for r in run_file(grants_store, "grants.rq", recipient=PCC)] == [
        "https://w3id.org/govkg/id/grant/b"]
    assert len(run_file(grants_store, "grants.rq")) == 2  # nothing bound: the #VALUES# line stays a comment
    # The trace shows the value bound, as a query that runs as shown.
    shown = trace.render()
    assert f"VALUES (?funder) {{ (<{PCC}>) }}" in shown
    assert len(list(grants_store.query(shown))) == 1


@pytest.mark.parametrize("hostile", [
    f"{PCC}> }} ; DROP ALL ; SELECT * {{ ?s ?p ?o",
    f"{PCC} ?recipient",
    f'{PCC}"',
    f"{PCC}\\u003e",
])
def test_a_value_that_is_not_an_iri_never_reaches_the_query_text(grants_store, hostile: str) -> None:
    from govkg.questions.sparql import run_file

    with pytest.raises(ValueError):
        run_file(grants_store, "grants.rq", funder=hostile)
    assert len(run_file(grants_store, "grants.rq")) == 2  # the store is as it was


def test_a_literal_is_still_a_substitution(grants_store) -> None:
    from govkg.questions.sparql import run_file

    # A literal where the party goes matches nothing (it is never spliced in, so it cannot be a pattern).
    assert run_file(grants_store, "grants.rq", funder="} ; DROP ALL") == []
