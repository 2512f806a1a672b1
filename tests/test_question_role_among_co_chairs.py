"""A person asked for by the post the question names, among a body's co-chairs: "Who is the town centre police
inspector who co-chairs the Night-Time Economy Group?" of a group "chaired jointly by the Council's Licensing
Manager and the town centre police inspector". The other co-chair's post was answered, as if any chair would do
(found by the lead on a never-read set's negative question after its first measurement). Another post that chairs
the body is no answer to who holds the post asked about; where the papers name its holder, the holder is the
answer, and where they name none, nothing is.

Papers written for these tests in three councils' styles, read by the whole loading path."""

from __future__ import annotations

import pytest
from question_papers import asker_over_texts

PAPERS = {
    "kelbrook-safer-city-board-2025.txt": """Kelbrook City Council

Safer Kelbrook Board - who we are (updated March 2025)

The Board has three sub-groups:
  Late Night Economy Group - chaired jointly by the Council's Licensing Manager and the city centre police
  inspector.
  Hate Crime Forum - chaired by the Community Cohesion Officer.
""",
    "ashcombe-nte-group-minutes-2024.txt": """Ashcombe Borough Council

Ashcombe Evening Economy Group: notes of the meeting of 12 June 2024

1. The Ashcombe Evening Economy Group is co-chaired by the Licensing Team Leader and Inspector Marek Novak,
Ashcombe Neighbourhood Inspector.
""",
    "tarnby-community-forum-2024.txt": """Tarnby District Council

Tarnby Community Forum: terms of reference 2024

The Tarnby Community Forum is chaired by the Head of Communities.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over_texts(tmp_path_factory, "role-among-co-chairs", PAPERS)


def labels(result) -> list[str]:
    return [a.label for a in result.answers]


@pytest.mark.parametrize("question", [
    "Who is the city centre police inspector who co-chairs Kelbrook's Late Night Economy Group?",
    "Who is the police inspector who chairs the Late Night Economy Group in Kelbrook?",
])
def test_another_co_chairs_post_is_no_answer(asker, question):
    result = asker.ask(question)
    assert not any("Licensing" in a for a in labels(result)), result.interpretation


def test_the_holder_named_among_co_chairs_is_the_answer(asker):
    result = asker.ask("Who is the neighbourhood inspector who co-chairs the Ashcombe Evening Economy Group?")
    assert any("Novak" in a for a in labels(result)), result.interpretation
    assert not any("Licensing" in a for a in labels(result)), result.interpretation


def test_the_post_asked_about_is_still_said_when_it_chairs_alone(asker):
    # a chair held only as a post: the reading says the post, never another body's or a person's name
    result = asker.ask("Who chairs the Tarnby Community Forum?")
    assert any("Head of Communities" in a for a in labels(result)), result.interpretation
