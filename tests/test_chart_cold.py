"""The chart pages' cold computation (issue 15): an area's candidates from the label-word index, and the edges
around some nodes read one predicate at a time, say what the whole-graph scan and the FILTER query said.

Each test holds the fast path against the way it was computed before, on the benchmark's generated graph (two
councils) and on the seed documents: an area's things, the edges around or from each body, and every chart
page's .json twin drawn from the same store seen as a plain store (which has no index: the scan, as a remote
store takes). No timings here (bench/cold_charts.py measures them).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from govkg.graph.labelwords import label_words
from govkg.graph.network import DIAGRAM_RELATIONS, TOPIC_RELATIONS, edges_around, edges_from, predicate_of
from govkg.graph.scope import _CLASSES, bodies_in_area
from govkg.graph.store import LocalStore, QueryHelpers
from govkg.pipeline import load_paths

PREFIXES = "PREFIX gkg: <https://w3id.org/govkg/def#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
BENCH = Path(__file__).resolve().parent.parent / "bench"


class PlainStore(QueryHelpers):
    """The same store through nothing but query(), as any store other than an embedded one is read: no label
    index, no cache, so every page is computed the way it was before the index."""

    def __init__(self, inner: LocalStore):
        self.inner = inner

    def query(self, sparql: str, **kwargs: Any) -> Any:
        return self.inner.query(sparql, **kwargs)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory):
    sys.path.insert(0, str(BENCH))
    try:
        import generate
        from synth_world import area_name
    finally:
        sys.path.remove(str(BENCH))
    path = tmp_path_factory.mktemp("cold-generated") / "graph.nq"
    generate.generate_graph(2, path, seed=1)
    store = LocalStore(tmp_path_factory.mktemp("cold-generated-store") / "store")
    store.bulk_load(path, ox.RdfFormat.N_QUADS, merge=False)
    yield store, [area_name(0), area_name(1)]
    store.close()


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    store = LocalStore(tmp_path_factory.mktemp("cold-seeds") / "store")
    assert load_paths(store, [seeds_dir]).ok
    areas = sorted({r["l"] for r in store.select("SELECT DISTINCT ?l WHERE { ?x gkg:area ?a . ?a rdfs:label ?l }")})
    assert areas
    yield store, areas
    store.close()


def _scanned(store: Any, area: str) -> set[str]:
    """Everything whose label holds AREA as a word, as the scan over every label found it."""
    word = re.compile(r"\b" + re.escape(area.casefold()) + r"\b")
    rows = store.select("SELECT DISTINCT ?x ?t WHERE { ?x rdfs:label ?t FILTER(isIRI(?x) && "
                        f"CONTAINS(LCASE(STR(?t)), {str(ox.Literal(area.casefold()))})) }}")
    return {r["x"] for r in rows if word.search(str(r["t"]).lower())}


def _labelled_with(store: LocalStore, area: str) -> set[str]:
    index = label_words(store)
    assert index is not None
    found = index.candidates(area)
    assert found is not None
    return found


def _check_areas(store: LocalStore, areas: list[str]) -> None:
    for area in [*areas, *(a.upper() for a in areas), *(a.split()[0] for a in areas)]:
        assert _scanned(store, area) <= _labelled_with(store, area), area
        plain = PlainStore(store)
        for bodies_only in (True, False):
            assert bodies_in_area(store, area, bodies_only=bodies_only) == \
                bodies_in_area(plain, area, bodies_only=bodies_only), area


def test_an_areas_things_are_those_the_scan_found_on_a_generated_graph(generated) -> None:
    _check_areas(*generated)


def test_an_areas_things_are_those_the_scan_found_on_the_seed_documents(seeds) -> None:
    _check_areas(*seeds)


def _filtered_edges(store: Any, nodes: list[str], outward: tuple[str, ...], inward: tuple[str, ...]) -> set:
    """The edges as the FILTER query read them (every triple of each node, then its predicate tested)."""
    outs = ", ".join(f"<{predicate_of(k)}>" for k in outward) or "<urn:none>"
    ins = ", ".join(f"<{predicate_of(k)}>" for k in inward) or "<urn:none>"
    values = " ".join(f"<{n}>" for n in nodes)
    rows = store.select(f"""SELECT DISTINCT ?s ?p ?o WHERE {{
      {{ VALUES ?s {{ {values} }} ?s ?p ?o . FILTER(isIRI(?o) && ?p IN ({outs})) }} UNION
      {{ VALUES ?o {{ {values} }} ?s ?p ?o . FILTER(?p IN ({ins})) }} }}""")
    keys = {predicate_of(k): k for k in (*outward, *inward)}
    return {(r["s"], r["o"], keys[r["p"]]) for r in rows}


def _check_edges(store: LocalStore) -> None:
    bodies = sorted(r["n"] for r in store.select(f"SELECT DISTINCT ?n WHERE {{ VALUES ?c {{ {_CLASSES} }} ?n a ?c }}"))
    assert bodies
    rels = DIAGRAM_RELATIONS + TOPIC_RELATIONS
    for chunk in (bodies[:50], bodies[50:]):
        if not chunk:
            continue
        assert set(edges_around(store, chunk, rels)) == _filtered_edges(store, chunk, rels, rels)
        assert set(edges_from(store, chunk, ("reports_to", "subgroup_of"), ("oversees", "chairs"))) == \
            _filtered_edges(store, chunk, ("reports_to", "subgroup_of"), ("oversees", "chairs"))
        assert set(edges_from(store, chunk, (), ("chairs", "vice_chair"))) == \
            _filtered_edges(store, chunk, (), ("chairs", "vice_chair"))
    assert edges_from(store, bodies, (), ()) == []


def test_edges_read_per_predicate_are_those_the_filter_read_on_a_generated_graph(generated) -> None:
    _check_edges(generated[0])


def test_edges_read_per_predicate_are_those_the_filter_read_on_the_seed_documents(seeds) -> None:
    _check_edges(seeds[0])


def _twins(store: Any, areas: list[str]) -> dict[str, Any]:
    from govkg.server import create_app

    client = create_app(store, {"QUERY_WORKERS": 1}).test_client()
    out = {}
    for area in areas:
        for url in (f"/diagram.json?area={area}", f"/funding.json?area={area}",
                    f"/report/governance.json?area={area}"):
            resp = client.get(url)
            out[url] = (resp.status_code, resp.get_json())
    return out


@pytest.mark.parametrize("which", ["generated", "seeds"])
def test_chart_pages_say_what_they_said_by_the_scan(which: str, request: pytest.FixtureRequest) -> None:
    store, areas = request.getfixturevalue(which)
    fast = _twins(store, areas[:3])
    assert {status for status, _ in fast.values()} == {200}
    assert fast == _twins(PlainStore(store), areas[:3])


def test_the_index_follows_loads_removals_and_updates(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "store")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.yaml").write_text(
        "title: Register A\narea: Quillmoor\nsources:\n  a: {title: Register A, date: 2024-01-01}\nentities:\n"
        "  - {name: Quillmoor Community Safety Partnership, kind: body, type: Partnership, area: Quillmoor}\n"
    )
    assert load_paths(store, [folder]).ok
    index = label_words(store)
    assert index is not None
    assert "https://w3id.org/govkg/id/body/quillmoor-community-safety-partnership" in index.candidates("quillmoor")
    builds = index.builds
    # a new paper naming a new area's body: found, without reading every label again
    (folder / "b.yaml").write_text(
        "title: Register B\narea: Fenwold\nsources:\n  b: {title: Register B, date: 2024-02-01}\nentities:\n"
        "  - {name: Fenwold Youth Justice Board, kind: body, type: Board, area: Fenwold}\n"
    )
    assert load_paths(store, [folder / "b.yaml"]).ok
    assert bodies_in_area(store, "Fenwold") == bodies_in_area(PlainStore(store), "Fenwold") != set()
    assert index.builds == builds
    # removed: the index may still name it, but the area's things are what the store holds
    doc = next(r["d"] for r in store.select(
        "SELECT ?d WHERE { GRAPH ?d { ?d gkg:sha256 ?h . ?b rdfs:label 'Fenwold Youth Justice Board' } }"))
    assert store.remove_document(doc)
    assert bodies_in_area(store, "Fenwold") == bodies_in_area(PlainStore(store), "Fenwold") == set()
    # an update that names what it writes is followed; one with a WHERE clause reads every label again
    store.update(PREFIXES + "INSERT DATA { <https://w3id.org/govkg/id/body/x> a gkg:Board ; "
                            'rdfs:label "Harrowby Board" }')
    assert bodies_in_area(store, "Harrowby") == {"https://w3id.org/govkg/id/body/x"}
    assert index.builds == builds
    store.update(PREFIXES + 'INSERT { ?b rdfs:label "Tolbury Board" } WHERE { ?b rdfs:label "Harrowby Board" }')
    assert bodies_in_area(store, "Tolbury") == {"https://w3id.org/govkg/id/body/x"}
    assert index.builds == builds + 1
    store.close()


def test_words_too_common_to_keep_fall_back_to_the_scan(tmp_path: Path) -> None:
    from govkg.graph import labelwords

    store = LocalStore(tmp_path / "store")
    store.update(PREFIXES + "INSERT DATA { " + " ".join(
        f'<https://w3id.org/govkg/id/body/b{i}> a gkg:Board ; rdfs:label "Common Board {i}" .'
        for i in range(labelwords.COMMON + 1)) + " }")
    index = label_words(store)
    assert index is not None
    assert index.candidates("Common") is None  # every body holds it: the caller scans
    assert index.candidates("Common 7") == {"https://w3id.org/govkg/id/body/b7"}
    assert len(bodies_in_area(store, "common")) == labelwords.COMMON + 1
    store.close()


def _by_area_batched(store: Any) -> dict[str, Any]:
    """The national funding summary as it was computed before: the parties' areas asked in batches."""
    from collections import defaultdict

    from govkg.graph.funding import _batches

    sides = {side: {r["x"]: int(r["k"]) for r in store.select(
        f"SELECT ?x (COUNT(DISTINCT ?g) AS ?k) WHERE {{ ?g {pred} ?x }} GROUP BY ?x")}
        for side, pred in (("gives", "schema:funder"), ("receives", "schema:fundedItem"))}
    areas: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for batch in _batches(set(sides["gives"]) | set(sides["receives"])):
        for r in store.select(f"SELECT ?x ?a ?l WHERE {{ VALUES ?x {{ {batch} }} ?x gkg:area ?a . ?a rdfs:label ?l }}"):
            areas[r["x"]].add(r["a"])
            labels.setdefault(r["a"], r["l"])
    rows: dict[str, dict[str, Any]] = {}
    unplaced = {"gives": 0, "receives": 0}
    for side, counts in sides.items():
        for x, k in counts.items():
            for a in areas.get(x) or ():
                rows.setdefault(a, {"area": labels[a], "iri": a, "gives": 0, "receives": 0})[side] += k
            if not areas.get(x):
                unplaced[side] += k
    return {"areas": sorted(rows.values(), key=lambda r: (-(r["gives"] + r["receives"]), r["area"])),
            "no_area": unplaced}


