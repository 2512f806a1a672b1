"""A body the question itself writes, inside the name it asks about ("the Chief Constable of Tallowby Police"), is
never the answer a paper's sentence gives: "Who holds the Chief Constable of Tallowby Police to account?" is not
answered "Tallowby Police". The body the sentence names beside it is; a place inside a name asked about still
answers "which areas". Invented councils, papers written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

T_POLICE = Entity("body", "Tallowby Police", subtype="PoliceForce", area="Tallowby")
T_CC = Entity("post", "Chief Constable of Tallowby Police", area="Tallowby")
T_PANEL = Entity("body", "Tallowby Police and Crime Panel", subtype="Panel", area="Tallowby")
O_POLICE = Entity("body", "Orrinford Constabulary", subtype="PoliceForce", area="Orrinford")
O_CC = Entity("post", "Chief Constable of Orrinford Constabulary", area="Orrinford")
K_CSP = Entity("body", "Kestermoor and Lydford Community Safety Partnership", subtype="Partnership",
               area="Kestermoor")

# minutes: the force and the post in one sentence, with the body that holds the post to account
T_TEXT = """Tallowby Police and Crime Panel - minutes, 4 July 2024

6. The Panel noted that the Chief Constable of Tallowby Police leads the force, and that the Commissioner, in
setting the priorities of Tallowby Police, also holds the Chief Constable to account.
"""
# a web page: the sentence names only the force and the post
O_TEXT = """Orrinford Constabulary - how we are governed

The Chief Constable of Orrinford Constabulary leads the force. The Commissioner's duties include setting the
budget of Orrinford Constabulary and holding the Chief Constable to account for its performance.
"""
# a partnership's page: the places in its name are the areas it works across
K_TEXT = """Kestermoor and Lydford Community Safety Partnership

The Kestermoor and Lydford Community Safety Partnership coordinates community safety across Kestermoor and Lydford.
"""


def _t(t: str) -> list[Fact]:
    return [_fact(t, "Chief Constable of Tallowby Police", T_CC, "member_of", T_POLICE),
            _fact(t, "Tallowby Police and Crime Panel - minutes", T_PANEL, "covers_area", Entity("area", "Tallowby"))]


def _o(t: str) -> list[Fact]:
    return [_fact(t, "Chief Constable of Orrinford Constabulary", O_CC, "member_of", O_POLICE)]


def _k(t: str) -> list[Fact]:
    return [_fact(t, "Kestermoor and Lydford Community Safety Partnership", K_CSP, "covers_area",
                  Entity("area", "Kestermoor"))]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "own-names", [
        paper("tallowby-pcp-minutes-2024-07-04", T_TEXT, "Tallowby", _t, doc_type="minutes"),
        paper("orrinford-constabulary-governance", O_TEXT, "Orrinford", _o, doc_type="webpage"),
        paper("kestermoor-lydford-csp", K_TEXT, "Kestermoor", _k, doc_type="webpage"),
    ])


def test_the_force_inside_the_post_asked_about_is_no_answer(asker):
    assert "Orrinford Constabulary" not in labels(asker, "Who holds the Chief Constable of Orrinford "
                                                         "Constabulary to account?")
    got = labels(asker, "Who holds the Chief Constable of Tallowby Police to account?")
    assert "Tallowby Police" not in got


def test_places_inside_the_name_asked_about_still_answer(asker):
    got = labels(asker, "Which areas does the Kestermoor and Lydford Community Safety Partnership coordinate "
                        "community safety across?")
    assert "Kestermoor" in got
