"""Publications named after the body that produces them.

"Birmingham Community Safety Partnership Annual Report (2018-19)", "the Safer Lincolnshire Partnership (SLP)
Annual Report", "Northamptonshire Safeguarding Adults Board – Annual Report 2018-19": a report, plan or strategy
whose name is a body's name followed by a publication head (or set after it with a dash) is produced by that
body.

A police and crime plan named with no owner ("in support of the Police and Crime Plan 2024-2029") is produced by
the one commissioner, or mayor with the commissioner's functions, that the paper names: the plan is theirs by
statute.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ...graph.model import Entity
from .. import placenames
from ..layout import Line
from ..lexicon import heads
from ..mentions import Mention, looks_like_person
from ..placenames import leading_place
from ..resolve import unscoped_name
from . import ExtractionDoc, reads

_DASH = re.compile(r"^\s*(?:[-–—:]|\(\s*[A-Z]{2,8}\s*\))\s*")


_OWNER_HEADS = frozenset({"Partnership", "Board", "Council", "Committee", "Panel", "Group", "Trust", "Commission",
                          "Unit", "Police", "Forum", "Network", "Alliance", "Authority", "Executive", "Service",
                          "Office", "Government", "Govt", "Constabulary", "Agency"})
_ADJECTIVES = frozenset({"Annual", "Draft", "Final", "New", "Updated", "Revised", "Interim", "Joint", "Title",
                         "Subject", "The"})


# words that open a phrase about a paper, not a body's name ("Feedback on the ...", "Update to the ...")
_NO_OWNER_START = frozenset("""Feedback Update Updates Comments Response Responses Progress Review Consultation
    Report Reports Draft Briefing Presentation Summary Item Agenda Minutes Appendix Annex""".split())


def named_owner(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """The body whose name opens a publication's ("X Partnership Annual Report" is X Partnership's), else None."""
    from ..mentions import classify

    tokens = m.name.split()
    while tokens and tokens[0] in _ADJECTIVES:
        tokens = tokens[1:]
    for k in range(len(tokens) - 1, 1, -1):
        if tokens[k - 1] not in _OWNER_HEADS or any(t in heads().body for t in tokens[k:]):
            continue
        if tokens[k] in ("and", "&"):
            continue  # "Marlshire Police and Crime Plan": the head word goes on into the paper's own name
        if tokens[0] in _NO_OWNER_START:
            return None  # "Feedback on the Police and Crime Plan": no body owns it by name
        if tokens[k - 1] == "Partnership" and tokens[k] == "Plan":
            found = partnership_plan_owner(doc, tokens[:k])
            if found is not None or short_named(tokens[:k]):
                return found  # "HBCSP Partnership Plan" is HBCSP's: there is no "HBCSP Partnership"
        owner = classify(" ".join(tokens[:k]), 0)
        if len(owner) == 1 and owner[0].kind == "body" and not owner[0].back_ref:
            return doc.resolver.body_named(owner[0].name, place=owner[0].place)
        return None
    return None


# the short name of a partnership before "Partnership Plan": its initials ("HBCSP") or a place and "CSP"
_SHORT_NAME = re.compile(r"[A-Z][A-Z&]{1,9}")


def short_named(words: list[str]) -> bool:
    """WORDS, a name ending in "Partnership", give the partnership by a short name before it ("HBCSP Partnership",
    "Fyldham CSP Partnership"): no body is named so in full."""
    return len(words) >= 2 and _SHORT_NAME.fullmatch(words[-2]) is not None


def partnership_plan_owner(doc: ExtractionDoc, words: list[str]) -> Entity | None:
    """The partnership a plan's name "<X> Partnership Plan" is by (WORDS: its words up to "Partnership"). A
    "Partnership Plan" is a kind of plan, so X may be the partnership's short name ("HBCSP", "Fyldham CSP") or its
    place ("Wendle Hatton Partnership Plan" of the Wendle Hatton Community Safety Partnership), not the start of a
    body "X Partnership": the body the paper names as "X Partnership", else the one partnership X stands for."""
    named = doc.resolver.known_thing(" ".join(words), frozenset({"body"}))
    if named is not None:
        return named
    short = words[:-1]
    if len(short) == 1 and _SHORT_NAME.fullmatch(short[0]):
        found = doc.resolver.acronym(short[0])
        return found if found is not None and found.kind == "body" else None
    if short and short[-1] == "CSP":
        short = short[:-1]  # "Fyldham CSP": the place's community safety partnership
    if not short:
        return None
    lead = " ".join(short) + " "
    fits = {e.iri: e for e in doc.resolver.entities if e.kind == "body" and e.name.endswith(" Partnership") and
            e.name.startswith(lead)}
    return next(iter(fits.values())) if len(fits) == 1 else None


@reads()
def publications(doc: ExtractionDoc) -> None:
    r = doc.resolver
    above: list[Mention] = []  # the mentions of the line above, when that line is a body's name alone
    for line in doc.layout.lines:
        if line.kind == "blank":
            continue
        mentions = doc.mentions(line.content_start, line.end)
        if above and mentions:
            _titled_below(doc, above[0], mentions[0], line)
        above = mentions if len(mentions) == 1 and mentions[0].kind == "body" and _alone(doc, mentions[0], line) \
            else []
        for i, m in enumerate(mentions):
            if m.kind != "publication":
                continue
            body = named_owner(doc, m)
            if body is not None:
                paper, end = _with_bracketed_years(doc, m, r.entity(m))
                if not _said_produced(doc, paper):
                    doc.add(body, "produces", paper, m.start, end, "publication:named", 0.85)
                continue
            owner_mention = m.extra.get("owner")
            if owner_mention is not None and owner_mention.kind in ("body", "post"):
                # "the PCC's Drugs Strategy", "the Government's Serious and Organised Crime Strategy"
                owner_entity = r.entity(owner_mention)
                if owner_entity is not None and owner_entity.kind in ("body", "post"):
                    paper = r.entity(m)
                    plain = len(m.name.split()) <= 3 and not placenames.leading_place(m.name)
                    if paper is not None and (paper.scope or plain) and owner_entity.kind == "body":
                        # "the Western Bay APB's Governance Framework": a generic paper takes its owner's name
                        paper = r.remember(Entity("publication", f"{owner_entity.name} {m.name}"), m.name)
                    doc.add(owner_entity, "produces", paper, owner_mention.start, m.end, "publication:owned", 0.8)
                    continue
            prev = mentions[i - 1] if i else None
            if prev is not None and prev.kind == "body" and not prev.back_ref and \
                    _DASH.match(doc.text[prev.end : m.start]) and \
                    re.match(r"(?i)(?:annual|strategic|business|delivery|action|community safety)\b", m.name):
                body = r.entity(prev)
                if body is not None:
                    named = r.remember(Entity("publication", f"{body.name} {m.name}"), m.name)
                    doc.add(body, "produces", named, prev.start, m.end, "publication:titled", 0.8)


# a line that holds a name and nothing else but its initials or years in brackets, or a "(refresh)"
_ONLY_AFTER = re.compile(r"\s*(?:\((?:[A-Z]{2,8}|[^()\n]{0,20}\d{4}[^()\n]{0,10}|refresh|draft|revised)\)\s*)?$")
# the title under a body's name: a paper of the body's own kind, not one the law gives to others (a youth justice
# plan or safeguarding arrangements, made by the board or partners above the service that heads them)
_OWN_TITLE = re.compile(r"(?i)(?:annual|yearly|community safety|serious violence|local delivery|delivery|"
                        r"partnership|business)\b[^\n]{0,40}?\b(?:report|strategy|plan)"
                        r"(?:\s+(?:19|20)\d\d(?:\s*[-–/]\s*\d{2,4})?)?")
_OWNS_TITLES = frozenset({"Partnership", "Board", "Group", "Committee", "Panel", "Forum", "Network", "Alliance"})
_YEARS_BELOW = re.compile(r"[ \t]*\n\s*(?P<years>(?:19|20)\d\d(?:\s*[-–/]\s*\d{2,4})?)[ \t]*$", re.M)
_YEARS_SPACED = re.compile(r"(\d{4})\s+([-–/])\s+(\d{2,4})\b")


def _alone(doc: ExtractionDoc, m: Mention, line: Line) -> bool:
    return not doc.text[line.content_start : m.start].strip() and _ONLY_AFTER.match(doc.text, m.end, line.end) \
        is not None


def _titled_below(doc: ExtractionDoc, above: Mention, m: Mention, line: Line) -> None:
    """A title block: a body's name alone on its line, and under it a paper's name alone on the next ("Westby
    Safeguarding Adults Board" / "Annual Report 2024-25"). The body produces the paper, named after it and after its
    place ("the Westby Community Safety Strategy")."""
    # (a title with its years spaced, "Annual Report 2023 - 2024", is not always read as a paper's name)
    if m.kind not in ("publication", "name") or not _alone(doc, m, line) or not _OWN_TITLE.fullmatch(m.name) or \
            placenames.leading_place(m.name) or above.back_ref:
        return
    body = doc.resolver.entity(above)
    if body is None or body.kind != "body" or body.name.split()[-1] not in _OWNS_TITLES:
        return
    title, end = " ".join(m.name.split()), m.end
    years = None if re.search(r"\d{4}", title) else _YEARS_BELOW.match(doc.text, line.end)
    if years:  # the years set on a line of their own under the title
        title, end = f"{title} {years['years']}", years.end("years")
    title = _YEARS_SPACED.sub(r"\1\2\3", title)
    names = [f"{body.name} {title}", *owners_paper_names(doc, body, title)]
    # the place the body is named after, its first word or after an opening word ("Safer Westby Partnership")
    place = body.area or leading_place(body.name) or leading_place(body.name.partition(" ")[2])
    if place:
        names.append(f"{place} {title}")
    paper = doc.resolver.remember(Entity("publication", names[0], area=body.area), *names[1:], m.name)
    if not _said_produced(doc, paper):
        doc.add(body, "produces", paper, above.start, end, "publication:title_block", 0.8)


def _said_produced(doc: ExtractionDoc, paper: Entity | None) -> bool:
    """The paper's producer is stated in words ("The KBSP Annual Report is produced by the Business Unit"): the
    text's own statement stands, the name's owner is not added beside it."""
    return paper is not None and any(f.relation == "produces" and f.object is not None and f.object.iri == paper.iri
                                     and f.rule.startswith(("clause:", "remit:", "resolution:")) for f in doc.facts)


_BRACKET_YEARS = re.compile(r"[ \t]*(?:\((?P<bracketed>\d{4}\s?[-–/]\s?\d{2,4}|\d{4})\)|"
                            r"for (?P<period>\d{4}\s?[-–/]\s?\d{2,4})\b)")


def _with_bracketed_years(doc: ExtractionDoc, m, paper: Entity | None) -> tuple[Entity | None, int]:
    """ "X Partnership Annual Report (2018-19)", "X Partnership Plan for 2022-2025": the years belong to the
    paper's name, as they do when written straight after it."""
    years = _BRACKET_YEARS.match(doc.text, m.end)
    if paper is None or years is None or (years.group("bracketed") or years.group("period")) in paper.name:
        return paper, m.end
    # "... Strategic Plan for 2022-2025": the period names which plan, as it does written after it
    name = f"{paper.name} ({years.group('bracketed')})" if years.group("bracketed") else \
        f"{paper.name} for {years.group('period')}"
    return doc.resolver.remember(Entity("publication", name, area=paper.area), name, m.name), years.end()


# "CONTEST 2018, the Government's strategy for ...", "the SSP's strategy, the Safer Stockport Plan": a paper named
# beside its owner's possessive and a publication word
_BESIDE = re.compile(r"^\s*,\s*(?:the\s+)?$")


@cache
def _owned_words() -> re.Pattern[str]:
    words = sorted({w.casefold() for w in heads().publication if w.isalpha()}, key=len, reverse=True)
    return re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}?(?:" + "|".join(words) + r")\b")


