"""Resolutions and duties stated in set forms.

- "That Cllr Jo Lee be appointed (as) Vice-Chairman (of the X)": the appointment, to the named body or the
  meeting's own;
- "That the X be established to oversee Y and report (on progress) to Z": the new body oversees Y and reports
  to Z;
- "Under (section 17 of) the Crime and Disorder Act 1998, the Council has a duty ...": a statutory duty of the
  body the sentence then names, with the section as qualifier.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from ..wordstart import word_start
from . import ExtractionDoc

_APPOINT = word_start(
    r"\b(?:(?:be|is|was|were|been|being|has been)\s+(?:re-?)?(?:appointed|elected|confirmed|nominated)|serve|act|"
    r"(?:will|to|shall) (?:serve|act)|served|acted)\s+(?:jointly\s+)?(?:as\s+)?"
    r"(?:the\s+)?(?P<role>(?:vice|deputy|co)[- ]?chair(?:man|woman|person)?s?|chair(?:man|woman|person)?s?)\b"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<body>[A-Z][^,.;()]{2,90}))?",
    re.I,
)
_ESTABLISH = word_start(r"\b(?:be|is|was|were|has been|have been)\s+(?:established|set up|created|formed|convened)\b",
                        re.I)
_UNDER = re.compile(
    r"^\s*(?:Under|In accordance with|As required by|As set out in)\s+"
    r"(?:(?P<section>s\.?\s?\d+[A-Z]?|section\s+\d+[A-Z]?"
    r"(?:\(\d+\))?)\s+of\s+)?(?:the\s+)?",
    re.I,
)
_DUTY = re.compile(r"\b(?:duty|duties|required|must|obliged|obligation|responsib)", re.I)


def resolutions(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose():
        sentence = doc.text[start:end]
        m = _APPOINT.search(sentence)
        if m:
            _appointment(doc, start, end, m)
        if _ESTABLISH.search(sentence):
            _establishment(doc, start, end)
        u = _UNDER.match(sentence)
        if u:
            _statutory(doc, start, end, u)
        elif _DUTY_CUE.search(sentence):
            _duties(doc, start, end)


def _appointment(doc: ExtractionDoc, start: int, end: int, m: re.Match[str]) -> None:
    people = [x for x in doc.mentions(start, start + m.start()) if x.kind == "person"]
    if not people:
        return
    # "That Cllr Vanier and Chief Superintendent Olisa serve as co-chairs": every person joined by "and"
    chosen = [people[-1]]
    for k in range(len(people) - 2, -1, -1):
        if re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", doc.text[people[k].end : chosen[0].start]):
            chosen.insert(0, people[k])
        else:
            break
    role = m.group("role").lower()
    relation = "vice_chair" if role.startswith(("vice", "deputy")) else "chairs"
    body: Entity | None = doc.body
    if m.group("body"):
        b0 = start + m.start("body")
        named = [x for x in doc.mentions(b0, start + m.end("body")) if x.kind == "body"]
        if named:
            body = doc.resolver.entity(named[0])
    if body is not None:
        for p in chosen:
            doc.add(doc.resolver.person(p), relation, body, start, end, f"resolution:{relation}", 0.9)


def _establishment(doc: ExtractionDoc, start: int, end: int) -> None:
    """ "That a Serious Violence Board be established to oversee the duty and report to the Safer Board"."""
    mentions = doc.mentions(start, end)
    est = _ESTABLISH.search(doc.text, start, end)
    if est is None:
        return
    subjects = [x for x in mentions if x.end <= est.start() and x.kind == "body"]
    if not subjects:
        return
    body = doc.resolver.entity(subjects[-1])
    if body is None:
        return
    rest = doc.text[est.end() : end]
    for rel, pattern in (("oversees", r"\bto oversee\b|\boverseeing\b"),
                         ("reports_to", r"\breport(?:ing)?\b[^.;]{0,30}?\bto\b")):
        pm = re.search(pattern, rest, re.I)
        if not pm:
            continue
        after = [x for x in mentions if x.start >= est.end() + pm.end()]
        for x in after[:1]:
            target = doc.resolver.entity(x)
            if target is not None:
                doc.add(body, rel, target, start, end, f"resolution:{rel}", 0.85)


def _statutory(doc: ExtractionDoc, start: int, end: int, u: re.Match[str]) -> None:
    mentions = doc.mentions(start, end)
    law = next((x for x in mentions if x.kind == "legislation" and x.start - (start + u.end()) <= 2), None)
    if law is None or not _DUTY.search(doc.text, law.end, end):
        return
    holder = next((x for x in mentions if x.start >= law.end and x.kind in ("body", "post")), None)
    if holder is None:
        return
    holder_entity = doc.resolver.entity(holder)
    law_entity = doc.resolver.entity(law)
    section = u.group("section")
    qualifier = re.sub(r"(?i)^section\s+", "s.", section).replace(" ", "") if section else None
    doc.add(holder_entity, "statutory_duty", law_entity, start, end, "resolution:statutory_duty", 0.85,
            qualifier=qualifier)


# "SYP complies with the statutory duties set out in the Crime and Disorder Act 1998 and the Police and Justice
# Act 2006", "the Council has a statutory duty under section 40 of ...", "as required by the ... Act"
_DUTY_CUE = re.compile(r"\b(?:statutory|duty|duties|required by|requirements? (?:of|under)|obliges|obligations? "
                       r"under|set up under|established under|complies with|comply with)\b", re.I)
_NATIONAL = frozenset({"Home Office", "HM Government", "Government", "Parliament", "Ministry of Justice"})


def _duties(doc: ExtractionDoc, start: int, end: int) -> None:
    """A sentence that names an Act and a duty: the body it names nearest before the duty words holds the duty
    under every Act the sentence names."""
    mentions = doc.mentions(start, end)
    laws = [x for x in mentions if x.kind == "legislation" and re.search(r"\b(?:Act|Regulations)\b", x.name)]
    cue = _DUTY_CUE.search(doc.text, start, end)
    if not laws or cue is None:
        return
    holders = [x for x in mentions if x.kind == "body" and x.end <= cue.start() and x.name not in _NATIONAL]
    if not holders:
        return
    # the sentence's subject ("SYP was set up under ...") else the body nearest the duty ("... support Devon
    # County Council to meet its duty under ...")
    first = holders[0]
    subject = len(re.findall(r"\w+", doc.text[start : first.start])) <= 4
    holder = doc.resolver.entity(first if subject else holders[-1])
    if holder is None:
        return
    for law in laws:
        law_entity = doc.resolver.entity(law)
        if law_entity is not None:
            doc.add(holder, "statutory_duty", law_entity, start, end, "resolution:statutory_duty", 0.8)
