"""What a question produces: answers with their evidence, the reading of the question, and the SPARQL run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..graph.dates import shown


@dataclass(frozen=True)
class Evidence:
    document: str | None
    quote: str | None
    date: str | None
    assertion: str | None = None
    citation: str | None = None  # the original source a register entry cites, as one line
    precision: str | None = None  # how precise the date is: day (None), month, year, financial_year
    source: dict[str, Any] | None = None  # the cited source field by field (title, body, publisher, date...)
    by_hand: bool = False  # a curated (register) fact, recorded by hand

    @property
    def shown_date(self) -> str | None:
        """The date as precise as the source gives it ("2021", not "2021-01-01")."""
        return shown(self.date, self.precision)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"document": self.document, "quote": self.quote, "date": self.shown_date}
        if self.precision:
            out["date_precision"] = self.precision
        if self.by_hand:
            out["recorded_by_hand"] = True
        if self.source:
            out["citation"] = self.source
        return out


@dataclass
class Answer:
    label: str
    iri: str | None
    evidence: list[Evidence] = field(default_factory=list)
    note: str | None = None  # e.g. "vice-chair", "holder of Director of Public Health"
    rank: int = 0  # which of the question's possible relations gave it (0: the likeliest)

    @property
    def latest(self) -> str:
        return max((e.date or "" for e in self.evidence), default="")

    def cite(self, ev: Evidence) -> None:
        """EV among the answer's evidence, once (several sentences or rows may give the same quote)."""
        if ev not in self.evidence:
            self.evidence.append(ev)

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "iri": self.iri, "evidence": [e.to_json() for e in self.evidence]}


@dataclass
class Result:
    question: str
    interpretation: str
    answers: list[Answer] = field(default_factory=list)
    sparql: str = ""
    linked: list[tuple[str, str, str]] = field(default_factory=list)  # (mention, label, iri)
    queries: list[str] = field(default_factory=list)  # each query alone, runnable as shown
    suggestions: list[Any] = field(default_factory=list)  # what the graph holds nearby; never answers
    refused: bool = False  # the question names something the graph does not hold

    @property
    def answered(self) -> bool:
        return bool(self.answers)

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "interpretation": self.interpretation,
            "answers": [a.to_json() for a in self.answers],
            "sparql": self.sparql,
            "suggestions": [s.to_json() for s in self.suggestions],
        }
