"""Places named in a list inside a coverage sentence: "The Partnership covers A, B, C and the surrounding villages",
"..., covering the towns of A and B", "the district, which takes in A, B and C", "a panel which heard cases from A,
B and C", "every town in X, from A to B".

"The area of X, including A, B and C" is left unread: the read sets' gold codes such towns on eleven papers and
leaves them out on three, and read as places they were wrong more often than one time in three, there and on
papers not read.

The body that covers them is the one the sentence already gives an area (a `covers_area` read before, ending before
the list), else the body the coverage verb follows, else (a sentence opening "It covers" or "Ours covers") the body
the pronoun stands for. Each listed name is a place unless the paper names a body, post or person there. With no
word for what is listed, two names at least: one name alone may be anything the area includes. When the sentence
names no body before the list, nothing is added.
"""

from __future__ import annotations

import re

from ..mentions import Mention, looks_like_person
from . import ExtractionDoc, reads
from .clauses import antecedent, slot_entity

# the coverage verb, and what it says the names are ("the towns of", "both")
_CUE = re.compile(
    r"\b(?P<verb>covers|covering|(?:which|that)\s+covers|(?:which|that)\s+takes?\s+in|takes?\s+in|taking\s+in|"
    r"heard\s+cases\s+from|hears\s+cases\s+from|works\s+across|working\s+across|serves|serving)\s+"
    r"(?P<said>(?:both|the\s+(?:towns?|villages?|districts?|boroughs?|(?:market\s+)?towns?|communities)\s+of)\s+)?",
    re.I)
# "..., from A to B": the two ends of an area the sentence has just said is covered
_FROM_TO = re.compile(r",?\s+from\s+(?P<said>)", re.I)
# between the body and its coverage verb: its initials, a relative pronoun, an adverb
_SUBJECT_GAP = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*,?\s*(?:(?:which|that)\s+)?"
                          r"(?:(?:now|also|still|has|have|had)\s+)*")
_ITEM = re.compile(r"(?:the\s+(?:town|city|village|borough|district|Isle)\s+of\s+)?"
                   r"(?P<name>(?:Isle\s+of\s+)?[A-Z][\w'’-]*(?:(?:[ \t]+|\n[ \t]*|-)(?:upon|on|in|le|under|by|"
                   r"[A-Z][\w'’-]*)){0,3})")
# ("A, B and C and D, and E": a list that closes on ", and" joins its items so; an "and" before is a place's own)
_OXFORD = re.compile(r"\s*,\s*and\s+")
_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+to\s+")
_OWN_AND = re.compile(r"\s+and\s+(?=[A-Z])")
# the end of a list: its last item followed by the rest of the sentence, not another capitalised name
_BODY_WORDS = re.compile(r"\b(?:Council|Partnership|Board|Police|Service|Services|Group|Panel|Team|Unit|Authority|"
                         r"Commissioner|Trust|Committee|Constabulary|Force|Office)$")


@reads("cover", "takes in", "taking in", "cases from", "across", "serves", "serving")
def listed_places(doc: ExtractionDoc) -> None:
    previous: tuple[int, int] | None = None
    for _, (s0, s1) in doc.prose():
        before, previous = previous, (s0, s1)
        for cue in _CUE.finditer(doc.text, s0, s1):
            _read_list(doc, s0, s1, cue, before)
        if "cover" not in doc.text[s0:s1].lower():
            continue  # "from A to B" ends an area only a coverage verb has just named
        covered = [f for f in doc.facts if f.relation == "covers_area" and s0 <= f.start < s1]
        for f in covered:
            m = _FROM_TO.match(doc.text, f.end)
            if m is not None:
                _add(doc, f.subject, _items(doc, m.end(), s1, to=True), s0, exact=2)


def _read_list(doc: ExtractionDoc, s0: int, s1: int, cue: re.Match[str], before: tuple[int, int] | None) -> None:
    holder = _holder(doc, s0, cue.start(), before)
    if holder is None:
        return
    items = _items(doc, cue.end(), s1)
    if len(items) < (1 if cue.group("said") and "both" not in cue.group("said").lower() else 2):
        return
    _add(doc, holder, items, s0)


def _holder(doc: ExtractionDoc, s0: int, at: int, before: tuple[int, int] | None):
    """Who covers what the list names: the body given an area earlier in the sentence, else the body right
    before the verb, else what an opening "It"/"Ours" stands for."""
    given = [f for f in doc.facts if f.relation == "covers_area" and s0 <= f.start and f.end <= at]
    if given:
        return given[-1].subject
    bodies = [x for x in doc.mentions(s0, at) if x.end <= at]
    if bodies and bodies[-1].kind == "body" and _SUBJECT_GAP.fullmatch(doc.text, bodies[-1].end, at):
        return doc.resolver.entity(bodies[-1])
    if re.match(r"\W*(?:It|Ours|Our\s+area)\s+(?:now\s+|also\s+)?$", doc.text[s0:at]):
        return antecedent(doc, before, s0)
    return None


def _items(doc: ExtractionDoc, at: int, s1: int, to: bool = False) -> list[tuple[int, int, str]]:
    """The capitalised names listed from AT: (start, end, name) each, up to the first thing that is not one."""
    out: list[tuple[int, int, str]] = []
    pos = at
    oxford = not to and _OXFORD.search(doc.text, at, s1) is not None
    while pos < s1:
        m = _ITEM.match(doc.text, pos, s1)
        if m is None:
            break
        end = m.end("name")
        while oxford and (own := _OWN_AND.match(doc.text, end, s1)) and (more := _ITEM.match(doc.text, own.end(), s1)):
            end = more.end("name")  # "Askam and Ireleth, and Walney Island": the first "and" is in a name
        name = " ".join(doc.text[m.start("name") : end].split())
        if _BODY_WORDS.search(name):
            return []  # a body in the list: a list of partners, not places
        out.append((m.start("name"), end, name))
        sep = _SEP.match(doc.text, end, s1)
        if sep is None or (not to and sep.group(0).strip() == "to") or (to and sep.group(0).strip() != "to"):
            break
        if to:
            to = False  # "from A to B": two ends, no more
            pos = sep.end()
            m2 = _ITEM.match(doc.text, pos, s1)
            if m2 is not None and not _BODY_WORDS.search(m2.group("name")):
                out.append((m2.start("name"), m2.end("name"), " ".join(m2.group("name").split())))
            break
        pos = sep.end()
    return out


def _add(doc: ExtractionDoc, holder, items: list[tuple[int, int, str]], s0: int, exact: int | None = None) -> None:
    if holder is None or holder.kind != "body" or not items or (exact is not None and len(items) != exact):
        return
    if all(looks_like_person(name.split()) for _, _, name in items):
        return  # "heard cases from Jo Lee and Sam Reed": every name a person's shape, none a place's
    mentions = doc.mentions(s0, items[-1][1])
    for start, end, name in items:
        named = [x for x in mentions if x.start < end and start < x.end]
        if any(x.kind in ("body", "post", "person") for x in named):
            return  # the paper names a body or a person there: not a list of places
        place = next((x for x in named if x.kind == "place" and x.start == start and x.end == end), None)
        e = slot_entity(doc, place, "covers_area", "object", frozenset({"place"})) if place is not None else \
            doc.resolver.entity(Mention(start, end, "place", name))
        if e is None or e.iri == holder.iri or e.name == holder.name:
            continue
        doc.add(holder, "covers_area", e, min(s0, start), end, "coverage:listed_places", 0.8)
