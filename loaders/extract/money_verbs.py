"""Money said without "funds": a body adds, contributes or puts in a sum, is funding a thing at a sum, or a sum is
allocated or earmarked to a thing.

These sentences name one party and the sum, and leave the other party to the paragraph. A sum a body adds from its
own budget joins the grant the paragraph has just described, so it goes to that grant's recipient. A sum that "is
allocated to X" with no giver named is spent from that grant, so that grant's recipient gives it. When the
paragraph has read no grant before the sentence, the paper does not say, and nothing is added. A sentence that
already gave a funding fact for the same sum is left to the reader that read it.
"""

from __future__ import annotations

import re

from ...graph.model import Entity, Fact
from ..mentions import Mention
from ..money import amount_or_none
from . import ExtractionDoc, reads
from .funding import _AGENT_KINDS, _RECIPIENT_KINDS, _headed_item, grant_period, resolve_party

# the giver's verb right before its sum: "X adds £N", "the Council had added a further £N", "X contributes £N",
# "X will put in £N" (the verb's subject is the name before it)
_ADDS = re.compile(r"\s+(?:had\s+|has\s+|have\s+|will\s+|would\s+|also\s+|now\s+|again\s+|is\s+|are\s+)*"
                   r"(?:adds?|added|adding|contribut(?:es|ed|ing|e)|puts?\s+in|putting\s+in)\s+"
                   r"(?:a\s+further\s+|an\s+(?:extra|additional)\s+|another\s+)?$", re.I)
# "X is funding the Y at £N": the progressive of "funds", with the sum after its object
_IS_FUNDING = re.compile(r"\s+(?:is|are|was|were|will\s+be)\s+(?:also\s+)?funding\s+(?:the\s+)?$", re.I)
_AT = re.compile(r"\s+at\s+$")
# "£N is allocated to the Y", "£N has been earmarked for the Y", "a further £N had been allocated by X to the Y"
_ALLOCATED = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:allocated|"
                        r"earmarked|committed|set\s+aside|ring-?fenced)\b(?:\s+by\s+(?P<by>))?", re.I)
# the words between the sum (or the giver's "by X") and the thing it goes to
_TO_THING = re.compile(r"\s+(?:to|for|towards)\s+(?:the\s+)?$", re.I)
_FROM_OWN = re.compile(r"\s+(?:(?:a|each|per|every)\s+year\s+)?(?:from|out\s+of|of)\s+(?:its|their|the\s+\w+'s)\s+"
                       r"(?:own\s+)?[\w\s-]{0,40}?budget\b", re.I)
# what may follow a sum added to the paragraph's grant: its year, and the end of the clause (", making a fund of
# £M" names a pot of its own, which this reading does not name)
_ENDS = re.compile(r"\s*(?:(?:for\s+)?the\s+same\s+(?:period|year)|(?:in\s+|for\s+)?(?:19|20)\d\d"
                   r"(?:\s?[/–-]\s?\d{2,4})?|(?:a|each|per|every)\s+year)?\s*"
                   r"(?:[.;]|,(?!\s*(?:making|bringing|taking)\b)|$)", re.I)
_WHICH_PAYS = re.compile(r",?\s+which\s+(?:pays|paid|will\s+pay)\s+for\s+(?:the\s+)?$", re.I)
# "Y detached youth work programme": up to three lower-case words, none a preposition, and an item's head
_ITEM_AFTER = re.compile(r"\s+(?:(?!(?:for|to|in|at|of|by|from|with|and|on|or)\b)[a-z][\w-]*\s+){0,3}(?:schemes?|"
                         r"projects?|programmes?|services?|work|initiatives?|pilots?|patrols?)\b")
_OF_THIS = re.compile(r"\b(?:[Oo]f|[Ff]rom|[Oo]ut\s+of)\s+(?:this|that|(?:the|its)(?:\s+[\w/-]+){0,3}?\s+(?:grant|sum|"
                      r"allocation|amount|fund))\b[^£]{0,20}£")
# "..., and £M to the Z": a second sum of the same giver, coordinated with the one read before it
_AND_TO = re.compile(r"[^£;.]{0,120}?,?\s*and\s+")
# how far back a paragraph's grant may be for a sentence to add to it or spend from it
_PARAGRAPH_REACH = 600


