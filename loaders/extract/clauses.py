"""Clauses: a relation's trigger words between the mentions of one sentence.

For each trigger found (loaders/gazetteer/relations.yaml), the argument before it and the argument after it
are the nearest mentions of a kind the relation accepts, close enough to belong to the same clause. A
`forward` trigger ("chairs", "reports to") puts the subject first; a `backward` one ("is chaired by",
"receives reports from") puts it last. Coordinated lists are distributed ("A, B and C are sub-groups of D"
gives three facts), an apposition beside an argument is taken with it ("chaired by the Director of Public
Health, Dr Jo Lee"), and hedged wording ("is likely to chair", "will be asked to") is kept as a qualifier.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache

from ...graph.model import Entity
from .. import placenames
from ..lexicon import (
    NOW_HOLDER,
    TERM,
    Trigger,
    casework_heads,
    council_posts,
    heads,
    money_heads,
    partner_sectors,
    programme_work_heads,
    topic_teams,
    trigger_stems,
    triggers,
)
from ..mentions import Mention, department_words, find_mentions, initials_fit, looks_like_person, names_a_person
from ..resolve import BODY_WORDS
from ..topics import is_programme
from . import ExtractionDoc, reads
from .attendance import chaired_body
from .chair_is import chair_antecedent
from .chair_seat import seat_filled
from .lists import list_owner, section_break, wrapped_item_line
from .statements import former_names


@cache
def _headed_object() -> re.Pattern[str]:
    """The object's own head noun of casework, then the preposition that opens its complement: "the day-to-day
    response to", "the highest risk cases of" ("the work of" is no casework: its complement is the object)."""
    heads = "|".join(re.escape(h) for h in casework_heads())
    return re.compile(r"\b(?:the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:" + heads + r")\s+(?:of|to|for|on|around)\s+"
                      r"(?:the\s+)?(?:[a-z-]+\s+){0,2}$")


# "reports to A and to B": the preposition repeated joins a list as well
# (an item may carry a gloss in brackets before the separator: "Catalyst (the local drug and alcohol service), ...")
_LIST_SEP = re.compile(r"^\s*(?:\([^()]{1,80}\)\s*)?(?:,|;|,?\s+and\s+to|,?\s+and|"
                       # "reports to the Board twice a year and to the Domestic Abuse Board"
                       r"\s+(?:(?:once|twice|three times) a (?:year|quarter|month)|quarterly|annually|monthly|"
                       r"regularly|each (?:year|quarter))\s+(?:and|as well as)\s+to|"
                       # "reports to the Partnership as well as to the Health and Wellbeing Board"
                       r",?\s+&|,?\s+or|,?\s+as well as(?:\s+to)?|,?\s+along with|/|"
                       # "brings together A and B - its responsible authorities - with C and D": an aside between
                       # dashes says what the items before are, and "with" goes on with the list
                       r"[-–—]\s[^-–—()]{1,60}\s[-–—]\s+(?:together\s+)?with)\s*(?:the\s+)?"
                       # "... and the annual Counter-Terrorism Local Profile": an adjective of the item's kind
                       r"(?:(?:annual|new|current|draft|refreshed|revised|latest|joint)\s+)?$", re.I)
# "the Needs Assessment (January 2024) and the ...": a bracketed date after an item, before the list goes on
_DATED_AFTER = re.compile(r"\s*\((?:[A-Z][a-z]+\s+)?(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?\)")
_WORD = re.compile(r"[A-Za-z0-9£']+")
_BLOCKER = re.compile(r"[;:“”\"]|\.\s|\b(?:but|whereas|while|although|however|said|says|let|lets)\b|"
                      # "Jo Lee confirmed that the Commissioner will provide ...": the speaker is not the subject
                      r"\b(?:confirmed|reported|noted|advised|explained|stated|announced|informed \w+|told \w+|"
                      r"heard|understood|highlighted|emphasised|stressed|added) that\b", re.I)
_HEDGE = re.compile(
    r"\b(?:likely to|expected to|proposed|propose[sd]? to|may|might|could|would|intends? to|plans? to|"
    r"will be asked to|was asked to|has been asked to|subject to|if agreed|to be confirmed|tbc|"
    r"consult(?:ation|ing) on)\b",
    re.I,
)
# "must consider whether to commission a review", "whether the Forum reports to": an open question states nothing
_OPEN_QUESTION = re.compile(r"\bwhether\s+(?:or\s+not\s+)?(?:to|it|they|the)\b", re.I)
_WHETHER_BEFORE = re.compile(r"\bwhether\s+(?:or\s+not\s+)?(?:the\s+|its\s+|their\s+)?$", re.I)
_NEGATION = re.compile(r"\b(?:not|no longer|never|nor|ceased to|stopped)\b", re.I)
_MAX_LEFT_WORDS = 12
_MAX_RIGHT_WORDS = 7
# an agent's words, unread, then where they work: "the Scrutineer's deputy from (the Council's) ...", "the manager
# of the Business Improvement District, Jo Lee"
_AGENT_FROM = re.compile(r"\b[a-z][\w-]*\s+(?:from|at|within|in|of)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")
# "which the Board writes yearly and which shapes the Plan": a second relative clause begins; the
# verb's object is not beyond it
_AND_WHICH = re.compile(r"\band\s+(?:which|who)\b")
# a relative clause opening right after a name
_RELATIVE_NEXT = re.compile(r"\s*,\s*(?:which|that|whose)\b")
# a comma and "and" straight after the verb: the clause ended there, and what follows is the next item of a list
_NEXT_ITEM = re.compile(r"\s*,\s*(?:and|or)\s", re.I)
# an indefinite noun phrase in lower case fills the slot, then ", and" opens the next item of an outer list: the
# name after it is no filler of this slot ("led by a named officer, and the Community Safety Team, which ...")
# "part of the county-wide arrangements led by the Surrey Board", "the county structure overseen by X": an unnamed noun
# phrase fills the slot, and the name after the participle is its agent, not the slot's
_UNNAMED_THEN_AGENT = re.compile(r"\s*(?:the|its|their|our|a|an)\s+(?:[a-z][\w-]*\s+){1,4}(?:led|overseen|run|chaired|"
                                 r"managed|hosted|co-?ordinated|convened|owned|set\s+up|established)\s+by\s+"
                                 r"(?:the\s+)?\Z")
_UNNAMED_FILLER = re.compile(r"\s*(?:an?|each|every|one)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,\s*(?:and|or)\s")
# "will write a monthly performance report aligned to the Plan": the paper made is the unnamed one the words
# name; a name further on is what it is about ("an annual report called the X Review" names it)
_PAPER_THEN_WORDS = re.compile(r"^\s*(?:an?|the|its|their)\s+(?:[a-z-]+\s+){0,3}(?:report|plan|strategy|assessment|"
                            r"profile|review|dashboard|update|summary|return)s?\s+"
                            r"(?!(?:and|or|nor|called|entitled|titled|named|known as)\b)[a-z]", re.I)
# kinds a mention of unknown type may stand for, by relation side (an organisation in a membership list)
_NAME_AS = {
    ("member_of", "subject"): "body",
    ("member_of", "object"): "body",
    ("subgroup_of", "subject"): "body",
    ("funds", "object"): "initiative",
    ("delivers", "object"): "initiative",
    ("delivers", "subject"): "body",
    ("commissions", "object"): "body",
    ("commissions", "subject"): "body",
    ("funds", "subject"): "body",
    # a structure statement names bodies on both sides ("Safer Harbours will be accountable to ...", "sits under
    # Safer Cumbria"): a partnership's brand name carries no head noun
    ("reports_to", "subject"): "body",
    ("reports_to", "object"): "body",
    ("subgroup_of", "object"): "body",
    ("covers_area", "subject"): "body",
    ("represented_by", "subject"): "body",
}
_BRAND_ONLY = frozenset({("reports_to", "subject"), ("reports_to", "object"), ("subgroup_of", "object"),
                         ("covers_area", "subject"), ("represented_by", "subject")})
# a body's brand name is capitalised throughout ("Safer Sefton Together"), joined by "and" or "&" at most
_COUNT_WORD = re.compile(r"^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Both|All)\s+(?=\S)")
_BRAND = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|&|of))*")


# a duty's own name the wording reads over ("places the Serious Violence Duty on"): part of the verb, not a name the
# trigger is inside
_NAMED_DUTY_READ = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}Duty")


@reads()
def clauses(doc: ExtractionDoc) -> None:
    stem_re, opens = trigger_stems()
    all_triggers = triggers()
    previous: tuple[int, int] | None = None
    for line_index, (start, end) in doc.prose():
        before, previous = previous, (start, end)
        sentence = doc.text[start:end]
        present: set[str] = set()
        for m in stem_re.finditer(sentence.lower()):
            present |= opens[m.group(0)]
        if not present:
            continue
        former = former_names(sentence, start)
        # "the Delivery Board (formerly the Executive Group), which is chaired by X": the old name chairs nothing
        mentions = [m for m in doc.mentions(start, end) if m.kind != "money" and
                    not any(x <= m.start and m.end <= y for x, y in former)]
        it = _IT.match(sentence)
        fronted = _fronted_subject(doc, sentence, start, mentions) if it is None else None
        phrase_end = start
        if fronted is not None:
            # "Chaired by Cllr Jo Lee, the Board meets quarterly": the participle's phrase is said of the name after
            # its comma, which stands at the opening (taking no room) for the trigger to find
            # the participle's capital made its words read as an unknown name ("Chaired by"): they are the trigger
            mentions = [fronted] + [m for m in mentions if not (
                m.kind == "name" and m.start == start and _FRONTED_VERB.fullmatch(doc.text[m.start : m.end]))]
            phrase_end = fronted.extra["phrase_end"]
        elif it:
            # "It is chaired by ...": the body the sentence before is about, else the paper's own body
            # "Its vice-chair is ...", "The chair for 2024/25 was ...": the body whose chair the sentence before
            # names, never a service or an office, which no chair holds
            earlier = chair_antecedent(doc, before, start) if _CHAIR_SPOKEN_OF.match(sentence, it.end()) else \
                antecedent(doc, before, start)
            if earlier is not None:
                # "Its Vice-Chair is": the trigger takes in "Its", so the body stands before it, taking no room
                width = 0 if it.group(0) in ("Its", "The", "Our") else \
                    len(it.group(0)) if it.group(0) == "Its board" else 2
                mentions = _said_of(earlier, start, start + width, start + it.end(), mentions)
        elif (we := _WE.match(sentence)) is not None and (ours := doc.resolver.first_person_body()) is not None:
            # "We are chaired by ...", "Our members are ...": the body the paper speaks for
            width = 0 if we.group(0) == "Our" else 2
            mentions = _said_of(ours, start, start + width, start + we.end(), mentions)
        elif (lower := _THE_LOWER.match(sentence)) is not None and \
                (meant := doc.resolver.reference(lower.group(1), start)) is not None and meant.kind == "body":
            # "The partnership covers the City of Salford": a web page's lower-case "the partnership" opening the
            # sentence is the body last named with that head, as "The Partnership" would be
            head_end = start + lower.end(1)
            mentions = _said_of(meant, start, head_end, head_end, mentions)
        else:
            # "The Partnership will: - Oversee the annual plan": an item that starts with its verb has the
            # list's owner for its subject
            verb = _VERB_FIRST.match(sentence)
            owner = item_owner(doc, line_index) if verb else None
            if owner is None and verb is not None and _HEADED_OPENING.match(sentence):
                # "2.1 Northdale Serious Violence Group" then "Chaired by the Superintendent": a section's line with
                # no subject of its own is about the body its heading names
                scoped = doc.resolver.heading_scope(start)
                owner = scoped[1] if scoped is not None else None
            # a capitalised word inside a name is no verb ("Treatment and Recovery Group - chaired by ...")
            if owner is not None and not any(m.start < start + verb.start(1) or m.start == start + verb.start(1) and
                                             m.kind in ("body", "post", "person") for m in mentions):
                mentions = [m for m in mentions if m.start >= start + verb.end()]
                mentions.insert(0, Mention(start, start + verb.start(1), "body", owner.name, extra={"entity": owner}))
        each = _EACH.match(sentence)
        after_each = start
        # ("Each priority has a lead: ..." holds a stem of reporting but no wording of it: read as any sentence)
        if each and "reports_to" in present and any(t.relation == "reports_to" and next(t.spans(sentence), None)
                                                    for t in all_triggers):
            _each_reports(doc, each, start, end, mentions, all_triggers)
            which = _WHICH_AFTER_EACH.search(sentence)
            if which is None:
                continue
            # "Each sub-group reports to the Executive Group, which reports to the Board": the relative clause
            # is read as any other, its head being the body before "which"
            after_each = start + which.start()
        if len(mentions) < 2:
            continue
        spans: list[tuple[int, int, Trigger]] = []
        for trig in all_triggers:
            if trig.relation not in present:
                continue
            for ta, tb in trig.spans(sentence):
                a, b = start + ta, start + tb
                if any(x.start < b and a < x.end and x.name.casefold() not in _CHAIR_WORDS and not (
                        x.back_ref and x.possessive and x.end < b and doc.text[x.start : x.start + 1].islower())
                       and not (a < x.start and x.end < b and _NAMED_DUTY_READ.fullmatch(x.name))
                       for x in mentions):
                    # a trigger word inside a name ("Reports" in a title) is not a trigger; a lower-case owner
                    # the trigger reads over ("is the council's") is no name it is inside
                    continue
                spans.append((a, b, trig))
        if "member_of" in present or "represented_by" in present:
            mentions = _with_the_council(doc, start, end, mentions)
            spans.extend(_members_of_verbs(doc, start, mentions, all_triggers))
        governed: list[tuple[int, int]] = []
        if "oversees" in present:
            _held_to_account(doc, start, end, mentions, all_triggers)
            governed = _governance_by(doc, start, end, mentions, all_triggers)
        if "chairs" in present or "vice_chair" in present:
            _person_is_chair(doc, start, end, mentions, before)
            _possessive_chair(doc, start, mentions)
        # the longest trigger at a place wins ("is chaired by" over "chaired")
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        taken: list[tuple[int, int]] = list(governed)  # "is provided by" there speaks of governance
        item = _dashed_item(doc, sentence, start, mentions)
        for a, b, trig in spans:
            if any(x < b and a < y for x, y in taken) or a < after_each:
                continue
            # a fronted phrase's names belong to it alone: no list runs across its comma into the main clause
            scope = mentions if phrase_end == start else [
                m for m in mentions if (m.end <= phrase_end) == (a < phrase_end)]
            if item is not None and re.search(r";\s*(?:and\s+|also\s+)*$", doc.text[start:a]):
                # "- Performance Sub-group - chaired by the Head of Service; monitors the indicators": a piece of
                # the item that opens on its verb is said of the item's body, not of the chair named before it
                scope = _said_of(item, a, a, a, mentions)
            scope = _bracketed(doc, scope, start, end, a)
            if _apply(doc, trig, a, b, scope, start, end):
                taken.append((a, b))


def _bracketed(doc: ExtractionDoc, mentions: list[Mention], s0: int, s1: int, a: int) -> list[Mention]:
    """MENTIONS cut to the bracket the trigger at A stands in, when a name opens that bracket: "Kent Police (East
    Division, which covers Ashford and Dover)" says what the division covers, not the force or a body listed before
    it, and nothing after the bracket closes is the clause's. A bracket naming nothing before the trigger ("the
    Panel (which reports to the Board)") leaves the clause to the name before it."""
    opened = doc.text.rfind("(", s0, a)
    if opened < 0 or doc.text.find(")", opened, a) >= 0:
        return mentions
    closed = doc.text.find(")", a, s1)
    closed = s1 if closed < 0 else closed
    inside = [m for m in mentions if opened < m.start and m.end <= closed]
    if not any(m.end <= a for m in inside):
        return mentions
    return inside


# a list item's opening: its marker, then a body's name and a gloss after a spaced dash ("- Northdale Youth Group -
# chaired by ...; leads on ...")
_ITEM_GLOSS = re.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?[ \t]+[-–—][ \t]+")


def _dashed_item(doc: ExtractionDoc, sentence: str, start: int, mentions: list[Mention]) -> Entity | None:
    """The body a list item's sentence opens on, when a gloss follows its name after a spaced dash."""
    first = mentions[0] if mentions else None
    if first is None or first.kind != "body" or sentence[: first.start - start].strip(" \t-*•") or \
            not _ITEM_GLOSS.match(doc.text, first.end):
        return None
    return doc.named_body(first)


def _said_of(body: Entity, start: int, end: int, after: int, mentions: list[Mention]) -> list[Mention]:
    """MENTIONS from AFTER on, with BODY first as the words from START to END that stand for it ("It", "We",
    "The partnership"): the subject a sentence opening refers back to."""
    return [Mention(start, end, "body", body.name, extra={"entity": body})] + [m for m in mentions if m.start >= after]


# a participle or an adjective phrase opening the sentence, up to its comma: "Chaired by Cllr Jo Lee, the Board ...",
# "Accountable to the Partnership, the Forum ...", "Funded by the Home Office, the scheme ..."
_FRONTED = re.compile(r"(?:(?:Jointly|Currently|Also|Now)\s+)?(?:(?:Co-)?[Cc]haired|Led|Hosted|Funded|Commissioned|"
                      r"Managed|Overseen|Supported|Delivered|Run|Produced|Published|Prepared|Developed|"
                      r"Accountable|Reporting|Answerable)\s[^,;:.()]{3,120}?,\s+(?:the\s+|The\s+)?(?=[A-Z])")


_OWNER_S = re.compile(r"['’]s?\s")
_FRONTED_VERB = re.compile(r"(?:(?:Jointly|Currently|Also|Now)\s+)?[A-Z][\w-]+(?:\s+(?:by|to))?")


