"""A chair named by a copula: "The Chair of the Fire Authority is Councillor Jo Lee and the Vice-Chair is
Councillor Sam Reed." The chair's title names the body ("Chair of the X"); the person after "is" chairs it, and a
vice-chair joined to the same sentence by "and" is vice-chair of the same body.

The other copula forms ("The Board's chair is ...", "Its Vice-Chair is ...") are clause triggers; this one puts the
body inside the title, which no trigger can see on one side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...graph.model import Entity
from ..layout import Line
from ..lexicon import NOW_HOLDER, TERM, chair_role, heads
from ..mentions import Mention
from . import ExtractionDoc, reads
from .attendance import chaired_body, describe_entry, meeting_body

# what opens the title: "The Chair of ...", "the current Vice-Chair of ...", "Its Chair of ..." is not English
_OPENING = re.compile(r"(?:^|[;:]\s*|\band\s+|\b)[Tt]he\s+(?:(?:current|present|new|incoming)\s+)?$")
_IS = re.compile(r"\s+(?:is|was|will be|has been)\s+(?:currently\s+|now\s+)?")
# "... and the Vice-Chair is Councillor Sam Reed": the second role, of the same body
_AND_VICE = re.compile(r"\s*,?\s+and\s+the\s+(?P<role>(?:Vice|Deputy)[- ]?Chair(?:man|woman|person)?)\s+"
                       r"(?:is|was|will be)\s+(?:currently\s+)?", re.I)
_WORDS = frozenset({"chair"})


@reads(*_WORDS)
def chair_is(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=_WORDS):
        mentions = doc.mentions(start, end, expect_person=True)
        for k, m in enumerate(mentions[:-1]):
            if m.role not in ("chair_of", "vice_chair_of") or not _OPENING.search(doc.text, start, m.start) or \
                    _OPENING.search(doc.text, start, m.start).end() != m.start:
                continue
            person = _person_after(doc, mentions[k + 1], m.end)
            body = _titled_body(doc, m)
            if person is None or body is None:
                continue
            relation = "chairs" if m.role == "chair_of" else "vice_chair"
            doc.add(person, relation, body, m.start, mentions[k + 1].end, f"chair_is:{relation}", 0.85)
            if relation == "chairs":
                _vice_after(doc, mentions[k + 2 :], mentions[k + 1].end, body, m.start)


# "Detective Chief Superintendent Jo Lee, Northumbria Police, is vice-chair.": a person's role on a body closes the
# sentence, the body left unsaid, as "Its vice-chair is Jo Lee" leaves it: the body the paragraph is about
# (between the name and the verb: an apposition in commas, "of" and the person's force, or a bracket saying whom
# they work for: "Supt Jo Lee of Wessex Police is vice-chair", "Supt Jo Lee (Wessex Police, North District) is ...";
# "continues as vice-chair" says the role as "is" does; "the panel's vice-chair" is the body's, the one spoken of)
_ROLE_CLOSES = re.compile(r"(?P<aside>\s*,\s*[^,;()]{1,100}?,|\s+of\s+(?:the\s+)?[A-Z][^,;()]{1,80}?|"
                          r"\s*\([^()]{1,100}\))?"
                          r",?\s+(?:is|was|will be|remains|has been|continues as|will continue as|remains as|"
                          # a terms of reference's "The Head of X acts as vice-chair"
                          r"acts as|will act as|serves as|"
                          # a minute's record of the choice: "Jo Lee was elected as vice-chair for 2026/27."
                          r"(?:was|has been|is)\s+(?:confirmed|appointed|elected|re-elected)\s+as)\s+"
                          # "is its vice-chair", "is our vice-chair" (a web page speaking for the body)
                          r"(?:(?:the|its|our|their)\s+(?:[a-z]+['’]s\s+)?)?"
                          r"(?:(?:current|present|new|interim|acting|standing)\s+)?"
                          # ("vice- chair": a word broken at its hyphen by the line's end)
                          r"(?P<role>(?:vice|deputy)(?:[- ]|-\s+)?chair(?:man|woman|person)?|"
                          r"chair(?:man|woman|person)?)"
                          # the term it is held for, after the role, closes the sentence as well
                          r"(?:\s+" + TERM + r")?"
                          # "was vice-chair until May 2023, when she was succeeded by Supt Jo Lee": held till then
                          r"(?:\s+until\s+[^,.;()]{3,30}?(?:(?P<succeeded>,\s+when\s+(?:she|he|they)\s+"
                          r"(?:was|were)\s+(?:succeeded|replaced)\s+(?:as\s+\S+\s+)?by\s+)|(?=[,.;]|$)))?"
                          # "... is vice-chair and chairs in the Chair's absence": what the deputy does, said next
                          r"(?=\s*(?:[.;]|$|,\s*and\s)|\s+and\s+(?:chairs|will chair|takes the chair)\b|"
                          r"(?<=by\s))", re.I)
# a post opening the clause it is the subject of: "The Head of Licensing, NDC, is vice-chair"
_POST_LEAD = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:The|Our)\s+")
# where the clause that names the person opens: the sentence's start, or ", and" / ";" before a second clause
_CLAUSE_OPENS = re.compile(r"(?:,\s*and|;)\s+")
# the titles a person's name may stand after at a clause's opening: "Chief Inspector", "Cllr", "Professor"; the
# person's post may come first, set apart by a comma ("The District Commander, Chief Inspector Jo Lee, is ...")
# (the post before the name may hold commas of its own, "The Deputy Mayor for Policing, Fire and Crime, Westshire
# Combined Authority, Jo Lee, is ...", or be owned, "Westshire Council's Head of Housing, Jo Lee, is ...")
_TITLE_LEAD = re.compile(r"(?:and\s+)?(?:(?:[Tt]he\s+|Our\s+|(?:[A-Z][\w&-]*\s+|of\s+|and\s+){0,6}[A-Z][\w&-]*['’]s\s+)"
                         r"(?:[A-Z][\w'’-]*[\s,]+|(?:of|for|and|the)\s+){1,16}?(?:[A-Z][\w'’)-]*),\s+)?"
                         r"(?:[A-Z][A-Za-z.]*\s+){0,4}")


@reads(*_WORDS)
def role_closes(doc: ExtractionDoc) -> None:
    previous: tuple[int, int] | None = None
    for i, (start, end) in doc.layout.sentences():
        before, previous = previous, (start, end)
        if i in doc.claimed or not doc.holds(_WORDS, start, end):
            continue
        mentions = doc.mentions(start, end, expect_person=True)
        for m in mentions:
            if m.kind not in ("person", "post") or m.role:
                continue
            said = _ROLE_CLOSES.match(doc.text[:end], m.end)
            if said is None or any(x.kind == "person" and m.end <= x.start < said.end() for x in mentions):
                continue  # "Sam Reed, Jo Lee, is Vice-Chair": two people before the role, which of them is unclear
            opens = max([start] + [c.end() for c in _CLAUSE_OPENS.finditer(doc.text, start, m.start)])
            if not (_TITLE_LEAD if m.kind == "person" else _POST_LEAD).fullmatch(doc.text, opens, m.start):
                continue  # "The board thanked Jo Lee, who is chair": the person opens no clause of their own
            holder = doc.resolver.person(m) if m.kind == "person" else _closing_post(doc, m, said, mentions)
            body = _chaired_before(doc, mentions, start, opens) or chair_antecedent(doc, before, start) \
                if holder is not None else None
            if body is not None:
                relation = "vice_chair" if re.match(r"(?i)vice|deputy", said.group("role")) else "chairs"
                doc.add(holder, relation, body, m.start, said.end(), f"chair_is:{relation}_closes", 0.8)
                _successor(doc, said, mentions, relation, body)


# the first clause gives the body its chair: "The Partnership is chaired by A, and B acts as vice-chair"
_CHAIRED = re.compile(r"\s+(?:is|was|has been|will be)\s+(?:(?:also|currently|jointly)\s+)?(?:co-)?chaired\s+by\s")


def _chaired_before(doc: ExtractionDoc, mentions: list[Mention], start: int, opens: int) -> Entity | None:
    """The body a sentence's first clause (START to OPENS) opens with and says is chaired, whose vice-chair the
    second clause names; None when the first clause is not so made."""
    if opens <= start:
        return None
    first = next((x for x in mentions if x.start >= start), None)
    if first is None or first.kind != "body" or first.end >= opens or \
            not re.fullmatch(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:The\s+)?", doc.text[start : first.start]) or \
            not _CHAIRED.match(doc.text, first.end, opens):
        return None
    body = doc.resolver.entity(first)
    return body if body is not None and body.kind == "body" and not _unchaired(body) else None


def _successor(doc: ExtractionDoc, said: re.Match, mentions: list[Mention], relation: str, body: Entity) -> None:
    """ "... was vice-chair until May 2023, when she was succeeded by Supt Jo Lee": the person named right after
    "succeeded by" took the same role on the same body."""
    if not said.group("succeeded"):
        return
    nxt = next((x for x in mentions if x.start >= said.end()), None)
    if nxt is not None and nxt.kind == "person" and _TITLE_ONLY.fullmatch(doc.text, said.end(), nxt.start):
        doc.add(doc.resolver.person(nxt), relation, body, said.start("succeeded"), nxt.end,
                f"chair_is:{relation}_successor", 0.8)


_TITLE_ONLY = re.compile(r"(?:[A-Z][A-Za-z.]*\s+){0,4}")


def _closing_post(doc: ExtractionDoc, m: Mention, said: re.Match, mentions: list[Mention]) -> Entity | None:
    """The post M opening a clause whose role closes it (see role_closes), with the organisation its aside names
    ("The Prevent Officer, Wessex Police, acts as vice-chair": the force's); an aside naming anything else (a
    person, words that are no body) says more than whose the post is: None."""
    post = doc.resolver.post(m)
    if post is None or post.kind != "post":
        return None
    if not said.group("aside"):
        return post
    aside = doc.text[said.start("aside") : said.end("aside")].strip(" ,")
    if doc.resolver.council is not None and doc.resolver.own_initials(aside):
        org: Entity | None = doc.resolver.council  # "The Head of Licensing, NDC, is vice-chair"
        return doc.resolver.remember(doc.resolver.post_named(f"{m.name}, {org.name}", written=m.name),
                                     f"{m.name} of {org.name}")
    inside = [x for x in mentions if said.start("aside") <= x.start < said.end("aside")]
    if len(inside) != 1 or inside[0].kind != "body" or \
            doc.text[said.start("aside") : inside[0].start].strip(" ,") or \
            doc.text[inside[0].end : said.end("aside")].strip(" ,"):
        return None
    org = doc.resolver.entity(inside[0])
    if org is None or org.kind != "body":
        return None
    if org.name in post.name:
        return post
    return doc.resolver.remember(doc.resolver.post_named(f"{m.name}, {org.name}", written=m.name),
                                 f"{m.name} of {org.name}")


# "The Prevent Co-ordinator is Jo Lee.", "2.3 The Senior Responsible Owner (SRO) for the Partnership is Dr Jo Lee,
# Director of Public Health": a post opens the sentence and its holder follows "is" (the copula the chair's title
# takes in chair_is, for any post); its initials in brackets, and the body it serves, may stand between
# (a time may open the sentence, saying when the holder holds it: "From April 2025 the SRO is ...", "At the date of
# this version the Head of X is ...")
_POST_OPENS = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:(?:From|Since|Until|As of|As at)\s+(?:[A-Z][a-z]+\s+)?"
                         r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|" + NOW_HOLDER + r"),?\s+)?"
                         r"(?P<the>[Tt]he|[Oo]ur)\s+(?:(?:current|present)\s+)?")
# ", Safeguarding and Quality Assurance is ...": a unit of the post, in capitals, then the copula
_POST_UNIT = re.compile(r",\s+(?P<unit>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|&))*)(?=\s+(?:is|was)\s)")
# "... is Jo Lee and the Service Manager is ...": a second clause of the same making
_AND_THE = re.compile(r"\s+and\s+(?P<the>the\s)")
_POSSESSIVE = re.compile(r"['’]s\s+")
_POST_INITIALS = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}\)")
_POST_FOR = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?")
# after the holder's name: the sentence ends, or an apposition or an aside says more of them (no second name)
_HOLDER_ENDS = re.compile(r"\s*(?:[.;]|,(?!\s*and\b)|\(|$)")
_POST_IS_WORDS = frozenset({" is "})


@reads(*_POST_IS_WORDS)
def post_is(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=_POST_IS_WORDS):
        opening: int | None = start
        while opening is not None:
            # "... the Head of X is Jo Lee and the Service Manager is Sam Reed": each clause names a holder
            opening = _post_is_clause(doc, opening, end)


def _post_is_clause(doc: ExtractionDoc, start: int, end: int) -> int | None:
    """Reads the clause from START that names a post and, after "is", its holder (see post_is); the opening of a
    second such clause joined by "and the", else None."""
    lead = _POST_OPENS.match(doc.text, start, end)
    if lead is None:
        return None
    # (a time opening the sentence is no name: the names are read from the post's article on)
    mentions = doc.mentions(lead.start("the"), end, expect_person=True)
    # (the owner and the body served are resolved only once the sentence is read as a post's holder: resolving
    # names a body's short form as its alias, which a sentence this rule does not read must leave as it was)
    owner_m, k = None, 0
    if len(mentions) > 1 and mentions[0].kind in ("body", "name") and \
            _POSSESSIVE.fullmatch(doc.text, mentions[0].end, mentions[1].start):
        # "The Council's Community Safety Manager is ...": the owner's post
        if mentions[0].kind != "body":
            return None
        owner_m, k = mentions[0], 1
    if len(mentions) <= k or mentions[k].kind != "post" or mentions[k].role or \
            chair_role(mentions[k].name, ending=True) or mentions[0].start != lead.end():
        return None
    m, k = mentions[k], k + 1
    at = m.end
    initials = _POST_INITIALS.match(doc.text, at)
    at = initials.end() if initials else at
    served_m = None
    said_for = _POST_FOR.match(doc.text, at)
    if said_for is not None and k < len(mentions) and mentions[k].start == said_for.end() and \
            mentions[k].kind in ("body", "name"):
        served_m = mentions[k]
        at, k = mentions[k].end, k + 1
    unit = _POST_UNIT.match(doc.text, at, end) if served_m is None and initials is None else None
    if unit is not None and all(x.kind in ("name", "topic") for x in mentions[k:] if x.end <= unit.end()):
        # "the Service Manager, Safeguarding and Quality Assurance is Jo Lee": the unit after the comma is the
        # post's own, and no organisation or person
        m = replace(m, end=unit.end(), name=f"{m.name}, {unit.group('unit')}")
        at, k = unit.end(), k + sum(1 for x in mentions[k:] if x.end <= unit.end())
    said = _IS.match(doc.text, at)
    if said is None or k >= len(mentions) or mentions[k].start != said.end() or mentions[k].kind != "person":
        return None
    joined = _AND_THE.match(doc.text, mentions[k].end, end)
    if joined is None and not _HOLDER_ENDS.match(doc.text[:end], mentions[k].end):
        return None
    owner = doc.resolver.entity(owner_m) if owner_m is not None else None
    if owner_m is not None and (owner is None or owner.kind != "body"):
        return None
    served = None
    if served_m is not None:
        served = doc.resolver.entity(served_m) if served_m.kind == "body" else \
            doc.resolver.body_named(served_m.name, served_m.acronym, place=served_m.place)
        if served is None or served.kind != "body":
            return None  # the post of something that is not a body the paper names: whose, unclear
    post = doc.resolver.post(m)
    if post is None or post.kind != "post":
        return None
    if owner is not None and owner.name not in post.name:
        post = doc.resolver.remember(doc.resolver.post_named(f"{m.name}, {owner.name}", written=m.name),
                                     f"{m.name} of {owner.name}")
    if served is not None:
        qualified = doc.resolver.post_named(f"{post.name}, {served.name}", written=m.name)
        post = doc.resolver.remember(qualified, f"{post.name} for {served.name}", f"{post.name} of {served.name}")
    doc.add(doc.resolver.person(mentions[k]), "holds_post", post, m.start, mentions[k].end, "post_is:holds_post", 0.8)
    return joined.start("the") if joined is not None else None


# "The chair of the Joint Panel passes each year ...", "Chairing of the Board rotates ...": a chair's body named
_CHAIR_OF_BEFORE = re.compile(r"(?i)\b(?:(?:vice|deputy|co)[- ]?)?(?:chair(?:man|woman|person)?(?:ship)?|chairing)"
                              r"\s+of\s+(?:the\s+)?")
_CAPITALISED_GAP = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,4}")


def chair_antecedent(doc: ExtractionDoc, before: tuple[int, int] | None, at: int) -> Entity | None:
    """The body a chair spoken of without naming it ("The vice-chair is Jo Lee", "Its chair for 2024/25 was ...",
    "Jo Lee is vice-chair.") is of, the sentence BEFORE read first: the one body it names by a chair's title ("The
    chair of the Joint Panel passes from one council to the other. In 2026/27 the chair is ..."), else the body the
    pronoun would stand for (clauses.antecedent). A body of a kind no chair holds (a service, an office, a force:
    "The Commissioner's Office sends an observer as a co-opted member. Its vice-chair is ...") is not the one meant:
    None, rather than a guess."""
    from .clauses import antecedent  # clauses imports this module's readers' helpers at its top

    if before is not None:
        mentions = doc.mentions(*before)
        titled = {}
        for said in _CHAIR_OF_BEFORE.finditer(doc.text, *before):
            named = next((m for m in mentions if m.start >= said.end()), None)
            if named is None or named.kind != "body" or \
                    not _CAPITALISED_GAP.fullmatch(doc.text, said.end(), named.start):
                continue
            body = doc.resolver.entity(named)
            if body is not None and body.kind == "body":
                titled[body.iri] = body
        if len(titled) == 1:
            return next(iter(titled.values()))
        # "Insp Jo Lee of Westshire Police chairs the CSP. The vice-chair is ...": the one body the sentence before
        # gave a chair
        chaired = {f.object.iri: f.object for f in doc.facts if f.relation == "chairs" and f.object is not None and
                   before[0] <= f.start and f.end <= before[1]}
        if len(chaired) == 1:
            return next(iter(chaired.values()))
    body = antecedent(doc, before, at)
    if body is not None and body.kind == "body" and _unchaired(body):
        # "... The Commissioner's Office sends an observer as a co-opted member. Its vice-chair is ...": a member spoken
        # of last, not the body; the paper's own body is the one whose officers it lists, when a chair can hold it
        body = doc.resolver.body
    return body if body is not None and body.kind == "body" and not _unchaired(body) else None


def _unchaired(body: Entity) -> bool:
    """BODY is of a kind no chair holds: its head noun (an office's first word) is one of heads.yaml unchaired."""
    words = body.name.split()
    return (words[0] if words[0] == "Office" else words[-1]) in heads().unchaired


def _person_after(doc: ExtractionDoc, nxt: Mention, at: int) -> Entity | None:
    """The person named right after "is" at AT, else None (a post, a body, or more words between)."""
    said = _IS.match(doc.text, at)
    if said is None or said.end() != nxt.start or nxt.kind != "person":
        return None
    return doc.resolver.person(nxt)


def _titled_body(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """The body "Chair of the X" names: a full name, or "the Authority", "the Board" for the body named before."""
    named = re.sub(r"^.*?\bof\s+(?:the\s+)?", "", m.name)
    # a head word alone ("the Authority") stands for a body named before it, never a body called that
    body = doc.resolver.back_reference(named, m.start) if " " not in named else chaired_body(doc, m)
    return body if body is not None and body.kind == "body" else None


def _vice_after(doc: ExtractionDoc, rest: list[Mention], at: int, body: Entity, quote_start: int) -> None:
    said = _AND_VICE.match(doc.text, at)
    if said is None:
        return
    person = next((x for x in rest if x.start >= said.end()), None)
    if person is None or person.start != said.end() or person.kind != "person":
        return
    doc.add(doc.resolver.person(person), "vice_chair", body, quote_start, person.end, "chair_is:vice_chair", 0.85)


# "Quality Group (chair: Head of Safeguarding, ICB - Sunil Roy)", "Exploitation Group - chair: Director of
# Public Health (Dr Ivo Lark); reports to ...": a group's chair slot that names a person with what describes them
_BRACKET_SLOT = re.compile(r"\(\s*chair(?:ed by)?\s*:\s*(?P<slot>[^()]*(?:\([^()]*\)[^()]*)?)\)", re.I)
# (the slot ends with its sentence; a bracket in it may close on the item's next line: "chair: Head of Public Health
# Commissioning (Substance<newline>Misuse), Westshire Council. It oversees ...")
_DASH_SLOT = re.compile(r"\s+[-–—]\s+chair\s*:\s*(?P<slot>(?:[^;\n.()]|\([^()]{0,80}\))+)", re.I)
# "Case Review Group - rapid reviews; chair: ...": a slot after what the item says its group does
_LATER_SLOT = re.compile(r"\s*;\s*chair(?:ed by)?\s*:\s*(?P<slot>[^;\n]+)", re.I)
# "    - chair: ..." on a line of its own under its group's item
_OWN_LINE_SLOT = re.compile(r"[-–—*•·]?\s*chair(?:ed by)?\s*:\s*(?P<slot>[^;\n]+)", re.I)
_ACRONYM_GAP = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,8}\)\s*)?$")
_SLOT_WORDS = frozenset({"chair:", "chair :", "chaired by:"})


