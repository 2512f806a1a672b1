"""loaders/extract/speakers.py: in minutes, a person who speaks, presents or introduces an item attended the
meeting; a person merely mentioned did not."""

from __future__ import annotations

import pytest
from extract_helpers import fact, of, read

HEAD = ("Minutes of the Safer Bristol Partnership meeting held on 2 March 2023\n\nPresent: Cllr Tara Quayle (Chair)\n\n"
        "1. Community Safety Update\n")
SBP = "Safer Bristol Partnership"


def attended(text: str) -> set[str]:
    return {s for s, o in of(read(HEAD + text + "\n"), "attended") if o == SBP} - {"Tara Quayle"}


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("Ben Odum, Head of Safer Communities, introduced the item.", "Ben Odum"),
        ("Cllr Ava Ncube asked about hate crime.", "Ava Ncube"),
        ("Presentation by Inspector Lou Grange on neighbourhood policing.", "Lou Grange"),
        ("Dr Ana Pires (Public Health) explained the figures.", "Dr Ana Pires"),
        ("The report was presented by Mira Castell.", "Mira Castell"),
    ],
)
def test_a_person_who_speaks_or_presents_attended(sentence: str, person: str) -> None:
    assert attended(sentence) == {person}


def test_speaking_is_marked_as_implied_attendance() -> None:
    doc = read(HEAD + "Cllr Ava Ncube asked about hate crime.\n")
    f = fact(doc, "Ava Ncube", "attended", SBP)
    assert (f.rule, f.qualifier) == ("speaker", "spoke or presented")
    assert f.confidence < fact(doc, "Tara Quayle", "attended", SBP).confidence


@pytest.mark.parametrize(
    "sentence",
    [
        "The report mentioned Dr Ana Pires, but she was not present.",
        "Members thanked the Home Office for the grant.",
        "It was agreed to write to Cllr Ava Ncube about the plan.",
    ],
)
def test_a_person_merely_mentioned_did_not_attend(sentence: str) -> None:
    assert attended(sentence) == set()


def test_a_surname_alone_is_the_person_already_named() -> None:
    doc = read(HEAD + "Cllr Quayle asked about hate crime.\n")
    assert of(doc, "attended") == {("Tara Quayle", SBP)}


def test_speakers_count_only_in_minutes() -> None:
    doc = read("Safer Bristol Partnership\nAnnual report\n\nCllr Ava Ncube asked about hate crime.\n")
    assert of(doc, "attended") == set()


def test_a_speaker_whose_post_is_set_before_the_name() -> None:
    doc = read("Minutes of the Safer Barnet Partnership Board held on 3 May 2024\n\nPresent: Cllr Ada Pike (Chair)\n\n"
               "4. Prevent\n\nThe Prevent Coordinator, Ravi Shah, gave a verbal update on referrals.\n")
    assert ("Ravi Shah", "Safer Barnet Partnership Board") in of(doc, "attended")
