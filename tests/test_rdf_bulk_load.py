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


# -- one parse: the bulk loader checks a new file as it writes it; a survey in a thread beside it finds the merge


def _merge_holds(kg) -> bool:
    """Every triple of every named graph is in the default graph."""
    return not kg.store.ask("ASK { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }")


@pytest.mark.parametrize("suffix", ["nq", "trig"])
def test_a_broken_dataset_names_its_line_and_writes_nothing(tmp_path: Path, suffix: str) -> None:
    good = "".join(f"<{EX}s{i}> <{EX}p> \"{i}\" <{EX}g{i % 3}> .\n" for i in range(60))
    text = good + f"<{EX}s> <{EX}p> \"unterminated <{EX}g0> .\n"
    if suffix == "trig":
        text = "".join(f"<{EX}g{i % 3}> {{ <{EX}s{i}> <{EX}p> \"{i}\" . }}\n" for i in range(60))
        text += f"<{EX}g0> {{ <{EX}s> <{EX}p> \"unterminated . }}\n"
    path = _write(tmp_path / f"broken.{suffix}", text)
    with govkg.open(tmp_path / "store") as kg:
        report = kg.load(path)
        assert not report.ok and f"broken.{suffix}" in str(report.failures[0]) and "61" in str(report.failures[0])
        assert not _rows(kg, f"SELECT ?s WHERE {{ GRAPH ?g {{ ?s <{EX}p> ?o }} }}")
        assert not _rows(kg, f"SELECT ?s WHERE {{ ?s <{EX}p> ?o }}")


@pytest.mark.parametrize(
    "name, text",
    [
        ("bad-iri.nq", f"<{EX}forum> <{EX}meets> \"monthly\" <{EX}g1> .\n<{EX}for um> <{EX}meets> \"x\" <{EX}g1> .\n"),
        ("bad-iri.nt", f"<{EX}forum> <{EX}meets> \"monthly\" .\n<{EX}for um> <{EX}meets> \"x\" .\n"),
        # with a blank node: parsed once, in Python, and checked all the same
        ("bad-iri-blank.nt", f"<{EX}forum> <{EX}meets> _:m .\n<{EX}for um> <{EX}meets> \"x\" .\n"),
    ],
)
def test_an_invalid_iri_is_refused_before_anything_is_written(tmp_path: Path, name: str, text: str) -> None:
    path = _write(tmp_path / name, text)
    with govkg.open(tmp_path / "store") as kg:
        report = kg.load(path)
        assert not report.ok and name in str(report.failures[0]) and "2" in str(report.failures[0])
        assert not _rows(kg, f"SELECT ?o WHERE {{ GRAPH ?g {{ <{EX}forum> ?p ?o }} }}")


def test_a_dataset_without_its_merge_is_merged(tmp_path: Path) -> None:
    # two graphs sharing one triple, and a default graph holding something else
    text = (
        f"<{EX}forum> <{EX}meets> \"monthly\" <{EX}g1> .\n"
        f"<{EX}forum> <{EX}meets> \"monthly\" <{EX}g2> .\n"
        f"<{EX}forum> <{EX}chair> <{EX}ada> <{EX}g2> .\n"
        f"<{EX}forum> <{EX}venue> \"town hall\" .\n"
    )
    path = _write(tmp_path / "partial.nq", text)
    with govkg.open(tmp_path / "store") as kg:
        assert kg.load(path).ok
        rows = _rows(kg, f"SELECT ?p ?o WHERE {{ <{EX}forum> ?p ?o }}")
        assert sorted((r["p"], r["o"]) for r in rows) == [
            (f"{EX}chair", f"{EX}ada"), (f"{EX}meets", "monthly"), (f"{EX}venue", "town hall")]
        assert _merge_holds(kg)


def test_an_export_loads_back_whole(tmp_path: Path) -> None:
    """A govkg dump carries its merged default graph: loaded into a new store it gives the same quads."""
    source = tmp_path / "source"
    with govkg.open(source) as kg:
        assert kg.load(_write(tmp_path / "forum.nt", f"<{EX}forum> <{EX}meets> \"monthly\" .\n"),
                       _write(tmp_path / "board.nq", DATASET)).ok
        dump = tmp_path / "export.nq"
        dump.write_bytes(kg.store.dump(ox.RdfFormat.N_QUADS))
        scheme = ox.NamedNode(document_iri("govkg-topic-scheme"))  # rewritten, with its date, by every load
        before = {q for q in kg.store.quads() if scheme not in (q.subject, q.graph_name)}
    with govkg.open(tmp_path / "copy") as kg:
        report = kg.load(dump)
        assert report.ok and report.outcomes[0][1].quads >= len(before)
        after = {q for q in kg.store.quads() if scheme not in (q.subject, q.graph_name)}
        own = {q for q in after if q.graph_name == ox.NamedNode(document_iri("export"))}
        assert before <= after and _merge_holds(kg)
        assert {q for q in after - before if not isinstance(q.graph_name, ox.DefaultGraph)} == own


