"""Structure statements that no trigger between two mentions reads.

- A partnership named as an area's community safety body: "Safer Eastholme is the statutory community safety
  partnership for the borough", "the Eastholme Partnership (the city's CSP)", "was set up as Eastholme's statutory
  CSP" give `covers_area`. "The borough" or "the city's" stands for the paper's own area, and only when the
  partnership's own name carries that area: otherwise which area is meant is not known, and nothing is added.
- A list of sub-groups whose opener says they report ("three delivery groups, which report to the Board:") gives
  each item `reports_to` beside its `subgroup_of` (a list of groups that only "report to the Board" is not read as
  sub-groups: councils also list partner boards that way); "A and B are
  sub-groups of the Partnership and report to it" gives `reports_to` beside the `subgroup_of` the clause read.
- Councillors who sit somewhere "as Council representatives on the Police and Crime Panel" give `represented_by`
  (the council -> each councillor, on that panel).
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from .. import placenames
from ..mentions import Mention, looks_like_person
from . import ExtractionDoc

# the body an area's statutory partnership for community safety is; a generic partnership or board is not enough,
# since "the partnership for the borough" may be any of a council's partnerships
_ROLE = (r"(?:community safety partnership|csp|crime and disorder reduction partnership|cdrp|"
         r"(?:statutory )?body for community safety|community safety body)")
_AREA_WORD = r"(?:county borough|borough|county|city|district|area|island|town)"
_QUALIFIERS = r"(?:(?:statutory|designated|local|official|overarching|lead|main|single)\s+)*"
# "... is the statutory community safety partnership (CSP) for the borough of Eastholme"
_FOR_AREA = re.compile(
    r"\b(?:is|was|are|were|became|as|acts as|serves as|,)\s+(?:also\s+|now\s+)?(?:the|its|their)\s+" + _QUALIFIERS
    + _ROLE + r"(?:\s*\([A-Z]{2,6}\))?\s+(?:for|of|covering)\s+(?:the\s+(?P<word>(?:whole\s+|entire\s+)?" + _AREA_WORD
    + r")\b(?!\s+of\b)|(?:the\s+(?:(?:London|Royal|Metropolitan|County)\s+)?" + _AREA_WORD + r"\s+of\s+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|upon|on|and|in|of)){0,4}))", re.I)
# "... was set up as Eastholme's statutory CSP", "(the city's CSP)"
_OWNED = re.compile(
    r"(?:\b(?:is|was|are|were|became|as|acts as|serves as)\s+|\(\s*)(?:also\s+|now\s+)?(?:the\s+(?P<word>" + _AREA_WORD
    + r")|(?P<place>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|upon|on|and|of)){0,4}))['’]s\s+" + _QUALIFIERS
    + _ROLE + r"\b", re.I)
_CAPITALISED = re.compile(r"[A-Z]")


def structure(doc: ExtractionDoc) -> None:
    _groups_that_report(doc)
    for _, (start, end) in doc.prose():
        sentence = doc.text[start:end]
        low = sentence.lower()
        if any(w in low for w in ("partnership", "csp", "cdrp", "community safety")):
            _area_partnership(doc, start, end)
        if "representative" in low:
            _council_representatives(doc, start, end)


# the opener of a list of groups: what it says of them besides the relation its list rule read
_REPORT_TO = re.compile(r"\breport(?:s|ing)?\s+(?:directly\s+|regularly\s+|quarterly\s+|annually\s+)?(?:in)?to\b", re.I)
# "... are sub-groups of the Partnership and report to it quarterly"
_AND_TO_IT = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,?\s+and\s+(?:each\s+|both\s+|also\s+|they\s+)?report(?:s)?\s+"
                        r"(?:directly\s+|regularly\s+|formally\s+)?(?:in)?to\s+it\b", re.I)


def _groups_that_report(doc: ExtractionDoc) -> None:
    for f in list(doc.facts):
        if f.object is None or f.object.kind != "body":
            continue
        opener = doc.text[f.start : min(f.end, doc.text.find(":", f.start) + 1 or f.end)]
        to = _REPORT_TO.search(opener)
        if f.rule in ("list:subgroup_of", "inline-list:subgroup_of") and to and _reported_to_owner(
                doc, f.start + to.end(), f.start + len(opener), f.object):
            doc.add(f.subject, "reports_to", f.object, f.start, f.end, "structure:groups_report", 0.8)
        elif f.rule == "clause:subgroup_of" and f.qualifier is None:
            m = _AND_TO_IT.match(doc.text, f.end)
            if m:
                doc.add(f.subject, "reports_to", f.object, f.start, m.end(), "structure:report_to_it", 0.8)


def _reported_to_owner(doc: ExtractionDoc, a: int, b: int, owner: Entity) -> bool:
    """The body the groups report to, named between A and B, is the list's owner (or none is named: "report to
    it"); "sub-groups, which report to the Executive Board:" names another body, which is left alone."""
    named = [m for m in doc.mentions(a, b) if m.kind in ("body", "post", "name")]
    if not named:
        return True
    e = doc.resolver.entity(named[0]) if named[0].kind != "name" else None
    if e is None and named[0].back_ref and len(named[0].name.split()) == 1:
        return True  # "which report to the Board", in the owner's own paper, with no other board named before
    return e is not None and e.iri == owner.iri


