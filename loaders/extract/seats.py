"""Seats stated in a sentence that names no body to sit on.

    The statutory partners are A, B and C. D and E also sit on the Board as co-opted members.
    A co-opted seat is held by F. They are joined by G, which speaks for local charities, and by H.
    An officer from J sits in as an adviser, and K takes a seat on behalf of the borough's landlords.

The sentence says that organisations sit, not where: the body is the one whose members the paper was listing
just before (the members read from the sentences or the list above), else the one its bare head stands for ("the
Board", resolved as the paper's other sentences are), else none. The predicates are data (gazetteer/seats.yaml);
only bodies named whole, in a plain list before or after the predicate, are read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...graph.model import Entity
from .. import placenames
from ..gazetteer import _yaml
from ..lexicon import heads
from ..mentions import Mention, looks_like_person
from . import ExtractionDoc, reads

# a body's members listed this close before the sentence make it the body the seats are on
_NEAR = 600
# the clauses of a sentence: "An officer from X sits in as an adviser, and Y takes a seat ..."
_CLAUSE_CUT = re.compile(r",\s+and\s+(?=[A-Z])|;\s+")
# between two names of one list: a comma, "and", "and by", the article
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|&)\s+)?(?:by\s+)?(?:the\s+)?")
# an aside on the name before: ", which speaks for local voluntary groups,"
_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,.;]{2,120},")
_HEAD = re.compile(r"(?i)\bthe\s+(board|partnership|panel|group|forum|executive)\b")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], str]:
    data = _yaml("seats.yaml")
    subject = re.compile(r"\s+(?:" + "|".join(data["seated_subject"]) + r")(?=\s*(?:[,.;]|$|\s+on behalf\b|"
                         r"\s+for\b))", re.I)
    obj = re.compile(r"\b(?:" + "|".join(data["seated_object"]) + r")\s+", re.I)
    return subject, obj, data["delegate_lead"]


_WORDS = frozenset({"seat", " sit", " sat ", "members", "joined"})


@reads("seat", "sit", "sat", "members", "joined")
def seated_in_sentence(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=_WORDS):
        cuts = [start] + [m.end() for m in _CLAUSE_CUT.finditer(doc.text, start, end)] + [end]
        for a, b in zip(cuts, cuts[1:], strict=False):
            _clause(doc, a, b, start, end)


def _clause(doc: ExtractionDoc, a: int, b: int, start: int, end: int) -> None:
    subject_verb, object_verb, lead = _patterns()
    verb = subject_verb.search(doc.text, a, b)
    if verb is not None:
        members = _subjects(doc, a, verb.start(), lead)
    else:
        verb = object_verb.search(doc.text, a, b)
        members = _objects(doc, verb.end(), b) if verb is not None else []
    if not members:
        return
    owner = _seated_on(doc, start, doc.text[verb.start() : verb.end()])
    if owner is None:
        return
    for m in members:
        e = _organisation(doc, m)
        if e is not None and e.iri != owner.iri:
            doc.add(e, "member_of", owner, start, end, "seat:member_of", 0.8)


def _organisation(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """The organisation M names: a body, an office written as its post ("the Humberside Police and Crime
    Commissioner"), or a name of two words or more that is no person's ("Fareham Voluntary Action")."""
    if m.kind == "name" and len(m.name.split()) >= 2 and not looks_like_person(m.name.split()) and \
            m.name.split()[0] not in ("The", "They", "An", "A"):
        return doc.resolver.body_named(m.name, m.acronym, place=m.place)
    e = doc.resolver.entity(m)
    if e is None or e.kind not in ("body", "post"):
        return None
    return e if e.kind == "body" or heads().post_office_re.search(e.name) else None


def _seatable(m: Mention) -> bool:
    return m.kind in ("body", "name", "post")


def _split_pair(m: Mention) -> list[Mention]:
    """A name the gazetteer does not know that is two names joined by "and", each of two capitalised words or more
    and the first ending in a body's head noun ("Newark Business Forum and Newark Homes"), as the two; any other
    mention as itself ("South Tyneside and Sunderland NHS Foundation Trust" is one: "Tyneside" heads no body)."""
    parts = m.name.split(" and ")
    if m.kind not in ("name", "body") or len(parts) != 2 or not all(
            len(p.split()) >= 2 and all(w[:1].isupper() for w in p.split()) for p in parts) or \
            parts[0].split()[-1] not in heads().body or placenames.known_body_name(m.name) is not None:
        return [m]
    cut = m.start + len(parts[0])
    return [Mention(m.start, cut, "name", parts[0]), Mention(cut + 5, m.end, "name", parts[1])]


def _subjects(doc: ExtractionDoc, a: int, verb: int, lead: str) -> list[Mention]:
    """The bodies the clause opens with, in a plain list that runs up to the verb ("The Humberside Police and
    Crime Commissioner and East Riding Voluntary Action"), after "An officer from" at most; none when anything
    else stands before the verb (a person, a post, a clause of its own)."""
    opening = re.match(r"\s*(?:(?:" + lead + r")\s+)?(?:the\s+)?", doc.text[a:verb], re.I)
    pos = a + (opening.end() if opening else 0)
    found = []
    for m in (x for one in doc.mentions(pos, verb) for x in _split_pair(one)):
        if not _seatable(m) or not _LIST_GAP.fullmatch(doc.text, pos, m.start):
            return []
        found.append(m)
        pos = m.end
    return found if found and not doc.text[pos:verb].strip() else []


def _objects(doc: ExtractionDoc, a: int, b: int) -> list[Mention]:
    """The bodies named in a plain list after the phrase, an aside on one set in commas skipped ("G, which speaks
    for local charities, and by H")."""
    asides = [m.span() for m in _ASIDE.finditer(doc.text, a, b)]
    pos = a
    found = []
    for m in (x for one in doc.mentions(a, b) for x in _split_pair(one)):
        if any(x <= m.start < y for x, y in asides):
            continue
        gap_start = next((y - 1 for x, y in asides if pos <= x and y <= m.start), pos)
        if not _seatable(m) or not _LIST_GAP.fullmatch(doc.text, gap_start, m.start):
            break
        found.append(m)
        pos = m.end
    return found


def _seated_on(doc: ExtractionDoc, start: int, verb: str) -> Entity | None:
    """The body whose members the paper listed just before START (one body only), else the one the verb's bare
    head stands for ("sit on the Board"), else none."""
    listed = {f.object.iri: f.object for f in doc.facts if f.relation == "member_of" and f.object is not None and
              f.object.kind == "body" and start - _NEAR <= f.start < start and f.rule != "seat:member_of" and
              f.subject.kind == "body"}
    if len(listed) == 1:
        return next(iter(listed.values()))
    if listed:
        return None  # members of two bodies listed just before: which one the seats are on is unsaid
    head = _HEAD.search(verb)
    e = doc.resolver.reference(head.group(1), start) if head is not None else None
    if e is None and doc.resolver.body is not None:
        e = doc.scope_body(start)  # "A and B are members." in the paper of a body: the section's, else the paper's
    return e if e is not None and e.kind == "body" and e is not doc.resolver.council else None
