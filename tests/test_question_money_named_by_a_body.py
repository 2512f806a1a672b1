"""An amount read from a sentence when the question names the money by a body's words ("How much Community
Safety Partnership grant ...", "... from the Safer Streets Board fund"): those words name the money, so the
sentence need not name that body as a party; and the place the question asks about, written as the receiver
("... from the Combined Authority to Eastvale"), is no other receiver. Invented councils (Pollard Vale,
Strand Heath, Kestrelby), papers written for these tests, in three styles: minutes, a decision notice, a news
item."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

P_CSP = Entity("body", "Pollard Vale Community Safety Partnership", subtype="Partnership", area="Pollard Vale")
P_AUTH = Entity("body", "Northmarch Combined Authority", area="Pollard Vale")
S_PCC = Entity("post", "Strand Heath Police and Crime Commissioner", area="Strand Heath")
S_CSP = Entity("body", "Strand Heath Community Safety Partnership", subtype="Partnership", area="Strand Heath")
K_BOARD = Entity("body", "Kestrelby Safer Streets Board", area="Kestrelby")
K_COUNCIL = Entity("body", "Kestrelby Borough Council", subtype="Council", area="Kestrelby")

P_TEXT = """Pollard Vale Community Safety Partnership minutes

3. The Deputy Mayor said the Northmarch Combined Authority will pay a Community Safety Partnership grant of
\u00a3131,700 to Pollard Vale for 2024/25.
"""
S_TEXT = """Strand Heath Police and Crime Commissioner: decision notice 21/2024

The Commissioner approves a Community Safety Partnership grant of \u00a357,900 for 2024/25 to Strand Heath.
"""
K_TEXT = """Kestrelby news: money for safer streets

Kestrelby Borough Council has put \u00a324,000 of Safer Streets Board fund money into new lighting for 2024/25.
"""


def _p(t: str) -> list[Fact]:
    return [_fact(t, "Northmarch Combined Authority", P_AUTH, "covers_area", Entity("area", "Pollard Vale")),
            _fact(t, "Pollard Vale Community Safety Partnership minutes", P_CSP, "covers_area",
                  Entity("area", "Pollard Vale"))]


def _s(t: str) -> list[Fact]:
    return [_fact(t, "Strand Heath Police and Crime Commissioner", S_PCC, "covers_area",
                  Entity("area", "Strand Heath")),
            _fact(t, "Strand Heath Police and Crime Commissioner: decision notice", S_CSP, "covers_area",
                  Entity("area", "Strand Heath"))]


def _k(t: str) -> list[Fact]:
    return [_fact(t, "Kestrelby Borough Council", K_COUNCIL, "covers_area", Entity("area", "Kestrelby")),
            _fact(t, "Kestrelby news: money for safer streets", K_BOARD, "covers_area", Entity("area", "Kestrelby"))]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "money-named", [
        paper("pollard-vale-csp-minutes-2024", P_TEXT, "Pollard Vale", _p, doc_type="minutes"),
        paper("strand-heath-pcc-decision-2024", S_TEXT, "Strand Heath", _s, doc_type="decision"),
        paper("kestrelby-news-2024", K_TEXT, "Kestrelby", _k, doc_type="news"),
    ])


def test_the_partnerships_grant_to_the_place_asked(asker):
    result = asker.ask("How much Community Safety Partnership grant did the Northmarch Combined Authority give"
                       " Pollard Vale for 2024/25?")
    assert [a.label for a in result.answers] == ["\u00a3131,700"]
    assert "read from" in (result.answers[0].note or "")


def test_the_grant_named_by_the_partnership_in_a_decision(asker):
    assert labels(asker, "How much Community Safety Partnership grant did the Strand Heath Police and Crime"
                  " Commissioner give Strand Heath for 2024/25?") == ["\u00a357,900"]


def test_the_fund_named_by_a_board_in_a_news_item(asker):
    assert labels(asker, "How much Safer Streets Board fund money did Kestrelby Borough Council put into new"
                  " lighting in 2024/25?") == ["\u00a324,000"]
