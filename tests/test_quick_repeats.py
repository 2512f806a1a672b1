"""Quick repeats: a query a worker answered quickly, asked again before the next write, runs in the serving
process (server/pool.py) and is answered exactly as the worker answered it; anything else still goes to a worker.

Behaviour only; what it saves is measured by bench/http_compare.py and bench/http_profile.py."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from govkg.graph.store import LocalStore
from govkg.server import create_app
from govkg.server import pool as pool_module

EX = "http://example.org/"
SELECT = f"SELECT ?s ?o WHERE {{ ?s <{EX}p> ?o }} ORDER BY ?o"
CONSTRUCT = f"CONSTRUCT {{ ?s <{EX}p> ?o }} WHERE {{ ?s <{EX}p> ?o }}"
SOLUTION_TYPES = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                  "text/tab-separated-values"]


@pytest.fixture
def store(tmp_path: Path):
    s = LocalStore(str(tmp_path / "store"))
    s.update("INSERT DATA { " + " ".join(f'<{EX}s{i}> <{EX}p> "v{i:02d}" .' for i in range(12)) + " }")
    s.flush()
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _busy_machine(monkeypatch) -> None:
    # A worker's first answer of a kind can take tens of ms on a loaded machine (first use of a serialiser):
    # "quick" is widened here so that the behaviour, not the machine, decides (the threshold has its own test).
    monkeypatch.setattr(pool_module, "QUICK_SECONDS", 1.0)
    monkeypatch.setattr(pool_module, "QUICK_SHARE", 0.5)


def _app(store: LocalStore, **config):
    app = create_app(store, {"QUERY_WORKERS": 1, "ROW_LIMIT": 10, **config})
    _settled(app.extensions["govkg.executor"])
    return app


def _repeat(pool, query: str, media_type: str):
    """The answer to QUERY asked again on the same version of the store, and whether it ran here. RocksDB may still
    rewrite its files in the background, which starts a new version (the workers reopen, the notes lapse)."""
    for _ in range(10):
        generation = pool._generation
        pool.run(query, [media_type])  # noted, if a worker answers it
        before = pool.inline_runs
        again = pool.run(query, [media_type])
        if pool._generation == generation:
            return again, pool.inline_runs == before + 1
        _settled(pool)
    raise AssertionError("the store's files kept changing")


def _settled(pool) -> None:
    """Wait until RocksDB's own compaction after the first writes is over: it changes the table files, which
    (rightly) counts as a new version of the store for the workers, and so for quick repeats."""
    seen, since, deadline = None, time.monotonic(), time.monotonic() + 30
    while time.monotonic() < deadline:
        now = pool._wal.value()
        if now != seen:
            seen, since = now, time.monotonic()
        elif time.monotonic() - since > 1.5:  # past the stamp's own 1 s of distrust of a fresh directory
            return
        time.sleep(0.1)


def test_a_repeat_runs_here_and_is_answered_as_a_worker_answers_it(store) -> None:
    app, plain = _app(store), _app(store, QUICK_INLINE=False)
    pool, workers = app.extensions["govkg.executor"], plain.extensions["govkg.executor"]
    try:
        for query, types in [(SELECT, SOLUTION_TYPES), (CONSTRUCT, ["text/turtle", "application/n-triples"])]:
            for media_type in types:
                again, here = _repeat(pool, query, media_type)
                assert here, media_type
                worker = workers.run(query, [media_type])
                assert (again.body, again.media_type, again.truncated, again.rows, again.kind) == (
                    worker.body, worker.media_type, worker.truncated, worker.rows, worker.kind), media_type
                assert again.truncated and again.rows == 10  # 12 rows, cut at the row limit as a worker cuts them
        assert workers.inline_runs == 0
    finally:
        pool.close()
        workers.close()


def test_the_endpoint_answers_a_repeat_alike(store) -> None:
    app = _app(store)
    client = app.test_client()
    pool = app.extensions["govkg.executor"]
    try:
        answers = [client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": "text/csv"})
                   for _ in range(2)]
        assert pool.inline_runs == 1
        assert [a.status_code for a in answers] == [200, 200]
        assert answers[0].data == answers[1].data
        assert answers[1].headers["GovKG-Truncated"] == "true"
        kept = [[h for h in a.headers if h[0] not in ("GovKG-Elapsed", "Date")] for a in answers]
        assert kept[0] == kept[1]
        # a syntax error is never noted, so it is answered by a worker each time, as before
        bad = [client.get("/sparql", query_string={"query": "SELECT ?x WHERE {"}) for _ in range(2)]
        assert [b.status_code for b in bad] == [400, 400] and pool.inline_runs == 1
        assert "govkg_queries_run_inline_total 1\n" in client.get("/metrics").get_data(as_text=True)
    finally:
        pool.close()


def test_after_a_write_the_worker_answers_first_and_sees_it(store) -> None:
    app = _app(store)
    pool = app.extensions["govkg.executor"]
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{EX}p> ?o }}"
    try:
        pool.run(count, ["text/csv"])
        assert b"12" in pool.run(count, ["text/csv"]).body and pool.inline_runs == 1
        with pool.writing():
            store.update(f'INSERT DATA {{ <{EX}new> <{EX}p> "new" }}')
        _settled(pool)
        after = pool.run(count, ["text/csv"])
        assert b"13" in after.body and pool.inline_runs == 1  # a worker, on the new version
        assert b"13" in pool.run(count, ["text/csv"]).body and pool.inline_runs == 2
        # a write that does not pass through writing() is noticed by the write-ahead log, as the workers notice it
        store.update(f'INSERT DATA {{ <{EX}newer> <{EX}p> "newer" }}')
        _settled(pool)
        assert b"14" in pool.run(count, ["text/csv"]).body and pool.inline_runs == 2
    finally:
        pool.close()


def test_slow_queries_short_limits_and_other_datasets_go_to_a_worker(store, monkeypatch) -> None:
    app = _app(store)
    pool = app.extensions["govkg.executor"]
    try:
        pool.run(SELECT, ["text/csv"])
        pool.run(SELECT, ["text/csv"], timeout=1.5)  # a client's short limit (1.5 x 0.5 < 1 s): a worker keeps it
        pool.run(SELECT, ["text/csv"], default_graph=[f"{EX}g"])  # another dataset: another query
        assert pool.inline_runs == 0
        monkeypatch.setattr(pool_module, "QUICK_SECONDS", 0.0)  # every answer now counts as slow
        for _ in range(2):
            pool.run(CONSTRUCT, ["text/turtle"])
        assert pool.inline_runs == 0
    finally:
        pool.close()


def test_off_by_configuration_and_for_a_store_opened_read_only(store, tmp_path: Path) -> None:
    for app in [_app(store, QUICK_INLINE=False)]:
        pool = app.extensions["govkg.executor"]
        try:
            for _ in range(3):
                pool.run(SELECT, ["text/csv"])
            assert pool.inline_runs == 0
        finally:
            pool.close()
    reader = LocalStore(str(tmp_path / "store"), read_only=True)  # it would not see another process's writes
    pool = _app(reader).extensions["govkg.executor"]
    try:
        for _ in range(3):
            pool.run(SELECT, ["text/csv"])
        assert pool.inline_runs == 0
    finally:
        pool.close()
        reader.close()
