"""A name after ", and" that has a verb of its own opens the next clause: it is never one more object of the
verb before it ("leads on the Strategy, and the Drug Action Team is part of ..."). Texts written for the test."""

from __future__ import annotations

import pytest
from extract_helpers import of, read


@pytest.mark.parametrize("text, taken", [
    ("The Harlow Vale Housing Group leads on the borough's Homelessness Strategy, and the Harlow Vale Youth "
     "Offending Team is part of the Partnership's children's theme.\n", "Harlow Vale Youth Offending Team"),
    ("The Corrin Community Safety Partnership is responsible for the Corrin Safer Streets Plan, but the Corrin "
     "Licensing Panel reports to the Cabinet.\n", "Corrin Licensing Panel"),
    ("The Northby Violence Board oversees the Northby Knife Crime Plan, and the Northby Night Safety Forum "
     "meets monthly.\n", "Northby Night Safety Forum"),
])
def test_a_name_with_its_own_verb_after_a_comma_and_is_no_object(text: str, taken: str) -> None:
    facts = read(text)
    assert not any(o == taken for rel in ("responsible_for", "oversees", "produces", "led_by")
                   for _, o in of(facts, rel))


def test_a_list_of_objects_after_the_verb_still_reads() -> None:
    facts = read("The Corrin Community Safety Partnership oversees the Corrin Hate Crime Forum, the Corrin Youth "
                 "Panel and the Corrin Night Safety Forum.\n")
    assert {o for _, o in of(facts, "oversees")} >= {"Corrin Hate Crime Forum", "Corrin Night Safety Forum"}
