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
