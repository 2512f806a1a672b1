"""loaders/extract/publications.py (_titled_below): a title block, a body's name alone on its line and under it a
paper's name alone on the next, is the body's own paper; the paper is also known by its place."""

from __future__ import annotations

import pytest
from extract_helpers import of, read


def produced(text: str) -> set[tuple[str, str]]:
    return of(read(text), "produces")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a board's yearly report, its years spaced as typesetters often write them
        ("Redditch Safeguarding Adults Board\nAnnual Report 2024 - 2025\n\nContents\n1. Chair's welcome\n",
         ("Redditch Safeguarding Adults Board", "Redditch Safeguarding Adults Board Annual Report 2024-2025")),
        # capitals, a blank line between, a strategy
        ("SAFER TAMWORTH PARTNERSHIP\n\nCommunity Safety Strategy 2025-2028\n\nForeword by the chair of the "
         "partnership\n",
         ("Safer Tamworth Partnership", "Safer Tamworth Partnership Community Safety Strategy 2025-2028")),
        # a cover page whose years sit on a line of their own
        ("Ashford Community Safety Partnership\n\nAnnual Report\n\n2024/25\n\nWhat we did this year\n",
         ("Ashford Community Safety Partnership", "Ashford Community Safety Partnership Annual Report 2024/25")),
    ],
)
def test_the_paper_under_a_bodys_name_is_the_bodys(text: str, expected: tuple[str, str]) -> None:
    assert expected in produced(text)


def test_the_paper_is_also_named_after_the_bodys_place() -> None:
    doc = read("SAFER TAMWORTH PARTNERSHIP\n\nCommunity Safety Strategy 2025-2028\n\nForeword\n")
    (paper,) = [e for e in doc.entities if e.name == "Safer Tamworth Partnership Community Safety Strategy 2025-2028"]
    assert "Tamworth Community Safety Strategy 2025-2028" in paper.aliases


@pytest.mark.parametrize(
    "text",
    [
        # a service heads the plan the law gives to its management board
        "Selby Youth Offending Service\nDelivery Plan 2025-26\n",
        # arrangements the statutory partners publish, not the partnership
        "Stroud Safeguarding Children Partnership\nPublished Safeguarding Arrangements\n",
        # the paper is talked about in a sentence, not set as a title
        "Redditch Community Safety Partnership\nMembers noted that the annual report 2024 is late.\n",
    ],
)
def test_no_title_block_no_producer(text: str) -> None:
    assert not any(rel_object.startswith(("Selby", "Stroud", "Redditch Community Safety Partnership "))
                   for _, rel_object in produced(text))
