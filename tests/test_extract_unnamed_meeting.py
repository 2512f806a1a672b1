"""Minutes of "the Board" that never name it: whose meeting the attendees came to is not known."""

from __future__ import annotations

from extract_helpers import of, read

_MINUTES = (
    "Minutes - Agenda item\n\nNorfolk County Council Community Safety Update\n\nMinutes:\n\n"
    "Attending for this item:\n\nRuth Abara, Director of Public Health\n\nOwen Pell, Public Health Consultant\n\n"
    "The {body} was asked to consider the annual update on community safety.\n\n"
    "The {body} noted that the partnerships had met four times.\n\n"
    "Ruth Abara explained that the strategy was being refreshed.\n"
)


def test_attendees_of_an_unnamed_board_attended_no_named_body() -> None:
    doc = read(_MINUTES.format(body="Board"))
    assert not of(doc, "attended")
    assert ("Ruth Abara", "Director of Public Health, Norfolk County Council") in of(doc, "holds_post")


def test_a_named_board_keeps_its_attendees() -> None:
    doc = read("Minutes of the Norfolk Safer Communities Board\n\n" + _MINUTES.format(body="Board"))
    assert ("Ruth Abara", "Norfolk Safer Communities Board") in of(doc, "attended")
