"""The ontology: parses, is consistent, aligns every project term to a standard parent, and can say every
relation of the gold relation table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from builders import BOARD, COUNCIL, PERSON, POST, TOPIC, make_doc
from govkg.graph.model import Entity
from govkg.ontology import GKG, ontology_graph, shapes_graph, topics_graph
from govkg.ontology.check import check_consistency, java_available
from govkg.ontology.reference import render
from govkg.ontology.relations import BY_KEY, RELATIONS

STANDARD = ("http://www.w3.org/ns/org#", "http://schema.org/", "http://www.w3.org/ns/prov#",
            "http://purl.org/dc/terms/", "http://www.w3.org/2004/02/skos/core#", "http://xmlns.com/foaf/0.1/",
            "http://www.w3.org/ns/oa#", "http://data.europa.eu/eli/ontology#", "http://www.w3.org/ns/opengov#",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2006/time#")


def test_files_parse() -> None:
    assert len(ontology_graph()) > 200
    assert len(shapes_graph()) > 50
    assert len(list(topics_graph().subjects(RDF.type, SKOS.Concept))) >= 30


def test_every_project_term_has_label_definition_and_standard_parent() -> None:
    g = ontology_graph()
    terms = {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(str(GKG))}
    problems = []
    for t in sorted(terms):
        types = set(g.objects(t, RDF.type))
        if not types & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}:
            continue  # individuals such as gkg:Capital
        if g.value(t, RDFS.label) is None:
            problems.append(f"{t}: no label")
        parents = list(g.objects(t, RDFS.subClassOf)) + list(g.objects(t, RDFS.subPropertyOf))
        inverse = g.value(t, OWL.inverseOf)
        if not parents and inverse is None:
            problems.append(f"{t}: no parent")

        def standard(p: URIRef, seen: frozenset = frozenset()) -> bool:
            if str(p).startswith(STANDARD):
                return True
            ups = list(g.objects(p, RDFS.subClassOf)) + list(g.objects(p, RDFS.subPropertyOf))
            return any(standard(u, seen | {p}) for u in ups if u not in seen)

        if parents and not any(standard(p) for p in parents):
            problems.append(f"{t}: no standard ancestor")
        if inverse is None and g.value(t, SKOS.definition) is None and OWL.Class in types:
            problems.append(f"{t}: no definition")
    assert problems == []


def test_relation_predicates_exist() -> None:
    g = ontology_graph()
    for rel in RELATIONS:
        p = rel.predicate
        assert str(p).startswith(STANDARD) or (p, RDF.type, None) in g, f"{rel.key}: {p} not declared"


@pytest.mark.skipif(not java_available(), reason="HermiT needs a Java runtime")
def test_hermit_finds_the_ontology_consistent() -> None:
    assert check_consistency() == []
    # and the check can fail: a planted disjointness makes partnerships unsatisfiable
    planted = Graph()
    planted.add((GKG.Partnership, OWL.disjointWith, GKG.Body))
    assert any("Partnership" in c for c in check_consistency(planted))


def test_ontology_formats() -> None:
    owl = Graph().parse(data=render("owl"), format="xml")
    assert (GKG.Partnership, RDFS.subClassOf, GKG.Body) in owl
    html = render("html")
    assert '<tr id="chairs">' in html and "org:headOf" in html
    assert render("ttl").startswith("@prefix")


def _doc_with_every_relation():
    strategy = Entity("publication", "Anytown Community Safety Strategy", subtype="Strategy", area="Anytown")
    project = Entity("initiative", "Anytown Street Pastors", area="Anytown")
    area = Entity("area", "Anytown")
    act = Entity("legislation", "Crime and Disorder Act 1998",
                 iri_override="http://www.legislation.gov.uk/id/ukpga/1998/37")
    sub = Entity("body", "Anytown Hate Crime Group", subtype="Group", area="Anytown")
    text = "x" * 10
    cases = {
        "chairs": (PERSON, BOARD), "vice_chair": (PERSON, BOARD), "oversees": (BOARD, TOPIC),
        "reports_to": (sub, BOARD), "subgroup_of": (sub, BOARD), "member_of": (PERSON, BOARD),
        "represented_by": (COUNCIL, PERSON), "holds_post": (PERSON, POST), "attended": (PERSON, BOARD),
        "apologies": (PERSON, BOARD), "funds": (COUNCIL, project), "produces": (BOARD, strategy),
        "responsible_for": (POST, TOPIC), "covers_area": (BOARD, area), "part_of": (project, strategy),
        "commissions": (COUNCIL, project), "delivers": (sub, project), "statutory_duty": (COUNCIL, act),
        "priority_of": (TOPIC, BOARD), "led_by": (project, BOARD), "other": (BOARD, COUNCIL),
    }
    doc = make_doc(text, [])
    from govkg.graph.model import Fact

    for key, (s, o) in cases.items():
        rel = BY_KEY[key]
        assert s.kind in rel.subject_kinds and o.kind in rel.object_kinds, key
        fact = Fact(s, key, o, 0, 3, rule="test", note="merged with" if key == "other" else None)
        if key == "funds":
            fact.amount, fact.period, fact.funding_type = Decimal(65000), "2021/22", "capital"
        if key == "represented_by":
            fact.on_body = BOARD
        if key == "holds_post":
            fact.valid_from = dt.date(2020, 4, 1)
        doc.facts.append(fact)
    return doc


def test_every_gold_relation_can_be_expressed_and_read_back(store) -> None:
    store.load_document(_doc_with_every_relation())
    keys = {r["r"] for r in store.select("SELECT DISTINCT ?r WHERE { ?a a gkg:Assertion ; gkg:relation ?r }")}
    assert keys == set(BY_KEY)
    # the n-ary details are there too: the allocation, the meeting, the dated post holding
    assert store.ask("ASK { ?g a schema:MonetaryGrant ; gkg:amount ?v ; gkg:fundingType gkg:Capital ;"
                     " schema:amount/schema:currency 'GBP' FILTER(?v = 65000) }")
    assert store.ask("ASK { ?m a gkg:Meeting ; gkg:meetingOf ?b ; schema:attendee ?p ; gkg:apologiesFrom ?p }")
    assert store.ask("ASK { ?h a gkg:PostHolding ; schema:validFrom '2020-04-01'^^xsd:date }")
    assert store.ask("ASK { ?a gkg:relation 'represented_by' ; gkg:onBody ?b }")