@reads(*_SLOT_WORDS)
def chair_slots(doc: ExtractionDoc) -> None:
    for line in doc.layout.lines:
        if not doc.holds(_SLOT_WORDS, line.start, line.end):
            continue
        # a bracket may close on the next line: "the Finance Sub-group (chair:<newline>Jo Lee)"
        bracketed = [m for m in _BRACKET_SLOT.finditer(doc.text, line.start, min(len(doc.text), line.end + 120))
                     if m.start() < line.end]
        dashed = [m for m in _DASH_SLOT.finditer(doc.text, line.content_start, min(len(doc.text), line.end + 120))
                  if m.start() < line.end]
        later = list(_LATER_SLOT.finditer(doc.text, line.content_start, line.end)) if not dashed else []
        # (only a bullet's: a "Chair:" field of a record names its chair with no item above it)
        own = _OWN_LINE_SLOT.fullmatch(doc.text, line.content_start, line.end) if line.kind == "bullet" else None
        for slot in (*bracketed, *dashed, *later, *([own] if own is not None else [])):
            body = _group_before(doc, line.content_start, slot.start())
            if body is None and slot.re is not _BRACKET_SLOT:
                # the item's own group, whatever the item says of it before the slot ("Training Group (multi-agency
                # learning) - chair: ...", "Case Review Group - rapid reviews; chair: ..."), or, for a slot on a
                # line of its own, the group of the item above it
                body = _item_group(doc, line, slot.start()) if slot is not own else _item_above(doc, line)
            if body is not None:
                _slot_person(doc, body, slot.start("slot"), slot.end("slot"), slot.start())
                _slot_post(doc, body, slot.start("slot"), slot.end("slot"), slot.start())
                _reports_after(doc, body, slot.end(), line.end)


