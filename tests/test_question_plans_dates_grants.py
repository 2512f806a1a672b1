"""Four question-side mechanisms, each over three invented councils' papers written in different styles (a
partnership's annual report, a PCC decision notice with a grant table, a board's minutes):

- a body's priorities are those of the plan it writes, and a plan's are its maker's, read across a `produces`
  fact of the same paper only ("What are the priorities of the Board?" where the paper lists the Plan's);
- "from July 2025", "since 1 May 2025": the preposition goes with the date, never left behind to read as "which
  organisation are they from";
- "What Community Safety Grant does the PCC give the CSP?": a question that names the money by a grant's or
  fund's name asks an amount, as "What grant does ..." does;
- "the IDVA service": the initials of a held name and the kind word after them ("Independent Domestic Violence
  Advocacy Service").
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

# -- Tollbridge: a partnership's annual report (a board writes a plan; the plan's priorities)
T_AREA = Entity("area", "Tollbridge")
T_BOARD = Entity("body", "Tollbridge Safer Streets Board", subtype="Board", area="Tollbridge")
T_PLAN = Entity("publication", "Tollbridge Neighbourhood Safety Plan 2025-2028", area="Tollbridge")
T_PCC = Entity("post", "Fenmarch Police and Crime Commissioner", area="Fenmarch")
T_GRANT = Entity("initiative", "Neighbourhood Safety Grant")
T_SERVICE = Entity("initiative", "Independent Domestic Violence Advocacy Service", area="Tollbridge")
T_REFUGE = Entity("body", "Tollbridge Refuge Trust", area="Tollbridge")
T_CHAIR_A, T_CHAIR_B = Entity("person", "Ottoline Breck"), Entity("person", "Casimir Vell")
T_ORG_A = Entity("body", "Tollbridge Borough Council", subtype="Council", area="Tollbridge")
T_ORG_B = Entity("body", "Fenmarch Constabulary", area="Fenmarch")

T_TEXT = """Tollbridge Safer Streets Board: annual report 2025

The Tollbridge Safer Streets Board has written the Tollbridge Neighbourhood Safety Plan 2025-2028 for the
borough.

Under the plan, the partners will put three things first: shop theft, cycle crime and speeding on estate roads.

From July 2025 the Board is co-chaired by Ottoline Breck of Tollbridge Borough Council and Casimir Vell of the
Fenmarch Constabulary.

The Fenmarch Police and Crime Commissioner gives the Board a Neighbourhood Safety Grant of \u00a341,250 for
2025/26.

The Independent Domestic Violence Advocacy Service is run by the Tollbridge Refuge Trust.
"""

# -- Quarrymoor: a decision notice, with a table of grants (a plan named first, its maker after)
Q_PANEL = Entity("body", "Quarrymoor Community Safety Partnership", subtype="Partnership", area="Quarrymoor")
Q_PLAN = Entity("publication", "Quarrymoor Partnership Plan 2024-2027", area="Quarrymoor")
Q_PCC = Entity("post", "Quarrymoor Police and Crime Commissioner", area="Quarrymoor")
Q_FUND = Entity("initiative", "Youth Diversion Grant")
Q_SERVICE = Entity("initiative", "Independent Sexual Violence Adviser Service", area="Quarrymoor")
Q_CHARITY = Entity("body", "Quarrymoor Rape Crisis", area="Quarrymoor")
Q_CHAIR = Entity("person", "Perpetua Hask")

Q_TEXT = """Quarrymoor Police and Crime Commissioner: decision notice QPCC 2024/12

1. The Quarrymoor Partnership Plan 2024-2027, prepared by the Quarrymoor Community Safety Partnership, is noted.
2. Its priorities are youth violence and hate crime.

| Recipient | Grant | Amount |
| Quarrymoor Community Safety Partnership | Youth Diversion Grant | \u00a318,900 |

3. Since 1 May 2024 Perpetua Hask has chaired the Quarrymoor Community Safety Partnership.
4. The Independent Sexual Violence Adviser Service is provided by Quarrymoor Rape Crisis.
"""

# -- Wrenhallow: a board's minutes (the priorities given as the board's; the plan's asked)
W_BOARD = Entity("body", "Wrenhallow Community Safety Board", subtype="Board", area="Wrenhallow")
W_PLAN = Entity("publication", "Wrenhallow Safer Communities Strategy 2023-2026", area="Wrenhallow")
W_COUNCIL = Entity("body", "Wrenhallow District Council", subtype="Council", area="Wrenhallow")
W_AWARD = Entity("initiative", "Safer Nights Award")
W_TEAM = Entity("body", "Wrenhallow Night Safety Team", area="Wrenhallow")
W_CHAIR = Entity("person", "Idony Carrow")

W_TEXT = """Wrenhallow Community Safety Board minutes, 9 October 2023

