"""Two question-side mechanisms over three invented councils' papers (a grant table in a commissioner's decision,
a partnership's minutes with a members' list, a council's news item):

- "Which organisation was given £80,000 for hospital navigators?", naming no party: the recipient of the
  allocation of exactly that amount whose purpose or quote says what the question says it was for; nothing
  when the amount or the purpose does not fit;
- "Which organisation does P come from on the Board?": whom a person is at a body for, as "whom does P
  represent on the Board" asks.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

# -- Marlpit: a commissioner's decision with a grant table
M_PCC = Entity("post", "Marlpit Police and Crime Commissioner", area="Marlpit")
M_HUB = Entity("body", "Marlpit Violence Prevention Hub", area="Marlpit")
M_BUS = Entity("body", "Marlpit Youth Bus Trust", area="Marlpit")
M_TEXT = """Marlpit Police and Crime Commissioner: decision 2025/07, community grants

| Recipient | Purpose | Year | Amount |
| Marlpit Violence Prevention Hub | Emergency department navigators and knife crime mentoring | 2025/26 | \u00a364,000 |
| Marlpit Youth Bus Trust | Late-night outreach bus | 2025/26 | \u00a312,500 |
"""

# -- Sedgecombe: partnership minutes, members' list "Name, post, organisation"
S_BOARD = Entity("body", "Sedgecombe Safer Neighbourhoods Board", subtype="Board", area="Sedgecombe")
S_FIRE = Entity("body", "Sedgecombe Fire and Rescue Service", area="Sedgecombe")
S_HOUSING = Entity("body", "Sedgecombe Homes", area="Sedgecombe")
S_PERSON, S_OTHER = Entity("person", "Barnaby Quint"), Entity("person", "Leocadia Frome")
S_TEXT = """Sedgecombe Safer Neighbourhoods Board minutes, 3 February 2025

Members present:
Barnaby Quint, Station Manager, Sedgecombe Fire and Rescue Service
Leocadia Frome, Tenancy Lead, Sedgecombe Homes

4. The Board agreed \u00a39,300 for door-entry locks for older tenants, paid to Sedgecombe Homes.
"""

# -- Hollinsend: a council news item
H_COUNCIL = Entity("body", "Hollinsend City Council", subtype="Council", area="Hollinsend")
H_CLUB = Entity("body", "Hollinsend Boxing Academy", area="Hollinsend")
H_PANEL = Entity("body", "Hollinsend Youth Safety Panel", area="Hollinsend")
H_PERSON = Entity("person", "Odalys Penrose")
H_TEXT = """Hollinsend news: the council backs the boxing academy

