"""A grid of remit facts read wrongly from true statements, beside the neighbouring statements read rightly.

Each false reading comes from a form, not a word: the last item of a list after ", and" cut again at its own "and"
("..., and getting people into housing and work"); a body invented from a plan's title ("the HBCSP Partnership
Plan" read as a body "HBCSP Partnership"'s plan, where "Partnership Plan" is the kind of plan and HBCSP its
partnership); a council given the work its team does ("delivered by the Council's Housing Options team"); a place
read as a service ("a project in Nelson, Brierfield and Barrowford that is delivered by X"); a council made
responsible for the partnership it is the accountable body for (it holds the money); a topic read as overseen where
it describes a noun of casework or training ("manages anti-social behaviour casework"); and remit objects cut at the
wrong place ("leads on this work", "monitors delivery of all of these projects", 'the Group ("the PDG")',
"refresh annually the Plan", "oversee the work of its sub-groups", "monitor the CSP's vulnerability priority",
"meet monthly").

Short papers invented for the test, each in another council's style. A case lists the facts that must be read
(`want`) and those that must not (`never`), as (subject, relation, object) names. Run the module as a script for
the grid's score: `python tests/test_extract_remit_precision_grid.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from extract_helpers import read, triples

Fact = tuple[str, str, str]


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    want: frozenset[Fact]
    never: frozenset[Fact] = frozenset()


def case(name: str, text: str, want: list[Fact], never: list[Fact] | None = None) -> Case:
    return Case(name, text, frozenset(want), frozenset(never or ()))


CASES = [
    # the last item of a list after ", and" keeps its own "and"
    case("oxford-and-last-item-whole",
         "Safer Kirklees Partnership: terms of reference\n\n1. Priorities\n\n1.1 The Partnership's priorities for "
         "2025/26 are cutting repeat burglary, tackling fly-tipping, and getting young people into training and "
         "work.\n",
         [("Getting young people into training and work", "priority_of", "Safer Kirklees Partnership"),
          ("Cutting repeat burglary", "priority_of", "Safer Kirklees Partnership")],
         [("Work", "priority_of", "Safer Kirklees Partnership"),
          ("Getting young people into training", "priority_of", "Safer Kirklees Partnership")]),
    case("oxford-and-colon-list",
         "Thurrock Domestic Abuse Board: annual report 2024/25\n\nIn 2025/26 the Board will focus on three "
         "priorities: stalking, honour-based abuse, and support for older and disabled victims.\n",
         [("Stalking", "priority_of", "Thurrock Domestic Abuse Board")],
         [("Disabled victims", "priority_of", "Thurrock Domestic Abuse Board")]),
    case("plain-and-still-parts-items",
         "Minutes of the Safer Hartlepool Partnership\n\n5. The Partnership's priorities for 2025/26 are "
         "burglary, shop theft and fly-tipping.\n",
         [("Shop theft", "priority_of", "Safer Hartlepool Partnership"),
          ("Fly-tipping", "priority_of", "Safer Hartlepool Partnership")]),
    # "<X> Partnership Plan": the plan of X's partnership, not of a body "X Partnership"
    case("acronym-partnership-plan",
         "Report of the Head of Place\n\n1. The Harbury District Community Safety Partnership (HBCSP) met in "
         "June.\n\nBackground papers: HBCSP Partnership Plan 2021/22\n",
         [("Harbury District Community Safety Partnership", "produces", "HBCSP Partnership Plan 2021/22")],
         [("HBCSP Partnership", "produces", "HBCSP Partnership Plan 2021/22")]),
    case("place-partnership-plan",
         "Welland Borough Council\n\nCabinet, 4 February 2025\n\n1. The Wendle Hatton Community Safety "
         "Partnership (WHACSP) met in June.\n\nBackground papers: Wendle Hatton Partnership Plan 2025-2028\n",
         [("Wendle Hatton Community Safety Partnership", "produces", "Wendle Hatton Partnership Plan 2025-2028")],
         [("Wendle Hatton Partnership", "produces", "Wendle Hatton Partnership Plan 2025-2028")]),
    case("place-csp-partnership-plan-priorities",
         "Report to the Environment Committee\n\nTORRIDGE COMMUNITY SAFETY PARTNERSHIP - ANNUAL REVIEW\n\n1. The "
         "Torridge Community Safety Partnership (Torridge CSP) met four times.\n\n5.1 The Partnership Plan "
         "2024-27, agreed by the Partnership on 24 January 2024, keeps three priorities:\n   * anti-social "
         "behaviour;\n   * shop theft; and\n   * fly-tipping.\n\nBackground papers: Torridge CSP Partnership Plan "
         "2024-27\n",
         # the plan keeps the priorities it keeps (examples/CONVENTIONS.md A), not the partnership that agreed it
         [("Shop theft", "priority_of", "Torridge CSP Partnership Plan 2024-27")],
         [("Shop theft", "priority_of", "Torridge CSP Partnership"),
          ("Shop theft", "priority_of", "Torridge Community Safety Partnership"),
          ("Torridge CSP Partnership", "produces", "Torridge CSP Partnership Plan 2024-27")]),
    case("partnership-named-so-keeps-its-plan",
         "Safer Eastvale Partnership Plan 2025-2028\n\nOur priorities\n\n * burglary\n * hate crime\n",
         [("Safer Eastvale Partnership", "produces", "Safer Eastvale Partnership Plan 2025-2028")]),
    # who delivers: the team a council's possessive names, not the council
    case("council-team-capitalised",
         "Minutes of the Ryedale Domestic Abuse Local Partnership Board\n\nPresent: Ryedale District Council\n\n"
         "5. The Board noted that the sanctuary scheme is delivered by the Council's Housing Options team; the "
         "waiting list is short.\n",
         [("Housing Options team", "delivers", "Sanctuary scheme")],
         [("Ryedale District Council", "delivers", "Sanctuary scheme")]),
    case("council-team-lower-case",
         "Rother District Council: community safety grants register\n\nRother District Council runs the fund. "
         "The sanctuary scheme is delivered by the Council's housing needs team and is paid for by the "
         "Partnership.\n",
         [("Rother District Council housing needs team", "delivers", "Sanctuary scheme")],
         [("Rother District Council", "delivers", "Sanctuary scheme")]),
    case("council-itself-delivers",
         "Arun District Council: community safety update\n\nArun District Council runs the fund. The CCTV "
         "upgrade is being delivered by the Council.\n",
         [("Arun District Council", "delivers", "CCTV upgrade")]),
    # a place in a list the preposition opens is where the work runs, not the work
    case("places-before-delivered-by",
         "Pendle Community Safety Partnership update\n\nPendle Borough Council funds a detached youth work project "
         "in Nelson, Brierfield and Barrowford that is delivered by Pendle Youth Action; the youth justice team "
         "refers children to it.\n",
         [],
         [("Pendle Youth Action", "delivers", "Brierfield and Barrowford")]),
    case("places-after-programme-runs-in",
         "Broadmoor District Council cabinet report\n\nThe Council commissions the Yare Youth Trust to deliver the "
         "mentoring programme, which runs in Acle, Brundall and Blofield Heath.\n",
         [("Yare Youth Trust", "delivers", "Mentoring programme")],
         [("Yare Youth Trust", "delivers", "Brundall and Blofield Heath")]),
    case("service-delivered-by-stays",
         "Swale Community Safety Partnership: annual report\n\nThe Sheppey youth diversion project, which is "
         "delivered by Swale Youth Futures, reached 140 young people.\n",
         [("Swale Youth Futures", "delivers", "Sheppey youth diversion project")]),
    # a topic before a noun of its casework or training describes that noun: it is not what is overseen
    case("manages-topic-casework",
         "Forest Heath Community Safety Partnership annual report\n\nThe Tasking Group (TTCG) manages anti-social "
         "behaviour casework and meets every fortnight.\n",
         [],
         [("Forest Heath Tasking Group", "oversees", "Anti-Social Behaviour")]),
    case("oversee-topic-training-item",
         "Wealden District Prevent Board terms of reference\n\nThe Board will:\n a) oversee Prevent training for "
         "front-line staff of member organisations;\n b) oversee the Channel Panel.\n",
         [("Wealden District Prevent Board", "oversees", "Wealden Channel Panel")],
         [("Wealden District Prevent Board", "oversees", "Prevent")]),
    case("overseen-topic-stays",
         "Wealden annual report\n\nDomestic abuse is overseen by the Wealden Domestic Abuse Forum.\n",
         [("Wealden Domestic Abuse Forum", "oversees", "Domestic Abuse")]),
    # the accountable body for a partnership holds its money; for a duty, it answers for the duty
    case("accountable-body-for-partnership",
         "Report to Cabinet\n\nRushmere District Council acts as the accountable body for the Rushmere CSP and "
         "holds its grant.\n",
         [],
         [("Rushmere District Council", "responsible_for", "Rushmere Community Safety Partnership")]),
    case("accountable-body-for-named-partnership",
         "Torbay Council: report to the Overview and Scrutiny Board\n\nTorbay Council is the accountable body for "
         "the Safer Torbay Partnership.\n",
         [],
         [("Torbay Council", "responsible_for", "Safer Torbay Partnership")]),
    case("accountable-body-for-duty-stays",
         "Report to Cabinet\n\nThe Safer Rushmere Partnership remains the accountable body for the Serious "
         "Violence Duty in the district.\n",
         [("Safer Rushmere Partnership", "responsible_for", "Serious Violence Duty")]),
    # remit objects cut at the wrong place
    case("leads-on-this-work",
         "Fenland District Council: Cabinet\n\nRough sleeping in Wisbech rose over the winter. The Council's "
         "Housing Team leads on this work.\n",
         [],
         [("Fenland Housing Team", "responsible_for", "This work")]),
    case("leads-on-named-work-stays",
         "Fenland District Council: Cabinet\n\nThe Council's Housing Team leads on homelessness prevention.\n",
         [("Fenland Housing Team", "responsible_for", "Homelessness prevention")]),
    case("monitors-delivery-of-these",
         "Hastings Borough Council grants register 2024/25\n\nThe Safer Hastings Team monitors delivery of all "
         "of these projects and reports to the Board.\n",
         [],
         [("Safer Hastings Team", "oversees", "Of these projects")]),
    case("monitors-delivery-of-named-stays",
         "Hastings Borough Council grants register 2024/25\n\nThe Safer Hastings Team monitors delivery of the "
         "youth diversion projects.\n",
         [("Safer Hastings Team", "oversees", "Youth diversion projects")]),
    case("bracketed-short-name",
         "Wisbech Prevent Delivery Group: terms of reference\n\n1. The Wisbech Prevent Delivery Group (\"the "
         "WPDG\") co-ordinates Prevent work in the district.\n",
         [],
         [("Wisbech Prevent Delivery Group", "responsible_for", '"the WPDG"')]),
    case("bracketed-remit-stays",
         "Wisbech partnership structure\n\n2. The Wisbech Tasking Group (anti-social behaviour hotspots) meets "
         "monthly.\n",
         [("Wisbech Tasking Group", "responsible_for", "Anti-social behaviour hotspots")]),
    case("produce-and-refresh-annually",
         "Fenland Community Safety Partnership: terms of reference\n\nThe Partnership will:\n a) produce and "
         "refresh annually the Fenland Community Safety Plan, based on the strategic assessment;\n b) meet four "
         "times a year.\n",
         [("Fenland Community Safety Partnership", "produces", "Fenland Community Safety Plan")],
         [("Fenland Community Safety Partnership", "produces", "Annually the Fenland Community Safety Plan")]),
    case("monitor-possessive-body-item",
         "Charnwood Vulnerability Partnership terms of reference\n\nThe Partnership will:\n a) monitor the "
         "Charnwood Community Safety Partnership's vulnerability priority and report to it;\n b) meet monthly.\n",
         [],
         [("Charnwood Vulnerability Partnership", "oversees", "Charnwood Community Safety Partnership"),
          ("Charnwood Vulnerability Partnership", "responsible_for", "Monthly")]),
    case("monitor-named-body-item-stays",
         "Charnwood Vulnerability Partnership terms of reference\n\nThe Partnership will:\n a) monitor the "
         "Charnwood Complex Case Panel;\n b) agree its own work plan.\n",
         [("Charnwood Vulnerability Partnership", "oversees", "Charnwood Complex Case Panel")]),
    case("oversee-work-of-partnerships-subgroups",
         "Islip Executive Partnership: terms of reference\n\nThe Executive will:\n a) agree the partnership plan;\n"
         " b) oversee the work of Partnership's sub-groups.\n",
         [],
         [("Islip Executive Partnership", "responsible_for", "Work of Partnership's sub-groups")]),
    case("oversee-work-of-its-subgroups",
         "Safer Mendip Partnership: terms of reference\n\nThe Partnership will:\n a) agree the partnership plan;"
         "\n b) oversee the work of its sub-groups.\n",
         [],
         [("Safer Mendip Partnership", "responsible_for", "Work of its sub-groups")]),
]


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_remit_precision_grid(c: Case) -> None:
    got = triples(read(c.text))
    assert c.want <= got, sorted(c.want - got)
    assert not (c.never & got), sorted(c.never & got)


def _grid_score() -> None:
    """Print each case read wrongly and the number of cases read whole."""
    whole = 0
    for c in CASES:
        got = triples(read(c.text))
        missed, wrong = sorted(c.want - got), sorted(c.never & got)
        whole += not missed and not wrong
        if missed or wrong:
            print(f"{c.name}: missed {missed} false {wrong}")
    print(f"grid: {whole}/{len(CASES)} cases whole")


if __name__ == "__main__":
    _grid_score()
