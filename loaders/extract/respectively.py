"""Two posts and two people paired by "respectively".

"The Partnership's Chair and Vice-Chair, chosen in May, are Jo Bright, ..., and Sam Frost, ..., respectively",
"Jo Bright and Sam Frost were elected Chair and Vice-Chair of the Partnership respectively": the first person
takes the first post and the second the second. Only the chair's posts are read: they are the ones whose body the
sentence names ("of the Board").
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from . import ExtractionDoc, reads
from .lists import section_body

_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_RESPECTIVELY_WORDS = frozenset({"respectively"})  # what every match of _RESPECTIVELY holds
_CHAIR_POST = re.compile(r"\b(?P<vice>(?:Vice|Deputy)[- ])?Chair(?:man|woman|person)?\b")
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?$")


@reads("respectively")
def respective_chairs(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=_RESPECTIVELY_WORDS):
        if not _RESPECTIVELY.search(doc.text, start, end):
            continue
        posts = list(_CHAIR_POST.finditer(doc.text, start, end))
        people = [m for m in doc.mentions(start, end, expect_person=True) if m.kind == "person"]
        if len(posts) != 2 or len(people) != 2 or bool(posts[0].group("vice")) == bool(posts[1].group("vice")):
            continue  # two posts of different rank and two people, or the pairing is not sure
        body = _body_of(doc, posts[1].end(), end)
        if body is None:
            continue
        for post, person in zip(posts, people, strict=True):
            holder = doc.resolver.entity(person)
            relation = "vice_chair" if post.group("vice") else "chairs"
            doc.add(holder, relation, body, start, end, "respectively:chair", 0.8)


def _body_of(doc: ExtractionDoc, at: int, end: int) -> Entity | None:
    """The body named straight after the posts ("Chair and Vice-Chair of the Partnership")."""
    for m in doc.mentions(at, end):
        if not _OF_BODY.fullmatch(doc.text[at : m.start]):
            return None
        if m.kind != "body":
            return None
        line = next((ln for ln in doc.layout.lines if ln.start <= m.start < ln.end), None)
        e = (section_body(doc, line, m) if line is not None else None) or doc.resolver.entity(m)
        return e if e is not None and e.kind == "body" else None
    return None
