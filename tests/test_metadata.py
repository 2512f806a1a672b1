"""loaders/metadata.py: what a paper says about itself (date, council, area, body, type, title, agenda), read
from its head and its web address only, never guessed from dates or places in the body."""

from __future__ import annotations

import datetime as dt

import pytest

from govkg.errors import LoadError
from govkg.loaders.metadata import (
    agenda_items,
    author,
    coerce_date,
    document_type,
    head_body,
    read_metadata,
    sidecar,
    url_body,
    url_date,
)

FILLER = "The officer gave an update on the work of the partnership over the last quarter.\n"


# -- dates


@pytest.mark.parametrize(
    "head, date",
    [
        ("Cabinet meeting, Wednesday 4th March 2020", "2020-03-04"),
        ("Minutes of the Safer Oldham Partnership held on 21st of June 2018", "2018-06-21"),
        ("STRONGER COMMUNITIES BOARD 25 JULY 2019", "2019-07-25"),
        ("Audit Committee - 2021-11-10", "2021-11-10"),
        ("Meeting date: 07/09/2017", "2017-09-07"),
        ("Date: September 7, 2017", "2017-09-07"),
        ("Pwyllgor Craffu / Scrutiny Committee\nDate of meeting: 2 Feb 2022", "2022-02-02"),
        ("Decision date: 15.3.23", "2023-03-15"),
    ],
)
def test_a_full_date_in_the_head_is_the_papers_date(head: str, date: str) -> None:
    meta = read_metadata(head + "\n\n" + FILLER)
    assert (str(meta.date), meta.date_precision) == (date, "day")


def test_a_month_and_year_in_the_title_is_a_month_precise_date() -> None:
    meta = read_metadata("Community Safety Annual Report\nMarch 2022\n\n" + FILLER)
    assert (meta.date, meta.date_precision) == (dt.date(2022, 3, 1), "month")


def test_dates_in_the_body_never_date_the_paper() -> None:
    text = "Agenda item\n\n" + FILLER * 20 + "The Domestic Abuse Act 2021 came into force on 29 April 2021.\n"
    meta = read_metadata(text)
    assert (meta.date, meta.date_precision) == (None, None)


def test_a_publication_or_print_date_is_not_the_meeting_date() -> None:
    meta = read_metadata("Published: 12 May 2020\nHealth and Wellbeing Board\nMeeting held on 4 May 2020\n")
    assert meta.date == dt.date(2020, 5, 4)


def test_an_issue_date_alone_does_not_date_the_paper() -> None:
    meta = read_metadata("Date of issue: 5 May 2020\nMinutes\n" + FILLER)
    assert meta.date is None


def test_a_date_in_the_web_address_dates_a_paper_whose_head_has_none() -> None:
    meta = read_metadata("Source: https://news.example.org/2019/03/22/partnership-update\n\nNotes\n\n" + FILLER)
    assert (meta.date, meta.date_precision) == (dt.date(2019, 3, 22), "day")
    assert url_date("https://x.example/docs/2021-11-09-minutes.pdf") == (dt.date(2021, 11, 9), "day")
    assert url_date("https://x.example/p/22/13/2019") is None
    assert url_date(None) is None


def test_a_date_written_in_words_in_the_web_address() -> None:
    assert url_date("https://x.example/minutes-15-may-1999") == (dt.date(1999, 5, 15), "day")


def test_a_date_with_twos_and_noughts_written_in_words_in_the_web_address() -> None:
    assert url_date("https://x.example/minutes-22-march-2020") == (dt.date(2020, 3, 22), "day")


@pytest.mark.parametrize("value, expected", [
    ("2021", (dt.date(2021, 1, 1), "year")),
    ("2021-06", (dt.date(2021, 6, 1), "month")),
    ("2021-06-03", (dt.date(2021, 6, 3), "day")),
    (dt.date(2020, 2, 29), (dt.date(2020, 2, 29), "day")),
])
def test_a_date_given_by_hand_keeps_its_precision(value, expected) -> None:
    assert coerce_date(value, "paper.txt") == expected


def test_a_date_given_by_hand_in_another_form_is_refused_naming_the_source() -> None:
    with pytest.raises(LoadError, match=r"paper.txt.*'June 2021' is not yyyy-mm-dd"):
        coerce_date("June 2021", "paper.txt")


# -- council and area