# "Theme group chairs in 2023/24:", "Sub-group chairs 2024/25:": a heading that says the items under it (or after it
# on its line) name each group's chair, so an item "Group - Jo Lee, Wessex Police" is a chair slot with no "chair:"
# (its own list of group nouns; heads.yaml kind_descriptions describes the same kinds of group, read apart)
_CHAIRS_HEADING = re.compile(r"(?i)(?:^|\n)[ \t]*(?:[\w-]+[ \t]+){0,2}?(?:sub-?[ \t]?groups?|groups?|panels?|"
                             r"boards?|forums?|sub-?committees?)[ \t]+chairs\b[^:.;\n]{0,25}:[ \t]*")
# the dash between an item's group and its chair
_ITEM_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
_HEADING_WORDS = frozenset({"chairs"})


@reads(*_HEADING_WORDS)
def headed_chair_slots(doc: ExtractionDoc) -> None:
    """The items of a list headed as its groups' chairs ("Sub-group chairs 2024/25:" over "Learning and Review Group -
    DS Jo Lee, Wessex Police"): each item's group is chaired by the one person (or the post alone) after its dash,
    read as a "Group - chair: ..." slot is. The list runs to the paragraph's end: its items are its lines (a line with
    no dash carries on the item above, wrapped), or, when the items follow the heading on its own line, the pieces
    between semicolons."""
    for head in _CHAIRS_HEADING.finditer(doc.text):
        stop = doc.text.find("\n\n", head.end())
        stop = len(doc.text) if stop < 0 else stop
        inline = doc.text[head.end() : doc.text.find("\n", head.end()) % (len(doc.text) + 1)].strip()
        for a, b in (_pieces(doc.text, head.end(), stop, ";") if inline else _item_lines(doc.text, head.end(), stop)):
            dash = _ITEM_DASH.search(doc.text, a, b)
            if dash is None:
                continue
            body = _group_before(doc, a, dash.start())
            if body is None:
                continue
            slot_end = b - len(doc.text[a:b]) + len(doc.text[a:b].rstrip(" \t\n;.,"))
            _slot_person(doc, body, dash.end(), slot_end, a)
            _slot_post(doc, body, dash.end(), slot_end, a)


