"""A grid of questions asking which post a person took up (issue 11): "Which post did Nell Ashdown take up in
March 2024?", "What role has Kofi Brennan-Lowe taken on?", "Which position did she assume?".

"Take up" is also what a body does to a policy or a toolkit (it adopts it), and the question was read so: the
person was asked what they had adopted, and nothing was answered though the graph records the post. The kind
asked for first ("which post", "what role", "which position") says a post is meant. Three invented councils'
papers (an annual report, minutes, a web page), each naming officers and the posts they took up, and a board that
took up a toolkit, so that the adopting reading still answers where a post is not asked for. Papers, places and
people written for this test.

Dimensions varied: the noun asked for (post, role, position, job); the verb (take up, took up, taken up, take on,
assume, start); the auxiliary (did, has, was); a date after the verb; lower case, no question mark; neighbours
that keep their reading (what a board took up, which post a person holds, what a person was appointed as) or stay
refused (a person the graph does not hold)."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, assert_grid_answer, paper

from govkg.graph.model import Entity, Fact

# -- Cinderford Vale: an annual report
C_LEAD = Entity("post", "Domestic Abuse Coordinator, Cinderford Vale District Council", area="Cinderford Vale")
C_MANAGER = Entity("post", "Community Safety Manager, Cinderford Vale District Council", area="Cinderford Vale")
C_BOARD = Entity("body", "Cinderford Vale Domestic Abuse Board", subtype="Board", area="Cinderford Vale")
C_TOOLKIT = Entity("publication", "Safe Spaces Toolkit", area="Cinderford Vale")
NELL = Entity("person", "Nell Ashdown")
KOFI = Entity("person", "Kofi Brennan-Lowe")

C_TEXT = """Cinderford Vale Domestic Abuse Board: annual report 2024

Nell Ashdown took up the post of Domestic Abuse Coordinator at Cinderford Vale District Council in March 2024.
Kofi Brennan-Lowe, who became the Council's Community Safety Manager last year, now chairs the Board's tasking
meetings. The Board took up the Safe Spaces Toolkit in June 2024.
"""


def _cinderford(t: str) -> list[Fact]:
    return [
        _fact(t, "Nell Ashdown took up the post of Domestic Abuse Coordinator", NELL, "holds_post", C_LEAD),
        _fact(t, "Kofi Brennan-Lowe, who became the Council's Community Safety Manager", KOFI, "holds_post",
              C_MANAGER),
        _fact(t, "The Board took up the Safe Spaces Toolkit", C_BOARD, "other", C_TOOLKIT, note="adopted"),
    ]


# -- Pellworth: minutes
P_INSPECTOR = Entity("post", "Neighbourhood Inspector for Pellworth", area="Pellworth")
P_OFFICER = Entity("post", "Prevent Officer, Pellworth Borough Council", area="Pellworth")
P_CSP = Entity("body", "Pellworth Community Safety Partnership", subtype="Partnership", area="Pellworth")
DARIA = Entity("person", "Inspector Daria Vossberg", aliases=("Daria Vossberg",))
EWAN = Entity("person", "Ewan Tregothnan")

P_TEXT = """Pellworth Community Safety Partnership
Minutes of the meeting held on 16 January 2024

1. The Chair welcomed Inspector Daria Vossberg, who has taken up the role of Neighbourhood Inspector for
Pellworth, and Ewan Tregothnan, who started as the Council's Prevent Officer in December.
"""


def _pellworth(t: str) -> list[Fact]:
    return [
        _fact(t, "Inspector Daria Vossberg, who has taken up the role of Neighbourhood Inspector for\nPellworth",
              DARIA, "holds_post", P_INSPECTOR),
        _fact(t, "Ewan Tregothnan, who started as the Council's Prevent Officer", EWAN, "holds_post", P_OFFICER),
        _fact(t, "Inspector Daria Vossberg", DARIA, "attended", P_CSP),
    ]


# -- Wrenfield: a web page
W_HEAD = Entity("post", "Head of Safer Communities, Wrenfield City Council", area="Wrenfield")
W_CSP = Entity("body", "Safer Wrenfield Partnership", subtype="Partnership", area="Wrenfield")
SAOIRSE = Entity("person", "Saoirse Adebayo-Quinn")

W_TEXT = """About the Safer Wrenfield Partnership

