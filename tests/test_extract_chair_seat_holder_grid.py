"""A grid of one chair seat named twice in a statement: by its post and by the person holding it (CONVENTIONS.md,
rule G), and of a holder's name whose last word is a place.

A post does not chair beside its named holder: "chaired by the Head of Housing, Jo Lee" gives the person the
chair (and the post, which the apposition readers give as holds_post); the post chairs only when the statement
names no holder ("chaired by the Head of Housing"). The holder may follow the post directly after a comma or in
a bracket, after the post's organisation ("the Service Manager at X Council, Jo Lee"; "..., X Council, Jo Lee"),
in a "with ... as vice-chair" aside, or across a line wrap; two chairs in one statement each keep their own seat.
A person's surname may be a place's name ("Superintendent Maria Wellingborough of Westshire Police"): a
lower-case "of" after it ends the person's name, and does not cut the surname off as the start of a body.

Short papers invented for the test (invented people, real and invented councils), each in another council's
style. Each case lists the facts it states (EXPECT) and those a reader may give without being wrong (MAY); a
chairs or vice_chair fact outside both is false. `python tests/test_extract_chair_seat_holder_grid.py` prints
the grid's score.
"""

from __future__ import annotations

import pytest
from extract_helpers import grid_misses, print_grid_score, read

Fact = tuple[str, str, str]
_SCORED = ("chairs", "vice_chair")


def _case(name: str, text: str, expect: list[Fact], may: list[Fact] | None = None) -> object:
    return pytest.param(text, expect, may or [], id=name)


