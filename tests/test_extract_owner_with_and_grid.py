"""A grid of owners whose own name holds "and", written with a possessive: "Avon and Somerset Constabulary's
Lighthouse Unit", "Hammersmith and Fulham Council's Community Safety Team". The owner is the one body the
gazetteer knows whole, not a place ("Avon") and a second body ("Somerset Constabulary") cut at the "and".

Every paper is invented (invented people), each in a different council's style, varying the owner (a force, a
council named with its two towns, a unitary with a long name), what it owns (a team, a unit, a service, a hub)
and the sentence (passive, active, a list).
"""

from __future__ import annotations

import pytest
from extract_helpers import read

CASES = [
    ("force-unit-passive", "Safer Weston Partnership\n\nThe IDVA service is managed by Avon and Somerset "
     "Constabulary's Lighthouse Safeguarding Unit.\n", "Avon and Somerset", ("Avon", "Somerset Constabulary")),
    ("force-police-team", "Mendip Community Safety Partnership - Annual Report\n\nAvon and Somerset Police's "
     "Neighbourhood Team reports to the Partnership each quarter.\n", "Avon and Somerset",
     ("Avon", "Somerset Police")),
    ("unitary-bath", "Bath Community Safety Board\n\nThe Board is supported by Bath and North East Somerset "
     "Council's Community Safety Team.\n", "Bath and North East Somerset", ("Bath", "North East Somerset Council")),
    ("london-two-names", "Safer Hammersmith and Fulham Partnership\n\nThe Partnership is led by Hammersmith and "
     "Fulham Council's Community Safety Unit.\n", "Hammersmith and Fulham", ("Hammersmith", "Fulham Council")),
    ("royal-borough-two-towns", "Windsor and Maidenhead Domestic Abuse Partnership Board\n\nThe Board reports to "
     "Windsor and Maidenhead Council's Community Safety Partnership.\n", "Windsor and Maidenhead",
     ("Windsor", "Maidenhead Council")),
    ("district-two-towns-list", "Hinckley and Bosworth CSP - who we are\n\nThe Partnership is chaired by Hinckley and "
     "Bosworth Borough Council's Head of Community Services, Ana Moreno.\n", "Hinckley and Bosworth",
     ("Hinckley", "Bosworth Borough Council")),
    ("force-hub-active", "Taunton Safer Streets Programme\n\nAvon and Somerset Constabulary's Partnership Hub "
     "reports to the Taunton Community Safety Partnership.\n", "Avon and Somerset",
     ("Avon", "Somerset Constabulary")),
    ("unitary-service-commission", "Keynsham Community Safety Forum\n\nThe outreach service is commissioned by Bath "
     "and North East Somerset Council's Public Health Team.\n", "Bath and North East Somerset",
     ("Bath", "North East Somerset Council")),
]


def _names(doc) -> set[str]:
    return {n for f in doc.facts for n in (f.subject.name, f.object.name if f.object else "")}


@pytest.mark.parametrize(("text", "owner", "fragments"), [pytest.param(t, o, fr, id=i) for i, t, o, fr in CASES])
def test_owner_with_and_is_one_body(text: str, owner: str, fragments: tuple[str, ...]) -> None:
    names = _names(read(text))
    assert not any(n in fragments for n in names), f"the owner cut at its 'and': {sorted(names)}"
    # the resolver may give the owner its canonical name ("London Borough of ..."): its "X and Y" core is enough
    assert any(owner in n for n in names), f"no fact names {owner}: {sorted(names)}"