def _pieces(text: str, a: int, b: int, sep: str) -> list[tuple[int, int]]:
    """The spans of TEXT[a:b] between SEP, blanks around them trimmed."""
    spans, at = [], a
    while at < b:
        cut = text.find(sep, at, b)
        cut = b if cut < 0 else cut
        piece = text[at:cut]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            spans.append((at + lead, at + len(piece.rstrip())))
        at = cut + 1
    return spans


def _item_lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items of the lines in TEXT[a:b], a bullet or indent stripped: a line with no dash carries on the item
    above (its slot wrapped)."""
    items: list[list[int]] = []
    for start, end in _pieces(text, a, b, "\n"):
        marker = re.match(r"[*•·-][ \t]+", text[start:end])
        start += marker.end() if marker else 0
        if _ITEM_DASH.search(text, start, end) is None and items:
            items[-1][1] = end
        else:
            items.append([start, end])
    return [(x, y) for x, y in items]


def _group_before(doc: ExtractionDoc, start: int, at: int) -> Entity | None:
    """The body named right before a chair slot at AT (an acronym in brackets may stand between)."""
    found = [m for m in doc.mentions(start, at) if m.kind in ("body", "name")]
    if not found or not _ACRONYM_GAP.fullmatch(doc.text[found[-1].end : at]) or found[-1].back_ref:
        return None
    m = found[-1]
    body = doc.resolver.entity(m) if m.kind == "body" else doc.resolver.body_named(m.name, m.acronym, place=m.place)
    return body if body is not None and body.kind == "body" else None


def _item_group(doc: ExtractionDoc, line: Line, at: int) -> Entity | None:
    """The group LINE's item opens with, when no other body is named between it and AT (a slot on that line)."""
    found = [m for m in doc.mentions(line.content_start, at) if m.kind in ("body", "name")]
    opener = doc.text[line.content_start : found[0].start] if found else ""
    if len(found) != 1 or opener.strip(" \t|-–—*•·+`") or found[0].back_ref:
        return None
    return _group_before(doc, found[0].start, found[0].end)


