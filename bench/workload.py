"""The benchmark workload: ten governance queries and the plain-English questions, bound to council 0.

Queries are written in the shapes that ../shared/design/performance.md found fast on every engine: the most
selective bound triple first, required patterns before OPTIONAL, property paths starting from a bound node,
MINUS rather than FILTER NOT EXISTS. Every engine gets the same text, with govkg's PREFIX lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from synth_world import build_council

from govkg.graph.iris import entity_iri
from govkg.ontology.vocab import sparql_prefixes


@dataclass(frozen=True)
class Query:
    name: str
    kind: str  # select | construct | describe
    text: str
    about: str


def queries(seed: int) -> list[Query]:
    c = build_council(seed, 0)
    b = {k: f"<{e.iri}>" for k, e in c.bodies.items()}
    area = f"<{entity_iri('area', c.area)}>"
    pcc = f"<{c.partners['pcc'].iri}>"
    # a chair who is a person, for the evidence query
    key, tenure = next((k, t[0]) for k, t in c.chair_tenures.items() if t[0].holder.kind == "person")
    chair, chaired = f"<{tenure.holder.iri}>", b[key]
    qs = [
        Query(
            "q01_oversight_chain",
            "select",
            f"""
SELECT DISTINCT ?up ?label WHERE {{
  {b["channel"]} (org:reportsTo|org:subOrganizationOf)+ ?up .
  ?up rdfs:label ?label .
}}""",
            "every body the Channel Panel answers to, directly or through its parents",
        ),
        Query(
            "q02_chair_at_date",
            "select",
            f"""
SELECT ?chair ?name ?asOf WHERE {{
  ?a rdf:object {b["scb"]} ; rdf:predicate gkg:chairs ; rdf:subject ?chair ; gkg:asOf ?asOf .
  FILTER(?asOf <= "2019-06-30"^^xsd:date)
  ?chair rdfs:label ?name .
}} ORDER BY DESC(?asOf) LIMIT 1""",
            "who chaired the Safer Communities Board on 30 June 2019",
        ),
        # Structure first, in a sub-select, then labels: joining the path to every copy of every label (one
        # per document naming the body) let Oxigraph hash-join all the labels in the store (15x slower).
        Query(
            "q03_subtree",
            "select",
            f"""
SELECT DISTINCT ?body ?label ?parent WHERE {{
  {{ SELECT DISTINCT ?body ?parent WHERE {{
      ?body org:subOrganizationOf+ {b["scb"]} .
      OPTIONAL {{ ?body org:subOrganizationOf ?parent }} }} }}
  ?body rdfs:label ?label .
}} ORDER BY ?label""",
            "the sub-tree of the Safer Communities Board (depth up to 4 below it)",
        ),
        # Sums run over DISTINCT allocations first: the merged default graph holds each triple once, but the
        # query stays right on a multiset union default graph too (Oxigraph's --union-default-graph).
        Query(
            "q04_funding_sums",
            "select",
            f"""
SELECT DISTINCT ?recipient ?label ?total ?grants WHERE {{
  {{ SELECT ?recipient (SUM(?amount) AS ?total) (COUNT(?grant) AS ?grants) WHERE {{
      {{ SELECT DISTINCT ?grant ?recipient ?amount WHERE {{
          ?grant schema:funder {pcc} ; schema:fundedItem ?recipient ; gkg:amount ?amount . }} }}
    }} GROUP BY ?recipient }}
  ?recipient rdfs:label ?label .
}} ORDER BY DESC(?total)""",
            "the PCC's allocations summed by recipient",
        ),
        Query(
            "q05_people_many_bodies",
            "select",
            f"""
