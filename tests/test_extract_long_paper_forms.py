"""Forms of long county reports and minutes: two papers joined by "and the", the force's Counter Terrorism
Local Profile by its acronym. Every text is written here, in several councils' styles."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read


@pytest.mark.parametrize(
    "text, parts, whole",
    [
        ("Cumbria County Council report\n\nThe Strategic Assessment and the Prevent Toolkit have been "
         "incorporated into the Cumbria Prevent Action Plan.\n",
         {"Cumbria Strategic Assessment", "Cumbria Prevent Toolkit"}, "Cumbria Prevent Action Plan"),
        ("Torbay Council\n\nThe Torbay Drugs Strategy and the Night Time Economy Framework were incorporated "
         "into the Torbay Community Safety Plan.\n",
         {"Torbay Drugs Strategy", "Night Time Economy Framework"}, "Torbay Community Safety Plan"),
    ],
)
def test_and_the_between_two_papers_names_two_papers(text: str, parts: set[str], whole: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert {(p, whole) for p in parts} <= of(doc, "part_of"), of(doc, "part_of")


def test_a_paper_and_its_bare_kind_stay_one_paper() -> None:
    doc = read("Rutland County Council\n\nThe Safer Rutland Partnership produces the Rutland Prevent Strategy "
               "and Action Plan each year.\n")
    produced = {o for _, o in of(doc, "produces")}
    assert "Rutland Prevent Strategy and Action Plan" in produced, produced


def test_the_counter_terrorism_local_profile_by_its_acronym_is_a_paper() -> None:
    doc = read("Lincolnshire County Council\n\nThe 2022 CTLP has been incorporated into the Lincolnshire "
               "Prevent Delivery Plan.\n")
    assert_evidence_quotes(doc)
    assert ("CTLP", "Lincolnshire Prevent Delivery Plan") in of(doc, "part_of"), of(doc, "part_of")
