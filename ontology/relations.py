"""The relation table: each governance relation, the predicate that states it, and how to read it.

This is the one place that ties the relation names of the gold standard (chairs, oversees, ...) to RDF.
Loaders write facts by relation key; the graph builder, evaluation, question answering and the explorer
all read this table, so a relation is defined once.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from .vocab import DCTERMS, GKG, ORG


@dataclass(frozen=True)
class Relation:
    key: str
    predicate: URIRef
    phrase: str  # "X <phrase> Y"
    inverse_phrase: str  # "Y <inverse_phrase> X"
    subject_kinds: tuple[str, ...]
    object_kinds: tuple[str, ...]
    literal_object: bool = False


_ANY_BODY = ("body",)
_AGENT = ("person", "post", "body")

RELATIONS: tuple[Relation, ...] = (
    Relation("chairs", GKG.chairs, "chairs", "is chaired by", _AGENT, _ANY_BODY),
    Relation("vice_chair", GKG.viceChairOf, "is vice-chair of", "has as vice-chair", ("person", "post"), _ANY_BODY),
    Relation(
        "oversees", GKG.oversees, "oversees", "is overseen by", _AGENT,
        ("body", "post", "topic", "initiative", "publication"),
    ),
    Relation("reports_to", ORG.reportsTo, "reports to", "receives reports from", ("body", "post", "publication"),
             ("body", "post")),
    Relation("subgroup_of", ORG.subOrganizationOf, "is a sub-group of", "has sub-group", _ANY_BODY, _ANY_BODY),
    Relation("member_of", ORG.memberOf, "is a member of", "has member", ("person", "body", "post", "initiative"),
             _ANY_BODY),
    Relation("represented_by", GKG.representedBy, "is represented by", "represents", _ANY_BODY, ("person", "post")),
    Relation("holds_post", ORG.holds, "holds the post of", "is held by", ("person",), ("post",)),
    Relation("attended", GKG.attended, "attended a meeting of", "was attended by", ("person",), _ANY_BODY),
    Relation("apologies", GKG.sentApologiesTo, "sent apologies to", "had apologies from", ("person",), _ANY_BODY),
    Relation("funds", GKG.funds, "funds", "is funded by", _AGENT,
             ("body", "post", "initiative", "publication", "area")),
    Relation("funding_amount", GKG.amount, "amounts to", "is the amount of", ("grant",), (), literal_object=True),
    Relation("produces", GKG.produces, "produces", "is produced by", _AGENT, ("publication",)),
    Relation(
        "responsible_for", GKG.responsibleFor, "is responsible for", "is the responsibility of",
        _AGENT + ("topic", "initiative"),
        ("topic", "initiative", "legislation", "publication", "body"),
    ),
    Relation("covers_area", GKG.coversArea, "covers", "is covered by", _AGENT + ("initiative",), ("area",)),
    # a named duty is part of the Act that places it ("the Serious Violence Duty in Part 2 of the 2022 Act")
    Relation("part_of", DCTERMS.isPartOf, "is part of", "includes", ("topic", "initiative", "publication", "body"),
             ("topic", "initiative", "publication", "body", "legislation")),
    Relation("commissions", GKG.commissions, "commissions", "is commissioned by", _AGENT,
             ("body", "initiative", "publication")),
    Relation("delivers", GKG.delivers, "delivers", "is delivered by", _AGENT, ("initiative", "topic")),
    Relation("statutory_duty", GKG.hasStatutoryDutyUnder, "has a statutory duty under", "places a duty on", _AGENT,
             ("legislation", "initiative", "topic")),
    # a commissioner's or mayor's priorities, a fund's: "the Commissioner's priorities ... of preventing crime"
    Relation("priority_of", GKG.priorityOf, "is a priority of", "has as a priority", ("topic",),
             ("body", "publication", "post", "initiative")),
    Relation("led_by", GKG.ledBy, "is led by", "leads", ("initiative", "body", "publication", "topic"), _AGENT),
    Relation("other", GKG.relatedTo, "is related to", "is related to", _AGENT + ("initiative", "publication", "topic"),
             _AGENT + ("initiative", "publication", "topic", "area", "legislation")),
)

BY_KEY: dict[str, Relation] = {r.key: r for r in RELATIONS}
BY_PREDICATE: dict[URIRef, Relation] = {r.predicate: r for r in RELATIONS}
# 'other' facts may use a more specific sub-property; each still reads back as 'other'. The first two take an
# entity as object; the rest take text (Fact.value), which names no entity: "quarterly", a remit, a date.
OTHER_PREDICATES: dict[str, URIRef] = {
    "scrutinises": GKG.scrutinises,
    "replaces": GKG.replaces,
    "meetingFrequency": GKG.meetingFrequency,
    "remit": GKG.remit,
    "formerName": GKG.formerName,
    "nextMeeting": GKG.nextMeeting,
    "statement": GKG.statement,
}
# The sub-properties whose object is text, not an entity.
LITERAL_OTHER_KINDS = frozenset({"meetingFrequency", "remit", "formerName", "nextMeeting", "statement"})
for _p in OTHER_PREDICATES.values():
    BY_PREDICATE[_p] = BY_KEY["other"]


def relation(key: str) -> Relation:
    """The relation for KEY; raises KeyError naming the known keys when KEY is unknown."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown relation {key!r}; known: {', '.join(BY_KEY)}") from None
