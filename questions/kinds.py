"""The questions officers ask that are not one relation followed: when a body met and when it meets next, how
often it meets or reports, what it is for, who its Senior Responsible Officer (or any post named for it) is,
how many members, partners or districts it has, who was at its meeting and for which organisation, and,
last, what the documents say of it in words that fit no relation (open statements).

Each plan reads the graph shapes named in its docstring; each returns None when the question is not of its
kind, so that the next plan, or the relation lexicon, may read it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..ontology.relations import OTHER_PREDICATES
from .context import Context, in_time, order
from .lexicon import COMMON_WORDS, FREQUENCY_WORDS, KIND_WORDS, normalise
from .linking import Entity, Mention
from .model import Answer, Evidence
from .sparql import is_iri, run_file
from .temporal import spoken_date

if TYPE_CHECKING:
    from .engine import Asker

Plan = tuple[list[Answer], str]

# How often, as documents write it.
FREQUENCY = re.compile(rf"\b(?:{FREQUENCY_WORDS}|annual)\b", re.I)
_DATE_WORDS = r"(?:\d{1,2}(?:st|nd|rd|th)? )?(?:january|february|march|april|may|june|july|august|september|" \
    r"october|november|december) \d{4}|\b(?:19|20)\d\d\b"
DATE_IN_TEXT = re.compile(_DATE_WORDS, re.I)


@dataclass
class Question:
    """What a plan gets: the asker (for its store and hops), the linked names, the normalised tokens, the
    question with linked names as '_' (free), and the context."""

    asker: Asker
    mentions: list[Mention]
    tokens: list[str]
    free: str
    ctx: Context

    def bodies(self) -> list[Mention]:
        return [mm for mm in self.mentions if mm.kinds & {"body", "post", "initiative", "publication"}]

    def facts(self, entity: Entity, relation: str, forward: bool) -> list[dict[str, Any]]:
        return self.asker._hop(entity, relation, forward, self.ctx.trace)

    def other_facts(self, entity: Entity, kind: str) -> list[dict[str, Any]]:
        predicate = str(OTHER_PREDICATES[kind])
        return [r for r in self.facts(entity, "other", True) if r.get("p") == predicate]


def _evidence(r: dict[str, Any]) -> Evidence:
    return Evidence(r.get("doc"), r.get("quote"), r.get("date"), r.get("assertion"), r.get("citation"))


def _text_answer(label: str, rows: list[dict[str, Any]], note: str | None = None) -> Answer:
    return Answer(label, None, [_evidence(r) for r in rows], note=note)


# -- meetings: when a body met, when it meets next


WHEN_MET = re.compile(
    r"^(?:when|on what dates?|what dates?|on which dates?)\b.*\b(?:meet|met)\b|\bdates? of (?:the |its )?meeting"
    # "When was the last meeting of X?", "When was the X meeting held?"
    r"|^(?:when|on what dates?|what dates?|on which dates?) (?:wa|was|were|is) (?:the |its |their )?(?:_ )*"
    r"(?:last |latest |most recent |previous )?(?:_ )*meetings?(?: of (?:the )?(?:_ ?)+| held| take place)?$"
)


def when_met(q: Question) -> Plan | None:
    """Meeting nodes (gkg:Meeting gkg:meetingOf X; schema:startDate) and minutes about X (gkg:aboutBody)."""
    if not WHEN_MET.search(q.free) or re.search(r"\bnext\b", q.free):
        return None
    answers: list[Answer] = []
    for mm in q.bodies():
        for e in mm.entities:
            rows = run_file(q.asker.store, "meetings_of.rq", q.ctx.trace, x=e.iri)
            for r in rows:
                if not r["date"] or (q.ctx.when and not q.ctx.when.matches(r["date"])):
                    continue
                label = spoken_date(r["date"])
                if all(a.label != label for a in answers):
                    answers.append(Answer(label, r["meeting"], [Evidence(r["doc"], None, r["date"])]))
    answers.sort(key=lambda a: a.latest, reverse=True)
    if not answers and (said := _dates_in_own_papers(q, MEETING_HELD, head_only=True)):
        return said, f"when {_names(q)} met, as the head of its own minutes writes it"
    return answers, f"when {_names(q)} met"


WHEN_ATTENDED = re.compile(r"^(?:when|on what dates?|what dates?|on which dates?)\b.*\b(?:attend|present at|at)\b")



def _one_person_one_body(q: Question) -> tuple[Mention, Mention, set[str]] | None:
    """The one person and the one body a question names ("When did P attend X?"), with the body's IRIs, or None."""
    people = [mm for mm in q.mentions if mm.kinds == {"person"}]
    bodies = [mm for mm in q.mentions if mm.kinds & {"body"}]
    if len(people) != 1 or len(bodies) != 1:
        return None
    return people[0], bodies[0], {e.iri for e in bodies[0].entities}


def when_attended(q: Question) -> Plan | None:
    """"When did Omar Reyes attend the Eastvale CSP?": the dates of the person's attendance facts (gkg:attended,
    dated by their minutes) at the body named, latest first. None unless one person and one body are named."""
    if not WHEN_ATTENDED.search(q.free):
        return None
    named = _one_person_one_body(q)
    if named is None:
        return None
    person, body, iris = named
    answers: list[Answer] = []
    for e in person.entities:
        for r in q.facts(e, "attended", True):
            if r.get("other") not in iris or not r.get("date") or (q.ctx.when and not q.ctx.when.matches(r["date"])):
                continue
            label = spoken_date(r["date"] or "")
            if (had := next((a for a in answers if a.label == label), None)) is not None:
                had.cite(_evidence(r))
            else:
                answers.append(Answer(label, None, [_evidence(r)]))
    answers.sort(key=lambda a: a.latest, reverse=True)
    return answers, f"when {_names(q, [person])} attended {_names(q, [body])}"


