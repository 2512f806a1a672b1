"""govkg serve against `oxigraph serve` on the same store, in the same run: the HTTP targets of issue 15.

    python bench/http_compare.py bench/out/store-100                       # this build vs oxigraph serve
    python bench/http_compare.py bench/out/store-100 --before OTHER/python # and an older build's govkg
    python bench/http_compare.py bench/out/store-100 --arm threads2=WRAPPER # any other arm, named

Each server gets its own copy of STORE (a writable govkg store takes RocksDB's lock). All servers run for the
whole measurement and take turns, so that a busy spell of a shared machine falls on every arm alike:
latency is timed one request at a time per workload query (SPARQL JSON or N-Triples, keep-alive), the
servers answering in turn request by request; throughput is CLIENTS clients on each throughput query, in
slices of SECONDS, the servers taking turns slice by slice (ROUNDS slices each). The CPU the server's
process tree (query workers included) spends per request is read from /proc. Printed: one JSON line per
measurement, then the same-run ratios against oxigraph (req/s per slice and pooled; median latency per query
and the median of those ratios). Loopback only; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import http_bench as hb  # noqa: E402
from generate import DEFAULT_SEED  # noqa: E402
from workload import queries  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def tree_cpu_s(pid: int) -> float:
    """User + system CPU seconds of PID and every live descendant (the query workers)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry.name}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / TICKS
        todo.extend(children.get(p, []))
    return total


def start_servers(args: argparse.Namespace, work: Path) -> list[hb.Server]:
    arms: list[tuple[str, list[str], str, str]] = []
    others = [("govkg-before", args.before)] if args.before else []
    others += [tuple(a.split("=", 1)) for a in args.arm]
    for name, python in [("govkg", sys.executable)] + others:
        arms.append((name, [python, "-m", "govkg", "serve", "--host", hb.LOOPBACK], "/healthz", "/sparql"))
    arms.append(("oxigraph", [args.oxigraph, "serve-read-only"], "/", "/query"))
    servers = []
    for name, cmd, health, path in arms:
        copy = work / name
        shutil.copytree(args.store, copy)
        port = hb.free_port()
        if name == "oxigraph":
            cmd = cmd + ["--location", str(copy), "--bind", f"{hb.LOOPBACK}:{port}"]
        else:
            cmd = cmd + ["--port", str(port), "--store", str(copy), *args.serve_args]
        servers.append(hb.start(name, cmd, port, health, path, work / f"{name}.log", timeout_s=180))
    return servers


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("--before", help="python of another checkout whose `-m govkg serve` is measured too")
    ap.add_argument("--arm", action="append", default=[], metavar="NAME=PYTHON",
                    help="another govkg arm: NAME, run by PYTHON (a build's python, or a wrapper adding options); "
                         "repeatable")
    ap.add_argument("--oxigraph", default=str(Path(sys.executable).parent / "oxigraph"))
    ap.add_argument("--rounds", type=int, default=6, help="throughput slices per server and query")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=3.0, help="per throughput slice")
    ap.add_argument("--reps", type=int, default=30, help="sequential requests per query and server")
    ap.add_argument("--throughput", default="q07_evidence,q02_chair_at_date")
    ap.add_argument("--latency", default="all", help="queries timed one at a time ('all', or names, or 'none')")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--serve-args", action="extend", nargs="*", default=[],
                    help="extra `govkg serve` options, for both govkg arms (repeatable: --serve-args=--timeout=60)")
    args = ap.parse_args(argv)

    qs = {q.name: q for q in queries(args.seed)}
    tput = [n for n in args.throughput.split(",") if n]
    lat = [] if args.latency == "none" else list(qs) if args.latency == "all" else args.latency.split(",")
    work = Path(tempfile.mkdtemp(prefix="http-compare-", dir=HERE / "out"))
    servers: list[hb.Server] = []
    records: list[dict[str, Any]] = []

    def emit(rec: dict[str, Any]) -> None:
        records.append(rec)
        print(json.dumps(rec), flush=True)

    try:
        servers = start_servers(args, work)
        sessions = {s.name: hb.requests.Session() for s in servers}
        for name in lat:
            # one request at a time, the servers taking turns request by request (the order turning), so a
            # busy moment of the machine falls on all of them alike
            q = qs[name]
            for s in servers:
                hb.sparql_get(sessions[s.name], s.query_url, q.text, q.kind)  # warm-up, untimed
            samples: dict[str, list[float]] = {s.name: [] for s in servers}
            for rep in range(args.reps):
                for s in servers[rep % len(servers):] + servers[: rep % len(servers)]:
                    t0 = time.perf_counter()
                    hb.sparql_get(sessions[s.name], s.query_url, q.text, q.kind)
                    samples[s.name].append((time.perf_counter() - t0) * 1000)
            for s in servers:
                emit({"round": 0, "server": s.name, "test": "latency", "query": name,
                      "median_ms": statistics.median(samples[s.name]), "n": len(samples[s.name]),
                      "load": os.getloadavg()[0]})
        for r in range(args.rounds):
            # throughput in slices of SECONDS, the servers taking turns slice by slice
            order = servers[r % len(servers):] + servers[: r % len(servers)]
            for s in order:
                for name in tput:
                    q = qs[name]
                    cpu0, client0 = tree_cpu_s(s.proc.pid), time.process_time()
                    res = hb.throughput(s.query_url, q.text, q.kind, clients=args.clients,
                                        per_client=100_000, budget_s=args.seconds)
                    cpu, client = tree_cpu_s(s.proc.pid) - cpu0, time.process_time() - client0
                    n = max(res["requests"], 1)
                    emit({"round": r, "server": s.name, "test": "throughput", "query": name, "rps": res["rps"],
                          "requests": res["requests"], "errors": res["errors"], "p50_ms": res["p50_ms"],
                          "server_cpu_ms_per_req": 1000 * cpu / n, "client_cpu_ms_per_req": 1000 * client / n,
                          "load": os.getloadavg()[0]})
    finally:
        for s in servers:
            s.stop()
        shutil.rmtree(work, ignore_errors=True)
    summarise(records)
    return 0


