"""Queries shaped to overflow a query engine's stack are refused with 400 before any engine sees them, and
every query the limits let through parses safely in an engine thread with a 2 MB stack (what `oxigraph
serve` gives a request: measured, it aborts at about 550 nested groups)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from sparql_servers import load_test_data

from govkg.server import create_app
from govkg.server.querytext import MAX_DEPTH, MAX_PARTS, QueryTooComplex, check_shape, shape


def nested(n: int) -> dict[str, str]:
    """Query families that grow an engine's parse or plan tree with N."""
    return {
        "braces": "SELECT * WHERE " + "{" * n + "}" * n,
        "parentheses": "SELECT * WHERE { FILTER(" + "(" * n + "1" + ")" * n + ") }",
        "STR()": "SELECT * WHERE { BIND(" + "STR(" * n + "1" + ")" * n + " AS ?x) }",
        "IF()": "SELECT * WHERE { BIND(" + "IF(true," * n + "1" + ",0)" * n + " AS ?x) }",
        "sub-selects": "SELECT * WHERE " + "{ SELECT * WHERE " * n + "{}" + " }" * n,
        "OPTIONAL nest": "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o " * n + "}" * n + "}",
        "NOT EXISTS nest": "SELECT * WHERE { ?s ?p ?o " + "FILTER NOT EXISTS { ?s ?p ?o " * n + "}" * n + "}",
        "GRAPH nest": "SELECT * WHERE " + "{ GRAPH ?g " * n + "{}" + " }" * n,
        "UNION nest": "SELECT * WHERE " + "{ {} UNION " * n + "{}" + " }" * n,
        "blank nodes": "SELECT * WHERE { ?s <urn:p> " + "[ <urn:p> " * n + "1" + " ]" * n + " }",
        "collections": "SELECT * WHERE { ?s <urn:p> " + "(" * n + "1" + ")" * n + " }",
        "path groups": "SELECT * WHERE { ?s " + "(" * n + "<urn:p>" + ")*" * n + " ?o }",
        "UNION chain": "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * n) + " }",
        "MINUS chain": "SELECT * WHERE { " + "MINUS{} " * n + "}",
        "OPTIONAL chain": "SELECT * WHERE { " + "OPTIONAL{} " * n + "}",
        "BIND chain": "SELECT * WHERE { " + " ".join(f"BIND({i} AS ?v{i})" for i in range(n)) + " }",
        "FILTER chain": "SELECT * WHERE { " + "FILTER(1) " * n + "}",
        "NOT EXISTS chain": "SELECT * WHERE { ?s ?p ?o " + "FILTER NOT EXISTS { ?s ?p ?o } " * n + "}",
        "+ chain": "SELECT * WHERE { BIND(" + "+".join(["1"] * n) + " AS ?x) }",
        "|| chain": "SELECT * WHERE { FILTER(" + "||".join(["?x"] * n) + ") }",
        "! chain": "SELECT * WHERE { FILTER(" + "!" * n + "?x) }",
        "triple patterns": "SELECT * WHERE { " + "?s ?p ?o . " * n + "}",
        "object list": "SELECT * WHERE { ?s <urn:p> " + ", ".join(str(i) for i in range(n)) + " }",
        "flat collection": "SELECT * WHERE { ?s <urn:p> (" + " 1" * n + " ) }",
        "path sequence": "SELECT * WHERE { ?s " + "/".join(["<urn:p>"] * n) + " ?o }",
        "IN list": "SELECT * WHERE { FILTER(?x IN (" + ",".join(["1"] * n) + ")) }",
    }


# The shapes that crashed query workers (and `oxigraph serve` behind a remote store), at their sizes.
CRASHERS = {
    "10k braces": nested(10_000)["braces"],
    "50k parentheses": nested(50_000)["parentheses"],
    "5000 nested STR()": nested(5_000)["STR()"],
    "3000 nested sub-selects": nested(3_000)["sub-selects"],
    "2000 nested OPTIONAL": nested(2_000)["OPTIONAL nest"],
    "1000 nested NOT EXISTS": nested(1_000)["NOT EXISTS nest"],
    "5000 blank node levels": nested(5_000)["blank nodes"],
    "10k UNION branches": nested(10_000)["UNION chain"],
    "5000-item collection": nested(5_000)["flat collection"],
    "10k BINDs": nested(10_000)["BIND chain"],
}

