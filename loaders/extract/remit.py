"""Remit statements in set forms that the clause and list readers do not reach.

- Sub-groups held to account: "The Board ... holds the Partnership's sub-groups to account", "oversee the work of
  its sub-groups and hold them to account" give `oversees` from the body to each group the paper names as its
  sub-group (nothing when the paper names none: "its sub-groups" alone names no body).
- The crime and disorder committee: "X, which is the Council's designated crime and disorder committee", "X ...
  as the crime and disorder committee", "X, the Council's designated ...", "A and B, which are the two councils' crime
  and disorder committees", "each council's own crime and disorder committee: in P the X and in Q the Y" give X
  `responsible_for` crime and disorder scrutiny (the committee's one function by statute) and, when the sentence
  names the section it is under ("under section 19 of the Police and Justice Act 2006"), X's `statutory_duty`.
- A mayor with the commissioner's functions: "the Mayor of X has exercised the functions of the police and crime
  commissioner for the county", "the ... functions for X are exercised by the Mayor of X" give the mayor (a holder
  the gazetteer's police offices know) `responsible_for` those functions and `covers_area` the area they are for.
- Powers an Act gives: "The Commissioner may award grants under section 9 of the ... Act", "has the power under
  ..." give the holder's `statutory_duty` under the Act, as duties do (a power is coded the same way).
- Lead tables: a table of bodies with a column of who leads each ("Community Safety Partnership | Lead authority |
  Grant", "Group | Lead agency") gives each row's body `led_by` the lead named in its row. A table of priorities
  ("Priority | Lead organisation | Lead officer") gives each priority `led_by` its lead organisation and officer.
- "as required by section N of the Act": the duty is the one who acts, the agent of a passive ("the Plan is produced
  each year by the Council, as required by section 40 of the Act") or else the body the sentence opens with; "the
  Act" is the last Act the paper named.
- Record boxes: "Sub-group: X / Lead: Y / Purpose: Z" rows, one record per group, give X `led_by` Y and, when the
  purpose opens with a named duty or programme ("Purpose: Serious Violence Duty, local strategy"), X
  `responsible_for` it (an Act the purpose names is X's `statutory_duty`).
- Priorities named by their number: "Priority 1 was led by X", "Priorities 2 and 3 were led by Y", "X ... led on
  priority (a)", "Priority (c) was delivered through Z" refer to the paper's numbered priority list: the priority
  is `led_by` X (Z `delivers` it).
- A body that "leads the community safety work" is responsible for the topic: a topic is no initiative to be led.
  The other way round, a body that "leads on" a named strategy or programme leads it: the paper is `led_by` the body
  (a topic it leads on stays its responsibility: "leads on data analysis").
- "The service is led by X", "The Hub is overseen by Y": a sentence opened by a body's head noun alone speaks of
  the last body the paper named with that head (the paper's own service), which X leads and Y oversees.
- Work across an area: "The Partnership co-ordinates community safety activity across A and B", "the county Prevent
  Board, which co-ordinates Prevent across its four districts", "The Board will: - commission treatment
  across A": the body whose remit verb reaches "across" the places covers them (the sentence's own subject only:
  "partners across X", "was delivered across X" name no body that covers X).
- Leads named one priority after another, the verb said once: "knife crime will be led by the Police, stalking by
  the Stalking Forum and substance misuse by Public Health", "The ASB priority is led by A; the
  communities priority by B": each priority is `led_by` its lead; a priority the paper listed is that listed one.
- Required under an Act: "the Plan, which the CSP is required by law to publish under section 6 of the ... Act",
  "the Council must publish a strategy under Part 4 of the ... Act", "This report is published as a statutory
  requirement under the ... Act" (the report's producer): the one required holds the `statutory_duty` under the Act.
- Statutory bodies: "X, which is the statutory board under Part 4 of the ... Act", "X is a statutory board established
  under section 43 of ..." give X's `statutory_duty`; "established by Y under ...", "that Y must convene under ..."
  give Y's (the body the Act obliges to set the board up).
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from .. import placenames
from ..lexicon import ADVERBIAL, heads, layout, money_heads
from ..mentions import Mention, looks_like_person
from ..topics import topic_of
from ..wordstart import may_match
from . import ExtractionDoc, reads, section_qualifier
from .clauses import antecedent, item_owner, place_list
from .lists import priority_phrase, title_paper_body
from .structure import cell_body, cell_lead, cell_text

# "holds the Partnership's sub-groups to account", "hold the five delivery groups to account", "oversee the work of
# its sub-groups"
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten)"
_GROUPS = (r"(?:(?P<count>" + _COUNT + r")\s+)?(?:[a-z]+\s+)?(?:sub-?groups|groups|sub-?committees)")
_OWNER_WORD = r"(?:the|its|their|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s?)"
_HELD = (re.compile(r"\b(?:hold(?:s|ing)?|held)\s+" + _OWNER_WORD + r"\s+" + _GROUPS +
                    r"\s+(?:to\s+account|accountable)\b"),
         re.compile(r"\boversee(?:s|ing)?\s+the\s+work\s+of\s+" + _OWNER_WORD + r"\s+" + _GROUPS + r"\b"))
_HELD_WORDS = frozenset({"account", "work"})
_COUNTS = {w: i for i, w in enumerate(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 2)}
# the sentence's subject opens it: "1.2 The SMP Board (\"the Board\") sets ..."
_OPENS = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?$", re.I)


@reads()
def remit(doc: ExtractionDoc) -> None:
    _bracketed_remits(doc)
    _topics_led(doc)
    _papers_led_on(doc)
    _named_work_led_on(doc)
    previous: tuple[int, int] | None = None
    for line_index, (start, end) in doc.prose():
        before, previous = previous, (start, end)
        sentence = doc.text[start:end]
        if may_match(_HELD_WORDS, sentence):
            _subgroups_held(doc, line_index, start, end)
        if may_match(_CDC_WORDS, sentence):
            _crime_and_disorder_committee(doc, start, end)
        if may_match(_FUNCTIONS_WORDS, sentence):
            _commissioner_functions(doc, start, end)
        if may_match(_POWER_WORDS, sentence):
            _powers(doc, start, end)
        if may_match(_UNDER_WORDS, sentence):
            _statutory_bodies(doc, start, end, before)
        if may_match(_REQUIRED_WORDS, sentence):
            _as_required(doc, start, end)
        if may_match(_PRIORITY_WORDS, sentence):
            _numbered_priorities(doc, start, end)
        if sentence.startswith("The "):
            _head_noun_subject(doc, start, end)
        if may_match(_HEAD_OBJECT_WORDS, sentence):
            _head_noun_object(doc, start, end)
        if may_match(_ACROSS_WORDS, sentence):
            _work_across(doc, line_index, start, end, before)
        if may_match(_LED_WORDS, sentence):
            _leads_in_turn(doc, start, end)
        if may_match(_UNDER_WORDS, sentence):
            _required_under(doc, start, end)
        if may_match(_ROLE_WORDS, sentence):
            _role_under_act(doc, start, end)
        if may_match(_PURPOSE_WORDS, sentence):
            _purpose_topics(doc, line_index, start, end, before)
        if may_match(_RESPONSIBLE_WORDS, sentence):
            _responsible_for_phrase(doc, start, end)
        if may_match(_OVERSIGHT_WORDS, sentence):
            _oversight_phrase(doc, start, end)
        if may_match(_PARTNERSHIP_FOR_WORDS, sentence):
            _partnership_for(doc, start, end, before)
        if may_match(_IN_LINE_WORDS, sentence):
            _act_in_remit(doc, line_index, start, end)
        if may_match(_AUTHORITIES_WORDS, sentence):
            _authorities_partnership(doc, start, end)
        if may_match(_SAME_ACT_WORDS, sentence):
            _same_act_requires(doc, start, end)
        if may_match(_ESCALATED_WORDS, sentence):
            _escalation_route(doc, start, end)
        if may_match(_SCRUTINY_WORDS, sentence):
            _scrutiny_under(doc, line_index, start, end, before)
        if may_match(_ALSO_TO_WORDS, sentence):
            _also_reports_to(doc, line_index, start, end, before)


def _sentence_subject(doc: ExtractionDoc, line_index: int, start: int, at: int) -> Entity | None:
    """The body whose remit the sentence states: the list's owner for an item opened by its verb, else the body
    that opens the sentence."""
    owner = item_owner(doc, line_index)
    before = [m for m in doc.mentions(start, at) if m.kind not in ("money", "topic")]
    if owner is not None and not before:
        return owner
    if before and before[0].kind == "body" and _OPENS.match(doc.text[start : before[0].start]):
        return doc.named_body(before[0])
    return None


def _subgroups_held(doc: ExtractionDoc, line_index: int, start: int, end: int) -> None:
    for m in (m for pattern in _HELD for m in pattern.finditer(doc.text, start, end)):
        holder = _sentence_subject(doc, line_index, start, m.start())
        if holder is None:
            continue
        groups = list(dict.fromkeys(f.subject for f in doc.facts if f.relation == "subgroup_of" and
                                    f.object is not None and f.object.iri == holder.iri))
        count = m.group("count")
        if not groups or (count and _COUNTS[count.casefold()] != len(groups)):
            continue  # "the five delivery groups" when the paper names another number: which five is unclear
        # the remit reader took "the sub-groups" for a topic of the item's own: the groups are named now
        doc.facts[:] = [f for f in doc.facts if not (
            f.relation == "oversees" and f.subject.iri == holder.iri and f.object is not None and
            f.object.kind == "topic" and start <= f.start < end and re.search(r"(?i)groups$", f.object.name))]
        for group in groups:
            doc.add(holder, "oversees", group, m.start(), m.end(), "remit:subgroups_held", 0.8)


# "is the Council's designated crime and disorder committee", "acts as the crime and disorder committee for its
# council", "in its role as the crime and disorder committee", "(sitting as the Crime and Disorder Committee)", "is
# designated as the Council's ...", "scrutinises the Partnership each year as the ...", "A and B, which are the two
# councils' crime and disorder committees", "the X Committee, the Council's designated crime and disorder committee,":
# every form names the role after "is", "are" or "as", or in apposition after the committee's own name
_CDC = re.compile(r"(?:\b(?P<lead>is|are|as)\s+|(?P<comma>,)\s+(?=the\b))(?:now\s+|also\s+)?(?:the\s+)?"
                  r"(?:(?:two|both)\s+)?(?:[A-Za-z]+['’]s?\s+|its\s+|their\s+)?(?:own\s+)?(?:designated\s+|statutory\s+)?"
                  r"crime\s+and\s+disorder\s+(?:scrutiny\s+)?committee(?P<plural>s)?\b"
                  # "this Committee carries out the Council's crime and disorder scrutiny": the role by what it does
                  r"|\b(?P<does>carries\s+out|undertakes|performs|discharges|exercises)\s+(?:the\s+)?"
                  r"(?:[A-Za-z]+['’]s\s+|its\s+)?(?:statutory\s+)?crime\s+and\s+disorder\s+scrutiny\b", re.I)
_CDC_WORDS = frozenset({"disorder"})
# ("the Neighbourhoods Scrutiny Board", "the Place and Housing Scrutiny Group", "the Resources and Assets
# Board": councils call the body they designate boards and groups too; the role words after it say what it is)
_COMMITTEE_HEADS = frozenset({"committee", "commission", "panel", "sub-committee", "board", "group"})
# "this Committee", "the Panel": a committee by its head alone, not by its name
_UNNAMED = re.compile(r"(?i)(?:(?:this|the|our)\s+)?[\w-]+\s*$")
_WHICH = re.compile(r"\s*,?\s*(?:(?:each|both|either|all)\s+of\s+)?which\s*$", re.I)
# "section 19 of the ... Act", "for the purposes of section 19 of the ... Act": the Act and section the role is under,
# said after the role or before it ("Scrutiny under section 19 of the ... Act shall remain with each council's own
# crime and disorder committee")
_UNDER_ACT = re.compile(r"\b(?:under|for\s+the\s+purposes?\s+of)\s+"
                        r"(?:(?P<section>section\s+\d+[A-Z]?|s\.?\s?\d+[A-Z]?)\s+of\s+)?(?:the\s+)?$", re.I)
# what stands between the role and an Act cited after it as the role's source: a bracket, or "with powers drawn from",
# "conferred by", "set out in" ("... committee (the Police and Justice Act 2006, s.19)")
_CITED_AFTER = re.compile(r"\s*(?:\(\s*|,?\s*(?:with\s+(?:its\s+)?powers\s+)?(?:drawn|derived|taken)\s+from\s+|"
                          r",?\s*(?:as\s+)?(?:conferred|given|set\s+out)\s+(?:by|in)\s+)(?:the\s+)?", re.I)
# "... Act 2006 (section 19)", "... Act 2006, section 19)", "... Act 2006, s.19": the section cited after the Act
_SECTION_AFTER = re.compile(r"\s*[,(]\s*(?P<section>section\s+\d+[A-Z]?|s\.?\s?\d+[A-Z]?)\b", re.I)
# "A and to Denbighshire's B": a place's possessive may open the next name
_JOINED = re.compile(r"\s*(?:,|and|and to|,\s*and|,\s*and to)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")
# "the Council's Regeneration, Culture and Environment Committee": a name the comma cut, whose start is unknown
_CUT_NAME = re.compile(r"[A-Z][\w'’-]*,\s*$")
# "each council's own crime and disorder committee: in Gwynedd the A and in Anglesey the B", "the crime and disorder
# committee of each council (at Rother, the A)": one committee for each council, each named after its place
_EACH_CDC = re.compile(r"(?i)\beach\s+(?:council|authority)['’]s\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?"
                       r"(?:acting\s+as\s+|as\s+)?(?:the\s+)?crime\s+and\s+disorder\s+committee\b|\bcrime\s+and\s+disorder\s+committee\s+"
                       r"of\s+each\s+(?:council|authority)\b")
_PLACE_LED = re.compile(r"(?:[:(;,]\s*|\s+and\s+)(?:in|at|for)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),?\s+"
                        r"(?:the\s+)?$")
_SCRUTINY = "Crime and disorder scrutiny"


def _committee(doc: ExtractionDoc, m: Mention) -> Entity | None:
    if m.kind != "body" or m.name.split()[-1].casefold() not in _COMMITTEE_HEADS or \
            _CUT_NAME.search(doc.text, max(0, m.start - 40), m.start):
        return None
    return doc.named_body(m)


def _crime_and_disorder_committee(doc: ExtractionDoc, start: int, end: int) -> None:
    """The committee a council designates for crime and disorder scrutiny: `responsible_for` that scrutiny (its one
    statutory function), and its `statutory_duty` under the Act when the sentence names the section it is under."""
    cdc = _CDC.search(doc.text, start, end)
    mentions = doc.mentions(start, end)
    committees = _designated(doc, cdc, mentions) if cdc is not None else []
    if not committees:
        cdc = _EACH_CDC.search(doc.text, start, end)
        if cdc is None:
            return
        if doc.text[start:end].rstrip().endswith(":"):  # the committees are the list the colon opens
            stop = doc.text.find(".", end, end + 400)
            end = stop if stop > 0 else end
            mentions = doc.mentions(start, end)
        committees = _each_councils(doc, cdc, mentions)
    law, section = _role_act(doc, mentions, start, cdc.end())
    for c in committees:
        committee = _committee(doc, c)
        place = _PLACE_LED.search(doc.text, max(cdc.end() - 1, c.start - 50), c.start) if c.start > cdc.end() else None
        if committee is not None and place is not None and placenames.is_place(place.group("place")) and \
                not placenames.leading_place(c.name):
            # "in Denbighshire the Partnerships Scrutiny Committee": the council the list names, not the paper's own
            committee = doc.resolver.body_named(f"{place.group('place')}'s {c.name}", written=c.name)
        if committee is None:
            continue
        doc.add(committee, "responsible_for", doc.resolver.topic(_SCRUTINY), min(c.start, cdc.start()),
                max(cdc.end(), c.end),
                "remit:crime_and_disorder_committee", 0.8)
        if law is not None:
            doc.add(committee, "statutory_duty", doc.resolver.entity(law), min(c.start, law.start),
                    max(law.end, c.end), "remit:crime_and_disorder_committee", 0.85,
                    qualifier=section_qualifier(section))


def _role_act(doc: ExtractionDoc, mentions: list[Mention], start: int,
              role_end: int) -> tuple[Mention | None, str | None]:
    """The Act the committee's role is under, and its section: an Act the sentence cites "under" ("under section 19
    of the ... Act"), or one it cites straight after the role, in brackets or as the source of its powers ("...
    committee (Police and Justice Act 2006, section 19)", "..., with powers drawn from the ... Act (section 19)")."""
    for m in mentions:
        if m.kind != "legislation":
            continue
        under = _UNDER_ACT.search(doc.text, max(start, m.start - 60), m.start)
        if under is not None:
            return m, under.group("section")
        if m.start >= role_end and _CITED_AFTER.fullmatch(doc.text, role_end, m.start):
            after = _SECTION_AFTER.match(doc.text, m.end)
            return m, after.group("section") if after is not None else None
    return None, None