@pytest.mark.parametrize(
    "text, council, area",
    [
        ("Bolton Council\n\nThe Bolton Community Safety Partnership met.\n", "Bolton Council", "Bolton"),
        ("Shropshire Council\n\nReport to Cabinet\n", "Shropshire Council", "Shropshire"),
        ("Rotherham Metropolitan Borough Council\n\nReport\n", "Rotherham Council", "Rotherham"),
        ("Report of the Council's Head of Community Safety\n\nThe Council agreed. The Wigan partnership met.\n",
         "Wigan Council", "Wigan"),
        ("Salford City Council report\n\nSalford residents and one visitor from Bolton.\n", "Salford City Council",
         "Salford"),
    ],
)
def test_the_council_and_area_come_from_the_national_gazetteer(text: str, council: str, area: str) -> None:
    meta = read_metadata(text)
    assert (meta.council, meta.area) == (council, area)


def test_a_paper_that_names_no_council_has_none() -> None:
    meta = read_metadata("Notes of the Wednesday group\n\nThe group met and agreed its plan.\n")
    assert (meta.council, meta.area) == (None, None)


def test_the_web_address_names_the_council() -> None:
    meta = read_metadata("Source: https://democracy.bury.gov.uk/ieListDocuments.aspx?CId=1\n\n"
                         "Minutes of the Cabinet held on 4 May 2022\n")
    assert (meta.council, meta.area, meta.police_area) == ("Bury Council", "Bury", "Greater Manchester")
    assert meta.url == "https://democracy.bury.gov.uk/ieListDocuments.aspx?CId=1"
    assert meta.title == "Minutes of the Cabinet held on 4 May 2022"  # the Source line is not the title


@pytest.mark.parametrize("area, force", [("Solihull", "West Midlands"), ("Cardiff", "South Wales"),
                                         ("Worcestershire", "West Mercia"), ("Gwynedd", "North Wales")])
def test_the_police_area_is_the_force_that_covers_the_area(area: str, force: str) -> None:
    assert read_metadata(f"{area} Council\n\nReport\n").police_area == force


def test_a_london_borough_written_as_borough_council_names_the_council() -> None:
    assert read_metadata("Croydon Council\n\nReport to Cabinet\n").council == "London Borough of Croydon"


def test_a_welsh_councils_bilingual_name_names_the_council() -> None:
    meta = read_metadata("Cyngor Sir Ceredigion County Council\n\nMinutes of the Ceredigion Community Safety "
                         "Partnership held on 21 September 2020\n")
    assert meta.council == "Ceredigion County Council"


# -- body, type, title, agenda, author


@pytest.mark.parametrize(
    "head, body",
    [
        ("Report to: Safer Cheshire East Partnership\nDate of meeting: 7 April 2022",
         "Safer Cheshire East Partnership"),
        ("Minutes of the meeting of the Halton Community Safety Partnership Board held on 3 June 2020",
         "Halton Community Safety Partnership Board"),
        ("Safer Sutton Partnership Board, 4 May 2022", "Safer Sutton Partnership Board"),
        ("Minutes of the Stronger Communities Select Committee (SCSC) held on 4 May 2022",
         "Stronger Communities Select Committee"),
        ("Minutes: the Sutton Youth Justice Board", "Sutton Youth Justice Board"),
        ("Agenda item - Safer Sutton Partnership", "Safer Sutton Partnership"),
        ("15\nKestermoor Safeguarding Adults Board Annual Report 2021-22", "Kestermoor Safeguarding Adults Board"),
        ("Safer Harrowdale Partnership: Terms of Reference", "Safer Harrowdale Partnership"),
        ("WESTVALE CITY COUNCIL\nWestvale Youth Justice Board (WYJB)\nNotes of meeting - Tuesday 4 June 2024",
         "Westvale Youth Justice Board"),
    ],
)
def test_the_body_whose_paper_it_is_comes_from_the_head(head: str, body: str) -> None:
    assert head_body(head + "\n") == body


def test_a_clause_in_the_head_names_no_body() -> None:
    assert head_body("Minutes of the meeting held on 4 May 2022\nTo approve the minutes of the Committee\n") is None
    assert head_body("Meeting: Cabinet\n") is None
    assert head_body("A report on the Annual Report 2021-22\n") is None