Hollinsend City Council has granted \u00a364,000 to the Hollinsend Boxing Academy for its weekend
sparring sessions for young people. Odalys Penrose sits on the Hollinsend Youth Safety Panel for the
Hollinsend Boxing Academy.
"""


def _m(t: str) -> list[Fact]:
    return [
        _fact(t, "| Marlpit Violence Prevention Hub | Emergency department navigators and knife crime mentoring |"
                 " 2025/26 | \u00a364,000 |", M_PCC, "funds", M_HUB, amount=Decimal("64000"), period="2025/26",
              purpose="Emergency department navigators and knife crime mentoring"),
        _fact(t, "| Marlpit Youth Bus Trust | Late-night outreach bus | 2025/26 | \u00a312,500 |", M_PCC, "funds",
              M_BUS, amount=Decimal("12500"), period="2025/26", purpose="Late-night outreach bus"),
    ]


def _s(t: str) -> list[Fact]:
    return [
        _fact(t, "Barnaby Quint, Station Manager, Sedgecombe Fire and Rescue Service", S_PERSON, "member_of",
              S_FIRE),
        _fact(t, "Barnaby Quint, Station Manager, Sedgecombe Fire and Rescue Service", S_PERSON, "attended",
              S_BOARD),
        _fact(t, "Leocadia Frome, Tenancy Lead, Sedgecombe Homes", S_OTHER, "member_of", S_HOUSING),
        _fact(t, "Leocadia Frome, Tenancy Lead, Sedgecombe Homes", S_OTHER, "attended", S_BOARD),
        _fact(t, "The Board agreed \u00a39,300 for door-entry locks for older tenants, paid to Sedgecombe Homes",
              S_BOARD, "funds", S_HOUSING, amount=Decimal("9300"), purpose="door-entry locks for older tenants"),
    ]


def _h(t: str) -> list[Fact]:
    return [
        _fact(t, "Hollinsend City Council has granted \u00a364,000 to the Hollinsend Boxing Academy for its weekend\n"
                 "sparring sessions", H_COUNCIL, "funds", H_CLUB, amount=Decimal("64000"),
              purpose="weekend sparring sessions for young people"),
        _fact(t, "Odalys Penrose sits on the Hollinsend Youth Safety Panel", H_PERSON, "member_of", H_PANEL),
        _fact(t, "Odalys Penrose sits on the Hollinsend Youth Safety Panel for the\nHollinsend Boxing Academy",
              H_PERSON, "member_of", H_CLUB),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "paid-and-from", [
        paper("marlpit-pcc-decision-2025-07", M_TEXT, "Marlpit", _m, doc_type="decision"),
        paper("sedgecombe-snb-minutes-2025-02-03", S_TEXT, "Sedgecombe", _s, doc_type="minutes"),
        paper("hollinsend-news-boxing-2025", H_TEXT, "Hollinsend", _h, doc_type="news"),
    ])


# -- the recipient of an amount, by what it was for

def test_which_organisation_was_given_an_amount_for_a_purpose_in_a_table(asker):
    got = labels(asker, "Which organisation was given \u00a364,000 for emergency department navigators?")
    assert got == ["Marlpit Violence Prevention Hub"]


def test_who_received_an_amount_to_run_something(asker):
    assert labels(asker, "Who received \u00a312,500 to run a late-night outreach bus?") == ["Marlpit Youth Bus Trust"]


def test_which_body_got_an_amount_from_minutes(asker):
    assert labels(asker, "Which body was allocated \u00a39,300 for door-entry locks?") == ["Sedgecombe Homes"]


def test_the_same_amount_for_another_purpose_is_anothers(asker):
    # both Marlpit's hub and Hollinsend's academy got £64,000: what it was for says which
    assert labels(asker, "Which organisation was given \u00a364,000 for weekend sparring sessions?") == [
        "Hollinsend Boxing Academy"]


def test_an_amount_for_a_purpose_no_paper_gives_is_unanswered(asker):
    assert labels(asker, "Which organisation was given \u00a364,000 for street lighting?") == []


def test_a_purpose_paid_another_amount_is_unanswered(asker):
    assert labels(asker, "Which organisation was given \u00a365,000 for emergency department navigators?") == []


def test_the_place_asked_must_be_the_papers(asker):
    assert labels(asker, "Which organisation in Sedgecombe was given \u00a364,000 for emergency department"
                         " navigators?") == []


# -- whom a person comes from on a body

def test_which_organisation_does_a_member_come_from_on_the_board(asker):
    assert labels(asker, "Which organisation does Barnaby Quint come from on the Sedgecombe Safer Neighbourhoods"
                         " Board?") == ["Sedgecombe Fire and Rescue Service"]


def test_which_organisation_is_a_panel_member_from_on_the_panel(asker):
    assert labels(asker, "Which organisation is Odalys Penrose from on the Hollinsend Youth Safety Panel?") == [
        "Hollinsend Boxing Academy"]


def test_which_organisation_did_a_member_come_from_at_the_board(asker):
    assert labels(asker, "Which organisation did Leocadia Frome come from at the Sedgecombe Safer Neighbourhoods"
                         " Board?") == ["Sedgecombe Homes"]


# -- a place the graph holds as an area narrows an allocation asked by its amount (never another council's)

def test_an_amount_in_a_place_that_paid_none_of_it_is_unanswered(asker):
    assert labels(asker, "Which organisation in Sedgecombe was given \u00a364,000?") == []


def test_an_amount_in_the_place_that_paid_it(asker):
    assert labels(asker, "Which organisation in Marlpit was given \u00a364,000?") == ["Marlpit Violence Prevention Hub"]
    assert labels(asker, "Which organisation in Hollinsend was given \u00a364,000?") == ["Hollinsend Boxing Academy"]


# -- a sum the question states is never its answer

@pytest.mark.parametrize("question", [
    "What is the rest of the Marlpit commissioner's \u00a364,000 to the Violence Prevention Hub spent on?",
    "What is the Hollinsend City Council's \u00a364,000 grant to the boxing academy used for besides sparring?",
    "What was the \u00a39,300 from the Sedgecombe Safer Neighbourhoods Board spent on, apart from locks?",
])
def test_a_sum_the_question_states_is_not_given_back(asker, question):
    assert not [g for g in labels(asker, question) if g.startswith("\u00a3")]
