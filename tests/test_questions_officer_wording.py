"""Questions in an officer's own words that the graph holds the answer to (issue 11): money put into a pooled
budget named by its body; "which councillor" answered by the person holding the post the papers give; "which
prison", "which school" and a committee named a scrutiny board by its name; a body written with its place after
its name ("Combating Drugs Partnership for X") asked with the place first; a place's body described with its words
in another order; "the Police Commissioner" as people say it. Invented councils (Brackenfold, Thornleigh,
Wendlebury, Ossington, Lindenshaw, Carrowmere) and papers written for these tests, in several layouts: a budget
table, terms of reference, minutes, a cabinet report, a decision notice."""

from __future__ import annotations

from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact
from govkg.questions.lexicon import normalise

# Brackenfold: a safeguarding partnership's pooled budget, its partners' shares in a table
B_SCP = Entity("body", "Brackenfold Safeguarding Children Partnership", subtype="Partnership", area="Brackenfold")
B_ICB = Entity("body", "NHS Fenland Vale Integrated Care Board", subtype="PublicBody", area="Brackenfold")
B_POLICE = Entity("body", "Brackenfold Constabulary", subtype="PublicBody", area="Brackenfold")
B_TEXT = """Brackenfold Safeguarding Children Partnership (BSCP) annual report 2024/25

6. Pooled budget 2024/25
| Partner | Contribution |
| NHS Fenland Vale ICB | £84,300 |
| Brackenfold Constabulary | £22,150 |
"""

# Thornleigh: a partnership board's members by organisation, the council's seat held by a portfolio holder
T_CSP = Entity("body", "Safer Thornleigh Partnership Board", subtype="Board", area="Thornleigh")
T_COUNCIL = Entity("body", "Thornleigh Borough Council", subtype="Council", area="Thornleigh")
T_POST = Entity("post", "Portfolio Holder for Communities, Thornleigh Borough Council", area="Thornleigh")
T_CLLR = Entity("person", "Gwendolen Ashby")
T_PRISON = Entity("body", "HMP Thornleigh Moor", subtype="PublicBody", area="Thornleigh")
T_PROBATION = Entity("body", "Thornleigh Probation Delivery Unit", subtype="PublicBody", area="Thornleigh")
T_COLLEGE = Entity("body", "Thornleigh College", subtype="Body", area="Thornleigh")
T_CHARITY = Entity("body", "Thornleigh Night Shelter", subtype="Body", area="Thornleigh")
T_TEXT = """Safer Thornleigh Partnership Board: terms of reference 2024

4. Membership
Thornleigh Borough Council - the Portfolio Holder for Communities (Cllr Gwendolen Ashby) represents the Council.
HMP Thornleigh Moor - Head of Reducing Reoffending
Thornleigh Probation Delivery Unit - Head of Service
Thornleigh College - Vice Principal
Thornleigh Night Shelter - Manager
"""

# Wendlebury: a cabinet report's governance table, the partnership reporting to a committee the council calls a
# scrutiny board, which a reader typed as a partnership board (its class from the layout, not its name)
W_CSP = Entity("body", "Safer Wendlebury", subtype="Partnership", area="Wendlebury")
W_SCRUTINY = Entity("body", "Wendlebury Neighbourhoods Scrutiny Board", subtype="Board", area="Wendlebury",
                    body_type="partnership-board")
W_HWB = Entity("body", "Wendlebury Health and Wellbeing Board", subtype="Board", area="Wendlebury")
W_TEXT = """Wendlebury City Council Cabinet, 9 October 2024: Safer Wendlebury annual report

Governance
| Safer Wendlebury | annual report | Neighbourhoods Scrutiny Board |
| Safer Wendlebury | plan, for information | Health and Wellbeing Board |
"""

