"""A local body that calls itself the locality group (board, forum, branch) of a wider one is its sub-group.

"The Forum is the Northdale locality group of the Westshire Partnership", "The Board was set up as the district's
locality board of the county Board", "X is one of five locality groups that sit beneath the County Board", "It
is the borough's local delivery group of the Westshire Combating Drugs Partnership": subgroup_of X -> the wider body.
The wider body must be named after the words (a body, not a place: "the locality partnership for the borough" says
no body); the local one is the body the sentence opens on, or the one "It" stands for. Otherwise nothing.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from . import ExtractionDoc, reads

_LOCALITY = re.compile(
    r"\b(?:is|was|became|becomes|has\s+been|remains|acts\s+as|serves\s+as|(?:is|was)\s+(?:set\s+up|established|"
    r"created)\s+as)\s+(?:the\s+|an?\s+|one\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?)"
    # whose locality it is: a place's name, "the borough's", "its"
    r"(?:(?:[A-Z][\w'’-]*\s+){1,4}|(?:borough|district|city|county|area|town)['’]s\s+|its\s+)?"
    r"(?:locality|local\s+delivery)\s+(?:group|board|partnership|forum|arm|branch|sub-?group)s?\s+"
    r"(?:of|that\s+sits?\s+(?:beneath|under|below|within)|which\s+sits?\s+(?:beneath|under|below|within)|"
    r"sitting\s+(?:beneath|under|below|within))\s+(?:the\s+)?(?:county\s+|wider\s+)?")
# what may stand between the local body's name and the verb: its initials or a former name in brackets
_GAP = re.compile(r"\s*(?:\([^()]{1,100}\)\s*)?,?\s*")
# "It is ...", "Until April it was ...": a time set before the pronoun changes nothing
_IT = re.compile(r"\W*(?:\d+(?:\.\d+)*\s+)?(?:(?:Until|Since|From|Before|In)\b[^,.;]{0,40}?,?\s+i|I)t\s*")
_THE_HEAD = re.compile(r"\W*(?:\d+(?:\.\d+)*\s+)?(?:The|This)\s+(group|board|partnership|forum|panel)\s*")


@reads("locality", "local delivery")
def locality_groups(doc: ExtractionDoc) -> None:
    """Read "X is the <area> locality group of Y" as X subgroup_of Y."""
    sentences = list(doc.prose())
    for k, (_, (s0, s1)) in enumerate(sentences):
        for said in _LOCALITY.finditer(doc.text, s0, s1):
            wider = _body_at(doc, said.end(), s1)
            local = _local_body(doc, s0, said.start(), sentences[k - 1][1] if k > 0 else None)
            if wider is None or local is None or local.iri == wider.iri:
                continue
            doc.add(local, "subgroup_of", wider, s0, min(s1, said.end() + len(wider.name) + 20),
                    "locality:subgroup_of", 0.8)


def _body_at(doc: ExtractionDoc, at: int, end: int) -> Entity | None:
    m = next((x for x in doc.mentions(at, end) if x.start - at <= 1), None)
    return doc.named_body(m) if m is not None and m.kind == "body" else None


def _local_body(doc: ExtractionDoc, s0: int, verb: int, before: tuple[int, int] | None) -> Entity | None:
    """The body the sentence says is local: named right before the verb, else the one "It" stands for."""
    named = [m for m in doc.mentions(s0, verb) if m.kind == "body" and _GAP.fullmatch(doc.text, m.end, verb)]
    if named:
        return doc.named_body(named[-1])
    if (the := _THE_HEAD.fullmatch(doc.text, s0, verb)) is not None:
        # "The group is the ...": the body last named with that head, as "The Group" would be
        e = doc.resolver.reference(the.group(1), s0)
        return e if e is not None and e.kind == "body" else None
    if _IT.fullmatch(doc.text, s0, verb):
        from .clauses import antecedent  # clauses imports the readers' helpers at its top

        e = antecedent(doc, before, s0)
        return e if e is not None and e.kind == "body" else None
    return None
