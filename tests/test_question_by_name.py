"""A person asked for by name ("Who chairs X, by name?", "What is the name of the chair of X?") is never answered
with a post: the post's holder at the time when the graph records one, else nothing, with the post said in the
reading; and a chair post whose holder is an answer too is said through the holder alone (two co-chairs are two
answers). Invented councils (Harrowgate Vale, Kettlemoor, Quarrendon, Yarrowby) and papers written for these
tests, in four layouts: terms of reference, minutes, an annual report, a cabinet report."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

H_PANEL = Entity("body", "Harrowgate Vale Channel Panel", subtype="Panel", area="Harrowgate Vale")
H_POST = Entity("post", "Director of Children's Services, Harrowgate Vale Council", area="Harrowgate Vale")
K_BOARD = Entity("body", "Kettlemoor Combating Drugs Board", subtype="Board", area="Kettlemoor")
K_POST = Entity("post", "Director of Public Health, Kettlemoor Council", area="Kettlemoor")
K_PERSON = Entity("person", "Rosalind Ashcombe")
Q_CSP = Entity("body", "Safer Quarrendon Partnership", subtype="Partnership", area="Quarrendon")
Q_PERSON = Entity("person", "Barnabas Whitlock")
Y_CSP = Entity("body", "Yarrowby Community Safety Partnership", subtype="Partnership", area="Yarrowby")
Y_MEMBER = Entity("post", "Cabinet Member for Communities, Yarrowby District Council", area="Yarrowby")
Y_COMMANDER = Entity("post", "District Commander, Yarrowby", area="Yarrowby")
Y_CLLR = Entity("person", "Imelda Frane")
Y_SUPT = Entity("person", "Osric Bale")

H_TEXT = """Harrowgate Vale Channel Panel: terms of reference

3. Chair. The Panel is chaired by the Director of Children's Services, Harrowgate Vale Council.
"""
K_TEXT = """Kettlemoor Combating Drugs Board minutes

Present: Rosalind Ashcombe, Director of Public Health, Kettlemoor Council (Chair).
1. The Board is chaired by the Director of Public Health, Kettlemoor Council.
"""
Q_TEXT = """Safer Quarrendon Partnership annual report

The Partnership's vice-chair this year was Barnabas Whitlock of the county fire service.
"""

# a cabinet report: the co-chairs by their posts, each post's holder named in the attendance list
Y_TEXT = """Yarrowby District Council Cabinet: community safety partnership review

2.1 The Partnership is co-chaired by the Cabinet Member for Communities and the District Commander.
Present: Cllr Imelda Frane (Cabinet Member for Communities), Supt Osric Bale (District Commander).
"""


def _y(t: str) -> list[Fact]:
    return [_fact(t, "co-chaired by the Cabinet Member for Communities", Y_MEMBER, "chairs", Y_CSP),
            _fact(t, "and the District Commander.", Y_COMMANDER, "chairs", Y_CSP),
            _fact(t, "co-chaired by the Cabinet Member for Communities", Y_CLLR, "chairs", Y_CSP),
            _fact(t, "and the District Commander.", Y_SUPT, "chairs", Y_CSP),
            _fact(t, "Cllr Imelda Frane (Cabinet Member for Communities)", Y_CLLR, "holds_post", Y_MEMBER),
            _fact(t, "Supt Osric Bale (District Commander)", Y_SUPT, "holds_post", Y_COMMANDER)]


def _h(t: str) -> list[Fact]:
    return [_fact(t, "Director of Children's Services, Harrowgate Vale Council", H_POST, "chairs", H_PANEL)]


def _k(t: str) -> list[Fact]:
    return [_fact(t, "the Director of Public Health, Kettlemoor Council.", K_POST, "chairs", K_BOARD),
            _fact(t, "Rosalind Ashcombe, Director of Public Health, Kettlemoor Council", K_PERSON, "holds_post",
                  K_POST)]


def _q(t: str) -> list[Fact]:
    return [_fact(t, "vice-chair this year was Barnabas Whitlock", Q_PERSON, "vice_chair", Q_CSP)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "by-name", [
        paper("harrowgate-vale-channel-panel-terms-2024", H_TEXT, "Harrowgate Vale", _h),
        paper("kettlemoor-cdb-minutes-2024", K_TEXT, "Kettlemoor", _k, doc_type="minutes"),
        paper("safer-quarrendon-annual-report-2024", Q_TEXT, "Quarrendon", _q),
        paper("yarrowby-cabinet-csp-review-2024", Y_TEXT, "Yarrowby", _y),
    ])


def test_a_post_with_no_holder_is_no_name(asker):
    result = asker.ask("Who chairs the Harrowgate Vale Channel Panel, by name?")
    assert result.answers == []
    assert "only the post" in result.interpretation
    assert "Director of Children's Services" in result.interpretation
    # asked without "by name", the post is the answer the papers give
    assert labels(asker, "Who chairs the Harrowgate Vale Channel Panel?") == [
        "Director of Children's Services, Harrowgate Vale Council"]


def test_a_post_is_said_through_its_holder(asker):
    assert labels(asker, "Who chairs the Kettlemoor Combating Drugs Board by name?") == ["Rosalind Ashcombe"]
    assert labels(asker, "What is the name of the chair of the Kettlemoor Combating Drugs Board?") == [
        "Rosalind Ashcombe"]


def test_a_person_asked_by_name_is_answered_as_before(asker):
    assert labels(asker, "Who is the vice-chair of the Safer Quarrendon Partnership, by name?") == [
        "Barnabas Whitlock"]


def test_co_chairs_are_their_holders_not_their_posts_as_well(asker):
    # two co-chairs are two answers: each post is said through its holder, named beside it
    assert sorted(labels(asker, "Who co-chairs the Yarrowby Community Safety Partnership?")) == [
        "Imelda Frane", "Osric Bale"]
    # a post whose holder the graph records is said through the holder, asked by name or not
    assert labels(asker, "Who chairs the Kettlemoor Combating Drugs Board?") == ["Rosalind Ashcombe"]