# Ossington: a combating drugs partnership named with its place after the name, in a cabinet report
O_CDP = Entity("body", "Combating Drugs Partnership for Ossington", subtype="Partnership", area="Ossington")
O_OHID = Entity("body", "Office for Health Improvement and Disparities", subtype="GovernmentDepartment")
O_TEXT = """Ossington Council Cabinet, 4 March 2025: drug and alcohol strategy

2.4 The Combating Drugs Partnership for Ossington is accountable to the Office for Health Improvement and
Disparities for its delivery plan.
"""

# Lindenshaw: a police and crime commissioner's grants, asked for as "the Police Commissioner" as people say it
L_PCC = Entity("post", "Lindenshaw Police and Crime Commissioner", area="Lindenshaw")
L_COUNCIL = Entity("body", "Lindenshaw City Council", subtype="Council", area="Lindenshaw")
L_PERSON = Entity("person", "Moira Castellane")
L_PLAN = Entity("publication", "Lindenshaw Police and Crime Plan", area="Lindenshaw")
L_TEXT = """Lindenshaw Police and Crime Commissioner: decision notice 2023/07

The Commissioner, Moira Castellane, awards Lindenshaw City Council £415,000 from the crime and disorder grant for
2023/24, in line with the Lindenshaw Police and Crime Plan.
"""

# Carrowmere: a children's safeguarding partnership whose name puts "children" first
C_SCP = Entity("body", "Carrowmere Children and Families Safeguarding Partnership", subtype="Partnership",
               area="Carrowmere")
C_PERSON = Entity("person", "Idris Penhallow")
C_TEXT = """Carrowmere Children and Families Safeguarding Partnership minutes, 14 January 2025

Present: Idris Penhallow (Independent Chair).
"""


def _b(t: str) -> list[Fact]:
    return [_fact(t, "NHS Fenland Vale ICB | £84,300", B_ICB, "funds", B_SCP, amount=Decimal("84300"),
                  period="2024/25"),
            _fact(t, "Brackenfold Constabulary | £22,150", B_POLICE, "funds", B_SCP, amount=Decimal("22150"),
                  period="2024/25")]


def _t(t: str) -> list[Fact]:
    return [_fact(t, "the Portfolio Holder for Communities (Cllr Gwendolen Ashby) represents the Council",
                  T_COUNCIL, "represented_by", T_POST, on_body=T_CSP),
            _fact(t, "Portfolio Holder for Communities (Cllr Gwendolen Ashby)", T_CLLR, "holds_post", T_POST),
            _fact(t, "HMP Thornleigh Moor", T_PRISON, "member_of", T_CSP),
            _fact(t, "Thornleigh Probation Delivery Unit", T_PROBATION, "member_of", T_CSP),
            _fact(t, "Thornleigh College", T_COLLEGE, "member_of", T_CSP),
            _fact(t, "Thornleigh Night Shelter", T_CHARITY, "member_of", T_CSP)]


def _w(t: str) -> list[Fact]:
    return [_fact(t, "| Safer Wendlebury | annual report | Neighbourhoods Scrutiny Board |", W_CSP, "reports_to",
                  W_SCRUTINY),
            _fact(t, "| Safer Wendlebury | plan, for information | Health and Wellbeing Board |", W_CSP,
                  "reports_to", W_HWB)]


def _o(t: str) -> list[Fact]:
    return [_fact(t, "The Combating Drugs Partnership for Ossington is accountable to the Office for Health",
                  O_CDP, "reports_to", O_OHID)]


def _l(t: str) -> list[Fact]:
    return [_fact(t, "awards Lindenshaw City Council £415,000", L_PCC, "funds", L_COUNCIL, amount=Decimal("415000"),
                  period="2023/24"),
            _fact(t, "The Commissioner, Moira Castellane", L_PERSON, "holds_post", L_PCC),
            _fact(t, "Lindenshaw Police and Crime Plan", L_PCC, "produces", L_PLAN)]


