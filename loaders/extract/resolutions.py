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
from ..mentions import Mention, looks_like_person
from ..wordstart import required_strings, word_start
from . import ExtractionDoc, reads, section_qualifier
from .attendance import meeting_body
from .clauses import antecedent
from .lists import COLLECTIVE, collective_holder
from .publications import terms_paper

_APPOINT = word_start(
    r"\b(?:(?:be|is|was|were|been|being|has been)\s+(?:re-?)?(?:appointed|elected|confirmed|nominated)|serve|act|"
    r"(?:will|to|shall) (?:serve|act)|served|acted)\s+(?:jointly\s+)?(?:as\s+)?"
    r"(?:the\s+)?(?:(?:new|interim|acting|independent)\s+)?"
    r"(?P<role>(?:vice|deputy|co)[- ]?chair(?:man|woman|person)?s?|chair(?:man|woman|person)?s?)\b"
    # (a body's name opens with a capital: "for the ensuing year" is a term, not a body)
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<body>(?-i:[A-Z])[^,.;()]{2,90}))?",
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
_EVERY = re.compile(r"\b(?:each|every|all|any)\b", re.I)
# the name after these is what a duty's holder must have or set up
_SET_UP_BEFORE = re.compile(r"(?i)\b(?:have|establish|set\s+up|run|convene|keep|maintain|create|form)\s+"
                            r"(?:a|an|the|its|their)\s+$")
_DUTY = re.compile(r"\b(?:duty|duties|required|must|obliged|obligation|responsib|may\b|powers?\b)", re.I)


@reads()
def resolutions(doc: ExtractionDoc) -> None:
    previous: tuple[int, int] | None = None
    lead: re.Match[str] | None = None  # the item marker of a "RESOLVED that:" whose items follow
    for _, (start, end) in doc.prose():
        before, previous = previous, (start, end)
        sentence = doc.text[start:end]
        after = 0
        for m in _APPOINT.finditer(sentence):
            # "Cllr Jo Lee was elected Chair and Cllr Sam Reed was elected Vice-Chair": each role, its own people
            _appointment(doc, start, end, m, start + after)
            after = m.end()
        if _ELECTS.search(sentence):
            _elected_as(doc, start, end)
        if _ESTABLISH.search(sentence):
            _establishment(doc, start, end)
        marker = _MARKED.search(doc.text, max(0, start - 60), start)
        lead = marker if marker and (marker["that"] or lead) else None
        if _APPROVED.search(sentence):
            _approval(doc, start, end, _APPROVED.search(doc.text, start, end))
        elif lead:
            _approval(doc, start, end, _ITEM_APPROVED.match(doc.text, start, end))
        elif _DECISION_LABEL.search(doc.text, max(0, start - 16), start):
            # "RESOLVED: the Community Safety Plan 2024-25 be approved", "AGREED: the revised terms of reference,
            # for approval by ...": the layout reads the decision word as a field's label, and its value is the
            # resolution, with no "that"
            _approval(doc, start, end, _ITEM_APPROVED.match(doc.text, start, end) or
                      _AGREED_TERMS.match(doc.text, start, end))
        u = _UNDER.match(sentence)
        if _collective_duty(doc, start, end):
            continue
        if u:
            _statutory(doc, start, end, u)
        elif _DUTY_CUE.search(sentence):
            _duties(doc, start, end, before)


# a chair's title followed by "of" and no body's name: "chair of both", "chair of each of them"
_OF_UNNAMED = re.compile(r"\s+of\s+(?!the\s+[A-Z])(?-i:[a-z])")


def _appointment(doc: ExtractionDoc, start: int, end: int, m: re.Match[str], since: int) -> None:
    people = [x for x in doc.mentions(start, start + m.start()) if x.kind == "person" and x.start >= since]
    if not people:
        return
    # "That Cllr Vanier and Chief Superintendent Olisa serve as co-chairs": every person joined by "and"
    chosen = [people[-1]]
    for k in range(len(people) - 2, -1, -1):
        if re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", doc.text[people[k].end : chosen[0].start]):
            chosen.insert(0, people[k])
        else:
            break
    if not m.group("body") and _OF_UNNAMED.match(m.string, m.end()):
        return  # "appointed as independent chair of both": of bodies this sentence does not name
    role = m.group("role").lower()
    relation = "vice_chair" if role.startswith(("vice", "deputy")) else "chairs"
    body: Entity | None = meeting_body(doc)  # a chair of an unread meeting is no chair of the council
    if m.group("body"):
        b0 = start + m.start("body")
        named = [x for x in doc.mentions(b0, start + m.end("body")) if x.kind == "body"]
        if named:
            body = doc.resolver.entity(named[0])
    if body is not None:
        for p in chosen:
            doc.add(doc.resolver.person(p), relation, body, start, end, f"resolution:{relation}", 0.9)


