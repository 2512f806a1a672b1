"""A question's own names are what it gives, never its answer, and a body's full name is not a back-reference
to another body with the same last two words. Papers written for these tests, read by the real loader."""

from __future__ import annotations

import pytest

import govkg.api as api

DECISION = """Source: https://www.kestrelshire-pcc.gov.uk/decisions/2024-07

Record of Decision 2024/07: Community Safety Fund

1. INTRODUCTION

1.1 The Commissioner allocates the Community Safety Fund to the district partnerships in Kestrelshire.

1.2 The Kestrelshire Safety Partnership Board (KSPB) brings the district partnerships together with
the county council and the police. It is chaired by the Deputy Commissioner, Rowan Tallis, and agreed the
allocations at its meeting on 3 May 2024.

3. DELIVERY

3.3 The Kestrelshire Stalking Hub is run by the county council and is overseen by the Kestrelshire Stalking Local
Partnership Board, which is accountable to the KSPB.
"""

NEWS = """Source: https://www.harlowmere.gov.uk/news/new-chair-for-safer-harlowmere

New chair for Safer Harlowmere

Published 4 March 2025

The Safer Harlowmere Partnership has two delivery groups: the Harlowmere Youth Harm Group and the Harlowmere
Hate Crime Panel. The Youth Harm Group is chaired by the Head of the Harlowmere Youth Justice Service.

The Harlowmere Safe Streets Partnership is co-chaired by the council's Cabinet Member for Neighbourhoods and the
Harlowmere Police District Commander.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    folder = tmp_path_factory.mktemp("givens")
    (folder / "kestrelshire_pcc_decision_2024.txt").write_text(DECISION, encoding="utf-8")
    (folder / "harlowmere_news_2025.txt").write_text(NEWS, encoding="utf-8")
    with api.open(folder / "store") as g:
        g.load(folder / "kestrelshire_pcc_decision_2024.txt", folder / "harlowmere_news_2025.txt")
        yield g


def test_the_chair_of_another_partnership_board_is_not_the_named_boards(kg):
    # "It is chaired by" follows the Safety Partnership Board, not the Stalking Local Partnership Board
    result = kg.ask("Who chairs the Kestrelshire Stalking Local Partnership Board?")
    assert [a.label for a in result.answers] == []
    assert "Rowan Tallis" in [a.label for a in kg.ask("Who chairs the Kestrelshire Safety Partnership "
                                                      "Board?").answers]


def test_a_body_the_question_names_is_not_its_answer(kg):
    result = kg.ask("Who is the Head of the Harlowmere Youth Justice Service, who chairs the Youth Harm Group?")
    assert not any("Youth Harm Group" in a.label for a in result.answers)


def test_a_post_with_no_holder_is_not_answered_from_the_rest_of_the_question(kg):
    # the partnership's other co-chair is no holder of the commander's post, and the paper names no commander
    result = kg.ask("Who is the Harlowmere Police District Commander who co-chairs the Harlowmere Safe Streets "
                    "Partnership?")
    assert [a.label for a in result.answers] == []
    # (the partnership's co-chairs are still there to be asked for)
    got = [a.label for a in kg.ask("Who chairs the Harlowmere Safe Streets Partnership?").answers]
    assert any("Cabinet Member for Neighbourhoods" in g for g in got)