# A day as papers write it ("Wednesday 22 January 2025", "11th March 2025").
_DAY_SAID = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(\d{1,2})(?:st|nd|rd|th)? "
             r"(january|february|march|april|may|june|july|august|september|october|november|december),? "
             r"((?:19|20)\d\d)\b")
# The head of a body's own minutes: "Minutes of the meeting held on Monday 9 June 2031", "Note of meeting:
# Tuesday 11 February 2025".
MEETING_HELD = re.compile(r"\b(?:minutes|notes?|record) of (?:the )?(?:\w+ )?meeting(?: held)?(?: on)?\s*:?\s*"
                          + _DAY_SAID + r"|\bmeeting held on " + _DAY_SAID + r"|\bdate of meeting\s*:\s*" + _DAY_SAID,
                          re.I)
# "Date of next meeting: Friday 4 July 2031", "The next meeting will be held on 3 June 2031".
NEXT_SAID = re.compile(r"\bnext meeting\b(?: of [^.:;]{0,60}?)?(?:\s*:\s*|,? (?:will be|is|to be)(?: held)?(?: on)? )"
                       + _DAY_SAID, re.I)
# Minutes whose heading says it ("8. DATE OF NEXT MEETING") and write the day on the line after it
# ("8.1 Thursday 13 June 2024, 2.00 pm.").
NEXT_HEADING = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:date (?:and time )?of (?:the )?)?next meeting\W*$", re.I)
NEXT_AFTER_HEADING = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?" + _DAY_SAID, re.I)
# The head of a paper: its first passages, where minutes say which meeting they record.
HEAD_PASSAGES = 8


def _dates_in_own_papers(q: Question, pattern: re.Pattern[str], head_only: bool) -> list[Answer]:
    """The days PATTERN finds in the papers of the body asked about that are its own (its minutes: their
    file's name or title names it and no other board), in their head only when HEAD_ONLY; each said as the
    graph says dates, with the passage as its quote. For a body whose meetings or next meeting the graph
    holds no fact of, though its own minutes say."""
    from .roles import paper_date, paper_is_of, paper_passages  # (roles reads papers; it imports nothing here)

    found: dict[str, Answer] = {}
    for mm in q.bodies():
        for e in mm.entities[:3]:
            for doc in q.asker.state.papers_naming(e.iri):
                # (its file's name may write its name in full though the title adds a namesake's words:
                # "Westmoor upon Avon Safer Streets Board" names every council's Safer Streets Boards too)
                filed = f" {normalise(doc.rsplit('/', 1)[-1])} "
                if not paper_is_of(q.asker, doc, e, q.ctx) and not any(
                        f" {n} " in filed for n in map(normalise, e.names | {e.label}) if len(n.split()) >= 3):
                    continue
                passages = paper_passages(q.asker, doc)
                read = passages[:HEAD_PASSAGES] if head_only else passages
                for i, (_, written, _) in enumerate(read):
                    found_here = list(pattern.finditer(written))
                    if pattern is NEXT_SAID and i and NEXT_HEADING.match(read[i - 1][1]):
                        # the day on the line after the heading "Date of next meeting"
                        found_here += list(NEXT_AFTER_HEADING.finditer(written))
                    for m in found_here:
                        day, month, year = (next(g for g in m.groups()[k::3] if g) for k in range(3))
                        label = f"{int(day)} {month.capitalize()} {year}"
                        if q.ctx.when is not None and not q.ctx.when.matches(spoken_to_iso(label)):
                            continue
                        a = found.setdefault(label, Answer(label, None, note="as its own papers write it (no "
                                                                             "fact in the graph says so)"))
                        ev = Evidence(doc, written.strip()[:300], paper_date(q.asker, doc))
                        a.cite(ev)
    return sorted(found.values(), key=lambda a: spoken_to_iso(a.label), reverse=True)


_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}


def spoken_to_iso(label: str) -> str:
    """"22 January 2025" as 2025-01-22, to compare and to order."""
    day, month, year = label.split()
    return f"{year}-{_MONTH_NUMBER[month.lower()]:02d}-{int(day):02d}"


def next_meeting(q: Question) -> Plan | None:
    """gkg:nextMeeting (text, usually an xsd:date) stated of X; the latest paper's word is the answer."""
    if not re.search(r"\bnext (?:_ )*(?:meet|meeting)\b|\bmeet(?:s)? next\b|\bnext due to meet\b|\bupcoming meeting\b|"
                     r"\bfollowing meeting\b", q.free):
        return None
    answers: list[Answer] = []
    for mm in q.bodies():
        for e in mm.entities:
            rows = sorted(q.other_facts(e, "nextMeeting"), key=lambda r: r.get("date") or "", reverse=True)
            for r in rows:
                label = spoken_date(r["other"] or "")
                if all(a.label != label for a in answers):
                    answers.append(_text_answer(label, [r], note=f"as stated on {spoken_date(r.get('date') or '')}"))
    if not answers and (said := _dates_in_own_papers(q, NEXT_SAID, head_only=False)):
        # the latest of its own papers says when it meets next
        return said[:1], f"when {_names(q)} next meets, as its own papers write it"
    return answers, f"when {_names(q)} next meets"


# -- how often


