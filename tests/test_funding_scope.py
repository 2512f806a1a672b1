"""Funding of one area or one body: a national graph is not drawn on one page. Beyond a size the whole-graph
page lists the areas (each a link to its own page), its drawings and tables ask for a scope, and pages are
kept per store version, so a write shows at once."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from diagram_support import load_store  # noqa: E402

NATIONAL = """title: National grants
area: England
sources:
  grants: {title: National community safety grants 2023, date: 2023-05-02, publisher: Home Office}
entities:
  - {name: Home Office, kind: body, type: PublicBody}
  - {name: Northvale Commissioner, kind: body, type: PoliceBody, area: Northvale}
  - {name: Southvale Commissioner, kind: body, type: PoliceBody, area: Southvale}
facts:
  - {subject: Home Office, relation: funds, object: Northvale Commissioner, amount: 500000, period: 2023/24,
     source: grants}
  - {subject: Home Office, relation: funds, object: Southvale Commissioner, amount: 300000, period: 2023/24,
     source: grants}
"""
AREA = """title: {area} funding
area: {area}
sources:
  paper: {{title: {area} community safety funding report, date: 2024-06-12, publisher: {area} Council}}
entities:
  - {{name: {area} Commissioner, kind: body, type: PoliceBody}}
  - {{name: {area} CSP, kind: body, type: Partnership}}
  - {{name: {area} Night Marshals Project, kind: initiative}}
  - {{name: {area} Youth Diversion Project, kind: initiative}}
facts:
  - {{subject: {area} Commissioner, relation: funds, object: {area} CSP, amount: {amount}, period: 2023/24,
     source: paper}}
  - {{subject: {area} CSP, relation: funds, object: {area} Night Marshals Project, amount: 15000, period: 2023/24,
     source: paper}}
  - {{subject: {area} Commissioner, relation: funds, object: {area} Youth Diversion Project, source: paper}}
"""


@pytest.fixture
def two_areas(tmp_path: Path):
    folder = tmp_path / "reg"
    folder.mkdir()
    (folder / "national.yaml").write_text(NATIONAL, encoding="utf-8")
    (folder / "north.yaml").write_text(AREA.format(area="Northvale", amount=120000), encoding="utf-8")
    (folder / "south.yaml").write_text(AREA.format(area="Southvale", amount=80000), encoding="utf-8")
    store = load_store(tmp_path / "store", folder)
    yield store
    store.close()


def _pairs(periods) -> set[tuple[str, str]]:
    return {(a.funder_label, a.recipient_label) for p in periods for a in p.allocations + p.unpriced}


def test_an_area_funding_is_what_its_bodies_give_and_receive_counted_once(two_areas) -> None:
    from govkg.graph.funding import flows, funding_parties

    north = flows(two_areas, parties=funding_parties(two_areas, area="Northvale"))
    assert _pairs(north) == {("Home Office", "Northvale Commissioner"), ("Northvale Commissioner", "Northvale CSP"),
                             ("Northvale CSP", "Northvale Night Marshals Project"),
                             ("Northvale Commissioner", "Northvale Youth Diversion Project")}
    [year] = [p for p in north if p.period == "2023/24"]
    assert year.new_money == Decimal(500000)  # the Home Office's grant, re-granted down the chain, once
    assert year.regranted == Decimal(120000 + 15000)
    assert _pairs(flows(two_areas)) == _pairs(north) | _pairs(flows(two_areas, parties=funding_parties(
        two_areas, area="Southvale")))


def test_a_body_funding_is_its_money_in_and_out(two_areas) -> None:
    from govkg.graph.funding import flows, funding_parties
    from govkg.graph.scope import ScopeError

    south = flows(two_areas, parties=funding_parties(two_areas, funder="Southvale Commissioner"))
    assert _pairs(south) == {("Home Office", "Southvale Commissioner"), ("Southvale Commissioner", "Southvale CSP"),
                             ("Southvale Commissioner", "Southvale Youth Diversion Project")}
    with pytest.raises(ScopeError, match="Nowhere"):
        funding_parties(two_areas, area="Nowhere")


@pytest.fixture
def client(two_areas):
    from govkg.server import create_app

    return create_app(two_areas, {"QUERY_WORKERS": 0}).test_client()


def test_a_large_graph_lists_its_areas_and_asks_for_a_scope(client, monkeypatch) -> None:
    import govkg.server.diagrams as pages

    monkeypatch.setattr(pages, "WHOLE_FUNDING", 3)
    page = client.get("/funding")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert 'href="/funding?area=Northvale"' in html and 'href="/funding?area=Southvale"' in html
    assert "Northvale CSP" not in html  # no allocation is drawn or listed for the whole graph
    data = client.get("/funding.json").get_json()
    areas = {a["area"]: a for a in data["areas"]}
    # the commissioner and the CSP give; the commissioner, the CSP and the project receive
    assert areas["Northvale"]["gives"] == 2 and areas["Northvale"]["receives"] == 3
    assert data["allocations"] == 6
    for suffix in ("svg", "png", "csv"):
        refused = client.get(f"/funding.{suffix}")
        assert refused.status_code == 400 and "?area=" in refused.get_data(as_text=True)
    scoped = client.get("/funding?area=Northvale").get_data(as_text=True)
    assert "Northvale CSP" in scoped and "Southvale CSP" not in scoped and "Home Office" in scoped
    rows = client.get("/funding.csv?area=Northvale").get_data(as_text=True)
    assert "Northvale CSP" in rows and "Southvale" not in rows
    assert {a["recipient_label"] for p in client.get("/funding.json?funder=Southvale CSP").get_json()["periods"]
            for a in p["allocations"]} == {"Southvale CSP", "Southvale Night Marshals Project"}
    assert client.get("/funding?area=Northvale&funder=Home Office").status_code == 400
    monkeypatch.setattr("govkg.graph.funding.MAX_SCOPED", 2)
    too_wide = client.get("/funding.csv?area=Southvale")
    assert too_wide.status_code == 400 and "smaller area" in too_wide.get_data(as_text=True)


def test_a_page_is_read_again_after_a_write(client, two_areas, tmp_path: Path) -> None:
    from govkg.pipeline import load_paths

    assert "Westvale Commissioner" not in client.get("/funding?funder=Home Office").get_data(as_text=True)
    folder = tmp_path / "later"
    folder.mkdir()
    later = NATIONAL.replace("Northvale", "Westvale").replace("Southvale", "Eastvale").replace("2023", "2024")
    (folder / "later.yaml").write_text(later, encoding="utf-8")
    assert load_paths(two_areas, [folder]).ok
    assert "Westvale Commissioner" in client.get("/funding?funder=Home Office").get_data(as_text=True)


def test_the_cache_keeps_a_result_per_store_version_and_nothing_for_other_stores() -> None:
    from govkg.graph.cache import cached
    from govkg.graph.store import LocalStore

    store = LocalStore(None)
    calls: list[int] = []
    assert cached(store, "k", lambda: calls.append(1) or len(calls)) == 1
    assert cached(store, "k", lambda: calls.append(1) or len(calls)) == 1
    store.update("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")
    assert cached(store, "k", lambda: calls.append(1) or len(calls)) == 2

    class Elsewhere:  # a store other processes may write (a remote backend): never kept
        pass

    other = Elsewhere()
    assert [cached(other, "k", lambda: calls.append(1) or len(calls)) for _ in range(2)] == [3, 4]
