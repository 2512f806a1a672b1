"""A post named by what it serves ("Area Commander for Eastham", "Partnership Manager for Community Safety"), and a
police force's division named as a Command ("the Operational Partnership Command"), are read as a post and a body
wherever they stand, so the relations around them are read as for any post or body.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

from govkg.loaders.mentions import find_mentions


def _kinds(text: str) -> dict[str, str]:
    return {text[m.start : m.end]: m.kind for m in find_mentions(text, 0, len(text))}


@pytest.mark.parametrize("post", ["Area Commander for Eastham", "Neighbourhood Inspector for Lowbridge",
                                  "Partnership Manager for Community Safety"])
def test_a_post_named_by_what_it_serves(post: str) -> None:
    assert _kinds(f"Kim Oduya, {post}, gave the update.")[post] == "post"


@pytest.mark.parametrize("text", [
    # minutes: the person, the force's possessive, the post
    "Superintendent Kim Oduya, Northvale Police's Area Commander for Eastham, gave the update.\n",
    # a report's roster line in prose, the force named after the post
    "The update was given by Kim Oduya, Area Commander for Eastham at Northvale Police.\n",
    # a web page: a co-chair's name and post
    "The Eastham Safer Streets Forum is co-chaired by Cllr Pat Reyes and Superintendent Kim Oduya, Northvale "
    "Police's Area Commander for Eastham.\n",
])
def test_the_holder_of_a_post_for_a_place(text: str) -> None:
    doc = read(text)
    posts = {post for person, post in of(doc, "holds_post") if person == "Kim Oduya"}
    assert any(post.startswith("Area Commander for Eastham") for post in posts), posts
    assert ("Kim Oduya", "Northvale Police") in of(doc, "member_of")


def test_a_post_for_something_is_not_read_from_lower_case() -> None:
    # "for" followed by ordinary words is no part of a name
    assert "Area Commander for Eastham" not in _kinds("Kim Oduya, Area Commander, asked for a report.")


@pytest.mark.parametrize("text, team, command", [
    ("The Eastham Rural Crime Team is part of the Northvale Police Operational Partnership Command.\n",
     "Eastham Rural Crime Team", "Northvale Police Operational Partnership Command"),
    ("Our Harbour Neighbourhood Team sits within the Western Area Command.\n",
     "Harbour Neighbourhood Team", "Western Area Command"),
    ("- The Lowbridge Licensing Unit forms part of the Northvale Police Southern Division Command.\n",
     "Lowbridge Licensing Unit", "Northvale Police Southern Division Command"),
])
def test_a_police_command_is_a_body(text: str, team: str, command: str) -> None:
    assert (team, command) in of(read(text), "part_of")


def test_a_bare_command_is_no_body() -> None:
    # "Command" alone is a word, not a name: it needs the words that name the division
    assert not of(read("The Eastham Rural Crime Team reports to Command each month.\n"), "reports_to")
