"""A grid of priorities listed inside a sentence with no colon before them: the verbs that give a body's priorities
("the Partnership's action plan gives priority to A, B and C", "the Board will prioritise A, B and C", "resolved
that the Partnership's priorities for 2025/26 be (i) A, (ii) B and (iii) C", "has set its priorities as A, B and
C"), one priority set beside the others ("A remains one of the Partnership's four priorities alongside B, C and
D"), and a list that refers back to the priorities the sentence before named ("The Board agrees its priorities
each April. For 2024/25 these are: A; B; and C", "... three priorities for the year. They are A, B and C").
Each item is a priority of the body whose priorities the sentence names.

Short papers invented for the test, each in another council's style, each varying one or two dimensions: the verb
and its tense, the owner named in full or by a possessive, the items parted by commas or semicolons, numbered or
not, and the sentences about priorities that list none (a verb with no list, a priority given to one case, the
word "priority" as a describer). Run the module as a script for the grid's score:
`python tests/test_extract_prose_priorities_grid.py`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest
from extract_helpers import print_case_scores, read


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    facts: frozenset[tuple[str, str]]  # (priority, owner) of every priority_of fact stated


def case(name: str, text: str, owner: str = "", *items: str) -> Case:
    return Case(name, text, frozenset((item, owner) for item in items))


CASES = [
    case("action-plan-gives-priority-to",
         "Safer Hambleton Partnership annual report\n\nThe Safer Hambleton Partnership (SHP) met four times. The "
         "SHP's 2024/25 action plan gives priority to hate crime, rural crime, and exploitation of young people.\n",
         "Safer Hambleton Partnership", "hate crime", "rural crime", "exploitation of young people"),
    case("gives-priority-to-named-body",
         "Report to Cabinet\n\nThe Tamworth Community Safety Partnership gives priority to shop theft, "
         "off-road bikes and domestic abuse.\n",
         "Tamworth Community Safety Partnership", "shop theft", "off-road bikes", "domestic abuse"),
    case("will-prioritise",
         "Craven Community Safety Partnership plan 2025\n\nThe Craven Community Safety Partnership will "
         "prioritise hate crime, shop theft and fly-tipping in 2025.\n",
         "Craven Community Safety Partnership", "hate crime", "shop theft", "fly-tipping"),
    case("prioritises-present",
         "Lichfield District Council overview\n\nThe Lichfield Community Safety Partnership prioritises "
         "anti-social behaviour, burglary and road safety.\n",
         "Lichfield Community Safety Partnership", "anti-social behaviour", "burglary", "road safety"),
    case("resolved-priorities-be-numbered",
         "Minutes of the Safer Lowdale Partnership\n\n4. Priorities\n\nRESOLVED that the Partnership's "
         "priorities for 2025/26 be (i) hate crime, (ii) knife crime and (iii) shop theft.\n",
         "Safer Lowdale Partnership", "hate crime", "knife crime", "shop theft"),
    case("agreed-priorities-be-plain",
         "Safer Stortford Board: minutes\n\nIt was AGREED that the Board's priorities for the year be vehicle "
         "crime, hate crime and cuckooing.\n",
         "Safer Stortford Board", "vehicle crime", "hate crime", "cuckooing"),
    case("set-priorities-as",
         "Ribble Valley CSP\n\nThe Ribble Valley Community Safety Partnership has set its priorities as fly-tipping, "
         "shop theft and rural crime.\n",
         "Ribble Valley Community Safety Partnership", "fly-tipping", "shop theft", "rural crime"),
    case("one-of-priorities-alongside",
         "Safer Marsham Partnership update\n\nThe Safer Marsham Partnership met in June. Hate crime remains one of "
         "the Partnership's four priorities alongside shop theft, rural crime and domestic abuse.\n",
         "Safer Marsham Partnership", "hate crime", "shop theft", "rural crime", "domestic abuse"),
    case("one-of-priorities-alongside-two",
         "Wychavon Community Safety Partnership: report\n\nThe Wychavon Community Safety Partnership reviewed its "
         "plan. Road safety is one of the Partnership's three priorities, alongside fly-tipping and burglary.\n",
         "Wychavon Community Safety Partnership", "road safety", "fly-tipping", "burglary"),
    case("these-are-semicolons",
         "Eastvale Youth Justice Locality Board\n\nThe Eastvale Youth Justice Locality Board agrees local "
         "priorities each April. For 2024/25 these are: school attendance; knife crime; and youth "
         "homelessness.\n",
         "Eastvale Youth Justice Locality Board", "school attendance", "knife crime", "youth homelessness"),
    case("they-are-after-chosen",
         "Selby Safer Communities Board\n\nThe Selby Safer Communities Board has chosen three priorities for the "
         "year. They are hate crime, shop theft and rural crime.\n",
         "Selby Safer Communities Board", "hate crime", "shop theft", "rural crime"),
    case("these-are-no-colon",
         "Malvern Hills Community Safety Partnership\n\nThe Malvern Hills Community Safety Partnership sets its "
         "priorities every two years. For 2025-27 these are drug harm, cuckooing and domestic abuse.\n",
         "Malvern Hills Community Safety Partnership", "drug harm", "cuckooing", "domestic abuse"),
    case("gives-priority-semicolons",
         "Tewkesbury Borough Council: Community Safety Partnership report\n\nThe Tewkesbury Community Safety "
         "Partnership's delivery plan gives priority to hate crime; rural crime and farm theft; and fraud "
         "against older people.\n",
         "Tewkesbury Community Safety Partnership", "hate crime", "rural crime and farm theft",
         "fraud against older people"),
    case("prioritised-past",
         "Annual report of the Safer Rugeley Partnership\n\nIn 2024 the Safer Rugeley Partnership prioritised "
         "burglary, cycle theft and anti-social behaviour.\n",
         "Safer Rugeley Partnership", "burglary", "cycle theft", "anti-social behaviour"),
    case("they-are-after-priorities-agreed",
         "Bromyard Community Safety Group\n\nThe Bromyard Community Safety Group agreed four priorities in "
         "March. They are road safety, fly-tipping, burglary and scams.\n",
         "Bromyard Community Safety Group", "road safety", "fly-tipping", "burglary", "scams"),
    case("partnerships-priorities-be-lettered",
         "Safer Oswestry Partnership minutes\n\nRESOLVED that the Safer Oswestry Partnership's priorities for "
         "2026 be (a) rural crime, (b) shop theft and (c) youth violence.\n",
         "Safer Oswestry Partnership", "rural crime", "shop theft", "youth violence"),
    # sentences about priorities that list none
    case("gives-priority-to-one-case",
         "Safer Ledbury Partnership minutes\n\nThe Safer Ledbury Partnership gives priority to referrals from "
         "schools when the queue is long.\n"),
    case("prioritise-no-list",
         "Leominster CSP\n\nThe Leominster Community Safety Partnership will prioritise its work once the "
         "strategic assessment is ready.\n"),
    case("these-are-not-priorities",
         "Kington Community Safety Group\n\nThe Kington Community Safety Group meets monthly. Its members are "
         "listed below; these are the Council, the police and the fire service.\n"),
    case("they-are-after-meetings",
         "Ross-on-Wye Community Safety Group\n\nThe Ross-on-Wye Community Safety Group held three meetings. "
         "They are minuted by the Council.\n"),
]


def score(c: Case) -> tuple[int, set, set]:
    doc = read(c.text)
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "priority_of"}
    names = {e.name: {e.name.casefold(), *(a.casefold() for a in e.aliases)} for e in doc.entities}

    def same(stated: tuple[str, str], read_: tuple[str, str]) -> bool:
        return stated[1] == read_[1] and stated[0].casefold() in names.get(read_[0], {read_[0].casefold()})

    found = {s for s in c.facts if any(same(s, g) for g in got)}
    false = {g for g in got if not any(same(s, g) for s in c.facts)}
    return len(found), c.facts - found, false


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_prose_priorities_grid(c: Case) -> None:
    _, missed, false = score(c)
    assert not missed and not false, f"missed {sorted(missed)}; false {sorted(false)}"


if __name__ == "__main__":  # the grid's score: facts right of stated, false facts, cases read right
    print_case_scores(CASES, score, verbose="-v" in sys.argv)
