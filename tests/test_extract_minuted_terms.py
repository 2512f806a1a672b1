"""loaders/extract/resolutions.py: a minute approving "the revised terms of reference" with no owner named is the
meeting body approving its own terms, whether the resolution is one sentence or a "RESOLVED that:" over
lettered items; and publications.owners_paper_names: the paper is also known by the place and the body's initials."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

NORTHFOLD = """Redditch Youth Justice Management Board
Record of the meeting, 4 March 2025, Town Hall, Redditch

6. Governance
The Head of Service went through the changes to membership since the spring.
RESOLVED: that the amended terms of reference be approved, subject to three members making a quorum.
"""

ASHBURN = """MINUTES OF THE ASHBURN DOMESTIC ABUSE PARTNERSHIP BOARD
Held at Ashburn Civic Offices on Tuesday 10 June 2025

3.  BOARD ARRANGEMENTS
The Community Safety Lead took members through the draft paper on the Board's working.

RESOLVED that:
(a) the updated terms of reference be adopted, with the Cabinet Member for Housing continuing
    as Chair;
(b) the Board meets every two months.

4.  ANY OTHER BUSINESS
None.
"""

KELLERBY = """Kellerby Community Safety Partnership Board
Notes of the meeting of 2 October 2025

Item 4 - Board papers
Officers explained how the quarterly data pack would change.
AGREED: (i) that the draft terms of reference be endorsed; (ii) that the data pack go to every member.
"""


@pytest.mark.parametrize(
    "text, body",
    [
        (NORTHFOLD, "Redditch Youth Justice Management Board"),
        (ASHBURN, "Ashburn Domestic Abuse Partnership Board"),
        (KELLERBY, "Kellerby Community Safety Partnership Board"),
    ],
)
def test_a_minute_approving_bare_terms_of_reference_is_the_meetings_own(text: str, body: str) -> None:
    assert (body, f"{body} Terms of Reference") in of(read(text), "produces")


@pytest.mark.parametrize(
    "resolution",
    [
        "RESOLVED: that the terms of reference of each of the three task groups be adopted.",  # someone else's
        "It was recommended that the amended terms of reference be approved by Cabinet.",  # asked, not decided
        "RESOLVED: that the minutes of the last meeting be approved.",
    ],
)
def test_terms_the_minute_does_not_approve_as_its_own_are_not_the_meetings(resolution: str) -> None:
    text = NORTHFOLD.replace("RESOLVED: that the amended terms of reference be approved, subject to three members "
                             "making a quorum.", resolution)
    assert not any(p.endswith("Terms of Reference") and s == "Redditch Youth Justice Management Board"
                   for s, p in of(read(text), "produces"))


def test_items_after_a_lead_in_that_is_no_resolution_are_not_approvals() -> None:
    text = ASHBURN.replace("RESOLVED that:", "Members discussed whether:")
    assert not any(p.endswith("Terms of Reference") for _, p in of(read(text), "produces"))


def test_the_terms_are_also_named_by_place_and_the_boards_initials() -> None:
    text = """Tamworth Domestic Abuse Strategic Partnership Board (DASPB)
Notes of 14 May 2025

The DASPB considered the proposed changes to its working groups.
RESOLVED: that the reviewed terms of reference be approved.
"""
    doc = read(text)
    (terms,) = [e for e in doc.entities if e.name == "Tamworth Domestic Abuse Strategic Partnership Board Terms of "
                "Reference"]
    assert "Tamworth DASPB Terms of Reference" in terms.aliases


def test_no_place_and_initials_name_when_the_paper_never_uses_the_initials() -> None:
    doc = read(NORTHFOLD)
    (terms,) = [e for e in doc.entities if e.name == "Redditch Youth Justice Management Board Terms of Reference"]
    assert "Redditch YJMB Terms of Reference" not in terms.aliases
    assert terms.area == "Redditch"  # the place is known, so only the missing initials keep the name out


def test_the_initials_follow_whatever_opens_the_name() -> None:
    # a prefix that is no place the gazetteer knows still opens the paper's short name
    text = """Greater Kellerby Safeguarding Adults Board
Record of the meeting of 3 July 2025

The SAB went through the changes to its sub-groups.
RESOLVED: that the updated terms of reference be agreed.
"""
    doc = read(text)
    (terms,) = [e for e in doc.entities if e.name == "Greater Kellerby Safeguarding Adults Board Terms of Reference"]
    assert "Greater Kellerby SAB Terms of Reference" in terms.aliases
