"""A post written with its owner's possessive before its holder ("the council's Head of Safer Communities, Jo
Lee", "Northvale Police's District Commander, Chief Inspector Jo Lee") says whom the holder works for: `member_of`
that organisation. A board's or partnership's own post ("the Board's Independent Chair") names no employer.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read


@pytest.mark.parametrize("text, person, organisation", [
    # a cabinet report: the paper's own council by back-reference
    ("Eastvale Borough Council\nReport to Cabinet\n\n2.1 The Channel Panel is chaired by the council's Head of "
     "Safer Communities, Ola Brandt.\n", "Ola Brandt", "Eastvale Borough Council"),
    # a partnership's annual report: a police force named in full
    ("Safer Northvale Partnership annual report\n\nThe Hate Crime Group is led by Northvale Police's District "
     "Commander, Chief Inspector Rafe Moon, and meets each quarter.\n", "Rafe Moon", "Northvale Police"),
    # a web page: a council named in full, the sentence going on after the holder
    ("Prevent in Westhill\n\nOur work is co-ordinated by Westhill Borough Council's Prevent Lead, Ines Carver, "
     "who supports schools.\n", "Ines Carver", "Westhill Borough Council"),
    # a housing provider's post
    ("Eastvale Community Safety Partnership\n\nThe ASB Group is chaired by Eastvale Homes Trust's Head of "
     "Tenancy, Mo Akers.\n", "Mo Akers", "Eastvale Homes Trust"),
])
def test_the_owner_of_the_post_employs_the_holder(text: str, person: str, organisation: str) -> None:
    assert (person, organisation) in of(read(text), "member_of")


@pytest.mark.parametrize("text, person", [
    ("Safer Northvale Partnership\n\nThe Partnership's Independent Chair, Lena Fisk, opened the meeting.\n",
     "Lena Fisk"),
    ("Northvale Safeguarding Adults Board\n\nThe Board's Business Manager, Tom Hale, presented the plan.\n",
     "Tom Hale"),
])
def test_a_board_s_own_post_names_no_employer(text: str, person: str) -> None:
    assert not {o for p, o in of(read(text), "member_of") if p == person}


@pytest.mark.parametrize("text, person, organisation", [
    # a news release: a police officer's title names the force after "for"
    ("Safer Harbury Partnership\n\nChief Inspector Rafe Moon, Harbury District Commander for Kent Police, said "
     "the figures were encouraging.\n", "Rafe Moon", "Kent Police"),
    # a panel's minutes: the chief constable "of" the force, the holder after the post
    ("Police and Crime Panel\n\nThe Panel thanked the Chief Constable of West Yorkshire Police, Ann Kell, for "
     "attending.\n", "Ann Kell", "West Yorkshire Police"),
    # a mayoral decision: a councillor's post names the council
    ("Decision notice\n\nCllr Mo Akers, Deputy Leader of Manchester City Council, welcomed the grant.\n",
     "Mo Akers", "Manchester City Council"),
])
def test_a_post_that_names_a_known_public_body_gives_its_holder_s_employer(text: str, person: str,
                                                                           organisation: str) -> None:
    assert (person, organisation) in of(read(text), "member_of")


@pytest.mark.parametrize("text, person", [
    # the commissioner oversees the force, no officer of it
    ("Police and Crime Panel\n\nMr Ed Vane, Police and Crime Commissioner for Kent Police, presented the plan.\n",
     "Ed Vane"),
    # a portfolio is no organisation
    ("Cabinet report\n\nCllr Jo Lee, Cabinet Member for Communities and Neighbourhoods, opened the item.\n",
     "Jo Lee"),
])
def test_a_post_naming_no_employer_gives_none(text: str, person: str) -> None:
    assert not {o for p, o in of(read(text), "member_of") if p == person}
