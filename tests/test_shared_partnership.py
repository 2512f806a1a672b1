"""A community safety partnership two or more councils share, named for all their places ("Melton and Rutland
Community Safety Partnership"), is the one a sharing council's paper means by "the partnership" and "the CSP": not
a partnership of the council's area alone, which the paper says does not exist. Every text here is written for
the test."""

from __future__ import annotations

from extract_helpers import of, read

# a council's news page under its site's furniture, the shared name given once, wrapped at a line's end
_WEB_PAGE = """Source: https://www.rutland.gov.uk/news/community-safety-plan

Accept cookies | Reject cookies
Rutland County Council

Every district must have a community safety partnership. Rutland has no partnership of its own: since 2015 it
has shared one with its neighbour, the Melton and
Rutland Community Safety Partnership.

The Community Safety Partnership has published its new plan. The partners are:
  - Rutland County Council
  - Melton Borough Council
  - Leicestershire Police

The Community Safety Partnership is chaired by Rutland's Head of Public Protection, Nia Castell. The Community
Safety Partnership meets four times a year.
"""

# a district's report to its scrutiny committee: three places, the name given by its initials' form
_REPORT = """RICHMONDSHIRE DISTRICT COUNCIL

Report to the Overview and Scrutiny Committee, 4 July 2022
Community safety update

1.1 The Hambleton, Richmondshire and Ryedale CSP is the statutory partnership for the three districts.
1.2 The Community Safety Partnership is chaired by Inspector Owain Brack of North Yorkshire Police, and the
    partnership agreed its plan for 2022-25 in May.
"""

# a district's cabinet report on the partnership, which it calls by its kind
_TERMS = """Source: https://www.torridge.gov.uk/media/cabinet-report-community-safety.pdf

TORRIDGE DISTRICT COUNCIL
Report to Cabinet: community safety update, 9 January 2024

1. Torridge District Council, North Devon Council and Devon and Cornwall Police are members of the Community
   Safety Partnership, which both districts have shared since 2012 as the North Devon and Torridge Community
   Safety Partnership.
2. The Community Safety Partnership is chaired by Cllr Rhoswen Tay. The Community Safety Partnership agreed
   three priorities in December.
"""

# another area's shared partnership named in passing: the paper's own partnership is not it
_ELSEWHERE = """Source: https://www.wealden.gov.uk/community-safety/partnership

Community Safety Partnership

The Safer Wealden Partnership learnt from the Hastings and Rother CSP's night-time work this year.
The Community Safety Partnership is chaired by Cllr Perrin Loam.
"""


def test_web_page_of_a_sharing_council() -> None:
    doc = read(_WEB_PAGE)
    shared = "Melton and Rutland Community Safety Partnership"
    assert ("Nia Castell", shared) in of(doc, "chairs")
    assert {("Rutland County Council", shared), ("Melton Borough Council", shared)} <= of(doc, "member_of")
    assert not any(body == "Rutland Community Safety Partnership" for _, body in of(doc, "member_of"))


def test_report_names_three_places_by_initials() -> None:
    doc = read(_REPORT)
    assert ("Owain Brack", "Hambleton and Richmondshire and Ryedale Community Safety Partnership") in \
        of(doc, "chairs") or ("Owain Brack", "Hambleton, Richmondshire and Ryedale Community Safety Partnership") in \
        of(doc, "chairs")


def test_cabinet_report_calls_it_by_its_kind() -> None:
    doc = read(_TERMS)
    shared = "North Devon and Torridge Community Safety Partnership"
    assert ("Torridge District Council", shared) in of(doc, "member_of")
    assert ("Rhoswen Tay", shared) in of(doc, "chairs")
    assert all(body != "Torridge Community Safety Partnership" for _, body in of(doc, "member_of"))


def test_another_areas_shared_partnership_is_not_the_papers_own() -> None:
    doc = read(_ELSEWHERE)
    assert all("Hastings" not in body for _, body in of(doc, "chairs"))
