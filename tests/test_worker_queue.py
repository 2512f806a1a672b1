"""Queries sent to a busy query worker behind the one it runs (server/pool.py, `_Turn`): every sender gets
its own answer, the time limit still holds for each query, and a worker killed with a query queued behind it
costs that query nothing but a retry on its replacement."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from govkg.errors import QueryTimeout, StoreError
from govkg.graph.store import LocalStore
from govkg.server.pool import WorkerPool

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def _value(body: bytes) -> str:
    return json.loads(body)["results"]["bindings"][0]["n"]["value"]


def _numbered(i: int) -> str:
    return f"SELECT ?n WHERE {{ BIND({i} AS ?n) }}"


@pytest.fixture()
def store_dir(tmp_path: Path) -> Path:
    store = LocalStore(tmp_path / "store")
    store.update("INSERT DATA { " + " ".join(f"<urn:x:s{i}> <urn:x:p> {i} ." for i in range(60)) + " }")
    store.close()
    return tmp_path / "store"


def _wait_for(check, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.01)


@pytest.mark.parametrize("workers", [1, 2])
def test_every_sender_gets_its_own_answer(store_dir: Path, workers: int) -> None:
    pool = WorkerPool(str(store_dir), size=workers, timeout=30)
    pool.start()
    wrong: list[tuple[int, str]] = []
    errors: list[Exception] = []

    def client(k: int) -> None:
        for j in range(40):
            i = k * 1000 + j
            try:
                got = _value(pool.run(_numbered(i), "application/sparql-results+json").body)
            except Exception as e:  # noqa: BLE001
                errors.append(e)
                continue
            if got != str(i):
                wrong.append((i, got))

    threads = [threading.Thread(target=client, args=(k,)) for k in range(8)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    finally:
        pool.close()
    assert not errors and not wrong, (errors[:3], wrong[:3])
    assert pool.queued_behind > 0  # the path under test ran: queries were sent behind running ones
    assert pool.restarts == 0


def _queue_behind_a_runaway(pool: WorkerPool, behind: str) -> tuple[dict, dict, threading.Thread, threading.Thread]:
    """A runaway query in the only worker, then BEHIND sent to it while it runs."""
    first: dict = {}
    second: dict = {}

    def run(out: dict, query: str) -> None:
        t0 = time.monotonic()
        try:
            out["body"] = pool.run(query, "application/sparql-results+json").body
        except Exception as e:  # noqa: BLE001
            out["error"] = e
        out["seconds"] = time.monotonic() - t0

    a = threading.Thread(target=run, args=(first, RUNAWAY))
    a.start()
    _wait_for(lambda: pool.status()["idle"] == 0)
    queued = pool.queued_behind
    b = threading.Thread(target=run, args=(second, behind))
    b.start()
    _wait_for(lambda: pool.queued_behind > queued)  # B is in the worker's socket, behind the runaway
    return first, second, a, b


def test_a_query_queued_behind_a_timed_out_one_runs_on_the_replacement(store_dir: Path) -> None:
    pool = WorkerPool(str(store_dir), size=1, timeout=1.5)
    pool.start()
    try:
        first, second, a, b = _queue_behind_a_runaway(pool, _numbered(7))
        a.join(60)
        b.join(60)
        assert isinstance(first.get("error"), QueryTimeout), first
        assert _value(second["body"]) == "7", second
        assert pool.restarts == 1
        _wait_for(lambda: pool.status()["alive"] == 1 and pool.status()["idle"] == 1)
    finally:
        pool.close()


def test_a_query_queued_behind_a_killed_worker_runs_on_the_replacement(store_dir: Path) -> None:
    pool = WorkerPool(str(store_dir), size=1, timeout=60)
    pool.start()
    try:
        first, second, a, b = _queue_behind_a_runaway(pool, _numbered(8))
        (worker,) = pool._busy
        os.kill(worker.process.pid, signal.SIGKILL)  # as the kernel's OOM killer would
        a.join(60)
        b.join(60)
        assert isinstance(first.get("error"), StoreError), first
        assert _value(second["body"]) == "8", second
        _wait_for(lambda: pool.status()["alive"] == 1)
    finally:
        pool.close()


def test_a_queued_query_gets_its_own_time_limit(store_dir: Path) -> None:
    """A runaway queued behind a runaway: each is stopped at the limit, counted from its own start."""
    pool = WorkerPool(str(store_dir), size=1, timeout=1.0)
    pool.start()
    try:
        first, second, a, b = _queue_behind_a_runaway(pool, RUNAWAY)
        a.join(60)
        b.join(60)
        assert isinstance(first.get("error"), QueryTimeout), first
        assert isinstance(second.get("error"), QueryTimeout), second
        # the second waited for the first, then ran on the replacement to its own limit
        assert second["seconds"] >= 1.0
        assert pool.restarts == 2
        # and the pool still answers
        assert _value(pool.run(_numbered(3), "application/sparql-results+json").body) == "3"
    finally:
        pool.close()


def test_no_query_is_queued_behind_a_worker_whose_query_is_not_sent_yet(store_dir: Path) -> None:
    """Answers stay paired with their queries when many senders race for one worker from the start."""
    pool = WorkerPool(str(store_dir), size=1, timeout=30)
    pool.start()
    results: dict[int, str] = {}
    barrier = threading.Barrier(16)

    def client(i: int) -> None:
        barrier.wait()
        results[i] = _value(pool.run(_numbered(i), "application/sparql-results+json").body)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(16)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        pool.close()
    assert results == {i: str(i) for i in range(16)}
