"""A decision named by its reference ("in decision GMCA/DM/PCC/2024/017", "the total in TVPCC 2024/031"): the
reference is no name the graph holds, but the paper that writes it is; the rest of the question is asked of that
paper alone, and a total asked is the one it writes (a table's TOTAL row too). A reference no paper writes is
said so; a period ("2025/26") is never read as one. Three invented places' decision papers in three layouts: a
mayoral notice with a grant table and a total row, a commissioner's record of decision whose total is a sentence,
a cabinet member's decision with the reference in its heading.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

# -- Harrowdale: a mayoral notice, "Decision reference:" in a header block, a grant table with a TOTAL row
H_MAYOR = Entity("post", "Harrowdale Deputy Mayor for Policing", area="Harrowdale")
H_SHELTER = Entity("body", "Copperfold Night Shelter", area="Harrowdale")
H_BOXING = Entity("body", "Kilnbrook Boxing Club", area="Harrowdale")
H_TEXT = """HARROWDALE COMBINED AUTHORITY - MAYORAL DECISION NOTICE

Decision reference:   HCA/MD/PC/2025/041
Title:                Violence reduction awards 2025/26

| Recipient | Purpose | Amount |
| Copperfold Night Shelter | Safe beds for young people leaving custody | \u00a344,500 |
| Kilnbrook Boxing Club | Evening mentoring sessions | \u00a318,250 |
| TOTAL | | \u00a362,750 |
"""

# -- Selbourne: a commissioner's record of decision; the number in its first lines, the total in a sentence
S_PCC = Entity("post", "Selbourne Police and Crime Commissioner", area="Selbourne")
S_CSP = Entity("body", "Selbourne Community Safety Partnership", area="Selbourne")
S_TEXT = """Selbourne Police and Crime Commissioner - Record of Decision
Decision No. 058/2025

The Commissioner approves grants to the district partnerships totalling \u00a3203,900 for 2025/26, of which
the Selbourne Community Safety Partnership receives \u00a351,000.
"""

# -- Thornwick: a cabinet member's decision, the reference in its heading after a code
T_COUNCIL = Entity("body", "Thornwick District Council", subtype="Council", area="Thornwick")
T_FORUM = Entity("body", "Thornwick Street Pastors", area="Thornwick")
T_TEXT = """Thornwick District Council: Portfolio Holder decision TDC PH 2025/12 - community safety small grants

The Portfolio Holder agreed a grant of \u00a36,400 to Thornwick Street Pastors for weekend patrols.
"""


def _h(t: str) -> list[Fact]:
    return [
        _fact(t, "| Copperfold Night Shelter | Safe beds for young people leaving custody | \u00a344,500 |", H_MAYOR,
              "funds", H_SHELTER, amount=Decimal("44500"), purpose="Safe beds for young people leaving custody"),
        _fact(t, "| Kilnbrook Boxing Club | Evening mentoring sessions | \u00a318,250 |", H_MAYOR, "funds",
              H_BOXING, amount=Decimal("18250"), purpose="Evening mentoring sessions"),
    ]


def _s(t: str) -> list[Fact]:
    return [_fact(t, "the Selbourne Community Safety Partnership receives \u00a351,000", S_PCC, "funds", S_CSP,
                  amount=Decimal("51000"), period="2025/26")]


def _t(t: str) -> list[Fact]:
    return [_fact(t, "agreed a grant of \u00a36,400 to Thornwick Street Pastors", T_COUNCIL, "funds", T_FORUM,
                  amount=Decimal("6400"), purpose="weekend patrols")]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "decision-references", [
        paper("harrowdale-mayoral-decision-2025-041", H_TEXT, "Harrowdale", _h, doc_type="decision"),
        paper("selbourne-pcc-record-of-decision-058", S_TEXT, "Selbourne", _s, doc_type="decision"),
        paper("thornwick-portfolio-decision-2025-12", T_TEXT, "Thornwick", _t, doc_type="decision"),
    ])


def test_an_award_asked_of_the_decision_by_its_reference(asker):
    assert labels(asker, "How much did Copperfold Night Shelter get under decision HCA/MD/PC/2025/041?") == [
        "\u00a344,500"]


def test_the_total_row_of_the_decision_named(asker):
    assert labels(asker, "What was the total awarded in HCA/MD/PC/2025/041?") == ["\u00a362,750"]


def test_a_total_sentence_of_a_record_named_by_its_number(asker):
    assert labels(asker, "What total did the Commissioner approve in decision 058/2025?") == ["\u00a3203,900"]


def test_a_reference_after_a_council_code(asker):
    assert labels(asker, "How much went to Thornwick Street Pastors in TDC PH 2025/12?") == ["\u00a36,400"]


def test_a_reference_no_paper_writes_answers_nothing(asker):
    r = asker.ask("How much did Copperfold Night Shelter get under decision HCA/MD/PC/2025/099?")
    assert [a.label for a in r.answers] == []
    assert "HCA/MD/PC/2025/099" in r.interpretation


def test_the_answer_comes_only_from_the_paper_named(asker):
    # the Selbourne partnership's grant is in Selbourne's record, not in the Harrowdale notice
    assert labels(asker, "How much did the Selbourne Community Safety Partnership get in HCA/MD/PC/2025/041?") == []


def test_a_period_is_no_reference(asker):
    # "2025/26" is a year: the question is asked as it is, and answered from the Selbourne record
    assert labels(asker, "How much did the Selbourne Community Safety Partnership receive for 2025/26?") == [
        "\u00a351,000"]
