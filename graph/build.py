"""Turn a SourceDocument into the quads of its own named graph: its metadata, its facts and their evidence.

Every fact becomes its plain triple (so ordinary SPARQL sees it) plus an assertion node carrying the quote,
its text position, the rule that produced it and the document's date with its precision. Facts that need more
than a triple (meetings, funding allocations, post holdings) also get an n-ary node, linked from the assertion.
Every body gets a type from the body-type scheme (ontology/body_types.yaml), read from its name when the loader
gave none; a name that is a project, programme, campaign or service is kept as an initiative.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad
from rdflib import URIRef

from ..ontology import body_types, vocab
from ..ontology.relations import BY_KEY, OTHER_PREDICATES
from .dates import check_precision, parse_period, shown
from .iris import BASE, entity_iri, hashed_iri, slug
from .model import Citation, Entity, Fact, SourceDocument, pounds

QUOTE_CONTEXT = 32  # characters of prefix and suffix, as Hypothes.is stores them
# Bumped when the quads built from the same document change, so a store builds its documents again.
BUILD_VERSION = "3"

_KIND_CLASS = {
    "body": "Body", "person": "Person", "post": "Post", "topic": "Topic", "publication": "Publication",
    "initiative": "Initiative", "area": "Area", "legislation": "Legislation", "grant": "FundingAllocation",
}
_DOC_CLASS = {
    "minutes": "Minutes", "report": "CommitteeReport", "briefing": "BriefingNote", "register": "Register",
    "data": "DataFile", "document": "Document", "vocabulary": "Vocabulary",
}
_FUNDING_TYPES = {"capital": "Capital", "revenue": "Revenue", "ring-fenced": "RingFenced", "one-off": "OneOff"}
_PERIOD_KINDS = {"financial_year": "FinancialYear", "year": "CalendarYear", "month": "Month", "years": "Years",
                 "recurring": "Recurring", "duration": "Duration", "other": "OtherPeriod"}


class _Terms:
    """A vocabulary's terms as pyoxigraph NamedNodes, each made once. Through rdflib's namespaces every use made a
    new URIRef, then a NamedNode from it: a fifth of the time of building a paper's quads (profiled)."""

    def __init__(self, namespace: Any):
        self._namespace = namespace

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):  # no term starts so; this keeps copy and pickle probes off the namespace
            raise AttributeError(name)
        node = NamedNode(str(self._namespace[name]))
        setattr(self, name, node)  # later uses are a plain attribute look-up
        return node

    def __getitem__(self, name: str) -> NamedNode:
        return getattr(self, name)


DCTERMS, GKG, OA, OPENGOV, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD = (
    _Terms(ns) for ns in (vocab.DCTERMS, vocab.GKG, vocab.OA, vocab.OPENGOV, vocab.ORG, vocab.PROV, vocab.RDF,
                          vocab.RDFS, vocab.SCHEMA, vocab.SKOS, vocab.XSD)
)
# rdflib terms given to n(): the relations' predicates, a closed set, so kept (bounded all the same).
_VOCABULARY: dict[str, NamedNode] = {}
_VOCABULARY_KEPT = 10_000


def n(iri: object) -> NamedNode:
    if isinstance(iri, NamedNode):
        return iri
    text = str(iri)
    if isinstance(iri, URIRef):
        node = _VOCABULARY.get(text)
        if node is None:
            node = NamedNode(text)
            if len(_VOCABULARY) < _VOCABULARY_KEPT:
                _VOCABULARY[text] = node
        return node
    return NamedNode(text)


def lit(value: object) -> Literal:
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=n(XSD.boolean))
    if isinstance(value, int):
        return Literal(str(value), datatype=n(XSD.integer))
    if isinstance(value, Decimal):
        return Literal(format(value, "f"), datatype=n(XSD.decimal))
    if isinstance(value, float):
        return Literal(repr(value), datatype=n(XSD.decimal))
    if isinstance(value, dt.datetime):
        return Literal(value.isoformat(timespec="seconds"), datatype=n(XSD.dateTime))
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=n(XSD.date))
    return Literal(str(value))