def _fronted_subject(doc: ExtractionDoc, sentence: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The name after a fronted phrase's comma, as a mention at the sentence's opening: what the phrase is said
    of. None when the sentence opens otherwise, or the name is no body, paper or scheme."""
    fronted = _FRONTED.match(sentence)
    if fronted is None:
        return None
    after = next((m for m in mentions if m.start >= start + fronted.end() - 1), None)
    if after is None or after.start != start + fronted.end() or after.kind not in ("body", "publication",
                                                                                     "initiative"):
        return None
    if after.possessive or _OWNER_S.match(doc.text, after.end):
        return None  # "Chaired by Insp Jo Lee, Westshire Police's rural crime lead.": the force owns the post
    entity = doc.resolver.entity(after)
    if entity is None:
        return None
    return Mention(start, start, after.kind, after.name, extra={"entity": entity, "phrase_end": after.start})


# "made up of partners such as the council, Essex Police, ...": "the council" among the members, in lower case
# "who represents the council on the Channel Panel": the paper's council is the one represented, the panel only
# where; the body named next is no organisation the person stands for
_REPRESENTS_THE_COUNCIL = re.compile(r"\brepresent(?:s|ing)?\s+the (council)\b(?=\s+(?:on|at)\b)")
_THE_COUNCIL_ITEM = re.compile(r"(?:,|\bof|\bas|\binclud(?:e|es|ing)|\bare)\s+the (council)(?=\s*(?:,|and\b|&))")


def _with_the_council(doc: ExtractionDoc, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """MENTIONS with the paper's own council where "the council" stands in a list of members; a name in capitals
    is a mention already, and a paper of no known council gains nothing."""
    council = doc.resolver.council
    if council is None or "the council" not in doc.text[start:end]:
        return mentions
    added = [Mention(start + m.start(1), start + m.end(1), "body", council.name, extra={"entity": council})
             for pattern in (_THE_COUNCIL_ITEM, _REPRESENTS_THE_COUNCIL)
             for m in pattern.finditer(doc.text[start:end])]
    added = [x for x in added if not any(y.start < x.end and x.start < y.end for y in mentions)]
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


# "holds the Channel Panel to account", "holding partners accountable for ...": the one held sits inside the wording
_HOLD = re.compile(r"\b(?:holds?|holding|held)\s+(?P<held>[^.;:]{3,90}?)\s+(?:to account|accountable)\b", re.I)


# "Each sub-group reports to the Executive Group", "Each recipient will provide quarterly returns to the Team":
# every item of the list or table just before
_WHICH_AFTER_EACH = re.compile(r",\s+which\s+(?:in\s+turn\s+)?reports?\b")
_EACH = re.compile(r"\W*Each(?: of (?:the|these|them))?(?:\s+(?P<noun>[A-Za-z][A-Za-z-]+))?\b")
_EACH_HEADS = {"csp": "Partnership", "partnership": "Partnership", "board": "Board", "panel": "Panel",
               "council": "Council"}
_ITEM_RULES = {"list:subgroup_of": "subject", "list:member_of": "subject", "funding:table": "object",
               "funding:contributions": "subject"}
# the tables whose rows are grants: "each recipient" speaks of their recipients, whichever reader took the table
# ("each partnership" after a grant table may speak of partnerships the table does not list)
_GRANT_ROWS = {"funding:table": "object", "funding:provider_table": "object",
               "funding:funder_recipient_table": "object"}


def _each_reports(doc: ExtractionDoc, each: re.Match, start: int, end: int, mentions: list[Mention],
                  all_triggers: tuple[Trigger, ...]) -> None:
    noun = (each.group("noun") or "").casefold()
    wanted = tuple(_GRANT_ROWS) if noun.startswith(("recipient", "grantee", "provider")) else (
        ("list:subgroup_of",) if noun.startswith(("sub", "group", "panel", "working")) else tuple(_ITEM_RULES))
    earlier = [f for f in doc.facts if f.rule in wanted and f.end <= start and start - f.start < 3000]
    if not earlier or start - max(f.end for f in earlier) > 600:
        return  # "each" speaks of the list just before it, not of one further up the paper
    last = max(f.end for f in earlier)
    named = noun.startswith(("recipient", "grantee", "provider", "sub", "group", "panel", "working")) or \
        _EACH_HEADS.get(noun.rstrip("s")) is not None
    if not named and any(
            last <= ln.start and ln.end <= start and section_break(doc, ln) for ln in doc.layout.lines):
        # "5. Delivery groups" / "Four groups sit under it. Each has a lead": a bare "each" under a new heading
        # speaks of that section's things; "Each CSP must report", "Each recipient will" name the list's items
        return
    # the list just before is the run of lines, unbroken by a blank one, that holds its last item: "each" speaks of
    # that list's items only, not of another list of the same kind a little further up
    lines = doc.layout.lines
    k = bisect_right([ln.start for ln in lines], last - 1) - 1
    while k > 0 and lines[k - 1].kind != "blank":
        k -= 1
    block = lines[max(k, 0)].start
    # (the items may have been read by more than one rule of the kind wanted: a grant table's rows by the reader
    # of its provider column and by the reader of its recipient column)
    sides = _ITEM_RULES | _GRANT_ROWS
    items = list({e.iri: e for f in earlier if f.end > block and (e := getattr(f, sides[f.rule])) is not None
                  }.values())
    head = _EACH_HEADS.get(noun.rstrip("s"))
    if head is not None:
        items = [e for e in items if head in e.name]  # "Each CSP must report ...": only the partnerships
    if not items:
        return
    sentence = doc.text[start:end]
    for trig in all_triggers:
        if trig.relation != "reports_to" or trig.direction != "forward":
            continue
        for _, tb in trig.spans(sentence):
            b = start + tb
            right = _right(doc, "reports_to", "object", trig.object_kinds, b, mentions, end, trig)
            if not right:
                continue
            for item in items:
                for _, target in right:
                    if item.kind in trig.subject_kinds and item.iri != target.iri:
                        doc.add(item, "reports_to", target, start, max(b, right[-1][0].end), "clause:each", 0.8)
            return


_THROUGH = re.compile(r"\s+(?:through|via|by way of)\s+(?:the\s+|its\s+|an?\s+)?(?:established\s+|statutory\s+)?")


# "X works with Y to produce Z": the one who works with the other acts too
_WORKS_WITH = re.compile(r"\s+(?:works?|worked|working)\s+(?:closely\s+|jointly\s+|together\s+)?with\s+(?:the\s+)?$",
                         re.I)


def _worked_with(doc, relation, side, kinds, mentions: list[Mention], s0: int, a: int,
                 left: list[tuple[Mention, Entity]]) -> list[tuple[Mention, Entity]]:
    """LEFT with the partner before "works with" added, when the verb's subject is the partner's helper:
    "the Unit works with the Police to produce the profiles" -> the Unit and the Police produce them."""
    m = left[0][0]
    infinitive = doc.text.startswith("to ", a) or doc.text[a - 4 : a] == " to "  # the wording may hold its "to"
    if not infinitive or not re.fullmatch(r"\s+(?:to\s+)?", doc.text[m.end : a]):
        return left
    before = [x for x in mentions if x.end <= m.start and x.start >= s0]
    if not before or not _WORKS_WITH.fullmatch(doc.text[before[-1].end : m.start]):
        return left
    e = slot_entity(doc, before[-1], relation, side, kinds)
    return [(before[-1], e), *left] if e is not None and e.iri != left[0][1].iri else left


def _held_to_account(doc: ExtractionDoc, s0: int, s1: int, mentions: list[Mention],
                     all_triggers: tuple[Trigger, ...]) -> None:
    trig = next((t for t in all_triggers if t.relation == "oversees" and t.direction == "forward"), None)
    if trig is None:
        return
    for m in _HOLD.finditer(doc.text, s0, s1):
        if re.match(r"(?i)held\s+to\b", m.group(0)) or re.search(r"(?i)\bheld$", doc.text[s0 : m.start() + 4]) and \
                re.search(r"(?i)\b(?:is|are|was|were|be|been)\s+$", doc.text[s0 : m.start()]):
            continue  # "is held to account by": the passive, read by its own wording
        held = [x for x in mentions if m.start("held") <= x.start and x.end <= m.end("held")]
        objects = [(x, e) for x in held
                   if (e := slot_entity(doc, x, "oversees", "object", trig.object_kinds)) is not None]
        if not objects:
            continue
        through = _THROUGH.match(doc.text, m.end(), s1)
        if through and _holder_named(doc, mentions, s0, m.start(), trig):
            through = None  # "The Mayor holds the Commander to account through the Panel": she holds
        if through:
            # "a role in holding the Commissioner to account through the Police and Crime Panel": the panel holds
            via = next((x for x in mentions if x.start == through.end()), None)
            e = slot_entity(doc, via, "oversees", "subject", trig.subject_kinds) if via is not None else None
            for _x, obj in objects if e is not None and e.kind == "body" else ():
                doc.add(e, "oversees", obj, m.start(), via.end, "clause:oversees", 0.8)
            continue
        if _AND_BEFORE.search(doc.text[max(s0, m.start() - 6) : m.start()]):
            subjects = _sentence_subject(doc, "oversees", "subject", trig.subject_kinds, mentions, s0, m.start())
        else:
            subjects = _left(doc, "oversees", "subject", trig.subject_kinds, m.start(), mentions, s0)
            if subjects and _MEANS_OF.match(doc.text, subjects[-1][0].end, m.start()):
                # "The Board is the Commissioner's principal mechanism for holding X to account": the Board holds
                subjects = _sentence_subject(doc, "oversees", "subject", trig.subject_kinds, mentions, s0, m.start())
            elif subjects and ("," in doc.text[subjects[-1][0].end : m.start()] or
                             _words(doc.text[subjects[-1][0].end : m.start()]) > 6):
                continue  # "..., there is also a role in holding X to account": nobody named holds
        for _, subject in subjects or []:
            for _x, obj in objects:
                doc.add(subject, "oversees", obj, min(subjects[0][0].start, m.start()), m.end(), "clause:oversees",
                        0.85)


# an owner's means of holding to account, between the owner and "holding": "'s principal mechanism for"
_MEANS_OF = re.compile(r"['’]s?\s+(?:(?:principal|main|primary|formal|key|chief)\s+)?(?:mechanism|means|forum|vehicle|"
                       r"route|meeting|way)\s+(?:for|of)\s+$")


def _holder_named(doc: ExtractionDoc, mentions: list[Mention], s0: int, at: int, trig: Trigger) -> bool:
    """A body or post named straight before "holds X to account" (its subject): what follows "through" is only the
    means by which it holds."""
    subjects = _left(doc, "oversees", "subject", trig.subject_kinds, at, mentions, s0)
    return bool(subjects) and "," not in doc.text[subjects[-1][0].end : at] and \
        _words(doc.text[subjects[-1][0].end : at]) <= 2


# "The governance of the Youth Justice Service is provided by a designated Youth Justice Board": the governed
# thing sits between the governance word and the passive verb
_GOVERNANCE_BY = re.compile(r"\b(?:governance|oversight) of (?P<held>[^.;]{3,90}?) (?:is|are|was|were|will be) "
                            r"(?P<verb>(?:provided|exercised|carried out|held) by)\b", re.I)


def _governed(doc: ExtractionDoc, m: Mention, kinds: frozenset[str]) -> Entity | None:
    """What governance is of: a name the gazetteer lacks is a service or body ("the Youth Justice Service in
    Wigan" is the Wigan service)."""
    e = slot_entity(doc, m, "oversees", "object", kinds)
    if e is not None or m.kind != "name" or m.head == "acronym" or len(m.name.split()) < 2:
        return e
    name, _, place = m.name.partition(" in ")
    if place and placenames.is_place(place):
        return doc.resolver.body_named(f"{place} {name}", written=m.name, place=place)
    return doc.resolver.body_named(m.name) if m.name.split()[-1] in heads().body else None


def _governance_by(doc: ExtractionDoc, s0: int, s1: int, mentions: list[Mention],
                   all_triggers: tuple[Trigger, ...]) -> list[tuple[int, int]]:
    trig = next((t for t in all_triggers if t.relation == "oversees" and t.direction == "forward"), None)
    used: list[tuple[int, int]] = []
    for m in _GOVERNANCE_BY.finditer(doc.text, s0, s1):
        # read apart: "Oversight of the Prevent Plan" at a sentence's start is read as one capitalised name
        held = [(x, e) for x in doc.mentions(m.start("held"), m.end("held"))
                if (e := _governed(doc, x, trig.object_kinds)) is not None] if trig else []
        if not held:
            continue
        held = held[:1]  # "of the Youth Justice Service in Gateshead": the first name is what is governed
        by = _right(doc, "oversees", "subject", trig.subject_kinds, m.end(), mentions, s1, trig)
        for _, subject in by[:1]:
            doc.add(subject, "oversees", held[0][1], m.start(), by[0][0].end, "clause:oversees", 0.85)
            used.append((m.start("verb"), m.end("verb")))
    return used


# "The Board is chaired by A, with the Director of X, Jo Lee, as vice-chair": B's role is the sentence subject's
WITH_AS = re.compile(r"\bwith\s+(?P<who>[^.;]{3,140}?),?\s+as\s+(?:its\s+|the\s+)?"
                      r"(?P<role>vice[- ]chair(?:man|person)?|deputy chair|co-chair)\b", re.I)


# "Cllr Jo Lee is Chair of the Board", "DI Sam Pike of Kent Police is Vice-Chair.": a person, perhaps with their
# organisation, then a form of "to be" and a chair's post
_IS_CHAIR = re.compile(r"(?:\s+of\s+(?:the\s+)?(?P<org>[A-Z][^,.;()]{2,60}?))?\s+(?:is|was|has been|will be|became|"
                       r"becomes|remains)\s+(?:the\s+|its\s+)?(?:current\s+|new\s+)?$")


def _person_is_chair(doc: ExtractionDoc, s0: int, s1: int, mentions: list[Mention],
                     before: tuple[int, int] | None) -> None:
    """A person who "is Chair of the Board" chairs it; one who "is Vice-Chair." with no body named is vice-chair of
    the body the sentence before is about (the paper's own, when it names none)."""
    for k, m in enumerate(mentions[1:], 1):
        if m.kind != "post":
            continue
        person = next((p for p in reversed(mentions[:k]) if p.kind == "person"), None)
        said = _IS_CHAIR.fullmatch(doc.text, person.end, m.start) if person is not None else None
        if said is None:
            # "Jo Lee, the Council's Director of Housing, is Vice-Chair.": the person, their post between commas
            person, said = _apposed_person(doc, mentions, k)
        if said is None:
            continue
        if m.role in ("chair_of", "vice_chair_of"):
            relation = "chairs" if m.role == "chair_of" else "vice_chair"
            body = chaired_body(doc, m)
        else:
            marker = _bare_chair(m.name)
            if marker is None or doc.text[m.end : s1].strip(" .") != "":
                continue  # "is Vice-Chair" must end the sentence for the body to be the one spoken of
            relation, body = marker, antecedent(doc, before, s0)
        if body is not None and body.kind == "body":
            doc.add(doc.resolver.person(person), relation, body, person.start, m.end, f"clause:{relation}", 0.85)


_APPOSITION_THEN_IS = re.compile(r",\s+[^.;()]{3,120}?,(?=\s+(?:is|was|has been|will be|became|becomes|remains)\s)")


def _apposed_person(doc: ExtractionDoc, mentions: list[Mention], k: int) -> tuple[Mention | None, re.Match | None]:
    """The person named before the chair's post at K with their own post (or its organisation) set between commas
    before "is" ("Supt Jo Lee, District Commander for Wigan, is Vice-Chair"), and the match of the words after
    the apposition; (None, None) when the sentence is not so made."""
    m = mentions[k]
    for j in range(k - 1, -1, -1):
        p = mentions[j]
        if p.kind in ("person", "name") and (p.kind == "person" or looks_like_person(p.name.split())):
            inside = mentions[j + 1 : k]
            apposed = _APPOSITION_THEN_IS.match(doc.text, p.end, m.start)
            if apposed is None or not inside or not any(x.kind == "post" for x in inside) or \
                    any(x.kind in ("person", "name") and looks_like_person(x.name.split()) for x in inside):
                return None, None
            said = _IS_CHAIR.fullmatch(doc.text, apposed.end(), m.start)
            if said is None:
                return None, None
            person = p if p.kind == "person" else Mention(p.start, p.end, "person", p.name)
            return person, said
        if p.kind not in ("post", "body", "place"):
            return None, None
    return None, None


_BODYS_CHAIR = re.compile(r"['’]s?\s+(?:current\s+|new\s+)?(?P<role>(?:vice[- ]|deputy[- ]|co-)?chair(?:man|woman|"
                          r"person)?)\b(?!\s+of\b)", re.I)
_IS_THE = re.compile(r",?\s+(?:is|was|has been|will be|became|becomes|remains)\s+(?:also\s+)?(?:the\s+)?$")


def _possessive_chair(doc: ExtractionDoc, s0: int, mentions: list[Mention]) -> None:
    """ "Cllr Jo Lee, Portfolio Holder for Communities, is the Board's deputy chair": the person (with a post in
    apposition) chairs or vice-chairs the body whose possessive stands before the chair's title."""
    for k, m in enumerate(mentions):
        role = _BODYS_CHAIR.match(doc.text, m.end) if m.kind == "body" and m.possessive and k else None
        if role is None or not _IS_THE.search(doc.text, mentions[k - 1].end, m.start):
            continue
        who = mentions[k - 1]
        between_commas = doc.text[who.end : m.start].lstrip()[:1] == ","
        if who.kind == "post" and k >= 2 and mentions[k - 2].kind == "person" and between_commas and \
                doc.text[mentions[k - 2].end : who.start].strip() == ",":
            who = mentions[k - 2]  # the person, their post set between commas
        if who.kind != "person" or (doc.text[s0 : who.start].strip() and
                                    not SUBJECT_LEAD.match(doc.text[s0 : who.start])):
            continue
        body = m.extra.get("entity") or doc.resolver.entity(m)
        if body is None or body.kind != "body":
            continue
        relation = "vice_chair" if re.match(r"(?i)vice|deputy", role.group("role")) else "chairs"
        doc.add(doc.resolver.person(who), relation, body, who.start, role.end(), f"clause:{relation}", 0.85)


def _bare_chair(name: str) -> str | None:
    low = name.casefold().replace("-", " ")
    if low in ("chair", "chairman", "chairwoman", "chairperson"):
        return "chairs"
    if low in ("vice chair", "vice chairman", "deputy chair", "vice chairperson"):
        return "vice_chair"
    return None


# "..., an Executive Board, chaired by the Portfolio Holder": a body said to be chaired (see asides.with_as_after_chair)
CHAIRED_NEXT = re.compile(r",?\s*(?:which is\s+|and is\s+|is\s+)?(?:co-)?chaired\s+by\b")


# "represents the Council on the Panel": the body it is represented on
_ON_BODY = re.compile(r"\s+(?:on|to)\s+(?:both\s+)?(?:the\s+)?")
# "represents the Council on the Partnership and on the Police and Crime Panel", "on both the A and the B": each
# body after the first, joined by "and", is one more it is represented on
_ON_ALSO = re.compile(r"\s*,?\s+and\s+(?:also\s+)?(?:(?:on|to)\s+)?(?:the\s+)?")
_ON_THAT = re.compile(r"\s+on\s+(?:that|this)\s+(?P<head>board|partnership|panel|group|committee|forum|network)\b",
                      re.I)
_THERE = re.compile(r"(?i)(?:is|are|was|were)\s+(?:also\s+)?represented\s+there\s+by")

# "Members of the Northdale Board include A, B and C": the body sits between the members and their verb, so
# the verb after it is a member_of trigger read backward (the body on its left, the members on its right)
# ("Partners on the Board include ...": the seats on a body, as its members of it)
_MEMBERS_OF = re.compile(r"\b(?:core |statutory |voting |full )?(?:members|membership|partners|partner agencies|"
                         r"partner organisations) (?:of|on) (?:the )?$", re.I)
_MEMBERS_VERB = re.compile(r"\s+((?:currently |also )?(?:include|includes|included|are|were|comprise|comprises|"
                           r"comprised|consist of|consists of|are drawn from|is drawn from)\b)", re.I)


_NAMED_NEXT = re.compile(r"\s*:?\s*(?:the\s+)?[A-Z]")  # the members are named straight after the verb


def _members_of_verbs(doc: ExtractionDoc, s0: int, mentions: list[Mention],
                      all_triggers: tuple[Trigger, ...]) -> list[tuple[int, int, Trigger]]:
    backward = next((t for t in all_triggers if t.relation == "member_of" and t.direction == "backward"), None)
    if backward is None:
        return []
    out = []
    for m in mentions:
        if m.kind != "body" or not _MEMBERS_OF.search(doc.text[max(s0, m.start - 40) : m.start]):
            continue
        verb = _MEMBERS_VERB.match(doc.text, m.end)
        if verb and _NAMED_NEXT.match(doc.text, verb.end(1)):
            out.append((verb.start(1), verb.end(1), backward))
    return out


# a capitalised date is not an organisation: "July 2009", "Spring 2024"
_DATE_NAME = re.compile(r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Spring|Summer|Autumn|Winter|Monday|Tuesday|Wednesday|Thursday|Friday)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|the|a|an|our|his|her|this|these|those)\s+$", re.I)
# a subject of its own, in lower case, between a name and its verb: ", and joint reviews are chaired by"
# ("..., and the IOM steering group reports to ...": an acronym may modify the unnamed subject)
# a phrase set before a sentence's subject, the name in it closed by a comma: "Alongside the Constabulary, ...",
# "As well as the Council, ...": the name is beside the subject, never the subject itself
_FRONTED_BEFORE = re.compile(r"(?:^|[.;:]\s+|\n)\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:alongside|besides|as well as|"
                             r"in addition to|together with)\s+(?:the\s+)?$", re.I)
_OTHER_SUBJECT = re.compile(r",\s+and\s+(?:the\s+|its\s+|all\s+|each\s+)?(?:[A-Z]{2,8}\s+)?[a-z][a-z-]+"
                            r"(?:\s+[a-z][a-z-]+)?"
                            r"(?:\s+(?:is|are|was|were|will|have|has)\b|\s*$)")
# a group of the body's own, named in lower case, between the body and the verb: "the Panel's hearings
# sub-committee, chaired by", "the Board and its finance working group, led by"
# (the group and nothing after it but a comma: "is the Mayor's main forum for holding X to account" is the body)
_UNNAMED_GROUP_OF = re.compile(r"(?:['’]s|\s+and\s+(?:its|their))\s+(?:[a-z][\w-]*\s+){0,3}?"
                               r"(?:sub-?committee|sub-?group|committee|group|panel|board|forum|network|team)s?"
                               r"\s*,?\s*(?:which\s+is\s+)?$")
# a clause with a pronoun for its subject between a name and its verb: "told the Panel that she currently chairs"
# (not "I" or "we": the writer, whom the first-person readers take for the paper's own office or body)
_PRONOUN_SUBJECT = re.compile(r"\b(?:that\s+)?(?P<pronoun>she|he|they)\s+"
                              r"(?:[a-z]+ly\s+|also\s+|now\s+|still\s+)?$")
# who reports what a pronoun then does: "Ms Hartree told the Panel that she ...", "Cllr Lee advised members that he"
_REPORTED_BY = re.compile(r"\s+(?:told|informed|advised|assured|reminded|declared|said|stated|explained|confirmed|"
                          r"reported|added|noted)\b")
_CHAIR_OF = re.compile(r"(?i)^(independent |joint |new |interim )?((?:vice[- ]|deputy |co-)?chair(?:man|woman|person)? "
                       r"of\b)")


def _chair_word(name: str) -> bool:
    return bool(re.fullmatch(r"(?i)(?:vice[- ]|deputy |co-?)?chair(?:man|woman|person)?s?", name.strip()))


# "as well as the X" joins X to what went before; only a bare "as the X" names a role
_ROLE_AS = re.compile(r"(?<!\bwell )\bas (?:a|an|the)\s+$", re.I)


def _role_as(text: str, s0: int, start: int) -> bool:
    """ "as a/the" just before START gives the role of a name before it ("the Council, as a Responsible Authority,
    must"); opening the sentence it is a conjunction ("As the Board has a priority of X, it will ...")."""
    m = _ROLE_AS.search(text, max(s0, start - 8), start)
    return m is not None and bool(text[s0 : m.start()].strip(" \t\n-–•*.0123456789()"))


# ("The Needs Assessment, produced by the Intelligence Team, informs ...": a paper's author set aside too)
# ("The Safer X Team, part of the county council's Communities service, leads on ...": the unit it belongs to too)
_CHAIRED_BY = re.compile(r"^,\s*(?:which is\s+|who is\s+)?(?:(?:chaired|co-chaired|led|run|hosted|supported|managed|"
                         r"produced|prepared|written|developed|compiled)\s+by|(?:a\s+)?part\s+of)\s+(?:the\s+|its\s+)?$",
                         re.I)
_ACRONYM_FUND = re.compile(r"([A-Z][A-Z&]{1,7})\s+(?:programme|scheme|funding|grant|allocation)")
_VENUE_BEFORE = re.compile(r"\b(?:at|in|within|based at|held at)\s+(?:the\s+)?$", re.I)
# ("work in the upper Rhymney Valley": an article and a word of position may stand between)
# (a later item of a list of places the preposition opens too: "a project in Arley, Church and Hapton")
_LOCATIVE = re.compile(r"\b(?i:in|across|at|around|throughout|covering)\s+(?:(?i:the)\s+(?:[a-z]+\s+)?)?"
                       r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+)*$")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)


_PLURAL_VERB = re.compile(r"\s+(?:were|are|have|meet|met|will\s+meet)\b")


# the rest of a bracket that closes before the verb: "B Board (the local A Partnership), chaired by"
_CLOSED_ASIDE = re.compile(r"[^()]*\)\s*,?\s*(?:which is\s+|who is\s+)?")


# a relative pronoun right before the trigger, hanging on words after the last name ("to set up a youth panel
# which reports to"): the pronoun's noun is the subject, and it is no name
_UNNAMED_ANTECEDENT = re.compile(r"\b[a-z][a-z-]+[ \t]+(?:which|that|who)[ \t]+(?:also[ \t]+|now[ \t]+)?$")
# "the Powys CSP, the statutory partnership which leads on ...": the pronoun's noun says again what the name is
_APPOSED_KIND = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s+(?:the|a|an|its|our|their)\s[^,;()]*$")


def _closed_relative_head(doc: ExtractionDoc, relation: str, side: str, kinds: frozenset[str],
                          mentions: list[Mention], s0: int, last: Mention, a: int) -> list | None:
    """When LAST, the name nearest the trigger at A, lies inside a relative clause closed by a comma ("the Board,
    which he supports and which is chaired by the Director, should report to ..."): the name the clause hangs
    on, if it fills the slot ([] otherwise); None when LAST is in no such clause."""
    if not re.match(r"\s*,", doc.text[last.end : a]):
        return None
    opened = max(doc.text.rfind(", which ", s0, last.start), doc.text.rfind(", who ", s0, last.start))
    if opened < 0 or "," in doc.text[opened + 1 : last.start] or ";" in doc.text[opened : last.start]:
        return None
    before = [m for m in mentions if m.end <= opened and m.start >= s0]
    if not before or doc.text[before[-1].end : opened].strip():
        return []
    e = slot_entity(doc, before[-1], relation, side, kinds)
    return [(before[-1], e)] if e is not None else []


def _before_aside(doc: ExtractionDoc, relation: str, side: str, kinds, left: list, mentions: list[Mention],
                  s0: int) -> list:
    """ "the Substance Misuse Board (the area's Combating Drugs Partnership), chaired by X": the
    bracket only says again what the body before it is, and the body before it is the one chaired. [] when no
    body stands right before the bracket (whose it is, is unclear)."""
    opened = doc.text.rfind("(", s0, left[-1][0].start)
    if opened < 0:
        return []
    before = [m for m in mentions if m.end <= opened and m.start >= s0]
    if not before or doc.text[before[-1].end : opened].strip():
        return []
    e = slot_entity(doc, before[-1], relation, side, kinds)
    return [(before[-1], e)] if e is not None else []


# "The Prevent team, including the Prevent Manager and an officer, is funded by": an aside that lists what a body
# holds opens after the body, and the body is the one the verb after the aside speaks of
COMMA_ASIDE = re.compile(r",\s*(?:including|includes|with|such\s+as|made\s+up\s+of|comprising|together\s+with)\s")


def _before_comma_aside(doc: ExtractionDoc, relation: str, side: str, kinds, left: list, mentions: list[Mention],
                        s0: int, verb: int) -> list:
    """The body before a comma aside (see COMMA_ASIDE) that runs, with no other comma, to just before the VERB;
    LEFT itself when no such aside holds LEFT's last name, [] when no body stands right before the aside."""
    opened = [o for o in COMMA_ASIDE.finditer(doc.text, s0, left[-1][0].start)]
    if not opened or not re.fullmatch(r"[^,;.()]{2,160},\s*", doc.text[opened[-1].end() : verb]):
        return left
    at = opened[-1].start()
    before = [m for m in mentions if m.end <= at and m.start >= s0]
    if not before or not re.fullmatch(r"\s*(?:[a-z]+\s*)?", doc.text[before[-1].end : at]):
        return []
    e = slot_entity(doc, before[-1], relation, side, kinds)
    return [(before[-1], e)] if e is not None else []


# "the three Community Safety Partnerships - A, B and C -", "the two councils (A and B)": a counted plural, then
# the bodies it counts, set off by dashes or brackets
_COUNTED = re.compile(r"(?i)\b(?:the|its|their)\s+(?P<n>two|three|four|five|six|both)\s+$")
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_APPOSED = re.compile(r"\s*(?:(?P<dash>[-–—])|(?P<bracket>\()|(?P<colon>:))\s*")


def _named_in_apposition(doc: ExtractionDoc, relation: str, side: str, kinds: frozenset[str],
                         right: list[tuple[Mention, Entity]], mentions: list[Mention], s1: int
                         ) -> list[tuple[Mention, Entity]]:
    """The bodies a counted plural stands for, when the sentence names them straight after it ("accountable to the
    three Community Safety Partnerships - A, B and C - through ..."): each of them, as many as the count says."""
    m = right[0][0]
    counted = _COUNTED.search(doc.text, max(0, m.start - 20), m.start)
    opened = _APPOSED.match(doc.text, m.end, s1) if counted and m.name.endswith("s") else None
    if opened is None:
        return right
    close = {"dash": r"\s[-–—]\s", "bracket": r"\)", "colon": r"[.;]|$"}[opened.lastgroup]
    shut = re.compile(close).search(doc.text, opened.end(), s1)
    stop = shut.start() if shut else s1
    named = [x for x in mentions if opened.end() <= x.start and x.end <= stop]
    found = [(x, e) for x in named if (e := slot_entity(doc, x, relation, side, kinds)) is not None
             and e.kind == "body"]
    if len(found) != _COUNTS[counted.group("n").lower()] or len(found) != len(named):
        return right  # the list does not name every one the count speaks of: which are meant is unclear
    return found


# a relative clause whose head is a noun phrase no name finder read, after the name ("..., which was produced by")
_RELATIVE_OF_ANOTHER = re.compile(r"[^,;:()]*?\b(?:[a-z]+ed|by|with|from|to|on|in|of)\s+(?:the|a|an|its|their)\s+"
                                  r"[^,;:()]*,\s*(?:which|that)\s+")


def _apply(doc: ExtractionDoc, trig: Trigger, a: int, b: int, mentions: list[Mention], s0: int, s1: int) -> bool:
    if trig.direction == "forward" and re.fullmatch(r"\w+ed", doc.text[a:b]) and \
            _PASSIVE_BEFORE.search(doc.text[max(s0, a - 30) : a]):
        return False  # "was being delivered": a passive, not "X delivered Y"
    if trig.direction == "forward" and re.fullmatch(r"\w+ed", doc.text[a:b]) and \
            re.match(r"\s+by\b", doc.text[b : b + 4]):
        return False  # "the outreach service delivered by Y": a participle with its agent, a passive
    if re.fullmatch(r"\w+ed", doc.text[a:b]) and _DETERMINER_BEFORE.search(doc.text[max(s0, a - 12) : a]):
        return False  # "its agreed savings": a participle used as an adjective states nothing
    if trig.direction == "forward" and doc.text[b - 1 : b] == "s" and _PLURAL_VERB.match(doc.text, b):
        return False  # "Local CSP chairs were consulted": a plural noun, the verb after it shows, not "X chairs Y"
    if trig.relation == "represented_by":
        mentions = _represented_on(doc, mentions)
    if trig.relation == "member_of" and trig.direction == "forward":
        mentions, seated_for = _seated_for(doc, mentions)
    else:
        seated_for = {}
    forward = trig.direction == "forward"
    left_kinds, right_kinds = (
        (trig.subject_kinds, trig.object_kinds) if forward else (trig.object_kinds, trig.subject_kinds)
    )
    left_side, right_side = ("subject", "object") if forward else ("object", "subject")
    left = _left(doc, trig.relation, left_side, left_kinds, a, mentions, s0)
    if not forward and left and _RELATIVE_OF_ANOTHER.fullmatch(doc.text, left[-1][0].end, a):
        return False  # "X was informed by the needs assessment, which was produced by Y": Y made the assessment
    if forward and left:
        closed = _closed_relative_head(doc, trig.relation, left_side, left_kinds, mentions, s0, left[-1][0], a)
        if closed is not None:
            # "the Board, which is chaired by the Director, should continue to report to the STP": the name the
            # closed relative clause hangs on is the subject, not the agent inside the clause
            if not closed:
                return False
            left = closed
        elif _UNNAMED_ANTECEDENT.search(doc.text, left[-1][0].end, a) and \
                not _APPOSED_KIND.match(doc.text, left[-1][0].end, a):
            return False  # "the SSP to adopt a panel that reports to the Board": the panel reports, unnamed
    if _AND_BEFORE.search(doc.text[max(s0, a - 40) : a]) or (
            trig.relation == "covers_area" and _AND_VERB_BEFORE.search(doc.text[max(s0, a - 60) : a])):
        # "The Channel Panel is chaired by the Council, as the Act requires, and is overseen by the Steering
        # Group": a second predicate of the sentence's subject, not of the name just before it
        subject = _relative_head(doc, trig.relation, left_side, left_kinds, mentions, s0, a)
        if subject is None:
            subject = _sentence_subject(doc, trig.relation, left_side, left_kinds, mentions, s0, a)
        if subject is not None:
            left = subject  # [] when a relative clause's head cannot fill the slot: whose predicate is unclear
        elif (antecedent := _which_antecedent(doc, trig.relation, left_side, left_kinds, mentions, s0, a)) is not None:
            left = antecedent  # "the Team, which is led by the Police and is accountable to the CSP": the Team is
        elif (head := _participle_antecedent(doc, trig.relation, left_side, left_kinds, mentions, a)) is not None:
            left = head  # "the Unit, hosted by the OPCC and led by its Director": the Unit is led, not the OPCC
        elif left and _unknown_opening_subject(doc, mentions, s0, a, left[0][0]):
            return False  # "The DASP is chaired by the Director and reports to ...": the DASP reports, unknown
        elif left and _AGENT_BEFORE.search(doc.text[max(s0, (at := _owner_start(doc, mentions, left[-1][0])) - 40)
                                                    : at]):
            return False  # "That Board is chaired by Jo Lee and is a sub-group of X": Jo Lee is the agent of the
            # first predicate, and whose the second is the sentence does not show
        elif left and _agent_chain(doc, mentions, s0, left[-1][0].start):
            # "The county board is chaired by the Assistant Chief Constable (Specialist Operations), Sussex Police,
            # and brings together ...": the agent and its appositions end the first predicate; the second is the
            # board's, the sentence's subject when it opens with one
            left = _sentence_subject(doc, trig.relation, left_side, left_kinds, mentions, s0, a, verb=False) or []
            if not left:
                return False
    elif _IT_BEFORE.search(doc.text[max(s0, a - 30) : a]):
        # "- Prevent and Channel Group, chaired by the Head of Service; it reports to the Prevent Board": "it" is
        # the body the sentence opens with
        left = _sentence_subject(doc, trig.relation, left_side, left_kinds, mentions, s0, a, verb=False) or []
    if len(left) > 1 and doc.text[left[-1][0].end : a].strip() == "(":
        left = left[-1:]  # "A Plan; the B Strategy (produced by the Partnership)": the bracket speaks of B alone
    if left and not forward and _CLOSED_ASIDE.fullmatch(doc.text[left[-1][0].end : a]):
        left = _before_aside(doc, trig.relation, left_side, left_kinds, left, mentions, s0)
    elif left and not forward and re.fullmatch(r"[^,;.()]{0,60},\s*", doc.text[left[-1][0].end : a]):
        left = _before_comma_aside(doc, trig.relation, left_side, left_kinds, left, mentions, s0, a)
    if trig.relation in ("chairs", "vice_chair") and not forward and len(left) == 1 and _SUBGROUP_OF.search(
            doc.text[max(s0, left[0][0].start - 30) : left[0][0].start]):
        # "the Task Group would be set up as a sub-group of the Partnership, chaired by Jo Lee": the sub-group is
        # the one chaired, not the partnership it sits under
        left = _sentence_subject(doc, trig.relation, left_side, left_kinds, mentions, s0, a, verb=False) or []
    if forward and len(left) == 1:
        left = _worked_with(doc, trig.relation, left_side, left_kinds, mentions, s0, a, left)
    right = _right(doc, trig.relation, right_side, right_kinds, b, mentions, s1, trig)
    if len(right) == 1 and trig.relation in ("reports_to", "subgroup_of", "member_of"):
        right = _named_in_apposition(doc, trig.relation, right_side, right_kinds, right, mentions, s1)
    if forward and left and not right:
        right = _fronted_object(doc, trig, left, mentions, s0, b)
    if forward and left and not right and trig.relation in ("reports_to", "subgroup_of", "chairs", "vice_chair"):
        right = _it_object(doc, trig, left, mentions, s0, a, b)
    relayed: list[tuple[Mention, Entity]] = []
    if forward and trig.relation == "reports_to" and left:
        right, relayed = _reporting_route(doc, trig, b, right, mentions, s1)
    if not left or not right:
        return False
    if trig.relation == "priority_of" and not forward and _AGENT_ASIDE.search(
            doc.text[max(s0, left[-1][0].start - 40) : left[-1][0].start]):
        return False  # "The plan, produced by the Board, sets the following priorities": the plan's, not the Board's
    if not forward and trig.relation == "statutory_duty" and not _duty_holder_named(doc, a, b, right):
        return False
    if trig.relation == "produces" and forward and re.search(r"(?i)complet", doc.text[a:b]) and \
            _FILLED_IN.search(right[0][1].name):
        return False  # "the Council had completed the Prevent Duty Toolkit": filled in, not written
    if trig.relation == "produces" and not forward and _UNNAMED_PAPER.search(doc.text[left[-1][0].end : a]):
        return False  # "the Toolkit benchmarking, and an action plan had been agreed by X": X agreed the plan
    if trig.relation == "produces" and _TO_APPROVE.search(doc.text[a:b]) and \
            not _PAPER_NEXT.fullmatch(doc.text[b : right[0][0].start]):
        return False  # "to agree the annual delivery plan for the Strategy": the plan agreed is not the Strategy
    if trig.relation == "responsible_for" and forward and right[0][1].kind == "body" and (
            _words(doc.text[b : right[0][0].start]) > 2 or _GERUND.search(doc.text[b : right[0][0].start])):
        # "takes the lead on data analysis for the Partnership": the lead is on the analysis; "is responsible for
        # advising the Council on the duty": the body is the object of the work answered for, not the remit
        return False
    if _THAT_CLAUSE.search(doc.text[left[-1][0].end : a]):
        return False  # "X will ensure that assurance is embedded in Y": the clause after "that" has its own subject
    if forward and _OTHER_RELATIVE_HEAD.search(doc.text, left[-1][0].end, a) and \
            not doc.text[left[-1][0].end : a].lstrip().startswith((",", "(", "-", "–")):
        return False  # "X will work with the partnerships that lead on Y": the partnerships lead, not X
    if forward and _CONTROLLED_BETWEEN.search(doc.text, left[-1][0].end, a):
        return False  # "X commissions Sacro to deliver Y": Sacro delivers, X only commissions
    if not forward and _NOUN_BEFORE_PARTICIPLE.search(doc.text, left[-1][0].end, a) and \
            not re.sub(r"^\s*\([^()]{1,12}\)", "", doc.text[left[-1][0].end : a]).lstrip().startswith(",") and \
            _BARE_PARTICIPLE.match(doc.text, a, b):
        return False  # "the service from Y, under a contract overseen by X": the contract is overseen
    if not forward and _VERB_OBJECT_BEFORE.search(doc.text, left[-1][0].end, a) and \
            _BARE_PARTICIPLE.match(doc.text, a, b):
        # "Public Health Dorset commissions the treatment service, delivered by Y", "X, and £N funds the sanctuary
        # scheme delivered by Y": the participle describes the verb's object, a noun phrase of its own; the name
        # before the verb is not what is delivered
        return False
    if forward and _POSSESSED_BETWEEN.match(doc.text, left[-1][0].end, a):
        return False  # "the Group's priorities, which feed into X": the priorities feed in, the Group only owns them
    if WORK_ON.search(doc.text[max(s0, left[0][0].start - 40) : left[0][0].start]):
        return False  # "a review of the CSP arrangements is led by the Board": the review is led, not the CSP
    if trig.relation in ("led_by", "chairs") and forward == (trig.relation == "led_by") and \
            _GROUP_ON.search(doc.text[max(s0, left[-1][0].start - 50) : left[-1][0].start]):
        return False  # "a task group on the Council's CCTV service, led by X": the group is led
    if trig.relation == "led_by" and not forward and _LED_WORK.search(doc.text[b : right[0][0].start]):
        return False  # "leads the refresh of the Needs Assessment", "leads the response to the Duty": the work is led
    if forward and trig.relation == "covers_area" and _A_KIND.search(doc.text[max(s0, left[-1][0].start - 4) :
                                                                              left[-1][0].start]):
        # "It ... carries out the functions of a Safeguarding Adults Board for the areas of X": a kind of body
        # covers nothing; the sentence's subject does
        left = _sentence_subject(doc, trig.relation, "subject", trig.subject_kinds, mentions, s0, a) or []
        if not left:
            return False
    if forward and trig.relation == "covers_area" and _UNNAMED_AGENT.search(doc.text[left[-1][0].end : a]):
        return False  # "£6,400 to the Rural Watch CIC for a part-time co-ordinator covering X": the post covers X
    if forward and trig.relation in ("reports_to", "subgroup_of") and \
            _GROUPS_BETWEEN.search(doc.text[left[-1][0].end : a]):
        return False  # "Three theme groups sit below the Partnership, each reporting to the Board": the groups report
    if forward and trig.relation in ("part_of", "reports_to", "subgroup_of") and \
            _PIECE_OF.search(doc.text[max(s0, left[0][0].start - 40) : left[0][0].start]):
        return False  # "The third priority of the Strategy feeds into Y": the priority does, not the Strategy
    if trig.relation == "commissions" and forward and _BOUGHT_THROUGH.search(doc.text[b : right[0][0].start]):
        return False  # "commissions refuge accommodation through the Council": the Council is the channel, not bought
    if trig.relation == "commissions" and not forward and _words(doc.text[left[-1][0].end : a]) > 4:
        return False  # "Y delivered the outreach service commissioned by X": X bought the service, Y is not named so
    if trig.relation == "funds" and forward and any(m.kind == "place" and left[-1][0].end <= m.start and m.end <= a
                                                    for m in mentions):
        return False  # "the Team hit by cuts, LBHF and RBKC agreed to fund": the places' councils fund, read elsewhere
    if trig.relation == "funds" and forward and doc.text[left[-1][0].end : a].lstrip().startswith(",") and \
            _ASIDE_BY.search(doc.text[max(s0, left[-1][0].start - 40) : left[-1][0].start]):
        return False  # "the Grant, administered by the Council, funds Y": the Council only administers it (an aside)
    if trig.relation == "funds" and forward and _TAKES_MONEY.search(doc.text[left[-1][0].end : a]):
        return False  # "Cabinet to accept grant funding for Y", "the Council receives grant funding for Y": it takes
    if trig.relation == "funds" and forward and "£" in doc.text[left[-1][0].end : a]:
        return False  # "Y delivered by X, and £185,000 funds the Z": the money funds Z, X is no giver
    if trig.relation == "funds" and "£" in doc.text[a:b]:
        # "X will contribute £25,000 towards Y", "the allocation of £1.2 million from X": the money reader takes giver,
        # sum and receiver
        return False
    if trig.relation == "funds" and _PAPERWORK.search(doc.text[a:b]):
        return False  # "receives the annual grant returns from each CSP": paperwork about a grant, not money
    if trig.relation == "funds" and not forward and _STREAM_AFTER.match(doc.text, right[-1][0].end, s1):
        return False  # "grants from the Home Office VRU grant": the name only says whose grant; the money rules read it
    if trig.relation == "funds" and not forward and left[-1][0].kind not in ("body", "post") and \
            _STREAM_AFTER.match(doc.text, left[-1][0].end, b):
        return False  # "the Council's Safe Accommodation grant from DLUHC": the name is the grant's, not who gets it
    if trig.relation == "funds" and not forward and _AND_BY.match(doc.text[left[-1][0].end : a]):
        return False  # "funded by the Council and by a grant from the PCC": the Council gives too, it receives nothing
    subject_side = left if forward else right
    if trig.relation == "led_by" and _CONVENED.match(doc.text, a, b) and \
            any(e.kind != "body" for _, e in (*left, *right)):
        # "convened by the Chief Executive": a post calls it together, its convener, which papers keep apart from a
        # body leading it
        return False
    if _DISTRIBUTIVE.search(doc.text[max(s0, subject_side[0][0].start - 80) : subject_side[0][0].start]):
        return False  # "every district has a CSP of its own, which is responsible for ...": no one CSP is meant
    clause = doc.text[s0:s1]
    gap = doc.text[left[-1][0].end : a]
    if _NEGATION.search(_own_predicate(gap)) or _NEGATION.search(doc.text[a:b]):
        return False
    if _OPEN_QUESTION.search(doc.text[left[-1][0].end : a]) or _WHETHER_BEFORE.search(
            doc.text[max(s0, left[0][0].start - 25) : left[0][0].start]):
        return False  # "the CSP must consider whether to commission a review": a question left open, no fact
    qualifier = "hedged" if _HEDGE.search(doc.text[left[0][0].start : right[-1][0].end]) else None
    subjects, objects = (left, right) if forward else (right, left)
    if trig.relation in ("oversees", "responsible_for"):
        # after "monitors", a topic that describes a noun ("youth justice services") is not what is monitored
        # and "responsible for the Prevent case management record": what one answers for is the whole noun
        # phrase, which a topic inside it does not name
        # (overlap: for a programme's name before "risk"/"case"/"referral" words, _programme_work below silences
        # the same responsible_for fact; each also covers cases the other does not, so both stay)
        strict = bool(re.search(r"(?i)monitor", doc.text[a:b])) or trig.relation == "responsible_for" and forward
        # ("the Serious Violence Duty sits with X": the word after the name is the trigger's verb, not a noun)
        objects = [(m, e) for m, e in objects if not attributive(doc.text, m.end, "body" if strict else e.kind) or
                   (not forward and not doc.text[m.end : a].strip()) or
                   trig.relation == "responsible_for" and e.kind == "topic" and _OWN_WORK.match(doc.text, m.end)]
        if not objects:
            return False
    if any(e.kind in ("topic", "initiative") and is_programme(m.name) and _programme_work().match(doc.text, m.end)
           for m, e in (*subjects, *objects)):
        return False  # "Prevent delivery is overseen by X", "part of the Prevent arrangements": the programme's name
        # only describes the work done under it, which is not the programme and is not named; no fact
        # (overlap: a responsible_for object of that kind is also dropped by the strict attributive test above)
    if trig.relation == "holds_post" and any(_chair_word(m.name) for m, _ in objects):
        return False  # "be appointed as Vice Chairman": a chair, which the resolution rule gives its body
    if trig.relation == "holds_post" and len(objects) == 1:
        chair_of = _CHAIR_OF.match(objects[0][0].name)
        body = chaired_body(doc, replace(objects[0][0], name=objects[0][0].name[chair_of.start(2) :])) \
            if chair_of else None
        if body is not None and body.kind == "body":
            # "was appointed Independent Chair of the Board": the chair of that body
            role = "vice_chair" if re.search(r"(?i)vice|deputy", chair_of.group(0)) else "chairs"
            added = False
            for _, subject in subjects:
                added = doc.add(subject, role, body, min(left[0][0].start, a), max(right[-1][0].end, b),
                                f"clause:{role}", 0.85) is not None or added
            return added
    if trig.relation != "holds_post":
        # "the Chairman was one of the members of X": a chair of no named body stands for nobody known
        subjects = [(m, e) for m, e in subjects if not (m.kind == "post" and _chair_word(m.name))]
        if not subjects:
            return False
    on_body, where = None, None
    also_on: list[tuple[Mention, Entity]] = []
    if trig.relation == "represented_by":
        # "Cllr Amir Haq represents the Council on the South Yorkshire Police and Crime Panel": where it is represented
        on = _ON_BODY.match(doc.text, right[-1][0].end, s1)
        if on:
            # ("on both the STP and ...": a body the paper named by its initials will do)
            where = next((m for m in mentions if m.start == on.end() and (
                m.kind == "body" or m.kind == "name" and m.head == "acronym")), None)
            on_body = doc.resolver.entity(where) if where is not None else None
            if on_body is not None and on_body.kind != "body":
                where, on_body = None, None
            last = where
            while last is not None and (more := _ON_ALSO.match(doc.text, last.end, s1)) is not None:
                last = next((m for m in mentions if m.start == more.end() and (
                    m.kind == "body" or m.kind == "name" and m.head == "acronym")), None)
                also = doc.resolver.entity(last) if last is not None else None
                if also is not None and also.kind == "body":
                    also_on.append((last, also))
        on = _ON_THAT.match(doc.text, right[-1][0].end, s1) if where is None else None
        if on is not None:
            # "The CSP Manager represents the CSP on that board": the last board the text named before
            head = on.group("head").casefold()
            named = [m for m in doc.mentions(max(0, s0 - 400), on.start()) if m.kind == "body" and
                     m.name.split()[-1].casefold() == head and len(m.name.split()) > 1]
            on_body = doc.resolver.entity(named[-1]) if named else None
            where = Mention(on.start("head"), on.end(), "body", on.group("head")) if on_body is not None else None
        if where is None and forward and _THERE.match(doc.text, a, b):
            # "... overseen by the Surrey Domestic Abuse Board, and the SGP is represented there by Jo Lee": the body
            # the clause before named, read into the subject's list by its ", and"
            if len(subjects) == 2 and re.fullmatch(r"\s*,?\s*and\s+(?:the\s+)?", doc.text[
                    subjects[0][0].end : subjects[1][0].start]):
                on_body, subjects = subjects[0][1], subjects[1:]
    added = False
    span_start = min(left[0][0].start, right[0][0].start, a)
    span_end = max(right[-1][0].end, b)
    if trig.relation == "priority_of":
        subjects = [(m, e) for m, e in subjects if not _inside_listed_priority(doc, e, span_start, span_end, m.name)]
        if not subjects:
            return False
    pairs = [(subject, obj) for _, subject in subjects for _, obj in objects]
    if len(subjects) == len(objects) > 1 and _RESPECTIVELY.match(doc.text, span_end, s1):
        # "A and B feed into X and Y respectively": A into X, B into Y
        pairs = [(subject, obj) for (_, subject), (_, obj) in zip(subjects, objects, strict=True)]
    for subject, obj in pairs:
        extra = {"on_body": on_body} if on_body is not None and on_body.kind == "body" else {}
        end = max(span_end, where.end) if extra and where is not None else span_end
        relation = _plan_theme(doc, trig.relation, subject, obj, a, b)
        if relation == "led_by" and obj.kind == "person" and subject.kind == "body" and \
                subject.name.split()[-1] in _MEETING_HEADS:
            # "the Task and Finish Group, led by Dr Jo Lee": a group that meets is led by the person who chairs it;
            # led_by names the body that leads a piece of work, and a person is no body
            subject, obj, relation = obj, subject, "chairs"
        fact = doc.add(subject, relation, obj, span_start, end, f"clause:{relation}",
                       0.8 if qualifier else 0.85, qualifier=qualifier, **extra)
        added = added or fact is not None
        if fact is not None and relation == "member_of" and obj.kind == "body" and subject.kind == "person":
            # "Supt Jo Lee sits on the Board for Northshire Police": the organisation she sits there for is
            # represented by her on the body
            for_m = next((seated_for[m.start] for m, e in objects if e is obj and m.start in seated_for), None)
            org = doc.resolver.entity(for_m) if for_m is not None else None
            if org is not None and org.kind == "body" and org.iri != obj.iri:
                doc.add(org, "represented_by", subject, span_start, max(end, for_m.end), "clause:seated_for", 0.8,
                        on_body=obj)
                doc.add(org, "member_of", obj, span_start, max(end, for_m.end), "clause:seated_for", 0.8)
        if fact is not None and relation == "represented_by" and extra and on_body is not None:
            # who represents an organisation on a body sits on that body, and so does the organisation through
            # them, as a table of seats says (on each body the sentence names after "on")
            for body, upto in [(on_body, end), *((e, max(end, m.end)) for m, e in also_on)]:
                if body is not on_body:
                    doc.add(subject, relation, obj, span_start, upto, f"clause:{relation}", 0.85, on_body=body)
                if obj.kind == "person":
                    doc.add(obj, "member_of", body, span_start, upto, "clause:represented_on", 0.8)
                if subject.kind == "body" and subject.iri != body.iri and not _councillor(doc, obj):
                    # a councillor appointed to an outside body sits there personally, for the council: the seat
                    # is the councillor's and the council is represented on the body, not a member of it
                    doc.add(subject, "member_of", body, span_start, upto, "clause:represented_on", 0.8)
    for (_, first), (via_m, via) in ((r, relayed[-1]) for r in relayed[:-1]) if added else ():
        # "reports to A and, through it, to B": A reports on to B
        doc.add(first, trig.relation, via, span_start, via_m.end, f"clause:{trig.relation}", 0.8, qualifier=qualifier)
    del clause
    return added


def _seated_for(doc: ExtractionDoc, mentions: list[Mention]) -> tuple[list[Mention], dict[int, Mention]]:
    """ "sits on the Board for Northshire Police": a body's name the finder ran on over " for " into an organisation
    (a body by its own name, not a place: "the Safeguarding Board for Northshire" is one name) is the body sat on,
    and the organisation sat for; returns the mentions and, by the body's start, the organisation's mention."""
    out: list[Mention] = []
    seated: dict[int, Mention] = {}
    for m in mentions:
        at = doc.text.find(" for ", m.start, m.end) if m.kind == "body" else -1
        first = find_mentions(doc.text, m.start, at) if at > 0 else []
        second = find_mentions(doc.text, at + 5, m.end) if at > 0 else []
        if len(first) != 1 or len(second) != 1 or first[0].kind != "body" or second[0].kind != "body" or \
                (first[0].start, second[0].end) != (m.start, m.end) or first[0].name.split()[-1] not in heads().body:
            out.append(m)
            continue
        out.append(first[0])
        seated[first[0].start] = second[0]
    return out, seated


def _represented_on(doc: ExtractionDoc, mentions: list[Mention]) -> list[Mention]:
    """ "who now represents NHS Northshire on the Partnership": a name the finder ran on over " on the " is the body
    represented and, after it, the body it is represented on (read as _ON_BODY reads two names)."""
    out: list[Mention] = []
    for m in mentions:
        on = re.search(r"\s+on\s+the\s+", m.name) if m.kind == "body" else None
        if on is None:
            out.append(m)
            continue
        at = doc.text.find(" on ", m.start, m.end)
        cut = _ON_BODY.match(doc.text, at) if at > 0 else None
        first = find_mentions(doc.text, m.start, at) if cut else []
        second = find_mentions(doc.text, cut.end(), m.end) if cut else []
        if len(first) != 1 or len(second) != 1 or first[0].kind not in ("body", "name") or \
                second[0].kind != "body" or (first[0].start, second[0].end) != (m.start, m.end):
            out.append(m)
            continue
        out.extend([first[0], second[0]])
    return out


def _own_predicate(gap: str) -> str:
    """The words of GAP after the last "but" or "and" that joins a predicate: "are not sub-groups of X but report to
    Y" denies the first predicate only."""
    joins = list(_PREDICATE_JOIN.finditer(gap))
    return gap[joins[-1].end() :] if joins else gap


_PREDICATE_JOIN = re.compile(r"\b(?:but|and)\s+(?=(?:also\s+|still\s+|instead\s+)?(?:(?:[a-z]+s|are|is|do|will)\b|$))")


# the groups a body has, named between it and a verb they are the subject of: "has four groups, each reporting to"
# ("A and B are strategic groups which feed into X": A and B are the groups, and feed)
_GROUPS_BETWEEN = re.compile(r"\b(?:has|have|had|with)\s+(?:[\w-]+\s+){0,3}?(?:groups?|sub-?groups?|boards?|panels?|"
                             r"committees?|forums?)\s*,?\s+(?:each|all|both|which|that)\b", re.I)


def _inside_listed_priority(doc: ExtractionDoc, topic: Entity, start: int, end: int, written: str = "") -> bool:
    """TOPIC is a word of a priority the list rules already read in these words ("reducing serious violence and
    exploitation" read whole): the topic is part of that priority, not a priority of its own. The words as
    WRITTEN count too ("victims" in "identifying victims earlier", whatever topic "victims" is filed under)."""
    words = {w.casefold() for w in (topic.name, written) if w}
    return any(f.relation == "priority_of" and f.rule.startswith(("inline-list:", "list:")) and f.start < end and
               start < f.end and any(w in f.subject.name.casefold() and w != f.subject.name.casefold()
                                     for w in words)
               for f in doc.facts)


# "Drug and alcohol misuse forms one of the six pillars of the Plan": a topic that is a plan's pillar or theme is
# what the plan puts first (a strand of CONTEST, a programme, stays a part)
_THEME_WORD = re.compile(r"(?i)\b(?:pillars?|themes?)\b")


def _plan_theme(doc: ExtractionDoc, relation: str, subject: Entity, obj: Entity, a: int, b: int) -> str:
    if relation == "part_of" and subject.kind == "topic" and obj.kind == "publication" and \
            _THEME_WORD.search(doc.text, a, b):
        return "priority_of"
    return relation


# the body a report goes through on its way: "reports to the PSB through the Local Delivery Group", "reports to the
# Partnership and, through it, to the PSB", "is accountable to the chief officers through the Safeguarding Executive"
_ROUTE = re.compile(r"(?:(?P<relay>\s*,?\s*and\s*,?\s*(?:through|via)\s+(?:it|them|that\s+\w+)\s*,?\s+to\s+)|"
                    r"\s*,?\s+(?:through|via|by way of)\s+)(?:the\s+|its\s+|their\s+)?", re.I)
# what may stand between a first body reported to and "and to" a second: an aside in brackets or commas, and how
# often ("A (the borough's CSP) twice a year, and to B", "A, Southampton's community safety partnership, and to B")
_AND_TO_LATER = re.compile(r"(?:\s*\([^()\n]{1,80}\))?(?:\s*,(?:\s+(?!and\b)[\w'’&-]+){1,8}\s*(?=,))?"
                           r"(?:\s+(?:once|twice|three times) a (?:year|quarter|month)|\s+(?:quarterly|annually|"
                           r"monthly|regularly|each year|every year))?\s*,?\s+(?:and\s+(?:also\s+)?to|"
                           # "reports to A, with six-monthly updates to B", "... with a dotted line to B"
                           r"with\s+(?:an?\s+)?(?:[a-z-]+\s+)?(?:updates?|reports?|dotted line|reporting line)\s+to)"
                           r"\s+(?:the\s+)?", re.I)
_ROUTE_ONLY = re.compile(r"\s+(?:through|via)\s+(?:the\s+|its\s+|their\s+)?", re.I)


def _reporting_route(doc: ExtractionDoc, trig: Trigger, b: int, right: list[tuple[Mention, Entity]],
                     mentions: list[Mention], s1: int
                     ) -> tuple[list[tuple[Mention, Entity]], list[tuple[Mention, Entity]]]:
    """RIGHT with the body a report goes through added, as the subject reports to it too; and, for "to A and,
    through it, to B", the bodies that pass the report on (A) followed by the one they pass it to (B)."""
    if right:
        later = _AND_TO_LATER.match(doc.text, right[-1][0].end, s1)
        to = next((m for m in mentions if later is not None and m.start == later.end() and m.kind == "body"), None)
        also = slot_entity(doc, to, trig.relation, "object", trig.object_kinds) if to is not None else None
        if also is not None and also.kind == "body" and all(also.iri != e.iri for _, e in right):
            # "reports to A (the borough's CSP) twice a year, and to B on safeguarding": B is reported to as well
            right = [*right, (to, also)]
        route = _ROUTE.match(doc.text, right[-1][0].end, s1)
    else:
        # an object that is no body ("the chief officers of the three partners") before the route: the route alone
        route = next((r for r in _ROUTE_ONLY.finditer(doc.text, b, s1) if not _BLOCKER.search(doc.text[b : r.start()])
                      and _words(doc.text[b : r.start()]) <= 12), None)
    via_m = next((m for m in mentions if route is not None and m.start == route.end() and m.kind == "body"), None)
    if via_m is not None and attributive(doc.text, via_m.end):
        via_m = None  # "through the Local Criminal Justice Partnership network": a kind of channel, not that body
    via = slot_entity(doc, via_m, trig.relation, "object", trig.object_kinds) if via_m is not None else None
    if via is None or via.kind != "body" or any(e.iri == via.iri for _, e in right):
        return right, []
    relayed = [*right, (via_m, via)] if right and route.group("relay") else []
    return [*right, (via_m, via)], relayed


# the agent of a participle set aside in commas: "The plan, produced by the"
_AGENT_ASIDE = re.compile(r"(?i),\s*(?:(?:jointly|recently)\s+)?(?:produced|prepared|developed|written|drawn up|"
                          r"published|agreed|approved|adopted)\s+by\s+(?:the\s+)?$")
# a paper the text names only by its kind, standing between a named one and "was agreed by": the one meant
_UNNAMED_PAPER = re.compile(r"(?i)\b(?:an?|the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}(?:plan|strategy|report|"
                            r"assessment|review|protocol|framework|policy|toolkit|profile)s?\s+$")
# papers another body writes and a council fills in
_FILLED_IN = re.compile(r"(?i)\b(?:toolkit|survey|questionnaire|checklist|template|return|form|self-assessment)s?$")
# the heads of groups, which are chaired rather than chair
_GROUP_HEADS = frozenset({"Group", "Groups", "Board", "Panel", "Forum", "Sub-group", "Subgroup", "Sub-Group",
                          "Network", "Committee", "Sub-committee", "Meeting"})
# the heads of bodies that meet and so have a chair (a team, unit, service or partnership is led, not chaired)
_MEETING_HEADS = frozenset({"Group", "Sub-group", "Subgroup", "Sub-Group", "Panel", "Forum", "Committee",
                            "Sub-committee", "Meeting"})
_RESPECTIVELY = re.compile(r"[\s,]*respectively\b", re.I)
_BOUGHT_THROUGH = re.compile(r"(?i)\b(?:through|via|with|by|from|on behalf of)\s+(?:the\s+)?$")
_ASIDE_BY = re.compile(r"(?i)(?:,|\band)\s*(?:which is\s+)?(?:(?:administered|hosted|managed|held|run|led|chaired|"
                       r"supported)\s+by|"
                       # "the Unit, part of the Authority, funds Y"; "the Grant, £N for 2025/26 paid to the Council,
                       # funds Y": the body the aside names is where the subject sits or what it was paid to
                       r"(?:which is\s+)?part\s+of|(?:[^,.;]{0,60}\s)?(?:paid|given|allocated|awarded|passed)\s+to)"
                       r"\s+(?:the\s+)?$")
# money taken, not given: the subject of "to accept grant funding for" receives it ("grant" is then a noun)
_TAKES_MONEY = re.compile(r"(?i)\b(?:accept|receiv|bid\b|bids\b|apply|applie|seek|sought)\w*")
# a name right before "grant" or "fund": what it names is the stream the money comes through
_STREAM_AFTER = re.compile(r"\s+(?:grants?|fund|funding)\b", re.I)
_PAPERWORK = re.compile(r"(?i)\b(?:grant|funding)\s+(?:returns?|reports?|applications?|bids?|claims?|monitoring|"
                        r"updates?|forms?|conditions|data)\b")
_AND_BY = re.compile(r"(?i)\s*,?\s*and\s+(?:also\s+)?(?:by|through|with|from)\b")
_THAT_CLAUSE = re.compile(r"\b(?:ensure|ensures|ensuring|make sure|confirm|confirmed|noted|agreed|said|stated|"
                          r"explained)\s+that\s+[a-z]")
# a piece of work done on what follows: "a review of", "an analysis of", "the evaluation of the"
WORK_ON = re.compile(r"(?i)\b(?:review|analysis|evaluation|audit|assessment|inspection|study|refresh|"
                      r"consultation|mapping|scoping)\s+of\s+(?:the\s+|all\s+|its\s+)?$")
# an unnamed group set up on a thing, just before the thing's name
_GROUP_ON = re.compile(r"(?i)\b(?:task and finish group|task group|working group|group|panel|inquiry|review)\s+"
                       r"(?:on|into|about|looking at|to look at)\s+(?:the\s+|its\s+)?(?:[\w-]+['’]s?\s+)?$")
# work on a thing between "leads" and the thing's name
# (the response to a duty or a topic is left: papers give it as the duty's lead and as the body's remit alike)
_LED_WORK = re.compile(r"(?i)\b(?:refresh|review|update|revision|redrafting|drafting|evaluation|development)\s+of\s+"
                       r"(?:the\s+|its\s+)?$")
# a thing the text leaves unnamed, after a preposition, standing between a name and the verb: the verb's subject
_UNNAMED_AGENT = re.compile(r"(?i)\b(?:for|to|with|from|by|on)\s+(?:a|an|the|two|three|its|their)\s+"
                            r"(?:[\w-]+\s+){0,3}$")
# a piece of what follows: "the third priority of", "one strand of", "part of the work of"
_A_KIND = re.compile(r"(?i)\ban?\s+$")
_PIECE_OF = re.compile(r"(?i)\b(?:first|second|third|fourth|fifth|sixth|one|each|some|parts?|elements?|aspects?|"
                       r"priorit(?:y|ies)|themes?|strands?|sections?|chapters?|objectives?|actions?|outcomes?|"
                       r"recommendations?|work|findings)\s+of\s+(?:the\s+|its\s+|their\s+)?$")
_DISTRIBUTIVE = re.compile(r"(?i)\b(?:every|each|all)\b[^.;]{0,60}\b(?:has|have|had|set up|sets up|established)\s+"
                           r"(?:an?|its own|their own)\s+$")
_TO_APPROVE = re.compile(r"(?i)\b(?:approved?|adopted|adopt|endorsed?|agreed?|signed off|launched)$")
# what "to approve" takes is named straight after it: "to approve the (draft) Plan"
_PAPER_NEXT = re.compile(r"(?i)\s*(?:(?:the|its|their|a|an|our|this|draft|new|revised|refreshed|updated|final|"
                         r"annual|proposed)\s+){0,3}")
_REQUIRE_VERB = re.compile(r"(?i)(?:requires?|required|obliges?|obliged|compels?)$")
_HOLDER_GAP = re.compile(r"(?i)\s*(?:the\s+|its\s+|their\s+|each\s+of\s+the\s+)?$")
# what the one bound must do follows its name, after an aside saying in what capacity it is bound ("requires X, as
# the tier one authority, to ..."), or the name is the one singled out of a class ("obliges specified authorities,
# X among them, to ...")
_HOLDER_THEN = re.compile(r"(?i)(?:\s*,\s*as\s+(?:the|a|an|its|their)\s+[^,;.()]{2,60},)?"
                          r",?\s+(?:(?:jointly|each|both|also)\s+)?to\s+[a-z]")
_CLASS_GAP = re.compile(r"\s*(?:named\s+)?[\"“]?[a-z][a-z ]{2,40}s[\"”]?,\s+(?:the\s+)?$")
_AMONG_THEM = re.compile(r"\s+among\s+them\b")


def _duty_holder_named(doc: ExtractionDoc, a: int, b: int, right: list[tuple[Mention, Entity]]) -> bool:
    """ "The Act requires the Council to ...": the one bound is named straight after the verb and is followed by
    what it must do, or is the one singled out of the class the verb names ("obliges specified authorities, X among
    them"). "required every local authority area to set up X" binds the areas, not X, and "the strategy that the
    Act requires are in progress, the Board ..." binds nobody."""
    if not _REQUIRE_VERB.search(doc.text[a:b]):
        return True
    if _CLASS_GAP.fullmatch(doc.text[b : right[0][0].start]):
        return bool(_AMONG_THEM.match(doc.text, right[-1][0].end))
    return bool(_HOLDER_GAP.fullmatch(doc.text[b : right[0][0].start]) and
                _HOLDER_THEN.match(doc.text, right[-1][0].end))


# a lower-case word after a name that is neither a function word nor an adverb: the noun the name describes
_HEAD_AFTER = re.compile(r"[ \t]+(?!(?:and|or|nor|of|in|into|for|to|is|are|was|were|will|shall|with|across|at|by|on|"
                         r"which|that|as|from|through|under|within|has|have|had|be|being|been|should|must|can|"
                         r"would|could|may|its|their|the|a|an|this|these|those|including|such|so|but|where|while|"
                         r"when|who|whose|both|each|every|all|also|then|than|via|per|against|between|among|"
                         r"towards?|alongside|following|during|before|after|over|until|more|together|since|once|twice|"
                         r"again|too|now|there|here|how|what|whether|if|unless|because|instead|not|no|yet|still|"
                         r"already|last|next|year|years|about|around|up|out|off|down|"
                         # "across A, B and C using Welsh Government money", "Reviews commissioned by the SNP": a
                         # participle opens a phrase, it is no head noun
                         r"using|covering|serving|working|operating|led|run|funded|supported|commissioned|"
                         r"delivered|overseen|chaired)\b)"
                         r"(?![a-z]+ly\b)[a-z]{3,}\b")


# nouns a topic may describe that are not the topic's work itself: "the community safety priorities" are a plan's
# content, "domestic abuse figures" its measures ("the Prevent duty", "DHR reports" are the topic's own work)
# (and the nouns of its casework, training or part: "manages anti-social behaviour casework", "oversee Prevent
# training for staff", "the CCTV element is managed by X" say what is overseen, which the topic alone does not)
_ASPECT_NOUNS = frozenset({"priority", "priorities", "action", "actions", "performance", "outcomes", "indicators",
                           "targets", "figures", "data", "statistics", "trends", "rates", "casework",
                           "training", "element"})


# the nouns after a topic that are the topic's own work, not a thing it describes: "the Prevent duty", "publishing
# DHR reports" (the topic is what is answered for); used with _apply's strict responsible_for test, which overlaps
# _programme_work for a programme's risk or case records
_OWN_WORK = re.compile(r"[ \t]+(?:duty|duties|reports?)\b")
_ACRONYM_AFTER = re.compile(r"[ \t]*\([A-Z][A-Za-z&]{1,8}\)")


def attributive(text: str, end: int, kind: str = "body") -> bool:
    """The name of KIND ending at END is used as a modifier ("how HSAB actions are progressing", "the community
    safety priorities"): what is overseen is the thing it describes, which the name alone does not say. A body
    so used is never the object; a topic only before a noun of its aspects."""
    # ("the Treatment and Recovery Grant (SSMTRG) plan": the name's acronym may stand between it and the noun)
    acronym = _ACRONYM_AFTER.match(text, end)
    m = _HEAD_AFTER.match(text, acronym.end() if acronym else end)
    if m is None:
        return False
    return kind != "topic" or m.group(0).strip() in _ASPECT_NOUNS


# "The partnership covers ...", "The board meets ...": a body's head noun in lower case opening the sentence, a verb
# of the body's own after it
_THE_LOWER = re.compile(r"(?:The|This)\s+(partnership|board|panel|forum|committee|group|sub-?group)\s+"
                        r"(?:also\s+|now\s+)?"
                        r"(?=(?:covers|serves|oversees|reports|is\s+chaired|is\s+led|produces|publishes|works|"
                        # "The partnership has produced the Strategy", "The board approves the annual plan"
                        r"(?:has|have)\s+(?:produced|published|prepared|developed|approved|agreed|adopted|endorsed)|"
                        r"approves|adopts|endorses|prepares|develops|commissions|is\s+accountable)\b)")
# "It is chaired by ...", but not the "it" of "It was agreed that ...", which stands for nothing
# ("For 2026/27 it has as its chair ...", "In 2026/27 the chair is ...": the term opens the sentence, as a date does)
_IT = re.compile(r"(?:(?:(?:Since|From|Until|As of|Currently|At present)\b[^,.;:()]{0,40}?|" + TERM + r"),?\s+i|I)"
                 r"t(?= (?:is|was|will|has|also|reports|meets|oversees|covers|works|brings|produces|publishes|"
                 r"prepares|leads|commissions|monitors|funds|delivers|agrees|approves|manages|develops|coordinates|"
                 r"co-ordinates|remains|sits|feeds|provides|receives|holds|sets|supports|submits|sends))"
                 r"(?! (?:is|was|has been) "
                 r"(?:agreed|resolved|noted|decided|proposed|confirmed|reported|recommended|understood|hoped|"
                 r"expected|important|essential|likely)\b)"
                 # "Its Vice-Chair is ...", and "The vice-chair is ..." opening a sentence: the chair of the body
                 # the sentence before is about
                 # ("At the date of approval the Chair is ...": a time set before it changes nothing)
                 r"|(?:(?:(?:(?:At|As at|As of|From|Since|Until|Currently|At present)\b[^,.;:()]{0,40}?|" + TERM +
                 r"),?\s+)?"
                 # ("Its current chair is ...": the chair holding it now, the same role)
                 # ("Our vice-chair is ...": a web page speaking for the body it chairs)
                 r"(?:the|its)|Its|The|Our)(?= (?:(?:current|present|new|interim|acting) )?"
                 r"(?:(?:[Vv]ice|[Dd]eputy|[Cc]o)[- ])?[Cc]hair(?:man|woman|person)? (?:" + TERM + r",? )?"
                 r"(?:is|was|will be)\b)"
                 # "The X Partnership is the statutory partnership ... Its board is chaired by ...": the partnership's
                 # board is the partnership met as one, whose chair is the partnership's
                 r"|Its board(?= (?:is|was|will be) (?:currently )?(?:chaired|co-chaired) by\b)"
                 # "Safer Wealden Group<newline>This is chaired by ...": "This" for the body just named
                 r"|This(?= (?:is|was) (?:currently )?(?:chaired|co-chaired|led|hosted|overseen|supported) by\b)"
                 # "Its members include ...", "Its membership comprises ...": the members of the body spoken of
                 r"|Its(?= (?:core |statutory |full )?(?:members|membership) (?:also )?(?:include|includes|are|is|"
                 r"comprise|comprises|consist|consists|is drawn)\b)")
# what follows "The"/"Its" when _IT read a chair spoken of ("Its current vice-chair is ...")
_CHAIR_SPOKEN_OF = re.compile(r" (?:[a-z]+ )?(?:(?:vice|deputy|co)[- ])?chair", re.I)
# the kinds of group that sit under a body, then "of" and the body's article: "a sub-group of the ", "theme groups
# of its "
_GROUP_OF = (r"(?:sub-?group|sub-?committee|theme group|working group|task group|sub-?board|sub-?panel)s? of\s+"
             r"(?:the\s+|this\s+|its\s+|our\s+)?")
_SUBGROUP_OF = re.compile(r"\b" + _GROUP_OF + "$", re.I)
# the bare role word a trigger may be made of ("(Chair: Jo Lee)"), read as a post on its own
_CHAIR_WORDS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "independent chair", "vice chair",
                          "vice-chair", "vice chairman", "vice-chairman", "deputy chair", "co-chair"})
