"""The area a body is its area's own body for: "the Safer Norfolk Board, the county's strategic partnership", "the
Board is the city's local delivery partnership", "(the district's community safety partnership)"; and the area whose
partners it brings together: "brings together the responsible authorities for the borough", "brings the partner
agencies of Halton together". The body covers the place its own name carries ("the county" in a sentence about
Safer Norfolk is Norfolk) or the place the sentence names.

The statutory community safety partnership of an area is read by structure's _area_partnership (which says more of
it: the body is the area's CSP); this reads what that leaves, whatever the body is called: an area's strategic
partnership, board or forum covers that area as much as its CSP does. A council is its area's by definition, and a
body whose name carries no place gives nothing: which area "the borough" is, the sentence alone does not say.
"""

from __future__ import annotations

import re

from . import ExtractionDoc, reads
from .structure import _AREA_WORD, _named_area, _own_area, _partnership_before

# "the county's strategic partnership", "as the borough's statutory community safety partnership", "(the city's
# local delivery partnership)": the area word's possessive, a few words, then a noun a body is called by
_OWN_BODY = re.compile(r"(?:,\s+|\(\s*|\b(?:is|was|are|were|as|remains|acts\s+as|serves\s+as)\s+)(?:also\s+|now\s+)?"
                       r"the\s+(?P<word>" + _AREA_WORD + r")['’]s\s+(?:[a-z-]+\s+){0,5}?"
                       r"(?:partnership|body|board|forum|network|alliance)\b", re.I)
# "brings together the responsible authorities for the borough", "brings the partner agencies of Halton together"
_PARTNERS = (r"(?:(?:statutory|responsible|relevant|partner|local|key|public)\s+)*"
             r"(?:authorities|partners|agencies|organisations|bodies|services)")
_BRINGS = re.compile(r"\bbrings?\s+(?:together\s+)?the\s+" + _PARTNERS + r"\s+(?:of|for|in|across)\s+"
                     r"(?:the\s+(?P<word>(?-i:" + _AREA_WORD + r"))\b|(?P<place>(?-i:[A-Z])[\w'’-]*"
                     r"(?:(?:\s+(?:upon|on|and|of))?\s+(?-i:[A-Z])[\w'’-]*){0,3}))", re.I)
_COUNCIL = re.compile(r"\bCouncil$")


@reads("'s", "’s", "brings", "bring")
def owned_areas(doc: ExtractionDoc) -> None:
    for _, (s0, s1) in doc.prose():
        said = doc.text[s0:s1]
        if "'s" in said or "’s" in said:
            for m in _OWN_BODY.finditer(doc.text, s0, s1):
                _covers(doc, s0, m.start(), m.end(), None)
        if "bring" in said:
            for m in _BRINGS.finditer(doc.text, s0, s1):
                _covers(doc, s0, m.start(), m.end(), m if m.group("place") else None)


def _covers(doc: ExtractionDoc, s0: int, at: int, end: int, named_place: re.Match | None) -> None:
    found = _partnership_before(doc, s0, at)
    if found is None:
        return
    named, body = found
    if body is doc.resolver.council or _COUNCIL.search(body.name):
        return
    place = _named_area(doc, named_place) if named_place else _own_area(doc, body)
    if place is None or any(f.relation == "covers_area" and f.subject.iri == body.iri for f in doc.facts):
        return  # (an area already read for the body, by the rule for an area's CSP, is the one meant)
    doc.add(body, "covers_area", place, named.start, end, "area:owned", 0.8)

