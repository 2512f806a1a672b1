"""A chair named by a copula: "The Chair of the Fire Authority is Councillor Jo Lee and the Vice-Chair is
Councillor Sam Reed." The chair's title names the body ("Chair of the X"); the person after "is" chairs it, and a
vice-chair joined to the same sentence by "and" is vice-chair of the same body.

The other copula forms ("The Board's chair is ...", "Its Vice-Chair is ...") are clause triggers; this one puts the
body inside the title, which no trigger can see on one side.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from ..mentions import Mention
from . import ExtractionDoc, reads
from .attendance import chaired_body

# what opens the title: "The Chair of ...", "the current Vice-Chair of ...", "Its Chair of ..." is not English
_OPENING = re.compile(r"(?:^|[;:]\s*|\band\s+|\b)[Tt]he\s+(?:(?:current|present|new|incoming)\s+)?$")
_IS = re.compile(r"\s+(?:is|was|will be|has been)\s+(?:currently\s+|now\s+)?")
# "... and the Vice-Chair is Councillor Sam Reed": the second role, of the same body
_AND_VICE = re.compile(r"\s*,?\s+and\s+the\s+(?P<role>(?:Vice|Deputy)[- ]?Chair(?:man|woman|person)?)\s+"
                       r"(?:is|was|will be)\s+(?:currently\s+)?", re.I)
_WORDS = frozenset({"chair"})


@reads(*_WORDS)
def chair_is(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=_WORDS):
        mentions = doc.mentions(start, end, expect_person=True)
        for k, m in enumerate(mentions[:-1]):
            if m.role not in ("chair_of", "vice_chair_of") or not _OPENING.search(doc.text, start, m.start) or \
                    _OPENING.search(doc.text, start, m.start).end() != m.start:
                continue
            person = _person_after(doc, mentions[k + 1], m.end)
            body = _titled_body(doc, m)
            if person is None or body is None:
                continue
            relation = "chairs" if m.role == "chair_of" else "vice_chair"
            doc.add(person, relation, body, m.start, mentions[k + 1].end, f"chair_is:{relation}", 0.85)
            if relation == "chairs":
                _vice_after(doc, mentions[k + 2 :], mentions[k + 1].end, body, m.start)


def _person_after(doc: ExtractionDoc, nxt: Mention, at: int) -> Entity | None:
    """The person named right after "is" at AT, else None (a post, a body, or more words between)."""
    said = _IS.match(doc.text, at)
    if said is None or said.end() != nxt.start or nxt.kind != "person":
        return None
    return doc.resolver.person(nxt)


def _titled_body(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """The body "Chair of the X" names: a full name, or "the Authority", "the Board" for the body named before."""
    named = re.sub(r"^.*?\bof\s+(?:the\s+)?", "", m.name)
    # a head word alone ("the Authority") stands for a body named before it, never a body called that
    body = doc.resolver.back_reference(named, m.start) if " " not in named else chaired_body(doc, m)
    return body if body is not None and body.kind == "body" else None


def _vice_after(doc: ExtractionDoc, rest: list[Mention], at: int, body: Entity, quote_start: int) -> None:
    said = _AND_VICE.match(doc.text, at)
    if said is None:
        return
    person = next((x for x in rest if x.start >= said.end()), None)
    if person is None or person.start != said.end() or person.kind != "person":
        return
    doc.add(doc.resolver.person(person), "vice_chair", body, quote_start, person.end, "chair_is:vice_chair", 0.85)
