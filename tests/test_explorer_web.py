"""The explorer through Flask's test client: every page and its .json twin, escaping, upload, SPARQL page."""

from __future__ import annotations

import io
import json
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from explorer_fixture import build_store

from govkg.server import create_app

TOKEN = "test-token-123"
BOARD = "/id/body/northshire-safer-communities-board"
DOC = "/id/doc/northshire-scb-2022-05-12"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    store = build_store(tmp_path_factory.mktemp("web") / "store")
    app = create_app(store, {"UPDATE_TOKEN": TOKEN, "ROW_LIMIT": 50, "TESTING": True})
    yield app
    store.close()


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


def soup(resp) -> BeautifulSoup:
    assert resp.status_code == 200, resp.data[:500]
    assert resp.mimetype == "text/html"
    return BeautifulSoup(resp.data, "html.parser")


def test_home_and_its_twin(client):
    page = soup(client.get("/"))
    assert page.find("input", attrs={"data-autocomplete": "/search.json"})
    assert page.find("label", attrs={"for": "home-ask"})
    examples = [a.text for a in page.select("ul.examples a")]
    assert "Which body oversees Prevent in Northshire?" in examples
    for example in examples:  # made from the graph's own facts, and each one answered
        assert client.get("/api/ask?q=" + quote(example)).get_json()["answers"], example
    counts = {dt.text.strip(): int(dt.find_next("dd").text) for dt in page.select("dl.counts dt")}
    # the documents loaded (govkg's topic scheme is a vocabulary, counted apart, as `govkg stats` does)
    assert counts["documents"] == 2 and counts["bodies"] == 4 and counts["people"] == 4
    assert "Northshire Safer Communities Board minutes, 12 May 2022" in page.text
    data = client.get("/index.json").get_json()
    assert data["counts"]["person"] == 4 and data["counts"]["documents"] == 2
    assert {d["title"] for d in data["documents"]} >= {
        "Northshire Safer Communities Board minutes, 3 October 2019"
    }


def test_search_autocomplete_over_labels_and_aliases(client):
    data = client.get("/search.json?q=nscb").get_json()
    assert data["results"][0]["label"] == "Northshire Safer Communities Board"
    assert data["results"][0]["matched"] == "NSCB"
    assert data["results"][0]["url"] == BOARD
    assert client.get("/search.json?q=rita").get_json()["results"][0]["kind"] == "person"
    page = soup(client.get("/search?q=Prevent"))
    assert page.find("a", string="Northshire Prevent Steering Group")
    assert "Nothing in the graph" in soup(client.get("/search?q=zzzz")).text


def test_ask_page_shows_answer_quote_and_sparql(client):
    page = soup(client.get("/ask?q=" + quote("Which body oversees Prevent in Northshire?")))
    answers = page.select("ol.answers > li")
    assert answers[0].find("a").text == "Northshire Safer Communities Board"
    quote_el = answers[0].find("blockquote")
    assert quote_el.text == "The Board has oversight of the Prevent duty across Northshire."
    link = answers[0].find("figcaption").find("a")["href"]
    assert link.startswith(DOC + "?hl=") and "#f-" in link
    assert "gkg:relation ?rel" in page.find("details").text


def test_ask_json_twins_share_the_shape(client):
    q = quote("Who chaired the NSCB in 2019?")
    for url in (f"/api/ask?q={q}", f"/ask.json?q={q}"):
        data = client.get(url).get_json()
        assert set(data) == {"question", "interpretation", "answers", "sparql", "suggestions"}
        assert [a["label"] for a in data["answers"]] == ["Tom Baker"]
        assert set(data["answers"][0]["evidence"][0]) == {"document", "quote", "date"}
    assert client.get("/api/ask").status_code == 400


def test_ask_says_when_the_graph_does_not_know(client):
    page = soup(client.get("/ask?q=" + quote("Who chairs the Northshire Health and Wellbeing Board?")))
    assert "does not know" in page.text and not page.select("ol.answers")
    assert page.select_one("p.linked a")["href"] == "/id/body/northshire-health-and-wellbeing-board"


