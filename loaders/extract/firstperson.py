"""A paper written in the first person by the councillor it names as its author.

A portfolio holder's or cabinet member's report ("Portfolio Holder Report to Council - Cllr Jo Bright") speaks
as "I" and "myself": "represented via myself as Leader of the Council", "I am the Council's representative on the
Police and Crime Panel". "myself as <post>" gives the author that post; "I am ... representative on <body>" makes the
author a member of the body, representing the council. (A third form, "representation on <body> is fulfilled
through myself", was one seed paper's wording made a pattern and fired on no other of ~150 read papers: removed.)
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from . import ExtractionDoc, reads

# the title lines that name a report's author: "Portfolio Holder Report to Council - Cllr X", "Report of Cllr X"
_AUTHOR_LINE = re.compile(r"(?i)\b(?:report|briefing|update)\b[^\n]{0,60}\b(?:cllr|councillor)\b")
_MYSELF_AS = re.compile(r"\bmyself,?\s+as\s+(?:the\s+)?")
_I_REPRESENT = re.compile(r"\bI\s+am\s+(?:also\s+)?(?:the|a|our)\s+(?P<org>[^.;:]{0,60}?)\s*representative\s+"
                          r"(?:on|to)\s+(?:the\s+)?")
_FIRST_PERSON_WORDS = frozenset({"myself", "representative"})


@reads("i am", "myself")  # _author: a paper that never says "I am" or "myself" has no author to read
def first_person(doc: ExtractionDoc) -> None:
    author = _author(doc)
    if author is None:
        return
    # every match of _MYSELF_AS holds "myself", every match of _I_REPRESENT "representative"
    for _, (start, end) in doc.prose(holding=_FIRST_PERSON_WORDS):
        for said in _MYSELF_AS.finditer(doc.text, start, end):
            post = _named_at(doc, said.end(), end, ("post",))
            if post is not None:
                doc.add(author, "holds_post", post, start, end, "first_person:post", 0.8)
        for said in _I_REPRESENT.finditer(doc.text, start, end):
            _represents(doc, author, _named_at(doc, said.end(), end, ("body",)), start, end)


def _author(doc: ExtractionDoc) -> Entity | None:
    """The councillor a report's title lines name as its author, when the paper speaks in the first person."""
    if not re.search(r"\b(?:I am|myself)\b", doc.text):
        return None
    for line in doc.layout.lines[:15]:
        if not _AUTHOR_LINE.search(line.text):
            continue
        people = [m for m in doc.mentions(line.content_start, line.end, expect_person=True) if m.kind == "person"]
        if len(people) == 1:
            return doc.resolver.entity(people[0])
    return None


_GENERIC = re.compile(r"(?P<head>panel|board|partnership|committee|forum)\b(?!s)", re.I)
_AND_PERSON = re.compile(r"\s+and\s+(?=[A-Z])")


def _named_at(doc: ExtractionDoc, at: int, end: int, kinds: tuple[str, ...]) -> Entity | None:
    """The entity of one of KINDS named right at AT ("the panel" standing for the panel last named)."""
    for m in doc.mentions(at, end):
        if m.start - at > 1:
            break
        if m.kind == "post" and "post" in kinds:
            return _post_before_person(doc, m)
        if m.kind in kinds or (m.kind == "name" and m.head == "acronym"):
            e = doc.resolver.entity(m)
            return e if e is not None and e.kind in kinds else None
        return None
    generic = _GENERIC.match(doc.text, at, end)
    if generic and "body" in kinds:
        e = doc.resolver.reference(generic.group("head"), at)
        return e if e is not None and e.kind == "body" else None
    return None


def _post_before_person(doc: ExtractionDoc, m) -> Entity | None:
    """ "myself as Leader of the Council and Jo Lee, Chief Executive": the post ends before the next person."""
    cut = _AND_PERSON.search(doc.text, m.start, m.end)
    if cut is not None and any(x.kind == "person" for x in doc.mentions(cut.end(), m.end + 40, expect_person=True)
                               if x.start == cut.end()):
        return doc.resolver.post_named(doc.text[m.start : cut.start()])
    e = doc.resolver.entity(m)
    return e if e is not None and e.kind == "post" else None


def _represents(doc: ExtractionDoc, author: Entity, body: Entity | None, start: int, end: int) -> None:
    if body is None:
        return
    doc.add(author, "member_of", body, start, end, "first_person:member", 0.8)
    council = doc.resolver.council
    if council is not None and council.iri != body.iri:
        doc.add(council, "represented_by", author, start, end, "first_person:represents", 0.75, on_body=body)