Saoirse Adebayo-Quinn took on the job of Head of Safer Communities at Wrenfield City Council in 2023 and chairs the
partnership.
"""


def _wrenfield(t: str) -> list[Fact]:
    return [
        _fact(t, "Saoirse Adebayo-Quinn took on the job of Head of Safer Communities", SAOIRSE, "holds_post", W_HEAD),
        _fact(t, "Saoirse Adebayo-Quinn took on the job of Head of Safer Communities at Wrenfield City Council in "
              "2023 and chairs the\npartnership", SAOIRSE, "chairs", W_CSP),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "post_taken_up", [
        paper("cinderford-vale-dab-annual-report-2024", C_TEXT, "Cinderford Vale", _cinderford),
        paper("pellworth-csp-minutes-2024-01-16", P_TEXT, "Pellworth", _pellworth, doc_type="minutes"),
        paper("wrenfield-swp-web-2024", W_TEXT, "Wrenfield", _wrenfield, doc_type="web_page"),
    ])


NELL_POST = "Domestic Abuse Coordinator"
# (question, every answer expected, answers that must not be given); no answer expected: nothing may be given
GRID: list[tuple[str, list[str], list[str]]] = [
    ("Which post did Nell Ashdown take up in March 2024?", [NELL_POST], ["Safe Spaces Toolkit"]),
    ("What post did Nell Ashdown take up?", [NELL_POST], ["Safe Spaces Toolkit"]),
    ("Which role did Nell Ashdown take up?", [NELL_POST], []),
    ("which post did nell ashdown take up", [NELL_POST], []),
    ("Which position did Nell Ashdown assume?", [NELL_POST], []),
    ("What role has Kofi Brennan-Lowe taken on?", ["Community Safety Manager"], [NELL_POST]),
    ("Which post did Kofi Brennan-Lowe take up last year?", ["Community Safety Manager"], [NELL_POST]),
    ("Which role has Inspector Daria Vossberg taken up?", ["Neighbourhood Inspector"], []),
    ("What role did Daria Vossberg take up?", ["Neighbourhood Inspector"], ["Prevent Officer"]),
    ("Which post did Ewan Tregothnan start?", ["Prevent Officer"], []),
    ("What job did Saoirse Adebayo-Quinn take on?", ["Head of Safer Communities"], []),
    ("Which position has Saoirse Adebayo-Quinn taken up?", ["Head of Safer Communities"], []),
    ("What post did Saoirse Adebayo-Quinn take on", ["Head of Safer Communities"], ["Safer Wrenfield Partnership"]),
    # neighbours that keep their reading
    ("What did the Cinderford Vale Domestic Abuse Board take up?", ["Safe Spaces Toolkit"], [NELL_POST]),
    ("Which toolkit did the Cinderford Vale Domestic Abuse Board take up?", ["Safe Spaces Toolkit"], []),
    ("What post does Nell Ashdown hold?", [NELL_POST], []),
    ("What role does Ewan Tregothnan hold?", ["Prevent Officer"], []),
    ("What was Kofi Brennan-Lowe appointed as?", ["Community Safety Manager"], []),
    ("Who chairs the Safer Wrenfield Partnership?", ["Saoirse Adebayo-Quinn"], []),
    # a person the graph does not hold: nothing
    ("Which post did Marcus Fennimore-Oyelaran take up in 2024?", [], []),
    ("What role has Ingrid Solberg-Achebe taken on?", [], []),
]


@pytest.mark.parametrize(("question", "expected", "forbidden"), GRID, ids=[q for q, _, _ in GRID])
def test_the_post_a_person_took_up(asker, question, expected, forbidden):
    assert_grid_answer(asker, question, expected, forbidden)