# the active form: "The Partnership elected Cllr Jo Lee as its Chair and Supt Sam Reed as its Vice-Chair", "the
# Board appointed Dr Jo Lee as its Independent Chair": each "<person> as its <role>" after the verb
_ELECTS = word_start(r"\b(?:re-?)?(?:elected|appointed|confirmed|nominated|chose|selected)\s+[A-Z]")
_AS_ROLE = re.compile(r"\s+as\s+(?:(?:its|the|their|our)\s+)?(?:(?:new|first|independent|interim)\s+)?"
                      r"(?P<role>(?:vice|deputy|co)[- ]?chair(?:man|woman|person)?|chair(?:man|woman|person)?)\b"
                      r"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<body>(?-i:[A-Z])[^,.;()]{2,90}))?", re.I)


_ITS = re.compile(r"\s+as\s+(?:its|their)\s", re.I)


def _elected_as(doc: ExtractionDoc, start: int, end: int) -> None:
    verb = _ELECTS.search(doc.text, start, end)
    mentions = doc.mentions(start, end)
    # who chose: the body the sentence opens with ("The Partnership", "the Board"), else the meeting's own body
    subject = next((x for x in mentions if x.end <= verb.start() and x.kind == "body"), None)
    chooser = doc.resolver.entity(subject) if subject is not None else meeting_body(doc)
    for x in mentions:
        if x.start < verb.start() or not (x.kind == "person" or x.kind == "name" and looks_like_person(x.name.split())):
            continue
        role = _AS_ROLE.match(doc.text, x.end, end)
        if role is None:
            continue
        body = chooser
        if chooser is not None and chooser.name.endswith("Council") and not _ITS.match(doc.text, x.end):
            # "For 2024/25 Council appointed Cllr Jo Lee as Chair" under "3.6 Scrutiny Committee": the council
            # appoints; the chair is of the body the section is about (none when the section names none)
            body = doc.scope_body(x.start)
            body = None if body is None or body.iri == chooser.iri else body
        if role.group("body"):
            named = [y for y in mentions if y.kind == "body" and role.start("body") <= y.start < role.end("body")]
            body = doc.resolver.entity(named[0]) if named else None
        if body is None or body.kind != "body":
            continue
        relation = "vice_chair" if role.group("role").lower().startswith(("vice", "deputy")) else "chairs"
        doc.add(doc.resolver.person(x), relation, body, start, role.end(), f"resolution:{relation}_as", 0.85)


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
    if holder is None or _EVERY.search(doc.text, law.end, holder.start) or \
            _SET_UP_BEFORE.search(doc.text, law.end, holder.start):
        return  # "Under section 43 ... each local authority must establish a Board", "... the county council must have
        # a Channel panel": the Board, the panel, is what is set up, not who holds the duty
    law_entity = doc.resolver.entity(law)
    # "Under the 1998 Act the Council, the Police, the Fire Service and the ICB must ...": each one listed is bound
    for joined in _joined(doc, mentions, holder, end):
        doc.add(doc.resolver.entity(joined), "statutory_duty", law_entity, start, end, "resolution:statutory_duty",
                0.85, qualifier=section_qualifier(u.group("section")))