def text_literal(value: str) -> Literal:
    """The object of a fact given as text: a date when it is one (a next meeting), else plain text."""
    try:
        return lit(dt.date.fromisoformat(value))
    except ValueError:
        return Literal(value)


def date_literal(date: dt.date, precision: str | None) -> Literal:
    """A date as precise as it is known: xsd:gYear, xsd:gYearMonth or xsd:date (a financial year is dated by
    its first day; gkg:datePrecision says what it is)."""
    if check_precision(precision) == "year":
        return Literal(f"{date.year:04d}", datatype=n(XSD.gYear))
    if precision == "month":
        return Literal(f"{date.year:04d}-{date.month:02d}", datatype=n(XSD.gYearMonth))
    return lit(date)


def entity_class(entity: Entity) -> NamedNode:
    if entity.kind == "body":
        return n(GKG[body_type(entity).owl_class or "Body"])
    return n(GKG[entity.subtype or _KIND_CLASS[entity.kind]])


def body_type(entity: Entity) -> body_types.BodyType:
    """ENTITY's body type: the one its loader gave, else the one its name says (the class it was given wins)."""
    if entity.body_type:
        concept = body_types.concepts().get(entity.body_type)
        if concept is None:
            raise ValueError(f"{entity.name}: unknown body type {entity.body_type!r}")
        return body_types.BodyType("body", concept, entity.subtype or concept.owl_class, "given")
    return body_types.classify(entity.name, owl_class=entity.subtype)


def as_stated(entity: Entity) -> Entity:
    """ENTITY as the graph keeps it: a 'body' whose name says it is a project, programme, campaign or service
    (and that no loader typed) becomes an initiative."""
    if entity.kind == "body" and entity.subtype is None and entity.body_type is None and \
            body_types.classify(entity.name).kind == "initiative":
        return replace(entity, kind="initiative")
    return entity


