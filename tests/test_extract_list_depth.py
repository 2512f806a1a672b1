"""loaders/extract/lists.py: a numbered list ends where, after a blank line, the section's own numbered paragraphs
go on at another depth ("1." ... "4." then "4.2 ..."); those paragraphs are prose, not more items."""

from __future__ import annotations

from extract_helpers import of, read

DORSET = """Report to: Safer Poole Partnership
Date: 9 March 2023

4\tPriorities 2023-2026

1. Serious violence and exploitation
2. Domestic abuse and stalking
3. Anti-social behaviour in the town centre

4.2 Hate crime work is led by the Poole Cohesion Forum, chaired by Mrs Alys Brennock.
"""

TEESSIDE = """Report to: Safer Darlington Partnership
Date: 2 October 2024

Priorities for the year:

1. Drug and alcohol related harm
2. Retail crime

2.3 The Partnership reviews progress with each lead every quarter and reports to the Cabinet.
"""

NESTED = """Report to: Safer Luton Partnership
Date: 12 June 2022

Priorities:
1. Knife crime
1.1 Youth violence
2. Domestic abuse
"""


def test_section_paragraph_after_numbered_priorities_is_no_priority() -> None:
    doc = read(DORSET)
    items = {item for item, _ in of(doc, "priority_of")}
    assert {"Serious violence and exploitation", "Domestic abuse and stalking"} <= items
    assert not any(item.startswith("Hate crime work") for item in items)


def test_deeper_paragraph_under_a_colon_opener_ends_the_list() -> None:
    items = {item for item, _ in of(read(TEESSIDE), "priority_of")}
    assert "Retail crime" in items
    assert not any("reviews progress" in item for item in items)


def test_nested_numbers_without_a_blank_line_stay_one_list() -> None:
    items = {item for item, _ in of(read(NESTED), "priority_of")}
    assert "Domestic Abuse" in items
