"""Body types: a small SKOS scheme, read from names written in many councils' styles; projects, programmes,
campaigns and services stay what they are; every body in the graph is typed and diagrams show the type."""

from __future__ import annotations

import pytest

from builders import make_doc
from govkg.graph.model import Entity
from govkg.ontology import body_types
from govkg.ontology.body_types import classify

# Invented places (the rules, not the gazetteer, must type them) written the ways councils write them.
CASES = [
    ("Northshire County Council", "county-council", "Council"),
    ("Southvale District Council", "district-council", "Council"),
    ("Eastmoor Borough Council", "district-council", "Council"),
    ("Upper Wendle Parish Council", "parish-council", "Council"),
    ("Westmarch Community Safety Partnership", "community-safety-partnership", "Partnership"),
    ("Westmarch CSP", "community-safety-partnership", "Partnership"),
    ("Safer Westmarch Partnership", "partnership-board", "Partnership"),
    ("Northshire Combating Drugs Partnership", "partnership-board", "Partnership"),
    ("Westmarch Health and Wellbeing Board", "partnership-board", "Board"),
    ("Northshire Safeguarding Children Partnership", "safeguarding-board", "Partnership"),
    ("Northshire Safeguarding Adults Board", "safeguarding-board", "Board"),
    ("Children and Young People Overview and Scrutiny Committee", "scrutiny-committee", "Committee"),
    ("Communities Scrutiny Panel", "scrutiny-committee", "Committee"),
    ("Stronger Communities Select Committee", "select-committee", "Committee"),
    ("Cabinet", "cabinet", "Committee"),
    ("Licensing Committee", "committee", "Committee"),
    ("Westmarch Channel Panel", "channel-panel", "Panel"),
    ("Westmarch MARAC", "marac", "Panel"),
    ("Multi-Agency Risk Assessment Conference", "marac", "Panel"),
    ("Northshire Police and Crime Panel", "police-and-crime-panel", "Panel"),
    ("Northshire Constabulary", "police-force", "PoliceBody"),
    ("Office of the Police and Crime Commissioner for Northshire", "pcc-office", "PoliceBody"),
    ("Northshire Police, Fire and Crime Commissioner", "pcc-office", "PoliceBody"),
    ("Northshire Fire and Rescue Authority", "fire-and-rescue", "PublicBody"),
    ("NHS Northshire Integrated Care Board", "nhs-body", "PublicBody"),
    ("Northshire Probation Delivery Unit", "probation", "PublicBody"),
    ("Westmarch Youth Offending Team", "youth-justice-service", "PublicBody"),
    ("Department for Safer Towns", "government-department", "PublicBody"),
    ("Westmarch Women's Aid", "voluntary-organisation", "Provider"),
    ("Northshire County Council Community Safety Team", "directorate", "Directorate"),
    ("Hate Crime Reduction Forum", "working-group", "Group"),
    ("Prevent Steering Group", "working-group", "Group"),
    ("Westmarch Primary Care Trust", "nhs-body", "PublicBody"),
    ("Northshire Ambulance", "nhs-body", "PublicBody"),
    ("HM Government", "government-department", "PublicBody"),
    ("HMP Eastmoor", "prison", "PublicBody"),
    ("Eastmoor Young Offender Institution", "prison", "PublicBody"),
    ("Westmarch Homes", "housing-provider", "Provider"),
    ("Southvale Community Housing", "housing-provider", "Provider"),
    ("University of Northshire", "education-provider", "Provider"),
    ("Westmarch Sixth Form College", "education-provider", "Provider"),
    ("Westmarch Public Health", "directorate", "Directorate"),
]


@pytest.mark.parametrize("name,concept,owl_class", CASES)
def test_names_say_their_type(name: str, concept: str, owl_class: str) -> None:
    t = classify(name)
    assert (t.kind, t.concept.key if t.concept else None, t.owl_class) == ("body", concept, owl_class), t.rule


@pytest.mark.parametrize("name", [
    "White Ribbon Awareness Campaign", "Street Triage Project", "Troubled Families Programme",
    "Northshire Substance Misuse Service", "Safer Homes Initiative", "Operation Nightguard",
    "Reducing Reoffending Activities", "Hate Crime Awareness Week", "Analytical and Research Support",
])
def test_projects_programmes_campaigns_and_services_are_not_bodies(name: str) -> None:
    assert classify(name).kind == "initiative"


def test_the_gazetteer_gives_councils_their_tier() -> None:
    pytest.importorskip("govkg.loaders.gazetteer.places")
    assert classify("Kent County Council").concept.key == "county-council"
    assert classify("Cornwall Council").concept.key == "unitary-council"
    assert classify("Leeds City Council").concept.key == "metropolitan-borough-council"
    assert classify("Merseyside Police").concept.key == "police-force"
    assert classify("Home Office").concept.key == "government-department"


def test_a_type_given_by_a_register_wins_over_the_name() -> None:
    t = classify("Keep Safe Westmarch", owl_class="Partnership")
    assert (t.concept.key, t.owl_class, t.rule) == ("partnership-board", "Partnership", "class")
    # the name's concept stands when it agrees with the class given
    assert classify("Westmarch Channel Panel", owl_class="Panel").concept.key == "channel-panel"


