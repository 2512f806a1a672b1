"""Declarations of interest: a member who declares an interest "as a member of" (or a representative on) a body
says they belong to it. A trustee, governor or director of a charity, school or company declares a role in running
it, not a seat in it: the papers' readers record that as another tie (gold `other` in three councils' minutes), so
it gives no `member_of`.

"Councillor Wyn Pryce declared a personal interest in item 5 as a member of the Safer Neath Port Talbot
Partnership"; "Cllrs Ann Bell and Tom Ray declared interests as the Council's representatives on the Police and
Crime Panel" give `member_of`. Council minutes record these at the top of almost every meeting.
"""

from __future__ import annotations

import re

from ..mentions import Mention, looks_like_person
from ..wordstart import word_start
from . import ExtractionDoc, reads

_DECLARED = word_start(r"\bdeclared?\b[^.;]{0,90}?\binterests?\b", re.I)
# what the declarer is to the body: one of its members or a seat on it (not one who runs it: a trustee, a governor)
_AS_MEMBER = re.compile(r"\bas (?:(?:she|he|they) (?:is|was|are|were) )?(?:an? |the |one of the )?"
                        r"(?:(?:council|county council)(?:['’]s)? )?(?:appointed |nominated )?"
                        r"(?:member|representative|board member)s? (?:of|on|to) "
                        r"(?:the )?(?=[A-Z])", re.I)


@reads("interest")  # a declaration names the interest
def declared_memberships(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=frozenset({"interest"})):
        declared = _DECLARED.search(doc.text, start, end)
        if declared is None:
            continue
        seat = _AS_MEMBER.search(doc.text, declared.end(), end)
        if seat is None:
            continue
        mentions = doc.mentions(start, end)
        target = _seat_body(doc, mentions, seat.end())
        if target is None:
            continue
        for person in _declarers(mentions, declared.start()):
            doc.add(doc.resolver.person(person), "member_of", target, start, end, "interests:member_of", 0.8)


def _seat_body(doc: ExtractionDoc, mentions: list[Mention], at: int):
    """The body named right after "as a member of": a body's name, or a capitalised name that is no person's
    ("Bristol Women's Aid")."""
    m = next((x for x in mentions if x.start == at), None)
    if m is None or m.back_ref:
        return None
    if m.kind == "body":
        found = doc.resolver.entity(m)
        return found if found is not None and found.kind == "body" else None
    if m.kind == "name" and m.head != "acronym" and len(m.name.split()) > 1 and not looks_like_person(m.name.split()):
        return doc.resolver.body_named(m.name)
    return None


def _declarers(mentions: list[Mention], before: int) -> list[Mention]:
    """The people the sentence opens with, who declared ("Cllrs R T Amadi and K Holm declared ...")."""
    out = []
    for m in mentions:
        if m.end > before:
            break
        if m.kind == "person":
            out.append(m)
        elif m.kind == "name" and m.head != "acronym":
            words = m.name.split()
            if words[0] in ("and", "&"):
                words = words[1:]  # "and K Holm": the list's last name, its connector read with it
            if looks_like_person(words):
                out.append(Mention(m.end - len(" ".join(words)), m.end, "person", " ".join(words)))
    return out