@reads()
def owned_in_apposition(doc: ExtractionDoc) -> None:
    r = doc.resolver
    for _, (start, end) in doc.prose():
        mentions = doc.mentions(start, end)
        for i, owner in enumerate(mentions):
            if not owner.possessive or owner.kind not in ("body", "post", "name"):
                continue
            said = _owned_words().match(doc.text, owner.end, end)
            if not said:
                continue
            entity = r.acronym(owner.name) if owner.kind == "name" and owner.head == "acronym" else (
                r.entity(owner) if owner.kind in ("body", "post") else None)
            if entity is None or entity.kind not in ("body", "post"):
                continue
            before = mentions[i - 1] if i else None
            after = next((x for x in mentions[i + 1 :] if x.start >= said.end()), None)
            for paper in (before, after):
                if paper is None or paper.kind not in ("publication", "name") or paper.possessive or \
                        looks_like_person(paper.name.split()):
                    continue
                gap = doc.text[paper.end : owner.start] if paper is before else doc.text[said.end() : paper.start]
                if not _BESIDE.match(gap):
                    continue
                named = r.entity(paper) if paper.kind == "publication" else r.thing("publication", paper)
                if named is not None and named.kind == "publication":
                    a, b = min(paper.start, owner.start), max(paper.end, said.end())
                    doc.add(entity, "produces", named, a, b, "publication:apposition", 0.8)


