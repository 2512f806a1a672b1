"""Paraphrase sets written for these tests: three wordings of each of twelve seed questions and of twenty
development-corpus questions, scored as the gold question is (first five answers, no flood). A wording must
be answered as its original is: at least 80% of the paraphrases of questions whose original is answered right.
The corpus set is scored in test_question_corpus.py, on the store built there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govkg.evaluation.qa import AnswerMatcher, answer_is_right
from govkg.questions import Asker

DATA = Path(__file__).parent / "data" / "questions"
TARGET = 0.8


def paraphrases(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def score_paraphrases(
    store, items: list[dict], gold: dict[str, tuple[dict, AnswerMatcher]]
) -> tuple[int, int, int, list[str]]:
    """(originals right, paraphrases right where the original is, those paraphrases, failures)."""
    asker = Asker(store)
    originals = right = total = 0
    failures = []
    for item in items:
        q, matcher = gold[item["id"]]

        def is_right(text: str, q=q, matcher=matcher) -> bool:
            labels = [a.label for a in asker.ask(text).answers]
            return answer_is_right(list(q["answers"]), bool(q.get("all")), labels, matcher)

        if not is_right(q["question"]):
            continue
        originals += 1
        for wording in item["paraphrases"]:
            total += 1
            if is_right(wording):
                right += 1
            else:
                failures.append(f"{item['id']}: {wording}")
    return originals, right, total, failures


def test_each_set_has_three_wordings_of_each_question():
    corpus, seeds = paraphrases("paraphrases_corpus.jsonl"), paraphrases("paraphrases_seeds.jsonl")
    assert len(corpus) >= 20 and all(len(i["paraphrases"]) >= 3 for i in corpus + seeds)


@pytest.fixture(scope="module")
def seed_gold(eval_dir) -> dict[str, tuple[dict, AnswerMatcher]]:
    matcher = AnswerMatcher(json.loads((eval_dir / "aliases.json").read_text(encoding="utf-8")))
    lines = (eval_dir / "seeds_qa.jsonl").read_text(encoding="utf-8").splitlines()
    return {q["id"]: (q, matcher) for q in map(json.loads, filter(None, lines))}


def test_seed_paraphrases_on_the_default_graph(request, seed_gold):
    from govkg.pipeline import embedded_register_dir

    if not embedded_register_dir().is_dir():
        pytest.skip("the embedded register is not in this checkout")
    originals, right, total, failures = score_paraphrases(
        request.getfixturevalue("default_store"), paraphrases("paraphrases_seeds.jsonl"), seed_gold
    )
    assert originals >= 10, "the default graph no longer answers the seed questions the paraphrases rephrase"
    assert right >= TARGET * total, failures
