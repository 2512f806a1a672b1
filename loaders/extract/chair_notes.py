"""A sub-group's chair given as a note beside the sentence or item that names the group.

- A vice-chair joined to a chair's sentence: "X is chaired by A; the vice-chair is B", "It is chaired by A of the
  Police; its vice-chair is Cllr B, Cabinet Member": B is vice-chair of the body A chairs (the chairs fact the
  sentence already gave says which body that is).
- A chair who "takes the chair" in a group's item: "Supply Group - a Detective Inspector of Westshire Police takes
  the chair": the post, with the organisation it serves kept in its name ("Detective Inspector, Westshire Police"),
  or the person when one is named (CONVENTIONS.md rule G).

The paper not saying which body is meant (no chairs fact in the sentence, no group opening the item) gives nothing.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from . import ExtractionDoc, reads

# "; the vice-chair is", ", and its vice-chair is", "; the deputy chair will be": the second seat of the same body
_VICE_IS = re.compile(r"\s*(?:;|,?\s+and|,\s+while)\s+(?:the|its)\s+(?:vice|deputy)[- ]?chair(?:man|woman|person)?\s+"
                      r"(?:is|was|will\s+be)\s+(?:currently\s+)?", re.I)
# what may stand between the chair named and the joined clause: an apposition or "of" and the chair's employer
_APPOSED = re.compile(r"(?:\s*,[^;,.]{1,120}|\s+of\s+[^;,.]{1,80})?")
# "Group - a Detective Inspector of Westshire Police takes the chair": the item's group, a dash, the holder
_TAKES = re.compile(r"[ \t]+[-\u2013\u2014][ \t]+(?:an?|the)[ \t]+(?P<holder>[^;\n.]{3,120}?)[ \t]+"
                    r"(?:takes|will\s+take)[ \t]+the[ \t]+chair\b", re.I)
# a post and the proper name of the organisation it serves, every word of which is capitalised
# ("Head of Community Safety" is one post: the organisation must end on an organisation's head word)
_POST_OF = re.compile(r"(?P<post>.+?)\s+(?:of|at)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w'’&-]*\s+(?:and\s+)?)*"
                      r"(?:Police|Constabulary|Council|Trust|Authority))")
_WRAPPED_VICE = re.compile(r"(?<=[.;] )(?:Its|The)[ \t]*\n[ \t]*(?:Vice|Deputy)[- ]?[Cc]hair(?:man|woman|person)?\s+"
                           r"(?:is|was)\s+(?:currently\s+)?")
_ARTICLE = re.compile(r"(?:(?:the|an?)\s+)?")
_OF_ORG = re.compile(r"\s*(?:,\s*|\s+(?:of|at|from)\s+(?:the\s+)?)$")


@reads("chair")
def chair_notes(doc: ExtractionDoc) -> None:
    """Read the vice-chair joined to a chair's sentence, and the chair an item says takes the chair."""
    _joined_vice_chairs(doc)
    _wrapped_vice_chairs(doc)
    _takes_the_chair(doc)


def _joined_vice_chairs(doc: ExtractionDoc) -> None:
    # the chairs facts each joined clause follows (directly, or after the chair's apposition)
    joined: dict[int, list] = {}
    for f in doc.facts:
        if f.relation != "chairs" or f.object is None:
            continue
        said = _VICE_IS.match(doc.text, _APPOSED.match(doc.text, f.end).end()) or _VICE_IS.match(doc.text, f.end)
        if said is not None:
            joined.setdefault(said.end(), []).append(f)
    for at, chaired in joined.items():
        # "X is chaired by A, the Council's Chair of the Y Committee, and its vice-chair is B": the sentence's own
        # chair statement, which opens first, not the one its apposition makes
        f = min(chaired, key=lambda c: c.start)
        end = _clause_end(doc, at)
        holder = _holder(doc, at, end)
        if holder is None or holder.iri == f.subject.iri or any(
                v.relation == "vice_chair" and v.subject.iri == holder.iri and v.start < end and f.start < v.end
                for v in doc.facts):
            continue  # no holder named, or the clause readers read this vice-chair already
        doc.add(holder, "vice_chair", f.object, f.start, end, "chair_notes:vice_chair", 0.8)