# ("... stays a sub-group of the SGP, but it will also report to ...": "but" joins a second predicate too)
# ("... the SGP, the borough's CSP, and will continue to report to ...", "and continues to report": a verb of
# going on before the trigger leaves the second predicate the subject's)
_AND_BEFORE = re.compile(r",?\s+(?:and|but)\s+(?:(?:will|shall|would|may)\s+)?"
                         r"(?:also\s+|then\s+|in turn\s+|additionally\s+)?(?:continues?\s+to\s+)?$")
# "..., which is chaired by the Commissioner and co-ordinates community safety work across ...": a second verb of
# the subject, whose object leads into the words of coverage
_AND_VERB_BEFORE = re.compile(r",?\s+and\s+(?:also\s+)?[a-z-]+(?:s|es)\s+(?:[a-z-]+\s+){0,3}$")
# the agent of a passive, which is never the subject of the predicate "and" joins after it
# any passive participle with its agent: "carried out by X and reported to Y" says nothing of X reporting
_AGENT_BEFORE = re.compile(r"\b(?:chaired|co-chaired|led|run|managed|hosted|supported|convened|facilitated|funded|"
                           r"commissioned|delivered|provided|overseen|co-ordinated|coordinated|[a-z]+ed(?:\s+out)?|"
                           r"undertaken|written|drawn\s+up|done|held)\s+(?:jointly\s+)?by\s+(?:the\s+)?$", re.I)
