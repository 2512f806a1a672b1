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
