"""Questions that reach their answer in two steps, or through a relation the papers state another way: a
relative clause in the middle of the question ("who does the body that X chairs report to"), said with a
participle ("the partnership chaired by X") or with a role ("whose chair is X"); a publication its papers name
only by its editions; a sub-group reporting to the body it is under when no more is said; "in charge of"
answered by the chair alone when there is one; and the words that pick the answer's kind (a section of an Act,
an organisation, never a person) or that are a verb, not the one-word topic they also spell. One invented
council, a paper written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact

from govkg.graph.model import Entity, Fact, SourceDocument
from govkg.loaders import content_hash
from govkg.questions import Asker

CSP = Entity("body", "Safer Eastvale Partnership", subtype="Partnership", area="Eastvale", aliases=("SEP",))
LSP = Entity("body", "Eastvale Local Strategic Partnership", subtype="Partnership", area="Eastvale")
SCRUTINY = Entity("body", "Eastvale Communities Scrutiny Committee", subtype="Committee", area="Eastvale")
SUBGROUP = Entity("body", "Eastvale Prevent Delivery Group", subtype="Group", area="Eastvale")
WEST_CSP = Entity("body", "Safer Westmoor Partnership", subtype="Partnership", area="Westmoor")
COUNCIL = Entity("body", "Eastvale Borough Council", subtype="Council", area="Eastvale")
PLAN = Entity("publication", "Eastvale Community Safety Plan 2023-26", area="Eastvale")
ABUSE = Entity("topic", "Domestic Abuse")
ASB = Entity("topic", "Anti-Social Behaviour")
EASTVALE = Entity("area", "Eastvale")
NORTH = Entity("area", "North Eastvale")
NINA = Entity("person", "Nina Hale")
ACT = Entity("legislation", "Crime and Disorder Act 1998")
PREPARE = Entity("topic", "Prepare")
CONTEST = Entity("topic", "Contest")

LINES = [
    "Eastvale community safety papers, 2023",
    "The Safer Eastvale Partnership reports to the Eastvale Local Strategic Partnership.",
    "The Eastvale Communities Scrutiny Committee oversees the Safer Eastvale Partnership.",
    "The Safer Eastvale Partnership covers Eastvale and North Eastvale.",
    "Eastvale Borough Council is a member of the Safer Eastvale Partnership.",
    "The Safer Eastvale Partnership produced the Eastvale Community Safety Plan 2023-26.",
    "Domestic abuse and anti-social behaviour are priorities of the Safer Eastvale Partnership.",
    "The Eastvale Prevent Delivery Group is a sub-group of the Safer Eastvale Partnership.",
    "Nina Hale chairs the Safer Eastvale Partnership.",
    "The Safer Westmoor Partnership met once.",
    "The Eastvale Communities Scrutiny Committee also oversees the Eastvale Prevent Delivery Group.",
    "Under Section 17 of the Crime and Disorder Act 1998 the Safer Eastvale Partnership has a duty to plan.",
    "The Safer Westmoor Partnership works under the Crime and Disorder Act 1998.",
    "Prepare is one strand of Contest.",
    "The Safer Eastvale Partnership is responsible for tackling anti-social behaviour.",
]
TEXT = "\n".join(LINES) + "\n"


def _facts(t: str) -> list[Fact]:
    line = LINES.__getitem__
    return [
        _fact(t, line(1), CSP, "reports_to", LSP),
        _fact(t, line(2), SCRUTINY, "oversees", CSP),
        _fact(t, line(3), CSP, "covers_area", EASTVALE),
        _fact(t, line(3), CSP, "covers_area", NORTH),
        _fact(t, line(4), COUNCIL, "member_of", CSP),
        _fact(t, line(5), CSP, "produces", PLAN),
        _fact(t, line(6), ABUSE, "priority_of", CSP),
        _fact(t, line(6), ASB, "priority_of", CSP),
        _fact(t, line(7), SUBGROUP, "subgroup_of", CSP),
        _fact(t, line(8), NINA, "chairs", CSP),
        _fact(t, line(9), WEST_CSP, "member_of", WEST_CSP),
        _fact(t, line(10), SCRUTINY, "oversees", SUBGROUP),
        _fact(t, line(11), CSP, "statutory_duty", ACT),
        _fact(t, line(12), WEST_CSP, "statutory_duty", ACT),
        _fact(t, line(13), PREPARE, "part_of", CONTEST),
        _fact(t, line(14), CSP, "responsible_for", ASB),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    from govkg.graph.store import LocalStore
    from govkg.pipeline import ensure_vocabulary

    store = LocalStore(tmp_path_factory.mktemp("paths") / "store")
    ensure_vocabulary(store)
    doc = SourceDocument(
        key="eastvale-papers-2023", source="eastvale-papers-2023.txt", text=TEXT,
        sha256=content_hash(TEXT.encode(), "test"), loader="test", doc_type="report", title=LINES[0],
        date=dt.date(2023, 3, 1), date_precision="day", area="Eastvale",
    )
    doc.facts = _facts(TEXT)
    store.load_document(doc)
    yield Asker(store)
    store.close()


def labels(asker: Asker, question: str) -> set[str]:
    return {a.label for a in asker.ask(question).answers}


PRIORITIES = {"Domestic Abuse", "Anti-Social Behaviour"}


@pytest.mark.parametrize(("question", "expected"), [
    ("Who does the body that Nina Hale chairs report to?", {"Eastvale Local Strategic Partnership"}),
    ("Which committee oversees the partnership that Eastvale Borough Council is a member of?",
     {"Eastvale Communities Scrutiny Committee"}),
    ("Which areas does the partnership chaired by Nina Hale cover?", {"Eastvale", "North Eastvale"}),
    ("What are the priorities of the partnership whose chair is Nina Hale?", PRIORITIES),
    ("What are the priorities of the partnership that Nina Hale chairs?", PRIORITIES),
    ("Who chairs the body that the Eastvale Prevent Delivery Group is a sub-group of?", {"Nina Hale"}),
])
def test_a_relative_clause_anywhere_in_the_question_is_answered_first(asker, question, expected):
    assert labels(asker, question) == expected


def test_a_publication_named_without_its_edition_links_to_its_editions_in_its_place(asker):
    assert labels(asker, "Which partnership developed the Eastvale Community Safety Plan?") == {
        "Safer Eastvale Partnership"
    }
    assert labels(asker, "Who chairs the partnership that produced the Eastvale Community Safety Plan?") == {
        "Nina Hale"
    }
    # Westmoor has no plan in the graph: never Eastvale's
    assert labels(asker, "Which partnership developed the Westmoor Community Safety Plan?") == set()


def test_a_sub_group_reports_to_the_body_it_is_under_when_no_more_is_said(asker):
    assert labels(asker, "Which partnership does the Eastvale Prevent Delivery Group report to?") == {
        "Safer Eastvale Partnership"
    }
    # a body with a reporting line of its own is answered with it, not with what it is under
    assert labels(asker, "To whom is the Safer Eastvale Partnership accountable?") == {
        "Eastvale Local Strategic Partnership"
    }


def test_in_charge_of_is_the_chair_when_the_graph_holds_one(asker):
    assert labels(asker, "Who is in charge of the SEP?") == {"Nina Hale"}
    # without a chair, the body that oversees it is the next answer
    assert labels(asker, "Who is in charge of the Eastvale Prevent Delivery Group?") == {
        "Eastvale Communities Scrutiny Committee"
    }


def test_a_verb_is_not_the_one_word_topic_it_spells(asker):
    # "prepare" is a relation's verb here, not the Contest strand "Prepare"
    assert labels(asker, "What document does the Safer Eastvale Partnership prepare?") == {
        "Eastvale Community Safety Plan 2023-26"
    }
    assert labels(asker, "What does the Safer Eastvale Partnership prioritise?") == PRIORITIES
    assert labels(asker, "Which areas does the Safer Eastvale Partnership coordinate community safety across?") == {
        "Eastvale", "North Eastvale"
    }
    # a place is asked for: the topic the partnership is responsible for is no answer
    assert labels(asker, "What is the Safer Eastvale Partnership responsible for?") == {"Anti-Social Behaviour"}
    assert labels(asker, "Which area is the Safer Eastvale Partnership responsible for?") == set()


def test_a_section_is_what_the_quote_names_and_an_organisation_is_never_a_person(asker):
    question = "Under which section of the Crime and Disorder Act does the {} have a duty?"
    assert labels(asker, question.format("Safer Eastvale Partnership")) == {"Section 17"}
    # the Westmoor paper names only the Act: the Act is no answer to "which section"
    assert labels(asker, question.format("Safer Westmoor Partnership")) == set()
    assert labels(asker, "Which Act does the Safer Westmoor Partnership work under?") == {"Crime and Disorder Act 1998"}
    assert labels(asker, "Who chairs the Safer Eastvale Partnership?") == {"Nina Hale"}
    assert labels(asker, "Which organisation runs the Safer Eastvale Partnership?") == set()