_AGENT_HEAD = re.compile(_AGENT_BEFORE.pattern.removesuffix("$"), re.I)


def _agent_chain(doc: ExtractionDoc, mentions: list[Mention], s0: int, at: int) -> bool:
    """The name at AT closes a passive's agent and its appositions ("chaired by the Assistant Chief Constable
    (Specialist Operations), Sussex Police"): between the last "<participle> by" before it and AT stand only names,
    commas and brackets."""
    agents = list(_AGENT_HEAD.finditer(doc.text, s0, at))
    if not agents:
        return False
    rest = list(doc.text[agents[-1].end() : at])
    for m in mentions:
        for k in range(max(m.start, agents[-1].end()), min(m.end, at)):
            rest[k - agents[-1].end()] = " "
    return re.fullmatch(r"[\s,()]*(?:\b(?:the|its|their)\b[\s,()]*)*(?:[A-Z][\w&'’-]*[\s,()]*)*",
                        "".join(rest)) is not None and "," in "".join(rest)


# a verb that gets its object to act, then the object and "to": "commissions Sacro to", "has asked the Trust to"
_CONTROLLED_BETWEEN = re.compile(r"\b(?:commission(?:s|ed)?|fund(?:s|ed)?|contract(?:s|ed)?|ask(?:s|ed)?|"
                                 r"engage(?:s|d)?|pays?|paid|appoint(?:s|ed)?|invite(?:s|d)?|task(?:s|ed)?|"
                                 r"require(?:s|d)?)\s+(?:the\s+)?[A-Z][^.;:]{0,60}?\s+to\s+$")
