"""Funding fields: the money a register or a record box states for the body the record names.

A register of partnerships writes one record a body, "Partnership: Safer Y" then "Council funding: £96,500
(2023/24); the ICB contributes £48,000 and Y Police £12,000". The label may name the giver ("Council funding",
"PCC grant"); each sum in the value may name its own ("£287,500 Youth Justice Board grant", "passed through from
the PCC's grant", "(Office for Health Improvement and Disparities)", "the ICB contributes £48,000"). A sum whose
giver neither the label nor its own clause names is dropped: the record only says who receives it.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from ..mentions import Mention
from ..money import amount_or_none
from . import ExtractionDoc, reads
from .fields import boxed_field, record_owner
from .funding import _AGENT_KINDS, _OWNED_GRANT_AFTER, _STREAM_HEAD, _fund_owner, grant_period, resolve_party
from .remit import _RECORD_NAME

# "Council funding", "PCC grant", "Funding", "Partner contributions", "Annual budget": a label that states money
_MONEY_LABEL = re.compile(r"(?i)(?P<giver>.*?)\s*\b(?:funding|contributions?|grants?|allocations?|budget)"
                          r"(?:\s+\(?(?:19|20)\d\d\S*\)?)?")
# where one sum's clause ends and the next one's begins: "; the ICB contributes £N", ", with £N", ", plus £N",
# " and Y Police £N"
_CLAUSE_BREAK = re.compile(r"\s*;\s*|,?\s+(?:plus|with|and)\s+|,\s+")
_BEFORE_BY = re.compile(r"^\s*(?:(?:also\s+)?(?:contributes?|contributed|provides?|provided|gives?|gave|adds?|added|"
                        r"pays?|paid|funds?|funded)\s+)?(?:a\s+further\s+)?$", re.I)
_FROM = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$|\(\s*$", re.I)
_ANY_AGENT = (*_AGENT_KINDS, "name")


@reads("£")
def funding_fields(doc: ExtractionDoc) -> None:
    """Each money field of a record whose "Partnership:" or "Name:" field names the body it funds."""
    lines = doc.layout.lines
    for i, line in enumerate(lines):
        field = _label_value(doc, line)
        if field is None:
            continue
        (a, b), (c, d) = field
        label = _MONEY_LABEL.fullmatch(" ".join(doc.text[a:b].split()).rstrip(": "))
        if label is None or "£" not in doc.text[c:d]:
            continue
        # a register's record of fields (fields.record_owner reads it for every field), else a box's
        owner = record_owner(doc, i) or (_boxed_record(doc, i) if line.kind == "row" else None)
        if owner is None:
            continue
        named = _label_giver(doc, a, a + len(label.group("giver")))
        if named is False:
            continue  # a label that names what is not a giver ("Total funding", "Revenue budget")
        _sums(doc, owner, named, line.start, c, d)


def _label_value(doc: ExtractionDoc, line) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The label's and the value's spans of a box's two-cell row (as fields reads it) or of a field line
    ("Funding: £N")."""
    boxed = boxed_field(doc, line)
    if boxed is not None:
        return boxed
    if line.kind == "field" and line.label and line.value_start is not None:
        return (line.start, line.value_start), (line.value_start, line.end)
    return None


def _boxed_record(doc: ExtractionDoc, i: int) -> Entity | None:
    """The body a box's row I is in names in its "| Partnership: |" or "| Name: |" row, above in the same box (a
    blank line or a rule ends the box): a register of one record, which fields.record_owner does not take."""
    lines = doc.layout.lines
    for k in range(i - 1, max(-1, i - 16), -1):
        line = lines[k]
        if line.kind == "blank" or (line.kind == "row" and line.label == "separator"):
            return None
        field = _label_value(doc, line)
        if field is None:
            continue
        (a, b), (c, d) = field
        if " ".join(doc.text[a:b].split()).rstrip(": ").casefold() not in _RECORD_NAME:
            continue
        # the label says the value names a body: a name of two words or more there is one
        found = [m for m in doc.mentions(c, d) if m.kind == "body" or (m.kind == "name" and len(m.name.split()) > 1)]
        e = resolve_party(doc, found[0], ("body", "name")) if found and found[0].start - c <= 2 else None
        return e if e is not None and e.kind == "body" else None
    return None