# "HSAB Constitution 2024", "SSAB Annual Report 2022-23": a paper's name opened by its owner's acronym
_ACRONYM_FIRST = re.compile(r"(?P<acr>[A-Z]{3,7})\s+(?=[A-Z])")


@reads()
def acronym_named(doc: ExtractionDoc) -> None:
    """A paper named with a body's acronym before its head ("HSAB Constitution"): the body the acronym stands
    for in this paper produces it. An acronym nobody defines, or one of a post or a place, says nothing."""
    r = doc.resolver
    for line in doc.layout.lines:
        if line.kind == "blank":
            continue
        for m in doc.mentions(line.content_start, line.end):
            if m.kind != "publication" or m.possessive:
                continue
            first = _ACRONYM_FIRST.match(m.name)
            if first is None or not any(m.name[first.end() :].startswith(h) for h in heads().publication):
                continue  # "VAWG Strategy": the acronym names the paper's topic, not its owner
            body = r.acronym(first.group("acr"))
            if body is None or body.kind != "body":
                continue
            paper = r.entity(m)
            if paper is not None and paper.kind == "publication" and not _said_produced(doc, paper):
                doc.add(body, "produces", paper, m.start, m.end, "publication:acronym", 0.8)


# "- Serious Violence Strategy (Home Office, April 2018)", "Working Together (HM Government/DfE 2023)": a list of
# papers cited with the publisher and date in brackets after each title
_CITED = re.compile(r"(?P<title>[A-Z][^()\n\[\]]{4,200}?)\s*\((?P<who>[^()\n]{2,120}?),?\s+"
                    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                    r"December)\s+)?(?:19|20)\d\d\)")
# what may stand between the publishers in the brackets: "/", "and", a comma, and a word for the kind of paper
_BETWEEN_PUBLISHERS = re.compile(r"(?:\s*(?:/|,|&|\band\b)\s*)?")
_AFTER_PUBLISHERS = re.compile(r"(?:\s+(?:consultation|guidance|report|paper|publication))?\s*[-–—]?\s*$", re.I)


@reads()
def cited_publications(doc: ExtractionDoc) -> None:
    for line in doc.layout.lines:
        if line.kind != "bullet":
            continue
        cited = _CITED.match(doc.text, line.content_start, line.end)
        if cited is None:
            continue
        publishers = _publishers(doc, *cited.span("who"))
        paper = _cited_title(doc, *cited.span("title"))
        if not publishers or paper is None:
            continue
        for body in publishers:
            doc.add(body, "produces", paper, cited.start(), cited.end(), "publication:cited", 0.8)


def _publishers(doc: ExtractionDoc, start: int, end: int) -> list[Entity]:
    """The bodies that fill the brackets of a citation, and nothing else: a person, a place or a phrase there
    makes the brackets something other than a publisher and date."""
    kind_word = _AFTER_PUBLISHERS.search(doc.text, start, end)
    whole = placenames.known_body_name(" ".join(doc.text[start : kind_word.start() if kind_word else end].split()))
    if whole is not None:
        return [doc.resolver.body_named(whole)]  # "Ministry of Housing, Communities and Local Government"
    found: list[Entity] = []
    at = start
    for m in doc.mentions(start, end):
        gap = doc.text[at : m.start]
        if m.kind != "body" or m.back_ref or not _BETWEEN_PUBLISHERS.fullmatch(gap):
            return []
        e = doc.resolver.entity(m)
        if e is None or e.kind != "body":
            return []
        found.append(e)
        at = m.end
    return found if _AFTER_PUBLISHERS.fullmatch(doc.text[at:end]) else []