def how_often(q: Question) -> Plan | None:
    """gkg:meetingFrequency stated of X; failing that, the frequency words of the quote or qualifier of X's
    reporting lines (to the other body named, if any) or of its open statements about meeting or reporting."""
    if not re.search(r"\bhow (?:often|frequently|regularly)\b|\bfrequency\b|\bhow many times? (?:a|per|each)\b|"
                     r"\bat what interval", q.free):
        return None
    bodies = q.bodies()
    if not bodies:
        return None
    reporting = bool(re.search(r"\breport|\bupdate|\bbrief", q.free))
    subject, *others = bodies
    other_iris = {e.iri for mm in others for e in mm.entities}
    found: dict[str, list[dict[str, Any]]] = {}
    for e in subject.entities:
        rows: list[dict[str, Any]] = []
        if not reporting:
            rows += [dict(r, said=r["other"]) for r in q.other_facts(e, "meetingFrequency")]
        if reporting or not rows:
            for r in q.facts(e, "reports_to", True) + q.other_facts(e, "statement"):
                if other_iris and r["other"] not in other_iris and r.get("rel") == "reports_to":
                    continue
                if r.get("rel") == "other" and not re.search(r"meet|report|update", normalise(r.get("note") or "")):
                    continue
                m = FREQUENCY.search(" ".join(filter(None, (r.get("qualifier"), r.get("other") if r.get("rel") ==
                                                            "other" else None, r.get("quote")))))
                if m:
                    rows.append(dict(r, said=m.group(0)))
        for r in in_time(rows, q.ctx.when):
            found.setdefault(r["said"].lower(), []).append(r)
    answers = [_text_answer(said, rows) for said, rows in found.items()]
    what = "reports" if reporting else "meets"
    if not answers:
        # no fact of the graph says: the one frequency X's own papers write beside its meeting or reporting
        from .sentences import frequency_from_sentences  # (sentences reads the papers; it imports nothing here)

        # "how often does the sub-group report to the Board": the Board is whom the reports go to
        reported_to = reporting and not others and re.search(r"\breport(?:ed|ing|s)? (?:to|into) (?:the )?_", q.free)
        said = frequency_from_sentences(q.asker, subject, reporting, q.ctx, reported_to=bool(reported_to))
        if said and reported_to:
            return said, f"how often reports go to {_names(q, [subject])}, as its papers write it"
        if said:
            return said, f"how often {_names(q, [subject])} {what}, as its papers write it"
    return order(answers), f"how often {_names(q, [subject])} {what}"


# -- what a body is for


def remit(q: Question) -> Plan | None:
    """gkg:remit stated of X, then what X is responsible for, oversees, delivers and has as priorities."""
    if not re.search(
        # ("what's the purpose of": the possessive 's is gone, so the verb may be too)
        r"^what (?:(?:is|are|was|were) )?(?:the )?"
        r"(?:purpose|remit|role|aim|function|job|objective|terms of reference)s? of\b|"
        r"^what (?:is|are|was|were) (?:the )?(?:_ )+(?:for|there for|about|there to do|meant to do|set up for)$|"
        r"^what (?:doe|do|did) (?:the )?"
        r"(?:_ )+(?:do|exist for|exist to do|aim to do|work on)$|^why (?:doe|do|did|is|was) (?:the )?(?:_ )+exist|"
        r"^what (?:is|are|was) (?:the )?(?:_ )+(?:remit|purpose|role|aim|job)|(?:set up|established|formed) to do",
        q.free,
    ):
        return None
    bodies = q.bodies()
    if not bodies or any(mm.kinds == {"person"} for mm in q.mentions):
        return None  # "what was Mara Quill's role with the board" asks for a post
    answers: list[Answer] = []
    for mm in bodies:
        for e in mm.entities:
            for r in in_time(q.other_facts(e, "remit"), q.ctx.when):
                answers.append(_text_answer(r["other"], [r], note="its stated remit"))
        for relation, note in (("responsible_for", "responsible for"), ("oversees", "oversees"),
                               ("delivers", "delivers"), ("statutory_duty", "has a duty under")):
            got = q.asker._hop_answers(mm, relation, True, q.ctx)
            for a in got:
                a.note, a.rank = note, 1
            answers.extend(got)
        got = q.asker._hop_answers(mm, "priority_of", False, q.ctx)
        for a in got:
            a.note, a.rank = "a priority", 2
        answers.extend(got)
    merged: dict[str, Answer] = {}
    for a in answers:
        merged.setdefault(a.iri or a.label, a)
    return list(merged.values()), f"what {_names(q)} is for: its remit, responsibilities and priorities"


# -- a post named for a body: the SRO of the drugs partnership


POST_WORDS = re.compile(r"\bsro\b|senior responsible (?:officer|owner)")


def post_for_body(q: Question) -> Plan | None:
    """Holders of a post (org:holds, with gkg:onBody X on the holding's assertion, or X named in the post,
    the quote or the qualifier), when the question names both the post and the body: "Who is the SRO for X?".
    Without the body tie a generic post ("Senior Responsible Officer") would answer with every holder."""
    posts = [mm for mm in q.mentions if mm.kinds == {"post"}]
    bodies = [mm for mm in q.mentions if mm.kinds & {"body", "initiative"}]
    asks_sro = bool(POST_WORDS.search(" ".join(q.tokens)))
    # "the SRO for X", "X's Head of Service": the post is named for the body, not met at its meeting.
    tied = any(
        0 <= b.start - p.end <= 2 and all(t in ("for", "of", "on", "at", "to", "the") for t in q.tokens[p.end:b.start])
        or b.end == p.start
        for p in posts for b in bodies
    )
    if not bodies or not (tied or asks_sro) or not re.match(r"^(?:who|which person|name the)\b", q.free):
        return None
    body_iris = {e.iri for mm in bodies for e in mm.entities}
    body_names = {normalise(n) for mm in bodies for e in mm.entities for n in e.names}
    answers: list[Answer] = []
    post_entities = [e for mm in posts for e in mm.entities]
    if asks_sro and not post_entities:
        post_entities = [e for e in q.ctx.index.entities.values() if e.kind == "post" and
                         POST_WORDS.search(normalise(e.label))]
    for post in post_entities:
        rows = q.facts(post, "holds_post", False)
        tied = [r for r in rows if r.get("onBody") in body_iris or any(
            n in normalise(" ".join(filter(None, (r.get("quote"), r.get("qualifier"), post.label))))
            for n in body_names)]
        answers.extend(q.asker._answers(in_time(tied, q.ctx.when), q.ctx.index))
    # "the SRO" stated with a closed relation: led_by or chairs facts whose quote says SRO.
    if asks_sro:
        for mm in bodies:
            for e in mm.entities:
                for relation, forward in (("led_by", True), ("chairs", False)):
                    rows = [r for r in q.facts(e, relation, forward)
                            if POST_WORDS.search(normalise(" ".join(filter(None, (r.get("quote"), r.get("qualifier"),
                                                                                     r.get("note"))))))]
                    answers.extend(q.asker._answers(in_time(rows, q.ctx.when), q.ctx.index))
    if not answers and not asks_sro:
        return None  # "the Vice-Chair of X" may be a relation after all
    if not answers:
        # no fact names the SRO: the person the body's own papers name so, read from their words
        from .roles import role_from_papers

        # (a body the graph holds by the role's own name is the role, not whose it is)
        owners = [mm for mm in bodies if mm.kinds == {"body"} and not POST_WORDS.fullmatch(mm.text)]
        for mm in owners:
            answers.extend(role_from_papers(q.asker, mm, "sro", q.ctx))
        if answers:
            return order(_merge(answers)), f"who the Senior Responsible Owner of {_names(q, owners)} is, as its " \
                "papers write it"
    post = ", ".join(dict.fromkeys(e.label for e in post_entities)) or "Senior Responsible Officer"
    return order(_merge(answers)), f"who holds the post of {post} for {_names(q, bodies)}"


