"""Limits under load: fast queries queue briefly behind slow ones instead of being refused; updates have
the same limits as queries (a token holder's runaway update is refused before it writes, reads keep
answering meanwhile, an update that would change too much is refused whole)."""

from __future__ import annotations

import threading
import time

import pytest
import requests
from sparql_servers import GovkgServer, load_test_data

TOKEN = "update-test-token"
CARTESIAN = "DELETE WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def post_update(server: GovkgServer, text: str, timeout: float = 60) -> requests.Response:
    return requests.post(
        server.base + "/update", data=text.encode(), timeout=timeout,
        headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"},
    )


def count(server: GovkgServer) -> int:
    resp = requests.get(
        server.sparql, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "format": "json"}, timeout=30
    )
    assert resp.status_code == 200, resp.text
    return int(resp.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    work = tmp_path_factory.mktemp("updates")
    load_test_data(work / "store", work / "reg")
    srv = GovkgServer(work / "store", "--timeout", "4", "--workers", "2", "--update-token", TOKEN)
    triples = " ".join(f"<urn:x:s{i}> <urn:x:p> {i} ." for i in range(1500))
    assert post_update(srv, f"INSERT DATA {{ GRAPH <urn:x:bulk> {{ {triples} }} }}").status_code == 204
    yield srv
    srv.stop()


def test_a_runaway_update_is_refused_in_time_and_writes_nothing(server):
    before = count(server)
    answers: list[tuple[int, float]] = []

    def reader() -> None:
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline:
            start = time.monotonic()
            r = requests.get(server.sparql, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
            answers.append((r.status_code, time.monotonic() - start))
            time.sleep(0.05)

    thread = threading.Thread(target=reader)
    thread.start()
    start = time.monotonic()
    resp = post_update(server, CARTESIAN)
    took = time.monotonic() - start
    thread.join()
    assert resp.status_code == 503 and "time limit" in resp.text and "not run" in resp.text, resp.text
    assert took < 12, took
    assert count(server) == before  # nothing deleted
    # reads answered throughout, each within the time limit and its queue allowance
    assert answers and all(status == 200 for status, _ in answers), answers
    assert max(seconds for _, seconds in answers) < 12, answers


def test_an_update_that_would_change_too_much_is_refused_whole(server):
    before = count(server)
    resp = post_update(
        server, "INSERT { GRAPH <urn:x:copy> { ?a <urn:x:q> ?c } } WHERE { ?a <urn:x:p> ?b . ?c <urn:x:p> ?d }"
    )
    assert resp.status_code == 400 and "at most" in resp.text and "Nothing was written" in resp.text, resp.text
    assert count(server) == before


def test_ordinary_updates_still_run(server):
    assert post_update(server, "INSERT DATA { <urn:x:new> <urn:x:p> 1 }").status_code == 204
    assert post_update(server, "DELETE { ?s <urn:x:p> 1 } WHERE { ?s <urn:x:p> 1 }").status_code == 204
    assert post_update(server, "INSERT { <urn:x:n> <urn:x:count> ?n } WHERE { "
                       "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x:bulk> { ?s ?p ?o } } }").status_code == 204
    resp = requests.get(server.sparql, params={"query": "SELECT ?n WHERE { <urn:x:n> <urn:x:count> ?n }",
                                               "format": "json"}, timeout=30)
    assert resp.json()["results"]["bindings"][0]["n"]["value"] == "1500"
    assert post_update(server, "DELETE WHERE { <urn:x:n> ?p ?o }").status_code == 204



def test_fast_queries_queue_behind_slow_ones_instead_of_failing(server):
    """Two slow queries hold both workers to the time limit; the fast ones that arrive meanwhile wait for
    the replacements and are answered."""
    results: dict[str, list[int]] = {"slow": [], "fast": []}

    def ask(kind: str, query: str) -> None:
        r = requests.get(server.sparql, params={"query": query}, timeout=60)
        results[kind].append(r.status_code)

    threads = [threading.Thread(target=ask, args=("slow", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . "
                                                          "?g ?h ?i }")) for _ in range(2)]
    for t in threads:
        t.start()
    time.sleep(0.3)
    fast = [threading.Thread(target=ask, args=("fast", "ASK { ?s ?p ?o }")) for _ in range(6)]
    for t in fast:
        t.start()
    for t in threads + fast:
        t.join()
    assert results["slow"] == [503, 503]
    assert results["fast"] == [200] * 6, results