def _designated(doc: ExtractionDoc, cdc: re.Match, mentions: list[Mention]) -> list[Mention]:
    """The committees the role is said of: the nearest committee named before it, with those a list joins to it
    when the role is plural or shared ("A and B, each of which acts as ...", "..., which are the two councils' ...")."""
    before = [m for m in mentions if m.end <= cdc.start() and _committee(doc, m) is not None]
    if not before:
        return []
    nearest = before[-1]
    gap = doc.text[nearest.end : cdc.start()]
    if cdc.group("comma"):
        return [nearest] if not gap.strip() else []  # "the X Committee, the Council's designated ...": apposition
    lead = (cdc.group("lead") or cdc.group("does")).casefold()
    if cdc.group("does") and (gap.strip() or _UNNAMED.match(doc.text, nearest.start, nearest.end)):
        # "the Committee, chaired by X, carries out ...": only the verb's own subject, and one named (which body
        # "this Committee" is, a paper's frame says in more ways than its labels tell)
        return []
    if lead in ("is", "are") and not _WHICH.fullmatch(gap) and re.search(r"[,;]", gap):
        return []  # "the Committee, chaired by X, is ...": read only when the committee is the verb's own subject
    if lead == "as" and re.search(r"[;:]|\.\s", gap):
        return []
    committees = [nearest]
    if cdc.group("plural") or re.search(r"\b(?:each|both|all)\s+of\s+which\b", gap, re.I):
        for m in reversed(before[:-1]):  # every committee the list joins
            if not _JOINED.fullmatch(doc.text[m.end : committees[0].start]):
                break
            committees.insert(0, m)
    return committees


def _each_councils(doc: ExtractionDoc, cdc: re.Match, mentions: list[Mention]) -> list[Mention]:
    """ "each council's own crime and disorder committee: in A the X and in B the Y": the committees named after the
    role, each led by its council's place."""
    return [m for m in mentions if m.start >= cdc.end() and _committee(doc, m) is not None and
            _PLACE_LED.search(doc.text, max(cdc.end() - 1, m.start - 50), m.start)]


# A group's remit in brackets beside its name, in a structure list or a sentence: "Case Learning Group (case
# audits and multi-agency learning reviews)", "the Tasking Group (street drinking and repeat victims)", "Skills
# Group (practitioner training courses) - chair: ...". What a bracket
# after a group's name holds is more often its chair, its short name, its footprint or a note ("(chair: X)", "(the
# CSP)", "(county)", "(formerly ...)", "(meets monthly)"): only a phrase of two words or more, or a series of such
# phrases, that opens no clause, note or name of a body is read as the remit
_BRACKETED = re.compile(r"\s*\((?P<what>[^()\n:;£\d]{5,90}(?:\n[^()\n:;£\d]{1,60})?)\)")
# (not heads.yaml body, on purpose: a team, service, partnership or committee named with a bracket after it has its
# footprint, seat or short name there more often than its remit - taking every body head adds false facts)
_GROUP_HEADS = frozenset({"group", "sub-group", "subgroup", "panel", "board", "forum", "hub", "cell", "network"})
_NOT_A_REMIT = re.compile(r"(?i)(?:the|a|an|its|their|this|that|which|who|formerly|previously|now|see|no|not|"
                          r"joint|jointly|shared|including|includes|incl|e\.g|i\.e|also|currently|new|to|from|with|"
                          r"for|in|at|on|by|of|and|or|meets?|met|every|each|all|both|statutory|non-statutory|"
                          r"[a-z]+ed|[a-z]+ing)\b")
# a footprint, a seat or money: "(Leeds place)", "(county-led)", "(Independent Chair)", "(Youth Justice Grant)"
_NOT_A_REMIT_WORDS = re.compile(r"(?i)\b(?:locality|place|area|county|district|borough|region|"
                                r"led|chair|vice-chair|grant|grants|fund|funding|budget|members?)\b|-led\b")
# (not heads.yaml body either: many of its heads are also what a group works on, "(housing and homelessness)",
# "(fire safety visits)", "(probation and prisons)", and would turn such remits away)
_BODY_WORDS = re.compile(r"(?i)\b(?:group|sub-?group|panel|board|forum|partnership|committee|council|team|unit|"
                         r"service|network|hub|cell|police|trust|authority|office)s?\b")


# "the Coastal West Sussex CSP (Adur and Worthing)", "the West Area BCU (Ealing, Hillingdon and Hounslow)": two or
# more places alone in a bracket after a body are the places it covers (one place there may be where it sits)
_OPEN_BRACKET = re.compile(r"\s*\((?:covering\s+|for\s+|serving\s+)?")
_PLACES_ONLY = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s)\s*)*")


def _bracketed_places(doc: ExtractionDoc, line_start: int, line_end: int) -> None:
    mentions = doc.mentions(line_start, line_end)
    for m in mentions:
        opened = _OPEN_BRACKET.match(doc.text, m.end, line_end) if m.kind == "body" else None
        close = doc.text.find(")", m.end, line_end) if opened is not None else -1
        if close < 0:
            continue
        inside = [x for x in mentions if opened.end() <= x.start and x.end <= close]
        if len(inside) < 2 or any(x.kind != "place" for x in inside):
            continue
        gaps = [doc.text[a.end : b.start] for a, b in zip(inside, inside[1:], strict=False)]
        if doc.text[opened.end() : inside[0].start].strip() or doc.text[inside[-1].end : close].strip() or \
                not all(_PLACES_ONLY.fullmatch(g) for g in gaps):
            continue
        body = doc.resolver.entity(m)
        if body is None or body.kind != "body" or placenames.is_national(body.name) or placenames.nationwide(body.name):
            continue  # "the Probation Service (Surrey and Sussex)": which division of a national body, not its area
        for x in inside:
            place = doc.resolver.entity(x)
            if place is not None:
                doc.add(body, "covers_area", place, m.start, close + 1, "remit:bracketed_places", 0.75)


def _bracketed_remits(doc: ExtractionDoc) -> None:
    if "(" not in doc.text:
        return
    for line in doc.layout.lines:
        if "(" not in doc.text[line.start : line.end]:
            continue
        _bracketed_places(doc, line.start, line.end)
        for m in doc.mentions(line.start, line.end):
            if m.kind != "body" or m.name.split()[-1].casefold() not in _GROUP_HEADS:
                continue
            said = _BRACKETED.match(doc.text, m.end)
            if said is None:
                continue
            what = " ".join(said.group("what").split())
            if _NOT_A_REMIT.match(what) or _BODY_WORDS.search(what) or _NOT_A_REMIT_WORDS.search(what) or \
                    what.isupper():
                continue
            if what.startswith(('"', "“", "‘", "'")):
                continue  # '("the PDG")': the short name the paper gives the group, no remit
            parts = _remit_series(what)
            if parts is None:
                continue  # "(housing)", "(operational, fortnightly)": a word of kind or footprint, no remit
            if any(x.kind in ("body", "post", "person", "place", "money", "date") or
                   x.kind == "name" and x.head != "acronym"
                   for x in doc.mentions(said.start("what"), said.end("what"))):
                continue  # "(Bury locality)", "(Independent Chair)": where it sits or who chairs it
            body = doc.resolver.entity(m)
            if body is None or body.kind != "body":
                continue
            for phrase in parts:
                doc.add(body, "responsible_for", doc.resolver.topic(phrase), m.start, said.end(),
                        "remit:bracketed", 0.75)


# "the Mayor of X has exercised the functions of the police and crime commissioner for the county", "the Mayor of X,
# who holds the policing and crime functions for the county", "The Mayor holds the PCC functions for X", "the police
# and crime commissioner functions for X have been exercised by the Mayor of X": a mayor who holds a commissioner's
# functions (the gazetteer's police offices say which mayors do) is responsible for them, and covers the area the
# sentence gives them for ("for the county" is the mayor's own police area)
_FUNCTIONS_WORDS = frozenset({"functions"})
_FUNCTIONS = re.compile(
    r"(?i)\b(?:the\s+)?(?:(?P<pcc>functions\s+of\s+(?:the|a)\s+police\s+and\s+crime\s+commissioner|(?:police\s+and\s+"
    r"crime\s+commissioner|PCC)(?:['’]s)?\s+functions)|(?P<own>policing\s+and\s+crime\s+functions))"
    r"(?P<for>\s+for\s+(?:the\s+(?:county|city-region|city\s+region|force\s+area|region)\b|(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}))?")
_HOLDS = re.compile(r"(?i)\s*,?\s*(?:who\s+|which\s+)?(?:now\s+|also\s+)?(?:(?:has|have)\s+)?(?:exercised|exercises|"
                    r"exercise|holds|held|hold|took\s+on|takes\s+on|has\s+taken\s+on)\s+$")
_HELD_BY = re.compile(r"(?i)^\s+(?:have|has|had|are|is|were|was)\s+(?:now\s+)?(?:been\s+)?(?:exercised|held)\s+by\s+"
                      r"(?:the\s+)?$")
_PCC_FUNCTIONS = "police and crime commissioner functions"


def _commissioner_functions(doc: ExtractionDoc, start: int, end: int) -> None:
    mentions = [m for m in doc.mentions(start, end) if m.kind in ("post", "body")]
    for f in _FUNCTIONS.finditer(doc.text, start, end):
        before = [m for m in mentions if m.end <= f.start()]
        holder_m = before[-1] if before and _HOLDS.fullmatch(doc.text, before[-1].end, f.start()) else None
        if holder_m is None:  # "the ... functions for X have been exercised by the Mayor of X"
            holder_m = next((m for m in mentions if m.start >= f.end() and
                             _HELD_BY.match(doc.text[f.end() : m.start])), None)
        holder = doc.resolver.entity(holder_m) if holder_m is not None else None
        area = placenames.plan_issuer(holder.name) if holder is not None else None
        if area is None:
            continue  # a holder no commissioner's office names: whose functions, and where, is unclear
        name = _PCC_FUNCTIONS if f.group("pcc") else " ".join(f.group("own").lower().split())
        a, b = min(holder_m.start, f.start()), max(holder_m.end, f.end())
        doc.add(holder, "responsible_for", doc.resolver.topic(name), a, b, "remit:commissioner_functions", 0.8)
        said = f.group("for")
        place = area if said and re.search(r"(?i)the\s", said) else placenames.canonical_place(said.split(None, 1)[1]) \
            if said else None
        if place is not None and placenames.police_area(place) == area:
            doc.add(holder, "covers_area", doc.resolver.entity(Mention(f.start("for"), f.end("for"), "place", place)),
                    a, b, "remit:commissioner_functions", 0.8)


# "The Commissioner may award crime and disorder reduction grants under section 9 of the ... Act", "has (the)
# power(s) to ... under ...", "has the power under ..."
# ("The Commissioner makes grants to partnerships under section 9 of ...": a grant made under an Act is its power
# used; "The Police and Crime Commissioner (PCC) has the power": the acronym between is the holder's own)
_POWER = re.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?\s+(?:also\s+)?(?:may|(?:has|have|had)\s+(?:the\s+)?"
                    r"(?:statutory\s+|legal\s+)?powers?|(?:makes|awards)\s+(?:[\w-]+\s+){0,5}?grants)\b", re.I)
_POWER_WORDS = frozenset({"may", "power", "grants"})
_POWER_GAP = re.compile(r"[^.;:]{0,100}?\bunder\s+(?:(?P<section>section\s+\d+[A-Z]?|s\.?\s?\d+[A-Z]?)\s+of\s+)?"
                        r"(?:the\s+)?$", re.I)


# "I have a duty under the A Act ..., and the power under section 9 of the B Act to ...": a power joined to a duty
# the sentence gives its holder is the same holder's
_AND_POWER = re.compile(r"\band\s+(?:also\s+)?(?:the|a|its|their)\s+(?:statutory\s+|legal\s+)?powers?\s+under\s+"
                        r"(?:(?P<section>section\s+\d+[A-Z]?|s\.?\s?\d+[A-Z]?)\s+of\s+)?(?:the\s+)?$", re.I)


def _power_joined_to_duty(doc: ExtractionDoc, start: int, end: int, mentions: list[Mention]) -> None:
    duties = [f for f in doc.facts if f.relation == "statutory_duty" and start <= f.start < end and
              f.object is not None]
    holders = {f.subject.iri: f.subject for f in duties}
    if len(holders) != 1:
        return  # no duty read here, or several holders: whose power it is would be a guess
    holder = next(iter(holders.values()))
    for law in (m for m in mentions if m.kind == "legislation"):
        joined = _AND_POWER.search(doc.text, max(start, law.start - 80), law.start)
        first = min(f.end for f in duties)
        if joined is None or joined.start() < first:
            continue
        e = doc.resolver.entity(law)
        if e is not None and e.kind == "legislation":
            doc.add(holder, "statutory_duty", e, joined.start(), law.end, "remit:power", 0.8,
                    qualifier=section_qualifier(joined.group("section")))


