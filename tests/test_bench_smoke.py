"""The benchmark generator: deterministic, shaped like a real load, and every fact quoting its own text.

No timings here: speed is measured only by bench/run.py against peers in the same run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def gen():
    sys.path.insert(0, str(BENCH))
    try:
        import generate

        yield generate
    finally:
        sys.path.remove(str(BENCH))


def test_graph_is_deterministic_and_one_graph_per_document(gen, tmp_path: Path) -> None:
    a = gen.generate_graph(2, tmp_path / "a.nq", seed=7)
    gen.generate_graph(2, tmp_path / "b.nq", seed=7)
    gen.generate_graph(2, tmp_path / "c.nq", seed=8)
    assert (tmp_path / "a.nq").read_bytes() == (tmp_path / "b.nq").read_bytes()
    assert (tmp_path / "a.nq").read_bytes() != (tmp_path / "c.nq").read_bytes()
    assert a.documents == 2 * 42 and a.facts > 2 * 300

    store = ox.Store()
    store.bulk_load(path=str(tmp_path / "a.nq"), format=ox.RdfFormat.N_QUADS)
    assert 0.9 * a.quads < len(store) <= a.quads  # councils share a few triples (topics, national bodies)
    assert len(list(store.named_graphs())) == a.documents
    # the default graph is the merge of the documents' graphs, as govkg's store keeps it
    named = {(q.subject, q.predicate, q.object) for q in store if not isinstance(q.graph_name, ox.DefaultGraph)}
    default = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None,
                                                                                   ox.DefaultGraph())}
    assert named == default
    gkg, oa = "https://w3id.org/govkg/def#", "http://www.w3.org/ns/oa#"
    # every assertion carries its document, a quote and offsets, like a real load
    rows = list(store.query(
        f"""SELECT (COUNT(?a) AS ?n) (SUM(IF(BOUND(?q) && BOUND(?start), 1, 0)) AS ?quoted) WHERE {{
          ?a a <{gkg}Assertion> ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?doc .
          OPTIONAL {{ ?a <{gkg}evidence>/<{oa}hasSelector> ?sel . ?sel <{oa}exact> ?q .
                     ?a <{gkg}evidence>/<{oa}hasSelector>/<{oa}start> ?start }}
        }}""",
    ))
    n, quoted = int(rows[0]["n"].value), int(rows[0]["quoted"].value)
    assert n >= a.facts and quoted == n


def test_corpus_text_states_every_fact(gen, tmp_path: Path) -> None:
    info = gen.generate_corpus(1, tmp_path / "corpus", seed=3)
    files = sorted((tmp_path / "corpus").rglob("*.txt"))
    assert len(files) == info.documents == 42
    docs = list(gen.iter_documents(1, seed=3))
    by_key = {d.key: d for d in docs}
    kinds = {d.doc_type for d in docs}
    assert kinds == {"minutes", "report"}
    for path in files:
        doc = by_key[path.stem]
        text = path.read_text(encoding="utf-8")
        assert text == doc.text
        for fact in doc.facts:
            quote = text[fact.start:fact.end]
            assert quote.strip() == quote and quote, (doc.key, fact)
            # the quote names the subject or the object it states something about
            names = {fact.subject.name, fact.object.name if fact.object else ""}
            assert any(name and name.split()[0] in quote for name in names) or fact.relation == "funds", quote
    minutes = next(d for d in docs if d.doc_type == "minutes")
    assert "Present:" in minutes.text and "Apologies" in minutes.text
    assert {f.relation for d in docs for f in d.facts} >= {
        "attended", "chairs", "reports_to", "subgroup_of", "holds_post", "funds", "member_of", "oversees",
    }


def test_merged_cost_measures_both_layouts_on_the_same_documents(gen, tmp_path: Path, monkeypatch) -> None:
    """bench/merged_cost.py at N=1: both layouts hold the same documents, a naive count is multiplied only in the
    layout before the merge, and the report renders from the runs kept (no timings asserted)."""
    import merged_cost as mc

    monkeypatch.setattr(mc, "OUT", tmp_path)
    few = mc.council_documents
    monkeypatch.setattr(mc, "council_documents", lambda seed, i: list(few(seed, i))[:6])  # a small council
    results = []
    for layout in mc.LAYOUTS:
        nq = mc.data_file(1, layout, 7)
        r = mc.worker(layout, 1, 7, str(nq), str(tmp_path / f"store-{layout}"), 1, 0.1)
        r.update(rss_mib=1.0, wall_s=1.0, nq_mb=nq.stat().st_size / 2**20)
        (tmp_path / f"merged-cost-n1-{layout}.json").write_text(__import__("json").dumps(r))
        results.append(mc.kept(1, layout))
    before, merged = results
    assert before["writes"]["load"]["n"] == merged["writes"]["load"]["n"] == 6
    assert before["quads_after"] == before["quads"] and merged["quads_after"] == merged["quads"]  # all removed again
    assert int(before["naive"]["label_rows"]) > int(before["naive"]["distinct_labels"])
    assert merged["naive"]["label_rows"] == merged["naive"]["distinct_labels"] == before["naive"]["distinct_labels"]
    assert {q: r["rows"] for q, r in merged["queries"].items()}.keys() == before["queries"].keys()
    text = mc.report(results, {"date": "today", "commit": "abc", "reused": True})
    assert "| 1 | merged / before |" in text and "(file date)" in text and "--reuse" in text


def test_http_profile_reports_every_part_beside_oxigraph(gen, tmp_path: Path, monkeypatch, capsys) -> None:
    """bench/http_profile.py on a one-council store: every part of a request is measured, in this process, the
    query worker and `oxigraph serve`, and the whole is set against oxigraph's (no timings asserted)."""
    import http_profile

    from govkg.graph.store import LocalStore

    nq = tmp_path / "g.nq"
    gen.generate_graph(1, nq)
    store = LocalStore(str(tmp_path / "store"))
    store.bulk_load(nq, ox.RdfFormat.N_QUADS, merge=False)
    store.close()
    monkeypatch.setattr(http_profile, "HERE", tmp_path)  # its scratch copies go under tmp_path/out
    (tmp_path / "out").mkdir()
    assert http_profile.main([str(tmp_path / "store"), "--queries", "q02_chair_at_date", "--rounds", "1",
                              "--n", "3"]) == 0
    out = capsys.readouterr().out
    for part in ("engine", "run_query", "fast path (no hop)", "WSGI call: main", "WSGI call: workers",
                 "hop, trivial query: main", "oxigraph serve: query", "oxigraph serve: ASK {}"):
        assert f"  {part} " in out, part
    assert "/ oxigraph serve's whole request:" in out
    assert list((tmp_path / "out").iterdir()) == []  # the copies are removed


