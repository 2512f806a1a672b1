"""A paper's own council written by its initials after a holder's post ("(Head of Housing, LBBD)") is the holder's
employer, though the mention reader takes the capitals for the place they spell. Another council's initials name
no employer: only the paper's own council is matched.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of

from govkg.loaders.cleaning import clean
from govkg.loaders.documents import document_from_text


def _read(text: str):
    return document_from_text("test", "test.txt", clean(text), "0" * 64)


@pytest.mark.parametrize("text, person, council", [
    # minutes: an attendance paragraph, each post and the council's initials in brackets
    ("London Borough of Barking and Dagenham\nYouth Offending Management Board\n\nMinutes of the meeting.\n\n"
     "Present: Cllr Ruth Okoro (Cabinet Member for Safer Streets, LBBD); Dev Patel (Head of Housing, LBBD)\n",
     "Dev Patel", "London Borough of Barking and Dagenham"),
    # the same paper's style, the member's bracket
    ("London Borough of Barking and Dagenham\nYouth Offending Management Board\n\nMinutes of the meeting.\n\n"
     "Present: Cllr Ruth Okoro (Cabinet Member for Safer Streets, LBBD); Dev Patel (Head of Housing, LBBD)\n",
     "Ruth Okoro", "London Borough of Barking and Dagenham"),
    # a workshop note's attendee columns: name, then post and the council's initials
    ("Royal Borough of Windsor and Maidenhead\nCommunity Safety Partnership workshop note\n\nAttendees:\n"
     "  Pia Lund                      Service Lead, Youth Offending, RBWM\n"
     "  Omar Said                     Head of Licensing, RBWM\n",
     "Pia Lund", "Royal Borough of Windsor and Maidenhead"),
    # a council named short on its front page, its initials spelling the formal name
    ("Tameside Council\nSafer Streets Board\n\nMinutes of the meeting.\n\n"
     "Present: Ada Kerr (Prevent Lead, TMBC); Insp Lee Roe (Greater Manchester Police)\n",
     "Ada Kerr", "Tameside Council"),
])
def test_the_council_s_initials_after_a_post(text: str, person: str, council: str) -> None:
    assert (person, council) in of(_read(text), "member_of")


def test_another_council_s_initials_name_no_employer() -> None:
    text = ("London Borough of Barking and Dagenham\nYouth Offending Management Board\n\nMinutes of the meeting.\n\n"
            "Present: Dev Patel (Head of Housing, RBWM)\n")
    assert not {o for p, o in of(_read(text), "member_of") if p == "Dev Patel" and "Barking" in o}
