"""Run the national-scale benchmark side by side and write bench/RESULTS.md.

    python bench/run.py                  # N = 10 and 100 councils, under 10 minutes on 2 cores
    python bench/run.py --sizes 10       # a quick run
    python bench/run.py --large          # adds N = 1000 (generation and loads take several minutes)

For each N, on the same generated data in the same run: load throughput (govkg's document write path,
`govkg load` of the text corpus when a text loader is installed, govkg's bulk path vs `oxigraph load`), the
ten governance queries in-process (govkg's LocalStore, rdflib's in-memory engine) and over HTTP (`govkg serve`
vs `oxigraph serve`), 8-client throughput, /api/ask latency per question kind, and peak RSS of every process.
Ratios are what to read: the machine is shared, absolute times move with its load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import http_bench as hb  # noqa: E402
from generate import DEFAULT_SEED, GENERATOR_VERSION, generate_corpus, generate_graph  # noqa: E402
from report import write_results  # noqa: E402
from workload import queries, questions  # noqa: E402

ENGINES = HERE / "engines.py"
OUT = HERE / "out"
CLI_LOAD_COUNCILS = 10  # `govkg load` of the text corpus runs on (at most) this many councils' documents


def bin_path(name: str) -> str:
    """An executable installed next to this Python (the venv), else on PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def run_measured(cmd: list[str], timeout_s: float, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run CMD to completion (killed after TIMEOUT_S; in ENV if given): wall time, CPU time, the process's peak
    RSS, its JSON output. CPU time and peak RSS count the process and the processes it waited for (wait4's
    rusage)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        status, usage, timed_out = None, None, False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - t0 > timeout_s:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                timed_out = True
                break
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    result: dict[str, Any] = {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime,
                              "rss_mib": usage.ru_maxrss / 1024, "exit": proc.returncode}
    if timed_out:
        result["error"] = f"killed after {timeout_s:.0f} s"
        return result
    data = _json_output(stdout)
    if data is not None:
        result["data"] = data
    if proc.returncode != 0:
        result["error"] = (stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1][:300]
    elif data is None:
        result["data"] = {"stdout": stdout[-300:]}
    return result


def _json_output(stdout: str) -> Any:
    """The JSON a command printed: the whole output (indented JSON), else its last line."""
    text = stdout.strip()
    for candidate in (text, text.splitlines()[-1] if text else ""):
        try:
            return json.loads(candidate)
        except json.JSONDecodeError:
            continue
    return None


def engine(args: list[str], timeout_s: float) -> dict[str, Any]:
    return run_measured([sys.executable, str(ENGINES), *args], timeout_s)


def text_loader_available() -> tuple[bool, str]:
    probe = (
        "from pathlib import Path; from govkg.loaders import loader_for; "
        "f = loader_for(Path('minutes.txt')); print(f[0] if f else '')"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    name = r.stdout.strip()
    return (bool(name), name or "no loader for .txt files in this build of govkg")


def data_for(n: int, seed: int, log: list[str]) -> dict[str, Any]:
    """The N-Quads graph and the text corpus for N councils, generated once and cached under bench/out."""
    OUT.mkdir(exist_ok=True)
    nq = OUT / f"graph-n{n}-s{seed}-v{GENERATOR_VERSION}.nq"
    meta = nq.with_suffix(".json")
    corpus = OUT / f"corpus-n{min(n, CLI_LOAD_COUNCILS)}-s{seed}-v{GENERATOR_VERSION}"
    if nq.exists() and meta.exists():
        info = json.loads(meta.read_text())
        info["cached"] = True
    else:
        t0 = time.perf_counter()
        g = generate_graph(n, nq, seed)
        info = {
            "documents": g.documents,
            "facts": g.facts,
            "quads": g.quads,
            "bytes": g.bytes,
            "seconds": time.perf_counter() - t0,
        }
        meta.write_text(json.dumps(info))
        info["cached"] = False
    corpus_meta = corpus.with_name(corpus.name + ".json")
    if not corpus.exists() or not corpus_meta.exists():
        shutil.rmtree(corpus, ignore_errors=True)
        part = corpus.with_name(corpus.name + ".part")
        shutil.rmtree(part, ignore_errors=True)
        g = generate_corpus(min(n, CLI_LOAD_COUNCILS), part, seed)
        part.rename(corpus)
        corpus_meta.write_text(
            json.dumps({"councils": g.councils, "documents": g.documents, "facts": g.facts})
        )
    info["corpus_info"] = json.loads(corpus_meta.read_text())
    info["nq"], info["corpus"] = str(nq), str(corpus)
    log.append(f"N={n}: {info['documents']} documents, {info['facts']} facts, {info['quads']} quads")
    return info


def bench_size(n: int, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    log: list[str] = []
    res: dict[str, Any] = {"n": n, "log": log}
    say = lambda msg: print(f"[N={n} {time.strftime('%H:%M:%S')}] {msg}", flush=True)  # noqa: E731
    say("generating data (cached after the first run)")
    data = res["data"] = data_for(n, args.seed, log)
    nq = data["nq"]
    big = n > 100

    say("load: govkg document write path (store.load_document)")
    res["docs_load"] = engine(
        ["docs", str(work / "docs-store"), str(n), str(args.seed), str(args.load_budget)],
        timeout_s=args.load_budget + 300,
    )
    shutil.rmtree(work / "docs-store", ignore_errors=True)

    ok, why = text_loader_available()
    if ok:
        say("load: govkg load of the text corpus (CLI)")
        dirs = sorted(str(p) for p in Path(data["corpus"]).iterdir() if p.is_dir())
        cmd = [sys.executable, "-m", "govkg", "load", *dirs, "--store", str(work / "cli-store"), "--json"]
        r = run_measured(cmd, timeout_s=args.load_budget * 3)
        if isinstance(r.get("data"), dict) and "documents" in r["data"]:
            docs = r["data"].get("documents", [])
            r["documents"] = len(docs)
            r["facts"] = sum(d.get("facts", 0) for d in docs)
            failures = r["data"].get("failures", [])
            r["failures"] = len(failures)
            if failures:
                r["first_failure"] = f"{failures[0].get('source')}: {failures[0].get('reason')}"[:200]
                r.pop("error", None)  # exit status 1 only says that some files failed; they are counted
            r.pop("data")
        res["cli_load"] = r
        shutil.rmtree(work / "cli-store", ignore_errors=True)
    else:
        res["cli_load"] = {"unavailable": why}

    # On a shared machine one load can be slowed by a neighbour: at small sizes each loader runs twice,
    # interleaved, and the faster run of each counts.
    rounds = 2 if n <= 100 else 1
    store, ox_store = work / "govkg-store", work / "ox-store"
    for k in range(rounds):
        say(f"load: govkg bulk path (LocalStore.bulk_load), round {k + 1}/{rounds}")
        shutil.rmtree(store, ignore_errors=True)
        bulk = engine(["bulk", str(store), nq], timeout_s=1800)
        if "bulk" not in res or bulk.get("data", {}).get("seconds", 1e9) < res["bulk"].get("data", {}).get(
            "seconds", 1e9
        ):
            res["bulk"] = bulk
        say(f"load: govkg load of the same N-Quads file (CLI), round {k + 1}/{rounds}")
        cli_store = work / "cli-rdf-store"
        shutil.rmtree(cli_store, ignore_errors=True)
        rdf = run_measured([sys.executable, "-m", "govkg", "load", "--store", str(cli_store), nq], 1800)
        if "govkg_load_rdf" not in res or ("error" not in rdf and rdf["wall_s"] < res["govkg_load_rdf"]["wall_s"]):
            res["govkg_load_rdf"] = rdf
        shutil.rmtree(cli_store, ignore_errors=True)
        say(f"load: oxigraph load, round {k + 1}/{rounds}")
        shutil.rmtree(ox_store, ignore_errors=True)
        oxl = run_measured([bin_path("oxigraph"), "load", "--location", str(ox_store), "--file", nq], 1800)
        if "oxload" not in res or ("error" not in oxl and oxl["wall_s"] < res["oxload"]["wall_s"]):
            res["oxload"] = oxl
    res["load_rounds"] = rounds

    say("queries in-process: govkg LocalStore")
    res["govkg_inproc"] = engine(
        ["govkg-queries", str(store), str(args.seed), str(args.reps), str(args.budget)], timeout_s=600
    )
    say("question answering in-process (the core behind /api/ask)")
    res["ask_inproc"] = engine(
        ["ask-inproc", str(store), str(args.seed), str(args.reps), str(args.budget)], timeout_s=300
    )
    say("explorer pages in-process (Flask test client)")
    res["pages"] = engine(["pages", str(store), str(args.seed), "5", str(args.budget)], timeout_s=900)
    if big and not args.rdflib_large:
        res["rdflib"] = {
            "skipped": "rdflib needs ~10x the memory of Oxigraph and minutes to parse at this size; "
            "run with --rdflib-large to include it"
        }
    else:
        say("queries in-process: rdflib in-memory Dataset (load + queries)")
        res["rdflib"] = engine(
            [
                "rdflib-queries",
                nq,
                str(args.seed),
                str(args.reps),
                str(args.budget),
                str(args.rdflib_load_budget),
            ],
            timeout_s=args.rdflib_load_budget + 600,
        )

    say("HTTP: govkg serve and oxigraph serve on the same data")
    res["http"] = http_side(work, store, ox_store, args, say)
    shutil.rmtree(store, ignore_errors=True)
    shutil.rmtree(ox_store, ignore_errors=True)
    return res


def http_side(work: Path, store: Path, ox_store: Path, args: argparse.Namespace, say: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    qs = queries(args.seed)
    gport, oport = hb.free_port(), hb.free_port()
    servers = []
    try:
        servers.append(
            hb.start(
                "govkg serve",
                [
                    sys.executable,
                    "-m",
                    "govkg",
                    "serve",
                    "--store",
                    str(store),
                    "--host",
                    hb.LOOPBACK,
                    "--port",
                    str(gport),
                ],
                gport,
                "/healthz",
                "/sparql",
                work / "govkg-serve.log",
            )
        )
        servers.append(
            hb.start(
                "oxigraph serve",
                [
                    bin_path("oxigraph"),
                    "serve-read-only",
                    "--location",
                    str(ox_store),
                    "--bind",
                    f"{hb.LOOPBACK}:{oport}",
                ],
                oport,
                "/",
                "/query",
                work / "oxigraph-serve.log",
            )
        )
    except RuntimeError as e:
        out["error"] = str(e)
        for s in servers:
            s.stop()
        return out
    try:
        for server in servers:
            entry: dict[str, Any] = {"ready_s": server.ready_s}
            ok, why = hb.probe(server.query_url, {"query": "ASK { ?s ?p ?o }"})
            entry["available"], entry["why"] = ok, why
            if ok:
                say(f"  {server.name}: sequential latency")
                entry["queries"] = {
                    q.name: hb.latency(server.query_url, q.text, q.kind, args.http_reps, args.budget)
                    for q in qs
                }
                entry["throughput"] = {}
                for name in args.throughput_queries:
                    q = next(q for q in qs if q.name == name)
                    say(f"  {server.name}: 8 clients on {name}")
                    entry["throughput"][name] = hb.throughput(
                        server.query_url, q.text, q.kind, budget_s=args.throughput_budget
                    )
            out[server.name] = entry
        govkg = servers[0]
        ok, why = hb.probe(govkg.base + "/api/ask", {"q": "Who chairs the board?"})
        out["ask"] = {"available": ok, "why": why}
        if ok:
            say("  govkg serve: /api/ask per question kind")
            out["ask"]["kinds"] = {
                kind: {"question": q, **hb.ask_latency(govkg.base, q, args.http_reps, args.budget)}
                for kind, q in questions(args.seed)
            }
        for server in servers:
            out[server.name]["rss_mib"] = server.peak_rss_mib()
    finally:
        for s in servers:
            s.stop()
    return out


def machine() -> dict[str, Any]:
    def cmd(*c: str) -> str:
        try:
            return subprocess.run(list(c), capture_output=True, text=True, timeout=30).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            return "?"

    cpu = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if ln.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        (
            int(ln.split()[1])
            for ln in Path("/proc/meminfo").read_text().splitlines()
            if ln.startswith("MemTotal")
        ),
        0,
    )
    versions = {}
    for mod in ("pyoxigraph", "rdflib", "flask", "waitress", "requests"):
        try:
            from importlib.metadata import version

            versions[mod] = version(mod)
        except Exception:  # noqa: BLE001 - a missing module is reported, not fatal
            versions[mod] = "not installed"
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "mem_gib": round(mem / 1024 / 1024, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "oxigraph_cli": cmd(bin_path("oxigraph"), "--version"),
        "versions": versions,
        "govkg_commit": cmd("git", "-C", str(HERE), "rev-parse", "--short", "HEAD"),
        "loadavg": Path("/proc/loadavg").read_text().split()[:3],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="10,100", help="comma-separated council counts (default 10,100)")
    p.add_argument("--large", action="store_true", help="also run N=1000")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--reps", type=int, default=7, help="timed runs per query in-process (after one warm-up)")
    p.add_argument("--http-reps", type=int, default=15, help="timed sequential requests per query over HTTP")
    p.add_argument("--budget", type=float, default=3.0, help="seconds per query per engine (bounds the reps)")
    p.add_argument(
        "--load-budget", type=float, default=45.0, help="seconds for the document-by-document load"
    )
    p.add_argument("--rdflib-load-budget", type=float, default=240.0)
    p.add_argument("--rdflib-large", action="store_true", help="run rdflib at N > 100 too (needs ~10 GB)")
    p.add_argument("--throughput-budget", type=float, default=6.0, help="seconds of 8-client load per query")
    p.add_argument("--throughput-queries", default="q07_evidence,q02_chair_at_date")
    p.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    args = p.parse_args(argv)
    args.throughput_queries = [q for q in args.throughput_queries.split(",") if q]
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        p.error(f"--sizes: expected numbers like 10,100, got {args.sizes!r}")
    if args.large and 1000 not in sizes:
        sizes.append(1000)
    if any(s < 1 for s in sizes):
        p.error("--sizes: every size must be at least 1")
    info = machine()
    started = time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory(prefix="govkg-bench-") as tmp:
        for n in sizes:
            work = Path(tmp) / f"n{n}"
            work.mkdir()
            results.append(bench_size(n, args, work))
            (OUT / f"results-n{n}.json").write_text(json.dumps(results[-1], indent=1, default=str))
    info["total_s"] = time.perf_counter() - started
    info["loadavg_end"] = Path("/proc/loadavg").read_text().split()[:3]
    write_results(args.results, info, results, [q for q in queries(args.seed)], args)
    print(f"wrote {args.results} in {info['total_s']:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
