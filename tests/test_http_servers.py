"""`govkg serve` behind granian (the default) and behind waitress (`--server waitress`) give the same answers:
status, headers and body, request by request, over real sockets; and granian's server stops cleanly, with a
request in flight answered, and refuses a port another server holds."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import requests
from sparql_servers import CARTESIAN_COUNT, GovkgServer, load_test_data

PREFIX = "PREFIX gkg: <https://w3id.org/govkg/def#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
CHAIRS = PREFIX + "SELECT ?p ?b WHERE { ?p gkg:chairs ?b } ORDER BY ?p"
ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
# What differs between two servers by nature: the clock, the time a query took, and the port each listens
# on (in the service description and in pages that name their own address). The reason phrase after the
# status code is each server's own (granian writes the standard one, waitress the app's upper-case one);
# clients ignore it (RFC 9112, 4).
VOLATILE = {"date", "govkg-elapsed"}


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory):
    work = tmp_path_factory.mktemp("http-servers")
    load_test_data(work / "store", work / "register")
    shutil.copytree(work / "store", work / "store-w")
    started = []
    try:
        for kind, store in (("granian", work / "store"), ("waitress", work / "store-w")):
            started.append(GovkgServer(store, "--server", kind, "--row-limit", "20", "--timeout", "2"))
        yield dict(zip(("granian", "waitress"), started, strict=True))
    finally:
        for s in started:
            s.stop()


def raw(base: str, request: bytes) -> tuple[str, list[tuple[str, str]], bytes]:
    """Send REQUEST (bytes, as a client would write them) and read one answer: status line, headers, body."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        s.sendall(request)
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
            head, sep, body = data.partition(b"\r\n\r\n")
            if sep:
                fields = [line.split(b":", 1) for line in head.split(b"\r\n")[1:]]
                length = next((int(v) for k, v in fields if k.strip().lower() == b"content-length"), None)
                if b"HEAD" == request.split(b" ", 1)[0] or (length is not None and len(body) >= length):
                    break
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = [(k.strip().lower(), v.strip()) for k, v in (line.split(":", 1) for line in lines[1:])]
    if any(k == "transfer-encoding" and v == "chunked" for k, v in headers):
        out, rest = b"", body
        while rest:
            size, _, rest = rest.partition(b"\r\n")
            n = int(size, 16)
            if not n:
                break
            out, rest = out + rest[:n], rest[n + 2:]
        body = out
    return lines[0], headers, body


def comparable(answer: tuple[str, list[tuple[str, str]], bytes], base: str) -> tuple:
    status, headers, body = answer
    status = status.split(" ", 2)[1]  # the code
    port = base.rsplit(":", 1)[1]
    kept = sorted(
        # werkzeug lists the allowed methods from a set: their order is the process's hash seed's
        (k, ", ".join(sorted(v.split(", "))) if k == "allow" else v.replace(port, "PORT"))
        for k, v in headers
        # the framing of a body (length or chunks) is the server's choice; the body itself is compared
        if k not in VOLATILE and k not in ("content-length", "transfer-encoding", "connection")
    )
    return status, kept, body.replace(port.encode(), b"PORT")


def _get(path: str, *headers: str) -> bytes:
    extra = "".join(f"{h}\r\n" for h in headers)
    return f"GET {path} HTTP/1.1\r\nHost: example.org\r\nConnection: close\r\n{extra}\r\n".encode()


def _post(path: str, body: bytes, ctype: str, *headers: str) -> bytes:
    extra = "".join(f"{h}\r\n" for h in headers)
    return (f"POST {path} HTTP/1.1\r\nHost: example.org\r\nConnection: close\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(body)}\r\n{extra}\r\n").encode() + body


REQUESTS = {
    "select json": _get("/sparql?query=" + quote(CHAIRS), "Accept: application/sparql-results+json"),
    "select csv": _get("/sparql?query=" + quote(CHAIRS), "Accept: text/csv"),
    "select xml, cut at the row limit": _get("/sparql?query=" + quote(ALL),
                                             "Accept: application/sparql-results+xml"),
    "construct turtle": _get("/sparql?query=" + quote(PREFIX + "CONSTRUCT WHERE { ?p gkg:chairs ?b }"),
                             "Accept: text/turtle"),
    "ask": _get("/sparql?query=" + quote("ASK { ?s ?p ?o }")),
    "syntax error": _get("/sparql?query=" + quote("SELECT WHERE {")),
    "not acceptable": _get("/sparql?query=" + quote(CHAIRS), "Accept: image/png"),
    "time limit": _get("/sparql?query=" + quote(CARTESIAN_COUNT)),
    "post direct": _post("/sparql", CHAIRS.encode(), "application/sparql-query"),
    "post form": _post("/sparql", ("query=" + quote(CHAIRS)).encode(), "application/x-www-form-urlencoded"),
    "post chunked": (b"POST /sparql HTTP/1.1\r\nHost: example.org\r\nConnection: close\r\n"
                     b"Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n"
                     + f"{len(CHAIRS):x}\r\n{CHAIRS}\r\n0\r\n\r\n".encode()),
    "update without a token": _post("/update", b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                    "application/sparql-update"),
    "a long URL": _get("/sparql?query=" + quote(CHAIRS + " " + "#" + "x" * 20_000 + "\n")),
    "service description": _get("/sparql"),
    "health": _get("/healthz"),
    "home page": _get("/"),
    "an entity page": _get("/id/person/priya-anand", "Accept: text/html"),
    "an entity as JSON": _get("/id/person/priya-anand", "Accept: application/json"),
    "a path not UTF-8": _get("/id/person/%FF%FE"),
    "a path in UTF-8": _get("/id/person/%C3%A9l%C3%A9onore"),
    "a missing page": _get("/no/such/page"),
    "a method not allowed": b"DELETE /sparql HTTP/1.1\r\nHost: example.org\r\nConnection: close\r\n\r\n",
    "head": b"HEAD /sparql HTTP/1.1\r\nHost: example.org\r\nConnection: close\r\n\r\n",
    "cross-origin preflight": (b"OPTIONS /sparql HTTP/1.1\r\nHost: example.org\r\nConnection: close\r\n"
                               b"Origin: https://example.com\r\nAccess-Control-Request-Method: POST\r\n\r\n"),
    "a client posing as a proxy": _get("/sparql?query=" + quote("ASK {}"), "X-Forwarded-For: 10.0.0.1",
                                       "X-Forwarded-Proto: https", "Forwarded: for=10.0.0.1;proto=https"),
}