@pytest.mark.parametrize("name,given,concept", [
    # the last word gave the class; the phrase it ends names the kind of organisation
    ("Northshire Clinical Commissioning Group", "Group", "nhs-body"),
    ("Westmarch Health Board", "Board", "nhs-body"),
    ("NHS Northshire Integrated Care Board", "Board", "nhs-body"),
    # the phrase is inside the name, not its head: the board of a service is a board
    ("Westmarch Youth Offending Service Management Board", "Board", "partnership-board"),
    ("Northshire NHS Commissioning Forum", "Group", "working-group"),
])
def test_a_name_that_says_its_kind_of_organisation_outright_stands_over_a_class_from_its_last_word(
        name: str, given: str, concept: str) -> None:
    assert classify(name, owl_class=given).concept.key == concept


def test_the_scheme_is_whole() -> None:
    concepts = body_types.concepts()
    assert {"council", "community-safety-partnership", "partnership-board", "safeguarding-board", "committee",
            "panel", "police-force", "pcc-office", "fire-and-rescue", "nhs-body", "probation",
            "youth-justice-service", "government-department", "voluntary-organisation"} <= set(concepts)
    for c in concepts.values():
        assert c.label and c.owl_class and (c.broader is None or c.broader in concepts)
    assert [c.key for c in body_types.lineage("channel-panel")] == ["channel-panel", "panel"]


def test_the_graph_types_every_body_and_keeps_projects_as_initiatives(store) -> None:
    panel = Entity("body", "Westmarch Channel Panel", area="Westmarch")
    campaign = Entity("body", "Westmarch Safer Nights Campaign", area="Westmarch")
    csp = Entity("body", "Westmarch Community Safety Partnership", area="Westmarch")
    text = "The partnership funds the Safer Nights Campaign. The Channel Panel reports to the partnership."
    store.load_document(make_doc(text, [(csp, "funds", campaign, "funds the Safer Nights Campaign"),
                                        (panel, "reports_to", csp, "Channel Panel reports to the partnership")]))
    rows = store.select("SELECT ?b ?type ?label WHERE { ?b org:classification ?t . ?t skos:prefLabel ?type ; "
                        "skos:inScheme ?s . ?s a skos:ConceptScheme . ?b rdfs:label ?label } ORDER BY ?label")
    assert [(r["label"], r["type"]) for r in rows] == [
        ("Westmarch Channel Panel", "Channel panel"),
        ("Westmarch Community Safety Partnership", "community safety partnership")]
    # the campaign is an initiative, and the funding points at it
    assert store.ask("ASK { ?csp gkg:funds ?c . ?c a gkg:Initiative ; rdfs:label 'Westmarch Safer Nights Campaign' }")
    assert not store.ask("ASK { ?c a gkg:Body ; rdfs:label 'Westmarch Safer Nights Campaign' }")
    # a question for "which panels" can follow the scheme's hierarchy
    assert store.ask("ASK { ?b org:classification/skos:broader* <https://w3id.org/govkg/id/body-type/panel> }")
    # the diagram's view of the graph carries the type
    from govkg.graph.network import load_graph

    g = load_graph(store)
    assert g.nodes[panel.iri]["body_type"] == "Channel panel" and g.nodes[panel.iri]["kind"] == "Panel"


def test_every_body_of_the_default_register_has_a_type(default_store) -> None:
    from govkg.graph.network import BODY_KINDS

    classes = " ".join(f"gkg:{k}" for k in BODY_KINDS)
    rows = default_store.select(f"SELECT ?b ?t WHERE {{ VALUES ?c {{ {classes} }} ?b a ?c . "
                                "OPTIONAL { ?b org:classification ?t } }")
    assert len(rows) > 50 and all(r["t"] for r in rows)


def test_the_entity_page_names_the_type(store) -> None:
    from govkg.server import create_app

    panel = Entity("body", "Westmarch Channel Panel", area="Westmarch")
    csp = Entity("body", "Westmarch Community Safety Partnership", area="Westmarch")
    store.load_document(make_doc("The Channel Panel reports to the partnership.",
                                 [(panel, "reports_to", csp, "Channel Panel reports to the partnership")]))
    data = create_app(store).test_client().get("/id/body/westmarch-channel-panel.json").get_json()
    assert data["kind"] == "Channel panel"


def test_which_panels_asks_for_panels_by_their_type(store) -> None:
    """'Which panels ...' is answered by bodies of the panel type (or named so), never by a board that fits the
    rest of the question; 'which bodies' and 'which boards' (a word the scheme does not tell apart) keep all."""
    from builders import BOARD, TOPIC
    from govkg.questions import Asker

    marac = Entity("body", "Westmarch Multi-Agency Risk Assessment Conference", area="Westmarch")
    forum = Entity("body", "Westmarch Hate Crime Forum", area="Westmarch")
    text = ("The Board has oversight of Prevent. The Conference also has oversight of Prevent. "
            "The Forum has oversight of Prevent.")
    store.load_document(make_doc(text, [(BOARD, "oversees", TOPIC, "The Board has oversight of Prevent"),
                                        (marac, "oversees", TOPIC, "The Conference also has oversight"),
                                        (forum, "oversees", TOPIC, "The Forum has oversight of Prevent")]))
    asker = Asker(store)

    def labels(question: str) -> set[str]:
        return {a["label"] for a in asker.ask(question).to_json()["answers"]}

    everyone = {BOARD.name, marac.name, forum.name}
    assert labels("Which bodies oversee Prevent?") == everyone
    assert labels("Which panels oversee Prevent?") == {marac.name}  # a MARAC is a panel, though not named one
    assert labels("Which committees oversee Prevent?") == set()  # none: not the nearest thing
    assert labels("Which boards oversee Prevent?") == everyone