# between two bodies of one list: a comma or "and", an acronym the first is given in brackets before it ("(SYP)",
# "(BSW ICB)")
_BRACKETED = r"(?:\s*\([A-Z][A-Za-z&]{1,10}(?:\s[A-Z][A-Za-z&]{1,10})?\))?"
_JOIN = re.compile(_BRACKETED + r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
# what may follow a list that is the sentence's subject: its verb (not "of", "for" or a further name)
_LIST_VERB = re.compile(_BRACKETED + r"\s*(?:[-–—]\s*)?(?:,\s*)?(?:are|were|must|shall|have|has|continue|remain|each|"
                        r"both|jointly|together|will)\b")


def _joined(doc: ExtractionDoc, mentions: list[Mention], first: Mention, end: int) -> list[Mention]:
    """FIRST and the bodies listed after it ("A, B and C"), when the list ends at a verb of theirs; FIRST alone
    when it does not (a list that runs on into other words may be a name's parts or an aside)."""
    out = [first]
    for x in (m for m in mentions if m.start >= first.end and m.end <= end):
        gap = _JOIN.fullmatch(doc.text, out[-1].end, x.start)
        if gap is None or x.kind != "body":
            break
        out.append(x)
    if len(out) > 1 and not _LIST_VERB.match(doc.text, out[-1].end, end):
        return [first]
    return out


# "SYP complies with the statutory duties set out in the Crime and Disorder Act 1998 and the Police and Justice
# Act 2006", "the Council has a statutory duty under section 40 of ...", "as required by the ... Act"
# word_start: the same matches, and a sentence without the words every match holds is settled by substring tests
_DUTY_CUE = word_start(r"\b(?:statutory|duty|duties|required by|requirements? (?:of|under)|obliges|obligations? "
                       r"under|set up under|established under|created under|complies with|comply with)\b", re.I)
_WE = re.compile(r"\W*We\s+(?:are|were|have been|was)\b")
_IT_SET_UP = re.compile(r"\W*It\s+(?:is|was|has been)\s+(?:also\s+)?(?:set up|established|constituted|formed|"
                        r"created|designated)\b")
_WHICH_HOLDS = re.compile(r",\s+(?:which|who)\s+(?:holds|hold|(?:has|have)(?:\s+(?:long|always))?\s+held|held|has|have|"
                          r"carries|carry|bears|bear)\s+(?:the|a|its)\s+"
                          r"(?:statutory|legal)\s+(?:responsibility|duty|duties)\b")
_SET_UP_UNDER = re.compile(r"(?i)(?:set up|established|created) under")
# ", the borough's " / " (SXP), the county's ": an apposition naming what the body before it is, up to its duty word
_ROLE_THEN_CUE = re.compile(r"\s*(?:,\s*)?(?:(?:which|that)\s+(?:is|was)\s+)?")
_APPOSED_ROLE = re.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,10}\))?,\s+(?:the|a|its)\s+(?:[\w-]+['’]s\s+)?")
# "is a sub-group of Safer X, the CSP for X established ": the subject's verb, the body named after it, then what
# that body is, up to the words of its setting up
_NAMED_THEN_SET_UP = re.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,10}\))?\s+(?:is|are|was|were|sits?)\s+[^,;.]{1,60}?"
                                r"(?:\s*\([A-Z][A-Za-z&]{1,10}\))?,\s+(?:the|a|its)\s+[^,;.]{1,80}?\s+")
# "The post of Domestic Abuse Commissioner was set up under the ... Act": an office the Act creates
_OFFICE_OPENING = re.compile(r"\W*(?:The\s+)?(?:(?:role|post|office|position)\s+of\s+)?(?:the\s+)?$")
_PLURAL_BODY = re.compile(r"(?:CSPs|Partnerships|Boards|Panels|Groups|Committees|Teams)$")
_NATIONAL = frozenset({"Home Office", "HM Government", "Government", "Parliament", "Ministry of Justice"})


def _apposed_body(doc: ExtractionDoc, mentions: list[Mention], role: Mention, cue: int) -> Entity | None:
    """ "a sub-group of Safer X, the Community Safety Partnership for X established under ...": the duty words go
    with the role named in apposition, and the role is the body named just before it (a name the gazetteer does
    not know is a body by the apposition)."""
    if not _ROLE_THEN_CUE.fullmatch(doc.text, role.end, cue):
        return None
    before = [x for x in mentions if x.end <= role.start]
    named = before[-1] if before else None
    if named is None or named.kind not in ("body", "name") or looks_like_person(named.name.split()) or \
            not _APPOSED_ROLE.fullmatch(doc.text, named.end, role.start):
        return None
    if named.kind == "body":
        return doc.resolver.entity(named)
    return doc.resolver.acronym(named.name) if named.head == "acronym" else doc.resolver.body_named(named.name)


