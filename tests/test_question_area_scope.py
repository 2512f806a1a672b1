"""A question asked about an area and following a name with no area of its own ("Which body oversees Prevent
in Aldshire?") reads only the evidence of what can lie in that area. The answers, their evidence, its order and
the reading are exactly those of reading everything and keeping the area's afterwards."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from govkg.graph.store import LocalStore
from govkg.pipeline import ensure_vocabulary
from govkg.questions import Asker
from govkg.questions import engine as engine_module

BENCH = str(Path(__file__).resolve().parent.parent / "bench")
COUNCILS = 3


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory):
    sys.path.insert(0, BENCH)
    try:
        import synth_world
        from synth_docs import documents
    finally:
        sys.path.remove(BENCH)
    store = LocalStore(tmp_path_factory.mktemp("scope") / "store")
    ensure_vocabulary(store)
    with store.batch() as batch:
        for doc in documents(COUNCILS, 1):
            batch.load(doc, lambda outcome: None)
    yield store, synth_world
    store.close()


def _questions(synth_world) -> list[str]:
    out = []
    for i in range(COUNCILS):
        c = synth_world.build_council(1, i)
        for topic in ("Prevent", "Domestic Abuse", "Hate Crime", "Serious Violence", "Modern Slavery"):
            out += [f"Which body oversees {topic} in {c.area}?", f"Who oversees {topic} in North {c.area}?",
                    f"Which partnership is responsible for {topic} in {c.area}?"]
        out += [f"Which body oversees Prevent in {c.area} in 2019?", f"Who funds the {c.bodies['csp_s'].name}?",
                f"Who chairs the {c.bodies['prevent'].name}?", f"Which body oversees County Lines in {c.area}?"]
    return out + ["Which body oversees Prevent in Nowhereshire?", "Which body oversees Prevent?"]


def _shown(result) -> tuple:
    return ([(a.label, a.iri, a.note, [(e.document, e.quote, e.date, e.assertion) for e in a.evidence])
             for a in result.answers], result.interpretation, result.sparql, result.queries, result.linked,
            [str(s) for s in result.suggestions], result.refused)


def test_scoped_answers_are_the_unscoped_answers(synth, monkeypatch):
    store, synth_world = synth
    asker = Asker(store)
    scoped_runs: list[str] = []
    real_among = engine_module.run_file_among

    def among(*args, **kwargs):
        scoped_runs.append(args[1])
        return real_among(*args, **kwargs)

    monkeypatch.setattr(engine_module, "run_file_among", among)
    asked = _questions(synth_world)
    scoped = [_shown(asker.ask(q)) for q in asked]
    assert scoped_runs, "no question was scoped: the test no longer tests the scoped read"
    monkeypatch.setattr(engine_module.Asker, "_area_scope", lambda self, followed, ctx: None)
    unscoped = [_shown(Asker(store).ask(q)) for q in asked]
    for q, a, b in zip(asked, scoped, unscoped, strict=True):
        assert a == b, q
    assert any(a[0] for a in scoped)  # some questions are answered


def test_the_oversees_question_reads_only_its_areas_evidence(synth, monkeypatch):
    """The full query runs from the kept bodies only: one council's, never the others'."""
    store, synth_world = synth
    c = synth_world.build_council(1, 0)
    kept: list[set[str]] = []
    real_among = engine_module.run_file_among

    def among(store_, name, trace, var, iris, **bindings):
        kept.append(set(iris))
        return real_among(store_, name, trace, var, iris, **bindings)

    monkeypatch.setattr(engine_module, "run_file_among", among)
    answers = Asker(store).ask(f"Which body oversees Prevent in {c.area}?").answers
    assert answers and kept
    others = [synth_world.build_council(1, i).area.lower() for i in range(1, COUNCILS)]
    assert not any(area in iri for iris in kept for iri in iris for area in others)
