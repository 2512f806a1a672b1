"""The cold cost of the chart pages: the first request of an area's diagram, funding and governance report, and
of the national funding page, in a fresh process, as a visitor meets them after a start or a write.

    python bench/cold_charts.py bench/out/store-100 --before bench/out/base --areas 4 --rounds 2

Each round starts one process per build ("now": this checkout; "before": the `govkg` package found under the
--before folder, put first on PYTHONPATH), the builds taking turns, so both meet the same machine load. A
process opens the store read-only, builds the question index (which `govkg serve` has ready before visitors
come; not timed), asks area 0's three pages once as the start's warm-up does (templates, fonts and imports paid;
not timed), then asks each page of areas 1..K once: its first request. CPU is the process's own (getrusage),
which the machine's other work does not inflate; wall time is printed beside it. The .json twins of every page
are compared between the builds, and so are the pages themselves: they must say the same.

With --profile, the "now" process also prints the SPARQL queries each page ran, by CPU.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _profiled() -> dict[str, list[float]]:
    """Wrap select() so each query's CPU is counted, by the function that ran it."""
    import re
    import traceback

    from govkg.graph import store as st

    stats: dict[str, list[float]] = {}
    orig = st.QueryHelpers.select

    def select(self: Any, sparql: str, **bindings: Any) -> list[dict[str, Any]]:
        t = time.process_time()
        rows = orig(self, sparql, **bindings)
        caller = traceback.extract_stack(limit=2)[0]
        key = f"{caller.name}:{caller.lineno} " + re.sub(r"\s+", " ", sparql.split("WHERE")[-1])[:70]
        entry = stats.setdefault(key, [0, 0.0, 0])
        entry[0] += 1
        entry[1] += time.process_time() - t
        entry[2] += len(rows)
        return rows

    st.QueryHelpers.select = select  # type: ignore[method-assign]
    return stats


def child(store_dir: str, areas: list[str], profile: bool) -> dict[str, Any]:
    from govkg.graph.store import LocalStore
    from govkg.server import create_app

    stats = _profiled() if profile else None
    store = LocalStore(store_dir, read_only=True)
    app = create_app(store, {"QUERY_WORKERS": 1})
    client = app.test_client()
    app.extensions["govkg.api"].asker.index()  # ready before visitors, as `govkg serve`'s warm-up makes it
    pages = {"diagram": "/diagram?area={}", "funding": "/funding?area={}", "report": "/report/governance?area={}"}
    twins = {"diagram": "/diagram.json?area={}", "funding": "/funding.json?area={}",
             "report": "/report/governance.json?area={}"}
    for url in pages.values():  # the warm-up's area
        assert client.get(url.format(areas[0])).status_code == 200
    out: dict[str, Any] = {"pages": [], "digests": {}}
    asked = [(name, url.format(a)) for a in areas[1:] for name, url in pages.items()] + [("national", "/funding")]
    for name, url in asked:
        if stats is not None:
            stats.clear()
        c0, w0 = _cpu(), time.perf_counter()
        resp = client.get(url)
        out["digests"][url] = hashlib.sha256(resp.data).hexdigest()  # the page itself, compared too
        entry = {"page": name, "url": url, "status": resp.status_code,
                 "cpu_ms": 1000 * (_cpu() - c0), "wall_ms": 1000 * (time.perf_counter() - w0)}
        if stats is not None:
            entry["queries"] = sorted(([1000 * d, n, rows, k] for k, (n, d, rows) in stats.items()), reverse=True)[:6]
        out["pages"].append(entry)
    # what the pages say, compared between the builds (after the timing: the twins share the pages' caches)
    for a in areas:
        for url in twins.values():
            resp = client.get(url.format(a))
            out["digests"][url.format(a)] = hashlib.sha256(resp.data).hexdigest()
    resp = client.get("/funding.json")
    out["digests"]["/funding.json"] = hashlib.sha256(resp.data).hexdigest()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store")
    ap.add_argument("--before", help="a folder holding another build's `govkg` package (e.g. an export of main)")
    ap.add_argument("--areas", type=int, default=3, help="areas whose pages are asked cold (after area 0's)")
    ap.add_argument("--first-area", type=int, default=0)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--json", help="write every measurement here")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from synth_world import area_name

    areas = [area_name(args.first_area + i) for i in range(args.areas + 1)]
    arms = [("now", None)] + ([("before", os.path.abspath(args.before))] if args.before else [])
    results: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in arms}
    for r in range(args.rounds):
        for name, path in (arms if r % 2 == 0 else arms[::-1]):
            env = dict(os.environ)
            if path:
                env["PYTHONPATH"] = path + os.pathsep + env.get("PYTHONPATH", "")
            load = os.getloadavg()[0]
            proc = subprocess.run([sys.executable, __file__, "--child", args.store, json.dumps(areas),
                                   "1" if args.profile and name == "now" else "0"],
                                  env=env, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                sys.exit(f"{name}: {proc.stderr[-3000:]}")
            data = json.loads(proc.stdout.strip().splitlines()[-1])
            data["load"] = load
            results[name].append(data)
            print(f"round {r + 1} {name} (load {load:.1f})", file=sys.stderr)
            for p in data["pages"]:
                print(f"  {p['page']:9s} {p['cpu_ms']:8.0f} ms CPU {p['wall_ms']:8.0f} ms wall  {p['url']}",
                      file=sys.stderr)
                for q in p.get("queries", []):
                    print(f"      {q[0]:7.1f} ms n={q[1]:3d} rows={q[2]:6d} {q[3]}", file=sys.stderr)
    print(f"\n{args.store}: first request of each chart page, median over areas and rounds (ms)")
    print("| page | " + " | ".join(f"{n} CPU | {n} wall" for n, _ in arms) +
          (" | ratio CPU before/now |" if args.before else " |"))
    print("|---|" + "---:|" * (2 * len(arms) + (1 if args.before else 0)))
    for page in ("diagram", "funding", "report", "national"):
        cells, cpus = [], {}
        for name, _ in arms:
            ps = [p for run in results[name] for p in run["pages"] if p["page"] == page]
            cpus[name] = statistics.median(p["cpu_ms"] for p in ps)
            cells += [f"{cpus[name]:.0f} (max {max(p['cpu_ms'] for p in ps):.0f})",
                      f"{statistics.median(p['wall_ms'] for p in ps):.0f}"]
        ratio = f" | {cpus['before'] / cpus['now']:.1f}x" if args.before else ""
        print(f"| {page} | " + " | ".join(cells) + ratio + " |")
    if args.before:
        now, before = results["now"][0]["digests"], results["before"][0]["digests"]
        differ = sorted(u for u in now if now[u] != before.get(u))
        print(f"\npages and .json twins: {len(now) - len(differ)} of {len(now)} the same in both builds"
              + (f"; DIFFERENT: {', '.join(differ)}" if differ else ""))
    statuses = {p["status"] for rs in results.values() for run in rs for p in run["pages"]}
    print(f"statuses: {sorted(statuses)}; load average {min(d['load'] for rs in results.values() for d in rs):.1f}-"
          f"{max(d['load'] for rs in results.values() for d in rs):.1f}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], json.loads(sys.argv[3]), sys.argv[4] == "1")))
    else:
        main()
