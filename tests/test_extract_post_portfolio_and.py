"""A post whose portfolio is two fields joined by "and" ("Assistant Director for Housing and Partnerships") or a
post in two roles ("Independent Chair and Scrutineer") is one post: its second half is no body or post of its own
that chairs anything. Texts written for the test, in three councils' styles."""

from __future__ import annotations

from extract_helpers import of, read

ANNUAL = """Westmere Community Safety Partnership - Annual Report 2024

The Westmere Prevent Partnership is chaired by the Assistant Director for Neighbourhoods and Partnerships and
reports to the Partnership twice a year.
"""

MINUTES = """Kestrel Vale Safeguarding Board - minutes of the meeting held on 3 May 2024

5.2 The Exploitation Sub-group is chaired by the Executive Director for Housing and Communities.
"""

ARRANGEMENTS = """Northbrook Safeguarding Children Partnership - published arrangements

Until a new appointment is made the Executive Group is chaired by the Independent Chair and Scrutineer, who also
reports to the three safeguarding partners.
"""


def test_the_portfolio_after_for_is_kept_whole() -> None:
    chairs = of(read(ANNUAL), "chairs")
    assert any(s.startswith("Assistant Director for Neighbourhoods and Partnerships") for s, _ in chairs), chairs
    assert not any(s.endswith("Partnerships") and not s.startswith("Assistant") for s, _ in chairs), chairs
    chairs = of(read(MINUTES), "chairs")
    assert any(s.startswith("Executive Director for Housing and Communities") for s, _ in chairs), chairs
    assert not any(s.startswith("Communities") or s.endswith(" Communities") and not s.startswith("Executive")
                   for s, _ in chairs), chairs


def test_a_post_in_two_roles_is_one_chair() -> None:
    chairs = of(read(ARRANGEMENTS), "chairs")
    assert any(s.startswith("Independent Chair and Scrutineer") for s, _ in chairs), chairs
    assert not any(s in ("Scrutineer", "Independent Chair") for s, _ in chairs), chairs
