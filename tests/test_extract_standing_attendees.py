"""speakers.standing_attendees: "X attends as an observer", "X attends and reports to every meeting" in prose.
Texts written for these tests; the people are invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_an_attendee_after_a_membership_list_attends_that_lists_body() -> None:
    doc = read("Youth Justice Plan 2024-25\n\n5. Governance\n\nThe Torfaen Youth Justice Management Board oversees "
               "the service. Its members are:\n\n     Cllr Ewan Bracegirdle            Executive Member for Children "
               "(Chair)\n     Nia Prothero                     Head of Education, Torfaen County Borough Council\n\n"
               "     The Head of Youth Justice, Osian Wadley, attends and reports to every meeting.\n")
    assert ("Osian Wadley", "Torfaen Youth Justice Management Board") in of(doc, "attended"), of(doc, "attended")


def test_an_observer_with_a_post_in_apposition_attends_the_papers_body() -> None:
    doc = read("Blackpool Combating Drugs Partnership - Terms of Reference\n\n1. Purpose\n\nThe Blackpool Combating "
               "Drugs Partnership brings together the council, the police, the NHS and treatment services.\n\n"
               "2. Observers\n\nCllr Hettie Marlowe, Cabinet Member for Adult Social Care, attends as an observer.\n\n"
               "The Director of Public Health may attend when the agenda requires.\n")
    attended = of(doc, "attended")
    assert ("Hettie Marlowe", "Blackpool Combating Drugs Partnership") in attended, attended
    assert not any("Public Health" in who for who, _ in attended), attended


def test_attending_a_body_named_after_the_verb() -> None:
    doc = read("Safer Neath Port Talbot Partnership\nAnnual Report 2023-24\n\nThe Partnership has met four times.\n"
               "\nMirela Castellan, Head of Community Safety, attends the Western Bay Area Planning Board.\n")
    assert ("Mirela Castellan", "Western Bay Area Planning Board") in of(doc, "attended"), of(doc, "attended")


def test_a_pronoun_stands_for_the_one_person_the_sentence_before_names() -> None:
    # a safeguarding arrangements page: the scrutineer named, then "She attends ..."
    doc = read("Wexcombe Safeguarding Children Partnership\nPublished arrangements 2025\n\n4. The Strategic Group\n\n"
               "The Wexcombe Strategic Group meets every two months and takes the partnership's joint decisions.\n\n"
               "5. Scrutiny\n\nScrutiny of the arrangements is led by Professor Talia Brennand, appointed in May "
               "2024. She attends the Wexcombe Strategic Group three times a year and writes a yearly report.\n")
    assert ("Professor Talia Brennand", "Wexcombe Strategic Group") in of(doc, "attended"), of(doc, "attended")


def test_attends_as_the_second_of_the_subjects_verbs() -> None:
    # a terms-of-reference paragraph: the subject's first verb, a comma, then "attends"
    doc = read("Orlingham Community Safety Partnership\nTerms of Reference\n\n3. Officers\n\nThe partnership's "
               "officer support comes from the council's Community Safety Team, led by Idris Penhallow. He reports to "
               "the Chief Executive, attends the Orlingham Tasking Group each month and keeps the risk register.\n")
    assert ("Idris Penhallow", "Orlingham Tasking Group") in of(doc, "attended"), of(doc, "attended")


def test_a_count_of_meetings_of_a_named_board() -> None:
    # an annual report: "... and attends two X Board meetings each year"
    doc = read("Marlbury Children's Partnership\nAnnual Report 2024/25\n\nThe Marlbury Executive Board sets the "
               "partnership's priorities.\n\nThe partners appointed Dr Wynn Castellane as independent scrutineer in "
               "April. He reports to the three partners, not to the board, and attends two Marlbury Executive Board "
               "meetings each year.\n")
    assert ("Dr Wynn Castellane", "Marlbury Executive Board") in of(doc, "attended"), of(doc, "attended")


def test_no_pronoun_reading_when_the_sentence_before_names_two_people_or_a_new_paragraph_opens() -> None:
    two = read("Eastvale Safer Partnership\n\nThe partnership is co-chaired by Cllr Rhea Dunmore and Supt Ola "
               "Fennimore. She attends the Eastvale Tasking Group monthly.\n")
    assert not of(two, "attended"), of(two, "attended")
    apart = read("Eastvale Safer Partnership\n\nThe vice-chair is Cllr Rhea Dunmore.\n\n"
                 "She attends the Eastvale Tasking Group monthly.\n")
    assert not of(apart, "attended"), of(apart, "attended")


def test_a_clause_of_another_subject_before_attends_is_not_the_opening_persons() -> None:
    # "but the OPCC attends", "who ... and attends": the verb is another subject's
    doc = read("Harlow Vale Community Safety Partnership\n\nThe chair is Cllr Ada Merridew. She chairs the "
               "quarterly meeting, but the district commander attends the Harlow Vale Tasking Group.\n\n"
               "Cllr Ada Merridew met the manager, who reports to the board and attends the Harlow Vale Forum.\n")
    assert not of(doc, "attended"), of(doc, "attended")


def test_a_bare_executive_resolved_to_a_body_of_another_kind_is_left() -> None:
    # "the Executive" of a partnership's paper: which meeting is meant is unclear, so no fact
    doc = read("Kestrel Bay Safeguarding Children Partnership\n\n3 The Partnership Executive\n\nThe Partnership "
               "Executive is made up of the three delegated partners.\n\n6 Scrutiny\n\nScrutiny is provided by "
               "Dr Imelda Rookwood, appointed in 2023. She attends the Executive twice a year.\n")
    assert ("Imelda Rookwood", "Kestrel Bay Safeguarding Children Partnership") not in of(doc, "attended")
