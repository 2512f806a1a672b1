"""A membership list that names an organisation once and sets its several seats on the lines beneath, each a post in
the post column: every seat is a post of its own ("(Chair)", "(Deputy Chair)" closing one, a service's name and a
dash opening another), a leader cut short to three dots still parts the columns, and a seat whose title is only
narrowed after a comma ("Named Nurse, Safeguarding") is the member's own post."""

from __future__ import annotations

from extract_helpers import of, read

_DOTTED = """\
ABBOTSFORD CHANNEL PANEL
TERMS OF REFERENCE

4. Membership

4.1 Core members:

   Abbotsford Borough Council ........ Director of Communities (Chair)
                                       Head of Early Help (Deputy Chair)
                                       Prevent Co-ordinator (Minutes)
   Abbotsford and Vale Probation Delivery Unit ... Senior Probation Officer
   Marchshire Police ................. Detective Inspector, Prevent

5. Meetings
"""


def test_seats_under_a_council_in_a_dotted_list_are_each_a_post() -> None:
    doc = read(_DOTTED)
    seats = of(doc, "represented_by")
    assert ("Abbotsford Borough Council", "Director of Communities, Abbotsford Borough Council") in seats, seats
    assert ("Abbotsford Borough Council", "Head of Early Help, Abbotsford Borough Council") in seats, seats
    assert ("Head of Early Help, Abbotsford Borough Council", "Abbotsford Channel Panel") in of(doc, "vice_chair")
    assert ("Director of Communities, Abbotsford Borough Council", "Abbotsford Channel Panel") in of(doc, "chairs")


def test_a_three_dot_leader_among_full_leaders_parts_the_columns() -> None:
    members = {m for m, _ in of(read(_DOTTED), "member_of")}
    assert "Abbotsford and Vale Probation Delivery Unit" in members, members


_DASHED = """\
Tollerby Youth Justice Management Board - Terms of Reference

3. Membership

Organisation                      Representative
Tollerby City Council             Service Director - Children and Families (Chair)
                                  Early Help - Head of Family Support
                                  Education - Head of Inclusion and Attendance
Tollerby Police                   Chief Inspector, Partnerships

4. Quorum
"""


def test_a_seat_named_by_its_service_then_a_dash_is_the_post_after_the_dash() -> None:
    seats = of(read(_DASHED), "represented_by")
    assert ("Tollerby City Council", "Head of Family Support, Tollerby City Council") in seats, seats
    assert ("Tollerby City Council", "Head of Inclusion and Attendance, Tollerby City Council") in seats, seats


def test_a_rank_before_a_dash_names_the_service_it_directs() -> None:
    doc = read(_DASHED)
    assert ("Service Director - Children and Families, Tollerby City Council", "Tollerby Youth Justice Management "
            "Board") in of(doc, "chairs"), of(doc, "chairs")


_NARROWED = """\
Brackenfield Safeguarding Adults Board

Membership

Organisation\tRepresentative
Brackenfield Community Health CIC\tNamed Nurse, Safeguarding
Brackenfield and Dale NHS Foundation Trust\tSafeguarding Lead (older adults)
Westmoor Police\tDetective Superintendent, Westmoor Police
"""


def test_a_title_narrowed_after_a_comma_or_in_brackets_is_the_members_post() -> None:
    seats = of(read(_NARROWED), "represented_by")
    assert ("Brackenfield Community Health CIC", "Named Nurse, Safeguarding, Brackenfield Community Health CIC") \
        in seats, seats
    trust = "Brackenfield and Dale NHS Foundation Trust"
    assert (trust, f"Safeguarding Lead (older adults), {trust}") in seats, seats
    assert ("Westmoor Police", "Detective Superintendent, Westmoor Police") in seats, seats
