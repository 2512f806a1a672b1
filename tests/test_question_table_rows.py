"""A table set out in columns (tabs, or runs of spaces) is read row by row, never as one sentence of all its
cells; and a row that writes no year of its own is of the year its table's header or lead-in writes, not of its
paper's date ("Grant 2024/25" over the rows of a decision taken in April 2024 answers nothing for 2023/24).
Three invented councils, each table laid out in its own way, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact
from govkg.questions.roles import paper_passages

COMMISSIONER = Entity("post", "Harlow Vale Police and Crime Commissioner", area="Harlow Vale")
BRAMLEY = Entity("body", "Bramley Community Safety Partnership", subtype="Partnership", area="Bramley")
OSSETT = Entity("body", "Ossington Safer Neighbourhoods Partnership", subtype="Partnership", area="Ossington")
TARN = Entity("body", "Tarnside Community Safety Partnership", subtype="Partnership", area="Tarnside")

# a decision notice: the year in the header of a tab-separated table
GRANTS_TEXT = """Harlow Vale Police and Crime Commissioner: decision notice, community safety grants

1.1 The Commissioner approves the following grants to the county's partnerships.

Partnership\tGrant 2024/25
Bramley Community Safety Partnership\t£61,500
Ossington Safer Neighbourhoods Partnership\t£47,250
"""
# a council report: the year in the lead-in sentence, the columns set out with spaces
TARN_TEXT = """Tarnside Council cabinet report: partnership funding

4.2 The Tarnside Community Safety Partnership is funded for 2025/26 as follows:

Source of funding                     Amount
Tarnside Community Safety Partnership    £38,900
"""


def _grants(t: str) -> list[Fact]:
    return [_fact(t, "Harlow Vale Police and Crime Commissioner", COMMISSIONER, "covers_area",
                  Entity("area", "Harlow Vale")),
            _fact(t, "Bramley Community Safety Partnership", BRAMLEY, "covers_area", Entity("area", "Bramley")),
            _fact(t, "Ossington Safer Neighbourhoods Partnership", OSSETT, "covers_area",
                  Entity("area", "Ossington"))]


def _tarn(t: str) -> list[Fact]:
    return [_fact(t, "Tarnside Community Safety Partnership", TARN, "covers_area", Entity("area", "Tarnside"))]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "table-rows", [
        paper("harlow-vale-pcc-decision-grants", GRANTS_TEXT, "Harlow Vale", _grants, doc_type="decision",
              date=dt.date(2024, 4, 10)),
        paper("tarnside-cabinet-report-funding", TARN_TEXT, "Tarnside", _tarn, date=dt.date(2025, 3, 2)),
    ])


def test_each_row_of_a_tabbed_table_is_a_passage_of_its_own(asker):
    docs = asker.state.papers_naming(BRAMLEY.iri)
    written = [w for doc in docs for _, w, _ in paper_passages(asker, doc)]
    rows = [w for w in written if "£" in w]
    # two rows, two passages: no passage writes both partnerships' amounts
    assert len(rows) == 2 and all(w.count("£") == 1 for w in rows)


def test_a_row_is_of_the_year_its_tables_header_writes(asker):
    assert labels(asker, "How much did the Bramley Community Safety Partnership get in 2024/25?") == ["£61,500"]
    # a decision of April 2024 is not of 2023/24 because its date falls in that year's last days
    assert labels(asker, "How much did the Bramley Community Safety Partnership get in 2023/24?") == []


def test_a_row_under_a_space_set_table_is_of_the_year_its_lead_in_writes(asker):
    assert labels(asker, "How much does the Tarnside Community Safety Partnership get in 2024/25?") == []
    assert labels(asker, "How much does the Tarnside Community Safety Partnership get in 2025/26?") == ["£38,900"]