CASES = [
    # -- the holder right after the post, set off by a comma
    _case("passive-post-comma-holder", """Ashvale Community Safety Partnership Board
Terms of Reference

4.1 The Board is chaired by the Chief Executive of Ashvale Borough Council, Priya Lal, for a term of two years.
""", [("Priya Lal", "chairs", "Ashvale Community Safety Partnership Board"),
      ("Priya Lal", "holds_post", "Chief Executive of Ashvale Borough Council")]),
    _case("passive-cllr-holder", """Rushmoor Safer Communities Board

The Board is chaired by the Leader of the Council, Cllr Owain Pryce.
""", [("Owain Pryce", "chairs", "Rushmoor Safer Communities Board")]),
    _case("possessive-post-holder", """Ketley Community Safety Partnership Board
Annual Report 2024

The Board is chaired by Telford and Wrekin Council's Director of Neighbourhood Services, Ruth Calloway.
""", [("Ruth Calloway", "chairs", "Ketley Community Safety Partnership Board")]),
    _case("panel-owner-initials-post-holder", """Denby Crime Reduction Fund

The Denby Fund Panel is chaired by the OPCC Head of Partnerships, Mark Tolley.
""", [("Mark Tolley", "chairs", "Denby Fund Panel")]),
    _case("vice-chair-post-holder", """Harlow Community Safety Board
Terms of Reference

The Board is vice-chaired by the Community Safety Manager, Jane Ossett.
""", [("Jane Ossett", "vice_chair", "Harlow Community Safety Board")]),
    _case("holder-in-bracket", """Fenwick Harm Reduction Board

The Board is chaired by the Director of Public Health (Dr Amara Uzo).
""", [("Amara Uzo", "chairs", "Fenwick Harm Reduction Board")]),
    _case("currently-holder", """Tewin Community Safety Board

The Board is chaired by the Assistant Chief Constable, currently ACC Lorna Vickery.
""", [("Lorna Vickery", "chairs", "Tewin Community Safety Board")]),

    # -- the post's organisation between the post and its holder
    _case("employer-at-then-holder-wrapped", """Carrow Partnership Board
Terms of Reference

3.1 The Vice-Chair is the Head of Housing at Carrow District Council, Anna
Delvecchio, who will chair meetings in the Chair's absence.
""", [("Anna Delvecchio", "vice_chair", "Carrow Partnership Board"),
      ("Anna Delvecchio", "holds_post", "Head of Housing, Carrow District Council")]),
    _case("employer-comma-then-holder", """Carrow Partnership Board

The Board is chaired by the Assistant Director for Communities, Breckland District Council, Ms Jo Pike.
""", [("Jo Pike", "chairs", "Carrow Partnership Board")]),

    # -- "with ... as vice-chair"
    _case("with-post-holder-as-vice-chair", """Brookfield Grants Panel

The Panel is chaired by the Executive Member for Communities, Cllr Tom Harker, with the Community Safety
Manager, Jane Ossett, as vice-chair.
""", [("Tom Harker", "chairs", "Brookfield Grants Panel"),
      ("Jane Ossett", "vice_chair", "Brookfield Grants Panel")]),
    _case("with-person-only-as-vice-chair", """Brookfield Grants Panel

The Panel is chaired by the Executive Member for Communities, Cllr Tom Harker, with Inspector Gwen Alder as
vice-chair.
""", [("Tom Harker", "chairs", "Brookfield Grants Panel"),
      ("Gwen Alder", "vice_chair", "Brookfield Grants Panel")]),

    # -- two seats in one statement: each its own holder, or its post when none is named
    _case("co-chairs-one-named", """Enfield Safer Streets Board

The Board is co-chaired by the Cabinet Member for Community Safety and the Borough Commander, Chief Superintendent
Dele Okonjo.
""", [("Cabinet Member for Community Safety", "chairs", "Enfield Safer Streets Board"),
      ("Dele Okonjo", "chairs", "Enfield Safer Streets Board")]),
    _case("chair-and-vice-both-named", """Northvale Serious Violence Board
Terms of Reference

The Board is chaired by the Director of Public Health, Dr Sara Quint, with the District Commander, Superintendent
Neil Varley, as vice-chair.
""", [("Sara Quint", "chairs", "Northvale Serious Violence Board"),
      ("Neil Varley", "vice_chair", "Northvale Serious Violence Board")]),

    # -- the paper does not say who holds the post: the post chairs
    _case("not-said-post-alone", """Ashvale Community Safety Partnership Board

The Board is chaired by the Chief Executive of Ashvale Borough Council.
""", [("Chief Executive of Ashvale Borough Council", "chairs", "Ashvale Community Safety Partnership Board")]),
    _case("not-said-post-with-employer", """Carrow Partnership Board

The Board is chaired by the Assistant Director for Communities, Breckland District Council.
""", [("Assistant Director for Communities, Breckland District Council", "chairs", "Carrow Partnership Board")]),
    _case("not-said-with-post-as-vice-chair", """Brookfield Grants Panel

The Panel is chaired by Cllr Tom Harker, with the Community Safety Manager as vice-chair.
""", [("Tom Harker", "chairs", "Brookfield Grants Panel"),
      ("Community Safety Manager", "vice_chair", "Brookfield Grants Panel")]),
    _case("not-said-post-then-next-clause", """Whitby Community Safety Board

The Board is chaired by the Head of Community Safety, and Inspector Ros Fell reports to it each quarter.
""", [("Head of Community Safety", "chairs", "Whitby Community Safety Board")]),

    # -- neighbouring true readings that must stay
    _case("person-then-post-subject", """Wyre Community Safety Board

Cllr Dana Mwale, Portfolio Holder for Communities, chairs the Wyre Community Safety Board.
""", [("Dana Mwale", "chairs", "Wyre Community Safety Board")]),
    _case("person-alone", """Ashby Partnership Board

2.2 The Board is chaired by Mr Ivor Penn.
""", [("Ivor Penn", "chairs", "Ashby Partnership Board")]),
    _case("chair-field-post", """Selby Youth Crime Prevention Group
Terms of Reference

Chair: Head of Early Help, North Yorkshire Council
""", [("Head of Early Help, North Yorkshire Council", "chairs", "Selby Youth Crime Prevention Group")]),

    # -- a holder whose surname is a place
    _case("surname-place-of-force", """Ashby Partnership Board

2.2 The Board is chaired by Mr Ivor Penn, with Superintendent Maria Wellingborough of Westshire Police as
Vice-Chair.
""", [("Ivor Penn", "chairs", "Ashby Partnership Board"),
      ("Maria Wellingborough", "vice_chair", "Ashby Partnership Board")]),
    _case("surname-place-wrapped", """Ashby Partnership Board

2.2 The Board is chaired by Mr Ivor Penn, with Inspector Dev
Corby of Northshire Police as Vice-Chair.
""", [("Ivor Penn", "chairs", "Ashby Partnership Board"),
      ("Dev Corby", "vice_chair", "Ashby Partnership Board")]),
    _case("place-opens-council-after-name", """Ashby Partnership Board

2.2 The Board is chaired by Mr Ivor Penn, with Ms Jo Stone, Bedford Borough Council, as vice-chair.
""", [("Ivor Penn", "chairs", "Ashby Partnership Board"),
      ("Jo Stone", "vice_chair", "Ashby Partnership Board")]),
]


@pytest.mark.parametrize(("text", "expect", "may"), CASES)
def test_chair_seat_holder_grid(text: str, expect: list[Fact], may: list[Fact]) -> None:
    missed, false = grid_misses(read(text), expect, may, _SCORED)
    assert not missed and not false, f"missed {missed}; false {false}"


if __name__ == "__main__":
    print_grid_score(CASES, _SCORED)
