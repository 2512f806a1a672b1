"""The identity of names that hold a place's joining word: a place the gazetteer knows whole ("Blackburn with
Darwen", "Bath and North East Somerset") is never cut at its "with" or "and", and the papers of a partnership two
councils share are of both places, not of the first.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read, triples

from govkg.loaders import placenames
from govkg.loaders.mentions import find_mentions


def _names(text: str) -> set[str]:
    return {m.name for m in find_mentions(text, 0, len(text))}


# -- a place joined by a word that joins no other name


@pytest.mark.parametrize("text, name", [
    # a report's sentence, the name wrapped across two lines
    ("Twice a year our Board sends its figures to the Blackburn with Darwen Community Safety\nPartnership.",
     "Blackburn with Darwen Community Safety Partnership"),
    # a heading line
    ("Blackburn with Darwen Youth Offending Team\n\nAnnual update", "Blackburn with Darwen Youth Offending Team"),
    # minutes: the council as the one who acts
    ("Action: Blackburn with Darwen Borough Council to circulate the draft by Friday.",
     "Blackburn with Darwen Borough Council"),
    # a Welsh council's own name
    ("Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr agreed the plan.", "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr"),
])
def test_a_place_joined_by_with_stays_one_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n.startswith(("Darwen", "Ogwr")) for n in names)


@pytest.mark.parametrize("text", [
    "Officers will work with Darwen Town Council on the market square.",
    "The Police with Darwen Rotary Club ran the event.",
])
def test_with_joins_nothing_else(text: str) -> None:
    assert not any(" with " in n for n in _names(text))


@pytest.mark.parametrize("text, word, whole", [
    ("the Blackburn with Darwen Youth Justice Plan", "Darwen", "Blackburn with Darwen Youth Justice Plan"),
    ("the Bath and North East Somerset Community Safety Plan", "North",
     "Bath and North East Somerset Community Safety Plan"),
    ("see the Castle Point and Rochford Partnership Plan", "Rochford", "Castle Point and Rochford Partnership Plan"),
    ("Bournemouth, Christchurch and Poole Safer Communities Plan", "Poole",
     "Bournemouth, Christchurch and Poole Safer Communities Plan"),
])
def test_a_name_read_from_a_joined_place_starts_at_the_place(text: str, word: str, whole: str) -> None:
    assert text[placenames.joined_place_start(text, text.index(word)) :] == whole


@pytest.mark.parametrize("text, word", [
    ("the Council and Rochford Partnership Plan", "Rochford"),  # a council's kind is no place
    ("the Police and Crime Plan", "Crime"),
    ("Cabinet and Sefton Strategy", "Sefton"),
])
def test_no_place_is_made_from_other_words(text: str, word: str) -> None:
    assert placenames.joined_place_start(text, text.index(word)) == text.index(word)


# -- the papers of a partnership two councils share


@pytest.mark.parametrize("text, pair", [
    # minutes: the partnership named in the heading, the plan in an item
    ("Minutes of the Cheltenham and Tewkesbury Community Safety Partnership\n\n"
     "Item 4. The Partnership approved the Community Safety Plan for 2025-2028.\n",
     ("Cheltenham and Tewkesbury Community Safety Partnership", "Cheltenham and Tewkesbury Community Safety Plan")),
    # a web page: the partnership by its initials
    ("Safer Babergh and Mid Suffolk\n\n"
     "The Babergh and Mid Suffolk CSP brings partners together. The CSP produces an annual Partnership Plan.\n",
     ("Babergh and Mid Suffolk Community Safety Partnership", "Babergh and Mid Suffolk Partnership Plan")),
    # terms of reference: numbered clauses, "the Partnership" after the name in full
    ("TERMS OF REFERENCE\n\n1. Purpose\n1.1 The Melton and Rushcliffe Community Safety Partnership is the statutory "
     "partnership for both boroughs.\n1.2 The Partnership produces the Community Safety Strategy and reviews it "
     "each year.\n",
     ("Melton and Rushcliffe Community Safety Partnership", "Melton and Rushcliffe Community Safety Strategy")),
])
def test_a_shared_partnerships_generic_paper_is_of_both_places(text: str, pair: tuple[str, str]) -> None:
    assert pair in of(read(text), "produces")


def test_one_place_with_and_in_its_name_is_not_shared() -> None:
    text = ("The Telford and Wrekin Community Safety Partnership held its annual meeting. "
            "The Partnership published its Community Safety Strategy.")
    assert of(read(text), "produces") == {
        ("Telford and Wrekin Community Safety Partnership", "Telford and Wrekin Community Safety Strategy")}


@pytest.mark.parametrize("text, places", [
    ("Castle Point and Rochford District", ["Castle Point", "Rochford District"]),
    ("Bassetlaw, Newark & Sherwood", ["Bassetlaw", "Newark & Sherwood"]),  # a place with "&" in its own name
    ("Telford and Wrekin", ["Telford and Wrekin"]),
    ("Council and Rochford", None),
])
def test_a_written_list_of_places_keeps_joined_places_whole(text: str, places: list[str] | None) -> None:
    assert placenames.split_places(text) == places


@pytest.mark.parametrize("text, fact", [
    # a report's sentence: the joint committee the partnership answers to
    ("The Ashfield and Mansfield Community Safety Partnership reports to the Joint Overview and Scrutiny Committee "
     "twice a year.\n",
     ("Ashfield and Mansfield Community Safety Partnership", "reports_to",
      "Ashfield and Mansfield Joint Overview and Scrutiny Committee")),
    # terms of reference: a joint group the partnership sets up, by its initials
    ("The Melton and Rushcliffe CSP has set up a Joint Tasking Group, which reports to the CSP.\n",
     ("Melton and Rushcliffe Joint Tasking Group", "reports_to", "Melton and Rushcliffe Community Safety Partnership")),
    # minutes headed by the partnership: a joint panel's chair
    ("Minutes: Babergh and Mid Suffolk Community Safety Partnership\n\n3. Cllr Jo Reed chairs the Joint Scrutiny "
     "Panel.\n", ("Jo Reed", "chairs", "Babergh and Mid Suffolk Joint Scrutiny Panel")),
])
def test_a_joint_body_of_a_shared_partnership_is_of_both_places(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(read(text))


# -- two names joined by "and" after a semicolon are the next clause's subject


@pytest.mark.parametrize("text, area", [
    ("Westmoor Domestic Abuse Board\n\nThe Westmoor Domestic Abuse Board works across Lancashire; Blackpool "
     "Council and Blackburn with Darwen Borough Council are served by boards of their own.\n", "Lancashire"),
    ("The Eastvale Safeguarding Board covers Northumberland; Gateshead and Sunderland have boards of their own.",
     "Northumberland"),
    ("The Fellside Prevent Group covers Cumbria; Carlisle City Council and Eden District Council were consulted "
     "on its terms.", "Cumbria"),
])
def test_a_compound_subject_after_a_semicolon_ends_the_list_of_areas(text: str, area: str) -> None:
    assert {o for _, o in of(read(text), "covers_area")} == {area}
