"""Attendance: a title and a surname that is also an English word ("Cllr Page", "Mrs Page") is a person of the
list; the surnames before it are not swallowed into one entry."""

from __future__ import annotations

from extract_helpers import of, read

_STEVENAGE = """Stevenage Community Safety Partnership

Minutes of the meeting held on 3 May 2022

Present: Cllr P Orme (Chair), Dana Whitcombe, Hertfordshire Constabulary

Apologies had been received from: Cllr R Tavish, Okoro, Pennick and Cllr Page.
"""

_WYRE = """Wyre Forest Community Safety Partnership

Notes of the meeting of 14 June 2021

Present: Cllr H Lomax (Chair); Tobias Renfrew, West Mercia Police

Apologies: Mrs Page, Cllr F Dunmore and Cllr Hope
"""

def test_a_title_gives_a_common_word_surname_its_own_entry() -> None:
    apologies = {p for p, _ in of(read(_STEVENAGE), "apologies")}
    assert {"R Tavish", "Okoro", "Pennick"} <= apologies
    assert any(p.endswith("Page") for p in apologies)


def test_a_titled_word_first_in_the_list() -> None:
    apologies = {p for p, _ in of(read(_WYRE), "apologies")}
    assert any(p.endswith("Page") for p in apologies)
    assert "F Dunmore" in apologies


def test_a_place_or_post_word_after_a_title_is_no_titled_surname() -> None:
    from govkg.loaders.extract.attendance import _titled_surname
    for text, expected in (("Cllr Page", True), ("Mr Page", True), ("Cllr Warwickshire", False),
                           ("Cllr Chairman", False), ("Mr Director", False), ("Cllr Page Speaker", False)):
        doc = read(text)
        assert _titled_surname(doc, 0, len(text)) is expected, text


def test_a_surname_that_is_a_post_s_last_word_stays_the_person_s() -> None:
    # "Warden", "Steward", "Mayor" end posts too; right after a title and a forename, before a bracket or a
    # dash, they are the person's surname, never a post the person holds
    apologies = read("Rugby Community Safety Partnership\nMinutes of the meeting held on 2 May 2023\n\n"
                     "Present: Cllr Oona Pratt (Chair)\n\n"
                     "Apologies: Cllr Ned Warden (Leader of the Council); Ivo Castell (Warwickshire Police)\n")
    assert "Ned Warden" in {p for p, _ in of(apologies, "apologies")}
    assert not any(o == "Warden" for _, o in of(apologies, "holds_post"))
    table = read("Safer Oldham Partnership\nNotes of the meeting of 9 March 2024\n\nAttendees:\n"
                 "Mrs Gwen Steward | Head of Service, Oldham Council\nDr Lars Penhale | Northern Care Alliance\n")
    assert "Gwen Steward" in {p for p, _ in of(table, "attended")}
    dashed = read("Basildon Community Safety Partnership Board\nMinutes of the meeting held on 4 July 2022\n\n"
                  "Present:\nCllr Tom Mayor – Cabinet Member for Community Safety\nAda Kwon – Essex Police\n")
    assert ("Tom Mayor", "Basildon Community Safety Partnership Board") in of(dashed, "attended")
