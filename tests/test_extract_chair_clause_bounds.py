"""Where a chair's clause ends: a semicolon before a name with its own verb opens the next clause ("A is chaired
by X; the B Group is chaired by Y"), "chairs" before "were" is a plural noun, and "Its Chair is also a member of
X" says what the chair is, not who."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

SEMICOLONS = """Safer Northdale Partnership Board

Minutes of the meeting held on 4 June 2024

3.1 Three delivery groups report to the Board. The Youth Violence Group is chaired by the Director of Children's
Services; the Hate Crime Group is chaired by the Head of Public Safety; the Night-Time Economy Group is led by
the Licensing Manager.
"""

TEES = """Safer Hartlepool Partnership

The Vulnerable Adults Group is chaired by the Head of Adult Services; the Tasking Group is chaired by the
Neighbourhood Inspector.
"""


def test_a_semicolon_before_a_new_subject_ends_the_chair_list() -> None:
    for text in (SEMICOLONS, TEES):
        chairs = of(read(text), "chairs")
        assert not any(s.endswith("Group") for s, _ in chairs), chairs


def test_each_clause_still_names_its_own_chair() -> None:
    chairs = of(read(SEMICOLONS), "chairs")
    assert any(s.startswith("Head of Public Safety") and o.endswith("Hate Crime Group") for s, o in chairs), chairs
    chairs = of(read(TEES), "chairs")
    assert any(s.startswith("Neighbourhood Inspector") and o.endswith("Tasking Group") for s, o in chairs), chairs


def test_a_list_of_chairs_across_a_semicolon_is_kept() -> None:
    # a semicolon between the names of one list, with no verb of their own, still joins them
    doc = read("Safer Calder Partnership\n\nThe Partnership reports to the Calder Health and Wellbeing Board; the "
               "Calder Children's Safeguarding Partnership; and the Overview and Scrutiny Committee.\n")
    assert len(of(doc, "reports_to")) >= 2, of(doc, "reports_to")


def test_chairs_before_were_is_a_noun() -> None:
    for text in ("Local CSP chairs were consulted through the Kent Community Safety Partnership Chairs' Forum.",
                 "The district chairs have agreed the protocol with the Essex Community Safety Network.",
                 "Panel chairs meet quarterly with the Cumbria Safeguarding Adults Board."):
        assert not of(read("Kent County Council\n\n" + text + "\n"), "chairs"), text


def test_its_chair_is_also_a_member_is_no_chair() -> None:
    doc = read("Eastvale Youth Justice Management Board\n\nThe Board reports to the Safer Eastvale Partnership.\n"
               "Its Chair is also a member of the Northvale Youth Justice Strategic Board.\n"
               "The Vice-Chair is a senior officer of the Northvale Constabulary.\n")
    assert not of(doc, "chairs"), of(doc, "chairs")
    assert not of(doc, "vice_chair"), of(doc, "vice_chair")


POSSESSIVE = """Safer Northdale Partnership - report to scrutiny

2.1 The Safer Northdale Partnership is the statutory Community Safety Partnership for Northdale. Its Board
brings together Northdale Council, Northvale Police and Gentoo Homes.

2.2 The Board is chaired by Superintendent Amy Roe. Councillor Faye Lund, Portfolio Holder for Neighbourhoods,
is the Board's deputy chair. Cllr Jo Pym is the Eastvale Licensing Committee's Chair.
"""


def test_a_person_who_is_a_bodys_chair() -> None:
    doc = read(POSSESSIVE)
    assert ("Faye Lund", "Safer Northdale Partnership") in of(doc, "vice_chair"), of(doc, "vice_chair")
    assert ("Jo Pym", "Eastvale Licensing Committee") in of(doc, "chairs"), of(doc, "chairs")


def test_a_bodys_chair_of_something_else_is_not_read_so() -> None:
    doc = read("Northdale Council\n\nCllr Jo Pym is the Council's Chair of the Audit Committee.\n")
    assert ("Jo Pym", "Northdale Council") not in of(doc, "chairs"), of(doc, "chairs")


def test_other_opens_no_name() -> None:
    from govkg.loaders.mentions import find_mentions

    text = "Other Board members include Northvale Fire Service and Eastvale Homes."
    found = [(m.kind, m.name) for m in find_mentions(text, 0, len(text))]
    assert not any(name.startswith("Other") for _, name in found), found


def test_with_as_vice_chair_is_of_the_body_said_to_be_chaired() -> None:
    doc = read("Northdale Council\n\n2.4 The CSP is governed by a Strategic Board chaired by the Portfolio Holder for "
               "Communities, with the Superintendent for the borough, Supt Jo Pellew, as Vice-Chair.\n")
    vice = of(doc, "vice_chair")
    assert any(p == "Jo Pellew" and o.endswith("Strategic Board") for p, o in vice), vice


@pytest.mark.parametrize("text", [
    "Minutes of the Dorset Police and Crime Panel, 5 June 2024\n\nThe Panel noted the annual report of the "
    "Panel's complaints sub-committee, chaired by Cllr Ada Penrose.\n",
    "Safer Bedford Partnership: update, March 2024\n\nThe Board's finance working group, led by Tom Hale, will "
    "report in March.\n",
    "Notes of the Ribble Valley Community Safety Partnership, 2 May 2024\n\nThe Partnership and its "
    "confirmation hearings group, chaired by Cllr Rhys Bell, met twice.\n",
])
def test_a_lower_case_group_of_a_body_takes_the_chair_not_the_body(text: str) -> None:
    """A group of a body's own named only in lower case, with its chair: whose group it is is clear, which group
    is not, so nobody chairs the body itself."""
    doc = read(text)
    assert not of(doc, "chairs") and not of(doc, "led_by"), of(doc, "chairs")
