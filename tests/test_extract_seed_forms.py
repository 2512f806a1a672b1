"""Forms of long strategy papers and minutes the reader used to miss: a capitalised or spaced "Sub Group of", a
list joined by "as well as" before a singular "which is". Every text is written here, in several councils'
styles."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Salford City Council report\n\nThe Salford Health Improvement Group is a Sub-Group of the Salford Health "
         "and Wellbeing Board.\n", ("Salford Health Improvement Group", "Salford Health and Wellbeing Board")),
        ("Norfolk County Council\n\nIt links to the Norfolk Reducing Reoffending Board (NRRB) which is a sub Group "
         "of the Norfolk County Community Safety Partnership.\n",
         ("Norfolk Reducing Reoffending Board", "Norfolk County Community Safety Partnership")),
        ("Cardiff Council\n\nThe Cardiff Drugs Group is a Sub Committee of the Safer Cardiff Board.\n",
         ("Cardiff Drugs Group", "Safer Cardiff Board")),
    ],
)
def test_relation_noun_capitalised_is_no_part_of_the_parent_name(text: str, expected: tuple[str, str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert expected in of(doc, "subgroup_of")


def test_as_well_as_then_singular_which_is_speaks_of_the_last_name_only() -> None:
    doc = read("Dudley Council annual report\n\nLocally the forum links into the Dudley Families Strategic Group "
               "as well as the Dudley Youth Violence Group (DYVG) which is a sub-group of the Safer Dudley "
               "Partnership.\n")
    found = of(doc, "subgroup_of")
    assert ("Dudley Youth Violence Group", "Safer Dudley Partnership") in found
    assert ("Dudley Families Strategic Group", "Safer Dudley Partnership") not in found


def test_as_well_as_still_joins_a_plural_subject() -> None:
    doc = read("Leeds City Council\n\nThe Leeds Drugs Group as well as the Leeds Alcohol Group are sub-groups of "
               "the Safer Leeds Executive.\n")
    assert {("Leeds Drugs Group", "Safer Leeds Executive"), ("Leeds Alcohol Group", "Safer Leeds Executive")} <= \
        of(doc, "subgroup_of")


def test_a_role_after_bare_as_is_still_skipped() -> None:
    doc = read("Leeds City Council\n\nThe Council, as a Responsible Authority, is a member of the Safer Leeds "
               "Executive.\n")
    assert ("Leeds City Council", "Safer Leeds Executive") in of(doc, "member_of")
    assert not any(s == "Responsible Authority" for s, _ in of(doc, "member_of"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tamworth Borough Council\n\nThe Tamworth Partnership acts as the Local Strategic Partnership (LSP) for "
         "the Borough of Tamworth.\n", ("Tamworth Partnership", "Tamworth")),
        ("Preston City Council\n\nTogether Preston is the local strategic partnership for the city of Preston.\n",
         ("Together Preston", "Preston")),
    ],
)
def test_the_local_strategic_partnership_for_an_area_covers_it(text: str, expected: tuple[str, str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert expected in of(doc, "covers_area")


def test_a_strategic_partnership_without_local_is_no_area_identity() -> None:
    doc = read("Preston City Council\n\nThe Preston Health Board is a strategic partnership for the city of "
               "Preston.\n")
    assert not of(doc, "covers_area")