def _item_above(doc: ExtractionDoc, line: Line) -> Entity | None:
    """The group of the list item right above LINE (a slot set on a bullet of its own under it), which names only
    it."""
    k = doc.layout.lines.index(line)
    above = doc.layout.lines[k - 1] if k > 0 else None
    if above is None or above.kind != "bullet" or doc.text[above.content_start : above.end].rstrip().endswith(
            (".", ":")):
        return None
    return _item_group(doc, above, above.end)


def _slot_person(doc: ExtractionDoc, body: Entity, a: int, b: int, quote_start: int) -> None:
    """The one person a chair slot names chairs BODY; the post before their name ("Head of Safeguarding, ICB -
    Jo Lee", "Director of Public Health (Jo Lee)") is theirs and chairs the body too, and what follows the name
    ("Jo Lee, Wessex Police") says whom they work for."""
    people = [m for m in doc.mentions(a, b, expect_person=True) if m.kind == "person"]
    if len(people) != 1:
        return
    m = people[0]
    person = doc.resolver.person(m)
    span = (quote_start, max(b, m.end))
    doc.add(person, "chairs", body, *span, "chair_slot:chairs", 0.85)
    before = doc.text[a : m.start].rstrip(" (-–—,")
    posts = [x for x in doc.mentions(a, a + len(before)) if x.kind == "post"] if before.strip() else []
    if posts and posts[0].start - a <= 2 and not posts[0].role:
        # the post the clause reader saw chair the body in this slot, else the post as written
        post = next((f.subject for f in doc.facts if f.relation == "chairs" and f.object is not None and
                     f.object.iri == body.iri and f.subject.kind == "post" and a <= f.end <= b), None) or \
            doc.resolver.post_named(" ".join(before.split()), written=posts[0].name)
        doc.add(person, "holds_post", post, *span, "chair_slot:post", 0.85)
        doc.add(post, "chairs", body, *span, "chair_slot:chairs", 0.8)
    after = m.end + 1 if doc.text[m.end : m.end + 1] == ")" else m.end
    if doc.text[after:b].strip(" ,;.-–—"):
        describe_entry(doc, person, None, after, b, span)


