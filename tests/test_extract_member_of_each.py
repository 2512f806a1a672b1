"""A member "of each CSP board", "on every one of the partnerships", "of all four boards": every body of that kind the
sentence before lists; the quantified object is never read as one body, and a sentence before that lists none gives
nothing."""

from __future__ import annotations

from extract_helpers import of, read

# a commissioner's decision notice: the CSPs listed with a colon, then "each CSP board"
DECISION = """Kestermoor Police and Crime Commissioner
Decision Notice 2024/07

Each district in the force area has a statutory CSP: the Safer Fenwick Partnership, the Orley Community Safety
Partnership and the Quarrington Community Safety Partnership. The Commissioner is a member of each CSP board.
"""

# a county report: boards listed in a sentence, "every" with "of the"
COUNTY = """Harrowby County Council
Report to Cabinet: Safeguarding governance, 4 March 2025

The county has the Harrowby Safeguarding Adults Board and the Harrowby Safeguarding Children Board. The
Director of Public Health is a member of every one of the boards.
"""

# a partnership page: "all three" with nothing listed in the sentence before
NOTHING_LISTED = """Safer Orlingham

The partnership meets every quarter. Orlingham Police are members of all three partnerships.
"""


def test_a_member_of_each_csp_board_is_a_member_of_every_partnership_listed_before() -> None:
    doc = read(DECISION)
    bodies = {o for s, o in of(doc, "member_of") if "Commissioner" in s}
    assert {"Safer Fenwick Partnership", "Orley Community Safety Partnership",
            "Quarrington Community Safety Partnership"} <= bodies, of(doc, "member_of")


def test_every_one_of_the_boards() -> None:
    doc = read(COUNTY)
    bodies = {o for s, o in of(doc, "member_of") if "Director of Public Health" in s}
    assert {"Harrowby Safeguarding Adults Board", "Harrowby Safeguarding Children Board"} <= bodies, \
        of(doc, "member_of")


def test_all_three_with_nothing_listed_before_gives_nothing() -> None:
    doc = read(NOTHING_LISTED)
    assert not [o for s, o in of(doc, "member_of") if s == "Orlingham Police"]