4. Members agreed the Wrenhallow Safer Communities Strategy 2023-2026, which the Board produces.
5. The Board's priorities for the strategy's life: drug dealing and fly-tipping.
6. From October 2023 Idony Carrow chairs the Board.
7. Wrenhallow District Council gives the Wrenhallow Night Safety Team a Safer Nights Award of \u00a37,600.
"""

# -- Elsewhere: another council's plan with its own priorities, never another's answer
E_BOARD = Entity("body", "Coldharbour Community Safety Board", subtype="Board", area="Coldharbour")
E_PLAN = Entity("publication", "Coldharbour Safety Plan 2024-2027", area="Coldharbour")
E_TEXT = """Coldharbour Community Safety Board: news, 2024

The Coldharbour Community Safety Board has published the Coldharbour Safety Plan 2024-2027.
The plan's priority is rural theft.
"""


_CO_CHAIRS = "the Board is co-chaired by Ottoline Breck of Tollbridge Borough Council and Casimir Vell"


def _t(t: str) -> list[Fact]:
    return [
        _fact(t, "Tollbridge Safer Streets Board has written", T_BOARD, "produces", T_PLAN),
        _fact(t, "shop theft", Entity("topic", "Shop theft"), "priority_of", T_PLAN),
        _fact(t, "cycle crime", Entity("topic", "Cycle crime"), "priority_of", T_PLAN),
        _fact(t, "speeding on estate roads", Entity("topic", "Speeding on estate roads"), "priority_of", T_PLAN),
        _fact(t, _CO_CHAIRS, T_CHAIR_A, "chairs", T_BOARD),
        _fact(t, _CO_CHAIRS, T_CHAIR_B, "chairs", T_BOARD),
        _fact(t, "Ottoline Breck of Tollbridge Borough Council", T_CHAIR_A, "member_of", T_ORG_A),
        _fact(t, "Casimir Vell of the\nFenmarch Constabulary", T_CHAIR_B, "member_of", T_ORG_B),
        _fact(t, "Neighbourhood Safety Grant of \u00a341,250", T_PCC, "funds", T_BOARD, amount=Decimal("41250"),
              period="2025/26", purpose="Neighbourhood Safety Grant"),
        _fact(t, "run by the Tollbridge Refuge Trust", T_REFUGE, "delivers", T_SERVICE),
        _fact(t, "for the\nborough", T_BOARD, "covers_area", T_AREA),
        _fact(t, "a Neighbourhood Safety Grant", T_GRANT, "covers_area", T_AREA),
    ]


def _q(t: str) -> list[Fact]:
    return [
        _fact(t, "prepared by the Quarrymoor Community Safety Partnership", Q_PANEL, "produces", Q_PLAN),
        _fact(t, "youth violence", Entity("topic", "Youth violence"), "priority_of", Q_PANEL),
        _fact(t, "hate crime", Entity("topic", "Hate crime"), "priority_of", Q_PANEL),
        _fact(t, "Youth Diversion Grant | \u00a318,900", Q_PCC, "funds", Q_PANEL, amount=Decimal("18900"),
              purpose="Youth Diversion Grant"),
        _fact(t, "Perpetua Hask has chaired", Q_CHAIR, "chairs", Q_PANEL),
        _fact(t, "| Youth Diversion Grant |", Q_FUND, "covers_area", Entity("area", "Quarrymoor")),
        _fact(t, "provided by Quarrymoor Rape Crisis", Q_CHARITY, "delivers", Q_SERVICE),
    ]


def _w(t: str) -> list[Fact]:
    return [
        _fact(t, "which the Board produces", W_BOARD, "produces", W_PLAN),
        _fact(t, "drug dealing", Entity("topic", "Drug dealing"), "priority_of", W_BOARD),
        _fact(t, "fly-tipping", Entity("topic", "Fly-tipping"), "priority_of", W_BOARD),
        _fact(t, "Idony Carrow chairs the Board", W_CHAIR, "chairs", W_BOARD),
        _fact(t, "a Safer Nights Award", W_AWARD, "covers_area", Entity("area", "Wrenhallow")),
        _fact(t, "Safer Nights Award of \u00a37,600", W_COUNCIL, "funds", W_TEAM, amount=Decimal("7600"),
              purpose="Safer Nights Award"),
    ]


def _e(t: str) -> list[Fact]:
    return [
        _fact(t, "has published the Coldharbour Safety Plan", E_BOARD, "produces", E_PLAN),
        _fact(t, "rural theft", Entity("topic", "Rural theft"), "priority_of", E_PLAN),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "plans-dates-grants", [
        paper("tollbridge-ssb-annual-report-2025", T_TEXT, "Tollbridge", _t, doc_type="report"),
        paper("quarrymoor-pcc-decision-2024-12", Q_TEXT, "Quarrymoor", _q, doc_type="decision"),
        paper("wrenhallow-csb-minutes-2023-10-09", W_TEXT, "Wrenhallow", _w, doc_type="minutes"),
        paper("coldharbour-csb-news-2024", E_TEXT, "Coldharbour", _e, doc_type="news"),
    ])


# -- a plan's priorities are its maker's, and the maker's its plan's

def test_a_boards_priorities_from_the_plan_it_writes(asker):
    got = labels(asker, "What are the Tollbridge Safer Streets Board's priorities?")
    assert sorted(got) == ["Cycle crime", "Shop theft", "Speeding on estate roads"]


def test_a_plans_priorities_from_the_partnership_that_prepared_it(asker):
    got = labels(asker, "What priorities does the Quarrymoor Partnership Plan 2024-2027 set?")
    assert sorted(got) == ["Hate crime", "Youth violence"]


def test_a_strategys_priorities_from_the_boards_minutes(asker):
    got = labels(asker, "Which priorities are in the Wrenhallow Safer Communities Strategy 2023-2026?")
    assert sorted(got) == ["Drug dealing", "Fly-tipping"]


def test_a_plans_own_priorities_are_never_another_councils(asker):
    # Coldharbour's plan states its own; Tollbridge's board never answers with it, nor it with Tollbridge's
    assert labels(asker, "What are the priorities of the Coldharbour Community Safety Board?") == ["Rural theft"]
    assert "Rural theft" not in labels(asker, "What are the Tollbridge Safer Streets Board's priorities?")


def test_priorities_of_a_body_that_writes_no_plan_stay_unanswered(asker):
    assert labels(asker, "What are the priorities of Tollbridge Refuge Trust?") == []


# -- "from <date>" is a time, not where someone comes from

def test_co_chairs_from_a_month(asker):
    got = labels(asker, "Who are the co-chairs of the Tollbridge Safer Streets Board from July 2025?")
    assert sorted(got) == ["Casimir Vell", "Ottoline Breck"]


def test_chair_since_a_day(asker):
    assert labels(asker, "Who has chaired the Quarrymoor Community Safety Partnership since 1 May 2024?") == [
        "Perpetua Hask"]


def test_chair_from_a_month_in_minutes(asker):
    assert labels(asker, "Who chairs the Wrenhallow Community Safety Board from October 2023?") == ["Idony Carrow"]


def test_where_a_co_chair_is_from_still_reads_as_their_organisation(asker):
    got = labels(asker, "Which organisation is Casimir Vell from?")
    assert got == ["Fenmarch Constabulary"]


# -- money named by a grant's or fund's own name

def test_what_named_grant_does_the_commissioner_give(asker):
    got = labels(asker, "What Neighbourhood Safety Grant does the Fenmarch Police and Crime Commissioner give the"
                        " Tollbridge Safer Streets Board for 2025/26?")
    assert got == ["\u00a341,250"]


def test_what_named_grant_did_the_commissioner_award(asker):
    got = labels(asker, "What Youth Diversion Grant did the Quarrymoor Police and Crime Commissioner award the"
                        " Quarrymoor Community Safety Partnership?")
    assert got == ["\u00a318,900"]


def test_what_named_award_does_the_council_give(asker):
    got = labels(asker, "What Safer Nights Award does Wrenhallow District Council give the Wrenhallow Night"
                        " Safety Team?")
    assert got == ["\u00a37,600"]


# -- a service named by its initials and its kind

def test_idva_service(asker):
    assert labels(asker, "Who runs the IDVA service in Tollbridge?") == ["Tollbridge Refuge Trust"]


def test_isva_service(asker):
    assert labels(asker, "Which organisation provides the ISVA service in Quarrymoor?") == ["Quarrymoor Rape Crisis"]


def test_initials_of_an_unheld_service_are_refused(asker):
    result = asker.ask("Who runs the IDVA service in Wrenhallow?")
    assert result.answers == []