def test_a_dataset_loaded_into_a_larger_store_is_merged_graph_by_graph(tmp_path: Path) -> None:
    big = "".join(f"<{EX}body{i}> <{EX}meets> \"{i}\" .\n" for i in range(3000))
    small = (
        f"<{EX}forum> <{EX}meets> \"monthly\" <{EX}g1> .\n"
        f"<{EX}body7> <{EX}chair> <{EX}ada> <{document_iri('bodies')}> .\n"  # a graph the store holds already
    )
    with govkg.open(tmp_path / "store") as kg:
        assert kg.load(_write(tmp_path / "bodies.nt", big)).ok
        assert kg.load(_write(tmp_path / "extra.nq", small)).ok
        assert _rows(kg, f"SELECT ?c WHERE {{ <{EX}body7> <{EX}chair> ?c }}") == [{"c": f"{EX}ada"}]
        assert _rows(kg, f"SELECT ?m WHERE {{ <{EX}forum> <{EX}meets> ?m }}") == [{"m": "monthly"}]
        assert _merge_holds(kg)


def test_a_broken_new_version_leaves_the_old_one(tmp_path: Path) -> None:
    path = _write(tmp_path / "forum.nq", f"<{EX}forum> <{EX}meets> \"monthly\" <{EX}g1> .\n")
    with govkg.open(tmp_path / "store") as kg:
        assert kg.load(path).ok
        _write(path, f"<{EX}forum> <{EX}meets> \"quarterly\" <{EX}g1> .\n<{EX}forum> <{EX}meets> \"oops .\n")
        report = kg.load(path)
        assert not report.ok and "forum.nq" in str(report.failures[0])
        assert _rows(kg, f"SELECT ?m WHERE {{ <{EX}forum> <{EX}meets> ?m }}") == [{"m": "monthly"}]


def test_the_survey_tells_whether_a_file_carries_its_merge(tmp_path: Path) -> None:
    from govkg.graph.survey import survey

    carried = _write(tmp_path / "carried.nq", DATASET + f"<{EX}forum> <http://www.w3.org/2000/01/rdf-schema#label> "
                     "\"Quayside Forum\" .\n")
    lacking = _write(tmp_path / "lacking.nq", DATASET)
    nq = ox.RdfFormat.N_QUADS.media_type
    assert survey(str(carried), nq, None).carries_merge is True
    found = survey(str(lacking), nq, None)
    assert found.carries_merge is False and found.graphs == [f"<{EX}g1>"] and found.quads == 2
    assert survey(str(carried), nq, None, max_remembered=1).carries_merge is None  # past its memory: unknown


def _quad(i: int, graph: str | None) -> ox.Quad:
    g = ox.NamedNode(f"{EX}{graph}") if graph else ox.DefaultGraph()
    return ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(str(i)), g)


def _default_triples(quads: list[ox.Quad]) -> list[ox.Triple]:
    return [q.triple for q in quads if isinstance(q.graph_name, ox.DefaultGraph)]


def test_the_copies_pass_with_the_quads_the_load_writes() -> None:
    """The file is parsed once: its quads pass the survey on their way to the bulk loader, followed by the
    default-graph copy of each named-graph triple its default graph lacks, once (a triple two graphs state is
    copied once), naming the same blank nodes; the survey has its answer only once they have all passed."""
    from govkg.graph.survey import Surveying

    node = ox.BlankNode()
    quads = [_quad(i, "g1") for i in range(6)] + [_quad(i, "g2") for i in range(4)] + [_quad(2, None)]
    quads.append(ox.Quad(node, ox.NamedNode(f"{EX}p"), ox.Literal("anonymous"), ox.NamedNode(f"{EX}g2")))
    surveying = Surveying()
    passing = surveying.passing(quads)
    assert next(passing) == quads[0]
    with pytest.raises(RuntimeError):
        surveying.result()
    written = [quads[0], *passing]
    assert written[:len(quads)] == quads
    copies = written[len(quads):]
    expected = [_quad(i, None) for i in (0, 1, 3, 4, 5)]
    expected.append(ox.Quad(node, ox.NamedNode(f"{EX}p"), ox.Literal("anonymous")))
    assert sorted(map(str, copies)) == sorted(map(str, expected))
    found = surveying.result()
    assert found.quads == len(quads) and found.graphs == [f"<{EX}g1>", f"<{EX}g2>"] and found.carries_merge is False


