"""A titled person's organisation set in commas after the name ("DS Ravi Kohli, Northvale Police, presented"), or
after the post with the organisation's article in capitals ("Head of Service, The Probation Service"), is the
organisation the person works for. A list of names and organisations is left: which name goes with which is not
said.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read


@pytest.mark.parametrize("text, person, organisation", [
    # minutes: who presented, the organisation in commas
    ("DS Ravi Kohli, Northvale Police, presented the item.\n", "Ravi Kohli", "Northvale Police"),
    # a report: the organisation with its unit in brackets
    ("Detective Superintendent Ravi Kohli, Northvale Police (Eastern Basic Command Unit), led the review.\n",
     "Ravi Kohli", "Northvale Police"),
    # an attendance line in prose: the post, then the organisation with a capital article
    ("Mrs J Ormsby - Head of Service, The Probation Service (Eastham PDU)\n", "J Ormsby", "Probation Service"),
    # a post after the organisation
    ("Cllr Ann Vale, Eastham Borough Council, Cabinet Member for Communities, opened the meeting.\n",
     "Ann Vale", "Eastham Borough Council"),
])
def test_the_organisation_in_commas(text: str, person: str, organisation: str) -> None:
    assert (person, organisation) in of(read(text), "member_of")


@pytest.mark.parametrize("text", [
    "Thanks were given to Cllr Jo Lee, Eastham Borough Council and Northvale Police.\n",
    "The item was presented by Cllr Jo Lee, Eastham Borough Council, and Sam Reed.\n",
])
def test_a_list_s_items_are_left(text: str) -> None:
    assert ("Jo Lee", "Eastham Borough Council") not in of(read(text), "member_of")
