"""Small builders for tests: a document with facts in an invented council (no seed text)."""

from __future__ import annotations

import datetime as dt

from govkg.graph.model import Entity, Fact, SourceDocument
from govkg.loaders import content_hash

BOARD = Entity("body", "Anytown Safer Communities Board", subtype="Board", aliases=("SCB",), area="Anytown")
COUNCIL = Entity("body", "Anytown Borough Council", subtype="Council", area="Anytown")
PERSON = Entity("person", "J K Rowntree")
POST = Entity("post", "Director of Public Health", scope="Anytown")
TOPIC = Entity("topic", "Prevent", iri_override="https://w3id.org/govkg/id/topic/prevent")


def make_doc(text: str, facts: list[tuple[Entity, str, Entity, str]], key: str = "anytown-minutes",
             date: dt.date | None = dt.date(2022, 5, 4), **fact_kw) -> SourceDocument:
    """A document whose facts each cite the first occurrence of their quote in TEXT."""
    doc = SourceDocument(key=key, source=f"{key}.txt", text=text, sha256=content_hash(text.encode(), "test"),
                         loader="test", doc_type="minutes", title="Anytown minutes", date=date,
                         date_precision="day" if date else None)
    for subject, relation, obj, quote in facts:
        start = text.index(quote)
        doc.facts.append(Fact(subject, relation, obj, start, start + len(quote), rule="test", **fact_kw))
    return doc
