"""An inline list of groups whose opener names their parent only by a pronoun ("Two groups will sit under it from
May: A and B"): the parent is the body the paragraph is about (its subject, or "the board" standing for the body
named in full before), never the paper's own body by default; and a holder cut off at a comma ("..., chaired by
the Head of Youth Justice, Sam Okoro") is no group."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

NEWS = """Source: https://www.eastbury.gov.uk/news/joint-board

Eastbury Borough Council
News release, 2 March 2025

Eastbury and Westmoor councils have agreed to form the Eastbury and Westmoor Joint Safety Board from April.

How the joint board will work

The board will meet every two months, in each town hall in turn. Each council keeps its seats on it. Two
working groups will sit under it from May: a Knife Crime Group, chaired by Eastbury's Head of Youth Services,
Pat Ormsby, and a Fraud Prevention Group, chaired by Westmoor's Head of Trading Standards, Sam Okoro.
"""

REPORT = """Source: https://www.northdale.gov.uk/csp/annual-report

Northdale Borough Council
Annual Report of the Community Safety Service 2024/25

The Safer Northdale Partnership met five times in the year. It agreed a new plan in June. Three delivery groups
report to it: the Night Economy Group, the Hate Incidents Group and the Rural Crime Group.
"""

TOR = """Source: https://www.southvale.gov.uk/safeguarding/terms

Southvale County Council
Terms of Reference

The Southvale Youth Justice Board oversees the youth justice service. Two task groups sit beneath it: the Youth
Diversion Task Group and the Remand Reduction Task Group.
"""


def test_news_groups_sit_under_the_board_the_paragraph_is_about() -> None:
    doc = read(NEWS)
    subs = of(doc, "subgroup_of")
    parents = {o for _, o in subs}
    assert parents == {"Eastbury and Westmoor Joint Safety Board"}, subs
    assert {s for s, _ in subs} == {"Knife Crime Group", "Fraud Prevention Group"} or \
        all(s.endswith(("Knife Crime Group", "Fraud Prevention Group")) for s, _ in subs), subs
    assert not [s for s, _ in subs if "Okoro" in s or "Ormsby" in s]


@pytest.mark.parametrize(("text", "parent", "relation"), [
    (REPORT, "Safer Northdale Partnership", "reports_to"),
    (TOR, "Southvale Youth Justice Board", "subgroup_of"),
])
def test_pronoun_parent_in_other_styles(text: str, parent: str, relation: str) -> None:
    found = of(read(text), relation)
    assert found and {o for _, o in found} == {parent}, found


NO_BODY = """Source: https://www.eastbury.gov.uk/news/new-groups

Eastbury Borough Council
News release

Residents were asked for their views last year. Many wrote in. Most asked for more patrols. Some asked for more
lighting. Two new groups will sit under it from May: a Knife Crime Group and a Fraud Prevention Group.
"""


def test_no_body_to_stand_for_gives_no_parent() -> None:
    # the pronoun stands for nothing named in its paragraph: no parent is guessed (not the council that wrote it)
    assert not of(read(NO_BODY), "subgroup_of")
