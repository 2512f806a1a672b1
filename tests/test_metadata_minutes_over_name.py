"""loaders/metadata.py: "Minutes" on a line of its own over the body's name, under a council's banner: the meeting is
the named body's, not the banner's council; a bilingual paper writes the word after its other language's
("Cofnodion / Minutes") and may set the name's other form on the line between. Heads written for the test."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.metadata import head_body


def test_the_name_under_minutes_is_the_meeting_not_the_banner_council() -> None:
    head = "ASHVALE BOROUGH COUNCIL\n\nMinutes\nSafer Ashvale Partnership Board\n\nDate: Tuesday 4 March 2025\n"
    assert head_body(head, head) == "Safer Ashvale Partnership Board"


def test_a_bilingual_label_over_the_name() -> None:
    head = ("CYNGOR SIR ENGHREIFFTIOL\nEXAMPLE COUNTY COUNCIL\n\nCofnodion / Minutes\n"
            "Bwrdd Diogelwch Cymunedol Llanfair\nLlanfair Community Safety Board\n\n"
            "Dyddiad / Date: Dydd Llun 3 Mawrth 2025 / Monday 3 March 2025\n")
    assert head_body(head, head) == "Llanfair Community Safety Board"


def test_notes_of_meeting_over_the_name_with_an_acronym() -> None:
    head = "Northfen District Council\n\nNotes of meeting\nNorthfen Hate Crime Panel (NHCP)\nHeld on 9 May 2024\n"
    assert head_body(head, head) == "Northfen Hate Crime Panel"


def test_a_field_between_is_not_taken_for_the_other_language_name() -> None:
    # a field (a colon, a digit) on the line under "Minutes" is no name's other form: the pattern stops at it
    assert head_body("Minutes\nDate: 3 May 2024\nSomewhere Partnership Board\n", "") is None


def test_the_present_list_attends_the_named_body() -> None:
    doc = read("MERECOMBE CITY COUNCIL\n\nCofnodion / Minutes\nBwrdd Merecombe Mwy Diogel\nSafer Merecombe Board\n\n"
               "Dyddiad / Date: Dydd Mercher 12 Mehefin 2024 / Wednesday 12 June 2024\n\n"
               "Present:\nCllr Ynyr Bowden (Chair), Merecombe City Council\n"
               "Pat Ogun, Merecombe Housing Trust\n")
    assert ("Ynyr Bowden", "Safer Merecombe Board") in of(doc, "attended")
    assert ("Ynyr Bowden", "Safer Merecombe Board") in of(doc, "chairs")
