"""Appositions: a person named beside their post in prose.

"Jo Lee, Head of Community Safety, said ...", "Dr Jo Lee (Director of Public Health)", "the Director of
Public Health, Dr Jo Lee", "Cabinet Member for Communities Cllr Jo Lee" all give `holds_post`; a police rank
before a name ("Chief Inspector Jo Lee") is the post that person holds.
"""

from __future__ import annotations

import re

from ..lexicon import names
from . import ExtractionDoc
from .attendance import _chaired_body as _chaired

_PERSON_THEN_POST = re.compile(r"^\s*(?:,|\(|–|-)?\s*(?:the |our |its |their |his |her )?(?:new |interim |acting )?$")
_POST_THEN_PERSON = re.compile(r"^\s*(?:,|\(|–|-)?\s*$")


def _is_chair_marker(name: str) -> bool:
    n = names()
    return name in n.chair_markers or name in n.vice_chair_markers


def appositions(doc: ExtractionDoc) -> None:
    r = doc.resolver
    for _, (start, end) in doc.prose():
        mentions = [m for m in doc.mentions(start, end) if m.kind in ("person", "post")]
        for i, m in enumerate(mentions):
            if m.kind != "person":
                continue
            person = r.person(m)
            if m.rank:
                doc.add(person, "holds_post", r.post_named(m.rank), m.start, m.end, "apposition:rank", 0.85)
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt is not None and nxt.kind == "post" and nxt.role in ("chair_of", "vice_chair_of"):
                # "Anthony May, Chair of the Safer Nottinghamshire Board"
                gap = doc.text[m.end : nxt.start]
                body = _chaired(doc, nxt)
                if body is not None and _PERSON_THEN_POST.match(gap):
                    rel = "chairs" if nxt.role == "chair_of" else "vice_chair"
                    doc.add(person, rel, body, m.start, nxt.end, f"apposition:{rel}", 0.85)
                continue
            if nxt is not None and nxt.kind == "post" and not nxt.role and not _is_chair_marker(nxt.name):
                gap = doc.text[m.end : nxt.start]
                if _PERSON_THEN_POST.match(gap):
                    doc.add(person, "holds_post", r.post(nxt), m.start, nxt.end, "apposition:person-post", 0.85)
                    continue
            prev = mentions[i - 1] if i > 0 else None
            if prev is not None and prev.kind == "post" and not prev.role and not _is_chair_marker(prev.name):
                gap = doc.text[prev.end : m.start]
                if _POST_THEN_PERSON.match(gap):
                    doc.add(person, "holds_post", r.post(prev), prev.start, m.end, "apposition:post-person", 0.85)
