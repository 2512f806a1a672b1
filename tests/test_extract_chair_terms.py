"""A chair's role said with the term it is held for ("The vice-chair for 2025/26 is ...", "was confirmed as
vice-chair for 2025/26"), and the body such a role spoken of by "the"/"its" is of: the body whose chair the
sentence before names, never a service or an office, which no chair holds."""

from __future__ import annotations

from extract_helpers import of, read


def test_the_vice_chair_for_a_year_is_a_person() -> None:
    doc = read("Safer Quarrydale Annual Report\n\nThe Safer Quarrydale Partnership brings the borough's "
               "agencies together. The vice-chair for 2025/26 is Cllr Winifred Tollard, Lead Member "
               "for Neighbourhoods.\n")
    assert ("Winifred Tollard", "Safer Quarrydale Partnership") in of(doc, "vice_chair"), of(doc, "vice_chair")


def test_its_vice_chair_in_a_past_year_was_an_inspector() -> None:
    doc = read("Fenbridge Community Safety Partnership: year in review\n\nThe Fenbridge Executive Group meets "
               "every eight weeks. Its vice-chair in 2022-23 was Inspector Rufus Ogundimu of Cambridgeshire "
               "Constabulary.\n")
    assert ("Rufus Ogundimu", "Fenbridge Executive Group") in of(doc, "vice_chair"), of(doc, "vice_chair")


def test_a_term_opening_the_sentence_before_it_is_chaired_by() -> None:
    doc = read("Marlow Vale Youth Justice Plan\n\n5.1 The Marlow Vale Youth Justice Board oversees the "
               "service. For 2025/26 it is chaired by Odette Spurling, Director of Education.\n")
    assert ("Odette Spurling", "Marlow Vale Youth Justice Board") in of(doc, "chairs"), of(doc, "chairs")


def test_a_minute_confirming_a_vice_chair_for_the_year() -> None:
    doc = read("Brackmoor Violence Against Women and Girls Forum\nMinutes of the meeting of 9 April 2025\n\n"
               "1. Welcome\nThe Forum met at the Civic Centre. Iona Varga was confirmed as vice-chair for "
               "2025/26.\n")
    assert ("Iona Varga", "Brackmoor Violence Against Women and Girls Forum") in of(doc, "vice_chair"), \
        of(doc, "vice_chair")


def test_a_rotating_chair_is_of_the_body_the_sentence_before_names() -> None:
    doc = read("Agreement for a Shared Safety Service between Oldmere and Tansley councils\n\n"
               "4.1 A Joint Safety Member Panel (\"the Member Panel\") is set up by the two councils.\n"
               "4.2 The chair of the Member Panel passes each year from one council to the other. For 2025/26 "
               "the chair is Cllr Beatrix Dravenholt (Oldmere, Cabinet Member for Safety) and the vice-chair is Cllr "
               "Osman Trevathan (Tansley, Cabinet Member for Communities).\n")
    assert ("Beatrix Dravenholt", "Joint Safety Member Panel") in of(doc, "chairs"), of(doc, "chairs")
    assert ("Osman Trevathan", "Joint Safety Member Panel") in of(doc, "vice_chair"), of(doc, "vice_chair")


def test_an_office_before_the_vice_chair_is_not_its_body() -> None:
    doc = read("Safer Hollowby Partnership annual report\n\nThe partners are the council, the police and the "
               "fire service. The Wessex Commissioner's Office sends "
               "an observer.\n\nThe vice-chair in 2023/24 was Councillor Tobias Wren.\n")
    assert not any("Office" in body for _, body in of(doc, "vice_chair")), of(doc, "vice_chair")


def test_a_chair_of_something_else_is_no_chair_of_the_forum() -> None:
    doc = read("Brackmoor Domestic Abuse Forum\nMinutes of 2 June 2025\n\nThe Forum agreed its plan. Iona "
               "Varga was appointed as chair of the housing task group.\n")
    assert not of(doc, "chairs"), of(doc, "chairs")


def test_after_an_office_named_last_the_vice_chair_is_the_papers_partnerships() -> None:
    doc = read("Safer Holmebridge Partnership\nAnnual Report 2024/25\n\n2. Who we are\n\nThe council, the police and "
               "the health board are its statutory members. The Police, Fire and Crime Commissioner's Office "
               "joins meetings as an adviser.\n\nThe vice-chair for 2024/25 was Superintendent Ingrid Valcourt, "
               "District Commander.\n")
    assert of(doc, "vice_chair") == {("Ingrid Valcourt", "Safer Holmebridge Partnership")}, of(doc, "vice_chair")


# a post opening the clause whose role closes it (terms of reference): the post is the vice-chair, of the body the
# sentence before gives a chair, with the organisation its aside names


def test_a_post_with_its_force_acts_as_vice_chair() -> None:
    doc = read("Thornleigh Prevent Partnership Group\nTerms of Reference\n\n5.3 The Group is chaired by the Thornleigh "
               "Borough Council Community Resilience Manager.\n4.2 The Counter Terrorism Liaison Officer, Wessex "
               "Police, acts as Vice-Chair.\n")
    assert ("Counter Terrorism Liaison Officer, Wessex Police", "Thornleigh Prevent Partnership Group") in \
        of(doc, "vice_chair"), of(doc, "vice_chair")


def test_a_bare_post_is_vice_chair_and_chairs_in_the_chairs_absence() -> None:
    doc = read("Brinsford Channel Panel: terms of reference\n\n2.1 The Panel is chaired by Brinsford Council's "
               "Corporate Director for Adults.  The Head of Housing Options serves as vice-chair and takes the "
               "chair whenever the Corporate Director is away.\n")
    assert {b for p, b in of(doc, "vice_chair") if p.startswith("Head of Housing Options")} == \
        {"Brinsford Channel Panel"}, of(doc, "vice_chair")


def test_a_post_of_the_council_by_its_initials_is_vice_chair() -> None:
    doc = read("Wexcombe Borough Council\nWexcombe Channel Panel - Terms of Reference\n\n3.1 The Panel is chaired "
               "by WBC's Director of People. The Head of Regulatory Services, WBC, is vice-chair and chairs in "
               "his absence.\n")
    assert ("Head of Regulatory Services, Wexcombe Borough Council", "Wexcombe Channel Panel") in \
        of(doc, "vice_chair"), of(doc, "vice_chair")


def test_a_post_whose_aside_names_no_organisation_is_left() -> None:
    doc = read("Brinsford Channel Panel: terms of reference\n\n2.1 The Panel is chaired by Brinsford Council's "
               "Corporate Director for Adults.  The Head of Housing Options, when in post for a year, acts as "
               "vice-chair.\n")
    assert not of(doc, "vice_chair"), of(doc, "vice_chair")

