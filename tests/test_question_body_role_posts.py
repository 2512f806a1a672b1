"""A body's own post of a role, asked for by the role and the body ("Who heads the Rowanby Youth Justice Service?",
"Who is the Lead Member for the Safer Kelsall Partnership?"), where the papers name the post "<role>, <body>"
("Head of Service, Rowanby Youth Justice Service") or "<body> <role>" and say nothing else of who heads it: the
post's holder answers. Never the holder of another body's post of the role, nor another council's. Invented
councils and papers written for these tests, in several councils' wordings."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity

YJS = Entity("body", "Rowanby Youth Justice Service", area="Rowanby")
YJS_HEAD = Entity("post", "Head of Service, Rowanby Youth Justice Service", area="Rowanby")
HEAD = Entity("person", "Tegwen Marlow")

KELSALL = Entity("body", "Safer Kelsall Partnership", subtype="Partnership", area="Kelsall")
LEAD_MEMBER = Entity("post", "Lead Member, Safer Kelsall Partnership", area="Kelsall")
MEMBER = Entity("person", "Osric Penhale")

UNIT = Entity("body", "Harlowe Business Unit", area="Harlowe")
UNIT_MANAGER = Entity("post", "Harlowe Business Unit Manager", area="Harlowe")
MANAGER = Entity("person", "Linnet Garrow")

# another council's service of the same kind, with its own head: never the answer for Rowanby's
AWAY_YJS = Entity("body", "Stoneleigh Youth Justice Service", area="Stoneleigh")
AWAY_HEAD = Entity("post", "Head of Service, Stoneleigh Youth Justice Service", area="Stoneleigh")

ROWANBY_TEXT = """Rowanby Youth Justice Plan 2025/26

Board membership
Tegwen Marlow      Head of Service, Rowanby Youth Justice Service
"""
KELSALL_TEXT = """Safer Kelsall Partnership - who we are (2025)

Cllr Osric Penhale is the Lead Member, Safer Kelsall Partnership.
"""
HARLOWE_TEXT = """Harlowe Borough Council: staffing report, 2025

Linnet Garrow (Harlowe Business Unit Manager) will present the unit's business plan.
"""
STONELEIGH_TEXT = """Stoneleigh Youth Justice Plan 2025

Present: Ansel Brackley, Head of Service, Stoneleigh Youth Justice Service.
"""


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "body-role-posts", [
        paper("rowanby-yj-plan-2025", ROWANBY_TEXT, "Rowanby", lambda t: [
            _fact(t, "Tegwen Marlow      Head of Service, Rowanby Youth Justice Service", HEAD, "holds_post",
                  YJS_HEAD),
            _fact(t, "Rowanby Youth Justice Plan", YJS, "produces",
                  Entity("publication", "Rowanby Youth Justice Plan")),
        ]),
        paper("kelsall-partnership-2025", KELSALL_TEXT, "Kelsall", lambda t: [
            _fact(t, "Cllr Osric Penhale is the Lead Member, Safer Kelsall Partnership", MEMBER, "holds_post",
                  LEAD_MEMBER),
            _fact(t, "Safer Kelsall Partnership - who we are", KELSALL, "covers_area", Entity("area", "Kelsall")),
        ]),
        paper("harlowe-staffing-2025", HARLOWE_TEXT, "Harlowe", lambda t: [
            _fact(t, "Linnet Garrow (Harlowe Business Unit Manager)", MANAGER, "holds_post", UNIT_MANAGER),
            _fact(t, "the unit's business plan", UNIT, "produces", Entity("publication", "Harlowe Business Plan")),
        ]),
        paper("stoneleigh-yj-plan-2025", STONELEIGH_TEXT, "Stoneleigh", lambda t: [
            _fact(t, "Ansel Brackley, Head of Service, Stoneleigh Youth Justice Service",
                  Entity("person", "Ansel Brackley"), "holds_post", AWAY_HEAD),
            _fact(t, "Stoneleigh Youth Justice Plan", AWAY_YJS, "produces",
                  Entity("publication", "Stoneleigh Youth Justice Plan")),
        ]),
    ])


@pytest.mark.parametrize("question", [
    "Who heads the Rowanby Youth Justice Service?",
    "Who is heading the Rowanby Youth Justice Service?",
    "Who is the Head of Service of the Rowanby Youth Justice Service?",
])
def test_the_head_of_the_service(asker, question: str):
    assert labels(asker, question) == ["Tegwen Marlow"]


def test_the_reading_names_the_post(asker):
    assert "Head of Service, Rowanby Youth Justice Service" in asker.ask(
        "Who heads the Rowanby Youth Justice Service?").interpretation


@pytest.mark.parametrize("question", [
    "Who is the Lead Member for the Safer Kelsall Partnership?",
    "Who serves as Lead Member for the Safer Kelsall Partnership?",
])
def test_a_post_named_role_comma_body_asked_role_for_body(asker, question: str):
    assert labels(asker, question) == ["Osric Penhale"]


@pytest.mark.parametrize("question", [
    "Who manages the Harlowe Business Unit?",
    "Who is in charge of the Harlowe Business Unit?",
])
def test_the_manager_of_the_unit(asker, question: str):
    assert labels(asker, question) == ["Linnet Garrow"]


@pytest.mark.parametrize("question", [
    "Who heads the Rowanby Youth Justice Service?",
    "Who heads the Youth Justice Service in Rowanby?",
])
def test_never_another_councils_head(asker, question: str):
    assert "Ansel Brackley" not in labels(asker, question)


@pytest.mark.parametrize("question", [
    "Who heads the Harlowe Youth Justice Service?",  # no such service in Harlowe
    "Who heads the Safer Kelsall Partnership?",  # its post is a lead member's, not a head's
])
def test_no_post_of_the_role_answers_nothing(asker, question: str):
    assert labels(asker, question) == []
