"""Benchmark workers, one engine per process so that each one's peak RSS is its own.

    python bench/engines.py bulk STORE NQUADS
    python bench/engines.py docs STORE COUNCILS SEED BUDGET_S
    python bench/engines.py govkg-queries STORE SEED REPS BUDGET_S
    python bench/engines.py rdflib-queries NQUADS SEED REPS BUDGET_S LOAD_BUDGET_S
    python bench/engines.py ask-inproc STORE SEED REPS BUDGET_S
    python bench/engines.py pages STORE SEED REPS BUDGET_S
    python bench/engines.py after-write STORE SEED [CYCLES]   (writes to STORE: use a copy)

Each prints one JSON object on stdout. run.py starts them and reads their rusage.
"""

from __future__ import annotations

import json
import resource
import signal
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from synth_docs import DOCS_PER_COUNCIL  # noqa: E402
from workload import queries  # noqa: E402

ASK_MEMORY_LIMIT = 3 << 30  # bytes of heap (RLIMIT_DATA) for the question-answering worker
ASK_INDEX_LIMIT_S = 60.0
ASK_LIMIT_S = 15.0


class Budget(Exception):
    """A single call ran past its time limit (rdflib is pure Python, so an alarm can stop it)."""


def _alarm(_signum: int, _frame: object) -> None:
    raise Budget()


def timed(run: Callable[[], int], reps: int, budget_s: float, hard_s: float | None = None) -> dict[str, Any]:
    """Run once to warm up, then up to REPS timed runs within BUDGET_S; latencies in ms."""
    samples: list[float] = []
    rows = None
    started = time.perf_counter()
    for k in range(reps + 1):
        if hard_s:
            signal.setitimer(signal.ITIMER_REAL, hard_s)
        try:
            t0 = time.perf_counter()
            rows = run()
            elapsed = (time.perf_counter() - t0) * 1000
        except Budget:
            return {"timeout_s": hard_s, "samples_ms": samples, "rows": rows}
        finally:
            if hard_s:
                signal.setitimer(signal.ITIMER_REAL, 0)
        if k:
            samples.append(elapsed)
        else:
            first = elapsed
        if time.perf_counter() - started > budget_s and samples:
            break
    return {
        "first_ms": first,
        "samples_ms": samples,
        "rows": rows,
        "median_ms": statistics.median(samples) if samples else first,
    }


def bulk(store_dir: str, nq: str) -> dict[str, Any]:
    import pyoxigraph as ox

    from govkg.graph.store import LocalStore

    store = LocalStore(store_dir)
    t0 = time.perf_counter()
    # the generated file already holds the merged default graph (generate.py), as oxigraph load reads it
    added = store.bulk_load(Path(nq), ox.RdfFormat.N_QUADS, merge=False)
    secs = time.perf_counter() - t0
    store.close()
    return {"seconds": secs, "quads": added}


def docs(store_dir: str, councils: str, seed: str, budget_s: str) -> dict[str, Any]:
    """The write path of `govkg load`: store.load_document() for each synthetic document, in a time budget.

    Documents are generated lazily (N=1000 would not fit in memory at once); only the load calls are timed.
    """
    from generate import iter_documents

    from govkg.graph.store import LocalStore

    store = LocalStore(store_dir)
    loaded = facts = quads = 0
    spent = 0.0
    outcomes: list[Any] = []
    batch = store.batch()  # what `govkg load` does: transactions of up to 256 documents, one flush at the end
    for doc in iter_documents(int(councils), int(seed)):
        t0 = time.perf_counter()
        batch.load(doc, outcomes.append)
        spent += time.perf_counter() - t0
        loaded += 1
        if spent > float(budget_s):
            break
    t0 = time.perf_counter()
    batch.close()
    spent += time.perf_counter() - t0
    facts = sum(o.facts for o in outcomes)
    quads = sum(o.quads for o in outcomes)
    store.close()
    return {
        "seconds": spent,
        "documents": loaded,
        "of_documents": int(councils) * DOCS_PER_COUNCIL,
        "facts": facts,
        "quads": quads,
    }


