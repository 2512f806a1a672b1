"""A store built from the development corpus shows, for a sample of its facts, the quote that states each one:
the quote is the paper's own text and names what the fact is about."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govkg.loaders.cleaning import clean, decode

_ASSERTIONS = """
SELECT ?a ?rel ?src ?exact (GROUP_CONCAT(DISTINCT ?sn; separator="|") AS ?snames)
       (GROUP_CONCAT(DISTINCT ?on; separator="|") AS ?onames)
WHERE {
  ?a a gkg:Assertion ; gkg:relation ?rel ; rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?doc ;
     gkg:evidence/oa:hasSelector/oa:exact ?exact .
  ?doc dcterms:source ?src .
  FILTER(isIRI(?o))
  { ?s rdfs:label ?sn } UNION { ?s skos:altLabel ?sn }
  { ?o rdfs:label ?on } UNION { ?o skos:altLabel ?on }
}
GROUP BY ?a ?rel ?src ?exact
ORDER BY ?a
"""
_SMALL = frozenset("the of and for to in on at a an by with cllr councillor mr mrs ms dr".split())


def _words(names: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]{3,}", names.lower()) if w not in _SMALL}


@pytest.fixture(scope="module")
def corpus_store(shared_dir: Path):
    docs = shared_dir / "corpus" / "dev" / "docs"
    if not docs.is_dir():
        pytest.skip("../shared/corpus/dev/docs is missing")
    from govkg.evaluation.run import fresh_store

    with fresh_store([docs]) as (store, report):
        assert not report.failures, report.failures
        yield store, docs


def test_twenty_sampled_facts_quote_the_text_that_states_them(corpus_store) -> None:
    store, docs = corpus_store
    rows = store.select(_ASSERTIONS)
    assert len(rows) > 500, "the corpus should give hundreds of facts with entity objects"
    step = len(rows) // 20
    sample = rows[::step][:20]
    texts: dict[str, str] = {}
    for row in sample:
        name = Path(str(row["src"])).name
        if name not in texts:
            texts[name] = clean(decode((docs / name).read_bytes())[0])
        quote = str(row["exact"])
        assert quote.strip(), f"{row['a']} has an empty quote"
        assert quote in texts[name], f"{name}: the quote {quote!r} is not the paper's own text"
        named = _words(str(row["snames"])) | _words(str(row["onames"]))
        assert named & _words(quote), (
            f"{name}: the quote {quote!r} names neither side of the {row['rel']} fact "
            f"({row['snames']} / {row['onames']})"
        )
