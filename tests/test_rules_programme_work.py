"""clauses: a national programme's name written before a noun of the work done under it ("Prevent delivery", "the
Prevent arrangements", "Prevent and Channel work") only describes that work, which is neither the programme nor
named: the clause states nothing of the programme (s15-rules; such work is a local piece of work, named by its
area if at all, and never the national programme itself). Sentences written for the test in several councils' styles."""
from __future__ import annotations

import pytest
from extract_helpers import of, read


@pytest.mark.parametrize("text, relation", [
    # terms of reference, numbered: the panel is part of the local arrangements, overseen by a board
    # (part_of: a guard only, this case passes on main as well)
    ("Northby Borough Council\n\n4.1 The Panel is one part of the Prevent arrangements which are overseen by the "
     "Northby Prevent Board.\n", "part_of"),
    ("Northby Borough Council\n\n4.1 The Panel is one part of the Prevent arrangements which are overseen by the "
     "Northby Prevent Board.\n", "oversees"),
    # a council web page: the work co-ordinated by a team
    ("Eastmoor District Council\n\nPrevent work across Eastmoor is co-ordinated by the council's Safer "
     "Communities Team.\n", "led_by"),
    # a county report: two programmes joined before the noun
    ("Westshire County Council\n\nThe Westshire CONTEST Board oversees Prevent and Channel delivery across the "
     "county.\n", "oversees"),
    # a person responsible for a record kept under the programme (a guard only: it passes on main as well, and
    # clauses._OWN_WORK and _programme_work both silence it, see their comments)
    ("Southvale Channel Panel\n\n3.1 The Police Practitioner is responsible for the Prevent case management "
     "record.\n", "responsible_for"),
])
def test_a_programme_before_its_work_is_not_the_programme(text: str, relation: str) -> None:
    assert not any("Prevent" in (s, o) or "Channel" in (s, o) for s, o in of(read(text), relation))


def test_the_programme_itself_is_still_read() -> None:
    text = "Westshire County Council\n\nThe Westshire CONTEST Board oversees Prevent and Channel.\n"
    assert ("Westshire CONTEST Board", "Prevent") in of(read(text), "oversees")