def govkg_queries(store_dir: str, seed: str, reps: str, budget_s: str) -> dict[str, Any]:
    from govkg.graph.store import LocalStore

    store = LocalStore(store_dir, read_only=True)
    out = {}
    for q in queries(int(seed)):
        out[q.name] = timed(lambda q=q: len(list(store.query(q.text))), int(reps), float(budget_s))
    return {"queries": out}


def rdflib_queries(nq: str, seed: str, reps: str, budget_s: str, load_budget_s: str) -> dict[str, Any]:
    import rdflib

    signal.signal(signal.SIGALRM, _alarm)
    ds = rdflib.Dataset(default_union=True)
    t0 = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, float(load_budget_s))
    try:
        ds.parse(nq, format="nquads")
    except Budget:
        return {"load_timeout_s": float(load_budget_s)}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    load_s = time.perf_counter() - t0
    out = {}
    for q in queries(int(seed)):
        out[q.name] = timed(
            lambda q=q: len(list(ds.query(q.text))),
            int(reps),
            float(budget_s),
            hard_s=max(10.0, float(budget_s) * 2),
        )
    return {"load_seconds": load_s, "queries": out}


def ask_inproc(store_dir: str, seed: str, reps: str, budget_s: str) -> dict[str, Any]:
    """The question-answering core that /api/ask serves, timed in-process per question kind."""
    try:
        from govkg.questions import Asker
    except ImportError as e:
        return {"unavailable": f"govkg.questions is not in this build ({e})"}
    from workload import questions

    from govkg.graph.store import LocalStore

    # The machine is shared: cap this process's memory and each step's time, and report what happened.
    resource.setrlimit(resource.RLIMIT_DATA, (ASK_MEMORY_LIMIT, ASK_MEMORY_LIMIT))
    signal.signal(signal.SIGALRM, _alarm)
    store = LocalStore(store_dir, read_only=True)
    asker = Asker(store)
    t0 = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, ASK_INDEX_LIMIT_S)
    try:
        asker.index()  # the name index is built once per store version, then reused by every question
    except Budget:
        return {
            "unavailable": f"building the question-answering name index took over {ASK_INDEX_LIMIT_S:.0f} s"
        }
    except MemoryError:
        return {"unavailable": f"building the name index needed over {ASK_MEMORY_LIMIT >> 30} GiB"}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    index_s = time.perf_counter() - t0
    out = {}
    asked = questions(int(seed))
    for kind, q in asked:
        try:
            entry = timed(
                lambda q=q: len(asker.ask(q).answers), int(reps), float(budget_s), hard_s=ASK_LIMIT_S
            )
        except MemoryError:
            entry = {"error": f"needed over {ASK_MEMORY_LIMIT >> 30} GiB"}
        entry["question"] = q
        out[kind] = entry
    return {"index_s": index_s, "kinds": out, "after_write": _after_write(asker, store, asked)}


def _after_write(asker: Any, store: Any, asked: list[tuple[str, str]], cycles: int = 3) -> dict[str, Any]:
    """The first question after a document is loaded, and after it is removed again: what an officer who
    uploads one paper waits. The store is reopened for writing (nothing else holds it during the bench).
    CYCLES papers, each of a council beyond every N (a new area), are loaded and removed in turn; the figures
    are medians, with each cycle's in the lists. The writes are timed too: the index may follow a write as
    part of it, and what it costs there is the write's to report."""
    from synth_docs import council_documents

    from govkg.graph.store import LocalStore

    writer = LocalStore(store.location)  # the reader's snapshot would not see the write: ask on the writer
    asker = (asker if isinstance(asker, type) else type(asker))(writer)
    asker.index()
    _, question = asked[0]
    steady = [_ms(lambda: asker.ask(question)) for _ in range(5)][1:]
    runs: dict[str, list[float]] = {k: [] for k in ("after_load", "after_remove", "load_write", "remove_write",
                                                    "steady")}
    for k in range(cycles):
        doc = next(council_documents(1, 99_999 - k))  # a council beyond every N: a new paper
        for step, write in (("load", lambda doc=doc: writer.load_document(doc)),
                            ("remove", lambda doc=doc: writer.remove_document(doc.iri))):
            runs[step + "_write"].append(_ms(write))
            runs["after_" + step].append(_ms(lambda: asker.ask(question)))
        runs["steady"].append(_ms(lambda: asker.ask(question)))
    out: dict[str, Any] = {f"{k}_ms": statistics.median(v) for k, v in runs.items()}
    out["steady_ms"] = statistics.median(steady + runs["steady"])
    out["runs_ms"] = runs
    out["rebuilds"] = asker.state.rebuilds
    writer.close()
    return out


