"""A council meeting system's page of one item ("Meeting: 14/01/2019 - Cabinet (Item 5)"): the meeting named on
the page took the item, so the page is that meeting's record and those who spoke to the item attended it. The
pages are written for the test in the way such sites set them out."""

from __future__ import annotations

from extract_helpers import of, read


def _page(meeting: str, body: str) -> str:
    return ("Source: https://democracy.example.gov.uk/ieIssueDetails.aspx?IId=1234\n\n"
            "Issue - meetings\n\nTackling knife crime in Sutton\n\n"
            f"Meeting: {meeting}\n\n7 Tackling knife crime in Sutton pdf icon PDF 120 KB\n\n{body}\n")


def test_the_meeting_of_an_item_page_is_the_body_whose_record_it_is() -> None:
    doc = read(_page("03/10/2022 - Cabinet (Item 7)",
                     "Councillor Ruth Okafor, Cabinet Member for Safer Communities, introduced the report.\n\n"
                     "At the Chair's invitation Dev Arnott, representing the youth council, spoke to the Cabinet."))
    assert doc.doc_type == "minutes"
    assert doc.body is not None and doc.body.name.endswith("Cabinet")
    attended = {s for s, o in of(doc, "attended") if o == doc.body.name}
    assert {"Ruth Okafor", "Dev Arnott"} <= attended


def test_an_item_page_of_a_named_board_keeps_the_boards_name() -> None:
    doc = read(_page("12/06/2023 - Health and Wellbeing Board (Agenda Item 4)",
                     "The Director of Public Health, Priya Manning, presented the briefing."))
    assert doc.body is not None and doc.body.name.endswith("Health and Wellbeing Board")


def test_a_report_for_a_meeting_is_no_record_of_it() -> None:
    from govkg.loaders.metadata import document_type

    # no "(Item N)": the line dates a report going to the meeting, not the meeting's handling of it
    text = "Report to Cabinet\n\nDate of meeting: 14/03/2024 - Cabinet\n\nThe report sets out the plan for the year.\n"
    assert document_type(text) == "report"