def _c(t: str) -> list[Fact]:
    return [_fact(t, "Idris Penhallow (Independent Chair)", C_PERSON, "chairs", C_SCP)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "officer-wording", [
        paper("brackenfold-scp-annual-report-2025", B_TEXT, "Brackenfold", _b),
        paper("safer-thornleigh-board-terms-2024", T_TEXT, "Thornleigh", _t),
        paper("wendlebury-cabinet-safer-wendlebury-2024", W_TEXT, "Wendlebury", _w),
        paper("ossington-cabinet-drugs-strategy-2025", O_TEXT, "Ossington", _o),
        paper("carrowmere-safeguarding-minutes-2025", C_TEXT, "Carrowmere", _c, doc_type="minutes"),
        paper("lindenshaw-pcc-decision-2023-07", L_TEXT, "Lindenshaw", _l, doc_type="decision"),
    ])


def test_money_put_into_a_pooled_budget_named_by_its_body(asker):
    # "pooled" says how the money is held, not who got it: the partnership named after it is the recipient
    assert labels(asker, "What did the NHS Fenland Vale ICB put into the pooled BSCP budget for 2024/25?") == [
        "£84,300"]
    assert labels(asker, "What did Brackenfold Constabulary pay into the shared BSCP budget in 2024/25?") == [
        "£22,150"]


def test_which_councillor_is_the_holder_of_the_post_given(asker):
    assert labels(asker, "Which councillor represents Thornleigh Borough Council on the Safer Thornleigh "
                         "Partnership Board?") == ["Gwendolen Ashby"]


def test_which_prison_probation_or_college_is_that_kind_only(asker):
    assert labels(asker, "Which prison sits on the Safer Thornleigh Partnership Board?") == ["HMP Thornleigh Moor"]
    assert labels(asker, "Which education institutions are members of the Safer Thornleigh Partnership Board?") == [
        "Thornleigh College"]
    assert labels(asker, "Which probation delivery unit is a member of the Safer Thornleigh Partnership Board?") == [
        "Thornleigh Probation Delivery Unit"]
    assert labels(asker, "Which college sits on the Safer Thornleigh Partnership Board?") == ["Thornleigh College"]


def test_a_relational_noun_that_ends_the_kind_asked_is_not_the_relation(asker):
    # "providers" is the kind asked for after a few describing words; "sit on" says how they are tied to the board
    assert labels(asker, "Which further education providers sit on the Safer Thornleigh Partnership Board?") == [
        "Thornleigh College"]


def test_a_scrutiny_board_is_a_committee_by_its_name(asker):
    assert labels(asker, "Which committee does Safer Wendlebury report to every year?") == [
        "Wendlebury Neighbourhoods Scrutiny Board"]


def test_a_body_named_with_its_place_after_is_asked_with_the_place_first(asker):
    assert labels(asker, "Who is the Ossington Combating Drugs Partnership accountable to?") == [
        "Office for Health Improvement and Disparities"]
    # another place's partnership of that name is still one the graph does not hold
    assert labels(asker, "Who is the Rutland Combating Drugs Partnership accountable to?") == []


def test_a_place_s_body_described_in_another_order(asker):
    assert labels(asker, "Who chairs the Carrowmere safeguarding children partnership?") == ["Idris Penhallow"]
    assert labels(asker, "Who chairs the Carrowmere safeguarding adults partnership?") == []


def test_the_police_commissioner_as_people_say_it(asker):
    assert labels(asker, "How much did Lindenshaw City Council get from the Lindenshaw Police Commissioner in "
                         "2023/24?") == ["£415,000"]
    assert labels(asker, "Who is the Lindenshaw Police Commissioner?") == ["Moira Castellane"]
    assert labels(asker, "Who is the Rutland Police Commissioner?") == []


def test_the_police_commissioner_is_read_as_the_office_s_full_name():
    # (a graph of many councils' commissioners and police and crime plans matches the short form to none of them
    # closely enough, so the words are read as the office's full name before any match)
    assert normalise("the Merrowby Police Commissioner's grant") == normalise(
        "the Merrowby Police and Crime Commissioner's grant")
    assert normalise("the Merrowby Police, Fire and Crime Commissioner") != normalise(
        "the Merrowby Police and Crime Commissioner")
