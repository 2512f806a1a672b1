"""A plural acronym ("the four CSPs") names several bodies of a kind together, never the one body its singular
names: a grant "to the seven CSPs" is money for all of them, and a question asking what each got must not be
answered with it. Papers written for the test in three layouts; the commissioners' areas are real police areas,
the sums and dates invented."""
from __future__ import annotations

import pytest
from extract_helpers import of, read

_PAPERS = {
    # a decision notice: one sentence
    "notice": """Dyfed-Powys Police and Crime Commissioner: record of decision 14/2025

The Commissioner allocates £812,000 to the four CSPs for 2025/26, by the formula agreed last year.
""",
    # a news release: the receivers first, the grant after a dash
    "news": """Northumbria Police and Crime Commissioner: news release, 9 April 2025

Local partnerships funded again - the Commissioner has awarded the six CSPs £1.35 million for 2025/26.
""",
    # a panel report: a sentence with the money after the receivers
    "panel": """Report to the Police and Crime Panel, 20 March 2025

The Commissioner will give the three CSPs in the force area £420,000 between them in 2025/26.
""",
}


@pytest.mark.parametrize("key", sorted(_PAPERS))
def test_a_plural_acronym_is_no_single_partnership(key: str) -> None:
    receivers = {o for _, o in of(read(_PAPERS[key]), "funds")}
    assert not {o for o in receivers if o.endswith("Community Safety Partnership")}, receivers


def test_the_grant_goes_to_the_partnerships_together() -> None:
    receivers = {o for _, o in of(read(_PAPERS["notice"]), "funds")}
    assert receivers and all(o.endswith("Community Safety Partnerships") for o in receivers), receivers
