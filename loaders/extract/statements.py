"""Open statements: what a paper says of a body in words no closed relation has.

- how often a body meets ("The Board meets quarterly", "Frequency of meetings: every six weeks");
- a former name ("Safer Stockport Partnership (formerly the Stockport CSP)");
- the next meeting ("Date of next meeting: 12 May 2016");
- a clause whose subject and object are both named and whose verb fits no relation ("The Welsh Government set up
  Area Planning Boards"): kept as `other` with the verb phrase as written, so a question in other words can
  still reach it. It never stands in for a closed relation, and is not made when one already links the pair.

This rule runs last: it only adds what the others left unsaid.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from ..mentions import Mention
from ..wordstart import word_start
from . import ExtractionDoc, reads

# "quarterly", "every six weeks", "at least four times a year", "bi-monthly", "twice yearly"
_FREQUENCY = (
    r"(?P<freq>(?:at least |normally |usually |approximately |roughly )?(?:quarterly|monthly|bi-?monthly|"
    r"annually|twice[ -](?:a[ -]year|yearly)|(?:once|twice|three times|four times|six times|\w+ times) (?:a|per|each) "
    r"(?:year|month|quarter)|every (?:\w+ )?(?:weeks?|months?|quarter|year)|each (?:quarter|month)|weekly|fortnightly))"
)
_MEETS = word_start(r"\b(?:meets?|met|will meet|shall meet|to meet|meetings? (?:are|will be|is|shall be) held|"
                    r"convenes?)\s+" + _FREQUENCY + r"\b", re.I)
_FREQUENCY_FIELD = re.compile(r"(?i)^\W*(?:frequency(?: of meetings)?|meeting frequency|meetings)\s*[:\-–]\s*"
                              + _FREQUENCY)
_FORMERLY = re.compile(r"\(?\b(?:formerly(?: known as)?|previously(?: known as)?|which replaced)\s+(?:the\s+)?"
                       r"(?P<old>[A-Z][^()\n.;,]{2,80})\)?")
# one of these every match of _FORMERLY holds: a substring scan rules out most sentences, where the pattern
# (its optional bracket first) is tried at every character
_FORMER_WORDS = re.compile(r"formerly|previously|which replaced")
_NEXT_MEETING = word_start(r"(?i)\b(?:date of (?:the )?next meeting|next meeting)\s*(?:[:\-–]|will be(?: held)? on|"
                           r"is(?: on)?)\s*(?P<when>[^\n.;]{4,60})")
_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|"
                   r"October|November|December)(?:\s+\d{4})?\b", re.I)

# a verb phrase between a subject and an object: a finite verb with its auxiliaries and particles
_VERB = re.compile(
    r"^\s*(?:(?:has|have|had|will|would|is|are|was|were|can|could|should|must|may|also|then|now|jointly|already|"
    r"formally|recently|been|be|not)\s+){0,3}"
    r"(?P<verb>[a-z]+(?:ed|es|s)|set up|took over|took on|set|led|ran|won|made|gave|brought|sought|bought|held|"
    r"began|built|took|sent|met|kept)\b"
    r"(?P<rest>(?:\s+(?:up|out|on|over|in|into|to|for|with|from|by|against|about|the|a|an|its|their|his|her|"
    r"of|as)){0,3})\s*$"
)
# what may come before a sentence's subject: an article, or a time or place phrase ("In 2010 the ...")
_LEAD = re.compile(r"(?i)\s*(?:(?:in|on|at|during|since|from|after|before|following|by|over|last|earlier|later|"
                   r"this|that|then|also|meanwhile|in addition|furthermore)\b[^,;:()]{0,40}?[, ]\s*)?(?:the\s+)?")
_SUBJECT_KINDS = ("body", "post", "person", "name")
_OBJECT_KINDS = ("body", "post", "person", "publication", "initiative", "legislation", "topic", "name")
# the talk of a meeting, which states nothing about the two it names
_CHATTER = frozenset("""informed reminded advised told invited thanked welcomed asked introduced updated presented
    briefed assured congratulated noted explained reported replied responded queried questioned agreed""".split())
_NOT_VERB = frozenset({"is", "was", "has", "does", "as", "its", "this", "thus", "plus", "less", "unless", "yes",
                       "news", "focus", "status", "bus", "us", "his", "hers", "always", "perhaps", "across",
                       "towards", "whereas", "afterwards", "needs", "reed", "need", "seed", "feed", "speed",
                       "indeed", "red", "bed", "shed"})


@reads()
def statements(doc: ExtractionDoc) -> None:
    linked = {(f.subject.iri, f.object.iri) for f in doc.facts if f.object is not None}
    linked |= {(o, s) for s, o in linked}
    # where the closed relations were read, and about whom: an open statement never repeats one
    read = [(f.start, f.end, {f.subject.iri, f.object.iri if f.object is not None else ""})
            for f in doc.facts if f.relation != "other"]
    for line in doc.layout.lines:
        fm = _FREQUENCY_FIELD.match(line.text)
        if fm and doc.body is not None:
            _literal(doc, doc.body, "meetingFrequency", fm.group("freq"), line.start, line.end)
        nm = _NEXT_MEETING.search(line.text)
        if nm and doc.resolver.body is not None and _DATE.search(nm.group("when")):
            _literal(doc, doc.resolver.body, "nextMeeting", nm.group("when").strip(), line.start, line.end)
    for _, (start, end) in doc.prose():
        sentence = doc.text[start:end]
        mentions = [m for m in doc.mentions(start, end) if m.kind not in ("money", "place")
                    and re.search(r"[A-Za-z]{2}", m.name)]
        meets = _MEETS.search(sentence)
        if meets:
            body = _subject_before(doc, mentions, start + meets.start())
            if body is None and not _after_agent(doc, start + meets.start()):
                body = doc.resolver.body  # "It meets monthly": the paper's own body; not after "It is chaired by Y and"
            if body is not None and body.kind == "body":
                _literal(doc, body, "meetingFrequency", meets.group("freq"), start, end)
        for fm in _FORMERLY.finditer(sentence) if _FORMER_WORDS.search(sentence) else ():
            named = _subject_before(doc, mentions, start + fm.start())
            old = fm.group("old").strip()
            if named is not None and named.kind == "body" and len(old.split()) >= 2:
                _literal(doc, named, "formerName", old, start, end)
        _open_statement(doc, mentions, start, end, linked, read)


def former_names(sentence: str, start: int) -> list[tuple[int, int]]:
    """The spans of the former names a sentence gives ("X Group (formerly the Y Forum) - chaired by"): the old
    name is said only to be X's past name, so no relation of the sentence takes it as an argument."""
    if not _FORMER_WORDS.search(sentence):
        return []
    return [(start + fm.start("old"), start + fm.end("old")) for fm in _FORMERLY.finditer(sentence)]