def _duties(doc: ExtractionDoc, start: int, end: int, before: tuple[int, int] | None = None) -> None:
    """A sentence that names an Act and a duty: the body it names nearest before the duty words holds the duty
    under every Act the sentence names ("It was set up under ...": the body the sentence before is about)."""
    mentions = doc.mentions(start, end)
    laws = [x for x in mentions if x.kind == "legislation" and re.search(r"\b(?:Act|Regulations)\b", x.name)]
    cue = _DUTY_CUE.search(doc.text, start, end)
    if not laws or cue is None:
        return
    listed = _listed_after(doc, laws[-1], mentions)
    if listed:
        for holder in listed:
            _bound_by(doc, holder, laws, start, end)
        return
    holders = [x for x in mentions if x.kind == "body" and x.end <= cue.start() and x.name not in _NATIONAL]
    which = _WHICH_HOLDS.search(doc.text, start, end)
    which = which if which is not None and which.start() < cue.start() else None
    if _WE.match(doc.text, start) and doc.resolver.body is not None:
        holder = doc.resolver.body  # "We were set up under the Crime and Disorder Act 1998": the page's own body
    elif not holders and _IT_SET_UP.match(doc.text, start):
        holder = antecedent(doc, before)
    elif not holders and _SET_UP_UNDER.match(cue.group(0)):
        holder = _office_set_up(doc, mentions, start, cue.start())
    elif holders and (apposed := _apposed_body(doc, mentions, holders[-1], cue.start())) is not None:
        holder = apposed
    elif holders and _SET_UP_UNDER.match(cue.group(0)) and _NAMED_THEN_SET_UP.fullmatch(
            doc.text, holders[0].end, cue.start()):
        # "The SOC Board is a sub-group of Safer X, the community safety partnership for X established under ...":
        # "established under" speaks of the body named after the verb, not of the sentence's subject
        holder = _named_after_verb(doc, mentions, holders[0].end, cue.start())
    elif holders and _APPOSED_ROLE.fullmatch(doc.text, holders[-1].end, cue.start()):
        # "a thematic board of the Safer X Partnership (SXP), the borough's statutory community safety partnership
        # under section 5 of ...": the apposition speaks of the body just before it, not of the sentence's subject
        holder = doc.resolver.entity(holders[-1])
    elif which is not None and (head := _relative_head(doc, mentions, which.start())) is not None:
        # "... on behalf of the CWCSP, which has held the statutory duty for DHRs since ...": the body named
        # right before the relative clause (by its initials too), not an earlier one
        holder = head
    elif which is not None and any(x.end <= which.start() for x in holders):
        # "... on behalf of the Safer X Partnership, the CSP for the borough, which holds the statutory
        # responsibility for DHRs under ...": the body the relative clause is about
        holder = doc.resolver.entity([x for x in holders if x.end <= which.start()][-1])
    elif holders and _SET_UP_UNDER.match(cue.group(0)) and _PLURAL_BODY.search(holders[-1].name) and \
            len(doc.text[holders[-1].end : cue.start()].split()) <= 3:
        return  # "the Partnership began when three district CSPs, each set up under the Act, merged": the
        # bodies set up are several, none of them named
    elif holders:
        # the sentence's subject ("SYP was set up under ...") else the body nearest the duty ("... support Devon
        # County Council to meet its duty under ...")
        first = holders[0]
        subject = len(re.findall(r"\w+", doc.text[start : first.start])) <= 4
        holder = doc.resolver.entity(first if subject else holders[-1])
        if subject and holder is not None:
            # "The A Partnership and the B Partnership are the statutory partnerships under section 5 of ...":
            # every body the subject lists
            for joined in _joined(doc, mentions, first, cue.start())[1:]:
                also = doc.resolver.entity(joined)
                if also is not None:
                    _bound_by(doc, also, laws, start, end)
    else:
        return
    if holder is None:
        return
    _bound_by(doc, holder, laws, start, end)


def _relative_head(doc: ExtractionDoc, mentions: list[Mention], at: int) -> Entity | None:
    """The body named right before the relative clause at AT (its name or its initials)."""
    x = next((x for x in reversed(mentions) if x.end <= at), None)
    if x is None or doc.text[x.end : at].strip():
        return None
    return doc.named_body(x)


def _named_after_verb(doc: ExtractionDoc, mentions: list, start: int, cue: int) -> Entity | None:
    """The body first named between START and the duty's words (a brand name with no head noun too)."""
    x = next((x for x in mentions if start <= x.start and x.end <= cue and x.kind in ("body", "name")), None)
    if x is None or x.kind == "name" and (p := doc.resolver.known_person(x.name)) is not None and \
            p.name.casefold() == x.name.casefold():
        return None  # a name the paper gives a person is no body
    e = doc.resolver.entity(x) or (doc.resolver.body_named(x.name, x.acronym) if x.kind == "name" else None)
    return e if e is not None and e.kind == "body" else None


