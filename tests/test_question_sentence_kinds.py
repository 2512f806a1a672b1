""""Which committee ..." read from a paper's sentence: a body whose name ends in the noun asked for, never a
council held inside the longer name of a committee the graph does not hold. An invented council, Brindlecombe,
with a paper written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

PARTNERSHIP = Entity("body", "Safer Brindlecombe Partnership", subtype="Partnership", area="Brindlecombe")
COUNCIL = Entity("body", "Brindlecombe County Council", subtype="Council", area="Brindlecombe")
PANEL = Entity("body", "Brindlecombe Lamplighters Panel", subtype="Panel", area="Brindlecombe")
STRATEGIC = Entity("body", "Lantern Strategic Board", subtype="Board", area="Brindlecombe")
OVERSIGHT = Entity("body", "Brindlecombe Oversight Board", subtype="Board", area="Brindlecombe")

TEXT = """Safer Brindlecombe Partnership: terms of reference

1. Each year the partnership is scrutinised by the Brindlecombe County Council Streets and Lighting Scrutiny
Committee.

2. The lighting plan of the Safer Brindlecombe Partnership is checked by the Brindlecombe Lamplighters Panel.

3. The Lantern Strategic Board is a board of the partnership.

4. The Strategic Board reports to the council through the Brindlecombe Oversight Board, and is scrutinised by
the Brindlecombe Lamplighters Panel.

5. The Strategic Board answers to the Brindlecombe Oversight Board, and is inspected by the Brindlecombe
Streetlight Inspectorate.
"""


def _facts(t: str) -> list[Fact]:
    return [
        _fact(t, "Brindlecombe County Council Streets", COUNCIL, "member_of", PARTNERSHIP),
        _fact(t, "Brindlecombe Lamplighters Panel", PANEL, "member_of", PARTNERSHIP),
        _fact(t, "The Lantern Strategic Board is a board", STRATEGIC, "subgroup_of", PARTNERSHIP),
        _fact(t, "Brindlecombe Oversight Board", OVERSIGHT, "member_of", PARTNERSHIP),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "sentence-kinds", [
        paper("safer-brindlecombe-partnership-terms-2024", TEXT, "Brindlecombe", _facts),
    ])


def test_a_committee_the_graph_does_not_hold_is_not_the_council_inside_its_name(asker):
    # the committee as the sentence writes it (no name the graph holds), never the council held inside its name
    assert labels(asker, "Which committee scrutinises the Safer Brindlecombe Partnership each year?") == [
        "Brindlecombe County Council Streets and Lighting Scrutiny Committee"]


def test_a_body_whose_name_ends_in_the_noun_asked_is_still_read(asker):
    assert labels(asker, "Which panel checks the lighting plan of the Safer Brindlecombe Partnership?") == [
        "Brindlecombe Lamplighters Panel"]


def test_the_doer_of_a_passive_verb_is_named_after_by_and_a_board_by_its_last_two_words(asker):
    # "The Strategic Board ... is scrutinised by the Panel": the panel, not the board it reports through
    assert labels(asker, "Which body scrutinises the Lantern Strategic Board?") == ["Brindlecombe Lamplighters Panel"]
    # the inspectorate is no name the graph holds: as its paper writes it after "by", labelled so, never the
    # board named before the verb
    result = asker.ask("Which body inspects the Lantern Strategic Board?")
    assert [a.label for a in result.answers] == ["Brindlecombe Streetlight Inspectorate"]
    assert result.answers[0].iri is None and "does not hold" in (result.answers[0].note or "")
