"""Helpers for the SPARQL service tests: a small register of invented councils, and real servers
(`python -m govkg serve`, `oxigraph serve`) started as subprocesses on free loopback ports."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

# An invented county, written for these tests (no seed text): two partnerships, a board, people, funding.
REGISTER = """\
title: Westmarch community-safety governance (test register)
area: Westmarch
sources:
  wcsp-2024: {title: Westmarch Safer Communities Partnership minutes, date: 2024-05-14,
              publisher: Westmarch County Council, item: "6"}
  wpb-2023: {title: Westmarch Prevent Board terms of reference, date: 2023-11-02,
             publisher: Westmarch County Council}
entities:
  - {name: Westmarch County Council, kind: body, type: Council}
  - {name: Westmarch Safer Communities Partnership, kind: body, type: Partnership, aliases: [WSCP]}
  - {name: Westmarch Prevent Board, kind: body, type: Board}
  - {name: Westmarch Channel Panel, kind: body, type: Panel}
  - {name: Westmarch Police and Crime Commissioner, kind: body, type: PoliceBody}
  - {name: Priya Anand, kind: person}
  - {name: Tom Okafor, kind: person}
  - {name: Prevent, kind: topic}
facts:
  - {subject: Priya Anand, relation: chairs, object: Westmarch Safer Communities Partnership,
     source: wcsp-2024}
  - {subject: Tom Okafor, relation: chairs, object: Westmarch Prevent Board, source: wpb-2023}
  - {subject: Westmarch Safer Communities Partnership, relation: oversees, object: Westmarch Prevent Board,
     source: wcsp-2024}
  - {subject: Westmarch Prevent Board, relation: oversees, object: Westmarch Channel Panel, source: wpb-2023}
  - {subject: Westmarch Prevent Board, relation: reports_to, object: Westmarch Safer Communities Partnership,
     source: wpb-2023}
  - {subject: Westmarch Police and Crime Commissioner, relation: funds,
     object: Westmarch Safer Communities Partnership, amount: "£48,500", period: 2024/25, source: wcsp-2024}
"""


def write_register(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "westmarch.yaml"
    path.write_text(REGISTER, encoding="utf-8")
    return path


def load_test_data(store_dir: Path, work: Path, *, embedded: bool = False) -> None:
    """Load the Westmarch test register; with EMBEDDED, the embedded default register when it exists."""
    from govkg.graph.store import LocalStore
    from govkg.pipeline import embedded_register_dir, load_paths, seed_default

    store = LocalStore(store_dir)
    try:
        if embedded and embedded_register_dir().is_dir():
            report = seed_default(store)
        else:
            report = load_paths(store, [write_register(work)])
        assert report.ok, report.failures
    finally:
        store.close()


# a query no backend finishes in seconds: a three-way cartesian count
CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def assert_stopped_at_the_limit(sparql_url: str) -> None:
    """A query past a 2 s limit gets 503 "time limit" from govkg at SPARQL_URL, in time."""
    start = time.monotonic()
    resp = requests.post(sparql_url, timeout=60, data={"query": CARTESIAN_COUNT})
    assert resp.status_code == 503 and "time limit" in resp.text, resp.text
    assert time.monotonic() - start < 10


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def assert_idle(pid: int, what: str, within: float = 10.0) -> None:
    """The process PID falls quiet (under 0.5 s of CPU in a 1.5 s window) within WITHIN seconds: it is not still
    running a stopped query. A window, not one sample, because on a loaded machine (the whole suite on two
    cores) the stop itself can land a second late; a query left running burns CPU in every window."""
    deadline = time.monotonic() + within
    while True:
        before = cpu_seconds(pid)
        time.sleep(1.5)
        used = cpu_seconds(pid) - before
        if used < 0.5:
            return
        assert time.monotonic() < deadline, f"{what} is still running the query ({used:.2f} s CPU in 1.5 s)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            requests.get(url, timeout=1)
            return
        except requests.RequestException:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not come up")


def stop_process(process: subprocess.Popen) -> None:
    """Ask a server to stop; kill it if it has not within thirty seconds (a clean stop saves the question index,
    which on a loaded machine can take more than ten)."""
    process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class GovkgServer:
    """`python -m govkg serve` on a free port; `base` is its root URL."""

    def __init__(self, store: Path | None, *args: str, data_home: Path | None = None):
        """STORE None: the default store (seeded with the embedded register) under DATA_HOME."""
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.pop("GOVKG_UPDATE_TOKEN", None)
        env.pop("GOVKG_STORE", None)
        if data_home is not None:
            env["XDG_DATA_HOME"] = str(data_home)
        where = ["--store", str(store)] if store is not None else []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "govkg", "serve", *where, "--port", "0", *args],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        line = self.process.stderr.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/ ", line)
        if not m:
            self.process.kill()
            raise RuntimeError(f"govkg serve did not start: {line}{self.process.stderr.read()}")
        self.startup_line = line
        self.base = f"http://127.0.0.1:{m.group(1)}"
        self.sparql = self.base + "/sparql"
        self.wait_for_questions()

    def wait_for_questions(self, timeout: float = 60.0) -> None:
        """Wait until the server's warm-up is done: the question index (its pages answer 503 until then; the
        SPARQL endpoint answers at once), then one page of each kind asked in-process."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                health = requests.get(self.base + "/healthz", timeout=5).json()
                if health.get("questions") != "warming" and health.get("warm_up") != "running":
                    return
            except (requests.RequestException, ValueError):
                pass
            time.sleep(0.05)
        raise RuntimeError(f"{self.base}: the question index was not ready in {timeout:g} s")

    def stop(self) -> None:
        stop_process(self.process)
        if self.process.stderr:
            self.process.stderr.close()

    def children(self) -> set[int]:
        """PIDs of the server's child processes (its query workers)."""
        out: set[int] = set()
        task_dir = Path(f"/proc/{self.process.pid}/task")
        for task in task_dir.iterdir():
            text = (task / "children").read_text().split()
            out.update(int(p) for p in text)
        return out


