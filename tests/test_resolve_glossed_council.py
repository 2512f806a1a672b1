""""PCC (council)" in a Peterborough City Council paper: initials glossed as the council are the council's, not a
Police and Crime Commissioner's; a post written before them is the council's post."""

from __future__ import annotations

from extract_helpers import of, read

NOTES = """PETERBOROUGH CITY COUNCIL
PETERBOROUGH SAFER STREETS BOARD

Notes of the meeting held on Tuesday 9 April 2024

Attendees:
Cllr Ann Vary                 Cabinet Member for Communities - Chair
Jo Lee                        Head of Housing Needs, PCC (council)
Sam Reed                      Commissioning Manager, Office of the Police and Crime Commissioner
"""


def test_glossed_initials_are_the_council() -> None:
    doc = read(NOTES)
    posts = of(doc, "holds_post")
    assert ("Jo Lee", "Head of Housing Needs, Peterborough City Council") in posts, posts
    assert not any("Police and Crime Commissioner" in o for p, o in posts if p == "Jo Lee"), posts


def test_initials_without_the_gloss_are_left_as_they_were() -> None:
    doc = read(NOTES.replace(" (council)", ""))
    assert ("Jo Lee", "Head of Housing Needs, Peterborough City Council") not in of(doc, "holds_post")


def test_two_words_and_an_organisations_kind_are_no_person() -> None:
    from govkg.loaders.mentions import find_mentions

    for line, name in (("Sam Okoro\tCross Keys Homes (Head of Tenancy Services)", "Cross Keys Homes"),
                       ("Present: Jo Lee, Bright Futures Trust", "Bright Futures Trust")):
        found = [(m.kind, m.name) for m in find_mentions(line, 0, len(line), expect_person=True)]
        assert ("body", name) in found, found


def test_a_named_gp_is_a_post() -> None:
    doc = read("Northdale Safer Streets Board\n\nNotes of the meeting held on 2 May 2024\n\nAttendees:\n"
               "Dr Sam Idris                  Named GP for Safeguarding, Norfolk and Waveney ICB\n"
               "Ola Brandt                    Designated Midwife, Northdale Hospitals Trust\n")
    members = {o for _, o in of(doc, "member_of")}
    assert "Named GP for Safeguarding" not in members, members
    assert any(o.startswith("Named GP for Safeguarding") for _, o in of(doc, "holds_post")), of(doc, "holds_post")


def test_a_holder_in_brackets_is_no_part_of_the_post() -> None:
    doc = read("Northdale Safeguarding Partnership\n\nThe Northdale Safeguarding Partnership Executive is made up "
               "of the partners' delegates and the Director of Adult Social Care (Petra Lund).\n")
    subjects = {s for s, _ in of(doc, "member_of")}
    assert not any("Petra Lund" in s and s.startswith("Director") for s in subjects), subjects
    assert any(s.startswith("Director of Adult Social Care") for s in subjects), subjects


def test_policing_and_crime_is_one_name() -> None:
    from govkg.loaders.mentions import find_mentions

    text = "the Group, chaired by the Office of the Mayor of South Yorkshire's Policing and Crime Team, meets often"
    found = [(m.kind, m.name) for m in find_mentions(text, 0, len(text))]
    assert not any(name == "Crime Team" for _, name in found), found
