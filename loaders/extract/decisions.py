"""Decision notices: the paper a commissioner, mayor or cabinet member signs, and who makes and writes it.

A decision notice (or record) opens with its kind as a heading ("DECISION NOTICE", "MAYORAL DECISION NOTICE",
"DECISION MAKING RECORD") and a block of fields: the decision's number, its title, the decision maker and the
report's author. The notice is a paper of its own: the decision maker and the author produce it. It is named by
its kind and number ("Decision Notice OPCC 2024/031"), and known by its number and title too, as papers cite it.
A notice with no number is left: nothing tells it from the next one.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from ..lexicon import layout
from ..mentions import Mention
from . import ExtractionDoc, reads

# the heading that says what kind of paper this is, with its number after a colon when it gives one there
_KIND = re.compile(r"(?i)^\W*(?:(?:mayoral|executive|officer|key|individual|delegated|cabinet member)\s+)?"
                   r"(?P<kind>decision\s+(?:notice|record|making\s+record|sheet))\b(?:\s*\([^()]*\))?"
                   r"(?:\s*[:\-–]\s*(?P<number>\S.{0,30}?))?\s*$")
_NUMBER_LABELS = frozenset({"decision number", "decision no", "decision no.", "decision reference", "decision ref",
                            "reference", "reference number", "ref", "decision record number", "notice number"})
_TITLE_LABELS = frozenset({"title", "report title", "decision title", "subject"})
# who wrote the report the decision rests on (a contact officer only answers questions about it)
_AUTHOR_LABELS = frozenset({"report author", "author", "authors", "report by", "author and job role",
                            "report authors", "prepared by"})
_NUMBER = re.compile(r"[A-Z]{0,8}[-\s]?[A-Z]{0,4}\s?\d[\w/.-]*\d|\d+")
_HEAD_LINES = 14  # the notice's fields stand at its top


@reads("decision")
def decision_notices(doc: ExtractionDoc) -> None:
    lines = [ln for ln in doc.layout.lines if ln.kind != "blank"][:_HEAD_LINES]
    kind, number, title = None, None, None
    fields: list[tuple[str, int, int]] = []
    for ln in lines:
        said = _KIND.match(ln.text)
        if said is not None and kind is None:
            kind = " ".join(w.capitalize() for w in said.group("kind").split())
            number = number or (said.group("number") or "").strip() or None
            continue
        if ln.kind in ("field", "row") and ln.label and ln.value_start is not None and ln.value:
            label = ln.label.strip().casefold()
            value = " ".join(doc.text[ln.value_start : ln.end].split())
            if label in _NUMBER_LABELS and number is None:
                number = value
            elif label in _TITLE_LABELS and title is None:
                title = value
            else:
                fields.append((label, ln.value_start, ln.end))
    if kind is None or number is None or not _NUMBER.fullmatch(number):
        return
    paper = _paper(doc, kind, number, title)
    kinds = layout().fields
    for label, start, end in fields:
        if kinds.get(label) == "decision_maker" and label not in ("approved by", "signed by"):
            maker = _first(doc, start, end, ("post", "body"))
            if maker is not None:
                doc.add(maker, "produces", paper, start, end, "decision:maker", 0.85)
        elif label in _AUTHOR_LABELS:
            author = _first(doc, start, end, ("person",))
            if author is not None:
                doc.add(author, "produces", paper, start, end, "decision:author", 0.85)


def _paper(doc: ExtractionDoc, kind: str, number: str, title: str | None) -> Entity:
    """The notice, named by its kind and number, and known by its number alone and with its title."""
    name = f"{kind} {number}"
    written = [number, f"Decision {number}", f"{kind}: {number}"]
    if title:
        written += [title, f"Decision {number} {title}", f"{name} {title}"]
    return doc.resolver.remember(Entity("publication", name), name, *written)


def _first(doc: ExtractionDoc, start: int, end: int, kinds: tuple[str, ...]) -> Entity | None:
    """The first name of a field's value, when it is of one of KINDS ("Report author: Jo Lee, Head of ...")."""
    found: list[Mention] = doc.mentions(start, end, expect_person="person" in kinds)
    if not found or found[0].start - start > 4:
        return None
    e = doc.resolver.entity(found[0])
    if e is None and "person" in kinds and found[0].kind == "person":
        e = doc.resolver.person(found[0])
    return e if e is not None and e.kind in kinds else None
