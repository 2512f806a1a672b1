"""What the merged default graph costs: govkg's store as it is (each triple once in the default graph, kept by
every write) against the layout before it (named graphs only, queries over Oxigraph's multiset union), on the
same generated documents in the same run.

    python bench/merged_cost.py --sizes 100,1000      # writes the "merged default graph" section of RESULTS.md
    python bench/merged_cost.py --sizes 10 --results /tmp/r.md    # a quick run
    python bench/merged_cost.py --reuse     # the report again from the runs kept in bench/out/ (each with its date)

For each N and each layout, in its own process (so peak RSS is its own): the bulk path (N-Quads of the named
graphs; the merged layout builds its default graph on the way), store size on disk, the ten workload queries
in-process, and the document write path into the store of N councils (load, replace, remove the 42 documents
of a council that is not in it; each is one update and a flush, as `store.load_document` does). The previous
layout's write path is reproduced here as the peer: DROP the graph, delete its metadata from the default
graph, INSERT DATA.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import pyoxigraph as ox  # noqa: E402
from generate import _FIXED_TIME, _GENERATED_AT, DEFAULT_SEED  # noqa: E402
from synth_docs import council_documents  # noqa: E402

from govkg.graph.build import build  # noqa: E402
from govkg.graph.model import SourceDocument  # noqa: E402

OUT = HERE / "out"
LAYOUTS = ("before", "merged")
BEGIN, END = "<!-- BEGIN bench/merged_cost.py -->", "<!-- END bench/merged_cost.py -->"
FILE_VERSION = "1"


def _fixed(quads: list[ox.Quad]) -> list[ox.Quad]:
    return [ox.Quad(q.subject, q.predicate, _FIXED_TIME, q.graph_name) if q.predicate == _GENERATED_AT else q
            for q in quads]


def layout_quads(doc: SourceDocument, layout: str) -> list[ox.Quad]:
    """DOC's quads in a layout: 'merged' as govkg builds them now (all in the document's graph; the store adds
    the merge), 'before' with the metadata in the default graph, as govkg wrote it before the merge."""
    meta, quads = build(doc)
    meta, quads = _fixed(meta), _fixed(quads)
    if layout == "before":
        meta = [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in meta]
    return meta + quads


def data_file(n: int, layout: str, seed: int) -> Path:
    path = OUT / f"merged-cost-{layout}-n{n}-s{seed}-v{FILE_VERSION}.nq"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("wb") as out:
        for i in range(n):
            batch: list[ox.Quad] = []
            for doc in council_documents(seed, i):
                batch.extend(layout_quads(doc, layout))
            ox.serialize(list(dict.fromkeys(batch)), out, format=ox.RdfFormat.N_QUADS)
    tmp.replace(path)
    return path


# -- the write path of each layout


def before_update(doc: SourceDocument) -> str:
    """The update govkg ran before the merge: drop the graph, delete the metadata, insert both."""
    quads = layout_quads(doc, "before")
    d = f"<{doc.iri}>"
    parts = [f"DROP SILENT GRAPH {d} ;", f"DELETE WHERE {{ {d} ?p ?o }} ;", "INSERT DATA {"]
    parts += [f"{q.subject} {q.predicate} {q.object} ." for q in quads if isinstance(q.graph_name, ox.DefaultGraph)]
    parts.append(f"GRAPH {d} {{")
    parts += [f"{q.subject} {q.predicate} {q.object} ." for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)]
    parts.append("} }")
    return "\n".join(parts)


def before_removal(iri: str) -> str:
    return f"DROP SILENT GRAPH <{iri}> ; DELETE WHERE {{ <{iri}> ?p ?o }}"


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000 if samples else float("nan")


def worker(layout: str, n: int, seed: int, nq: str, store_dir: str, reps: int, budget: float) -> dict[str, Any]:
    from engines import timed
    from workload import queries

    from govkg.graph.store import LocalStore, document_update, removal_update

    out: dict[str, Any] = {"layout": layout, "n": n}
    shutil.rmtree(store_dir, ignore_errors=True)
    store = LocalStore(store_dir)
    raw = store.raw()
    t0 = time.perf_counter()
    if layout == "before":
        raw.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)
    else:
        store.bulk_load(nq, ox.RdfFormat.N_QUADS)
    store.flush()
    out["bulk_s"] = time.perf_counter() - t0
    out["quads"] = len(raw)
    out["disk_mb"] = sum(f.stat().st_size for f in Path(store_dir).rglob("*") if f.is_file()) / 2**20
    union = layout == "before"

    def q(text: str) -> Any:
        return raw.query(text, use_default_graph_as_union=union)

    out["queries"] = {}
    for query in queries(seed):
        out["queries"][query.name] = timed(lambda query=query: len(list(q(query.text))), reps, budget)
    # what a naive SPARQL user gets: labels and a sum with no DISTINCT
    from govkg.ontology.vocab import sparql_prefixes

    naive = {
        "label_rows": "SELECT (COUNT(*) AS ?n) WHERE { ?b a gkg:Board ; rdfs:label ?l }",
        "distinct_labels":
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?b ?l WHERE { ?b a gkg:Board ; rdfs:label ?l } }",
        "naive_funding_sum": "SELECT (SUM(?v) AS ?n) WHERE { ?g a gkg:FundingAllocation ; gkg:amount ?v }",
    }
    out["naive"] = {k: next(iter(q(sparql_prefixes() + v)))[0].value for k, v in naive.items()}

    # the document write path: a council that is not in the store
    docs = list(council_documents(seed, n))
    ops: dict[str, list[float]] = {"load": [], "replace": [], "remove": []}

    def run(text: str, op: str) -> None:
        t = time.perf_counter()
        raw.update(text)
        raw.flush()
        ops[op].append(time.perf_counter() - t)

    for doc in docs:
        run(before_update(doc) if layout == "before" else document_update(doc)[0], "load")
    for doc in docs:
        doc.text += " "  # a changed document: same facts, new bytes
        run(before_update(doc) if layout == "before" else document_update(doc)[0], "replace")
    for doc in docs:
        run(before_removal(doc.iri) if layout == "before" else removal_update(doc.iri), "remove")
    out["writes"] = {op: {"median_ms": _median_ms(v), "total_s": sum(v), "n": len(v)} for op, v in ops.items()}
    out["quads_after"] = len(raw)
    return out


def _commit() -> str:
    return subprocess.run(["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip()


def _load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def measure(layout: str, n: int, seed: int, work: Path, reps: int, budget: float) -> dict[str, Any]:
    run = {"date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), "commit": _commit(), "load": _load()}
    nq = data_file(n, layout, seed)
    store_dir = work / f"{layout}-n{n}"
    cmd = [sys.executable, __file__, "worker", layout, str(n), str(seed), str(nq), str(store_dir), str(reps),
           str(budget)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    stdout, stderr = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    shutil.rmtree(store_dir, ignore_errors=True)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{layout} N={n} failed: {stderr[-2000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["rss_mib"] = usage.ru_maxrss / 1024
    result["wall_s"] = time.perf_counter() - t0
    result["nq_mb"] = nq.stat().st_size / 2**20
    result["run"] = run | {"load_end": _load()}
    return result


def kept(n: int, layout: str) -> dict[str, Any] | None:
    """A run kept in bench/out/, dated by its own record (or, for a run from before runs were dated, its file)."""
    path = OUT / f"merged-cost-n{n}-{layout}.json"
    if not path.exists():
        return None
    result = json.loads(path.read_text())
    if "run" not in result:
        when = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        result["run"] = {"date": f"{when} (file date)", "commit": "not recorded", "load": "not recorded",
                         "load_end": "not recorded"}
    return result


# -- report


def _fmt(ms: float) -> str:
    if ms != ms:  # nan
        return "–"
    return f"{ms / 1000:.2f} s" if ms >= 1000 else f"{ms:.3g}"


def _ratio(new: float, old: float) -> str:
    return f"{new / old:.2f}×" if old and old == old and new == new else "–"


def _loads(run: dict[str, Any]) -> str:
    if run["load"] in ("?", "not recorded"):
        return "load average not recorded"
    return f"load average {run['load']} at the start and {run['load_end']} at the end"


def report(results: list[dict[str, Any]], info: dict[str, Any]) -> str:
    lines = [
        BEGIN,
        "",
        "## The merged default graph (bench/merged_cost.py)",
        "",
        f"Report written {info['date']} on govkg commit {info['commit']}; a shared machine (2 cores, other "
        "agents using it), so **compare the ratios**, and mind the load average of each run. Command: "
        f"`python bench/merged_cost.py --sizes {','.join(sorted({str(r['n']) for r in results}, key=int))}"
        f"{' --reuse' if info.get('reused') else ''}`. Each run, in its own process:",
        "",
        *(f"- N={r['n']} {r['layout']}: {r['run']['date']}, commit {r['run']['commit']}, {_loads(r['run'])}, "
          f"{r['wall_s']:.0f} s wall" for r in results),
        "",
        "*before*: each document's named graph, metadata in the default graph, queries over Oxigraph's union "
        "default graph (a multiset). *merged*: what govkg does now: metadata in the document's graph, the "
        "default graph kept as the merge of all named graphs, queries over the default graph. Same generated "
        "documents, same query text. The *merged* bulk path reads N-Quads of the named graphs and builds the "
        "merge on the way (a second parse plus `bulk_extend`).",
        "",
        "| N | layout | quads in store | disk MB | bulk load s | peak RSS MiB | load doc ms | replace doc ms "
        "| remove doc ms |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    by_n: dict[int, dict[str, dict[str, Any]]] = {}
    for r in results:
        by_n.setdefault(r["n"], {})[r["layout"]] = r
    for n, pair in by_n.items():
        for layout in LAYOUTS:
            r = pair[layout]
            w = r["writes"]
            lines.append(
                f"| {n} | {layout} | {r['quads']:,} | {r['disk_mb']:,.0f} | {r['bulk_s']:.1f} | {r['rss_mib']:,.0f} "
                f"| {w['load']['median_ms']:.1f} | {w['replace']['median_ms']:.1f} | {w['remove']['median_ms']:.1f} |"
            )
        b, m = pair["before"], pair["merged"]
        lines.append(
            f"| {n} | merged / before | {m['quads'] / b['quads']:.2f}× | {m['disk_mb'] / b['disk_mb']:.2f}× "
            f"| {m['bulk_s'] / b['bulk_s']:.2f}× | {m['rss_mib'] / b['rss_mib']:.2f}× | "
            + " | ".join(_ratio(m["writes"][op]["median_ms"], b["writes"][op]["median_ms"])
                         for op in ("load", "replace", "remove"))
            + " |"
        )
    lines += [
        "",
        "Write-path times are medians over the 42 documents of one council not in the store (each update "
        "plus its flush). Query latency in ms, median of up to the given runs after a warm-up:",
        "",
        "| query | " + " | ".join(f"N={n} before | N={n} merged | N={n} ratio" for n in by_n) + " |",
        "|---|" + "---:|---:|---:|" * len(by_n),
    ]
    names = list(next(iter(by_n.values()))["before"]["queries"])
    for name in names:
        cells = []
        for pair in by_n.values():
            b, m = pair["before"]["queries"][name], pair["merged"]["queries"][name]
            cells += [_fmt(b["median_ms"]), _fmt(m["median_ms"]), _ratio(m["median_ms"], b["median_ms"])]
            if b.get("rows") != m.get("rows"):
                cells[-1] += f" (rows {b.get('rows')} → {m.get('rows')})"
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "What a SPARQL user gets without DISTINCT (the point of the merge):",
        "",
        "| N | query | before | merged |",
        "|---:|---|---:|---:|",
    ]
    for n, pair in by_n.items():
        for key, label in (("label_rows", "rows of `?b a gkg:Board ; rdfs:label ?l`"),
                           ("distinct_labels", "distinct (body, label) pairs"),
                           ("naive_funding_sum", "`SUM(?v)` over `gkg:amount` of allocations")):
            lines.append(f"| {n} | {label} | {pair['before']['naive'][key]} | {pair['merged']['naive'][key]} |")
    lines += ["", END]
    return "\n".join(lines)


def write_section(path: Path, section: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else "# govkg benchmark results\n"
    if BEGIN in text and END in text:
        text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _m: section, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="100,1000")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--reps", type=int, default=7)
    p.add_argument("--budget", type=float, default=5.0, help="seconds per query per layout")
    p.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    p.add_argument("--reuse", action="store_true", help="use the runs kept in bench/out/ where there are any")
    args = p.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    started = time.perf_counter()
    info: dict[str, Any] = {"date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), "commit": _commit(),
                            "reused": args.reuse}
    results = []
    with tempfile.TemporaryDirectory(prefix="govkg-merged-cost-", dir=OUT if OUT.exists() else None) as tmp:
        for n in sizes:
            for layout in LAYOUTS:
                if args.reuse and (found := kept(n, layout)) is not None:
                    results.append(found)
                    continue
                print(f"[{time.strftime('%H:%M:%S')}] N={n} {layout}", flush=True)
                results.append(measure(layout, n, args.seed, Path(tmp), args.reps, args.budget))
                (OUT / f"merged-cost-n{n}-{layout}.json").write_text(json.dumps(results[-1], indent=1))
    print(f"{time.perf_counter() - started:.0f} s")
    write_section(args.results, report(results, info))
    print(f"wrote {args.results}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        layout, n, seed, nq, store_dir, reps, budget = sys.argv[2:]
        print(json.dumps(worker(layout, int(n), int(seed), nq, store_dir, int(reps), float(budget))))
    else:
        raise SystemExit(main())
