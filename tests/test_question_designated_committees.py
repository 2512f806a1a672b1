"""'Which committee acts as X's crime and disorder committee?' and 'Which committee scrutinises the X CSP?': the
committee a paper of that council (or of the partnership named) says acts as the council's crime and disorder
committee, the one it names last before those words, labelled as read so; never another council's, and
nothing when the papers name two. The same for 'Which council acts as accountable body for X's grant?'.
Invented councils (Ferrisford, Calderwick, Moorbridge, Hallam Vale, Penwick, Lowmoor, Saltby), papers written
for these tests, in three layouts each: terms of reference, a cabinet report or annual report, minutes."""

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
P_CSP = Entity("body", "Penwick Community Safety Partnership", subtype="Partnership", area="Penwick")
P_COUNCIL = Entity("body", "Penwick Borough Council", subtype="Council", area="Penwick")
L_CSP = Entity("body", "Safer Lowmoor Partnership", subtype="Partnership", area="Lowmoor")
L_COUNCIL = Entity("body", "Lowmoor District Council", subtype="Council", area="Lowmoor")
S_CSP = Entity("body", "Safer Saltby Partnership", subtype="Partnership", area="Saltby")
S_COUNCIL = Entity("body", "Saltby City Council", subtype="Council", area="Saltby")
E_CSP = Entity("body", "Eastfold Community Safety Partnership", subtype="Partnership", area="Eastfold")
N_CSP = Entity("body", "Northfold Community Safety Partnership", subtype="Partnership", area="Northfold")

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

# an annual report, minutes and terms of reference that name the council holding a partnership's money
P_TEXT = """Penwick Community Safety Partnership annual report

Penwick Borough Council acts as accountable body for the money the Partnership is given; its volunteers run
the town centre safe haven.
"""
L_TEXT = """Safer Lowmoor Partnership minutes

3. The Commissioner has granted \u00a340,000 for the year, with Lowmoor District Council acting as accountable
body for the Safer Lowmoor Partnership.
"""
S_TEXT = """Safer Saltby Partnership: terms of reference

7. Saltby City Council is the accountable body for the Safer Saltby Partnership's funds.
"""

# a county commissioner's grant table, filed under one district, whose line names another district's partnership
E_TEXT = """Commissioner's grants to the district partnerships, 2024/25

Northfold Community Safety Partnership (as accountable body)       \u00a338,000
Eastfold Community Safety Partnership                              \u00a341,500
"""


def _e(t: str) -> list[Fact]:
    return [_fact(t, "Northfold Community Safety Partnership", N_CSP, "covers_area", Entity("area", "Northfold")),
            _fact(t, "Eastfold Community Safety Partnership", E_CSP, "covers_area", Entity("area", "Eastfold"))]


def _p(t: str) -> list[Fact]:
    return [_fact(t, "Penwick Borough Council", P_COUNCIL, "member_of", P_CSP)]


def _l(t: str) -> list[Fact]:
    return [_fact(t, "Lowmoor District Council acting as accountable\nbody for the Safer Lowmoor Partnership",
                  L_COUNCIL, "member_of", L_CSP)]


def _s(t: str) -> list[Fact]:
    return [_fact(t, "Saltby City Council is the accountable body for the Safer Saltby Partnership", S_COUNCIL,
                  "member_of", S_CSP)]


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
        paper("penwick-csp-annual-report-2024", P_TEXT, "Penwick", _p),
        paper("safer-lowmoor-partnership-minutes-2024", L_TEXT, "Lowmoor", _l, doc_type="minutes"),
        paper("safer-saltby-partnership-terms-2024", S_TEXT, "Saltby", _s),
        paper("county-commissioner-grants-2024", E_TEXT, "Eastfold", _e, doc_type="decision"),
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


def test_accountable_body_in_an_annual_report(asker):
    result = asker.ask("Which council acts as accountable body for the Penwick partnership's funding?")
    assert [a.label for a in result.answers] == ["Penwick Borough Council"]
    assert "accountable body" in (result.answers[0].note or "")


def test_accountable_body_in_minutes(asker):
    assert labels(asker, "Which council is the accountable body for the Safer Lowmoor Partnership's grant?") == [
        "Lowmoor District Council"]


def test_accountable_body_in_terms_of_reference(asker):
    assert labels(asker, "Who is the accountable body for the Safer Saltby Partnership?") == ["Saltby City Council"]


def test_no_accountable_body_from_another_council(asker):
    assert labels(asker, "Which council acts as accountable body for Ferrisford's grant?") == []


def test_never_another_districts_body_from_a_county_table(asker):
    # the line is Northfold's; and a partnership is no council
    assert labels(asker, "Which council acts as accountable body for the Eastfold CSP grant?") == []
    assert labels(asker, "Which body acts as accountable body for the Eastfold Community Safety Partnership?") == []