# -- counting what the documents list


COUNTED = (
    (r"member|partner|organisation|organization|agencie|agency|bodie|body|representative|constituent",
     "member_of", False, "members"),
    (r"district|area|borough|council area|town|localit(?:y|ie)|place", "covers_area", True, "areas covered"),
    (r"subgroup|sub group|working group|theme group|task and finish group|group", "subgroup_of", False,
     "sub-groups"),
    (r"priorit(?:y|ie)", "priority_of", False, "priorities"),
)


def how_many(q: Question) -> Plan | None:
    """A number the documents state (an open statement of X whose text is a number and the noun asked
    about); else the count of the members, areas, sub-groups or priorities the documents list, labelled as a
    count of what they name. A number of anything else (reviews carried out, cases) only when stated."""
    m = re.search(r"\bhow many (?P<noun>[a-z ]+?)(?: (?:doe|do|did|are|were|is|was|has|have|had|sit|make|cover)\b|$)"
                  r"|\bnumber of (?P<noun2>[a-z ]+?)(?: (?:on|in|of|doe|do|did|for)\b|$)", q.free)
    if not m:
        return None
    noun = (m.group("noun") or m.group("noun2") or "").strip()
    bodies = q.bodies()
    if not bodies:
        return None
    subject = bodies[-1] if len(bodies) > 1 and re.search(r"\bof _|\bon _|\bin _", q.free) else bodies[0]
    stated: list[Answer] = []
    for e in subject.entities:
        for r in in_time(q.other_facts(e, "statement"), q.ctx.when):
            text = normalise(f"{r.get('note') or ''} {r.get('other') or ''}")
            number = re.search(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", text)
            if number and noun and noun.split()[-1] in text:
                stated.append(_text_answer(number.group(1), [r], note="as stated"))
    if stated:
        return stated, f"how many {noun} {_names(q, [subject])} has, as stated"
    for pattern, relation, forward, what in COUNTED:
        if re.fullmatch(rf"(?:[a-z]+ )*(?:{pattern})", noun):
            items = q.asker._hop_answers(subject, relation, forward, q.ctx)
            if not items:
                return [], f"how many {what} {_names(q, [subject])} has"
            evidence = [ev for a in items for ev in a.evidence[:1]]
            listed = ", ".join(sorted(a.label for a in items))
            answer = Answer(str(len(items)), None, evidence, note=f"the documents name {len(items)}: {listed}")
            return [answer], f"how many {what} the documents name for {_names(q, [subject])}"
    return [], f"how many {noun} {_names(q, [subject])} has (the documents state no such number)"


# -- who was at a meeting, and for which organisation


ORG_ASKED = re.compile(r"\b(?:for|from|representing|on behalf of) (?:which|what|whom)\b|\bwhich organisation|"
                       r"\band (?:for )?(?:who|whom|what|which)\b.*\b(?:represent|for|from)\b|\bwho (?:they|each) "
                       r"represent")


# "What role does P have on the Board?", "In what capacity does P sit on X?", "what is P's position on X"
ROLE_ON = re.compile(r"\b(?:role|position|post|capacity|office)\b")
# The roles a person may hold on a body that are relations of their own, as the answer says them.
_ROLE_RELATIONS = (("chairs", "Chair"), ("vice_chair", "Vice-Chair"))


def role_on_body(q: Question) -> Plan | None:
    """"What role does Cllr Pell have on the Eastvale CSP?": the post P holds on the body (a gkg:PostHolding whose
    body is it), else the chair or vice-chair P holds of it, else whom P represents there. None unless one
    person and one body are named, or when none of these is recorded (the post P holds at large is the reading
    of "what role does P have")."""
    if not ROLE_ON.search(q.free):
        return None
    named = _one_person_one_body(q)
    if named is None:
        return None
    person, body, iris = named
    answers: list[Answer] = []
    for e in person.entities:
        rows = [r for r in q.facts(e, "holds_post", True) if r.get("onBody") in iris]
        answers += [_text_answer(q.ctx.index.label(r["other"] or ""), [r]) for r in in_time(rows, q.ctx.when)]
        for relation, said in _ROLE_RELATIONS:
            rows = in_time([r for r in q.facts(e, relation, True) if r.get("other") in iris], q.ctx.when)
            if rows:
                answers.append(_text_answer(said, rows))
        rows = in_time([r for r in q.facts(e, "represented_by", False) if r.get("onBody") in iris], q.ctx.when)
        answers += [_text_answer(f"representative of {q.ctx.index.label(r['other'] or '')}", [r]) for r in rows]
    if not answers:
        return None
    return _merge(answers), f"the role {_names(q, [person])} holds on {_names(q, [body])}"


def attendance(q: Question) -> Plan | None:
    """People recorded as attending (or sending apologies to) X's meetings, gkg:attended / sentApologiesTo with
    the meeting's date; each with the organisation they came for: represented_by with gkg:onBody X, else the
    body they are a member of, else the attendance qualifier. Another body named in the question ("for the
    VRU", "which Northshire Police officer") keeps only the attendees who came for it."""
    apologies = bool(re.search(r"\bapologie|\babsent\b|\bcould not attend|\bunable to attend", q.free))
    at_meeting = bool(re.search(r"\battend|\bpresent\b|\bin attendance\b|\b(?:was|were) at\b|\bjoined\b|"
                                r"\bat the (?:_ )*meeting\b", q.free))
    # "sat on the committee on 11 October 2018": at its meeting that day
    dated = bool(q.ctx.when and q.ctx.when.value)
    seated = r"\b(?:sat|sit) on\b|\brepresent(?:ed|ing)? .*\bat (?:the )?_"
    at_meeting = at_meeting or bool(dated and re.search(seated, q.free))
    if not apologies and not at_meeting:
        return None
    bodies = [mm for mm in q.mentions if mm.kinds & {"body"}]
    people = [mm for mm in q.mentions if mm.kinds & {"person"}]
    if not bodies or people:
        return None
    relation = "apologies" if apologies else "attended"
    # The meeting's body is the one the attendance words point at; another body is whom they came for when the
    # question says so ("for the VRU", "from the Met", "which Northshire Police officer", "represented X").
    meeting, *others = sorted(bodies, key=lambda mm: (not _attended_body(q, mm, relation), mm.start))
    orgs = [mm for mm in others if _introduces_org(q.tokens, mm)]
    asks_org = bool(ORG_ASKED.search(q.free))
    councillors = bool(re.search(r"\bcouncillor", q.free))
    # "Which community safety partnership strategy group chairs sent apologies ...": the attendees the papers
    # describe so, by their post or the line that lists them (the words are a description, not a body asked for)
    described = DESCRIBED.match(normalise(q.ctx.question))
    # (councillors are told apart by their titles and posts, see _is_councillor; "which Northshire Police
    # officer" by the organisation they came for)
    described_as = described.group("words") if described and not councillors and not orgs else None
    if not orgs and not asks_org and not councillors and not described_as:
        return None
    attendees = q.asker._hop_answers(meeting, relation, False, q.ctx)
    members = not apologies and bool(re.search(seated, q.free)) and bool(orgs)
    if members:
        # "who sat on the group for the Commissioner's office": a member list says so as plainly as a
        # record of attendance, and the organisation named keeps only those who came for it
        seen = {a.iri for a in attendees}
        attendees += [a for a in q.asker._hop_answers(meeting, "member_of", False, q.ctx) if a.iri not in seen]
    org_iris = {e.iri for mm in orgs for e in mm.entities}
    kept = []
    for a in attendees:
        person = q.ctx.index.get(a.iri or "")
        if person is None:
            continue
        org, org_iri = _organisation(q, person, meeting, a.latest)
        if org_iris and org_iri not in org_iris:
            # no membership says whom they came for, but their post names the organisation asked about
            # ("Ian Roe - Police & Crime Commissioner's Officer" in the minutes: the Commissioner's Office)
            # (a membership that says whom they came for stands: a post held beside it is another matter)
            if org_iri is not None or (post := _post_naming(q, person, orgs)) is None:
                continue
            org = post
        if councillors and not (_is_councillor(q, person) or q.asker.listed_under_title(a, COUNCILLOR_TITLES)):
            continue
        if described_as and not _described_as(q, person, a, described_as):
            continue
        if org:
            a.note = f"for {org}"
        kept.append(a)
    what = "sent apologies to" if apologies else "sat on or attended" if members else "attended"
    tail = f" for {_names(q, orgs)}" if orgs else ", and for which organisation"
    if described_as:
        tail += f"; only those the papers describe as {described_as}"
    return order(kept), f"who {what} {_names(q, [meeting])}{tail}"


COUNCILLOR_TITLES = frozenset({"councillor", "cllr"})
COUNCILLOR = re.compile(r"\b(?:cllr|councillor|cabinet member|portfolio holder|lead member|leader of the council)\b")


# "Which <description> <role>s sent apologies to / attended ...", read on the normalised question text
DESCRIBED = re.compile(
    r"^which (?P<words>(?:[a-z]+ ){0,8}?(?:chair|vice chair|officer|manager|director|councillor|lead|head|"
    r"representative|commander|superintendent|inspector|coordinator|co ordinator)) (?:sent apologie|gave apologie|"
    r"attended|were present|was present|were at|was at)\b"
)


def _described_as(q: Question, person: Entity, a: Answer, words: str) -> bool:
    """Do the papers describe PERSON as WORDS: a post of theirs, or the quote that lists them, says so."""
    said = [normalise(ev.quote or "") for ev in a.evidence]
    said += [normalise(q.ctx.index.label(r["other"] or "")) for r in q.facts(person, "holds_post", True)]
    return any(f" {words} " in f" {s} " for s in said)


def _post_naming(q: Question, person: Entity, orgs: list[Mention]) -> str | None:
    """"ORG, as POST": the post PERSON holds whose title names one of ORGS (by a name of two words or more, as the
    start of a word: "Office" names "Officer"), else None."""
    names = {k: e.label for mm in orgs for e in mm.entities for n in e.names | {e.label}
             if len((k := normalise(n)).split()) >= 2}
    for r in q.facts(person, "holds_post", True):
        title = q.ctx.index.label(r["other"] or "")
        for n, label in names.items():
            if f" {n}" in f" {normalise(title)}":
                return f"{label}, as {title}"
    return None


def _is_councillor(q: Question, person: Entity) -> bool:
    """Written as a councillor, or holding a councillor's post (a cabinet portfolio, lead member)."""
    if any(COUNCILLOR.search(normalise(n)) for n in person.names):
        return True
    return any(COUNCILLOR.search(normalise(q.ctx.index.label(r["other"] or ""))) for r in
               q.facts(person, "holds_post", True))


PEOPLE_NOUNS = re.compile(r"(?:officer|councillor|representative|member|staff|officials?|lead|manager)")


def _introduces_org(tokens: list[str], mm: Mention) -> bool:
    before = tokens[max(0, mm.start - 3) : mm.start]
    after = tokens[mm.end] if mm.end < len(tokens) else ""
    return bool(
        set(before[-2:]) & {"for", "from", "representing", "which", "represented", "represent"}
        or " ".join(before).endswith("on behalf of")
        or PEOPLE_NOUNS.match(after)
    )


def _attended_body(q: Question, mm: Mention, relation: str) -> bool:
    return any(q.facts(e, relation, False) for e in mm.entities)


def _organisation(q: Question, person: Entity, meeting: Mention, date: str) -> tuple[str | None, str | None]:
    """Whom PERSON came for at a meeting of MEETING on DATE, by what the papers said then or before."""
    meeting_iris = {e.iri for e in meeting.entities}

    def then(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [r for r in rows if not date or not r.get("date") or r["date"] <= date]

    for r in then(q.facts(person, "represented_by", False)):
        if r.get("onBody") in meeting_iris:
            return q.ctx.index.label(r["other"]), r["other"]
    members = [r for r in then(q.facts(person, "member_of", True)) if r["other"] not in meeting_iris]
    if members:
        r = max(members, key=lambda r: r.get("date") or "")
        return q.ctx.index.label(r["other"]), r["other"]
    for r in q.facts(person, "attended", True):
        if r["other"] in meeting_iris and r.get("qualifier"):
            return r["qualifier"], None
    return None, None


# -- open statements: what the documents say in words no relation has


def statements(q: Question) -> Plan | None:
    """`other` facts of a linked name (gkg:relatedTo and its sub-properties, gkg:statement) whose note, the
    verb phrase as the document wrote it, shares a word with the question's own verb: "What did the Board
    launch?" reaches "The Board launched ...". Labelled as open statements; never a closed relation. For
    "when" questions, the date the statement gives."""
    verbs = [t for t in q.free.split() if t != "_" and t not in COMMON_WORDS and t not in KIND_WORDS and len(t) > 2
             and not t.isdigit() and t not in ("what", "when", "which", "who")]
    if not verbs or not q.mentions:
        return None
    asks_when = bool(re.match(r"^(?:when|in (?:what|which) year|on (?:what|which) (?:day|date)|what date)\b", q.free))
    answers: list[Answer] = []
    described = []
    for mm in q.mentions:
        mention_answers: list[Answer] = []
        for e in mm.entities:
            for forward in (True, False):
                for r in q.facts(e, "other", forward):
                    note = normalise(r.get("note") or "")
                    if not note or not _shares_word(verbs, note.split()):
                        continue
                    if not asks_when and not _same_side(q, mm, note, forward):
                        continue
                    if asks_when:
                        said = r["other"] if not is_iri(r["other"]) else None
                        m = DATE_IN_TEXT.search(said or "") or DATE_IN_TEXT.search(r.get("quote") or "")
                        if m:
                            mention_answers.append(_text_answer(m.group(0), [r], note=f"{e.label} {r['note']}"))
                        continue
                    if is_iri(r["other"]):
                        label = q.ctx.index.label(r["other"])
                        other = q.ctx.index.label(r["other"])
                        said = f"{e.label} {r['note']} {other}" if forward else f"{other} {r['note']} {e.label}"
                        mention_answers.append(Answer(label, r["other"], [_evidence(r)],
                                                      note=f"open statement: {said}"))
                    else:
                        mention_answers.append(_text_answer(r["other"], [r], note=f"open statement: {e.label} "
                                                                                   f"{r['note']} {r['other']}"))
        if mention_answers:
            described.append(mm)
            answers.extend(in_time_answers(mention_answers, q))
    if not answers:
        return None
    return order(_merge(answers)), f"what the documents say of {_names(q, described)} (open statements)"


_AUXILIARIES = frozenset("the was are were been being has have had also and its their".split())


def _same_side(q: Question, mm: Mention, note: str, forward: bool) -> bool:
    """Does a statement about MM answer the side the question asks for? "Which council hosts X?" and "What is X
    hosted by?" ask who acts on X, so "Y hosts X" and "X is hosted by Y" answer it, never "X hosts Z" (whom X
    hosts); "What did X launch?" asks what X acts on. True where the question's verb is not found beside MM."""
    words = note.split()
    verbs = [w for w in words if len(w) > 2 and w not in _AUXILIARIES]
    at = [i for i, t in enumerate(q.tokens) if (i < mm.start or i >= mm.end) and any(_same_word(t, w) for w in verbs)]
    if not at:
        return True
    verb = at[0]
    if verb < mm.start:
        # "Which council hosts X?" asks who acts; "What is hosted by X?", X acting, what it acts on
        asks_actor = "by" not in q.tokens[verb + 1 : mm.start]
    else:
        # "What is X governed by?" asks who acts; "What did X launch?" what X acts on
        asks_actor = "by" in q.tokens[verb + 1 : verb + 3]
    passive = "by" in words
    # MM is acted on where it is the subject of a passive note, or the object of an active one
    acted_on = passive if forward else not passive
    return asks_actor == acted_on


def in_time_answers(answers: list[Answer], q: Question) -> list[Answer]:
    if q.ctx.when is None:
        return answers
    return [a for a in answers if any(q.ctx.when.matches(ev.date) or not ev.date for ev in a.evidence)]


# Nouns after which an adjective names a role ("accountable body", "responsible authority", "lead authority"): the
# role is no verb of the question in another form ("holds to account", "responsible for").
_ROLE_NOUNS = frozenset({"body", "authority", "authoritie", "organisation"})


def _shares_word(verbs: list[str], words: list[str]) -> bool:
    """Does a note write one of the question's VERBS, in some form, other than as the adjective of a role?"""
    for i, w in enumerate(words):
        role = i + 1 < len(words) and words[i + 1] in _ROLE_NOUNS
        if any(v == w if role else _same_word(v, w) for v in verbs):
            return True
    return False


def _same_word(a: str, b: str) -> bool:
    """One word in two forms: launch / launched, set / set (up), merge / merger."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short[: max(4, len(short) - 1)])


def _merge(answers: list[Answer]) -> list[Answer]:
    out: dict[str, Answer] = {}
    for a in answers:
        key = a.iri or a.label
        if key in out:
            out[key].evidence.extend(ev for ev in a.evidence if ev not in out[key].evidence)
        else:
            out[key] = a
    return list(out.values())


def _names(q: Question, mentions: list[Mention] | None = None) -> str:
    return " and ".join(q.ctx.name(mm) for mm in (mentions if mentions is not None else q.bodies() or q.mentions))


# -- members who sat on a body for an organisation


SITS_ON = re.compile(r"\b(?:sat|sit|sitting|serve|served|serving) on\b|\bmembers? of\b|\b(?:is|are|was|were) on\b")


def _comes_for(tokens: list[str], mm: Mention) -> bool:
    """The words before MM say the answer came for it: "for the", "representing", "on behalf of"."""
    before = tokens[max(0, mm.start - 3) : mm.start]
    if before and before[-1] == "the":
        before = before[:-1]
    return bool(before) and (before[-1] in ("for", "representing") or " ".join(before[-3:]) == "on behalf of")


def members_for(q: Question) -> Plan | None:
    """"Who sat on the Eastvale Board for Eastvale Police?": the members of the board (gkg:memberOf) who came
    for the organisation or post named after "for": their membership of it, a post of it, their representing
    it (gkg:representedBy), or a post whose name holds its name. None of them: no answer, never every member."""
    if not SITS_ON.search(q.free) or any(mm.kinds & {"person"} for mm in q.mentions):
        return None
    orgs = [mm for mm in q.mentions if mm.kinds & {"body", "post"} and _comes_for(q.tokens, mm)]
    boards = [mm for mm in q.mentions if mm.kinds & {"body"} and mm not in orgs]
    if len(orgs) != 1 or len(boards) != 1 or orgs[0].start < boards[0].start:
        return None
    org, board = orgs[0], boards[0]
    org_iris = {e.iri for e in org.entities}
    org_names = {normalise(n) for e in org.entities for n in e.names}
    # those recorded as representing it there ("Maya Quinn represents the fire service on the Partnership"),
    # whether or not a paper also lists them as members
    board_iris = {e.iri for e in board.entities}
    said = [r for e in org.entities for r in q.facts(e, "represented_by", True) if r.get("onBody") in board_iris]
    kept = q.asker._answers(in_time(said, q.ctx.when), q.ctx.index)
    for a in kept:
        a.note = f"for {org.entities[0].label}"
    for a in q.asker._hop_answers(board, "member_of", False, q.ctx):
        if any(a.iri == k.iri for k in kept):
            continue
        person = q.ctx.index.get(a.iri or "")
        if person is None or person.kind != "person":
            continue
        links = (q.facts(person, "member_of", True) + q.facts(person, "holds_post", True)
                 + q.facts(person, "represented_by", False))
        if any(r["other"] in org_iris or any(n in normalise(q.ctx.index.label(r["other"] or "")) for n in org_names)
               for r in links if r.get("other")):
            a.note = f"for {org.entities[0].label}"
            kept.append(a)
    return order(kept), f"who sat on {_names(q, [board])} for {_names(q, [org])}"


# -- when a body was set up


FOUNDED_ASKED = re.compile(
    r"^(?:when|(?:in )?(?:what|which) year|on (?:what|which) (?:day|date)|what date|since when)\b.*"
    r"\b(?:set up|established|formed|founded|created|launched|started|begun|began)\b"
)
_FOUNDED_VERB = r"(?:set up|established|formed|founded|created|launched|started|began)"


def founded(q: Question) -> Plan | None:
    """"When was the Eastvale Partnership set up?": a date the papers write right after the verb in a sentence
    that names X as what was set up ("The Eastvale Partnership was set up on 3 May 2009 and ..."), from the
    quote of any fact about X. None when no quote says so, so that other readings may answer."""
    if not FOUNDED_ASKED.search(q.free):
        return None
    answers: list[Answer] = []
    for mm in q.bodies():
        for e in mm.entities:
            names = "|".join(re.escape(n) for n in sorted(e.names, key=len, reverse=True) if len(n) > 3)
            if not names:
                continue
            # "the Partnership had been formed in 2012": its papers name it by its head noun too
            head = e.label.split()[-1]
            if head.lower() in ("partnership", "board", "group", "panel", "committee", "forum", "team", "service"):
                names += rf"|the {re.escape(head)}"
            said = re.compile(rf"(?:{names})\W+(?:\w+\W+){{0,3}}?(?:was|were|had been|has been|is|are) (?:first )?"
                              rf"{_FOUNDED_VERB}\b[^.;]{{0,30}}?\b(?:on|in) (?P<date>{_DATE_WORDS})", re.I)
            rows = run_file(q.asker.store, "quotes_about.rq", q.ctx.trace, x=e.iri)
            for r in in_time(rows, q.ctx.when):
                m = said.search(" ".join((r.get("quote") or "").split()))
                if m is None:
                    continue
                label = m.group("date")
                found = next((a for a in answers if a.label == label), None)
                if found is None:
                    answers.append(_text_answer(label, [r], note="the date the papers give"))
                elif _evidence(r) not in found.evidence:
                    found.evidence.append(_evidence(r))
    if not answers:
        return None
    return answers, f"when {_names(q)} was set up, as its papers say"


# Tried in this order before the relation lexicon; open statements come after it (see Asker).
# -- who wrote a paper, or signed it: the author or signature line of the paper the question describes


AUTHOR_ASKED = re.compile(r"^who (?:wrote|authored|prepared|drafted|is the author of|was the author of)\b")
SIGNED_ASKED = re.compile(r"^who signed\b")
# The lines near a paper's head that name its author or signatory ("Report author:  Nia Brookes, Manager").
AUTHOR_LINE = re.compile(r"^\s*(?:report )?author(?:\(s\)|s)?\s*:\s*(?P<names>[^\n]+)", re.I | re.M)
SIGNED_LINE = re.compile(r"^\s*(?:signature|signed)\s*:\s*(?P<names>[^\n]+)", re.I | re.M)
# Other lines of a report's cover sheet, each by what a question asks of it: "Who made the decision on the
# plan?" ("Decision maker: Cabinet"), "Who is the lead director?" ("Lead director: Director of Social
# Services"), "Which portfolio leads on it?" ("Lead member:", "Portfolio:"), "Who is its lead officer?".
COVER_LINES: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = tuple(
    (re.compile(asked), re.compile(rf"^\s*(?:{line})\s*:\s*(?P<names>[^\n]+)", re.I | re.M), said)
    for asked, line, said in (
        (r"\bdecision maker\b|^(?:who|which \w+) (?:made|took|makes|takes) the (?:\S+ ){0,3}?decision\b",
         r"decision[- ]maker|decision taken by|decision made by", "decision maker"),
        (r"\b(?:lead|accountable|responsible) director\b", r"(?:lead|accountable|responsible) director",
         "lead director"),
        (r"\blead (?:cabinet )?member\b|\bportfolio\b", r"lead (?:cabinet )?member|(?:cabinet )?portfolio(?: holder)?",
         "lead member"),
        (r"\b(?:lead|contact|responsible) officer\b", r"(?:lead|contact|responsible) officer", "lead officer"),
    )
)
# Where a name on such a line ends: its post after a comma, a bracket, a phone number, a wide gap.
_NAME_END = re.compile(r",|\(|\btel\b|\s{3,}|\|", re.I)
MAX_PAPERS = 3


def paper_author(q: Question) -> Plan | None:
    """"Who wrote the Eastvale PCC's 2024/25 grants decision?": the author line of the papers the question
    describes (those of the places it asks about, naming every body, post or person it links, of the time it
    asks about); "who signed ...": the signature line. The names as the line writes them (a person the graph
    holds by their label). None when the question asks no such thing or no such paper has the line; nothing
    when the question fits more than a few papers, which would be anyone's author."""
    line = AUTHOR_LINE if AUTHOR_ASKED.search(q.free) else SIGNED_LINE if SIGNED_ASKED.search(q.free) else None
    said = "author" if line is AUTHOR_LINE else "signatory"
    if line is None:
        line, said = next(((ln, what) for asked, ln, what in COVER_LINES if asked.search(q.free)), (None, ""))
    if line is None:
        return None
    from .roles import _people_by_name, paper_date

    state = q.asker.state
    # (a paper the question names, "the Eastvale CCTV Agreement decision", says which papers too)
    named = [mm for mm in q.mentions if mm.kinds & {"body", "post", "person", "publication"}]
    docs: set[str] | None = None
    if q.ctx.asked:
        docs = {doc for doc in state.documents(10**6)
                if any(q.ctx.places.inside(a, p) for a in state.doc_areas(doc) for p in q.ctx.asked)}
    for mm in named:
        naming = {doc for e in mm.entities for doc in state.papers_naming(e.iri)}
        docs = naming if docs is None else docs & naming
    if not docs:
        return None
    docs = {d for d in docs if in_time([{"doc": d, "date": paper_date(q.asker, d)}], q.ctx.when)}
    if not docs or len(docs) > MAX_PAPERS:
        return None
    people = q.asker.memo("people by name", lambda: _people_by_name(q.asker))
    answers: dict[str, Answer] = {}
    for doc in sorted(docs):
        rows = run_file(q.asker.store, "paper_text.rq", q.ctx.trace, doc=doc)
        text = next((r.get("text") for r in rows if r.get("text")), "") or ""
        m = line.search(text)
        if m is None:
            continue
        written = _NAME_END.split(m.group("names"))[0].strip()
        # (an author line lists people; a cover sheet's other lines say one post or body, "and" within it)
        for name in re.split(r"\s*/\s*|\s+and\s+", written) if line in (AUTHOR_LINE, SIGNED_LINE) else [written]:
            if len(name.split()) < 2 and (line in (AUTHOR_LINE, SIGNED_LINE) or not name[:1].isupper()):
                continue
            person = people.get(tuple(w for w in normalise(name).split() if w not in ("cllr", "councillor", "dr",
                                                                                  "mr", "mrs", "ms")))
            label = person.label if person is not None else name
            a = answers.setdefault(label, Answer(label, person.iri if person else None,
                                                 note="as the paper's own line writes it"))
            ev = Evidence(doc, " ".join(m.group(0).split()), paper_date(q.asker, doc))
            a.cite(ev)
    if not answers:
        return None
    of = f" of {_names(q, named)}" if named else ""
    return list(answers.values()), f"the {said} the paper{of} names on its {said} line"


PLANS: tuple[Callable[[Question], Plan | None], ...] = (
    next_meeting, when_met, when_attended, role_on_body, how_often, remit, post_for_body, how_many, attendance,
    members_for, founded, paper_author,
)
