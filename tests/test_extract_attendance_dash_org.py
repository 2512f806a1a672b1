"""loaders/extract/attendance.py: in an attendance list, one word after a dash is the person's organisation
("Mina Solberg - Advance"); lone words after commas are more surnames, and a word before another piece may be a
post. Texts written for the test, people invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_lone_word_after_a_dash_is_the_organisation() -> None:
    doc = read("Minutes of the Croydon VAWG Board held on 3 May 2022\n\nPresent:\n\nMina Solberg - Advance\n\n"
               "Theo Rask – Solace\n\nPia Lund – Croydon Council\n")
    assert {("Mina Solberg", "Advance"), ("Theo Rask", "Solace")} <= of(doc, "member_of")


def test_lone_words_after_commas_are_surnames() -> None:
    doc = read("Notes of the Leeds Safer Stronger Communities Board, 9 June 2023\n\n"
               "Apologies: Cllr Piet Oakes, Brandt, Kowalczyk\n")
    assert of(doc, "member_of") == set()
    assert {"Brandt", "Kowalczyk"} <= {s for s, _ in of(doc, "apologies")}


def test_a_lone_word_before_another_piece_is_not_taken_for_the_organisation() -> None:
    doc = read("Norfolk Reducing Reoffending Board\nMinutes\n\nPresent:\n"
               "Abe Lomax – Govenor, Norfolk Probation Service\n")
    assert ("Abe Lomax", "Govenor") not in of(doc, "member_of")


def test_a_prison_or_agency_opened_by_its_initials_is_no_person_at_the_meeting() -> None:
    doc = read("Wessex Reducing Reoffending Board\nMinutes of the meeting held on 4 May 2022\n\nPresent:\n"
               "Cora Pike – Chair, Dorset Police\nAbe Lomax – Governor, HMP Portland\nDot Rees – Lawyer, CPS Wessex\n")
    people = {s for s, _ in of(doc, "attended")}
    assert people == {"Cora Pike", "Abe Lomax", "Dot Rees"}
    assert {("Abe Lomax", "HMP Portland"), ("Dot Rees", "CPS Wessex")} <= of(doc, "member_of")


def test_the_office_of_a_commissioner_named_by_initials_is_an_organisation_not_a_post() -> None:
    doc = read("Cardiff Community Safety Partnership Board\nMinutes of the meeting held on 7 March 2024\n\n"
               "Attendees:\nBedwyr Lloyd | Office of the South Wales PCC\nNesta Griffiths | Cardiff Council\n")
    assert ("Bedwyr Lloyd", "Office of the South Wales PCC") not in of(doc, "holds_post")
    assert any(p == "Bedwyr Lloyd" and "Office of" in o for p, o in of(doc, "member_of"))


def test_a_name_inside_the_bracket_after_a_person_describes_them() -> None:
    doc = read("Wigan Community Safety Partnership Board\nMinutes of the meeting held on 5 March 2024\n\n"
               "Partners: Dr Lea Moss (NHS Greater Manchester Integrated Care),\nAna Petrov (Compass Wigan)\n")
    assert {s for s, _ in of(doc, "attended")} == {"Lea Moss", "Ana Petrov"} or \
        {s for s, _ in of(doc, "attended")} == {"Dr Lea Moss", "Ana Petrov"}
    assert ("Ana Petrov", "Compass Wigan") in of(doc, "member_of")


def test_a_bracket_after_an_organisation_lists_its_people_who_were_there() -> None:
    doc = read("Bolton Safer Communities Board\nMinutes of the meeting held on 5 March 2024\n\n"
               "Present: Bolton Council (Cllr Ann Bell, Cllr Tom Ray)\n")
    assert {"Ann Bell", "Tom Ray"} <= {s for s, _ in of(doc, "attended")}


def test_a_bracket_carried_onto_the_next_line_is_read_with_its_person() -> None:
    doc = read("Wigan Community Safety Partnership Board\nMinutes of the meeting held on 5 March 2024\n\n"
               "Also in attendance: Fay Lomas (Head of Community Safety, Wigan Council),\nInspector Kit Boone "
               "(Partnership\nInspector, NW BCU) and Lee Whit (Governance Officer).\n\n1. Welcome\n")
    assert {s for s, _ in of(doc, "attended")} == {"Fay Lomas", "Kit Boone", "Lee Whit"}


def test_a_council_s_department_after_its_name_is_the_council() -> None:
    doc = read("Medway Safer Communities Board\nMinutes of the meeting held on 5 March 2024\n\n"
               "Present: Cara Wade (Medway Council\nHousing), Ivo Pratt (Medway Council Adult Social Care)\n")
    assert {("Cara Wade", "Medway Council"), ("Ivo Pratt", "Medway Council")} <= of(doc, "member_of")


def test_county_councillors_as_a_plural_title_open_a_list_of_members() -> None:
    doc = read("Minutes of the Stronger Communities Scrutiny Committee held on 7 March 2024\n\n"
               "PRESENT: County Councillor Enid Prydderch (Chair)\n\n"
               "County Councillors G Bevan, H Morys and A Wynne\n\n"
               "1. APOLOGIES\n\nApologies for absence were received from Borough Councillors R Mostyn and S Trefor.\n")
    assert {s for s, _ in of(doc, "attended")} == {"Enid Prydderch", "G Bevan", "H Morys", "A Wynne"}
    assert {s for s, _ in of(doc, "apologies")} == {"R Mostyn", "S Trefor"}


def test_a_stand_in_named_after_the_apologies_attended_and_sent_none() -> None:
    doc = read("Minutes of the Safer Croydon Partnership Board held on 13 February 2024\n\nPresent: Cllr Ada Pike "
               "(Chair)\n\nApologies for absence were received from Cllr Dev Hale (Chair, Community Wellbeing\n"
               "Scrutiny Committee), Sara Ekwe (Corporate Director) and\nSuperintendent Haru Sato (Metropolitan "
               "Police Service). Nik Amin (Head of Youth Justice\nService) attended as substitute for Sara Ekwe.\n\n"
               "2. Declarations of interest\n")
    assert {s for s, _ in of(doc, "apologies")} == {"Dev Hale", "Sara Ekwe", "Haru Sato"}
    assert "Nik Amin" in {s for s, _ in of(doc, "attended")}


def test_a_long_post_closed_by_another_councils_name_is_that_councils_post() -> None:
    doc = read("GWENT AREA PLANNING BOARD\nMinutes of the meeting held on 3 March 2025\n\nPRESENT\n"
               "Councillor Aled Prys    Cabinet Member for Community Safety, Torfaen County Borough Council (Chair)\n"
               "Nia Hale                Head of Housing and Communities, Newport City Council\n"
               "Osian Ward              Community Safety Manager, Monmouthshire County Council\n")
    posts = of(doc, "holds_post")
    assert ("Aled Prys", "Cabinet Member for Community Safety, Torfaen County Borough Council") in posts, posts
    assert ("Nia Hale", "Head of Housing and Communities, Newport City Council") in posts, posts
    assert not any("Monmouthshire" in post for who, post in posts if who != "Osian Ward"), posts


def test_in_attendance_from_an_organisation_with_the_names_below() -> None:
    doc = read("Dorset Police and Crime Panel\nMinutes of the meeting held on 6 February 2025\n\n"
               "Panel members present:\nCouncillor Wynn Harte (Chair)\nCouncillor Ottoline Brace\n\n"
               "In attendance from the Dorset Commissioner's Office (OPCC):\n"
               "Tobias Marr - Police and Crime Commissioner\nIlsa Drury - Chief Finance Officer, OPCC\n\n"
               "1. Welcome\nThe Chair welcomed everyone.\n")
    attended = {who for who, _ in of(doc, "attended")}
    assert {"Tobias Marr", "Ilsa Drury", "Wynn Harte"} <= attended, attended