def test_a_file_whose_default_graph_comes_last_gets_no_copies() -> None:
    """A file written graph by graph may state its merge after its named graphs: the copies held back until the
    end are not written, and the file goes to the bulk loader as it is."""
    from govkg.graph.survey import Surveying

    quads = [_quad(i, "g1") for i in range(5)] + [_quad(i, None) for i in range(5)]
    surveying = Surveying()
    assert list(surveying.passing(quads)) == quads and surveying.result().carries_merge is True


@pytest.mark.parametrize("bounds", [{"max_held": 100}, {"max_remembered": 100}])
def test_past_the_surveys_bounds_the_merge_still_holds(tmp_path: Path, bounds: dict[str, int]) -> None:
    """Memory stays bounded whatever the file: past the copies it may hold back they are written at once (one
    the file's default graph states later is then written twice, and kept once), and past the triples it may
    remember it copies every named-graph triple after (the survey then says 'unknown'). The store holds the
    merge either way, each triple once."""
    from govkg.graph.survey import CHECK_EVERY, Surveying

    n = 2 * CHECK_EVERY + 10
    quads = [_quad(i, f"g{i % 3}") for i in range(n)] + [_quad(i, None) for i in range(0, n, 2)]
    surveying = Surveying(**bounds)
    store = ox.Store(str(tmp_path / "store"))
    store.bulk_extend(surveying.passing(quads))
    default = list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert len(default) == n and {q.triple for q in default} == {q.triple for q in quads}
    found = surveying.result()
    assert found.quads == len(quads) and found.carries_merge is (None if "max_remembered" in bounds else False)


def test_blank_nodes_of_two_datasets_stay_apart_and_merged(tmp_path: Path) -> None:
    """Each file's blank nodes are its own (renamed as they are read, as the bulk loader renames them), and
    the default graph's copy of a blank node's triple names the same node as its graph does."""
    one = _write(tmp_path / "one.nq", f"_:b0 <{EX}name> \"one\" <{EX}g1> .\n")
    two = _write(tmp_path / "two.nq", f"_:b0 <{EX}name> \"two\" <{EX}g2> .\n")
    with govkg.open(tmp_path / "store") as kg:
        assert kg.load(one, two).ok
        rows = _rows(kg, f"SELECT ?b WHERE {{ ?b <{EX}name> ?n }}")
        assert len({r["b"] for r in rows}) == 2 and _merge_holds(kg)


def test_the_blank_nodes_of_a_triples_file_are_merged_as_they_are(tmp_path: Path) -> None:
    """The default graph's copy of a blank node's triple names the node the file's graph names (the bulk
    loader names them afresh on each pass, so the copies are read back from the graph), and removing the file
    leaves none of them behind."""
    path = _write(tmp_path / "forum.ttl", f"<{EX}forum> <{EX}chair> _:x .\n_:x <{EX}name> \"Ada\" .\n"
                                         f"<{EX}forum> <{EX}venue> [ <{EX}name> \"Town Hall\" ] .\n"
                                         f"<{EX}forum> <{EX}meets> \"monthly\" .\n")
    with govkg.open(tmp_path / "store") as kg:
        assert kg.load(path).ok
        assert _merge_holds(kg)
        assert not kg.store.ask("ASK { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
        assert len(_rows(kg, f"SELECT ?n WHERE {{ <{EX}forum> ?p ?b . ?b <{EX}name> ?n }}")) == 2
        assert kg.store.remove_document(document_iri("forum"))
        assert not _rows(kg, f"SELECT ?s WHERE {{ ?s <{EX}name> ?n }}")
        broken = _write(tmp_path / "broken.ttl",
                        f"<{EX}forum> <{EX}chair> [ <{EX}name> \"Ada\" ] .\n<{EX}x> <{EX}y> .\n")
        report = kg.load(broken)
        assert not report.ok and "broken.ttl" in str(report.failures[0]) and "2" in str(report.failures[0])
        anywhere = f"SELECT ?s WHERE {{ {{ ?s <{EX}name> ?n }} UNION {{ GRAPH ?g {{ ?s <{EX}name> ?n }} }} }}"
        assert not _rows(kg, anywhere)
