"""Scoring predicted facts against gold facts of the same documents: precision, recall and F1.

A prediction matches a gold fact of the same document and relation when one of its subject's names and one
of its object's names resolve, through the aliases, to the gold subject and object (for `funding_amount`:
funder, recipient, and the amount compared by value). The headline figures count the closed relations;
`other` facts, whose meaning lives in a free-text note, are scored apart and never in the headline.

Lenient and strict differ in exactly these ways (the names each mode gives an entity are in `predicted`):

- one prediction: leniently it credits every gold copy of the fact it matches in that document (gold that
  repeats a fact with two quotes); strictly it credits one gold fact, and the credit is a maximum one-to-one
  matching of predictions to gold facts, so the order of predictions changes nothing;
- `on_body` (represented_by): ignored leniently; strictly the prediction's gkg:onBody must name it;
- period (`period` of funding_amount, a financial year such as 2014/15 in the qualifier of funds): ignored
  leniently; strictly every financial year the gold names must be in the prediction's period (its
  allocation's gkg:period or its qualifier), and a plain year there or in the fact's date;
- date: ignored leniently; strictly, when the graph dates the fact, its year must be the year of the gold
  `when` (a fact the graph leaves undated is not wrong for it: the gold infers some years).

In both modes a prediction that repeats a fact already credited is neither right nor wrong, and the same
wrong fact stated twice in one document is one false positive.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from ..loaders.money import parse_amount
from .gold import Aliases, GoldFact
from .predicted import Predicted

OTHER = "other"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_json(self) -> dict[str, float | int]:
        return {"gold": self.gold, "predicted": self.predicted, "correct": self.tp,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class FactResult:
    """The score of one set of documents. `overall` and `by_doc` count the closed relations only."""

    strict: bool = False
    overall: Score = field(default_factory=Score)
    other: Score = field(default_factory=Score)
    by_relation: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_doc: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[GoldFact] = field(default_factory=list)
    false_positives: list[Predicted] = field(default_factory=list)
    gold_counts: Counter = field(default_factory=Counter)
    load_failures: list[str] = field(default_factory=list)

    def count(self, relation: str, doc: str, outcome: str) -> None:
        for s in (self.by_relation[relation],) + (
            (self.other,) if relation == OTHER else (self.overall, self.by_doc[doc])
        ):
            setattr(s, outcome, getattr(s, outcome) + 1)

    def add(self, other: FactResult) -> None:
        self.overall.add(other.overall)
        self.other.add(other.other)
        for rel, s in other.by_relation.items():
            self.by_relation[rel].add(s)
        for doc, s in other.by_doc.items():
            self.by_doc[doc].add(s)
        self.misses.extend(other.misses)
        self.false_positives.extend(other.false_positives)
        self.gold_counts.update(other.gold_counts)
        self.load_failures.extend(other.load_failures)

    def meets(
        self, precision: float = 0.90, recall: float = 0.70, relation_precision: float = 0.85, min_gold: int = 20,
    ) -> bool:
        """The extraction targets (issue 10's by default): overall precision and recall over the closed
        relations, and precision on every relation with at least MIN_GOLD gold facts that predicts any."""
        if self.overall.precision < precision or self.overall.recall < recall:
            return False
        # a relation with no predictions has no precision to fall short (its misses count against recall)
        return all(
            self.by_relation[r].precision >= relation_precision
            for r, n in self.gold_counts.items()
            if r != OTHER and n >= min_gold and self.by_relation[r].predicted
        )


# -- matching


_FY = re.compile(r"(?<!\d)(?:FY\s*)?((?:19|20)\d\d)\s*[/\-–]\s*(\d{2}|(?:19|20)\d\d)(?![\d/])", re.I)
_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])")


def periods(text: str | None, years: bool = True) -> frozenset[str]:
    """Financial years (as 2014/15) and, with YEARS, plain years that TEXT names."""
    if not text:
        return frozenset()
    found = {f"{m.group(1)}/{m.group(2)[-2:]}" for m in _FY.finditer(text)}
    if years:
        found.update(_YEAR.findall(_FY.sub(" ", text)))
    return frozenset(found)


def _amount(text: str) -> Decimal | None:
    m = re.search(r"\((\d+)\)", text)
    if m:
        return Decimal(m.group(1))
    try:
        return parse_amount(text.split(" (")[0])
    except ValueError:
        return None


def gold_key(g: GoldFact, aliases: Aliases) -> tuple:
    if g.relation == "funding_amount":
        return (aliases.canon(g.funder or ""), aliases.canon(g.recipient or ""), _amount(g.object))
    return (aliases.canon(g.subject), aliases.canon(g.object))


def _key_fits(key: tuple, p: Predicted, subjects: set[str], objects: set[str]) -> bool:
    if key[0] not in subjects or key[1] not in objects:
        return False
    return p.relation != "funding_amount" or key[2] == p.amount


def _years_agree(gold: str | None, predicted: str | None) -> bool:
    return not gold or not predicted or gold[:4] == predicted[:4]


def qualifiers_fit(g: GoldFact, p: Predicted, aliases: Aliases) -> bool:
    """The strict checks beyond names (see the module docstring)."""
    if g.on_body and aliases.canon(g.on_body) not in {aliases.canon(n) for n in p.on_body_names}:
        return False
    wanted = periods(g.period) if g.period else periods(g.qualifier, years=False) if g.relation == "funds" else None
    if wanted and not wanted <= periods(p.period) | ({p.when[:4]} if p.when else set()):
        return False
    return _years_agree(g.when, p.when)


def _names_key(p: Predicted, aliases: Aliases) -> tuple:
    return (p.doc, p.relation, min((aliases.canon(n) for n in p.subject_names), default=p.subject_label),
            min((aliases.canon(n) for n in p.object_names), default=p.object_label), p.amount)


def _max_matching(edges: list[list[int]], n_gold: int) -> list[int | None]:
    """For each prediction, the gold fact it is matched to in a maximum one-to-one matching (Kuhn's)."""
    owner: list[int | None] = [None] * n_gold

    def augment(p: int, visited: set[int]) -> bool:
        for g in edges[p]:
            if g in visited:
                continue
            visited.add(g)
            if owner[g] is None or augment(owner[g], visited):
                owner[g] = p
                return True
        return False

    for p in range(len(edges)):
        augment(p, set())
    assigned: list[int | None] = [None] * len(edges)
    for g, p in enumerate(owner):
        if p is not None:
            assigned[p] = g
    return assigned


def score(gold: list[GoldFact], predicted: Iterable[Predicted], aliases: Aliases, strict: bool = False) -> FactResult:
    """Score PREDICTED against GOLD (facts of the same documents), names resolved through ALIASES."""
    result = FactResult(strict=strict)
    result.gold_counts = Counter(g.relation for g in gold)
    groups: dict[tuple[str, str], list[GoldFact]] = defaultdict(list)
    for g in gold:
        groups[(g.doc, g.relation)].append(g)
    keys = {g.id: gold_key(g, aliases) for g in gold}
    by_group: dict[tuple[str, str], list[Predicted]] = defaultdict(list)
    for p in predicted:
        by_group[(p.doc, p.relation)].append(p)
    matched: set[str] = set()
    wrong: dict[tuple, Predicted] = {}
    for group, preds in sorted(by_group.items()):
        facts = groups.get(group, [])
        match = _match_strict if strict else _match_lenient
        for p in match(facts, preds, keys, aliases, matched):
            wrong.setdefault(_names_key(p, aliases), p)
    for p in wrong.values():
        result.count(p.relation, p.doc, "fp")
        result.false_positives.append(p)
    for g in gold:
        if g.id in matched:
            result.count(g.relation, g.doc, "tp")
        else:
            result.count(g.relation, g.doc, "fn")
            result.misses.append(g)
    return result


def _candidates(p: Predicted, facts: list[GoldFact], keys: dict[str, tuple], aliases: Aliases) -> list[GoldFact]:
    subjects = {aliases.canon(n) for n in p.subject_names}
    objects = {aliases.canon(n) for n in p.object_names}
    return [g for g in facts if _key_fits(keys[g.id], p, subjects, objects)]


def _match_lenient(facts, preds, keys, aliases, matched: set[str]) -> list[Predicted]:
    """Each prediction picks one gold key (an unmatched one first, then one its own label names) and
    credits every gold fact with that key. Returns the predictions that matched nothing."""
    wrong = []
    for p in preds:
        by_key: dict[tuple, list[GoldFact]] = defaultdict(list)
        for g in _candidates(p, facts, keys, aliases):
            by_key[keys[g.id]].append(g)
        if not by_key:
            wrong.append(p)
            continue
        own = (aliases.canon(p.subject_label), aliases.canon(p.object_label))
        best = max(by_key, key=lambda key, facts=by_key, own=own: (
            any(g.id not in matched for g in facts[key]), key[0] == own[0] or key[1] == own[1]))
        matched.update(g.id for g in by_key[best])
    return wrong


def _match_strict(facts, preds, keys, aliases, matched: set[str]) -> list[Predicted]:
    """A maximum one-to-one matching over the pairs whose names and qualifiers fit. A prediction left out of
    the matching only because its gold fact went to another prediction repeats a credited fact."""
    edges = [
        [i for i, g in enumerate(facts) if g.id in ids and qualifiers_fit(g, p, aliases)]
        for p in preds
        for ids in [{g.id for g in _candidates(p, facts, keys, aliases)}]
    ]
    for g_index in _max_matching(edges, len(facts)):
        if g_index is not None:
            matched.add(facts[g_index].id)
    return [p for p, e in zip(preds, edges, strict=True) if not e]