def test_a_body_named_in_the_web_address_is_kept_as_a_last_resort() -> None:
    url = "https://x.example.gov.uk/minutes/minute---sutton-safeguarding-adults-board-4-may"
    assert url_body(url, "The Sutton Safeguarding Adults Board met.") == "Sutton Safeguarding Adults Board"
    assert url_body(url, "Nothing here names it.") is None
    summary = "https://docs.example.net/doc/123/summary-of-the-safer-sutton-partnership-board-meeting"
    assert url_body(summary, "Summary of the Safer Sutton Partnership Board Meeting held on 4 May 2022") == \
        "Safer Sutton Partnership Board"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Safer Halton Partnership\nMinutes of the meeting held on 3 May 2022\n", "minutes"),
        ("DECISION NOTICE\nDecision maker: Police and Crime Commissioner\n", "decision"),
        ("Safer Halton Partnership\nTerms of Reference\n", "terms-of-reference"),
        ("Briefing note for members\n", "briefing"),
        ("Report to Cabinet\nCommunity safety update\n", "report"),
        ("Item 4\nApologies were received from Cllr Amos. It was agreed that the plan be approved.\n", "minutes"),
        ("Safer Halton Partnership\nOur work this year\n", "document"),
    ],
)
def test_the_document_type_comes_from_its_own_wording(text: str, kind: str) -> None:
    assert document_type(text) == kind


def test_the_title_is_the_first_line_that_names_something() -> None:
    text = "Agendas, Meetings and Minutes - Agenda item\nCOMMUNITY SAFETY UPDATE\n\nThe Committee noted it.\n"
    assert read_metadata(text).title == "Community Safety Update"


def test_agenda_items_are_short_numbered_title_lines() -> None:
    text = ("1. Welcome and apologies\n2. Minutes of the last meeting\n3. The Board noted the report.\n"
            "10 Any other business\n")
    assert agenda_items(text) == [("1", "Welcome and apologies"), ("2", "Minutes of the last meeting"),
                                  ("10", "Any other business")]


def test_a_portfolio_holders_report_names_its_author() -> None:
    assert author("CABINET MEMBER REPORT TO COUNCIL - CLLR GWEN PARRY\n") == "Cllr Gwen Parry"
    assert author("Report to Council\n") is None


def test_a_double_barrelled_author_keeps_both_capitals() -> None:
    assert author("CABINET MEMBER REPORT TO COUNCIL - CLLR GWEN PARRY-JONES\n") == "Cllr Gwen Parry-Jones"


# -- sidecar files


def test_a_sidecar_gives_metadata_and_refuses_what_it_does_not_know(tmp_path) -> None:
    paper = tmp_path / "notes.txt"
    paper.write_text("x")
    assert sidecar(paper) == {}
    side = tmp_path / "notes.txt.meta.yaml"
    side.write_text("date: 2022-05-04\nbody: Safer Halton Partnership\n")
    assert sidecar(paper) == {"date": dt.date(2022, 5, 4), "body": "Safer Halton Partnership"}
    side.write_text("colour: blue\n")
    with pytest.raises(LoadError, match=r"notes.txt.meta.yaml.*unknown keys \['colour'\]"):
        sidecar(paper)
    side.write_text("- a list\n")
    with pytest.raises(LoadError, match="must be a mapping"):
        sidecar(paper)
    side.write_text("date: [unclosed\n")
    with pytest.raises(LoadError, match="cannot read sidecar metadata"):
        sidecar(paper)


@pytest.mark.parametrize("title, short", [
    ("Harrowdale Violence Against Women, Domestic Abuse and Sexual Violence (VAWDASV) Strategic Board",
     "Harrowdale VAWDASV Strategic Board"),
    ("North Kestermoor Serious and Organised Crime (SOC) Partnership Board", "North Kestermoor SOC Partnership Board"),
    ("Harrowdale Violence Against Women (VAWDASV) Strategic Board", None),  # the letters do not fit
    ("Harrowdale Domestic Abuse (DA) Strategy", None),  # not a body
])
def test_a_title_whose_acronym_shortens_its_middle_gives_the_short_name(title: str, short: str | None) -> None:
    from govkg.loaders.metadata import contracted_title

    assert contracted_title(title) == short


def test_a_committee_in_capitals_named_for_several_remits_is_the_meeting_body() -> None:
    text = ("DERBY CITY COUNCIL\n\nMINUTES OF THE COMMUNITIES, HOUSING AND LEISURE COMMITTEE\n\n4 MARCH 2025\n\n"
            "Present: Councillor Ada Pike (Chair)\n")
    assert read_metadata(text).body == "Communities, Housing and Leisure Committee"


