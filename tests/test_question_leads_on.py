""""Who leads on X at the council?", where no fact says who leads on it: the holder of the post named for X
("Head of Harm and Exploitation", "Hate Crime Lead", "Domestic Abuse Manager"), in the places asked, never
another council's post of that name. Three invented councils' papers: a cabinet decision's author line, a
partnership's members' table, a news item."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

A_POST = Entity("post", "Head of Street Safety and Licensing", area="Ambridge Vale")
A_PERSON = Entity("person", "Theodora Clune")
A_TEXT = """Ambridge Vale Council cabinet decision: late-night licensing review, 2025

Report author: Theodora Clune, Head of Street Safety and Licensing.
"""

B_POST = Entity("post", "Hate Crime Lead", area="Bellhaven")
B_PERSON = Entity("person", "Ignatius Morrow")
B_TEXT = """Safer Bellhaven Partnership: members, 2025

| Name | Role | Organisation |
| Ignatius Morrow | Hate Crime Lead | Bellhaven Borough Council |
"""

C_POST = Entity("post", "Domestic Abuse Manager", area="Corran")
C_PERSON = Entity("person", "Philippa Strand")
C_TEXT = """Corran news: new refuge places, 2025

Philippa Strand, the council's Domestic Abuse Manager, welcomed the six new refuge places.
"""


def _a(t: str) -> list[Fact]:
    return [_fact(t, "Theodora Clune, Head of Street Safety and Licensing", A_PERSON, "holds_post", A_POST)]


def _b(t: str) -> list[Fact]:
    return [_fact(t, "Ignatius Morrow | Hate Crime Lead", B_PERSON, "holds_post", B_POST)]


def _c(t: str) -> list[Fact]:
    return [_fact(t, "Philippa Strand, the council's Domestic Abuse Manager", C_PERSON, "holds_post", C_POST)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "leads-on", [
        paper("ambridge-vale-cabinet-licensing-2025", A_TEXT, "Ambridge Vale", _a, doc_type="decision"),
        paper("safer-bellhaven-members-2025", B_TEXT, "Bellhaven", _b, doc_type="web"),
        paper("corran-news-refuge-2025", C_TEXT, "Corran", _c, doc_type="news"),
    ])


def test_who_leads_on_a_head_of_posts_subject(asker):
    assert labels(asker, "Who leads on street safety and licensing at Ambridge Vale?") == ["Theodora Clune"]


def test_who_leads_on_a_leads_subject(asker):
    assert labels(asker, "Who leads on hate crime in Bellhaven?") == ["Ignatius Morrow"]


def test_who_is_the_lead_for_a_managers_subject(asker):
    assert labels(asker, "Who is the lead for domestic abuse in Corran?") == ["Philippa Strand"]


def test_another_places_post_is_no_answer(asker):
    assert labels(asker, "Who leads on hate crime in Corran?") == []

