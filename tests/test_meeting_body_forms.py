"""Which body met: the many ways councils head their minutes, and what is done when the head names no body.

Every text here is written for the test in the styles councils use; the people are invented.
"""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.metadata import head_body, url_body

_PRESENT = ("\nPresent: Cllr Wenna Trevail (Chair), Idris Balcombe (Dyfed-Powys Police), Marnie Osgood (Probation)\n"
            "Apologies: Fenella Quayle\n\n1. Welcome\nThe Chair welcomed everyone to the meeting.\n")


def _attended(text: str) -> set[str]:
    doc = read(text)
    return {body for _, body in of(doc, "attended") | of(doc, "apologies")}


def test_a_note_of_a_meeting_names_the_body_without_the_paper_s_kind() -> None:
    assert head_body("Note of the Rotherham Serious Violence Steering Group meeting\n4 June 2024\n") == \
        "Rotherham Serious Violence Steering Group"
    assert head_body("Record of the meeting of the Havering Reducing Reoffending Group, 9 May 2023\n") == \
        "Havering Reducing Reoffending Group"
    assert _attended("Note of the Rotherham Serious Violence Steering Group meeting\n4 June 2024\n" + _PRESENT) == \
        {"Rotherham Serious Violence Steering Group"}


def test_a_decision_page_names_its_committee_as_the_decision_maker() -> None:
    head = ("Decision details\n\nKnife crime update\n\nDecision Maker: Communities Scrutiny Committee\n\n"
            "Decision status: Recommendations approved\n")
    assert head_body(head) == "Communities Scrutiny Committee"
    assert head_body("Decision Maker: Cabinet Member for Housing\n") is None  # a person's decision, no body


def test_a_site_s_meetings_folder_names_the_body_when_the_text_does_not() -> None:
    url = "https://www.carmarthenshire.gov.wales/meetings/safer-carmarthenshire-partnership-board/2024-01-16"
    assert url_body(url, "Agenda and minutes") == "Safer Carmarthenshire Partnership Board"
    text = f"Source: {url}\n\nAgenda and minutes\nVenue: County Hall\n" + _PRESENT
    assert _attended(text) == {"Safer Carmarthenshire Partnership Board"}
    # a news story about the board, or a slug in initials whose case is unknown, names no meeting
    assert url_body("https://www.carmarthenshire.gov.wales/news/safer-carmarthenshire-partnership-board",
                    "News") is None
    assert url_body("https://www.carmarthenshire.gov.wales/meetings/carmarthenshire-csp-board/2024", "x") is None


def test_an_agenda_item_under_the_head_is_what_the_meeting_took_not_who_met() -> None:
    text = ("Cheshire East Council\nAgenda and minutes\nVenue: Westfields, Sandbach\n"
            "1. Safer Cheshire East Partnership annual report\n" + _PRESENT)
    assert "Safer Cheshire East Partnership" not in _attended(text)


def test_notes_whose_body_cannot_be_read_are_not_given_to_the_council() -> None:
    # a partnership's notes on the council's letterhead: who met is not said, so no meeting is guessed
    text = "Rotherham Metropolitan Borough Council\nNotes of meeting held on 4 June 2024\n" + _PRESENT
    assert _attended(text) == set()
    assert ("Idris Balcombe", "Dyfed-Powys Police") in of(read(text), "member_of")  # the rest is still read


def test_a_council_meeting_system_page_without_its_committee_s_name_is_the_council_s() -> None:
    text = ("Source: https://democracy.havering.gov.uk/ieListDocuments.aspx?CId=301&MId=7702\n\n"
            "Agenda and minutes\n\nVenue: Town Hall, Romford\n\nItems\nNo. Item\n\n1.\n\nApologies for Absence\n\n"
            "Minutes:\n\nApologies for absence were received from Councillors Pettifer and Lowther.\n")
    assert _attended(text) == {"London Borough of Havering"}


def test_a_meeting_called_by_its_initials_is_not_the_council_s() -> None:
    text = ("Source: https://democracy.havering.gov.uk/ieListDocuments.aspx?CId=301&MId=7702\n\n"
            "Apologies for absence were received from Delphine Arkwright and Tobias Menzies-Hale.\n"
            "The report on hate crime would go to the next HSP meeting.\n"
            "The sub-group would report to the HSP meetings each quarter.\n")
    assert _attended(text) == set()


def test_a_running_header_with_a_page_number_names_the_body_under_a_row_of_logos() -> None:
    text = ("Borough Council logo   Constabulary logo\nMinutes\nDate: 4 June 2024\nVenue: Microsoft Teams\n\n"
            "Rotherham Safer Partnership Board – Page 1\n" + _PRESENT)
    assert _attended(text) == {"Rotherham Safer Partnership Board"}
    footer = "Havering Community Safety Partnership Board Minutes 09.05.23          Page 2 of 6\n"
    assert head_body("Minutes\n", "Minutes\n\nThe Board noted the update.\n\n" + footer) == \
        "Havering Community Safety Partnership Board"
    # a sentence that ends in a body's name beside a page number is no header
    assert head_body("Minutes\n", "Papers went to the Havering Community Safety Partnership Board Page 3\n") is None


