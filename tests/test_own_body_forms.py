"""The paper's own body: which body a paper is written by or for, read from the forms of its head that councils
use (a title line above what the paper is, a cover's title above the body that wrote it, a version line naming
the board that approved it, a Welsh planning board named by its field).

Every text here is written for the test in the styles councils use; the people are invented.
"""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.mentions import find_mentions
from govkg.loaders.metadata import head_body


def _body(text: str) -> str | None:
    doc = read(text)
    return doc.body.name if doc.body is not None else None


def test_a_version_line_names_the_board_that_approved_the_terms_not_the_board_they_are_for() -> None:
    head = ("WIGAN COUNCIL\n\nDomestic Abuse Operational Group\nTERMS OF REFERENCE\n"
            "Version 3 - approved by the Wigan Community Safety Partnership Board, 4 March 2024\n\n")
    assert head_body(head) == "Domestic Abuse Operational Group"
    text = head + ("1. Membership\n\nThe Group is chaired by the Head of Community Safety. Members are Orla "
                   "Fenwick (Wigan Council) and Tamsin Rudd (Greater Manchester Police).\n")
    assert _body(text) == "Wigan Domestic Abuse Operational Group"


def test_an_approver_is_still_the_body_when_the_head_names_no_other() -> None:
    # a partnership's own plan, approved by its own board: the board is all the head names
    head = "\nPartnership Plan 2024 - 2027\n\nApproved by the Safer Medway Partnership Board, 12 March 2024\n"
    assert head_body(head) == "Safer Medway Partnership Board"


def test_a_board_named_for_its_field_is_one_body() -> None:
    for text, name in (("The Gwent Area Planning Board for Substance Misuse met in Newport.",
                        "Gwent Area Planning Board for Substance Misuse"),
                       ("CWM TAF AREA PLANNING BOARD FOR SUBSTANCE MISUSE (APB)",
                        "Cwm Taf Area Planning Board for Substance Misuse"),
                       ("the Strategic Partnership Board for Domestic Abuse", "Strategic Partnership Board for "
                                                                              "Domestic Abuse")):
        found = [m for m in find_mentions(text, 0, len(text)) if m.kind == "body"]
        assert [m.name for m in found] == [name]
    # a post named for its field stays a post
    text = "the Head of Service for Substance Misuse"
    assert [m.kind for m in find_mentions(text, 0, len(text))] == ["post"]


def test_minutes_headed_by_a_board_named_for_its_field_are_that_board_s() -> None:
    text = ("POWYS AREA PLANNING BOARD FOR SUBSTANCE MISUSE\n\nMINUTES OF THE MEETING HELD ON 9 MAY 2024\n\n"
            "PRESENT\nCouncillor Heledd Morgan (Chair)\nBryn Aeron, Dyfed-Powys Police\n\n1. Welcome\n"
            "The Chair welcomed members.\n")
    assert _body(text) == "Powys Area Planning Board for Substance Misuse"
    assert ("Heledd Morgan", "Powys Area Planning Board for Substance Misuse") in of(read(text), "attended")


def test_a_body_above_its_published_arrangements_is_the_paper_s() -> None:
    text = ("Source: https://www.example.gov.uk/safeguarding/arrangements\n\n"
            "Rotherham Safeguarding Children Partnership\nMulti-Agency Safeguarding Arrangements\n"
            "Published June 2024\n\n1. Introduction\n\nThe three safeguarding partners are the council, the "
            "integrated care board and South Yorkshire Police.\n")
    assert _body(text) == "Rotherham Safeguarding Children Partnership"


def test_a_cover_title_above_the_body_that_wrote_it() -> None:
    text = ("Kent County Council\nKENT COMMUNITY SAFETY AGREEMENT 2024-2027\nSafer Communities Partnership\n"
            "March 2024\n\n1 Introduction\n\nThis agreement sets out how the county and the district "
            "partnerships will work together.\n")
    assert _body(text) == "Kent Safer Communities Partnership"
    # a council's letterhead alone above a report names no body of the paper
    text = "Kent County Council\nReport on community safety\n\nThe council works with its partners.\n"
    assert _body(text) in (None, "Kent County Council")


def test_a_panel_told_apart_by_its_remit_in_brackets_keeps_it() -> None:
    head = ("WAVENEY DISTRICT COUNCIL\n\nMINUTES of the meeting of the OVERVIEW AND SCRUTINY PANEL (CUSTOMERS AND "
            "PARTNERSHIPS) held in the Council Chamber on Tuesday 3 June 2025.\n\n")
    assert head_body(head) == "Overview and Scrutiny Panel (Customers and Partnerships)"
    text = head + "PRESENT: Councillor R T Penhaligon - Chairman.\n\n1. MINUTES\n\nThe Minutes were approved.\n"
    assert ("R T Penhaligon", "Overview and Scrutiny Panel (Customers and Partnerships)") in of(read(text), "attended")
    # a board of the body in brackets, or a word about the meeting, is no remit
    assert head_body("Minutes of the meeting of the Safer Thurrock Partnership (Strategic Board) held on 4 May "
                     "2023\n") == "Safer Thurrock Partnership"
    assert head_body("Minutes of the meeting of the Licensing Committee (Special) held on 4 May 2023\n") == \
        "Licensing Committee"