def summarise(records: list[dict[str, Any]]) -> None:
    def sel(server: str, test: str, query: str) -> list[dict[str, Any]]:
        return [r for r in records if r["server"] == server and r["test"] == test and r["query"] == query]

    names = [n for n in dict.fromkeys(r["server"] for r in records) if n != "oxigraph"]
    print("\nsame-run ratios against oxigraph serve")
    for query in dict.fromkeys(r["query"] for r in records if r["test"] == "throughput"):
        ox = {r["round"]: r for r in sel("oxigraph", "throughput", query)}
        for name in names:
            mine = {r["round"]: r for r in sel(name, "throughput", query)}
            rounds = [k for k in sorted(mine) if k in ox]
            if not rounds:
                continue
            per = " ".join(f"{mine[k]['rps'] / ox[k]['rps']:.2f}" for k in rounds)
            pooled = sum(mine[k]["rps"] for k in rounds) / sum(ox[k]["rps"] for k in rounds)
            print(f"  throughput {query:24} {name:13} slices {per}  pooled {pooled:.2f}x "
                  f"({statistics.mean(mine[k]['rps'] for k in rounds):.0f} vs "
                  f"{statistics.mean(ox[k]['rps'] for k in rounds):.0f} req/s)")
    for name in names:
        ratios = []
        for query in dict.fromkeys(r["query"] for r in records if r["test"] == "latency"):
            mine, ox = sel(name, "latency", query), sel("oxigraph", "latency", query)
            if mine and ox and mine[0]["median_ms"] and ox[0]["median_ms"]:
                ratios.append(mine[0]["median_ms"] / ox[0]["median_ms"])
                print(f"  latency    {query:24} {name:13} {mine[0]['median_ms']:8.2f} vs {ox[0]['median_ms']:8.2f} ms"
                      f"  {ratios[-1]:.2f}x")
        if ratios:
            print(f"  latency, median of the per-query ratios, {name}: {statistics.median(ratios):.2f}x "
                  f"(geometric mean {statistics.geometric_mean(ratios):.2f}x)")
    # On a shared machine the other sessions' load decides how much CPU each arm gets, so req/s there says
    # little; what one request costs in CPU, server and client together, says what a dedicated machine of
    # this size would sustain when the CPU is what limits: cores / (server + client CPU per request).
    cores = os.cpu_count() or 1
    bound: dict[str, float] = {}
    for name in names + ["oxigraph"]:
        mine = [r for r in records if r["server"] == name and r["test"] == "throughput"]
        if mine:
            server = statistics.median(r["server_cpu_ms_per_req"] for r in mine)
            client = statistics.median(r["client_cpu_ms_per_req"] for r in mine)
            bound[name] = 1000 * cores / (server + client)
            print(f"  CPU per request under load, {name}: server (process tree) {server:.2f} ms, "
                  f"client {client:.2f} ms; CPU-bound rate on {cores} cores {bound[name]:.0f} req/s")
    for name in names:
        if name in bound and "oxigraph" in bound:
            print(f"  CPU-bound throughput ratio, {name}: {bound[name] / bound['oxigraph']:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