def test_load_rdf_same_work_copies_what_the_default_graph_lacks(gen, tmp_path: Path) -> None:
    """bench/load_rdf.py's "same work" arm for a dataset file: oxigraph loads the file, then the triples of its
    named graphs that its default graph lacks, each once (what govkg's merge adds); none for a file carrying
    its merge."""
    import load_rdf

    ex = "http://example.org/"
    a, b, c = (f"<{ex}{x}>" for x in "abc")
    named = f"{a} {b} {c} <{ex}g1> .\n{a} {b} {c} <{ex}g2> .\n{c} {b} {a} <{ex}g2> .\n"
    path = tmp_path / "named.nq"
    path.write_text(named + f"{c} {b} {a} .\n")
    assert load_rdf.merge_lacking(path, tmp_path / "lacking.nt") == 1
    lacking = [q.triple for q in ox.parse(path=str(tmp_path / "lacking.nt"), format=ox.RdfFormat.N_TRIPLES)]
    assert lacking == [ox.Triple(ox.NamedNode(f"{ex}a"), ox.NamedNode(f"{ex}b"), ox.NamedNode(f"{ex}c"))]
    path.write_text(named + f"{a} {b} {c} .\n{c} {b} {a} .\n")
    assert load_rdf.merge_lacking(path, tmp_path / "lacking.nt") == 0