def test_a_web_page_s_title_under_a_breadcrumb_that_ends_in_it_is_the_page_s_body() -> None:
    page = ("Source: https://www.eastwick.gov.uk/info/301/community_safety\n\nEastwick District Council\n"
            "Skip to main content | Accessibility\n\n"
            "Community safety > Town centres > Stourford Town Centre Safety Partnership\n\n"
            "Stourford Town Centre Safety Partnership\n\n"
            "Reports to:      Eastwick Community Safety Partnership\nMeets:           Every two months\n")
    assert _body(page) == "Stourford Town Centre Safety Partnership"
    assert ("Stourford Town Centre Safety Partnership", "Eastwick Community Safety Partnership") in \
        of(read(page), "reports_to")
    # a crumb trail ending elsewhere names no body for the line under it
    other = page.replace("> Stourford Town Centre Safety Partnership\n", "> Partnerships\n")
    assert _body(other) != "Stourford Town Centre Safety Partnership"


def test_a_partner_shaped_like_a_name_under_an_organisation_column_is_not_the_member() -> None:
    text = ("Stourford Night-Time Economy Partnership\nTerms of Reference\n\nMembers\n\n"
            "Organisation\tRepresentative\tRole\n"
            "Eastwick District Council\tCllr Ottilie Brannock\tChair\n"
            "Stourford Pubwatch\tLeopold Okafor-Dunne\tVice-chair\n"
            "BID Stourford\tMarisol Pettigrew\tOperations Manager\n")
    doc = read(text)
    people = {s for s, _ in of(doc, "holds_post") | of(doc, "vice_chair")}
    assert "Stourford Pubwatch" not in people and "BID Stourford" not in people
    assert ("Leopold Okafor-Dunne", "Stourford Night-Time Economy Partnership") in of(doc, "vice_chair")
    assert ("Marisol Pettigrew", "Operations Manager, BID Stourford") in of(doc, "holds_post")


def test_an_appendix_put_to_a_meeting_is_its_title_body_s_paper() -> None:
    # the head names the meeting the paper went to and marks it as an appendix or item; the title under it
    # names the body whose terms they are
    head = ("Stockport Council                                   Appendix 2\n"
            "Safer Stockport Partnership Board - 3 March 2025     Item 5\n\n"
            "STOCKPORT HATE CRIME STEERING GROUP\nTERMS OF REFERENCE\n")
    assert head_body(head) == "Stockport Hate Crime Steering Group"
    head = ("Cabinet - 14 November 2024                          Agenda Item 9\n\n"
            "Dorset Prevent Partnership Board - Terms of Reference\n\n1. Purpose\n")
    assert head_body(head) == "Dorset Prevent Partnership Board"
    # an annual report is the body's own paper when attached whole as an appendix
    head = ("Health and Wellbeing Board - 9 July 2024         Appendix A\n\n"
            "Leeds Safeguarding Adults Board\nAnnual Report 2023/24\n")
    assert head_body(head) == "Leeds Safeguarding Adults Board"


def test_an_item_reporting_on_a_body_is_still_the_meeting_s() -> None:
    # under an item mark alone, a report on a partnership is an officer's report to the committee
    head = ("HALTON BOROUGH COUNCIL                                   Item No. 4\n\n"
            "SAFER POLICY AND PERFORMANCE BOARD             12 MARCH 2024\n\n"
            "SAFER HALTON PARTNERSHIP - ANNUAL REPORT\n\nReport of the Director of Public Health\n")
    assert head_body(head) != "Safer Halton Partnership"


def test_a_short_name_the_drafter_defines_counts_for_its_body() -> None:
    # a strategy chapter that never heads itself with its board: 'the Board ("the VAWG Board")' is used far more
    # than the full name, and counts for it against the partnership it reports to
    text = ("Bristol City Council\n\nKeeping Women Safe in Bristol: Strategy 2024-2028\n\nSection 5 - Governance\n\n"
            "* The Bristol VAWG Strategic Board (\"the VAWG Board\") owns this strategy.\n"
            "* The VAWG Board is a thematic board of the Keep Bristol Safe Partnership (KBSP) and reports to the "
            "KBSP twice a year.\n"
            "* The KBSP receives the VAWG Board's annual report.\n\n"
            "The VAWG Board is chaired by Dr Imelda Fairweather-Cole, Director of Public Health. The VAWG Board "
            "meets every quarter.\n")
    doc = read(text)
    assert _body(text) == "Bristol VAWG Strategic Board"
    assert ("Dr Imelda Fairweather-Cole", "Bristol VAWG Strategic Board") in of(doc, "chairs")


def test_terms_put_to_a_meeting_are_their_group_s_in_other_layouts() -> None:
    # the paper's kind above the group's name, under an annex mark
    head = ("Bolton Council                 Annex A\nSafer Bolton Partnership Board - 2 May 2025\n\n"
            "TERMS OF REFERENCE\nBOLTON HATE CRIME STRATEGIC GROUP\n\n1. Purpose\n")
    assert head_body(head) == "Bolton Hate Crime Strategic Group"
    # a cover sheet: the meeting in "Report to:", the terms in its title field
    head = ("Report to: Safer Bolton Partnership Board\nDate: 2 May 2025\n"
            "Title: Bolton Hate Crime Strategic Group - Terms of Reference\n")
    assert head_body(head) == "Bolton Hate Crime Strategic Group"
    # a cover sheet's report on a body's year is that body's paper: its members and chair are the body's, and the
    # meeting only receives it (tests/test_extract_report_subject_grid.py); a title naming no body leaves the meeting's
    head = ("Report to:       Place Scrutiny Board\nDate:            9 November 2024\n"
            "Title:           Safer Bolton Partnership - annual report 2023/24\n")
    assert head_body(head) == "Safer Bolton Partnership"
    head = ("Report to:       Place Scrutiny Board\nDate:            9 November 2024\n"
            "Title:           Knife crime - annual report 2023/24\n")
    assert head_body(head) == "Place Scrutiny Board"
