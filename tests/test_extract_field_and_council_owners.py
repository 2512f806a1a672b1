"""Whose a "Chair:" field under a group's own heading is, and who "represents the council on" a body, in three
councils' styles each.

- a "Chair:" field under a heading line that names a group other than the paper's body (a sub-group's record in a
  board's annual report) gives the paper's body no chair: the person is still described by the entry;
- "who represents the council on X" in lower case: the paper's council is represented by the person or post, on X;
  X is where, not whom.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

REPORT = "Northvale Safeguarding Adults Board\nAnnual Report 2023 - 2024\n\n"


@pytest.mark.parametrize(("section", "person"), [
    ("Safeguarding Adults Review (SAR) Sub-group\nChair: Detective Superintendent Nadia Ashdown, Wessex Police\n"
     "Considers every referral for a review.\n", "Nadia Ashdown"),
    ("Quality and Performance Sub-group (formerly the Audit Sub-group)\nChair: Tess Fairbrother, Deputy Director of "
     "Nursing, Wessex ICB\nOwns the dashboard.\n", "Tess Fairbrother"),
    ("### Transitions Panel\n\nChair: Amir Hale\nMeets every month to review cases.\n", "Amir Hale"),
])
def test_a_chair_field_under_another_groups_heading_is_not_the_boards(section: str, person: str) -> None:
    doc = read(REPORT + "About the Board\n\nChair: Dr Ann Lee\n\nOur sub-groups\n\n" + section)
    chairs = of(doc, "chairs")
    assert ("Dr Ann Lee", "Northvale Safeguarding Adults Board") in chairs  # the board's own, under "About"
    # the person chairs no body but the group the heading names (when it is read as one: see test_extract_hub_body)
    assert not any(p == person and o != section.split("\n")[0].strip("# ") for p, o in chairs), chairs


@pytest.mark.parametrize("section", ["Northvale Safeguarding Adults Board", "Officers of the Board",
                                     "Chair and Vice-Chair of the Board"])
def test_a_chair_field_under_the_papers_own_name_is_its_chair(section: str) -> None:
    doc = read(f"Northvale Safeguarding Adults Board\nTerms of Reference\n\n{section}\nChair: Dr Ann Lee\n"
               "Date: 3 May 2024\n")
    assert ("Dr Ann Lee", "Northvale Safeguarding Adults Board") in of(doc, "chairs")


HEAD = "Source: https://www.northvale.gov.uk/prevent\n\nNorthvale County Council\n\nNorthvale Channel Panel\n\n"


@pytest.mark.parametrize(("text", "holder", "body"), [
    ("5.4 The council's Channel lead is the Head of Public Protection, who represents the council on the "
     # (a field officer's title written bare in the council's own page is the council's post)
     "Wessex Contest Board.", "Head of Public Protection, Northvale County Council", "Wessex Contest Board"),
    ("The council's Prevent lead is Priya Marsh, Community Protection Manager, who represents the council "
     "on the Wessex Contest Board when a case is heard.", "Priya Marsh", "Wessex Contest Board"),
    ("Cllr Amir Hale represents the council on the Wessex Police and Crime Panel.", "Amir Hale",
     "Wessex Police and Crime Panel"),
])
def test_represents_the_council_on_a_body(text: str, holder: str, body: str) -> None:
    doc = read(HEAD + text + "\n")
    pairs = of(doc, "represented_by")
    assert ("Northvale County Council", holder) in pairs
    assert not any(s == body for s, _ in pairs), pairs  # the body sat on is where, not the one represented
    # an officer who represents the council makes it a member; a councillor named to an outside body does not
    # (the gold of Bracknell Forest h13, Hastings h18, Stroud and Cornwall h21: s14-rules, 9430338)
    councillor = text.startswith("Cllr")
    assert (("Northvale County Council", body) in of(doc, "member_of")) is not councillor
