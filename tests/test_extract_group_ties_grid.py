"""A grid of two of examples/CONVENTIONS.md's rules, each one decision with a "not said" outcome.

Rule I: groups an opener says only "report to" a body ("Two working groups report to the Board:", "three delivery
groups, which report to it:") report to it and are no sub-groups of it; a sub-group needs words that make the groups
the body's own (sub-groups, theme groups, "sit under", the body "has" them, "its groups"), and then the reports the
opener also gives stand beside. An opener that ties the groups to no body by either gives nothing
(loaders/extract/group_refs.py group_ties, read by the block and inline lists of loaders/extract/lists.py).

Rule K: a report's frame that names its title and its writer ("Report author:", "Report of:") makes the writer
produce the report, whoever the report goes to (a council's cabinet too); a contact officer writes nothing, and a
cover report titled by the plan it puts to the meeting has no name of its own: not said
(loaders/extract/decisions.py cover_sheets).

Short papers invented for the test, in several councils' styles (terms of reference, a web page, a scrutiny report,
a cabinet report's cover sheet), with the neighbouring readings that must stay. Run the module as a script for the
grid's score: `python tests/test_extract_group_ties_grid.py`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest
from extract_helpers import print_case_scores, read

WATCHED = ("subgroup_of", "reports_to", "produces")


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    facts: frozenset[tuple[str, str, str]]  # (subject, relation, object) of every watched fact stated
    about: str  # only facts whose subject or object holds this word are scored (the case's groups or report)


def case(name: str, text: str, about: str, *facts: tuple[str, str, str]) -> Case:
    return Case(name, text, frozenset(facts), about)


_TOR = "Terms of reference\n\n1. Purpose\n\nThe Partnership brings together the responsible authorities.\n\n"
_ASH = "Ashgrove Community Safety Partnership"
_FEN = "Fenwick Safety Board"


def _two(relation: str, body: str, *groups: str) -> tuple[tuple[str, str, str], ...]:
    return tuple((g, relation, body) for g in groups)


CASES = [
    # -- rule I: "report to" alone
    case("block-working-groups-report", f"{_ASH}\n\n{_TOR}2. Structure\n\nTwo working groups report to the "
         f"{_ASH}:\n\n- the Quayside Night-Time Group, chaired by Ashgrove Police;\n- the Ashgrove Youth Violence "
         "Group, chaired by the Youth Justice Manager.\n",
         "Group", *_two("reports_to", _ASH, "Quayside Night-Time Group", "Ashgrove Youth Violence Group")),
    case("block-which-report", f"{_FEN}\n\nHow we are organised\n\nThe {_FEN} meets every quarter. Most of our "
         f"work is done by three delivery groups, which report to the {_FEN}:\n\n- the Fenwick Exploitation Group;"
         "\n- the Fenwick Hate Crime Group;\n- the Fenwick Reoffending Group.\n",
         "Group", *_two("reports_to", _FEN, "Fenwick Exploitation Group", "Fenwick Hate Crime Group",
                        "Fenwick Reoffending Group")),
    case("block-our-groups-report", f"About the {_ASH}\n\nOur two working groups report to the {_ASH} at every "
         "meeting:\n\n- Ashgrove Street Safety Group\n- Ashgrove Domestic Abuse Forum\n",
         "Group", *_two("reports_to", _ASH, "Ashgrove Street Safety Group")),
    case("inline-working-groups-report", f"{_ASH}\n\n{_TOR}Two working groups report to the {_ASH}: the Ashgrove "
         "Knife Crime Group and the Ashgrove Retail Crime Group.\n",
         "Crime Group", *_two("reports_to", _ASH, "Ashgrove Knife Crime Group", "Ashgrove Retail Crime Group")),
    case("following-groups-report", f"Harbury Safety Partnership\n\n{_TOR}The following groups report to the "
         "Harbury Safety Partnership:\n\n- Harbury Tasking Group\n- Harbury Prevent Group\n",
         "Group", *_two("reports_to", "Harbury Safety Partnership", "Harbury Tasking Group",
                        "Harbury Prevent Group")),
    # -- rule I: the opener makes them sub-groups (and says they report too)
    case("block-sub-groups-report", f"{_ASH}\n\n{_TOR}Two sub-groups report to the {_ASH}:\n\n- the Ashgrove "
         "Harm Reduction Group;\n- the Ashgrove Prevent Steering Group.\n",
         "Group", *_two("subgroup_of", _ASH, "Ashgrove Harm Reduction Group", "Ashgrove Prevent Steering Group"),
         *_two("reports_to", _ASH, "Ashgrove Harm Reduction Group", "Ashgrove Prevent Steering Group")),
    case("block-sit-under", f"Kestle Combating Drugs Partnership\n\n{_TOR}Three delivery groups sit under the "
         "Kestle Combating Drugs Partnership:\n\n- Kestle Treatment Group\n- Kestle Supply Group\n- Kestle "
         "Prevention Group\n",
         "Kestle", *_two("subgroup_of", "Kestle Combating Drugs Partnership", "Kestle Treatment Group",
                         "Kestle Supply Group", "Kestle Prevention Group")),
    case("block-has-groups", f"{_ASH}\n\n{_TOR}The {_ASH} has two delivery groups:\n\n- Ashgrove Town Centre "
         "Group\n- Ashgrove Rural Crime Group\n",
         "Group", *_two("subgroup_of", _ASH, "Ashgrove Town Centre Group", "Ashgrove Rural Crime Group")),
    case("inline-has-sub-groups", f"Lowmoor Safeguarding Board\n\n{_TOR}The Lowmoor Safeguarding Board has two "
         "sub-groups: the Lowmoor Learning Group and the Lowmoor Audit Group.\n",
         "Lowmoor L", *_two("subgroup_of", "Lowmoor Safeguarding Board", "Lowmoor Learning Group")),
    case("heading-sub-groups", f"{_ASH}\n\n{_TOR}Sub-groups\n\n- Ashgrove Problem Solving Group\n- Ashgrove "
         "Hate Crime Panel\n",
         "Ashgrove", *_two("subgroup_of", _ASH, "Ashgrove Problem Solving Group", "Ashgrove Hate Crime Panel")),
    case("block-groups-sit-beneath", f"Wendover Youth Justice Management Board\n\n{_TOR}Three groups sit beneath "
         "the Wendover Youth Justice Management Board:\n\n- Wendover Out of Court Panel\n- Wendover Custody "
         "Review Group\n- Wendover Education Group\n",
         "Wendover", *_two("subgroup_of", "Wendover Youth Justice Management Board", "Wendover Out of Court Panel",
                           "Wendover Custody Review Group", "Wendover Education Group")),
    case("block-has-task-groups-each-reports", f"Corbridge Combating Drugs Partnership\n\n{_TOR}The Corbridge "
         "Combating Drugs Partnership has two task and finish groups, each of which reports to the Corbridge "
         "Combating Drugs Partnership:\n\n- Corbridge Naloxone Group\n- Corbridge Housing Pathway Group\n",
         "Corbridge", *_two("subgroup_of", "Corbridge Combating Drugs Partnership", "Corbridge Naloxone Group",
                            "Corbridge Housing Pathway Group"),
         *_two("reports_to", "Corbridge Combating Drugs Partnership", "Corbridge Naloxone Group",
               "Corbridge Housing Pathway Group")),
    case("block-delivery-groups-report-to-it", f"Pellow Community Safety Partnership\n\n{_TOR}The Pellow "
         "Community Safety Partnership meets every two months. Three delivery groups report to it:\n\n- Pellow "
         "Town Centre Group\n- Pellow Exploitation Group\n- Pellow Hate Crime Group\n",
         "Pellow", *_two("reports_to", "Pellow Community Safety Partnership", "Pellow Town Centre Group",
                         "Pellow Exploitation Group", "Pellow Hate Crime Group")),
    # -- rule I: not said
    case("block-done-through", f"{_ASH}\n\n{_TOR}Most of the work is done through three delivery groups:\n\n- "
         "Ashgrove Alpha Group\n- Ashgrove Beta Group\n- Ashgrove Gamma Group\n", "Ashgrove"),
    # -- rule K: a report's frame
    case("cover-cabinet-author", "Marlow Vale District Council\n\nReport to:       Cabinet\nDate:            "
         "3 June 2025\nReport author:   Tomas Reyes, Community Safety Officer\nTitle:           Community "
         "safety grants for 2025/26\n\n1. Summary\n\n1.1 This report asks Cabinet to agree the grants.\n",
         "grants", ("Tomas Reyes", "produces", "Community safety grants for 2025/26")),
    case("cover-executive-report-of", "Brindle Borough Council\n\nReport to:       Executive\nReport of:"
         "       Director of Place\nTitle:           Annual review of the Brindle Community Safety Partnership\n"
         "\n1. Purpose\n\n1.1 To note the partnership's year.\n",
         "Annual review",
         ("Director of Place, Brindle Borough Council", "produces",
          "Annual review of the Brindle Community Safety Partnership")),
    case("cover-board-author", "Safer Tolworth Partnership\n\nTitle:    Serious violence duty: local "
         "arrangements\nAuthor:   Gemma Ashdown, Partnership Manager\n\n1. The Board is asked to note the "
         "arrangements.\n",
         "arrangements", ("Gemma Ashdown", "produces", "Serious violence duty: local arrangements")),
    case("cover-scrutiny-report-by", "Ollerton District Council\n\nReport to:       Overview and Scrutiny "
         "Committee\nReport by:       Hamid Qasim, Community Safety Lead\nTitle:           Ollerton Community "
         "Safety Partnership: annual scrutiny 2024/25\n\n1. The Committee is asked to review the partnership.\n",
         "scrutiny 2024",
         ("Hamid Qasim", "produces", "Ollerton Community Safety Partnership: annual scrutiny 2024/25")),
    case("cover-contact-only", "Marlow Vale District Council\n\nReport to:       Cabinet\nContact officer: "
         "Ines Farrow, Community Safety Officer\nTitle:           Community safety grants for 2026/27\n\n1. "
         "Summary\n\n1.1 This report asks Cabinet to agree the grants.\n", "grants"),
    case("cover-titled-by-its-plan", "Brindle Borough Council\n\nReport to:       Cabinet\nReport author:   "
         "Oskar Lindqvist, Community Safety Manager\nTitle:           Safer Brindle Partnership Plan 2025-2028\n"
         "\n1. Purpose\n\n1.1 To recommend the plan to Council.\n", "Lindqvist"),
]


def score(c: Case) -> tuple[int, set, set]:
    doc = read(c.text)
    got = {(f.subject.name, f.relation, f.object.name) for f in doc.facts
           if f.relation in WATCHED and f.object is not None and c.about in f"{f.subject.name} {f.object.name}"}
    found = c.facts & got
    return len(found), c.facts - found, got - c.facts


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_group_ties_and_report_writers(c: Case) -> None:
    _, missed, false = score(c)
    assert not missed and not false, f"missed {sorted(missed)}; false {sorted(false)}"


if __name__ == "__main__":  # the grid's score: facts right of stated, false facts, cases read right
    print_case_scores(CASES, score, verbose="-v" in sys.argv)