def _powers(doc: ExtractionDoc, start: int, end: int) -> None:
    mentions = [m for m in doc.mentions(start, end) if m.kind != "money"]
    _power_joined_to_duty(doc, start, end, mentions)
    if not mentions or mentions[0].kind not in ("body", "post") or \
            not _OPENS.match(doc.text[start : mentions[0].start]):
        return
    power = _POWER.match(doc.text, mentions[0].end, end)
    if power is None:
        return
    # the Act the power is under ("make a Public Spaces Protection Order under section 59 of the ... Act")
    law, gap = next(((m, g) for m in mentions if m.kind == "legislation" and m.start >= power.end() and
                     (g := _POWER_GAP.fullmatch(doc.text, power.end(), m.start)) is not None), (None, None))
    if law is None or any(m.kind in ("body", "post", "person") for m in mentions if power.end() <= m.start < law.start):
        return  # "may ask the Council to act under ...": whose power is unclear
    holder = doc.resolver.entity(mentions[0])
    if holder is None:
        return
    qualifier = section_qualifier(gap.group("section"))
    doc.add(holder, "statutory_duty", doc.resolver.entity(law), mentions[0].start, law.end, "remit:power", 0.8,
            qualifier=qualifier)


_UNDER_WORDS = frozenset({"under"})
# "section 43", "Part 4", "sections 5 and 6", "s.17"
_SECTION_NUMBER = r"(?:sections?|parts?|s\.)\s*\d+[A-Z]?(?:\s*(?:,|and|&)\s*\d+[A-Z]?)*"
# "section 43 of", "Part 4 of", "sections 5 and 6 of"
_SECTION = rf"(?:(?P<section>{_SECTION_NUMBER})\s+of\s+)?(?:the\s+)?"
# "X, which is the statutory board under Part 4 of the", "X is a statutory board established under section 43 of the"
_STATUTORY_BODY = re.compile(r"\s*(?:,\s+which\s+(?:is|was)|\s(?:is|was))\s+(?:the|a|an)\s+statutory\s+"
                             r"(?:[\w-]+\s+){0,4}?(?:board|body|partnership|panel|committee|group|forum)\b[^.;,]{0,40}?"
                             r"(?:\s(?:established|set\s+up|constituted))?\s+under\s+" + _SECTION, re.I)
# "... established by the County Council under", "... that the Council must convene under": the body the Act obliges
_BY_BEFORE = re.compile(r"\b(?:established|set\s+up|constituted|created|convened)\s+by\s+(?:the\s+)?$", re.I)
_UNDER_AFTER = re.compile(r"\s+under\s+" + _SECTION, re.I)
_MUST_SET_UP = re.compile(r"\s+(?:must|shall|(?:is|are)\s+required\s+to)\s+(?:convene|establish|set\s+up|constitute)"
                          r"\s+under\s+" + _SECTION, re.I)


def _holder(doc: ExtractionDoc, m: Mention) -> Entity | None:
    if m.kind == "name" and m.head == "acronym":
        e = doc.resolver.acronym(m.name)
    elif m.kind == "body":
        e = doc.resolver.entity(m)
    else:
        return None
    return e if e is not None and e.kind == "body" else None


# "It covers the two boroughs and is the statutory partnership for both areas under ...": the body the sentence
# before is about
_IT_IS = re.compile(r"\W*It\s+(?:[^.;]*?\s+and\s+)?(?=(?:is|was)\s)")


def _statutory_bodies(doc: ExtractionDoc, start: int, end: int, before: tuple[int, int] | None = None) -> None:
    # "Part 4 of the Act": the part's name is read as a name, and is no holder
    mentions = [m for m in doc.mentions(start, end) if m.kind in ("body", "post", "legislation") or
                (m.kind == "name" and m.head == "acronym")]
    it = _IT_IS.match(doc.text, start, end)
    if it is not None and not any(m.start < it.end() and m.kind != "legislation" for m in mentions):
        law = next((m for m in mentions if m.kind == "legislation"), None)
        found = _STATUTORY_BODY.fullmatch(" " + doc.text[it.end() : law.start]) if law is not None else None
        holder = antecedent(doc, before) if found is not None else None
        if holder is not None and holder.kind == "body":
            doc.add(holder, "statutory_duty", doc.resolver.entity(law), start, law.end, "remit:statutory_body", 0.8,
                    qualifier=section_qualifier(found.group("section")))
    for i, law in enumerate(mentions):
        if law.kind != "legislation" or i == 0:
            continue
        b = mentions[i - 1]
        gap = doc.text[b.end : law.start]
        found = _STATUTORY_BODY.fullmatch(gap) or _MUST_SET_UP.fullmatch(gap)
        if found is None and _BY_BEFORE.search(doc.text, max(start, b.start - 30), b.start):
            found = _UNDER_AFTER.fullmatch(gap)
        holder = _holder(doc, b) if found is not None else None
        if holder is None:
            continue
        doc.add(holder, "statutory_duty", doc.resolver.entity(law), b.start, law.end, "remit:statutory_body", 0.8,
                qualifier=section_qualifier(found.group("section")))


# "Lead", "Lead authority", "Led by": who leads the body of the row
_LEAD_HEAD = re.compile(r"(?i)^(?:lead|led by)(?:\s+(?:authority|agency|organisation|organization|partner|body|council|"
                        r"local authority))?$")


@reads()
def lead_tables(doc: ExtractionDoc) -> None:
    for table in doc.layout.tables:
        # a header the layout did not take for one (a year in a column's name) is still the first row
        names = table.header or [doc.text[a:b] for a, b in table.rows[0].cells]
        header = [" ".join(h.split()).strip(" |") for h in names]
        lead = next((k for k, h in enumerate(header) if _LEAD_HEAD.match(h)), None)
        if header and _PRIORITY_HEAD.match(header[0]):
            _priority_leads(doc, table, header)
            continue
        if lead is None or lead == 0 or not _body_column(header[0]):
            continue
        for line in table.rows_under_first():
            if len(line.cells) != len(header):
                continue
            body = cell_body(doc, [line.cells[0]])
            who = cell_lead(doc, [line.cells[lead]])
            if body is not None and who is not None and body.iri != who.iri:
                doc.add(body, "led_by", who, line.cells[0][0], line.cells[lead][1], "remit:lead_table", 0.8)


# "Priority", "Strategic priorities", "Theme": a table whose rows are the paper's priorities
_PRIORITY_HEAD = re.compile(r"(?i)^(?:strategic\s+|key\s+|our\s+)?(?:priorit(?:y|ies)|themes?|workstreams?)"
                            r"(?:\s+(?:area|theme))?$")
# "Lead officer", "Lead contact", "Responsible officer": the person (or post) in a priority's row who leads it
_OFFICER_HEAD = re.compile(r"(?i)^(?:lead|responsible)\s+(?:officer|officers|contact|person|manager|director|member)$")


# a column of the groups that deliver each priority ("Delivery group", "Theme board", "Sub-group")
_GROUP_HEAD = re.compile(r"(?i)\b(?:(?:sub-?)?groups?|boards?|forums?|panels?|partnerships?)\b")


def _priority_leads(doc: ExtractionDoc, table, header: list[str]) -> None:
    """ "| Reducing violence | Kent Police | DI Jo Lee |" under "Priority | Lead organisation | Lead officer": the
    priority is led by the organisation and by the officer."""
    leads = [k for k, h in enumerate(header) if k and (_LEAD_HEAD.match(h) or _OFFICER_HEAD.match(h))]
    if not leads or any(_GROUP_HEAD.search(h) for h in header[1 : leads[0]]):
        return  # "Priority | Delivery group | Lead": the lead leads the row's group, not the priority
    # the rows are the priorities of the body the table's section is about, else of the body whose paper it is
    owner = doc.scope_body(table.rows[0].start) or title_paper_body(doc)
    for line in table.rows_under_first():
        if len(line.cells) != len(header):
            continue
        a, b = line.cells[0]
        phrase = priority_phrase(cell_text(doc, [(a, b)]))
        if not phrase or not phrase[:1].isupper():
            continue
        priority = doc.resolver.topic(phrase)
        if owner is not None and owner.kind == "body":
            doc.add(priority, "priority_of", owner, a, b, "remit:priority_table", 0.75)
        for k in leads:
            who = _cell_person(doc, line.cells[k]) if _OFFICER_HEAD.match(header[k]) else None
            who = who or cell_lead(doc, [line.cells[k]])
            if who is not None and who.iri != priority.iri:
                doc.add(priority, "led_by", who, a, line.cells[k][1], "remit:priority_table", 0.8)


def _cell_person(doc: ExtractionDoc, cell: tuple[int, int]) -> Entity | None:
    """The person a lead officer's cell names ("DI Jo Lee", "Dr Sam Okafor", "Hannah Reid")."""
    found = [m for m in doc.mentions(*cell) if m.kind in ("person", "name")]
    if len(found) != 1:
        return None
    m = found[0]
    if m.kind == "name" and (m.head == "acronym" or not looks_like_person(m.name.split())):
        return None
    return doc.resolver.known_person(m.name) or doc.resolver.person(Mention(m.start, m.end, "person", m.name,
                                                                            title=m.title, rank=m.rank))


def _body_column(name: str) -> bool:
    """A column of bodies: its heading is a body's head noun ("Partnership", "Community Safety Partnership",
    "Delivery group", "Sub-group")."""
    words = name.split()
    return bool(words) and len(words) <= 4 and (words[-1].capitalize() in heads().body or
                                                 re.fullmatch(r"(?i)(?:sub-?)?groups?|csps?|bod(?:y|ies)", words[-1]))


_REQUIRED_WORDS = frozenset({"as required"})
_AS_REQUIRED = re.compile(r",?\s+as\s+required\s+(?:by|under)\s+(?:(?P<section>(?:section|s\.|schedule|part|"
                          r"regulation)\s*\d+[A-Z]?)\s+(?:of|to)\s+)?(?:the\s+)?", re.I)
# "the Act", "the 2014 Act": an Act the paper has named before
_THE_ACT = re.compile(r"(?:(?P<year>(?:19|20)\d\d)\s+)?Act\b")
# "... is produced each year by the Council", "is commissioned by the Board on the recommendation of ..."
_AGENT_BEFORE = re.compile(r"\b(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
                           r"[a-z]+(?:ed|en|de|wn|t)\s+(?:(?:each|every)\s+year\s+|annually\s+|jointly\s+)?"
                           r"by\s+(?:the\s+)?$", re.I)


def _named_act(doc: ExtractionDoc, at: int, end: int) -> Entity | None:
    """The Act named at AT: a legislation mention, or "the Act" for the last Act named before."""
    here = next((m for m in doc.mentions(at, end) if m.start == at), None)
    if here is not None and here.kind == "legislation":
        return doc.resolver.entity(here)
    short = _THE_ACT.match(doc.text, at, end)
    if short is None:
        return None
    for m in reversed(doc.mentions(max(0, at - 3000), at)):
        if m.kind == "legislation" and re.search(r"\bAct\b", m.name) and \
                (short.group("year") is None or short.group("year") in m.name):
            return doc.resolver.entity(m)
    return None


def _as_required(doc: ExtractionDoc, start: int, end: int) -> None:
    m = _AS_REQUIRED.search(doc.text, start, end)
    if m is None:
        return
    law = _named_act(doc, m.end(), end)
    if law is None or law.kind != "legislation":
        return
    before = [x for x in doc.mentions(start, m.start()) if x.kind in ("body", "post")]
    agent = next((x for x in before if _AGENT_BEFORE.search(doc.text, max(start, x.start - 60), x.start)), None)
    if agent is None and before and _OPENS.match(doc.text[start : before[0].start]):
        agent = before[0]  # "The Board also publishes its Plan, as required by ...": the body that acts
    holder = doc.resolver.entity(agent) if agent is not None else None
    if holder is None or holder.kind not in ("body", "post"):
        return
    # the clause reader took the name nearest the trigger ("on the recommendation of the SAR sub-group")
    doc.facts[:] = [f for f in doc.facts if not (f.rule == "clause:statutory_duty" and f.object is not None and
                                                 f.object.iri == law.iri and f.subject.iri != holder.iri and
                                                 start <= f.start < end)]
    doc.add(holder, "statutory_duty", law, agent.start, m.end(), "remit:as_required", 0.8,
            qualifier=section_qualifier(m.group("section")))


# the labels of a record box: the one that names its body, and those that say who leads it and what it is for
_RECORD_NAME = frozenset({"sub-group", "subgroup", "group", "board", "body", "partnership", "panel", "forum",
                          "delivery group", "theme group", "task group", "working group", "name"})
_RECORD_LEAD = layout().lead_columns - {"owner"}  # a record box's "Owner:" is not read as its lead


@reads()
def record_boxes(doc: ExtractionDoc) -> None:
    current: Entity | None = None
    for line in doc.layout.lines:
        if line.kind != "row" or len(line.cells) != 2:
            if line.kind not in ("row", "blank"):
                current = None  # the box has ended
            continue
        (a, b), (c, d) = line.cells
        label = " ".join(doc.text[a:b].split()).casefold()
        if not label.endswith(":"):
            continue
        label = label[:-1].strip()
        if label in _RECORD_NAME:
            named = [m for m in doc.mentions(c, d) if m.kind == "body"]
            current = _holder(doc, named[0]) if named and named[0].start - c <= 4 else None
        elif current is not None and label in _RECORD_LEAD:
            who = _organisation_post(doc, c, d) or cell_lead(doc, [(c, d)])
            if who is not None and who.iri != current.iri:
                doc.add(current, "led_by", who, a, d, "remit:record_box", 0.8)
        elif current is not None and label == "purpose":
            _purpose(doc, current, a, c, d)


def _organisation_post(doc: ExtractionDoc, c: int, d: int) -> Entity | None:
    """ "South Wales Police, Neath Port Talbot Sector Inspector": the post, of the organisation written first."""
    found = [m for m in doc.mentions(c, d) if m.kind in ("body", "post")]
    if len(found) != 2 or found[0].kind != "body" or found[1].kind != "post" or \
            doc.text[found[0].end : found[1].start].strip() != ",":
        return None
    org, post = doc.resolver.entity(found[0]), doc.resolver.entity(found[1])
    if org is None or post is None or org.kind != "body":
        return None
    return doc.resolver.post_named(f"{post.name}, {org.name}", written=post.name)


def _purpose(doc: ExtractionDoc, body: Entity, a: int, c: int, d: int) -> None:
    """ "Purpose: Prevent duty under the Counter-Terrorism and Security Act 2015": the duty the purpose opens with,
    and the Act it names (a purpose written as a sentence names no remit of its own)."""
    found = [m for m in doc.mentions(c, min(len(doc.text), d + 200)) if m.kind in ("initiative", "legislation")]
    first = found[0] if found and found[0].start - c <= 1 and found[0].kind == "initiative" else None
    if first is None or not re.search(r"\b(?:Duty|Programme|Strategy|Plan)$", first.name, re.I):
        return
    duty = doc.resolver.entity(first)
    if duty is None:
        return
    doc.add(body, "responsible_for", duty, a, first.end, "remit:record_box", 0.8)
    law = next((m for m in found[1:] if m.kind == "legislation" and
                re.fullmatch(r"\s*under\s+(?:the\s+)?", doc.text[first.end : m.start].replace("|", " "))), None)
    if law is not None:
        doc.add(body, "statutory_duty", doc.resolver.entity(law), a, law.end, "remit:record_box", 0.8)


