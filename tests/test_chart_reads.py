"""A chart or an area report reads its own part of a national graph: not every body that a funder above the area
also funds, not every council's lines to a shared topic, not the quote of every restatement of an edge. What
it shows stays complete: each edge counts all its statements and documents and shows the latest ones."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from diagram_support import load_store  # noqa: E402

from builders import make_doc  # noqa: E402
from govkg.graph.model import Entity  # noqa: E402

YEARS = range(2015, 2022)  # a chair restated in the minutes of each year
REGISTER = """title: Two areas under one funder
area: Testshire
sources:
  t2016: {title: Testshire board minutes 2016, date: 2016-03-01, publisher: Testshire County Council}
  t2020: {title: Testshire board minutes 2020, date: 2020-03-01, publisher: Testshire County Council}
  o2023: {title: Otherland partnership report, date: 2023-06-01, publisher: Otherland District Council}
entities:
  - {name: Testshire Safer Board, kind: body, type: Board}
  - {name: Testshire Partnership, kind: body, type: Partnership}
  - {name: Otherland Partnership, kind: body, type: Partnership, area: Otherland}
  - {name: Otherland Youth Group, kind: body, type: Group, area: Otherland}
  - {name: Wide Region Commissioner, kind: body, type: PoliceBody, area: Wide Region}
  - {name: Robin Example, kind: person}
  - {name: Sam Other, kind: person}
facts:
  - {subject: Testshire Partnership, relation: reports_to, object: Testshire Safer Board, source: t2020}
  - {subject: Wide Region Commissioner, relation: funds, object: Testshire Partnership, source: t2020}
  - {subject: Wide Region Commissioner, relation: funds, object: Otherland Partnership, source: o2023}
  - {subject: Otherland Youth Group, relation: reports_to, object: Otherland Partnership, source: o2023}
  - {subject: Sam Other, relation: chairs, object: Otherland Partnership, source: o2023}
  - {subject: Hate Crime, relation: priority_of, object: Testshire Safer Board, source: t2016}
  - {subject: Hate Crime, relation: priority_of, object: Otherland Partnership, source: o2023}
  - {subject: Modern Slavery, relation: priority_of, object: Testshire Safer Board, source: t2016}
  - {subject: Otherland Partnership, relation: oversees, object: Modern Slavery, source: o2023}
"""
BOARD = "https://w3id.org/govkg/id/body/testshire-safer-board"
ROBIN = "https://w3id.org/govkg/id/person/robin-example"


@pytest.fixture(scope="module")
def two_areas(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("two-areas")
    (folder / "reg").mkdir()
    (folder / "reg" / "two.yaml").write_text(REGISTER, encoding="utf-8")
    store = load_store(folder / "store", folder / "reg")
    board = Entity("body", "Testshire Safer Board", subtype="Board")
    for y in YEARS:
        text = f"Minutes of the Testshire Safer Board, {y}. Robin Example chaired the meeting."
        doc = make_doc(text, [(Entity("person", "Robin Example"), "chairs", board, "Robin Example chaired")],
                       key=f"testshire-board-{y}", date=dt.date(y, 3, 1))
        doc.title = f"Testshire board minutes {y}"
        store.load_document(doc)
    yield store
    store.close()


def test_a_chart_reads_neither_the_bodies_its_funder_also_funds_nor_their_lines(two_areas) -> None:
    from govkg.graph.scope import Scope, reach

    around = reach(two_areas, Scope(area="Testshire"))
    assert "https://w3id.org/govkg/id/body/wide-region-commissioner" in around  # one level above the area
    assert not {n for n in around if "otherland" in n}  # not what that funder funds elsewhere, nor its chair


def test_a_scoped_chart_is_the_one_cut_from_the_whole_graph(two_areas) -> None:
    from govkg.graph.network import load_graph
    from govkg.graph.scope import Scope, governance_graph, scoped_graph

    for scope in (Scope(area="Testshire"), Scope(body="Testshire Safer Board", depth=1), Scope(area="Otherland")):
        cut = scoped_graph(load_graph(two_areas), scope)
        scoped = governance_graph(two_areas, scope)
        assert sorted(scoped.edges(keys=True)) == sorted(cut.edges(keys=True))
        for s, o, k in cut.edges(keys=True):
            assert scoped.edges[s, o, k]["evidence"] == cut.edges[s, o, k]["evidence"]


def test_an_edge_shows_its_latest_statements_and_counts_them_all(two_areas) -> None:
    from govkg.graph.diagram import diagram_data, source_count
    from govkg.graph.network import SHOWN_EVIDENCE
    from govkg.graph.scope import Scope, governance_graph

    g = governance_graph(two_areas, Scope(area="Testshire", people=True))
    chair = g.edges[ROBIN, BOARD, "chairs"]
    assert chair["statements"] == len(YEARS) > SHOWN_EVIDENCE
    assert len(chair["documents"]) == len(YEARS)
    assert [e.as_of[:4] for e in chair["evidence"]] == [str(y) for y in sorted(YEARS, reverse=True)][:SHOWN_EVIDENCE]
    assert all(e.quote and e.title for e in chair["evidence"])
    # every document behind a drawn line (the minutes and the register), not only the ones shown
    assert source_count(g) == len(YEARS) + 1
    edge = next(e for e in diagram_data(g, {})["edges"] if e["relation"] == "chairs")
    assert edge["statements"] == len(YEARS) and len(edge["evidence"]) == SHOWN_EVIDENCE
    # as of a date, only what was stated by then counts
    then = governance_graph(two_areas, Scope(area="Testshire", people=True, as_of=dt.date(2017, 12, 31)))
    assert then.edges[ROBIN, BOARD, "chairs"]["statements"] == 3
    assert then.edges[ROBIN, BOARD, "chairs"]["as_of"] == "2017-03-01"


def test_an_area_report_cites_the_area_own_papers_for_a_topic_and_counts_an_owner_anywhere(two_areas) -> None:
    from govkg.graph.health import governance_health

    data = governance_health(two_areas, area="Testshire")
    unowned = {f["label"]: f for c in data["checks"] for f in c["findings"] if c["key"] == "unowned_topics"}
    assert set(unowned) == {"Hate Crime"}  # Modern Slavery has an owner, in Otherland
    # Otherland's later paper also names it a priority, but a Testshire report quotes Testshire's
    assert [e["as_of"] for e in unowned["Hate Crime"]["evidence"]] == ["2016-03-01"]
    assert "Testshire" in unowned["Hate Crime"]["evidence"][0]["citation"]


def test_an_area_report_is_the_same_with_every_statement_read(two_areas, default_store, monkeypatch) -> None:
    import govkg.graph.network as network
    from govkg.graph.health import governance_health

    cases = [(two_areas, "Testshire"), (two_areas, "Otherland"), (default_store, "Worcestershire"),
             (default_store, "Redditch")]
    shown = [governance_health(store, area) for store, area in cases]
    monkeypatch.setattr(network, "SHOWN_EVIDENCE", 10_000)
    assert [governance_health(store, area) for store, area in cases] == shown
