"""SIGKILL in the middle of work leaves whole documents and whole updates: `govkg load` killed half-way, and
`govkg serve` killed during a large update. The killed load's log names what it committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import requests
from sparql_servers import GovkgServer

from govkg.graph.store import LocalStore
from govkg.pipeline import load_paths

# More documents than one write transaction holds (64), so the kill lands between two of them.
COUNCILS = [f"Testshire {i}" for i in range(150)]


def register(name: str) -> str:
    return f"""title: {name} register
area: {name}
sources:
  m: {{title: {name} Safer Communities Board minutes, date: 2024-05-01}}
entities:
  - {{name: {name} Safer Communities Board, kind: body, type: Board}}
  - {{name: {name} Prevent Board, kind: body, type: Board}}
  - {{name: Chair of {name}, kind: person}}
facts:
  - {{subject: Chair of {name}, relation: chairs, object: {name} Safer Communities Board, source: m}}
  - {{subject: {name} Prevent Board, relation: reports_to, object: {name} Safer Communities Board, source: m}}
"""


def per_document(store: LocalStore) -> dict[str, int]:
    """Quads in each document's named graph plus its metadata in the default graph."""
    rows = store.select(
        "SELECT ?d (COUNT(*) AS ?n) WHERE { { ?d gkg:sha256 ?h . GRAPH ?d { ?s ?p ?o } } UNION "
        "{ ?d gkg:sha256 ?h . ?d ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?d ?p ?o } } } } GROUP BY ?d"
    )
    return {r["d"]: int(r["n"]) for r in rows}


def test_sigkill_during_load_leaves_whole_documents_and_an_honest_log(tmp_path: Path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for i, name in enumerate(COUNCILS):
        (folder / f"council-{i:03}.yaml").write_text(register(name), encoding="utf-8")
    reference = LocalStore(tmp_path / "reference")
    try:
        assert load_paths(reference, [folder]).ok
        whole = per_document(reference)
    finally:
        reference.close()

    store = tmp_path / "store"
    proc = subprocess.Popen(
        [sys.executable, "-m", "govkg", "load", "--store", str(store), str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,  # a pipe: not a terminal
        env={**os.environ, "GOVKG_BATCH_DOCUMENTS": "16"},  # several groups in 150 papers, so a kill falls between
    )
    printed: list[str] = []
    for line in proc.stdout:  # type: ignore[union-attr]
        if line.startswith("loaded"):
            printed.append(line.split()[-1])
        if len(printed) == 8:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL and len(printed) == 8

    s = LocalStore(store)
    try:
        found = per_document(s)
        sources = {r["src"] for r in s.select("SELECT ?src WHERE { ?d dcterms:source ?src }")}
    finally:
        s.close()
    loaded = {d: n for d, n in found.items() if "council-" in d}
    assert 8 <= len(loaded) < len(COUNCILS), len(loaded)  # killed half-way, after what it printed
    for doc, quads in loaded.items():
        assert quads == whole[doc], (doc, quads, whole[doc])  # each one whole
    assert {Path(p).name for p in printed} <= sources  # every line printed names a committed document


UPDATE = (b"INSERT { GRAPH <urn:x:copy> { ?s <urn:x:q> ?o } } "
          b"WHERE { GRAPH <urn:x:source> { ?s <urn:x:p> ?o } }")


def _serve_copy(path: Path, data: bytes, kill_after: float | None) -> tuple[int, int, float, bool]:
    """Serve a store holding DATA, send UPDATE, SIGKILL the server KILL_AFTER seconds in (None: let it
    finish); then (triples copied, source triples, seconds the request took, whether it was answered)."""
    raw = ox.Store(str(path))
    raw.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    raw.flush()
    del raw
    server = GovkgServer(path, "--update-token", "t", "--workers", "1", "--timeout", "30")
    finished: list[int] = []
    try:
        def send() -> None:
            try:
                r = requests.post(server.base + "/update", data=UPDATE, timeout=120, headers={
                    "Content-Type": "application/sparql-update", "Authorization": "Bearer t"})
                finished.append(r.status_code)
            except requests.RequestException:
                pass

        sender = threading.Thread(target=send)
        start = time.monotonic()
        sender.start()
        if kill_after is not None:
            time.sleep(kill_after)
            os.kill(server.process.pid, signal.SIGKILL)
            server.process.wait()
        sender.join()
        took = time.monotonic() - start
    finally:
        server.stop()
    s = LocalStore(path)
    try:
        copied = len(list(s.raw().quads_for_pattern(None, None, None, ox.NamedNode("urn:x:copy"))))
        source = len(list(s.raw().quads_for_pattern(None, None, None, ox.NamedNode("urn:x:source"))))
    finally:
        s.close()
    return copied, source, took, bool(finished)


def test_sigkill_during_an_update_leaves_all_or_nothing(tmp_path: Path):
    triples = 60_000
    data = "".join(f"<urn:x:s{i}> <urn:x:p> \"value {i}\" <urn:x:source> .\n" for i in range(triples)).encode()
    copied, source, took, answered = _serve_copy(tmp_path / "whole", data, None)
    assert answered and copied == source == triples
    # Kills spread over the time the whole update took (its read-only probe is the first few per cent).
    unanswered = 0
    for fraction in (0.35, 0.65):
        copied, source, _, answered = _serve_copy(tmp_path / f"killed-{fraction}", data, fraction * took)
        assert source == triples
        assert copied in (0, triples), (fraction, copied)
        unanswered += not answered
    assert unanswered, "no kill landed before the update finished"


def test_query_workers_of_a_killed_server_stop_by_themselves(tmp_path: Path):
    """A server SIGKILLed while a worker runs a runaway query cannot kill that worker at the time limit any
    more; the worker's own CPU backstop (twice the limit plus 5 s) stops it."""
    store = LocalStore(tmp_path / "store")
    triples = "".join(f"<urn:x:s{i}> <urn:x:p> \"{i}\" <urn:x:g> .\n" for i in range(2000))
    store.bulk_load(triples.encode(), ox.RdfFormat.N_QUADS)
    store.close()
    server = GovkgServer(tmp_path / "store", "--timeout", "0.5", "--workers", "1")
    try:
        def runaway() -> None:
            try:
                requests.get(server.sparql, timeout=30, params={
                    "query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"})
            except requests.RequestException:
                pass  # the server is killed under it

        threading.Thread(target=runaway, daemon=True).start()
        time.sleep(0.3)
        workers = server.children()
        assert workers
        os.kill(server.process.pid, signal.SIGKILL)
        server.process.wait()
    finally:
        server.stop()
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.5)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive, "a query worker outlived its server"