def test_a_body_the_head_names_by_its_kind_is_the_one_its_title_names_in_full() -> None:
    text = ("Flintshire and Wrexham Community Safety Partnership\nPartneriaeth Diogelwch Cymunedol\n\n"
            "TERMS OF REFERENCE\n\nAgreed by the Partnership Board: 3 May 2024\n")
    assert read_metadata(text).body == "Flintshire and Wrexham Community Safety Partnership"


def test_a_council_the_gazetteer_does_not_know_is_read_from_the_papers_heading() -> None:
    from govkg.loaders.metadata import read_metadata

    for head, area, council in (
        ("BRINDLECOMBE BOROUGH COUNCIL\n\nCabinet\n12 March 2025\n", "Brindlecombe", "Brindlecombe Borough Council"),
        ("Ostmere District Council\nMinutes of the Licensing Panel\n", "Ostmere", "Ostmere District Council"),
    ):
        meta = read_metadata(head + "\nThe Panel noted the report.\n")
        assert (meta.area, meta.council) == (area, council), meta
    meta = read_metadata("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WEALDMOOR\n\nDECISION NOTICE\n")
    assert (meta.area, meta.police_area) == ("Wealdmoor", "Wealdmoor"), meta
    # a known place keeps the gazetteer's reading; a heading that is a sentence names no authority
    assert read_metadata("SOLIHULL METROPOLITAN BOROUGH COUNCIL\n\nCabinet\n").area == "Solihull"
    assert read_metadata("The report was shared with the district council.\n").area is None


@pytest.mark.parametrize("text, body", [
    ("SAFER HAVERING PARTNERSHIP BOARD\n\nMINUTES\n\nDate: Tuesday 8 March 2022\n\nPresent:\nCllr Ada Pike (Chair)\n",
     "Safer Havering Partnership Board"),
    ("Luton Borough Council\n\nYouth Justice Management Board\n\nMinutes of the meeting held on Thursday 12 October "
     "2023 at the Town Hall\n\nMembers present:\nAda Pike (Chair)\n", "Youth Justice Management Board"),
    ("HALTON COUNCIL\n\nSAFER HALTON PARTNERSHIP BOARD\n\nAt a meeting held on Thursday 14 March 2024 in the "
     "Council Chamber\n\nPresent: Ada Pike (Chair)\n", "Safer Halton Partnership Board"),
    ("Safer Halton Partnership Board\n\nDate: 14 March 2024\nTime: 2pm\n\nAttendees\nAda Pike (Chair)\n",
     "Safer Halton Partnership Board"),
    ("Meeting: Safer Halton Partnership Board\nDate: 14 March 2024\n\nPresent: Ada Pike (Chair)\n",
     "Safer Halton Partnership Board"),
    ("YOUTH JUSTICE MANAGEMENT BOARD – MINUTES\n\nDate: 12 October 2023\n\nPresent:\nAda Pike (Chair)\n",
     "Youth Justice Management Board"),
    ("Notes of the Youth Justice Management Board meeting held on 12 October 2023\n\nPresent:\nAda Pike (Chair)\n",
     "Youth Justice Management Board"),
    ("Safer Halton Partnership Board — Minutes and action log\n\nTuesday 8 March 2022\n\nPresent: Ada Pike\n",
     "Safer Halton Partnership Board"),
])
def test_a_body_above_a_minutes_line_with_a_blank_line_between(text: str, body: str) -> None:
    assert read_metadata(text).body == body


def test_a_record_with_an_attendees_label_is_minutes() -> None:
    text = ("Bedford Youth Justice Management Board\nMeeting held: 12 October 2023, 10:00-12:00, Borough Hall\n\n"
            "Attendees:\nAda Pike (Chair)\n")
    assert read_metadata(text).doc_type == "minutes"


def test_a_fire_authority_s_paper_is_of_the_county_its_service_covers() -> None:
    from govkg.loaders.metadata import read_metadata

    text = ("ROYAL BERKSHIRE FIRE AUTHORITY\n\nAUDIT AND GOVERNANCE COMMITTEE\n\nMINUTES of the meeting held on "
            "Tuesday 4 March 2025 at Fire and Rescue Service Headquarters, Reading\n\nPRESENT: Councillors Ivo "
            "Pennant (Chair) (Slough Borough Council) and Maud Ellery (Reading Borough Council)\n\nALSO PRESENT: "
            "Inspector Tom Rudge (Thames Valley Police); Sara Vell (Thames Valley Violence Reduction Unit); "
            "Thames Valley Police and Thames Valley Police again\n")
    meta = read_metadata(text)
    assert meta.area == "Berkshire" and meta.council is None
