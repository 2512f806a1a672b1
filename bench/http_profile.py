"""Where one SPARQL request's CPU goes in govkg's server, part by part, beside `oxigraph serve` in the same run.

    python bench/http_profile.py bench/out/store-10                     # q07 and q02 of the workload
    python bench/http_profile.py bench/out/store-100 --queries q07_evidence --rounds 6

Each part is timed by CPU (process_time, or /proc for other processes), one request at a time, the parts taking
turns round by round so that a busy spell of a shared machine falls on all of them; medians over the rounds:

- `engine`: pyoxigraph alone on a read-only copy of the store, the query and its JSON written (what any
  server must spend);
- `run_query`: the same through govkg's `run_query` (row-limit sink, re-encoding), as a query worker runs it;
- `fast path (no hop)`: the serving process's Python for GET /sparql (parameters, negotiation, headers,
  metrics) with the executor answering a result computed before;
- `WSGI call: main` / `WSGI call: workers`: the whole WSGI call in this process through a real worker pool
  (one worker), split between this process and the worker;
- `hop, trivial query: main` / `: workers`: `WorkerPool.run` of `ASK {}`: the hop's own cost;
- `oxigraph serve: query` / `: ASK {}`: oxigraph's server process, sequential keep-alive GETs (its HTTP cost is
  the second).

What is not here: the HTTP server in front of the WSGI call and thread hand-offs under concurrent load (see
`bench/http_compare.py`, which measures the whole server's CPU per request with 8 clients).
"""

from __future__ import annotations

import argparse
import http.client
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import http_bench as hb  # noqa: E402
from generate import DEFAULT_SEED  # noqa: E402
from http_compare import tree_cpu_s  # noqa: E402
from workload import queries  # noqa: E402

JSON = "application/sparql-results+json"


def _environ(query_string: str) -> dict[str, Any]:
    return {"REQUEST_METHOD": "GET", "PATH_INFO": "/sparql", "QUERY_STRING": query_string, "HTTP_ACCEPT": JSON,
            "wsgi.input": io.BytesIO(b""), "REMOTE_ADDR": "127.0.0.1", "SERVER_NAME": "localhost",
            "SERVER_PORT": "80", "wsgi.url_scheme": "http"}


def _ignore(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
    pass


def _ratio(a: float, b: float) -> str:
    # another process's CPU is read from /proc in clock ticks (10 ms): a short run can read none at all
    return f"{a / b:5.2f}x" if b > 0 else "  n/a"


def profile_query(
    text: str, app: Any, reader: Any, conn: http.client.HTTPConnection, oxigraph_pid: int, args: argparse.Namespace
) -> dict[str, list[float]]:
    """CPU per request (us) of each part for query TEXT, ROUNDS rounds of N, the parts taking turns."""
    import pyoxigraph as ox

    from govkg.server.executor import raw_query_fn, run_query

    pool = app.extensions["govkg.executor"]
    wsgi = app.wsgi_app
    query_string = urllib.parse.urlencode({"query": text})
    canned = pool.run(text, [JSON])
    real_run = pool.run
    fn = raw_query_fn(reader)

    def oxigraph_get(q: str) -> Callable[[], None]:
        path = "/query?" + urllib.parse.urlencode({"query": q})

        def get() -> None:
            conn.request("GET", path, headers={"Accept": JSON})
            conn.getresponse().read()

        return get

    def wsgi_call() -> None:
        b"".join(wsgi(_environ(query_string), _ignore))

    def fast_path_only() -> None:
        pool.run = lambda *a, **k: canned
        try:
            b"".join(wsgi(_environ(query_string), _ignore))
        finally:
            pool.run = real_run

    # (label, call, whose CPU: "self" this process, "split" this process and its children, "oxigraph")
    parts: list[tuple[str, Callable[[], Any], str]] = [
        ("engine", lambda: reader.query(text).serialize(format=ox.QueryResultsFormat.JSON), "self"),
        ("run_query", lambda: run_query(fn, text, [JSON]), "self"),
        ("fast path (no hop)", fast_path_only, "self"),
        ("WSGI call", wsgi_call, "split"),
        ("hop, trivial query", lambda: pool.run("ASK {}", [JSON]), "split"),
        ("oxigraph serve: query", oxigraph_get(text), "oxigraph"),
        ("oxigraph serve: ASK {}", oxigraph_get("ASK {}"), "oxigraph"),
    ]
    for _, call, _ in parts:
        call()  # warm-up, untimed
    res: dict[str, list[float]] = {}
    n = args.n
    for r in range(args.rounds):
        for label, call, whose in parts[r % len(parts):] + parts[: r % len(parts)]:
            c0, t0, o0 = time.process_time(), tree_cpu_s(os.getpid()), tree_cpu_s(oxigraph_pid)
            for _ in range(n):
                call()
            own = (time.process_time() - c0) / n * 1e6
            if whose == "self":
                res.setdefault(label, []).append(own)
            elif whose == "split":
                res.setdefault(f"{label}: main", []).append(own)
                res.setdefault(f"{label}: workers", []).append((tree_cpu_s(os.getpid()) - t0) / n * 1e6 - own)
            else:
                res.setdefault(label, []).append((tree_cpu_s(oxigraph_pid) - o0) / n * 1e6)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("--queries", default="q07_evidence,q02_chair_at_date")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--n", type=int, default=500, help="requests per part and round")
    ap.add_argument("--oxigraph", default=str(Path(sys.executable).parent / "oxigraph"))
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)

    from govkg.graph.store import LocalStore, open_read_only
    from govkg.ontology.vocab import sparql_prefixes
    from govkg.server import create_app

    work = Path(tempfile.mkdtemp(prefix="http-profile-", dir=HERE / "out"))
    shutil.copytree(args.store, work / "govkg")
    shutil.copytree(args.store, work / "oxigraph")
    port = hb.free_port()
    oxi = hb.start("oxigraph", [args.oxigraph, "serve-read-only", "--location", str(work / "oxigraph"),
                                "--bind", f"{hb.LOOPBACK}:{port}"], port, "/", "/query", work / "oxigraph.log")
    store = LocalStore(str(work / "govkg"))
    app = create_app(store, {"QUERY_WORKERS": 1})
    pool = app.extensions["govkg.executor"]
    reader = open_read_only(str(args.store))
    conn = http.client.HTTPConnection(hb.LOOPBACK, port)
    try:
        by_name = {q.name: q for q in queries(args.seed)}
        for name in [x for x in args.queries.split(",") if x]:
            res = profile_query(sparql_prefixes() + by_name[name].text, app, reader, conn, oxi.proc.pid, args)
            engine = statistics.median(res["engine"])
            print(f"\n{name} (load {os.getloadavg()[0]:.1f}): CPU per request, median of {args.rounds} rounds "
                  f"of {args.n}")
            for label, values in res.items():
                med = statistics.median(values)
                spread = f"({min(values):.0f}-{max(values):.0f})"
                print(f"  {label:32} {med:8.0f} us  {spread}  {_ratio(med, engine)} engine")
            wsgi_total = statistics.median(res["WSGI call: main"]) + statistics.median(res["WSGI call: workers"])
            ox_total = statistics.median(res["oxigraph serve: query"])
            print("  govkg's WSGI call (both processes) / oxigraph serve's whole request:",
                  _ratio(wsgi_total, ox_total))
    finally:
        pool.close()
        store.close()
        oxi.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