_PRIORITY_WORDS = frozenset({"priorit"})
_PRIORITY_REF = re.compile(r"\b[Pp]riorit(?:y|ies)\s+(?P<refs>\(?[a-z1-9]\)?(?:\s*(?:,|and|&)\s*\(?[a-z1-9]\)?)*)"
                           r"(?![\w(])")
_LED_AFTER = re.compile(r"\s+(?:was|were|is|are|will\s+be|has\s+been|have\s+been)\s+(?:jointly\s+)?"
                        r"(?P<verb>led|delivered)\s+(?:by|through)\s+(?:the\s+)?(?:multi-agency\s+)?")
_LED_ON_BEFORE = re.compile(r"\b(?:led|leads|will\s+lead|is\s+leading)\s+on\s+$")
# what may stand between a body and its verb: a relative clause or a dashed aside about its chair
_ASIDE = re.compile(r"\s*(?:,\s*(?:which|who)\b[^.;]*?,|\s[-–]\s*chaired by[^.;]*?\s[-–])?\s*")


def _priority_list(doc: ExtractionDoc, before: int) -> list[Entity]:
    """The priorities of the list read last before BEFORE, in the order the paper numbers them."""
    listed = [f for f in doc.facts if f.relation == "priority_of" and f.rule.startswith("list:") and f.start < before]
    if not listed:
        return []
    owner = max(listed, key=lambda f: f.start).object.iri
    ordered = sorted((f for f in listed if f.object.iri == owner), key=lambda f: f.start)
    return list(dict.fromkeys(f.subject for f in ordered))


def _priority_refs(refs: str, count: int) -> list[int]:
    out = []
    for ref in re.findall(r"[a-z1-9]", re.sub(r"\band\b", " ", refs)):
        index = int(ref) - 1 if ref.isdigit() else ord(ref) - ord("a")
        if not 0 <= index < count:
            return []  # a number past the list's end: another list is meant
        out.append(index)
    return out


def _numbered_priorities(doc: ExtractionDoc, start: int, end: int) -> None:
    priorities: list[Entity] | None = None  # read once, at the first reference: the loop adds no priorities
    for m in _PRIORITY_REF.finditer(doc.text, start, end):
        if priorities is None:
            priorities = _priority_list(doc, start)
        indexes = _priority_refs(m.group("refs"), len(priorities)) if len(priorities) >= 2 else []
        if not indexes:
            continue
        mentions = doc.mentions(start, end)
        after = _LED_AFTER.match(doc.text, m.end(), end)
        if after is not None:
            agent = next((x for x in mentions if x.start == after.end() and x.kind == "body"), None)
            relation = "delivers" if after.group("verb") == "delivered" else "led_by"
            span = (m.start(), agent.end if agent else after.end())
        elif (on := _LED_ON_BEFORE.search(doc.text, max(start, m.start() - 20), m.start())) is not None:
            agent = next((x for x in reversed(mentions) if x.kind == "body" and x.end <= on.start() and
                          _ASIDE.fullmatch(doc.text, x.end, on.start())), None)
            relation, span = "led_by", (agent.start if agent else m.start(), m.end())
        else:
            continue
        body = _holder(doc, agent) if agent is not None else None
        if body is None:
            continue
        for k in indexes:
            if relation == "delivers":
                doc.add(body, "delivers", priorities[k], span[0], span[1], "remit:numbered_priority", 0.8)
            else:
                doc.add(priorities[k], "led_by", body, span[0], span[1], "remit:numbered_priority", 0.8)


def _topics_led(doc: ExtractionDoc) -> None:
    """ "The Safer X Group leads the community safety work of the Partnership": the clause reader's `led_by` of a
    topic is the group's remit."""
    led = [f for f in doc.facts if f.rule == "clause:led_by" and f.subject.kind == "topic" and f.object is not None
           and f.object.kind in ("body", "post") and _LEADS.search(doc.text, f.start, f.end)
           and not re.search(r"\bled\b", doc.text[f.start : f.end])]
    if not led:
        return
    doc.facts[:] = [f for f in doc.facts if f not in led]
    for f in led:
        doc.add(f.object, "responsible_for", f.subject, f.start, f.end, "remit:topic_led", 0.8)


_LEADS = re.compile(r"\bleads?\b")
_LEAD_ON = re.compile(r"(?i)\b(?:leads?|leading|led|lead)\s+on\b")
_LED_THINGS = frozenset({"publication", "initiative"})
# "leads on the Serious Violence Duty": a duty is a responsibility to answer for, no work of its own to lead
_A_DUTY = re.compile(r"\bDuty$")


def _papers_led_on(doc: ExtractionDoc) -> None:
    """ "The Board, which leads on the regional VAWDASV Strategy": the clause reader's responsibility for a named
    paper or programme is the paper's lead."""
    led = [f for f in doc.facts if f.rule == "clause:responsible_for" and f.object is not None and
           f.object.kind in _LED_THINGS and f.subject.kind in ("body", "post", "person") and
           not _A_DUTY.search(f.object.name) and _LEAD_ON.search(doc.text, f.start, f.end)]
    if not led:
        return
    doc.facts[:] = [f for f in doc.facts if f not in led]
    for f in led:
        doc.add(f.object, "led_by", f.subject, f.start, f.end, "remit:paper_led_on", 0.8)


def _named_work_led_on(doc: ExtractionDoc) -> None:
    """ "Safer Swindon leads on ... Prevent", "leads on the Protect strand": a strand written by its name
    (capitalised in the text) is led by the body, as well as being its responsibility; a topic written in lower case
    ("leads on serious violence") stays a responsibility only."""
    for f in [f for f in doc.facts if f.rule == "clause:responsible_for" and f.object is not None and
              f.object.kind in ("topic", "initiative", "legislation") and f.subject.kind in ("body", "post")]:
        quote = doc.text[f.start : f.end]
        lead = _LEAD_ON.search(quote)
        name = f.object.name
        if lead is None or not name[:1].isupper() or re.search(r"(?i)\b(?:strategy|plan)\b", name) or \
                _A_DUTY.search(name):
            continue  # (a duty stays a responsibility: tests/test_extract_remit_s8.py)
        if re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", quote[lead.end() :]):
            doc.add(f.object, "led_by", f.subject, f.start, f.end, "remit:named_led_on", 0.75)


# "The service is led by", "The Hub is overseen by": the head noun alone, opening the sentence
_HEAD_ALONE = re.compile(r"The\s+(?P<head>service|hub|unit|team|partnership|board|panel|forum|programme|project)\s+"
                         r"(?:is|was|will\s+be)\s+(?:currently\s+|also\s+)?(?P<verb>led|overseen|managed)\s+by\s+"
                         r"(?:the\s+)?")


def _head_noun_subject(doc: ExtractionDoc, start: int, end: int) -> None:
    m = _HEAD_ALONE.match(doc.text, start, end)
    if m is None:
        return
    agent = next((x for x in doc.mentions(start, end) if x.start == m.end() and x.kind in ("body", "post")), None)
    subject = _named_before(doc, m.group("head"), start)
    who = doc.resolver.entity(agent) if agent is not None else None
    if subject is None or who is None or subject.iri == who.iri:
        return
    if m.group("verb") == "led":
        doc.add(subject, "led_by", who, start, agent.end, "remit:head_noun", 0.8)
    else:
        doc.add(who, "oversees", subject, start, agent.end, "remit:head_noun", 0.8)


def _named_before(doc: ExtractionDoc, head: str, start: int) -> Entity | None:
    """The body "the service" (a head noun alone) stands for: the last one with that head the paper named before
    START, else the paper's own body when its name ends in it."""
    head = head.casefold()
    # a heading run into the name ("Partnership Arrangements The Youth Justice Service") is no name to trust
    named = [x for x in doc.mentions(max(0, start - 2000), start) if x.kind == "body" and
             x.name.split()[-1].casefold() == head and len(x.name.split()) > 1 and " The " not in x.name]
    found = doc.resolver.entity(named[-1]) if named else None
    if found is None and doc.resolver.body is not None and doc.resolver.body.name.split()[-1].casefold() == head:
        found = doc.resolver.body
    return found


# "The Management Board oversees the service", "holds the service to account": the head noun alone after the verb
_HEAD_OBJECT_WORDS = frozenset({" the service", " the hub", " the unit", " the team", " the programme"})
_HEAD_OBJECT = re.compile(r"\b(?:(?P<verb>oversees?|oversaw|overseeing|manages|managing)|holds?|holding)\s+the\s+"
                          r"(?P<head>service|hub|unit|team|programme)\b(?P<account>\s+to\s+account)?"
                          r"(?!\s+[A-Z])(?!['’]s)")  # "the service Manager", "the service's": not the service alone


def _head_noun_object(doc: ExtractionDoc, start: int, end: int) -> None:
    mentions = [x for x in doc.mentions(start, end) if x.kind not in ("money", "topic")]
    for m in _HEAD_OBJECT.finditer(doc.text, start, end):
        if m.group("verb") is None and m.group("account") is None:
            continue  # "holds the service" alone is no oversight
        before = [x for x in mentions if x.end <= m.start()]
        if not before or before[-1].kind != "body" or not _TO_VERB.fullmatch(doc.text[before[-1].end : m.start()]):
            continue
        who = doc.resolver.entity(before[-1])
        what = _named_before(doc, m.group("head"), start)
        if who is None or what is None or who.kind != "body" or what.iri == who.iri:
            continue
        doc.add(who, "oversees", what, before[-1].start, m.end(), "remit:head_noun_object", 0.8)


# "co-ordinates community safety activity across", "which commissions substance misuse treatment across", "will meet
# these responsibilities across": a verb of the body's own work, then up to eight words, then "across"
_ACROSS = re.compile(r"(?P<verb>(?:co-?ordinat|commission|deliver|provid|operat|work|oversee|lead|tackl|manag|meet|"
                     r"run|keep)[a-z]*)\b(?P<gap>[^.;:()]{0,70}?)\bacross\s+", re.I)
_ACROSS_WORDS = frozenset({"across"})
# between the body and its verb: nothing but a relative pronoun or auxiliaries ("X, which will also co-ordinate")
_TO_VERB = re.compile(r"\s*(?:\([A-Z][A-Za-z&]{1,9}\)\s*)?(?:,?\s*(?:which|that)\s+)?(?:(?:will|shall|also|now|"
                      r"currently|jointly|to|must|should|is\s+to|aims\s+to|helps\s+to)\s+)*$", re.I)
_VERB_FORMS = re.compile(r"(?i)(?:co-?ordinat|commission|deliver|provid|operat|work|oversee|lead|tackl|manag|meet|run|"
                         r"keep)(?:e|es|s|ed|ing|ion)?$")
_PLACE_ONLY = frozenset({"place"})


def _work_across(doc: ExtractionDoc, line_index: int, start: int, end: int, before: tuple[int, int] | None) -> None:
    for m in _ACROSS.finditer(doc.text, start, end):
        if not _VERB_FORMS.match(m.group("verb")) or re.search(r"(?i)\b(?:whom?|that|which|where)\b", m.group("gap")):
            continue  # "the agencies that keep people safe across": another subject's verb
        mentions = [x for x in doc.mentions(start, end) if x.kind != "money"]
        inside = [x for x in mentions if m.start() <= x.start < m.end("gap")]
        if any(x.kind in ("body", "post", "person", "place") for x in inside):
            continue  # "works with the Police across ...": who works across is no longer plain
        holder = _worker(doc, line_index, start, m.start(), mentions, before)
        places = place_list(doc, m.end(), end, mentions)
        for place in places:
            if holder is not None and place.iri != holder.iri:
                doc.add(holder, "covers_area", place, m.start(), m.end(), "remit:work_across", 0.8)


def _worker(doc: ExtractionDoc, line_index: int, start: int, verb: int, mentions: list[Mention],
            before: tuple[int, int] | None) -> Entity | None:
    """The body the verb at VERB belongs to: the body just before it (its subject, or the head of a relative clause
    on it), the owner of a list item the verb opens, or the body "It" stands for."""
    left = [x for x in mentions if x.end <= verb and x.kind != "topic"]
    if left and left[-1].kind == "body" and _TO_VERB.fullmatch(doc.text, left[-1].end, verb) and \
            not re.search(r"(?i)\ban?\s+$", doc.text[max(start, left[-1].start - 4) : left[-1].start]):
        return doc.named_body(left[-1])
    if left:
        return None
    lead = doc.text[start:verb]
    if re.fullmatch(r"\W*It\s+(?:(?:will|also|now|currently)\s+)*", lead):
        e = antecedent(doc, before)
        return e if e is not None and e.kind == "body" else None
    owner = item_owner(doc, line_index)
    if owner is not None and re.fullmatch(r"\W*(?:\(?[0-9a-z]{1,3}[.)]\s+)?(?:[Tt]o\s+)?", lead):
        return owner  # "The Partnership will: - Co-ordinate activity across the borough"
    return None


# "serious violence would be led by", "The anti-social behaviour priority is led by": the first priority and its verb
_FIRST_LED = (r"\s*(?:[Tt]he\s+)?(?P<x>[A-Za-z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,7}?)\s+(?:priority\s+)?"
              r"(?:is|are|was|were|would\s+be|will\s+be|is\s+to\s+be)\s+(?:jointly\s+)?led\s+by\s+(?:the\s+)?")
# where the first priority may start: the sentence's start, or after a colon, a semicolon, a comma or "that"
_LED_BY = re.compile(r"(?:^|(?<=[:;.,(])|(?<=\bthat)|(?<=\bwhile))" + _FIRST_LED)
_LED_BY_AT = re.compile(_FIRST_LED)
# ", domestic abuse by the", "; the communities priority by", " and drugs and alcohol by": the next, its verb left out
_AND_BY = re.compile(r"\s*[,;]?\s*(?:and\s+)?(?:the\s+)?(?P<x>[A-Za-z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,7}?)\s+"
                     r"(?:priority\s+)?by\s+(?:the\s+)?")
_LED_WORDS = frozenset({"led by"})
_PARTICIPLE = re.compile(r"(?i)(?:ed|en|\b(?:is|are|was|were|be|been|being|run|led|made|held))$")
_LEAD_KINDS = frozenset({"body", "post"})
_NOT_PRIORITY = re.compile(r"(?i)\b(?:it|this|which|that|who|each|work|meeting|group|board|partnership|review|"
                           r"session|item|report|project|programme|panel|team|service|plan|strategy)$")