class _Builder:
    def __init__(self, doc: SourceDocument):
        self.doc = doc
        self.doc_node = n(doc.iri)
        self.graph = self.doc_node
        self.quads: list[Quad] = []
        self._described: set[str] = set()

    def add(self, s: NamedNode, p: object, o: object, graph: object = None) -> None:
        obj = o if isinstance(o, NamedNode | Literal) else lit(o)
        self.quads.append(Quad(s, n(p), obj, self.graph if graph is None else graph))

    # -- entities

    def node(self, entity: Entity) -> NamedNode:
        return n(as_stated(entity).iri)

    def describe(self, entity: Entity) -> NamedNode:
        entity = as_stated(entity)
        node = n(entity.iri)
        if entity.iri in self._described:
            # described before from a bare name (another node's area): the names gathered since go on it too
            for alias in entity.aliases:
                if alias != entity.name:
                    self.add(node, SKOS.altLabel, Literal(alias))
            return node
        self._described.add(entity.iri)
        self.add(node, RDF.type, entity_class(entity))
        self.add(node, RDFS.label, Literal(entity.name))
        if entity.kind == "topic":
            self.add(node, RDF.type, n(SKOS.Concept))
        if entity.kind == "body":
            concept = body_type(entity).concept
            if concept is not None:
                self.add(node, ORG.classification, self.body_type_concept(concept.key))
        for alias in entity.aliases:
            if alias != entity.name:
                self.add(node, SKOS.altLabel, Literal(alias))
        if entity.area:
            area = Entity("area", entity.area)
            self.add(node, GKG.area, self.describe(area))
        return node

    def body_type_concept(self, key: str) -> NamedNode:
        """The concept (and its broader ones, and the scheme), described once in this document's graph."""
        scheme = n(body_types.SCHEME)
        if body_types.SCHEME not in self._described:
            self._described.add(body_types.SCHEME)
            self.add(scheme, RDF.type, n(SKOS.ConceptScheme))
            self.add(scheme, SKOS.prefLabel, Literal("govkg body types", language="en"))
        for concept in body_types.lineage(key):
            if concept.iri in self._described:
                break
            self._described.add(concept.iri)
            c = n(concept.iri)
            self.add(c, RDF.type, n(GKG.BodyType))
            self.add(c, SKOS.prefLabel, Literal(concept.label, language="en"))
            self.add(c, SKOS.inScheme, scheme)
            if concept.broader:
                self.add(c, SKOS.broader, n(body_types.BASE + concept.broader))
            else:
                self.add(c, SKOS.topConceptOf, scheme)
        return n(body_types.BASE + key)

    # -- facts

    def fact(self, fact: Fact) -> None:
        rel = BY_KEY[fact.relation]
        s = self.describe(fact.subject)
        if fact.relation == "funds":
            o = self.describe(fact.object)
            grant = self.grant(fact, s, o)
            self.assertion(fact, s, n(rel.predicate), o, detail=grant)
            if grant is not None and fact.amount is not None:
                self.assertion(fact, grant, n(GKG.amount), lit(fact.amount), relation="funding_amount")
            self.add(s, rel.predicate, o)
            return
        if fact.object is None and fact.value is not None and fact.relation == "other":
            # An 'other' fact whose object is text: how often a body meets, its remit, a former name.
            predicate = n(OTHER_PREDICATES.get(fact.other_kind or "", rel.predicate))
            value = text_literal(fact.value)
            self.add(s, predicate, value)
            self.assertion(fact, s, predicate, value)
            return
        if fact.object is None:
            raise ValueError(f"fact {fact.relation} from {fact.rule} has no object")
        o = self.describe(fact.object)
        predicate = n(OTHER_PREDICATES.get(fact.other_kind or "", rel.predicate))
        detail = None
        if fact.relation in ("attended", "apologies"):
            detail = self.meeting(fact, s, o)
        elif fact.relation == "holds_post":
            detail = self.holding(fact, s, o)
        self.add(s, predicate, o)
        self.assertion(fact, s, predicate, o, detail=detail)

    def meeting(self, fact: Fact, person: NamedNode, body: NamedNode) -> NamedNode:
        date = fact.as_of or self.doc.date
        precision = self._precision(fact)
        # a meeting known only by its year or month is named so, never as the 1st of January
        when = shown(date, precision).replace("/", "-") if date else f"undated-{slug(self.doc.key)}"
        path = body.value.removeprefix(BASE).replace("/", "-")
        node = NamedNode(f"{BASE}meeting/{path}/{when}")
        if node.value not in self._described:
            self._described.add(node.value)
            self.add(node, RDF.type, n(GKG.Meeting))
            self.add(node, GKG.meetingOf, body)
            label = f"Meeting of {fact.object.name}" + (f", {shown(date, precision)}" if date else "")
            self.add(node, RDFS.label, Literal(label))
            if date:
                self.add(node, SCHEMA.startDate, date_literal(date, precision))
                if precision and precision != "day":
                    self.add(node, GKG.datePrecision, Literal(precision))
            self.add(node, SCHEMA.recordedIn, self.doc_node)
        self.add(node, SCHEMA.attendee if fact.relation == "attended" else GKG.apologiesFrom, person)
        return node

    def holding(self, fact: Fact, person: NamedNode, post: NamedNode) -> NamedNode:
        node = NamedNode(hashed_iri("holding", person.value, post.value))
        self.add(node, RDF.type, n(GKG.PostHolding))
        self.add(node, ORG.member, person)
        self.add(node, OPENGOV.post, post)
        # validity stays an xsd:date (so every engine compares it); a rough one says how rough
        for prop, value, precision, note in (
            (SCHEMA.validFrom, fact.valid_from, fact.valid_from_precision, GKG.validFromPrecision),
            (SCHEMA.validThrough, fact.valid_through, fact.valid_through_precision, GKG.validThroughPrecision),
        ):
            if value:
                self.add(node, prop, value)
                if check_precision(precision) not in (None, "day"):
                    self.add(node, note, Literal(precision))
        return node

    def grant_iri(self, fact: Fact) -> NamedNode:
        # One allocation however many documents repeat it (360Giving's double-counting rule); a period written
        # two ways ("2014/15", "2014-15") is one period.
        period = parse_period(fact.period)
        return NamedNode(hashed_iri("grant", self.node(fact.subject).value, self.node(fact.object).value,
                                    fact.amount, period.label if period else ""))

    def grant(self, fact: Fact, funder: NamedNode, recipient: NamedNode) -> NamedNode | None:
        if fact.amount is None and not fact.period and not fact.purpose and fact.part_of is None:
            return None
        node = self.grant_iri(fact)
        self.add(node, RDF.type, n(GKG.FundingAllocation))
        self.add(node, RDF.type, n(SCHEMA.MonetaryGrant))
        self.add(node, SCHEMA.funder, funder)
        self.add(node, SCHEMA.fundedItem, recipient)
        label = f"{fact.subject.name} to {fact.object.name}"
        if fact.amount is not None:
            amount = NamedNode(node.value + "#amount")
            self.add(node, GKG.amount, lit(fact.amount))
            self.add(node, SCHEMA.amount, amount)
            self.add(amount, RDF.type, n(SCHEMA.MonetaryAmount))
            self.add(amount, SCHEMA.value, lit(fact.amount))
            self.add(amount, SCHEMA.currency, Literal("GBP"))
            label = f"{pounds(fact.amount)} from {label}"
        period = parse_period(fact.period)
        if period is not None:
            self.add(node, GKG.period, Literal(period.written))
            self.add(node, GKG.periodKind, n(GKG[_PERIOD_KINDS[period.kind]]))
            if period.start is not None and period.end is not None:
                self.add(node, SCHEMA.startDate, period.start)
                self.add(node, SCHEMA.endDate, period.end)
            label += f" ({period.label})"
        if fact.per_recipient:
            self.add(node, GKG.perRecipient, True)
            label += " each"
        if fact.recipient_count is not None:
            self.add(node, GKG.recipientCount, fact.recipient_count)
        if fact.part_of is not None:
            parent = fact.part_of
            if parent.relation != "funds" or parent is fact:
                raise ValueError(f"{fact.subject.name} to {fact.object.name}: part_of must be another funds fact")
            self.add(node, GKG.partOf, self.grant_iri(parent))
        if fact.purpose:
            self.add(node, GKG.purpose, Literal(fact.purpose))
        if fact.funding_type:
            self.add(node, GKG.fundingType, n(GKG[_FUNDING_TYPES[fact.funding_type]]))
        self.add(node, RDFS.label, Literal(label))
        return node

    def _precision(self, fact: Fact) -> str | None:
        return fact.as_of_precision if fact.as_of else self.doc.date_precision

    def assertion(
        self, fact: Fact, s: NamedNode, p: NamedNode, o: NamedNode | Literal, *,
        detail: NamedNode | None = None, relation: str | None = None,
    ) -> None:
        text = self.doc.text
        a = NamedNode(hashed_iri("assertion", s.value, p.value, o.value, self.doc.iri, fact.start, fact.end))
        ev, quote, pos = (NamedNode(a.value + frag) for frag in ("#evidence", "#quote", "#position"))
        self.add(a, RDF.type, n(GKG.Assertion))
        self.add(a, RDF.subject, s)
        self.add(a, RDF.predicate, p)
        self.add(a, RDF.object, o)
        self.add(a, GKG.relation, Literal(relation or fact.relation))
        self.add(a, PROV.wasDerivedFrom, self.doc_node)
        self.add(a, GKG.rule, Literal(fact.rule))
        self.add(a, GKG.confidence, lit(Decimal(str(round(fact.confidence, 3)))))
        date = fact.as_of or self.doc.date
        if date:
            self.add(a, GKG.asOf, lit(date))
            precision = self._precision(fact)
            if precision and precision != "day":
                self.add(a, GKG.datePrecision, Literal(precision))
        for prop, value in ((GKG.qualifier, fact.qualifier), (GKG.note, fact.note), (GKG.citation, fact.citation)):
            if value:
                self.add(a, prop, Literal(value))
        if fact.source is not None:
            self.add(a, DCTERMS.source, self.citation(fact.source))
        if fact.on_body is not None:
            self.add(a, GKG.onBody, self.describe(fact.on_body))
        if detail is not None:
            self.add(a, GKG.detail, detail)
        self.add(a, GKG.evidence, ev)
        self.add(ev, RDF.type, n(OA.SpecificResource))
        self.add(ev, OA.hasSource, self.doc_node)
        self.add(ev, OA.hasSelector, quote)
        self.add(ev, OA.hasSelector, pos)
        self.add(quote, RDF.type, n(OA.TextQuoteSelector))
        self.add(quote, OA.exact, Literal(text[fact.start:fact.end]))
        self.add(quote, OA.prefix, Literal(text[max(0, fact.start - QUOTE_CONTEXT):fact.start]))
        self.add(quote, OA.suffix, Literal(text[fact.end:fact.end + QUOTE_CONTEXT]))
        self.add(pos, RDF.type, n(OA.TextPositionSelector))
        self.add(pos, OA.start, fact.start)
        self.add(pos, OA.end, fact.end)

    def citation(self, source: Citation) -> NamedNode:
        """The source a curated fact cites, field by field (one node per distinct citation)."""
        fields = (source.title, source.publisher, source.date, source.date_precision, source.item, source.url,
                  source.body)
        node = NamedNode(hashed_iri("citation", *(f or "" for f in fields)))
        if node.value in self._described:
            return node
        self._described.add(node.value)
        self.add(node, RDF.type, n(GKG.Citation))
        self.add(node, DCTERMS.title, Literal(source.title))
        if source.publisher:
            self.add(node, DCTERMS.publisher, Literal(source.publisher))
        if source.body:
            self.add(node, GKG.meetingBody, Literal(source.body))
        if source.date:
            self.add(node, DCTERMS.date, date_literal(source.date, source.date_precision))
            if source.date_precision and source.date_precision != "day":
                self.add(node, GKG.datePrecision, Literal(source.date_precision))
        if source.item:
            self.add(node, GKG.item, Literal(source.item))
        if source.url:
            self.add(node, SCHEMA.url, Literal(source.url))
        return node

    # -- the document itself

    def metadata(self) -> list[Quad]:
        doc, d = self.doc, self.doc_node
        out: list[Quad] = []

        def meta(p: object, o: object) -> None:
            out.append(Quad(d, n(p), o if isinstance(o, NamedNode | Literal) else lit(o), d))

        meta(RDF.type, n(GKG[_DOC_CLASS.get(doc.doc_type, "Document")]))
        meta(DCTERMS.title, Literal(doc.title or doc.key))
        if doc.date:
            meta(DCTERMS.date, date_literal(doc.date, check_precision(doc.date_precision)))
            if doc.date_precision and doc.date_precision != "day":
                meta(GKG.datePrecision, Literal(doc.date_precision))
        else:
            meta(GKG.dateMissing, True)
        if doc.council is not None:
            meta(DCTERMS.publisher, self.node(doc.council))
        if doc.body is not None:
            meta(GKG.aboutBody, self.node(doc.body))
        if doc.area:
            meta(DCTERMS.spatial, n(entity_iri("area", doc.area)))
        meta(DCTERMS.source, Literal(doc.source))
        meta(GKG.sha256, Literal(doc.sha256))
        meta(GKG.loader, Literal(doc.loader))
        meta(GKG.buildVersion, Literal(BUILD_VERSION))
        meta(PROV.generatedAtTime, dt.datetime.now(dt.UTC).replace(microsecond=0))
        return out


def build(doc: SourceDocument) -> tuple[list[Quad], list[Quad]]:
    """(metadata quads, facts and evidence quads), all in the document's own graph; the store merges them
    into the default graph (graph/merged.py)."""
    b = _Builder(doc)
    if doc.council is not None:
        b.describe(doc.council)
    if doc.body is not None:
        b.describe(doc.body)
    for entity in doc.entities:
        b.describe(entity)
    for fact in doc.facts:
        b.fact(fact)
    b.add(b.doc_node, GKG.plainText, Literal(doc.text))
    return b.metadata(), b.quads
