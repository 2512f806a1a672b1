"""The govkg command on real files: load, query in every format, stats, ontology, export, serve."""

from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from rdflib import Dataset
from test_register_loader import REGISTER

from conftest import run_cli


@pytest.fixture
def loaded(cli_runner, tmp_path: Path) -> Path:
    reg = tmp_path / "reg"
    reg.mkdir()
    (reg / "anytown.yaml").write_text(REGISTER, encoding="utf-8")
    store_dir = tmp_path / "store"
    result = run_cli(cli_runner, "load", "--store", str(store_dir), str(reg))
    assert result.exit_code == 0, result.output
    assert "1 documents (1 changed), 6 facts, 0 failed" in result.output
    return store_dir


def test_load_reports_bad_files_and_loads_the_good(cli_runner, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.yaml").write_text(REGISTER, encoding="utf-8")
    (folder / "bad.yaml").write_text("title: x\nfacts:\n  - {subject: Nobody, relation: chairs, object: X}\n")
    (folder / "data.ttl").write_text("<urn:x-a> <urn:x-p> .\n")  # truncated triple
    (folder / "notes.xyz").write_text("?")
    store_dir = tmp_path / "s"
    result = run_cli(cli_runner, "load", "--json", "--store", str(store_dir), str(folder))
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    failed = {Path(f["source"]).name: f for f in report["failures"]}
    assert set(failed) == {"bad.yaml", "data.ttl", "notes.xyz"}
    assert failed["bad.yaml"]["line"] == 3
    assert "no loader" in failed["notes.xyz"]["reason"]
    assert [Path(d["source"]).name for d in report["documents"]] == ["good.yaml"]


def test_reload_is_unchanged(cli_runner, loaded: Path, tmp_path: Path) -> None:
    result = run_cli(cli_runner, "load", "--store", str(loaded), str(tmp_path / "reg"))
    assert "unchanged" in result.output and "(0 changed)" in result.output


def test_query_formats(cli_runner, loaded: Path, tmp_path: Path) -> None:
    q = "SELECT ?name WHERE { ?p gkg:chairs ?b ; rdfs:label ?name }"
    table = run_cli(cli_runner, "query", "--store", str(loaded), q)
    assert table.exit_code == 0 and "Priya Natarajan" in table.output and "(1 row)" in table.output
    js = json.loads(run_cli(cli_runner, "query", "--store", str(loaded), "-f", "json", q).output)
    assert js["results"]["bindings"][0]["name"]["value"] == "Priya Natarajan"
    rows = list(csv.reader(io.StringIO(run_cli(cli_runner, "query", "--store", str(loaded), "-f", "csv", q).output)))
    assert rows == [["name"], ["Priya Natarajan"]]
    tsv = run_cli(cli_runner, "query", "--store", str(loaded), "-f", "tsv", q).output
    assert tsv.splitlines()[1] == '"Priya Natarajan"'
    rq = tmp_path / "q.rq"
    rq.write_text("CONSTRUCT { ?p gkg:chairs ?b } WHERE { ?p gkg:chairs ?b }")
    ttl = run_cli(cli_runner, "query", "--store", str(loaded), f"@{rq}").output
    assert "gkg:chairs" in ttl


def test_errors_are_one_line(cli_runner, loaded: Path) -> None:
    bad = run_cli(cli_runner, "query", "--store", str(loaded), "SELECT WHERE {")
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: ") and "Traceback" not in bad.output
    wrong = run_cli(cli_runner, "query", "--store", str(loaded), "-f", "turtle", "SELECT * WHERE { ?s ?p ?o }")
    assert wrong.exit_code == 2 and "use one of" in wrong.stderr
    missing = run_cli(cli_runner, "query", "--store", str(loaded), "@/nonexistent.rq")
    assert missing.exit_code == 1 and "/nonexistent.rq" in missing.stderr


def test_stats(cli_runner, loaded: Path) -> None:
    data = json.loads(run_cli(cli_runner, "stats", "--json", "--store", str(loaded)).output)
    assert data["assertions"] == 7  # six facts, the funding one also states its amount
    assert data["entities"]["Body"] == 4
    assert data["facts_by_relation"]["funding_amount"] == 1


def test_ontology_command(cli_runner, tmp_path: Path) -> None:
    out = tmp_path / "o.html"
    result = run_cli(cli_runner, "ontology", "--format", "html", "-o", str(out))
    assert result.exit_code == 0 and "<table>" in out.read_text()


def test_export_data_round_trips(cli_runner, loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "dump.trig"
    result = run_cli(cli_runner, "export", "data", "--format", "trig", "-o", str(out), "--store", str(loaded))
    assert result.exit_code == 0
    ds = Dataset()
    ds.parse(out, format="trig")
    graphs = {str(g.identifier) for g in ds.graphs()}
    assert any(g.endswith("/doc/register-anytown") for g in graphs)


def test_default_store_is_used_without_store_option(cli_runner) -> None:
    result = run_cli(cli_runner, "stats", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["store"].endswith("govkg/store")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_starts_a_real_wsgi_server_and_reading_commands_still_work(loaded: Path, cli_runner,
                                                                         tmp_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "govkg", "serve", "--store", str(loaded), "--port", str(port)],
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    body = json.loads(r.read())
                    assert r.headers["Server"].startswith("govkg") or "waitress" in r.headers.get("Server", "")
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        assert body["status"] == "ok"
        # the server holds the store: reading commands open it read-only and say so; a load is refused
        stats = run_cli(cli_runner, "stats", "--json", "--store", str(loaded))
        assert stats.exit_code == 0, stats.output
        assert json.loads(stats.stdout)["assertions"] == 7
        assert "in use by another process" in stats.stderr and "read-only" in stats.stderr
        answer = run_cli(cli_runner, "ask", "--store", str(loaded), "Who chairs the Safer Anytown Board?")
        assert answer.exit_code == 0 and "read-only" in answer.stderr
        load = run_cli(cli_runner, "load", "--store", str(loaded), str(tmp_path / "reg"))
        assert load.exit_code == 1 and "in use by another govkg process" in load.stderr
    finally:
        proc.terminate()
        proc.wait(timeout=20)


READING = [["stats"], ["query", "ASK {}"], ["ask", "Who chairs the Panel?"], ["validate"], ["export", "data"],
           ["export", "diagram"], ["export", "funding"], ["report", "governance"],
           ["show-evidence", "https://w3id.org/govkg/id/body/x"]]


@pytest.mark.parametrize("args", READING, ids=[" ".join(a[:2]) for a in READING])
def test_reading_commands_on_a_missing_store_say_so_and_create_nothing(cli_runner, tmp_path: Path,
                                                                       args: list[str]) -> None:
    where = tmp_path / "does-not-exist"
    result = run_cli(cli_runner, *args, "--store", str(where))
    assert result.exit_code == 1, result.output
    assert f"no store at {where}" in result.stderr and "govkg load" in result.stderr
    assert not where.exists()
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "notes.txt").write_text("not a store")
    junk = run_cli(cli_runner, *args, "--store", str(tmp_path / "junk"))
    assert junk.exit_code == 1 and "not a govkg store" in junk.stderr


def test_funding_answers_show_each_quote_once(cli_runner) -> None:
    result = run_cli(cli_runner, "ask", "How much does the West Mercia PCC allocate to CSPs per year?")
    assert result.exit_code == 0, result.output
    answers = result.output.split("\n- ")[1:]
    assert answers, result.output
    for answer in answers:
        quotes = [line.strip() for line in answer.splitlines() if line.strip().startswith("\u201c")]
        assert quotes and len(quotes) == len(set(quotes)), answer


def test_cli_package_imports_downwards_only() -> None:
    """cli/__init__ imports the command modules, they import cli/options, options imports the library: no
    module of the package imports the package itself or a sibling other than options, so there is no cycle."""
    import ast

    package = Path(__file__).resolve().parent.parent / "cli"
    modules = {p.stem: p for p in package.glob("*.py")}
    assert {"__init__", "options"} <= set(modules) and len(modules) >= 5
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                found.add(node.module or "__init__")
            elif isinstance(node, ast.ImportFrom) and node.level == 2 and node.module == "cli":
                found.add("__init__")
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("govkg.cli"):
                found.add((node.module or "").removeprefix("govkg.cli").lstrip(".") or "__init__")
        edges[name] = {m.split(".")[0] for m in found}
    assert edges["options"] == set(), edges["options"]
    for name, deps in edges.items():
        if name not in ("__init__", "options"):
            assert deps <= {"options"}, (name, deps)
    assert "__init__" not in set().union(*edges.values())
