"""Governance diagrams: scopes, formats (golden files), and a layout with no overlapping boxes or labels."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import networkx as nx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from diagram_support import DATA, layout_problems, load_store, write_generated_register  # noqa: E402

EXPECTED = DATA / "expected"


@pytest.fixture(scope="session")
def register_store(tmp_path_factory: pytest.TempPathFactory):
    store = load_store(tmp_path_factory.mktemp("diagram") / "store", DATA / "register")
    yield store
    store.close()


@pytest.fixture(scope="session")
def generated_store(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("generated")
    write_generated_register(folder / "register", bodies=80)
    store = load_store(folder / "store", folder / "register")
    yield store
    store.close()


def small_graph() -> nx.MultiDiGraph:
    """A hand-built graph: a council, a partnership with a sub-group, a board, a chair, a funder."""
    from govkg.graph.network import Evidence

    g = nx.MultiDiGraph(scope="test scope")
    base = "https://w3id.org/govkg/id/body/"
    nodes = {
        "council": ("Northshire County Council", "Council", None),
        "csp": ('Northshire "Safer" Community Safety Partnership', "Partnership", "Cllr A <Jones>"),
        "group": ("Hate Crime Group", "Group", None),
        "board": ("Safer Northshire Board", "Board", "Director of Public Health"),
        "pcc": ("Northshire Police and Crime Commissioner", "PoliceBody", None),
    }
    for key, (label, kind, chair) in nodes.items():
        g.add_node(base + key, label=label, kind=kind, chair=chair, areas=["Northshire"])
    ev = [Evidence("https://w3id.org/govkg/id/doc/minutes-1", "Board minutes", "the group reports & updates",
                   "2020-05-01")]
    g.add_edge(base + "group", base + "csp", key="subgroup_of", relation="subgroup_of", as_of="2020-05-01", evidence=ev)
    g.add_edge(base + "csp", base + "board", key="reports_to", relation="reports_to", as_of="2020-05-01", evidence=ev)
    g.add_edge(base + "council", base + "board", key="oversees", relation="oversees", as_of=None, evidence=[])
    g.add_edge(base + "pcc", base + "csp", key="funds", relation="funds", as_of="2021-01-01", evidence=ev)
    return g


@pytest.mark.parametrize("fmt,suffix", [("dot", "dot"), ("mermaid", "mmd"), ("graphml", "graphml")])
def test_text_formats_match_golden_files(fmt: str, suffix: str) -> None:
    from govkg.graph.diagram import render

    out = render(small_graph(), fmt, {"title": "Test chart"}).decode("utf-8")
    path = EXPECTED / f"small.{suffix}"
    if os.environ.get("GOVKG_UPDATE_GOLDEN"):
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")


def test_graphml_is_valid_xml_with_every_node_and_edge() -> None:
    import xml.etree.ElementTree as ET

    from govkg.graph.diagram import render

    root = ET.fromstring(render(small_graph(), "graphml"))
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    assert len(root.findall(f".//{ns}node")) == 5
    assert len(root.findall(f".//{ns}edge")) == 4


def test_small_graph_svg_has_no_overlaps_and_a_key() -> None:
    from govkg.graph.diagram import render

    svg = render(small_graph(), "svg").decode("utf-8")
    assert layout_problems(svg) == []
    for label in ("reports to", "is a sub-group of", "oversees / holds to account", "funds", "Partnership", "Council"):
        assert f">{label}</tspan>" in svg
    assert "Cllr A &lt;Jones&gt;" in svg  # names are escaped, never markup


def test_register_chart_has_no_overlaps(register_store) -> None:
    from govkg.graph.diagram import Scope, diagram

    people = Scope(body="NWCSP", people=True, relations=("reports_to", "subgroup_of", "chairs", "funds"))
    for scope in (Scope(), Scope(area="Worcestershire"), Scope(topic="Prevent"), people):
        svg = diagram(register_store, scope, "svg").decode("utf-8")
        assert layout_problems(svg) == [], scope


def test_generated_80_body_chart_has_no_overlaps(generated_store, tmp_path: Path) -> None:
    from govkg.graph.diagram import Scope, diagram
    from govkg.graph.scope import governance_graph

    g = governance_graph(generated_store, Scope())
    assert sum(1 for n in g if g.nodes[n]["kind"] != "Person") == 80
    svg = diagram(generated_store, Scope(), "svg").decode("utf-8")
    assert layout_problems(svg) == []
    from govkg.graph.scope import ScopeError

    with pytest.raises(ScopeError, match="would have 80 boxes"):
        governance_graph(generated_store, Scope(), max_nodes=60)
    out = Path(__file__).parent.parent / "test-artifacts"
    out.mkdir(exist_ok=True)
    (out / "generated-80.svg").write_text(svg, encoding="utf-8")
    (out / "generated-80.png").write_bytes(diagram(generated_store, Scope(), "png"))


def test_default_graph_chart_has_no_overlaps(default_store) -> None:
    from govkg.graph.diagram import Scope, diagram

    for scope in (Scope(), Scope(area="Worcestershire"), Scope(topic="Prevent"), Scope(area="Staffordshire")):
        svg = diagram(default_store, scope, "svg").decode("utf-8")
        assert layout_problems(svg) == [], scope
    out = Path(__file__).parent.parent / "test-artifacts"
    out.mkdir(exist_ok=True)
    (out / "worcestershire.png").write_bytes(diagram(default_store, Scope(area="Worcestershire"), "png"))


def test_scopes(register_store) -> None:
    from govkg.graph.scope import Scope, governance_graph

    def labels(scope: Scope) -> set[str]:
        g = governance_graph(register_store, scope)
        return {g.nodes[n]["label"] for n in g}

    around = labels(Scope(body="Overview and Scrutiny Performance Board", depth=1))
    assert "Health Overview and Scrutiny Committee" in around and "Worcestershire County Council" in around
    assert "Staffordshire Prevent Board" not in around
    prevent = labels(Scope(topic="Prevent"))
    assert {"Staffordshire Prevent Board", "Worcestershire Prevent Strategy Group", "Worcestershire Channel Panel",
            "Prevent"} <= prevent
    assert "Health Overview and Scrutiny Committee" not in prevent
    worcs = labels(Scope(area="Worcestershire"))
    assert "North Worcestershire Community Safety Partnership" in worcs
    assert "Staffordshire Contest Board" not in worcs
    only_reports = governance_graph(register_store, Scope(relations=("reports_to",)))
    assert {k for *_, k in only_reports.edges(keys=True)} == {"reports_to"}


def test_as_of_leaves_out_later_facts_and_keeps_the_chair_then(register_store) -> None:
    import datetime as dt

    from govkg.graph.scope import Scope, governance_graph

    scb = "https://w3id.org/govkg/id/body/worcestershire-safer-communities-board"
    then = governance_graph(register_store, Scope(as_of=dt.date(2018, 1, 1)))
    assert then.nodes[scb]["chair"] == "Dr Frances Howie"
    assert not any(k == "reports_to" and o == scb for _, o, k in then.edges(keys=True))  # stated in 2019
    now = governance_graph(register_store, Scope())
    assert now.nodes[scb]["chair"] == "Dr Kathryn Cobain"


def test_bad_scope_is_a_clear_error(register_store) -> None:
    from govkg.graph.scope import Scope, ScopeError, governance_graph

    with pytest.raises(ScopeError, match="--body: no single match for 'Nowhere Board'"):
        governance_graph(register_store, Scope(body="Nowhere Board"))
    with pytest.raises(ScopeError, match="at most one"):
        Scope(body="A", area="B")
    with pytest.raises(ScopeError, match="unknown relation"):
        Scope(relations=("likes",))


def test_json_twin_carries_evidence(register_store) -> None:
    from govkg.graph.diagram import Scope, diagram

    data = json.loads(diagram(register_store, Scope(body="OSPB", depth=1), "json"))
    edge = next(e for e in data["edges"] if e["relation"] == "reports_to")
    assert edge["evidence"][0]["quote"] and edge["evidence"][0]["as_of"] == "2017-09-07"
    assert all(n["width"] > 0 for n in data["nodes"])


def test_cli_export_diagram(register_store, tmp_path: Path, cli_runner) -> None:
    from conftest import run_cli

    out = tmp_path / "chart.svg"
    store_dir = tmp_path / "s"
    load_store(store_dir, DATA / "register").close()
    result = run_cli(cli_runner, "export", "diagram", "--store", str(store_dir), "--area", "Worcestershire",
                     "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("<svg") and not (tmp_path / "chart.svg.part").exists()
    png = tmp_path / "chart.png"
    result = run_cli(cli_runner, "export", "diagram", "--store", str(store_dir), "--topic", "Prevent", "-o", str(png))
    assert result.exit_code == 0 and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bad = run_cli(cli_runner, "export", "diagram", "--store", str(store_dir), "--format", "pdf",
                  "-o", str(tmp_path / "x"))
    assert bad.exit_code == 1 and "unknown diagram format 'pdf'" in bad.output and "Traceback" not in bad.output
    assert not (tmp_path / "x").exists()


def test_http_diagram_routes(register_store) -> None:
    from govkg.server import create_app

    client = create_app(register_store).test_client()
    page = client.get("/diagram?area=Worcestershire")
    assert page.status_code == 200 and b"<svg" in page.data and b'name="relations"' in page.data
    # each box on the page re-centres the chart on its body; exported files carry no links
    assert b'<a href="/diagram?body=https%3A%2F%2Fw3id.org%2Fgovkg%2Fid%2Fbody%2F' in page.data
    assert b"<a " not in client.get("/diagram.svg?area=Worcestershire").data
    for suffix, media in (("svg", "image/svg+xml"), ("png", "image/png"), ("json", "application/json"),
                          ("dot", "text/vnd.graphviz"), ("mmd", "text/vnd.mermaid"),
                          ("graphml", "application/graphml+xml")):
        r = client.get(f"/diagram.{suffix}?body=NWCSP&relations=reports_to&relations=subgroup_of")
        assert r.status_code == 200 and r.mimetype == media, suffix
    bad = client.get("/diagram.json?as_of=yesterday")
    assert bad.status_code == 400 and "as_of" in bad.get_json()["error"]
    missing = client.get("/diagram?body=%3Cscript%3E")
    assert missing.status_code == 400 and b"<script>" not in missing.data
    assert b"no single match" in missing.data and b'name="relations"' in missing.data  # the form stays


def test_overlap_check_catches_overlaps() -> None:
    svg = ('<svg xmlns="http://www.w3.org/2000/svg">'
           '<rect class="node" x="0" y="0" width="100" height="40" data-iri="a"/>'
           '<rect class="node" x="90" y="10" width="100" height="40" data-iri="b"/>'
           '<text class="label name" x="50" y="20" font-size="12" text-anchor="middle"><tspan x="50" dy="0">'
           'A very long label that spills out</tspan></text>'
           '<path class="edge" d="M-20 20 L300 20" data-source="x" data-target="y"/></svg>')
    problems = layout_problems(svg)
    assert any("boxes overlap" in p for p in problems)
    assert any("label outside its box" in p for p in problems)
    assert any("runs through box" in p for p in problems)


def test_people_mode_draws_chairs_as_boxes_and_iri_scopes_work(register_store) -> None:
    from govkg.graph.scope import Scope, governance_graph

    scb = "https://w3id.org/govkg/id/body/worcestershire-safer-communities-board"
    g = governance_graph(register_store, Scope(body=scb, depth=1, people=True))
    chairs = [(g.nodes[s]["kind"], g.nodes[s]["label"]) for s, _, k in g.in_edges(scb, keys=True) if k == "chairs"]
    assert chairs == [("Person", "Dr Kathryn Cobain")]  # the latest chair only
    assert g.nodes[scb]["chair"] is None  # drawn as a box, not repeated inside the board's box
    plain = governance_graph(register_store, Scope(body=scb, depth=1))
    assert not any(plain.nodes[n]["kind"] == "Person" for n in plain)
    assert plain.nodes[scb]["chair"] == "Dr Kathryn Cobain"


def test_text_widths_are_the_same_from_many_server_threads() -> None:
    import concurrent.futures as cf

    from govkg.graph.diagram import text

    jobs = [(f"Worcestershire Safer Communities Board {i}", size) for i in range(300) for size in (9, 12.5, 18)]
    text.text_width.cache_clear()
    with cf.ThreadPoolExecutor(8) as pool:
        threaded = list(pool.map(lambda job: text.text_width(*job), jobs))
    text.text_width.cache_clear()
    assert threaded == [text.text_width(*job) for job in jobs]