def _wrapped_vice_chairs(doc: ExtractionDoc) -> None:
    """ "X is chaired by A. Its<newline>Vice-Chair is B": the sentence's words split by the line's end, which the
    clause triggers (written with spaces) do not read across; the body is the one the sentence before gave a chair."""
    for said in _WRAPPED_VICE.finditer(doc.text):
        before = [f for f in doc.facts if f.relation == "chairs" and f.object is not None and
                  said.start() - 400 < f.end <= said.start() and "\n\n" not in doc.text[f.end : said.start()]]
        bodies = {f.object.iri: f.object for f in before}
        if len(bodies) != 1:
            continue  # no chair, or chairs of two bodies, just before: which body's vice-chair is not said
        end = _clause_end(doc, said.end())
        holder = _holder(doc, said.end(), end)
        if holder is not None and holder.kind == "person" and not any(f.subject.iri == holder.iri for f in before):
            doc.add(holder, "vice_chair", next(iter(bodies.values())), said.start(), end, "chair_notes:vice_chair",
                    0.8)


def _clause_end(doc: ExtractionDoc, at: int) -> int:
    m = re.compile(r"[;.](?:\s|$)|\n[ \t]*\n").search(doc.text, at, min(len(doc.text), at + 300))
    return m.start() if m is not None else min(len(doc.text), at + 300)


def _holder(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """The one who holds a seat, named from A: a person (the named holder takes the seat), else the post, kept with
    the organisation written after it ("Head of Housing, Northdale Council")."""
    a = _ARTICLE.match(doc.text, a, b).end()  # "the vice-chair is the Head of Housing"
    found = doc.mentions(a, b, expect_person=True)
    if not found or found[0].start - a > 1:
        return None
    first = found[0]
    if first.kind == "person":
        return doc.resolver.person(first)
    person = next((m for m in found[1:4] if m.kind == "person"), None)
    if first.kind == "post" and person is not None and \
            re.fullmatch(r"[\s,]*(?:currently|now|at present)?\s*", doc.text[first.end : person.start]):
        return doc.resolver.person(person)  # "the Area Commander, currently Supt Jo Lee": the named holder
    if first.kind != "post" or person is not None:
        return None
    inner = doc.mentions(first.start, b)  # "Detective Inspector of Westshire Police": the post, then its employer
    if len(inner) >= 2 and inner[0].kind == "post" and inner[0].start == first.start and inner[0].end < first.end:
        return _post_with_org(doc, inner[0], inner[1:])
    return _post_with_org(doc, first, found[1:])


def _post_with_org(doc: ExtractionDoc, post, rest) -> Entity | None:
    org = next((m for m in rest[:1] if m.kind == "body" and _OF_ORG.fullmatch(doc.text, post.end, m.start)), None)
    employer = doc.resolver.entity(org) if org is not None else None
    if employer is not None and employer.kind == "body":
        held = doc.resolver.post_named(f"{post.name}, {employer.name}", written=post.name)
    elif (of := _POST_OF.fullmatch(post.name)) is not None:
        # "Detective Inspector of Westshire Police" read as one post: named as the gold names a post, "Post, Org"
        held = doc.resolver.post_named(f"{of.group('post')}, {of.group('org')}", written=post.name)
    else:
        held = doc.resolver.post(post)
    return held if held is not None and held.kind == "post" else None


def _takes_the_chair(doc: ExtractionDoc) -> None:
    for ln in doc.layout.lines:
        said = _TAKES.search(doc.text, ln.content_start, ln.end)
        if said is None:
            continue
        opening = doc.mentions(ln.content_start, said.start())  # (a group's name, which no person's reading fits)
        if not opening or opening[0].kind != "body" or opening[0].start - ln.content_start > 1 or \
                opening[-1].end < said.start() - 1:
            continue  # the item must open on its group, named whole before the dash
        group = doc.resolver.entity(opening[-1]) if len(opening) == 1 else None
        if group is None or group.kind != "body":
            continue
        holder = _holder(doc, said.start("holder"), said.end("holder"))
        if holder is not None:
            doc.add(holder, "chairs", group, ln.content_start, said.end(), "chair_notes:takes_the_chair", 0.8)
