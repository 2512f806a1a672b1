""""Which head teacher sits on the board?", "Which councillor represents ...?": only members shown to be one (by
their name's title, a quote behind them, or a post they hold), never every member of the body; nothing when no
member is shown so ("Which nurse ..." of a board whose papers name no nurse was answered with every member).
Three invented councils' member lists, each written in its own style for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

ALDER = Entity("body", "Alderwick Youth Violence Board", subtype="Board", area="Alderwick")
CORRAN = Entity("body", "Corran Safer Communities Group", subtype="Group", area="Corran")
ESKDALE = Entity("body", "Eskby Reducing Harm Partnership", subtype="Partnership", area="Eskby")
HEAD = Entity("post", "Headteacher, Alderwick High School", area="Alderwick")

# a members' table: name, post
ALDER_TEXT = """Alderwick Youth Violence Board: membership

Rowan Featherstone\tHeadteacher, Alderwick High School
Delphine Marchbank\tYouth Justice Service Manager
"""
# minutes, titles before names
CORRAN_TEXT = """Corran Safer Communities Group: minutes

Present: Cllr Hollis Verrall (Corran Council), Insp Wynford Pryce (Corran Police), Tegan Oyelaran (Housing)
"""
# a report's prose
ESK_TEXT = """Eskby Reducing Harm Partnership report

The partnership's members include Ottilie Brisco, a designated safeguarding nurse, and Lachlan Duffy of the
probation service.
"""


def _alder(t: str) -> list[Fact]:
    rowan, delphine = Entity("person", "Rowan Featherstone"), Entity("person", "Delphine Marchbank")
    return [_fact(t, "Alderwick Youth Violence Board", ALDER, "covers_area", Entity("area", "Alderwick")),
            _fact(t, "Rowan Featherstone", rowan, "member_of", ALDER),
            _fact(t, "Delphine Marchbank", delphine, "member_of", ALDER),
            _fact(t, "Rowan Featherstone\tHeadteacher, Alderwick High School", rowan, "holds_post", HEAD)]


def _corran(t: str) -> list[Fact]:
    return [_fact(t, "Corran Safer Communities Group", CORRAN, "covers_area", Entity("area", "Corran")),
            _fact(t, "Cllr Hollis Verrall", Entity("person", "Hollis Verrall"), "member_of", CORRAN),
            _fact(t, "Insp Wynford Pryce", Entity("person", "Wynford Pryce"), "member_of", CORRAN),
            _fact(t, "Tegan Oyelaran", Entity("person", "Tegan Oyelaran"), "member_of", CORRAN)]


def _esk(t: str) -> list[Fact]:
    return [_fact(t, "Eskby Reducing Harm Partnership", ESKDALE, "covers_area", Entity("area", "Eskby")),
            _fact(t, "Ottilie Brisco, a designated safeguarding nurse", Entity("person", "Ottilie Brisco"),
                  "member_of", ESKDALE),
            _fact(t, "Lachlan Duffy of the\nprobation service", Entity("person", "Lachlan Duffy"), "member_of",
                  ESKDALE)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "which-role", [
        paper("alderwick-yvb-membership", ALDER_TEXT, "Alderwick", _alder),
        paper("corran-scg-minutes", CORRAN_TEXT, "Corran", _corran, doc_type="minutes"),
        paper("eskby-rhp-report", ESK_TEXT, "Eskby", _esk),
    ])


def test_a_head_teacher_by_the_post_held(asker):
    assert labels(asker, "Which head teacher sits on the Alderwick Youth Violence Board?") == ["Rowan Featherstone"]


def test_a_councillor_and_an_inspector_by_the_title_the_minutes_write(asker):
    assert labels(asker, "Which councillor is a member of the Corran Safer Communities Group?") == ["Hollis Verrall"]
    assert labels(asker, "Which inspector sits on the Corran Safer Communities Group?") == ["Wynford Pryce"]


def test_a_nurse_by_the_quote_and_none_where_no_member_is_one(asker):
    assert labels(asker, "Which nurse is a member of the Eskby Reducing Harm Partnership?") == ["Ottilie Brisco"]
    assert labels(asker, "Which social worker is a member of the Eskby Reducing Harm Partnership?") == []
    assert labels(asker, "Which teacher sits on the Eskby Reducing Harm Partnership?") == []
