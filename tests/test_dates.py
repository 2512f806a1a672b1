"""Dates as precise as their source: a paper dated only by its year is never shown as 1 January, in the data,
in answers, on pages or in the funding view; funding periods are read as written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from builders import BOARD, COUNCIL, PERSON, make_doc
from govkg.graph.dates import parse_period, shown
from govkg.graph.model import Entity


@pytest.mark.parametrize("written,kind,label", [
    ("2014/15", "financial_year", "2014/15"), ("2014-15", "financial_year", "2014/15"),
    ("FY 2014/15", "financial_year", "2014/15"), ("2014/2015", "financial_year", "2014/15"),
    ("financial year 2021-22", "financial_year", "2021/22"), ("2021", "year", "2021"),
    ("March 2019", "month", "March 2019"), ("2019-2022", "years", "2019-2022"),
    ("per year", "recurring", "per year"), ("annual", "recurring", "per year"), ("per annum", "recurring", "per year"),
    ("a month", "recurring", "per month"), ("one year", "duration", "one year"),
    ("for 3 years", "duration", "for 3 years"),
])
def test_periods_are_read_as_written(written: str, kind: str, label: str) -> None:
    p = parse_period(written)
    assert (p.kind, p.label, p.written) == (kind, label, written)


def test_a_financial_year_runs_april_to_march() -> None:
    p = parse_period("2014/15")
    assert (p.start, p.end) == (dt.date(2014, 4, 1), dt.date(2015, 3, 31))
    assert parse_period(None) is None and parse_period("  ") is None


def test_dates_are_shown_as_precise_as_they_are() -> None:
    assert shown("2021-01-01", "year") == "2021"
    assert shown(dt.date(2019, 3, 1), "month") == "2019-03"
    assert shown("2014-04-01", "financial_year") == "2014/15"
    assert shown("2017-09-07", None) == shown("2017-09-07", "day") == "2017-09-07"
    assert shown(None, "year") is None


def _year_paper(key: str = "westmarch-update", year: int = 2021, precision: str = "year"):
    text = "The Board was chaired by Cllr J K Rowntree. Present: J K Rowntree."
    doc = make_doc(text, [(PERSON, "chairs", BOARD, "chaired by Cllr J K Rowntree"),
                          (PERSON, "attended", BOARD, "Present: J K Rowntree")], key=key, date=dt.date(year, 1, 1))
    doc.date_precision = precision
    return doc


def test_the_data_keeps_the_precision(store) -> None:
    store.load_document(_year_paper())
    assert store.ask("""ASK { ?d dcterms:date "2021"^^xsd:gYear ; gkg:datePrecision "year" .
        ?a gkg:relation "chairs" ; gkg:asOf "2021-01-01"^^xsd:date ; gkg:datePrecision "year" }""")
    meeting = store.select("SELECT ?m ?label ?start WHERE { ?m a gkg:Meeting ; rdfs:label ?label ; "
                           "schema:startDate ?start }")[0]
    assert meeting["m"].endswith("/2021") and meeting["label"].endswith(", 2021") and meeting["start"] == "2021"
    store.load_document(_year_paper("westmarch-march", 2019, "month"))
    assert store.ask("""ASK { ?m a gkg:Meeting ; schema:startDate "2019-01"^^xsd:gYearMonth ;
        rdfs:label ?l FILTER(STRENDS(?l, ", 2019-01")) }""")


def test_answers_and_pages_show_the_year_not_the_first_of_january(store) -> None:
    from govkg.questions import Asker
    from govkg.server import create_app

    store.load_document(_year_paper())
    result = Asker(store).ask("Who chairs the Anytown Safer Communities Board?")
    dates = {ev["date"] for a in result.to_json()["answers"] for ev in a["evidence"]}
    assert dates == {"2021"}
    client = create_app(store).test_client()
    for url in (f"/id/body/{BOARD.iri.rsplit('/', 1)[1]}", "/ask?q=Who+chairs+the+Anytown+Safer+Communities+Board%3F",
                "/documents"):
        page = client.get(url).get_data(as_text=True)
        assert ">2021<" in page and "2021-01-01" not in page, url


def test_the_funding_view_dates_statements_as_precisely_as_their_source(store) -> None:
    from govkg.graph.funding import flows

    doc = _year_paper()
    grant = make_doc(doc.text, [(COUNCIL, "funds", BOARD, "The Board")], key="westmarch-grant",
                     date=dt.date(2021, 1, 1)).facts[0]
    grant.amount, grant.period = Decimal(20000), "per year"
    doc.facts.append(grant)
    store.load_document(doc)
    [period] = flows(store)
    assert period.period == "per year, as stated in 2021"
    assert {s.as_of for s in period.allocations[0].statements} == {"2021"}


def _held_since_2019():
    """A paper saying only the year a post holding began."""
    post = Entity("post", "Director of Public Health", scope="Anytown")
    doc = make_doc("J K Rowntree has been Director of Public Health since 2019.",
                   [(PERSON, "holds_post", post, "J K Rowntree has been Director of Public Health since 2019")])
    doc.facts[0].valid_from, doc.facts[0].valid_from_precision = dt.date(2019, 1, 1), "year"
    return doc


def test_a_post_holding_keeps_the_precision_of_its_dates(store) -> None:
    store.load_document(_held_since_2019())
    assert store.ask("""ASK { ?h a gkg:PostHolding ; schema:validFrom "2019-01-01"^^xsd:date ;
        gkg:validFromPrecision "year" }""")


def test_show_evidence_gives_the_year(store) -> None:
    from govkg.graph.evidence import evidence_rows

    store.load_document(_year_paper())
    assert {r["date"] for r in evidence_rows(store, BOARD.iri)} == {"2021"}


def test_the_pages_of_a_post_and_its_holding_give_the_year_it_began(store) -> None:
    from govkg.server import create_app

    store.load_document(_held_since_2019())
    holding = store.select("SELECT ?h WHERE { ?h a gkg:PostHolding }")[0]["h"]
    client = create_app(store).test_client()
    for iri in (PERSON.iri, holding):
        page = client.get("/id/" + iri.split("/id/", 1)[1]).get_data(as_text=True)
        assert "2019" in page and "2019-01-01" not in page, iri
