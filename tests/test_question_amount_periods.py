"""An amount asked for a year where the paper writes more than one year: the amount is the year's that the
sentence ties it to (the year written nearest before it, else after it), or in a table's row the year of the
column it stands under. A sum of one year is never the answer for another. Invented council (Marlowvale),
papers and sums written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

PCC = Entity("post", "Marlowvale Police and Crime Commissioner", area="Marlowvale")
YJS = Entity("body", "Marlowvale Youth Justice Service", subtype="Service", area="Marlowvale")
COUNCIL = Entity("body", "Marlowvale Borough Council", subtype="Council", area="Marlowvale")
TRUST = Entity("body", "Marlowvale Health Trust", subtype="Trust", area="Marlowvale")
BOARD = Entity("body", "Marlowvale Youth Justice Management Board", subtype="Board", area="Marlowvale")
HOMES = Entity("body", "Marlowvale Homes Trust", subtype="Trust", area="Marlowvale")

TEXT = """Marlowvale Youth Justice Plan: resources

The Marlowvale Police and Crime Commissioner grant to the Marlowvale Youth Justice Service for 2025/26 is
£44,800, an increase on the 2024/25 grant.

The Marlowvale Youth Justice Management Board oversees the Marlowvale Youth Justice Service.

Partnership budget of the service
Funder                                     2024/25          2025/26
Marlowvale Borough Council                 -                £903,000

Contributions in kind
| Partner (2025/26) | Value |
|---|---|
| Marlowvale Health Trust | £27,600 |

7.3 Pooled fund 2025-26

 Partner                            | Cash        | In kind
------------------------------------+-------------+------------
 Marlowvale Homes Trust             | £12,450     | 1 tenancy officer
"""


def _facts(t: str) -> list[Fact]:
    return [_fact(t, "The Marlowvale Police and Crime Commissioner grant to the Marlowvale Youth Justice Service", PCC,
                  "funds", YJS),
            _fact(t, "The Marlowvale Youth Justice Management Board oversees", BOARD, "oversees", YJS),
            _fact(t, "Marlowvale Borough Council", COUNCIL, "member_of", BOARD),
            _fact(t, "Marlowvale Health Trust", TRUST, "member_of", BOARD),
            _fact(t, "Marlowvale Homes Trust", HOMES, "member_of", BOARD)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "amount-periods", [
        paper("marlowvale-youth-justice-plan-resources-2025", TEXT, "Marlowvale", _facts)])


def test_a_sentence_s_amount_is_of_the_year_written_beside_it(asker):
    asked = ("How much did the Marlowvale Police and Crime Commissioner grant the Marlowvale Youth Justice Service"
             " in {}?")
    assert labels(asker, asked.format("2025/26")) == ["£44,800"]
    # the other year the sentence writes is the one it compares with, not the one of the sum
    assert labels(asker, asked.format("2024/25")) == []


def test_a_table_row_s_amount_is_of_its_column_s_year(asker):
    asked = "How much did Marlowvale Borough Council contribute in {}?"
    assert labels(asker, asked.format("2025/26")) == ["£903,000"]
    # the row writes nothing under the other year's heading
    assert labels(asker, asked.format("2024/25")) == []


def test_a_pipe_table_row_is_of_its_header_s_year(asker):
    # the row writes no year, its header one: the row is of that year, not of any year asked
    asked = "How much did the Marlowvale Health Trust contribute in {}?"
    assert labels(asker, asked.format("2025/26")) == ["£27,600"]
    assert labels(asker, asked.format("2024/25")) == []


def test_a_ruled_table_row_is_of_the_year_its_heading_writes(asker):
    # the row and the header write no year; the rule under the header is the table's own line, so the heading
    # above it ("Pooled fund 2025-26") gives the row its year, and no other year (nor the paper's date) does
    asked = "How much did the Marlowvale Homes Trust contribute in {}?"
    assert labels(asker, asked.format("2025/26")) == ["£12,450"]
    assert labels(asker, asked.format("2024/25")) == []