def _ms(run: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    run()
    return (time.perf_counter() - t0) * 1000


def after_write(store_dir: str, seed: str, cycles: str = "3") -> dict[str, Any]:
    """Only the after-write measurement of ask-inproc (see _after_write), on a store written in place."""
    from workload import questions

    from govkg.graph.store import LocalStore
    from govkg.questions import Asker

    store = LocalStore(store_dir, read_only=True)
    location = store.location
    store.close()

    class _At:  # _after_write reopens the store for writing at this location
        pass

    at = _At()
    at.location = location  # type: ignore[attr-defined]
    t0 = time.perf_counter()
    result = _after_write(Asker, at, questions(int(seed)), int(cycles))
    result["seconds"] = time.perf_counter() - t0
    return result


def pages(store_dir: str, seed: str, reps: str, budget_s: str) -> dict[str, Any]:
    """Every explorer page, in-process through the Flask app (test client): median and first request."""
    from synth_world import build_council

    from govkg.graph.iris import entity_iri
    from govkg.graph.store import LocalStore
    from govkg.server import create_app

    resource.setrlimit(resource.RLIMIT_DATA, (ASK_MEMORY_LIMIT, ASK_MEMORY_LIMIT))
    signal.signal(signal.SIGALRM, _alarm)
    store = LocalStore(store_dir, read_only=True)
    app = create_app(store, {"QUERY_WORKERS": 1})
    client = app.test_client()
    t0 = time.perf_counter()
    app.extensions["govkg.api"].asker.index()  # built once when the server starts (kept in step with writes)
    index_s = time.perf_counter() - t0
    c = build_council(int(seed), 0)
    body = entity_iri("body", c.bodies["scb"].name).removeprefix("https://w3id.org/govkg/")
    doc = next(iter(store.select("SELECT ?d WHERE { ?d gkg:sha256 ?h } LIMIT 1")))["d"]
    doc_path = doc.removeprefix("https://w3id.org/govkg/")
    urls = {
        "home": "/",
        "home.json": "/index.json",
        "entity": f"/{body}",
        "entity.json": f"/{body}.json",
        "search": f"/search?q={c.bodies['channel'].name.split()[-1]}",
        "document": f"/{doc_path}",
        "documents": "/documents",
        "diagram": f"/diagram?area={c.area}",
        "funding": "/funding",  # a national graph: the areas, each a link to its own page
        "funding.area": f"/funding?area={c.area}",
        "report": f"/report/governance?area={c.area}",
    }
    out: dict[str, Any] = {}
    for name, url in urls.items():
        status: list[int] = []

        def get(url: str = url, status: list[int] = status) -> int:
            resp = client.get(url)
            status.append(resp.status_code)
            return len(resp.data)

        try:
            entry = timed(get, int(reps), float(budget_s), hard_s=ASK_LIMIT_S)
        except MemoryError:
            entry = {"error": f"needed over {ASK_MEMORY_LIMIT >> 30} GiB"}
        entry["url"] = url
        entry["status"] = sorted(set(status))
        out[name] = entry
    return {"pages": out, "index_s": index_s}


MODES: dict[str, Callable[..., dict[str, Any]]] = {
    "bulk": bulk,
    "docs": docs,
    "govkg-queries": govkg_queries,
    "rdflib-queries": rdflib_queries,
    "ask-inproc": ask_inproc,
    "pages": pages,
    "after-write": after_write,
}

if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    print(json.dumps(MODES[mode](*args)))
