"""A grid of oversight said in the passive with where it is overseen between the verb and its agent: "Domestic
abuse is overseen for the whole county by the County Partnership", "managed at county level by", "overseen across
the region by". Each case is a short paper invented for the test, in another council's style, varying the place
phrase, the verb and the tense; two cases say what is no oversight. A case passes when the oversight is read and
no other oversees fact is. Run the module as a script for the grid's score:
`python tests/test_extract_oversight_passive_grid.py`.
"""

from __future__ import annotations

import pytest
from extract_helpers import grid_misses, print_grid_score, read

OV = "oversees"
SCORED = (OV,)


def _case(name: str, text: str, expect: list[tuple[str, str, str]], may: tuple = ()):
    return pytest.param(text, expect, list(may), id=name)


CASES = [
    _case("for-the-whole-county",
          "Lindsey Community Safety Partnership\n\n"
          "Domestic abuse is overseen for the whole county by the Kesteven Domestic Abuse Partnership.\n",
          [("Kesteven Domestic Abuse Partnership", OV, "Domestic abuse")]),
    _case("for-the-entire-region",
          "Teesdale Community Safety Partnership\n\n"
          "Serious violence is overseen for the entire region by the Cleveland Violence Reduction Unit.\n",
          [("Cleveland Violence Reduction Unit", OV, "Serious violence")]),
    _case("across-the-county",
          "Wealdmoor Community Safety Partnership\n\n"
          "The Wealdmoor Prevent programme is overseen across the county by the Sussex Prevent Board.\n",
          [("Sussex Prevent Board", OV, "Wealdmoor Prevent programme")]),
    _case("across-the-police-area",
          "Tamside Safer Partnership\n\n"
          "Modern slavery is overseen across the police area by the Mercia Modern Slavery Network.\n",
          [("Mercia Modern Slavery Network", OV, "Modern slavery")]),
    _case("at-county-level",
          "Exmoor Vale Community Safety Partnership\n\n"
          "The Exmoor Vale Channel Panel is managed at county level by the Somerset Prevent Partnership.\n",
          [("Somerset Prevent Partnership", OV, "Exmoor Vale Channel Panel")]),
    _case("at-district-level-was",
          "Broadwater Council\n\n"
          "Hate crime was overseen at district level by the Broadwater Hate Crime Forum until 2024.\n",
          [("Broadwater Hate Crime Forum", OV, "Hate crime")]),
    _case("for-the-borough-are",
          "Kingsmead Community Safety Partnership\n\n"
          "Anti-social behaviour case reviews are overseen for the borough by the Kingsmead ASB Panel.\n",
          [("Kingsmead ASB Panel", OV, "Anti-social behaviour")]),
    _case("across-the-sub-region",
          "Fernleigh Community Safety Partnership\n\n"
          "Violence against women and girls is overseen across the sub-region by the Wessex VAWG Board.\n",
          [("Wessex VAWG Board", OV, "Violence against women and girls")]),
    _case("for-the-city-has-been",
          "Castlebridge Safer City Partnership\n\n"
          "Knife crime has been overseen for the city by the Castlebridge Youth Violence Group since 2022.\n",
          [("Castlebridge Youth Violence Group", OV, "Knife crime")]),
    _case("at-force-level-will-be",
          "Ravensholme Community Safety Partnership\n\n"
          "County lines work will be managed at force level by the Northmoor Exploitation Board.\n",
          [("Northmoor Exploitation Board", OV, "County lines")]),
    _case("county-wide-still-read",
          "Harlow Vale Community Safety Partnership\n\n"
          "Domestic abuse is overseen county-wide by the Essex Domestic Abuse Board.\n",
          [("Essex Domestic Abuse Board", OV, "Domestic abuse")]),
    _case("locally-still-read",
          "Ashmoor Community Safety Partnership\n\n"
          "The Ashmoor Serious Violence Plan is overseen locally by the Ashmoor Serious Violence Group.\n",
          [("Ashmoor Serious Violence Group", OV, "Ashmoor Serious Violence Plan")]),
    # -- no oversight
    _case("funded-for-the-county-by",
          "Pentland Community Safety Partnership\n\n"
          "The outreach service is funded for the whole county by the Pentland Police and Crime Commissioner.\n",
          []),
    _case("overseen-for-a-year-not-a-place",
          "Dunsford Community Safety Partnership\n\n"
          "Street drinking was reviewed for the whole year by an officer of the council.\n",
          []),
]


@pytest.mark.parametrize(("text", "expect", "may"), CASES)
def test_oversight_passive_grid(text: str, expect: list, may: list) -> None:
    missed, false = grid_misses(read(text), expect, may, SCORED)
    assert not missed and not false, f"missed {missed}; false {false}"


if __name__ == "__main__":
    print_grid_score(CASES, SCORED)
