"""Write the benchmark section of bench/RESULTS.md from run.py's measurements.

Only the text between the BEGIN/END markers is replaced, so other sections of RESULTS.md (the extraction
speed benchmark, hand-written analysis) survive a re-run.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from http_bench import percentile

BEGIN = "<!-- BEGIN bench/run.py (generated: edit bench/report.py, not this text) -->"
END = "<!-- END bench/run.py -->"
GOVKG, OXI = "govkg serve", "oxigraph serve"


def ms(v: float | None) -> str:
    if v is None:
        return "–"
    if v >= 1000:
        return f"{v / 1000:.2f} s"
    return f"{v:.3g}" if v >= 1 else f"{v:.2g}"


def mib(v: float | None) -> str:
    return "–" if not v else f"{v:,.0f}"


def rate(v: float | None) -> str:
    return "–" if v is None else f"{v:,.0f}"


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def fx(v: float | None) -> str:
    if v is None:
        return "–"
    return f"{v:.2f}×" if v < 10 else f"{v:,.0f}×"


def geomean(values: list[float]) -> float | None:
    vals = [v for v in values if v]
    return math.exp(sum(math.log(v) for v in vals) / len(vals)) if vals else None


def median(values: list[float]) -> float | None:
    vals = sorted(v for v in values if v)
    if not vals:
        return None
    mid = len(vals) // 2
    return vals[mid] if len(vals) % 2 else (vals[mid - 1] + vals[mid]) / 2


def stat(entry: dict[str, Any] | None) -> tuple[float | None, float | None, str]:
    """(median ms, p95 ms, note) of one timed query."""
    if not entry:
        return None, None, "not run"
    if "error" in entry:
        return None, None, "error: " + entry["error"][:80]
    if "timeout_s" in entry:
        return None, None, f"TIMEOUT ({entry['timeout_s']:.0f} s)"
    samples = entry.get("samples_ms") or []
    return entry.get("median_ms"), percentile(samples, 95), ""


def cell(entry: dict[str, Any] | None) -> str:
    med, p95, note = stat(entry)
    if note:
        return note
    return f"{ms(med)} / {ms(p95)}"


def _load_rows(r: dict[str, Any]) -> list[str]:
    rows = []
    quads = r["data"]["quads"]
    d = r.get("docs_load", {})
    if "data" in d:
        x = d["data"]
        s = x["seconds"]
        part = (
            ""
            if x["documents"] == x["of_documents"]
            else f" (first {x['documents']:,} of {x['of_documents']:,} documents, time budget)"
        )
        rows.append(
            f"| {r['n']} | govkg document write path (`store.batch()`, what `govkg load` does: up to 256 "
            f"documents per transaction, one flush){part} | {s:.1f} | {rate(x['documents'] / s)} docs/s · "
            f"{rate(x['facts'] / s)} facts/s · {rate(x['quads'] / s)} quads/s | {d['rss_mib']:.0f} |"
        )
    else:
        rows.append(f"| {r['n']} | govkg document write path | – | {d.get('error', '?')} | – |")
    c = r.get("cli_load", {})
    ci = r["data"].get("corpus_info", {})
    if "unavailable" in c:
        rows.append(
            f"| {r['n']} | `govkg load` of the text corpus | – | not measured: {c['unavailable']} | – |"
        )
    elif "documents" in c:
        rows.append(
            f"| {r['n']} | `govkg load` of the text corpus of {ci.get('councils', '?')} councils "
            f"({c['documents']} documents loaded, {c['failures']} failed; {c['facts']:,} facts extracted, "
            f"generator stated {ci.get('facts', 0):,}; wall time incl. start-up) | {c['wall_s']:.1f} | "
            f"{rate(c['documents'] / c['wall_s'])} docs/s · {rate(c['facts'] / c['wall_s'])} facts/s | "
            f"{c['rss_mib']:.0f} |"
        )
    else:
        rows.append(
            f"| {r['n']} | `govkg load` of the text corpus | – | {c.get('error', c.get('note', '?'))} | – |"
        )
    b, o = r.get("bulk", {}), r.get("oxload", {})
    if "data" in b:
        s = b["data"]["seconds"]
        rows.append(
            f"| {r['n']} | govkg bulk path (`LocalStore.bulk_load`, N-Quads) | {s:.1f} | "
            f"{rate(quads / s)} quads/s | {b['rss_mib']:.0f} |"
        )
    else:
        rows.append(f"| {r['n']} | govkg bulk path | – | {b.get('error', '?')} | – |")
    g = r.get("govkg_load_rdf", {})
    if g and "error" not in g:
        rows.append(
            f"| {r['n']} | `govkg load` of the same N-Quads file (CLI: checked, bulk-loaded, named graphs merged; "
            f"wall time incl. start-up) | {g['wall_s']:.1f} | {rate(quads / g['wall_s'])} quads/s | "
            f"{g['rss_mib']:.0f} |"
        )
    elif g:
        rows.append(f"| {r['n']} | `govkg load` of the N-Quads file | – | {g['error']} | – |")
    if "error" not in o:
        rows.append(
            f"| {r['n']} | `oxigraph load` (CLI, same file; wall time incl. start-up) | {o['wall_s']:.1f} | "
            f"{rate(quads / o['wall_s'])} quads/s | {o['rss_mib']:.0f} |"
        )
    else:
        rows.append(f"| {r['n']} | `oxigraph load` | – | {o['error']} | – |")
    rd = r.get("rdflib", {})
    if "data" in rd and "load_seconds" in rd["data"]:
        s = rd["data"]["load_seconds"]
        rows.append(
            f"| {r['n']} | rdflib `Dataset.parse` (in memory; RSS includes its queries) | {s:.1f} | "
            f"{rate(quads / s)} quads/s | {rd['rss_mib']:.0f} |"
        )
    return rows


def _query_table(r: dict[str, Any], qs: list[Any]) -> tuple[list[str], dict[str, list[float]]]:
    http = r.get("http", {})
    g_http = http.get(GOVKG, {}).get("queries", {}) if http.get(GOVKG, {}).get("available") else {}
    o_http = http.get(OXI, {}).get("queries", {}) if http.get(OXI, {}).get("available") else {}
    inproc = r.get("govkg_inproc", {}).get("data", {}).get("queries", {})
    rd = r.get("rdflib", {}).get("data", {}).get("queries", {})
    ratios: dict[str, list[float]] = {
        "govkg_http/oxigraph_http": [],
        "rdflib/govkg_inproc": [],
        "rdflib/govkg_http": [],
        "govkg_http/govkg_inproc": [],
    }
    lines = [
        "| query | rows (govkg / ox-http / rdflib) | govkg in-process | govkg HTTP | oxigraph serve HTTP | "
        "rdflib in-memory | govkg HTTP ÷ oxigraph HTTP | rdflib ÷ govkg in-process | rdflib ÷ govkg HTTP |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    g_note = "n/a" if not g_http else None
    for q in qs:
        gi, gh, oh, rl = inproc.get(q.name), g_http.get(q.name), o_http.get(q.name), rd.get(q.name)
        rows = " / ".join(str(x.get("rows", "–")) if x else "–" for x in (gi, oh, rl))
        gi_m, gh_m, oh_m, rl_m = (stat(x)[0] for x in (gi, gh, oh, rl))
        a, b_, c = ratio(gh_m, oh_m), ratio(rl_m, gi_m), ratio(rl_m, gh_m)
        for key, v in (
            ("govkg_http/oxigraph_http", a),
            ("rdflib/govkg_inproc", b_),
            ("rdflib/govkg_http", c),
            ("govkg_http/govkg_inproc", ratio(gh_m, gi_m)),
        ):
            if v:
                ratios[key].append(v)
        lines.append(
            f"| {q.name} | {rows} | {cell(gi)} | {g_note or cell(gh)} | {cell(oh)} | {cell(rl)} | "
            f"{fx(a)} | {fx(b_)} | {fx(c)} |"
        )
    lines.append(
        "| **median / geometric mean of ratios** | | | | | | "
        + " | ".join(
            f"{fx(median(ratios[k]))} / {fx(geomean(ratios[k]))}"
            for k in ("govkg_http/oxigraph_http", "rdflib/govkg_inproc", "rdflib/govkg_http")
        )
        + " |"
    )
    return lines, ratios


def write_results(
    path: Path, info: dict[str, Any], results: list[dict[str, Any]], qs: list[Any], args: Any
) -> None:
    out: list[str] = [BEGIN, "", "## Benchmark at national scale (bench/run.py)", ""]
    v = info["versions"]
    out += [
        f"Run {info['date']} on a shared machine ({info['cores']} cores, {info['cpu']}, "
        f"{info['mem_gib']} GiB RAM, {info['os']}); load average {' '.join(info['loadavg'])} at the "
        f"start and {' '.join(info['loadavg_end'])} at the end. Other agents were using the same 2 cores "
        "during the run, so absolute times are noisy: **compare the ratios**, which come from the same data "
        "in the same run.",
        "",
        f"Versions: Python {info['python']}, pyoxigraph {v['pyoxigraph']}, {info['oxigraph_cli']} (PyPI "
        f"CLI), rdflib {v['rdflib']}, Flask {v['flask']}, waitress {v['waitress']}; govkg commit "
        f"{info['govkg_commit']}. Total run time {info['total_s']:.0f} s. Command: "
        f"`python bench/run.py --sizes {','.join(str(r['n']) for r in results)}`.",
        "",
        "Latencies are `median / p95` in ms (nearest-rank p95 over the timed runs: with fewer than 20 "
        f"runs it is the slowest one) after one warm-up run; at most {args.reps} in-process and "
        f"{args.http_reps} HTTP runs per query, fewer when a query's {args.budget:.0f} s budget ran out. "
        "HTTP times run from sending the request to reading the whole body (SPARQL JSON for SELECT, "
        "N-Triples for CONSTRUCT/DESCRIBE), one client, keep-alive, loopback. Every engine answers the "
        "same query text over the same generated data; Oxigraph's servers and govkg's store query the default "
        "graph, which holds the merge of the named graphs (each triple once).",
        "",
        "### Data",
        "",
        "| N councils | documents (named graphs) | facts | quads | N-Quads MB | generated in s |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        d = r["data"]
        gen = "cached" if d.get("cached") else f"{d['seconds']:.1f}"
        out.append(
            f"| {r['n']} | {d['documents']:,} | {d['facts']:,} | {d['quads']:,} | {d['bytes'] / 1e6:,.0f} | "
            f"{gen} |"
        )
    out += ["", "### Load", "", "| N | path | s | throughput | peak RSS MiB |", "|---:|---|---:|---|---:|"]
    for r in results:
        out += _load_rows(r)
    out += [""]
    for r in results:
        b, o = r.get("bulk", {}), r.get("oxload", {})
        if "data" in b and "error" not in o:
            # the quads of the file both loaders read (the store's default-graph growth is only part of them)
            gq = r["data"]["quads"] / b["data"]["seconds"]
            oq = r["data"]["quads"] / o["wall_s"]
            best = " (faster of 2 interleaved runs each)" if r.get("load_rounds", 1) > 1 else ""
            out.append(
                f"- N={r['n']}: govkg bulk load runs at **{gq / oq:.2f}×** the quads/s of `oxigraph load`"
                f"{best} (target: at least 0.5×)."
            )
        g = r.get("govkg_load_rdf", {})
        if g and "error" not in g and "error" not in o:
            out.append(
                f"- N={r['n']}: `govkg load` of the file runs at **{o['wall_s'] / g['wall_s']:.2f}×** the speed of "
                f"`oxigraph load` (wall time, same file; target: at least 0.8×)."
            )
        d = r.get("docs_load", {}).get("data")
        if d and d.get("seconds"):
            out.append(f"- N={r['n']}: the document write path runs at **{d['documents'] / d['seconds']:,.0f} "
                       "documents/s** (target: at least 200).")
    out += [""]
    typical: dict[int, dict[str, list[float]]] = {}
    for r in results:
        out += [f"### Queries, N = {r['n']} ({r['data']['quads']:,} quads)", ""]
        lines, ratios = _query_table(r, qs)
        typical[r["n"]] = ratios
        out += lines
        http = r.get("http", {})
        if "error" in http:
            out += ["", f"HTTP side not measured: {http['error']}"]
        for name in (GOVKG, OXI):
            e = http.get(name)
            if e and not e.get("available"):
                out += [
                    "",
                    f"**{name}: {e.get('why')}** at `/sparql` — the HTTP columns for it stay empty until "
                    "the SPARQL endpoint is merged; re-run `python bench/run.py` then.",
                ]
        rd = r.get("rdflib", {})
        if "skipped" in rd:
            out += ["", f"rdflib not run at this size: {rd['skipped']}."]
        elif "error" in rd:
            out += ["", f"rdflib: {rd['error']}."]
        out.append("")
    out += ["Queries (all bound to council 0 of the generated data; text in `bench/workload.py`):", ""]
    out += [f"- `{q.name}`: {q.about}." for q in qs]
    out += [
        "",
        "### HTTP throughput, 8 concurrent clients (loopback, one `requests.Session` per thread)",
        "",
        "| N | server | query | requests | errors | wall s | req/s | p50 ms | p95 ms |",
        "|---:|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        http = r.get("http", {})
        for name in (GOVKG, OXI):
            e = http.get(name, {})
            if not e.get("available"):
                out.append(f"| {r['n']} | {name} | – | – | – | – | {e.get('why', 'not run')} | – | – |")
                continue
            for qn, t in e.get("throughput", {}).items():
                out.append(
                    f"| {r['n']} | {name} | {qn} | {t['requests']} | {t['errors']} | {t['wall_s']:.1f} | "
                    f"{t['rps']:,.0f} | {ms(t['p50_ms'])} | {ms(t['p95_ms'])} |"
                )
    out += ["", "### Question answering (`/api/ask` over HTTP, and its core in-process)", ""]
    for r in results:
        ask = r.get("http", {}).get("ask", {})
        inproc = r.get("ask_inproc", {}).get("data", {})
        http_note = (
            "" if ask.get("available") else f"HTTP not measured: {ask.get('why', 'server not started')}"
        )
        if "kinds" not in inproc and not ask.get("available"):
            why = inproc.get("unavailable") or r.get("ask_inproc", {}).get("error", "not run")
            out.append(f"- N={r['n']}: {http_note}; in-process: {why}.")
            continue
        if "index_s" in inproc:
            out.append(
                f"N = {r['n']}: the name index is built once per store version in "
                f"{inproc['index_s']:.2f} s, then reused. {http_note}"
            )
        out += [
            "",
            "| kind | question | answers | in-process median / p95 ms | HTTP median / p95 ms |",
            "|---|---|---:|---:|---:|",
        ]
        kinds = inproc.get("kinds") or {}
        for kind in dict.fromkeys([*kinds, *ask.get("kinds", {})]):
            i, h = kinds.get(kind), ask.get("kinds", {}).get(kind)
            question = (i or h or {}).get("question", "")
            h_cell = "–" if not h else (f"HTTP {h.get('status')}" if "error" in h else cell(h))
            out.append(f"| {kind} | {question} | {(i or {}).get('rows', '–')} | {cell(i)} | {h_cell} |")
        out.append("")
    out += ["", "### After a write: the first question (in-process)", "",
            "| N | first question after loading one paper ms | after removing it ms | steady ms | full rebuilds |",
            "|---:|---:|---:|---:|---:|"]
    for r in results:
        w = r.get("ask_inproc", {}).get("data", {}).get("after_write")
        if w:
            out.append(f"| {r['n']} | {ms(w['after_load_ms'])} | {ms(w['after_remove_ms'])} | "
                       f"{ms(w['steady_ms'])} | {w['rebuilds']} |")
    out += ["", "### Explorer pages (in-process, Flask test client; median / first request ms)", "",
            "The questions' index (which the home page, search, the entity pages and the chart form read) is built "
            "once when the server starts, before the pages are timed: "
            + ", ".join(f"N={r['n']} {r.get('pages', {}).get('data', {}).get('index_s', 0):.1f} s" for r in results)
            + ". Pages over 300 ms are marked ⚠.", ""]
    names = list(dict.fromkeys(k for r in results for k in r.get("pages", {}).get("data", {}).get("pages", {})))
    if names:
        out += ["| page | " + " | ".join(f"N={r['n']}" for r in results) + " |",
                "|---|" + "---:|" * len(results)]
        for name in names:
            cells = []
            for r in results:
                e = r.get("pages", {}).get("data", {}).get("pages", {}).get(name)
                if not e:
                    cells.append("–")
                elif "timeout_s" in e or "error" in e:
                    cells.append(f"**{e.get('error') or 'over ' + str(e['timeout_s']) + ' s'}**")
                else:
                    flag = "" if e["median_ms"] < 300 else " ⚠"
                    cells.append(f"{ms(e['median_ms'])} / {ms(e['first_ms'])} (HTTP {','.join(map(str, e['status']))})"
                                 f"{flag}")
            url = next((r["pages"]["data"]["pages"][name]["url"] for r in results
                        if name in r.get("pages", {}).get("data", {}).get("pages", {})), "")
            out.append(f"| {name} `{url}` | " + " | ".join(cells) + " |")
    out += [
        "",
        "### Memory and growth with N",
        "",
        "| N | quads | bulk load s | bulk peak RSS MiB | `oxigraph load` RSS MiB | govkg serve RSS MiB | "
        "oxigraph serve RSS MiB | rdflib RSS MiB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    prev = None
    growth = []
    for r in results:
        b, o, rd, http = r.get("bulk", {}), r.get("oxload", {}), r.get("rdflib", {}), r.get("http", {})
        secs = b.get("data", {}).get("seconds")
        rss = b.get("rss_mib")
        serve = [http.get(n_, {}).get("rss_mib") for n_ in (GOVKG, OXI)]
        out.append(
            f"| {r['n']} | {r['data']['quads']:,} | {secs:.1f} | {rss:.0f} | {o.get('rss_mib', 0):.0f} | "
            f"{mib(serve[0])} | {mib(serve[1])} | {mib(rd.get('rss_mib'))} |"
            if secs
            else f"| {r['n']} | {r['data']['quads']:,} | – | – | – | – | – | – |"
        )
        if prev and secs and prev[1]:
            q_ratio = r["data"]["quads"] / prev[0]
            growth.append(
                f"- N={prev[2]} → {r['n']}: quads ×{q_ratio:.1f}, bulk load time ×{secs / prev[1]:.1f}, "
                f"bulk-load peak RSS ×{rss / prev[3]:.1f} (linear would be ×{q_ratio:.1f} for time; "
                "RSS includes a fixed interpreter/library baseline)."
            )
        prev = (r["data"]["quads"], secs, r["n"], rss)
    out += [""] + growth
    out += ["", "### Targets", ""] + _targets(results, typical)
    out += ["", END]
    text = "\n".join(out) + "\n"
    old = path.read_text(encoding="utf-8") if path.exists() else "# govkg benchmark results\n\n"
    if BEGIN in old and END in old:
        head, rest = old.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        new = head + text.rstrip("\n") + tail
    else:
        new = old.rstrip("\n") + "\n\n" + text
    path.write_text(new, encoding="utf-8")


def _targets(results: list[dict[str, Any]], typical: dict[int, dict[str, list[float]]]) -> list[str]:
    lines = []
    r100 = next((r for r in results if r["n"] == 100), results[-1])
    n = r100["n"]
    t = typical.get(n, {})
    g_vs_o = median(t.get("govkg_http/oxigraph_http", []))
    if g_vs_o is None:
        why = r100.get("http", {}).get(GOVKG, {}).get("why") or "HTTP side not measured"
        lines.append(
            f"- govkg HTTP within 1.5× of `oxigraph serve` (median over the queries, N={n}): "
            f"**not measured** — {why}. Fix: merge the SPARQL endpoint branch and re-run."
        )
    else:
        ok = g_vs_o <= 1.5
        lines.append(
            f"- govkg HTTP within 1.5× of `oxigraph serve` (median of per-query ratios, N={n}): "
            f"{fx(g_vs_o)} — **{'met' if ok else 'missed'}**."
        )
    rd_http = median(t.get("rdflib/govkg_http", []))
    rd_in = median(t.get("rdflib/govkg_inproc", []))
    if rd_in is not None:
        lines.append(
            f"- at least 20× faster than rdflib's engine, engine against engine (govkg's store in-process vs "
            f"rdflib in-process, median of per-query ratios, N={n}): {fx(rd_in)} — "
            f"**{'met' if rd_in >= 20 else 'missed'}**."
        )
    if rd_http is not None:
        lines.append(
            f"- the same with govkg behind HTTP (govkg serve vs rdflib in-process, N={n}): {fx(rd_http)} — "
            f"{'met' if rd_http >= 20 else 'not met'}; every HTTP request pays 1-3 ms of protocol and "
            "serialisation that rdflib in-process does not, more than most of these queries cost inside the "
            "engine, so this ratio is bounded by the HTTP floor rather than by the engine."
        )
    ask = r100.get("http", {}).get("ask", {})
    inproc = r100.get("ask_inproc", {}).get("data", {}).get("kinds")
    if ask.get("available"):
        medians = {k: a.get("median_ms") or 0 for k, a in ask.get("kinds", {}).items()}
        worst = max(medians.values(), default=0)
        under = sum(1 for v in medians.values() if v < 100)
        lines.append(
            f"- /api/ask under 100 ms at N={n} (slowest kind's median over HTTP): {ms(worst)}"
            f"{'' if worst >= 1000 else ' ms'} — **{'met' if worst < 100 else 'missed'}** "
            f"({under} of {len(medians)} kinds under 100 ms)."
        )
    elif inproc:
        worst = max((stat(a)[0] or 0 for a in inproc.values()), default=0)
        lines.append(
            f"- /api/ask under 100 ms at N={n}: HTTP **not measured** ({ask.get('why', 'not run')}); the "
            f"question-answering core in-process, slowest kind's median: {ms(worst)} ms "
            f"({'under' if worst < 100 else 'over'} 100 ms before HTTP overhead)."
        )
    else:
        lines.append(
            f"- /api/ask under 100 ms at N={n}: **not measured** — {ask.get('why', 'server not started')}."
        )
    b, o = r100.get("bulk", {}), r100.get("oxload", {})
    if "data" in b and "error" not in o:
        rel = o["wall_s"] / b["data"]["seconds"]  # the same file: the ratio of times is the ratio of quads/s
        lines.append(
            f"- load throughput at least half of `oxigraph load` (N={n}): {rel:.2f}× — "
            f"**{'met' if rel >= 0.5 else 'missed'}**."
        )
    return lines
