"""A body's remit stated by an ordinary verb of its work.

"The Tasking Group manages the multi-agency response to street drinking", "it manages high-risk victims of
anti-social behaviour", a list item "- Manage the response to repeat locations" under its body, "Grants of £10,000
or more are approved by the Executive Group": the body is the subject of a present-tense verb of activity, or the
agent of a present passive, and what it does is a function the paper writes as a phrase, not a name. Each gives
the verb's relation (`oversees` for managing, `responsible_for` else) from the body to the function, minted as the
gold writes it: the phrase itself, or the verb's -ing form and the phrase where the phrase names what is acted on
(gazetteer/remit_verbs.yaml says which for each verb). The subject is found as the other remit readers find it: the
body just before the verb or the head of its relative clause (an acronym the paper spelt out too), the body "It"
stands for, or a list item's owner.

What is not read: a past tense ("the Board reviewed the report" is one meeting's business), a verb with no body as
its subject or agent, an object that points back or is no work ("manages this", "reviews the number of ..."), an
object that is a name (the clause readers' to read as the named thing) and a phrase longer than a short noun
phrase. When the paper does not say it plainly, nothing is added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...graph.model import Entity
from ..gazetteer import _yaml
from ..mentions import Mention
from . import ExtractionDoc, reads
from .clauses import antecedent, item_owner

_RULE_ACTIVE = "remit:by_verb"
_RULE_PASSIVE = "remit:by_agent"


@dataclass(frozen=True)
class _Verb:
    object: str  # "phrase" or "gerund"
    gerund: str | None
    relation: str
    amount: bool  # read only when the phrase holds a sum (a delegation's threshold)


def _verb(d: dict) -> _Verb:
    return _Verb(d["object"], d.get("gerund"), d.get("relation", "responsible_for"), bool(d.get("amount")))


@dataclass(frozen=True)
class _Lexicon:
    active: dict[str, _Verb]  # the present tense and a list item's base form -> how its object is written
    bases: frozenset[str]
    passive: dict[str, _Verb]
    active_re: re.Pattern[str]
    passive_re: re.Pattern[str]
    not_object: re.Pattern[str]


@cache
def _lexicon() -> _Lexicon:
    data = _yaml("remit_verbs.yaml")
    active: dict[str, _Verb] = {}
    for verb, d in data["active"].items():
        v = _verb(d)
        active[verb] = v
        active[d["base"]] = v
    bases = frozenset(d["base"] for d in data["active"].values())
    passive = {p: _verb(d) for p, d in data["passive"].items()}
    words = "|".join(sorted((re.escape(w) for w in active), key=len, reverse=True))
    parts = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in passive), key=len, reverse=True))
    return _Lexicon(
        active=active, bases=bases, passive=passive,
        active_re=re.compile(r"(?<![\w-])(?P<verb>" + words + r")\s+(?=\S)", re.I),
        # "is handled by", "are dealt with through", "will be approved by", "is considered jointly by"
        passive_re=re.compile(r"\s+(?:is|are|will\s+be)\s+(?:[a-z]+ly\s+|also\s+|first\s+)?(?P<verb>" + parts +
                              r")\s+(?:[a-z]+ly\s+|jointly\s+|locally\s+|first\s+)?(?:by|through)\s+(?:the\s+)?",
                              re.I),
        not_object=re.compile(r"(?:the\s+|a\s+|an\s+)?" + data["not_object"], re.I),
    )


_WORDS = ("manage", "approved")


# where the object phrase ends: a stop, a bracket, a clause ("which", "and reports"), or a place, time or means
# added after it ("across the district", "in the Sevenoaks district", "each month", "on a monthly cycle")
_PHRASE_END = re.compile(
    r"(?i),(?!\d)|\.(?!\d)|[;:()]|\s[-–]\s|\s(?:which|who|that|so|so\s+that|to\s+ensure|when|where|while|before|after|until|"
    r"under|by|through|via|with|within|across|throughout|at|from|alongside|including|as|if|unless|"
    r"for\s+(?:the|both|all|each|its|their)|"
    r"in\s+(?:the|its|their|each|every|line|order|partnership|accordance|consultation)|on\s+(?:a|an|behalf)|"
    r"(?:each|every|once|twice|weekly|monthly|quarterly|annually|fortnightly|day[- ]to[- ]day)|"
    r"and\s+(?:also\s+|then\s+)?(?:[a-z-]+s|is|are|has|have|will|reports?|meets?|its|their)\b|"
    # "manages casework and the Community Trigger": a name joined on is the clause readers' to read
    r"and\s+(?:the\s+)?(?=(?-i:[A-Z])))(?=\W|(?-i:[A-Z]))")
_LEAD = re.compile(r"(?:the|a|an)\s+", re.I)
# between the body and its verb: only its acronym, a relative pronoun or a plain adverb of how it works
_TO_VERB = re.compile(r"\s*(?:\([A-Z][A-Za-z&]{1,9}\)\s*)?(?:,?\s*(?:which|that)\s+)?(?:(?:also|now|currently|jointly|"
                      r"then|regularly|routinely|directly)\s+)*$", re.I)
# a sentence opened by the passive's object: a numbered paragraph's number may come first
_NUMBER = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+|\(?[a-z0-9]{1,3}[.)]\s+)?")
# a phrase that ends on the head of a plan, a fund, a body or a process names a thing held or overseen, not the
# work itself (the gold names it as the paper's own: "the case referral process" is the Channel one)
_THING_HEAD = re.compile(r"(?i)\b(?:plan|plans|strategy|strategies|programme|programmes|fund|funds|grant|grants|"
                         r"budget|budgets|service|services|team|teams|board|boards|panel|panels|group|groups|forum|"
                         r"partnership|partnerships|scheme|schemes|project|projects|contract|contracts|agreements?|"
                         r"register|file|list|process)$")
# a second predicate of the sentence's subject: "... meets monthly and manages ..."
_SECOND_PREDICATE = re.compile(r"(?i)[^.;]\s+and\s+(?:also\s+)?$")
_OPENED = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+|\(?[a-z0-9]{1,3}[.)]\s+)?(?:the\s+)?", re.I)
# the first predicate the body has of its own before the "and"
_OWN_VERB = re.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?\s*(?:[:,-]|\s)\s*(?:[^.;]*?,\s*)?"
                       r"(?:meets|is|sits|reports|brings|works|holds|has)\b", re.I)
_REPORTED = re.compile(r"(?i)\b(?:said|says|reported|explained|noted|told|confirmed|added|stated|felt|suggested|"
                       r"asked|thought|believed|understood|hoped|proposed|recommended|agreed)\b")
_PRONOUN = re.compile(r"(?i)(?:it|they|this|these|that|those|he|she|we|all|both|each|one|some|most|others?)\b")


@reads(*_WORDS)
def remit_by_verb(doc: ExtractionDoc) -> None:
    lex = _lexicon()
    previous: tuple[int, int] | None = None
    for line_index, (start, end) in doc.prose():
        before, previous = previous, (start, end)
        for m in lex.active_re.finditer(doc.text, start, end):
            _active(doc, lex, line_index, start, end, m, before)
        passive = lex.passive_re.search(doc.text, start, end)
        if passive is not None:
            _passive(doc, lex, start, end, passive)


def _active(doc: ExtractionDoc, lex: _Lexicon, line_index: int, start: int, end: int, m: re.Match,
            before: tuple[int, int] | None) -> None:
    word = m.group("verb")
    verb = lex.active.get(word.lower())
    if verb is None:
        return
    base = word.lower() in lex.bases
    holder = _holder(doc, line_index, start, m.start(), base, before)
    if holder is None:
        return
    phrase = _phrase(doc, lex, m.end(), end)
    if phrase is None:
        return
    _add(doc, holder, verb, phrase[0], m.start() if base else start, phrase[1], _RULE_ACTIVE)


def _holder(doc: ExtractionDoc, line_index: int, start: int, at: int, base: bool,
            before: tuple[int, int] | None) -> Entity | None:
    """The body the verb at AT is said of: the body right before it (the sentence's subject or the head of a
    relative clause), the body "It" stands for, or, for a list item's base form ("- Manage ..."), the list's owner.
    A base form anywhere else ("partners agree", "to manage") names no body's standing work."""
    lead = doc.text[start:at]
    if _REPORTED.search(lead):
        return None  # "Ms Okoro said the Police handle most calls": one speaker's account, not a stated remit
    if base:
        owner = item_owner(doc, line_index)
        return owner if owner is not None and re.fullmatch(r"\W*(?:\(?[0-9a-z]{1,3}[.)]\s+)?", lead) else None
    if re.fullmatch(r"\W*It\s+(?:(?:also|now|currently|then)\s+)*", lead):
        e = antecedent(doc, before, start)
        return e if e is not None and e.kind == "body" else None
    mentions = [x for x in doc.mentions(start, at) if x.kind not in ("money", "topic")]
    if mentions and _SECOND_PREDICATE.search(lead) and _OPENED.fullmatch(doc.text, start, mentions[0].start) and \
            _OWN_VERB.match(doc.text, mentions[0].end, at) and ";" not in doc.text[mentions[0].end : at]:
        # "The JAG, chaired by Jo Lee, meets every month and manages ...", "- Tasking Group (TG): meets monthly
        # and manages ...": the verb is the second of the body opening the sentence
        return doc.named_body(mentions[0])
    if not mentions or not _TO_VERB.fullmatch(doc.text, mentions[-1].end, at) or mentions[-1].possessive:
        return None
    if len(mentions) > 1 and not re.search(r"(?i)\b(?:which|that)\s", doc.text[mentions[-1].end : at]) and \
            re.search(r"(?i)\band\s+(?:the\s+)?$", doc.text[mentions[-2].end : mentions[-1].start]):
        return None  # "the Council and the Police manage ...": who manages is not one body
    return doc.named_body(mentions[-1])  # the body, or the one its acronym was spelt out for


