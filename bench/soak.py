"""A bounded loopback soak of `govkg serve`: 8 clients for a fixed time, mixing the benchmark's governance
queries, plain-English questions, deliberately slow queries (which must stop at the time limit with a 503)
and one upload, while /healthz is polled. Prints requests/s, p50/p99 per kind, errors, /healthz latency and
the server's memory (its own RSS and its worker processes') before and after.

    python bench/soak.py                          # 10 councils, 60 s, 8 clients, 2 workers, 5 s limit
    python bench/soak.py --seconds 20 --councils 2   # quick
    python bench/soak.py --json                   # the figures as JSON

Everything binds 127.0.0.1; the server is stopped at the end; every loop is bounded by the duration.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import requests  # noqa: E402
from generate import generate_corpus, generate_graph  # noqa: E402
from http_bench import ACCEPT, free_port, percentile, start  # noqa: E402
from workload import queries, questions  # noqa: E402

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TOKEN = "soak-token"


def rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            out += [int(p) for p in (task / "children").read_text().split()]
    except OSError:
        pass
    return out


def memory(pid: int) -> dict[str, float]:
    """The server's own RSS and its worker processes' (query and parse workers; they start new sessions,
    so they are found as children, not as a process group)."""
    kids = children(pid)
    return {"server_mib": round(rss_mib(pid), 1), "workers_mib": round(sum(rss_mib(k) for k in kids), 1),
            "workers": len(kids)}


def build_store(work: Path, councils: int, seed: int) -> Path:
    import pyoxigraph as ox

    from govkg.graph.store import LocalStore
    from govkg.pipeline import ensure_vocabulary

    nq = work / "graph.nq"
    generate_graph(councils, nq, seed)
    store = LocalStore(work / "store")
    try:
        store.bulk_load(nq, ox.RdfFormat.N_QUADS)
        ensure_vocabulary(store)
    finally:
        store.close()
    return work / "store"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--councils", type=int, default=10)
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--timeout", type=float, default=5.0, help="the server's query time limit")
    p.add_argument("--threads", type=int, default=None, help="the server's request threads (default: its own)")
    p.add_argument("--slow-share", type=float, default=0.03)
    p.add_argument("--question-share", type=float, default=0.15)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="govkg-soak-") as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        store = build_store(work, args.councils, args.seed)
        corpus = generate_corpus(1, work / "upload", args.seed)
        upload_files = sorted(p for p in Path(corpus.path).rglob("*") if p.is_file())[:2]
        built_s = time.perf_counter() - t0
        port = free_port()
        server = start(
            "govkg",
            [sys.executable, "-m", "govkg", "serve", "--store", str(store), "--port", str(port),
             "--workers", str(args.workers), "--timeout", str(args.timeout), "--update-token", TOKEN,
             *(["--threads", str(args.threads)] if args.threads else [])],
            port, "/healthz", "/sparql", work / "server.log",
        )
        try:
            result = soak(server.base, server.proc.pid, args, upload_files)
        finally:
            server.stop()
        result.update(built_s=round(built_s, 1), councils=args.councils)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(report(result, args))
    return 0 if result["fast_errors"] == 0 else 1


def soak(base: str, pid: int, args: argparse.Namespace, upload_files: list[Path]) -> dict[str, Any]:
    fast = queries(args.seed)
    asks = [q for _, q in questions(args.seed)]
    session = requests.Session()
    for q in fast:  # warm every query once (and start the workers)
        session.get(base + "/sparql", params={"query": q.text}, headers={"Accept": ACCEPT[q.kind]}, timeout=60)
    session.get(base + "/api/ask", params={"q": asks[0]}, timeout=60)
    before = memory(pid)
    samples: dict[str, list[tuple[int, float]]] = defaultdict(list)
    lock = threading.Lock()
    stop_at = time.monotonic() + args.seconds
    health: list[float] = []

    def record(kind: str, status: int, seconds: float) -> None:
        with lock:
            samples[kind].append((status, seconds))

    def client(index: int) -> None:
        rng = random.Random(args.seed * 1000 + index)
        s = requests.Session()
        uploaded = index != 0
        while time.monotonic() < stop_at:
            if not uploaded and time.monotonic() > stop_at - args.seconds / 2:
                uploaded = True
                files = [("files", (f.name, io.BytesIO(f.read_bytes()))) for f in upload_files]
                t = time.perf_counter()
                r = s.post(base + "/upload.json", files=files, headers={"Authorization": f"Bearer {TOKEN}"},
                           timeout=300)
                record("upload", r.status_code, time.perf_counter() - t)
                continue
            roll = rng.random()
            t = time.perf_counter()
            try:
                if roll < args.slow_share:
                    r = s.get(base + "/sparql", params={"query": SLOW}, timeout=120)
                    kind = "slow query"
                elif roll < args.slow_share + args.question_share:
                    r = s.get(base + "/api/ask", params={"q": rng.choice(asks)}, timeout=120)
                    kind = "question"
                else:
                    q = rng.choice(fast)
                    r = s.get(base + "/sparql", params={"query": q.text}, headers={"Accept": ACCEPT[q.kind]},
                              timeout=120)
                    kind = "query"
                record(kind, r.status_code, time.perf_counter() - t)
            except requests.RequestException:
                record("connection error", 0, time.perf_counter() - t)

    rss_series: list[float] = []

    def poll_health() -> None:
        s = requests.Session()
        next_rss = 0.0
        while time.monotonic() < stop_at:
            t = time.perf_counter()
            s.get(base + "/healthz", timeout=30)
            health.append(time.perf_counter() - t)
            if time.monotonic() >= next_rss:  # the server's own RSS every tenth of the run
                rss_series.append(round(rss_mib(pid), 1))
                next_rss = time.monotonic() + args.seconds / 10
            time.sleep(0.25)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    threads.append(threading.Thread(target=poll_health))
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    after = memory(pid)
    kinds = {}
    for kind, rows in sorted(samples.items()):
        ms = [sec * 1000 for _, sec in rows]
        statuses: dict[str, int] = defaultdict(int)
        for status, _ in rows:
            statuses[str(status)] += 1
        kinds[kind] = {"requests": len(rows), "p50_ms": percentile(ms, 50), "p99_ms": percentile(ms, 99),
                       "max_ms": max(ms), "statuses": dict(statuses)}
    total = sum(len(rows) for rows in samples.values())
    fast_errors = sum(1 for k in ("query", "question", "upload") for status, _ in samples.get(k, [])
                      if status != 200) + len(samples.get("connection error", []))
    slow_not_stopped = sum(1 for status, _ in samples.get("slow query", []) if status != 503)
    return {
        "seconds": round(elapsed, 1), "clients": args.clients, "workers": args.workers,
        "timeout_s": args.timeout, "requests": total, "requests_per_s": round(total / elapsed, 1),
        "kinds": kinds, "fast_errors": fast_errors, "slow_not_stopped": slow_not_stopped,
        "healthz_p50_ms": percentile([h * 1000 for h in health], 50),
        "healthz_max_ms": max(h * 1000 for h in health) if health else None,
        "memory_before": before, "memory_after": after, "server_rss_series_mib": rss_series,
    }


def report(r: dict[str, Any], args: argparse.Namespace) -> str:
    lines = [
        f"soak: {r['councils']} councils, {r['clients']} clients for {r['seconds']} s, {r['workers']} query "
        f"workers, {r['timeout_s']:g} s limit, {args.slow_share:.0%} slow queries",
        f"{r['requests']} requests, {r['requests_per_s']} requests/s; errors on fast requests: {r['fast_errors']}; "
        f"slow queries not stopped with 503: {r['slow_not_stopped']}",
        "",
        "| kind | requests | p50 ms | p99 ms | max ms | statuses |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for kind, k in r["kinds"].items():
        statuses = ", ".join(f"{s}: {n}" for s, n in sorted(k["statuses"].items()))
        lines.append(f"| {kind} | {k['requests']} | {k['p50_ms']:.0f} | {k['p99_ms']:.0f} | {k['max_ms']:.0f} | "
                     f"{statuses} |")
    b, a = r["memory_before"], r["memory_after"]
    lines += [
        "",
        f"/healthz p50 {r['healthz_p50_ms']:.1f} ms, max {r['healthz_max_ms']:.1f} ms",
        f"RSS server {b['server_mib']} -> {a['server_mib']} MiB (every tenth of the run: "
        f"{', '.join(str(x) for x in r['server_rss_series_mib'])}); workers {b['workers_mib']} MiB "
        f"({b['workers']}) -> {a['workers_mib']} MiB ({a['workers']})",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