def test_entity_page_sentences_evidence_diagram_timeline(client):
    page = soup(client.get(BOARD))
    assert page.find("h1").text == "Northshire Safer Communities Board"
    headings = [h.text for h in page.select(".rel-group h3")]
    assert any(h.startswith("Outgoing: reports to") for h in headings)
    assert any(h.startswith("Incoming: is chaired by") for h in headings)
    sentences = [" ".join(p.text.split()) for p in page.select("p.sentence")]
    assert "Northshire Safer Communities Board is chaired by Tom Baker" in sentences
    assert "Northshire Safer Communities Board reports to Northshire Health and Wellbeing Board" in sentences
    svg = page.find("svg", class_="neighbourhood")
    assert svg is not None and svg.find("a", attrs={"href": "/id/body/northshire-health-and-wellbeing-board"})
    timeline = [" ".join(li.text.split()) for li in page.select("ol.timeline li")]
    assert timeline[0].startswith("2019-10-03") and "Tom Baker" in timeline[0]
    assert any(li.startswith("2022-05-12") and "Ada Lovelace" in li for li in timeline)
    assert page.find("input", attrs={"name": "as_of", "type": "date"})
    ev = page.select("figure.evidence a")[0]["href"]
    assert ev.startswith("/id/doc/")


def test_entity_as_of_keeps_the_chair_of_the_time(client):
    data = client.get(BOARD + ".json?as_of=2020-01-01").get_json()
    chairs = [f["other"]["label"] for g in data["groups"] if g["relation"] == "chairs" for f in g["facts"]]
    assert chairs == ["Tom Baker"]
    data = client.get(BOARD + ".json").get_json()
    chairs = {f["other"]["label"] for g in data["groups"] if g["relation"] == "chairs" for f in g["facts"]}
    assert chairs == {"Tom Baker", "Cllr Ada Lovelace"}
    assert client.get(BOARD + ".json?as_of=<script>").status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/id/person/ada-lovelace",
        "/id/post/northshire/director-of-public-protection",
        "/id/topic/prevent",
        "/id/publication/northshire-community-safety-strategy",
        "/id/area/eastvale",
    ],
)
def test_every_kind_of_entity_has_a_page(client, path):
    resp = client.get(path)
    if resp.status_code == 404:  # posts are scoped by area only when the loader scopes them
        path = path.replace("/northshire/", "/")
        resp = client.get(path)
    page = soup(resp)
    assert page.find("h1").text
    assert client.get(path + ".json").get_json()["iri"].endswith(path[len("/id/") :])


def test_meeting_and_grant_pages(client):
    data = client.get(BOARD + ".json").get_json()
    meetings = [d for d in data["details"] if d["url"] and "/meeting/" in d["url"]]
    assert meetings, data["details"]
    page = soup(client.get(meetings[0]["url"]))
    assert "Meeting of Northshire Safer Communities Board" in page.find("h1").text
    grants = [d for d in data["details"] if d["url"] and "/grant/" in d["url"]]
    page = soup(client.get(grants[0]["url"]))
    assert "£120,000" in page.text


def test_document_page_highlights_and_escapes(client):
    data = client.get(DOC + ".json").get_json()
    fact = next(f for f in data["facts"] if f["relation"] == "oversees")
    page = soup(client.get(f"{DOC}?hl={fact['id']}"))
    current = page.select("a.fact-span.current mark")
    assert (
        current
        and "".join(m.text for m in current)
        == "The Board has oversight of the Prevent duty across Northshire."
    )
    assert page.find(id=f"f-{fact['id']}") is not None
    assert page.find(id=f"fact-{fact['id']}")
    raw = client.get(DOC).data.decode()
    assert "<script>alert" not in raw and "&lt;script&gt;alert" in raw
    assert "<b>bold</b>" not in raw
    assert (
        soup(client.get(DOC + '?hl="><script>')).find("script", string=lambda s: s and "alert" in s) is None
    )


def test_documents_list_and_twin(client):
    page = soup(client.get("/documents"))
    rows = page.select("tbody tr")
    assert len(rows) == 2  # the two sets of minutes; govkg's topic scheme is a vocabulary, not listed
    data = client.get("/documents.json").get_json()
    d = next(d for d in data["documents"] if d["url"] == DOC)
    assert d["facts"] >= 15 and d["type"] == "Minutes"


