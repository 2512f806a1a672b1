"""loaders/extract/lists.py: "The other responsible authorities are A, B and C." in a paper that has no body of
its own (an agreement between councils, a council's web page). The members belong to the body the sentence before
is about, not to the council the paper came from."""

from __future__ import annotations

from extract_helpers import of, read

AGREEMENT = """Collaboration Agreement between Northvale District Council and Southmere Borough Council

3. The Partnership

3.1 The Northvale and Southmere Community Safety Partnership covers both districts. The other responsible
    authorities are Eastshire Police, the Probation Service and Eastshire Fire and Rescue Service.
"""

WEBPAGE = """Home > Community safety > Our partnership

Kestrel Borough Council

The Safer Kestrel Partnership meets four times a year. Its diary and papers are kept by two officers at the town hall.
The statutory partners are Westmoor Police, Westmoor Fire and Rescue Service and NHS Westmoor Integrated Care
Board.
"""

def test_the_members_belong_to_the_body_of_the_sentence_before() -> None:
    members = of(read(AGREEMENT), "member_of")
    assert ("Eastshire Police", "Northvale and Southmere Community Safety Partnership") in members, members
    assert not any(owner.endswith("Council") for _, owner in members), members
    members = of(read(WEBPAGE), "member_of")
    assert ("Westmoor Police", "Safer Kestrel Partnership") in members, members
    assert not any(owner.endswith("Council") for _, owner in members), members


# -- "X works through the Y Group. The group meets ... and is chaired by Z. Members include:": the members are of the
# body the sentence before opens on by its noun, not of the council whose web page it is (three councils' styles;
# the bodies' names hold commas, so only the noun of the sentence before finds them)

WEB_GROUP = """Source: https://www.kelbrook.gov.uk/community-safety/prevent

Kelbrook Borough Council

Prevent in Kelbrook

Kelbrook Borough Council leads on Prevent through the Ashby, Coalfield and Moira Prevent Partnership Group. The group
meets every two months and is chaired by our Head of Communities, Ilse Skarsgate. Members include:
  - Dunmere Police
  - Kelbrook College
"""
WEB_FORUM = """Orrinshaw District Council - Community safety

Orrinshaw District Council works with partners through the Wyre, Lune and Fylde Hate Crime Forum. The forum
brings together statutory and voluntary agencies twice a year. Members include:
  - Tarnside Police
  - Orrinshaw Citizens Advice
"""
WEB_COMMITTEE = """Tessbury Borough Council web page

Tessbury Borough Council reports to the Abbey, Castle and Quay Licensing Liaison Committee. The committee meets
in public each month and is led by the town centre manager. Members include:
  * Tessbury BID
  * Fenmarsh Police
"""


def test_members_after_a_sentence_opening_on_the_body_s_noun_are_that_body_s() -> None:
    for text, council in ((WEB_GROUP, "Kelbrook Borough Council"), (WEB_FORUM, "Orrinshaw District Council"),
                          (WEB_COMMITTEE, "Tessbury Borough Council")):
        got = of(read(text), "member_of")
        assert got and not any(o == council for _, o in got), got
