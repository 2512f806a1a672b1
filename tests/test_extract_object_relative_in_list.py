"""A list of bodies where one item carries an object relative clause ("the Tasking Group, which the Police
chairs, and the Forum"): the verb's object is the item before "which", never the next item of the list."""

from __future__ import annotations

from extract_helpers import of, read


def _paper(sentence: str) -> str:
    return ("Source: https://www.example.gov.uk/report\n\nWyvernshaw District Council\nCommunity Safety Report\n\n"
            f"{sentence}\n")


def test_the_next_item_of_a_list_is_not_what_the_relative_clause_chairs() -> None:
    doc = read(_paper("3.1 Under the Partnership sit the Harbour Patrol Group, which Dorset Police chairs, and the "
                      "Street Drinking Forum."))
    chairs = of(doc, "chairs")
    assert not any(o.endswith("Street Drinking Forum") for _, o in chairs), chairs


def test_the_same_with_or_and_a_council_as_chair() -> None:
    doc = read(_paper("The theme groups are the Night Economy Group, which Brackenfold Council leads and chairs, or "
                      "the Youth Diversion Panel where the matter concerns under-18s."))
    assert not any(o.endswith("Youth Diversion Panel") for _, o in of(doc, "chairs"))


def test_a_verb_with_its_object_after_a_comma_aside_still_reads() -> None:
    doc = read(_paper("The Cabinet Member for Communities chairs the Wyvernshaw Safer Streets Board."))
    assert any(o.endswith("Safer Streets Board") for _, o in of(doc, "chairs"))