def _cited_title(doc: ExtractionDoc, start: int, end: int, *, quoted: bool = False) -> Entity | None:
    """The paper a citation names: a title of a few words, not a person's or a body's name alone (in quotation
    marks, a title may read like a body's name: "Guidance for Local Authorities")."""
    title = " ".join(doc.text[start:end].split()).rstrip(" .,:;–-")
    if not 2 <= len(title.split()) <= 25 or looks_like_person(title) or \
            any(m.kind == "person" and m.start - start <= 1 and m.end >= start + len(title) - 1
                for m in doc.mentions(start, end, expect_person=True)):
        return None
    mentions = doc.mentions(start, end)
    whole = [m for m in mentions if m.start - start <= 1 and abs(m.end - (start + len(doc.text[start:end].rstrip())))
             <= 1]
    if whole and whole[0].kind == "publication":
        return doc.resolver.entity(whole[0])
    rejected = ("person", "post", "place") if quoted and placenames.known_body_name(title) is None else \
        ("person", "body", "post", "place")
    if whole and whole[0].kind in rejected:
        return None  # "Jo Lee (Home Office, May 2019)", "Kent Police (Home Office 2020)": not a paper
    from ..mentions import Mention

    return doc.resolver.thing("publication", Mention(start, start + len(title), "publication", title))


_POSSESSIVE_END = re.compile(r"(?:['’]s?)?")
# 'the Home Office "Prevent Duty Guidance for Schools"', 'the LGA “Councillor Guide to Community Safety”': a
# body's name with a paper's title in quotation marks straight after it
_QUOTED_TITLE = re.compile(r"[ \t]+[\"“](?P<title>[A-Z][^\"“”\n.;:!?]{3,120})[\"”]")