# "Exploitation Group - chair: Head of Community Safety", "(chair: Director of Public Health, Northdale Council)":
# a slot that names only a post (the brackets of an aside, or an organisation after a comma, may follow it)
_POST_TAIL = re.compile(r"\s*(?:,\s*(?P<unit>[^,;()]{2,40}?)(?=\s*,))?(?:,\s*(?P<org>[^,;()]{2,60}))?\s*$")


def _slot_post(doc: ExtractionDoc, body: Entity, a: int, b: int, quote_start: int) -> None:
    """The post a chair slot names alone chairs BODY (a slot naming a person is the person's: see _slot_person)."""
    held = slot_post(doc, a, b)
    if held is not None:
        doc.add(held, "chairs", body, quote_start, b, "chair_slot:chairs", 0.8)


def slot_post(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """The post TEXT[a:b] names alone, with the organisation (and unit) written after it in commas: "Director of
    Public Health, Northdale Council", "Detective Superintendent, Public Protection, Westshire Police". None when
    a person is named, or more is said after the post than whom it serves."""
    while b > a and doc.text[b - 1] in " .;":
        b -= 1  # "Chair: Director of Public Health." closes its field with a full stop
    found = doc.mentions(a, b, expect_person=True)
    if not found or found[0].kind != "post" or found[0].start - a > 1 or found[0].role or \
            any(m.kind == "person" for m in found):
        return None
    post = found[0]
    tail = _POST_TAIL.fullmatch(doc.text, post.end, b)
    if tail is None:
        return None  # more is said after the post than whom it serves
    held = doc.resolver.post(post)
    if tail.group("org"):
        org = next((m for m in found[1:] if m.start == tail.start("org") and m.kind == "body"), None)
        employer = doc.resolver.entity(org) if org is not None else None
        if employer is None or employer.kind != "body":
            return None
        # "Detective Superintendent, Public Protection, Westshire Police": the unit between stays in the name
        unit = f", {tail.group('unit').strip()}" if tail.group("unit") else ""
        held = doc.resolver.post_named(f"{post.name}{unit}, {employer.name}", written=post.name)
    elif tail.group("unit"):
        return None  # "Head of Service, Early Help, ..." with no organisation to close it: unclear
    return held if held is not None and held.kind == "post" else None


# "Youth Violence Group - Jo Lee (Chair);", "Reoffending Group - Jo Lee chairs.": an item naming a group, a dash and
# the one person who chairs it, the role after the name
_DASH_HOLDER = re.compile(r"\s+[-–—]\s+(?P<who>[^-–—;()\n]{3,60}?)(?:\s*\((?P<bracket>(?:co-|vice[- ]|deputy[- ])?chair"
                          r"(?:man|woman|person)?)\)|\s+(?P<verb>(?:co-)?chairs))\s*[;.,]?\s*(?:and\s*)?$", re.I)
_HOLDER_WORDS = frozenset({"chair)", "chairs"})


@reads(*_HOLDER_WORDS)
def item_holders(doc: ExtractionDoc) -> None:
    for line in doc.layout.lines:
        if line.kind != "bullet" or not doc.holds(_HOLDER_WORDS, line.start, line.end):
            continue
        said = _DASH_HOLDER.search(doc.text, line.content_start, line.end)
        if said is None:
            continue
        body = _group_before(doc, line.content_start, said.start())
        people = doc.mentions(said.start("who"), said.end("who"), expect_person=True)
        if body is None or len(people) != 1 or people[0].kind != "person" or \
                people[0].start != said.start("who") or people[0].end != said.end("who"):
            continue  # the piece between the dash and the role is one person's name, and only that
        role = (said.group("bracket") or said.group("verb")).casefold()
        relation = "vice_chair" if role.startswith(("vice", "deputy")) else "chairs"
        end = said.start() + len(said.group(0).rstrip())
        doc.add(doc.resolver.person(people[0]), relation, body, line.content_start, end, f"chair_is:item_{relation}",
                0.85)


# "(b) Student Safety Group. Jo Lee, chair of the group, gave an update", "(c) Reducing Reoffending Group - Jo Lee,
# chair, reported that ...": an item opening with its group, then a person whose apposition says they chair it
_ITEM_OPENS = re.compile(r"\s*(?:[-–—*•·]|\(?[a-z0-9]{1,3}[.)])\s+")
_GROUP_THEN = re.compile(r"\s*(?:\.|[-–—:])\s+")
_APPOSED_ROLE = re.compile(r"\s*,\s*(?:the\s+|its\s+)?(?P<role>(?:vice|deputy|co)[- ]?chair|chair)(?:man|woman|person)?"
                           r"(?:\s+of\s+the\s+(?:group|forum|board|panel|sub-?group|partnership|network|committee))?"
                           r"\s*,\s+", re.I)
_APPOSED_WORDS = frozenset({"chair,", "chair of the"})


@reads(*_APPOSED_WORDS)
def item_apposed_chairs(doc: ExtractionDoc) -> None:
    for line in doc.layout.lines:
        if not doc.holds(_APPOSED_WORDS, line.start, line.end) or not _ITEM_OPENS.match(doc.text, line.start):
            continue
        found = doc.mentions(line.start, min(len(doc.text), line.end + 200), expect_person=True)
        if len(found) < 2 or found[0].kind not in ("body", "name") or found[1].kind != "person" or \
                not _ITEM_OPENS.fullmatch(doc.text, line.start, found[0].start) or \
                not _GROUP_THEN.fullmatch(doc.text, found[0].end, found[1].start):
            continue
        said = _APPOSED_ROLE.match(doc.text, found[1].end)
        body = _group_before(doc, found[0].start, found[0].end) if said is not None else None
        if body is None or _unchaired(body):
            continue
        relation = "vice_chair" if said.group("role").lower().startswith(("vice", "deputy")) else "chairs"
        doc.add(doc.resolver.person(found[1]), relation, body, found[0].start, said.end(),
                f"chair_is:item_apposed_{relation}", 0.8)


# "...; reports to the Health and Wellbeing Board": the group of the item (or row) whose chair slot this follows
_REPORTS_AFTER = re.compile(r"\s*;\s*(?:it\s+|and\s+)?reports?\s+(?:annually\s+|quarterly\s+|directly\s+|formally\s+)?"
                            r"(?:in)?to\s+", re.I)


def _reports_after(doc: ExtractionDoc, body: Entity, at: int, end: int) -> None:
    """ "Drugs Partnership - chair: Director of Public Health; reports to the Health and Wellbeing Board": BODY, the
    item's group, reports to the body named right after "reports to"."""
    said = _REPORTS_AFTER.match(doc.text, at, end)
    if said is None:
        return
    to = next((m for m in doc.mentions(said.end(), end) if m.start - said.end() <= 4), None)
    if to is None or to.kind not in ("body", "name"):
        return
    target = doc.resolver.entity(to) if to.kind == "body" else doc.resolver.body_named(to.name, to.acronym,
                                                                                        place=to.place)
    if target is not None and target.kind == "body" and target.iri != body.iri:
        doc.add(body, "reports_to", target, said.start(), to.end, "chair_slot:reports_to", 0.8)


# "Councillor Jo Lee (Chair) welcomed members", "Signed: Cllr Jo Lee (Chair)": a person marked with the chair they
# hold, in a sentence or a field rather than an attendance list, the mark right after the name
_MARK = re.compile(r"\s*\(\s*(?:the\s+)?(?P<role>(?:vice|deputy|co)[- ]?chair(?:man|woman|person)?|"
                   r"chair(?:man|woman|person)?)\s*\)", re.I)
_MARK_WORDS = frozenset({"chair)", "chairman)", "chairwoman)", "chairperson)"})


@reads(*_MARK_WORDS)
def marked_chairs(doc: ExtractionDoc) -> None:
    for i, (start, end) in doc.prose(holding=_MARK_WORDS):
        if doc.layout.lines[i].kind == "bullet":
            continue  # a list's "- Cllr Jo Lee (Chair)" is a membership entry, read with its list
        for m in doc.mentions(start, end, expect_person=True):
            said = _MARK.match(doc.text, m.end, end) if m.kind == "person" else None
            if said is None:
                continue
            # the meeting's body in minutes; else the body the section (or the paper) is about
            body = meeting_body(doc) or doc.scope_body(m.start)
            if body is None or body.kind != "body" or _unchaired(body):
                continue
            relation = "vice_chair" if said.group("role").lower().startswith(("vice", "deputy")) else "chairs"
            doc.add(doc.resolver.person(m), relation, body, m.start, said.end(), f"chair_is:marked_{relation}", 0.8)


# "Jo Lee will take over as Chair of the Partnership", "Jo Lee, who is Chair of the Board, ...", "Jo Lee continues
# as Vice-Chair of the Panel": a person, the verb that gives them the role, then the role's title naming its body
_ROLE_VERB = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:(?:is|was|has\s+been|had\s+been|will\s+be|remains|remained|will\s+remain|continues|"
    r"continued|will\s+continue|serves|served|will\s+serve|acts|acted|will\s+act)(?:\s+as)?|"
    r"(?:will\s+take|took|takes|has\s+taken|is\s+taking)\s+over\s+as|"
    r"(?:became|becomes|will\s+become|has\s+become)|"
    r"(?:stood|stepped|steps|stands|has\s+stepped|will\s+step|will\s+stand)\s+down\s+as|"
    r"(?:was|has\s+been|is|will\s+be|had\s+been)\s+(?:re-?)?(?:appointed|elected|confirmed)(?:\s+as)?)"
    r"\s+(?:the\s+)?(?:(?:new|interim|acting|current)\s+)?")
_ROLE_VERB_WORDS = frozenset({"chair of", "chairman of", "chairwoman of", "chairperson of"})


@reads(*_ROLE_VERB_WORDS)
def role_of_verbs(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=_ROLE_VERB_WORDS):
        mentions = doc.mentions(start, end, expect_person=True)
        for m, role in zip(mentions, mentions[1:], strict=False):
            if m.kind != "person" or role.role not in ("chair_of", "vice_chair_of"):
                continue
            said = _ROLE_VERB.match(doc.text, m.end, role.start)
            if said is None or said.end() != role.start:
                continue
            body = _titled_body(doc, role)
            if body is None or _unchaired(body):
                continue
            relation = "chairs" if role.role == "chair_of" else "vice_chair"
            doc.add(doc.resolver.person(m), relation, body, m.start, role.end, f"chair_is:verb_{relation}", 0.85)