ENGINE = """
import sys, threading, pyoxigraph as ox
threading.stack_size(2 * 1024 * 1024)
query = sys.stdin.read()
def run():
    try:
        ox.Store().query(query)
    except SyntaxError:
        pass
    print("survived", flush=True)
t = threading.Thread(target=run, daemon=True)
t.start()
t.join(2.0)
print("finished" if not t.is_alive() else "still planning", flush=True)
"""


def accepted(query: str) -> bool:
    try:
        check_shape(query)
        return True
    except QueryTooComplex:
        return False


def largest_accepted(family: str) -> int:
    lo, hi = 1, 2
    while accepted(nested(hi)[family]):  # gallop, so no huge query is built
        lo, hi = hi, hi * 2
        if hi > 100_000:
            return hi
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if accepted(nested(mid)[family]):
            lo = mid
        else:
            hi = mid
    return lo


def test_what_is_counted():
    prologue = "PREFIX a: <urn:a#>\nPREFIX b: <urn:b#>\nBASE <urn:x>\n"
    assert shape(prologue + "SELECT ?x WHERE { ?x a:p 1 }") == shape("SELECT ?x WHERE { ?x a:p 1 }")
    values = "SELECT ?x WHERE { VALUES ?x { " + " ".join(f"<urn:x{i}>" for i in range(50_000)) + " } }"
    check_shape(values)  # a long list of values is flat: fine
    data = "INSERT DATA { " + " ".join(f"<urn:s{i}> <urn:p> {i} ." for i in range(50_000)) + " }"
    check_shape(data, max_bytes=None)
    assert shape("SELECT * { ?s <urn:p> (1 2 3) }")[1] > shape("SELECT * { ?s <urn:p> 1, 2, 3 }")[1]
    assert shape("SELECT * { ?s ?p << ?a ?b ?c >> }")[0] == 2
    # words inside strings, IRIs and comments are not structure
    assert shape('SELECT * { ?s ?p "{{{{((((" } # ((((')[0] == 1


@pytest.mark.parametrize("name", sorted(CRASHERS))
def test_crashing_shapes_are_refused_with_a_reason(name):
    with pytest.raises(QueryTooComplex) as err:
        check_shape(CRASHERS[name])
    text = str(err.value)
    assert f"at most {MAX_DEPTH} levels" in text or f"at most {MAX_PARTS}" in text


def test_everything_the_limits_let_through_is_safe_for_a_2mb_engine_stack():
    """For each family, the largest query the limits accept parses (and starts planning) without a crash."""
    procs = {}
    for family in nested(1):
        n = largest_accepted(family)
        assert n < 10_000, family  # every family is bounded
        procs[family] = subprocess.Popen(
            [sys.executable, "-c", ENGINE], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        procs[family].stdin.write(nested(n)[family])
        procs[family].stdin.close()
    crashed = {}
    for family, proc in procs.items():
        out = proc.stdout.read()
        code = proc.wait(30)
        if code != 0 or not ("survived" in out or "still planning" in out):
            crashed[family] = (code, out)
    assert not crashed, crashed


def test_the_endpoint_refuses_them_before_a_worker_sees_them(tmp_path):
    load_test_data(tmp_path / "store", tmp_path / "reg")
    from govkg.graph.store import LocalStore

    store = LocalStore(tmp_path / "store")
    app = create_app(store, {"QUERY_WORKERS": 1, "TESTING": True})
    client = app.test_client()
    pool = app.extensions["govkg.executor"]
    try:
        assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200
        workers = {id(w) for w in pool._idle}
        for name, query in CRASHERS.items():
            start = time.monotonic()
            resp = client.post("/sparql", data={"query": query})
            assert resp.status_code == 400, (name, resp.status_code, resp.data[:200])
            assert "govkg passes on at most" in resp.get_data(as_text=True)
            assert time.monotonic() - start < 2, name
        assert pool.restarts == 0 and {id(w) for w in pool._idle} == workers
        # the same shapes as updates: refused before the store parses them in the server's own process
        app.config["UPDATE_TOKEN"] = "t"
        resp = client.post(
            "/update", data="INSERT DATA { " + "<urn:a> <urn:b> " + "[ <urn:p> " * 20_000 + "1" + " ]" * 20_000 + " }",
            content_type="application/sparql-update", headers={"Authorization": "Bearer t"},
        )
        assert resp.status_code == 400 and "levels" in resp.get_data(as_text=True)
    finally:
        pool.close()
        store.close()
