"""The area a body is its area's own body for: "the Safer Norfolk Board, the county's strategic partnership", "the
Board is the city's local delivery partnership", "(the district's community safety partnership)"; and the area whose
partners it brings together: "brings together the responsible authorities for the borough", "brings the partner
agencies of Halton together". The body covers the place its own name carries ("the county" in a sentence about
Safer Norfolk is Norfolk) or the place the sentence names.

A body named for a place covers it when the sentence says its work reaches over that area: "works for the whole
county", "is overseen for the whole county by the Lincolnshire Partnership", "co-ordinates that work across the
borough", "Its area is the whole of the borough", "its footprint is the Central Bedfordshire Council area", "the
statutory board for the London Borough of Bexley", "across the Warwickshire Police force area". The area word must
be the kind of place the name carries ("across the county" says nothing of a borough's partnership).

The statutory community safety partnership of an area is read by structure's _area_partnership (which says more of
it: the body is the area's CSP); this reads what that leaves, whatever the body is called: an area's strategic
partnership, board or forum covers that area as much as its CSP does. A council is its area's by definition, and a
body whose name carries no place gives nothing: which area "the borough" is, the sentence alone does not say.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from .. import placenames
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



# "the county", whole: not "the county's", "the city-region", "the county borough of X", "the county council"
_KIND_WORD = (r"(?P<word>(?-i:county borough|borough|district|county|city))\b(?!['’]s|-)"
              r"(?!\s+(?:council|police|of|borough)\b)")
_PLACE = r"(?P<place>(?-i:[A-Z])[\w'’-]*(?:\s+(?:upon\s+)?(?-i:[A-Z])[\w'’-]*){0,3}?)"
# the reach of a body's work over an area: by the word for it, or by its place written out
_SCOPES = (
    # "for the whole county", "across the borough", "throughout the whole of the district"
    # ("for the borough" alone is said of a council's partnership by structure's rule for an area's CSP)
    re.compile(r"\b(?:for\s+(?:all\s+of\s+)?the\s+whole\s+(?:of\s+the\s+)?|(?:across|throughout)\s+(?:all\s+of\s+)?"
               r"the\s+(?:whole\s+(?:of\s+the\s+)?)?)" + _KIND_WORD, re.I),
    # "Its area is the whole of the borough", "its footprint is the Wigan Council area"
    re.compile(r"\b(?:its|their)\s+(?:area|footprint|geography)\s+(?:is|covers)\s+(?:the\s+)?"
               r"(?:whole\s+(?:of\s+)?(?:the\s+)?)?(?:" + _KIND_WORD + r"|" + _PLACE + r"\s+(?:Council\s+)?area\b)",
               re.I),
    # "the statutory board for the London Borough of Bexley"
    re.compile(r"\bfor\s+the\s+(?-i:(?:London|Royal|Metropolitan|County)\s+)?(?-i:Borough|District|City|County)\s+"
               r"of\s+" + _PLACE + r"(?=[\s,.;:)]|$)", re.I),
    # "across the Warwickshire Police force area"
    re.compile(r"\bacross\s+the\s+" + _PLACE + r"\s+(?:Police\s+|Constabulary\s+)?force\s+area\b", re.I),
)
_FORMER = re.compile(r"(?i)\b(?:formerly|previously|replacing|replaced|once|(?:was|were)\s+(?:known\s+as|called))\s+"
                     r"(?:known\s+as\s+)?(?:the\s+)?$")
# a council or a force works across its area by definition; several bodies at once are no one body
_NO_FORUM = re.compile(r"\b(?:Council|Police|Constabulary|Commissioner|Authority|Partnerships|Boards|CSPs)$")
_SCOPE_WORDS = frozenset({"whole", "across", "throughout", "footprint", "area", "geography", "borough", "district",
                          "city", "county"})


@reads(*_SCOPE_WORDS)
def area_scopes(doc: ExtractionDoc) -> None:
    before: tuple[int, int] | None = None
    for _, (s0, s1) in doc.prose():
        span, before = before, (s0, s1)
        for pattern in _SCOPES:
            for m in pattern.finditer(doc.text, s0, s1):
                _scoped(doc, s0, s1, m, span)


def _scoped(doc: ExtractionDoc, s0: int, s1: int, m: re.Match, before: tuple[int, int] | None) -> None:
    """The body the sentence names for the area the scope M speaks of covers that area."""
    found = []
    for x in doc.mentions(s0, s1):
        body = doc.resolver.entity(x) if x.kind == "body" else None
        if _FORMER.search(doc.text, max(s0, x.start - 20), x.start) or _NAME_GOES_ON.match(doc.text, x.end) or \
                doc.text[x.start : x.start + 1].islower():  # ("would be the partnership for ...": a common noun)
            # "(formerly the X Steering Group)": the body's old name, not another body; "the X Partnership Board"
            # read short of its last word is no body of its own
            continue
        if body is not None and body.kind == "body" and not _NO_FORUM.search(body.name) and \
                placenames.council_named(body.name) is None:  # ("London Borough of Bexley" is its council)
            place = _one_place(doc, body)
            if place is not None and _fits(doc, m, place):
                found.append((x, body, place))
    if not found and re.match(r"\s*(?:Its|Their|It)\b", doc.text[s0:s1]) and before is not None:
        from .clauses import antecedent  # clauses reads owners: imported when needed

        body = antecedent(doc, before, s0)
        place = _one_place(doc, body) if body is not None and body.kind == "body" and \
            not _NO_FORUM.search(body.name) else None
        if place is not None and _fits(doc, m, place):
            found.append((None, body, place))
    if len({body.iri for _, body, _ in found}) > 1:
        # "Its area is ...": the sentence's subject's; else the body the scope's clause is said of
        found = found[:1] if re.match(r"(?i)its|their", m.group(0)) else _nearest_before(doc, found, m.start())
    if len({body.iri for _, body, _ in found}) != 1:
        return  # none, or two bodies for the one area: which works across it, the sentence does not say
    named, body, place = found[0]
    if any(f.relation == "covers_area" and f.subject.iri == body.iri for f in doc.facts):
        return  # (an area already read for the body is the one meant)
    start = min(named.start, m.start()) if named is not None else s0
    doc.add(body, "covers_area", place, start, max(m.end(), named.end if named is not None else m.end()),
            "area:scope", 0.8)


_NAME_GOES_ON = re.compile(r"\s+(?:Board|Group|Panel|Forum|Executive|Partnership|Committee)\b")


def _one_place(doc: ExtractionDoc, body: Entity) -> Entity | None:
    """The one place BODY's name carries, a place the gazetteer knows or the paper's own area: not the core of a
    name guessed as one, nor one of two ("Kent and Medway": a joint area, which no area word names)."""
    if len({name for _, _, name in placenames.scan_places(body.name)}) > 1:
        return None
    place = _own_area(doc, body)
    return place if place is not None and (placenames.is_place(place.name) or
                                           place.name == doc.resolver.ctx.area) else None


def _fits(doc: ExtractionDoc, m: re.Match, place: Entity) -> bool:
    """PLACE is the area the scope speaks of: the place it writes out, or a place of the kind its word says ("the
    county" is a county's; a council whose style the gazetteer does not give, "Wigan Council", may be either)."""
    if m.groupdict().get("place"):
        return placenames.canonical_place(m.group("place")) == place.name or m.group("place") == place.name
    word = m.group("word").casefold()
    council = placenames.council_of(place.name) or ""
    styled = re.search(r"(?i)\b(county borough|borough|district|city|county)\b", council)
    if styled is None:
        return True
    return styled.group(1).casefold() == word or (word == "borough" and styled.group(1).casefold() ==
                                                  "county borough")


def _nearest_before(doc: ExtractionDoc, found: list, at: int) -> list:
    """Of several bodies for the area, the one named last before the scope ("the Board, which co-ordinates ...
    across the county"; "the Service carries out that role for the whole county and is overseen by the Board");
    none when it is joined to the one before it ("A and B work across the district": both)."""
    before = [f for f in found if f[0] is not None and f[0].end <= at]
    if not before:
        return []
    if len(before) > 1 and re.fullmatch(r"\s*(?:,|and|&)\s*(?:the\s+)?",
                                        doc.text[before[-2][0].end : before[-1][0].start]):
        return []
    return [before[-1]]