@pytest.mark.parametrize("name", list(REQUESTS))
def test_both_servers_answer_alike(servers, name: str) -> None:
    request = REQUESTS[name]
    g, w = servers["granian"].base, servers["waitress"].base
    got_g = comparable(raw(g, request), g)
    got_w = comparable(raw(w, request), w)
    if name == "health":  # the query workers alive at this moment (the time-limit request replaces one)
        got_g, got_w = ((code, headers, body.split(b',"workers"')[0]) for code, headers, body in (got_g, got_w))
    assert got_g == got_w
    if name.startswith("select") or name == "ask":
        assert got_g[0] == "200"
    if name == "select xml, cut at the row limit":
        assert ("govkg-truncated", "true") in [(k, v.lower()) for k, v in got_g[1]]


def test_the_server_header_names_govkg(servers) -> None:
    for s in servers.values():
        r = requests.get(s.sparql, params={"query": "ASK {}"}, timeout=30)
        assert r.headers["Server"] == "govkg"


def test_keep_alive_connections_serve_many_requests(servers) -> None:
    for s in servers.values():
        with requests.Session() as session:
            for i in range(20):
                r = session.get(s.sparql, params={"query": f"SELECT ?n WHERE {{ BIND({i} AS ?n) }}"}, timeout=30)
                assert r.json()["results"]["bindings"][0]["n"]["value"] == str(i)


def test_the_startup_line_names_the_server(servers) -> None:
    assert ", granian;" in servers["granian"].startup_line
    assert ", waitress;" in servers["waitress"].startup_line


def test_sigterm_answers_the_request_in_flight_then_stops(tmp_path: Path) -> None:
    load_test_data(tmp_path / "store", tmp_path / "register")
    srv = GovkgServer(tmp_path / "store", "--timeout", "3")
    answer: dict = {}

    def slow() -> None:
        # a query that runs to the 3 s limit: in flight when the server is asked to stop
        r = requests.get(srv.sparql, params={"query": CARTESIAN_COUNT}, timeout=60)
        answer["status"] = r.status_code

    t = threading.Thread(target=slow)
    t.start()
    time.sleep(0.8)
    workers = srv.children()
    srv.process.send_signal(signal.SIGTERM)
    t.join(60)
    code = srv.process.wait(60)
    srv.stop()
    assert answer.get("status") == 503  # the query's own answer (its time limit), not a dropped connection
    assert code == 0
    for pid in workers:  # the query workers went with it
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
    # and the store was closed cleanly: it opens for writing at once
    from govkg.graph.store import LocalStore

    LocalStore(tmp_path / "store").close()


@pytest.mark.parametrize("kind", ["granian", "waitress"])
def test_a_port_in_use_is_one_line(tmp_path: Path, kind: str) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        out = subprocess.run(
            [sys.executable, "-m", "govkg", "serve", "--store", str(tmp_path / "s"), "--port", str(port),
             "--server", kind],
            capture_output=True, text=True, timeout=60,
        )
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [f"Error: cannot listen on 127.0.0.1:{port}: Address already in use"]


def test_two_granian_servers_cannot_share_a_port(tmp_path: Path) -> None:
    """granian's own listener sets SO_REUSEPORT, which would let a second server take half the connections;
    the socket govkg binds does not."""
    load_test_data(tmp_path / "store", tmp_path / "register")
    srv = GovkgServer(tmp_path / "store")
    try:
        port = srv.base.rsplit(":", 1)[1]
        out = subprocess.run(
            [sys.executable, "-m", "govkg", "serve", "--store", str(tmp_path / "other"), "--port", port],
            capture_output=True, text=True, timeout=60,
        )
        assert out.returncode == 1 and "Address already in use" in out.stderr
    finally:
        srv.stop()
