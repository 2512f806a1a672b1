"""'the Partnership Board' is the partnership met as its board; 'the Partnership Executive' or 'the Partnership
Group' is a group of the partnership's own, a body of its own that other groups can sit under."""

from __future__ import annotations

import pytest
from extract_helpers import of, read


@pytest.mark.parametrize("text", [
    "Bury Safeguarding Children Partnership\n\nArrangements 2025\n\n2.1 The three safeguarding partners form the "
    "Partnership Executive, which meets monthly.\n\n3.1 These groups sit under the Partnership Executive:\n\n"
    "- Learning and Review Group\n- Neglect Group\n",
    "Safer Halton Partnership\n\nTerms of reference\n\nThe Partnership Executive sets the work of the year. The "
    "Learning and Review Group is a sub-group of the Partnership Executive.\n",
    "Safer Gwynedd Partnership\n\nStructure\n\nThe Partnership Executive\n  |\n  +-- Learning and Review Group "
    "(a sub-group of the Partnership Executive)\n",
])
def test_groups_under_the_partnership_executive_are_not_the_partnerships(text: str) -> None:
    parents = {parent for child, parent in of(read(text), "subgroup_of") if "Learning and Review" in child}
    assert parents and all(parent.endswith("Partnership Executive") for parent in parents), parents


def test_the_partnership_board_is_still_the_partnership() -> None:
    doc = read("Safer Halton Partnership\n\nAnnual report\n\nThe Reducing Reoffending Group is a sub-group of the "
               "Partnership Board.\n")
    assert ("Halton Reducing Reoffending Group", "Safer Halton Partnership") in of(doc, "subgroup_of") or \
        ("Reducing Reoffending Group", "Safer Halton Partnership") in of(doc, "subgroup_of"), of(doc, "subgroup_of")
