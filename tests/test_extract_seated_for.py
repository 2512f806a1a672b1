"""A person who "sits on the Board for Northshire Police": the body sat on is the Board (never a "Board for
Northshire Police" node), the organisation sat for is represented by them there and sits on it; a name whose "for"
leads to a place ("the Safeguarding Board for Northshire") stays one name."""

from __future__ import annotations

from extract_helpers import fact, of, read


def _doc(sentence: str):
    return read(f"Fenwick Safer Communities Board\nAnnual Report 2024\n\n{sentence}\n")


def test_sits_on_the_board_for_an_organisation() -> None:
    doc = _doc("Supt Tomas Pellew sits on the Board for Fenwick Police.")
    assert ("Tomas Pellew", "Fenwick Safer Communities Board") in of(doc, "member_of")
    f = fact(doc, "Fenwick Police", "represented_by", "Tomas Pellew")
    assert f.on_body is not None and f.on_body.name == "Fenwick Safer Communities Board"
    assert not [o for s, o in of(doc, "member_of") if " for " in o]


def test_sits_on_a_named_partnership_for_a_council() -> None:
    doc = _doc("Cllr Alys Penhallow sits on the Orley Community Safety Partnership for Orley Borough Council.")
    assert ("Alys Penhallow", "Orley Community Safety Partnership") in of(doc, "member_of")
    assert ("Orley Borough Council", "Alys Penhallow") in of(doc, "represented_by")


def test_a_board_for_a_place_is_one_name() -> None:
    doc = _doc("Dr Gwyneth Arlow sits on the Safeguarding Adults Board for Northshire.")
    assert not of(doc, "represented_by")