@pytest.mark.parametrize("which", ["generated", "seeds"])
def test_the_national_funding_summary_is_what_the_batches_gave(which: str, request: pytest.FixtureRequest) -> None:
    from govkg.graph.funding import funding_by_area

    store, _ = request.getfixturevalue(which)
    summary = funding_by_area(store)
    assert summary == _by_area_batched(store)
    if which == "generated":
        assert summary["areas"]


def test_the_diagram_forms_lists_follow_writes(tmp_path: Path) -> None:
    from govkg.server import create_app

    store = LocalStore(tmp_path / "store")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.yaml").write_text(
        "title: Register A\narea: Quillmoor\nsources:\n  a: {title: Register A, date: 2024-01-01}\nentities:\n"
        "  - {name: Quillmoor Community Safety Partnership, kind: body, type: Partnership, area: Quillmoor}\n"
        '  - {name: "Quillmoor <Youth> & Family Board", kind: body, type: Board, area: Quillmoor}\n'
    )
    assert load_paths(store, [folder]).ok
    client = create_app(store, {"QUERY_WORKERS": 1}).test_client()
    page = client.get("/diagram?area=Quillmoor").get_data(as_text=True)
    assert '<option value="Quillmoor Community Safety Partnership">' in page
    assert '<option value="Quillmoor &lt;Youth&gt; &amp; Family Board">' in page  # escaped, as the template did
    assert '<option value="Fenwold Youth Justice Board">' not in page
    (folder / "b.yaml").write_text(
        "title: Register B\narea: Fenwold\nsources:\n  b: {title: Register B, date: 2024-02-01}\nentities:\n"
        "  - {name: Fenwold Youth Justice Board, kind: body, type: Board, area: Fenwold}\n"
    )
    assert load_paths(store, [folder / "b.yaml"]).ok
    page = client.get("/diagram?area=Fenwold").get_data(as_text=True)
    assert '<option value="Fenwold Youth Justice Board">' in page
    assert '<option value="Quillmoor Community Safety Partnership">' in page
    store.close()
