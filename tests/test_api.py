"""The public Python API: govkg.open(store) with load, query, select, ask, evidence and export."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

import govkg
from govkg.api import NoStoreError
from govkg.errors import StoreError, StoreLockedError

REPO = Path(__file__).resolve().parent.parent
MINUTES = (
    "Minutes of the Westbrook Safer Streets Board meeting held on 6 June 2023\n\n"
    "Present: Councillor Ruth Ibbotson (Chair), Mr Kieran Doyle\n\n"
    "The Westbrook Safer Streets Board reports to the Westbrook Community Safety Partnership.\n"
)


@pytest.fixture
def papers(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "westbrook-minutes.txt").write_text(MINUTES, encoding="utf-8")
    return folder


def test_open_load_query_ask_export(tmp_path: Path, papers: Path) -> None:
    with govkg.open(tmp_path / "store") as kg:
        report = kg.load(papers)
        assert report.ok and report.documents == 1
        assert kg.load(papers).outcomes[0][1].status == "unchanged"
        rows = kg.select("SELECT ?name ?board WHERE { ?p gkg:chairs ?b ; rdfs:label ?name . ?b rdfs:label ?board }",
                         board="Westbrook Safer Streets Board")
        assert [r["name"] for r in rows] == ["Ruth Ibbotson"]
        assert bool(kg.query("ASK { ?b org:reportsTo ?p }"))
        answer = kg.ask("Who chairs the Westbrook Safer Streets Board?")
        assert [a.label for a in answer.answers] == ["Ruth Ibbotson"]
        board = kg.select("SELECT ?b WHERE { ?b rdfs:label 'Westbrook Safer Streets Board' }")[0]["b"]
        assert any(e["quote"] for e in kg.evidence(board))
        triples = list(ox.parse(kg.export("turtle"), format=ox.RdfFormat.TURTLE))
        assert any(t.object == ox.Literal("Ruth Ibbotson") for t in triples)


def test_a_store_to_read_must_exist(tmp_path: Path) -> None:
    with pytest.raises(NoStoreError, match="no store at .*govkg load"):
        govkg.open(tmp_path / "nothing", must_exist=True)
    with pytest.raises(NoStoreError):
        govkg.open(tmp_path / "nothing", read_only=True)
    assert not (tmp_path / "nothing").exists()


def test_reading_a_store_that_another_holds(tmp_path: Path, papers: Path) -> None:
    with govkg.open(tmp_path / "store") as writer:
        writer.load(papers)
        with pytest.raises(StoreLockedError):
            govkg.open(tmp_path / "store")
        with govkg.open(tmp_path / "store", read_only=None) as reader:
            assert reader.read_only and "read-only" in reader.note
            assert reader.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"] > 0
            with pytest.raises(StoreError, match="read-only"):
                reader.load(papers)


def test_the_default_store_is_seeded_with_the_register(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("GOVKG_STORE", raising=False)
    with govkg.open() as kg:
        assert kg.location.endswith("govkg/store")
        assert kg.ask("Which body oversees Prevent in Staffordshire?").answers
