"""The first request of each page after a write, through `govkg serve`: what an officer who uploads one paper
and then opens the charts waits for (issue 15: "the first request after a start and after a write").

    python bench/after_write_pages.py bench/out/store-100
    python bench/after_write_pages.py bench/out/store-100 --before OTHER/python --cycles 4

Each build serves its own copy of STORE (a writable store takes RocksDB's lock), with an update token. Both
servers run for the whole measurement and take turns cycle by cycle, so a busy spell of a shared machine falls
on both alike. Each cycle, for each server:

1. the pages are asked once, in the order a visitor would (the home page, one area's diagram, funding and
   report, national funding), and asked again (the "steady" request, served from the per-version caches);
2. one new paper (a council beyond every N, plain text, as an officer would) is uploaded through `/upload.json`
   (refused unless the server reports it loaded: a paper it already holds would be no write);
3. "right away": the first of the pages is asked at once, as a visitor who opens it just after the upload;
4. "after a pause": PAUSE seconds later (or, for a build that reports it, once `/healthz` says the pages are
   warm again, whichever is later), every page is asked once more: its first request after the write;
5. the server's process-tree CPU over the cycle (query workers and upload parser included) is read from /proc,
   so that what the warm-up after a write costs is counted, not hidden.

In the last cycle a page not asked before the write (another area's diagram) is asked last, as a control: no
warm-up knows it.
Printed: one JSON line per cycle and server, then medians per page. Loopback only; every wait is bounded.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import requests  # noqa: E402
from generate import DEFAULT_SEED  # noqa: E402
from http_compare import tree_cpu_s  # noqa: E402
from synth_docs import council_documents  # noqa: E402
from synth_world import area_name  # noqa: E402

TOKEN = "bench-token"


def pages(area: str) -> list[str]:
    a = quote(area)
    return ["/", f"/diagram?area={a}", f"/funding?area={a}", f"/report/governance?area={a}", "/funding"]


class Served:
    """`PYTHON -m govkg serve` of a copy of a store, on a free port."""

    def __init__(self, name: str, python: str, store: Path, timeout_s: float):
        self.name = name
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.pop("GOVKG_UPDATE_TOKEN", None)
        self.process = subprocess.Popen(
            [python, "-m", "govkg", "serve", "--store", str(store), "--port", "0", "--update-token", TOKEN,
             "--timeout", "120"],
            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, text=True, cwd="/")
        assert self.process.stderr is not None
        line = self.process.stderr.readline()
        if "http://127.0.0.1:" not in line:
            self.process.kill()
            raise RuntimeError(f"{name}: govkg serve did not start: {line}")
        port = line.split("http://127.0.0.1:", 1)[1].split("/", 1)[0]
        self.base = f"http://127.0.0.1:{port}"
        self.session = requests.Session()
        self.wait_ready(timeout_s, pages_too=False)

    def health(self) -> dict[str, Any]:
        return self.session.get(self.base + "/healthz", timeout=30).json()

    def wait_ready(self, timeout_s: float, pages_too: bool = True) -> float:
        """Seconds until the start-up warm-up (and, when PAGES_TOO, a warm-up after a write) is done."""
        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout_s:
            try:
                h = self.health()
                # "ready", not just "not warming": the server listens a moment before its warm-up starts
                if (h.get("questions") == "ready" and h.get("warm_up") != "running"
                        and (not pages_too or h.get("pages", "ready") == "ready")):
                    return time.monotonic() - t0
            except (requests.RequestException, ValueError):
                pass
            time.sleep(0.05)
        raise RuntimeError(f"{self.name}: not warm after {timeout_s:g} s")

    def get_ms(self, url: str) -> tuple[float, int]:
        t0 = time.perf_counter()
        r = self.session.get(self.base + url, timeout=300)
        r.content  # noqa: B018 - read the whole body
        return (time.perf_counter() - t0) * 1000, r.status_code

    def upload(self, name: str, text: str, area: str) -> float:
        t0 = time.perf_counter()
        r = self.session.post(self.base + "/upload.json", files={"files": (name, text.encode("utf-8"))},
                              data={"area": area}, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=300)
        if r.status_code != 200:
            raise RuntimeError(f"{self.name}: upload answered {r.status_code}: {r.text[:300]}")
        statuses = [d["status"] for d in r.json()["documents"]]
        if statuses != ["loaded"]:  # a paper the store already holds is no write: the measure would be void
            raise RuntimeError(f"{self.name}: the upload was {statuses}, not one paper loaded")
        return (time.perf_counter() - t0) * 1000

    def cpu_s(self) -> float:
        return tree_cpu_s(self.process.pid)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("--before", help="python of another checkout whose `-m govkg serve` is measured too")
    ap.add_argument("--cycles", type=int, default=3)
    ap.add_argument("--pause", type=float, default=3.0, help="seconds between the upload and the timed pages")
    ap.add_argument("--area", type=int, default=0, help="council whose area's pages are asked")
    ap.add_argument("--control", type=int, default=1, help="council whose diagram is asked only after writes")
    ap.add_argument("--first-council", type=int, default=100_000 + int(time.time()) % 100_000 * 10,
                    help="the uploaded papers' councils count from here (new ones each run, by default)")
    ap.add_argument("--start-timeout", type=float, default=1800.0)
    ap.add_argument("--work", type=Path, help="folder for the store copies (kept and reused when given)")
    args = ap.parse_args(argv)
    if args.before and os.sep in args.before:
        args.before = os.path.abspath(args.before)  # the servers run from / (no checkout's package on the path)

    work = args.work or Path(tempfile.mkdtemp(prefix="govkg-aw-"))
    arms = [("now", sys.executable)] + ([("before", args.before)] if args.before else [])
    servers: list[Served] = []
    try:
        for name, python in arms:
            copy = work / f"store-{name}"
            if not copy.exists():
                shutil.copytree(args.store, copy)
            t0 = time.monotonic()
            servers.append(Served(name, python, copy.resolve(), args.start_timeout))
            print(json.dumps({"server": name, "ready_s": round(time.monotonic() - t0, 1)}), flush=True)
        area = area_name(args.area)
        urls = pages(area)
        results: dict[str, list[dict[str, Any]]] = {s.name: [] for s in servers}
        for cycle in range(args.cycles):
            for s in servers:
                for url in urls:  # the pages as a visitor left them before the write
                    s.get_ms(url)
                steady = {url: s.get_ms(url)[0] for url in urls}
                cpu0 = s.cpu_s()
                council = args.first_council + cycle
                doc = list(council_documents(DEFAULT_SEED, council))[cycle % 3]
                upload_ms = s.upload(f"{doc.key}-{council}.txt", doc.text, area_name(council))
                right_away = s.get_ms(urls[1])  # the diagram, at once
                t_up = time.monotonic()
                waited = s.wait_ready(300)
                time.sleep(max(0.0, args.pause - (time.monotonic() - t_up)))
                first = {url: s.get_ms(url) for url in urls}
                if cycle == args.cycles - 1:
                    # the control, in the last cycle only: once asked, a page is a visitor's and is warmed
                    # again after the next writes, which would add its drawing to the next cycles' CPU
                    control = f"/diagram?area={quote(area_name(args.control))}"
                    first["control"] = s.get_ms(control)
                cpu = s.cpu_s() - cpu0
                row = {"cycle": cycle, "server": s.name, "upload_ms": round(upload_ms, 1),
                       "right_away_ms": [round(right_away[0], 1), right_away[1]],
                       "warm_wait_s": round(waited, 2),
                       "first_ms": {u: [round(ms, 1), st] for u, (ms, st) in first.items()},
                       "steady_ms": {u: round(ms, 1) for u, ms in steady.items()},
                       "cycle_cpu_s": round(cpu, 2), "load": os.getloadavg()}
                results[s.name].append(row)
                print(json.dumps(row), flush=True)
        print("\nmedians (ms): page | " + " | ".join(f"{s.name} first / steady" for s in servers))
        for url in urls + ["control"]:
            cells = []
            for s in servers:
                rows = results[s.name]
                f = statistics.median(r["first_ms"][url][0] for r in rows if url in r["first_ms"])
                st = statistics.median(r["steady_ms"].get(url, float("nan")) for r in rows) if url in urls else None
                cells.append(f"{f:.0f} / {st:.0f}" if st is not None else f"{f:.0f} / -")
            print(f"{url} | " + " | ".join(cells))
        for s in servers:
            rows = results[s.name]
            print(f"{s.name}: right away {statistics.median(r['right_away_ms'][0] for r in rows):.0f} ms, upload "
                  f"{statistics.median(r['upload_ms'] for r in rows):.0f} ms, CPU per cycle "
                  f"{statistics.median(r['cycle_cpu_s'] for r in rows):.2f} s")
    finally:
        for s in servers:
            s.stop()
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
