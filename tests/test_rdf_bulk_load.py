"""`govkg load` of an RDF file takes the bulk path: streamed from disk, checked in full before anything is
written; a triples file in its own graph (a changed one replacing its previous version), a dataset with its
graphs as they are; everything merged into the default graph; an unchanged file skipped."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

import govkg
from govkg.graph.iris import document_iri

EX = "http://example.org/quayside/"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _rows(kg, sparql: str) -> list[dict]:
    return kg.select(sparql)


@pytest.mark.parametrize(
    "name, text",
    [
        ("forum.ttl", f"<{EX}forum> <http://www.w3.org/2000/01/rdf-schema#label> \"Quayside Forum\" .\n"),
        ("forum.nt", f"<{EX}forum> <http://www.w3.org/2000/01/rdf-schema#label> \"Quayside Forum\" .\n"),
    ],
)
def test_triples_go_into_the_files_own_graph(tmp_path: Path, name: str, text: str) -> None:
    path = _write(tmp_path / name, text)
    with govkg.open(tmp_path / "store") as kg:
        report = kg.load(path)
        assert report.ok and report.bulk_files == 1 and report.outcomes[0][1].status == "loaded"
        graphs = _rows(kg, f"SELECT ?g WHERE {{ GRAPH ?g {{ <{EX}forum> rdfs:label ?l }} }}")
        assert [r["g"] for r in graphs] == [document_iri("forum")]
        meta = _rows(kg, f"SELECT ?t WHERE {{ <{document_iri('forum')}> dcterms:title ?t }}")
        assert [r["t"] for r in meta] == [name]
        assert kg.load(path).outcomes[0][1].status == "unchanged"


DATASET = (
    f"<{EX}forum> <http://www.w3.org/2000/01/rdf-schema#label> \"Quayside Forum\" <{EX}g1> .\n"
    f"<{EX}forum> <{EX}meets> \"monthly\" .\n"
)


@pytest.mark.parametrize("fmt", [ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD])
def test_a_dataset_keeps_its_graphs_and_is_merged(tmp_path: Path, fmt: ox.RdfFormat) -> None:
    data = ox.serialize(ox.parse(DATASET, format=ox.RdfFormat.N_QUADS), format=fmt)
    path = tmp_path / f"dump.{fmt.file_extension}"
    path.write_bytes(data)
    with govkg.open(tmp_path / "store") as kg:
        assert kg.load(path).ok
        graphs = {r["g"] for r in _rows(kg, f"SELECT ?g WHERE {{ GRAPH ?g {{ <{EX}forum> ?p ?o }} }}")}
        assert graphs == {f"{EX}g1"}  # the file's default graph stays the default graph
        default = _rows(kg, f"SELECT ?o WHERE {{ <{EX}forum> ?p ?o }}")
        assert sorted(r["o"] for r in default) == ["Quayside Forum", "monthly"]  # the named graph merged in


def test_a_new_version_of_a_triples_file_replaces_the_old(tmp_path: Path) -> None:
    path = _write(tmp_path / "forum.nt", f"<{EX}forum> <{EX}meets> \"monthly\" .\n")
    with govkg.open(tmp_path / "store") as kg:
        kg.load(path)
        _write(path, f"<{EX}forum> <{EX}meets> \"quarterly\" .\n")
        assert kg.load(path).outcomes[0][1].status == "replaced"
        meets = _rows(kg, f"SELECT ?m WHERE {{ <{EX}forum> <{EX}meets> ?m }}")
        assert [r["m"] for r in meets] == ["quarterly"]


def test_a_broken_file_names_its_line_and_writes_nothing(tmp_path: Path) -> None:
    good = "\n".join(f"<{EX}s{i}> <{EX}p> \"{i}\" ." for i in range(50))
    path = _write(tmp_path / "broken.nt", good + f"\n<{EX}s> <{EX}p> \"unterminated .\n")
    with govkg.open(tmp_path / "store") as kg:
        report = kg.load(path)
        assert not report.ok and "broken.nt" in str(report.failures[0]) and "51" in str(report.failures[0])
        assert not _rows(kg, f"SELECT ?s WHERE {{ ?s <{EX}p> ?o }}")


def test_a_remote_store_takes_files_through_its_graph_store_endpoint(tmp_path: Path) -> None:
    from sparql_servers import OxigraphServer

    backend = OxigraphServer(tmp_path / "oxigraph")
    try:
        triples = _write(tmp_path / "forum.nt", f"<{EX}forum> <{EX}meets> \"monthly\" .\n")
        dataset = tmp_path / "dump.nq"
        dataset.write_bytes(ox.serialize(ox.parse(DATASET, format=ox.RdfFormat.N_QUADS),
                                         format=ox.RdfFormat.N_QUADS))
        with govkg.open(backend.base) as kg:
            report = kg.load(triples, dataset)
            assert report.ok and report.bulk_files == 2
            graphs = {r["g"] for r in _rows(kg, f"SELECT ?g WHERE {{ GRAPH ?g {{ <{EX}forum> ?p ?o }} }}")}
            assert graphs == {f"{EX}g1", document_iri("forum")}
            default = _rows(kg, f"SELECT ?o WHERE {{ <{EX}forum> ?p ?o }}")
            assert sorted(r["o"] for r in default) == ["Quayside Forum", "monthly"]
            assert kg.load(triples).outcomes[0][1].status == "unchanged"
    finally:
        backend.stop()
