"""A table of seats ("Organisation | Member") whose organisation cells name Welsh councils by their abbreviation
("Caerphilly CBC"), and whose line before the table is the last sentence of a paragraph, not a label: each council
is a member represented by the person in its row, on the body the paper is about, never on a body the sentence
before the table happens to name."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders import placenames
from govkg.loaders.mentions import find_mentions

# a regional board's paper: a pipe table, the paragraph before it naming a council in passing
PIPE_TABLE = """Gwent Safer Communities Regional Board

Date: 3 February 2025

2. Membership

2.1 The board is chaired on rotation by a director of one of the councils; this year the chair is Alys
Penhallow, Director of Social Services, Torfaen CBC.

 | Organisation            | Member                                   |
 |-------------------------|------------------------------------------|
 | Torfaen CBC             | Alys Penhallow, Director of Social Services |
 | Caerphilly CBC          | Rhodri Maddock, Head of Public Protection  |
 | Gwent Police            | Ffion Treharne, Chief Superintendent       |
"""

# terms of reference with a tab-separated table under a membership heading
TAB_TABLE = """Wrexham Community Safety Partnership
Terms of Reference

Membership
Organisation\tRepresentative
Wrexham CBC\tOwen Garside
North Wales Police\tBethan Cadwgan
"""

# a web page: the table follows a sentence that names the members in general
WEB_TABLE = """Safer Neath Port Talbot Partnership

The partnership is made up of the organisations below.

Agency\tMember
Neath Port Talbot CBC\tCeinwen Pryce
South Wales Police\tIolo Brangwyn
"""


def test_a_county_borough_council_abbreviation_names_the_council() -> None:
    for written in ("Caerphilly CBC", "Torfaen CBC", "Wrexham CBC"):
        found = find_mentions(written, 0, len(written))
        assert [m.kind for m in found] == ["body"], (written, found)
        assert placenames.council_named(written) is not None


def test_councils_in_a_pipe_table_sit_on_the_papers_board_not_on_a_council_named_above() -> None:
    doc = read(PIPE_TABLE)
    board = doc.body.name
    assert board == "Gwent Safer Communities Regional Board"
    members = {s for s, o in of(doc, "member_of") if o == board}
    assert {"Rhodri Maddock", "Ffion Treharne", "Gwent Police"} <= members
    assert any("Caerphilly" in s for s in members)
    assert not [s for s, o in of(doc, "member_of") if s == "Ffion Treharne" and "Torfaen" in o]
    reps = {(s, o) for s, o in of(doc, "represented_by")}
    assert any("Caerphilly" in s and o == "Rhodri Maddock" for s, o in reps)


def test_a_council_in_a_tab_table_is_represented_on_the_partnership() -> None:
    doc = read(TAB_TABLE)
    reps = of(doc, "represented_by")
    assert any("Wrexham" in s and o == "Owen Garside" for s, o in reps), reps
    assert ("North Wales Police", "Bethan Cadwgan") in reps


def test_a_sentence_that_speaks_of_the_members_still_opens_the_table() -> None:
    doc = read(WEB_TABLE)
    members = {s for s, o in of(doc, "member_of") if o == "Safer Neath Port Talbot Partnership"}
    assert {"Ceinwen Pryce", "Iolo Brangwyn"} <= members
    assert any("Neath Port Talbot" in s for s in members)
