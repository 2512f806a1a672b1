"""An attendance entry "Name – Vice Chair, ARMC": initials right after the chair marker, spelt out nowhere and
ending as a committee's do, name the committee the person chairs, not the meeting's own body; an organisation
known by its initials ("Co-Chair – MOPAC") stays the person's organisation."""

from __future__ import annotations

from extract_helpers import of, read

MINUTES = """Suffolk Safeguarding Adults Board
Minutes of the meeting held on 3 May 2016

Present: Agnes Pettifer – Independent Chair, Rowan Kettleby – Vice Chair, QAPC, Idris Fennimore – Chair, MOPAC,
Solveig Harrowby – Head of Safeguarding, Suffolk County Council

1. Apologies
None were received.
"""


def test_a_chair_marker_before_unknown_committee_initials_chairs_that_committee() -> None:
    doc = read(MINUTES)
    assert ("Rowan Kettleby", "QAPC") in of(doc, "vice_chair")
    assert ("Rowan Kettleby", "QAPC") in of(doc, "member_of")
    assert ("Rowan Kettleby", "Suffolk Safeguarding Adults Board") not in of(doc, "vice_chair")


def test_a_known_organisations_initials_stay_the_persons_organisation() -> None:
    doc = read(MINUTES)
    assert ("Idris Fennimore", "MOPAC") in of(doc, "member_of")
    assert not [o for s, o in of(doc, "chairs") if s == "Idris Fennimore" and o != "Suffolk Safeguarding Adults Board"]
