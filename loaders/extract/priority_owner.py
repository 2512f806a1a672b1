"""Whose priorities a statement lists: the one decision every reader of `priority_of` asks.

examples/CONVENTIONS.md rule A: a priority goes to the ONE owner its statement (or the lead-in of its list) gives it
to. A plan, strategy or agreement owns the priorities it "sets", "has", "names" or "lists", and those that are "the
priorities of / in / under" it or "the plan's"; a body owns "the partnership's priorities", "the priorities of the
partnership", and those it "has", "agreed", "set" or "identified" (even "in its plan"); a post holder owns "his" or
"her" priorities. The statement's own words come first; a reader that finds them silent goes on to the list's
section and the paper's subject, and adds nothing when those are silent too. One statement never gives both.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from ..mentions import Mention
from . import ExtractionDoc

# the verbs by which a paper holds priorities: "The Plan sets out four priorities", "which has three priorities",
# "names four priorities", "keeps three priorities from the last plan"
_PAPER_VERB = (r"(?:sets(?:\s+out)?|set\s+out|has|had|names|lists|identifies|identified|includes|contains|keeps|kept|"
               r"retains|proposes|establishes|focuses\s+on)")
# what may stand between a paper and its verb: an aside on who made it (", approved by the Board in June,"), a
# bracket, a relative clause ("which the Group agreed in April"), "was agreed by the CSP in June and"
_PAPER_ASIDE = (r"(?:\s*,[^,.;:]{1,100},|\s+\([^()]{0,60}\)|,?\s+(?:which|that)\s+(?:the\s+)?[A-Z][^,.;:]{0,60}?"
                r"\s+(?:agreed|approved|adopted|endorsed|published|drafted)[^,.;:]{0,30}?,?"
                r"|\s+(?:was|is|has\s+been)\s+(?:agreed|approved|adopted|endorsed|published|drafted|refreshed)"
                r"[^.;:]{0,80}?\s+and)?")
# ("sets out our priorities", "sets out the Partnership's priorities": a possessor named between keeps them its own)
_PAPER_SETS = re.compile(_PAPER_ASIDE + r"(?:\s*,?\s+(?:which|that))?\s+(?:now\s+|also\s+|still\s+)?" + _PAPER_VERB +
                         r"\s+(?:(?!our\b|their\b|[\w-]+['’]s?\s)[\w/–-]+\s+){0,5}?priorit", re.I)
# "the Plan's three priorities", "the Plan, whose priorities are"
_PAPER_WHOSE = re.compile(r"(?:['’]s?\s+|\s*,?\s*whose\s+)(?:[\w/–-]+\s+){0,3}?priorit", re.I)
# "The draft plan sets out four priorities", "It has four priorities", "The Strategy has three priorities": a paper
# the sentence calls by its kind or by "it"
_BARE_PAPER_SETS = re.compile(r"(?:(?<=[.:;]\s)|(?<=\n)|\b(?:[Tt]he|[Tt]his|[Oo]ur|[Ii]ts)\s+(?:(?:draft|new|"
                              r"refreshed|current|revised|proposed|updated)\s+)?)(?P<word>[Pp]lan|[Ss]trategy|It)\b" +
                              _PAPER_SETS.pattern, re.I)
# "priorities of the Safer X Plan", "priorities in the SPP's Community Safety Plan", "the priorities under the
# Agreement": the priorities of a paper named right after
_PRIORITIES_OF = re.compile(r"\bpriorit(?:y|ies)(?:\s+areas?|\s+themes?)?\s+(?:of|in|under|within|set\s+out\s+in)\s+"
                            r"(?:the\s+|its\s+|our\s+|their\s+)?(?=[A-Z])")
# "The Partnership has identified its priorities for 2025 in its plan", "the Board agreed three priorities": a
# body that set, agreed or identified them owns them, wherever they are written down
_BODY_SETS = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:now\s+|also\s+|jointly\s+|again\s+)?(?:identified|agreed|set|"
                        r"confirmed|chose|chosen|adopted|selected|picked|has|have)\s+(?:[\w/–-]+\s+){0,4}?priorit",
                        re.I)
# "Its priorities are:", "Their three priorities for 2025 are": the priorities of what the sentence before is about
_ITS_PRIORITIES = re.compile(r"\b(?:Its|Their)\s+(?:[\w/–-]+\s+){0,3}?priorit")
# the sentence before speaks of a paper: it opens on the paper, or a body agreed, adopted or drafted it
_ABOUT_PAPER = re.compile(r"\b(?:agreed|adopted|approved|published|launched|drafted|refreshed|produced|developed)\s+"
                          r"(?:the\s+|its\s+|their\s+|a\s+|our\s+)?$", re.I)
_OPENS_ON_PAPER = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:The|This|Our|Its)\s+(?:(?:draft|new|refreshed|current|"
                             r"revised|proposed|updated)\s+)?(?P<word>plan|strategy)\b", re.I)
_OWNER_KINDS = ("body", "publication")
_OPENING = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+|our\s+)?", re.I)
# "the five priorities of the NCCSP", "priorities for the Partnership": a body named right after the word
_OF_BODY = re.compile(r"\bpriorit(?:y|ies)(?:\s+areas?|\s+themes?)?\s+(?:of|for)\s+(?:the\s+)?$")
# "In its Annual Plan 2022-23 the Board set three priorities:": fronted, the paper the body set them in
_FRONTED_IN = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?In\s+[^,:;]{3,80}?,?\s+the\s+(?P<word>[A-Z][a-z]+)\s+"
                         r"(?:has\s+|have\s+)?(?:set|agreed|identified|adopted|chose|selected|established)\s+"
                         r"(?:[\w/–-]+\s+){0,3}?priorit")
# "our priorities", "our three priorities for 2025": the priorities of the body the paper speaks for
_OUR_PRIORITIES = re.compile(r"\b[Oo]ur\s+(?:[\w/–-]+\s+){0,3}?priorit")
# "Our Partnership Plan 2023-26 has four priorities": the partnership's plan, named as such by the partnership
# itself; the priorities are the partnership's, which its plan holds (as "the Partnership's priorities, set out in the
# plan"). A paper with a title of its own ("Our plan, the Safer X Strategy, has") keeps them.
_OUR_PAPER_SETS = re.compile(r"\b[Oo]ur\s+(?:[A-Z][\w-]*\s+){0,4}Partnership\s+Plan\b[^.:;]{0,20}?" +
                             _PAPER_SETS.pattern)
# "his priorities", "her three priorities": a post holder's, named as the sentence's subject
HIS_PRIORITIES = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?priorit")
# "the partnership's priorities", "The Plan's four priorities": an owner called by its bare head
_WHOSE_PRIORITIES = re.compile(r"\b[Tt]he (?P<word>[A-Za-z]+)['’]s? (?:[\w-]+ ){0,2}priorit(?:y|ies)\b")
# bare words that name no owner of priorities ("the group's", "the meeting's")
NOT_OWNER = frozenset({"group", "groups", "report", "meeting", "committee", "review", "agenda", "item"})


def priorities_owner(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """The owner the words of TEXT[start:end] (a sentence, or the lead-in of a list) give its priorities to; None
    when they name none (the reader goes on to the list's section and the paper's subject)."""
    fronted = _FRONTED_IN.match(doc.text, start, end)
    if fronted:
        # "In its Annual Plan 2022-23 the Board set three priorities:": the Board set them, the plan holds them
        e = doc.resolver.reference(fronted.group("word"), fronted.start("word"))
        if e is not None and e.kind == "body":
            return e
    pronoun = HIS_PRIORITIES.search(doc.text, start, end)
    if pronoun:
        # "The Commissioner, Mr Ivo Marsh, set out in the Police and Crime Plan his priorities of ...": the office
        # the sentence opens with, not the plan or a council named on the way
        from .lists import _opening_post  # lists reads this decision: imported when needed

        return _opening_post(doc, start, pronoun.start())
    found: list[tuple[int, Entity]] = []
    ours = _OUR_PRIORITIES.search(doc.text, start, end) or _OUR_PAPER_SETS.search(doc.text, start, end)
    if ours is not None:
        from .lists import _we_body, title_paper_body  # lists reads this decision: imported when needed

        # "The Plan sets out our priorities": the paper's own body's, which the plan holds; in a paper that is
        # itself a plan ("Community Safety Plan 2025-2028" under a council's name) "our priorities" are the plan's
        we = doc.resolver.body or title_paper_body(doc, with_paper=True) or _we_body(doc)
        if we is not None and we.kind in _OWNER_KINDS:
            found.append((ours.start(), we))
    for m in doc.mentions(start, end):
        e = _owner_of(doc, m, end)
        if e is not None:
            found.append((m.start, e))
    bare = _BARE_PAPER_SETS.search(doc.text, start, end)
    if bare is not None:
        paper = _bare_paper(doc, bare.group("word"), bare.start("word"), start)
        if paper is not None:
            found.append((bare.start("word"), paper))
    of = _PRIORITIES_OF.search(doc.text, start, end)
    if of is not None:
        paper = _paper_at(doc, of.end(), end)
        if paper is not None:
            found.append((of.start(), paper))
    its = _ITS_PRIORITIES.search(doc.text, start, end)
    if its is not None:
        paper = _paper_before(doc, its.start())
        if paper is not None:
            found.append((its.start(), paper))
    whose = _WHOSE_PRIORITIES.search(doc.text, start, end)
    if whose and whose.group("word").casefold() not in NOT_OWNER:
        e = doc.resolver.reference(whose.group("word"), whose.start())
        if e is not None and e.kind in _OWNER_KINDS:
            found.append((whose.start(), e))  # "the partnership's priorities", "the Plan's priorities"
    # the main clause's owner is the one named first ("The Partnership has identified its priorities in its Plan")
    return min(found, key=lambda x: x[0])[1] if found else None


def _owner_of(doc: ExtractionDoc, m: Mention, end: int) -> Entity | None:
    """M as the owner of the priorities its words go on to: a paper that sets them or whose they are, a body that
    set them or whose they are."""
    text = doc.text
    if m.kind == "publication" and (_PAPER_SETS.match(text, m.end, end) or _PAPER_WHOSE.match(text, m.end, end)):
        e = doc.resolver.entity(m)
        return e if e is not None and e.kind == "publication" else None
    is_body = m.kind == "body" or (m.kind == "name" and m.head == "acronym")
    if m.kind == "post" and m.possessive:
        is_body = True
    if not is_body or m.back_ref and len(m.name.split()) == 1 and not _named_before(doc, m):
        return None
    if m.possessive and re.match(r"['’]?s?\s+(?:[\w/–-]+\s+){0,2}priorit", text[m.end : end]):
        e = doc.resolver.acronym(m.name) if m.kind == "name" else doc.resolver.entity(m)
        return e if e is not None and e.kind in ("body", "post") else None  # "the Commissioner's priorities"
    if is_body and not m.possessive and (_BODY_SETS.match(text, m.end, end) or _OF_BODY.search(
            text, max(0, m.start - 40), m.start)):
        e = doc.resolver.acronym(m.name) if m.kind == "name" else doc.resolver.entity(m)
        return e if e is not None and e.kind == "body" else None
    return None


def _named_before(doc: ExtractionDoc, m: Mention) -> bool:
    """ "the Partnership" stands for a body the paper named before, or is the paper's own."""
    return doc.resolver.reference(m.name, m.start) is not None