def _leads_in_turn(doc: ExtractionDoc, start: int, end: int) -> None:
    first = _LED_BY.search(doc.text[start:end])  # "^" is the sentence's start only in the sentence alone
    if first is None:
        return
    first = _LED_BY_AT.match(doc.text, start + first.start(), end)
    if first is None:
        return
    mentions = [m for m in doc.mentions(start, end) if m.kind != "money"]
    pairs: list[tuple[re.Match, Entity, int]] = []
    m: re.Match | None = first
    while m is not None:
        lead = place_lead(doc, m.end(), end, mentions)
        if lead is None:
            break
        pairs.append((m, lead[0], lead[1]))
        m = _AND_BY.match(doc.text, lead[1], end)
        if m is not None and _PARTICIPLE.search(m.group("x")):
            break  # "led by the Council, supported by the Police": another verb, not another priority
    if len(pairs) < 2:
        return  # one lead alone is the clause reader's; the rule is for the verb said once for several
    listed = [f.subject for f in doc.facts if f.relation == "priority_of"]
    for m, *_ in pairs:
        words = m.group("x")
        if _NOT_PRIORITY.search(words) or any(x.kind in ("body", "post", "person") and m.start("x") <= x.start
                                               < m.end("x") for x in mentions):
            return  # "the review by the Board", "the Group is led by": not a list of priorities and their leads
    for m, lead, stop in pairs:
        priority = _priority_named(doc, m.group("x"), listed)
        if priority is None:
            continue
        doc.facts[:] = [f for f in doc.facts if not (
            f.relation == "led_by" and f.rule == "clause:led_by" and f.object is not None and
            f.object.iri == lead.iri and m.start() <= f.start < stop and f.subject.iri != priority.iri)]
        doc.add(priority, "led_by", lead, m.start("x"), stop, "remit:leads_in_turn", 0.8)


def place_lead(doc: ExtractionDoc, at: int, end: int, mentions: list[Mention]) -> tuple[Entity, int] | None:
    """The body or post named at AT (past an owner's "the Council's"), with where its name ends."""
    for x in mentions:
        if x.start < at - 1:
            continue
        if x.start > at + 1 and not re.fullmatch(r"[A-Z][\w-]*['’]s\s+", doc.text[at : x.start]):
            return None
        if (x.possessive and re.match(r"['’]?s?\s+[A-Z]", doc.text[x.end : x.end + 4])) or \
                re.match(r"['’]s\s+[A-Z]", doc.text[x.end : x.end + 4]):
            continue  # "the Council's Community Safety Team": the team leads
        if x.kind == "name" and x.head != "acronym" and len(x.name.split()) >= 2 and \
                not looks_like_person(x.name.split()):
            e = doc.resolver.body_named(x.name)  # "by Public Health": a department named without a head noun
        else:
            e = doc.resolver.entity(x) if x.kind in _LEAD_KINDS else None
        return (e, x.end) if e is not None and e.kind in _LEAD_KINDS else None
    return None


def _priority_named(doc: ExtractionDoc, words: str, listed: list[Entity]) -> Entity | None:
    """The priority WORDS name: the one the paper listed whose name holds them, else the topic they name, else (two
    words or more) a priority of those words; "the others", "the rest" name none."""
    said = re.sub(r"(?i)^priority\s+(?:on|for|of)\s+", "", " ".join(words.split()))
    if re.fullmatch(r"(?i)(?:the\s+)?(?:others?|rest|remainder|remaining\s+\w+|other\s+\w+)", said):
        return None
    found = [e for e in dict.fromkeys(listed) if re.search(r"(?i)\b" + re.escape(said) + r"\b", e.name)]
    if len(found) == 1:
        return doc.resolver.remember(found[0], f"{said} priority")
    if topic_of(said) is None and len(said.split()) < 2:
        return None  # "children": which priority of the paper's is not plain
    return doc.resolver.topic(said, written=f"{said} priority")


# "is required to produce ... under", "must publish ... under", "has a statutory duty to ... under": the one obliged
# stands just before the words; what it must do runs up to "under" and the Act after it
_REQUIRED_TO = re.compile(r"\s+(?:(?:is|are|was|were|will\s+be)\s+(?:also\s+|legally\s+|statutorily\s+)?"
                          r"(?:required|obliged|obligated)\s+to|must|shall|(?:has|have)\s+(?:a\s+)?(?:statutory\s+|"
                          r"legal\s+)?(?:duty|obligation)\s+to)\s+[a-z][^.;:]{0,80}?\bunder\s+" + _SECTION, re.I)
# "This report is published as a statutory requirement under the ... Act": the paper's producer is obliged
_PAPER_UNDER = re.compile(r"\W*(?:The|This)\s+(?:annual\s+)?(?P<head>report|plan|strategy|assessment)\s+"
                          r"(?:is|was|has\s+been)\s+(?:prepared|published|produced|written)\s+"
                          r"(?:as\s+a\s+statutory\s+requirement\s+|each\s+year\s+)?under\s+" + _SECTION, re.I)


@reads("under")
def papers_under(doc: ExtractionDoc) -> None:
    """ "This report is published as a statutory requirement under the Care Act 2014": the one who produces the
    paper the sentence opens with is obliged by the Act (read after the papers and their producers are)."""
    for _, (start, end) in doc.prose(holding=_UNDER_WORDS):
        paper = _PAPER_UNDER.match(doc.text, start, end)
        if paper is None:
            continue
        law = next((m for m in doc.mentions(start, end) if m.kind == "legislation" and m.start == paper.end()), None)
        producer = _producer_of(doc, paper.group("head"), start) if law is not None else None
        if producer is not None:
            doc.add(producer, "statutory_duty", doc.resolver.entity(law), start, law.end, "remit:paper_under",
                    0.8, qualifier=section_qualifier(paper.group("section")))


def _required_under(doc: ExtractionDoc, start: int, end: int) -> None:
    mentions = [m for m in doc.mentions(start, end) if m.kind != "money"]
    laws = [m for m in mentions if m.kind == "legislation"]
    if not laws:
        return
    for m in mentions:
        required = _REQUIRED_TO.match(doc.text, m.end, end) if m.kind in ("body", "name") else None
        law = next((x for x in laws if required is not None and x.start == required.end()), None)
        holder = _holder(doc, m) if law is not None else None
        if holder is None:
            continue
        doc.add(holder, "statutory_duty", doc.resolver.entity(law), m.start, law.end, "remit:required_under", 0.8,
                qualifier=section_qualifier(required.group("section")))


# "X is the borough's Community Safety Partnership under section 5 of the ... Act", "X (the Domestic Abuse
# Local Partnership Board required under Part 4 of the ... Act)", "Y, acting as the Council's crime and disorder
# committee under ...", "the Board is the Safeguarding Adults Board that the Council must establish under ...": X is
# named as the body the Act provides for, so X holds the duty (the one obliged to set it up is read apart)
_ROLE_WORDS = frozenset({"under", "required by", "established by", "purposes of", " for part", " for section"})
_ROLE_KIND = r"(?:board|body|partnership|panel|committee|sub-?committee|group|forum|team|arrangements?)"
_ROLE_SET_UP = r"(?:required|established|set\s+up|constituted|designated|created|convened|appointed)"
_ROLE_UNDER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:(?:,?\s+which\s+(?:is|was)|\s+(?:is|was|serves\s+as|acts\s+as)|,\s+(?:acting|serving)\s+as|,\s+as)\s+|\s*\(\s*)"
    # ("which is also the borough's Board for the purposes of Part 4 of ...", "is the council's board for Part 4 of
    # ...": the role's Act named after "for" as after "under")
    r"(?:(?:also|now)\s+)?(?:the|a|an)\s+(?:[\w'’-]+\s+){0,7}?" + _ROLE_KIND +
    r"(?:\s+for\s+(?:the\s+)?[\w'’ -]{1,40}?)?"
    r"(?:\s+(?:that|which)\s+[^.;:()]{1,60}?\s+(?:must|shall|(?:is|are)\s+required\s+to|has\s+to)\s+"
    r"(?:appoint|establish|convene|set\s+up|constitute|have)|\s+" + _ROLE_SET_UP + r")?"
    r"\s+(?:under\s+|(?<=d)\s*by\s+|for\s+the\s+purposes?\s+of\s+|for\s+(?=(?:sections?|parts?|s\.)\s*\d))" + _SECTION,
    re.I)

# "X is constituted under section 5 of the ... Act", "X, established under Part 4 of the ... Act, meets ...", "X (set
# up under the ... Act)": the body the Act set up holds its duty, with no word of its role ("established by the
# Council under" names the one the Act obliges, and is read apart)
_SET_UP_UNDER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:is|was|are|were|has\s+been|have\s+been)\s+|\s*,\s*|\s*\(\s*)"
    r"(?:formally\s+|legally\s+|originally\s+|first\s+|previously\s+|jointly\s+)?"
    r"(?:set\s+up|established|constituted|formed|created|convened)\s+(?:in\s+(?:19|20)\d\d\s+)?under\s+" + _SECTION,
    re.I)
# "the partnership for the Borough of X, established under ...": a name a preposition governs is not what was set up
_AFTER_PREPOSITION = re.compile(r"(?i)\b(?:for|of|in|across|within|by|to|from|with|on)\s+(?:the\s+)?$")

# "In its role as the Council's crime and disorder committee under section 19 of the ... Act, the Panel ...": the
# role is fronted, and the body it is said of follows the comma
_FRONTED_ROLE = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:In\s+(?:its|their)\s+(?:role|capacity)\s+as|As|Acting\s+as)"
                           r"\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,7}?" + _ROLE_KIND + r"\s+under\s+" + _SECTION, re.I)


def _fronted_role(doc: ExtractionDoc, start: int, end: int, mentions: list[Mention]) -> bool:
    said = _FRONTED_ROLE.match(doc.text, start, end)
    law = next((m for m in mentions if said is not None and m.kind == "legislation" and m.start == said.end()), None)
    if law is None:
        return False
    after = re.match(r"\s*,\s*(?:the\s+)?", doc.text[law.end : end])
    holder_m = next((m for m in mentions if after is not None and m.start == law.end + after.end()), None)
    holder = _holder(doc, holder_m) if holder_m is not None else None
    if holder is None:
        return False
    doc.add(holder, "statutory_duty", doc.resolver.entity(law), start, holder_m.end, "remit:role_under", 0.8,
            qualifier=section_qualifier(said.group("section")))
    return True


def _role_under_act(doc: ExtractionDoc, start: int, end: int) -> None:
    mentions = [m for m in doc.mentions(start, end) if m.kind in ("body", "legislation") or
                (m.kind == "name" and m.head == "acronym")]
    if _fronted_role(doc, start, end, mentions):
        return
    for i, law in enumerate(mentions):
        if law.kind != "legislation":
            continue
        for b in reversed(mentions[:i]):  # the nearest name the words before the Act fit: the role itself may be one
            found = _ROLE_UNDER.fullmatch(doc.text, b.end, law.start) if b.kind != "legislation" else None
            if found is None and b.kind != "legislation" and \
                    not _AFTER_PREPOSITION.search(doc.text, max(start, b.start - 20), b.start):
                found = _SET_UP_UNDER.fullmatch(doc.text, b.end, law.start)
            if found is not None and _DUTY_UNDER.search(doc.text, b.end, law.start):
                break  # "the lead body for the Serious Violence Duty under the Act": the Act is the duty's
            holder = _holder(doc, b) if found is not None else None
            if holder is not None:
                doc.add(holder, "statutory_duty", doc.resolver.entity(law), b.start, law.end, "remit:role_under", 0.8,
                        qualifier=section_qualifier(found.group("section")))
                break


# "X is responsible for road casualty reduction on local roads", "Responsibility for the Channel Panel stays with X",
# "Serious youth violence is the responsibility of X": what X answers for is the phrase the words name, cut where a
# place, a means or another clause begins; a phrase no name finder reads (it is in lower case) is a topic all the same
# ("The JAG deals with street drinking and nuisance hotspots", "The group, which handles hotspots and
# vulnerable victims, ...": a group's standing work said in the present tense; "dealt with" is a meeting's business)
_OF_ORGANISATION = re.compile(r"\s*(?:,\s*|\s+of\s+|\s+from\s+)(?:the\s+)?")
# One reading for every way a remit's verb is written: "is responsible for", "has (lead) responsibility for",
# "holds the lead for", "leads on", "takes the lead on", "is accountable for the ..." all name what the holder answers
# for, so each reads the phrase after it (not only the forms whose object a name finder knows)
_RESPONSIBLE_WORDS = frozenset({"responsib", "deals with", "handles", "leads on", "lead on", "lead for",
                                "accountable for"})
_BE_NOW = (r"(?:(?:is|are|was|were|will(?:,?\s+" + ADVERBIAL + r",?)?\s+be|remains?|(?:is|are)\s+now)"
           r"(?:,?\s+" + ADVERBIAL + r",?)?\s+(?:also\s+|jointly\s+|collectively\s+|directly\s+)?)")
_IS_RESPONSIBLE = re.compile(r"(?i)\s*(?:\([^()]{1,40}\))?\s*(?:,\s*(?:which|who)\s+)?(?:" + _BE_NOW +
                             r"responsible\s+for|(?:also\s+)?(?:deals\s+with|handles)|"
                             r"(?:also\s+|now\s+|jointly\s+)?(?:has|have|holds?|retains?)\s+(?:the\s+|a\s+)?"
                             r"(?:overall\s+|lead\s+|strategic\s+|operational\s+|primary\s+|joint\s+|day-to-day\s+)*"
                             r"(?:responsibility|accountability|lead)\s+(?:for|on)|"
                             r"(?:also\s+|now\s+|jointly\s+)?(?:leads?\s+on|takes?\s+(?:the\s+|a\s+)?lead\s+(?:on|for))|"
                             # bare "accountable for" answers for money or a decision as often: a thing delivered
                             r"" + _BE_NOW + r"accountable\s+for(?=\s+(?!(?:(?:the|its|their|our|any|all)\s+)?(?:use|"
                             r"spend|spending|budget|funding|grant|money|decisions?)\b)[a-z]))\s+")
_RESPONSIBILITY_FOR = re.compile(r"(?i)\bresponsibility\s+for\s+")
_SITS_WITH = re.compile(r"(?i)\s+(?:sits|rests|lies|stays|remains|will\s+sit|will\s+rest|will\s+remain)\s+with\s+"
                        r"(?:the\s+)?")
_IS_RESPONSIBILITY_OF = re.compile(r"(?i)\s+(?:is|are|was|were|will\s+be|remains?)\s+the\s+(?:joint\s+|overall\s+|"
                                   r"direct\s+)?responsibility\s+of\s+(?:the\s+)?")
# where the phrase ends: a place, a means, a purpose or another clause
_PHRASE_END = re.compile(r"(?i)[,;:.()]|\s(?:on|in|across|within|throughout|for|through|with|by|alongside|under|"
                         r"so|to\s+ensure|which|who|that|and\s+(?:also\s+)?(?:for|to|is|are|will|has|reports?|meets|agrees|receives|sets|"
                         r"holds|works|leads|oversees|monitors|manages|publishes|produces)|is|are|was|were|will|"
                         r"sits|rests|lies|stays|remains)\s")
_PHRASE_LEAD = re.compile(r"(?i)\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:the|its|their|our|all|any)\s+)?")
_AGENT_KINDS = ("body", "post")