def _phrase(doc: ExtractionDoc, lex: _Lexicon, at: int, end: int) -> tuple[str, int] | None:
    """The object phrase from AT and where it ends, or None when it is no function written as a short phrase: it
    points back, is a quantity or a meeting's business, is a name, or is not two to ten words."""
    text = doc.text
    if lex.not_object.match(text, at) or _PRONOUN.match(text, at):
        return None
    lead = _LEAD.match(text, at)
    a = lead.end() if lead else at
    stop = _PHRASE_END.search(text, a, end)
    b = stop.start() if stop else end
    phrase = " ".join(text[a:b].split()).rstrip(" -")
    if not 2 <= len(phrase.split()) <= 10 or not phrase[:1].islower():
        return None  # a capital opens a name: the clause readers read what a body does to a named thing
    inside = doc.mentions(a, b)
    if any(x.kind in ("body", "person", "post") for x in inside):
        return None  # "handles referrals from the Police": a phrase about another body
    if _THING_HEAD.search(phrase):
        return None  # "co-ordinates the local delivery plan": a thing overseen, not work done
    return phrase, b


def _passive(doc: ExtractionDoc, lex: _Lexicon, start: int, end: int, m: re.Match) -> None:
    verb = lex.passive.get(" ".join(m.group("verb").lower().split()))
    if verb is None:
        return
    agents = [x for x in doc.mentions(m.end(), end) if x.kind not in ("money", "topic")]
    at = _agent_start(doc, m.end())
    agent = next((x for x in agents if x.start == at), None)
    holder = _agent(doc, agent) if agent is not None and not agent.possessive else None
    if holder is None:
        return
    lead = _NUMBER.match(doc.text, start)
    a = lead.end() if lead else start
    if _PRONOUN.match(doc.text, a) or lex.not_object.match(doc.text, a):
        return  # "It is handled by ...", "Smaller grants are approved by ...": what is meant is said elsewhere
    art = _LEAD.match(doc.text, a)
    a = art.end() if art else a
    phrase = " ".join(doc.text[a : m.start()].split())
    if not 2 <= len(phrase.split()) <= 10 or re.search(r"[;:()]|,(?!\d)", phrase):
        return
    inside = doc.mentions(a, m.start())
    if _THING_HEAD.search(phrase) or any(x.kind in ("body", "person", "post") for x in inside) or \
            any(x.start == a and x.end >= m.start() for x in inside):
        return  # a phrase that is a name, or speaks of another body ("Referrals from the Police")
    _add(doc, holder, verb, phrase, start, agent.end, _RULE_PASSIVE)


def _agent_start(doc: ExtractionDoc, at: int) -> int:
    """Where the agent's name starts: after "the" and an owner's possessive ("by the Council's Community Safety
    Team" names the team)."""
    own = re.match(r"(?:[A-Z][\w&-]*\s+){1,6}?(?:[A-Z][\w&-]*)['’]s\s+", doc.text[at : at + 120])
    return at + own.end() if own else at


def _agent(doc: ExtractionDoc, m: Mention) -> Entity | None:
    if m.kind == "post":
        e = m.extra.get("entity") or doc.resolver.entity(m)
        return e if e is not None and e.kind == "post" else None
    return doc.named_body(m)


def _add(doc: ExtractionDoc, holder: Entity, verb: _Verb, phrase: str, start: int, end: int, rule: str) -> None:
    if verb.amount and not re.search(r"£\s?\d", phrase):
        return  # "The plan is approved by the Board": a paper approved is the paper readers', not a remit
    if verb.object == "gerund" and verb.gerund:
        phrase = f"{verb.gerund} {phrase[0].lower()}{phrase[1:]}"
    doc.add(holder, verb.relation, doc.resolver.topic(phrase), start, end, rule, 0.75)
