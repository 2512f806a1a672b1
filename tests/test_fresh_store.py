"""A store just filled by the bulk path is left compacted (issue 15): the bulk loader ingests files at level 0
and, left so, the next process to open the store for writing (`govkg serve`) compacts them in the background,
while its query workers, opened read-only just before, keep a view of files the compaction deletes (at a
hundred councils their first queries ran out of the worker's memory cap or past 60 s)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from govkg.graph.store import LocalStore

EX = "http://example.org/fresh/"


def _sst(store: Path) -> list[str]:
    return sorted(p.name for p in store.glob("*.sst"))


def _nquads(path: Path, part: int, n: int = 2000) -> Path:
    lines = [f'<{EX}{part}/{i}> <{EX}p> "{i}" <{EX}g{part}> .\n' for i in range(n)]
    lines += [f'<{EX}{part}/{i}> <{EX}p> "{i}" .\n' for i in range(n)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_bulk_loads_leave_nothing_to_compact(tmp_path: Path) -> None:
    where = tmp_path / "store"
    store = LocalStore(where)
    # several bulk loads: four or more level-0 files per column family is what sets off a compaction
    for part in range(4):
        store.bulk_load(_nquads(tmp_path / f"part{part}.nq", part), ox.RdfFormat.N_QUADS, merge=False)
    store.close()
    del store
    before = _sst(where)
    raw = ox.Store(str(where))  # what `govkg serve` does first; a full compaction here must find nothing to do
    raw.optimize()
    assert _sst(where) == before
    assert len(raw) == 4 * 2 * 2000


def test_bulk_load_in_memory_still_works() -> None:
    store = LocalStore(None)
    data = f'<{EX}a> <{EX}p> "x" <{EX}g> .\n'.encode()
    assert store.bulk_load(data, ox.RdfFormat.N_QUADS) == 1


def test_query_workers_reopen_after_a_compaction(tmp_path: Path) -> None:
    """A store left at level 0 (loaded by another tool, or by an older govkg) is compacted in the background
    once `govkg serve` opens it for writing, after its query workers have opened it read-only: they must take
    a new view of it before their next query, as after a write, and not query the files it deleted."""
    from govkg.server.pool import WorkerPool

    where = tmp_path / "store"
    raw = ox.Store(str(where))
    for part in range(4):  # left uncompacted, as the bulk loader leaves its files
        raw.bulk_extend([ox.Quad(ox.NamedNode(f"{EX}{part}/{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(str(i)),
                                 ox.DefaultGraph()) for i in range(2000)])
    raw.flush()
    pool = WorkerPool(str(where), size=1)
    try:
        ask = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{EX}p> ?o }}"
        first = pool.run(ask, "application/sparql-results+json")
        before = pool.refreshes
        files = _sst(where)
        raw.optimize()  # the compaction the writer would run in the background, here at once
        assert _sst(where) != files
        again = pool.run(ask, "application/sparql-results+json")
        assert pool.refreshes > before  # the workers reopened the store before this query
        assert again.body == first.body
    finally:
        pool.close()
        del raw
