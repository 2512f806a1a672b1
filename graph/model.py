"""What loaders hand to the graph: documents, the entities they mention and the facts they state.

Loaders never touch the store; they build these objects, and graph.build turns them into quads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from .iris import document_iri, entity_iri


@dataclass(frozen=True)
class Entity:
    """Something a document names. `name` is canonical; `scope` separates generic names by area."""

    kind: str
    name: str
    scope: str | None = None
    subtype: str | None = None  # ontology class local name, e.g. "Partnership", "Council"
    aliases: tuple[str, ...] = ()
    area: str | None = None  # the area it belongs to, linked with gkg:area
    iri_override: str | None = None  # for entities that have a standard IRI (legislation.gov.uk)
    # a body's type in the body-type scheme (ontology/body_types.yaml key, e.g. "channel-panel"), when the
    # loader knows it; otherwise the graph builder reads it from the name (ontology.body_types.classify)
    body_type: str | None = None

    @property
    def iri(self) -> str:
        return self.iri_override or entity_iri(self.kind, self.name, self.scope)


# How precise a date is: "day" (the default), "month", "year", or "financial_year" (1 April to 31 March,
# written "2014/15"; the date is 1 April of its first year).
DATE_PRECISIONS = ("day", "month", "year", "financial_year")


def pounds(amount: Decimal) -> str:
    """An amount as a reader writes it: '£50,990', or with its pence when it has any ('£239,832.28')."""
    return f"£{amount:,.0f}" if amount == amount.to_integral_value() else f"£{amount:,.2f}"


@dataclass(frozen=True)
class Citation:
    """The source a curated (register) fact cites: what it is, who published it, when, where in it."""

    title: str
    publisher: str | None = None
    date: dt.date | None = None
    date_precision: str | None = None
    item: str | None = None  # agenda item, section or paragraph
    url: str | None = None
    body: str | None = None  # the meeting body or committee


@dataclass
class Fact:
    """One relation stated by a document, with the span of stored text that states it."""

    subject: Entity
    relation: str
    object: Entity | None
    start: int
    end: int
    rule: str
    confidence: float = 1.0
    qualifier: str | None = None
    note: str | None = None
    other_kind: str | None = None  # for relation 'other': a specific sub-property such as "scrutinises"
    value: str | None = None  # for 'other' facts whose object is text, not an entity ("quarterly", a remit)
    on_body: Entity | None = None  # for represented_by
    valid_from: dt.date | None = None
    valid_through: dt.date | None = None
    valid_from_precision: str | None = None  # see DATE_PRECISIONS; None is "day"
    valid_through_precision: str | None = None
    # funding: the allocation behind a 'funds' fact
    amount: Decimal | None = None
    period: str | None = None  # as written: "2014/15", "2021", "March 2019", "per year", "2019-2022"
    purpose: str | None = None
    funding_type: str | None = None  # capital | revenue | ring-fenced | one-off
    part_of: Fact | None = None  # the allocation this one is a part of (a breakdown, not more money)
    per_recipient: bool = False  # the amount is for each recipient ("£65k per CSP"), not shared between them
    recipient_count: int | None = None  # how many recipients an each-amount goes to, when the text says
    citation: str | None = None  # for register facts: the original source cited, as one line
    source: Citation | None = None  # for register facts: the original source, field by field
    as_of: dt.date | None = None  # overrides the document date (a register fact citing a dated source)
    as_of_precision: str | None = None


@dataclass
class SourceDocument:
    """A loaded source: its stored plain text, its metadata, and what was extracted from it."""

    key: str  # stable name used for the document IRI (file stem, or given)
    source: str  # path or URL it came from
    text: str
    sha256: str
    loader: str
    doc_type: str = "document"
    title: str | None = None
    date: dt.date | None = None
    date_precision: str | None = None  # see DATE_PRECISIONS
    council: Entity | None = None
    body: Entity | None = None
    area: str | None = None
    facts: list[Fact] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    # serialized RDF for loaders that pass data through as is: (bytes, pyoxigraph media type)
    raw_rdf: tuple[bytes, str] | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def iri(self) -> str:
        return document_iri(self.key)
