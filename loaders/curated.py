"""A curated register read as what it is: facts recorded by hand, each stated as a sentence with its source.

The register file (YAML or CSV) is how an officer writes the facts down; what govkg stores and shows is a
readable document of them: one sentence per fact ("A B Nokes chairs the Overview and Scrutiny Performance
Board.") followed by the source it was taken from. Each fact's evidence is its own sentence, so every page
and answer that quotes evidence quotes a statement, never a YAML record.
"""

from __future__ import annotations

from ..graph.dates import parse_period, shown
from ..graph.model import Citation, Fact, SourceDocument
from ..ontology.relations import BY_KEY

HEADING = "Curated register: facts recorded by hand, each with the source it was taken from."


def _money(amount: object) -> str:
    return f"£{amount:,.0f}" if amount is not None else ""


def statement(fact: Fact) -> str:
    """FACT as one plain sentence."""
    s, o = fact.subject.name, fact.object.name if fact.object is not None else (fact.value or "")
    rel = BY_KEY[fact.relation]
    if fact.relation == "other":
        text = f"{s} is related to {o}: {fact.note}" if fact.note else f"{s} is related to {o}"
    elif fact.relation == "represented_by" and fact.on_body is not None:
        text = f"{s} is represented by {o} on {fact.on_body.name}"
    else:
        text = f"{s} {rel.phrase} {o}"
    details = []
    if fact.relation == "funds":
        amount = _money(fact.amount)
        if amount and fact.per_recipient:
            amount += " for each recipient" + (f" ({fact.recipient_count})" if fact.recipient_count else "")
        period = parse_period(fact.period)
        when = (f"for {period.label}" if period.dated else period.written) if period else ""
        money = " ".join(x for x in (amount, when) if x)
        if money:
            text += f": {money}"
        for extra in (fact.purpose, fact.funding_type):
            if extra:
                details.append(extra)
        if fact.part_of is not None and fact.part_of.object is not None:
            details.append(f"part of {fact.part_of.subject.name}'s {_money(fact.part_of.amount)} to "
                           f"{fact.part_of.object.name}".replace("  ", " "))
    if fact.valid_from:
        details.append(f"from {shown(fact.valid_from, fact.valid_from_precision)}")
    if fact.valid_through:
        details.append(f"until {shown(fact.valid_through, fact.valid_through_precision)}")
    if fact.qualifier:
        details.append(fact.qualifier)
    if details:
        text += f" ({'; '.join(details)})"
    return text.rstrip(".") + "."


def source_line(source: Citation | None) -> str:
    if source is None:
        return "Source: not cited."
    parts = [source.title]
    if source.body:
        parts.append(source.body)
    if source.publisher:
        parts.append(source.publisher)
    if source.date:
        parts.append(shown(source.date, source.date_precision) or "")
    if source.item:
        parts.append(source.item if source.item[:1].isalpha() else f"item {source.item}")
    if source.url:
        parts.append(source.url)
    return "Source: " + "; ".join(p for p in parts if p) + "."


def curate(doc: SourceDocument) -> SourceDocument:
    """DOC with its stored text rewritten as the register's statements; each fact's span is its sentence."""
    lines = [doc.title or doc.key, HEADING, ""]
    offset = sum(len(line) + 1 for line in lines)
    for number, fact in enumerate(doc.facts, start=1):
        prefix = f"{number}. "
        sentence = statement(fact)
        fact.start, fact.end = offset + len(prefix), offset + len(prefix) + len(sentence)
        line = prefix + sentence
        cite = "   " + source_line(fact.source)
        lines += [line, cite]
        offset += len(line) + 1 + len(cite) + 1
    doc.text = "\n".join(lines) + "\n"
    return doc
