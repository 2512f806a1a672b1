"""A numbered section heading "X membership" over a list of people, each "Name - Post, Organisation" or "Name -
Organisation (Chair)", entries wrapping onto a second line. Texts written for these tests; the people are
invented."""

from __future__ import annotations

from extract_helpers import of, read

_REPORT = """Rivermouth Community Safety Partnership - Annual Report 2024

5.2 The Review Group is a sub-group of the Partnership.

5.3 Review Group membership
   Detective Inspector Petra Lindqvist - Rivermouth Police (Chair)
   Juno Tallis - Head of Housing, Rivermouth Council
   Samir Oduwole - Named Nurse for Safeguarding, Rivermouth and West
     Vale Community Health Trust
   Ivo Marchetti - Senior Probation Officer, Probation Service

5.4 Next steps
"""


def test_each_person_under_the_heading_is_a_member() -> None:
    members = of(read(_REPORT), "member_of")
    for person in ("Petra Lindqvist", "Juno Tallis", "Samir Oduwole", "Ivo Marchetti"):
        assert (person, "Review Group") in members


def test_what_follows_the_dash_describes_the_member() -> None:
    doc = read(_REPORT)
    assert ("Petra Lindqvist", "Review Group") in of(doc, "chairs")
    assert ("Petra Lindqvist", "Rivermouth Police") in of(doc, "member_of")
    assert ("Petra Lindqvist", "Detective Inspector") in of(doc, "holds_post")


def test_a_wrapped_line_is_no_member_and_the_cut_organisation_is_not_read() -> None:
    members = of(read(_REPORT), "member_of")
    assert not any(subject.startswith("Vale") for subject, _ in members)
    assert ("Samir Oduwole", "Rivermouth and West") not in members