def _label_giver(doc: ExtractionDoc, a: int, b: int) -> Entity | None | bool:
    """The giver the label's words before "funding" name: None for none ("Funding:"), False for words that name
    no giver ("Total funding:")."""
    words = doc.text[a:b].strip()
    if not words:
        return None
    if re.fullmatch(r"(?i)(?:the\s+)?council(?:'s|’s)?", words):
        return doc.resolver.council or False
    found = [m for m in doc.mentions(a, b) if m.kind in _AGENT_KINDS]
    if len(found) == 1 and doc.text[found[0].end : b].strip() in ("", "'s", "’s"):
        return resolve_party(doc, found[0], _AGENT_KINDS) or False
    return False


def _sums(doc: ExtractionDoc, owner: Entity, named: Entity | None, quote: int, c: int, d: int) -> None:
    """Each sum of the value C..D, given to OWNER by the giver its own clause names, else (the first sum only)
    by NAMED."""
    whole = grant_period(doc.text[c:d])
    for k, (s, e) in enumerate(_clauses(doc, c, d)):
        money = [m for m in doc.mentions(s, e) if m.kind == "money"]
        if len(money) != 1 or amount_or_none(money[0].name) is None:
            continue
        giver = _clause_giver(doc, s, e, money[0]) or (named if k == 0 else None)
        if giver is None or giver.iri == owner.iri:
            continue
        receiver = _purpose(doc, money[0].end, e) or owner
        doc.add(giver, "funds", receiver, quote, e, "funding:field", 0.8, amount=amount_or_none(money[0].name),
                period=grant_period(doc.text[s:e]) or whole)


def _clauses(doc: ExtractionDoc, c: int, d: int) -> list[tuple[int, int]]:
    """The value C..D cut into one clause a sum, at breaks outside any name ("Avon and Somerset Police" is one);
    a piece without a sum goes with the clause before it."""
    names = [(m.start, m.end) for m in doc.mentions(c, d) if m.kind != "money"]
    cuts = [x for x in _CLAUSE_BREAK.finditer(doc.text, c, d)
            if not any(a < x.start() < b or a < x.end() - 1 < b for a, b in names)]
    pieces, start = [], c
    for x in cuts:
        pieces.append((start, x.start()))
        start = x.end()
    pieces.append((start, d))
    merged: list[tuple[int, int]] = []
    for s, e in pieces:
        if merged and "£" not in doc.text[s:e]:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _clause_giver(doc: ExtractionDoc, s: int, e: int, money: Mention) -> Entity | None:
    """The giver one sum's clause names: "X contributes £N", "X £N", "£N X grant", "£N ... from X", "£N (X)"."""
    found = [m for m in doc.mentions(s, e) if m.kind != "money"]
    before = [m for m in found if m.end <= money.start]
    if before and before[-1].kind in _ANY_AGENT and _BEFORE_BY.match(doc.text[before[-1].end : money.start]):
        return resolve_party(doc, before[-1], _AGENT_KINDS)
    for m in (m for m in found if m.start >= money.end):
        gap = doc.text[money.end : m.start]
        owned = not gap.strip() or re.fullmatch(r"\s*\([^()]*\)\s*", gap)  # "£N (2023/24) Y Board grant"
        if _FROM.search(gap) or (owned and _OWNED_GRANT_AFTER.match(doc.text, m.end, e)):
            if m.kind in ("initiative", "name", "topic") and _STREAM_HEAD.search(m.name):
                return _fund_owner(doc, m)
            giver = resolve_party(doc, m, _AGENT_KINDS) if m.kind in _ANY_AGENT else None
            if giver is not None:
                return giver
    return None


# "£1,246,000 Public Health Grant for substance misuse treatment": what the sum is for, written after it
_FOR_PURPOSE = re.compile(r"[^;£]*?\bfor\s+(?P<what>[a-z][a-z -]{3,60}?)\s*$")


def _purpose(doc: ExtractionDoc, at: int, e: int) -> Entity | None:
    said = _FOR_PURPOSE.match(doc.text, at, e)
    if said is None or re.match(r"(?:19|20)\d\d|the\s+year", said.group("what")):
        return None
    a, b = said.span("what")
    return doc.resolver.thing("initiative", Mention(a, b, "initiative", " ".join(said.group("what").split())))