# a common noun, with its article, right before a passive participle: the noun is what the participle speaks of
# a trigger that opens with a past participle, no auxiliary before it: "overseen by", "commissioned by", "led by"
_BARE_PARTICIPLE = re.compile(r"(?:(?:co-|jointly\s+)?[a-z]+(?:ed|en|wn)|led|run|held)\s+by\b")
_NOUN_BEFORE_PARTICIPLE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+$")
# a present-tense verb and its object, a lower-case noun phrase, between a name and a participle's "by"
_VERB_OBJECT_BEFORE = re.compile(r"\b[a-z]{3,}s\s+(?:a|an|the|its|their)\s+(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w-]*,?\s+$")
# a relative clause whose head is a common noun of its own, after the name and before the verb
_OTHER_RELATIVE_HEAD = re.compile(r"\b(?:the|these|those|other|all)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+"
                                  r"(?:that|which|who)\s+(?:(?:also|currently|will|shall|jointly)\s+)?$")
# a possessive and a lower-case noun between a body and a verb: the noun is the verb's subject, the body its owner
_POSSESSED_BETWEEN = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,?\s*(?:(?:which|that)\s+)?"
                                r"(?:(?:will|shall|would|may|also|in turn)\s+)*$")
_AND_THAT_IT = re.compile(r",?\s+and\s+that\s+it\s+$")
# ("X is separate: it is accountable to Y": a colon's clause says more of the sentence's subject. Not after a term,
# "the chair rotates; for 2024-25 it is chaired by": the body whose chair rotates, which the sentence need not name)
_IT_BEFORE = re.compile(r"(?:^|[;:,(]|\band(?:\s+that)?)\s*it\s+(?:also\s+|then\s+|in turn\s+)?"
                        r"(?:(?:is|was|will be|has been)\s+)?$", re.I)
SUBJECT_LEAD = re.compile(r"^\W*(?:\d+(?:\.\d+)*\s+)?(?:it\s+(?:was|is|has been)\s+(?:agreed|resolved|noted|decided|"
                           r"proposed|confirmed|reported)\s+that\s+)?(?:the\s+|its\s+)?$", re.I)


# "A Drug Related Deaths Panel, chaired by ..., reviews every death and reports to ...": a body the sentence brings in
# is its subject as well
# ("A new Youth Diversion Group, led by ..., started meeting in May and reports to ...")
_INDEFINITE_LEAD = re.compile(r"^\W*(?:\d+(?:\.\d+)*\s+)?an?\s+(?:new\s+)?$", re.I)
_WHICH = re.compile(r"^\s*,?\s*(?:which|that|whom)\s+(?:the\s+|its\s+)?$", re.I)


def _fronted_object(doc: ExtractionDoc, trig: Trigger, left: list[tuple[Mention, Entity]], mentions: list[Mention],
                    s0: int, b: int) -> list[tuple[Mention, Entity]]:
    """ "the Local Criminal Justice Board, which the Commissioner chairs": the object comes first, named before
    "which", and nothing of the kind follows the verb."""
    subject = left[0][0]
    if re.match(r"\s*[A-Za-z]", doc.text[b : b + 3]) and not re.match(r"\s*(?:and|but|as|in|on|at|every|each|"
                                                                      r"quarterly|monthly|annually)\b",
                                                                      doc.text[b : b + 12], re.I):
        return []  # the verb goes on to words of its own ("which the Council chairs jointly with ...")
    before = [m for m in mentions if m.end <= subject.start]
    if not before or not _WHICH.match(doc.text[before[-1].end : subject.start]):
        return []
    meant = before[-1]
    if len(before) > 1 and before[-2].start >= s0 and \
            _SUBGROUP_APPOSED.fullmatch(doc.text, before[-2].end, meant.start):
        # "the Task Group, a sub-group of the CSP, which Inspector Jo Lee chairs": the group the apposition
        # describes, not the body it sits under
        meant = before[-2]
    e = slot_entity(doc, meant, trig.relation, "object", trig.object_kinds)
    return [(meant, e)] if e is not None else []


# between a group and the body it sits under, in an apposition: ", a sub-group of the "
_SUBGROUP_APPOSED = re.compile(r"\s*,\s*(?:a|an|one of the)\s+(?:[a-z-]+\s+)?" + _GROUP_OF, re.I)


_IT_AFTER = re.compile(r"\s*it\b(?!\s+(?:is|was|has|will|would|should|must|can|may)\b)")
# a relative clause's subject: "Cllr Jo Lee, who (jointly) chaired it"
_WHO_BEFORE = re.compile(r"\s*,\s*who\s+(?:[a-z]+\s+){0,2}")


def _it_object(doc: ExtractionDoc, trig: Trigger, left: list[tuple[Mention, Entity]], mentions: list[Mention],
               s0: int, a: int, b: int) -> list[tuple[Mention, Entity]]:
    """ "The Independent Chair attends the Executive Group and is accountable to it", "X Board: the Delivery Group
    reports to it": "it" after the verb is the one body the sentence names before the verb besides its subject."""
    if not _IT_AFTER.match(doc.text, b):
        return []
    first = next((m for m in mentions if m.start >= s0), None)
    between = [m for m in mentions if left[-1][0].end <= m.start and m.end <= a and m.kind == "body"]
    if first is left[0][0] and len(between) == 1:
        meant = between[0]  # the subject, then the one body its first predicate names, then "and ... to it"
    elif not between and first is not None and first.kind == "body" and first.end <= left[0][0].start and \
            re.fullmatch(r"\s*:\s*(?:the\s+)?", doc.text[first.end : left[0][0].start], re.I):
        meant = first  # "X Board: the Delivery Group reports to it": the body the line is about
    elif not between and first is not None and first.kind == "body" and first.end <= left[0][0].start and \
            _WHO_BEFORE.fullmatch(doc.text, left[-1][0].end, a) and \
            not any(m.kind == "body" and first.end <= m.start < left[0][0].start for m in mentions):
        # "The Partnership thanked Cllr Jo Lee, who chaired it from 2019": the relative clause's "it" is the body
        # its main clause opens with
        meant = first
    else:
        return []  # several bodies the pronoun could mean, or a subject that is not the sentence's own
    e = slot_entity(doc, meant, trig.relation, "object", trig.object_kinds)
    return [(meant, e)] if e is not None and e.kind == "body" and all(e.iri != x.iri for _, x in left) else []


_NAMED_AFTER_COLON = re.compile(r"(?!(?:It|Its|They|This|These|He|She|We)\b)(?:[Tt]he\s+)?[A-Z]")


def _sentence_subject(doc: ExtractionDoc, relation: str, side: str, kinds: frozenset[str], mentions: list[Mention],
                      s0: int, a: int, verb: bool = True) -> list[tuple[Mention, Entity]] | None:
    """The name the sentence opens with, when it can fill the slot and (VERB) a verb follows it before A."""
    said = _SAID_THAT.search(doc.text, s0, a)
    if said is not None:
        # "The Chair reminded members that the Board is accountable to X and provides an annual update to Y": the
        # clause after "that" has its own subject, which the second predicate goes on with (the one who speaks
        # reports nothing)
        s0 = said.end()
        mentions = [m for m in mentions if m.end > s0]
        if mentions and (mentions[0].possessive or mentions[0].extra.get("owner") is not None):
            return None  # "that the OPCC's Board reviews ... and reports to": the name just before reads it whole
    colon = doc.text.rfind(": ", s0, a)
    if colon >= 0 and _NAMED_AFTER_COLON.match(doc.text, colon + 2):
        # "It sits within the Board's governance as a reporting group: the Steering Group reports to the Board and
        # is chaired by X": the clause after the colon has a subject of its own ("The Board is separate: it is
        # accountable to X": a pronoun after the colon stands for the opening name)
        s0 = colon + 2
        mentions = [m for m in mentions if m.start >= s0]
    # (the article "A" a sentence opens with is no name, though capitalised)
    first = next((m for m in mentions if m.end <= a and m.name not in ("It", "This", "There", "A", "An")), None)
    if first is None or not (SUBJECT_LEAD.match(doc.text[s0 : first.start]) or
                             _INDEFINITE_LEAD.match(doc.text[s0 : first.start])):
        return None
    between = doc.text[first.end : a]
    if verb and not re.search(r"\b(?:is|are|was|were|has|have|had|will|shall|[a-z]{3,}s|[a-z]{3,}ed)\b", between):
        return None  # no verb of its own before the "and": the name is not the subject of a clause
    # "X, which fulfils that role, produces A and receives B": a relative clause closed by its comma is an aside
    between = _CLOSED_RELATIVE.sub(",", between)
    if said is not None:
        between = _AND_THAT_IT.sub("", between)  # "that the Board reports to X, and that it provides": a second "that"
    if re.search(r"\b(?:which|who|whose|that|where)\b", between):
        return None  # "..., which oversaw X and was chaired by Y": the relative clause's own predicate
    e = slot_entity(doc, first, relation, side, kinds)
    return [(first, e), *_joined_subjects(doc, relation, side, kinds, mentions, first, a)] if e is not None else None


# "The MARAC and the Channel Panel are not sub-groups ... but report to the Board": the names joined to the opening
# one before the sentence's verb are its subjects too
_JOINED = re.compile(r"\s*(?:\((?:the\s+)?[A-Z][A-Za-z&]{1,8}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_VERB_NEXT = re.compile(r"\s*(?:\((?:the\s+)?[A-Z][A-Za-z&]{1,8}\)\s*)?,?\s*(?:are|were|have|both|each|also|all)\b")


def _joined_subjects(doc: ExtractionDoc, relation: str, side: str, kinds: frozenset[str], mentions: list[Mention],
                     first: Mention, a: int) -> list[tuple[Mention, Entity]]:
    """The names joined to FIRST by commas and "and" that a plural verb follows: [] unless the list ends there."""
    joined: list[tuple[Mention, Entity]] = []
    last = first
    for m in (m for m in mentions if first.end <= m.start and m.end <= a):
        if not _JOINED.fullmatch(doc.text, last.end, m.start):
            break
        e = slot_entity(doc, m, relation, side, kinds)
        if e is None:
            return []
        joined.append((m, e))
        last = m
    return joined if joined and _VERB_NEXT.match(doc.text, last.end) else []


# "X, which fulfils that role, produces A and receives B", "The Board reports to the Committee, which acts as the
# crime and disorder committee, and provides updates to Y": a relative clause set off by commas on both sides has
# ended; what follows goes on with the sentence's own subject
# an item's acronym, defined in brackets right after its name
_DEFINED_AFTER = re.compile(r"\s*\((?:the\s+)?([A-Z][A-Za-z&]{1,8})\)")
_CLOSED_RELATIVE = re.compile(r",\s+(?:which|who)\s[^,;:()]*,")
_WHICH_AND = re.compile(r"^\s*(?:\([A-Z]{2,8}\)\s*)?,\s*(?:which|who)\s+(?:is|are|was|were|has|have|will)\b[^,;:]*$")


def _owner_start(doc: ExtractionDoc, mentions: list[Mention], m: Mention) -> int:
    """Where M's name starts, counting the owner whose possessive it follows: "Kent County Council's Youth Justice
    service" is the one agent of "led by" (the possessive's words stand between "by" and M's own name)."""
    owner = next((o for o in reversed(mentions) if o.end <= m.start), None)
    if owner is not None and re.fullmatch(r"['’]s?\s+", doc.text[owner.end : m.start]):
        return owner.start
    return m.start


def _which_antecedent(doc: ExtractionDoc, relation: str, side: str, kinds: frozenset[str], mentions: list[Mention],
                      s0: int, a: int) -> list[tuple[Mention, Entity]] | None:
    """ "X, which is led by Y and is accountable to Z": the second predicate after "and" is X's, the name the
    relative clause hangs on, when nothing but that clause stands between it and the trigger."""
    for m in reversed([m for m in mentions if m.end <= a]):
        if _WHICH_AND.match(doc.text[m.end : a]):
            e = slot_entity(doc, m, relation, side, kinds)
            return [(m, e)] if e is not None else None
    return None


# "the Unit (VRU), hosted by the OPCC and ": a participle's aside, whose "and" joins a second participle of the name
_PARTICIPLE_AND = re.compile(r"\s*(?:\([A-Z]{2,8}\)\s*)?,\s*(?:[a-z]+ed|run|led)\s+(?:by|within|in|at)\s+[^,;:()]*?"
                             r"\s+and\s+$")


def _participle_antecedent(doc: ExtractionDoc, relation: str, side: str, kinds: frozenset[str],
                           mentions: list[Mention], a: int) -> list[tuple[Mention, Entity]] | None:
    """ "the Unit, hosted by the OPCC and led by its Director": the second participle after "and" is the Unit's,
    the name the aside hangs on; [] when that name cannot fill the slot, None when there is no such aside."""
    for m in reversed([m for m in mentions if m.end <= a]):
        if _PARTICIPLE_AND.fullmatch(doc.text, m.end, a):
            e = slot_entity(doc, m, relation, side, kinds)
            return [(m, e)] if e is not None else []
    return None


def _unknown_opening_subject(doc: ExtractionDoc, mentions: list[Mention], s0: int, a: int, nearest: Mention) -> bool:
    """The sentence opens with a name other than NEAREST, followed by a verb of its own, which the slot cannot take:
    the second predicate after "and" is that name's, and it stays unknown."""
    first = next((m for m in mentions if m.end <= a and m.name not in ("It", "This", "There")), None)
    if first is None or first is nearest or first.start >= nearest.start:
        return False
    if not SUBJECT_LEAD.match(doc.text[s0 : first.start]):
        return False
    return bool(re.match(r"\s*(?:\([A-Z]{2,8}\)\s*)?(?:is|are|was|were|has|have|had|will|shall)\b",
                         doc.text[first.end : a]))


_CHAIRED_ASIDE = re.compile(r",\s*(?:chaired|co-chaired|led|managed|run|convened|hosted)\s+by\s+(?:the\s+)?")
# ("which also reports to X and is chaired by Y": an adverb may stand before the relative clause's first verb)
_WHICH_IS = re.compile(r",\s+(?:which|who)\s+(?:(?:also|now|currently|jointly|in\s+turn)\s+)*"
                       r"(?:is|are|was|were|has|have|[a-z]+s)\b[^,;]*$")


def _relative_head(doc: ExtractionDoc, relation: str, side: str, kinds: frozenset[str], mentions: list[Mention],
                   s0: int, a: int) -> list[tuple[Mention, Entity]] | None:
    """ "... convene the Serious Violence Partnership, which is led by the Office of the PCC and is responsible
    for the Needs Assessment": the second predicate of the relative clause is its head's, the name before
    "which"; [] when that name cannot fill the slot (a person), None when there is no such clause."""
    span = list(doc.text[s0:a])
    for m in mentions:  # a comma inside a name ("the Office of the Police, Crime and Victims' Commissioner")
        for k in range(max(m.start, s0), min(m.end, a)):
            span[k - s0] = "x"
    which = _WHICH_IS.search("".join(span))
    if which is None:
        return None
    at = s0 + which.start()
    head = next((m for m in reversed(mentions) if m.end <= at), None)
    if head is None or doc.text[head.end : at].strip():
        return None
    aside = _CHAIRED_ASIDE.search(doc.text, s0, head.start)
    if aside is not None and aside.end() == head.start and (head.kind == "person" or looks_like_person(
            head.name.split())):
        # "the Delivery Group, chaired by Jo Lee, which meets ...": "which" is the group's, not its chair's
        head = next((m for m in reversed(mentions) if m.end <= aside.start()), None)
        if head is None or doc.text[head.end : aside.start()].strip():
            return None
    e = slot_entity(doc, head, relation, side, kinds)
    return [(head, e)] if e is not None else []


# an item written as its verb: "Oversee the plan", "To hold partners to account", "Overseeing the reviews"; the
# group is the verb itself
_VERB_FIRST = re.compile(r"\s*(?:\(?[0-9a-z]{1,3}[.)]\s+)?(?:[Tt]o\s+)?([A-Z][a-z]+)(?=\s+[a-z])")


# a line under a body's heading that opens with its verb, the body left unsaid: "Chaired by ...", "Reports to ..."
_HEADED_OPENING = re.compile(r"\s*(?:(?:Co-)?[Cc]haired|Led|Convened|Hosted|Managed|Run|Coordinated|Co-ordinated|"
                             r"Supported|Overseen)\s+by\b|\s*(?:Reports|Meets|Oversees|Covers|Produces|Publishes|Leads|"
                             r"Commissions|Funds|Delivers|Manages|Sits|Is\s+(?:accountable|responsible))\b")


def item_owner(doc: ExtractionDoc, i: int) -> Entity | None:
    """The owner of the list line I is an item of: the body its opening line ("The Partnership will:",
    "Its functions are to:") names, else the paper's own body; None when line I is no list item."""
    lines = doc.layout.lines
    if lines[i].kind != "bullet":
        return None
    k = i
    while k > 0 and (lines[k - 1].kind in ("bullet", "blank") or wrapped_item_line(lines, k - 1, lines[i])):
        if _numbered_opener(lines[k - 1], lines[i]):
            break  # "2.1 The Board will:" then "a) ...": the numbered paragraph opens the lettered list
        k -= 1
    while k < i and lines[k].kind == "blank":
        k += 1
    opener = doc.layout.line_before(k)
    if opener is None or not opener.text.rstrip().endswith(":"):
        return _remit_heading_owner(doc, i)
    return list_owner(doc, opener)


# a heading over a body's own remit: "Purpose", "2. Role and responsibilities", "Functions of the Group"
_REMIT_HEADING = re.compile(r"(?i)(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:the\s+)?(?:group|board|sub-?group|partnership|panel|"
                            r"committee|forum)['’]s\s+)?(?:purpose|role|roles|remit|functions?|duties|"
                            r"responsibilities|aims?|objectives|terms\s+of\s+reference)"
                            r"(?:\s+(?:and|&)\s+(?:purpose|role|roles|remit|functions?|duties|responsibilities|aims?|"
                            r"objectives))?(?:\s+of\s+the\s+[A-Za-z -]{1,40})?\s*:?")
# an item of a remit written in the infinitive: "2.1 To oversee the MACE meeting", "b) To produce the strategy"
_TO_ITEM = re.compile(r"\s*(?:\(?[0-9a-z]{1,3}(?:\.\d+)*[.)]?\s+)?To\s+[a-z]")


def _remit_heading_owner(doc: ExtractionDoc, i: int) -> Entity | None:
    """The paper's own body, for an item written "To <verb> ..." in a list straight under a heading of remit
    ("Purpose"), with no opening line of its own: a terms of reference states its own body's purpose so."""
    body = doc.resolver.body
    lines = doc.layout.lines
    if body is None or not _TO_ITEM.match(lines[i].text):
        return None
    j = i - 1
    # back over the items before it and their wrapped lines, to the line the list hangs from
    while j >= 0 and (lines[j].kind == "blank" or _TO_ITEM.match(lines[j].text) or
                      wrapped_item_line(lines, j, lines[i])):
        j -= 1
    heading = lines[j] if j >= 0 else None
    if heading is None or heading.kind not in ("heading", "bullet"):
        return None  # ("2. Role and responsibilities" is read as a numbered item of its own)
    return body if _REMIT_HEADING.fullmatch(heading.text.strip()) else None


# "A new Steering Group will lead on the strategy. It will be chaired by ...": a body the sentence before
# introduces as its subject
_INTRODUCED = re.compile(r"^\W*(?:a|an)\s+(?:new\s+|newly[- ](?:formed|established|created)\s+|separate\s+|"
                         r"dedicated\s+|multi-agency\s+)?$", re.I)


def _numbered_opener(line, item) -> bool:
    """LINE is a numbered paragraph ending in a colon, numbered in another style than ITEM (digits, letters)."""
    return line.kind == "bullet" and line.text.rstrip().endswith(":") and bool(line.number) and \
        line.number[0].isdigit() != bool(item.number and item.number[0].isdigit())


def antecedent(doc: ExtractionDoc, before: tuple[int, int] | None, at: int | None = None,
               _depth: int = 0) -> Entity | None:
    """The body "It" or "Its" stands for: the body the sentence BEFORE opens with, or the body whose membership
    table it is a row of; when BEFORE opens with a pronoun of its own ("Its members include ..."), what that one
    stands for; else (given AT, where the pronoun's sentence starts) the body the heading of its section names
    ("2.1 Northdale Serious Violence Group" over "Chaired by ... It reports to ..."); else the paper's own body. A
    sentence BEFORE in an earlier section (a heading between) is not the one the pronoun follows."""
    if before is not None and _depth < 3 and _PRONOUN_OPENING.match(doc.text, before[0], before[1]):
        # "The Wexcombe Board was set up in 2019. Its members include ... It is accountable to ...": a chain of
        # pronouns keeps the body the chain's first sentence named
        earlier = _sentence_before(doc, before)
        scoped = doc.resolver.heading_scope(before[0])
        if earlier is not None and (scoped is None or scoped[0] < earlier[0]):
            return antecedent(doc, earlier, before[0], _depth + 1)
    listed = _membership_table_owner(doc, before) if before is not None else None
    if listed is not None:
        return listed
    scoped = doc.resolver.heading_scope(at) if at is not None else None
    if before is not None and scoped is not None and scoped[0] >= before[1]:
        before = None  # the section's first sentence: what the text above its heading said is another section's
    if before is not None:
        said = _SAID_THAT.search(doc.text, before[0], min(before[1], before[0] + 120))
        if said is not None and not any(m.kind == "body" for m in doc.mentions(before[0], said.start())):
            # "Ms Ross reported that the Hub, ..., is chaired by the PSNI. It reports ...": the reported clause's
            # subject, not the one who spoke
            before = (said.end(), before[1])
        said_before = [m for m in doc.mentions(*before) if m.kind not in ("money", "topic") and
                       m.name not in ("A", "An")]  # a capitalised article opening the sentence names nothing
        first = said_before[0] if said_before else None
        lead = doc.text[before[0] : first.start] if first is not None else ""
        if first is not None and first.possessive and len(said_before) > 1 and said_before[1].kind == "body" and \
                (owner := said_before[1].extra.get("owner")) is not None and owner.start == first.start:
            first = said_before[1]  # "The CSP's Strategic Board meets ... It is chaired by": the board, not its owner
        if first is not None and first.kind == "body" and (first.start - before[0] <= 4 or SUBJECT_LEAD.match(lead)
                                                            or _INTRODUCED.match(lead)):
            return doc.resolver.entity(first)
        if first is not None and first.kind == "name" and first.head == "acronym" and \
                (SUBJECT_LEAD.match(lead) or _OUR_LEAD.fullmatch(lead)):
            found = doc.resolver.acronym(first.name)  # "The YJMB reports to ... It provides ...": the YJMB
            if found is not None and found.kind == "body":
                return found
            own = scoped[1] if scoped is not None else doc.resolver.body
            if found is None and _OUR_LEAD.fullmatch(lead) and (own is None or not initials_fit(first.name, own.name)):
                # "Our CHaRMM looks at ... It is chaired by ...": a group of the paper's body spoken of by initials
                # no body was read under; "It" is that group, never the paper's body
                return None
        if first is not None and first.kind == "name" and first.head != "acronym" and len(first.name.split()) > 1 \
                and first.name[:1].isupper() and not looks_like_person(first.name.split()) and \
                SUBJECT_LEAD.match(lead) and _IS_A_BODY.match(doc.text, first.end, before[1]):
            # "Safer Tarnwick is the statutory community safety partnership ...": a body's brand name, said so
            return doc.resolver.body_named(first.name, place=first.place)
    fallback = scoped[1] if scoped is not None else doc.resolver.body
    if before is not None and fallback is not None and _other_kind_opens(doc, before, fallback):
        return None
    return fallback


# a sentence opening with a body of some kind named in words the mentions do not take as a name ("Anglesey's
# Channel panel is ...", "The county's youth panel meets ..."): its head noun, then the verb
_KIND_SUBJECT = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?P<head>panel|board|group|"
                           r"forum|committee|partnership|network|hub|team|service|unit)s?\s+(?:is|are|was|were|has|"
                           r"have|meets|met|will|reports|sits)\b", re.I)


def _other_kind_opens(doc: ExtractionDoc, before: tuple[int, int], own: Entity) -> bool:
    """The sentence BEFORE opens with a body of another kind than OWN, the paper's or the section's own body
    ("Anglesey's Channel panel is a joint panel. It is chaired by ..." on the partnership's page): "It" is that
    body, which no node stands for, never OWN by default."""
    m = _KIND_SUBJECT.match(doc.text, before[0], before[1])
    return m is not None and own.name.split()[-1].casefold().rstrip("s") != m.group("head").casefold()