def _office_set_up(doc: ExtractionDoc, mentions: list, start: int, cue: int) -> Entity | None:
    """The post a sentence opens with, set up under an Act ("The role of the X Commissioner was created under
    ..."); a post named later in the sentence is not what was set up."""
    post = next((x for x in mentions if x.kind == "post" and x.end <= cue), None)
    if post is None or not _OFFICE_OPENING.fullmatch(doc.text[start : post.start]):
        return None
    if not re.fullmatch(r"\s+(?:was|is|has been|had been|were)\s+(?:originally\s+|first\s+)?$",
                        doc.text[post.end : cue]):
        return None
    e = doc.resolver.entity(post)
    return e if e is not None and e.kind == "post" else None


_LIST_OPEN = re.compile(r"\s*[–—:-]\s*(?:the\s+)?")
_LIST_GAP = re.compile(r"\s*(?:,|;|,?\s+and|,?\s+&)\s*(?:the\s+)?")


def _listed_after(doc: ExtractionDoc, law, mentions: list) -> list[Entity]:
    """ "the statutory partners the Care Act 2014 names – Brent Council, the ICB and the Police": the
    bodies listed after the Act hold its duty, not the group the sentence opens with."""
    opened = _LIST_OPEN.match(doc.text, law.end)
    if not opened or not re.search(r"\b(?:partners|authorities|agencies|bodies)\b[^.;]{0,40}$",
                                   doc.text[max(0, law.start - 60) : law.start]):
        return []
    out: list[Entity] = []
    pos = opened.end()
    for m in (x for x in mentions if x.start >= pos):
        if m.start != pos:
            break
        e = doc.resolver.entity(m)
        if e is None and m.kind == "name" and len(m.name.split()) >= 2:
            e = doc.resolver.body_named(m.name, m.acronym, place=m.place)
        if e is None or e.kind != "body":
            break
        out.append(e)
        gap = _LIST_GAP.match(doc.text, m.end)
        if not gap:
            break
        pos = gap.end()
    return out if len(out) >= 2 else []


# "That the Community Safety Plan 2024-27 be approved", "RESOLVED that, with the changes noted, the terms of
# reference be agreed": the meeting adopts the paper; "Recommend to Council that ..." asks another body to
# word_start, as _DUTY_CUE: most sentences hold no "approved", "agreed", "adopted", "endorsed" or "signed off"
_APPROVED = word_start(r"\bthat\b(?P<what>[^;]{3,200}?)\s+be\s+(?:formally\s+)?(?:approved|agreed|adopted|"
                       r"endorsed|signed off)\b(?!\s+(?:as|and signed)\b)", re.I)
# "RESOLVED that:" (or "RESOLVED that" alone on its line) over lettered items, each item a resolution of its own
# ("(a) the revised plan be approved;")
# (the layout reads each item as a sentence, its marker left out)
_MARKED = re.compile(r"(?:(?P<that>\b(?:RESOLVED|AGREED|DECIDED)\s+that\s*:?)|;(?:\s*and)?)\s*\(?[a-z0-9]{1,3}[).]\s*$",
                     re.I)
_DECISION_LABEL = re.compile(r"\b(?:RESOLVED|AGREED|DECIDED)\s*:\s*$")
# a decision that names a body's new version of its own terms alone, with no verb (_own_terms reads it, as it reads
# "be agreed")
_AGREED_TERMS = re.compile(r"(?P<what>(?:the\s+)?(?:revised|refreshed|draft|new|updated|amended|reviewed)\s+"
                           r"(?i:terms\s+of\s+reference))(?=\s*[,.;]|\s*$)")
_ITEM_APPROVED = re.compile(r"(?P<what>[^;]{3,200}?)\s+be\s+(?:formally\s+)?(?:approved|"
                            r"agreed|adopted|endorsed|signed off)\b(?!\s+(?:as|and signed)\b)", re.I)
_ASKED = re.compile(r"\b(?:recommend|recommended|recommends|recommendation|ask|asked|request|propose|proposed)\b", re.I)


def _approval(doc: ExtractionDoc, start: int, end: int, m: re.Match[str] | None) -> None:
    body = doc.resolver.body
    if m is None or body is None or _ASKED.search(doc.text, start, m.start("what")):
        return
    papers = [x for x in doc.mentions(m.start("what"), m.end("what")) if x.kind == "publication"]
    if not papers:
        paper = _terms_of_reference(doc, m.start("what"), m.end("what")) or _own_terms(doc, body, m)
    elif len(papers) != 1 or papers[0].possessive:
        return  # "That the minutes be agreed", "the Board's plan and the Council's strategy": no one paper
    else:
        paper = doc.resolver.entity(papers[0])
    if paper is not None:
        doc.add(body, "produces", paper, start, end, "resolution:produces", 0.8, qualifier="approves")


