"""Rules-based extraction: plain text -> facts with the span that states each one.

A rule is a small function over an ExtractionDoc; its patterns and word lists live in loaders/gazetteer/.
Rules are listed in RULES and run in order; the first statement of a fact in a document wins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ...graph.model import Entity, Fact
from ..metadata import Metadata
from ..resolve import Resolver, iri_of


@dataclass
class ExtractionDoc:
    text: str
    meta: Metadata
    resolver: Resolver
    body: Entity | None = None
    council: Entity | None = None
    author: Entity | None = None
    date: dt.date | None = None
    facts: list[Fact] = field(default_factory=list)
    _seen: set[tuple] = field(default_factory=set)

    def add(
        self,
        subject: Entity | None,
        relation: str,
        obj: Entity | None,
        start: int,
        end: int,
        rule: str,
        confidence: float = 0.9,
        **extra,
    ) -> Fact | None:
        if subject is None or (obj is None and relation != "funds"):
            return None
        s_iri, o_iri = iri_of(subject), iri_of(obj) if obj is not None else None
        if s_iri == o_iri:
            return None
        key = (
            s_iri,
            relation,
            o_iri,
            extra.get("amount"),
            extra.get("period"),
            iri_of(extra["on_body"]) if extra.get("on_body") else None,
        )
        if key in self._seen:
            return None
        self._seen.add(key)
        start, end = _trim(self.text, start, end)
        fact = Fact(
            subject=subject,
            relation=relation,
            object=obj,
            start=start,
            end=end,
            rule=rule,
            confidence=confidence,
            **extra,
        )
        self.facts.append(fact)
        return fact


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


Rule = Callable[[ExtractionDoc], None]


def rules() -> list[Rule]:
    from . import attendance, funding, lists, pairs, representation, sections, sentences, structure

    return [
        attendance.attendance_blocks,
        attendance.speaker_roles,
        attendance.presenters,
        attendance.contacts,
        representation.representation,
        structure.citations,  # before the sentences, so "This guidance" can refer to a cited publication
        lists.list_relations,
        sentences.sentence_patterns,
        pairs.both_of_a_pair,
        pairs.also_subgroups,
        sections.lead_partners,
        structure.member_updates,
        funding.funding_sentences,
        funding.funding_tables,
        structure.named_after_body,
    ]


def extract(doc: ExtractionDoc) -> list[Fact]:
    for rule in rules():
        rule(doc)
    return doc.facts
