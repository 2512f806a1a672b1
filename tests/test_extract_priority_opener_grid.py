"""A grid of priority lists whose first item opens the list itself: a section headed "Priorities" in a scrutiny
committee's report, whose first numbered paragraph says whose priorities follow ("2.5 The Partnership's priorities
for 2023-2026 are:") and whose items follow it. The priorities are the partnership's the paragraph names, not the
committee's (the paper's own body, which the heading alone would give).

Short papers invented for the test, each in another council's style, each varying one or two dimensions: the
heading's words and number, the paragraph's number, the owner's wording (a possessive back-reference, a possessive
name, "the priorities of"), the years, the items' marks (numbers, letters, bullets, dashes), and a heading whose
list has no opening paragraph (the paper's own body's list). Run the module as a script for the grid's score:
`python tests/test_extract_priority_opener_grid.py`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest
from extract_helpers import print_case_scores, read

from govkg.loaders.topics import topic_of


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    facts: frozenset[tuple[str, str]]  # (priority, owner) of every priority_of fact the list states


def _report(council: str, committee: str, partnership: str, heading: str, opener: str, items: list[str]) -> str:
    return (f"{council}\n\nReport to: {committee}\nTitle: {partnership} - annual update\n\n"
            f"1. Background\n\n1.1 This report sets out the work of the {partnership} during the year.\n\n"
            f"{heading}\n\n{opener}\n" + "".join(f"  {item}\n" for item in items) + "\n3. Recommendations\n\n"
            "3.1 That the Committee notes the report.\n")


def case(name: str, council: str, committee: str, partnership: str, heading: str, opener: str,
         items: list[tuple[str, str]]) -> Case:
    """ITEMS: (the item as written, with its mark; the priority it names)."""
    text = _report(council, committee, partnership, heading, opener, [written for written, _ in items])
    return Case(name, text, frozenset((priority, partnership) for _, priority in items))


CASES = [
    case("numbered-possessive-backref", "Torfaen County Borough Council", "Communities Scrutiny Committee",
         "Safer Torfaen Partnership", "Priorities", "2.5 The Partnership's priorities for 2023-2026 are:",
         [("1. anti-social behaviour;", "Anti-social behaviour"), ("2. serious violence;", "Serious violence"),
          ("3. substance misuse.", "Substance misuse")]),
    case("numbered-heading-lettered-items", "Wrexham County Borough Council",
         "Homes and Environment Scrutiny Committee",
         "Safer Wrexham Partnership", "2. Priorities", "2.1 The Partnership's priorities for 2024-25 are:",
         [("(a) reducing reoffending;", "Reducing reoffending"), ("(b) hate crime.", "Hate crime")]),
    case("bulleted-items", "Flintshire County Council", "Community Scrutiny Committee",
         "Safer Flintshire Partnership", "Partnership priorities", "4.2 The Partnership's current priorities are:",
         [("• domestic abuse", "Domestic abuse"), ("• modern slavery", "Modern slavery")]),
    case("dashed-items", "Powys County Council", "Economy, Residents and Communities Scrutiny Committee",
         "Safer Powys Partnership", "Priorities for the year", "3.4 The Partnership's priorities are:",
         [("- rural crime", "Rural crime"), ("- road safety", "Road safety")]),
    case("possessive-name", "Ceredigion County Council", "Healthier Communities Overview and Scrutiny Committee",
         "Safer Ceredigion Partnership", "Priorities", "2.2 The Safer Ceredigion Partnership's priorities are:",
         [("1. violence against women and girls;", "Violence against women and girls"),
          ("2. drug-related harm.", "Drug-related harm")]),
    case("priorities-of-the-partnership", "Merthyr Tydfil County Borough Council", "Neighbourhood Services Scrutiny",
         "Safer Merthyr Tydfil Partnership", "Priorities",
         "2.3 The priorities of the Safer Merthyr Tydfil Partnership for 2024-2027 are:",
         [("1. anti-social behaviour;", "Anti-social behaviour"), ("2. serious violence.", "Serious violence")]),
    case("board-possessive", "Blaenau Gwent County Borough Council", "Partnerships Scrutiny Committee",
         "Safer Blaenau Gwent Board", "Priorities", "2.4 The Board's priorities for 2024-25 are:",
         [("1. domestic abuse;", "Domestic abuse"), ("2. youth violence;", "Youth violence"),
          ("3. substance misuse.", "Substance misuse")]),
    case("capitals-heading", "Monmouthshire County Council", "People Scrutiny Committee",
         "Safer Monmouthshire Partnership", "PRIORITIES", "5.1 The Partnership's priorities for 2023-2026 are:",
         [("1. rural crime;", "Rural crime"), ("2. fraud and scams.", "Fraud and scams")]),
    case("three-level-number", "Newport City Council", "Performance Scrutiny Committee - Partnerships",
         "Safer Newport Partnership", "Priorities", "2.3.1 The Partnership's priorities for 2024-2027 are:",
         [("1. city centre anti-social behaviour;", "City centre anti-social behaviour"),
          ("2. exploitation.", "Exploitation")]),
    case("our-priorities-heading", "Neath Port Talbot Council", "Community, Finance and Strategic Scrutiny",
         "Safer Neath Port Talbot Partnership", "Our priorities",
         "3.2 The Partnership's priorities for the coming year are:",
         [("1. hate crime;", "Hate crime"), ("2. serious violence.", "Serious violence")]),
    case("two-items", "Vale of Neath Council", "Scrutiny Committee", "Safer Swansea Partnership", "Priorities",
         "2.5 The Partnership's priorities for 2025-26 are:",
         [("1. night-time economy safety;", "Night-time economy safety"),
          ("2. domestic abuse.", "Domestic abuse")]),
    case("semicolon-and", "Rhondda Cynon Taf County Borough Council", "Overview and Scrutiny Committee",
         "Safer Rhondda Cynon Taf Partnership", "Priorities", "2.6 The Partnership's priorities for 2023-2026 are:",
         [("1. anti-social behaviour; and", "Anti-social behaviour"),
          ("2. violence against women.", "Violence against women")]),
    case("agreed-priorities", "Carmarthenshire County Council", "Communities Scrutiny Committee",
         "Safer Carmarthenshire Partnership", "Priorities", "4.1 The Partnership's agreed priorities are:",
         [("1. rural crime;", "Rural crime"), ("2. scams.", "Scams")]),
    case("new-priorities", "Pembrokeshire County Council", "Policy and Pre-Decision Overview and Scrutiny",
         "Safer Pembrokeshire Partnership", "Priorities", "2.2 The Partnership's new priorities for 2025 are:",
         [("1. coastal anti-social behaviour;", "Coastal anti-social behaviour"),
          ("2. county lines.", "County lines")]),
    case("english-district", "Tamworth Borough Council", "Health and Wellbeing Scrutiny Committee",
         "Tamworth Community Safety Partnership", "Priorities",
         "2.5 The Partnership's priorities for 2024-2027 are:",
         [("1. violence and exploitation;", "Violence and exploitation"),
          ("2. anti-social behaviour.", "Anti-social behaviour")]),
    case("english-unitary", "Rutland County Council", "Scrutiny Committee", "Safer Rutland Partnership",
         "3. Priorities", "3.1 The Partnership's priorities for 2023-2026 are:",
         [("a) rural crime;", "Rural crime"), ("b) domestic abuse.", "Domestic abuse")]),
    case("english-metropolitan", "Wigan Council", "Confident Places Scrutiny Committee",
         "Safer Wigan Partnership", "Priorities", "2.4 The Partnership's priorities for 2025-26 are:",
         [("1. retail crime;", "Retail crime"), ("2. exploitation of children.", "Exploitation of children")]),
    case("london-borough", "London Borough of Sutton", "Housing, Economy and Business Committee",
         "Safer Sutton Partnership", "Priorities", "2.3 The Partnership's priorities for 2024-25 are:",
         [("1. violence against women and girls;", "Violence against women and girls"),
          ("2. youth violence.", "Youth violence")]),
    case("county", "Suffolk County Council", "Scrutiny Committee", "Safer Suffolk Partnership", "Priorities",
         "2.6 The Partnership's priorities for 2023-2026 are:",
         [("1. county lines;", "County lines"), ("2. hate crime.", "Hate crime")]),
    case("district-two-word-heading", "Broxtowe Borough Council", "Overview and Scrutiny Committee",
         "Broxtowe Community Safety Partnership", "Key priorities",
         "2.2 The Partnership's priorities for 2025-2028 are:",
         [("1. neighbourhood crime;", "Neighbourhood crime"), ("2. anti-social behaviour.", "Anti-social behaviour")]),
]


def score(c: Case) -> tuple[int, set, set]:
    doc = read(c.text)
    got = {(f.subject.name.casefold(), f.object.name) for f in doc.facts if f.relation == "priority_of"}
    # a priority the topic scheme knows is named by its topic's label ("rural crime": Business and Rural Crime)
    known = {p.casefold(): {p.casefold(), *((t.label.casefold(),) if (t := topic_of(p)) else ())} for p, _ in c.facts}
    found = {(p, o) for p, o in c.facts if any(g[1] == o and g[0] in known[p.casefold()] for g in got)}
    false = {g for g in got if not any(g[1] == o and g[0] in known[p.casefold()] for p, o in c.facts)}
    return len(found), c.facts - found, false


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_priority_opener_grid(c: Case) -> None:
    _, missed, false = score(c)
    assert not missed and not false, f"missed {sorted(missed)}; false {sorted(false)}"


if __name__ == "__main__":  # the grid's score: facts right of stated, false facts, cases read right
    print_case_scores(CASES, score, verbose="-v" in sys.argv)
