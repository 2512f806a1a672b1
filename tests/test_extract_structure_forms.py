"""Forms of plans and structure: reporting routes, owners of papers and of priorities."""

from __future__ import annotations

from extract_helpers import of, read


def test_report_goes_through_a_body() -> None:
    doc = read("Safer Merthyr Partnership\n\n"
               "The Safer Merthyr Partnership reports to the Cwm Taf Public Services Board through the Merthyr "
               "Local Delivery Group.\n")
    found = of(doc, "reports_to")
    assert ("Safer Merthyr Partnership", "Cwm Taf Public Services Board") in found
    assert ("Safer Merthyr Partnership", "Merthyr Local Delivery Group") in found
    assert ("Cwm Taf Public Services Board", "Merthyr Local Delivery Group") not in found


def test_report_passed_on_through_it() -> None:
    doc = read("The Wrexham VAWDASV Board will report to the Safer Wrexham Partnership and, through it, to the "
               "Wrexham Public Services Board.\n")
    found = of(doc, "reports_to")
    assert ("Wrexham VAWDASV Board", "Safer Wrexham Partnership") in found
    assert ("Wrexham VAWDASV Board", "Wrexham Public Services Board") in found
    assert ("Safer Wrexham Partnership", "Wrexham Public Services Board") in found


def test_accountable_to_people_through_a_body() -> None:
    doc = read("The Torbay Safeguarding Adults Board is accountable to the chief officers of the statutory partners "
               "via the Torbay Safeguarding Executive Group.\n")
    assert of(doc, "reports_to") == {("Torbay Safeguarding Adults Board", "Torbay Safeguarding Executive Group")}


def test_route_through_a_post_is_no_body_reported_to() -> None:
    doc = read("The Rutland Youth Offending Team reports to the Rutland Youth Justice Board via its Chair.\n")
    assert of(doc, "reports_to") == {("Rutland Youth Offending Team", "Rutland Youth Justice Board")}
