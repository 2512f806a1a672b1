"""loaders/extract/speakers.py: every person of a list that speaks, presents, moves or is welcomed to the meeting
attended it, not only the first one; a list merely mentioned did not. Texts written for the test, people invented."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = ("Minutes of the Safer Plymouth Partnership meeting held on 6 February 2024\n\n"
        "Present: Cllr Nia Rowe (Chair)\n\n3. Partnership Update\n")
SPP = "Safer Plymouth Partnership"


def attended(text: str, head: str = HEAD, body: str = SPP) -> set[str]:
    return {s for s, o in of(read(head + text + "\n"), "attended") if o == body} - {"Nia Rowe"}


@pytest.mark.parametrize(
    "sentence, people",
    [
        # Welsh scrutiny style: two presenters as one subject, the second with a bracketed post
        ("Chief Superintendent Elin Parry (Gwent Police) and Huw Bevan, (Director of Place) attended to present the "
         "annual report.", {"Elin Parry", "Huw Bevan"}),
        # a London committee's welcome, a list cut by semicolons
        ("The Chair welcomed Odile Mensah, Safeguarding Lead; Kit Farrow, Head of Youth Justice; and Detective "
         "Inspector Ravi Malde, to the meeting.", {"Odile Mensah", "Kit Farrow", "Ravi Malde"}),
        # a partnership board's summary
        ("A report on drug-related deaths was put before the Board by Morwenna Tregear and Jago Penrose.",
         {"Morwenna Tregear", "Jago Penrose"}),
        # a council's motion and seconder
        ("Following a motion by Councillor Asha Kaur, seconded by Councillor Bryn Lloyd, it was RESOLVED to agree the "
         "plan.", {"Asha Kaur", "Bryn Lloyd"}),
        ("Ines Carvalho, Head of Service, and Tobias Wray (NHS Devon) outlined the new plan.",
         {"Ines Carvalho", "Tobias Wray"}),
    ],
)
def test_each_person_of_a_list_that_speaks_attended(sentence: str, people: set[str]) -> None:
    assert attended(sentence) == people


@pytest.mark.parametrize(
    "sentence",
    [
        "Members noted the letter from Hester Vane and Caleb Orme about the plan.",
        "It was agreed to write to Cllr Bryn Lloyd and Cllr Asha Kaur about the plan.",
        "The plan was drafted with Hester Vane and Caleb Orme last year.",
    ],
)
def test_a_list_merely_mentioned_did_not_attend(sentence: str) -> None:
    assert attended(sentence) == set()


def test_a_committee_s_decision_page_that_records_its_meeting_counts_its_guests() -> None:
    head = ("Decision details\n\nKnife crime\n\nDecision Maker: Children's Scrutiny Committee\n\nDecisions:\n\n")
    text = ("The Chair welcomed Greta Holm, Prevent Manager, and Sergeant Abel Quist to the meeting.\n"
            "The Committee noted the report.\nResolved: That the report be noted.\n")
    assert attended(text, head, "Children's Scrutiny Committee") == {"Greta Holm", "Abel Quist"}


def test_a_member_who_substituted_for_another_attended() -> None:
    assert attended("Councillor Bex Tallis substituted for Councillor Rory Quint (Plymouth City Council).") == \
        {"Bex Tallis"}


@pytest.mark.parametrize(
    "sentence, person",
    [
        # a meeting system's item page: the labels of the item's parts run into its minutes
        ("Additional documents: Minutes: The Community Safety Manager, Ffion Rhys, gave an overview of the annual "
         "report.", "Ffion Rhys"),
        ("Minutes: Dorian Quaye updated members on the Prevent action plan.", "Dorian Quaye"),
    ],
)
def test_a_speaker_after_a_meeting_systems_item_labels(sentence: str, person: str) -> None:
    assert person in attended(sentence)