# "RESOLVED: (ii) that the updated terms of reference be agreed": a new version of terms named by no body is the
# meeting's own, for a body's minutes revise its own constitution; a body or an "of"/"for" after the words ("the
# terms of reference of the three task groups") names someone else's. Plain "That the Terms of Reference be
# agreed" stays unread: with no version said, they may be any terms the meeting looked at.
_BARE_TERMS = re.compile(r"\W*(?:\(?[a-z0-9]{1,4}\)\s*)?(?:the\s+)?(?:revised|refreshed|draft|new|updated|amended|"
                         r"reviewed)\s+(?i:terms\s+of\s+reference)")


def _own_terms(doc: ExtractionDoc, body: Entity, m: re.Match[str]) -> Entity | None:
    bare = _BARE_TERMS.fullmatch(doc.text, m.start("what"), m.end("what"))
    if not bare or body.kind != "body" or body is doc.resolver.council:
        return None
    return terms_paper(doc, body)


_TOR_AFTER = re.compile(r"\s+(?i:terms of reference)\b")
_TOR_OF = re.compile(r"(?i:terms of reference) (?:for|of) (?:the )?[A-Z]")


def _terms_of_reference(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """ "the Community Safety Partnership terms of reference", "the draft Terms of Reference for the X Board":
    a body's terms of reference, the one paper a resolution names this way (its name as written)."""
    bodies = [x for x in doc.mentions(a, b) if x.kind == "body"]
    if len(bodies) != 1:
        return None
    x = bodies[0]
    if _TOR_OF.match(x.name):
        written = x.name  # the mention reads "Terms of Reference for the X Board" as one name
    elif _TOR_AFTER.match(doc.text, x.end) and not x.possessive:
        owner = doc.resolver.entity(x)
        if owner is None or owner.kind != "body":
            return None
        written = x.name + doc.text[x.end : _TOR_AFTER.match(doc.text, x.end).end()]
        written = " ".join(written.split())
        name = owner.name + written[len(x.name) :]
        return doc.resolver.remember(Entity("publication", name, area=owner.area), written)
    else:
        return None
    return doc.resolver.remember(Entity("publication", written, area=doc.resolver.ctx.area), written)


_COLLECTIVE_WORDS = required_strings(COLLECTIVE) or frozenset({""})  # "": nothing ruled out
_BOUND = re.compile(r"[^.;]{0,60}?\b(?:must|shall|are required|were required|are obliged|were obliged|"
                    r"(?:are|were) (?:placed )?under an? (?:statutory |legal )?(?:duty|requirement|obligation)|"
                    r"(?:have|has|had|carry|carries) an? (?:statutory |legal )?(?:duty|obligation))\b", re.I)


def _collective_duty(doc: ExtractionDoc, start: int, end: int) -> bool:
    """The class of authorities an Act the sentence names binds, when the sentence says they are bound."""
    if not doc.holds(_COLLECTIVE_WORDS, start, end):
        return False  # every match holds " authorities": a substring test, not a search at every character
    who = COLLECTIVE.search(doc.text, start, end)
    if who is None:
        return False
    laws = [x for x in doc.mentions(start, end) if x.kind == "legislation" and re.search(r"\bAct\b", x.name)]
    if not laws:
        return False
    if re.match(r"\s+(?:for|in|of)\s+(?:the\s+)?[A-Z]", doc.text[who.end() : end]):
        return False  # "the responsible authorities for Pellbrook": they act as its partnership, left unnamed here
    if not _BOUND.match(doc.text, who.end(), end):
        return False
    holder = collective_holder(doc, who.group("who"))
    _bound_by(doc, holder, laws, start, end)
    return True


def _bound_by(doc: ExtractionDoc, holder: Entity, laws: list[Mention], start: int, end: int) -> None:
    """HOLDER has a statutory duty under each of LAWS the sentence START..END names."""
    for law in laws:
        law_entity = doc.resolver.entity(law)
        if law_entity is not None:
            doc.add(holder, "statutory_duty", law_entity, start, end, "resolution:statutory_duty", 0.8)