def _responsible_for_phrase(doc: ExtractionDoc, start: int, end: int) -> None:
    mentions = [m for m in doc.mentions(start, end) if m.kind not in ("money",)]
    for m in mentions:
        said = _IS_RESPONSIBLE.match(doc.text, m.end, end) if m.kind in _AGENT_KINDS else None
        if said is not None and m.kind == "body" and re.search(r"\bwho\b", said.group(0)) and any(
                x.kind in ("person", "post") and x.end < m.start and
                _OF_ORGANISATION.fullmatch(doc.text, x.end, m.start) for x in mentions):
            continue  # "Chief Superintendent Jo Lee of Northshire Police, who leads on ...": the person leads
        if said is not None:
            _answer_for(doc, m, said.end(), end, start)
            again = _AND_FOR.match(doc.text, _phrase_end(doc, said.end(), end), end)
            if again is not None:  # "responsible for community cohesion and for the fear of crime"
                _answer_for(doc, m, again.end(), end, start, second=True)
    text = doc.text
    for r in _RESPONSIBILITY_FOR.finditer(text, start, end):
        sits = _SITS_WITH.search(text, r.end(), end)
        holder = next((m for m in mentions if sits is not None and m.start == sits.end()), None)
        if holder is not None and holder.kind in _AGENT_KINDS and not re.search(r"[,;:]", text[r.end() : sits.start()]):
            _answer_for(doc, holder, r.end(), sits.start(), r.start(), names=True)
    of = _IS_RESPONSIBILITY_OF.search(text, start, end)
    holder = next((m for m in mentions if of is not None and m.start == of.end()), None)
    if holder is not None and holder.kind in _AGENT_KINDS and not re.search(r"[,;:]", text[start : of.start()]):
        _answer_for(doc, holder, start, of.start(), start, names=True)


# a second thing answered for: "responsible for X and for Y"
_AND_FOR = re.compile(r"(?i)\s*,?\s+and\s+(?:also\s+)?for\s+")
# what a body oversees, said as a phrase: "X has oversight of the domestic homicide review process", "X oversees the
# delivery of the plan", "X monitors delivery of ..."; the object is read as responsible_for's is ("manages" a field
# of work is remit_verbs' to read, with the subjects a verb of work has)
_OVERSIGHT_WORDS = frozenset({"overs", "monitor"})
_OVERSEES = re.compile(r"(?i)\s*(?:\([^()]{1,40}\))?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:also|jointly|collectively|"
                       r"closely|regularly)\s+)?(?:oversees|monitors|"
                       r"(?:has|have|holds?|provides?|exercises?|retains?)\s+(?:the\s+)?(?:strategic\s+|overall\s+|"
                       r"governance\s+)?oversight\s+(?:of|for))\s+")
# what is watched, not a thing overseen: "monitors the number of referrals", "manages the risk", "monitors the
# performance of youth justice services" (a national body's watch over a service kind, no local oversight)
_NOT_OVERSEEN = re.compile(r"(?i)(?:the\s+)?(?:number|numbers|level|levels|rate|rates|risk|risks|situation|impact|"
                           r"effect|effects|use|trends?|outcomes?|demand|budget|performance)\b")
_WORK_OF = re.compile(r"(?i)(?:the\s+)?(?:work|delivery|implementation|progress|performance)\s+of\s+")
_PHRASE_RULE = {"responsible_for": "remit:responsible_phrase", "oversees": "remit:oversight_phrase"}


def _oversight_phrase(doc: ExtractionDoc, start: int, end: int) -> None:
    for m in doc.mentions(start, end):
        said = _OVERSEES.match(doc.text, m.end, end) if m.kind == "body" else None
        relative = said is not None and re.match(r"\s*(?:\([^()]{1,40}\))?\s*,?\s*(?:which|that)\s", said.group(0))
        if said is not None and (relative or _OPENS.match(doc.text[start : m.start])) and \
                not _NOT_OVERSEEN.match(doc.text, said.end(), end):
            work = _WORK_OF.match(doc.text, said.end(), end)  # "the work of the hub": the hub is what is overseen
            _answer_for(doc, m, work.end() if work else said.end(), end, m.start if relative else start,
                        relation="oversees")


def _phrase_end(doc: ExtractionDoc, at: int, end: int) -> int:
    found = _phrase_at(doc, at, end)
    return found[1] if found is not None else end


# a phrase that points back at what was said before ("this work", "these projects") or opens with a preposition
# ("of these projects"): no remit named where it stands
_NO_PHRASE = re.compile(r"(?i)(?:this|these|that|those|such|of|for|to|in|on|with|by|from)\s")


def _phrase_at(doc: ExtractionDoc, at: int, end: int) -> tuple[str, int] | None:
    """The noun phrase from AT up to where a place, a means or a clause begins, and where it ends; None when it is
    no short phrase (two to eight words)."""
    lead = _PHRASE_LEAD.match(doc.text, at, end)
    a = lead.end() if lead else at
    stop = _PHRASE_END.search(doc.text, a, end)
    b = stop.start() if stop else end
    phrase = " ".join(doc.text[a:b].split())
    if not 1 <= len(phrase.split()) <= 8 or re.search(r"['’]s\b", phrase):
        return None  # "the Council's duty to ...": whose it is stands in the way of the phrase
    if _NO_PHRASE.match(phrase):
        return None  # "leads on this work", "monitors delivery of all of these projects": said before, not here
    if stop is not None and re.fullmatch(r"\s(?:which|who|that)\s", stop.group(0)):
        return None  # "taking the key decisions that improve ...": the clause after says which; the phrase alone is cut
    return phrase, b


def _answer_for(doc: ExtractionDoc, holder_at: Mention, at: int, end: int, quote_start: int, *,
                names: bool = False, relation: str = "responsible_for", second: bool = False) -> None:
    """HOLDER_AT answers for the phrase from AT; with NAMES, a phrase that is one name ("the Channel Panel",
    "delivering the Serious Violence Duty") is that named thing (the clause reader reads no such inverted form)."""
    holder = holder_at.extra.get("entity") or (doc.resolver.entity(holder_at) if holder_at.kind != "name" else None)
    if holder is None or holder.kind not in _AGENT_KINDS:
        return
    # a second phrase ("... and for Y") is the clause reader's only when its fact reaches that far
    if any(f.relation in ("responsible_for", "oversees") and f.subject.iri == holder.iri and
           f.start <= at < f.end + (0 if second else 80) and f.rule not in _PHRASE_RULE.values() for f in doc.facts):
        return  # the clause reader named what the holder answers for, as a name it knows
    found = _phrase_at(doc, at, end)
    if found is None:
        return
    # a capitalised word opening the sentence ("Serious youth violence is the responsibility of") names nothing
    named = [m for m in doc.mentions(at, found[1]) if m.kind in _NAMED_KINDS or (m.kind == "name" and m.start > at)]
    if named:
        one = named[0] if len(named) == 1 and _ONE_NAME.fullmatch(doc.text[at : named[0].start]) and \
            not doc.text[named[0].end : found[1]].strip() else None
        thing = None
        if one is not None and one.kind == "name":
            thing = doc.resolver.acronym(one.name) if one.head == "acronym" else None  # "enforcing the PSPO"
        elif one is not None and names:
            thing = doc.resolver.entity(one)
        if thing is not None and thing.iri != holder.iri:
            doc.add(holder, relation, thing, min(quote_start, holder_at.start), max(found[1], holder_at.end),
                    _PHRASE_RULE[relation], 0.8)
        return  # otherwise a name inside the phrase is the clause reader's to read
    if len(found[0].split()) < 2 and topic_of(found[0]) is None:
        return  # "responsible for delivery": one plain word names no remit
    # "violence against women and girls workstream": an "and" inside a topic's name joins no two remits
    joined = any(x.kind == "topic" and " and " in doc.text[x.start : x.end] for x in doc.mentions(at, found[1]))
    for phrase in _coordinated(found[0]) if relation == "responsible_for" and not joined else [found[0]]:
        doc.add(holder, relation, doc.resolver.topic(phrase), min(quote_start, holder_at.start),
                max(found[1], holder_at.end), _PHRASE_RULE[relation], 0.8)


# "case audits and multi-agency learning reviews", "anti-social behaviour hotspots, repeat callers and
# vulnerable victims": remits joined in a series, each a phrase of two words or more
_SERIES = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _coordinated(phrase: str) -> list[str]:
    """The remits a phrase joins ("A and B", "A, B and C"), or the phrase alone when a part is one word ("children
    and young people") or the "and" joins inside an "of" ("reports of noise and neighbour nuisance")."""
    parts = _remit_series(phrase)
    return parts if parts is not None and len(parts) > 1 else [phrase]


def _remit_series(phrase: str) -> list[str] | None:
    """The remits PHRASE holds, each a phrase of two words or more: the parts of a series, or PHRASE alone; None
    when a part is a single word, or when a series has an "of" in a part, whose "and" may join inside it (one
    rule for a bracket's remits and a sentence's, so the two readers part a series alike)."""
    parts = _SERIES.split(phrase)
    if any(len(p.split()) < 2 for p in parts) or (len(parts) > 1 and any(re.search(r"\bof\b", p) for p in parts)):
        return None
    return parts


# A purpose statement: "The X Partnership brings partners together to reduce crime, disorder and anti-social
# behaviour and to cut re-offending", "The Board aims to tackle ...", "Its role is to reduce ...", "X is responsible
# for cutting crime and disorder, and for addressing drug misuse": what a body is for is the list of harms its
# verbs of reduction name, each harm one topic. The body is the sentence's subject (or the one "It" stands for); a
# purpose with no body opening the sentence, or a list that is not of harms (a name, a clause), gives nothing.
_PURPOSE_WORDS = frozenset({"aim", "role", "purpose", "exist", "work", "together", "responsib", "committed", "seek",
                            "set up to", "established to", "formed to", "remit", "to "})
_PURPOSE_AFTER = re.compile(
    r"(?i)\s*(?:\([^()]{1,40}\))?\s*,?\s*(?:(?:is|are|was|were|will\s+be)\s+(?:also\s+|jointly\s+|collectively\s+)?"
    r"responsible\s+for|(?:also\s+)?(?:aims?|exists?|seeks?|strives?)\s+to|will|"
    r"works?\s+(?:together\s+|jointly\s+|collectively\s+|in\s+partnership\s+)?(?:to|towards)|"
    r"brings?\s+(?:[\w-]+\s+){0,3}together\s+to|"
    r"(?:is|are|was|were)\s+(?:set\s+up|established|formed|created|constituted)\s+to|"
    r"(?:is|are)\s+committed\s+to)\s+")
# "To reduce crime ..." opening a purpose section's sentence or a "Purpose:" field's value
_PURPOSE_TO = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?i:to)\s+"
                         r"(?=(?i:reduc|tackl|cut|prevent|combat|address|fight|minimi|bring|driv))")
_PURPOSE_LABEL = re.compile(r"(?i)^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:main\s+|overall\s+|our\s+)?(?:purpose|aims?|role|"
                            r"remit|objectives?|vision|mission)(?:\s+(?:and|&)\s+[\w ]{1,30})?\s*:?\s*$")
# "The purpose of the Partnership is to ...", "The main aim of the Board is to ..."
_PURPOSE_OF_BODY = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?The\s+(?:main\s+|principal\s+|overall\s+|primary\s+|"
                              r"core\s+|key\s+)?(?:role|purpose|aim|remit|function)\s+of\s+(?:the\s+)?")
_IS_TO = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:is|will\s+be)\s+to\s+")
_RELATIVE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,?\s*(?:which|that)\s+(?!will\b)")
# "The Partnership's role is to", "Its purpose is to", "The aim of the Board is to"
_PURPOSE_OF = re.compile(r"(?i)\s*['’]s?\s+(?:main\s+|principal\s+|overall\s+|primary\s+|core\s+|key\s+)?"
                         r"(?:role|purpose|aim|remit|function)\s+is\s+to\s+")
_ITS_PURPOSE = re.compile(r"(?i)\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?P<its>Its)\s+(?:main\s+|principal\s+|overall\s+|"
                          r"primary\s+|core\s+|key\s+)?(?:role|purpose|aim|remit|function)\s+is\s+to|"
                          r"It\s+(?:also\s+)?(?:aims?|exists?|seeks?)\s+to|It\s+is\s+responsible\s+for)\s+")
# the verbs of reduction a purpose names its harms by, in each form a purpose list writes them
_REDUCE = (r"(?:reduc(?:e|es|ing)|tackl(?:e|es|ing)|cut(?:s|ting)?|prevent(?:s|ing)?|combat(?:s|ting)?|"
           r"address(?:es|ing)?|fight(?:s|ing)?|minimis(?:e|es|ing)|minimiz(?:e|es|ing)|bring(?:s|ing)?\s+down|"
           r"driv(?:e|es|ing)\s+down)")
_REDUCE_AT = re.compile(r"(?i)(?:the\s+)?" + _REDUCE + r"\s+")
# a new verb of the same list: "... and to cut re-offending", ", and for tackling substance misuse"
_NEXT_VERB = re.compile(r"(?i)\s*,?\s*(?:and\s+)?(?:to\s+|for\s+)?(?=" + _REDUCE + r"\s)")
# where the list of harms ends: a place, a means, a purpose or another clause
_HARMS_END = re.compile(r"(?i)[.;:()]|\s(?:in|across|within|throughout|for|through|with|by|alongside|under|among|"
                        r"amongst|so|to\s+ensure|which|who|that|where|while|whilst|locally|is|are|was|were|will|"
                        r"has|have|on\s+behalf|at)\b|,\s+(?:so|which|who|that|where|while|whilst|working|by)\b")
_HARM = re.compile(r"(?i)[a-z][a-z/&'’-]*(?:\s+[a-z][a-z/&'’-]*){0,4}")
_NOT_HARM = re.compile(r"(?i)\b(?:the|a|an|its|their|our|this|these|it|them|we|they|partners?|people|residents|"
                       r"communities|work|risk|number|numbers|levels?|impact|effects?|opportunit\w*|barriers?)\b")


def _purpose_topics(doc: ExtractionDoc, line_index: int, start: int, end: int,
                    before: tuple[int, int] | None) -> None:
    text = doc.text
    found: tuple[Entity, int, int] | None = None  # the body, where its purpose's words begin, where the quote starts
    its = _ITS_PURPOSE.match(text, start, end)
    bare = _PURPOSE_TO.match(text, start, end)
    of_body = _PURPOSE_OF_BODY.match(text, start, end)
    if bare is not None:
        # "Purpose: To reduce ...", "1. Purpose" then "To reduce ...": the purpose of the paper's own body (a
        # meeting's or a terms of reference's), said under a label or heading of purpose, and of none other
        own = doc.resolver.body
        line = doc.layout.lines[line_index]
        label = line.label if line.kind == "field" else None
        if label is None:
            heading = doc.layout.heading_before(line_index, limit=4)
            label = heading.label or heading.text if heading is not None else None
        if own is not None and own.kind == "body" and label and _PURPOSE_LABEL.search(label):
            found = (own, bare.end(), start)
    elif of_body is not None:
        m = next((m for m in doc.mentions(of_body.end(), end) if m.start == of_body.end()), None)
        said = _IS_TO.match(text, m.end, end) if m is not None and m.kind == "body" else None
        body = doc.resolver.entity(m) if said is not None else None
        if body is not None and body.kind == "body" and said is not None:
            found = (body, said.end(), start)
    elif its is not None:
        body = antecedent(doc, before)
        if body is not None and body.kind == "body":
            found = (body, its.end(), start)
    else:
        mentions = [m for m in doc.mentions(start, end) if m.kind not in ("money", "topic")]
        first = mentions[0] if mentions else None
        if first is not None and first.kind == "body" and _OPENS.match(text[start : first.start]):
            said = _PURPOSE_AFTER.match(text, first.end, end) or _PURPOSE_OF.match(text, first.end, end)
            body = doc.resolver.entity(first) if said is not None else None
            if body is not None and body.kind == "body" and said is not None:
                found = (body, said.end(), first.start)
        for m in mentions if found is None else ():
            # "... the Tiverly Partnership, which is responsible for reducing ...": the body the clause is said of
            rel = _RELATIVE.match(text, m.end, end) if m.kind == "body" else None
            said = _PURPOSE_AFTER.match(text, rel.end(), end) if rel is not None else None
            body = doc.resolver.entity(m) if said is not None and _REDUCE_AT.match(text, said.end(), end) else None
            if body is not None and body.kind == "body" and said is not None:
                found = (body, said.end(), m.start)
                break
    if found is None:
        return
    body, at, quote = found
    for harm, b in _harms(text, at, end):
        topic = doc.resolver.topic(harm)
        if topic.iri != body.iri:
            doc.add(body, "responsible_for", topic, quote, b, "remit:purpose_harms", 0.8)


