"""Scoring question answering against gold questions, independently of the engine that answers them.

Names are compared after case folding, accents, apostrophes and punctuation are set aside and through the
aliases file; amounts by value (£260k = 260000 = £260,000). The matching is this module's own and
deliberately plain (no stemming, no expansions): the engine's normaliser must not decide whether the engine
was right.

- `all: false`: right when a gold answer (or a variant) is among the first five returned, and the list is no
  flood: at most two returned items match no gold answer.
- `all: true`: right when every gold item is returned, and the items that match none are no more than the
  gold items (at least two allowed), so a list that floods with everything it holds is not credited.
- negative (no gold answers): right only when nothing at all is answered.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from .gold import QAItem

TOP = 5
FLOOD = 2  # a list may carry this many items that match nothing (more for long `all` answers)
_AMOUNT = re.compile(r"^£?\s*(\d[\d,]*(?:\.\d+)?)\s*(k|m|mn|million|bn|billion)?$", re.I)
_UNITS = {"k": 1000, "m": 10**6, "mn": 10**6, "million": 10**6, "bn": 10**9, "billion": 10**9}


def answer_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()
    text = re.sub(r"['\u2019]", "", text).replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def amount(text: str) -> Decimal | None:
    m = _AMOUNT.match(text.strip())
    if not m:
        return None
    try:
        value = Decimal(m.group(1).replace(",", ""))
    except InvalidOperation:
        return None
    return value * _UNITS.get((m.group(2) or "").lower(), 1)


class AnswerMatcher:
    """Whether a returned label names a gold answer, through the aliases ({canonical: [variants]})."""

    def __init__(self, aliases: dict[str, list[str]] | None = None):
        self.groups: dict[str, set[str]] = {}
        for canonical, variants in (aliases or {}).items():
            group = {answer_key(canonical), *(answer_key(v) for v in variants)}
            for name in group:
                self.groups.setdefault(name, set()).update(group)

    def same(self, returned: str, gold: str) -> bool:
        a, b = amount(returned), amount(gold)
        if a is not None and b is not None:
            return a == b
        k = answer_key(gold)
        return answer_key(returned) in self.groups.get(k, set()) | {k}


def answer_is_right(gold: list[str], all_: bool, returned: list[str], matcher: AnswerMatcher) -> bool:
    if not gold:
        return not returned
    extras = sum(1 for r in returned if not any(matcher.same(r, g) for g in gold))
    if not all_:
        return extras <= FLOOD and any(matcher.same(r, g) for r in returned[:TOP] for g in gold)
    every = all(any(matcher.same(r, g) for r in returned) for g in gold)
    return every and extras <= max(FLOOD, len(gold))


@dataclass
class QAOutcome:
    id: str
    question: str
    kind: str
    gold: list[str]
    returned: list[str]
    right: bool
    negative: bool
    all: bool


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.right}/{self.total}" if self.total else "-"


# Issue 11's targets for a corpus's own questions on a store built from its papers: answerable questions,
# those of a kind other than `other`, and negatives answered with nothing.
CORPUS_TARGETS = {"answerable": 0.75, "kinds": 0.80, "negatives": 0.95}


@dataclass
class QAReport:
    """Scored questions. A target left as None is not claimed: a folder of papers of unknown provenance has no
    target, and printing the seeds' figure beside another set's score misread as that set's goal."""

    outcomes: list[QAOutcome] = field(default_factory=list)
    target_answerable: float | None = None
    target_negatives: float | None = None
    target_kinds: float | None = None

    @classmethod
    def for_corpus(cls) -> QAReport:
        return cls(target_answerable=CORPUS_TARGETS["answerable"], target_negatives=CORPUS_TARGETS["negatives"],
                   target_kinds=CORPUS_TARGETS["kinds"])

    @property
    def answerable(self) -> list[QAOutcome]:
        return [o for o in self.outcomes if not o.negative]

    @property
    def negatives(self) -> list[QAOutcome]:
        return [o for o in self.outcomes if o.negative]

    @property
    def kinds(self) -> Tally:
        """Answerable questions of a kind other than `other` (the kinds a relation answers)."""
        named = [o for o in self.answerable if o.kind != "other"]
        return Tally(sum(o.right for o in named), len(named))

    @property
    def answerable_right(self) -> int:
        return sum(o.right for o in self.answerable)

    @property
    def negatives_right(self) -> int:
        return sum(o.right for o in self.negatives)

    @property
    def answerable_rate(self) -> float:
        return self.answerable_right / len(self.answerable) if self.answerable else 1.0

    @property
    def negatives_rate(self) -> float:
        return self.negatives_right / len(self.negatives) if self.negatives else 1.0

    @property
    def ok(self) -> bool:
        """Every target that is set is met."""
        return all(target is None or rate >= target for rate, target in (
            (self.answerable_rate, self.target_answerable), (self.negatives_rate, self.target_negatives),
            (self.kinds.rate, self.target_kinds)))

    def by_kind(self) -> dict[str, tuple[Tally, Tally]]:
        """kind -> (answerable right/total, negatives right/total)."""
        out: dict[str, tuple[Tally, Tally]] = defaultdict(lambda: (Tally(), Tally()))
        for o in self.outcomes:
            t = out[o.kind][1 if o.negative else 0]
            t.total += 1
            t.right += o.right
        return dict(sorted(out.items()))

    def add(self, other: QAReport) -> None:
        self.outcomes.extend(other.outcomes)

    def score_line(self) -> str:
        def rate(tally: Tally, target: float | None) -> str:
            return f"{tally.rate:.0%}" + ("" if target is None else f", target {target:.0%}")

        answerable = Tally(self.answerable_right, len(self.answerable))
        negatives = Tally(self.negatives_right, len(self.negatives))
        kinds = self.kinds
        return (
            f"QA: {answerable.right}/{answerable.total} answerable right "
            f"({rate(answerable, self.target_answerable)}); "
            f"{kinds.right}/{kinds.total} of kinds other than 'other' ({rate(kinds, self.target_kinds)}); "
            f"{negatives.right}/{negatives.total} negatives answered with nothing "
            f"({rate(negatives, self.target_negatives)})"
        )

    def failures(self) -> str:
        lines = []
        for o in self.outcomes:
            if not o.right:
                got = "; ".join(o.returned[:8]) + (f" (+{len(o.returned) - 8} more)" if len(o.returned) > 8 else "")
                want = "nothing" if o.negative else ("all of " if o.all else "one of ") + "; ".join(o.gold)
                lines.append(f"  FAIL {o.id}: {o.question}\n       wanted {want}\n       got    {got or 'nothing'}")
        return "\n".join(lines)

    def summary(self) -> str:
        """The score line and every failure."""
        return "\n".join(x for x in (self.score_line(), self.failures()) if x)

    def to_json(self, failures: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "answerable": len(self.answerable),
            "answerable_right": self.answerable_right,
            "negatives": len(self.negatives),
            "negatives_right": self.negatives_right,
            "kinds_answerable": self.kinds.total,
            "kinds_right": self.kinds.right,
            "by_kind": {k: {"answerable": a.total, "answerable_right": a.right, "negatives": n.total,
                            "negatives_right": n.right} for k, (a, n) in self.by_kind().items()},
            "ok": self.ok,
        }
        if failures:
            data["failures"] = [asdict(o) for o in self.outcomes if not o.right]
        return data


def ask_all(
    answer: Callable[[str], list[str]], items: Iterable[QAItem], aliases: dict[str, list[str]] | None = None,
) -> QAReport:
    """Ask every question through ANSWER (question -> returned labels, best first) and score the answers."""
    matcher = AnswerMatcher(aliases)
    report = QAReport()
    for item in items:
        returned = answer(item.question)
        gold = list(item.answers)
        report.outcomes.append(QAOutcome(
            item.id, item.question, item.kind, gold, returned,
            answer_is_right(gold, item.all, returned, matcher), item.negative, item.all,
        ))
    return report
