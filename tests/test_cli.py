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


def test_serve_starts_a_real_wsgi_server(loaded: Path) -> None:
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
    finally:
        proc.terminate()
        proc.wait(timeout=20)
