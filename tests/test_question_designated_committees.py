"""'Which committee acts as X's crime and disorder committee?' and 'Which committee scrutinises the X CSP?': the
committee a paper of that council (or of the partnership named) says acts as the council's crime and disorder
committee, the one it names last before those words, labelled as read so; never another council's, and
nothing when the papers name two. Invented councils (Ferrisford, Calderwick, Moorbridge, Hallam Vale), papers
written for these tests, in three layouts: terms of reference, a cabinet report, committee minutes."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

F_CSP = Entity("body", "Safer Ferrisford Partnership", subtype="Partnership", area="Ferrisford")
F_COMMITTEE = Entity("body", "Ferrisford Neighbourhoods Select Committee", area="Ferrisford")
C_COUNCIL = Entity("body", "Calderwick Borough Council", subtype="Council", area="Calderwick")
C_PANEL = Entity("body", "Calderwick Stronger Places Scrutiny Panel", area="Calderwick")
M_CSP = Entity("body", "Moorbridge Community Safety Partnership", subtype="Partnership", area="Moorbridge")
M_COMMITTEE = Entity("body", "Moorbridge Overview and Scrutiny Commission", area="Moorbridge")
H_CSP = Entity("body", "Hallam Vale Community Safety Partnership", subtype="Partnership", area="Hallam Vale")
H_ONE = Entity("body", "Hallam Vale North Scrutiny Committee", area="Hallam Vale")
H_TWO = Entity("body", "Hallam Vale South Scrutiny Committee", area="Hallam Vale")

F_TEXT = """Safer Ferrisford Partnership: terms of reference

8.1 The Partnership's work is examined by the Council's Ferrisford Neighbourhoods Select Committee, which acts
as the crime and disorder committee under the 2006 Act.
"""
C_TEXT = """Calderwick Borough Council Cabinet: community safety plan

6. For the Council, the Calderwick Stronger Places Scrutiny Panel is the designated crime and disorder
committee; it considered the draft plan in March.
"""
M_TEXT = """Moorbridge Community Safety Partnership minutes

5. Members noted that the annual report will go to the Moorbridge Overview and Scrutiny Commission, acting as
the statutory crime and disorder committee, in the autumn.
"""
# a county paper naming a committee for each of two councils: which is meant is not one answer
H_TEXT = """Hallam Vale Community Safety Partnership: terms of reference

9. In the north the Hallam Vale North Scrutiny Committee acts as the crime and disorder committee; in the
south the Hallam Vale South Scrutiny Committee acts as the crime and disorder committee.
"""


def _f(t: str) -> list[Fact]:
    return [_fact(t, "Ferrisford Neighbourhoods Select Committee", F_COMMITTEE, "oversees", F_CSP)]


def _c(t: str) -> list[Fact]:
    return [_fact(t, "For the Council, the Calderwick Stronger Places Scrutiny Panel", C_PANEL, "part_of", C_COUNCIL)]


def _m(t: str) -> list[Fact]:
    return [_fact(t, "Moorbridge Overview and Scrutiny Commission", M_COMMITTEE, "covers_area",
                  Entity("area", "Moorbridge")),
            _fact(t, "Moorbridge Community Safety Partnership minutes", M_CSP, "covers_area",
                  Entity("area", "Moorbridge"))]


def _h(t: str) -> list[Fact]:
    return [_fact(t, "Hallam Vale North Scrutiny Committee", H_ONE, "oversees", H_CSP),
            _fact(t, "Hallam Vale South Scrutiny Committee", H_TWO, "oversees", H_CSP)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "designated-committees", [
        paper("safer-ferrisford-partnership-terms-2024", F_TEXT, "Ferrisford", _f),
        paper("calderwick-cabinet-plan-2024", C_TEXT, "Calderwick", _c),
        paper("moorbridge-csp-minutes-2024", M_TEXT, "Moorbridge", _m, doc_type="minutes"),
        paper("hallam-vale-csp-terms-2024", H_TEXT, "Hallam Vale", _h),
    ])


def test_acts_as_in_terms_of_reference(asker):
    result = asker.ask("Which committee acts as Ferrisford's crime and disorder committee?")
    assert [a.label for a in result.answers] == ["Ferrisford Neighbourhoods Select Committee"]
    assert "as its paper writes it" in (result.answers[0].note or "")


def test_is_the_councils_committee_in_a_cabinet_report(asker):
    assert labels(asker, "Which panel is Calderwick's crime and disorder committee?") == [
        "Calderwick Stronger Places Scrutiny Panel"]


def test_scrutinises_the_partnership_from_its_minutes(asker):
    assert labels(asker, "Which committee scrutinises the Moorbridge Community Safety Partnership?") == [
        "Moorbridge Overview and Scrutiny Commission"]


def test_never_another_councils_committee(asker):
    assert labels(asker, "Which committee acts as Moorbridge's crime and disorder committee?") == [
        "Moorbridge Overview and Scrutiny Commission"]


def test_two_committees_are_no_one_answer(asker):
    assert labels(asker, "Which committee acts as Hallam Vale's crime and disorder committee?") == []