SELECT DISTINCT ?person ?name ?bodies WHERE {{
  {{ SELECT ?person (COUNT(DISTINCT ?body) AS ?bodies) WHERE {{
      ?body gkg:area {area} .
      ?person org:memberOf|gkg:attended ?body .
    }} GROUP BY ?person HAVING (COUNT(DISTINCT ?body) > 3) }}
  OPTIONAL {{ ?person rdfs:label ?name }}
}} ORDER BY DESC(?bodies) ?name""",
            "people in one county on more than 3 bodies (member or attendee)",
        ),
        # The class test as OPTIONAL + VALUES: a required `?body a ?cls` made Oxigraph scan every typed node
        # (130 ms -> 7-16 ms at N=100); the label last, for the same reason as q03.
        Query(
            "q06_bodies_no_chair",
            "select",
            f"""
SELECT DISTINCT ?body ?label WHERE {{
  ?body gkg:area {area} .
  OPTIONAL {{ ?body a ?cls }}
  VALUES ?cls {{ gkg:Board gkg:Partnership gkg:Panel gkg:Group gkg:Committee }}
  MINUS {{ ?someone gkg:chairs ?body }}
  ?body rdfs:label ?label .
}} ORDER BY ?label""",
            "bodies of one county with no chair on record",
        ),
        Query(
            "q07_evidence",
            "select",
            f"""
SELECT ?doc ?title ?quote ?start WHERE {{
  ?a rdf:subject {chair} ; rdf:predicate gkg:chairs ; rdf:object {chaired} ;
     prov:wasDerivedFrom ?doc ; gkg:evidence ?ev .
  ?ev oa:hasSelector ?q , ?p .
  ?q oa:exact ?quote . ?p oa:start ?start .
  ?doc dcterms:title ?title .
}} ORDER BY ?doc""",
            "documents and quotes behind one 'chairs' fact",
        ),
        Query(
            "q08_label_search",
            "select",
            """
SELECT DISTINCT ?x ?label WHERE {
  ?x rdfs:label ?label .
  FILTER(CONTAINS(LCASE(STR(?label)), "channel panel"))
} LIMIT 50""",
            "explorer search box: first 50 labels containing 'channel panel'",
        ),
        Query(
            "q09_diagram_construct",
            "construct",
            f"""
CONSTRUCT {{
  ?body org:subOrganizationOf ?parent ; rdfs:label ?label ; org:reportsTo ?to .
  ?chair gkg:chairs ?body .
}} WHERE {{
  {{ SELECT DISTINCT ?body WHERE {{ ?body gkg:area {area} ; org:subOrganizationOf ?any }} }}
  {{ ?body org:subOrganizationOf ?parent }} UNION {{ ?body rdfs:label ?label }}
  UNION {{ ?body org:reportsTo ?to }} UNION {{ ?chair gkg:chairs ?body }}
}}""",
            "the governance diagram of one county (tree, reporting lines, chairs)",
        ),
        Query("q10_describe", "describe", f"DESCRIBE {b['prevent']}", "DESCRIBE one body"),
    ]
    return [Query(q.name, q.kind, sparql_prefixes() + q.text.strip() + "\n", q.about) for q in qs]


def questions(seed: int) -> list[tuple[str, str]]:
    """(question kind, question) pairs about council 0, one per kind the QA set uses."""
    c = build_council(seed, 0)
    b = c.bodies
    return [
        ("chair", f"Who chairs the {b['prevent'].name}?"),
        ("holds_post", f"Who was Director of Public Health in {c.area} in 2019?"),
        (
            "amount",
            f"How much did the {c.partners['pcc'].name} allocate to the {b['csp_n'].name} in 2019/20?",
        ),
        ("oversees", f"Which body oversees Prevent in {c.area}?"),
        ("member_of", f"Who are the members of the {b['scb'].name}?"),
        ("reports_to", f"What does the {b['channel'].name} report to?"),
        ("subgroup_of", f"What are the sub-groups of the {b['csp_n'].name}?"),
        ("funds", f"Who funds the {b['csp_s'].name}?"),
        ("produces", f"Which body produces the {c.area} Community Safety Agreement?"),
        ("covers_area", f"Which district does the {b['csp_n'].name} cover?"),
        ("attended", f"Who attended the {b['dab'].name}?"),
    ]