def _paper_at(doc: ExtractionDoc, at: int, end: int) -> Entity | None:
    """The paper named at AT: "the SPP's Community Safety Plan" is the plan, not the SPP."""
    for m in doc.mentions(at, end):
        if m.kind == "publication":
            e = doc.resolver.entity(m)
            return e if e is not None and e.kind == "publication" else None
        if not (m.possessive and m.start <= at + 4):
            return None
    return None


def _bare_paper(doc: ExtractionDoc, word: str, at: int, start: int) -> Entity | None:
    """ "The plan", "The Strategy", "It": the paper the word stands for; "It" is the paper the sentence before is
    about."""
    if word.casefold() == "it":
        return _paper_before(doc, at) if at == start or re.fullmatch(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?",
                                                                      doc.text[start:at]) else None
    e = doc.resolver.reference(word, at)
    return e if e is not None and e.kind == "publication" else None


def _paper_before(doc: ExtractionDoc, at: int) -> Entity | None:
    """The paper the sentence before AT, in the same paragraph, is about: one it opens on ("The refreshed strategy
    was drafted by ...") or one a body agreed, adopted or drafted ("the Partnership agreed the X Plan.")."""
    text = doc.text
    stop = max(text.rfind(". ", 0, at), text.rfind(".\n", 0, at))
    if stop < 0 or re.search(r"\n\s*\n", text[stop:at]) or text[stop + 1 : at].strip():
        return None  # no sentence before, another paragraph, or "Its" is not where a sentence opens
    begin = max(text.rfind(". ", 0, stop), text.rfind("\n\n", 0, stop), text.rfind(":\n", 0, stop)) + 2
    if stop - begin > 400:
        return None
    opening = _OPENS_ON_PAPER.match(text, begin, stop)
    if opening is not None:
        e = doc.resolver.reference(opening.group("word"), opening.start("word"))
        return e if e is not None and e.kind == "publication" else None
    for m in doc.mentions(begin, stop):
        if m.kind == "publication" and (_ABOUT_PAPER.search(text, max(begin, m.start - 40), m.start) or
                                        _OPENING.fullmatch(text, begin, m.start)):
            e = doc.resolver.entity(m)
            return e if e is not None and e.kind == "publication" else None
    return None