def test_a_labelled_head_takes_the_whole_name_after_the_paper_s_kind() -> None:
    assert head_body("Notes: Cheshire East Community Safety Partnership Board\n") == \
        "Cheshire East Community Safety Partnership Board"
    assert head_body("Agenda: Safer Rotherham Partnership Executive Group - 4 June 2024\n") == \
        "Safer Rotherham Partnership Executive Group"


def test_a_chair_of_an_unread_meeting_is_no_chair_of_the_council() -> None:
    notes = ("Chair: Cllr Ola Brennan\nPresent: Idris Balcombe, Marnie Osgood\n\n1. Chair\nRESOLVED: That Cllr Wenna "
             "Trevail be appointed Chair for 2024-25.\n2. Update\n"
             "The Independent Chair, Fenella Quayle, opened the item.\n")
    unread = read("Rotherham Metropolitan Borough Council\nNotes of meeting held on 4 June 2024\n\n" + notes)
    assert of(unread, "chairs") == set()
    named = read("Rotherham Safer Partnership\nNotes of meeting held on 4 June 2024\n\n" + notes)
    assert of(named, "chairs") == {("Ola Brennan", "Rotherham Safer Partnership"),
                                   ("Wenna Trevail", "Rotherham Safer Partnership"),
                                   ("Fenella Quayle", "Rotherham Safer Partnership")}


def test_on_a_council_meeting_page_the_partnership_an_item_is_about_did_not_meet() -> None:
    item = ("Source: https://democracy.swindon.gov.uk/mgAi.aspx?ID=40211\n\nAgenda item\n\n"
            "Safer Swindon Partnership Annual Report\n\nMinutes:\n\nOrla Fenn, Community Safety Manager, presented "
            "the annual report. The Committee noted the report.\n\nResolved: That the report be noted.\n")
    assert _attended(item) == {"Swindon Borough Council"}
    listing = ("Source: https://democracy.swindon.gov.uk/ieListDocuments.aspx?CId=12&MId=340\n\n"
               "Agenda and minutes\n\nVenue: Civic Offices\n\nItems\n\n5. Safer Swindon Partnership update\n\n"
               "Minutes:\n\nOrla Fenn presented "
               "the work of the Safer Swindon Partnership. The Safer Swindon Partnership had met four times. Members "
               "asked about the Safer Swindon Partnership plan.\n\nResolved: That the report be noted.\n")
    assert _attended(listing) == {"Swindon Borough Council"}
    # the partnership's own notes, with the same title line, are the partnership's meeting
    own = "Safer Swindon Partnership\nNotes of meeting held on 8 May 2024\n" + _PRESENT
    assert _attended(own) == {"Safer Swindon Partnership"}


def test_a_body_s_own_paper_attached_to_an_agenda_is_that_body_s_meeting_not_the_council_s() -> None:
    # a partnership's notes, a board's minutes or a group's record published as a document attached to a
    # council agenda: the system's host says where the paper is kept, not who met
    notes = ("Source: https://barnsley.moderngov.co.uk/documents/s50211/Partnership%20notes.pdf\n\n"
             "SAFER BARNSLEY PARTNERSHIP\n\nNote of Development Session\nWednesday 6 March 2024, Town Hall\n\n"
             "Attending\n  Cllr Bryn Ashcombe        Cabinet Member, Barnsley Council (Chair)\n"
             "  Margit Oyelaran          Head of Service, Barnsley Council\n\nApologies: Teodor Vance\n")
    assert _attended(notes) == {"Safer Barnsley Partnership"}
    minutes = ("Source: https://democracy.calderdale.gov.uk/moderngov/documents/s9120/Board%20minutes.pdf\n\n"
               "Calderdale Reducing Reoffending Board\nMinutes of the meeting held on 2 May 2023\n\n"
               "Present: Ines Calder (Chair), Rowan Pike (Probation Service), Sol Drummond (Calderdale Council)\n")
    assert _attended(minutes) == {"Calderdale Reducing Reoffending Board"}
    record = ("Source: https://moderngov.stockport.gov.uk/documents/s771/Steering%20Group%20record.pdf\n\n"
              "Stockport Serious Violence Steering Group\nRecord of meeting, 19 June 2024\n\n"
              "Those present:\nAudra Penhale - Stockport Council\nLeif Marr - Northshire Police\n")
    assert _attended(record) == {"Stockport Serious Violence Steering Group"}
    # the meeting page of the same system, with the item's title over it, stays the committee's, the council's
    page = ("Source: https://barnsley.moderngov.co.uk/mgAi.aspx?ID=50211\n\nAgenda item\n\n"
            "Safer Barnsley Partnership Annual Report\n\nMinutes:\n\nMargit Oyelaran presented the annual report. "
            "The Committee noted the report.\n\nResolved: That the report be noted.\n")
    assert "Safer Barnsley Partnership" not in _attended(page)


