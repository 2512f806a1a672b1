"""A clause after a whole name ("the Brightwater Mentoring Programme funded by the Commissioner") describes
that name; it chooses nothing. Invented councils and papers written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, paper

from govkg.graph.model import Entity

PROGRAMME = Entity("initiative", "Brightwater Mentoring Programme", area="Brightwater")
COMMISSIONER = Entity("post", "Brightwater Police and Crime Commissioner", area="Brightwater")
CHARITY = Entity("body", "Lanternfield Trust", subtype="Charity", area="Brightwater")
OTHER = Entity("post", "Coldharbour Police and Crime Commissioner", area="Coldharbour")

TEXT = """Brightwater Police and Crime Commissioner: decision on mentoring grants, 2024

1. The Commissioner will pay for a second year of the Brightwater Mentoring Programme.

2. The Lanternfield Trust delivers the Brightwater Mentoring Programme in schools across the county.
"""
OTHER_TEXT = """Coldharbour Police and Crime Commissioner: grants, 2024

1. The Coldharbour Police and Crime Commissioner agreed three small grants for youth clubs.
"""



@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "named-clauses", [
        paper("brightwater-pcc-mentoring-2024", TEXT, "Brightwater", lambda t: [
            _fact(t, "Brightwater Police and Crime Commissioner: decision", COMMISSIONER, "covers_area",
                  Entity("area", "Brightwater")),
            _fact(t, "Lanternfield Trust delivers the Brightwater Mentoring Programme", CHARITY, "delivers", PROGRAMME),
        ], date=dt.date(2024, 2, 1), doc_type="decision"),
        paper("coldharbour-pcc-grants-2024", OTHER_TEXT, "Coldharbour", lambda o: [
            _fact(o, "Coldharbour Police and Crime Commissioner agreed", OTHER, "covers_area",
                  Entity("area", "Coldharbour")),
        ], date=dt.date(2024, 2, 1), doc_type="decision"),
    ])


def test_a_clause_after_a_whole_name_describes_it(asker):
    result = asker.ask("Who delivers the Brightwater Mentoring Programme funded by the Brightwater Police and "
                       "Crime Commissioner?")
    assert [a.label for a in result.answers] == ["Lanternfield Trust"]
    assert "Brightwater Mentoring Programme" in result.interpretation


def test_a_clause_naming_what_no_paper_of_the_name_names_is_not_dropped(asker):
    # no paper names both the programme and Coldharbour's Commissioner: the clause is not the programme's
    assert [a.label for a in asker.ask("Who delivers the Brightwater Mentoring Programme funded by the "
                                       "Coldharbour Police and Crime Commissioner?").answers] == []
