"""A member's role on the meeting's body, written beside their name in an attendance list: a chair's title with
the kind of seat in brackets, and a role column that says only "Member". Texts written for these tests; the
people are invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_chair_with_the_kind_of_seat_in_brackets() -> None:
    doc = read("""Minutes of the meeting of Rivermouth Policing and Community Safety Partnership held on 3 May 2024

Members Present:
Councillor Ada Brookfield - Chair (Political Member)
Mrs Juno Tallis - Vice-Chair (Independent Member)
Councillor Ivo Marchetti - Political Member
""")
    pcsp = "Rivermouth Policing and Community Safety Partnership"
    assert ("Ada Brookfield", pcsp) in of(doc, "chairs")
    assert ("Juno Tallis", pcsp) in of(doc, "vice_chair")
    posts = of(doc, "holds_post")
    assert ("Ada Brookfield", "Political Member") in posts
    assert ("Juno Tallis", "Independent Member") in posts
    assert not any("(" in post for _, post in posts)


def test_a_role_column_saying_member_is_no_post_of_the_organisation() -> None:
    doc = read("""Northdale Safer Neighbourhood Board
Minutes of the meeting held on 4 March 2025

PRESENT

Name\tRole on the Board\tRepresenting
Petra Lindqvist\tChair\tIndependent
Cllr Oren Blackwood\tMember\tNorthdale Borough Council
""")
    assert not any(post.startswith("Member") for _, post in of(doc, "holds_post"))
    assert ("Oren Blackwood", "Northdale Borough Council") in of(doc, "member_of")
    assert ("Petra Lindqvist", "Northdale Safer Neighbourhood Board") in of(doc, "chairs")


def test_a_plural_councillors_list_with_an_honorific_and_a_bracketed_role() -> None:
    doc = read("MINUTES of a meeting of the COMMUNITIES SCRUTINY PANEL held at the Guildhall, Sandwich on "
               "Monday 8 July 2024.\n\nPRESENT: Councillor N V Aske - Chairman.\n\n"
               "          Councillors D Pym, L R Corder and Mrs J Ogunwale.\n\n"
               "APOLOGIES: Apologies for absence were received from\n"
               "           Councillors P Brisk (Vice-Chairman) and Mr K Tull.\n")
    attended = {who for who, _ in of(doc, "attended")}
    assert {"D Pym", "L R Corder", "J Ogunwale"} <= attended, attended
    assert not any(who.endswith("Mrs") for who in attended), attended
    assert {who for who, _ in of(doc, "apologies")} >= {"P Brisk", "K Tull"}, of(doc, "apologies")
    assert "P Brisk" in {who for who, _ in of(doc, "vice_chair")}, of(doc, "vice_chair")


def test_cllrs_list_with_a_chair_in_brackets() -> None:
    doc = read("Eden District Council\nMinutes of the Licensing Panel, 4 March 2024\n\n"
               "Present: Cllrs T Whinfell (Chair), R Askham and Ms B Lazonby\n")
    assert "T Whinfell" in {who for who, _ in of(doc, "chairs")}, of(doc, "chairs")
    assert {"R Askham", "B Lazonby"} <= {who for who, _ in of(doc, "attended")}, of(doc, "attended")


def test_apologies_and_from_a_second_person_with_a_seat_of_their_own() -> None:
    doc = read("Minutes of the Safer Hove Board held on 2 May 2024\n\nAPOLOGIES\nApologies were received from "
               "Cllr Amos Pettifer and from Residents Forum\nrepresentative Noreen Haldane.\n\n1. WELCOME\n")
    assert {who for who, _ in of(doc, "apologies")} == {"Amos Pettifer", "Noreen Haldane"}, of(doc, "apologies")
    assert not of(doc, "holds_post"), of(doc, "holds_post")  # the seat words are no post of the person before


def test_apologies_from_an_officer_and_from_a_partners_representative() -> None:
    doc = read("Note of the Rother Community Safety Partnership, 9 October 2024\n\nApologies: received from "
               "Gideon Farrant (Rother District Council) and from Sussex Police representative Insp Marta Kowal.\n")
    assert {"Gideon Farrant", "Marta Kowal"} <= {who for who, _ in of(doc, "apologies")}, of(doc, "apologies")


def test_a_long_post_then_the_councils_initials_is_that_councils_post() -> None:
    doc = read("""WEST NORTHAMPTONSHIRE COUNCIL (WNC)

Minutes of a meeting of the Community Safety Board held on 4 March 2025

Present:-

  Members                                   Organisation
  Cllr Rowan Achterfeld (Chair)             Cabinet Member for Communities, Culture and Leisure, WNC
  Ines Marchbank                            Assistant Director, Housing and Communities, WNC
""")
    posts = of(doc, "holds_post")
    assert ("Rowan Achterfeld", "Cabinet Member for Communities, Culture and Leisure, WNC") in posts
    assert ("Ines Marchbank", "Assistant Director, Housing and Communities, WNC") in posts


def test_a_numbered_heading_of_attendance_at_a_meeting_opens_the_names_below() -> None:
    doc = read("""Tayside Community Justice Partnership

Report to the Angus Partnership Board

3.0  Attendance at the TCJP meeting of 9 February 2025

     Morven Halkett - Head of Justice Services, Angus Council (Chair)
     Isla Corrigan - Community Justice Coordinator, Angus Council
     Apologies: Ruaridh Baxendale (Police Scotland)

4.0  Resources
""")
    attended = of(doc, "attended")
    assert ("Morven Halkett", "Tayside Community Justice Partnership") in attended
    assert ("Isla Corrigan", "Tayside Community Justice Partnership") in attended
    assert ("Morven Halkett", "Tayside Community Justice Partnership") in of(doc, "chairs")
    assert ("Ruaridh Baxendale", "Tayside Community Justice Partnership") in of(doc, "apologies")
