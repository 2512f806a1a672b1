"""A grid of sums that cap a power delegated to an officer: "authority to approve spend of up to £2,500 be
delegated to the Head of Communities". The sum is the limit of the officer's power, not money anyone gives the
officer; a grant named in the same sentence or paper is still read.

Every paper is invented (real or invented places, invented people), each in a different council's style,
varying the limit's words (up to, not exceeding, a maximum of, no more than), the verb (delegated, delegates,
delegation), and whether a real grant stands in the same sentence.
"""

from __future__ import annotations

import pytest
from extract_helpers import read

# (text, the officer the sum must not fund, a grant that must still be read: (giver, receiver) or None)
CASES = [
    ("resolved-up-to", """Cabinet decision, Harrowfield District Council

RESOLVED that the grant of £30,000 from the Police and Crime Commissioner be accepted, and that authority to
approve spend of up to £2,500 on each project be delegated to the Head of Communities.
""", "Head of Communities"),
    ("not-exceeding", """Tamford Borough Council - Executive, 4 June 2024

That the Director of Communities be delegated authority to vire sums not exceeding £10,000 between the
Partnership's projects from the Police and Crime Commissioner's grant.
""", "Director of Communities"),
    ("maximum-of", """Report to Cabinet: Safer Colbridge Partnership funding

2.1 Cabinet is asked to delegate to the Head of Neighbourhoods the approval of awards to a maximum of £4,000
from the Community Safety Fund.
""", "Head of Neighbourhoods"),
    ("no-more-than", """Eastwell District Council
Scheme of delegation - community safety grants

The Community Safety Manager may approve grants of no more than £1,500 from the Safer Streets fund under the
delegation given by the Cabinet.
""", "Community Safety Manager"),
    ("limit-of", """Decision notice, Hollowmere Council

The Cabinet Member delegated to the Assistant Director for Communities a limit of £7,500 for small grants
funded by the Office of the Police and Crime Commissioner.
""", "Assistant Director for Communities", "clause:funds takes 'funded by' back across the sum to the officer"),
    ("delegation-welsh-style", """Cyngor Sir Penfro-style Council: Cabinet, 3 March 2025

Delegated authority is given to the Head of Public Protection to approve payments of up to £3,000 from the
Welsh Government's Substance Misuse Action Fund.
""", "Head of Public Protection"),
    ("recommendation-numbered", """Report to the Executive
Safer Wendmoor Community Safety Partnership: grants for 2025/26

1.2 That authority to vary allocations of up to £5,000 be delegated to the Director of Place, in consultation
with the Portfolio Holder for Community Safety.
""", "Director of Place"),
    ("officer-post-before", """Minutes of the Community Safety Committee, Ravensby Council

The Committee delegated to the Community Safety Lead the power to commit up to £2,000 of the PCC's grant to
urgent target-hardening work.
""", "Community Safety Lead"),
]


def _receivers(doc) -> set[str]:
    return {f.object.name for f in doc.facts if f.relation == "funds" and f.object}


def _param(i: str, t: str, o: str, xfail: str = ""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(t, o, id=i, marks=marks)


@pytest.mark.parametrize(("text", "officer"), [_param(*c) for c in CASES])
def test_delegated_limit_is_no_grant(text: str, officer: str) -> None:
    receivers = _receivers(read(text))
    assert not any(officer in r for r in receivers), f"a power's limit read as money given: {sorted(receivers)}"


def test_grant_beside_a_delegated_limit_is_still_read() -> None:
    doc = read("""Safer Brackenfield Partnership - Cabinet report, 2 May 2024

The Police and Crime Commissioner has awarded £20,000 to Brackenfield Borough Council for 2024/25.
Authority to vary spend of up to £1,000 between projects is delegated to the Community Safety Manager.
""")
    assert any("Brackenfield Borough Council" in r for r in _receivers(doc)), sorted(_receivers(doc))
    assert not any("Community Safety Manager" in r for r in _receivers(doc))


def test_grants_of_up_to_a_sum_without_delegation_are_left_alone() -> None:
    doc = read("""Safer Corring Partnership - news

Kent Police and Crime Commissioner has given £12,000 to the Corring Youth Trust; grants of up to £500 each
will go to local groups.
""")
    assert any("Corring Youth Trust" in r for r in _receivers(doc)), sorted(_receivers(doc))
