"""Running an evaluation: build a fresh store from documents only, then score its facts and answers.

A corpus is loaded into one store, as a user would load all their papers, and each part is then scored
against its own gold with its own aliases, so that "the CSP" of one council never matches another's.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GovKGError
from .corpus import Part, read_corpus
from .facts import FactResult, gold_key, score
from .gold import Aliases, GoldFact, read_gold, read_qa
from .predicted import Predicted, predicted_facts
from .qa import QAReport, ask_all

if TYPE_CHECKING:
    from ..pipeline import LoadReport


@contextmanager
def fresh_store(paths: list[Path], location: Path | None = None) -> Iterator[tuple[Any, LoadReport]]:
    """A new store holding only the documents in PATHS, and the load report; removed afterwards unless
    LOCATION was given (which must not hold anything yet: the figures are for a fresh store)."""
    from ..graph.store import LocalStore
    from ..pipeline import load_paths

    if location is not None and Path(location).exists() and any(Path(location).iterdir()):
        raise GovKGError(f"{location}: not empty; the evaluation store must be a fresh one")
    scratch = None if location is not None else Path(tempfile.mkdtemp(prefix="govkg-eval-"))
    store = LocalStore(Path(location) if location is not None else scratch / "store")
    try:
        yield store, load_paths(store, list(paths))
    finally:
        store.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def answer_labels(store: Any) -> Callable[[str], list[str]]:
    """question -> the labels govkg answers with, best first (the engine behind `govkg ask`)."""
    try:
        from ..questions.engine import Asker
    except ImportError:
        raise GovKGError("question answering is not available in this build (govkg.questions is missing)") from None
    asker = Asker(store)
    return lambda question: [a.label for a in asker.ask(question).answers]


def evaluate_store(
    store: Any, gold_path: Path | str, aliases_path: Path | str | None = None, strict: bool = False,
) -> FactResult:
    """Score the facts already in STORE against the gold facts of GOLD_PATH."""
    return score(read_gold(gold_path), predicted_facts(store, strict), Aliases.read(aliases_path), strict)


def run_qa_eval(store: Any, qa_path: Path | str, aliases_path: Path | str | None = None) -> QAReport:
    """Ask STORE every question of QA_PATH and score the answers."""
    return ask_all(answer_labels(store), read_qa(qa_path), Aliases.read(aliases_path).mapping)


@dataclass
class PartResult:
    part: Part
    facts: FactResult
    qa: QAReport | None = None


@dataclass
class Evaluation:
    """The figures of one run: each part's, and (`facts`, `qa`) all the chosen parts together."""

    source: Path
    strict: bool
    parts: list[PartResult] = field(default_factory=list)
    load_failures: list[str] = field(default_factory=list)
    documents: int = 0
    corpus: bool = False  # a corpus's own questions carry issue 11's targets; a loose folder has none

    @property
    def facts(self) -> FactResult:
        total = FactResult(strict=self.strict)
        for p in self.parts:
            total.add(p.facts)
        total.load_failures = list(self.load_failures)
        return total

    @property
    def qa(self) -> QAReport | None:
        reports = [p.qa for p in self.parts if p.qa is not None]
        if not reports:
            return None
        total = QAReport.for_corpus() if self.corpus else QAReport()
        for r in reports:
            total.add(r)
        return total


def evaluate_parts(
    parts: list[Part], source: Path, *, strict: bool = False, qa: bool = False, store_dir: Path | None = None,
) -> Evaluation:
    """Load the documents of PARTS into one fresh store and score each part with its own gold and aliases
    (and, with QA, ask it each part's questions)."""
    for part in parts:
        # read every gold file before the slow part, so that a broken one fails at once
        read_gold(part.facts)
        Aliases.read(part.aliases)
        if qa and part.qa is not None:
            read_qa(part.qa)
    result = Evaluation(Path(source), strict)
    with fresh_store([d for p in parts for d in p.docs], store_dir) as (store, loaded):
        result.load_failures = [str(f) for f in loaded.failures]
        result.documents = loaded.documents
        predicted = predicted_facts(store, strict)
        answer = answer_labels(store) if qa else None
        for part in parts:
            aliases = Aliases.read(part.aliases)
            facts = score(read_gold(part.facts), [p for p in predicted if part.of_part(p.doc)], aliases, strict)
            report = None
            if answer is not None and part.qa is not None:
                report = ask_all(answer, read_qa(part.qa), aliases.mapping)
            result.parts.append(PartResult(part, facts, report))
    return result


def evaluate_corpus(
    folder: Path | str, parts: list[str] | None = None, *, strict: bool = False, qa: bool = False,
    store_dir: Path | None = None,
) -> Evaluation:
    """Score the chosen PARTS (default: all) of the corpus in FOLDER on a store built from their documents."""
    result = evaluate_parts(read_corpus(folder, parts), Path(folder), strict=strict, qa=qa, store_dir=store_dir)
    result.corpus = True
    return result


def evaluate_docs(
    docs_dir: Path | str, gold_path: Path | str, aliases_path: Path | str | None = None, *,
    qa_path: Path | str | None = None, strict: bool = False, store_dir: Path | None = None,
) -> Evaluation:
    """Score a fresh store built from the documents in DOCS_DIR (nothing else) against one gold file."""
    docs_dir = Path(docs_dir)
    if not docs_dir.is_dir():
        raise GovKGError(f"{docs_dir}: not a folder of documents")
    for path in (gold_path, aliases_path, qa_path):
        if path is not None and not Path(path).is_file():
            raise GovKGError(f"{path}: no such file")
    part = Part(docs_dir.name, (docs_dir,), Path(gold_path), None if qa_path is None else Path(qa_path),
                None if aliases_path is None else Path(aliases_path))
    return evaluate_parts([part], docs_dir, strict=strict, qa=qa_path is not None, store_dir=store_dir)


def coverage(gold: list[GoldFact], predicted: list[Predicted], aliases: Aliases) -> list[GoldFact]:
    """The gold facts that no prediction states, whatever document either comes from (for a curated
    register, which restates the documents' facts in its own files). Names are matched leniently."""

    def key(relation: str, subject: str, obj: str, amount: object) -> tuple:
        return (relation, subject, obj, amount if relation == "funding_amount" else None)

    stated = {
        key(p.relation, s, o, p.amount)
        for p in predicted
        for s in {aliases.canon(n) for n in p.subject_names}
        for o in {aliases.canon(n) for n in p.object_names}
    }
    uncovered = []
    for g in gold:
        k = gold_key(g, aliases)
        if key(g.relation, k[0], k[1], k[2] if len(k) > 2 else None) not in stated:
            uncovered.append(g)
    return uncovered