def _harms(text: str, at: int, end: int) -> list[tuple[str, int]]:
    """The harms a purpose list from AT names after its verbs of reduction ("reduce crime, disorder and ASB and
    cut re-offending" gives crime, disorder, ASB, re-offending) and where each verb's list ends; nothing when the
    words at AT open with no such verb."""
    out: list[tuple[str, int]] = []
    verb = _REDUCE_AT.match(text, at, end)
    while verb is not None:
        stop = _HARMS_END.search(text, verb.end(), end)
        b = stop.start() if stop else end
        nxt = _NEXT_VERB.search(text, verb.end(), end)
        if nxt is not None and nxt.start() <= b:
            b = nxt.start()  # ", and for tackling ...": the next verb's words, not a purpose clause, end this list
        else:
            nxt = None
        items = _split_harms(text[verb.end() : b])
        if items is None:
            break  # a list that is not of harms: what follows it is no surer
        out.extend((item, b) for item in items)
        verb = _REDUCE_AT.match(text, nxt.end(), end) if nxt is not None else None
    return out


def _split_harms(words: str) -> list[str] | None:
    """The harms of one verb's list, or None when one of them is no short lower-case harm. Commas part the list and
    its last "and" parts the last two; a lone pair of which the first is one word ("crime and disorder", "drug and
    alcohol misuse") is one harm, as councils name it."""
    words = " ".join(words.split()).strip(" ,")
    parts = [p.strip() for p in re.split(r"\s*,\s*", words) if p.strip()]
    if not parts:
        return None
    last = re.split(r"\s+(?:and|&)\s+", parts[-1])
    if len(parts) > 1 and parts[-1].startswith(("and ", "& ")):
        parts[-1] = re.sub(r"^(?:and|&)\s+", "", parts[-1])
    elif len(last) == 2 and (len(parts) > 1 or len(last[0].split()) > 1):
        parts[-1:] = last
    items = []
    for p in parts:
        p = re.sub(r"\s*&\s*", " and ", p)
        if not _HARM.fullmatch(p) or _NOT_HARM.search(p):
            return None
        if len(p.split()) < 2 and topic_of(p) is None and p.lower() not in _ONE_WORD_HARMS:
            return None
        items.append(p)
    return items


# harms a purpose names in one word, which no topic of the scheme is
_ONE_WORD_HARMS = frozenset({"crime", "disorder", "offending", "violence", "extremism", "radicalisation"})


_NAMED_KINDS = ("initiative", "publication", "body", "post", "legislation")
# what may stand before the one name a responsibility is for: "the", "delivering the"
_ONE_NAME = re.compile(r"(?i)\s*(?:[a-z]+ing\s+)?(?:the\s+)?")


# "X is the one strategic partnership for drugs and alcohol in Y", "X is the specified partnership for the Serious
# Violence Duty", "that X be designated as the local partnership for the ... Duty": the body named as a partnership
# for something is responsible for it ("the partnership for the borough" names an area, "a forum for partners to
# meet" a purpose: neither is a remit)
_PARTNERSHIP_FOR_WORDS = frozenset({" for "})
_PARTNERSHIP_FOR = re.compile(
    # ("is now", "is also", "remains formally": an adverb between the verb and what the body is)
    r"(?i)\s*(?:\([^()]{1,40}\))?(?:(?:,?\s+which\s+(?:is|was)|\s+(?:is|was|remains|acts\s+as|serves\s+as)"
    r"(?:\s+(?:now|also|still|currently|formally|therefore))?|"
    r"\s+(?:be|is|was|has\s+been)\s+designated\s+as|,\s+as)\s+|\s*\(\s*)(?:the|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:partnership|board|body|forum|lead\s+(?:body|agency|partner))\s+for\s+")
_AREA_WORD = re.compile(r"(?i)\b(?:areas?|district|borough|county|city|region|town|both|whole)\b")
# "is the accountable body for the partnership's funding", "... for SGP funds": a body that holds money for another
# answers for no remit; holding the money is an accountable-body role, which the funding reader reads
_MONEY_HELD = re.compile(r"\b(?:" + money_heads() + r")$")
# (and one that is the accountable body for a partnership or board holds its money, as its host)
_ACCOUNTABLE_BODY = re.compile(r"(?i)\baccountable\s+body\s+for\s+$")


def _partnership_for(doc: ExtractionDoc, start: int, end: int, before: tuple[int, int] | None) -> None:
    mentions = [m for m in doc.mentions(start, end) if m.kind != "money"]
    # "It is the ...", "..., and it is the ...": the body the sentence opens with, else the one the sentence before does
    its = [Mention(x.start(), x.end(), "it", "it") for x in re.finditer(r"\b[Ii]t\b", doc.text[start:end])]
    for m in sorted(mentions + [Mention(start + x.start, start + x.end, "it", "it") for x in its],
                    key=lambda x: x.start):
        said = _PARTNERSHIP_FOR.match(doc.text, m.end, end) if m.kind in ("body", "name", "it") else None
        if said is None:
            continue
        if m.kind == "it":
            opener = mentions[0] if mentions and mentions[0].kind == "body" and mentions[0].start < m.start and \
                _OPENS.match(doc.text[start : mentions[0].start]) else None
            holder = doc.resolver.entity(opener) if opener is not None else antecedent(doc, before)
        else:
            holder = doc.resolver.acronym(m.name) if m.kind == "name" and m.head == "acronym" else \
                doc.resolver.entity(m) if m.kind == "body" else None
        found = _phrase_at(doc, said.end(), end)
        if holder is None or holder.kind != "body" or found is None or _AREA_WORD.search(found[0]) or \
                re.search(r"\bto\b", found[0]) or _MONEY_HELD.search(found[0]) or \
                any(x.kind in ("place", "person") for x in doc.mentions(said.end(), found[1])):
            continue
        if _ACCOUNTABLE_BODY.search(said.group(0)) and any(
                x.kind == "body" or x.head == "acronym" for x in doc.mentions(said.end(), found[1])):
            continue  # "acts as the accountable body for the Eastvale CSP": it holds the partnership's money
        at = Mention(m.start, m.end, "body", holder.name, extra={"entity": holder})
        _answer_for(doc, at, said.end(), found[1] + 1, m.start, names=True)


# "The Board will: b) commission Domestic Homicide Reviews ..., in line with section 9 of the ... Act", "The SSP
# commissions DHRs under section 9 of the ... Act", "e) fulfil its role ... under the Serious Violence Duty": what the
# remit's owner (or the body the sentence opens with) does under an Act, or a named duty, it does by that duty
_IN_LINE_WORDS = frozenset({"under", "in line with", "in accordance with", "pursuant to"})
_IN_LINE = re.compile(r"(?i)(?<!established )(?<!set up )(?<!constituted )(?<!convened )(?<!made )(?<!awarded )"
                      r"\b(?:under|in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to)\s+" + _SECTION)
_OTHERS_UNDER = re.compile(r"(?i)\b(?:partners|authorities|bodies|agencies|organisations|organizations|members)"
                           r"(?:\s+\([^()]*\))?,?\s*$")
_VERB_OPENS = re.compile(r"\W*(?:\(?[a-z0-9]{1,3}[.)]\s+)?[a-z]")


_DUTY_UNDER = re.compile(r"\bDuty\s+under\s+(?:the\s+)?$")
_DUTY_JUST_BEFORE = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+Duty\s*,?\s*$")


def _act_in_remit(doc: ExtractionDoc, line_index: int, start: int, end: int) -> None:
    owner = item_owner(doc, line_index) if _VERB_OPENS.match(doc.text, start, end) else None
    for m in _IN_LINE.finditer(doc.text, start, end):
        law = next((x for x in doc.mentions(m.end(), end) if x.start == m.end() and (
            x.kind == "legislation" or (x.kind in ("initiative", "topic", "name") and
                                        x.name.casefold().endswith(" duty")))), None)
        if law is None:
            continue
        if _OTHERS_UNDER.search(doc.text, max(start, m.start() - 30), m.start()):
            continue  # "the statutory partners under the Care Act": the Act names the partners, not the subject
        if "£" in doc.text[start : m.start()]:
            continue  # "The Home Office has allocated £142,600 to the CSP under the Duty": the money is, not the giver
        if _DUTY_JUST_BEFORE.search(doc.text, start, m.start()):
            continue  # "the lead body for the Serious Violence Duty under the Act": the Act is the duty's
        holder = owner or _sentence_subject(doc, line_index, start, m.start())
        # another body (or, after a sentence's subject, a paper) stands between: the Act may be its ("reports to the
        # committee, in its role ... under"); an item's own papers are what its owner acts on ("commission reviews")
        kinds = ("body", "post", "person") if owner is not None else ("body", "post", "person", "publication")
        if len([x for x in doc.mentions(start, m.start()) if x.kind in kinds]) > (0 if owner is not None else 1):
            continue
        duty = doc.resolver.entity(law)
        if holder is None or duty is None or duty.kind not in ("legislation", "initiative", "topic"):
            continue
        doc.add(holder, "statutory_duty", duty, start, law.end, "remit:in_line_with", 0.8,
                qualifier=section_qualifier(m.group("section")))


# "Section 6 of the ... Act requires the responsible authorities to formulate a strategy", "Under the Act the
# responsible authorities for X are required to ...", "brings together the responsible authorities named in section 5
# of the Act": in a paper of one community safety partnership, the authorities the Act binds act as that
# partnership, which holds the duty (a paper naming two partnerships, or none, leaves them unnamed)
_AUTHORITIES_WORDS = frozenset({"responsible authorities"})
_RESPONSIBLE_AUTHORITIES = re.compile(r"(?i)\bthe\s+responsible\s+authorities\b")
_CSP_NAME = re.compile(r"(?i)^(?!.*\bfor\b)(?:[\w&\' -]+\s+community\s+safety\s+partnership|safer\s+[\w&\' -]+\s+"
                       r"partnership|[\w&\' -]+\s+CSP)$")


def _authorities_partnership(doc: ExtractionDoc, start: int, end: int) -> None:
    said = _RESPONSIBLE_AUTHORITIES.search(doc.text, start, end)
    if said is None:
        return
    # the Act that names the responsible authorities (section 5) and gives them their partnership duties
    laws = [m for m in doc.mentions(start, end) if m.kind == "legislation" and
            re.match(r"(?i)crime\s+and\s+disorder\s+act", m.name)]
    if len(laws) != 1:
        return
    partnership = _paper_partnership(doc)
    if partnership is None:
        return
    law = laws[0]
    section = re.search(rf"(?i)({_SECTION_NUMBER})\s+of\s+(?:the\s+)?$",
                        doc.text[max(start, law.start - 40) : law.start])
    doc.add(partnership, "statutory_duty", doc.resolver.entity(law), min(said.start(), law.start),
            max(said.end(), law.end), "remit:authorities_partnership", 0.75,
            qualifier=section_qualifier(section.group(1)) if section else None)


def _paper_partnership(doc: ExtractionDoc) -> Entity | None:
    """The one community safety partnership the paper names (by its full name), else None."""
    found: dict[str, Entity] = {}
    for m in doc.mentions(0, len(doc.text)):
        if m.kind != "body" or len(m.name.split()) < 3 or not _CSP_NAME.search(m.name):
            continue
        e = doc.resolver.entity(m)
        if e is not None and e.kind == "body" and _CSP_NAME.search(e.name):
            found[e.iri] = e
    return next(iter(found.values())) if len(found) == 1 else None


# "Section 36 of that Act obliges the Council to have a panel", "Section 40 of the Act requires the local
# authority to produce a plan": the Act is the last one the paper named, and the one it requires is bound by it
_SAME_ACT_WORDS = frozenset({" act require", " act oblige", " act place", "local authorit", "council"})
_SAME_ACT = re.compile(rf"(?i)\b(?P<section>{_SECTION_NUMBER})\s+of\s+"
                       r"(?:the\s+same|that|the|this)\s+(?=Act\s+(?:requires?|obliges?|places?)\b)")
_REQUIRES = re.compile(r"Act\s+(?:requires?|obliges?)\s+(?:the\s+)?")
# The Act binding every council in general, in a paper of one council: "Section 36 of the Counter-Terrorism and Security
# Act 2015 requires every local authority to have a panel", "... places a duty on each local authority", "the 2015 Act,
# which requires the local authority to chair its panel", "Under section 43 of the Care Act 2014 each local authority
# must establish a Board": the paper's council holds the duty, as a duty said of "CSPs" in general falls on the paper's
# own partnership: a paper cites the law for what it binds the paper's author to. An "area" bound ("every local
# authority area to set up a partnership") binds the partnership, not the council; the council first in a list of
# partners ("places a duty on the council, police, fire and probation") binds the whole list, and is no reading of the
# council alone.
# ("The Counter-Terrorism and Security Act 2015 (CTSA) requires ...": the Act's short name in brackets between)
_BINDS_COUNCILS = re.compile(r"(?i)\s*(?:\([A-Z]{2,8}\)\s*)?,?\s*(?:which\s+)?(?:requires?|obliges?|"
                             r"(?:places?|puts?|imposes?)\s+(?:a|the)\s+"
                             r"(?:statutory\s+|legal\s+)?duty\s+(?:on|upon))\s+"
                             r"(?:the|each|every|all)\s+(?:local\s+authorit(?:y|ies)|councils?)\b"
                             r"(?!\s+areas?\b)(?!\s*,)")
_UNDER_LAW = re.compile(rf"(?i)\bunder\s+{_SECTION}$")
# the section written just before the Act, with or without "under" ("section 36 of the")
_SECTION_BEFORE = re.compile(rf"(?i)\b({_SECTION_NUMBER})\s+of\s+(?:the\s+)?$")
# ("the county council must": the paper's council only when it is a county council; in a district's paper it is
# another council)
_COUNCILS_MUST = re.compile(r"(?i)\s*,?\s*(?:each|every|this|the)\s+(?:local\s+authority|(?P<tier>county\s+|"
                            r"borough\s+|district\s+|city\s+)?council)\s+(?:must|shall|"
                            r"(?:is|are)\s+(?:legally\s+|statutorily\s+)?required\s+to)\b")