# "We" opening a sentence with a verb of the body's own, "Our members": the paper's body speaking of itself
_WE = re.compile(r"We(?= (?:are|were|have|has|also|now|report|meet|oversee|cover|work|bring|produce|publish|prepare|"
                 r"lead|commission|monitor|fund|deliver|agree|approve|manage|develop|coordinate|co-ordinate)\b)"
                 r"(?! (?:are|were) (?:pleased|delighted|proud|aware|committed|working|able|also|not|now)\b)"
                 r"|Our(?= (?:core |statutory |full )?(?:members|membership) (?:also )?(?:include|includes|are|is|"
                 r"comprise|comprises|consist|consists|is drawn)\b)")


# "Our" opening a sentence about one of the paper's body's own groups ("Our CHaRMM looks at ...")
_OUR_LEAD = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?[Oo]ur\s+")


# a sentence opening with a pronoun for a body: "Its members include ...", "It meets ..."
_PRONOUN_OPENING = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:It|Its)\s")


def _sentence_before(doc: ExtractionDoc, span: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence of prose before SPAN, None for the first."""
    sentences = doc.layout.sentences()
    k = bisect_left([s for _, (s, _e) in sentences], span[0]) - 1
    return sentences[k][1] if k >= 0 else None


# a speaker's verb of a minute, and "that" opening what was said
# ("Members were reminded that", "The Chair reminded members that": what the minute records, said to members)
_SAID_THAT = re.compile(r"\b(?:reported|said|explained|confirmed|noted|advised|informed (?:the )?(?:\w+ )?members|"
                        r"updated (?:the )?(?:\w+ )?members|told (?:the )?(?:\w+ )?members|reminded(?: members)?)"
                        r"\s+that\s+")


_MEMBERSHIP_OPENER = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:membership|members)\s+of\s+(?:the\s+)?$",
                                re.I)


def _membership_table_owner(doc: ExtractionDoc, before: tuple[int, int]) -> Entity | None:
    """ "Membership of the CPPB:" over a table of names, then "The Vice-Chair is Jo Lee.": the sentence before is
    that line or a row of its table, and the chair spoken of is that body's. None unless BEFORE is such a line or
    sits in rows under one."""
    lines = doc.layout.lines
    if doc._line_at(before[0]) is None:
        return None
    i = bisect_right(doc._line_starts, before[0]) - 1  # filled by _line_at
    j = i
    while j > 0 and i - j < 30 and lines[j].kind in ("row", "blank"):
        j -= 1  # the table's rows up to the line that opens it (the sentence before may be that line itself)
    opener = lines[j]
    found = doc.mentions(opener.content_start, opener.end)
    first = next((m for m in found if m.kind in ("body", "name")), None)
    if first is None or not _MEMBERSHIP_OPENER.match(doc.text[opener.content_start : first.start]):
        return None
    return doc.named_body(first)


# the slots of the one who acts: a field's name there ("commissioned by Public Health") is the team working in it
_ACTOR_SLOTS = frozenset({("led_by", "object"), ("commissions", "subject"), ("produces", "subject"),
                          ("reports_to", "subject"), ("funds", "subject"), ("oversees", "subject")})


# "... is the statutory community safety partnership for the borough": what the name before it names
_IS_A_BODY = re.compile(r"\s+(?:is|was)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:partnership|board|panel|committee|"
                        r"group|forum)\b", re.I)


# "the London Boroughs of Redbridge, Havering and ...": a plural noun of areas names no body; its list's first item
# is written inside the same name
_PLURAL_AREAS_OF = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Boroughs|Districts|Counties|Wards|Unitaries|Areas)\s+of\s+"
                              r"(?:the\s+)?(?P<place>[A-Z].*)")


def slot_entity(doc: ExtractionDoc, m: Mention, relation: str, side: str, kinds: frozenset[str]) -> Entity | None:
    if m.extra.get("entity") is not None:
        e = m.extra["entity"]
        return e if e.kind in kinds else None
    r = doc.resolver
    if side == "object" and relation in ("commissions", "funds", "delivers") and m.kind == "initiative" and \
            m.name == m.head and re.match(r" [a-z]", doc.text[m.end : m.end + 2]):
        # "Intervention providers are commissioned by X": a head word capitalised as a sentence opens, the noun
        # phrase going on in lower case; no programme is named "Intervention" (nor, scoped, "<Place> Intervention")
        return None
    if (relation, side) in _ACTOR_SLOTS and m.kind in ("name", "topic") and m.name.casefold() in topic_teams():
        return r.body_named(m.name)  # "This is led by Public Health": in an actor's slot, the council's team
    if m.kind == "name" and "person" in kinds and m.head != "acronym" and looks_like_person(m.name.split()):
        # "The Board is chaired by Harriet Vane": an untitled name in a person's slot
        return r.known_person(m.name) or r.person(Mention(m.start, m.end, "person", m.name))
    e = r.entity(m)
    if "place" in kinds and m.kind in ("name", "body") and (e is None or e.kind != "area"):
        # "covers Boston, East Lindsey and City of Lincoln": a council's name in a list of areas is its area
        place = placenames.canonical_place(m.name)
        listed = _PLURAL_AREAS_OF.fullmatch(m.name) if place is None else None
        if listed is not None and placenames.is_place(listed.group("place")):
            place = placenames.canonical_place(listed.group("place")) or listed.group("place")
        if place is not None:
            e = r.entity(Mention(m.start, m.end, "place", place))
    if e is None and m.kind == "name" and m.head != "acronym":
        # named so elsewhere in the paper; in a chair's slot, a body too: "Kestrel Energy Advice", listed as a
        # member of the board, is that body when a group "is chaired by Kestrel Energy Advice"
        chair = relation in ("chairs", "vice_chair") and side == "subject"
        e = r.known_thing(m.name, kinds & {"publication", "initiative", "topic", *(("body",) if chair else ())})
    funded = _ACRONYM_FUND.fullmatch(m.name) if e is None and m.kind == "name" else None
    if funded is not None and (fund := r.acronym(funded.group(1))) is not None and fund.kind in ("initiative",):
        e = fund  # "the LCPF programme is overseen by": the fund the acronym stands for, spent as a programme
    if e is None and m.kind == "name" and "initiative" in kinds and re.fullmatch(r"Operation(?: [A-Z][\w'’-]*){1,3}",
                                                                             m.name):
        e = r.thing("initiative", m)  # "Operation Hydra": a police operation is named so
    if e is None and "place" in kinds and m.kind == "name" and m.head != "acronym" and _listed_with_places(doc, m):
        e = r.entity(Mention(m.start, m.end, "place", m.name))  # "St Ives, Penzance and Truro": a town
    if e is None and m.kind == "name" and m.head != "acronym" and not _DATE_NAME.search(m.name):
        as_kind = _NAME_AS.get((relation, side))
        if as_kind == "initiative" and _LOCATIVE.search(doc.text[max(0, m.start - 60) : m.start]):
            return None  # "a project in Salisbury and Trowbridge": where it runs, not what it is
        if as_kind == "body" and (relation, side) in _BRAND_ONLY and (
                not _BRAND.fullmatch(m.name) or _post_like(m.name)):
            return None  # "Free parking, which had been raised with", "the Chief Executives": not a body
        if as_kind == "body" and (relation, side) in _BRAND_ONLY and looks_like_person(m.name.split()):
            return None  # "reports to the Assistant Chief Officer, Jo Lee": the post's holder, no body
        if as_kind == "body" and (relation, side) in _BRAND_ONLY and _COUNT_WORD.match(m.name):
            m = replace(m, start=m.start + _COUNT_WORD.match(m.name).end(), name=_COUNT_WORD.sub("", m.name))
            # "Two Safer Harbours schemes": how many there are is no part of the name
        if as_kind == "body" and (known := r.known_person(m.name)) is not None and \
                known.name.casefold() == m.name.casefold():
            return None  # "chaired by Jo Lee and is a sub-group of X": a name the paper gives a person is no body
        if as_kind == "body" and (len(m.name.split()) >= 2 or _GLOSSED_ORGANISATION.match(doc.text, m.end)):
            e = r.body_named(m.name, m.acronym, place=m.place)
        elif as_kind == "initiative" and len(m.name.split()) >= 2:
            e = r.thing("initiative", m)
    if e is None:
        return None
    kind = e.kind
    if kind not in kinds and not (kind == "area" and "place" in kinds):
        return None
    if relation in ("delivers", "commissions") and side == "object" and kind in ("body", "initiative") and \
            _VENUE_BEFORE.search(doc.text[max(0, m.start - 20) : m.start]):
        return None  # "the programme in A&E at the City Hospital, which is delivered by Y": where, not what
    if relation == "delivers" and side == "object" and MONEY_HEAD.search(m.name):
        return None  # "the Fund pays for the service delivered by Y", "the Safer Streets Fund pilot was delivered by
        # Y": a fund pays for what is delivered and is never itself delivered; the thing paid for is the service
    return _with_department(doc, m, e) if kind == "post" else e


@cache
def _programme_work() -> re.Pattern[str]:
    """A lower-case noun of work right after a programme's name, perhaps after a second programme joined by "and"
    ("Prevent and Channel delivery"): the name only describes the work (heads.yaml programme_work_heads).
    (For responsible_for it overlaps _apply's strict attributive test with _OWN_WORK: see the comment there.)"""
    words = "|".join(re.escape(w) for w in programme_work_heads())
    return re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)?\s+(?:" + words + r")\b")


# a pot of money named by its head noun ("London Crime Prevention Fund", "Safer Streets Fund", "Home Office grant")
MONEY_HEAD = re.compile(r"\b(?:" + money_heads() + r")\b")


# "Catalyst (the local drug and alcohol service)": a name of one word that the paper glosses as an organisation
_GLOSSED_ORGANISATION = re.compile(r"\s*\((?:the|a|an|our|its|their)\s+[^()]{0,60}?\b(?:service|provider|charity|"
                                   r"organisation|body|trust|association|agency|company|network|forum)s?\)")


# "chaired by the Strategic Co-ordinator, Community Safety.": a department after a comma ends the clause
_DEPARTMENT_AFTER = re.compile(r",\s+(?P<dept>[A-Z][\w&'’ -]{2,40}?)\s*(?=[.;]\s|[.;]?$)")


def _with_department(doc: ExtractionDoc, m: Mention, post: Entity) -> Entity:
    """A generic post named with the department it serves, as attendance lists write it, is that post."""
    after = _DEPARTMENT_AFTER.match(doc.text, m.end, min(len(doc.text), m.end + 60))
    if after is None or "," in post.name or not department_words(after.group("dept")):
        return post
    return doc.resolver.post_named(f"{post.name}, {after.group('dept')}", written=m.name)


def _post_like(name: str) -> bool:
    """NAME reads as a post, in the singular or the plural ("the Chief Executives")."""
    trailing = heads().post_trailing
    words = name.split()
    for k in range(1, min(3, len(words)) + 1):
        tail = " ".join(words[-k:])
        if tail in trailing or (tail.endswith("s") and tail[:-1] in trailing):
            return True
    return bool(heads().post_leading_re.match(name))


_LIST_ITEM = re.compile(r"[A-Z][\w'’-]+(?:\s(?:[A-Z][\w'’-]+|upon|on|under|le|de)){0,3}")
_ITEM_BEFORE = re.compile(r"(" + _LIST_ITEM.pattern + r")(?:\s*,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s)\s*$")
_TOWN_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s)\s*")


_PLACE_GAP = re.compile(r"[a-z0-9 -]{0,50}")
_PLACES = frozenset({"place"})


def place_list(doc: ExtractionDoc, at: int, end: int, mentions: list[Mention]) -> list[Entity]:
    """The places named from AT on ("the county borough of X", "A, B and C", "the five West Yorkshire districts"),
    when only lower-case words stand before the first: a list of places is distributed, as a clause's object is."""
    found = _right(doc, "covers_area", "object", _PLACES, at, mentions, end, None)
    if not found or not _PLACE_GAP.fullmatch(doc.text, at, found[0][0].start):
        return []
    parts = _AREAS_OF.match(doc.text, found[0][0].end, end)
    if parts is not None:
        # "the five West Yorkshire districts of A, B and C": the region only says where the districts are
        return place_list(doc, parts.end(), end, mentions) or [e for _, e in found]
    return [e for _, e in found]


# "... West Yorkshire districts of", "... Gwent local authority areas of": the places listed after name the areas
_AREAS_OF = re.compile(r"\s+(?:(?:local\s+authority|council|police|unitary)\s+)?"
                       r"(?:districts|boroughs|areas|authorities|councils)\s+(?:of|:)\s+(?:the\s+)?")


def towns_of(doc: ExtractionDoc, m: Mention) -> list[Mention]:
    """ "Truro and Penzance", read as one name because the gazetteer knows neither: two towns when the list it
    stands in holds places the gazetteer knows."""
    if m.kind != "name" or m.head == "acronym" or " and " not in m.name:
        return [m]
    left, _, right = m.name.partition(" and ")
    parts = [Mention(m.start, m.start + len(left), "name", left),
             Mention(m.end - len(right), m.end, "name", right)]
    if all(placenames.is_place(x.name) or _listed_with_places(doc, x) for x in parts):
        return parts
    return [m]


def _listed_with_places(doc: ExtractionDoc, m: Mention) -> bool:
    """M, a name the gazetteer lacks (a town, a ward), is an item of a list of names most of which are places the
    gazetteer knows: "Falmouth, Truro, Penzance and Camborne"."""
    if len(m.name.split()) > 4 or not _LIST_ITEM.fullmatch(m.name) or looks_like_person(m.name.split()):
        return False
    items = [m.name]
    for step in (-1, 1):  # walk the list out from M, both ways
        pos = m.start if step < 0 else m.end
        while True:
            if step > 0:
                sep = _TOWN_SEP.match(doc.text, pos)
                item = sep and _LIST_ITEM.match(doc.text, sep.end())
                if not item:
                    break
                items.append(item.group(0))
                pos = item.end()
            else:
                left = doc.text[max(0, pos - 60) : pos]
                back = _ITEM_BEFORE.search(left)
                if not back:
                    break
                items.append(back.group(1))
                pos -= len(left) - back.start()
    # a list with a place the gazetteer knows, or of three or more proper names after a word of coverage; never
    # of the words bodies and topics are made of ("across Police, Health and Education")
    generic = heads().generic_words
    if any(w.casefold() in generic for x in items if not placenames.is_place(x) for w in x.split()):
        return False
    known = any(placenames.is_place(x) for x in items)
    return len(items) >= 2 if known else len(items) >= 3


def _description_after_person(person: Mention, after: list[Mention], j: int, sep: str) -> int:
    """How many mentions from J on describe PERSON in apposition (", the Director of X", ", Wyre Council's
    Executive Member"): 0 when the next mention starts a new list item."""
    # ", the Council's Strategic Director": the article stands outside the owner's mention
    if not names_a_person(person):
        return 0
    prefix = after[j].extra.get("place_prefix")
    if prefix and after[j].kind == "post":
        # ", Camden's Director of Public Health": the place's possessive qualifies the post (Resolver.post)
        sep = re.sub(r"\b" + re.escape(prefix) + r"['’]s?\s*$", "", sep)
    if not re.fullmatch(r"\s*,\s*(?:the\s+)?", sep):
        return 0
    if after[j].kind == "place" and after[j].possessive and j + 1 < len(after) and after[j + 1].kind == "post" \
            and after[j + 1].extra.get("place_prefix"):
        return 2
    if after[j].kind == "post" or (after[j].kind == "body" and not after[j].possessive):
        return 1  # ", Director of Public Health", ", Gwent Police": who the person is, not a second item
    if after[j].possessive and j + 1 < len(after) and after[j + 1].kind in ("post", "name") and \
            after[j + 1].extra.get("owner") is not None:
        return 2
    return 0


def _post_then_person(first: Mention, second: Mention) -> bool:
    """FIRST is a post and SECOND the person holding it, written as an apposition ("the Director of Public
    Health, Dr Ama Osei"): the person is the one who acts."""
    return first.kind == "post" and names_a_person(second)


# a verb of work between a remit's trigger and a body ("responsible for advising / supporting the Council")
_GERUND = re.compile(r"(?i)\b[a-z]{3,}ing\b")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


_QUOTED_ALIAS = re.compile(r"\(\s*[\"“‘'](?:the\s+)?[^\"”’'()]{1,50}[\"”’']\s*\)")
# the unit a post is written with, set off by commas before the verb: "the Chief Inspector, IOM, reports"
_WHICH_GAP = re.compile(r"\s*,\s*which\s+(?:(?:also|now|currently|jointly|in\s+turn)\s+)*")
# "..., Northdale Borough Council (NBC), who is accountable to": "who" is said of a person or post, never of an
# organisation, so the name just before it is not the subject
_WHO_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*who\s+(?:(?:is|are|will\s+be|remains|also|now|currently|jointly)\s+)*")
_UNIT_AFTER_POST = re.compile(r"\s*,(?:\s*[A-Z][\w&'’-]*){1,3}\s*,\s*")


# ", a sub-group of the", ", one of the delivery groups of": an apposition that says what the name before it is
# part of ("X, a sub-group of Y, is led by Z": _left takes X, the apposition's head, as the verb's subject)
_APPOSITIVE_OF = re.compile(r"\s*,\s+(?:a|an|one\s+of\s+the|the)\s+(?:[a-z-]+\s+){0,2}?(?:sub-?groups?|groups?|"
                            r"boards?|panels?|committees?|sub-?committees?|partnerships?|forums?)\s+(?:of|to|under)\s+"
                            r"(?:the\s+)?")


# what may stand between the words of a post's apposition and its organisation: "at", "of", "for", commas, brackets,
# a possessive's article ("the council's")
_APPOSITION_JOIN = re.compile(r"[\s,()]*(?:(?:at|of|for|in|with|the)\s+)*[\s,()]*")


# after an owner's possessive, the post it owns, then the apposition's comma: "'s Assistant Director (Communities), "
_OWNED_POST_GAP = re.compile(r"['’]s\s+[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|&))*\s*(?:\([^()]*\)\s*)?,?\s*")


def _apposed_head(doc: ExtractionDoc, before: list[Mention], idx: int, owned_post: bool = False) -> int | None:
    """The index of the person a comma-set apposition of two or more names (a post and its organisation, "Jo Lee,
    Area Commander at Westshire Police,") describes, the apposition ending at IDX; None when it is not so made
    (one name alone is the caller's to weigh). OWNED_POST: the apposition ends in an owner's possessive and the
    post it owns, which the finder read as words after the owner ("Jo Lee, the council's Head of Housing,")."""
    j = idx
    while j > 0 and before[j].kind in ("post", "body", "place", "name") and \
            _APPOSITION_JOIN.fullmatch(doc.text, before[j - 1].end, before[j].start):
        j -= 1
    inside = before[j + 1 : idx + 1]
    person = before[j].kind == "person" or (before[j].kind == "name" and looks_like_person(before[j].name.split()))
    if j == idx or len(inside) < (1 if owned_post else 2) or not person or \
            not (owned_post or any(m.kind == "post" for m in inside)) or \
            not re.fullmatch(r"\s*,\s*(?:the\s+)?", doc.text[before[j].end : inside[0].start]):
        return None
    return j


def _fronted(doc: ExtractionDoc, m: Mention, s0: int) -> bool:
    """M is the name of a phrase set before the sentence's subject and closed by a comma ("Alongside the
    Constabulary, ...")."""
    return doc.text[m.end : m.end + 2].startswith(",") and \
        _FRONTED_BEFORE.search(doc.text, max(0, m.start - 40), m.start) is not None


def _left(doc, relation, side, kinds, a: int, mentions: list[Mention], s0: int) -> list[tuple[Mention, Entity]]:
    this = _THIS_SUBJECT.match(doc.text, s0, a)
    if this is not None and "body" in kinds and not doc.text[this.end() : a].strip():
        # "* Supply Group - led by the Police. This group is also a sub-group of X": the group the item opens with
        # (the resolver's last body of the head noun may be the list's owner)
        own = _item_body(doc, this.start("head"), mentions, this.group("head"))
        if own is not None:
            return [own]
    relative = _RELATIVE_BEFORE.search(doc.text, s0, a) or participle_aside(doc.text, s0, a) or \
        _PHRASE_ASIDE.search(doc.text, s0, a) or _BRACKET_ASIDE.search(doc.text, s0, a)
    if relative and any(m.end <= relative.start() for m in mentions):
        a = relative.start()  # "the X Board, which is the statutory board under Y, reports to Z": X reports
    aliases = [x.span() for x in _QUOTED_ALIAS.finditer(doc.text, s0, a)]
    # '("the HCASB Board")': the short name a paper gives the body before it, no subject of its own
    before = [m for m in mentions if m.end <= a and not any(x <= m.start and m.end <= y for x, y in aliases)]
    if before and _fronted(doc, before[-1], s0):
        return []  # "Alongside the Constabulary, the statutory members are ...": beside the subject, not it
    if not before:
        return []
    unnamed = _unnamed_relative_head(doc, before, s0, a, relation, side, kinds)
    if unnamed is not None:
        return unnamed
    # an apposition just before the trigger (", the Director of Public Health,") is skipped to its head
    idx = len(before) - 1
    gap = doc.text[before[idx].end : a]
    if before[idx].kind == "topic" and (qualified := _qualified_topic(doc, before, idx, gap)) is not None:
        # "Operation Kestrel, the summer ASB operation, is led by X", "the county's serious violence strategy would
        # be led by X": the topic only qualifies the operation or the strategy, which is the subject: the name the
        # phrase stands in apposition to, else none named
        if qualified < 0:
            return []
        idx, gap = qualified, doc.text[before[qualified].end : a]
    person_of = _person_of_organisation(doc, before, idx, gap, kinds)
    if person_of:
        return person_of
    described = _post_org_person(doc, before, idx, gap, relation, side, kinds)
    if described:
        return described
    owned_post = _OWNED_POST_GAP.fullmatch(gap) is not None and before[idx].possessive
    if (owned_post or re.fullmatch(r"\s*(?:\([^()]*\)\s*)?,\s*", gap)) and "person" in kinds and \
            (head := _apposed_head(doc, before, idx, owned_post)) is not None:
        # "Supt Jo Lee, District Commander at Westshire Police, took over as chair": the post and its organisation
        # in commas describe the person, who takes the verb
        idx = head
    elif gap.strip() == "," and idx > 0:
        prev_gap = doc.text[before[idx - 1].end : before[idx].start]
        if (prev_gap.strip() in (",", "(", ", the", ", its") or _APPOSITIVE_OF.fullmatch(prev_gap)) and not (
                "person" in kinds and _post_then_person(before[idx - 1], before[idx])):
            # "Dr Jo Lee, the Director of Public Health, will lead", "the Arson Group, a sub-group of the
            # Partnership, is led by": the head of the apposition
            idx -= 1
    # the aside's name may be owned ("chaired by the Council's Director of X"): the owner's possessive opens it
    owned = 1 if idx > 1 and before[idx - 1].possessive and not doc.text[before[idx - 1].end : before[idx].start].strip(
        " \t\n'’s") else 0
    if idx - owned > 0 and (doc.text[before[idx].end : a].strip() == "," or _UNIT_AFTER_POST.fullmatch(
            doc.text, before[idx].end, a)) and _CHAIRED_BY.search(
                doc.text[before[idx - owned - 1].end : before[idx - owned].start]):
        # "the Prevent Board, chaired by the Director of X, oversees ...", "the IOM Group, chaired by the Chief
        # Inspector, IOM, reports to ...", "the CSP, chaired by the Council's Director of X, leads on ...": the
        # board acts (four councils' papers in four read sets gave the aside's post or unit the verb before)
        idx -= 1 + owned
    if relation == "reports_to" and before[idx].kind == "body" and _WHO_GAP.fullmatch(doc.text, before[idx].end, a):
        # "the Director of Public Health, Northdale Borough Council, who is accountable to X": the person or post
        # the organisation describes is (papers of two councils in two read sets gave the council the line), and
        # whether the paper means the person or the post is unclear, so no subject. Other relations walk on to
        # the person ("Chief Inspector X of Y Police, who chaired ...")
        return []
    if before[idx].kind in ("post", "person") and _WHICH_GAP.fullmatch(doc.text, before[idx].end, a):
        # "the Contest Board, chaired by the Assistant Chief Constable, which oversees ...": "which" is never said of a
        # person or a post (their holders take "who"); it is the board's, named before the aside, else unclear
        if idx == 0 or not _CHAIRED_BY.search(doc.text[before[idx - 1].end : before[idx].start]):
            return []
        idx -= 1
    while idx >= 0:
        m = before[idx]
        gap = _QUOTED_ALIAS.sub(" ", doc.text[m.end : a])
        if (_BLOCKER.search(gap) and not _AUX_COLON_ITEMS.fullmatch(gap)) or _words(gap) > _MAX_LEFT_WORDS:
            return []
        if _OTHER_SUBJECT.search(gap):
            return []  # "... with the SAB, and joint reviews are chaired by ...": the reviews are, not the SAB
        if _UNNAMED_GROUP_OF.match(gap):
            return []  # "the Panel's hearings sub-committee, chaired by X": a group of the Panel's, unnamed
        pronoun = _PRONOUN_SUBJECT.search(gap)
        if pronoun:
            # "Ms Hartree told the Panel that she currently chairs X": the Panel is told, "she" chairs; she is the
            # person who reported it, when a person opens the sentence with a verb of telling, else no one known
            return _reporter(doc, before, s0, pronoun.group("pronoun"))
        if _INDEFINITE_BEFORE.search(gap) or _PART_OF_UNNAMED.search(gap):
            # "the Duty, including a deterrence pilot run by X": X runs the pilot, not the Duty; "the Partnership is
            # part of the county-wide arrangements led by X": X leads the arrangements, of which it is one part
            return []
        if m.kind == "post" and m.name.casefold() in _CHAIR_WORDS and not doc.text[m.end : a].strip(" ,"):
            # "..., and the Chair provides an annual report to X": a chair of no named body does it, and no body
            # named further back (whether the chair or its body is meant, papers differ)
            return []
        if idx > 0 and _role_as(doc.text, s0, m.start):
            idx -= 1  # "the Council, as a Responsible Authority, must ...": the role is not the subject
            continue
        if m.kind == "post" and idx > 0 and idx + 1 < len(before) and _rank_of(doc, m, before[idx + 1]):
            idx -= 1  # "the Head of X, Group Manager Jo Lee, who reports to": the grade is the person's, no post
            continue
        e = slot_entity(doc, m, relation, side, kinds)
        if e is not None and m.kind == "post" and idx > 0 and "person" in kinds and \
                doc.text[before[idx - 1].end : m.start].strip() in (",", "(") and \
                before[idx - 1].kind in ("person", "name"):
            # "Cllr Jo Lee, Portfolio Holder for Children, sits on the Board": the person is the subject
            p = before[idx - 1]
            if p.kind == "person" or looks_like_person(p.name.split()):
                person = doc.resolver.known_person(p.name) or doc.resolver.person(
                    Mention(p.start, p.end, "person", p.name, title=p.title, rank=p.rank))
                return [(p, person)]
        if e is None and m.kind == "body" and m.back_ref and relation in ("chairs", "vice_chair"):
            return []  # "...to the Board; the Delivery Group will be chaired by": that group, unread; not the Board
        if e is not None:
            out = [(m, e)]
            # (a trigger that opens on the name's possessive, "the Board's annual report goes to", is said of that
            # one owner: the names listed before it, "the Chief Executive and the Commander, and the Board's", are not)
            j = -1 if _SINGULAR_RELATIVE.match(doc.text, m.end, min(len(doc.text), a + 9)) or \
                doc.text[m.end : m.end + 2] in ("'s", "’s") else idx - 1
            while j >= 0:
                sep = doc.text[before[j].end : out[0][0].start]
                # "Section 6 of the X Act 1998, as amended by the Y Act 2009, requires ...": both Acts bind
                amended = before[j].kind == "legislation" == out[0][0].kind and _AS_AMENDED.fullmatch(sep)
                if not amended and (not _LIST_SEP.match(sep) or (
                        sep.strip() == "," and _post_then_person(before[j], out[0][0]))):
                    break  # "the Deputy Commissioner, Jo Lee is to lead": an apposition, not a list of two
                if relation in ("chairs", "vice_chair") and ";" in sep and not _SEMICOLON_LIST.search(
                        doc.text[s0 : before[j].start]):
                    break  # "reported to the Board; the Delivery Group will be chaired by": a clause before, no list
                if len(out) == 1 and _NEW_CLAUSE_AND.fullmatch(sep) and _SINGULAR_VERB.match(doc.text, a):
                    break  # "led by the Probation Service with X Police, and the IOM steering group reports to": a
                    # new clause whose singular verb has one subject, not a list ending in the name before it
                if re.fullmatch(r"\s*,\s*(?:the\s+)?", sep, re.I) and len(out) == 1 and \
                        _FRONTED_CLAUSE.match(doc.text, s0, before[j].start):
                    break  # "Since the merger of the Boards, the partnership reports to": the clause before is no list
                e2 = slot_entity(doc, before[j], relation, side, kinds)
                if e2 is None:
                    break
                out.insert(0, (before[j], e2))
                j -= 1
            if len(out) > 1 and relation == "member_of":
                out = out[:-1] + _last_item_and(doc, out[-1], relation, side, kinds)
            return out
        # only names that cannot fill the slot may stand between the argument and the trigger
        if m.kind in ("body", "person", "post") and _words(gap) > 3:
            return []
        idx -= 1
    return []


