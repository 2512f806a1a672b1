"""loaders/extract/asides.py with_as_after_chair: "with Jo Lee as vice-chair" after a chair is the vice-chair of the
body the sentence gives a chair, also when the chair is the sentence's subject ("Dr A chairs the Executive Group,
with B as vice-chair") or a future chair ("A will chair the Joint Committee in 2026/27 with B as vice-chair"); the
holder's bracketed description is no second holder. Texts written for the test, in three councils' styles; people
and bodies invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_an_active_chair_then_with_as_vice_chair() -> None:
    doc = read("Brackenford Safeguarding Children Partnership\nArrangements 2025\n\n"
               "The chair rotates each year; for 2025/26 Dr Odile Farren chairs the Brackenford Safeguarding "
               "Children Partnership Executive, with Simeon Grady as vice-chair.\n")
    assert ("Simeon Grady", "Brackenford Safeguarding Children Partnership Executive") in of(doc, "vice_chair")


def test_a_future_chair_of_a_joint_committee() -> None:
    doc = read("Ashvale and Cleeve Joint Community Safety Agreement\n\n"
               "The chair alternates between the councils; Cllr Petronella Vance will chair the Ashvale and Cleeve "
               "Joint Community Safety Committee in 2025/26 with Cllr Hamish Drumwell as vice-chair.\n")
    assert ("Hamish Drumwell", "Ashvale and Cleeve Joint Community Safety Committee") in of(doc, "vice_chair")


def test_a_passive_chair_and_a_bracketed_description_of_the_vice_chair() -> None:
    doc = read("Minutes of the Fenmoor Reducing Reoffending Board held on 3 April 2025\n\n"
               "The Fenmoor Reducing Reoffending Board, chaired this year by Superintendent Iona Glass (Fenmoor "
               "Police) with Cllr Rufus Faircloth (Lead Member for Housing, Fenmoor Council) as vice-chair, receives "
               "a quarterly report.\n")
    vice = of(doc, "vice_chair")
    assert ("Rufus Faircloth", "Fenmoor Reducing Reoffending Board") in vice
    assert not any(who.startswith("Lead Member") for who, _ in vice)


def test_two_chaired_bodies_leave_the_vice_chair_unclear() -> None:
    doc = read("Ashvale Community Safety Partnership\n\n"
               "Cllr Petronella Vance chairs the Ashvale Hate Crime Forum and Insp Cato Rhee chairs the Ashvale "
               "Night-Time Economy Group, with Cllr Hamish Drumwell as vice-chair.\n")
    assert of(doc, "vice_chair") == set()