def test_unknown_entity_is_404(client):
    assert client.get("/id/body/no-such-body").status_code == 404
    assert client.get("/resource?iri=" + quote("http://example.org/nothing")).status_code == 404
    assert client.get("/resource?iri=javascript:alert(1)").status_code == 400


def test_query_page_table_links_permalink_downloads(client):
    q = "SELECT DISTINCT ?body ?label WHERE { ?body a gkg:Board ; rdfs:label ?label } ORDER BY ?label"
    page = soup(client.get("/query?query=" + quote(q)))
    assert page.find("textarea", id="query").text == q
    cells = page.select("table.results-table tbody tr")
    assert len(cells) == 2
    assert cells[0].find("a")["href"] == "/id/body/northshire-health-and-wellbeing-board"
    links = {a.text: a["href"] for a in page.select("a[download]")}
    assert set(links) == {"CSV", "TSV", "JSON"}
    csv = client.get(links["CSV"])
    assert csv.mimetype == "text/csv" and csv.data.decode().splitlines()[0] == "body,label"
    assert "attachment" in csv.headers["Content-Disposition"]
    assert client.get(links["TSV"]).data.decode().startswith("?body\t?label")
    assert client.get(links["JSON"]).get_json()["head"]["vars"] == ["body", "label"]
    permalink = page.find("a", string="Permalink")["href"]
    assert soup(client.get(permalink)).select("table.results-table tbody tr")
    data = client.get("/query.json?query=" + quote(q)).get_json()
    assert data["columns"] == ["body", "label"] and len(data["rows"]) == 2 and data["truncated"] is False


def test_query_page_row_limit_notice_and_errors(client):
    page = soup(client.get("/query?query=" + quote("SELECT * WHERE { ?s ?p ?o }")))
    assert len(page.select("table.results-table tbody tr")) == 50
    assert "Only the first 50 rows" in page.find(class_="notice").text
    resp = client.get("/query?query=" + quote("SELECT nonsense"))
    assert resp.status_code == 400 and "The query failed" in resp.data.decode()
    resp = client.get("/query?query=" + quote("DROP ALL"))
    assert resp.status_code == 400
    assert client.get("/query.json?query=" + quote("ASK { ?s ?p ?o }")).get_json()["boolean"] is True
    page = soup(client.get("/query"))
    assert "PREFIX gkg: <https://w3id.org/govkg/def#>" in page.find("textarea").text
    blank = page.find("textarea").text
    assert soup(client.get("/query?query=" + quote(blank))).select("table.results-table tbody tr")
    for link in page.select("ul.examples a"):
        resp = client.get(link["href"])
        assert resp.status_code == 200 and not BeautifulSoup(resp.data, "html.parser").select(".error")


def test_upload_needs_the_token(client):
    page = soup(client.get("/upload"))
    assert page.find("input", attrs={"name": "token", "type": "password"})
    assert client.get("/upload.json").get_json()["enabled"] is True
    resp = client.post(
        "/upload",
        data={"token": "wrong", "files": (io.BytesIO(b"x"), "a.yaml")},
        content_type="multipart/form-data",
    )
    assert resp.status_code == 403
    resp = client.post(
        "/upload.json",
        data={"files": (io.BytesIO(b"x"), "a.yaml")},
        content_type="multipart/form-data",
        headers={"Authorization": "Bearer nope"},
    )
    assert resp.status_code == 403


def test_upload_without_a_configured_token_is_off(tmp_path):
    store = build_store(tmp_path / "s")
    try:
        client = create_app(store, {"TESTING": True}).test_client()
        resp = client.post(
            "/upload.json",
            data={"token": "", "files": (io.BytesIO(b"x"), "a.yaml")},
            content_type="multipart/form-data",
        )
        assert resp.status_code == 403 and "switched off" in resp.get_json()["error"]
    finally:
        store.close()


REGISTER = """title: Eastvale community safety register
area: Eastvale
sources:
  tor-2023: {title: Eastvale Community Safety Partnership terms of reference, date: 2023-04-01}
entities:
  - {name: Eastvale Community Safety Partnership, kind: body, type: Partnership, aliases: [ECSP]}
  - {name: Priya Shah, kind: person}
facts:
  - {subject: Priya Shah, relation: chairs, object: Eastvale Community Safety Partnership, source: tor-2023}
"""


