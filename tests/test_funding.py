"""Funding flows: totals per period counted once down a re-granting chain, repeated statements merged."""

from __future__ import annotations

import csv
import io
import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from diagram_support import DATA, layout_problems, load_store  # noqa: E402


@pytest.fixture(scope="module")
def register_store(tmp_path_factory: pytest.TempPathFactory):
    store = load_store(tmp_path_factory.mktemp("funding") / "store", DATA / "register")
    yield store
    store.close()


def _period(store, name: str, as_of=None):
    from govkg.graph.funding import flows

    return next(p for p in flows(store, as_of) if p.period == name)


def test_chain_is_counted_once(register_store) -> None:
    p = _period(register_store, "2014/15")
    # PCC -> NWCSP 150,000; NWCSP re-grants 37,990 of it to projects: the total is the PCC's money, once.
    assert p.new_money == Decimal(150000)
    assert p.gross == Decimal(150000 + 15000 + 22990)
    assert p.regranted == Decimal(37990)


def test_same_allocation_stated_twice_counts_once(register_store) -> None:
    p = _period(register_store, "2015/16")
    pcc = [a for a in p.allocations if a.funder_label.startswith("West Mercia") and not a.purpose]
    assert len(pcc) == 1 and pcc[0].amount == Decimal(155250) and pcc[0].also_stated == [Decimal(150000)]
    assert p.new_money == Decimal(155250 + 40810)  # the CCTV capital is a separate allocation


def test_money_beyond_what_a_body_receives_is_new(tmp_path: Path) -> None:
    from govkg.graph.funding import flows

    folder = tmp_path / "reg"
    folder.mkdir()
    (folder / "chain.yaml").write_text(
        "title: chain\narea: Testshire\nentities:\n"
        "  - {name: Testshire Commissioner, kind: body, type: PoliceBody}\n"
        "  - {name: Testshire CSP, kind: body, type: Partnership}\n"
        "  - {name: Night Safety Project, kind: initiative}\n"
        "  - {name: Youth Outreach Project, kind: initiative}\n"
        "facts:\n"
        "  - {subject: Testshire Commissioner, relation: funds, object: Testshire CSP, amount: 100000,"
        " period: 2022/23}\n"
        "  - {subject: Testshire CSP, relation: funds, object: Night Safety Project, amount: 90000, period: 2022/23}\n"
        "  - {subject: Testshire CSP, relation: funds, object: Youth Outreach Project, amount: 60000,"
        " period: 2022/23}\n"
        "  - {subject: Testshire CSP, relation: funds, object: Youth Outreach Project, amount: 5000, period: 2023/24,"
        " date: 2024-05-01}\n",
        encoding="utf-8")
    store = load_store(tmp_path / "store", folder)
    try:
        by = {p.period: p for p in flows(store)}
        # The CSP gives 150,000 but receives 100,000: 50,000 of its own money is new.
        assert by["2022/23"].new_money == Decimal(150000)
        assert by["2022/23"].gross == Decimal(250000)
        import datetime as dt

        assert "2023/24" not in {p.period for p in flows(store, dt.date(2024, 1, 1))}
    finally:
        store.close()


def test_csv_has_rows_and_totals(register_store) -> None:
    from govkg.graph.funding import funding_csv

    rows = list(csv.DictReader(io.StringIO(funding_csv(register_store))))
    totals = {r["period"]: r["amount_gbp"] for r in rows if r["row"] == "total (counted once)"}
    assert totals == {"2014/15": "150000", "2015/16": "196060", "2021": "4000000"}
    regrant = [r for r in rows if r["counted_as"].startswith("re-granted")]
    assert regrant and all(r["funder"] == "North Worcestershire Community Safety Partnership" for r in regrant)
    unpriced = [r for r in rows if r["counted_as"] == "not recorded"]
    assert [r["recipient"] for r in unpriced] == ["South Worcestershire Community Safety Partnership"]
    assert all(r["quote"] for r in rows if r["row"] == "allocation")


def test_funding_svg_states_the_rule_and_has_no_overlaps(register_store) -> None:
    from govkg.graph.diagram.funding_view import funding_svg

    svg = funding_svg(register_store)
    assert "counted once" in svg and "£196,060" in svg
    problems = [p for p in layout_problems(svg) if "label outside" not in p]  # amounts sit on the bands
    assert problems == []


def test_http_funding(register_store) -> None:
    from govkg.server import create_app

    client = create_app(register_store).test_client()
    page = client.get("/funding")
    assert page.status_code == 200 and b"How totals are counted" in page.data and b"<svg" in page.data
    data = client.get("/funding.json").get_json()
    assert {p["period"]: p["total"] for p in data["periods"]}["2015/16"] == 196060
    assert client.get("/funding.csv").mimetype == "text/csv"
    assert client.get("/funding.png").data[:4] == b"\x89PNG"
    assert client.get("/funding.pdf").status_code == 400


def test_seed_funding_streams_in_default_graph(eval_dir: Path, default_store) -> None:
    """Every amount the gold standard records for a funding stream is in the funding view of the default graph,
    and the PCC -> NWCSP -> projects chain of 2014/15 counts the PCC's money once."""
    import json

    from govkg.graph.funding import allocations, flows

    priced, _ = allocations(default_store)
    by_period = {p.period: p for p in flows(default_store)}
    assert by_period["2014/15"].new_money == Decimal(150000)
    assert by_period["2015/16"].new_money == Decimal(155250 + 40810)  # £150,00 / £155,250: one allocation
    gold = [json.loads(line) for line in (eval_dir / "seeds_facts.jsonl").read_text().splitlines() if line.strip()]
    amounts = [f for f in gold if f["relation"] == "funding_amount"]
    assert len(amounts) == 18
    for f in amounts:
        amount = Decimal(f["object"].rsplit("(", 1)[1].rstrip(")"))
        period = f["period"] if "/" in f.get("period", "") else f["when"][:4]
        found = [a for a in priced if a.period == period and a.funder_label == f["funder"]
                 and a.recipient_label == f["recipient"] and amount in (a.amount, *a.also_stated)]
        assert found, f
