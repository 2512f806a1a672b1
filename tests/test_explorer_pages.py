"""What a newcomer meets in the explorer (issue 13), on the embedded default graph: words instead of
vocabulary, a neighbourhood diagram and an area chart that fit and stay readable at 1366 and 390 px, a
governance report that leads with its summary, and SPARQL errors told in the user's own lines. The browser
tests drive Debian's headless chromium and leave screenshots in test-artifacts/."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup

from conftest import ARTIFACTS, live_server, run_cli

WIDTHS = [(1366, 900, "desktop"), (390, 844, "phone")]
PERSON = "/id/person/margaret-sherrey"  # many neighbours with long names
BOARD = "/id/body/staffordshire-prevent-board"
VOCABULARY = re.compile(r"\b(?:gkg|dcterms|prov|rdfs|skos|org|schema):[A-Za-z]")
HASH = re.compile(r"^[0-9a-f]{16}$")


@pytest.fixture(scope="module")
def app(default_store):
    from govkg.server import create_app

    return create_app(default_store, {"QUERY_WORKERS": 0})


@pytest.fixture(scope="module")
def server(app):
    with live_server(app) as url:
        yield url


def _soup(app, path: str) -> BeautifulSoup:
    r = app.test_client().get(path)
    assert r.status_code == 200, path
    return BeautifulSoup(r.data, "html.parser")


def _outside_technical(soup: BeautifulSoup) -> str:
    for block in soup.select("details.technical"):
        block.decompose()
    return soup.select_one("main").get_text(" ")


@pytest.mark.parametrize("path", [PERSON, BOARD, "/id/doc/register-funding"])
def test_pages_speak_in_words_and_fold_the_technical_details(app, path: str) -> None:
    soup = _soup(app, path)
    technical = soup.select_one("details.technical")
    assert technical is not None and not technical.has_attr("open")
    assert "https://w3id.org/govkg/id/" in technical.get_text()  # the IRI lives there now
    text = _outside_technical(soup)
    assert not VOCABULARY.search(text), VOCABULARY.search(text)
    assert not any(HASH.match(a.get_text(strip=True)) for a in soup.select("main a"))


def test_a_person_page_names_the_posts_held_and_a_holding_has_a_name(app) -> None:
    data = app.test_client().get(PERSON + ".json").get_json()
    held = [d for d in data["details"] if d["property"] == "post holding"]
    assert {d["value"] for d in held} >= {"Leader of Bromsgrove District Council"}
    holding = app.test_client().get(held[0]["url"] + ".json").get_json()
    assert holding["label"].startswith("Margaret Sherrey as ")


def test_a_document_page_says_what_it_is_in_words(app) -> None:
    soup = _soup(app, "/id/doc/register-funding")
    rows = {th.get_text(strip=True): th.find_next("td").get_text(strip=True) for th in soup.select("table.meta th")}
    assert rows.get("date") == "not stated" and rows.get("kind") == "curated register"
    technical = soup.select_one("details.technical").get_text(" ")
    assert "content hash" in technical and "loaded at" in technical


# -- the neighbourhood diagram


_MEASURE = """(svg) => {
  const box = svg.getBoundingClientRect(), holder = svg.parentElement.getBoundingClientRect();
  const scale = box.width / svg.viewBox.baseVal.width;
  const texts = [...svg.querySelectorAll('text')];
  const sizes = texts.map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
  const inside = [...svg.querySelectorAll('a')].map(a => {
    const r = a.querySelector('rect').getBoundingClientRect();
    return [...a.querySelectorAll('text')].every(t => { const b = t.getBoundingClientRect();
      return b.left >= r.left - 1 && b.right <= r.right + 1 && b.top >= r.top - 1 && b.bottom <= r.bottom + 1; });
  });
  return {left: box.left, right: box.right, holderLeft: holder.left, holderRight: holder.right,
          smallest: Math.min(...sizes), texts: texts.map(t => t.textContent), inside,
          centre: [...svg.querySelectorAll('text.centre-label')].map(t => t.textContent).join(' ')};
}"""


@pytest.mark.browser
@pytest.mark.parametrize(("width", "height", "tag"), WIDTHS)
@pytest.mark.parametrize("path", [PERSON, BOARD])
def test_neighbourhood_diagram_fits_its_box_and_keeps_its_words(chromium, server, path, width, height, tag) -> None:
    context = chromium.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(server + path)
    visible = page.locator("svg.neighbourhood:visible")
    assert visible.count() == 1
    m = visible.evaluate(_MEASURE)
    assert m["left"] >= m["holderLeft"] - 1 and m["right"] <= m["holderRight"] + 1, m
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 1
    assert m["centre"] == page.locator("h1").inner_text()  # the page's own name, whole
    assert not any("\u2026" in t for t in m["texts"])  # names wrap, they are not cut
    assert round(m["smallest"], 1) >= 11, m["smallest"]
    assert all(m["inside"])  # every relation is written inside its box, off the lines
    ARTIFACTS.mkdir(exist_ok=True)
    visible.screenshot(path=str(ARTIFACTS / f"neighbourhood-{path.rsplit('/', 1)[-1]}-{tag}.png"))
    context.close()


# -- the area chart and the governance report


@pytest.mark.browser
@pytest.mark.parametrize(("width", "height", "tag"), WIDTHS)
def test_area_chart_text_is_never_under_11px_and_the_page_does_not_overflow(chromium, server, width, height, tag):
    context = chromium.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(server + "/diagram?area=Worcestershire")
    svg = page.locator("#diagram svg")
    smallest = svg.evaluate("""(svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('text')].map(
        t => parseFloat(t.getAttribute('font-size') || getComputedStyle(t).fontSize) * scale)); }""")
    assert round(smallest, 1) >= 11, smallest
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 1
    assert page.locator("a", has_text="full chart").count() == 1
    page.screenshot(path=str(ARTIFACTS / f"area-chart-{tag}.png"), full_page=True)
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize(("width", "height", "tag", "tallest"),
                         [(1366, 900, "desktop", 2500), (390, 844, "phone", 4000)])
def test_governance_report_leads_with_its_summary_and_fits_a_phone(chromium, server, app, width, height, tag,
                                                                  tallest) -> None:
    checks = app.test_client().get("/report/governance.json").get_json()["checks"]
    context = chromium.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(server + "/report/governance")
    headings = page.locator("main h2").all_inner_texts()
    assert headings[:2] == ["Summary", "Findings"]
    counts = dict(zip(page.locator("table.health-summary td:first-child").all_inner_texts(),
                      map(int, page.locator("table.health-summary td.num").all_inner_texts()), strict=True))
    assert counts == {c["title"]: len(c["findings"]) for c in checks}
    height_px = page.evaluate("document.documentElement.scrollHeight")
    assert height_px < tallest, height_px  # the lists wait, folded, until asked for
    page.screenshot(path=str(ARTIFACTS / f"governance-{tag}.png"), full_page=True)
    # every list and every source open: still nothing wider than the phone
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert page.locator("details.check ul.findings > li").count() == sum(len(c["findings"]) for c in checks)
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 1
    context.close()


# -- SPARQL errors


TYPO = "SELECT * WHERE { ?s ?p ?o . FILTER(?s = ) }"


def _told_in_the_users_terms(message: str) -> None:
    assert "line 1, column 44" in message, message
    lines = message.splitlines()
    source = next(i for i, line in enumerate(lines) if line.strip() == TYPO)
    assert lines[source + 1].index("^") == lines[source].index(TYPO) + 43
    assert "expected an expression" in message
    assert "\\u{" not in message and "..=" not in message


def test_sparql_syntax_errors_name_the_users_line_and_column_in_words(app, cli_runner) -> None:
    r = app.test_client().get("/query?query=" + quote(TYPO))
    soup = BeautifulSoup(r.data, "html.parser")
    alert = soup.select_one('[role="alert"]')
    _told_in_the_users_terms(alert.get_text("\n"))
    endpoint = app.test_client().get("/sparql", query_string={"query": TYPO})
    assert endpoint.status_code == 400
    _told_in_the_users_terms(endpoint.get_data(as_text=True))
    cli = run_cli(cli_runner, "query", TYPO)
    assert cli.exit_code == 1
    _told_in_the_users_terms(cli.stderr)


def test_a_typo_on_a_later_line_is_found_there() -> None:
    from govkg.graph.sparql_syntax import explain

    query = "SELECT ?name WHERE {\n  ?p gkg:chairs ?b ;\n     rdfs:label ?name .\n  FILTER(?name = )\n}"
    import pyoxigraph as ox

    from govkg.ontology.vocab import sparql_prefixes

    try:
        ox.Store().query(sparql_prefixes() + query)
    except SyntaxError as e:
        problem = explain(str(e), query, sparql_prefixes().count("\n"))
    assert problem is not None and problem.line >= 4 and problem.source_line == query.splitlines()[problem.line - 1]


def test_a_crowded_neighbourhood_says_how_many_more_are_listed_below() -> None:
    from govkg.server.neighbourhood import MAX_NEIGHBOURS, neighbourhood_svg

    facts = [{"other": {"iri": f"https://w3id.org/govkg/id/body/b{i}", "label": f"Body {i}", "url": f"/b{i}"},
              "relation": "member_of", "verb": "has member", "direction": "in"} for i in range(MAX_NEIGHBOURS + 4)]
    svg = str(neighbourhood_svg("Anytown Board", [{"facts": facts}]))
    assert svg.count("and 4 more, listed below") == 2  # in the wide and the narrow drawing
    assert svg.count("is a member of \u2192") == 2 * MAX_NEIGHBOURS  # said as the member does it, towards the board
