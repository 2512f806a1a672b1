"""Whose money a delegated decision spends, and a signature written as a field, in three councils' styles each.

- "Decision taker: Deputy X (under delegation from Y)": Y, who delegated, funds the grants the notice approves;
- "Signed:   Jo Lee" over the post on the next line: the signatory holds the post, and the bare title the prose
  uses for it ("the Deputy Mayor") is not a second post of theirs.
"""

from __future__ import annotations

import pytest
from extract_helpers import funds, of, read

TABLE = """
3. DECISION

| Recipient                   | Purpose                         | Amount   |
|-----------------------------|---------------------------------|----------|
| Eastmoor Youth Trust        | Detached youth work             | £40,000  |
| Wessex Women's Aid          | Refuge support                  | £25,000  |
"""


@pytest.mark.parametrize(("head", "funder"), [
    ("WESSEX COMBINED AUTHORITY\n\nMAYORAL DECISION NOTICE\n\nDecision reference:   WCA/DM/2024/03\n"
     "Decision taker:       Deputy Mayor for Policing and Crime (under delegation from the\n"
     "                      Mayor of Wessex)\nDate of decision:     3 June 2024\n", "Mayor of Wessex"),
    ("Record of Decision\n\nDecision maker: Deputy Police and Crime Commissioner, on behalf of the Police and Crime "
     "Commissioner for Northvale\nDate: 12 May 2024\n", "Police and Crime Commissioner for Northvale"),
    ("OFFICER DECISION\n\nDecision by: Head of Community Safety, under delegation from the Wessex Combined "
     "Authority\nDate: 2 April 2024\n", "Wessex Combined Authority"),
])
def test_a_delegated_decision_is_the_delegators_money(head: str, funder: str) -> None:
    givers = {giver for giver, _, _ in funds(head + TABLE)}
    assert givers == {funder}, givers


def test_an_undelegated_taker_stays_the_funder() -> None:
    head = ("Record of Decision\n\nDecision maker: Police and Crime Commissioner for Northvale\nDate: 12 May 2024\n")
    assert {giver for giver, _, _ in funds(head + TABLE)} == {"Police and Crime Commissioner for Northvale"}


@pytest.mark.parametrize(("block", "person", "post"), [
    ("Signed:   Edith Marsh\n          Deputy Mayor for Policing and Crime\nDate:     18 July 2024\n",
     "Edith Marsh", "Deputy Mayor for Policing and Crime"),
    ("Signature: Jo Lee\nPolice and Crime Commissioner for Northvale\n", "Jo Lee",
     "Police and Crime Commissioner for Northvale"),
    ("Signed by:\tAmir Hale\n\tDirector of Communities\n", "Amir Hale", "Director of Communities"),
])
def test_a_signed_field_over_a_post(block: str, person: str, post: str) -> None:
    doc = read("Northvale Decision Notice\n\nThe Deputy Mayor approves the grants.\n\n" + block)
    held = {p for who, p in of(doc, "holds_post") if who == person}
    # the resolver may write a commissioner's post area first ("Northvale Police and Crime Commissioner")
    assert any(p.startswith(post) or set(p.split()) == set(post.replace(" for ", " ").split()) for p in held), held
