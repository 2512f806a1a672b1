"""A place named by its adjective ("Cornish towns", "the Welsh partnership") is that place: the question is
read as asked about it, so the answer is the place's own, and a place the graph does not hold is refused as
"Wales" would be. Invented people and papers written for these tests, in real places."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity

CORNWALL, DEVON = Entity("area", "Cornwall"), Entity("area", "Devon")
KERNOW_PANEL = Entity("body", "Cornwall Street Safety Panel", aliases=("Street Safety Panel",), subtype="Panel",
                      area="Cornwall")
DEVON_PANEL = Entity("body", "Devon Street Safety Panel", aliases=("Street Safety Panel",), subtype="Panel",
                     area="Devon")

CORNWALL_TEXT = """Street Safety Panel: note of the spring meeting, 2026

1. The Street Safety Panel met in Bodmin; Tamsyn Angove chaired the Panel.
"""
DEVON_TEXT = """Street Safety Panel: note of the spring meeting, 2026

1. The Street Safety Panel met in Tiverton; Aldous Whitcombe chaired the Panel.
"""


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "place-adjectives", [
        paper("cornwall-street-safety-panel-2026", CORNWALL_TEXT, "Cornwall", lambda t: [
            _fact(t, "Tamsyn Angove chaired the Panel", Entity("person", "Tamsyn Angove"), "chairs", KERNOW_PANEL),
            _fact(t, "Street Safety Panel met in Bodmin", KERNOW_PANEL, "covers_area", CORNWALL),
        ]),
        paper("devon-street-safety-panel-2026", DEVON_TEXT, "Devon", lambda t: [
            _fact(t, "Aldous Whitcombe chaired the Panel", Entity("person", "Aldous Whitcombe"), "chairs",
                  DEVON_PANEL),
            _fact(t, "Street Safety Panel met in Tiverton", DEVON_PANEL, "covers_area", DEVON),
        ]),
    ])


def test_a_places_adjective_asks_about_that_place(asker):
    assert labels(asker, "Who chairs the Cornish Street Safety Panel?") == ["Tamsyn Angove"]
    assert labels(asker, "Who chaired the Street Safety Panel in Cornwall?") == ["Tamsyn Angove"]


def test_an_adjective_of_a_place_the_graph_does_not_hold_is_refused(asker):
    assert labels(asker, "Who chairs the Welsh Street Safety Panel?") == []
    assert labels(asker, "Who chairs the Scottish Street Safety Panel?") == []
