"""A verb's object already said by a noun phrase, then ", and the X Board <verb>s them/it ...": the body after
", and" opens a clause of its own (its verb takes a pronoun object), so it is no object of the first verb."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

CASES = {
    "annual report": ("""Source: https://www.northdale.gov.uk/csp/annual-report

Safer Northdale Partnership
Annual Report 2024/25

The Safer Northdale Partnership commissions those reviews, and the Northdale Review Panel signs them off
before they go to the Home Office.
""", "commissions", "Northdale Review Panel"),
    "minutes": ("""Source: https://www.eastbury.gov.uk/meetings/minutes

Eastbury Community Safety Partnership
Minutes of the meeting held on 4 June 2025

5.2 The Partnership oversees these plans, and the Eastbury Youth Safety Board approves them each spring.
""", "oversees", "Eastbury Youth Safety Board"),
    "web page": ("""Source: https://www.westmoor.gov.uk/community-safety/reviews

Westmoor Safer Communities Board

Westmoor Borough Council commissions the yearly audit, and the Westmoor Audit Panel reads it in March.
""", "commissions", "Westmoor Audit Panel"),
}


@pytest.mark.parametrize("style", sorted(CASES))
def test_a_body_with_a_verb_of_its_own_is_no_object(style: str) -> None:
    text, relation, body = CASES[style]
    found = of(read(text), relation)
    assert not [(s, o) for s, o in found if o == body], found
