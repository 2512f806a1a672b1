"""'Who chaired X before Y (took over)?', 'Who was X's previous chair?': whom a paper of X says its new chair
succeeds, replaces or takes over from, as that sentence writes the name; also where the sentence goes on from the
one before it ("... took over as chair. She succeeds ..."). Never a name from another body's paper. Invented
councils (Wendlebury, Crossmoor, Ashby Fold), papers written for these tests, in three councils' styles."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

W_CSP = Entity("body", "Wendlebury Community Safety Partnership", subtype="Partnership", area="Wendlebury")
C_BOARD = Entity("body", "Crossmoor Safer Roads Board", area="Crossmoor")
A_FORUM = Entity("body", "Ashby Fold Youth Justice Forum", area="Ashby Fold")


def person(name: str) -> Entity:
    return Entity("person", name)


# a news item: the successor in one sentence, "She succeeds" in the next
W_TEXT = """Wendlebury news: a new chair for the Community Safety Partnership

Chief Inspector Marta Kowalczyk took over as chair of the Wendlebury Community Safety Partnership on 1 May
2024. She succeeds Cllr Osric Penhale, who chaired the Partnership for five years.
"""
# minutes: one sentence
C_TEXT = """Crossmoor Safer Roads Board minutes

2. Cllr Ayo Bankole replaces Dr Freya Lindqvist as chair of the Crossmoor Safer Roads Board.
"""
# an annual report's foreword
A_TEXT = """Ashby Fold Youth Justice Forum annual report

Foreword: Ms Priya Raman takes over from Mr Tobias Quint as chair of the Ashby Fold Youth Justice Forum.
"""


def _w(t: str) -> list[Fact]:
    return [_fact(t, "Chief Inspector Marta Kowalczyk took over as chair of the Wendlebury Community Safety"
                  " Partnership", person("Marta Kowalczyk"), "chairs", W_CSP)]


def _c(t: str) -> list[Fact]:
    return [_fact(t, "Cllr Ayo Bankole replaces Dr Freya Lindqvist as chair of the Crossmoor Safer Roads Board",
                  person("Ayo Bankole"), "chairs", C_BOARD)]


def _a(t: str) -> list[Fact]:
    return [_fact(t, "Ms Priya Raman takes over from Mr Tobias Quint as chair of the Ashby Fold Youth Justice Forum",
                  person("Priya Raman"), "chairs", A_FORUM)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "chair-successions", [
        paper("wendlebury-news-csp-chair-2024", W_TEXT, "Wendlebury", _w, doc_type="news"),
        paper("crossmoor-srb-minutes-2024", C_TEXT, "Crossmoor", _c, doc_type="minutes"),
        paper("ashby-fold-yjf-annual-report-2024", A_TEXT, "Ashby Fold", _a),
    ])


def test_she_succeeds_goes_on_from_the_sentence_before(asker):
    assert labels(asker, "Who chaired the Wendlebury Community Safety Partnership before Marta Kowalczyk took"
                  " over?") == ["Cllr Osric Penhale"]


def test_replaces_in_one_sentence(asker):
    assert labels(asker, "Who chaired the Crossmoor Safer Roads Board before Ayo Bankole?") == ["Dr Freya Lindqvist"]


def test_takes_over_from_as_the_previous_chair(asker):
    assert labels(asker, "Who was the previous chair of the Ashby Fold Youth Justice Forum?") == ["Mr Tobias Quint"]


def test_never_another_bodys_predecessor(asker):
    assert labels(asker, "Who chaired the Crossmoor Safer Roads Board before Marta Kowalczyk?") == []