def _literal(doc: ExtractionDoc, subject: Entity, kind: str, value: str, start: int, end: int) -> None:
    doc.add(subject, "other", None, start, end, f"statement:{kind}", 0.8, other_kind=kind, value=value.strip())


# "X is chaired by Y, Z Police, and meets monthly": the agent of a passive and its apposition end the first predicate
# ("X, which is led by Y, meets every six weeks": a relative clause closed by its comma, likewise)
_PASSIVE_AGENT = re.compile(r"(?:,\s+(?:which|who)\s+)?\b(?:is|are|was|were)\s+(?:also\s+|jointly\s+|currently\s+)?"
                            r"(?:co-)?(?:chaired|led|run|hosted|managed|convened|supported)\s+by\b[^.;()]*?"
                            r"(?:,?\s+and\s+|(?<=\S),\s+)$")


def _agent_before(doc: ExtractionDoc, pos: int) -> re.Match[str] | None:
    agent = next((m for m in _PASSIVE_AGENT.finditer(doc.text, max(0, pos - 200), pos) if m.end() == pos), None)
    if agent is not None and (agent.group(0).startswith(",") or not agent.group(0).rstrip().endswith(",")):
        return agent  # (a comma alone after the agent closes only a relative clause opened by its own comma)
    return None


def _after_agent(doc: ExtractionDoc, pos: int) -> bool:
    return _agent_before(doc, pos) is not None


def _subject_before(doc: ExtractionDoc, mentions: list[Mention], pos: int) -> Entity | None:
    """The body or post named last before POS in the sentence (the subject of what follows); when a passive's agent
    stands between ("X is chaired by Y and meets monthly"), the name before the passive."""
    agent = _agent_before(doc, pos)
    if agent is not None:
        pos = agent.start()
    for m in reversed([m for m in mentions if m.end <= pos]):
        if m.kind in ("body", "post") or (m.kind == "name" and m.head == "acronym"):
            e = doc.resolver.entity(m)
            if e is not None:
                return e
    return None


def _open_statement(doc: ExtractionDoc, mentions: list[Mention], start: int, end: int,
                    linked: set[tuple[str, str]], read: list[tuple[int, int, set[str]]]) -> None:
    """ "The Welsh Government set up Area Planning Boards": the sentence's subject, a verb phrase and a named
    object, side by side, when no closed relation already joins the two."""
    if len(mentions) < 2:
        return
    first = mentions[0]
    lead = doc.text[start : first.start]
    if first.kind not in _SUBJECT_KINDS or not _LEAD.fullmatch(lead):
        return
    nxt = mentions[1]
    between = doc.text[first.end : nxt.start]
    # _VERB holds at most eight words (three helpers, a verb of two, three particles): a longer gap is settled by
    # counting them, where the match would try each shorter verb ending in turn
    vm = _VERB.match(between) if len(between.split()) <= 8 else None
    if not vm or vm.group("verb") in _NOT_VERB or vm.group("verb") in _CHATTER or nxt.kind not in _OBJECT_KINDS:
        return
    from .clauses import OWN_POST_AFTER  # clauses reads the same words: imported when needed

    if OWN_POST_AFTER.match(doc.text, nxt.end):
        return  # "is chaired by the County Council domestic abuse lead": the object is the body's unnamed officer
    subject = _entity(doc, first)
    obj = _entity(doc, nxt)
    if subject is None or obj is None or subject.iri == obj.iri or (subject.iri, obj.iri) in linked:
        return
    if any(a <= first.start and nxt.end <= b and subject.iri in parties for a, b, parties in read):
        return  # a closed relation already reads these words (with the post qualified by its employer, say)
    note = " ".join(between.split())
    doc.add(subject, "other", obj, first.start, nxt.end, "statement:open", 0.7, note=note)


def _entity(doc: ExtractionDoc, m: Mention) -> Entity | None:
    if m.kind == "name":
        if m.head == "acronym":
            return doc.resolver.acronym(m.name)
        return None  # an unknown capitalised name is not enough to state anything about
    return doc.resolver.entity(m)