@reads()
def quoted_titles(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose():
        for m in doc.mentions(start, end):
            if m.kind != "body":
                continue
            # "the Government’s “Safer Streets” crime plan": the owner's possessive before the title
            after = _POSSESSIVE_END.match(doc.text, m.end).end() if m.possessive else m.end
            quoted = _QUOTED_TITLE.match(doc.text, after, end)
            if quoted is None or not 2 <= len(quoted.group("title").split()) <= 15:
                continue
            body = doc.resolver.entity(m)
            paper = _cited_title(doc, *quoted.span("title"), quoted=True)
            if body is not None and body.kind == "body" and paper is not None:
                doc.add(body, "produces", paper, m.start, quoted.end(), "publication:quoted", 0.8)


# "'Safer Streets', the government's new crime plan, ...": a quoted title, then in apposition its owner's
# possessive and the kind of paper it is
_TITLE_THEN_OWNER = re.compile(r"[\"“‘'](?P<title>[A-Z][^\"“”‘’\n.;:!?]{3,120})[\"”’'],?\s+(?:the\s+)?"
                               r"(?P<owner>[Gg]overnment|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5})['’]s\s+"
                               r"(?:[\w-]+\s+){0,4}?(?P<kind>plan|strategy|framework|guidance|report|review|"
                               r"action plan)\b")


@reads("'s", "’s")
def titled_then_owned(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=frozenset({"'s", "’s"})):  # every match holds the possessive
        for m in _TITLE_THEN_OWNER.finditer(doc.text, start, end):
            if not 2 <= len(m.group("title").split()) <= 15:
                continue
            if m.group("owner").casefold() == "government":
                owner = doc.resolver.body_named("HM Government", written=m.group("owner"))
            else:
                found = next((x for x in doc.mentions(m.start("owner"), m.end("owner") + 2) if x.kind == "body"
                              and x.start == m.start("owner")), None)
                owner = doc.resolver.entity(found) if found is not None else None
            paper = _cited_title(doc, *m.span("title"), quoted=True) if owner is not None else None
            if owner is not None and owner.kind == "body" and paper is not None:
                doc.add(owner, "produces", paper, m.start(), m.end(), "publication:quoted", 0.8)


# "the Kent Safeguarding Adults Board's annual report": a paper every such body writes of itself, named in lower
# case after the body's possessive (a bare "report" or "plan" could be one made for the body, so it is left)
_OWN_PAPER = re.compile(r"['’]s?\s+(?:(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?\s+)?(?P<paper>annual report|strategic "
                        r"assessment|business plan|strategic plan|delivery plan|annual plan|"
                        # "the Council's internal cyber security strategy": a strategy its subject words name
                        r"(?!(?:new|own|current|draft|previous|latest|proposed|revised|existing|overall|wider|"
                        r"future|emerging|local|national|main|key|strategy|plan)\b)(?:[a-z][a-z-]+\s+){1,4}"
                        r"(?:strategy|action plan|policy))\b")


@reads()
def own_papers(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose():
        for m in doc.mentions(start, end):
            if m.kind != "body" or not m.possessive:
                continue
            at = m.end - 2 if doc.text[m.end - 2 : m.end] in ("'s", "’s") else m.end
            own = _OWN_PAPER.match(doc.text, at)
            if own is None and _SENTENCE_OPENING.match(doc.text[start : m.start]):
                _own_terms_of_reference(doc, m, at)
            body = doc.resolver.entity(m) if own else None
            if body is None or body.kind != "body" or (m.back_ref and body is not doc.resolver.council):
                continue  # "the Board's" may stand for any board; "the Council's" is the paper's council
            if _glosses_a_name(doc, start, end, m, own.end()):
                continue
            name = f"{body.name} {own.group('paper')}"
            written = " ".join(doc.text[m.start : own.end()].split())
            paper = doc.resolver.remember(Entity("publication", name, area=body.area), name, written,
                                          *owners_paper_names(doc, body, own.group("paper")))
            doc.add(body, "produces", paper, m.start, own.end(), "publication:own_paper", 0.8)


def owners_paper_names(doc: ExtractionDoc, owner: Entity, kind: str) -> list[str]:
    """The names of a paper known by its owner and its kind ("annual report"): the kind after each name the paper
    gives its owner, for a writer names the paper as he names the body ("the CSP's annual report", "the TSSP yearly
    report"). Only names of two words or more, or acronyms: "Board annual report" would be any board's."""
    names = [n for n in doc.resolver.names_of(owner)
             if len(n.split()) >= 2 or re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", n) and any(c.isupper() for c in n[1:])]
    # "Swale CSP annual report": the partnership's head written as its usual initials
    names += [n[: -len("Community Safety Partnership")] + "CSP" for n in names
              if n.endswith(" Community Safety Partnership")]
    # "Westby DAPB terms of reference", "Pan-Westby SAB Annual Report": the name's opening words, then the initials of
    # the rest, as a paper named after a place's board is written once the board's initials are in use (the paper
    # must use them); the longest such initials
    words = owner.name.split()
    for k in range(len(words) - 1, 1, -1):
        tail = words[-k:]
        initials = "".join(w[0] for w in tail)
        if all(w[:1].isupper() for w in tail) and len(initials) >= 3 and re.search(rf"\b{initials}\b", doc.text):
            names.append(f"{' '.join(words[:-k])} {initials}")
            break
    return [f"{n} {kind}" for n in dict.fromkeys(names) if n != owner.name]


@reads()
def owners_names_for_kind_papers(doc: ExtractionDoc) -> None:
    """A paper named by its kind alone takes its area's name ("Westby Strategic Assessment 2024"); once a body is
    read as making it, it is also known by the body's names ("the Safer Westby Partnership Strategic Assessment"),
    as writers name a body's own paper after the body as often as after the place."""
    for f in list(doc.facts):
        paper, maker = f.object, f.subject
        if f.relation != "produces" or paper is None or not paper.scope or maker.kind != "body":
            continue
        bare = unscoped_name(paper)
        if bare != paper.name and _generic_paper(bare):
            doc.resolver.remember(paper, f"{maker.name} {bare}", *owners_paper_names(doc, maker, bare))


def _paper_name(m) -> bool:
    """A mention that may be a paper's or a programme's own name: a publication, a programme, a topic the
    gazetteer knows ("CONTEST"), or a name in capitals; not a person, a body, or a capitalised word such as a
    month ("In March, the Board's annual report")."""
    return m.kind in ("publication", "initiative", "topic") or (m.kind == "name" and m.name.isupper())



def _glosses_a_name(doc: ExtractionDoc, start: int, end: int, owner, after: int) -> bool:
    """ "CONTEST, the Government's counter-terrorism strategy", "the Government's counter-terrorism strategy,
    CONTEST": the lower-case words describe a paper named beside them, which is the paper meant; a second paper
    named after the owner would be a false one (three councils' Prevent pages in three read sets). Naming it is
    owned_in_apposition's work."""
    found = doc.mentions(start, end)
    before = [x for x in found if x.end <= owner.start]
    if before and _paper_name(before[-1]) and \
            re.fullmatch(r"\s*,\s*(?:the\s+)?(?:UK\s+|HM\s+)?", doc.text[before[-1].end : owner.start]):
        return True
    nxt = next((x for x in found if x.start >= after), None)
    return nxt is not None and _paper_name(nxt) and \
        re.fullmatch(r"\s*,\s*(?:the\s+)?", doc.text[after : nxt.start]) is not None


# "the Board's draft Terms of Reference", "the Partnership's revised terms of reference"
_OWN_TERMS = re.compile(r"['’]s?\s+(?:(?:draft|revised|new|current|updated|amended|existing|own)\s+)?"
                        r"(?P<paper>(?i:terms of reference))\b")


def _own_terms_of_reference(doc: ExtractionDoc, m, at: int) -> None:
    """A body's own terms of reference, by its possessive, as the sentence's subject ("The Panel's new terms of
    reference were agreed"): the body's constitution is its own paper, so "the Board's" may stand for the paper's
    own board here, though not for any other. Someone else's work on them ("asked the Partnership Manager to redraft
    the Board's terms of reference") is that person's remit, not the paper's making."""
    terms = _OWN_TERMS.match(doc.text, at)
    body = doc.resolver.entity(m) if terms else None
    if body is None or body.kind != "body" or (m.back_ref and body is not doc.resolver.body):
        return
    paper = terms_paper(doc, body, " ".join(doc.text[m.start : terms.end()].split()))
    doc.add(body, "produces", paper, m.start, terms.end(), "publication:own_terms", 0.8)


# Terms of reference are made by the body that approved them: the approval line of the terms of reference themselves
# ("Version 3 | Approved by the Westby Prevent Board on 2 May 2024", "Agreed by the Executive Group: 7 July 2023").
# The approver is often not the body the terms are of (a Channel panel's terms approved by the Prevent board). A
# minute "that the updated terms of reference be agreed" is the meeting's own (resolutions._own_terms).
# (one space inside the words, as the rule's trigger words have it: an approval line is not wrapped)
# ("Version 4.1 - agreed by the Prevent Board, 11 June 2024": lower case after a version number and a dash)
_APPROVAL_LINE = re.compile(r"(?:\b(?:Approved|Agreed|Adopted|Endorsed|Signed off)|(?<=\d [-–—|] )(?:approved|agreed|"
                            r"adopted|endorsed|signed off)) by\s+(?:the\s+)?(?=[A-Z])")
_APPROVAL_DATE = re.compile(r"\s*(?::\s*|\s+on\s+|,\s*|\s+)\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}")
_TERMS_TITLE = re.compile(r"(?i)\bterms\s+of\s+reference\b")


@reads("Approved by", "Agreed by", "Adopted by", "Endorsed by", "Signed off by")
def terms_approved(doc: ExtractionDoc) -> None:
    """The body of a dated approval line in a paper titled terms of reference produces the paper's own body's
    terms of reference."""
    own = doc.resolver.body
    # the approval line belongs to a paper whose title (its first lines) says it is terms of reference
    if own is None or own.kind != "body" or own is doc.resolver.council or \
            not _TERMS_TITLE.search(doc.text, 0, min(len(doc.text), 600)):
        return
    for m in _APPROVAL_LINE.finditer(doc.text):
        who = next((x for x in doc.mentions(m.end(), m.end() + 120) if x.start == m.end() and x.kind == "body"), None)
        dated = _APPROVAL_DATE.match(doc.text, who.end) if who is not None else None
        maker = doc.resolver.entity(who) if dated else None
        if maker is not None and maker.kind == "body":
            doc.add(maker, "produces", terms_paper(doc, own), m.start(), dated.end(), "publication:terms_approved",
                    0.8)


def terms_paper(doc: ExtractionDoc, body: Entity, *written: str) -> Entity:
    """BODY's terms of reference, known by each name the paper gives BODY."""
    name = f"{body.name} Terms of Reference"
    return doc.resolver.remember(Entity("publication", name, area=body.area), name, *written,
                                 *owners_paper_names(doc, body, "Terms of Reference"))


# "the PCC's refreshed Police, Crime and Justice Plan", "the Board's new Strategic Plan 2024-27": an owner's possessive,
# then words that say which version of the paper, then its name
_VERSION_WORDS = re.compile(r"['’]s?\s+(?:(?:new|refreshed|revised|draft|current|updated|latest|first|second|third|"
                            r"final|proposed|emerging|overarching|own|recently\s+(?:published|launched|agreed|"
                            r"adopted)|\d{1,2}-year)\s+){1,2}$")


@reads("'s", "’s")
def owned_versions(doc: ExtractionDoc) -> None:
    r = doc.resolver
    for _, (start, end) in doc.prose(holding=frozenset({"'", "’"})):  # _VERSION_WORDS opens with an apostrophe
        mentions = doc.mentions(start, end)
        for owner_mention, m in zip(mentions, mentions[1:], strict=False):
            if m.kind != "publication" or not owner_mention.possessive or \
                    owner_mention.kind not in ("body", "post") or \
                    not _VERSION_WORDS.fullmatch(doc.text, owner_mention.end - 2, m.start) and \
                    not _VERSION_WORDS.fullmatch(doc.text, owner_mention.end, m.start):
                continue
            owner = r.entity(owner_mention)
            if owner is None or owner.kind not in ("body", "post") or (owner_mention.back_ref and owner is not r.body
                                                                       and owner is not r.council):
                continue  # "the Board's new Plan" may be any board's
            paper = r.entity(m)
            if paper is not None and paper.kind == "publication" and not _said_produced(doc, paper):
                doc.add(owner, "produces", paper, owner_mention.start, m.end, "publication:owned", 0.8)


# "to deliver his Police and Crime Plan", "set out in her recently launched Plan", "the Board reviews its Terms of
# Reference": a paper owned by a pronoun straight before its name
_PRONOUN_BEFORE = re.compile(r"\b(?P<pron>[Hh]is|[Hh]er|[Ii]ts)\s+(?:(?:new|recently|launched|current|latest|draft|"
                             r"refreshed|revised|updated|annual|own)\s+){0,2}$")
_SENTENCE_OPENING = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:[Tt]he\s+)?$")


@reads()
def pronoun_owned(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose():
        mentions = doc.mentions(start, end)
        for m in mentions:
            if m.kind != "publication":
                continue
            said = _PRONOUN_BEFORE.search(doc.text, max(start, m.start - 40), m.start)
            if said is None:
                continue
            owner = _posts_owner(doc, mentions, m) if said.group("pron").lower() in ("his", "her") else \
                _subject_owner(doc, mentions, start, said.start()) or _fronted_owner(doc, mentions, start, said, m)
            paper = doc.resolver.entity(m) if owner is not None else None
            if paper is not None and paper.kind == "publication" and owner.kind == "body" and \
                    paper.name == m.name and _generic_paper(m.name):
                # "its Annual Plan 2022-23": a paper named by its kind alone, in a paper of no known area, takes its
                # owner's name (with an area known, it has the area's: "Wirral Strategic Assessment")
                paper = doc.resolver.remember(Entity("publication", f"{owner.name} {m.name}"), m.name,
                                              *owners_paper_names(doc, owner, m.name))
            if paper is not None and paper.kind == "publication":
                doc.add(owner, "produces", paper, min(m.start, said.start()), m.end, "publication:pronoun", 0.75)


# "The Partnership is required to produce an annual strategic assessment", "X has a statutory duty to prepare a
# three-year community safety plan", "X publishes an annual report", "Each year we publish an annual report": a paper
# of a kind, written in lower case (so no name finder reads it), that the sentence's subject makes. What a body
# "must" or "will" publish is a rule or an intention, not a paper it makes (a board's duties listed in law).
_MAKES = re.compile(
    r"(?i)\s*(?:\([^()]{1,40}\))?\s*(?:(?:also|jointly|each\s+year|every\s+year|annually)\s+)?"
    r"(?:(?:is|are)\s+(?:also\s+|legally\s+|statutorily\s+)?required\s+to|"
    r"(?:has|have)\s+(?:a|the)\s+(?:statutory\s+|legal\s+)?(?:duty|responsibility|requirement)\s+to|"
    r"(?:is|are)\s+responsible\s+for\s+(?=\w+ing\b))?\s*(?:also\s+)?(?:jointly\s+)?"
    r"(?P<verb>produc(?:e|es|ing)|publish(?:es|ing)?|prepar(?:e|es|ing)|draw(?:s|ing)?\s+up|writ(?:e|es|ing))\s+"
    r"(?:an?|its|their|our|each\s+year\s+an?)\s+")
# the paper: lower-case words that end in the kind of paper it is ("annual youth justice plan")
_KIND_PAPER = re.compile(r"(?P<words>(?:(?:annual|yearly|three[- ]year|rolling|new|joint|local|[a-z]+[a-z-]*)\s+){0,4}"
                         r"(?:plan|strategy|assessment|report|agreement|needs\s+assessment))\b"
                         r"(?:\s+(?:for\s+)?(?P<years>(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?))?")
_NOT_PAPER_WORDS = frozenset({"the", "a", "an", "and", "or", "of", "for", "to", "on", "which", "that", "its",
                              "this", "report", "update", "verbal", "written", "progress", "short", "brief", "full",
                              "detailed"})
_WE = re.compile(r"\W*(?:(?:Each|Every)\s+year,?\s+|Annually,?\s+|Also,?\s+)?[Ww]e\b")


@reads("produc", "publish", "prepar", "draw", "writ")
def kind_papers_made(doc: ExtractionDoc) -> None:
    r = doc.resolver
    for _, (start, end) in doc.prose():
        mentions = [m for m in doc.mentions(start, end) if m.kind not in ("money", "topic", "place")]
        we = _WE.match(doc.text, start, end)
        first = mentions[0] if mentions else None
        if we is not None:
            at, quote = we.end(), start
        elif first is not None and first.kind == "body" and _SENTENCE_OPENING.match(doc.text[start : first.start]):
            at, quote = first.end, first.start
        else:
            continue
        said = _MAKES.match(doc.text, at, end)
        paper = _KIND_PAPER.match(doc.text, said.end(), end) if said is not None else None
        if paper is None or any(said.end() <= m.start < paper.end() for m in mentions):
            continue  # a named paper is the clause reader's
        words = paper.group("words").split()
        if len(words) < 2:
            continue  # "to produce a strategy to reduce crime": a paper of no kind but its head is no one paper
        if words[0].casefold() in _NOT_PAPER_WORDS or any(w.casefold() in _NOT_PAPER_WORDS for w in words[:-1]):
            continue  # "produces a progress report", "the plan of ...": no paper of a kind
        # the maker is resolved only now: resolving remembers names, which must not change for a sentence read in vain
        # a body's own web page or report speaking of itself: "we" is the paper's own body, none other
        maker = r.body if we is not None else r.entity(first)
        if maker is None or maker.kind != "body":
            continue
        title = " ".join(w.title() if w.islower() and w not in ("and", "of") else w for w in words)
        if paper.group("years"):
            title = f"{title} {paper.group('years')}"
        # named as the paper's makers and areas name such a paper: after its maker, and after its area
        names = [f"{maker.name} {title}"] + ([f"{maker.area} {title}"] if maker.area else [])
        written = " ".join(doc.text[said.end() : paper.end()].split())
        made = r.remember(Entity("publication", names[0], area=maker.area), *names, written,
                          *owners_paper_names(doc, maker, title))
        doc.add(maker, "produces", made, quote, paper.end(), "publication:kind_made", 0.75)


def _generic_paper(name: str) -> bool:
    """A paper's name made of its kind and dates only ("Annual Plan 2022-23", "Strategic Plan")."""
    words = re.sub(r"\s*\(?(?:19|20)\d\d(?:\s?[-/–]\s?\d{2,4})?\)?", "", name).split()
    return bool(words) and all(w.casefold() in _PAPER_WORDS for w in words)


_PAPER_WORDS = frozenset({"annual", "strategic", "business", "delivery", "action", "plan", "report", "strategy",
                          "three-year", "work", "programme", "terms", "of", "reference", "assessment"})


_IN_ITS = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:In|Through|Under)\s+$")


def _fronted_owner(doc: ExtractionDoc, mentions: list, start: int, said: re.Match, paper) -> Entity | None:
    """ "In its Annual Plan 2022-23 the Board set three priorities": the body named straight after the fronted
    phrase is the one "its" stands for."""
    if said.group("pron").lower() != "its" or not _IN_ITS.fullmatch(doc.text, start, said.start()):
        return None
    after = next((x for x in mentions if x.start >= paper.end), None)
    if after is None or after.kind != "body" or \
            not re.fullmatch(r",?\s*(?:the\s+)?", doc.text[paper.end : after.start]):
        return None
    return doc.named_body(after)


def _posts_owner(doc: ExtractionDoc, mentions: list, paper) -> Entity | None:
    """ "his"/"her": the one post the sentence names (the Commissioner, the Mayor), if it names just one."""
    posts = {}
    for x in mentions:
        if x.kind == "post" and not (paper.start <= x.start < paper.end) and not x.role:
            e = doc.resolver.entity(x)
            if e is not None and e.kind == "post":
                posts[e.iri] = e
    return next(iter(posts.values())) if len(posts) == 1 else None


def _subject_owner(doc: ExtractionDoc, mentions: list, start: int, at: int) -> Entity | None:
    """ "its": the body the sentence opens with, when no other body stands between it and the pronoun."""
    before = [x for x in mentions if x.end <= at and x.kind in ("body", "name", "post", "person", "publication")]
    if not before or not _SENTENCE_OPENING.match(doc.text[start : before[0].start]):
        return None
    if any(x.kind in ("body", "publication") for x in before[1:]):
        return None
    if before[0].kind == "name" and before[0].head == "acronym":
        e = doc.resolver.acronym(before[0].name)  # "NWCSP has a duty to ... its annual Strategic Assessment"
    else:
        e = doc.resolver.entity(before[0]) if before[0].kind == "body" else None
    return e if e is not None and e.kind == "body" else None


# "the draft Safer Dorset Plan 2025-28 of the Dorset Community Safety Partnership", "the Annual Report of the
# Director of Public Health": the paper and, straight after "of", whose it is
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?$")
# papers no body writes as its own ("the minutes of the Board" are a record of it, the agenda is the clerk's)
_NOT_OWNED = frozenset({"Minutes", "Agenda", "Agendas", "Notes", "Record", "Records"})


@reads()
def of_owner(doc: ExtractionDoc) -> None:
    r = doc.resolver
    for _, (start, end) in doc.prose():
        mentions = doc.mentions(start, end)
        for m, nxt in zip(mentions, mentions[1:], strict=False):
            if m.kind != "publication" or nxt.kind not in ("body", "post") or nxt.possessive or \
                    not _OF_OWNER.fullmatch(doc.text[m.end : nxt.start]) or m.name.split()[-1] in _NOT_OWNED:
                continue
            owner = r.entity(nxt)
            paper = r.entity(m)
            if owner is None or owner.kind not in ("body", "post") or paper is None or paper.kind != "publication":
                continue
            if (nxt.back_ref and owner is not r.body) or _said_produced(doc, paper):
                continue  # "the Plan of the Board": which board is unsure unless it is the paper's own
            if paper.scope and owner.kind == "body":
                # "the Action Plan 2023 of the Safer Norwich Partnership": a generic paper takes its owner's name
                paper = r.remember(Entity("publication", f"{owner.name} {m.name}"), m.name)
            doc.add(owner, "produces", paper, m.start, nxt.end, "publication:of_owner", 0.8)


# "in support of the Police and Crime Plan 2022-2025", "The grants support delivery of the Police and Crime Plan", "the
# Police, Fire and Crime Plan": a commissioner must issue a police and crime plan for the force area (a mayor with
# the commissioner's functions likewise), so a plan of that name the paper gives no owner is the one commissioner's
# (or mayor's) the paper names. Two holders named, or none, and the plan is left without an owner.
_HOLDER_WORDS = re.compile(r"Commissioner|Mayor|\bP[CF]+C\b|\bPCVC\b")
# the plan's own name, an area's words before it at most ("Feedback on the Police and Crime Plan" is another paper)
_POLICING_PLAN = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,4}?Police(?:\s+and|,)\s+(?:Fire\s+and\s+)?Crime"
                            r"(?:\s+and\s+Victims['’]?)?\s+Plan\b")


