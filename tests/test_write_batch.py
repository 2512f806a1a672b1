"""The document write path commits documents in groups: one transaction per group, each document whole in
it, a bad document failing alone, and the journal hearing of each document once it is committed."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import BOARD, PERSON, make_doc
from govkg.graph.store import LocalStore, WriteBatch


def _docs(n: int):
    text = "J K Rowntree chairs the Anytown Safer Communities Board."
    return [make_doc(text + f" Item {i}.", [(PERSON, "chairs", BOARD, "J K Rowntree chairs")], key=f"note-{i}",
                     date=dt.date(2022, 1, 1 + i)) for i in range(n)]


def _count_docs(store) -> int:
    return store.select("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d gkg:sha256 ?h }")[0]["n"]


@pytest.mark.parametrize("overlap", [False, True])
def test_documents_are_committed_in_groups(tmp_path, overlap):
    store = LocalStore(tmp_path / "s")
    heard: list[str] = []
    with WriteBatch(store, 4, overlap=overlap) as batch:
        for i, doc in enumerate(_docs(10)):
            batch.load(doc, lambda o: heard.append(o.status))
            # what a reader sees between commits: whole groups of documents, never part of one; a document is
            # announced only once it is committed
            seen = _count_docs(store)
            assert seen % 4 == 0 and len(heard) % 4 == 0 and len(heard) <= seen <= (i + 1) // 4 * 4
            if not overlap:
                assert seen == len(heard) == (i + 1) // 4 * 4
            else:  # a group is written while the next is built, and announced before the next is written
                assert len(heard) >= (i + 1) // 4 * 4 - 4
    assert heard == ["loaded"] * 10 and batch.transactions == 3
    assert _count_docs(store) == 10
    # the journal names each document once, one entry per transaction (a reader follows a group in one step)
    iris = [d.iri for d in _docs(10)]
    assert [c.documents for c in store.changes.since(0)] == [frozenset(iris[:4]), frozenset(iris[4:8]),
                                                             frozenset(iris[8:])]
    again: list[str] = []
    with store.batch() as batch:
        for doc in _docs(10):
            batch.load(doc, lambda o: again.append(o.status))
    assert again == ["unchanged"] * 10 and batch.transactions == 0
    store.close()


@pytest.mark.parametrize("overlap", [False, True])
def test_a_bad_document_fails_alone(tmp_path, overlap):
    store = LocalStore(tmp_path / "s")
    docs = _docs(3)
    docs[1].raw_rdf = (b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .", "text/turtle")
    heard: list[str] = []
    failures: list[Exception] = []
    batch = WriteBatch(store, 10, overlap=overlap)
    for doc in docs:
        batch.load(doc, lambda o: heard.append(o.iri), failures.append)
    # a failure at commit (here: the store refuses the group) is retried per document
    real = store.extend_quads

    def flaky(quads) -> None:
        if any(getattr(q.graph_name, "value", None) == docs[1].iri for q in quads):
            from govkg.errors import StoreError

            raise StoreError("refused")
        real(quads)

    store.extend_quads = flaky  # type: ignore[method-assign]
    batch.close()
    assert heard == [docs[0].iri, docs[2].iri] and len(failures) == 1
    assert _count_docs(store) == 2
    store.close()


def test_load_with_jobs_reads_in_parallel_and_writes_in_order(tmp_path, cli_runner):
    import json
    import shutil
    from pathlib import Path

    from conftest import run_cli

    folder = tmp_path / "docs"
    shutil.copytree(Path(__file__).parent.parent / "examples" / "corpus" / "docs", folder)
    (folder / "forum.nt").write_text(
        '<http://example.org/forum> <http://www.w3.org/2000/01/rdf-schema#label> "Quayside Forum" .\n')
    (folder / "broken.ttl").write_text("<http://example.org/a> <http://example.org/b> .\n")
    runs = {}
    for jobs in ("1", "2"):
        result = run_cli(cli_runner, "load", "--json", "--jobs", jobs, "--store", str(tmp_path / f"s{jobs}"),
                         str(folder))
        data = json.loads(result.output)
        runs[jobs] = ([(Path(d["source"]).name, d["status"], d["facts"]) for d in data["documents"]],
                      [Path(f["source"]).name for f in data["failures"]])
    assert runs["1"] == runs["2"]
    names = [n for n, *_ in runs["1"][0]]
    assert names == sorted(names) and "forum.nt" in names and runs["1"][1] == ["broken.ttl"]


def test_a_large_group_goes_through_the_bulk_loader_with_the_same_result(tmp_path, monkeypatch):
    from govkg.graph import store as store_module

    def written(bulk_from: int) -> set:
        monkeypatch.setattr(store_module, "BULK_WRITE_QUADS", bulk_from)
        store = LocalStore(tmp_path / f"s{bulk_from}")
        with store.batch(max_documents=4) as batch:
            for i, doc in enumerate(_docs(10)):
                batch.load(doc, lambda o: None)
                seen = _count_docs(store)  # whole groups only, as with transactions (one may be in flight)
                assert seen % 4 == 0 and (i + 1) // 4 * 4 - 4 <= seen <= (i + 1) // 4 * 4
        # A paper's load time is when it was written: the two stores may be written in different seconds.
        quads = {q for q in store.quads() if q.predicate.value != "http://www.w3.org/ns/prov#generatedAtTime"}
        store.close()
        return quads

    bulk, transactional = written(1), written(10**9)
    assert bulk == transactional and len(bulk) > 100


def test_a_group_failing_in_flight_fails_only_its_bad_document(tmp_path):
    """With groups written while the next is built, a group the store refuses is retried a document at a
    time in the writer: only the bad document fails, the others (of its group and the next) are committed and
    announced in order, and the journal names exactly the committed ones."""
    from govkg.errors import StoreError

    store = LocalStore(tmp_path / "s")
    docs = _docs(6)
    real = store.extend_quads

    def flaky(quads) -> None:
        if any(getattr(q.graph_name, "value", None) == docs[2].iri for q in quads):
            raise StoreError("refused")
        real(quads)

    store.extend_quads = flaky  # type: ignore[method-assign]
    heard: list[str] = []
    failures: list[Exception] = []
    with WriteBatch(store, 2, overlap=True) as batch:
        for doc in docs:
            batch.load(doc, lambda o: heard.append(o.iri), failures.append)
    ok = [d.iri for d in docs if d is not docs[2]]
    assert heard == ok and len(failures) == 1 and "refused" in str(failures[0])
    assert _count_docs(store) == 5
    assert sorted(i for c in store.changes.since(0) for i in c.documents) == sorted(ok)
    store.close()


def test_a_group_of_new_documents_is_bounded_by_its_quads(tmp_path):
    """An embedded store's larger groups are bounded by the new documents' quads too, apart from update text:
    a group is written once it holds MAX_QUADS of them, however few documents that is."""
    store = LocalStore(tmp_path / "s")
    docs = _docs(5)
    heard: list[str] = []
    with WriteBatch(store, 100, max_quads=1) as batch:
        for doc in docs:
            batch.load(doc, lambda o: heard.append(o.status))
    assert heard == ["loaded"] * 5 and batch.transactions == 5
    assert store.batch().max_documents == 256  # the embedded store's own groups
    store.close()
