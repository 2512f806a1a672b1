"""Measuring govkg against gold: extraction (facts) and question answering, on any corpus.

One module scores everything that has gold: `govkg eval`, the tests and the benchmarks all call it.

- `evaluate_corpus(folder, parts, strict=, qa=)`: a corpus laid out as `docs/<part>_NN_*.txt` and
  `parts/<part>_{facts.jsonl,qa.jsonl,aliases.json}`; one fresh store is built from the chosen parts'
  documents only, and each part is scored with its own gold and aliases.
- `evaluate_docs(docs_dir, gold, aliases, qa_path=, strict=)`: a folder of documents and one gold file.
- `evaluate_store(store, gold, aliases, strict=)`, `run_qa_eval(store, qa, aliases)`: an existing store.
- `score`, `predicted_facts`, `ask_all`, `answer_is_right`, `coverage`: the pieces, for tests.
- `evaluation_text`, `evaluation_json`, `fact_report`: the figures as text or JSON.

Facts are scored over the closed relations; `other` is reported apart. Lenient matching (the default) and
strict matching differ only as `facts` and `predicted` describe: which names an entity goes by, whether one
prediction may credit several gold copies of a fact, and whether on_body, period and date must agree.
"""

from .corpus import Part, is_corpus, read_corpus
from .facts import OTHER, FactResult, Score, periods, score
from .gold import Aliases, GoldFact, QAItem, read_gold, read_qa
from .predicted import Predicted, predicted_facts
from .qa import AnswerMatcher, QAOutcome, QAReport, answer_is_right, ask_all
from .report import evaluation_json, evaluation_text, fact_report, summary_line
from .run import (
    Evaluation,
    PartResult,
    coverage,
    evaluate_corpus,
    evaluate_docs,
    evaluate_parts,
    evaluate_store,
    fresh_store,
    run_qa_eval,
)

__all__ = [
    "OTHER", "Aliases", "AnswerMatcher", "Evaluation", "FactResult", "GoldFact", "Part", "PartResult",
    "Predicted", "QAItem", "QAOutcome", "QAReport", "Score", "answer_is_right", "ask_all", "coverage",
    "evaluate_corpus", "evaluate_docs", "evaluate_parts", "evaluate_store", "evaluation_json",
    "evaluation_text", "fact_report", "fresh_store", "is_corpus", "periods", "predicted_facts", "read_corpus",
    "read_gold", "read_qa", "run_qa_eval", "score", "summary_line",
]
