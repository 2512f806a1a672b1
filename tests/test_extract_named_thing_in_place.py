"""A named duty, scheme or body followed by "in" and a place ("the Serious Violence Duty in Torbay") is the named
thing and where it works: the place is not a word of its name, so the relation around it is read. A national
body's own name may end in its nation ("the Probation Service in Wales"), and keeps it.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

from govkg.loaders.mentions import find_mentions


@pytest.mark.parametrize("text, relation, pair", [
    # a terms of reference line
    ("The Torbay Community Safety Partnership is responsible for delivering the Serious Violence Duty in Torbay.\n",
     "responsible_for", ("Torbay Community Safety Partnership", "Serious Violence Duty")),
    # a web page
    ("Safer Wigan leads on the Prevent Duty in Wigan.\n", "responsible_for", ("Safer Wigan", "Prevent Duty")),
    # a funding report
    ("The Home Office funds the Street Marshals Scheme in Rutland.\n", "funds",
     ("Home Office", "Street Marshals Scheme")),
])
def test_a_named_thing_in_a_place(text: str, relation: str, pair: tuple[str, str]) -> None:
    assert pair in of(read(text), relation)


def test_the_place_stays_a_mention_of_its_own() -> None:
    text = "The Home Office funds the Street Marshals Scheme in Rutland."
    found = {(text[m.start : m.end], m.kind) for m in find_mentions(text, 0, len(text))}
    assert ("Street Marshals Scheme", "initiative") in found and ("Rutland", "place") in found


@pytest.mark.parametrize("name", ["Probation Service in Wales", "Youth Justice Board in England"])
def test_a_nation_ends_a_national_body_s_name(name: str) -> None:
    text = f"A letter from the {name} was noted."
    assert name in {text[m.start : m.end] for m in find_mentions(text, 0, len(text))}