def oxigraph_binary() -> str:
    exe = Path(sys.executable).with_name("oxigraph")
    return str(exe) if exe.exists() else "oxigraph"


class OxigraphServer:
    """`oxigraph serve` (PyPI package oxigraph) over a directory, serving its real default graph (govkg keeps
    it as the merge of the named graphs) unless UNION is true; EXTRA arguments (say `--timeout-s 1`) go to
    the server."""

    def __init__(self, location: Path, *extra: str, union: bool = False):
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                oxigraph_binary(),
                "serve",
                "--location",
                str(location),
                "--bind",
                f"127.0.0.1:{self.port}",
                *(["--union-default-graph"] if union else []),
                *extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        wait_http(self.base + "/query?query=ASK%7B%7D")

    def stop(self) -> None:
        stop_process(self.process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CaseMode = 2
CheckpointInterval = 0
DirsAllowed = {d}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 8
Charset = UTF-8
[SPARQL]
; govkg needs every row of an answer and sets its own per-query time limit
ResultSetMaxRows = 0
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
"""


def virtuoso_binary() -> str | None:
    import shutil

    return shutil.which("virtuoso-t")


class VirtuosoServer:
    """Virtuoso Open Source (Debian `virtuoso-opensource`) on free loopback ports, its database in LOCATION.
    SPARQL Update and the Graph Store are opened to the anonymous SPARQL user with `isql` (a throwaway
    instance: a real deployment would use the authenticated endpoints instead)."""

    def __init__(self, location: Path, *, buffers: int = 20_000):
        """BUFFERS: 8 KiB pages of cache (Virtuoso's guide: about two thirds of the memory it may use)."""
        location.mkdir(parents=True, exist_ok=True)
        self.sql_port, self.port = free_port(), free_port()
        ini = location / "virtuoso.ini"
        ini.write_text(VIRTUOSO_INI.format(d=location, sql=self.sql_port, http=self.port, buffers=buffers,
                                           dirty=buffers * 3 // 4), encoding="utf-8")
        self.process = subprocess.Popen(
            [virtuoso_binary() or "virtuoso-t", "-f", "+configfile", str(ini)],
            cwd=location, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self.base = f"http://127.0.0.1:{self.port}/sparql"
        try:
            wait_http(self.base + "?query=ASK%7B%7D", timeout=90)
            self.isql(
                'GRANT SPARQL_UPDATE TO "SPARQL"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET (\'nobody\', 7);'
            )
        except Exception:
            self.stop()
            raise

    def isql(self, sql: str) -> str:
        out = subprocess.run(
            ["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={sql}"],
            capture_output=True, text=True, timeout=60, check=True,
        )
        return out.stdout

    def query(self, sparql: str) -> int:
        """The first value of a one-number SELECT, asked of Virtuoso directly (no govkg in between)."""
        resp = requests.get(self.base, params={"query": sparql}, timeout=30,
                            headers={"Accept": "application/sparql-results+json"})
        resp.raise_for_status()
        row = resp.json()["results"]["bindings"][0]
        return int(next(iter(row.values()))["value"])

    def reset(self) -> None:
        """Drop every graph but Virtuoso's own (govkg refuses DROP ALL there: it would take those too)."""
        from govkg.graph.virtuoso import SYSTEM_GRAPHS

        keep = ", ".join(f"iri_to_id('{g}')" for g in SYSTEM_GRAPHS)
        self.isql(f"DELETE FROM DB.DBA.RDF_QUAD WHERE G NOT IN ({keep});")

    def stop(self) -> None:
        stop_process(self.process)