@reads("crime plan")
def policing_plans(doc: ExtractionDoc) -> None:
    everything = doc.mentions(0, len(doc.text))
    plans = [m for m in everything if m.kind == "publication" and _POLICING_PLAN.match(m.name) and
             m.name.split()[0] not in _NO_OWNER_START]
    if not plans:
        return
    holders: dict[str, Counter[Entity]] = {}
    for m in everything:
        e = doc.resolver.entity(m) if m.kind in ("post", "body") and _HOLDER_WORDS.search(m.name) else None
        area = placenames.plan_issuer(e.name) if e is not None and e.kind in ("post", "body") else None
        if area is not None:
            holders.setdefault(area, Counter())[e] += 1
    if len(holders) != 1:
        return  # two forces' commissioners named: whose plan it is, is not said
    # the holder's name the paper uses most ("the Police and Crime Commissioner for X" and "X PCC" are one post)
    holder = max(next(iter(holders.values())).items(), key=lambda item: (item[0].kind == "post", item[1]))[0]
    if re.search(r"\d{4}", " ".join(m.name for m in plans)):
        # "the Police and Crime Plan 2024-2029 ... the Police and Crime Plan": the later bare name is the same plan
        plans = [m for m in plans if re.search(r"\d{4}", m.name)]
    owned = {f.object.iri for f in doc.facts if f.relation == "produces" and f.object is not None}
    for m in plans:
        place = placenames.leading_place(m.name)
        if place is not None and placenames.police_area(place) not in (area, None):
            continue  # "the Kent Police and Crime Plan" in a Sussex paper: another commissioner's
        paper = doc.resolver.entity(m)
        if paper is not None and paper.kind == "publication" and paper.iri not in owned:
            doc.add(holder, "produces", paper, m.start, m.end, "publication:policing_plan", 0.75)