@reads("£")
def money_verbs(doc: ExtractionDoc) -> None:
    """Each sum a sentence gives by "adds", "contributes", "puts in", "is funding ... at", or "is allocated to"."""
    for _, (start, end) in doc.prose(frozenset({"£"})):
        last: tuple[Entity, int] | None = None  # the giver of the sentence's last sum read here, and where it ended
        for money in [m for m in doc.mentions(start, end) if m.kind == "money"]:
            amount = amount_or_none(money.name)
            if amount is None or _already_read(doc, start, end, amount):
                continue
            reading = _added(doc, start, end, money) or _funding_at(doc, start, money) or \
                _allocated(doc, start, end, money) or _and_to(doc, last, end, money)
            if reading is None:
                continue  # the paper does not say both parties
            funder, recipient, period = reading
            last = funder, money.end
            if funder.iri == recipient.iri:
                continue
            doc.add(funder, "funds", recipient, start, end, "funding:money_verb", 0.8, amount=amount,
                    period=grant_period(doc.text[money.start : end]) or grant_period(doc.text[start:end]) or period)


def _already_read(doc: ExtractionDoc, start: int, end: int, amount) -> bool:
    return any(f.relation == "funds" and f.amount == amount and f.start < end and f.end > start for f in doc.facts)


def _before(doc: ExtractionDoc, start: int, at: int) -> list[Mention]:
    return [m for m in doc.mentions(start, at) if m.kind != "money" and m.end <= at]


def _after(doc: ExtractionDoc, at: int, end: int) -> list[Mention]:
    return [m for m in doc.mentions(at, end) if m.kind != "money" and m.start >= at]


def _giver_before(doc: ExtractionDoc, start: int, verb_at: int) -> Entity | None:
    """The verb's subject: the name that ends right before it, or "the Council" / "it" that stands for one."""
    before = _before(doc, start, verb_at)
    if before and not doc.text[before[-1].end : verb_at].strip():
        return resolve_party(doc, before[-1], _AGENT_KINDS)
    said = re.search(r"(?:\b[Tt]he\s+(?P<word>[Cc]ouncil|[Pp]artnership|[Cc]ommissioner)|\b(?P<it>[Ii]t))\s*$",
                     doc.text[start:verb_at])
    if said is None:
        return None
    if said.group("it"):
        return None  # "it" stands for the subject of an earlier sentence, which this reading does not follow
    return _referred(doc, said.group("word"), start + said.start("word"))


def _referred(doc: ExtractionDoc, word: str, pos: int) -> Entity | None:
    """The body or office "the WORD" stands for at POS ("the Council", "the Commissioner")."""
    e = doc.resolver.reference(word, pos)
    return e if e is not None and e.kind in _AGENT_KINDS else None


def _thing_after(doc: ExtractionDoc, at: int, end: int, gap: re.Pattern[str]) -> Entity | None:
    """The body or project named right after AT, behind words GAP matches ("to the", "for")."""
    for m in _after(doc, at, end):
        if gap.fullmatch(doc.text, at, m.start):
            # "to the Y radio scheme": the scheme, lower-case head and all, not Y
            m = _before_for(m)
            return _headed_item(doc, m, end) or _long_item(doc, m, end) or resolve_party(doc, m, _RECIPIENT_KINDS)
        break
    return None


def _before_for(m: Mention) -> Mention:
    """M without "for <what the money is for>" its name ran on into ("the Panel for mediation services")."""
    cut = re.search(r"\s+for\s+(?=[a-z])", m.name)
    if cut is None:
        return m
    name = m.name[: cut.start()]
    return Mention(m.start, m.start + len(name), m.kind, name, place=m.place,
                   head="acronym" if re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z]", name) else None)


def _long_item(doc: ExtractionDoc, m: Mention, end: int) -> Entity | None:
    """ "the Y detached youth work programme": a name, up to three lower-case words and an item's head, one thing
    (the name alone is only whose or where it is)."""
    tail = _ITEM_AFTER.match(doc.text, m.end, end)
    if tail is None or m.kind not in ("body", "initiative", "name", "place"):
        return None
    name = " ".join(doc.text[m.start : tail.end()].split())
    return doc.resolver.thing("initiative", Mention(m.start, tail.end(), "initiative", name))


