"""The explorer in a real headless Chromium (Debian's) against a real waitress server: search suggestions,
a question with its quote, evidence to the highlighted span, a SPARQL query and its CSV. Screenshots of the
main pages at desktop and phone widths go to test-artifacts/."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from explorer_fixture import build_store

from conftest import ARTIFACTS, live_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    from govkg.server import create_app

    store = build_store(tmp_path_factory.mktemp("browser") / "store")
    with live_server(create_app(store, {"UPDATE_TOKEN": "browser-token"})) as url:
        yield url
    store.close()


@pytest.fixture(scope="module")
def browser(chromium):
    return chromium


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


def test_search_box_suggests_and_opens_the_entity(page, server):
    page.goto(server + "/")
    box = page.locator("#home-q")
    box.press_sequentially("nsc", delay=30)
    option = page.locator("#home-q-suggestions li").first
    option.wait_for()
    assert "Northshire Safer Communities Board" in option.inner_text()
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url("**/id/body/northshire-safer-communities-board")
    assert page.locator("h1").inner_text() == "Northshire Safer Communities Board"


def test_question_answer_with_quote_then_evidence_highlighted(page, server):
    page.goto(server + "/")
    page.fill("#home-ask", "Which body oversees Prevent in Northshire?")
    page.press("#home-ask", "Enter")
    page.wait_for_url("**/ask?q=*")
    first = page.locator("ol.answers > li").first
    assert first.locator(".answer-label").inner_text() == "Northshire Safer Communities Board"
    assert (
        first.locator("blockquote").inner_text()
        == "The Board has oversight of the Prevent duty across Northshire."
    )
    first.locator("figcaption a").click()
    page.wait_for_url("**/id/doc/northshire-scb-2022-05-12?hl=*")
    current = page.locator("a.fact-span.current mark")
    assert current.first.inner_text().startswith("The Board has oversight")
    assert current.first.is_visible()
    # the highlighted span is scrolled into view inside the document text
    box = current.first.bounding_box()
    assert box is not None and box["y"] < 900


def test_sparql_query_runs_and_downloads_csv(page, server):
    page.goto(server + "/query")
    editor = page.locator("#query")
    editor.fill("SELECT DISTINCT ?label WHERE { ?b a gkg:Board ; rdfs:label ?label } ORDER BY ?label")
    editor.press("Control+Enter")
    page.wait_for_selector("table.results-table tbody tr")
    rows = page.locator("table.results-table tbody tr")
    assert rows.count() == 2
    with page.expect_download() as info:
        page.locator("a[download]", has_text="CSV").click()
    text = Path(info.value.path()).read_text(encoding="utf-8")
    assert text.splitlines() == [
        "label",
        "Northshire Health and Wellbeing Board",
        "Northshire Safer Communities Board",
    ]


def test_pages_work_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(server + "/search?q=" + quote("Safer Communities"))
    pg.locator("ul.results a").first.click()
    assert pg.locator("h1").inner_text() == "Northshire Safer Communities Board"
    pg.fill("#as_of", "2020-01-01")
    pg.locator("form.asof button").click()
    assert "as_of=2020-01-01" in pg.url
    assert "Tom Baker" in pg.locator("section.rel-group", has_text="chaired by").inner_text()
    context.close()


SHOTS = {
    "home": "/",
    "entity": "/id/body/northshire-safer-communities-board",
    "ask": "/ask?q=" + quote("Who chaired the NSCB in 2019?"),
    "document": "/id/doc/northshire-scb-2022-05-12",
    "query": "/query?query=" + quote("SELECT ?s ?label WHERE { ?s rdfs:label ?label } LIMIT 20"),
    "documents": "/documents",
    "upload": "/upload",
}


@pytest.mark.parametrize("width, height, tag", [(1280, 900, "desktop"), (390, 844, "phone")])
def test_screenshots_of_the_main_pages(browser, server, width, height, tag):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    for name, path in SHOTS.items():
        pg.goto(server + path)
        # Nothing may stick out sideways at this width, except inside scrolling boxes.
        overflow = pg.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, f"{name} is {overflow}px too wide at {width}px"
        pg.screenshot(path=str(ARTIFACTS / f"{name}-{tag}.png"), full_page=True)
    context.close()