def test_the_council_s_own_meeting_named_by_one_word_in_the_head() -> None:
    assert head_body("Stockport Council\nMinutes of the meeting of the Cabinet held on 5 March 2024\n") == "Cabinet"
    assert head_body("At an extraordinary meeting of the Council held on 5 March 2024\n") == "Council"
    assert head_body("At a meeting of the Communities Scrutiny Committee held on 5 March 2024\n") == \
        "Communities Scrutiny Committee"
    council = read("Stockport Council\nMinutes of the meeting of the Council held on 5 March 2024\n\n"
                   "Present: Cllr Idris Balcombe (in the Chair), Cllr Marnie Osgood\n")
    assert {body for _, body in of(council, "attended")} == {"Stockport Council"}
    assert head_body("Cabinet\nThe Cabinet noted the plan.\n") is None  # a bare word on a line is no meeting named


def test_a_body_whose_name_has_no_head_noun_is_read_where_the_head_says_it_met() -> None:
    assert head_body("Notes of the Safer Knowsley Together meeting held on 9 June 2022\n") == "Safer Knowsley Together"
    assert head_body("Minutes of the Last Meeting held on 9 June 2022\n") is None
    assert head_body("Minutes of the Knowsley meeting held on 9 June 2022\n") is None  # a place, no body
    assert _attended("Notes of the Safer Knowsley Together meeting held on 9 June 2022\n" + _PRESENT) == \
        {"Safer Knowsley Together"}


def test_a_video_call_in_the_head_is_where_the_meeting_was_not_who_met() -> None:
    text = ("Action Notes\nTuesday 12 March 2024, 2pm, MS Teams\n\nSafer Stockton Partnership – attendance\n\n"
            "Present:\nRavi Ostler – Chair, Stockton-on-Tees Borough Council\nDana Whitlow – Cleveland Police\n")
    assert _attended(text) == {"Safer Stockton Partnership"}


def test_minutes_whose_head_names_no_body_take_the_one_that_notes_and_agrees() -> None:
    text = ("Agenda Item 4\n\nMinutes\nDate: 12 March 2024\nLocation: Committee Room 1\n\nAttendance\n"
            "Name\tOrganisation\nRavi Ostler\tBlackpool Council (Chair)\nDana Whitlow\tLancashire Constabulary\n\n"
            "The Blackpool Community Safety Partnership noted the performance report. The Partnership agreed the "
            "plan.\n")
    assert _attended(text) == {"Blackpool Community Safety Partnership"}


def test_a_council_page_that_speaks_of_a_partnership_by_its_initials_is_still_the_council_s() -> None:
    text = ("Source: https://democracy.havering.gov.uk/ieListDocuments.aspx?CId=301&MId=7702\n\n"
            "Agenda and minutes\n\nMinutes:\n\nApologies for absence were received from Councillors Pettifer and "
            "Lowther.\nThe CSP would publish its plan in May. The CSP will report again in the autumn.\n")
    assert _attended(text) == {"London Borough of Havering"}


def test_a_title_broken_over_two_lines_is_one_name() -> None:
    assert head_body("Safer Oldham\nPartnership Board\nMinutes of the meeting held on 3 May 2024\n") == \
        "Safer Oldham Partnership Board"
    assert _attended("Safer Oldham\nPartnership Board\nMinutes\n" + _PRESENT) == {"Safer Oldham Partnership Board"}
    assert head_body("Oldham Council\nCabinet\n") is None  # a council above its cabinet is no title broken in two


def test_a_record_of_a_cabinet_decision_is_the_cabinet_s_meeting() -> None:
    present = "\nPresent: Cllr Odile Fenwright (in the Chair); Cllr Bram Ketteridge\nApologies: Cllr Sunniva Oakes\n"
    by_field = ("Medway Council\n\nDecision reference: 2207\nDecision maker:      Cabinet\n"
                "Date of decision:    4 March 2025\n" + present)
    assert _attended(by_field) == {"Medway Council Cabinet"}
    by_title = "Swindon Borough Council\n\nNotice of Cabinet Decisions\n\nDate: 4 March 2025\n" + present
    assert _attended(by_title) == {"Swindon Borough Council Cabinet"}
    # a report headed "Cabinet decision" asks the cabinet for one; it is about the partnership it reports on
    report = ("Report to Cabinet\n\nCABINET DECISION\n\nSAFER HALTON PARTNERSHIP: STRATEGY 2025-2028\n\n"
              "1. The Safer Halton Partnership is the community safety partnership for the borough. The Safer Halton "
              "Partnership met four times. The Safer Halton Partnership agreed its plan.\n")
    assert "Halton Borough Council Cabinet" not in {e.name for e in read(report).entities}


def test_a_commissioner_s_banner_over_a_board_s_notes_names_the_board_and_its_force_area() -> None:
    text = ("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CUMBRIA\n\nACCOUNTABILITY BOARD\n"
            "Note of meeting: Monday 3 March 2025, 10:00, Police HQ, Carleton Hall, Penrith\n\n"
            "Present: Ewan Strickland (Chief Executive), Moira Dunwoody (Chief Finance Officer)\n"
            "Apologies: Rafe Oddie\n\n1. The Board noted the performance report.\n")
    assert _attended(text) == {"Cumbria Accountability Board"}
    assert not any("Westmorland" in e.name or "Eden" in e.name for e in read(text).entities)
