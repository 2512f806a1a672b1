"""loaders/extract/funding.py: a funding table under a passive lead-in that names its receiver after "by"
("Funding received by the partnership in 2024/25:"): every row's money went to that body, and the other columns
(purpose, programme) say only what it is for. Also loaders/resolve.py: "the partnership" in the paper of a
domestic abuse "local partnership board" is the board itself, not a made-up "... Local Partnership"."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import funds

# a report with a tab-separated table, the lead naming the paper's own partnership
ANNUAL = """Safer Brackenmoor Partnership
Annual Report 2024/25

3. Money

Funding received by the partnership in 2024/25:

 Source                          Purpose                              Amount
 Home Office                     Safer Streets round 6                £84,000
 Brackenmoor District Council    Community safety officers            £120,500
"""

# minutes with a pipe table, the lead naming another body in full
MINUTES = """Eastwold Community Safety Partnership
Minutes of the meeting held on 4 March 2025

6. Budget

The manager set out the grants secured by the Eastwold Youth Justice Partnership for 2025/26:

| Funder                         | Programme                          | Amount   |
| Youth Justice Board            | Turnaround programme               | £61,200  |
| Eastwold Borough Council       | Prevention worker                  | £22,000  |
"""

# a local partnership board's report: "the partnership" is the board
BOARD = """Northmoor Domestic Abuse Local Partnership Board
Annual Report 2024/25

Funding received by the partnership in 2024/25:

 Funder                                   Purpose                                Amount
 Ministry of Housing, Communities and     Safe accommodation grant               £1,310,000
 Local Government
 Northmoor City Council (core)            Domestic abuse co-ordination           £415,000
"""


def test_the_receiver_named_after_by_gets_every_row() -> None:
    got = funds(ANNUAL)
    assert ("Home Office", "Safer Brackenmoor Partnership", Decimal("84000")) in got
    assert ("Brackenmoor District Council", "Safer Brackenmoor Partnership", Decimal("120500")) in got
    # the purpose column is what the money is for, never its receiver
    assert not any(receiver.startswith(("Safer Streets", "Community safety")) for _, receiver, _ in got)


def test_a_body_named_in_full_after_by_is_the_receiver() -> None:
    got = funds(MINUTES)
    receivers = {receiver for _, receiver, _ in got}
    assert any(r.endswith("Youth Justice Partnership") for r in receivers), got
    assert not any(r.startswith(("Turnaround", "Prevention")) for r in receivers), got


def test_a_local_partnership_board_is_the_partnership_of_its_own_paper() -> None:
    got = funds(BOARD)
    assert ("Northmoor City Council", "Northmoor Domestic Abuse Local Partnership Board", Decimal("415000")) in got
    assert not any(r.endswith("Local Partnership") for _, r, _ in got), got