def test_upload_loads_good_files_reports_bad_ones_and_answers_at_once(app, client):
    assert client.get("/api/ask?q=" + quote("Who chairs the ECSP?")).get_json()["answers"] == []
    resp = client.post(
        "/upload.json",
        data={
            "token": TOKEN,
            "files": [
                (io.BytesIO(REGISTER.encode()), "eastvale.yaml"),
                (io.BytesIO(b"title: broken\nfacts: [\n"), "broken.yaml"),
                (io.BytesIO(b"hello"), "notes.xyz"),
            ],
        },
        content_type="multipart/form-data",
    )
    data = resp.get_json()
    assert resp.status_code == 200, data
    assert [d["file"] for d in data["documents"]] == ["eastvale.yaml"]
    assert data["documents"][0]["status"] == "loaded" and data["documents"][0]["facts"] == 1
    failed = {f["file"]: f for f in data["failures"]}
    assert set(failed) == {"broken.yaml", "notes.xyz"}
    assert "YAML" in failed["broken.yaml"]["reason"] and "no loader" in failed["notes.xyz"]["reason"]
    assert "govkg-upload" not in json.dumps(data)
    answer = client.get("/api/ask?q=" + quote("Who chairs the ECSP?")).get_json()
    assert [a["label"] for a in answer["answers"]] == ["Priya Shah"]
    assert (
        client.get("/search.json?q=ecsp").get_json()["results"][0]["label"]
        == "Eastvale Community Safety Partnership"
    )


def test_parameters_cannot_inject_html(client):
    evil = '"><script>alert(1)</script>'
    for url in ("/search?q=", "/ask?q=", "/query?query="):
        raw = client.get(url + quote(evil)).data.decode()
        assert "<script>alert(1)</script>" not in raw


def test_every_html_page_links_its_json_twin(client):
    for url in ("/", "/documents", "/ask?q=x", BOARD, DOC, "/upload", "/search?q=x"):
        page = soup(client.get(url))
        twin = page.select_one("footer a")["href"]
        resp = client.get(twin)
        assert resp.status_code in (200, 400) and resp.mimetype == "application/json", (url, twin)


def test_the_sparql_of_an_answer_runs_on_the_query_page(client):
    page = soup(client.get("/ask?q=" + quote("What does the Northshire Prevent Steering Group report to?")))
    link = page.select_one("details a")["href"]
    assert link.startswith("/query?query=")
    result = soup(client.get(link))
    assert not result.select(".error")
    cells = [td.text for td in result.select("table.results-table tbody td")]
    assert "https://w3id.org/govkg/id/body/northshire-safer-communities-board" in cells


def test_query_page_shows_construct_results_as_triples(client):
    q = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a gkg:Board ; rdfs:label ?l }"
    page = soup(client.get("/query?query=" + quote(q)))
    assert [th.text for th in page.select("table.results-table th")] == ["subject", "predicate", "object"]
    links = {a.text: a["href"] for a in page.select("a[download]")}
    assert set(links) == {"TTL"}
    body = client.get(links["TTL"]).data.decode()
    assert "Northshire Safer Communities Board" in body


def test_a_very_long_question_is_refused_politely(client):
    data = client.get("/api/ask?q=" + quote("who chairs " * 200)).get_json()
    assert data["answers"] == [] and "too long" in data["interpretation"]


def test_funding_answers_say_which_period(client):
    page = soup(client.get("/ask?q=" + quote("How much did the Northshire PCC grant to the NSCB?")))
    label = page.select_one("ol.answers .answer-label").text
    assert "£120,000" in label and "2022/23" in label


@pytest.mark.parametrize("shown, machine", [("2021", "2021"), ("2019-03", "2019-03"), ("2017-09-07", "2017-09-07"),
                                            ("2014/15", None)])
def test_dates_are_machine_readable_only_where_html_can_read_them(app, shown, machine):
    """A financial year has no HTML date form: it is shown as written, never as <time datetime="2014/15">."""
    with app.app_context():
        macros = app.jinja_env.get_template("explorer/_macros.html").module
        html = BeautifulSoup(str(macros.when(shown)), "html.parser")
    time = html.find("time")
    assert html.get_text() == shown
    assert (time["datetime"] if time else None) == machine
