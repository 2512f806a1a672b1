"""bench/sets.py, the counts a session records per evaluation set: they are the evaluation's own figures, a
comparison names what moved, and a set that cannot be scored is reported by name while the others go on."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def sets():
    sys.path.insert(0, str(BENCH))
    try:
        import sets

        yield sets
    finally:
        sys.path.remove(str(BENCH))


def test_counts_are_the_evaluations_and_a_comparison_names_the_change(sets, tmp_path: Path, capsys) -> None:
    from govkg.evaluation import evaluate_docs

    root = BENCH.parent / "examples" / "corpus"
    out = tmp_path / "now.json"
    assert sets.main(["corpus", "--out", str(out)]) == 0
    got = json.loads(out.read_text())["corpus"]
    overall = evaluate_docs(root / "docs", root / "parts" / "ex_facts.jsonl",
                            root / "parts" / "ex_aliases.json").facts.overall
    assert (got["correct"], got["correct"] + got["false"], got["gold"]) == \
        (overall.tp, overall.predicted, overall.gold)
    assert got["qa"] > 0 and got["neg"] > 0

    earlier = {"corpus": dict(got, correct=got["correct"] - 2, false=got["false"] + 1)}
    (tmp_path / "before.json").write_text(json.dumps(earlier))
    capsys.readouterr()
    assert sets.main(["corpus", "--compare", str(tmp_path / "before.json")]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "(correct +2, false -1)" in first


def test_a_set_that_cannot_be_scored_is_named_and_the_rest_go_on(sets, tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken"
    (broken / "docs").mkdir(parents=True)
    assert sets.main([str(broken), "corpus"]) == 1
    out = capsys.readouterr().out
    assert "broken" in out and "FAILED" in out
    assert any(line.startswith("corpus") and "P " in line for line in out.splitlines())