# a list of names set apart by semicolons opens after a colon, or with a name at the sentence's start
_SEMICOLON_LIST = re.compile(r"(?::\s*|^\W*)(?:the\s+)?$", re.I)


# ", and the" before the last name of what would be a list, and a verb in the singular after it: a new clause
_NEW_CLAUSE_AND = re.compile(r"\s*,\s+and\s+(?:the\s+)?")
_SINGULAR_VERB = re.compile(r"[a-z]+[^\Ws]s\b")


# the relative pronoun just before the trigger: "..., which sits under the Board", "..., which in turn reports to"
_WHICH_TAIL = re.compile(r",\s*(?:which|that)\s+(?:also\s+|in\s+turn\s+|now\s+|currently\s+)?\Z")
_THE_HEAD = re.compile(r"\b(?:the|this|that)\s+([a-z][a-z-]+)\s*\Z")


def _unnamed_relative_head(doc: ExtractionDoc, before: list[Mention], s0: int, a: int, relation: str, side: str,
                           kinds: frozenset[str]) -> list[tuple[Mention, Entity]] | None:
    """ "Inspector Jo Lee, Westshire Police, chairs the panel, which sits under the Board": "which" hangs on the
    words just before it. When those are no name ("the panel"), the name further back is not its head: the head is
    the body "the panel" refers back to, or no one known ([]). None when the trigger follows no such clause."""
    rel = _WHICH_TAIL.search(doc.text, s0, a)
    if rel is None:
        return None
    # (a topic's words inside a noun phrase are no name it could hang on: "the community safety partnership")
    last = next((m for m in reversed(before) if m.kind != "topic"), before[-1])
    between = re.sub(r"\s*\([^()]*\)\s*", " ", doc.text[last.end : rel.start()]).strip(" ()\n\t'\"’")
    if not between or last.end > rel.start():
        return None  # "the Board (YJMB), which ...": the name itself is the head
    if re.fullmatch(r",\s*(?:the|an?|its|our|their)\s+[^,;:]*", between):
        return None  # "the X Partnership, the CSP for the borough, which ...": an apposition of the name
    ref = _THE_HEAD.search(doc.text, last.end, rel.start())
    word = ref.group(1) if ref is not None else ""
    if ref is None or word.capitalize() not in BODY_WORDS:
        return []
    # "- Substance Misuse Group - Dr Jo Lee chairs this group, which ...": the item's own group, not the last one named
    item = _dashed_item(doc, doc.text[s0:a], s0, before)
    e = item if item is not None else doc.resolver.reference(word, ref.start())
    if e is None or e.kind != "body" or "body" not in kinds or e.name.split()[-1].casefold() != word.casefold():
        return []
    return [(Mention(ref.start(1), ref.end(1), "body", e.name), e)]


def _reporter(doc: ExtractionDoc, before: list[Mention], s0: int, pronoun: str) -> list[tuple[Mention, Entity]]:
    """The person a pronoun of one (she, he) stands for in reported speech: the sentence's first name, a person's,
    followed by a verb of telling ("Ms Hartree told the Panel that she ..."). [] otherwise."""
    if pronoun not in ("she", "he") or not before or not names_a_person(before[0]):
        return []
    first = before[0]
    if doc.text[s0 : first.start].strip(" \t\n.0123456789()") or not _REPORTED_BY.match(doc.text, first.end):
        return []
    person = doc.resolver.known_person(first.name) or doc.resolver.person(
        Mention(first.start, first.end, "person", first.name, title=first.title, rank=first.rank))
    return [(first, person)]


# the wording of led_by that takes bodies for both subject and object only (relations.yaml)
_CONVENED = re.compile(r"(?:\w+\s+){0,2}?convened\s+by\b")


# "Chief Inspector Jo Lee of Westshire Police chairs": the words between a person and the organisation they serve
_PERSON_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _person_of_organisation(doc: ExtractionDoc, before: list[Mention], idx: int, gap: str,
                            kinds: frozenset[str]) -> list[tuple[Mention, Entity]]:
    """ "Chief Inspector Jo Lee of Westshire Police chairs the Partnership": the organisation after "of" only says
    whom the person named before it works for; the person is the subject ([] when the sentence is not so made)."""
    if idx < 1 or "person" not in kinds or gap.strip() or before[idx].kind != "body":
        return []
    holder = before[idx - 1]
    if holder.kind != "person" or not _PERSON_OF.fullmatch(doc.text, holder.end, before[idx].start):
        return []
    return [(holder, doc.resolver.known_person(holder.name) or doc.resolver.person(holder))]


def _post_org_person(doc: ExtractionDoc, before: list[Mention], idx: int, gap: str, relation: str, side: str,
                     kinds: frozenset[str]) -> list[tuple[Mention, Entity]]:
    """ "the Director of Public Health, Northdale Council, Dr Jo Lee, chairs ...": a post, its organisation and its
    holder in commas before the verb: the post (of that organisation) and the person are the subject, the
    organisation only says whose post it is."""
    if idx < 2 or gap.strip() != "," or "person" not in kinds or "post" not in kinds:
        return []
    post, org, holder = before[idx - 2], before[idx - 1], before[idx]
    if post.kind != "post" or org.kind != "body" or org.back_ref or holder.kind not in ("person", "name") or \
            doc.text[post.end : org.start].strip() != "," or doc.text[org.end : holder.start].strip() != ",":
        return []
    if holder.kind == "name" and not looks_like_person(holder.name.split()):
        return []
    organisation = doc.resolver.entity(org)
    held = slot_entity(doc, post, relation, side, kinds)
    if organisation is None or organisation.kind != "body" or held is None or held.kind != "post":
        return []
    if organisation.name not in held.name:
        held = doc.resolver.post_named(f"{post.name}, {organisation.name}", written=post.name)
    person = doc.resolver.known_person(holder.name) or doc.resolver.person(
        Mention(holder.start, holder.end, "person", holder.name, title=holder.title, rank=holder.rank))
    return [(post, held), (holder, person)]


def _last_item_and(doc: ExtractionDoc, item: tuple[Mention, Entity], relation: str, side: str,
                   kinds: frozenset[str]) -> list[tuple[Mention, Entity]]:
    """ "A, B, C and D also sit on the Partnership": a list's last item read as one name "C and D" is two, the list's
    own "and" inside it, when each side is a name of two words or more by itself ("Wigan and Leigh Housing" is
    one: a place alone before its "and")."""
    m = item[0]
    sectors = sector_pair(doc, m)
    if sectors:
        pair = [(x, slot_entity(doc, x, relation, side, kinds)) for x in sectors]
        return [(x, e) for x, e in pair if e is not None] if all(e is not None for _, e in pair) else [item]
    words = doc.text[m.start : m.end]
    joins = list(re.finditer(r"\s+and\s+", words))
    if len(joins) != 1:
        return [item]
    cut = joins[0]
    sides = [(m.start, m.start + cut.start()), (m.start + cut.end(), m.end)]
    parts = []
    for a, b in sides:
        found = find_mentions(doc.text, a, b)
        if len(found) != 1 or found[0].kind not in ("body", "name") or (found[0].start, found[0].end) != (a, b) or \
                len(found[0].name.split()) < 2 or looks_like_person(found[0].name.split()):
            return [item]
        e = slot_entity(doc, found[0], relation, side, kinds)
        if e is None:
            return [item]
        parts.append((found[0], e))
    return parts


def _is_sector(words: str) -> bool:
    """WORDS name a kind of partner ("Health", "Probation Services", "Fire and Rescue authorities"), not one
    organisation: a sector of heads.yaml's partner_sectors, with or without one of its head nouns."""
    sectors, sector_heads = partner_sectors()
    low = " ".join(words.casefold().split())
    last = low.rsplit(" ", 1)
    return low in sectors or (len(last) == 2 and last[1] in sector_heads and last[0] in sectors)


_LOWER_HEAD = re.compile(r"\s+([a-z]+)\b")
_ITEM_ENDS = re.compile(r"\s*(?:[,;.)]|and\b|&|$)")


def sector_headed(doc: ExtractionDoc, m: Mention) -> Mention:
    """M with the lower-case head noun written after it when the two name a kind of partner: "Fire and Rescue
    authorities", "Health and Probation services"; a sector the mention finder took for a bare name ("Education")
    as the member it is. M itself otherwise."""
    if m.kind == "name" and _is_sector(m.name) and _ITEM_ENDS.match(doc.text, m.end):
        # a bare sector the list ends or goes on after; "the NHS integrated care board" is a body named on
        m = replace(m, kind="body", head=m.name.split()[-1])
    head = _LOWER_HEAD.match(doc.text, m.end)
    if head is None:
        return m
    longer = replace(m, end=head.end(), name=f"{m.name} {head.group(1)}", head=head.group(1))
    return longer if _is_sector(longer.name) or sector_pair(doc, longer) else m


def sector_pair(doc: ExtractionDoc, m: Mention) -> list[Mention]:
    """ "Police, Education, Health and Probation Services": the list's last item read as one name is two sectors
    joined by the list's own "and" when each side names a kind of partner alone. The two mentions, or none when
    either side is an organisation's name or a word of one ("Health and Wellbeing Board", "Fire and Rescue
    Service" are one name each)."""
    words = doc.text[m.start : m.end]
    joins = [j for j in re.finditer(r"\s+(?:and|&)\s+", words)
             if _is_sector(words[: j.start()]) and _is_sector(words[j.end() :])]
    if len(joins) != 1:
        return []
    first, second = words[: joins[0].start()], words[joins[0].end() :]
    return [Mention(m.start, m.start + len(first), "body", first, head=first.split()[-1]),
            Mention(m.end - len(second), m.end, "body", second, head=second.split()[-1])]


_AS_AMENDED = re.compile(r"(?i)\s*,?\s*\(?as\s+amended\s+(?:by|in)\s+(?:the\s+)?")


def _rank_of(doc: ExtractionDoc, post: Mention, after: Mention) -> bool:
    """POST is written straight before a person's name, as the grade the person is known by."""
    return not doc.text[post.end : after.start].strip() and (
        after.kind == "person" or after.kind == "name" and looks_like_person(after.name.split()))


# "the Board has been: overseeing X; responding to Y": a list of what the subject has done, opened by its
# auxiliary and a colon, each item a verb of the subject's in lower case
_AUX_COLON_ITEMS = re.compile(r"\s+(?:has|have|had)(?:\s+(?:also\s+)?been)?\s*:\s*(?:[a-z][^:;.()]*;\s*(?:and\s+)?)*")


# a clause or phrase set before the subject: "Since the merger of X, ...", "Following the review of Y, ..."
_FRONTED_CLAUSE = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:Since|After|Following|Because|As|When|While|Although|"
                             r"Though|Before|Until|Once|Despite|Given|With|Without|Under|Through|In|From)\b")