def _paragraph_grant(doc: ExtractionDoc, start: int) -> Fact | None:
    """The grant with a sum read last before START in the same paragraph: the money a sentence adds to or spends
    from when it names no other."""
    # "Of this sum, £N ...": the sentence points back at the grant, across a paragraph's break
    para = -1 if _OF_THIS.search(doc.text, start, min(len(doc.text), start + 80)) else doc.text.rfind("\n\n", 0, start)
    since = max(para, start - _PARAGRAPH_REACH)
    read = [f for f in doc.facts if f.relation == "funds" and f.amount is not None and since <= f.start < start
            and f.end <= start + 1]
    return max(read, key=lambda f: f.start) if read else None


def _added(doc: ExtractionDoc, start: int, end: int, money: Mention) -> tuple[Entity, Entity, str | None] | None:
    """ "X adds £N [from its own budget] [to / for Y]": X gives Y, or the grant the paragraph has described."""
    said = _ADDS.search(doc.text, max(start, money.start - 60), money.start)
    if said is None:
        return None
    giver = _giver_before(doc, start, said.start())
    if giver is None:
        return None
    own = _FROM_OWN.match(doc.text, money.end)
    tail = own.end() if own else money.end
    recipient = _thing_after(doc, tail, end, _TO_THING) or _thing_after(doc, tail, end, _WHICH_PAYS)
    if recipient is not None:
        return giver, recipient, None
    if not _ENDS.match(doc.text, tail, end + 1):
        return None  # "... to run the control room": added for a thing this reading does not name
    grant = _paragraph_grant(doc, start)
    if grant is None or grant.object is None or grant.object.iri == giver.iri:
        return None  # added to what, the paragraph does not say
    return giver, grant.object, grant.period


def _funding_at(doc: ExtractionDoc, start: int, money: Mention) -> tuple[Entity, Entity, str | None] | None:
    """ "X is funding the Y at £N"."""
    before = _before(doc, start, money.start)
    if len(before) < 2 or not _AT.fullmatch(doc.text, before[-1].end, money.start) or \
            not _IS_FUNDING.fullmatch(doc.text, before[-2].end, before[-1].start):
        return None
    giver = resolve_party(doc, before[-2], _AGENT_KINDS)
    thing = resolve_party(doc, before[-1], _RECIPIENT_KINDS)
    return (giver, thing, None) if giver is not None and thing is not None else None


def _allocated(doc: ExtractionDoc, start: int, end: int, money: Mention) -> tuple[Entity, Entity, str | None] | None:
    """ "£N is allocated to the Y [by X]" or "£N had been allocated by X to the Y": X gives, or, with no giver
    named, the recipient of the grant the paragraph has described spends it."""
    said = _ALLOCATED.match(doc.text, money.end)
    if said is None:
        return None
    at = said.end()
    giver = None
    if said.group("by") is not None:
        the = re.match(r"the\s+(?P<word>[A-Z]\w+)\b", doc.text[at:end])
        after = _after(doc, at, end)
        referred = _referred(doc, the.group("word"), at) if the is not None else None
        if referred is not None and the is not None:
            giver, at = referred, at + the.end()  # "by the Commissioner", "by the Council"
        elif after and after[0].start - at <= 4:
            giver, at = resolve_party(doc, after[0], _AGENT_KINDS), after[0].end
        if giver is None:
            return None
    recipient = _thing_after(doc, at, end, _TO_THING)
    if recipient is None:
        return None
    if giver is not None:
        return giver, recipient, None
    grant = _paragraph_grant(doc, start)
    if grant is None or grant.object is None or grant.object.kind != "body":
        return None  # spent from what, the paragraph does not say
    return grant.object, recipient, grant.period


def _and_to(doc: ExtractionDoc, last: tuple[Entity, int] | None, end: int, money: Mention
            ) -> tuple[Entity, Entity, str | None] | None:
    """ "£N is allocated to Y, and £M to Z": the giver of the sum read before gives the second one to Z."""
    if last is None or not _AND_TO.fullmatch(doc.text, last[1], money.start):
        return None
    recipient = _thing_after(doc, money.end, end, _TO_THING)
    return (last[0], recipient, None) if recipient is not None else None
