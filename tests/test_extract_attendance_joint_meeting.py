"""A paper headed by a body's own name on a line of its own is that body's meeting, even on a council's meeting
system; a joint meeting of two bodies, headed by both names or "joint meeting of the X and the Y", was attended by
everyone present as a meeting of each. Every text here is written for the test."""

from __future__ import annotations

from extract_helpers import of, read

# a council meeting system's page, headed in capitals by two bodies whose names the cleaner joins over "and"
_STACKED = """Source: https://northdale.moderngov.co.uk/documents/s1234/Joint%20session%20note.pdf

Item 4    pdf icon PDF 120 KB

NORTHDALE HEALTH AND WELLBEING BOARD
and
SAFER NORTHDALE PARTNERSHIP

Note of Joint Development Session
Wednesday 5 June 2024, 2.00pm, Council Chamber, Northdale Town Hall

Attending
  Cllr Ada Quince              Executive Member, Adult Social Care
  Dr Bram Tillet               Director of Public Health, Northdale Council
  Insp. Corin Vale             Neighbourhood Inspector, Northdale Police

Apologies: Della Orme (Director of Children's Services)

1.  Purpose
The session looked at the two boards' shared priorities.
"""

# minutes in prose: "joint meeting of the X and the Y" on the title line
_PROSE = """Source: https://www.eastmoor.gov.uk/minutes/joint-sab-csp-2023.pdf

Minutes of the joint meeting of the Eastmoor Safeguarding Adults Board and the Safer Eastmoor Partnership held on
Tuesday 14 November 2023 at Eastmoor House

Present: Cllr Edwin Marle (Chair), Fenella Rook (Head of Adult Safeguarding, Eastmoor Council), Gideon Pask
(Eastmoor Fire and Rescue Service)

Apologies: Hester Lune (Probation Service)

1. Welcome
The Chair welcomed everyone to the first joint meeting.
"""

# a title line naming the meeting as one between two bodies
_BETWEEN = """Notes of a joint meeting between the Westleigh Children's Trust Board and the Westleigh Community Safety
Partnership, 3 March 2022, Westleigh Library

Present
Ivo Senna          Head of Early Help, Westleigh Council
Juno Platt         Youth Justice Manager, Westleigh Council

1.  Exploitation
The workshop agreed a shared exploitation plan.
"""

# one body's own letterhead on a meeting system's page: its meeting, not the council's, and no joint body
_ONE_BODY = """Source: https://southmere.moderngov.co.uk/documents/s99/Board%20notes.pdf

SOUTHMERE COMMUNITY SAFETY BOARD

Note of meeting, Thursday 9 May 2024, Southmere Civic Offices

Attending
  Kit Rowan                    Community Safety Manager, Southmere Council
  Lorna Vey                    Station Manager, Southmere Fire Service

1.  Minutes
Agreed.
"""


def test_stacked_capital_heads_on_a_meeting_system_page_are_both_bodies_meeting() -> None:
    doc = read(_STACKED)
    attended = of(doc, "attended")
    for person in ("Ada Quince", "Dr Bram Tillet", "Corin Vale"):
        assert (person, "Northdale Health and Wellbeing Board") in attended
        assert (person, "Safer Northdale Partnership") in attended
    assert not any(body == "Northdale Council" for _, body in attended)
    # apologies are a member's, of whichever body they sit on: only the meeting's own body is given them
    assert of(doc, "apologies") == {("Della Orme", "Northdale Health and Wellbeing Board")}


def test_joint_meeting_of_two_bodies_in_prose() -> None:
    doc = read(_PROSE)
    attended = of(doc, "attended")
    for person in ("Edwin Marle", "Fenella Rook", "Gideon Pask"):
        assert (person, "Eastmoor Safeguarding Adults Board") in attended
        assert (person, "Safer Eastmoor Partnership") in attended
    # the chair marker is the entry's own to place, not given to the other body as well
    assert len(of(doc, "chairs")) <= 1


def test_joint_meeting_between_two_bodies() -> None:
    attended = of(read(_BETWEEN), "attended")
    for person in ("Ivo Senna", "Juno Platt"):
        assert (person, "Westleigh Children's Trust Board") in attended
        assert (person, "Westleigh Community Safety Partnership") in attended


def test_one_body_letterhead_on_a_meeting_system_page_is_its_meeting_alone() -> None:
    attended = of(read(_ONE_BODY), "attended")
    assert attended == {("Kit Rowan", "Southmere Community Safety Board"),
                        ("Lorna Vey", "Southmere Community Safety Board")}
