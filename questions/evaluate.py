"""Scoring question answering against a gold QA file (JSON lines: question, answers, all) and aliases.

An answer is right when one of the first five returned labels matches a gold answer or one of its aliases
(case, punctuation and spacing ignored; amounts compared by value). For `"all": true` every gold item must
be matched, and the extras may not outnumber the gold items (no flood). A negative question (no gold
answers) is right when nothing is answered.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import GovKGError
from .engine import Asker
from .lexicon import normalise

TOP = 5
AMOUNT = re.compile(r"^£?\s*(\d[\d,]*(?:\.\d+)?)\s*(k|m|million)?$", re.I)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


def _amount(text: str) -> Decimal | None:
    m = AMOUNT.match(text.strip())
    if not m:
        return None
    value = Decimal(m.group(1).replace(",", ""))
    unit = (m.group(2) or "").lower()
    return value * (1000 if unit == "k" else 1_000_000 if unit in ("m", "million") else 1)


class _Matcher:
    def __init__(self, aliases: dict[str, list[str]]):
        self.groups: dict[str, set[str]] = {}
        for canonical, variants in aliases.items():
            group = {_key(canonical), *(_key(v) for v in variants)}
            for name in group:
                self.groups.setdefault(name, set()).update(group)

    def variants(self, name: str) -> set[str]:
        k = _key(name)
        return self.groups.get(k, set()) | {k}

    def same(self, returned: str, gold: str) -> bool:
        a, b = _amount(returned), _amount(gold)
        if a is not None and b is not None:
            return a == b
        r = _key(returned)
        return r in self.variants(gold) or normalise(returned) in {normalise(v) for v in self.variants(gold)}


@dataclass
class QAOutcome:
    id: str
    question: str
    gold: list[str]
    returned: list[str]
    right: bool
    negative: bool
    all: bool


@dataclass
class QAReport:
    outcomes: list[QAOutcome] = field(default_factory=list)
    target_answerable: float = 0.85
    target_negatives: float = 0.9

    @property
    def answerable(self) -> list[QAOutcome]:
        return [o for o in self.outcomes if not o.negative]

    @property
    def negatives(self) -> list[QAOutcome]:
        return [o for o in self.outcomes if o.negative]

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
        return self.answerable_rate >= self.target_answerable and self.negatives_rate >= self.target_negatives

    def score_line(self) -> str:
        return (
            f"QA: {self.answerable_right}/{len(self.answerable)} answerable right "
            f"({self.answerable_rate:.0%}, target {self.target_answerable:.0%}); "
            f"{self.negatives_right}/{len(self.negatives)} negatives answered with nothing "
            f"(target {self.target_negatives:.0%})"
        )

    def summary(self) -> str:
        lines = [self.score_line()]
        for o in self.outcomes:
            if not o.right:
                got = "; ".join(o.returned[:8]) or "nothing"
                want = "nothing" if o.negative else ("all of " if o.all else "one of ") + "; ".join(o.gold)
                lines.append(f"  FAIL {o.id}: {o.question}\n       wanted {want}\n       got    {got}")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "answerable": len(self.answerable),
            "answerable_right": self.answerable_right,
            "negatives": len(self.negatives),
            "negatives_right": self.negatives_right,
            "ok": self.ok,
            "failures": [o.__dict__ for o in self.outcomes if not o.right],
        }


def score(gold: list[str], all_: bool, returned: list[str], matcher: _Matcher) -> bool:
    if not gold:
        return not returned
    if not all_:
        return any(matcher.same(r, g) for r in returned[:TOP] for g in gold)
    matched = {i for i, r in enumerate(returned) for g in gold if matcher.same(r, g)}
    every = all(any(matcher.same(r, g) for r in returned) for g in gold)
    extras = len(returned) - len(matched)
    return every and extras <= max(2, len(gold))


def _read_lines(path: Path) -> list[dict[str, Any]]:
    items = []
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise GovKGError(f"{path}: cannot read: {e.strerror or e}") from None
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            raise GovKGError(f"{path}:{n}: not JSON ({e.msg})") from None
        if not isinstance(item, dict) or "question" not in item or "answers" not in item:
            raise GovKGError(f"{path}:{n}: each line needs 'question' and 'answers'")
        items.append(item)
    return items


def run_qa_eval(store: Any, qa_path: str | Path, aliases_path: str | Path | None = None) -> QAReport:
    """Ask every question of QA_PATH of STORE and score the answers."""
    qa = _read_lines(Path(qa_path))
    aliases: dict[str, list[str]] = {}
    if aliases_path is not None:
        try:
            aliases = json.loads(Path(aliases_path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise GovKGError(f"{aliases_path}: cannot read aliases: {e}") from None
    matcher = _Matcher(aliases)
    asker = Asker(store)
    report = QAReport()
    for n, item in enumerate(qa, start=1):
        result = asker.ask(item["question"])
        returned = [a.label for a in result.answers]
        gold = [str(g) for g in item["answers"]]
        all_ = bool(item.get("all"))
        report.outcomes.append(
            QAOutcome(
                str(item.get("id", n)),
                item["question"],
                gold,
                returned,
                score(gold, all_, returned, matcher),
                not gold,
                all_,
            )
        )
    return report
