"""A name read from a paper's sentence after "scrutinised by", "delivered by" is answered without an owner the
sentence writes by its kind alone ("the Council's", "the Force's"): that word says whose the body is, and is no
part of its name. An owner written by name, and a possessive inside the name ("Children's"), stay."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact
from govkg.questions.sentences import _agents_written, _providers_written


@pytest.mark.parametrize("written, verb, noun, name", [
    # a partnership's web page
    ("Its work is scrutinised by the Council's Safer Neighbourhoods Select Committee twice a year.", "scrutinis",
     "committee", "Safer Neighbourhoods Select Committee"),
    # minutes, a numbered item
    ("4.2 The plan was reviewed by the Borough\u2019s Children's Services Scrutiny Panel in March.", "review",
     "panel", "Children's Services Scrutiny Panel"),
    # an annual report, the owner named outright: kept
    ("The service is overseen by Marlow Vale Council's Communities Committee.", "overse", "committee",
     "Marlow Vale Council's Communities Committee"),
])
def test_an_owner_of_kind_words_is_no_part_of_the_name(written, verb, noun, name):
    assert _agents_written(written, verb, noun) == [name]


def test_a_provider_after_the_force_s_is_the_team():
    written = "Night patrols are delivered by the Force's Neighbourhood Support Team and volunteers."
    assert _providers_written(written, "deliver") == ["Neighbourhood Support Team"]


B_CSP = Entity("body", "Safer Brackenholt Partnership", subtype="Partnership", area="Brackenholt")
B_TEXT = """Safer Brackenholt Partnership - who we are

The Partnership brings the council, police, fire service and health together. The Safer Brackenholt Partnership
reports to the Health and Wellbeing Board each year and its work is scrutinised by the Council's Safer Streets
Select Committee.
"""


def _b(t: str) -> list[Fact]:
    return [_fact(t, "Safer Brackenholt Partnership", B_CSP, "covers_area", Entity("area", "Brackenholt"))]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "kind-owners", [
        paper("safer-brackenholt-who-we-are", B_TEXT, "Brackenholt", _b, doc_type="webpage"),
    ])


def test_the_scrutiny_committee_is_answered_by_its_own_name(asker):
    assert labels(asker, "Which body scrutinises the Safer Brackenholt Partnership?") == [
        "Safer Streets Select Committee"]
