"""govkg in front of Virtuoso Open Source, side by side with govkg in front of `oxigraph serve`, on the same
generated graph: the load through govkg's remote store (Graph Store Protocol), the benchmark queries through
govkg's /sparql (one client, then 8), each question kind through /api/ask, and the explorer pages.

    python bench/virtuoso_bench.py --councils 100 [--seed 1] [--out bench/out/virtuoso-100.json]

Needs `virtuoso-t` and `isql-vt` (Debian virtuoso-opensource) and `oxigraph` (PyPI). Prints a JSON report and
the ratios Virtuoso / Oxigraph measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
for p in (HERE, HERE.parent / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import http_bench as hb  # noqa: E402
import pyoxigraph as ox  # noqa: E402
import requests  # noqa: E402
from generate import DEFAULT_SEED, GENERATOR_VERSION, generate_graph  # noqa: E402
from sparql_servers import GovkgServer, OxigraphServer, VirtuosoServer  # noqa: E402
from workload import queries, questions  # noqa: E402

from govkg.graph.remote import RemoteStore  # noqa: E402

OUT = HERE / "out"


def graph_file(n: int, seed: int) -> Path:
    nq = OUT / f"graph-n{n}-s{seed}-v{GENERATOR_VERSION}.nq"  # the name bench/run.py caches it under
    if not nq.exists():
        generate_graph(n, nq, seed)
    return nq


def page_ms(base: str, path: str, reps: int = 5) -> dict[str, Any]:
    samples = []
    with requests.Session() as s:
        for k in range(reps + 1):
            t0 = time.perf_counter()
            try:
                r = s.get(base + path, timeout=120)
            except requests.Timeout:
                return {"status": "no answer within 120 s"}
            if r.status_code != 200:
                return {"status": r.status_code}
            if k:
                samples.append((time.perf_counter() - t0) * 1000)
    return {"status": 200, "median_ms": statistics.median(samples)}


def measure(name: str, backend: str, nq: Path, seed: int, args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    store = RemoteStore(backend, timeout=3600)  # a whole-file load answers when it is all in
    t0 = time.perf_counter()
    store.bulk_load(nq, ox.RdfFormat.N_QUADS, merge=False)  # the file carries the merge already
    out["load_s"] = time.perf_counter() - t0
    out["triples_default_graph"] = store.triple_count()
    store.close()
    print(f"{name}: loaded in {out['load_s']:.1f} s", file=sys.stderr)
    server = GovkgServer(backend, "--timeout", "120")  # type: ignore[arg-type]
    try:
        qs = queries(seed)
        out["queries"] = {q.name: hb.latency(server.sparql, q.text, q.kind, args.reps, args.budget) for q in qs}
        out["throughput"] = {
            qn: hb.throughput(server.sparql, next(q for q in qs if q.name == qn).text, "select",
                              budget_s=args.throughput_budget)
            for qn in ("q07_evidence", "q02_chair_at_date")
        }
        print(f"{name}: questions", file=sys.stderr)
        out["ask"] = {kind: hb.ask_latency(server.base, q, args.reps, args.budget) for kind, q in questions(seed)}
        out["answers"] = {
            kind: sorted((a["label"], a["iri"] or "") for a in
                         requests.get(server.base + "/api/ask", params={"q": q}, timeout=120).json()["answers"])
            for kind, q in questions(seed)
        }
        rows = requests.get(server.sparql, timeout=120, headers={"Accept": "application/sparql-results+json"},
                            params={"query": "PREFIX gkg: <https://w3id.org/govkg/def#> SELECT ?b WHERE "
                                    "{ ?p gkg:chairs ?b } ORDER BY ?b LIMIT 1"}).json()["results"]["bindings"]
        body = rows[0]["b"]["value"].split("/id/", 1)[1]
        pages = ["/", "/search?q=Partnership", f"/id/{body}", f"/id/{body}.json", "/documents"]
        print(f"{name}: pages", file=sys.stderr)
        out["pages"] = {p: page_ms(server.base, p, args.page_reps) for p in pages}
    finally:
        server.stop()
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--councils", type=int, default=10)
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--reps", type=int, default=7)
    p.add_argument("--page-reps", type=int, default=3)
    p.add_argument("--budget", type=float, default=3.0)
    p.add_argument("--throughput-budget", type=float, default=6.0)
    p.add_argument("--buffers", type=int, default=170_000, help="Virtuoso's NumberOfBuffers (8 KiB each)")
    p.add_argument("--out", type=Path)
    args = p.parse_args(argv)
    nq = graph_file(args.councils, args.seed)
    report: dict[str, Any] = {"councils": args.councils, "nq_bytes": nq.stat().st_size}
    with tempfile.TemporaryDirectory(prefix="govkg-vbench-") as tmp:
        oxi = OxigraphServer(Path(tmp) / "oxigraph")
        try:
            report["oxigraph"] = measure("oxigraph serve", oxi.base, nq, args.seed, args)
            report["oxigraph"]["rss_mib"] = hb.Server("", oxi.process, "", "", Path(tmp)).peak_rss_mib()
            if args.out:  # what is measured so far survives a run cut short
                args.out.write_text(json.dumps(report, indent=1, default=str))
        finally:
            oxi.stop()
        virt = VirtuosoServer(Path(tmp) / "virtuoso", buffers=args.buffers)
        try:
            report["virtuoso"] = measure("virtuoso", virt.base, nq, args.seed, args)
            report["virtuoso"]["rss_mib"] = hb.Server("", virt.process, "", "", Path(tmp)).peak_rss_mib()
        finally:
            virt.stop()
    o, v = report["oxigraph"], report["virtuoso"]
    ratios: dict[str, Any] = {"load": v["load_s"] / o["load_s"]}
    for q, r in o["queries"].items():
        if "median_ms" in r and "median_ms" in v["queries"][q]:
            ratios[q] = v["queries"][q]["median_ms"] / r["median_ms"]
    for q, r in o["throughput"].items():
        ratios[f"rps {q}"] = v["throughput"][q]["rps"] / r["rps"] if r["rps"] else None
    for kind, r in o["ask"].items():
        if r.get("median_ms") and v["ask"][kind].get("median_ms"):
            ratios[f"ask {kind}"] = v["ask"][kind]["median_ms"] / r["median_ms"]
    for page, r in o["pages"].items():
        if r.get("median_ms") and v["pages"][page].get("median_ms"):
            ratios[f"page {page}"] = v["pages"][page]["median_ms"] / r["median_ms"]
    report["same_answers"] = {
        "questions": [k for k in o["answers"] if o["answers"][k] != v["answers"][k]] or "all equal",
        "query_rows": [q for q in o["queries"] if o["queries"][q].get("rows") != v["queries"][q].get("rows")]
        or "all equal",
    }
    report["virtuoso_over_oxigraph"] = ratios
    text = json.dumps(report, indent=1, default=str)
    if args.out:
        args.out.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
