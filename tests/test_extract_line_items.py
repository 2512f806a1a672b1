"""Line-item lists and rosters in the forms councils write them: whatever separator parts an item (a leader of
dots, spaced dots, ellipsis characters or underscores; a dash; a tab; a colon), the item is read the same way, and
the heading or lead-in above the list says which body and which relation. Every list here is written for the
test, each in a different council's style."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean
from govkg.loaders.layout import read_layout


def _rows(raw: str) -> list[list[str]]:
    text = clean(raw)
    return [[text[a:b] for a, b in line.cells] for line in read_layout(text).lines if line.kind == "row"]


# -- leaders: every drawn gap between two texts is a column gap

def test_leaders_of_every_kind_part_two_cells() -> None:
    raw = ("Membership\n\n"
           "Cllr Petra Hollins . . . . . . . . Stourmouth Borough Council\n"
           "Inspector Wes Calloway……………… Stourmouth Police\n"
           "Amos Fairleigh ________ Stourmouth Youth Offending Service\n"
           "Dana Quilter ···· Stourmouth Housing Trust\n"
           "Noor Haddad ........................ Stourmouth Fire and Rescue Service\n")
    assert _rows(raw) == [["Cllr Petra Hollins", "Stourmouth Borough Council"],
                          ["Inspector Wes Calloway", "Stourmouth Police"],
                          ["Amos Fairleigh", "Stourmouth Youth Offending Service"],
                          ["Dana Quilter", "Stourmouth Housing Trust"],
                          ["Noor Haddad", "Stourmouth Fire and Rescue Service"]]


def test_a_sentence_ellipsis_and_a_bold_word_are_no_leaders() -> None:
    text = clean("The Board considered the options… and agreed to defer.\nThe __Chair__ thanked members.\n")
    assert "\t" not in text
    assert "The Chair thanked members." in text


def test_a_spaced_dot_roster_under_membership_gives_each_member() -> None:
    doc = read("Ferrybridge Vale Council\n\nFerrybridge Vale Safer Streets Board\n\nMembership\n\n"
               "Eastshire Police . . . . . . . . . . Superintendent Colette Arbery\n"
               "Ferrybridge Vale Probation Delivery Unit . . . . . Rhys Abernant\n"
               "Ferrybridge Vale Fire Station . . . . . . Watch Manager Ines Portelli\n")
    members = of(doc, "member_of")
    for who in ("Colette Arbery", "Rhys Abernant", "Ines Portelli", "Eastshire Police"):
        assert (who, "Ferrybridge Vale Safer Streets Board") in members, who
    assert ("Eastshire Police", "Colette Arbery") in of(doc, "represented_by")
