"""Questions over a store built from the development corpus's documents: the gold questions of every part
(scored with that part's aliases), the paraphrase set, and the negatives. The answerable target depends on
extraction (issue 10); the negatives and the paraphrase rule hold whatever the graph holds."""

from __future__ import annotations

import json

import pytest
from test_question_paraphrases import TARGET, paraphrases, score_paraphrases

from govkg.evaluation import run_qa_eval
from govkg.evaluation.qa import AnswerMatcher, QAReport


@pytest.fixture(scope="module")
def corpus(shared_dir):
    folder = shared_dir / "corpus" / "dev"
    if not (folder / "docs").is_dir():
        pytest.skip("../shared/corpus/dev is missing")
    return folder


@pytest.fixture(scope="module")
def corpus_store(corpus, tmp_path_factory):
    from govkg.graph.store import LocalStore
    from govkg.pipeline import load_paths

    store = LocalStore(tmp_path_factory.mktemp("corpus") / "store")
    report = load_paths(store, [corpus / "docs"])
    assert report.ok, report.failures
    yield store
    store.close()


@pytest.fixture(scope="module")
def qa_report(corpus, corpus_store) -> QAReport:
    report = QAReport.for_corpus()
    for qa in sorted((corpus / "parts").glob("*_qa.jsonl")):
        report.add(run_qa_eval(corpus_store, qa, qa.with_name(qa.name.replace("_qa.jsonl", "_aliases.json"))))
    print(report.score_line())
    return report


def test_corpus_negatives_are_answered_with_nothing(qa_report):
    assert qa_report.negatives_rate >= 0.95, qa_report.failures()


@pytest.mark.xfail(strict=True, reason="below target: the corpus graph answers 220/347 answerable right (63%; "
                   "165/255 of kinds other than 'other'), 52/52 negatives; most misses are answers the graph does "
                   "not hold or holds with no fact joining them to the question's names (bench/RESULTS.md); when "
                   "this passes, drop the marker")
def test_corpus_answerable_questions(qa_report):
    assert qa_report.answerable_rate >= 0.75, qa_report.score_line()
    assert qa_report.kinds.rate >= 0.8, qa_report.score_line()


def test_corpus_paraphrases(corpus, corpus_store):
    gold: dict[str, tuple[dict, AnswerMatcher]] = {}
    for qa in sorted((corpus / "parts").glob("*_qa.jsonl")):
        aliases = json.loads(qa.with_name(qa.name.replace("_qa.jsonl", "_aliases.json")).read_text(encoding="utf-8"))
        matcher = AnswerMatcher(aliases)
        for line in filter(None, qa.read_text(encoding="utf-8").splitlines()):
            item = json.loads(line)
            gold[item["id"]] = (item, matcher)
    originals, right, total, failures = score_paraphrases(corpus_store, paraphrases("paraphrases_corpus.jsonl"), gold)
    print(f"corpus paraphrases: originals right {originals}/20, paraphrases right {right}/{total}")
    if originals < 5:
        pytest.skip(f"the corpus graph answers only {originals} of the 20 originals: extraction does not yet "
                    "produce the facts these questions need")
    assert right >= TARGET * total, failures
