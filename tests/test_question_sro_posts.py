"""A Senior Responsible Owner the papers name as a post ("Its Senior Responsible Owner is the Director of Public
Health"), as a chair named as a post is read; never another council's. Invented councils, papers written for
these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

HARN_CDP = Entity("body", "Harnwick Combating Drugs Partnership", subtype="Partnership", area="Harnwick")
HARN_DPH = Entity("post", "Director of Public Health, Harnwick Council", area="Harnwick",
                  aliases=("Director of Public Health",))
LOW_CDP = Entity("body", "Lowmere Combating Drugs Partnership", subtype="Partnership", area="Lowmere")
LOW_DPH = Entity("post", "Director of Public Health, Lowmere Council", area="Lowmere",
                 aliases=("Director of Public Health",))

HARN_TEXT = """Harnwick Combating Drugs Partnership: terms of reference

1. The Harnwick Combating Drugs Partnership was set up in 2023. Its Senior Responsible Owner is the Director of
Public Health. The partnership meets quarterly.
"""
LOW_TEXT = """Lowmere Combating Drugs Partnership: terms of reference

1. The Lowmere Combating Drugs Partnership was set up in 2023, and the Director of Public Health sits on it.
"""


def _harn(t: str) -> list[Fact]:
    return [_fact(t, "Director of\nPublic Health", HARN_DPH, "member_of", HARN_CDP)]


def _low(t: str) -> list[Fact]:
    return [_fact(t, "the Director of Public Health sits on it", LOW_DPH, "member_of", LOW_CDP)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "sro-posts", [
        paper("harnwick-cdp-terms-2024", HARN_TEXT, "Harnwick", _harn),
        paper("lowmere-cdp-terms-2024", LOW_TEXT, "Lowmere", _low),
    ])


def test_a_senior_responsible_owner_named_as_a_post(asker):
    result = asker.ask("Who is the Senior Responsible Owner of the Harnwick CDP?")
    assert [a.label for a in result.answers] in (["Director of Public Health"],
                                                 ["Director of Public Health, Harnwick Council"])
    assert "Senior Responsible Owner is" in (result.answers[0].evidence[0].quote or "")


def test_never_another_council_s_post(asker):
    assert labels(asker, "Who is the Senior Responsible Owner of the Lowmere Combating Drugs Partnership?") == []
