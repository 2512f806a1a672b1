"""Questions an officer asks for a yes or a no, a question that names nothing, and names written in lower case.
A "yes" carries the fact and its quote; where the graph holds other facts it says what they are and never "no";
where it holds nothing it says so; a name of another council's area is refused as in any other question.
Invented councils (Brindlecombe, Quarrow), papers written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

B_AREA = Entity("area", "Brindlecombe")
B_CSP = Entity("body", "Brindlecombe Community Safety Partnership", subtype="Partnership", area="Brindlecombe",
               aliases=("Brindlecombe CSP",))
B_HWB = Entity("body", "Brindlecombe Health and Wellbeing Board", subtype="Board", area="Brindlecombe")
B_YJB = Entity("body", "Brindlecombe Youth Justice Board", subtype="Board", area="Brindlecombe")
ODILE = Entity("person", "Cllr Odile Pennywhistle", aliases=("Odile Pennywhistle",))
BARNABY = Entity("person", "Barnaby Thistlewood")
Q_CSP = Entity("body", "Quarrow Community Safety Partnership", subtype="Partnership", area="Quarrow")
Q_HWB = Entity("body", "Quarrow Health and Wellbeing Board", subtype="Board", area="Quarrow")
MARCUS = Entity("person", "Marcus Oakenfold")

B_TEXT = """Brindlecombe Community Safety Partnership: how the partnership works

The Brindlecombe Community Safety Partnership is chaired by Cllr Odile Pennywhistle, the lead member for
communities.
Each year the partnership gives its plan to the Brindlecombe Health and Wellbeing Board, to which it reports.
Barnaby Thistlewood chairs the Brindlecombe Youth Justice Board.
"""
Q_TEXT = """Quarrow Community Safety Partnership: annual review

Marcus Oakenfold chairs the Quarrow Community Safety Partnership. The partnership reports to the Quarrow
Health and Wellbeing Board twice a year.
"""


def _b(t: str) -> list[Fact]:
    return [
        _fact(t, "Brindlecombe Community Safety Partnership is chaired by Cllr Odile Pennywhistle", ODILE, "chairs",
              B_CSP),
        _fact(t, "Brindlecombe Health and Wellbeing Board, to which it reports", B_CSP, "reports_to", B_HWB),
        _fact(t, "Barnaby Thistlewood chairs the Brindlecombe Youth Justice Board", BARNABY, "chairs", B_YJB),
        _fact(t, "Brindlecombe Community Safety Partnership", B_CSP, "covers_area", B_AREA),
    ]


def _q(t: str) -> list[Fact]:
    return [
        _fact(t, "Marcus Oakenfold chairs the Quarrow Community Safety Partnership", MARCUS, "chairs", Q_CSP),
        _fact(t, "The partnership reports to the Quarrow\nHealth and Wellbeing Board", Q_CSP, "reports_to", Q_HWB),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "yesno", [
        paper("brindlecombe-csp-2024", B_TEXT, "Brindlecombe", _b),
        paper("quarrow-csp-2024", Q_TEXT, "Quarrow", _q),
    ])


@pytest.mark.parametrize("question", [
    "Does the Brindlecombe CSP report to the Brindlecombe Health and Wellbeing Board?",
    "Is the Brindlecombe Community Safety Partnership accountable to the Brindlecombe Health and Wellbeing Board?",
    "Is Odile Pennywhistle the chair of the Brindlecombe Community Safety Partnership?",
    "Is Odile Pennywhistle still the chair of the Brindlecombe CSP?",
    "Does Cllr Odile Pennywhistle chair the Brindlecombe Community Safety Partnership?",
    "is odile pennywhistle the chair of the brindlecombe community safety partnership",
])
def test_yes_carries_the_fact_and_its_quote(asker, question):
    result = asker.ask(question)
    assert result.answers and result.answers[0].label == "Yes", result.interpretation
    assert result.interpretation.startswith("Yes")
    quote = result.answers[0].evidence[0].quote or ""
    assert "Brindlecombe" in quote and result.answers[0].evidence[0].document.endswith("brindlecombe-csp-2024")


@pytest.mark.parametrize("question, held", [
    # another person chairs it: said, with who does; never "no"
    ("Is Barnaby Thistlewood the chair of the Brindlecombe Community Safety Partnership?", "Brindlecombe Youth"),
    ("Does the Brindlecombe Youth Justice Board report to the Brindlecombe Health and Wellbeing Board?",
     "Brindlecombe Community Safety Partnership"),
])
def test_other_facts_are_shown_but_are_no_no(asker, question, held):
    result = asker.ask(question)
    assert result.answers == []
    assert "no such fact" in result.interpretation and held in result.interpretation
    assert not result.interpretation.lower().startswith("no")


def test_nothing_either_way(asker):
    result = asker.ask("Does Barnaby Thistlewood sit on the Brindlecombe Health and Wellbeing Board?")
    assert result.answers == []
    assert not result.interpretation.startswith("Yes")


@pytest.mark.parametrize("question", [
    # the other council's partnership reports to its own board: never a yes about Brindlecombe's
    "Does the Quarrow Community Safety Partnership report to the Brindlecombe Health and Wellbeing Board?",
    "Is Marcus Oakenfold the chair of the Brindlecombe Community Safety Partnership?",
    "Is Odile Pennywhistle the chair of the Quarrow Community Safety Partnership?",
    # a council the graph does not hold
    "Does the Brindlecombe CSP report to the Pellinore Health and Wellbeing Board?",
    "Is Odile Pennywhistle the chair of the Pellinore Community Safety Partnership?",
])
def test_never_another_councils_yes(asker, question):
    result = asker.ask(question)
    assert result.answers == [], (question, [a.label for a in result.answers])


@pytest.mark.parametrize("question", ["Who chairs it?", "When does it meet?", "Who do they report to?"])
def test_a_question_that_names_nothing_says_what_is_missing(asker, question):
    result = asker.ask(question)
    assert result.answers == []
    assert "names nothing" in result.interpretation and "name of the body" in result.interpretation


@pytest.mark.parametrize("question, want", [
    ("who chairs the brindlecombe community safety partnership", "Cllr Odile Pennywhistle"),
    ("who chairs the quarrow community safety partnership", "Marcus Oakenfold"),
    ("what does the brindlecombe csp report to", "Brindlecombe Health and Wellbeing Board"),
])
def test_names_in_lower_case(asker, question, want):
    assert want in labels(asker, question)


def test_lower_case_name_of_an_unheld_council_is_refused(asker):
    assert labels(asker, "who chairs the pellinore community safety partnership") == []


def test_a_person_and_a_post_alone(asker):
    result = asker.ask("Is Barnaby Thistlewood still the chair?")
    assert [a.label for a in result.answers][:2] == ["Yes", "Brindlecombe Youth Justice Board"]
    assert asker.ask("Is Barnaby Thistlewood the vice chair?").answers == []
