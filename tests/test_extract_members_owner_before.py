"""loaders/extract/lists.py: "The other responsible authorities are A, B and C." in a paper that has no body of
its own (an agreement between councils, a council's web page). The members belong to the body the sentence before
is about, not to the council the paper came from."""

from __future__ import annotations

from extract_helpers import of, read

AGREEMENT = """Collaboration Agreement between Northvale District Council and Southmere Borough Council

3. The Partnership

3.1 The Northvale and Southmere Community Safety Partnership covers both districts. The other responsible
    authorities are Eastshire Police, Eastshire Fire and Rescue Service and the Probation Service.
"""

WEBPAGE = """Home > Community safety > Our partnership

Kestrel Borough Council

The Safer Kestrel Partnership meets four times a year. Its work is led by the council's community safety team.
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