def _area_partnership(doc: ExtractionDoc, s0: int, s1: int) -> None:
    for pattern in (_FOR_AREA, _OWNED):
        for m in pattern.finditer(doc.text, s0, s1):
            found = _partnership_before(doc, s0, m.start())
            if found is None:
                continue
            named, subject = found
            place = _named_area(doc, m) if m.group("place") else _own_area(doc, subject)
            if place is not None:
                doc.add(subject, "covers_area", place, named.start, m.end(), "structure:area_partnership", 0.85)


def _partnership_before(doc: ExtractionDoc, s0: int, a: int) -> tuple[Mention, Entity] | None:
    """The body named just before A: the sentence's subject ("Safer Eastholme is ...") or the name a bracket
    describes ("the Eastholme Partnership (the city's CSP)"); none when other words stand between."""
    before = [m for m in doc.mentions(s0, a) if m.end <= a]
    if not before:
        return None
    m = before[-1]
    gap = doc.text[m.end : a]
    # "was formally set up, under the Act of 1998, as ...": a short verb phrase of the subject's own may stand between
    if len(re.findall(r"[A-Za-z0-9]+", gap)) > 4 and not re.match(r"\s*(?:was|is|has been)\s+(?:formally\s+)?"
                                                                   r"(?:set up|established|constituted)\b", gap):
        return None
    if m.kind == "legislation" and len(before) > 1:
        m = before[-2]
    if m.kind == "name" and (m.head == "acronym" or looks_like_person(m.name.split()) or len(m.name.split()) < 2):
        e = doc.resolver.entity(m) if m.head == "acronym" else None
    elif m.kind == "name":
        e = doc.resolver.body_named(m.name, m.acronym, place=m.place)  # "Safer Eastholme": a partnership's brand
    elif m.kind == "body":
        e = doc.resolver.entity(m)
    else:
        return None
    return (m, e) if e is not None and e.kind == "body" else None


def _named_area(doc: ExtractionDoc, m: re.Match) -> Entity | None:
    name = re.sub(r"^the\s+", "", m.group("place"), flags=re.I)
    place = placenames.canonical_place(name)
    if place is None:
        # a place the gazetteer lacks is taken only when the text names it as a place elsewhere
        if name not in (doc.resolver.ctx.places or ()) and name != doc.resolver.ctx.area:
            return None
        place = name
    area = doc.resolver.entity(Mention(m.start("place"), m.end("place"), "place", place))
    return doc.resolver.remember(area, name) if area is not None and name != place else area  # "City of York"


def _own_area(doc: ExtractionDoc, subject: Entity) -> Entity | None:
    """The paper's own area, for "the borough": only when the partnership's name carries it."""
    area = doc.resolver.ctx.area
    if not area or not re.search(r"\b" + re.escape(area) + r"\b", subject.name):
        return None
    return doc.resolver.entity(Mention(0, 0, "place", area))


# "Councillors Ann Rees and Tom Vale declared ... as Council representatives on the Police and Crime Panel"
_AS_REPRESENTATIVES = re.compile(r"\bas\s+(?:the\s+)?(?:County |City |Borough |District )?Council(?:['’]s)?"
                                 r"\s+representatives?\s+(?:on|to)\s+(?:the\s+)?", re.I)


def _council_representatives(doc: ExtractionDoc, s0: int, s1: int) -> None:
    council = doc.resolver.council
    if council is None:
        return
    for m in _AS_REPRESENTATIVES.finditer(doc.text, s0, s1):
        mentions = doc.mentions(s0, s1)
        on = next((x for x in mentions if x.start == m.end() and x.kind == "body"), None)
        on_body = doc.resolver.entity(on) if on is not None else None
        if on_body is None or on_body.kind != "body" or on_body.iri == council.iri:
            continue
        people = _people_before(doc, mentions, s0, m.start())
        for person in people:
            doc.add(council, "represented_by", person, s0, on.end, "structure:council_representative", 0.8,
                    on_body=on_body)


def _people_before(doc: ExtractionDoc, mentions: list[Mention], s0: int, a: int) -> list[Entity]:
    """The people the sentence opens with ("Councillors A and B declared ..."): a list of people and nothing else
    before the verb, so that nobody else's words are taken for theirs."""
    before = [x for x in mentions if x.end <= a]
    people: list[Entity] = []
    for x in before:
        # "A B Jones and C Smith": the second name of a pair may be read with its "and"
        name = re.sub(r"^(?:and|&)\s+", "", x.name)
        if x.kind == "person" or (x.kind == "name" and x.head != "acronym" and looks_like_person(name.split())):
            people.append(doc.resolver.known_person(name) or doc.resolver.person(
                Mention(x.end - len(name), x.end, "person", name, title=x.title, rank=x.rank)))
        elif x.kind in ("body", "post"):
            return []  # someone's post or body between: the sentence is about more than these councillors
    return people
