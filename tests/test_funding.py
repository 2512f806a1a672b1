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
        # a financial year as such; a rate ("per year") with the year of the paper that states it
        year = f["when"][:4]
        periods = {f["period"]} if "/" in f.get("period", "") else {year, f"per year, as stated in {year}"}
        found = [a for a in priced if a.period in periods and a.funder_label == f["funder"]
                 and a.recipient_label == f["recipient"] and amount in (a.amount, *a.also_stated)]
        assert found, f


BREAKDOWN = """title: Northvale funding
area: Northvale
sources:
  paper: {title: Northvale community safety funding report, date: 2024-06-12, publisher: Northvale Council, item: "7"}
entities:
  - {name: Northvale Commissioner, kind: body, type: PoliceBody}
  - {name: Northvale CSP, kind: body, type: Partnership}
  - {name: Eastvale, kind: area}
  - {name: Community Safety Partnerships, kind: body, type: Partnership}
  - {name: Night Marshals Project, kind: initiative}
  - {name: Youth Diversion Project, kind: initiative}
  - {name: Burglary Target Hardening Scheme, kind: initiative}
facts:
  - {subject: Northvale Commissioner, relation: funds, object: Northvale CSP, amount: 120000, period: 2023-24,
     source: paper}
  - {subject: Northvale CSP, relation: funds, object: Eastvale, amount: 40000, period: 2023/24, source: paper}
  - {subject: Northvale CSP, relation: funds, object: Night Marshals Project, amount: 15000, period: 2023/24,
     part_of: Northvale CSP -> Eastvale, source: paper}
  - {subject: Northvale CSP, relation: funds, object: Youth Diversion Project, amount: 20000, period: 2023/24,
     part_of: Northvale CSP -> Eastvale, source: paper}
  - {subject: Northvale CSP, relation: funds, object: Burglary Target Hardening Scheme, amount: 5000,
     period: 2023/24, part_of: Northvale CSP -> Eastvale, source: paper}
  - {subject: Northvale Commissioner, relation: funds, object: Community Safety Partnerships, amount: 10000,
     period: 2023/24, per_recipient: yes, purpose: CCTV, source: paper}
  - {subject: Northvale Commissioner, relation: funds, object: Community Safety Partnerships, amount: 30000,
     period: per year, purpose: serious violence duty, source: paper}
  - {subject: Northvale Commissioner, relation: funds, object: Youth Diversion Project, source: paper}
"""


@pytest.fixture(scope="module")
def breakdown_store(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("breakdown") / "reg"
    folder.mkdir()
    (folder / "northvale.yaml").write_text(BREAKDOWN, encoding="utf-8")
    store = load_store(folder.parent / "store", folder)
    yield store
    store.close()


def test_a_breakdown_is_shown_under_its_allocation_and_never_added(breakdown_store) -> None:
    p = _period(breakdown_store, "2023/24")  # "2023-24" and "2023/24" are one financial year, as written
    share = next(a for a in p.allocations if a.recipient_label == "Eastvale")
    assert sorted(x.recipient_label for x in share.parts) == [
        "Burglary Target Hardening Scheme", "Night Marshals Project", "Youth Diversion Project"]
    assert all(x.counted is None for x in share.parts)
    # the CSP gives its Eastvale share once (40,000), not the share plus its projects (80,000)
    assert p.given(share.funder) == Decimal(40000)
    assert p.new_money == Decimal(120000) and p.regranted == Decimal(40000)
    # £10,000 for each of an unknown number of CSPs is listed, not added
    assert [a.amount_text for a in p.not_added] == ["£10,000 each"]


def test_a_rate_and_an_unstated_period_are_reported_as_such(breakdown_store) -> None:
    from govkg.graph.funding import flows

    periods = {p.period: p for p in flows(breakdown_store)}
    assert "2024" not in periods  # a 2023/24 allocation stated in a 2024 paper is not filed under 2024
    rate = periods["per year, as stated in 2024"]
    assert [a.amount for a in rate.allocations] == [Decimal(30000)] and rate.new_money == Decimal(30000)
    assert [a.recipient_label for a in periods["period not stated, stated in 2024"].unpriced] == [
        "Youth Diversion Project"]


def test_each_amounts_count_once_per_recipient_when_their_number_is_known(tmp_path: Path) -> None:

    folder = tmp_path / "reg"
    folder.mkdir()
    each = BREAKDOWN.replace("per_recipient: yes,", "per_recipient: yes, recipient_count: 4,")
    (folder / "each.yaml").write_text(each, encoding="utf-8")
    store = load_store(tmp_path / "store", folder)
    try:
        p = _period(store, "2023/24")
        each = next(a for a in p.allocations if a.per_recipient)
        assert each.counted == Decimal(40000) and each.amount_text == "£10,000 each x 4"
        assert p.new_money == Decimal(120000 + 40000) and p.not_added == []
    finally:
        store.close()


def test_breakdown_in_csv_json_and_svg(breakdown_store) -> None:
    from govkg.graph.diagram.funding_view import funding_svg
    from govkg.graph.funding import funding_csv, funding_data

    rows = list(csv.DictReader(io.StringIO(funding_csv(breakdown_store))))
    parts = [r for r in rows if r["counted_as"].startswith("part of")]
    assert len(parts) == 3 and all(r["counted_gbp"] == "" for r in parts)
    assert {r["period"]: r["amount_gbp"] for r in rows if r["row"] == "total (counted once)"} == {
        "2023/24": "120000", "per year, as stated in 2024": "30000"}
    data = funding_data(breakdown_store)
    year = next(p for p in data["periods"] if p["period"] == "2023/24")
    share = next(a for a in year["allocations"] if a["recipient_label"] == "Eastvale")
    assert len(share["parts"]) == 3 and year["each_amounts_not_added"][0]["per_recipient"] is True
    svg = funding_svg(breakdown_store)
    assert "gives £40,000" in svg and "gives £80,000" not in svg and "by part (not added again)" in svg


def test_allocation_model_in_the_graph(store) -> None:
    """What extraction hands over (part_of, per_recipient, a period as written) is in the graph as data."""
    import datetime as dt

    from builders import COUNCIL, make_doc
    from govkg.graph.model import Entity

    csp = Entity("body", "Westmarch Community Safety Partnership", area="Westmarch")
    project = Entity("initiative", "Westmarch Street Pastors")
    text = "The council gave the partnership £50,000 in 2022/23, of which £8,000 went to Street Pastors."
    doc = make_doc(text, [(COUNCIL, "funds", csp, "gave the partnership £50,000 in 2022/23"),
                          (csp, "funds", project, "£8,000 went to Street Pastors")], date=dt.date(2023, 2, 1))
    whole, part = doc.facts
    whole.amount, whole.period = Decimal(50000), "2022/23"
    part.amount, part.period, part.part_of = Decimal(8000), "2022-23", whole
    store.load_document(doc)
    assert store.ask("""ASK { ?p a gkg:FundingAllocation ; gkg:amount ?v ; gkg:partOf ?w .
        ?w gkg:amount ?total ; gkg:periodKind gkg:FinancialYear ; schema:startDate "2022-04-01"^^xsd:date ;
           schema:endDate "2023-03-31"^^xsd:date FILTER(?v = 8000 && ?total = 50000) }""")


def test_amounts_are_shown_with_their_pence() -> None:
    from govkg.graph.funding import money

    assert money(Decimal("239832.28")) == "£239,832.28"  # not rounded to £239,832 while the total counts the pence
    assert money(Decimal(50990)) == "£50,990" and money(Decimal(4000000)) == "£4m"