def _same_act_requires(doc: ExtractionDoc, start: int, end: int) -> None:
    for m in _SAME_ACT.finditer(doc.text, start, end):
        law = _named_act(doc, m.end(), end)
        verb = _REQUIRES.match(doc.text, m.end(), end)
        held = next((x for x in doc.mentions(verb.end(), end) if x.start == verb.end()), None) if verb else None
        if law is None or held is None or held.kind not in ("body", "post", "name"):
            continue
        holder = _holder(doc, held) if held.kind != "post" else doc.resolver.entity(held)
        if holder is None and held.kind == "body" and re.fullmatch(r"(?i)(?:local\s+authority|council)", held.name):
            holder = doc.resolver.council  # "requires the local authority": the paper's council
        if holder is None:
            continue
        doc.add(holder, "statutory_duty", law, m.start(), held.end, "remit:same_act", 0.8,
                qualifier=section_qualifier(m.group("section")))
    council = doc.resolver.council
    for law in doc.mentions(start, end):
        if law.kind != "legislation":
            continue
        bound = _BINDS_COUNCILS.match(doc.text, law.end, end)
        under = _UNDER_LAW.search(doc.text, max(start, law.start - 40), law.start)
        if bound is None and under is not None:
            bound = _COUNCILS_MUST.match(doc.text, law.end, end)
            tier = bound.group("tier") if bound is not None else None
            if tier and (council is None or tier.split()[0].casefold() not in council.name.casefold()):
                bound = None
        if bound is None:
            continue
        before = _SECTION_BEFORE.search(doc.text[max(start, law.start - 40) : law.start])
        qualifier = section_qualifier(before.group(1)) if before else None
        if council is not None:
            doc.add(council, "statutory_duty", doc.resolver.entity(law), under.start() if under else
                    (before.start() + max(start, law.start - 40) if before else law.start), bound.end(),
                    "remit:binds_councils", 0.75, qualifier=qualifier)
        # (the body required is the paper's own whether or not its council is known)
        _required_body(doc, law, bound.end(), end, qualifier)


# what the Act binds each council to have: "... requires each local authority to have a panel", "... to ensure
# that a panel of persons is in place", "... must establish a Safeguarding Adults Board"
_TO_HAVE = re.compile(r"(?i)\s+(?:in\s+England(?:\s+and\s+Wales)?\s+)?(?:to\s+)?(?:have|establish|set\s+up|appoint|"
                      r"maintain|convene|ensure(?:\s+that)?)\s+(?:a|an)\s+(?P<kind>(?:[A-Za-z-]+\s+){0,3}?)"
                      r"(?P<head>panel|board|partnership|committee)s?\b")


def _required_body(doc: ExtractionDoc, law: Mention, at: int, end: int, qualifier: str | None) -> None:
    """The body the Act binds each council to have, when it is the paper's own body ("Section 36 of the 2015 Act
    requires each local authority to have a panel" in a Channel panel's terms of reference; "each local authority
    must establish a Safeguarding Adults Board" in the board's annual report): the body exists under the Act and
    holds its duty, as a board "set up under Part 4" does. The body must be of the kind said, so a council's
    scrutiny paper citing the Act gives nothing."""
    said = _TO_HAVE.match(doc.text, at, end)
    if said is None:
        return
    head, kind = said.group("head").casefold(), " ".join(said.group("kind").split()).casefold()

    def of_kind(e: Entity | None) -> bool:
        return e is not None and e.kind == "body" and e is not doc.resolver.council and \
            re.search(rf"\b{head}\b", e.name.casefold()) is not None and kind in e.name.casefold()

    own = doc.resolver.body
    if not of_kind(own):
        # a paper titled only "Appendix B" names its body where it says which one meets the duty: "In Westby
        # that panel is the Westby Channel Panel (the Panel)"
        defined = doc.resolver.defined_name(head.capitalize())
        own = doc.resolver.body_named(defined) if defined else None
        if not of_kind(own):
            return
    doc.add(own, "statutory_duty", doc.resolver.entity(law), law.start, said.end(), "remit:required_body", 0.75,
            qualifier=qualifier)


def _producer_of(doc: ExtractionDoc, head: str, before: int) -> Entity | None:
    """Who produces the paper "the report" stands for: the producer of the last paper of that kind the paper named."""
    made = [f for f in doc.facts if f.relation == "produces" and f.start < before and f.object is not None and
            re.search(r"(?i)\b" + head + r"\b", f.object.name)]
    if not made:
        return None
    last = max(made, key=lambda f: f.start)
    return last.subject if last.subject.kind == "body" else None


# "A review of the partnership arrangements is being led by the Board", "an evaluation of the hub was
# commissioned by the Partnership": the piece of work is what is led or bought, named by its own words (the
# clause rule, rightly, will not let the thing reviewed stand for it)
_WORK_BY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:independent|external|peer|thematic|multi-agency|joint|wider|full|formal)\s+)?"
    r"(?P<work>(?:review|analysis|evaluation|audit|study)\s+of\s+[^.;:,()]{3,80}?)\s+"
    r"(?:is|was|were|are|has\s+been|had\s+been|will\s+be)\b(?P<gap>[^.;:()]{0,50}?)\s*\b(?:being\s+)?"
    r"(?P<verb>led|commissioned)\s+by\s+(?:the\s+)?(?:multi-agency\s+|statutory\s+)?")
# what may stand between the work and its verb: a time and a second auxiliary ("is due to take place in May and
# is being led by"), nothing that names another doer
_WORK_GAP = re.compile(r"(?:\s+(?:due(?:\s+to\s+(?:take\s+place|start|begin|report))?|expected\s+to\s+(?:take\s+place|"
                       r"start|report))(?:\s+(?:later\s+)?(?:this|next|in)\s+[\w ]{1,20}?)?\s+and\s+"
                       r"(?:is|was|will\s+be))?")


@reads("review of", "analysis of", "evaluation of", "audit of", "study of")
def work_led_or_commissioned(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=frozenset({"led by", "commissioned by"})):
        for m in _WORK_BY.finditer(doc.text, start, end):
            if not _WORK_GAP.fullmatch(m.group("gap")):
                continue
            agent = next((x for x in doc.mentions(start, end) if x.start == m.end() and x.kind == "body"), None)
            body = doc.resolver.entity(agent) if agent is not None else None
            if body is None or body.kind != "body":
                continue
            words = " ".join(m.group("work").split())
            work = doc.resolver.remember(
                doc.resolver.thing("initiative", Mention(m.start("work"), m.end("work"), "initiative",
                                                         words[0].upper() + words[1:])), words)
            if m.group("verb") == "led":
                doc.add(work, "led_by", body, m.start("work"), agent.end, "remit:work_led", 0.8)
            else:
                doc.add(body, "commissions", work, m.start("work"), agent.end, "remit:work_commissioned", 0.8)


# "Serious safeguarding concerns will be escalated to the Safeguarding Adults Board", "Matters of concern may be
# referred to the Joint Audit Committee", "Cases with safeguarding concerns are referred to A or to B": a route of
# escalation written without its agent, which is the paper's own body (a matter escalated to a body is a line of
# reporting to it)
_ESCALATED_WORDS = frozenset({"escalated to", "referred to"})
# (what the matters are, after their noun, in a few words without a verb or an agent: "concerns arising in a case",
# "cases with safeguarding concerns")
_ESCALATED = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:any\s+|all\s+|serious\s+|significant\s+|unresolved\s+)?"
                        r"(?:[a-z-]+\s+){0,2}?(?:concerns|issues|risks|matters(?:\s+of\s+concern)?|exceptions|cases)"
                        r"(?:\s+rated\s+[a-z]+|\s+(?:arising|with|about|raised)\s+[^.;:()]{1,30}?)?"
                        r"\s+(?:will|may|can|should|shall|are|must)\s+(?:be\s+)?(?:escalated|referred)\s+to\s+"
                        r"(?:the\s+)?", re.I)


_TARGET_SEP = re.compile(r"\s*(?:,|or|and|,\s*or|,\s*and)\s+(?:to\s+)?(?:the\s+)?")


def _escalation_route(doc: ExtractionDoc, start: int, end: int) -> None:
    m = _ESCALATED.match(doc.text, start, end)
    body = _escalating_body(doc, start) if m is not None else None
    if body is None or m is None or re.search(r"\bby\b", m.group(0)):
        return
    targets = [x for x in doc.mentions(m.end(), end) if x.kind not in ("money", "topic")]
    routes: list[tuple[Mention, Entity]] = []
    for k, x in enumerate(targets):
        # the bodies named in turn straight after "to": "the Adults Board or the Children Partnership"
        if k and not _TARGET_SEP.fullmatch(doc.text[targets[k - 1].end : x.start]):
            break
        if not k and x.start - m.end() > 1:
            break
        # (a body's initials the paper never spells out, "escalated to EWSB": the route's slot holds a body)
        e = doc.resolver.entity(x) if x.kind == "body" else doc.resolver.body_named(x.name) if (
            x.kind == "name" and re.fullmatch(r"[A-Z]{3,8}", x.name)) else None
        if e is None or e.kind != "body":
            break
        if k and x.kind == "body" and targets[k - 1].kind == "name" and \
                doc.text[targets[k - 1].end : x.start].strip() in (",", ", the"):
            break  # "escalated to EWSB, the East and West Vale Board": the initials' gloss, the same body
        if re.match(r"\s+by\b", doc.text[x.end : end]):
            return  # "referred to the Hub by the school": who refers is said, and is not the paper's body
        routes.append((x, e))
    for x, e in routes:
        if e.iri != body.iri:
            doc.add(body, "reports_to", e, start, x.end, "remit:escalation", 0.75)


def _escalating_body(doc: ExtractionDoc, start: int) -> Entity | None:
    """Whose the route is: the paper's own body, else the one body the sentence just before (in the same
    paragraph) reports from ("The Board reports to X twice a year. Safeguarding concerns are escalated to Y")."""
    if doc.resolver.body is not None:
        return doc.resolver.body
    before = [f for f in doc.facts if f.relation == "reports_to" and f.end <= start and start - f.end < 400 and
              "\n\n" not in doc.text[f.start : start]]
    if not before:
        return None
    opened = doc.text.rfind(". ", 0, max(f.start for f in before))
    subjects = {f.subject.iri: f.subject for f in before if f.start > opened}
    return next(iter(subjects.values())) if len(subjects) == 1 else None


# "reports to the Partnership each quarter and also to the Health and Wellbeing Board annually", "reports to both
# bodies: to the Executive every quarter, and to the CSP twice a year": a second reporting line after "and to"
_ALSO_TO_WORDS = frozenset({" and to ", " and also to ", ": to "})
_WHEN = r"(?:\s+(?:(?:each|every|once\s+a|twice\s+a|at\s+(?:each|every|least))\b[^,;.:()]{0,25}?|annually|" \
        r"quarterly|monthly|regularly|yearly|as\s+required))?"
_THEN_TO = re.compile(_WHEN + r"\s*,?\s+and\s+(?:also\s+)?to\s+(?:the\s+)?")
_BOTH_TO = re.compile(r"\s*to\s+both(?:\s+(?:bodies|boards|partnerships))?\s*:\s*to\s+(?:the\s+)?", re.I)


def _also_reports_to(doc: ExtractionDoc, line_index: int, start: int, end: int,
                     before: tuple[int, int] | None) -> None:
    read = [f for f in doc.facts if f.relation == "reports_to" and f.rule.startswith("clause:") and
            start <= f.start and f.end <= end]
    mentions = [m for m in doc.mentions(start, end) if m.kind in ("body", "name")]
    for f in read:
        at = f.end
        for _ in range(3):  # "to A quarterly, and to B annually, and to C": each line in turn
            nxt = _THEN_TO.match(doc.text, at, end)
            if nxt is None:
                break
            target = next((m for m in mentions if m.start == nxt.end()), None)
            e = _known_body(doc, target) if target is not None else None
            if e is None:
                break
            doc.add(f.subject, "reports_to", e, f.start, target.end, "remit:also_to", 0.8)
            at = target.end
    for m in re.finditer(r"\breports?\b", doc.text[start:end]):
        both = _BOTH_TO.match(doc.text, start + m.end(), end)
        first = next((x for x in mentions if both and x.start == both.end()), None)
        subject = None
        if first is not None:
            # "It is also the delivery group for ... and reports to both bodies:": the body the sentence before is about
            it = re.match(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?It\s", doc.text[start:end])
            subject = antecedent(doc, before) if it else _sentence_subject(doc, line_index, start, start + m.start())
        e = _known_body(doc, first) if first is not None else None
        if subject is None or e is None:
            continue
        doc.add(subject, "reports_to", e, start, first.end, "remit:also_to", 0.8)
        _also_after(doc, subject, mentions, first.end, end, start)


def _also_after(doc: ExtractionDoc, subject: Entity, mentions: list[Mention], at: int, end: int, quote: int) -> None:
    for _ in range(3):
        nxt = _THEN_TO.match(doc.text, at, end)
        target = next((m for m in mentions if nxt and m.start == nxt.end()), None)
        e = _known_body(doc, target) if target is not None else None
        if e is None:
            return
        doc.add(subject, "reports_to", e, quote, target.end, "remit:also_to", 0.8)
        at = target.end


def _known_body(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """The body M names; a name with no head noun only as a body the paper already knows ("Safer Wigan")."""
    e = doc.resolver.entity(m) if m.kind == "body" else (
        doc.resolver.acronym(m.name) if m.head == "acronym" else doc.resolver.known_thing(m.name, frozenset({"body"})))
    return e if e is not None and e.kind == "body" else None


# "the Overview and Scrutiny Committee, which scrutinises the Partnership under section 19 of the Police and Justice
# Act 2006": the committee's scrutiny is its duty under that Act
_SCRUTINY_WORDS = frozenset({"scrutinis", "scrutiniz"})
_SCRUTINY_UNDER = re.compile(r"\bscrutini[sz](?:es|ed|ing)\b[^.;:()]{0,80}?\bunder\s+"
                             r"(?:(?P<section>section\s+\d+[A-Z]?|s\.?\s?\d+[A-Z]?)\s+of\s+)?(?:the\s+)?", re.I)


def _scrutiny_under(doc: ExtractionDoc, line_index: int, start: int, end: int,
                    before: tuple[int, int] | None) -> None:
    for m in _SCRUTINY_UNDER.finditer(doc.text, start, end):
        mentions = [x for x in doc.mentions(start, end) if x.kind != "money"]
        law = next((x for x in mentions if x.start == m.end() and x.kind == "legislation"), None)
        holder = _worker(doc, line_index, start, m.start(), mentions, before) if law is not None else None
        act = doc.resolver.entity(law) if law is not None else None
        if holder is not None and act is not None:
            doc.add(holder, "statutory_duty", act, start, law.end, "remit:scrutiny_under", 0.8,
                    qualifier=section_qualifier(m.group("section")))