# "A as well as the B Group (BG) which is a sub-group of C": a singular relative speaks of the one name before it,
# not of a list that ends in it
_SINGULAR_RELATIVE = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*\(?(?:which|who|that)\s+(?:is|was|has|"
                                r"(?:also\s+)?[a-z]+[a-rt-z]s)\b", re.I)  # "..., which funds": one does


# a thing of its own, unnamed, right before the verb: "a focused deterrence pilot (run by)"
# (not an apposition or a predicate about the name before: ", a small charity which runs", "is a partnership
# accountable to")
_INDEFINITE_BEFORE = re.compile(r"(?<![,(])(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bbe)(?<!\bas)"
                                r"(?<!\bunder)(?<!\bwith)(?<!\bthrough)(?<!\bvia)(?<!\bin)(?<!\bon)(?<!\bfor)\s+(?:a|an)\s+"
                                r"(?!(?:\S+\s+){0,4}(?:which|who|that)\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}\s*\Z")


# a topic, then the lower-case head noun it qualifies, then the verb ("the ASB operation, is led by")
_TOPIC_THEN_HEAD = re.compile(r"\s+(?P<head>[a-z][a-z-]+)(?P<comma>\s*,)?\s*(?:(?:is|are|was|were|will|would|has|have|"
                              r"had|be|been|being|also|now|currently|jointly)\s+)*\Z")
# what stands between a name and the phrase in apposition to it: ", the summer ASB operation,"
_APPOSITION_OPENS = re.compile(r"\s*,\s+(?:the|a|an|its|our|their)\s+(?:[a-z][\w-]*\s+){0,3}")
# the heads that name a thing of their own (an operation, a strategy), not work on the topic ("work", "priority")
_NOT_OWN_THING = frozenset({"response", "responses", "activity", "activities", "duty", "training", "events", "event"})


@cache
def _own_thing_heads() -> frozenset[str]:
    words = (*heads().publication, *heads().initiative)
    return frozenset(w.casefold() for w in words if " " not in w) - _NOT_OWN_THING


def _qualified_topic(doc: ExtractionDoc, before: list[Mention], idx: int, gap: str) -> int | None:
    """When the topic BEFORE[IDX] qualifies a head noun of a thing of its own right before the verb: the index of the
    name that phrase is in apposition to, -1 when there is none; None when the topic is no such qualifier."""
    m = _TOPIC_THEN_HEAD.match(gap)
    if m is None or m.group("head").casefold() not in _own_thing_heads():
        return None
    if m.group("comma") and idx > 0 and before[idx - 1].kind in ("body", "initiative", "publication", "name") and \
            _APPOSITION_OPENS.fullmatch(doc.text, before[idx - 1].end, before[idx].start):
        return idx - 1
    return -1


# the whole a subject is said to be part of, unnamed, right before a participle's trigger
_PART_OF_UNNAMED = re.compile(r"\b(?:part|members?|one)\s+of\s+(?:the|its|their|our)\s+"
                              r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*\Z")


# a non-restrictive relative clause between a subject and its verb, closed by a comma just before the trigger
# ("the Hub, where officers and the police team work side by side, reports to": a "where" clause likewise)
_RELATIVE_BEFORE = re.compile(r"(?<=\w),\s+(?:which|who|where)\s[^;:.]*?,\s*\Z")

# a passive aside between a subject and its verb: "the VRU, hosted by the OPCC, received", "the Hub, hosted by the
# Council and led by its Director, Jo Lee, reports to" (closed by a comma), or the first of two joined by "and"
# before the trigger ("the VRU, hosted by the OPCC and led by"): the name before the aside is the subject
_PARTICIPLES = (r"(?:hosted|led|run|managed|delivered|provided|funded|commissioned|supported|facilitated|"
                r"co-ordinated|coordinated|administered|operated|convened|established|set up|employed|overseen)")
_PARTICIPLE_ASIDE = re.compile(r"(?<=[\w)]),\s+" + _PARTICIPLES + r"\s+by\s(?:[^;:.]*?,|[^;:.,]*?\s+and)\s*\Z")


# an aside opened by a preposition or a comparison, set in commas between a subject and its verb: "the Forum,
# working alongside the Interfaith Network, reports to", "the Service, with oversight from the Board, delivers",
# "the Forum, like the Prevent Group, reports to", "the Forum, in partnership with the Police, delivers": the name
# before the aside is the subject ("together with", "as well as" join a second subject and are left to the lists)
_PHRASE_ASIDE = re.compile(
    r"(?<=[\w)]),\s+(?:(?:working|acting|operating|sitting)\s+)?(?:alongside|like|unlike|as with|"
    r"(?:closely\s+|jointly\s+)?in (?:partnership|conjunction|collaboration) with|on behalf of|"
    r"with (?:the )?(?:strategic |overall |independent )?(?:oversight|support|input|advice|backing) (?:from|of))\s"
    r"[^;:.,]*?,\s*\Z")
# a bracket closed just before the verb: "the Forum (a partnership of the Police and the Council) reports to": the
# name before the bracket is the subject, not the names inside it
_BRACKET_ASIDE = re.compile(r"(?<=\w)[ \t]*\([^()\n]{3,160}\)[ \t]*,?[ \t]*\Z")


def participle_aside(text: str, start: int, end: int) -> re.Match[str] | None:
    """The passive aside ("X, hosted by Y,") that ends at END, between a subject and the verb after it."""
    return _PARTICIPLE_ASIDE.search(text, start, end)


# "the Corporate Director for Social Services, currently Ms Jo Lee": the post's present holder
_NOW = re.compile(rf"\s*[,–-]\s*{NOW_HOLDER}\s+")
# the rest of a post's name in lower case, then the one who holds it now: " local policing area, currently "
_RUNS_ON_TO_NOW = re.compile(rf"\s+[a-z][a-z\s-]{{2,40}}?\s*[,–-]\s*{NOW_HOLDER}\s+")


def _current_holder(doc: ExtractionDoc, m: Mention, after: list[Mention], i: int, relation: str, side: str,
                    kinds: frozenset[str]) -> tuple[Mention, Entity] | None:
    """The person named after ", currently" when the post M's name runs on in lower case up to it."""
    if m.kind not in ("post", "name") or "person" not in kinds or i + 1 >= len(after):
        return None
    nxt = after[i + 1]
    if not _RUNS_ON_TO_NOW.fullmatch(doc.text, m.end, nxt.start):
        return None
    e = slot_entity(doc, nxt, relation, side, kinds)
    return (nxt, e) if e is not None and e.kind == "person" else None


# "Bromsgrove and Wyre Forest districts": a noun of areas after places keeps them areas
_AREA_NOUN = re.compile(r"[ \t]+(?:districts?|boroughs?|areas?|count(?:y|ies)|cit(?:y|ies)|towns?|wards?|"
                        r"localit(?:y|ies)|neighbourhoods?|parishes|parish|regions?|footprints?)\b")


# a name followed by a verb of its own opens a clause: "...; the VAWG Group is chaired by ..."
# a comma and a joining word inside the words before a name: a new clause may begin there
_NEW_CLAUSE = re.compile(r"\s*,\s*(?:and|but|while|whilst)\s", re.I)
# "chaired by Jo Lee and Sam Reed, District Commander, is vice-chair": a name after "and" whose own role follows it
# (past its apposition) opens the next clause; it is no second holder of the role before it
# ("Supt Jo Lee of Westshire Police is its vice-chair", "..., Jo Lee, acts as vice- chair": the force, the determiner,
# a terms of reference's "acts as", a hyphen broken at the line's end)
_OWN_ROLE = re.compile(r"(?:,\s+[^;.()]{1,100}?,|\s+of\s+(?:the\s+)?[A-Z][^,;.()]{1,60}?)?\s+"
                       r"(?:is|was|will be|has been|becomes|became|acts as|will act as|serves as)\s+"
                       r"(?:the\s+|its\s+|our\s+|their\s+)?(?:(?:vice|deputy)(?:[- ]|-\s+)?)?chair", re.I)
_CLAUSE_BREAK = re.compile(r"\s*;\s*(?:(?:the|its|our|their)\s+)?")
# "A is chaired by X; the B by Y", "...; the B Group, chaired by Y, reports to ...": after a semicolon, a name whose
# own agent follows it (the verb left out, or a participle) is the next clause's subject, no further item
_GAPPED_AGENT = re.compile(r"(?:\s*\([^()]{1,60}\))?(?:\s+|,\s+(?:(?:co-|jointly\s+)?chaired|led|run|hosted|managed|"
                           r"co-?ordinated|convened)\s+)by\b", re.I)
_AND_ONLY = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")
# ("...; the B Partnership, which covers the county, will report to ...": a relative clause may stand between)
# ("...; the Deputy PCC, when appointed, may chair": an aside between commas, then a modal verb, is a clause too)
_OWN_PREDICATE = re.compile(r"(?:\s*\([^()]{1,60}\))?(?:,\s+(?:which|who)\b[^;.,]{1,120},|,\s+(?:when|if|where|once|"
                            r"until|unless)\b[^;.,]{1,60},)?\s+"
                            r"(?:is|are|was|were|has|have|had|will|would|shall|may|might|can|could|should|must|"
                            r"reports?|chairs?|meets?|sits?|leads?|oversees?|"
                            # "..., and the Chair represents the borough on ...": a present-tense verb, told by the
                            # article or preposition its object or complement opens with, or an object pronoun
                            # ("..., and the Board signs them off")
                            r"(?!members\b|partners\b)[a-z]{3,}s\s+(?:the|a|an|its|their|on|to|for|with|them|it|"
                            r"these|those)\s)\b")


# "Director of Public Health for Sheffield", "Chief Constable of South Yorkshire Police": a title that already says
# which place or organisation it serves takes no employer after a comma; a list's next item follows it
_SERVED = re.compile(r".*\b(?:of|for)\s+(?:the\s+)?(?P<served>[A-Z][^,()]*)$")  # the last "of" or "for"


def _serves_named(post: str) -> bool:
    served = _SERVED.match(post)
    return served is not None and (placenames.is_place(served.group("served")) or
                                   placenames.council_named(served.group("served")) is not None or
                                   placenames.public_body(served.group("served")) is not None)


# "chairs this group", "leads the board": a body named by its head noun alone, in lower case, after the verb (not
# "the partnership Prevent Strategy", where the noun is attributive)
# a sentence that opens on "This group" as its subject
_THIS_SUBJECT = re.compile(r"\s*(?:This|That)\s+(?P<head>group|board|panel|forum|committee|sub-?group|network)\b")
_THIS_HEAD = re.compile(r"\s*(?:this|that|the)\s+(?P<head>group|board|panel|forum|partnership|committee|sub-?group|"
                        r"network)\b(?!['’\w-])(?!\s+(?:of|for)\b|\s+[A-Z])")
# what may follow "the partnership" that ends it as a slot: the sentence's end, or when and how often
_SLOT_ENDS = re.compile(r"[ \t]*(?:[.;]|twice\b|once\b|each\b|every\b|annually\b|quarterly\b)")
# a list item's opening name and the dash or colon after it: "Drugs Group - ..."
_ITEM_NAME_END = re.compile(r"\s*(?:[-–—:]|\(chair|\(lead)\s*", re.I)


def _item_body(doc: ExtractionDoc, at: int, mentions: list[Mention], head: str) -> tuple[Mention, Entity] | None:
    """The body whose name opens the bullet or numbered line AT is on, before a dash or colon, when its head noun is
    HEAD ("Substance Misuse Group - ... this group")."""
    line = doc._line_at(at)
    if line is None or line.kind not in ("bullet", "row", "field", "text"):
        return None
    first = next((m for m in doc.mentions(line.content_start, line.end) if m.end <= at), None)
    if first is None or first.kind != "body" or doc.text[line.content_start : first.start].strip(" -–*•·\t") or \
            _ITEM_NAME_END.match(doc.text, first.end) is None:
        return None
    words = first.name.replace("-", " ").casefold().split()
    if head.replace("-", " ").split()[-1] not in words[-2:]:
        return None
    body = doc.resolver.entity(first)
    return (first, body) if body is not None and body.kind == "body" else None


# a body's name, then lower-case words that end on a post's head: the body's officer who holds that post ("the
# Police neighbourhood inspector", "the County Council's domestic abuse lead")
OWN_POST_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[a-z][a-z-]*\s+){0,4}(?:lead|leads|manager|officer|co-?ordinator|"
                            r"director|inspector|superintendent|commander|representative|head|chair|adviser|"
                            r"advisor)\b")


def _right(doc, relation, side, kinds, b: int, mentions: list[Mention], s1: int, trig: Trigger
           ) -> list[tuple[Mention, Entity]]:
    this = _THIS_HEAD.match(doc.text, b)
    if this is not None and "body" in kinds:
        # "Drugs Group - the Director of Public Health chairs this group, which reports to ...": the object is the
        # body the item opens with; when there is none, no later name stands in for it
        own = _item_body(doc, b, mentions, this.group("head"))
        if own is None and (this.end() >= s1 - 1 or _SLOT_ENDS.match(doc.text, this.end())):
            # "receive an annual report from the partnership.": with no list item's name for it, and the words
            # ending the slot, they mean the body last named in full with that head, as "The partnership" opening a
            # sentence does
            meant = doc.resolver.reference(this.group("head"), this.start("head"))
            if meant is not None and meant.kind == "body" and \
                    meant.name.split()[-1].casefold() == this.group("head").casefold():
                own = (Mention(this.start("head"), this.end("head"), "body", meant.name), meant)
        return [own] if own is not None else []
    after = [m for m in mentions if m.start >= b]
    if "place" in kinds:
        # "across West Mercia and the Herefordshire and Worcestershire partnership footprint": places that open
        # another name (a lower-case noun after them) end the list of areas
        cut = next((k for k, m in enumerate(after) if k and m.kind in ("place", "name") and
                    attributive(doc.text, m.end, "body") and not _AREA_NOUN.match(doc.text, m.end)), None)
        while cut and cut > 1 and re.fullmatch(r"\s+(?:and|&)\s+", doc.text[after[cut - 1].end : after[cut].start]):
            cut -= 1  # "the Herefordshire and Worcestershire partnership": both places open the name
        after = [x for m in after[:cut] for x in towns_of(doc, m)]
    for i, m in enumerate(after):
        gap = doc.text[b : m.start]
        # a post's "'s" may stand outside its mention ("the Police and Crime Commissioner's Director of X")
        owned_next = i + 1 < len(after) and after[i + 1].extra.get("owner") is not None
        if owned_next and (m.possessive or re.match(r"['’]s\s", doc.text[m.end : m.end + 3])):
            continue  # "members of the Council's Community Safety Board": the board, not its owner
        if m.possessive and i + 1 < len(after) and after[i + 1].kind in ("body", "post") and \
                re.fullmatch(r"['’]?s?\s+", doc.text[m.end : after[i + 1].start]):
            continue  # "reports to the Council's Communities, Housing and ... Committee": the committee
        if m.possessive and re.match(r"['’]?s?\s+[a-z]", doc.text[m.end : m.end + 4]):
            continue  # "responsible for the Partnership's response to the Duty": what it owns, not the owner
        limit = _MAX_RIGHT_WORDS
        if _words(gap) > limit or (_BLOCKER.search(gap) and not gap.strip().endswith(":")):
            return []
        if _AND_WHICH.search(gap) or (relation == "produces" and _PAPER_THEN_WORDS.search(gap)):
            return []
        if _NEXT_ITEM.match(gap):
            return []  # "the Tasking Group, which the Police chairs, and the Forum": the verb's object came before it
        if _UNNAMED_FILLER.match(gap):
            return []  # "three groups, each led by a named officer, and the Team": the slot held an unnamed one
        if _UNNAMED_THEN_AGENT.match(gap):
            return []
        if relation == "oversees" and m.kind == "topic" and _headed_object().search(gap):
            # "manages the highest risk cases of anti-social behaviour": what it manages is the cases, a phrase whose
            # head comes before the topic; the topic alone would say more than the paper does
            return []
        if _NEW_CLAUSE.search(gap) and _OWN_PREDICATE.match(doc.text, m.end):
            # "leads on the borough's strategy, and the Drug Action Team is part of ...": a name with a verb of its
            # own after ", and" opens the next clause; it is no object of this one
            return []
        if gap.count(")") > gap.count("("):
            return []  # "X (£5,000, delivered by Kestrel Youth Project) and Y": the bracket closes the slot
        if relation == "member_of" and re.search(r"(?i)\b(?:each|every)\s+(?:one\s+)?(?:of\s+)?(?:the\s+)?$", gap):
            return []  # "a member of each CSP board": the bodies listed before, which member_of_both reads
        if relation in ("chairs", "vice_chair") and m.kind in ("body", "name") and _AGENT_FROM.search(gap):
            # "chaired by the Scrutineer's deputy from the Council's Quality Assurance service, Mr Jo Lee": the body
            # is where the unread agent works, no chair; the agent is the person named after it, else unknown
            named = after[i + 1] if i + 1 < len(after) else None
            if named is not None and doc.text[m.end : named.start].strip() == "," and (
                    named.kind == "person" or named.kind == "name" and looks_like_person(named.name.split())):
                return [(named, doc.resolver.person(replace(named, kind="person")))]
            return []
        holder = _current_holder(doc, m, after, i, relation, side, kinds)
        if holder is not None:
            # "chaired by the Police Superintendent for the county's local policing area, currently Supt Jo Lee":
            # the post's name runs on past its mention, so the person holding it is the one named
            return [holder]
        e = slot_entity(doc, m, relation, side, kinds)
        if e is not None and e.kind == "body" and "post" in kinds and OWN_POST_AFTER.match(doc.text, m.end):
            return []  # "chaired by the County Council domestic abuse commissioning lead": the council's post, unnamed
        if e is None:
            if m.kind in ("body", "person", "post") and _words(gap) > 1:
                return []
            if m.kind == "body" and m.back_ref:
                return []  # "who chairs the Panel, reports to the Partnership": the panel, unread; not the next name
            if m.kind == "body" and doc.resolver.several(m.name):
                return []  # "represents both Councils on the Panel": several bodies, none; no later name is meant
            if i == 0 and m.kind == "name" and _words(gap) <= 2 and m.head != "acronym":
                return []  # "one of the strands of CONTEST 2018, the Government's strategy": the object is unknown
            if i == 0 and m.kind != "place" and _RELATIVE_NEXT.match(doc.text, m.end):
                # "the Plan feeds into the County Agreement, which the County Partnership prepares": the name the
                # relative clause hangs on is the object; the names inside the clause are not
                return []
            continue
        if relation == "member_of":
            m = sector_headed(doc, m)
            e = slot_entity(doc, m, relation, side, kinds) or e
        out = [(m, e)]
        j = i + 1
        last_end = m.end
        while j < len(after):
            dated = _DATED_AFTER.match(doc.text, last_end)
            if dated is not None and after[j].start < dated.end():
                j += 1  # the year inside "(January 2024)", read as a name of its own
                continue
            sep = doc.text[dated.end() if dated is not None else last_end : after[j].start]
            if after[j].possessive and j + 1 < len(after) and after[j + 1].kind == "post" and \
                    after[j + 1].extra.get("owner") is not None:
                # "co-chaired by the Police and Dartford Council's Head of Housing": the owner's post is the item
                after = after[:j] + after[j + 1 :]
            defined = _DEFINED_AFTER.match(sep)
            if defined and defined.group(1) == after[j - 1].acronym:
                sep = sep[defined.end() :]  # "the Youth Offending Team (YOT) and the ...": its acronym, then the list
            if relation in ("chairs", "vice_chair") and sep.strip() in (",", "(") and \
                    _post_then_person(out[-1][0], after[j]):
                # "chaired by the Head of Housing, Jo Lee, and ...", "... (Dr Jo Lee)": the post's holder, named
                # beside it, fills the seat
                holder = slot_entity(doc, after[j], relation, side, kinds)
                if holder is not None:
                    out = seat_filled(out, (after[j], holder), relation)
                    last_end = after[j].end + (doc.text[after[j].end : after[j].end + 1] == ")")
                    j += 1
                    continue
            if sep.strip() == "(" and doc.text[after[j].end : after[j].end + 1] == ")":
                last_end = after[j].end + 1  # "anti-social behaviour (ASB), domestic abuse": the acronym goes along
                j += 1
                continue
            close = doc.text.find(")", last_end, min(s1, last_end + 80)) if sep.strip() == "(" else -1
            if relation in ("member_of", "subgroup_of") and close > 0 and "(" not in doc.text[after[j].start : close]:
                # "Greater Manchester Police (Wigan District), ...": the bracket glosses the member before it, and
                # the names inside it are no members of their own; so for a list of groups ("the Night Group (street
                # drinking and begging), the ..."), whose gloss may name a topic that would end the list
                last_end = close + 1
                while j < len(after) and after[j].start < close:
                    j += 1
                continue
            # "...; Blackburn with Darwen Borough Council and Blackpool Council are ...": two names joined by "and"
            # before the verb are the next clause's subject as well
            compound = j + 1 < len(after) and _AND_ONLY.fullmatch(doc.text, after[j].end, after[j + 1].start) and \
                _OWN_PREDICATE.match(doc.text, after[j + 1].end)
            if (_CLAUSE_BREAK.fullmatch(sep) or _NEW_CLAUSE.match(sep)) and \
                    (_OWN_PREDICATE.match(doc.text, after[j].end) or compound) or \
                    _CLAUSE_BREAK.fullmatch(sep) and _GAPPED_AGENT.match(doc.text, after[j].end) or \
                    _LIST_SEP.match(sep) and _OWN_ROLE.match(doc.text, after[j].end):
                # "chaired by the Director; the B Group is chaired by ...", "leads on the Strategy, and the Drug
                # Action Team is part of ...": the next clause's subject, no item
                break
            described = _description_after_person(out[-1][0], after, j, sep)
            if described:
                # "Cllr Dana Mwale, Wyre Council's Executive Member for Communities, and Supt Tom Reid": the post
                # (and its owner) describe the person before them; the list goes on after them
                last_end = after[j + described - 1].end
                j += described
                continue
            past = _holder_past_employer(doc, out[-1][0], after, j, sep) if relation in ("chairs", "vice_chair") \
                else None
            if past is not None:
                # "the Vice-Chair is the Head of Housing at Westshire Council, Jo Lee": the post's employer, then
                # its holder, who has the seat
                holder = slot_entity(doc, after[past], relation, side, kinds)
                if holder is not None:
                    out = seat_filled(out, (after[past], holder), relation)
                break
            if not _LIST_SEP.match(sep):
                # an apposition: "the Director of Public Health, Dr Jo Lee" -> both fill the slot
                named_person = after[j].kind == "name" and looks_like_person(after[j].name.split())
                if (sep.strip() in (",", "(") or _NOW.fullmatch(sep)) and out[-1][0].kind == "post" and (
                        after[j].kind == "person" or named_person):
                    if after[j].kind == "name":
                        person = doc.resolver.known_person(after[j].name) or doc.resolver.person(
                            Mention(after[j].start, after[j].end, "person", after[j].name))
                        e2 = person if "person" in kinds else None
                    else:
                        e2 = slot_entity(doc, after[j], relation, side, kinds)
                    if e2 is not None:
                        out = seat_filled(out, (after[j], e2), relation)
                break
            if relation in ("chairs", "vice_chair") and after[j].kind == "body" and (
                    out[-1][1].kind == "person" and after[j].name.split()[-1] in _GROUP_HEADS or
                    _GAPPED_AGENT.match(doc.text, after[j].end)):
                break  # "the A Group, chaired by Jo Lee, and the B Panel, chaired by ...": the next group, no chair
            employer = after[j].kind == "body" or (after[j].kind == "name" and not looks_like_person(
                after[j].name.split()))
            if out[-1][0].kind == "post" and employer and sep.strip() == "," and not _serves_named(out[-1][0].name):
                # "the Assistant Director for Community Safety, Northvale County Council": the employer's post
                organisation = doc.resolver.entity(after[j]) if after[j].kind == "body" else None
                if organisation is not None and organisation.kind == "body" and "," not in out[-1][1].name:
                    post_mention, post = out[-1]
                    qualified = doc.resolver.post_named(f"{post.name}, {organisation.name}", written=post.name)
                    out[-1] = (post_mention, doc.resolver.remember(qualified, f"{post.name} of {organisation.name}",
                                                                    post.name))
                break
            if after[j].possessive and re.match(r"['’]?s?\s+[a-z]", doc.text[after[j].end : after[j].end + 4]):
                break  # "CONTEST 2018, the Government's strategy": an apposition about the item, not a second one
            if re.fullmatch(r",\s+the\s+", sep) and _ROLE_GLOSS.match(after[j].name):
                break  # "Safer Pembrokeshire, the Community Safety Partnership for Pembrokeshire": what the item is
            if after[j].possessive and j + 1 < len(after) and relation == "member_of" and after[j + 1].kind == "body" \
                    and re.fullmatch(r"['’]s?\s+", doc.text[after[j].end : after[j + 1].start]):
                j += 1  # "A, the Council's Children's Services, B": the service the owner's name opens is the item
            item = sector_headed(doc, after[j]) if relation == "member_of" else after[j]
            sectors = sector_pair(doc, item) if relation == "member_of" else []
            items = [(x, slot_entity(doc, x, relation, side, kinds)) for x in sectors or [item]]
            if any(e2 is None for _, e2 in items):
                break
            out.extend(items)
            last_end = item.end
            j += 1
        return out
    return []


# the words between a post and the organisation it is of: "the Head of Housing at X", "..., X"
_EMPLOYER_SEP = re.compile(r"\s*,\s*|\s+(?:at|of|from|for)\s+(?:the\s+)?")


def _holder_past_employer(doc: ExtractionDoc, post: Mention, after: list[Mention], j: int, sep: str) -> int | None:
    """The index in AFTER of the person named after POST's organisation (AFTER[j]), set off by a comma: "the
    Service Manager at Westshire Council, Jo Lee"; None when the post is followed by no such holder."""
    if post.kind != "post" or after[j].kind != "body" or j + 1 >= len(after) or not _EMPLOYER_SEP.fullmatch(sep):
        return None
    nxt = after[j + 1]
    if doc.text[after[j].end : nxt.start].strip() != "," or not names_a_person(nxt):
        return None
    return j + 1


# a description of a body's role rather than a second body: "the Community Safety Partnership for X", "the statutory
# partnership for the borough"
_ROLE_GLOSS = re.compile(r"(?i)(?:statutory\s+|designated\s+|local\s+)*(?:community\s+safety\s+partnership|"
                         r"crime\s+and\s+disorder\s+reduction\s+partnership|partnership|csp|cdrp)\s+(?:for|in|of)\s")


# "The Commissioner is a member of both partnerships": the two bodies of that kind the text has just named
_OF_BOTH = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+)?(?:a\s+)?(?:members?|represented)\s+(?:of|on)\s+"
                      r"(?P<which>both|each|every|all)\s+(?:one\s+)?(?:of\s+)?(?:the\s+|these\s+|those\s+)?"
                      r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
                      r"(?P<head>partnerships?|boards?|panels?|groups?|committees?|forums?|CSPs?)\b", re.I)
_BOTH = frozenset({"both", "each", "every", "all"})
_HEAD_OF = {"partnerships": "Partnership", "boards": "Board", "panels": "Panel", "groups": "Group",
            "committees": "Committee", "forums": "Forum", "csps": "Partnership"}
_HEAD_OF.update({k.removesuffix("s"): v for k, v in list(_HEAD_OF.items())})


@reads(*_BOTH)
def member_of_both(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=_BOTH):  # every match says "both": substring tests, no search
        both = _OF_BOTH.search(doc.text, start, end)
        if both is None:
            continue
        before = [m for m in doc.mentions(start, both.start()) if m.kind in ("person", "post", "body")]
        if not before or doc.text[before[-1].end : both.start()].strip():
            continue  # the member is named right before its verb
        member = doc.resolver.entity(before[-1])
        head = _HEAD_OF[both.group("head").casefold()]
        if both.group("which").casefold() == "both":
            named = _last_two(doc, start, head, member)
            if len(named) != 2:
                continue
        else:
            # "... leads a statutory CSP: A, B, C and D. The Commissioner is a member of each CSP board": every body
            # of that kind the sentence before lists
            named = _listed_before(doc, start, head, member)
        if member is None or len(named) < 2:
            continue
        for body in named:
            doc.add(member, "member_of", body, before[-1].start, both.end(), "clause:member_of_both", 0.8)


_OPENS_SENTENCE = re.compile(r"(?:^|[.;:]\s+|\n\s*|\d\s+)(?:[Tt]he\s+)?$")


def _listed_before(doc: ExtractionDoc, start: int, head: str, member: Entity | None) -> list[Entity]:
    """The distinct bodies whose names end in HEAD that the sentence before START lists (two or more), in order;
    nothing when they are not set out together in that one sentence."""
    from ..layout import split_sentences

    sentences = list(split_sentences(doc.text, max(0, start - 600), start))
    if not sentences:
        return []
    a, b = sentences[-1]
    found: list[Entity] = []
    for m in doc.mentions(a, b):
        if m.kind != "body" or len(m.name.split()) < 2 or m.name.split()[-1] != head:
            continue
        e = doc.resolver.entity(m)
        if e is not None and e.kind == "body" and e not in found and e != member:
            found.append(e)
    return found


def _last_two(doc: ExtractionDoc, start: int, head: str, member: Entity | None) -> list[Entity]:
    """The last two distinct bodies whose names end in HEAD, named in the text just before START."""
    found: list[Entity] = []
    for m in reversed(doc.mentions(max(0, start - 600), start)):
        if m.kind != "body" or len(m.name.split()) < 2 or m.name.split()[-1] != head:
            continue
        if not _OPENS_SENTENCE.search(doc.text[max(0, m.start - 12) : m.start]):
            continue  # the two the text is about open its sentences; a body named as an object is another
        e = doc.resolver.entity(m)
        if e is not None and e.kind == "body" and e not in found and e != member:
            found.append(e)
        if len(found) == 2:
            break
    return found


# "... that Jo Lee should join the membership", "representatives of A and B are added to the list of Board members":
# new members of the paper's own body, which the sentence leaves unnamed
_JOINS = re.compile(r"\b(?:should|will|would|to|shall|be|are|were|is|was|been)\s+(?:join(?:ed)?|(?:be\s+)?added to)\s+"
                    r"the\s+(?:list\s+of\s+)?(?:(?:board|partnership|panel|group|committee)(?:['’]s)?\s+)?"
                    r"(?:members|membership)\b(?!\s+of\b)", re.I)
_MEMBERS = frozenset({"members"})
_REPRESENTATIVES_OF = re.compile(r"\brepresentatives?\s+(?:of|from)\s+(?:the\s+)?$", re.I)


@reads(*_MEMBERS)
def joining_members(doc: ExtractionDoc) -> None:
    body = doc.resolver.body
    if body is None or body.kind != "body":
        return
    # every match says "members" (or "membership"): substring tests, not a case-blind search
    for _, (start, end) in doc.prose(holding=_MEMBERS):
        joins = _JOINS.search(doc.text, start, end)
        if joins is None:
            continue
        before = [m for m in doc.mentions(start, joins.start()) if m.kind in ("person", "body", "post", "name")]
        for subject, m in _joiners(doc, before, joins.start()):
            doc.add(subject, "member_of", body, m.start, joins.end(), "clause:joins", 0.8)


def _joiners(doc: ExtractionDoc, before: list[Mention], verb: int) -> list[tuple[Entity, Mention]]:
    """Who joins: the people named before the verb (their posts in apposition set aside), else the organisations
    listed right before it, after "representatives of"."""
    people = [m for m in before if names_a_person(m)]
    if people:
        last = people[-1]
        between = doc.text[last.end : verb]
        if re.search(r"[.;]|\b(?:and|who|which|that)\b", between):
            return []  # the verb is not the person's own
        return [(doc.resolver.known_person(last.name) or doc.resolver.person(
            Mention(last.start, last.end, "person", last.name, title=last.title, rank=last.rank)), last)]
    bodies: list[Mention] = []
    k = len(before) - 1
    while k >= 0 and before[k].kind == "body":
        gap = doc.text[before[k].end : bodies[0].start if bodies else verb]
        if not re.fullmatch(r"\s*(?:,\s*|\s+and\s+(?:the\s+)?|,\s+and\s+(?:the\s+)?)?", gap) and bodies:
            break
        if not bodies and gap.strip():
            break
        bodies.insert(0, before[k])
        k -= 1
    if not bodies or not _REPRESENTATIVES_OF.search(doc.text[max(0, bodies[0].start - 30) : bodies[0].start]):
        return []
    out = []
    for m in bodies:
        e = doc.resolver.entity(m)
        if e is not None and e.kind == "body":
            out.append((e, m))
    return out


def _councillor(doc: ExtractionDoc, who: Entity) -> bool:
    """An elected member: a person the paper calls "Cllr" or "Councillor", or a councillor's post ("Portfolio
    Holder", "Cabinet Member for Communities")."""
    if who.kind == "post":
        # the member posts are listed by their opening words ("Portfolio Holder for"): a bare one ends there
        return council_posts()[2].match(who.name) is not None or council_posts()[2].match(who.name + " for") is not None
    if who.kind != "person":
        return False
    surname = re.escape(who.name.split()[-1])
    return re.search(rf"\b(?:Cllr\.?|Councillor)\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}{surname}\b", doc.text) is not None
