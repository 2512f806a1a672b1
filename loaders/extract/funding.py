"""Funding: who gives how much to whom, for what period, from sentences and from allocation tables.

An amount is read with the names around it: "X allocated £50,000 to Y", "Y received £50,000 from X",
"£50,000 from X for Y", "a grant of £50,000 to Y". A paper that is a funder's own decision (a PCC's decision
notice, "Decision maker: ...") supplies the funder for its amounts and tables when a sentence names none.
Amounts stated per recipient ("£65k per CSP", "each") are kept apart from shared totals; periods are kept
as written ("2019/20").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ...graph.model import Entity, Fact
from .. import placenames
from ..layout import Line, Table, total_label, total_row
from ..lexicon import heads, layout
from ..mentions import Mention, find_mentions, names_a_person
from ..money import amount_or_none, parse_amount
from . import ExtractionDoc, reads

_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s?[/–-]\s?(\d{2,4})\b|\b(?:in|for|during|from)\s+((?:19|20)\d\d)\b"
                     r"(?!\s?[/–-]\s?\d)")
_GIVE = re.compile(
    r"\b(?:allocat(?:e|es|ed|ing)|award(?:s|ed|ing)?|grant(?:s|ed)?|provid(?:e|es|ed|ing)|gave|give[sn]?|"
    r"confirm(?:s|ed)?\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:allocation|grant|award|uplift|contribution)|"
    r"confirm(?:s|ed)?(?=\s*$)|"
    r"commit(?:s|ted)?|invest(?:s|ed)?|contribut(?:e|es|ed)|fund(?:s|ed)?|approv(?:e|es|ed)|agreed|made available|"
    r"distribut(?:e|es|ed|ing)|pass(?:es|ed|ing)?(?:\s+on)?(?=\s*(?:$|£))|pass(?:es|ed) on|passport(?:s|ed|ing)?|"
    r"pass(?:es|ed)\s+(?:on\s+)?to(?=\s+(?:the\s+)?$)|"
    r"secured for|pledg(?:e|es|ed|ing)|"
    r"put(?:s|ting)? in(?! (?:a|an) (?:bid|application|request|claim))|"
    r"add(?:s|ed|ing)|set(?:s)? aside|earmark(?:s|ed)?|ring-?fenc(?:e|es|ed))\b",
    re.I,
)
_GET = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|secur(?:e|es|ed)|(?:is|are|was|were|has been|have been|had been|will be) (?:awarded|"
    r"allocated|granted|given|provided)|obtain(?:s|ed)|won|benefit(?:s|ed) from|bid for|gets|got|will get|getting|"
    r"attract(?:s|ed)|(?:application|applied|bid|bidding) for|accept(?:s|ed|ing)?)\b",
    re.I,
)
# "£198,000 of the Home Office Serious Violence Duty grant for 2024/25 to the X": the share of a named stream
_OF_STREAM = re.compile(r"^\s*of\s+(?-i:[A-Z]{3,})\b|"  # "£2.1m of SSMTRG": a stream by its acronym
                        # "£37,250 of Serious Violence Duty funding": a stream by its capitalised name
                        r"^\s*of\s+(?-i:(?:[A-Z][\w'’&-]*\s+){1,6})(?:grant|fund|funding|allocation)s?\b|"
                        r"^\s*of\s+(?:the|this|that|its|their)\s+(?:[\w'’&-]+\s+){0,8}?(?:grant|fund|funding|"
                        r"allocation|budget)s?\b(?:\s+for\s+(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?)?", re.I)
# "... £1.4m of SSMTRG and £96,000 of the detox grant from OHID": a second sum of another stream,
# coordinated with the first, between the first sum and the giver they share
_AND_ANOTHER_SUM = re.compile(r"\s*(?:,\s*and|,|and)\s+£\s?[\d.,]+(?:\s?(?:k|m|million))?\s+of\s+(?:the\s+)?"
                              r"(?:[\w'’&()-]+\s+){0,6}?(?:grant|fund|funding|allocation)\b")
_COORDINATED_SUM = re.compile(r"\s*(?:(?:of|from)\s+(?:the\s+)?[^£;.]{1,60}?)?\s*(?:,\s*and|,|and)\s*")
# "X bid for the Y Fund, and were granted £N": the receiver is the sentence's subject, not the name just before
_AND_GOT = re.compile(r",\s*and\s+(?:was|were|has been|have been|had been|is|are)\s+(?:awarded|allocated|granted|"
                      r"given|provided)\b", re.I)
# "£10,000 to deliver a Health Trainer service", "£34,000 to help meet the costs of the MARAC process"
_PURPOSE = re.compile(r"^[^.;]{0,30}?\bto (?:help )?(?:deliver|provide|fund|run|support|continue|meet|cover|"
                      r"contribute to)\b(?: the [a-z ]{0,40}\b(?:of|for))?\s+(?:a |an |the |its |their )?$", re.I)
# the money's recipient named before it: "the award to Y of three grants worth £N", "an allocation to Y of £N"
_AWARD_TO = re.compile(r"\b(?:award|allocation|grant|payment|contribution|uplift)s? to (?:the )?$", re.I)
_PER_RECIPIENT = re.compile(r"\b(?:per|each|for every)\b(?!\s+(?:year|annum|month|week|quarter|day)\b)", re.I)
_AGENT_KINDS = ("body", "post")
_RECIPIENT_KINDS = ("body", "post", "initiative", "publication", "name")


@reads()
def funding(doc: ExtractionDoc) -> None:
    funder = funder_in_context(doc)
    previous = None  # where the sentence before began
    received = _received_lists(doc)
    for line_index, (start, end) in doc.prose():
        if line_index in received:
            continue  # an item of a list of money received, read with the list's receiver
        sentence = doc.text[start:end]
        for given in _GIVEN_BY.finditer(sentence) if "been" in sentence else ():  # every match holds "been"
            _given_by(doc, start + given.start(), start + given.end(), end)
        if "funded by" in sentence:
            _funded_by_each(doc, start, end)
        if " to " in sentence or "received" in sentence or " through " in sentence or " via " in sentence:
            _grant_paid_to(doc, start, end)
            if " by " in sentence:
                _passed_by(doc, start, end)
        if "," in sentence and _AND_GOT.search(sentence):  # every match opens with a comma
            _bid_granted(doc, start, end)
        if " from " in sentence:
            _receives_from(doc, start, end)
            _funding_from(doc, start, end)
            if "budget" in sentence:
                _budget_parts(doc, start, end)
            if " for " in sentence:
                _money_for_from(doc, start, end)
        if "budget" in sentence and "£" in sentence:
            _budget_made_of(doc, start, end)
        if "fund" in sentence and "(£" in sentence:
            _funds_bracketed(doc, start, end)
        if "s " in sentence and ("fund" in sentence or "paid for" in sentence or "pays for" in sentence) and \
                re.search(r"\b(?:funds|funded|pays for|paid for)\b", sentence):  # a case-sensitive pattern
            _stream_funds(doc, start, end)
        if "contribution" in sentence:
            _contribution_funds(doc, start, end)
        if "£" in sentence and ("'s " in sentence or "’s " in sentence):
            _owned_fund_gives(doc, start, end)
        if "fund" in sentence and "£" in sentence:
            _funds_at(doc, start, end)
        if "funded by" in sentence and "£" in sentence:
            _subject_funded_by(doc, start, end)
        if "to fund" in sentence or "to jointly fund" in sentence:
            _agreed_to_fund(doc, start, end)
        if "£" not in sentence:
            # a grant named with its parties and no sum (with an amount, the grant is read by the sentence rule)
            if " to " in sentence.lower() and re.search(r"(?i)(?:grant|funding) to ", sentence):
                _owner_grant_to(doc, start, end)
            _gives_a_grant(doc, start, end)
            previous = start
            continue
        follows = _AS_FOLLOWS.search(sentence)
        if follows:
            _contributed_as_follows(doc, start, start + follows.end(), end)
            continue
        pooled = _POOLED_OF.match(sentence)
        if pooled and _pooled_from(doc, previous, start, start + pooled.end(), end):
            continue
        share = _listed_share(doc, start)
        read_so_far = len(doc.facts)
        holder = _named_grant_holder(doc, start, end)
        if holder is not None:
            # read from the sum on: the grant's giver named before it gave the grant, not this share
            share_at = next(m.start for m in doc.mentions(start, end) if m.kind == "money")
            _sentence(doc, share_at, end, holder)
            previous = start
            continue
        _sentence(doc, start, end, _earlier_grant_giver(doc, start, end) or (share.object if share else None) or funder)
        if share is not None:
            _share_period(doc, read_so_far, share.period)
        previous = start
    earlier: tuple | None = None  # (table, funder, period) of the last projects table read
    for table in _joined_tables(doc):
        before = len(doc.facts)
        _table(doc, table, funder)
        read = [f for f in doc.facts[before:] if f.rule == "funding:table"]
        if read:
            earlier = (table, read[0].subject, read[0].period)
        elif earlier is not None:
            earlier = _continued_table(doc, table, earlier)
    if funder is not None:
        _item_lines(doc, funder)
    _allocation_lists(doc)
    _one_year_paper(doc)
    for _, (start, end) in doc.prose(_HOLDER_WORDS):
        _grant_holder(doc, start, end, funder)


# A grant paid to a council that holds it for a partnership: "..., paid to X as accountable body", "held by X as
# the lead authority", "The grant is paid to the Council, which acts as accountable body", "X is the accountable
# body for the Y grant", "X receives the Y grant on behalf of Z". The holder is funded by the grant's giver too.
_HOLDER_WORDS = frozenset({"accountable body", "host authority", "lead authority", "lead body", "on behalf of",
                           "accountable authority", "host body"})
_HOLDER_ROLE = r"(?:the\s+)?(?i:accountable|host|lead)\s+(?i:body|authority|council)"
_PAID_TO_HOLDER = re.compile(r"\b(?:paid|given|passed|transferred|allocated|held|managed|administered|received)\s+"
                             r"(?:to|by)\s+(?:the\s+)?(?P<at>)[^,;.()]{2,80}?\s*,?\s+(?:as|which\s+acts\s+as|"
                             r"acting\s+as|which\s+is)\s+" + _HOLDER_ROLE + r"\b")
_HOLDER_FOR_GRANT = re.compile(r"(?P<at>)[A-Z][^,;.()]{2,80}?\s+(?:is|acts\s+as|will\s+be|acting\s+as)\s+"
                               + _HOLDER_ROLE + r"\s+for\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,6}?"
                               r"(?:grants?|funding|allocations?|funds|award)\b")
# "..., with Rotherham Council acting as accountable body": an absolute phrase that names the holder
_WITH_HOLDER = re.compile(r"\bwith\s+(?:the\s+)?(?P<at>)[A-Z][^,;.()]{2,80}?\s+acting\s+as\s+" + _HOLDER_ROLE + r"\b")
_HOLDS_ON_BEHALF = re.compile(r"(?P<at>)[A-Z][^,;.()]{2,80}?\s+(?:receives|received|holds|held|will\s+receive|"
                              r"will\s+hold)\s+(?:the\s+|its\s+)?(?:[\w'’&-]+\s+){0,6}?(?:grants?|funding|"
                              r"allocations?|award)\s+(?:as\s+" + _HOLDER_ROLE + r"\s+)?on\s+behalf\s+of\b")


_COUNCIL_NAME = re.compile(r"\b(?:Council|Cyngor|Authority)\b|^London Borough")


def _grant_holder(doc: ExtractionDoc, start: int, end: int, context_funder: Entity | None) -> None:
    """The council a grant is paid to as accountable (host, lead) body, and whose the grant is (see held_grant).
    The giver is the one a grant read in this sentence names, else the one of the grant read just before in the
    same paragraph, else the funder the paper is by (a commissioner's decision); none of these, no fact."""
    text = doc.text
    for pattern in (_PAID_TO_HOLDER, _WITH_HOLDER, _HOLDER_FOR_GRANT, _HOLDS_ON_BEHALF):
        for said in pattern.finditer(text, start, end):
            at = said.start("at")
            if pattern in (_HOLDER_FOR_GRANT, _HOLDS_ON_BEHALF) and at != start and not re.fullmatch(
                    r"\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:and\s+)?", text[start:at]) and \
                    not re.search(r"[;,]\s+(?:and\s+)?(?:the\s+)?$", text[start:at]):
                continue  # the holder opens the sentence or a clause of it
            holder_m = next((m for m in doc.mentions(at, said.end()) if m.start in (at, at + 4) and
                             m.kind in ("body", "place", "name")), None)
            if holder_m is None:
                continue
            holder = (_place_council(doc, start, at) if holder_m.name == "Council" else None) or \
                resolve_party(doc, holder_m, _RECIPIENT_KINDS)
            if holder is None or holder.kind != "body" or not _COUNCIL_NAME.search(holder.name):
                continue  # only a council holds money for a partnership
            giver, period = _holder_giver(doc, start, said.start(), end, holder, context_funder)
            if giver is None or _council_itself(giver, holder):
                continue  # (nor does its cabinet or executive, the paper's decision maker, give it the grant)
            _held_in_sentence(doc, start, at, end, giver, holder, grant_period(text[start:end]) or period)
    # "... pays £N to X Council, which acts as accountable body": a grant another rule read as paid to the holder
    for f in [f for f in doc.facts if f.relation == "funds" and start <= f.start < end and f.object is not None
              and f.object.kind == "body" and _COUNCIL_NAME.search(f.object.name)]:
        at = _holder_at(doc, start, end, f.object) if f in doc.facts else None
        if at is not None:
            _held_in_sentence(doc, start, at, end, f.subject, f.object, f.period)
    _holds_for(doc, start, end, context_funder)


def _held_in_sentence(doc: ExtractionDoc, start: int, at: int, end: int, giver: Entity, holder: Entity,
                      period: str | None) -> None:
    """The grant the sentence START..END says HOLDER (named at AT) holds (see held_grant). The money is the body's
    the holder's clause names it is held for; else the body a grant read from GIVER in this sentence (or the one
    before it that "the grant" refers back to) already funds; else the body the sentence says the grant supports. A
    sum read as paying the holder moves to that body. A sentence that says none of these does not say whose the
    money is ("paid to the Council as lead authority" for a duty of its own): nothing is added."""
    paid = [f for f in doc.facts if f.relation == "funds" and start <= f.start < end and f.object is not None and
            f.object.iri == holder.iri and f.subject.iri == giver.iri]
    target = _held_target(doc, at, end)
    granted = None
    if target is None and not paid:
        # (a sum of its own paid to the holder beside another's grant says nothing of whose the other is)
        target = _grant_read_for(doc, start, end, giver, holder)
        granted = _granted_to(doc, start, at) if target is None else None
        target = target or granted or _supported_subject(doc, start, at)
    if target is None:
        return
    doc.facts[:] = [f for f in doc.facts if f not in paid]
    amount = next((f.amount for f in paid if f.amount is not None), None)
    if granted is not None:
        # "the grant of £N offered by X to P, with the Council acting as accountable body": the one sum is P's
        lead = _grant_lead(doc, start)
        sums = [m for m in doc.mentions(lead, at) if m.kind == "money"]
        amount = amount_or_none(sums[0].name) if len(sums) == 1 else None
        period = period or grant_period(doc.text[lead:at])
    held_grant(doc, giver, holder, target, start, end, "funding:grant_holder", amount=amount, period=period)


# "The grant is paid to ...", "This funding is held by ...": a sentence about the grant the one before it gave
_GRANT_BACK = re.compile(r"(?i)\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:the|this|that|these|its)\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:grants?|funding|allocations?|award|money|sum)\b")


def _grant_read_for(doc: ExtractionDoc, start: int, end: int, giver: Entity, holder: Entity) -> Entity | None:
    """The one body, not a council, that a grant from GIVER read in the sentence START..END funds, or in the sentence
    just before it in the same paragraph when this one speaks of "the grant" ("The Commissioner has awarded the
    Partnership £N. The grant is paid to the Council, which acts as accountable body"). None when it funds two."""
    paragraph = doc.text.rfind("\n\n", 0, start)
    back = _GRANT_BACK.match(doc.text, start) is not None
    read = [f for f in doc.facts if f.relation == "funds" and f.subject.iri == giver.iri and f.object is not None
            and f.object.kind == "body" and f.object.iri != holder.iri and not _COUNCIL_NAME.search(f.object.name)
            and (start <= f.start < end or (back and paragraph < f.start and f.end <= start and
                                            start - f.end <= 300))]
    bodies = {f.object.iri: f.object for f in read}
    return next(iter(bodies.values())) if len(bodies) == 1 else None  # two bodies funded: which one is not said


# "... offered by the Commissioner to the X Partnership, with Y Council acting as ...": the grant's receiver
_GRANTED_TO = re.compile(r"(?i)\b(?:grants?|funding|allocations?|award|sum|£[\d,.]+[mk]?)\b[^;:]{0,160}?"
                         r"\bto\s+(?:the\s+)?$")


def _grant_lead(doc: ExtractionDoc, start: int) -> int:
    """Where the words about a grant a holder sentence from START speaks of may begin: a list item's sentence is
    read from its last line break, and the grant is named on the line before it (within its paragraph)."""
    return max(doc.text.rfind("\n\n", 0, start), start - 200, 0)


def _granted_to(doc: ExtractionDoc, start: int, at: int) -> Entity | None:
    """The body, not a council, that the sentence from START says a grant is given to, before the holder named at
    AT ("the grant of £N offered by X to the P, with Y Council acting as accountable body")."""
    since = _grant_lead(doc, start)
    for m in reversed(doc.mentions(since, at)):
        if m.kind not in ("body", "name") or not _GRANTED_TO.search(doc.text, since, m.start):
            continue
        body = resolve_party(doc, m, _RECIPIENT_KINDS)
        if body is None or body.kind != "body" or _COUNCIL_NAME.search(body.name):
            return None
        return body
    return None


# "The Panel is supported by a Home Office grant paid to ...": the sentence's subject is what the grant is for
_SUPPORTED_BY = re.compile(r"\s+(?:is|are|was|were|has\s+been)\s+(?:jointly\s+|partly\s+|mainly\s+)?"
                           r"(?:funded|supported|resourced|financed)\s+(?:by|through|from)\s+(?:a|an|the)\b")


def _supported_subject(doc: ExtractionDoc, start: int, at: int) -> Entity | None:
    """The body, not a council, that opens the sentence START.. as what a grant supports (see _SUPPORTED_BY),
    before the holder named at AT."""
    first = next((m for m in doc.mentions(start, at) if m.kind in ("body", "name")), None)
    if first is None or doc.text[start : first.start].strip(" ") not in ("", "The", "the") or \
            not _SUPPORTED_BY.match(doc.text, first.end, at):
        return None
    body = resolve_party(doc, first, _RECIPIENT_KINDS)
    if body is None or body.kind != "body" or _COUNCIL_NAME.search(body.name):
        return None
    return body


def held_grant(doc: ExtractionDoc, giver: Entity, council: Entity, partnership: Entity | None, start: int, end: int,
               rule: str, *, amount: Decimal | None = None, period: str | None = None) -> None:
    """A grant COUNCIL holds as accountable (host, lead) body (CONVENTIONS.md C): the money is the partnership's it
    is held for, so GIVER funds that partnership and the council is only its accountable body (`other`), never the
    grant's recipient on that account. A paper that does not say for whom the council holds it adds nothing: the
    recipient would be a guess."""
    if partnership is None or partnership.iri in (council.iri, giver.iri):
        return
    doc.add(giver, "funds", partnership, start, end, rule, 0.85, amount=amount, period=period,
            qualifier="held by " + council.name)
    doc.add(council, "other", partnership, start, end, rule, 0.8, note="accountable body")


def _held_target(doc: ExtractionDoc, at: int, end: int) -> Entity | None:
    """The partnership the holder named at AT says it holds the money for, in its own clause (to END or the next
    semicolon: "X receives the A grant on behalf of P; Y is the accountable body for ..." gives P to X alone): the
    body named after "on behalf of" or "accountable (host, lead) body for". None when it names none, or names a
    grant there."""
    semicolon = doc.text.find(";", at, end)
    end = end if semicolon < 0 else semicolon
    for said in _HOLDS_FOR.finditer(doc.text, at, end):
        target = _held_for_named(doc, said.start("at"), end)
        if target is not None:
            return target
    return None


def _held_for_named(doc: ExtractionDoc, at: int, end: int) -> Entity | None:
    """The body named at AT after "on behalf of" or "accountable body for": a partnership or board, never a council
    (a council holds money for a partnership, not the other way round) nor a grant's name."""
    target_m = next((m for m in doc.mentions(at, min(end, at + 100)) if m.start in (at, at + 4) and
                     m.kind in ("body", "name")), None)
    if target_m is None:
        return None
    target = doc.resolver.acronym(target_m.name) if target_m.kind == "name" and target_m.head == "acronym" \
        else resolve_party(doc, target_m, _RECIPIENT_KINDS)
    if target is None or target.kind != "body" or _COUNCIL_NAME.search(target.name):
        return None
    if _GRANT_NAMED.match(doc.text, target_m.end, end):
        return None  # "accountable body for the Ministry's SV grant": the name is the grant's, not a body's
    return target


# "... to the Council for 2026/27 on behalf of the NWCSP", "The Council manages the grant on behalf of the PSP",
# "given to the Council, the accountable body for the X Partnership": the council only holds the money; the body it
# holds it for is given it by the grant's giver as well (no sum: which of the two a sum is written to varies)
_HOLDS_FOR = re.compile(r"\b(?:on\s+behalf\s+of|(?:accountable|host|lead)\s+(?:body|authority)\s+for)\s+"
                       r"(?:the\s+)?(?P<at>)")
_GRANT_NAMED = re.compile(r"(?i)['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:grants?|funding|allocations?|funds?|money|budget)\b")
# the sentence names a council as the money's holder: a payee after "to"/"by", or a council that opens it
_TO_HOLDER = re.compile(r"(?i)\b(?:to|by)\s+(?:the\s+)?$")


def _holds_for(doc: ExtractionDoc, start: int, end: int, context_funder: Entity | None) -> None:
    """The partnership a council holds a grant for (see _HOLDS_FOR): the grant's giver funds it. Only in a sentence
    whose council is the holder: one a fact of this sentence is paid to, or one named just before the phrase as the
    payee ("to the Council ... on behalf of"); a body that delivers something on the partnership's behalf holds no
    grant, and a sentence naming no grant's giver (this one, the paragraph's last, the paper's) gives nothing."""
    text = doc.text
    for said in _HOLDS_FOR.finditer(text, start, end):
        target = _held_for_named(doc, said.start("at"), end)
        if target is None:
            continue
        holders = [m for m in doc.mentions(start, said.start()) if m.kind in ("body", "place", "name") and
                   _TO_HOLDER.search(text, max(start, m.start - 10), m.start)]
        # "Rotherham's grant was paid to the Council": the council of the place whose grant it is
        holder = _place_council(doc, start, holders[-1].start) if holders and holders[-1].name == "Council" else None
        if holder is None and holders:
            holder = resolve_party(doc, holders[-1], _RECIPIENT_KINDS)
        paid = [f for f in doc.facts if f.relation == "funds" and start <= f.start < end and
                _COUNCIL_NAME.search(f.object.name) and f.object.kind == "body"]
        if holder is None and holders and holders[-1].name == "Council":
            # "The grant is managed by the Council on behalf of ...": in a paper not by a council, the council is
            # the one the grant read just before in the paragraph was paid to
            paragraph = text.rfind("\n\n", 0, start)
            paid = [f for f in doc.facts if f.relation == "funds" and f.amount is not None and
                    paragraph < f.start and f.end <= start and start - f.end <= 400 and f.object.kind == "body" and
                    _COUNCIL_NAME.search(f.object.name)][-1:]
        if not (paid or (holder is not None and holder.kind == "body" and _COUNCIL_NAME.search(holder.name))):
            continue
        council = paid[-1].object if paid else holder
        # the giver of the grant this sentence pays the council, else the one _holder_giver finds for it
        giver, period = (paid[-1].subject, paid[-1].period) if paid else \
            _holder_giver(doc, start, said.start(), end, council, context_funder)
        if giver is None or giver.iri in (council.iri, target.iri):
            continue
        amount = None
        if paid:
            # the grant read as paid to the council is the partnership's: it moves, sum and all
            doc.facts.remove(paid[-1])
            amount = paid[-1].amount
        held_grant(doc, giver, council, target, start, end, "funding:held_for", amount=amount,
                   period=period if amount is not None else grant_period(text[start:end]) or period)


# "Rotherham's grant was paid to the Council", "Eastvale's allocation is held by the Council": a place's grant
_PLACE_GRANT = re.compile(r"\b(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})['’]s\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:grants?|allocations?|funding|award|share)\b")


def _place_council(doc: ExtractionDoc, start: int, at: int) -> Entity | None:
    """The council of the place whose grant the sentence from START speaks of before AT (see _PLACE_GRANT); None
    when it names no known place's grant."""
    said = _PLACE_GRANT.search(doc.text, start, at)
    name = placenames.council_of(placenames.canonical_place(said.group("place"))) if said else None
    return doc.resolver.body_named(name) if name else None


# "Grant from the North Wales PCC (...) is paid to", "funded by a Home Office grant paid to": the giver the
# sentence names for the grant itself, before the holder
_GRANT_FROM = re.compile(r"(?i)\b(?:grants?|funding|allocations?|money)\s+from\s+(?:the\s+)?$")
_GRANT_AFTER = re.compile(r"\s+(?:[A-Z][\w&'’-]*\s+){0,5}?(?i:grant|funding|allocation)\b")


def _holder_giver(doc: ExtractionDoc, start: int, said: int, end: int, holder: Entity, context_funder: Entity | None
                  ) -> tuple[Entity | None, str | None]:
    """Who gives the grant a holder sentence (START..END, the holder phrase at SAID) speaks of, and its period
    (see _grant_holder)."""
    here = [f for f in doc.facts if f.relation == "funds" and start <= f.start < end and f.subject.kind in
            _AGENT_KINDS and f.subject.iri != holder.iri]
    # (a grant to another first; else the grant this sentence pays the holder itself names its giver)
    here = [f for f in here if f.object.iri != holder.iri] or here
    if here:
        return here[-1].subject, here[-1].period
    for m in doc.mentions(start, said):
        if m.kind == "money":
            continue
        if _GRANT_FROM.search(doc.text, max(start, m.start - 30), m.start):
            giver = resolve_party(doc, m, _AGENT_KINDS)
        elif _GRANT_AFTER.match(doc.text, m.end, said) and re.search(r"\b(?:a|an|the|by)\s+$",
                                                                     doc.text[max(start, m.start - 6) : m.start]):
            national = _national_head(m) if m.kind != "body" else m  # "a Home Office grant"
            giver = resolve_party(doc, national, _AGENT_KINDS) if national is not None else None
        else:
            continue
        if giver is not None and giver.iri != holder.iri:
            return giver, None
    paragraph = doc.text.rfind("\n\n", 0, start)
    prior = next((f for f in reversed(doc.facts) if f.relation == "funds" and f.rule.startswith("funding:") and
                  f.amount is not None and f.end <= start and f.start > paragraph and start - f.end <= 400), None)
    if prior is not None and prior.subject.kind in _AGENT_KINDS and prior.subject.iri != holder.iri:
        return prior.subject, prior.period
    return context_funder, None


# "In 2023-24 the Partnership received:", "Grants received this year:", "We have secured the following funding:":
# a list of the money one body got, each item naming its giver ("£N from X for Y"); the lead ends the line
_RECEIVED_LEAD = re.compile(r"(?i)\b(?:(?:has|have|had)\s+)?(?:also\s+)?(?:received|receives|secured|(?:was|were|"
                            r"has\s+been|have\s+been)\s+(?:awarded|allocated|granted|given))\b"
                            r"(?:\s+(?:the\s+following|these|this|in|for|during)\b[^:\n£]{0,50})?\s*:\s*$")
# "Funding received in 2023/24", "4. Grants received": a heading over the paper's own body's income
# "The manager set out the grants secured by the Eastvale Youth Justice Partnership for 2025/26:": a sentence lead
# whose passive names the receiver after "by"
_RECEIVED_BY = re.compile(r"(?i)\b(?:funding|grants?|income|money|allocations?)\s+(?:received|"
                          r"secured)\s+by\s+(?P<who>[^£:\n]{2,80}?)\s*(?:\b(?:in|for|during)\b[^£:\n]{0,30})?:\s*$")
# (a caption may be numbered as a table: "Table 3: Funding received by the Partnership, 2024/25")
_RECEIVED_TITLE = re.compile(r"(?i)^(?:(?:table|figure|appendix)\s+[\w.]{1,4}\s*[:.–-]\s*)?(?:\d+(?:\.\d+)*\.?\s+)?"
                             r"(?:external\s+|partnership\s+)?(?:funding|grants?|"
                             r"income|money)\s+(?:received|secured|awarded)\b(?:\s+by\s+[^£:]{3,50})?[^£:]{0,30}:?$")
# "The Partnership's work was funded from the following sources in 2023/24:", "The CSP was funded as follows:": a lead
# naming the body whose income the table under it lists (WHO ends before the verb)
_FUNDED_AS_FOLLOWS = re.compile(r"(?i)(?:\d+(?:\.\d+)*\.?\s+)?(?P<who>[^£:]{2,80}?)(?:['’]s\s+(?:work|activity|"
                                r"activities|programme|budget))?\s+(?:was|were|is|are|has\s+been)\s+(?:funded|financed|"
                                r"resourced)\s+(?:(?:from|by)\s+the\s+following(?:\s+sources)?|as\s+follows)\b"
                                r"[^£:]{0,40}:\s*$")
# "Funding for 2024/25 was as follows:", "Sources of funding in 2023/24:": income named without its body, the paper's
_INCOME_AS_FOLLOWS = re.compile(r"(?i)(?:\d+(?:\.\d+)*\.?\s+)?(?:our\s+)?(?:funding|income|sources\s+of\s+funding|"
                                r"funding\s+sources)(?:\s+(?:for|in|during)\s+[^£:]{2,20})?(?:\s+(?:was|is|were)\s+"
                                r"as\s+follows)?\s*:?\s*$")
# "£24,500 from the X", "£48,000 of Serious Violence Duty grant from the X": the item's sum, then its giver
_ITEM_FROM = re.compile(r"\s*(?:(?:of|in)\s+[^£;:()]{1,60}?\s+)?from\s+(?:the\s+)?$")


def _received_lists(doc: ExtractionDoc) -> set[int]:
    """Read each list of money one body received (see _RECEIVED_LEAD): the item's giver funds the body the lead
    names (the paper's own body when the lead names none, "We received:"). Returns the lines of the items read so,
    which the sentence rules leave alone: their "for Y" is what the money is for, not who got it."""
    lines = doc.layout.lines
    items: set[int] = set()
    for k, lead in enumerate(lines):
        # a short lead ("We have been awarded:") is read by the layout as a field whose value is the list below
        said = _RECEIVED_LEAD.search(lead.text) if ":" in lead.text and lead.kind in ("text", "bullet", "field") \
            else None  # the lead ends in a colon: a line without one is not searched
        if said is None:
            continue
        receiver = _receiver_named(doc, lead.start, lead.start + said.start())
        if receiver is None:
            continue
        period = grant_period(lead.text)
        after = k + 1
        while after < len(lines) and lines[after].kind == "blank" and after <= k + 1:
            after += 1
        for j in range(after, len(lines)):
            item = lines[j]
            if item.kind != "bullet":
                break
            if _received_item(doc, item, receiver, period):
                items.add(j)
    return items


def _receiver_named(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """The receiver a lead names before its verb ("the Partnership received:"), else the paper's own body when the
    lead speaks for it or names no one ("We received:", "In 2023-24 we secured the following:")."""
    if re.search(r"(?i)\b(?:we|our)\b", doc.text[start:end]):
        return _own_receiver(doc)
    named = [m for m in doc.mentions(start, end) if m.kind != "money" and not _PERIOD.fullmatch(m.name)]
    if named:
        e = resolve_party(doc, named[-1], _RECIPIENT_KINDS)
        return e if e is not None and e.kind == "body" else None
    return None if re.search(r"[A-Za-z]{3,}", doc.text[start:end]) else _own_receiver(doc)


def _own_receiver(doc: ExtractionDoc) -> Entity | None:
    body = doc.resolver.body
    if body is None or body.kind != "body" or _NOT_BUDGET_HOLDER.search(body.name):
        return None
    return body


def _received_item(doc: ExtractionDoc, item, receiver: Entity, period: str | None) -> bool:
    """"£N from X for Y": X gives RECEIVER £N. True when the item was read so."""
    start, end = item.content_start, item.end
    found = doc.mentions(start, end)
    if not found or found[0].kind != "money" or found[0].start - start > 2:
        return False
    money = found[0]
    amount = amount_or_none(money.name)
    if amount is None or len([m for m in found if m.kind == "money"]) > 1:
        return False
    giver_mention = next((m for m in found[1:] if _ITEM_FROM.fullmatch(doc.text, money.end, m.start)), None)
    giver = _item_giver(doc, giver_mention) if giver_mention is not None else None
    if giver is None or giver.iri == receiver.iri:
        return False
    period = grant_period(doc.text[start:end]) or period
    doc.add(giver, "funds", receiver, item.start, end, "funding:received_list", 0.85, amount=amount, period=period)
    # "£48,000 from the Home Office Safer Streets Fund (Round 5), through the OPCC, for ...": the body it passed
    # through funds the receiver too
    later = [m for m in found if m.start >= giver_mention.end]
    via = next((m for m in later if _VIA.search(doc.text, giver_mention.end, m.start) and
                len(doc.text[giver_mention.end : m.start].split()) <= 8), None)
    passed_on = resolve_party(doc, via, _AGENT_KINDS) if via is not None else None
    if passed_on is not None and passed_on.iri not in (giver.iri, receiver.iri):
        doc.add(passed_on, "funds", receiver, item.start, end, "funding:received_list", 0.8, period=period)
    return True


def _item_giver(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """The giver a "from" names: the body or office, the owner before a possessive ("the Commissioner for X's
    Community Safety Fund", which the name finder may read as one name), or the national owner of a fund."""
    own = re.search(r"['’]s\s", doc.text[m.start : m.end])
    if own is not None:
        owner = [n for n in find_mentions(doc.text, m.start, m.start + own.start()) if n.kind in _AGENT_KINDS]
        return resolve_party(doc, owner[0], _AGENT_KINDS) if len(owner) == 1 else None
    giver = resolve_party(doc, m, _AGENT_KINDS)
    return giver if giver is not None else _stream_giver(doc, m)[0]


# "Members noted the following allocations from the action plan:", "The main commissioned services are:": a list of
# the money a body gives or the services it buys, one item a line
_LIST_LEAD = re.compile(r"(?i)\b(?:the\s+following\s+(?:allocations?|grants?|awards?|commissioned\s+services)|"
                        r"commissioned\s+services(?:\s+(?:for|in)\s+\S+)?\s+(?:are|were|include|included))\b"
                        r"[^:\n]{0,60}:\s*$")
_SPENDS_AS_FOLLOWS = re.compile(r"(?i)\s+(?:will\s+|has\s+|have\s+|is\s+to\s+)?(?:also\s+)?(?:spend|spends|spent|use|"
                                r"uses|used|allocate|allocates|allocated|distribute|distributes|distributed)\s+"
                                r"(?:it|this|them|the\s+(?:grant|allocation|funding|money|award))\s+as\s+follows\s*:\s*$")
# "Street Pastors (three towns): £18,500", "Home Secure scheme: £42,000, delivered by X"
_NAMED_SUM = re.compile(r"(?P<name>[A-Z][^:£;\n]{2,100}?)\s*(?:\([^()]{1,80}\))?\s*[:–-]\s*(?P<amount>£\s?[\d.,]+"
                        r"(?:\s?(?:k|m|million))?)\b")
# "Oldham Youth Boxing Academy (£25,000);": a name and its sum in brackets, the whole item
_BRACKETED_SUM = re.compile(r"(?P<name>[A-Z][^:£;()\n]{2,100}?)\s*\(\s*(?P<amount>£\s?[\d.,]+(?:\s?(?:k|m|million))?)"
                            r"\s*\)\s*[.;,]?\s*")
# "Peer mentoring, delivered by Cwm Valley Recovery Network, £96,750": a service, its provider, the contract's value
_PROVIDER_SUM = re.compile(r"(?P<what>[^,£;]{3,120}?)\s*,\s*(?:delivered|provided|run)\s+by\s+(?:the\s+)?"
                           r"(?P<provider>[A-Z][^,£;()]{2,80}?)\s*(?:,\s*(?:(?:a\s+)?contract\s+(?:value|worth)\s+"
                           r"(?:of\s+)?|at\s+)?|\(\s*)(?P<amount>£\s?[\d.,]+(?:\s?(?:k|m|million))?)\b")
# "£118,500 for independent advocacy, delivered by the Y Hub": the sum first, then what it buys and who provides it
_SUM_PROVIDER = re.compile(r"(?P<amount>£\s?[\d.,]+(?:\s?(?:k|m|million))?)\s+(?:for|towards)\s+[^,£;]{3,120}?\s*,\s*"
                           r"(?:delivered|provided)\s+by\s+(?:the\s+)?(?P<provider>[A-Z][^,£;()]{2,80}?)\s*[.;]?\s*$")

# "Arrest referral, delivered by Newport DIP Ltd": a commissioned service with no sum
_PROVIDER_ONLY = re.compile(r"[^,£;]{3,120}?\s*,\s*(?:delivered|provided|run)\s+by\s+(?:the\s+)?"
                            r"(?P<provider>[A-Z][^,£;]{2,80}?)\s*[.;]?\s*")


def _allocation_lists(doc: ExtractionDoc) -> None:
    """Each item of a list of allocations or commissioned services: the body the lead names (else the paper's own
    board or partnership) funds the item the line names, or the provider a service's line names (and, for
    commissioned services, commissions it)."""
    lines = doc.layout.lines
    for k, lead in enumerate(lines):
        # three of the four leads end in a colon, which most lines lack: their searches are skipped there
        colon = ":" in lead.text
        said = _LIST_LEAD.search(lead.text) if colon and lead.kind in ("text", "bullet") else None
        spends = _SPENDS_AS_FOLLOWS.search(lead.text) if colon and said is None and lead.kind in ("text", "bullet") \
            else None
        if spends is not None:
            # "The Partnership will spend it as follows:": the holder, named right before its verb, pays each item
            said = spends
            holder = next((m for m in doc.mentions(lead.start, lead.start + spends.start())
                           if m.end == lead.start + spends.start() and m.kind in _AGENT_KINDS), None)
            giver = resolve_party(doc, holder, _AGENT_KINDS) if holder is not None else None
        elif said is not None:
            giver = _list_giver(doc, lead.start, lead.start + said.start())
        elif (said := (colon and _MONEY_PAYS_FOR.search(lead.text) or None) or _SPENT_AS_FOLLOWS.search(lead.text)
              if lead.kind in ("text", "bullet", "field") else None) is not None:  # "The grant will fund:" a field
            giver = _spender(doc, lead, lead.start + said.start())
        else:
            continue
        if giver is None:
            continue
        bought = "commissioned" in said.group().lower()
        after = k + 1
        while spends is not None and after < len(lines) and lines[after].kind == "blank":
            after += 1  # the list set off from its lead by a blank line
        for item in lines[after:]:
            if item.kind != "bullet" or not item.content.startswith(item.content.lstrip()):
                break
            _allocation_item(doc, item, giver, bought, grant_period(lead.text))


# "The PCC money will fund:", "The grant will be spent as follows:", "Projects funded this year include:": a list of
# what a sum pays for, its owner named in the lead or the holder of the grant read just above
_MONEY_PAYS_FOR = re.compile(r"(?i)(?:\b(?:money|grant|funding|allocation|award|fund)\s+"
                             r"(?:will|is\s+to|would|has|have)\s+(?:be\s+)?(?:also\s+)?(?:fund(?:ed)?|pay\s+for|paid\s+for|spen[dt]|used|support(?:ed)?)\b|"
                             r"\b(?:projects|schemes|services|initiatives)\s+(?:funded|supported|paid\s+for)\b[^:]{0,30}?"
                             r"\b(?:include|included|are|were)|"
                             r"\b(?:planned|proposed)\s+(?:spend|spending|use\s+of\s+(?:the|this|that)\s+"
                             r"(?:money|grant|funding|allocation)))[^:£\n]{0,30}:\s*$")
# the owner of the money a lead names right before "money"/"grant": "The PCC money", "The Commissioner's grant"
_OWNER_BEFORE = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}(?:money|grant|funding|allocation|award|fund)\b")


def _spender(doc: ExtractionDoc, lead, at: int) -> Entity | None:
    """Who pays for the items of a list whose lead speaks of a sum (_MONEY_PAYS_FOR): the body or office the lead
    names as the money's owner, else the receiver of the grant read just above in the same section, who holds the
    money and pays it on (as with the shares of "Of this:"); None when neither is said."""
    for m in doc.mentions(lead.start, at):
        if m.kind in (*_AGENT_KINDS, "name") and _OWNER_BEFORE.match(doc.text, m.end, at + 40) and \
                (owner := resolve_party(doc, m, _AGENT_KINDS)) is not None:
            return owner
    prior = _grant_before(doc, at)  # the grant's sentence may end on the lead's own line
    if prior is None or at - prior.end > 800 or any(
            _opens_section(doc, ln) for ln in doc.layout.lines if prior.end <= ln.start < at):
        return None  # no grant read in this section: whose money it is is not said
    holder = prior.object
    # a body, or an office that holds money (a commissioner, a mayor): not a post the grant pays for
    if holder is None or not (holder.kind == "body" or (holder.kind == "post" and
                                                         re.search(r"\b(?:Commissioner|Mayor)\b", holder.name))):
        return None
    return holder


def _list_giver(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """The body or post a list's lead names before what it lists, else the paper's own board or partnership."""
    for m in reversed(doc.mentions(start, end)):
        if m.kind in _AGENT_KINDS and (e := resolve_party(doc, m, _AGENT_KINDS)) is not None:
            return e
    body = doc.resolver.body
    if body is None or body.kind != "body" or _NOT_BUDGET_HOLDER.search(body.name):
        return None
    return body


def _allocation_item(doc: ExtractionDoc, item, giver: Entity, bought: bool, period: str | None) -> None:
    text = doc.text[item.content_start : item.end]
    by_provider = _PROVIDER_SUM.match(text) or _SUM_PROVIDER.match(text)
    named = None if by_provider else _NAMED_SUM.match(text) or _BRACKETED_SUM.fullmatch(text)
    found = by_provider or named
    if found is None:
        bare = _PROVIDER_ONLY.fullmatch(text) if bought else None
        provider = doc.resolver.body_named(" ".join(bare.group("provider").split())) if bare else None
        if provider is not None and provider.iri != giver.iri:
            doc.add(giver, "commissions", provider, item.start, item.end, "funding:allocation_list", 0.85)
        return
    amount = amount_or_none(found.group("amount").replace(" ", ""))
    if amount is None:
        return
    if by_provider:
        a, b = item.content_start + found.start("provider"), item.content_start + found.end("provider")
        receiver = doc.resolver.body_named(" ".join(doc.text[a:b].split()))
    else:
        a, b = item.content_start + found.start("name"), item.content_start + found.end("name")
        receiver = _listed_thing(doc, a, b)
    if receiver is None or receiver.iri == giver.iri or total_label(found.group("provider" if by_provider else 1)):
        return
    period = grant_period(text) or period
    # the sentence rule read the item alone, without the list's giver ("£N for X, provided by Y": Y as the giver)
    doc.facts[:] = [f for f in doc.facts if not (f.rule == "funding:sentence" and item.start <= f.start < item.end)]
    doc.add(giver, "funds", receiver, item.start, item.end, "funding:allocation_list", 0.85, amount=amount,
            period=period)
    if bought and by_provider and receiver.kind == "body":
        doc.add(giver, "commissions", receiver, item.start, item.end, "funding:allocation_list", 0.85)


_ACTIVITY_TAIL = re.compile(r"(?:\s+(?!(?:scheme|project|programme|service|services|initiative|pilot|post|team|hub|"
                            r"fund|campaign|network|group|partnership)\b)[a-z][\w-]*)+\s*$")


def _listed_thing(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """What a list item's name (TEXT[a:b]) is: the body or post it names whole, else a scheme or service by that
    name."""
    # "Support Hub co-ordination: £12,000": the hub's work; the money goes to the hub (a "... scheme" keeps its head)
    activity = _ACTIVITY_TAIL.search(doc.text, a, b)
    if activity is not None and len(doc.text[a : activity.start()].split()) >= 2:
        b = activity.start()
    name = " ".join(doc.text[a:b].split())
    whole = [m for m in doc.mentions(a, b) if m.start == a and m.end == b]
    if whole and whole[0].kind in ("body", "post", "name", "initiative"):
        found = resolve_party(doc, whole[0], _RECIPIENT_KINDS)
        if found is not None:
            return found
    if placenames.is_place(name) or not re.match(r"[A-Z]", name) or len(name.split()) > 8:
        return None
    return doc.resolver.thing("initiative", Mention(a, b, "initiative", name))


_FINANCIAL_YEAR = re.compile(r"\b((?:19|20)\d\d)\s?[/–-]\s?(\d{2}|(?:19|20)\d\d)\b")
# "up from £7,500 last year", "compared with the previous year": an amount of another year than the paper's
_OTHER_YEAR = re.compile(r"(?i)\b(?:last|previous|prior|next|following|coming) (?:financial )?year\b|"
                         r"\b(?:up|down) from\b|\bcompared (?:with|to)\b|\bin year\b")


def _one_year_paper(doc: ExtractionDoc) -> None:
    """A paper that names one financial year only ("Surge grant allocations for 2020/21") speaks of that year: each
    amount it gives without a period is that year's, unless its sentence speaks of another year."""
    years = {f"{m.group(1)}/{m.group(2)[-2:]}" for m in _FINANCIAL_YEAR.finditer(doc.text)
             if (int(m.group(2)[-2:]) - int(m.group(1)[-2:])) % 100 == 1}  # "2022-2025" spans years: no one year
    if len(years) != 1:
        return
    year = years.pop()
    for f in doc.facts:
        if f.relation == "funds" and f.amount is not None and f.period is None and f.rule.startswith("funding:") \
                and not _OTHER_YEAR.search(doc.text, f.start, f.end):
            f.period = year


# "Funding has been given to Y by X", "grants of £N have been awarded to Y by X": the receiver comes first
_GIVEN_BY = re.compile(r"\b(?i:funding|grants?|money|monies|£\s?[\d.,]+(?:k|m| million)?)\s+(?:of\s+£\s?[\d.,]+"
                       r"(?:k|m| million)?\s+)?(?:has|have|had|was|were)\s+(?:also\s+|now\s+)?been\s+(?:given|provided|"
                       r"awarded|allocated|granted|made available)\s+to\s+(?:the\s+)?")


def _given_by(doc: ExtractionDoc, said: int, at: int, end: int) -> None:
    """Y named at AT, then "by X": X funds Y, with the amounts in brackets just after X ("(from £20k to £45k)")."""
    found = doc.mentions(at, end)
    if not found or found[0].start - at > 1 or found[0].kind == "money":
        return
    receiver = found[0]
    by = re.match(r"[^.;:()£]{0,40}?\bby\s+(?:the\s+)?", doc.text[receiver.end : end])
    giver = next((m for m in found[1:] if by and m.start == receiver.end + by.end()), None)
    if giver is None:
        return
    funder, recipient = resolve_party(doc, giver, _AGENT_KINDS), resolve_party(doc, receiver, _RECIPIENT_KINDS)
    if funder is None or recipient is None:
        return
    bracket = re.match(r"\s*\(([^()]{0,60})\)", doc.text[giver.end : end])
    amounts = []
    for m in doc.mentions(giver.end, giver.end + bracket.end()) if bracket else []:
        if m.kind == "money":
            try:
                amounts.append(parse_amount(m.name))
            except ValueError:
                continue
    if not amounts and "£" in doc.text[said:end]:
        return  # "£N has been given to Y by X": the sentence rule reads it with its amount
    stop = giver.end + (bracket.end() if bracket else 0)
    period = grant_period(doc.text[said:stop])
    for amount in amounts or [None]:
        doc.add(funder, "funds", recipient, said, stop, "funding:given_by", 0.85, amount=amount, period=period)


_ITEM_LINE = re.compile(r"^(?P<name>[A-Z][^£\n]{2,120}?)\s*[.:–-]?\s*£\s?"
                        r"(?P<amount>\d[\d,]*(?:\.\d+)?\s?(?:k|m|million)?)"
                        r"(?:\s*$|\s+(?:to|for|towards)\s)")


# "(£14,500)", "(£8,000 in 2023/24)": an amount bracketed straight after a party, with a few words of period
_BRACKET_AMOUNT = re.compile(r"\s*\(\s*(£\s?[\d.,]+\s?(?:k|m|million)?)([^()]{0,30})\)")

# "X is funded by A and by a grant from B (£N in 2024/25)": each giver after "funded by", its amount in brackets
_FUNDED_BY_EACH = re.compile(r"\b(?:is|are|was|were|has been|have been)\s+(?:jointly\s+|partly\s+|mainly\s+)?"
                             r"funded\s+by\s+(?:the\s+)?")
_NEXT_GIVER = re.compile(r"^\s*(?:,|,?\s+and)\s+(?:also\s+)?(?:by\s+)?(?:the\s+)?(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:grant|funding|contribution)s?\s+from\s+(?:the\s+)?)?$", re.I)
# "the Area Planning Board, which is funded by": the receiver named just before, or before ", which"
# ("the Night Safe scheme is funded by": a lower-case head after the name is the name's, not another thing)
_FUNDED_GAP = re.compile(r"\s*(?:(?:scheme|project|programme|service|initiative|post|team|pilot)s?\s*)?"
                         r"(?:,\s*(?:which|who)\s+)?")
# "the Welsh Government's Substance Misuse Action Fund": a giver owning the stream its money comes through
_OWNS_STREAM = re.compile(r"['’]s\s+(?:[A-Z][\w&-]*\s+){0,6}(?:Grant|Fund|Funding)\b|['’]s\s+(?:[a-z-]+\s+){0,3}"
                          r"(?:grant|fund|funding)\b")
# "Our work is funded by", "We are funded by": the paper's own body speaks
_WE = re.compile(r"(?:\b[Oo]ur (?:work|partnership|service|board)|\bWe)\s+$")




def _listing_aside(text: str, start: int, end: int) -> re.Match | None:
    """The opening of a comma aside that runs to END (", including A and B, is funded by"), or None."""
    from .clauses import COMMA_ASIDE  # the one lexicon of the asides that list what a body holds

    opened = list(COMMA_ASIDE.finditer(text, start, end))
    return opened[-1] if opened and re.fullmatch(r"[^,;.()£]{2,120},\s*", text[opened[-1].end() : end]) else None


_STREAM_WORD = re.compile(r"\s+(?:grant|funding|fund|allocation)s?\b", re.I)


def _funded_by_each(doc: ExtractionDoc, start: int, end: int) -> None:
    """Every giver of "X is funded by A and by a grant from B (£N in P)" funds X, with the amount bracketed after
    it; "Our work is funded by ..." on a body's own page speaks for that body."""
    text = doc.text
    for said in _FUNDED_BY_EACH.finditer(text, start, end):
        found = doc.mentions(start, end)
        receiver, begin = None, start
        we = bool(_WE.search(text[max(start, said.start() - 20) : said.start()]))
        if we:
            body = doc.resolver.body
            receiver = body if body is not None and body.kind == "body" else None
        else:
            near = [m for m in found if m.end <= said.start() and _FUNDED_GAP.fullmatch(text, m.end, said.start())]
            aside = None if near or not text[start : said.start()].rstrip().endswith(",") else \
                _listing_aside(text, start, said.start())
            if aside is not None:
                # "The Prevent team, including the Prevent Manager and an officer, is funded by": the body before
                # the aside that lists what it holds
                near = [m for m in found if m.end <= aside.start() and
                        _FUNDED_GAP.fullmatch(text, m.end, aside.start())]
            receiver = resolve_party(doc, near[-1], _RECIPIENT_KINDS) if near else None
            begin = near[-1].start if near else start
        if receiver is None:
            continue
        at = said.end()
        for m in (m for m in found if m.start >= said.end() and m.kind != "money"):
            if m.start != at and not _NEXT_GIVER.match(text[at : m.start]):
                break
            national = _national_head(m) if m.kind in ("name", "initiative") else None
            # "funded by the Home Office Prevent grant (£N)": the national body the stream's name opens with gives
            giver = doc.resolver.entity(national) if national is not None else resolve_party(doc, m, _AGENT_KINDS)
            if giver is None or giver.iri == receiver.iri:
                break
            stream = _STREAM_WORD.match(text, m.end, end) if national is not None else None
            bracket = _BRACKET_AMOUNT.match(text[stream.end() if stream else m.end : end])
            amount = None
            if bracket:
                amount = amount_or_none(bracket.group(1).replace(" ", ""))
            stop = (stream.end() if stream else m.end) + (bracket.end() if bracket else 0)
            owned = _OWNS_STREAM.match(text, m.end, end) is not None  # "by the Home Office's Youth Fund"
            if we or amount is not None or owned or re.search(r"\bfrom\s+(?:the\s+)?$", text[at : m.start]):
                # a plain "funded by A and B" of a named receiver is the clause rule's; this one adds the rest
                doc.add(giver, "funds", receiver, begin, stop, "funding:funded_by", 0.85, amount=amount,
                        period=grant_period(bracket.group(2)) if bracket else None)
            at = stop


# the verbs by which money "pays for" what follows, shared by the stream and contribution readers below; each adds
# its own (a union of the two lists would read more than either does). SPACE is how each writes the gap in a verb.
_PAYS_FOR_VERBS = ("funds", "pays for", "will fund", "will pay for")


def _pays_for(extra: tuple[str, ...], space: str) -> str:
    return "|".join(v.replace(" ", space) for v in (*_PAYS_FOR_VERBS, *extra))


# "X's Housing Support Grant, administered by the Council, funds Y": the stream's owner gives, not who administers it
_STREAM_VERB = re.compile(r"\s*(?:,[^,.;]{1,80},\s*)?(?:also\s+|now\s+|currently\s+|still\s+)?(?:" +
                          _pays_for(("funded", "has funded", "paid for"), " ") + r")\s+(?:the\s+)?")


def _stream_funds(doc: ExtractionDoc, start: int, end: int) -> None:
    """The owner of a named grant or fund that "funds Y" funds Y, with an amount bracketed after Y."""
    found = [m for m in doc.mentions(start, end) if m.kind != "money"]
    for owner, stream in zip(found, found[1:], strict=False):
        if owner.kind not in _AGENT_KINDS or stream.kind != "initiative" or \
                not re.fullmatch(r"['’]s\s+", doc.text[owner.end : stream.start]) or \
                not re.search(r"\b(?:Grant|Fund|Funding)$", stream.name):
            continue
        verb = _STREAM_VERB.match(doc.text, stream.end, end)
        receiver = next((m for m in found if verb and m.start == verb.end()), None)
        if receiver is None:
            continue
        if (parties := _two_parties(doc, owner, receiver)) is None:
            continue
        giver, got = parties
        bracket = _BRACKET_AMOUNT.match(doc.text[receiver.end : end])
        amount = amount_or_none(bracket.group(1).replace(" ", "")) if bracket else None
        doc.add(giver, "funds", got, owner.start, receiver.end + (bracket.end() if bracket else 0),
                "funding:stream_funds", 0.85, amount=amount, period=grant_period(bracket.group(2)) if bracket else None)

# "The PCC's contribution funds the Westby Diversion scheme", "The ICB contribution pays for ...", "the
# Commissioner's contribution of £38,000 is for the Eastholme Triage scheme": a giver's share of a budget, and what
# that share pays for
_CONTRIBUTION_FOR = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?contribution"
                               r"(?P<sum>\s+of\s+£\s?[\d.,]+\s?(?:k|m|million)?)?\s+(?:also\s+|now\s+|still\s+)?(?:" +
                               _pays_for(("is for", "covers"), r"\s+") + r")\s+(?:the\s+)?")


def _contribution_funds(doc: ExtractionDoc, start: int, end: int) -> None:
    """The giver of a contribution funds what the sentence says the contribution pays for, a named scheme, service or
    body (a thing written in lower case is left: which post or team it is is not said). The sum, when written, is
    the giver's share of a budget read already, not a second gift: the fact carries none."""
    found = [m for m in doc.mentions(start, end) if m.kind != "money"]
    for owner, receiver in zip(found, found[1:], strict=False):
        said = _CONTRIBUTION_FOR.match(doc.text, owner.end, receiver.start + 1)
        if owner.kind not in (*_AGENT_KINDS, "name") or said is None:
            continue
        if said.end() != receiver.start:
            continue  # only a name right after the verb is what the contribution pays for
        giver = resolve_party(doc, owner, _AGENT_KINDS)
        if giver is None or giver.kind not in _AGENT_KINDS:
            continue
        # "the Westby Pathways diversion scheme": the name with its lower-case head is what is paid for
        got = _headed_item(doc, receiver, end) or resolve_party(doc, receiver, _RECIPIENT_KINDS)
        if got is None or got.iri == giver.iri:
            continue
        doc.add(giver, "funds", got, owner.start, receiver.end, "funding:contribution_for", 0.85)


def _item_lines(doc: ExtractionDoc, funder: Entity) -> None:
    """ "Essex Youth Justice Service £253,233" on a line of its own, in a funder's paper: an allocation."""
    period = grant_period(doc.meta.title or "") or grant_period(doc.text[:1500])
    for line in doc.layout.lines:
        if line.kind not in ("text", "heading", "bullet"):
            continue
        m = _ITEM_LINE.match(line.content)
        if not m:
            continue
        name_end = line.content_start + m.end("name")
        recipient = None
        for mention in doc.mentions(line.content_start, name_end):
            if doc.text[mention.end : name_end].strip(" .:–-"):
                break  # the line is a sentence about money, not "Name: £N"
            recipient = resolve_party(doc, mention, _RECIPIENT_KINDS)
            break
        if recipient is None or recipient.iri == funder.iri:
            continue
        amount = amount_or_none(m.group("amount").replace(" ", ""))
        if amount is None:
            continue
        if re.match(r"(?i)(?:total|sub-?total|grand total)\b", m.group("name")):
            continue
        doc.add(funder, "funds", recipient, line.start, line.end, "funding:line", 0.85, amount=amount, period=period)


def funder_in_context(doc: ExtractionDoc) -> Entity | None:
    """The funder a paper speaks for: its decision maker, a commissioner whose decision it records, or the
    commissioner whose grants it announces ("the Commissioner's grants"). A council's decision that shares out a
    grant the council only holds as accountable body speaks for the grant's giver (see _held_grant_giver)."""
    found = _decision_maker(doc)
    if found is not None:
        council = doc.resolver.council
        if council is not None and found.kind == "body" and _council_itself(found, council):
            return _held_grant_giver(doc, council) or found
        return found
    title = doc.meta.title or ""
    if _FUNDING_WORDS.search(title):
        # "PCC confirms Community Safety Funds across county": the commissioner's own announcement
        for m in doc.mentions(*_title_span(doc, title)):
            if m.kind == "post" and (m.head == "Commissioner" or m.name in ("PCC", "PFCC")):
                return doc.resolver.entity(m)
    if not _commissioner_opens(doc):
        return None  # only a commissioner's own paper speaks for the commissioner's money
    grants = re.search(r"\b(?:Commissioner|PCC|PFCC)(?:['’]s)?\b[^.;\n]{0,40}?\b(?i:grants?|funding|funds?|"
                       r"allocations?)\b|\b(?i:grants?|funding) from the (?:Police (?:and|&) Crime |"
                       r"Police, Fire and Crime )?Commissioner\b",
                       doc.text)
    if grants:
        for m in doc.mentions(max(0, grants.start() - 80), grants.end()):
            if m.kind == "post" and (m.head == "Commissioner" or m.name in ("PCC", "PFCC")):
                return doc.resolver.entity(m)
    return None


def _council_itself(e: Entity, council: Entity) -> bool:
    """E is COUNCIL or one of its own decision makers named after it ("Northdale Council Cabinet", "Northdale
    Council Executive"): the council acting, never a giver to it."""
    return e.iri == council.iri or e.name.startswith(council.name)


# "..., which acts as accountable body", "as the accountable body", "acting as lead authority": the role of a holder
# named just before it
_AS_HOLDER = re.compile(r"\s*,?\s*(?:which\s+acts\s+as|acting\s+as|acts\s+as|which\s+is|as)\s+" + _HOLDER_ROLE +
                        r"\b")


def _holder_at(doc: ExtractionDoc, start: int, end: int, council: Entity) -> int | None:
    """Where the sentence START..END names COUNCIL (by name, or as "the Council") as the holder of money it is the
    accountable (host, lead) body for: "paid to X Council, which acts as accountable body", "with X Council acting as
    accountable body", "pays a grant to the City Council, which acts as accountable body for the CSP". None when it
    does not."""
    for said in _AS_HOLDER.finditer(doc.text, start, end):
        named = [m for m in doc.mentions(start, said.start()) if m.kind in ("body", "name", "place")]
        if not named or doc.text[named[-1].end : said.start()].strip(" ,"):
            continue  # the role is said of what comes just before it
        held_by = resolve_party(doc, named[-1], _RECIPIENT_KINDS)
        if held_by is not None and held_by.iri == council.iri:
            return named[-1].start
    return None


def _grant_giver_named(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """The giver M names when it is one that grants money to councils in its own name: a commissioner (or the
    commissioner's office) or a national body."""
    e = resolve_party(doc, m, _AGENT_KINDS)
    if e is None or not (placenames.commissioner_office(e.name) or "Commissioner" in e.name or
                         placenames.is_national(e.name)):
        return None
    return e


def _held_grant_giver(doc: ExtractionDoc, council: Entity) -> Entity | None:
    """The one giver of the grant COUNCIL holds as accountable body, when the paper says it holds one: the
    commissioner or national body named in the sentence that says so or earlier in its paragraph ("Every year the
    PCC pays a community safety grant to the City Council, which acts as accountable body for the CSP"). The council
    shares such a grant out (a decision of its cabinet member or its executive, a table in its name) without giving
    it: the money is the giver's. None when the paper says no such thing, or names no giver, or two."""
    givers: dict[str, Entity] = {}
    for _, (start, end) in doc.prose(_HOLDER_WORDS):
        if _holder_at(doc, start, end, council) is None:
            continue
        paragraph = max(doc.text.rfind("\n\n", 0, start), 0)
        for m in doc.mentions(paragraph, end):
            if m.kind not in _AGENT_KINDS:
                m = _national_head(m)  # "the Home Office Safer Streets Fund": the fund's owner
            e = _grant_giver_named(doc, m) if m is not None else None
            if e is not None and e.iri != council.iri:
                givers[e.iri] = e
    return next(iter(givers.values())) if len(givers) == 1 else None


_FUNDING_WORDS = re.compile(r"\b(?:funds?|funding|grants?|invest(?:s|ing|ment)?|allocat\w+|award\w*|money)\b", re.I)
_COMMISSIONER_WORD = re.compile(r"\b(?:Commissioner|PCC|PFCC|OPCC)\b")


def _commissioner_opens(doc: ExtractionDoc) -> bool:
    """Whether the paper's opening speaks of a commissioner outside a list of attendees or members: a board's
    notes whose attendance rows name the OPCC's officer (or "PCC (council)") are not the commissioner's paper."""
    for line in doc.layout.lines:
        if line.start >= 700:
            break
        if line.kind != "row" and _COMMISSIONER_WORD.search(doc.text, line.start, min(line.end, 700)):
            return True
    return False


def _title_span(doc: ExtractionDoc, title: str) -> tuple[int, int]:
    at = doc.text.find(title[:60])
    return (at, at + len(title)) if at >= 0 else (0, 0)


# "Mayor of South Yorkshire", "Mayor of the West Midlands": an elected mayor, a decision maker of their own when the
# area is no one council's
_ELECTED_MAYOR = re.compile(r"Mayor of (?:the )?(?P<area>[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){0,3})")


# "Decision taker: Deputy Mayor for Policing (under delegation from the Mayor of X)", "Decision maker: Deputy PCC, on
# behalf of the Police and Crime Commissioner": the one who delegated holds the power and the money
_DELEGATED_FROM = re.compile(r"(?i)\b(?:under\s+(?:a\s+)?delegation\s+from|(?:acting\s+)?on\s+behalf\s+of|"
                             r"with\s+authority\s+delegated\s+by|as\s+delegated\s+by)\s+(?:the\s+)?")
_FIELD_RUNS_ON = re.compile(r"\n[ \t]*(?:\n|[A-Z][\w ()/-]{0,40}:)")


def _delegator(doc: ExtractionDoc, line) -> Entity | None:
    """The office a decision field's taker acts for under delegation, read in the field's value and the lines it runs
    on to: a post or body named straight after the words of delegation, else None."""
    start = line.value_start or line.start
    stop = _FIELD_RUNS_ON.search(doc.text, line.end, min(len(doc.text), line.end + 300))
    end = stop.start() if stop is not None else line.end
    said = _DELEGATED_FROM.search(doc.text, start, end)
    if said is None:
        return None
    named = next((m for m in doc.mentions(said.end(), end) if m.start == said.end()), None)
    if named is None or named.kind not in _AGENT_KINDS:
        return None
    e = doc.resolver.entity(named)
    return e if e is not None and e.kind in ("post", "body") else None


_DECISION_BY = re.compile(r"(?i)\bdecisions?\s+(?:taken\s+|made\s+)?by\s+(?:the\s+)?")
# "Decision: to award £N to X from the Y Fund": a decision's own words, whose giver is the paper's decision maker
_DECIDED = re.compile(r"(?i)\s*(?:decision|resolved|agreed)?\s*:?\s*(?:to\s+)(?:award|allocate|approve|grant)\b")


def _decision_maker(doc: ExtractionDoc) -> Entity | None:
    kinds = layout().fields
    for line in doc.layout.lines[:80]:
        if line.kind == "field" and line.label and kinds.get(line.label.casefold()) == "decision_maker":
            delegator = _delegator(doc, line)
            if delegator is not None:
                return delegator
            for m in doc.mentions(line.value_start or line.start, line.end):
                if m.kind == "person" and (m.title or "").endswith("Commissioner"):
                    # "Decision taker: Commissioner Jo Lee": the commissioner's office decides
                    office = doc.resolver.entity(Mention(m.start, m.start, "post", m.title))
                    if office is not None and office.kind == "post":
                        return office
                if m.kind in _AGENT_KINDS:
                    e = doc.resolver.entity(m)
                    if e is None:
                        continue
                    mayor = _ELECTED_MAYOR.fullmatch(e.name) if e.kind == "post" else None
                    # a borough's elected mayor ("Mayor of Lewisham") decides for the borough's council
                    borough = mayor is not None and placenames.council_of(mayor.group("area")) is not None
                    if e.kind == "post" and not borough and re.search(r"Mayor|Policing", m.name):
                        office = placenames.police_office_body(doc.resolver.ctx.area, doc.resolver.ctx.places)
                        if office:
                            return doc.resolver.body_named(office)  # a deputy mayor decides for MOPAC
                    if mayor is not None and not borough:
                        return e  # a combined authority's mayor decides in their own name, not a council's
                    if e.kind == "post" and m.head != "Commissioner" and doc.resolver.council is not None:
                        return doc.resolver.council  # a council post decides for its council
                    return e
    for line in doc.layout.lines[:12]:
        said = _DECISION_BY.search(line.text)
        post = next((m for m in doc.mentions(line.start + said.end(), line.end) if m.kind == "post"), None) \
            if said else None
        if post is not None and post.head == "Commissioner":
            return doc.resolver.entity(post)
        if post is not None and doc.resolver.council is not None:
            return doc.resolver.council  # "Record of decision by the Cabinet Member for X": a council post decides
    title = doc.meta.title or ""
    if doc.meta.doc_type == "decision" or re.search(r"\bdecision\b", title, re.I):
        head = doc.text[: min(len(doc.text), 1500)]
        for m in doc.mentions(0, len(head)):
            if m.kind == "post" and m.head == "Commissioner":
                return doc.resolver.entity(m)
    return None


def _years_run_on(m: re.Match[str]) -> bool:
    """ "2024/25", "2019-2022": the second year comes after the first, within five years (not "2025/07")."""
    first, second = int(m.group(1)), int(m.group(2))
    later = second if second >= 100 else first // 100 * 100 + second
    return 0 < later - first <= 5


# "for 2024/25 and 2025/26", "2022-23 to 2024-25": a grant that spans two financial years names both
_NEXT_YEAR = re.compile(r"\s*(and|to|[–-])\s*((?:19|20)\d\d)\s?[/–-]\s?(\d{2,4})\b")


def grant_period(text: str) -> str | None:
    m = _PERIOD.search(text)
    if not m:
        return None
    if m.group(1) and not _years_run_on(m):
        # "Decision 2025/07: ... allocations 2025/26": a reference number shaped as a year; the period is later
        later = next((x for x in _PERIOD.finditer(text, m.end()) if not x.group(1) or _years_run_on(x)), None)
        m = later or m
    if m.group(1):
        first = f"{m.group(1)}/{m.group(2)[-2:]}"
        span = _NEXT_YEAR.match(text, m.end())
        if span is not None and 0 < int(span.group(2)) - int(m.group(1)) <= 5:
            joiner = " and " if span.group(1) == "and" else " to "
            return f"{first}{joiner}{span.group(2)}/{span.group(3)[-2:]}"
        return first
    return m.group(3)


_PLACE_AS_MODIFIER = re.compile(r"(?i)\bthe\s+$")


# "Cabinet RESOLVED", "The Committee AGREED": a meeting's decision word run into its body's name
_DECISION_WORD = re.compile(r"\s+(?:RESOLVED|AGREED|DECIDED)\b")


def resolve_party(doc: ExtractionDoc, m: Mention, kinds: tuple[str, ...]) -> Entity | None:
    if _DECISION_WORD.search(m.name):
        # "Cabinet RESOLVED to accept the grant": a council's meeting takes a grant for its council, and gives none
        return doc.resolver.council if kinds is _RECIPIENT_KINDS else None
    if m.kind == "place" and kinds is _RECIPIENT_KINDS:
        if _PLACE_AS_MODIFIER.search(doc.text, max(0, m.start - 4), m.start) and \
                re.match(r"\s+[a-z]", doc.text[m.end : m.end + 2]):
            return None  # "for the Sunderland serious violence work": the place only says whose work it is
        # "a grant of £218,400 from the Combined Authority to Bolton", in the Bolton partnership's own minutes ("Safer
        # Sandwell Partnership": a word or two may come before the place): the place is the partnership's, which
        # the paper speaks for
        # (or the partnership whose board the paper's body is: "Bolton Community Safety Partnership Strategic Board")
        own = doc.resolver.body
        ours = re.match(rf"(?:[A-Z]\w+\s+){{0,2}}?{re.escape(m.name)}\s.*?\bPartnership\b", own.name) \
            if own is not None and own.kind == "body" else None
        if ours is not None and not _NOT_BUDGET_HOLDER.search(ours.group()):
            return own if ours.group() == own.name else doc.resolver.body_named(ours.group())
        # "£502,992 to Lewisham": money granted to a place goes to its council
        council = placenames.council_of(m.name)
        return doc.resolver.body_named(council, written=m.name) if council else None
    if m.kind == "name" and m.head == "acronym" and kinds is _AGENT_KINDS:
        # "CURV will provide £54,000": an acronym the paper spelt out for a body can give
        e = doc.resolver.acronym(m.name)
        return e if e is not None and e.kind in _AGENT_KINDS else None
    if m.kind not in kinds:
        return None
    if m.kind == "name" and kinds is _RECIPIENT_KINDS:
        m = _before_purpose(doc, m)
    if m.kind == "name":
        if m.head == "acronym":
            return doc.resolver.acronym(m.name)
        if len(m.name.split()) < 2 or doc.resolver.known_person(m.name) is not None:
            return None
        if m.name == "Royal Borough":
            return doc.resolver.back_reference(m.name, m.start)  # "to the Royal Borough": the paper's council
        return doc.resolver.body_named(m.name, m.acronym, place=m.place)
    e = doc.resolver.entity(m)
    if e is None and kinds is _RECIPIENT_KINDS and m.name in _COUNCIL_EXECUTIVE:
        return doc.resolver.council  # "that the Executive accepts the grant": the council's executive takes it for it
    return e


_COUNCIL_EXECUTIVE = frozenset({"Cabinet", "Executive"})


# "Eastvale Community Safety Partnership for the Safer Streets in Eastvale project": a body, then what its money is
# for, read as one name when the project's own name has no head word of its own before its lower-case head
# ("for the Kelby harbour youth project": a place's name, then lower-case words before the head)
_FOR_PURPOSE = re.compile(r"\s+for\s+the\s+(?:[A-Z][\w'’&-]*\s+)(?:(?:in|of|and|for|on)\s+|[A-Z][\w'’&-]*\s+|"
                          r"[a-z][\w-]*\s+)*(?:projects?|schemes?|programmes?|services?|initiatives?|pilots?|work|"
                          r"patrols?)$")


# "to the Night-Time Economy Group for Safe Space schemes": the name ran over "for" into the capitalised name of
# what the money is for, whose lower-case head ("schemes") is left after it
_FOR_NAMED_PURPOSE = re.compile(r"\s+for\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+)*[A-Z][\w'’&-]*$")
# ("for the Northtown town centre patrol scheme": a few lower-case words may come before the head)
_PURPOSE_HEAD_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}(?:schemes?|projects?|programmes?|services?|work|"
                                 r"initiatives?|pilots?|activit(?:y|ies)|patrols?|sessions?)\b")


def _before_purpose(doc: ExtractionDoc, m: Mention) -> Mention:
    """M without the purpose its name ends with, when what is left is headed as a body ("... Partnership")."""
    written = doc.text[m.start : m.end]
    cut = _FOR_PURPOSE.search(written)
    if cut is None and _PURPOSE_HEAD_AFTER.match(doc.text, m.end):
        cut = _FOR_NAMED_PURPOSE.search(written)
    if cut is None or not written[: cut.start()].split() or written[: cut.start()].split()[-1] not in heads().body:
        return m
    return replace(m, end=m.start + cut.start(), name=" ".join(written[: cut.start()].split()))


def _two_parties(doc: ExtractionDoc, giver: Mention, receiver: Mention,
                 receiver_kinds: tuple[str, ...] = _RECIPIENT_KINDS) -> tuple[Entity, Entity] | None:
    """The funder GIVER names and the recipient RECEIVER names, when both resolve and are not one body."""
    funder, recipient = resolve_party(doc, giver, _AGENT_KINDS), resolve_party(doc, receiver, receiver_kinds)
    if funder is None or recipient is None or funder.iri == recipient.iri:
        return None
    return funder, recipient


def _given_to(doc: ExtractionDoc, before: list[Mention], at: int, start: int
              ) -> tuple[Entity | None, Entity | None]:
    """The giver and receiver of "X gives/provides ... to Y" before position AT (the amount after it)."""
    text = doc.text
    for j in range(len(before) - 1, 0, -1):
        receiver = before[j]
        if len(text[receiver.end : at].split()) > 8:
            break
        if not re.search(r"\bto\s+(?:the\s+)?$", text[max(start, receiver.start - 12) : receiver.start]):
            continue
        for i in range(j - 1, -1, -1):
            gap = text[before[i].end : receiver.start]
            if len(gap.split()) > 10:
                break
            if _GIVE.search(gap) and not _GET.search(gap):
                giver = resolve_party(doc, before[i], _AGENT_KINDS)
                if giver is not None:
                    return giver, resolve_party(doc, receiver, _RECIPIENT_KINDS)
        break
    return None, None


# "(£78,500 in 2024/25)", "(in 2024/25, £96,500)", "(2024/25: £96,500)": the bracket the sum opens, a period first
_BRACKET_OPENS = re.compile(r"\(\s*(?:(?:in|for)\s+)?(?:(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?\s*[,:]?\s*)?$")
def _owned_body(doc: ExtractionDoc, m: Mention, after: list[Mention]) -> Entity | None:
    """The part of body M that M's possessive names right after it ("the Council's Public Health service"): the
    owner's own service, named with the owner's full name."""
    if m.kind != "body" or not re.match(r"['’]s\s", doc.text[m.end : m.end + 3]):
        return None
    part = next((n for n in after if n.kind == "body" and n.start == m.end + 3), None)
    owner = resolve_party(doc, m, _RECIPIENT_KINDS) if part is not None else None
    if owner is None or owner.kind != "body" or part.name.startswith(owner.name):
        return None
    return doc.resolver.body_named(f"{owner.name} {part.name}", written=doc.text[m.start : part.end])


# "£2.4m Substance Misuse Treatment grant (Office for Health Improvement and Disparities) to Y": the grant's
# owner bracketed after its name gives it
_OWNER_BRACKETED = re.compile(r"\b(?i:grant|fund|funding|allocation)\s*\(\s*(?:the\s+)?$")
# "... from the Home Office through the X to Y", "..., paid via the X, ...": the body money passes through
_VIA = re.compile(r"\b(?:via|through)\s+(?:the\s+)?$", re.I)
# "from" in the words after a sum: the giver is named after it, so a route there is not the receiver
_FROM_IN = re.compile(r"\bfrom\b", re.I)
# "the South Yorkshire Violence Reduction Unit (VRU)": the acronym bracketed after a name
_ACRONYM_AFTER = re.compile(r"^\s*\([A-Z][A-Za-z&]{1,10}\)")
# "has awarded the council £N", "gave the partnership £N": a receiver written lower-case, before the sum
_PLAIN_RECEIVER = re.compile(r"\b(?:awarded|given|gave|gives|granted|allocated|offered|paid|pays)\s+the\s+"
                             r"(?P<word>council|partnership|board)\s+(?:a\s+(?:further\s+)?(?:sum\s+of\s+)?)?$")


def _referred(doc: ExtractionDoc, word: str, pos: int) -> Entity | None:
    e = doc.resolver.reference(word, pos)
    return e if e is not None and e.kind == "body" else None


_GRANT_TO = re.compile(r"\b(?:grant|funding|allocation|award|contribution)s?\s+(?:to|for)\s+(?:the\s+)?$", re.I)
_CONFIRM = re.compile(r"\b(?:confirmed|approved|agreed|announced|awarded|allocated|made|offered|renewed|extended)\b"
                      r"\s+(?:the\s+|a\s+|its\s+|their\s+)?", re.I)
_STREAM_GAP = re.compile(r"^\s*(?:grant\s+funding|grant|grants|funding|allocation)\s+(?:of\s+)?$", re.I)


# "£35,000 to X for a Navigator post, hosted by Y", "..., delivered by Y": the agent of another verb, no giver
_OTHER_AGENT = re.compile(r"\b(?!(?:funded|paid|provided|given|awarded|granted|allocated|financed|met|"
                          r"contributed|supported|made|topped|matched|received)\b)(?:[a-z]+ed|run|led|held)\s+by\s+"
                          r"(?:the\s+)?$", re.I)
_NOT_GIVEN = re.compile(r"\s+(?:in\s+)?(?:savings?|cuts?|reductions?|overspend|underspend|shortfall|deficit|"
                        r"efficienc(?:y|ies))\b", re.I)


# a sum that caps what an officer may spend or vary under delegated authority ("authority to vary allocations of up
# to £5,000 be delegated to the Director") is a limit of a power, not money given to the officer
_LIMIT_BEFORE = re.compile(r"(?i)\b(?:up\s+to|not\s+exceeding|no\s+more\s+than|(?:a\s+)?maximum\s+of|"
                           r"limit\s+of)\s+$")
_DELEGATED = re.compile(r"(?i)\bdelegat(?:e|ed|es|ion)\b")


def _delegated_limit(text: str, start: int, end: int, money_start: int) -> bool:
    """Whether the sum at MONEY_START is the limit of a power the sentence delegates."""
    return bool(_LIMIT_BEFORE.search(text, max(start, money_start - 25), money_start)) and \
        bool(_DELEGATED.search(text, start, end))


# a sum asked for ("a bid of £N", "its application for £N") is no grant unless the sentence says it was given
_ASKED_FOR = re.compile(r"(?i)\b(?:bids?|applications?|requests?|claims?|appl(?:y|ied|ying)|bidding|asked|asking)\s+"
                        r"(?:of|for)\s+(?:up\s+to\s+|around\s+|about\s+)?$")
_GRANTED = re.compile(r"(?i)\b(?:successful(?:ly)?|succeeded|approved|awarded|granted|agreed|secured)\b")


# "through the Community Safety Fund to Safer Pembrokeshire": a stream's name and its receiver read as one name
_STREAM_THEN_TO = re.compile(r"\b(?:Fund|Grant|Funding|Budget)\s+to\s+(?:the\s+)?(?=[A-Z])")


def _split_stream_to(doc: ExtractionDoc, found: list[Mention]) -> list[Mention]:
    """FOUND with a name that runs from a fund's name over "to" into its receiver's cut in two."""
    out: list[Mention] = []
    for m in found:
        cut = _STREAM_THEN_TO.search(doc.text, m.start, m.end) if m.kind == "name" else None
        if cut is None and m.kind in ("name", "body", "post") and \
                _FROM_BEFORE.search(doc.text, max(0, m.start - 12), m.start):
            # "£N from the X Combined Authority to the SSDP": after "from" (or "via"), the giver and, past "to", the
            # receiver (a proper name is not cut by a lower-case "to" that follows a giver's "from")
            to = _GIVER_THEN_TO.search(doc.text, m.start, m.end)
            if to is not None:
                out.extend(find_mentions(doc.text, m.start, to.start()))
                out.extend(find_mentions(doc.text, to.end(), m.end))
                continue
        if cut is None:
            out.append(m)
            continue
        head_end = cut.start() + len(cut.group().split()[0])  # the end of "Fund"
        out.append(Mention(m.start, head_end, "initiative", " ".join(doc.text[m.start : head_end].split())))
        # "... to Safer Pembrokeshire for SOC prevention work": the receiver ends before what the money is for
        purpose = _FOR_LOWER_PURPOSE.search(doc.text, cut.end(), m.end) \
            if _LOWER_HEAD_AFTER.match(doc.text, m.end) else None
        out.extend(find_mentions(doc.text, cut.end(), purpose.start() if purpose else m.end))
    return out


_FROM_BEFORE = re.compile(r"\b(?:from|via|through)\s+(?:the\s+)?$")
_GIVER_THEN_TO = re.compile(r"\s+to\s+(?:the\s+)?(?=[A-Z])")
_FOR_LOWER_PURPOSE = re.compile(r"\s+for\s+")
_LOWER_HEAD_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:work|project|scheme|programme|service|services|"
                               r"initiative|pilot|activity|activities|costs?|posts?)\b")


def _sentence(doc: ExtractionDoc, start: int, end: int, context_funder: Entity | None) -> None:
    text = doc.text
    found = _split_stream_to(doc, doc.mentions(start, end))
    amounts = [m for m in found if m.kind == "money"]
    names = [m for m in found if m.kind != "money"]
    last: tuple[Entity, Entity, int] | None = None
    for money in amounts:
        amount = amount_or_none(money.name)
        if amount is None:
            continue
        if _NOT_GIVEN.match(text, money.end):
            continue  # "a contribution to the strategy of £300,000 savings": money saved or cut, not given
        if _delegated_limit(text, start, end, money.start):
            continue  # "authority to approve spend of up to £2,500 be delegated to the Head": a power's limit
        if _ASKED_FOR.search(text, max(start, money.start - 40), money.start) and \
                not _GRANTED.search(text, start, end):
            continue  # "the Council's application for £90,000 from the Home Office was unsuccessful": money asked for
        funder = recipient = None
        stream_gives = False  # the giver named is a fund, whose owner the sentence may not name
        after = [m for m in names if m.start >= money.end]
        before = [m for m in names if m.end <= money.start]
        plain = _PLAIN_RECEIVER.search(text, max(start, money.start - 60), money.start) if before else None
        if plain is not None and "£" not in text[before[-1].end : money.start]:
            # "X has awarded the council £N for Z": the council (the partnership) written lower-case and bare is
            # the one the paper's "the Council" stands for; Z after the sum is only what the money is for
            recipient = _referred(doc, plain.group("word"), plain.start("word"))
        elif before and len(text[before[-1].end : money.start].split()) <= 8 and "£" not in text[
                before[-1].end : money.start] and _GET.search(text[before[-1].end : money.start]) and \
                not _AND_GOT.search(text[before[-1].end : money.start]):
            # "Y will receive £N, for Z": Y gets it; "Y, delivered by P, received £N": Y, not the name in the aside
            head = _apposition_head(doc, before, before[-1], text[before[-1].end : money.start])
            recipient = resolve_party(doc, head, _RECIPIENT_KINDS)
        elif before and len(text[before[-1].end : money.start].split()) <= 6 and "£" not in text[
                before[-1].end : money.start] and _AWARD_TO.search(text[max(start, before[-1].start - 40) :
                                                                        before[-1].start]):
            recipient = resolve_party(doc, before[-1], _RECIPIENT_KINDS)  # "the award to Y of a grant of £N"
        # "... from X" and "... to/for X" after the amount
        purpose_only = False  # the receiver so far is only what the money is for ("£N for the Z")
        passed = 0  # the words of the giver's name: "£N grant from <a long ministry's name> to Y" is near enough
        given_at = money.end  # where the giver's name (and its bracketed acronym) ends
        via: Entity | None = None  # the body the money passes through, named after its giver
        paid_to: Entity | None = None  # the body it is paid to on the receiver's behalf ("..., paid to the Council")
        through: Entity | None = None  # the body a giver named before the sum gives through
        for m in after:
            gap = text[money.end : m.start]
            if len(_AND_ANOTHER_SUM.sub("", _OF_STREAM.sub("", gap, count=1), count=1).split()) - passed > 10 or \
                    ";" in gap:
                break
            if paid_to is None and _PAID_FOR_RECEIVER.search(gap):
                # "X has awarded the SHP £N, paid to the Council as accountable body": the council holds the
                # money for the receiver named before the sum, which it does not replace
                paid_to = resolve_party(doc, m, _RECIPIENT_KINDS)
                break
            if funder is None and re.fullmatch(r"\s*of\s+(?:the\s+)?", gap) and \
                    _STREAM_HEAD.fullmatch(m.name.split()[-1]) and (national := _national_head(m)) is not None:
                # "received £N of Ministry of Justice Victims Grant": the national body the stream opens with gives
                funder = doc.resolver.entity(national)
                passed, given_at = len(m.name.split()), m.end
            elif funder is None and (re.search(r"\b(?:from|by)\s+(?:the\s+)?$", gap, re.I) or
                                   _OWNER_BRACKETED.search(gap)) and not _OTHER_AGENT.search(gap):
                funder = resolve_party(doc, m, _AGENT_KINDS)
                passed = len(text[m.start : m.end].split()) if funder is not None else 0
                if funder is None:
                    # "£N from the Home Office Perpetrator Fund": the fund's owner gives, if the name says whose
                    funder, stream_gives = _stream_giver(doc, m)
                given_at = m.end
            elif funder is not None and via is None and _VIA.search(gap):
                # "£N from X through Y to Z": Y passes X's money on, and funds Z as well (no sum of its own)
                via = resolve_party(doc, m, _AGENT_KINDS)
                passed += len(text[m.start : m.end].split())
            elif funder is None and via is None and recipient is None and _VIA.search(gap) and \
                    not _FROM_IN.search(gap):
                # "X contributes £N towards training through the Y Partnership": with the giver before the sum,
                # the body the money goes through is the one that gets it (read below, if no receiver is named)
                through = resolve_party(doc, m, _AGENT_KINDS)
                through = through if through is not None and through.kind == "body" else None
            elif recipient is None and (_MONEY_FUNDS.fullmatch(gap) or (
                    funder is not None and _MONEY_FUNDS.fullmatch(_ACRONYM_AFTER.sub("", text[given_at : m.start])))):
                # "£65,000 funds the Y", "£64,000 from the X (VRU) will fund the Y": the money is the verb's subject
                recipient = _funded_thing(doc, m, end)
            elif recipient is None and (re.search(r"\b(?:to|for|towards|(?:shared|split|divided) (?:between|among))\s+"
                                                  r"(?:the\s+|each\s+(?:of\s+the\s+)?)?(?:two |three |four |five |six |"
                                                  r"seven |eight |nine |ten |\d+ )?$", gap, re.I)
                                        or _PURPOSE.search(gap)):
                onward = _onward_receiver(doc, m, after, end)
                # "to the Council's Public Health service": the body's service the possessive names receives;
                # "towards the Board's advocacy service": money given to a body's named work is that work's (money
                # "for the Board's work" is the body's, what it is for only a purpose)
                recipient = (None if onward else _owned_body(doc, m, after) or _headed_item(doc, m, end) or
                             _owned_work(doc, m, gap, end)) or resolve_party(doc, onward or m, _RECIPIENT_KINDS)
                # "£N for the Z", "£N ... to deliver the Z": Z is what the money is for; a receiver named before
                # the amount ("X has given Y £N to deliver Z") outranks it
                purpose_only = recipient is not None and onward is None and \
                    bool(re.fullmatch(r"(?i)\s*for\s+(?:the\s+)?", gap) or _PURPOSE.search(gap))
        # "X had confirmed the Crime Reduction Grant to Y for 2023/24 at £N": a named grant to Y, given by X
        if funder is None and len(before) >= 2 and \
                len(text[before[-1].end : money.start].split()) <= 6 and \
                _GRANT_TO.search(text[max(start, before[-1].start - 30) : before[-1].start]):
            for k in range(len(before) - 2, -1, -1):
                gap = text[before[k].end : before[-1].start]
                if len(gap.split()) > 12:
                    break
                if _CONFIRM.search(gap):
                    giver = resolve_party(doc, before[k], _AGENT_KINDS)
                    if giver is not None:
                        funder, recipient = giver, recipient or resolve_party(doc, before[-1], _RECIPIENT_KINDS)
                    break
        # "X provides a Community Safety Fund grant to Y on behalf of the Partnership (£N in 2024/25)": the
        # amount in brackets after the sentence has named giver and receiver; "a grant to Y (£N)" may already have
        # given Y as the receiver, and the giver is then still the subject of "provides"
        if funder is None and _BRACKET_OPENS.search(text, max(start, money.start - 30), money.start):
            giver, receiver = _given_to(doc, before, money.start, start)
            if giver is not None and receiver is not None and (recipient is None or receiver.iri == recipient.iri):
                funder, recipient = giver, receiver
        # "X has given Y a £N budget": the giver, then the receiver, then the amount
        if len(before) >= 2 and funder is None:
            giver, receiver = before[-2], before[-1]
            verb = text[giver.end : receiver.start]
            # "The DPCC added that the PCC allocated ...": a speaker's verb before "that" gives nothing
            head = _NAMED_ITEM.match(text, giver.end, receiver.start)  # "Y mentoring programme, funded by"
            passive = _FUNDED_BY_AT.fullmatch(text, head.end() if head else giver.end, receiver.start) and \
                _AT_SUM.fullmatch(text, receiver.end, money.start)
            if passive:
                # "the Y programme, funded by the Council at £N": the agent after "by" gives, the name before gets
                funder = resolve_party(doc, receiver, _AGENT_KINDS)
                recipient = _headed_item(doc, giver, receiver.start) or resolve_party(doc, giver, _RECIPIENT_KINDS)
            elif _GIVE.search(verb) and not _GET.search(verb) and "£" not in verb and \
                    not re.search(r"\bby\s+(?:the\s+)?$", verb) and not re.search(r"\bthat\b", verb) and \
                    not (re.search(r"\b(?:a|an)\s+$", verb) and _GRANT_KIND.match(text, receiver.end)) and \
                    len(text[receiver.end : money.start].split()) <= 5 and len(verb.split()) <= 5:
                # "X funds the Y mentoring service at £N": Y's service, not Y, is what is funded
                # "... fund the Y arrest-referral workers at £N": the workers, priced, are what is funded
                tail = _NAMED_ITEM.match(text, receiver.end, money.start)
                priced = tail is not None and re.fullmatch(r"\s+(?:at|with)\s+", text[tail.end() : money.start])
                service = _headed_item(doc, receiver, money.start) if receiver.kind == "body" or priced else None
                # "The Commissioner, Jo Bloggs, has awarded Y £N": the office named before the holder's aside gives
                given = resolve_party(doc, _apposition_head(doc, before, giver, verb), _AGENT_KINDS), \
                    service or resolve_party(doc, receiver, _RECIPIENT_KINDS)
                stream = re.search(r"\b(?:Fund|Grant|Funding)$", receiver.name) is not None and \
                    _GRANT_KIND.match(_ACRONYM_AFTER.sub("", text[receiver.end : money.start], count=1)) is not None
                if stream and given[0] is not None:
                    # "X has confirmed the Y Fund (YF) allocations of £N for Z": the fund's allocations are what
                    # is given, never their receiver; Z after the amount, if any, receives
                    funder = given[0]
                elif recipient is None or (purpose_only and None not in given):
                    # "X has awarded Y £N for the Z": Y is the receiver, Z after the amount only its purpose
                    funder, recipient = given
        if funder is None and before:
            funder = _budget_giver(doc, before, money.start)
        # "X allocated £N" / "Y received £N" before the amount
        if before and (funder is None or recipient is None):
            m = before[-1]
            gap = text[m.end : money.start]
            named_grant = re.search(r"\b(?:Grant|Fund|Funding|Allocation|Award)$", m.name) and \
                re.fullmatch(r"\s*of\s+", gap)  # "provided a Community Safety Grant of £N to Y"
            if len(before) >= 2 and m.kind in ("initiative", "topic", "name") and (_STREAM_GAP.match(gap) or
                                                                                named_grant):
                # "X will provide Serious Violence Duty grant funding of £N": the stream is named, X gives
                m = before[-2]
                gap = text[m.end : money.start]
            if len(re.findall(r"[\w£-]+", gap)) <= 8:  # words only: the comma closing an aside is none
                if funder is None and _GIVE.search(gap) and not _GET.search(gap):
                    giver = resolve_party(doc, _post_owner(doc, before, m) or _apposition_head(doc, before, m, gap),
                                          _AGENT_KINDS)
                    if giver is None:
                        giver = _opening_subject(doc, start, before, gap)
                    if giver is None:
                        giver, stream_gives = _stream_giver(doc, m)
                    # "the award to Y of 3 grants worth £N": Y, already the receiver, does not give
                    if recipient is None or giver is None or giver.iri != recipient.iri:
                        funder = giver
                elif recipient is None and _GET.search(gap) and not _AND_GOT.search(gap):
                    recipient = resolve_party(doc, _apposition_head(doc, before, m, gap), _RECIPIENT_KINDS)
        if recipient is None and before:
            recipient = _which_got(doc, before, start, money.start)
        named = _named_grant(doc, money, start, context_funder)
        if named is not None:
            funder, recipient = named  # "the PCC's grant to the Partnership is £N": the phrase says who is who
        if funder is None and recipient is not None and last is None and \
                _OF_WHICH_SHARE.search(text, start, money.start):
            funder = _share_of_subject(doc, names, money.start)
        if funder is None and recipient is not None and last is not None:
            funder = _share_giver(text, start, money, last) or _next_gift(text, last, money.start)
        if recipient is None and funder is not None and last is not None and \
                _COORDINATED_SUM.fullmatch(text, last[2], money.start):
            recipient = last[1]  # "Y received £N of A and £M of B from X": the second sum goes to Y too
        if funder is None and recipient is None and last is not None and _next_gift(text, last, money.start) and \
                _FOR_WHAT.match(text, money.end, end):
            funder, recipient = last[0], last[1]  # "X awarded Y £N for A and £M for B": Y's second sum
        inside = last is not None and text.count("(", last[2], money.start) > text.count(")", last[2], money.start)
        compared = last is not None and funder is None and recipient is None and _compared(doc, last[2], money.start)
        if compared:
            # "£62,500 to the Partnership for 2025/26, a reduction from £68,000 in 2024/25": the same grant, before
            funder, recipient = last[0], last[1]
        if recipient is None and funder is not None and not inside:
            recipient = _funded_subject(doc, names, amounts[0].start) or _lead_in_taker(doc, start, money.start) or \
                _shared_receiver(doc, money.end, end)
        if recipient is None and funder is not None and through is not None and not inside:
            recipient = through  # before "towards the Y" is read as what is funded: the route body gets the money
        if recipient is None and funder is not None and not inside:
            recipient = _budget_paid_into(doc, money.end, end) or _towards_thing(doc, money.end, end)
        if recipient is None and not inside and (own := _own_money(doc, before, start, money, end)) is not None and \
                (funder is None or funder.iri == own.iri or _FROM_OWN_BUDGET.match(text, money.end, end)):
            # "The council will add £N from its own budget", "The Council's core budget provides £N": the giver's
            # own money, put into what the paper is about when no receiver is named (a partnership's paper only);
            # a giver named after a later "from" ("..., and £M from the Home Office") gives the later sum
            funder, recipient = own, _routed_home(doc, own)
        # a fund that gives, with no owner named, is no sign that the paper's own funder gives
        # (but a decision's own "to award £N ... from the Y Fund" is the decision maker's award)
        funder = funder or (None if inside or (stream_gives and not _DECIDED.match(text, start)) else context_funder)
        if inside and funder is None and recipient is None:
            # "£502,992 to Lewisham (£272,664 in 2023/24 and £230,328 in 2024/25)": the parts of that grant; but
            # "..., including the Youth Alliance's detached youth work (£46,000)": the share of the item named there
            item = _bracketed_item(doc, names, money)
            funder, recipient = last[0], item if item is not None else last[1]
        if recipient is None and funder is not None and via is not None and not inside:
            recipient = _routed_home(doc, via)

        if funder is None or recipient is None or funder.iri == recipient.iri:
            continue
        recipient = _area_to_commissioner(doc, funder, recipient, context_funder, start, end)
        if _shared_total(text, start, end, money):
            continue  # "grants totalling £N to the four CSPs and to the YJS": no one receiver has the total
        if not inside:
            last = (funder, recipient, money.end)
        window = text[max(start, money.start - 40) : min(end, money.end + 60)]
        if compared or (inside and grant_period(text[money.end : min(end, money.end + 30)])):
            # the period before it is the newer grant's, or the part before it in the bracket
            window = text[money.end : min(end, money.end + 30)]
        # "£239,832 to Haringey (£100,467 in FY 2023/24 and £139,365 in FY 2024/25)": the total spans both years
        spread = None if compared or inside else _bracket_periods(text, money.end, end)
        per = bool(_PER_RECIPIENT.search(text[money.end : min(end, money.end + 25)]))
        period = spread or grant_period(window) or (None if compared else grant_period(text[start:end]))
        if recipient.iri == getattr(_council_decider(doc, context_funder), "iri", None) and doc.resolver.council:
            recipient = doc.resolver.council  # "The Executive Board accepted a grant": its council takes the money
        doc.add(funder, "funds", recipient, start, end, "funding:sentence", 0.85, amount=amount, period=period,
                qualifier="per recipient" if per else None)
        # "£N from X through Y for the Z programme": Y passes the money on to the programme as to a body
        if via is not None and via.iri not in (funder.iri, recipient.iri):
            doc.add(via, "funds", recipient, start, end, "funding:sentence", 0.8, period=period)
        if paid_to is not None and paid_to.kind == "body" and paid_to.iri not in (funder.iri, recipient.iri):
            held_grant(doc, funder, paid_to, recipient, start, end, "funding:sentence", period=period)


# "The CCTV upgrade is match funded: £N from A and £M from B", "is jointly funded with £N from A": the subject of
# a funded verb whose givers and sums follow it
_FUNDED_THEN_SUMS = re.compile(r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+)(?:jointly\s+|"
                               r"match[- ]|part[- ]|partly\s+|fully\s+|also\s+)?funded\s*(?::|,|\s+with|\s+through|"
                               r"\s+by)?\s*(?:a\s+total\s+of\s+)?$")


# "That Cabinet:" over "(a) accepts the grant of £N from X;": an item that opens on a taking verb, its subject in
# the lead-in line that ends with a colon above the list
_TAKES_ITEM = re.compile(r"\s*(?:\(?[a-z0-9]{1,3}[.)]\s+|[-•*·]\s+)?(?:to\s+)?(?:accepts?|receives?|agrees?\s+to\s+"
                         r"accept)\s+(?:the\s+|a\s+|an\s+)?[^;:£]{0,60}$", re.I)


def _lead_in_taker(doc: ExtractionDoc, start: int, money_at: int) -> Entity | None:
    """The body the lead-in above a list item names as the subject of the item's taking verb, or None."""
    if not _TAKES_ITEM.fullmatch(doc.text, start, money_at):
        return None
    lines = doc.layout.lines
    k = next((i for i, ln in enumerate(lines) if ln.start <= start < max(ln.end, ln.start + 1)), None)
    for j in range(k - 1 if k is not None else -1, max(-1, (k or 0) - 8), -1):
        line = lines[j]
        if line.kind == "blank" or _TAKES_ITEM.match(line.text) or re.match(r"\s*\(?[a-z0-9]{1,3}[.)]\s", line.text):
            continue  # an item before this one, or its wrapped line
        if not line.text.rstrip().endswith(":"):
            return None
        found = [m for m in doc.mentions(line.start, line.end) if m.kind in ("body", "name")]
        return resolve_party(doc, found[-1], _RECIPIENT_KINDS) if found else None
    return None


# "X had confirmed the borough's allocation for 2024/25, of which £N supports Y": the share's giver is the
# sentence's subject, who gave the whole
_OF_WHICH_SHARE = re.compile(r"(?i),?\s*of\s+which\s*,?\s*$")


def _share_of_subject(doc: ExtractionDoc, names: list[Mention], money_at: int) -> Entity | None:
    """The giver whose verb gives the whole a later "of which £N" shares out ("Ms X reported that Y had confirmed
    the grant, of which £N ..."), or None."""
    for m in reversed([m for m in names if m.end <= money_at and m.kind in _AGENT_KINDS]):
        if _GAVE_WHOLE.match(doc.text, m.end, money_at):
            return resolve_party(doc, m, _AGENT_KINDS)
    return None


_GAVE_WHOLE = re.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:confirmed|allocated|awarded|granted|agreed|"
                         r"approved|provided|made)\b")


# "A contributes £N and B contributes £M to the X": the receiver named once, after the last sum, gets each
_AND_GIVES_TO = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][^£;.]{2,80}?\s(?:contributes?|provides?|gives?|adds?|pays?|"
                           r"awards?|allocates?)\s+£\s?[\d.,]+(?:\s?(?:k|m|million))?\s+(?:a\s+year\s+|each\s+year\s+|"
                           r"per\s+year\s+)?(?:to|towards)\s+(?:the\s+)?(?=[A-Z])")


def _shared_receiver(doc: ExtractionDoc, at: int, end: int) -> Entity | None:
    """The receiver a coordinated second gift names after a sum that names none (see _AND_GIVES_TO), or None."""
    said = _AND_GIVES_TO.match(doc.text, at, end)
    found = doc.mentions(said.end(), end) if said else []
    return resolve_party(doc, found[0], _RECIPIENT_KINDS) if found and found[0].start == said.end() else None


def _funded_subject(doc: ExtractionDoc, names: list[Mention], first_money: int) -> Entity | None:
    """The thing a sentence says is funded before the sums and givers it lists, or None."""
    before = [m for m in names if m.end <= first_money]
    if not before:
        return None
    m = before[-1]
    head = _NAMED_ITEM.match(doc.text, m.end, first_money)
    if not _FUNDED_THEN_SUMS.fullmatch(doc.text, head.end() if head else m.end, first_money):
        return None
    return _headed_item(doc, m, first_money) or resolve_party(doc, m, _RECIPIENT_KINDS)


# "£N from its own community safety budget", "£N a year from its core budget": the giver's own money
# ("from its own Community Safety base budget": the budget's name may be capitalised)
_FROM_OWN_BUDGET = re.compile(r"\s+(?:a\s+year\s+|each\s+year\s+|per\s+year\s+)?from\s+(?:its|their)\s+(?:own\s+)?"
                              r"(?:[\w-]+\s+){0,3}budget\b(?!\s+(?:to|for|towards)\b)")


def _own_money(doc: ExtractionDoc, before: list[Mention], start: int, money: Mention, end: int) -> Entity | None:
    """The giver whose own money the sum is, with nothing said of where it goes: "X adds £N from its own budget",
    "the council will add £N from its own budget", "X's core budget provides £N." None otherwise."""
    text = doc.text
    for m in reversed(before[-4:]):
        if m.kind in _AGENT_KINDS and _OWNED_BUDGET_GIVES.fullmatch(text, m.end, money.start):
            # "... provides £N." or "... provides £N, and X contributes £M": nothing said of where it goes
            ends = re.match(r"\s*(?:[.;]|,\s*(?:and|while)\b)", text[money.end : end + 1])
            return resolve_party(doc, m, _AGENT_KINDS) if ends else None
    if _FROM_OWN_BUDGET.match(text, money.end, end) is None:
        return None
    said = _ADDS.search(text, max(start, money.start - 120), money.start)
    if said is None:
        return None
    if said.group("word"):
        return _referred(doc, said.group("word"), said.start("word"))  # "the council", written lower-case
    m = next((m for m in reversed(before) if m.end == said.start()), None)
    return resolve_party(doc, m, _AGENT_KINDS) if m is not None and m.kind in _AGENT_KINDS else None


# "X will add", "the council adds", "X is contributing" right before the sum
# the verbs by which a giver gives from its own money, shared by _ADDS and _OWNED_BUDGET_GIVES; each adds its own
# forms (a union of the two would read more than either does)
_GIVES_VERBS = (r"adds?", r"contributes?", r"provides?", r"puts?\s+in")
# (the past too: an annual report says what a council "contributed ... from its budget" last year)
_ADDS = re.compile(r"(?:\b[Tt]he\s+(?P<word>[Cc]ouncil)\b)?\s+(?:will\s+|also\s+|is\s+|now\s+|again\s+|has\s+)*(?:" +
                   "|".join((*_GIVES_VERBS, r"adding", r"contributing", r"providing", r"putting\s+in", r"added",
                             r"contributed", r"provided")) + r")\s+$")


def _routed_home(doc: ExtractionDoc, via: Entity) -> Entity | None:
    """The receiver of money a sentence routes through VIA without naming where it goes ("£N of X's grant, paid
    via the regional unit, will go towards a schools programme"): money passed down to a paper from a body above
    it lands with the partnership the paper is about; a council's paper is no sign which of its bodies gets it."""
    body = doc.body
    if body is not None and body.kind == "body" and body.iri != via.iri and re.search(r"\bPartnership\b", body.name):
        return body
    return _held_for_partnership(doc, via)


# "to accept grant funding on behalf of the Safer X Partnership": the partnership a council's paper holds money for
# (not "accountable body for the CSP": a decision that adds the council's money to the partnership's fund says so
# of a fund the paper goes on to name, "making the fund £N")
_ON_BEHALF_OF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?=[A-Z])")


def _held_for_partnership(doc: ExtractionDoc, via: Entity) -> Entity | None:
    """The one partnership a council's (or its committee's) paper holds a grant for, named after "on behalf of": the
    council's own money added to the paper's sums goes to it as well."""
    body = doc.body
    if body is not None and body.kind == "body" and not _NOT_BUDGET_HOLDER.search(body.name):
        return None  # a body's own paper that is no partnership's: not a council's paper about a grant it holds
    held: dict[str, Entity] = {}
    for said in _ON_BEHALF_OF.finditer(doc.text):
        m = next((m for m in doc.mentions(said.end(), min(len(doc.text), said.end() + 120))
                  if m.start == said.end()), None)
        e = resolve_party(doc, m, _RECIPIENT_KINDS) if m is not None and m.kind in ("body", "name") else None
        if e is not None and e.kind == "body" and e.iri != via.iri and re.search(r"\bPartnership\b", e.name) and \
                not _COUNCIL_NAME.search(e.name):
            held[e.iri] = e
    return next(iter(held.values())) if len(held) == 1 else None


# "the Council's Public Health grant contributes", "The Commissioner's Community Safety Fund will provide", "the
# Board's pooled budget pays": a budget, grant or fund its owner's possessive names, then a verb of giving, then the sum
_OWNED_BUDGET_GIVES = re.compile(
    r"['’]s\s+(?:[\w&-]+\s+){0,5}?(?i:budget|grant|fund|funding|allocation)\s+(?:\([^()£]{1,20}\)\s+)?"
    r"(?:(?:also|now|still|again|will|would|is\s+to|has|have|had|then)\s+)*(?:" +
    "|".join((*_GIVES_VERBS, r"contributed", r"provided", r"gives?", r"gave", r"given", r"pays?", r"paid", r"added",
              r"supplies", r"supplied")) + r")\s+(?:a\s+further\s+|an?\s+"
    r"(?:extra|additional)\s+|a\s+total\s+of\s+)?$")
# "to the", "towards the": the money given to what follows
_GIVEN_TO = re.compile(r"\b(?:to|towards)\s+(?:the\s+)?$", re.I)


def _budget_giver(doc: ExtractionDoc, before: list[Mention], at: int) -> Entity | None:
    """The owner of the budget, grant or fund that gives the sum at AT ("the Council's Public Health grant
    contributes £N"): the money is the owner's, so the owner funds, whoever holds the budget's name. Gold and
    papers of several councils agree; a fund with no owner named stays a giver the graph has no place for."""
    for m in reversed(before[-4:]):
        if m.kind in _AGENT_KINDS and _OWNED_BUDGET_GIVES.fullmatch(doc.text, m.end, at):
            return resolve_party(doc, m, _AGENT_KINDS)
    return None


def _owned_work(doc: ExtractionDoc, m: Mention, gap: str, end: int) -> Entity | None:
    """What the money goes to when it is given "to/towards the M's <named work>" (a post, service, programme the
    body M owns): that work, not its owner."""
    if m.kind not in ("body", "post", "name") or not _GIVEN_TO.search(gap) or \
            _POSSESSED.match(doc.text, m.end, end) is None:
        return None
    return _funded_thing(doc, m, end)


# ", paid to the": the body that is paid a sum on its receiver's behalf, after the sum and a comma
_PAID_FOR_RECEIVER = re.compile(r",\s*(?:and\s+)?(?:(?:is|was|are|were|being|to be|will be)\s+)?paid\s+"
                                r"(?:in\s+full\s+)?to\s+(?:the\s+)?$")


# "X funds the Y project through the Z at £N", "X will fund the Y Fund (Step 3.4) with £N a year", "X would continue to
# fund the Y workers at £N": the giver, a verb of funding, what it funds, an aside, then the sum
_FUND_VERB = re.compile(r"\s+(?:also\s+)?(?:funds|will\s+(?:also\s+)?fund|would\s+(?:continue\s+to\s+)?fund|"
                        r"continues\s+to\s+fund|will\s+continue\s+to\s+fund|(?:has|have)\s+funded)\s+(?:the\s+)?")
_FUND_ASIDE = re.compile(r"\s*(?:\([^()£]{1,30}\)\s*)?(?:,?\s*(?:through|via|using)\s+(?:the\s+|its\s+|their\s+)?"
                         r"[^£;.,()]{1,60}?)?\s+(?:at|with)\s+(?:a\s+cost\s+of\s+)?")


def _funds_at(doc: ExtractionDoc, start: int, end: int) -> None:
    found = doc.mentions(start, end)
    for k, giver in enumerate(found[:-2]):
        verb = _FUND_VERB.match(doc.text, giver.end, end)
        if verb is None or giver.kind not in _AGENT_KINDS or found[k + 1].start != verb.end():
            continue
        thing = found[k + 1]
        tail = _NAMED_ITEM.match(doc.text, thing.end, end) if thing.kind != "post" else None
        money = next((m for m in found[k + 2 :] if m.kind == "money"), None)
        if money is None or not _FUND_ASIDE.fullmatch(doc.text, tail.end() if tail else thing.end, money.start):
            continue
        funder = resolve_party(doc, giver, _AGENT_KINDS)
        recipient = _headed_item(doc, thing, money.start) or resolve_party(doc, thing, _RECIPIENT_KINDS)
        amount = amount_or_none(money.name)
        if funder is None or recipient is None or amount is None or funder.iri == recipient.iri:
            continue
        per = re.match(r"\s+(?:a|per|each)\s+(?:year|annum)\b", doc.text[money.end : money.end + 12])
        doc.add(funder, "funds", recipient, giver.start, money.end, "funding:funds_at", 0.85, amount=amount,
                period=grant_period(doc.text[money.end : end]), qualifier="per year" if per else None)


# "The Y service is delivered by P and funded by X, who took over the commissioner's functions in May 2024, at £N":
# the sentence's subject is funded; the agent's relative clause stands between it and the sum
_BY_AGENT = re.compile(r"\bfunded\s+by\s+(?:the\s+)?")
_AGENT_TO_SUM = re.compile(r"\s*(?:\([^()£]{1,40}\))?\s*(?:,\s*(?:who|which)\b[^£;.]{1,160}?,)?\s+(?:at|with)\s+"
                           r"(?:a\s+cost\s+of\s+)?")
_BRACKET_SUM = re.compile(r"\s*\(\s*(?P<sum>£)[^()]{1,30}\)\s+(?:is|are|was|were|has\s+been|will\s+be)\s+"
                          r"(?:jointly\s+|fully\s+|wholly\s+)?funded\s+by\s+(?:the\s+)?")
_SUBJECT_VERB = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\b")


def _subject_funded_by(doc: ExtractionDoc, start: int, end: int) -> None:
    found = doc.mentions(start, end)
    subject = found[0] if found and not doc.text[start : found[0].start].strip(" \t\n").removeprefix("The").strip() \
        else None
    if subject is None:
        return
    tail = _NAMED_ITEM.match(doc.text, subject.end, end)  # "The Night Bus Marshals scheme"
    said = tail.end() if tail else subject.end
    if not (_SUBJECT_VERB.match(doc.text, said, end) or _BRACKET_SUM.match(doc.text, said, end)):
        return
    # "The Safe Space project (£20,000) is funded by the Home Office": the sum bracketed after the subject
    bracketed = _BRACKET_SUM.match(doc.text, said, end)
    for by in _BY_AGENT.finditer(doc.text, subject.end, end):
        agent = next((m for m in found if m.start == by.end()), None)
        after = _AGENT_TO_SUM.match(doc.text, agent.end, end) if agent is not None else None
        money = next((m for m in found if after is not None and m.start == after.end() and m.kind == "money"), None)
        if money is None and bracketed is not None and bracketed.end() == by.end():
            money = next((m for m in found if m.start == bracketed.start("sum") and m.kind == "money"), None)
        if money is None or agent.kind not in _AGENT_KINDS:
            continue
        funder = resolve_party(doc, agent, _AGENT_KINDS)
        # "the ASB Victim Advocate service": a service the name finder took for a post by its last capital word
        service = subject.kind == "post" and re.search(r"(?i)\b(?:service|scheme|project|programme)$", subject.name)
        recipient = (_headed_item(doc, subject, end) if tail else None) or (doc.resolver.thing(
            "initiative", replace(subject, kind="initiative")) if service else resolve_party(doc, subject,
                                                                                             _RECIPIENT_KINDS))
        amount = amount_or_none(money.name)
        if funder is not None and recipient is not None and amount is not None and funder.iri != recipient.iri:
            doc.add(funder, "funds", recipient, subject.start, max(money.end, agent.end), "funding:subject_funded_by",
                    0.85, amount=amount, period=grant_period(doc.text[money.end : end]))


# "X provides £N in 2024/25 through its Y Fund towards the Z pathway": what a named giver's money is for, written
# after the sum and its period or stream; it must end in a word for a piece of work
_TOWARDS = re.compile(r"[^.;£]{0,120}?\b(?:towards|for)\s+(?:the\s+)?(?P<what>(?:[\w'’-]+\s+){0,6}?(?:pathway|service|"
                      r"programme|project|scheme|post|posts|team|hub|upgrade|workers?|initiative|pilot|campaign|"
                      r"courses?|patrols?|outreach|intervention|co-?ordinator|advocate))\b", re.I)


# "X has provided £N for ASB mediation.": a short bare phrase that closes the clause right after the sum
_FOR_BARE = re.compile(r"\s+(?:for|towards)\s+(?P<what>(?!(?:the|a|an|each|every|its|their|this|that|local|next|last|"
                       r"all|both|other|victims?|residents?|people|one|two|three|four|five|six|several|many)\b)"
                       r"[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,3})\s*(?=[.;,]|$)")
# "for three years", "for the period": a time, not what the money is for
_TIME_WORDS = re.compile(r"(?i)\b(?:years?|months?|weeks?|days?|period|term|quarters?)\b")


# "contributes £40,000 a year to the partnership budget": money paid into the budget of the body "the partnership"
# stands for (the paper's own, or the one last named with that head)
_INTO_BUDGET = re.compile(r"\s+(?:(?:a|per|each)\s+(?:year|annum)\s+|annually\s+)?(?:to|towards|into)\s+the\s+"
                          r"(?P<word>partnership|board|service|team)(?:['’]s)?\s+(?:(?:core|pooled|annual|joint)\s+)?"
                          r"(?:budget|fund|pot)\b", re.I)


def _budget_paid_into(doc: ExtractionDoc, at: int, end: int) -> Entity | None:
    said = _INTO_BUDGET.match(doc.text, at, end)
    if said is None:
        return None
    e = doc.resolver.reference(said.group("word"), said.start("word"))
    return e if e is not None and e.kind == "body" else None


def _towards_thing(doc: ExtractionDoc, at: int, end: int) -> Entity | None:
    said = _TOWARDS.match(doc.text, at, end) or _FOR_BARE.match(doc.text, at, end)
    # "for the upgrade of 46 cameras": a head word alone says too little of what the money is for
    # "towards a knife-crime education programme": a thing the paper does not name is only what the money is for
    if said is None or len(said.group("what").split()) < 2 or _TIME_WORDS.search(said.group("what")) or \
            re.search(r"\d|\b(?:each|every|its|their|his|her)\b|^(?:a|an)\s", said.group("what")):
        return None
    a, b = said.span("what")
    cost = _COST_OF.match(doc.text, a, b)  # "towards the cost of the IDVA post": the post
    a = cost.end() if cost else a
    return doc.resolver.thing("initiative", Mention(a, b, "initiative", " ".join(doc.text[a:b].split())))


_COST_OF = re.compile(r"(?i)(?:full\s+|running\s+|staffing\s+)?costs?\s+of\s+(?:the\s+|a\s+|an\s+)?")


# "the Y programme, funded by the Council at £N", "Y is jointly funded by X with £N": a passive, its agent the giver
_FUNDED_BY_AT = re.compile(r"\s*(?:,\s*|\s+(?:which|that)\s+)?(?:(?:is|are|was|were|has been|have been|will be|"
                           r"had been)\s+)?(?:jointly\s+|partly\s+|fully\s+|also\s+)?(?:funded|paid for|"
                           r"grant-aided)\s+by\s+(?:the\s+)?")
_AT_SUM = re.compile(r"\s+(?:at|with|to the (?:sum|value|tune) of)\s+(?:a\s+cost\s+of\s+)?")
# "Y, the area's referral hub, which was awarded £N": the relative clause's verb gets the money for its antecedent
_WHICH_GOT = re.compile(r",\s*which\s+(?:(?:was|were|has been|had been|is|are|will be)\s+(?:also\s+)?(?:awarded|"
                        r"allocated|granted|given)|(?:has\s+|had\s+|also\s+)?(?:received|receives|secured|got))\s+"
                        r"(?:a\s+(?:grant|sum|total)\s+of\s+)?$")
_APPOSITIVE = re.compile(r"\s*,\s*(?:the|a|an|its|their)\s+[^,;.()£]{1,80}?\s*")


def _post_owner(doc: ExtractionDoc, before: list[Mention], m: Mention) -> Mention | None:
    """The body whose possessive names the post M ("the Scottish Government's Community Justice Coordinator
    grant of £N"): the post is what the body's grant pays for, the body gives it (read so both where a verb gives
    the sum and where the grant noun's owner is sought, _grant_owner)."""
    k = before.index(m) if m in before else -1
    if m.kind != "post" or k < 1 or before[k - 1].kind != "body":
        return None
    return before[k - 1] if re.fullmatch(r"['’]s\s+", doc.text[before[k - 1].end : m.start]) else None


def _which_got(doc: ExtractionDoc, before: list[Mention], start: int, at: int) -> Entity | None:
    """The antecedent of ", which was awarded" ending at AT: the name right before it, or before its appositive."""
    which = _WHICH_GOT.search(doc.text, start, at)
    if which is None:
        return None
    m = before[-1]
    if m.end > which.start() or not (m.end == which.start() or _APPOSITIVE.fullmatch(doc.text, m.end, which.start())):
        return None
    return resolve_party(doc, m, _RECIPIENT_KINDS)


# "£89,300 for the Serious Violence Duty contribution to the Y": the stream named first, its receiver after "to"
_STREAM_TO = re.compile(r"\s+(?:contribution|grant|allocation|funding|payment|award)s?\s+(?:to|for)\s+(?:the\s+)?")


def _onward_receiver(doc: ExtractionDoc, m: Mention, after: list[Mention], end: int) -> Mention | None:
    """The mention after "... Y contribution to Z" when M (Y) only names the stream the money is for."""
    if m.kind not in ("topic", "initiative", "name"):
        return None
    tail = _STREAM_TO.match(doc.text, m.end, end)
    if tail is None:
        return None
    return next((n for n in after if n.start == tail.end() and n.kind in ("body", "post", "name")), None)


# "X provides a Community Safety Partnership grant of £N": the name between an article and "grant" is the grant's
# kind, not who receives it
_GRANT_KIND = re.compile(r"\s+(?:grant|funding|allocation|award)s?\b")


# "£65,000 funds the Y", "a further £27,500 would fund the Y", "£18,000 will pay for the Y": the money is the subject
_MONEY_FUNDS = re.compile(r"\s*(?:[-–—]\s*)?(?:(?:will|would|also|then|is to|has|have|had)\s+)*(?:funds?|funded|"
                          r"pays?\s+for|paid\s+for|supports?|supported)\s+(?:the\s+|a\s+|an\s+)?", re.I)
# "the Youth Justice Service's "Ffordd Newydd" diversion scheme": what the money pays for is the thing the body owns
_POSSESSED = re.compile(r"['’]s\s+(?P<name>[^,;.()]{3,80}?\b(?:scheme|programme|project|service|initiative|post|team|"
                        r"hub|fund))\b", re.I)


# "towards the Eastvale drug death review co-ordinator", "for the town centre CCTV upgrade": a
# name followed by the lower-case head of what is paid for is that thing's modifier, not the receiver
_ITEM_HEADS = r"(?:post|posts|role|co-?ordinator|worker|workers|officer|officers|upgrade|review|pilot)"
_ANY_ITEM_HEADS = rf"(?:{_ITEM_HEADS[3:-1]}|scheme|programme|project|service|team|hub|campaign)"
# the modifiers are content words: "Women's Aid for a pilot" is the body and what its money is for
_MODIFIER = r"(?:(?!(?:for|a|an|the|of|to|in|on|at|and|with|from|by)\s)[a-z][\w-]*\s+)"
# "the St Mungo's Trust outreach service": a body's service named by what it does (with no such word, "the
# Women's Aid service" is the body's own work and the body the receiver)
_BODY_ITEM = re.compile(rf"[ \t]*\n?[ \t]*({_MODIFIER}{{0,2}}{_ITEM_HEADS}|{_MODIFIER}{{1,2}}"
                        r"(?:service|programme|project|scheme))\b(?!['’])")
_NAMED_ITEM = re.compile(rf"[ \t]*\n?[ \t]*({_MODIFIER}{{0,2}}{_ANY_ITEM_HEADS})\b(?!['’])")


def _headed_item(doc: ExtractionDoc, m: Mention, end: int) -> Entity | None:
    """The thing "M <lower-case head>" names when money goes to it (a body's post, a scheme's upgrade)."""
    if m.kind not in ("body", "post", "initiative", "name"):
        return None
    if m.kind == "name" and _before_purpose(doc, m) is not m:
        return None  # "to the Y Panel for the Kelby harbour project": Y is paid, the rest says what for
    tail = (_BODY_ITEM if m.kind == "body" else _NAMED_ITEM).match(doc.text, m.end, end)
    if tail is None:
        return None
    name = " ".join(f"{m.name} {tail.group(1)}".split())
    return doc.resolver.thing("initiative", Mention(m.start, tail.end(), "initiative", name))


def _funded_thing(doc: ExtractionDoc, m: Mention, end: int) -> Entity | None:
    """What "£N funds the M..." pays for: M, or the thing M owns when M is written possessive."""
    owned = _POSSESSED.match(doc.text, m.end, end)
    if owned is None and m.kind == "post" and re.match(r"\s+post\b", doc.text[m.end : m.end + 6]):
        # "£42,000 funds the Independent Domestic Violence Advisor post": the post as a funded thing, not its holder
        return doc.resolver.thing("initiative", Mention(m.start, m.end + 5, "initiative", f"{m.name} post"))
    if owned is None:
        return None if re.match(r"['’]s\b", doc.text[m.end : m.end + 2]) else resolve_party(doc, m, _RECIPIENT_KINDS)
    if len(owned.group("name").split()) > 6:
        return None
    a, b = owned.span("name")
    name = " ".join(owned.group("name").replace('"', " ").replace("“", " ").replace("”", " ").split())
    return doc.resolver.thing("initiative", Mention(a, b, "initiative", name))


# A sentence that goes on with a share of the grant the one before read: "Of this, £65,000 funds ...", "A further
# £28,000 will go to ...", "The remaining £18,000 ...", "£42,000 of the allocation ..."
_SHARE_OPENING = re.compile(r"(?i)\s*(?:(?:of|from)\s+(?:this|that|these|the\s+(?:allocation|grant|award|funding|money|"
                            r"total|budget))\s*,?|(?:a|one)\s+further|the\s+(?:remaining|balance\s+of|rest\s+of\s+the)|"
                            r"(?:the\s+)?(?:remaining|other))\s+$")
_SHARE_OF = re.compile(r"(?i)\s+of\s+(?:this|that|the\s+(?:allocation|grant|award|funding|money|total))\b")


def _grant_before(doc: ExtractionDoc, pos: int) -> Fact | None:
    """The last sum the money rules read that ends by POS: the grant a share, a list of shares or a table of
    spending below it goes on from."""
    return next((f for f in reversed(doc.facts) if f.relation == "funds" and f.amount is not None and
                 f.rule.startswith("funding:") and f.end <= pos), None)


def _earlier_grant_giver(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """The giver of a share the sentence at START reads, when it goes on from a grant read just before in the same
    paragraph: the money still comes from that grant's giver, or from its receiver when the receiver passes the share
    on or earmarks it ("Of this, £36,900 was passed to Y")."""
    money = next((m for m in doc.mentions(start, end) if m.kind == "money"), None)
    if money is None:
        return None
    text = doc.text
    if not (_SHARE_OPENING.fullmatch(text, start, money.start) or _SHARE_OF.match(text, money.end, end)):
        return None
    prior = _grant_before(doc, start)
    if prior is None or start - prior.end > 600 or re.search(r"\n\s*\n", text[prior.end : start]):
        return None  # nothing read in this paragraph: whose share it is is not said
    after = _SHARE_OF.match(text, money.end, end)
    at = after.end() if after else money.end
    if _BY_HOLDER.match(text[at : at + 60]) or _spends_grants(prior.object):
        return prior.object
    return prior.subject


def _spends_grants(e: Entity | None) -> bool:
    return e is not None and e.kind == "body" and re.search(r"(?i)\bpartnership\b", e.name) is not None and \
        not _COUNCIL_NAME.search(e.name)


# "Of the GMCA grant, £60,000 was passed to ...": a share of the grant a body named before gave
# ("Within the PCC grant, £15,000 goes to ...", "Part of the PCC grant (£12,500) will go to ...": the same share)
_NAMED_GRANT_SHARE = re.compile(r"(?i)\s*(?:(?:of|from|within)\s+|part\s+of\s+)(?:the\s+)?(?P<owner>\S.{0,60}?)"
                                r"(?:['’]s)?\s+(?:grant|allocation|award|funding)\s*(?:,|\()\s*$")


def _named_grant_holder(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """The holder of a grant whose share the sentence at START passes on, the grant named by its giver ("Of the
    GMCA grant, £60,000 was passed to Salford Foundation"): the body an earlier sum from that giver went to, who
    passes the share on (the giver only gave it to them). None when the sentence is not so made or no such sum was
    read."""
    money = next((m for m in doc.mentions(start, end) if m.kind == "money"), None)
    if money is None:
        return None
    opening = _NAMED_GRANT_SHARE.fullmatch(doc.text, start, money.start)
    if opening is None:
        return None
    passed = _BY_HOLDER.match(doc.text[money.end : money.end + 60].lstrip(")")) is not None
    named = [m for m in doc.mentions(opening.start("owner"), opening.end("owner") + 4)
             if m.kind in ("body", "name", "post")]  # ("the PCC grant": an office's grant)
    if len(named) != 1:
        return None
    giver = resolve_party(doc, named[0], _AGENT_KINDS)
    if giver is None:
        return None
    # a share passed on is the holder's gift; any share of a partnership's grant is the partnership's to give (it
    # spends the grant it was given), a council's only when it passes it on (it may only hold the grant); a sum
    # the giver paid for a purpose ("£96,200 ... for extra patrols") is no grant a share comes out of
    prior = next((f for f in reversed(doc.facts) if f.relation == "funds" and f.amount is not None and
                  f.rule.startswith("funding:") and f.end <= start and start - f.end < 2000 and
                  f.subject.iri == giver.iri and f.object.iri != giver.iri and
                  (passed or _spends_grants(f.object))), None)
    return prior.object if prior is not None else None

# "... grant from DLUHC is £742,118. Of this:" opening a list whose items are the shares the holder pays out
_SHARES_LEAD = re.compile(r"(?i)\b(?:of (?:this|which|that)(?: (?:sum|amount|grant|allocation|funding|total))?|"
                          r"(?:this|it|which) (?:is|was|will be) (?:split|allocated|spent|distributed) as follows)\s*:")
_LIST_ITEM = re.compile(r"\s*(?:[-–•*·]|\(?[a-z0-9]{1,3}[.)])\s+")


def _share_period(doc: ExtractionDoc, since: int, period: str | None) -> None:
    """A share of a grant is for the grant's period unless its own sentence names another."""
    for k in range(since, len(doc.facts)):
        f = doc.facts[k]
        if f.relation == "funds" and f.amount is not None and f.period is None:
            f.period = period


def _listed_share(doc: ExtractionDoc, start: int) -> Fact | None:
    """The grant (its funds fact) that an item in a list of shares belongs to ("... grant from DLUHC is £N. Of this:
    - Y receives £N; - Z receives £M"): its receiver pays each share on. None outside such a list."""
    text = doc.text
    window = max(0, start - 500)
    lead = next(reversed(list(_SHARES_LEAD.finditer(text, window, start))), None)
    if lead is None or re.search(r"\n\s*\n", text[lead.end() : start]):
        return None
    items = text[lead.end() : start].split("\n")[1:]
    if not _LIST_ITEM.match(text[text.rfind("\n", 0, start) + 1 : start + 3]) or any(
            ln.strip() and not _LIST_ITEM.match(ln) and not ln.startswith("  ") for ln in items):
        return None  # only the items of the list opened by the lead are shares
    prior = _grant_before(doc, lead.start())
    if prior is None or lead.start() - prior.end > 200 or re.search(r"\n\s*\n", text[prior.end : lead.start()]):
        return None
    return prior


def _bracketed_item(doc: ExtractionDoc, names: list[Mention], money: Mention) -> Entity | None:
    """The item whose amount is bracketed straight after it ("the Youth Alliance's detached youth work programme
    (£46,000)"): the named body, or the owner of the work written possessive after it."""
    text = doc.text
    bracket = text.rfind("(", 0, money.start)
    if bracket < 0 or text[bracket + 1 : money.start].strip():
        return None
    m = next((m for m in reversed(names) if m.end <= bracket), None)
    if m is None or not re.fullmatch(r"\s*|['’]s\s+[a-z][a-z\s-]{0,50}", text[m.end : bracket]):
        return None
    return resolve_party(doc, m, _RECIPIENT_KINDS)


# "compared with £40,000 in 2024/25", "a reduction from £68,000", "up from £18,500 last year": an earlier amount
_COMPARED = re.compile(r"(?:\bcompared (?:with|to)|\b(?:reduction|decrease|increase|rise|fall|cut|drop|change) "
                       r"(?:from|on)|\b(?:down|up|increased|reduced|decreased|risen|fallen|cut) from|\bagainst)"
                       r"\s+(?:the\s+)?(?:previous\s+|last\s+year['’]s\s+|the\s+)?$", re.I)


def _compared(doc: ExtractionDoc, after: int, at: int) -> bool:
    """The amount at AT is set against the one just read (ending at AFTER): the words between name that grant's
    receiver and period, then the comparison ("to the Partnership for 2025/26, a reduction from")."""
    gap = doc.text[after:at]
    return len(gap.split()) <= 16 and ";" not in gap and bool(_COMPARED.search(gap))


# "... grant to the Partnership for 2025/26 is £N", "... allocation of £N": the grant named, then its amount
_COPULA = re.compile(r"\s(?:is|was|were|are|will be|would be|has been|had been|totals?|totalled|totalling|"
                     r"amounts? to|amounted to|stands? at|stood at|of)\s+(?:a further\s+|a total of\s+|just over\s+|"
                     r"some\s+|around\s+|about\s+)?$")
_GRANT_NOUN = re.compile(r"(?i)\b(?:grant|allocation|funding|award|contribution)s?\b")
# between an owner and its grant: "'s", stream words ("core", "Community Safety"), never a verb
_OWNER_GAP = re.compile(r"^(?:['’]s)?(?:\s+(?:core|annual|yearly|total|overall|main|[A-Z][\w&-]*|\([A-Z]{2,8}\)|"
                        r"(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?))*\s+$")
_PERIOD_TAIL = (r"(?:,?\s*(?:for|in)\s+(?:the\s+)?(?:(?:financial|current)\s+)?(?:year\s+)?"
                r"(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?)?")


def _named_grant(doc: ExtractionDoc, money: Mention, start: int, context_funder: Entity | None
                 ) -> tuple[Entity, Entity] | None:
    """Giver and receiver of a grant named as the subject of its amount: "the PCC's grant to the Partnership is £N"
    (the owner gives to Y), "the VRU's core grant from the Home Office is £N" (the owner receives from X), "the
    Home Office grant to the Partnership is £N", "Wigan's allocation for 2023/24 is £N" (a place receives, in a
    funder's own paper). None when the phrase does not say both."""
    text = doc.text
    copula = _COPULA.search(text, start, money.start)
    if copula is None:
        return None
    nouns = list(_GRANT_NOUN.finditer(text, max(start, copula.start() - 120), copula.start()))
    if not nouns:
        return None
    noun = nouns[-1]
    other = _grant_tail(doc, noun.end(), copula.start())
    if other is False:
        return None
    owner = _grant_owner(doc, start, noun.start())
    if owner is None:
        return None
    q, possessive = owner
    # "X has confirmed the Community Safety Partnership grant to Y": the grant's kind is named, X gives it
    settled = None if possessive else _confirmed_by(doc, start, q)
    if other is not None:
        way, m = other
        if way == "to" and (funder := settled or _owner(doc, q, context_funder)) is not None:
            recipient = resolve_party(doc, m, _RECIPIENT_KINDS)
        elif way == "from" and possessive:
            funder, recipient = resolve_party(doc, m, _AGENT_KINDS), resolve_party(doc, q, _RECIPIENT_KINDS)
        else:
            return None
    elif possessive and (giver := _confirmed_by(doc, start, q)) is not None:
        funder, recipient = giver, resolve_party(doc, q, _RECIPIENT_KINDS)  # "MOPAC confirmed Brent's allocation of £N"
    elif possessive and q.kind == "place" and context_funder is not None:
        funder, recipient = context_funder, resolve_party(doc, q, _RECIPIENT_KINDS)
    else:
        return None
    if funder is None or recipient is None or funder.iri == recipient.iri:
        return None
    return funder, recipient


_CONFIRMED = re.compile(r"^\)?\s*(?:\([^()]{1,12}\)\s*)?(?:has|have|had|will|would)?\s*(?:also\s+|now\s+)?(?:confirmed|"
                        r"approved|agreed|announced|awarded|allocated|renewed|increased|reduced|cut|maintained|set)\s+"
                        r"(?:the\s+)?$")


def _confirmed_by(doc: ExtractionDoc, start: int, q: Mention) -> Entity | None:
    """The giver named just before "... confirmed Q's allocation": the one who settles the grant gives it."""
    names = [m for m in doc.mentions(start, q.start) if m.kind != "money" and not _PERIOD.fullmatch(m.name)]
    if not names or not _CONFIRMED.match(doc.text[names[-1].end : q.start]):
        return None
    return resolve_party(doc, names[-1], _AGENT_KINDS)


# "The Home Office grant for the Serious Violence Duty is paid to the PCC", "Welsh Government funding for substance
# misuse is received through the Area Planning Board": the grant's owner gives, the one it goes to receives
# "Home Office funding received by the GMCA", "X monies are routed through the APB", "funding from X passes through
# the APB": money routed through a body is that body's from the money's owner (the gold of six sets codes it so)
_PAID_TO = re.compile(r"(?i)\b(?P<noun>grant|funding|allocation|money|monie)s?\b(?:\s+of\s+(?P<amount>£\s?[\d.,]+\s?"
                      r"(?:k|m|million)?))?(?P<tail>[^.;:£]{0,80}?)(?:\s+(?:is|are|was|were|"
                      r"will be|has been|have been)\s+(?:also\s+|now\s+|currently\s+)?(?:(?:paid|given|passed|"
                      r"allocated|awarded|transferred)\s+(?:directly\s+)?to|received\s+(?:by|through)|"
                      r"(?:paid|passed|routed|channell?ed)\s+(?:on\s+)?(?:via|through))|,?\s+(?:received\s+by|"
                      r"(?:paid|passed|routed|channell?ed)\s+(?:on\s+)?(?:via|through))|\s+(?:passes|flows|goes)\s+"
                      r"through)\s+(?:the\s+)?")
# "funding from the Welsh Government passes through ...": the owner named after the noun
_FROM_OWNER = re.compile(r"\s+from\s+(?:the\s+)?")
# what may stand between the grant and its verb: a period, or the duty or stream it is for
_PAID_TAIL = re.compile(r"(?i)\s*(?:(?:for|in)\s+(?:the\s+)?(?:(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?|"
                        r"[\w'’&-]+(?:\s+[\w'’&-]+){0,5}))?\s*,?\s*")


def _grant_paid_to(doc: ExtractionDoc, start: int, end: int) -> None:
    text = doc.text
    at = start
    while (said := _PAID_TO.search(text, at, end)) is not None:
        # "The X allocation is Home Office funding received by Y": a later noun nearer the verb may own it
        at = said.end("noun")
        routed = re.search(r"\b(?:via|through)\s+(?:the\s+)?$", said.group()) is not None
        owner = _owner_after(doc, said)
        if owner is None and (not _PAID_TAIL.fullmatch(said.group("tail")) or any(
                m.kind in _AGENT_KINDS for m in doc.mentions(said.end("noun"), said.start("tail") + len(
                    said.group("tail"))))):
            continue  # another body between the grant and its verb: whose grant is unclear
        owner = owner or _grant_owner(doc, start, said.start("noun"), routed)
        receiver = next((m for m in doc.mentions(said.end(), end) if m.start == said.end()), None)
        if owner is None or receiver is None:
            continue
        if (parties := _two_parties(doc, owner[0], receiver, _AGENT_KINDS)) is None:
            continue
        funder, recipient = parties
        amount = amount_or_none(said.group("amount").replace(" ", "")) if said.group("amount") else None
        doc.add(funder, "funds", recipient, owner[0].start, receiver.end, "funding:paid_to", 0.85,
                amount=amount, period=grant_period(said.group("tail")))
        onward = _AND_PASSED.match(text, receiver.end, end)
        nxt = next((m for m in doc.mentions(onward.end(), end) if m.start == onward.end()), None) if onward else None
        got = resolve_party(doc, nxt, _AGENT_KINDS) if nxt is not None else None
        if got is not None and got.iri not in (funder.iri, recipient.iri):
            # "... is received by the PCC and passed to the VRU": the first receiver hands it on and funds the next;
            # "... and passed through the VRU": the VRU is only the route, and the grant's owner funds it
            giver = funder if onward.group("route") == "through" else recipient
            doc.add(giver, "funds", got, owner[0].start, nxt.end, "funding:paid_to", 0.8,
                    period=grant_period(said.group("tail")))


def _owner_after(doc: ExtractionDoc, said: re.Match) -> tuple[Mention, bool] | None:
    """The owner a grant's noun names after it, when only that name stands before the verb ("funding from the
    Welsh Government passes through ..."): the one who gives, as a possessive before the noun would be."""
    tail = said.group("tail")
    at = said.start("tail")
    lead = _FROM_OWNER.match(tail)
    if lead is None or said.group("amount"):
        return None
    found = [m for m in doc.mentions(at + lead.end(), at + len(tail)) if m.kind != "money"]
    if len(found) != 1 or found[0].start != at + lead.end() or tail[found[0].end - at :].strip(" ,"):
        return None
    return (found[0], False) if found[0].kind in _AGENT_KINDS else None


# "the MOPAC money is passed to the YJS by the Partnership", "£N from the Home Office is paid to the CSP by the VRU":
# money (the clause's subject) handed to Y by Z, who funds Y with it
_PASSED_BY = re.compile(r"(?i)\b(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:then\s+)?(?:passed|paid|"
                        r"transferred|handed)\s+(?:on\s+)?to\s+(?:the\s+)?(?P<to>)[^.;,()]{2,80}?\s+by\s+(?:the\s+)?(?P<by>)")
_MONEY_SUBJECT = re.compile(r"(?i)£|\b(?:grant|funding|allocation|money|award)s?\b")


def _passed_by(doc: ExtractionDoc, start: int, end: int) -> None:
    """Z funds Y where money "is passed to Y by Z" (see _PASSED_BY): the body that hands a grant on gives it, as well
    as the grant's owner the other rules read."""
    text = doc.text
    for said in _PASSED_BY.finditer(text, start, end):
        if not _MONEY_SUBJECT.search(text, start, said.start()):
            continue  # what is passed is not money ("the report is passed to the Board by ...")
        found = doc.mentions(start, end)
        to = next((m for m in found if m.start == said.start("to")), None)
        by = next((m for m in found if m.start == said.start("by")), None)
        if to is None or by is None or not re.fullmatch(r"\s+by\s+(?:the\s+)?", text[to.end : by.start]):
            continue
        if (parties := _two_parties(doc, by, to, _AGENT_KINDS)) is None:
            continue
        doc.add(parties[0], "funds", parties[1], start, by.end, "funding:passed_by", 0.8,
                period=grant_period(text[start:end]))


# "... received by X and passed to Y", "... and then passed on to Y", "... and passed through Y"
_AND_PASSED = re.compile(r"\s*,?\s+and\s+(?:then\s+|is\s+|was\s+)?(?:passed|paid|transferred|handed)\s+(?:on\s+)?"
                         r"(?P<route>to|through|via)\s+(?:the\s+)?")


# "The CSP receives a Community Safety Fund grant from the PCC": the named stream between is no party
_RECEIVES_FROM = re.compile(r"\b(?:receives?|received|has received|have received|will receive|gets|secures?|secured|"
                            r"obtains?|obtained)\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:annual\s+|yearly\s+)?"
                            r"(?P<what>[^.;£()]{0,60}?)\b(?i:grant|funding|allocation|contribution)s?"
                            r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?\s+from\s+"  # "the X Grant (XG) from"
                            r"(?:the\s+)?")
_RECEIVER_GAP = re.compile(r"^\s*(?:also\s+|now\s+|currently\s+|still\s+|each year\s+|annually\s+)*$")
_PLAIN_TAKER = re.compile(r"\b[Tt]he\s+(?P<word>council|partnership|board)\s+(?:also\s+|now\s+|each\s+year\s+)?$")


def _receives_from(doc: ExtractionDoc, start: int, end: int) -> None:
    text = doc.text
    for said in _RECEIVES_FROM.finditer(text, start, end):
        found = doc.mentions(start, end)
        if any(m.kind in _AGENT_KINDS for m in found if said.start("what") <= m.start < said.end("what")):
            continue  # "receives the Council's grant from ...": whose grant is unclear
        near = [m for m in found if m.end <= said.start() and m.name.casefold() not in ("the", "this", "its")]
        giver = next((m for m in found if m.start == said.end()), None)
        plain = _PLAIN_TAKER.search(text, start, said.start())
        if giver is None:
            continue
        if near and _RECEIVER_GAP.match(text[near[-1].end : said.start()]):
            parties = _two_parties(doc, giver, near[-1])
            at = near[-1].start
        elif plain is not None:
            # "The council receives the X Grant from Y": the receiver written by its kind, the paper's own
            funder, taker = resolve_party(doc, giver, _AGENT_KINDS), _referred(doc, plain.group("word"), plain.start())
            parties = (funder, taker) if funder is not None and taker is not None and funder.iri != taker.iri else None
            at = plain.start("word")
        else:
            continue
        if parties is None:
            continue
        funder, recipient = parties
        doc.add(funder, "funds", recipient, at, giver.end, "funding:receives_from", 0.85,
                period=grant_period(text[start:end]))


# "X ... and funds Y (£14,500) for Z", "X also funded Y (£8,000 in 2023/24)": the amount bracketed after Y
_FUNDS_VERB = re.compile(r"\b(?:funds|funded|has funded|have funded|will fund|also funds|also funded)\s+(?:the\s+)?")
_AND_SUBJECT = re.compile(r"^[^.;]*?,?\s+and\s+(?:also\s+)?$")


def _funds_bracketed(doc: ExtractionDoc, start: int, end: int) -> None:
    text = doc.text
    found = [m for m in doc.mentions(start, end) if m.kind != "money"]
    for said in _FUNDS_VERB.finditer(text, start, end):
        if re.search(r"\b(?:is|are|was|were|been|be)\s+$", text[max(start, said.start() - 10) : said.start()]):
            continue  # "is funded by": the passive names the giver after it
        receiver = next((m for m in found if m.start == said.end()), None)
        thing, bracket = _bracketed_thing(doc, receiver, end) if receiver is not None else (None, None)
        if bracket is None:
            continue
        before = [m for m in found if m.end <= said.start()]
        prior = _grant_held(doc, start, said.start())
        if prior is not None:
            parties, quote = (prior.object, thing or resolve_party(doc, receiver, _RECIPIENT_KINDS)), start
            if parties[1] is None or parties[1].iri == prior.object.iri:
                continue
        else:
            if not before:
                continue
            gap = text[before[-1].end : said.start()]
            if _RECEIVER_GAP.match(gap):
                giver = before[-1]  # "Bristol City Council funds Y (£N)"
            elif _AND_SUBJECT.match(gap) and before[0].start - start <= 4:
                giver = before[0]  # "Bristol City Council commissions A, and funds Y (£N)": the sentence's subject
            else:
                continue
            if (parties := _two_parties(doc, giver, receiver)) is None:
                continue
            quote = giver.start
        funder, recipient = parties[0], thing or parties[1]
        amount = amount_or_none(bracket.group(1).replace(" ", ""))
        if amount is None:
            continue
        period = grant_period(bracket.group(2)) or grant_period(text[start:end]) or (prior.period if prior else None)
        doc.add(funder, "funds", recipient, quote, bracket.end(), "funding:funds_bracketed", 0.85, amount=amount,
                period=period)
        _next_bracketed(doc, funder, quote, bracket.end(), found, period)


# "It will fund ...", "The grant also funds ...": the sentence's subject is the grant the sentence before read
_THE_GRANT_OPENS = re.compile(r"\s*(?:It|This|That|(?:The|This|That)\s+(?:grant|allocation|award|funding|money))\s+"
                              r"(?:will\s+|also\s+|now\s+)*$")


def _grant_held(doc: ExtractionDoc, start: int, verb: int) -> Fact | None:
    """The grant read just before START, when the sentence from START to the verb at VERB only names that grant
    ("It will fund ..."), and a body received it: its holder spends it."""
    if not _THE_GRANT_OPENS.fullmatch(doc.text, start, verb):
        return None
    prior = _grant_before(doc, start)
    if prior is None or start - prior.end > 40 or prior.object.kind != "body" or \
            "\n\n" in doc.text[prior.end : start]:
        return None  # no grant read in the sentence just before: what "it" is is not said
    return prior


# ", and the Y (£M, delivered by Z)": the next thing funded in a list, its amount bracketed after it
_NEXT_ITEM = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:also\s+)?(?:the\s+|a\s+|an\s+)?")
_LIST_BRACKET = re.compile(r"\s*\(\s*(£\s?\d+(?:,\d{3})*(?:\.\d+)?\s?(?:k|m|million)?)\b([^()£]{0,80})\)")


# "the Night Guardians project in Ashford high street (£9,500, ...)": the place where the thing is done, between it and
# its sum ("worker in custody" is the thing's own name)
_WHERE = re.compile(r"\s+(?:in|across|at)\s+(?:the\s+)?[A-Z][^()£,;.]{0,40}?(?=\s*\()")


# "... project via the Coastal Safer Streets Fund (£62,000 for 2023/24)": the stream the money comes through
_THROUGH_STREAM = re.compile(r"\s+(?:through|from|via|under)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w&'’-]*\s+)"
                             r"(?:(?:and|of|for)\s+|[A-Z][\w&'’-]*\s+){0,6}?(?:Fund|Grant|Programme)(?=\s*\()")


def _bracket_after(text: str, at: int) -> re.Match | None:
    """The bracketed amount just after the thing named up to AT, or after a short phrase saying where it is done
    or the stream the money comes through."""
    between = _WHERE.match(text, at) or _THROUGH_STREAM.match(text, at)
    return _LIST_BRACKET.match(text, at) or (_LIST_BRACKET.match(text, between.end()) if between else None)


def _bracketed_thing(doc: ExtractionDoc, m: Mention, end: int) -> tuple[Entity | None, re.Match | None]:
    """The thing M names with its lower-case head when one follows ("Street Pastors scheme"; None: M itself), and
    the bracketed amount after it (which may run past a line break the sentence was cut at: it is bounded by its
    own length)."""
    item = _headed_item(doc, m, end)
    if item is not None:
        tail = _NAMED_ITEM.match(doc.text, m.end, end)
        bracket = _bracket_after(doc.text, tail.end()) if tail is not None else None
        if bracket is not None:
            return item, bracket
    return None, _bracket_after(doc.text, m.end)


def _next_bracketed(doc: ExtractionDoc, funder: Entity, quote: int, at: int, found: list[Mention],
                    period: str | None) -> None:
    """Each further item of "X funds A (£N), B (£M) and C (£K)": X funds it, with its bracketed amount."""
    text = doc.text
    while True:
        joint = _NEXT_ITEM.match(text, at)
        item = next((m for m in found if joint and m.start == joint.end()), None)
        thing, bracket = _bracketed_thing(doc, item, len(text)) if item is not None else (None, None)
        if bracket is None:
            return
        recipient = thing or resolve_party(doc, item, _RECIPIENT_KINDS)
        amount = amount_or_none(bracket.group(1).replace(" ", ""))
        if amount is None:
            return
        if recipient is None or recipient.iri == funder.iri:
            return
        doc.add(funder, "funds", recipient, quote, bracket.end(), "funding:funds_bracketed", 0.85, amount=amount,
                period=grant_period(bracket.group(2)) or period)
        at = bracket.end()


# "X is the convening body for the Duty and has allocated £N": the verb is the opening subject's second predicate
_AND_GAVE = re.compile(r"\band\s+(?:has\s+|have\s+|had\s+|will\s+|also\s+)*(?:allocated|awarded|granted|provided|"
                       r"given|committed|contributed|passed)\s+$", re.I)


def _opening_subject(doc: ExtractionDoc, start: int, before: list[Mention], gap: str) -> Entity | None:
    """The giver a sentence opens with, when the words before the amount are its second predicate."""
    if not before or not _AND_GAVE.search(gap) or not re.fullmatch(r"\s*(?:The\s+|the\s+)?",
                                                                    doc.text[start : before[0].start]):
        return None
    return resolve_party(doc, before[0], _AGENT_KINDS)


# "Merton and Sutton have both agreed to fund the Prevent Team": each named giver, places as their councils
_AGREED_TO_FUND = re.compile(r"\s+(?:have\s+|has\s+|had\s+|will\s+)?(?:both\s+|each\s+|jointly\s+|also\s+|all\s+)*"
                             r"(?:agreed|decided|continued|committed|undertaken)\s+to\s+(?:jointly\s+)?fund\s+(?:the\s+)?")
_GIVER_LIST_GAP = re.compile(r"^\s*(?:,|,?\s+and|,?\s+&)\s+(?:the\s+)?$")


def _agreed_to_fund(doc: ExtractionDoc, start: int, end: int) -> None:
    text = doc.text
    found = [m for m in doc.mentions(start, end) if m.kind != "money"]
    for k, m in enumerate(found):
        said = _AGREED_TO_FUND.match(text, m.end, end)
        if said is None or not any(g.kind == "place" for g in _giver_list(doc, found[: k + 1])):
            continue  # names that are all bodies are the clause rule's
        receiver = next((x for x in found if x.start == said.end()), None)
        recipient = resolve_party(doc, receiver, _RECIPIENT_KINDS) if receiver is not None else None
        if recipient is None:
            continue
        for g in _giver_list(doc, found[: k + 1]):
            giver = resolve_party(doc, g, _RECIPIENT_KINDS if g.kind == "place" else _AGENT_KINDS)
            if giver is not None and giver.kind in _AGENT_KINDS and giver.iri != recipient.iri:
                doc.add(giver, "funds", recipient, g.start, receiver.end, "funding:agreed_to_fund", 0.85)


def _giver_list(doc: ExtractionDoc, names: list[Mention]) -> list[Mention]:
    """The names joined by "and" or commas that end NAMES ("LBHF and RBKC")."""
    out = [names[-1]]
    for m in reversed(names[:-1]):
        if not _GIVER_LIST_GAP.match(doc.text[m.end : out[0].start]):
            break
        out.insert(0, m)
    return out


# "PCC Grant to the SNB", "the Home Office funding to the Partnership": the owner named before the grant gives it
_OWNER_GRANT_TO = re.compile(r"(?i)\b(?:grant|funding)\s+to\s+(?:the\s+)?")


def _owner_grant_to(doc: ExtractionDoc, start: int, end: int) -> None:
    text = doc.text
    for said in _OWNER_GRANT_TO.finditer(text, start, end):
        owner = _grant_owner(doc, start, said.start())
        receiver = next((m for m in doc.mentions(said.end(), end) if m.start == said.end()), None)
        if owner is None or owner[1] or receiver is None:
            continue  # a possessive owner ("the PCC's grant to ...") is read with its amount, if any
        if _confirmed_by(doc, start, owner[0]) is not None or re.search(
                r"(?i)\b(?:from|by|of|for|with|a|an)\s+(?:the\s+)?$", text[max(start, owner[0].start - 8) :
                                                                      owner[0].start]):
            continue  # "X confirmed the CSP grant to Y", "a share of the PCC grant": the owner is not the giver
        if (parties := _two_parties(doc, owner[0], receiver)) is None:
            continue
        funder, recipient = parties
        doc.add(funder, "funds", recipient, owner[0].start, receiver.end, "funding:grant_to", 0.8,
                period=grant_period(text[said.start() : end]))


# "X gives the CSP an annual community safety grant", "X provides the Partnership with a yearly grant", "X awards Y
# an annual grant": a grant named with both its parties and no sum (the sentence after often gives the sum, read by
# restated_grants); a receiver written "each"/"every" is many, and names none
_GIVES_A_GRANT = re.compile(r"\s+(?:also\s+|now\s+|currently\s+)?(?:gives|provides|awards|allocates|pays)\s+"
                            r"(?:the\s+)?")
_A_GRANT = re.compile(r"\s+(?:with\s+)?(?:an?|its|their)\s+(?:annual|yearly|core|recurring|small|)\s*"
                      r"(?:[\w&'’-]+\s+){0,5}?(?:grant|allocation|contribution)\b", re.I)
_HEDGE_BEFORE = re.compile(r"(?i)\b(?:may|might|could|would|if|whether|no\s+longer|used\s+to|not)\b")


def _gives_a_grant(doc: ExtractionDoc, start: int, end: int) -> None:
    text = doc.text
    found = [m for m in doc.mentions(start, end) if m.kind not in ("money", "topic")]
    for giver_m, receiver_m in zip(found, found[1:], strict=False):
        verb = _GIVES_A_GRANT.match(text, giver_m.end, receiver_m.start)
        if verb is None or verb.end() != receiver_m.start or not _A_GRANT.match(text, receiver_m.end, end):
            continue
        if _HEDGE_BEFORE.search(text, start, receiver_m.start):
            continue  # "The Commissioner may give the Partnership a grant if ...": no grant given yet
        if (parties := _two_parties(doc, giver_m, receiver_m)) is None:
            continue
        funder, recipient = parties
        doc.add(funder, "funds", recipient, giver_m.start, _A_GRANT.match(text, receiver_m.end, end).end(),
                "funding:gives_a_grant", 0.8, period=grant_period(text[start:end]))


# "the Commissioner's Community Fund had awarded £6,500 to X", "the PCC's Safer Streets Fund contributes £N to the
# Y project": a fund its owner's possessive names gives, so the owner gives to the party after "to"
_FUND_GIVES = re.compile(r"['’]s\s+(?:[A-Z][\w&'’-]*\s+){0,5}(?:Fund|Grant|Programme)\s+(?:has\s+|had\s+|have\s+)?"
                         r"(?:also\s+)?(?:awarded|allocated|granted|provided|gave|gives|contributed|contributes|paid|"
                         r"pays)\s+(?P<sum>£\s?[\d.,]+(?:\s?(?:k|m|million))?)(?P<when>\s+(?:in|for)\s+"
                         r"(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?)?\s+to\s+(?:the\s+)?")


def _owned_fund_gives(doc: ExtractionDoc, start: int, end: int) -> None:
    text = doc.text
    for said in _FUND_GIVES.finditer(text, start, end):
        owner_m = next((m for m in doc.mentions(start, said.start() + 1) if m.end == said.start()), None)
        taker_m = next((m for m in doc.mentions(said.end(), end) if m.start == said.end()), None)
        amount = amount_or_none(said.group("sum").replace(" ", ""))
        read = any(f.relation == "funds" and f.amount == amount and f.start <= said.start() < f.end
                   for f in doc.facts)
        if owner_m is None or taker_m is None or amount is None or read:
            continue  # no owner or receiver named, or the sum is read already
        if (parties := _two_parties(doc, owner_m, taker_m)) is None:
            continue
        funder, recipient = parties
        doc.add(funder, "funds", recipient, owner_m.start, taker_m.end, "funding:owned_fund_gives", 0.8,
                amount=amount, period=grant_period(text[owner_m.start : end]))


def _bracket_periods(text: str, at: int, end: int) -> str | None:
    """The financial years a bracket of parts just after the amount at AT names, when it names more than one
    ("to Y (£N in 2023/24 and £M in 2024/25)"), as "2023/24-2024/25"."""
    bracket = re.match(r"[^()£]{0,40}\(([^()]{0,160})\)", text[at:end])
    if bracket is None or "£" not in bracket.group(1):
        return None
    years = sorted({f"{m.group(1)}/{m.group(2)[-2:]}" for m in _PERIOD.finditer(bracket.group(1)) if m.group(1)})
    return f"{years[0]}-{years[-1]}" if len(years) > 1 else None


# "X has awarded £N to Y for P, and £M to Z": a second sum given to another receiver, its giver and verb left out;
# any verb between the sums ("and £M was spent", "and the Board received £M") says something else
_NEXT_GIFT = re.compile(r"[^.;:£()]{0,120}?(?:,\s*and|\band|,)\s+(?:a\s+further\s+|another\s+|also\s+)?")
_FINITE_VERB = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|will|would|can|may|received?|gets?|got|gave|gives?|"
                          r"spent|paid|went|goes|came|comes)\b")


# "... and £24,500 for home fire safety visits": a sum said only with what it is for
_FOR_WHAT = re.compile(r"\s+(?:for|towards)\s+(?!each\b|every\b)")


def _next_gift(text: str, last: tuple, at: int) -> Entity | None:
    """The giver of the last grant read (LAST: giver, receiver, end of its amount) when the amount at AT is only the
    next sum of the same gift."""
    gap = text[last[2] : at]
    if not _NEXT_GIFT.fullmatch(gap) or _FINITE_VERB.search(gap):
        return None
    return last[0]


# "..., of which £30,000 is ring-fenced for Y": a share of the grant just read; who acts on it says who gives it
_OF_WHICH = re.compile(r"(?i)\b(?:of which|of this|of that)\s*,?\s*$")
_BY_GIVER = re.compile(r"(?i)^\s*(?:is|was|will be|has been|had been)\s+(?:ring-?fenced|reserved)\s+for\b")
_BY_HOLDER = re.compile(r"(?i)^\s*(?:is|was|will be|has been|had been)\s+(?:passed|earmarked|allocated|spent|"
                        r"passported)\s+(?:on\s+)?(?:to|for|on)\b")


def _share_giver(text: str, start: int, money: Mention, last: tuple) -> Entity | None:
    """The giver of a share of the grant just read (LAST: giver, receiver, end): its giver when the share is
    ring-fenced by it, its receiver when the receiver passes the share on or earmarks it."""
    if not _OF_WHICH.search(text[max(start, money.start - 14) : money.start]):
        return None
    after = text[money.end : money.end + 40]
    if _BY_GIVER.match(after):
        return last[0]
    return last[1] if _BY_HOLDER.match(after) else None


# "Its pooled fund for 2023/24 consisted of £44,300 from the PFCC and £20,000 from the Council": "its" is the body
# the sentence before opened with, and each giver after "from" pays into its fund
_POOLED_OF = re.compile(r"\s*(?:Its|Their)\s+(?:[a-z-]+\s+){0,2}(?:fund|budget|funding)\s+(?:for\s+\S+\s+)?"
                        r"(?:consisted of|comprised|was made up of|is made up of|came from|comes from|included)\s+")


def _pooled_from(doc: ExtractionDoc, previous: int | None, start: int, at: int, end: int) -> bool:
    if previous is None:
        return False
    opening = next((m for m in doc.mentions(previous, start) if m.kind != "money"), None)
    if opening is None or opening.kind not in ("body", "name") or \
            doc.text[previous : opening.start].strip(" \t\n.0123456789") not in ("", "The", "the"):
        return False
    owner = resolve_party(doc, opening, _RECIPIENT_KINDS)
    if owner is None or owner.kind != "body":
        return False
    found = doc.mentions(at, end)
    read = False
    for k, money in enumerate(found):
        giver = found[k + 1] if k + 1 < len(found) else None
        if money.kind != "money" or giver is None or not re.fullmatch(r"\s*from\s+(?:the\s+)?",
                                                                     doc.text[money.end : giver.start]):
            continue
        funder = resolve_party(doc, giver, _AGENT_KINDS)
        amount = amount_or_none(money.name)
        if amount is None:
            continue
        if funder is not None and funder.iri != owner.iri:
            read = doc.add(funder, "funds", owner, start, giver.end, "funding:pooled_from", 0.85, amount=amount,
                           period=grant_period(doc.text[start:end])) is not None or read
    return read


# "£612,000 ... to the four Community Safety Partnerships ... and to the Violence Reduction Unit": a sum given to
# receivers the sentence counts or coordinates is shared among them, no one receiver's
_TO_MANY = re.compile(r"\bto\s+(?:the\s+|all\s+|each\s+of\s+the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|"
                      r"\d+)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+s\b[^.;£]{0,120}?\band\s+to\s+(?:the\s+)?[A-Z]")


def _shared_total(text: str, start: int, end: int, money: Mention) -> bool:
    if _TO_MANY.search(text[money.end : end]):
        return True
    return bool(re.search(r"(?i)\b(?:totall?ing|a total of|in total)\s+$", text[max(start, money.start - 20) :
                                                                            money.start])) and \
        bool(re.search(r"\band\s+to\s+(?:the\s+|each\s+)?[A-Z]", text[money.end : end]))


def _area_to_commissioner(doc: ExtractionDoc, funder: Entity, recipient: Entity, context_funder: Entity | None,
                          start: int, end: int) -> Entity:
    """In a commissioner's own paper, "the Government has allocated Suffolk £N": national money for the
    commissioner's area goes to the commissioner, not to the council a bare place name would stand for."""
    if context_funder is None or context_funder.kind != "post" or not context_funder.area or \
            recipient.area != context_funder.area or recipient.name in doc.text[start:end] or \
            not placenames.is_national(funder.name):
        return recipient
    return context_funder


_STREAM_HEAD = re.compile(r"\b(?:Fund|Grant|Funding|Budget)\b")


def _stream_giver(doc: ExtractionDoc, m: Mention) -> tuple[Entity | None, bool]:
    """The owner of the fund M names as a giver, when the fund's name opens with a national body ("the Home Office
    Safer Streets Fund awarded £N": the Home Office), and whether M names a fund at all. A fund a possessive owns
    ("the Commissioner's Victims Fund will provide £N") is a giver of its own that the graph has no place for."""
    if m.kind not in ("initiative", "name", "topic") or not _STREAM_HEAD.search(m.name):
        return None, False
    national = _national_head(m)
    return (resolve_party(doc, national, _AGENT_KINDS) if national is not None else None), True


def _national_head(m: Mention, anywhere: bool = False) -> Mention | None:
    """The national body a stream's name opens with ("Home Office" of "Home Office Serious Violence Duty"); with
    ANYWHERE, the first it names after other words too ("Allocation of the Home Office Serious Violence Duty
    Grant", a caption read as one name)."""
    words = m.name.split()
    for i in range(len(words) - 1 if anywhere else 1):
        at = m.start + len(" ".join(words[:i])) + (1 if i else 0)
        for k in range(min(len(words) - 1, i + 8), i, -1):  # "Ministry of Housing, ... Local Government": 7 words
            head = " ".join(words[i:k])
            if placenames.is_national(head):
                return replace(m, start=at, end=at + len(head), kind="body", name=head)
    return None


def _owner(doc: ExtractionDoc, q: Mention, context_funder: Entity | None) -> Entity | None:
    """The giver Q names; a bare "the PCC" in a commissioner's own paper is that commissioner."""
    bare = q.kind == "post" and re.fullmatch(r"(?:the\s+)?(?:PCC|PFCC|Commissioner|Police and Crime Commissioner)",
                                             q.name)
    if bare and context_funder is not None and context_funder.kind == "post":
        return context_funder
    return resolve_party(doc, q, _AGENT_KINDS)


def _grant_tail(doc: ExtractionDoc, at: int, end: int) -> tuple[str, Mention] | None | bool:
    """What follows a grant noun up to its verb: ("to"|"from", the name), None for nothing (or only a period),
    False for anything else."""
    text = doc.text
    names = [m for m in doc.mentions(at, end) if m.kind != "money" and not _PERIOD.fullmatch(m.name)]
    if not names:
        return None if re.fullmatch(_PERIOD_TAIL + r"\s*,?\s*", text[at:end]) else False
    if len(names) > 1:
        return False
    m = names[0]
    way = re.fullmatch(r"\s*(?:for\s+\d{4}(?:\s?[/–-]\s?\d{2,4})?\s+)?(to|from|for)\s+(?:the\s+)?", text[at : m.start])
    if way is None or not re.fullmatch(_PERIOD_TAIL + r"\s*,?\s*", text[m.end : end]):
        return False
    if way.group(1) == "for":
        # "the Ministry's youth diversion grant for Lewes is £N": a place or body the grant is for gets it
        return ("to", m) if m.kind in ("place", "body") else False
    return way.group(1), m


def _stream_after_owner(text: str, names: list[Mention], at: int) -> bool:
    """Whether the last of NAMES is a grant stream's own name written between an owner's possessive and the grant
    noun at AT ("the Council's Safe Accommodation grant"): the stream is passed over, the owner is the head."""
    if len(names) < 2 or names[-1].kind != "name" or text[names[-1].end : at].strip():
        return False
    return bool(re.fullmatch(r"['’]s\s+", text[names[-2].end : names[-1].start]))


def _grant_owner(doc: ExtractionDoc, start: int, at: int, routed: bool = False) -> tuple[Mention, bool] | None:
    """The name a grant noun at AT belongs to ("the Kent PCC's Community Safety Grant", "the Home Office grant"),
    with whether it is possessive; stream names between ("Serious Violence Duty") are passed over."""
    text = doc.text
    names = [m for m in doc.mentions(start, at) if m.kind != "money" and not _PERIOD.fullmatch(m.name)]
    while names and (names[-1].kind in ("initiative", "topic") or names[-1].end > at or _stream_after_owner(
            text, names, at)):
        national = _national_head(names[-1])
        if national is not None:
            return national, False  # "the Home Office Serious Violence Duty grant": the department's stream
        names.pop()  # the grant's own name, or its stream
    if names and _post_owner(doc, names, names[-1]) is not None and not text[names[-1].end : at].strip():
        names.pop()  # "the Scottish Government's Community Justice Coordinator grant": the post it pays for
    if not names:
        return None
    q = names[-1]
    gap = text[q.end : at]
    for m in doc.mentions(q.end, at):
        gap = gap.replace(text[m.start : m.end], "Stream")
    if q.kind not in ("body", "post", "place", "name") or not _OWNER_GAP.match(gap):
        return None
    if re.search(r"(?i)\b(?:to|from|by|of|with|and|or|than)\s+(?:the\s+)?$", text[max(start, q.start - 12) : q.start]) \
            and not (routed and re.match(r"['’]s\b", gap)):
        # "£N came from the Home Office grant ...": the name is not the phrase's head; but "£N from the Home
        # Office's grant, paid via the VRU": the possessive owns the grant the route passes on
        return None
    return q, bool(re.match(r"['’]s\b", gap))




_WHICH_OPENS = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:which|who)\s+(?:is|are|was|were)\s+[^,]{0,60}?"
                          r"\s+(?:by|from)\s+(?:the\s+)?")
# "the Hate Crime Service, delivered by Victim Support, received £N", "the unit, hosted by the OPCC and run by its
# Director, Jo Bloggs, received £N": a participle's aside between a name and its verb; the names inside it (the
# host, the provider, the host's officer) neither give nor get the money
_ASIDE_VERB = (r"(?:(?:jointly|currently|now|also|formerly)\s+)?(?:hosted|led|delivered|run|managed|chaired|supported|"
               r"employed|housed|based|operated|commissioned|co-?ordinated|overseen|staffed|administered|convened|"
               r"provided|established|set\s+up|funded)\s+(?:by|in|at|within|under|through|from)\s+"
               r"(?:the\s+|its\s+|their\s+|a\s+|an\s+)?")
_PARTICIPLE_ASIDE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:(?:which|who)\s+(?:is|are|was|were)\s+)?"
                               + _ASIDE_VERB)
_ASIDE_GOES_ON = re.compile(r"\s*(?:,\s*and|,|and)\s+" + _ASIDE_VERB)  # "... and led by its Director"


def _apposition_head(doc: ExtractionDoc, before: list[Mention], m: Mention, gap: str) -> Mention:
    """The name an aside closing at M (followed by GAP) is about, else M itself."""
    k = before.index(m) if m in before else -1
    # the aside closes with the comma after M, or after what M owns ("hosted by the Council's team, received")
    closes = re.match(r"(?:['’]s(?:\s+[a-z][\w-]*){1,3})?\s*,", gap) is not None
    opener = _aside_opener(doc, before, k) if k > 0 and closes else None
    if opener is not None:
        return opener
    if k > 0 and gap.lstrip().startswith(",") and re.fullmatch(r"\s*,\s*", doc.text[before[k - 1].end : m.start]) and \
            before[k - 1].kind in _AGENT_KINDS and names_a_person(m):
        return before[k - 1]  # "The Commissioner, Jo Bloggs, has awarded ...": the office named before its holder
    if k > 0 and gap.lstrip().startswith(","):
        # "the VRU (VERU), which is funded by the Home Office and hosted by the OPCC, has provided £N": the
        # relative clause closing at M is about the name before its "which"
        for j in range(k - 1, -1, -1):
            if _WHICH_OPENS.fullmatch(doc.text, before[j].end, before[j + 1].start) and \
                    "," not in doc.text[before[j + 1].start : m.start]:
                return before[j]
    return m


def _aside_opener(doc: ExtractionDoc, before: list[Mention], k: int) -> Mention | None:
    """The name a participle's aside closing after BEFORE[k] follows: the subject whose verb comes after it."""
    for j in range(k - 1, -1, -1):
        gap = doc.text[before[j].end : before[j + 1].start]
        # "the "Change Course" perpetrator programme, commissioned by ...": the name's own head word comes first
        head = _NAMED_ITEM.match(doc.text, before[j].end + (gap[:1] in "\"”’'"), before[j + 1].start) if gap else None
        if _PARTICIPLE_ASIDE.fullmatch(gap) or head and _PARTICIPLE_ASIDE.fullmatch(doc.text, head.end(),
                                                                                   before[j + 1].start):
            return before[j]
        if _ASIDE_GOES_ON.fullmatch(gap):
            continue
        if re.search(r"[.;:]", gap) or _GIVE.search(gap) or _GET.search(gap):
            return None  # the clause the verb belongs to opened after this name
    return None


def _joined_tables(doc: ExtractionDoc) -> list:
    """The paper's tables, with a table whose rows a wrapped cell cut in two read as one: "Cheshire PCC - Community
    | £128,000", "  Safety Grant (to the Council)", "Home Office | £22,400" are rows of one table under its header."""
    lines = doc.layout.lines
    joined: list = []
    for table in doc.layout.tables:
        if joined and not table.header and _wraps_into(lines, joined[-1], table):
            joined[-1] = replace(joined[-1], rows=[*joined[-1].rows, *table.rows])
        else:
            joined.append(table)
    return joined


def _wraps_into(lines: list, before, table) -> bool:
    last, first = lines.index(before.rows[-1]), lines.index(table.rows[0])
    between = lines[last + 1 : first]
    width = len(before.header) or len(before.rows[-1].cells)
    return 0 < len(between) <= 2 and all(ln.kind in ("text", "heading") and len(ln.text.strip()) < 70 and
                                         "£" not in ln.text for ln in between) and \
        all(len(row.cells) == width for row in table.rows)


def _funder_column(header: list[str]) -> bool:
    """A column of HEADER names each row's funder ("Source", "Grant from", "Funded by"), by the one lexicon of
    column heads: no funder of the paper or its caption gives the rows' sums."""
    from .tables import head_type

    return any(head_type(name) == "funder" for name in header)


def _project_head(name: str) -> bool:
    """NAME heads a column of the projects a table funds ("Project", "Scheme", "Project/Initiative"), by the one
    lexicon of column heads."""
    from .tables import head_type  # the one lexicon of column heads

    return any(head_type(part) == "project" for part in name.split("/"))


_FUNDED_BY = re.compile(r"\b(?:funded|paid for|grant-aided|supported financially) by\s+(?:the\s+)?|"
                        r"\b(?:grants?|allocations?|funding|awards?)(?:\s+(?:awarded|allocated|made|paid|given))?"
                        r" from\s+(?:the\s+)?", re.I)


@dataclass(frozen=True)
class TableFunder:
    """Who gives the money of a money table's rows: one decision for the whole table, from the strongest evidence
    the paper gives (see table_funder). FUNDER is None when the paper does not say, and the rows then add no funds
    fact; COLUMNS gives one funder per amount column when the columns' heads name them ("PFCC grant | KBC"); BY
    names the evidence that decided."""

    funder: Entity | None
    by: str
    columns: dict[int, Entity] = field(default_factory=dict)


NOT_SAID = TableFunder(None, "not said")


def table_funder(doc: ExtractionDoc, table: Table, context_funder: Entity | None, header: list[str] | None = None,
                 money_rows: list | None = None) -> TableFunder:
    """Who funds the rows of TABLE, by the evidence in a fixed order of strength: a funder named by each amount
    column's head; else the caption or the sentence that introduces the table ("Projects funded by the
    Partnership", "The PCC has awarded the following grants:", "The Partnership recommended the allocation in the
    table below"); else the paper's own grant-giving body (CONTEXT_FUNDER: the decision maker of a grant decision,
    or the commissioner whose grants the paper announces), then the body the paper is by; else not said. The
    paper's decision maker only approves what a lead-in says another body allocates, so it comes after the lead."""
    first = doc.layout.lines.index(table.rows[0])
    header = list(table.header) if header is None else header
    rows = table.body_rows() if money_rows is None else money_rows
    decider = _council_decider(doc, context_funder)
    if decider is not None:
        context_funder = _decided_grant_giver(doc, decider)
    columns = _amount_column_funders(doc, table, header, rows)
    if columns:
        return TableFunder(None, "amount columns", columns)
    for by, read in _lead_readers():
        found = read(doc, table, first, header, rows)
        if found is not None and decider is not None and _decides_paper(doc, found):
            # "The Executive approves the grants below": the council's decision maker again, who decides; whose
            # money it is was read above (CONTEXT_FUNDER), or the paper does not say
            return TableFunder(context_funder, "paper's grant decision") if context_funder is not None else NOT_SAID
        if found is not None and context_funder is not None and _decides_paper(doc, found):
            found = context_funder  # "The Mayor approves the grants below": the paper's decision maker, named short
        if found is not None:
            return TableFunder(found, by)
    if context_funder is not None:
        return TableFunder(context_funder, "paper's grant decision")
    if decider is not None:
        return NOT_SAID  # a council decides on money whose giver the paper does not name
    found = _approved_giver(doc, first, named=False) or _paper_giver(doc, first)
    return TableFunder(found, "paper's body") if found is not None else NOT_SAID


def _council_decider(doc: ExtractionDoc, context_funder: Entity | None) -> Entity | None:
    """The council's decision maker a grant decision's field names ("Decision maker: Executive Board", "Cabinet",
    a portfolio holder, the council itself): the council's entity or its deciding body's. None when the paper has
    no such field, or its decision maker is a commissioner's or a mayor's, who decide on their own money."""
    council = doc.resolver.council
    kinds = layout().fields
    if council is None or not any(line.kind == "field" and line.label and
                                  kinds.get(line.label.casefold()) == "decision_maker"
                                  for line in doc.layout.lines[:80]):
        return None
    if context_funder is None:
        return council  # a council's meeting named by its word alone ("Cabinet"), or an officer of it
    if context_funder.kind != "body":
        return None
    if _council_itself(context_funder, council):
        return context_funder
    place = context_funder.area or placenames.leading_place(context_funder.name)
    same_place = place is not None and (place == council.area or council.name.startswith(place))
    return context_funder if same_place and context_funder.name.split()[-1] in _COUNCIL_DECIDERS else None


# the heads of a council's own decision makers named after its place ("East Lindsey Executive Board")
_COUNCIL_DECIDERS = frozenset({"Cabinet", "Executive", "Board", "Committee", "Sub-Committee", "Panel"})


def _decided_grant_giver(doc: ExtractionDoc, maker: Entity) -> Entity | None:
    """Whose money a council's grant decision shares out. The decision maker's field names who decides, not who
    funds: when the paper says the grant it allocates is another's ("accepted a grant of £N from the
    Commissioner"), the rows are that one giver's; when it says the council's own budget pays, the council's; else
    the paper does not say (None)."""
    council = doc.resolver.council
    # (the grant as read so far: "accepted a grant of £N from X for the Y Programme" may give it to the programme)
    givers = {f.subject.iri: f.subject for f in doc.facts
              if f.relation == "funds" and f.amount is not None and f.object is not None and f.subject.kind in
              _AGENT_KINDS and not _council_itself(f.subject, council) and f.subject.iri != maker.iri}
    if len(givers) == 1:
        return next(iter(givers.values()))
    return council if not givers and _OWN_BUDGET.search(doc.text) else None


# "from the Council's own budget", "funded from the council's community safety budget": the council's own money
_OWN_BUDGET = re.compile(r"(?i)\b(?:council['’]s|its)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}(?:budget|revenue|reserves?|"
                         r"capital\s+programme|funds?)\b|\bcouncil['’]s\s+own\s+(?:[\w-]+\s+){0,2}grants?\b")


def _decides_paper(doc: ExtractionDoc, e: Entity) -> bool:
    """E is the one the paper's decision-maker field names ("Decision maker: Mayor of Lewisham" and "the Mayor"):
    by its first word, the head of a post or body named short."""
    kinds = layout().fields
    word = e.name.split()[0]
    return any(line.kind == "field" and line.label and kinds.get(line.label.casefold()) == "decision_maker" and
               re.search(rf"\b{re.escape(word)}\b", doc.text[line.value_start or line.start : line.end])
               for line in doc.layout.lines[:80])


def _heading_agent(doc: ExtractionDoc, table: Table, first: int, header: list[str], rows: list) -> Entity | None:
    """The giver a heading near the table names after "from" or "by" ("Grants from the Home Office", "Table 2:
    Projects funded by the Partnership")."""
    heading = doc.layout.heading_before(first, limit=8)
    if heading is None:
        return None
    found = _funded_by_named(doc, heading.start, heading.end)
    if found is not None:
        return found
    for m in doc.mentions(heading.start, heading.end):
        if m.kind in _AGENT_KINDS and re.search(r"\b(?:from|by)\b", doc.text[heading.start : m.start], re.I):
            found = doc.resolver.entity(m) or found
    return found if found is not None and found.kind in _AGENT_KINDS else None


def _paragraph_agent(doc: ExtractionDoc, table: Table, first: int, header: list[str], rows: list) -> Entity | None:
    """The giver the lines between a heading and the table say funds the rows ("Most of the partnership's projects
    are funded by MOPAC ..."): weaker than the sentence that leads into the rows, which may say who shares the
    money out ("Members agreed how the grant should be split:")."""
    heading = doc.layout.heading_before(first, limit=8)
    return _funded_by_named(doc, heading.end, table.rows[0].start) if heading is not None else None


def _funded_by_named(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """The giver named after "funded by" or "grants from" in START..END, up to the end of its sentence."""
    by = _FUNDED_BY.search(doc.text, start, end)
    if by is None:
        return None
    stop = re.search(r"[.:;\n]\s", doc.text[by.end() : end])
    upto = min(by.end() + (stop.start() if stop else 120), by.end() + 120)
    for m in doc.mentions(by.end(), upto):
        e = _first_named(doc, m) if m.kind in (*_AGENT_KINDS, "name") else None
        if e is not None and e.kind in _AGENT_KINDS:
            return e
    return None


def _run_in_applicant(doc: ExtractionDoc, table: Table, first: int, header: list[str], rows: list) -> Entity | None:
    return _applicant(doc, first) if _run_in_header(doc, table) is not None else None


def _grant_above_pays(doc: ExtractionDoc, table: Table, first: int, header: list[str], rows: list) -> Entity | None:
    if not header or not any(_project_head(name) for name in header):
        return None
    return _paying_grant_giver(doc, first, _rows_sum(doc, rows))


def _at_first(read):
    """A reader of the lines above a table that needs only where the table begins."""
    return lambda doc, table, first, header, rows: read(doc, first)


def _lead_readers() -> tuple:
    """The caption and lead-in readers of table_funder, strongest first: each names the giver of every row or
    nothing (a function, as most are defined further down)."""
    # (the sentence just above the table, which leads into its rows, before a paragraph further up that says
    # where the grant came from: "the grant from the PFCC ... Members agreed how the grant should be split:" is
    # the partnership's split; a heading naming the grants' giver, "Grants from X", is the table's caption)
    return (
        ("passes through", _at_first(_passed_through)), ("pooled budget", _at_first(_pooled_spender)),
        ("caption", _at_first(_caption_giver)),
        ("heading", _heading_agent), ("run-in lead", _run_in_applicant), ("grant above", _grant_above_pays),
        ("spent as follows", _at_first(_allocation_holder)), ("lead-in", _at_first(_lead_in_giver)),
        ("awarded", _at_first(_awarded_giver)), ("X-funded", _at_first(_hyphen_funded_giver)),
        ("provides a grant", _at_first(_grant_provider)), ("approved by", _at_first(_approved_giver)),
        ("paragraph above", _paragraph_agent),
    )


def _amount_column_funders(doc: ExtractionDoc, table: Table, header: list[str], rows: list) -> dict[int, Entity]:
    """Column -> funder, when a table has two or more amount columns and each one's head names a different giver
    ("Project | Delivered by | PFCC grant | KBC"): each column's sums are that giver's. Empty otherwise (year
    columns, "Amount | Total", or a head that names no giver)."""
    if not table.header or len(header) != len(table.rows[0].cells):
        return {}
    money = sorted({k for row in rows if len(row.cells) == len(header) for k, (a, b) in enumerate(row.cells)
                    if _money_cell(doc.text[a:b].strip())})
    if len(money) < 2 or any(grant_period(header[k]) or total_label(header[k]) for k in money):
        return {}
    givers: dict[int, Entity] = {}
    for k in money:
        a, b = table.rows[0].cells[k]
        giver = _head_giver(doc, a, b)
        if giver is None:
            return {}
        givers[k] = giver
    return givers if len({g.iri for g in givers.values()}) == len(givers) else {}


def _head_giver(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """The giver a column head A..B names: a body or an office ("PFCC grant", "Council contribution"), or the
    initials of one the paper names ("KBC")."""
    for m in doc.mentions(a, b):
        if m.kind == "post" and len(m.name.split()) == 1 and _COMMISSIONER_WORD.fullmatch(m.name):
            # "PCC grant": the commissioner the paper names in full, not one made up from its place
            full = _full_commissioner(doc)
            if full is not None:
                return full
        if m.kind in (*_AGENT_KINDS, "name"):
            e = resolve_party(doc, m, _AGENT_KINDS)
            if e is not None and e.kind in _AGENT_KINDS:
                return e
    for word in re.findall(r"\b[A-Z]{3,6}\b", doc.text[a:b]):
        e = doc.resolver.acronym(word)
        if e is not None and e.kind in _AGENT_KINDS:
            return e
    return None


def _full_commissioner(doc: ExtractionDoc) -> Entity | None:
    """The one commissioner the paper names in full ("the Police and Crime Commissioner for X"), or None."""
    found = {e.iri: e for m in doc.mentions(0, len(doc.text)) if m.kind == "post" and m.head == "Commissioner" and
             len(m.name.split()) > 2 and (e := doc.resolver.entity(m)) is not None and e.kind == "post"}
    return next(iter(found.values())) if len(found) == 1 else None


def _column_funders_rows(doc: ExtractionDoc, table: Table, columns: dict[int, Entity], header: list[str],
                         rows: list, heading) -> None:
    """Each row of a table with one funder per amount column: each column's giver funds what the row names (its
    project, else the party its first cell names) with the sum in that column; a "-" or blank cell gives nothing."""
    project_column = next((k for k, name in enumerate(header) if _project_head(name)), None)
    whole = grant_period(" ".join(header)) or grant_period(heading.text if heading else "")
    for row in rows:
        if len(row.cells) != len(header) or total_row(doc.text, row.cells):
            continue
        k = project_column if project_column is not None else 0
        a, b = row.cells[k]
        if k in columns or not doc.text[a:b].strip():
            continue
        if project_column == 0:
            # the project the first column names, whole, as a projects table reads it ("Youth diversion - Friday
            # Night Kick-about" is one project's name)
            recipient = doc.resolver.thing("initiative", Mention(a, b, "initiative", " ".join(doc.text[a:b].split())))
        else:
            recipient = _project_cell(doc, a, b) if project_column is not None else next(
                (e for m in doc.mentions(a, b) if (e := resolve_party(doc, m, _RECIPIENT_KINDS)) is not None), None)
        if recipient is None:
            continue
        for column, giver in columns.items():
            amount = amount_or_none(_money_in(doc.text[slice(*row.cells[column])].strip()))
            if amount is None or not amount or giver.iri == recipient.iri:
                continue
            doc.add(giver, "funds", recipient, row.start, row.end, "funding:table", 0.85, amount=amount,
                    period=_row_period(doc, row.cells) or whole)


def _table(doc: ExtractionDoc, table, context_funder: Entity | None) -> None:
    rows = table.body_rows()
    money_rows = [r for r in rows if any("£" in doc.text[a:b] or re.fullmatch(r"[\d,]{4,}(?:\.\d\d)?",
                                                                              doc.text[a:b].strip())
                                         for a, b in r.cells)]
    if not money_rows:
        return
    first = doc.layout.lines.index(table.rows[0])
    heading = doc.layout.heading_before(first, limit=8)
    if heading is not None:
        lead_start: int | None = heading.end
    else:
        # no heading near: the lines just above the table say what it is ("The Board is funded by ...")
        above = [ln for ln in doc.layout.lines[max(0, first - 4) : first] if ln.kind != "blank"]
        lead_start = above[0].start if above else None
    lead_in = doc.text[lead_start : table.rows[0].start] if lead_start is not None else ""
    if lead_start is not None and _CONTRIBUTIONS.search(_unwrapped(lead_in)):
        _contributions(doc, table, money_rows, lead_start, lead_in)
        return
    # the heading itself may be the lead: "Partner contributions 2024/25:" over the rows
    titled_from = heading.start if heading is not None else lead_start
    titled = doc.text[titled_from : table.rows[0].start] if titled_from is not None else ""
    if titled_from is not None and _PARTNER_CONTRIBUTIONS.search(_unwrapped(titled)):
        _contributions(doc, table, money_rows, titled_from, titled)
        return
    # a table that names both parties of each row is read so before any that reads its rows as gifts to the
    # paper's own body; one that names only what each row's money is for, after them
    if _funder_recipient_table(doc, table, heading, named=True) or _budget_table(doc, table, first) or \
            _grant_source_table(doc, table, first) or _funder_recipient_table(doc, table, heading):
        return
    header = list(table.header)
    if _funder_column(header):
        return  # "Grant from | Allocated to | Amount": each row names its funder, which tables.typed_tables reads
    if _one_receivers_rows(doc, table, money_rows, first, header):
        return
    run_in = _run_in_header(doc, table)
    if run_in is not None:
        header = run_in  # "Examples of projects | funded include:" cut by a tab, the column names under it
    decided = table_funder(doc, table, context_funder, header, money_rows)
    if decided.columns:
        _column_funders_rows(doc, table, decided.columns, header, money_rows, heading)
        return
    funder = decided.funder
    if funder is None:
        return  # the paper does not say who gives the rows' money: they add no funds fact
    project_column = next((k for k, name in enumerate(header) if _project_head(name)), None)
    # "Service | Provider | 2024/25": the money goes to the organisation that provides the service (a table led by
    # its projects, "Project | Delivered by", funds the projects)
    # "Item | Recipient / delivery | Amount": a column named for two things names the provider by either; a
    # recipients' column after the items names who is paid for each (one that leads is read as the row's name)
    provider_column = _recipient_column(header, project_column) \
        if len(header) == max(len(r.cells) for r in money_rows) else None
    for row in money_rows:
        if provider_column is not None:
            _provider_row(doc, row, provider_column, funder, header, heading)
            continue
        cells = row.cells
        recipient = held_for = holder = None
        amounts: list[tuple[Decimal, int]] = []  # each amount with its column
        for column, (a, b) in enumerate(cells):
            cell = doc.text[a:b].strip()
            if _money_cell(cell):
                amount = amount_or_none(_money_in(cell))
                if amount is not None:
                    amounts.append((amount, column))
                continue
            if recipient is None and not amounts and column == 0 and header and _project_head(header[0]) and cell:
                # "Project | Delivered by | 2023/24": the money is for the project the first column names
                recipient = doc.resolver.thing("initiative", Mention(a, b, "initiative", " ".join(cell.split())))
            if recipient is None and not amounts and column and column == project_column and cell:
                # "Priority | Project/Initiative | Amount": the project column, whichever it is
                recipient = _project_cell(doc, a, b)
            if recipient is None and not amounts and not header and column == 0 and cell and \
                    _item_label(doc, a, b):
                # "Town centre CCTV monitoring ...... £18,000" in a list of a grant's uses: the label, whole, names
                # what the money is for (a place or a topic inside it is no recipient)
                recipient = _project_cell(doc, a, b)
            if recipient is None and not amounts:
                for m in doc.mentions(a, b):
                    recipient = resolve_party(doc, m, _RECIPIENT_KINDS)
                    if recipient is not None:
                        held_for = _held_for(doc, a, b, recipient) or _accountable_for(doc, recipient)
                        holder = _holder_of(doc, a, b, recipient) if held_for is None else None
                        break
        if recipient is None or not amounts or recipient.iri == funder.iri:
            continue
        if total_row(doc.text, cells):
            continue
        lead_in = doc.layout.lines[first - 1].text if first > 0 else ""
        if not lead_in.strip() and first > 1:
            lead_in = doc.layout.lines[first - 2].text  # "Allocations for 2024/25 are:" above a blank line
        whole = grant_period(" ".join(header)) or grant_period(lead_in) or grant_period(heading.text if heading else "")
        column_periods = [grant_period(header[c]) if len(header) == len(cells) else None for _, c in amounts]
        column_periods = _total_column_span(header, amounts, column_periods)
        if len(amounts) > 1 and all(column_periods):
            # "2024/25 | 2025/26 (indicative)": one grant per year column, a forecast kept as a hedge
            for (amount, column), period in zip(amounts, column_periods, strict=True):
                hedged = "hedged" if _FORECAST.search(header[column]) else None
                if held_for is not None:
                    held_grant(doc, funder, recipient, held_for, row.start, row.end, "funding:table",
                               amount=amount, period=period)
                    continue
                doc.add(funder, "funds", recipient, row.start, row.end, "funding:table", 0.85, amount=amount,
                        period=period, qualifier=hedged)
            continue
        period = column_periods[0] or _row_period(doc, cells) or whole
        if held_for is not None:
            # "Durham County Council (Safe Durham Partnership) | £312,000": one grant, held by the council for the
            # partnership; the sum is the partnership's, the council only holds it
            held_grant(doc, funder, recipient, held_for, row.start, row.end, "funding:table", amount=amounts[0][0],
                       period=period)
            continue
        doc.add(funder, "funds", recipient, row.start, row.end, "funding:table", 0.85, amount=amounts[0][0],
                period=period)
        if holder is not None and holder.iri != funder.iri:
            # "Rugby CSP (Rugby Borough Council)": the council holds the partnership's sum
            held_grant(doc, funder, holder, recipient, row.start, row.end, "funding:table", period=period)


# "X has confirmed the following allocations of Y grant to Z:", "X has made these allocations to the Partnership
# for 2024/25:": a lead naming the giver and the one receiver of every row of the table under it
_ALLOCATIONS_TO = re.compile(r"(?i)\b(?:has\s+|have\s+|had\s+)?(?:confirmed|awarded|allocated|approved|made|granted|"
                            r"agreed)\s+(?:the\s+following|these)\s+(?:[\w-]+\s+){0,2}?(?:allocations?|grants?|awards?|"
                            r"payments?)\b[^:.;£]{0,80}?\bto\s+(?:the\s+)?")
# the column heads of a table that says only when and what for: "Period | Purpose | Amount"
_NO_PARTY_HEADS = frozenset({"period", "purpose", "money"})


def _one_receivers_rows(doc: ExtractionDoc, table, money_rows: list, first: int, header: list[str]) -> bool:
    """Read a "Period | Purpose | Amount" table under a lead that names its giver and its one receiver: each row is
    the giver's money to that receiver (the purpose column names what for, never who gets it). True when read."""
    from .tables import head_type  # the one lexicon of column heads

    if not header or any(head_type(name) not in _NO_PARTY_HEADS for name in header):
        return False
    above = [ln for ln in doc.layout.lines[max(0, first - 4) : first] if ln.kind != "blank"]
    said = _ALLOCATIONS_TO.search(doc.text, above[0].start, above[-1].end) if above else None
    if said is None:
        return False
    opening = max(doc.text.rfind(". ", above[0].start, said.start()) + 2, above[0].start)
    # (not an acronym bracketed after the giver's name: "the Essex Commissioner (PFCC)")
    givers = [m for m in doc.mentions(opening, said.start()) if m.kind in _AGENT_KINDS and
              not doc.text.startswith("(", m.start - 1)]
    # (a name the lead wraps may be read in two pieces: "the Fenmoor" / "Community Safety Partnership")
    takers = [m for m in doc.mentions(said.end(), min(said.end() + 40, above[-1].end)) if m.kind in ("body", "name")]
    funder = resolve_party(doc, givers[-1], _AGENT_KINDS) if givers else None
    recipient = next((e for m in takers if (e := resolve_party(doc, m, _RECIPIENT_KINDS)) is not None), None) \
        if takers and takers[0].start == said.end() else None
    if funder is None or recipient is None or recipient.kind != "body" or funder.iri == recipient.iri:
        return False
    whole = grant_period(doc.text[said.start() : above[-1].end])
    for row in money_rows:
        money = [doc.text[a:b].strip() for a, b in row.cells if _money_cell(doc.text[a:b].strip())]
        amount = amount_or_none(_money_in(money[0])) if len(money) == 1 else None
        if amount is None or total_row(doc.text, row.cells):
            continue
        doc.add(funder, "funds", recipient, row.start, row.end, "funding:table", 0.85, amount=amount,
                period=_row_period(doc, row.cells) or whole)
    return True


# "The PCC awarded the Partnership £46,200 ... The Borough Council contributed £20,000 of its own budget.", "The
# Council's base budget provides £105,400, and X contributes £20,000": money put in by a giver, read as a source
_PUTS_IN = re.compile(r"\s+(?:(?:also|now|again|then)\s+)?(?:adds|added|contributes|contributed|provides|provided|"
                      r"has\s+offered|offers|offered|puts\s+in|put\s+in)\s+£")


# "It pays for:", "The grant funds:": the lead says the grant read above pays for the rows itself
_GRANT_PAYS_FOR = re.compile(r"(?i)\b(?:it|this|the\s+(?:grant|allocation|award|funding|money))\s+"
                             r"(?:pays|paid|will\s+pay|funds|funded|will\s+fund|is\s+spent)\s*(?:for|on)?\s*:\s*$")


def _rows_sum(doc: ExtractionDoc, rows) -> Decimal:
    """The sum of the rows' amounts (the first sum of each row that is not a total)."""
    total = Decimal(0)
    for row in rows:
        if total_row(doc.text, row.cells):
            continue
        sums = [amount_or_none(_money_in(doc.text[a:b].strip())) for a, b in row.cells
                if _money_cell(doc.text[a:b].strip())]
        total += next((x for x in sums if x is not None), Decimal(0))
    return total


def _paying_grant_giver(doc: ExtractionDoc, first: int, spent: Decimal) -> Entity | None:
    """Who funds the rows of a projects table set just under the sentence of a grant, the table naming no giver,
    when the lead says the grant itself pays for the rows ("For 2025/26 the grant is £N. It pays for:"): the
    grant's giver, the rows adding up to no more than the grant (SPENT).

    (Where the lead only lists the partnership's allocation of its grant, the gold of never-read sets gives the
    rows to the partnership in some papers and to the grant's giver in others: neither is read.)"""
    lines = doc.layout.lines
    above = [ln for ln in lines[max(0, first - 4) : first] if ln.kind != "blank"]
    if not above or any(ln.kind == "heading" for ln in above[1:]) or \
            not _GRANT_PAYS_FOR.search(doc.text, above[-1].start, above[-1].end):
        return None
    granted = [f for f in doc.facts if f.relation == "funds" and f.amount is not None and f.object is not None and
               above[0].start <= f.start < lines[first].start]
    if not granted or not 0 < spent <= granted[-1].amount:
        return None  # no grant just above, or rows that are not its parts
    return granted[-1].subject


def _pooled_spender(doc: ExtractionDoc, first: int) -> Entity | None:
    """The partnership that spends money pooled from two or more givers, for a table of what it pays for set out
    after the paragraphs that say where the money came from ("The PCC awarded the Partnership £N ... The Council
    contributed £M of its own budget." over "Table 1: Projects funded"): the partnership gives each row, not the
    first giver (whose grant is only part of the money). Never a council or an office: their own tables spend
    their own money, read by the other rules."""
    lines = doc.layout.lines
    region = next((ln.start for ln in lines[max(0, first - 40) : first] if ln.kind != "blank"), None)
    table_at = lines[first].start
    if region is None:
        return None
    givers: set[str] = set()
    receivers: dict[str, Entity] = {}
    for f in doc.facts:
        if f.relation == "funds" and f.amount is not None and region <= f.start < table_at and \
                f.object is not None and "table" not in f.rule:  # (a table above spends; it is no source)
            givers.add(f.subject.iri)
            receivers[f.object.iri] = f.object
    for put in _PUTS_IN.finditer(doc.text, region, table_at):
        before = [m for m in doc.mentions(max(region, put.start() - 120), put.start()) if m.kind in _AGENT_KINDS]
        if before and re.fullmatch(r"(?:['’]s\s+(?:[\w-]+\s+){0,3}(?:budget|grant|fund))?", doc.text[before[-1].end :
                                                                                              put.start()]):
            giver = resolve_party(doc, before[-1], _AGENT_KINDS)
            if giver is not None:
                givers.add(giver.iri)
    if len(givers) < 2:
        return None
    spenders = {iri: e for iri, e in receivers.items() if e.kind == "body" and iri not in givers and
                not _COUNCIL_NAME.search(e.name) and re.search(r"(?i)\bpartnership\b", e.name)}
    return next(iter(spenders.values())) if len(spenders) == 1 else None


# "Table 3: Interventions (Home Office grant requested)", "PCC grant allocations 2024/25": a table's caption that
# names whose grant its rows spend; the owner is the giver, whoever the paper speaks for
# ("Police and Crime Commissioner for Ickshire: community safety grants": a caption may name the owner, then say
# what the rows are after a colon or a dash)
_OWNED_GRANT_AFTER = re.compile(r"(?:['’]s)?(?:\s+|\s*[:–—-]\s+(?:[a-z][\w-]*\s+){0,3}?)(?:[A-Z][\w&-]*\s+){0,4}?"
                                r"(?i:grants?|funding|fund|allocations?)\b")


_CAPTION_BY = re.compile(r"(?i)\b(?:grants?|allocations?|awards?|funding)\s+"
                         r"(?:(?:awarded|allocated|made|given|paid)\s+)?(?:by|from)\s+(?:the\s+)?$")


_CONDITION = re.compile(r"(?i)\b(?:subject to|conditional on|depending on|pending)\s+(?:the\s+)?[^,;.]{0,40}$")


# "Table 1: Allocations via the County Community Safety Partnership", "The following grants were distributed
# through the Partnership:": the body the rows' money passes through, which shares it out (examples/CONVENTIONS.md,
# rule C and the funder notes: the money is the body's that allocates it to the rows)
_PASSES_THROUGH = re.compile(r"(?i)\b(?:(?:allocations?|grants?|awards?|funding|payments?)\s+(?:made\s+|paid\s+)?|"
                             r"(?:distributed|allocated|awarded|channelled|made)\s+)"
                             r"(?:via|through)\s+(?:the\s+)?")


def _passed_through(doc: ExtractionDoc, first: int) -> Entity | None:
    """The body a caption or lead-in just above a table says the rows' money passes through, named right after
    "via" or "through"; None when none does, or the words name no body there."""
    above = [ln for ln in doc.layout.lines[max(0, first - 3) : first] if ln.kind != "blank"][-2:]
    for line in reversed(above):
        said = _PASSES_THROUGH.search(doc.text, line.start, line.end)
        if said is None or "£" in doc.text[said.end() : line.end]:
            continue
        named = next((m for m in doc.mentions(said.end(), line.end) if m.start == said.end()), None)
        if named is not None and _AS_HOLDER.match(doc.text, named.end, line.end):
            return None  # "... through X Council as lead authority": the body that holds the money (rule C)
        if named is not None and named.kind == "body":
            e = _first_named(doc, named)
            return e if e is not None and e.kind == "body" else None
    return None


def _caption_giver(doc: ExtractionDoc, first: int) -> Entity | None:
    """The giver the caption just above a table names as the owner of the grant its rows spend."""
    above = [ln for ln in doc.layout.lines[max(0, first - 3) : first] if ln.kind != "blank"]
    if not above or len(above[-1].text.strip()) > 120 or "£" in above[-1].text:
        return None
    line = above[-1]
    givers = []
    for m in doc.mentions(line.start, line.end):
        # a partnership's name before "allocations" or "grants" is as often the grants' receiver ("CSP
        # allocations"): only a possessive, an office or a national body gives here
        owner = m.kind == "post" or placenames.is_national(m.name) or doc.text.startswith(("'s", "’s"), m.end)
        # "Grants awarded by the Commissioner", "Allocations from the Home Office": the agent of the caption's verb
        agent = _CAPTION_BY.search(doc.text, line.start, m.start) is not None
        if _CONDITION.search(doc.text, line.start, m.start):
            continue  # "the Partnership has agreed the following, subject to the Commissioner's grant": a condition
        if m.kind == "initiative" and _STREAM_HEAD.fullmatch(m.name.split()[-1]) or \
                m.kind == "name" and m.head == "acronym":
            # "Home Office Safer Streets Fund: allocations ...", "SVF 2025/26 allocations": a stream the caption
            # names is its owner's money, the owner its name opens with or the one the paper gives it elsewhere
            national = _national_head(m, anywhere=True)
            if national is None:
                stream = doc.resolver.acronym(m.name) if m.kind == "name" else None
                given = _stream_owner(doc, {m.name, *([stream.name] if stream is not None else [])}) \
                    if m.kind == "initiative" or (stream is not None and _STREAM_HEAD.search(stream.name)) else None
                if given is None and m.kind == "initiative":
                    # "(Eastshire PCC Community Safety Grant)": the office or national body its name opens with (a
                    # "Community Safety Partnership Grant" is a kind of grant, not the partnership's money)
                    given = _fund_owner(doc, m)
                    given = given if given is not None and (given.kind == "post" or
                                                            placenames.is_national(given.name)) else None
                if given is not None:
                    givers.append(given)
                continue
            m = national
            owner = agent = True
        if m.kind in _AGENT_KINDS and (agent or (owner and _OWNED_GRANT_AFTER.match(doc.text, m.end, line.end))):
            e = doc.resolver.entity(m)
            if e is not None and e.kind in _AGENT_KINDS:
                givers.append(e)
    return givers[0] if len({g.iri for g in givers}) == 1 else None


# "the Serious Violence Fund (SVF) awarded by the Home Office", "the SVF grant from the Home Office": a stream's
# owner, named after it
_STREAM_OWNED_BY = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,8}\))?\s+(?:grant\s+|funding\s+|allocation\s+)?(?:"
                              r"(?:(?:was|is|has\s+been)\s+)?(?:awarded|allocated|given|provided|paid|made)\s+)?"
                              r"(?:by|from)\s+(?:the\s+)?(?=[A-Z])")


def _stream_owner(doc: ExtractionDoc, names: set[str]) -> Entity | None:
    """The one body or office the paper says a stream called by any of NAMES comes from: its possessive owner
    ("MOPAC's LCPF") or the giver named after it ("the LCPF grant from MOPAC"). None when it names none or two."""
    owners: dict[str, Entity] = {}
    for name in names:
        for hit in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
            by = _STREAM_OWNED_BY.match(doc.text, hit.end())
            found = doc.mentions(by.end(), min(len(doc.text), by.end() + 120)) if by else []
            if not found and hit.start() > 2 and doc.text[hit.start() - 2 : hit.start()] in ("'s", "’s"):
                found = [m for m in doc.mentions(max(0, hit.start() - 100), hit.start() - 2)
                         if m.end == hit.start() - 2]
            if found and found[0].kind in (*_AGENT_KINDS, "name"):
                e = resolve_party(doc, found[0], _AGENT_KINDS)
                if e is not None:
                    owners[e.iri] = e
    return next(iter(owners.values())) if len(owners) == 1 else None


def _total_column_span(header: list[str], amounts: list[tuple[Decimal, int]],
                       periods: list[str | None]) -> list[str | None]:
    """PERIODS, with a "Total" column after two or more year columns given the span of those years: "2023/24 |
    2024/25 | Total" states three grants, one a year and the whole."""
    years = [p for p in periods if p]
    if len(years) < 2 or len(years) != len(periods) - 1 or periods[-1] is not None or \
            not total_label(header[amounts[-1][1]]):
        return periods
    return [*periods[:-1], f"{years[0]} to {years[-1]}"]


_PERIOD_CELL = re.compile(r"(?:FY\s*)?(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?(?:\s*(?:[/–-]|to|and)\s*(?:19|20)\d\d"
                          r"(?:\s?[/–-]\s?\d{2,4})?)?")


def _row_period(doc: ExtractionDoc, cells) -> str | None:
    """The period a row's own "Year(s)" cell gives ("2024/25", "2024/25-2025/26")."""
    for a, b in cells:
        cell = doc.text[a:b].strip()
        if _PERIOD_CELL.fullmatch(cell):
            return grant_period(cell) or cell
    return None


# how far below a projects table a second one, its header lost, still reads as its continuation (in lines)
_CONTINUATION_GAP = 12
# the sentence just above a table that leads into its rows
_INTRODUCES = re.compile(r"(?i)\b(?:as follows|set out below|shown below|listed below|the following)\b|:\s*$")


def _continued_table(doc: ExtractionDoc, table, earlier: tuple) -> tuple | None:
    """Read TABLE, which has no header, as the next part of the projects table EARLIER (table, funder, period)
    when it follows that one in the same section: a converter drops or glues into the prose the header of a
    table broken by a page or by a sentence ("Looking forward to 2025/26 the allocations are as follows:"), and
    a second year's table repeats the first's columns. Each row gives its amount to the project named in the
    cell before it, from the funder of the table above; the period is the last one the lines between name.
    Returns what a table after this one continues, or None where the run of projects tables ends."""
    above, funder, period = earlier
    lines = doc.layout.lines
    last, first = lines.index(above.rows[-1]), lines.index(table.rows[0])
    between = lines[last + 1 : first]
    if table.header or len([ln for ln in between if ln.kind != "blank"]) > _CONTINUATION_GAP or \
            any(ln.kind in ("heading", "field") for ln in between):
        return None
    worded = [ln for ln in between if len(re.findall(r"[A-Za-z]{2,}", ln.text)) >= 2]
    if worded and not _INTRODUCES.search(worded[-1].text):
        return None  # a title ("Council budget 2025/26") or prose that does not lead into the rows: another table
    for line in between:
        period = grant_period(line.text) or period  # "Looking forward into 2025/26, ..." names the new year
    found = False
    for row in table.rows:
        money = next((k for k, (a, b) in enumerate(row.cells) if "£" in doc.text[a:b]), None)
        if not money or total_row(doc.text, row.cells):
            continue
        amount = amount_or_none(_money_in(doc.text[slice(*row.cells[money])]))
        if amount is None:
            continue
        recipient = _project_cell(doc, *row.cells[money - 1])
        if recipient is None or recipient.iri == funder.iri:
            continue
        found = True
        doc.add(funder, "funds", recipient, row.start, row.end, "funding:table_continued", 0.8, amount=amount,
                period=period)
    return (table, funder, period) if found else None


_PROVIDER_COLUMNS = frozenset({"provider", "providers", "delivered by", "delivery partner", "provider organisation",
                               "lead provider", "organisation", "grant recipient", "recipient organisation",
                               "lead organisation", "grant holder"})
_RECIPIENT_COLUMN = frozenset({"recipient", "recipients"})


# "Project | Provider | 2024/25": a column headed as the providers names who is paid, though the projects lead
# ("Project | Delivered by" only says who runs each project the money is for)
_NAMED_PROVIDER = frozenset({"provider", "providers", "provider organisation", "grant recipient"})
# "Grant holder", "Lead organisation": a column that names who holds or leads each award, so who is paid, unless the
# table is led by its projects ("Project | Lead organisation" funds the projects)
_HOLDER_COLUMNS = frozenset({"grant holder", "lead organisation"})


def _recipient_column(header: list[str], project_column: int | None) -> int | None:
    """The column of the organisation each row's money goes to (rule L in examples/CONVENTIONS.md), or None when
    the rows fund their projects. A column headed as the recipient or the provider names who is paid; so does a
    "Grant holder" or "Lead organisation" column in a table its projects do not lead ("Ref | Project | Grant
    holder"). "Delivered by" only says who runs each project, so a table with a project column funds the projects;
    one with no project column funds whoever its provider column names."""
    if not header:
        return None
    led_by_projects = _project_head(header[0])
    named = any(head_words(name) & (_NAMED_PROVIDER | _RECIPIENT_COLUMN) for name in header[1:]) or \
        bool(_NAMED_PROVIDER & set(header))
    held = not led_by_projects and any(head_words(name) & _HOLDER_COLUMNS for name in header)
    if not (named or held or (project_column is None and not led_by_projects)):
        return None
    return next((k for k, name in enumerate(header) if head_words(name) & _PROVIDER_COLUMNS or
                 (k and head_words(name) & _RECIPIENT_COLUMN)), None)


def _money_cell(cell: str) -> bool:
    """CELL holds a row's sum: "£12,000", "12,000" under a "£" head. A sum in brackets in a text cell is a note on
    its text ("Safe accommodation for women (£48,000 a year)"), but a cell that is a bracketed sum alone is one."""
    unbracketed = re.sub(r"\([^()]*\)", "", cell).strip()
    return "£" in unbracketed or ("£" in cell and not unbracketed) or \
        re.fullmatch(r"[\d,]{4,}(?:\.\d\d)?", cell) is not None and _PERIOD_CELL.fullmatch(cell) is None


def _provider_row(doc: ExtractionDoc, row, column: int, funder: Entity, header: list[str], heading) -> None:
    """One row of a table with a provider column: the provider named there receives the row's amount (one grant a
    year where each sum is under a year's head: "Organisation | 2024/25 (£) | 2025/26 (£)")."""
    if len(row.cells) != len(header) or total_row(doc.text, row.cells):
        return
    a, b = row.cells[column]
    if "£" in doc.text[a:b]:
        return  # "ten district CSPs (£15,000 each)": a share for each of a number, no one provider's sum
    provider = _provider_cell(doc, a, b)
    provider = _bracketed_unit(doc, a, b, provider) or provider if provider is not None else None
    money = [(amount_or_none(_money_in(doc.text[x:y].strip())), k) for k, (x, y) in enumerate(row.cells)
             if k != column and _money_cell(doc.text[x:y].strip())]
    years = [grant_period(header[k]) for _, k in money]
    if provider is None or provider.iri == funder.iri or not money or any(amount is None for amount, _ in money):
        return
    if len(money) > 1 and all(years) and len(set(years)) == len(years):
        for (amount, _), year in zip(money, years, strict=True):
            doc.add(funder, "funds", provider, row.start, row.end, "funding:provider_table", 0.85, amount=amount,
                    period=year)
        return
    if len(money) != 1:
        return
    amount = money[0][0]
    period = _row_period(doc, row.cells) or grant_period(" ".join(header)) or \
        grant_period(heading.text if heading else "")
    # "Durham County Council (Safe Durham Partnership)": the council holds the partnership's sum
    held_for = _held_for(doc, a, b, provider) or _accountable_for(doc, provider)
    if held_for is not None:
        held_grant(doc, funder, provider, held_for, row.start, row.end, "funding:provider_table", amount=amount,
                   period=period)
        return
    doc.add(funder, "funds", provider, row.start, row.end, "funding:provider_table", 0.85, amount=amount,
            period=period)
    holder = _holder_of(doc, a, b, provider)
    if holder is not None and holder.iri != funder.iri:
        held_grant(doc, funder, holder, provider, row.start, row.end, "funding:provider_table", period=period)


# a provider's cell that holds one organisation's name and nothing else: "Bolton at Home", "Age UK Wirral"
_ONE_NAME = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|at|of|for|and|in|on|the|&))*")


def _provider_cell(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """The organisation a provider column's cell names. The column says the cell holds one, so a cell that is one
    name is that organisation's whole name, though a place opens it ("Bolton at Home" is not Bolton's council)."""
    found = [m for m in doc.mentions(a, b) if m.kind != "money"]
    cell = " ".join(doc.text[a:b].split())
    whole = found and found[0].start - a <= 1 and found[0].end >= b - 1
    if found and not whole and found[0].kind == "place" and len(cell.split()) <= 6 and _ONE_NAME.fullmatch(cell):
        return doc.resolver.body_named(cell)
    return next((e for m in found if (e := resolve_party(doc, m, _RECIPIENT_KINDS)) is not None), None)


def _held_for(doc: ExtractionDoc, a: int, b: int, named: Entity) -> Entity | None:
    """The partnership a council holds a grant for, named in brackets after it in a recipient cell ("Durham County
    Council (Safe Durham Partnership)"): the grant is the partnership's as much as the council's."""
    inner = _bracketed_body(doc, a, b, named)
    return inner if inner is not None and re.search(r"\bCouncil\b", named.name) else None


# "Grants to local authorities are paid to the council as accountable body for its CSP": each council a table pays
# holds its area's partnership's grant
_ACCOUNTABLE_FOR = re.compile(r"(?i)\bto\s+(?:the|each|a)\s+(?:council|local\s+authority)\s+as\s+(?:the\s+)?"
                              r"(?:accountable|lead)\s+(?:body|authority)\s+for\s+(?:its|their|the|each)\s+"
                              r"(?:CSP|community\s+safety\s+partnership|partnership)s?\b")


def _accountable_for(doc: ExtractionDoc, council: Entity) -> Entity | None:
    """The partnership whose grant COUNCIL holds, when the paper says grants are paid to each council as the
    accountable body for its partnership: the one partnership the paper names with the council's place in its name
    (none when it names none, or more than one)."""
    if council.kind != "body" or not re.search(r"\bCouncil\b", council.name) or not council.area or \
            not _ACCOUNTABLE_FOR.search(doc.text):
        return None
    place = re.compile(rf"\b{re.escape(council.area)}\b")
    found = {e.iri: e for m in doc.mentions(0, len(doc.text)) if m.kind == "body" and "Partnership" in m.name
             and place.search(m.name) and (e := doc.resolver.entity(m)) is not None and e.kind == "body"
             and "Partnership" in e.name}
    return next(iter(found.values())) if len(found) == 1 else None


def _holder_of(doc: ExtractionDoc, a: int, b: int, named: Entity) -> Entity | None:
    """The council that holds a partnership's grant, named in brackets after the partnership in a recipient cell
    ("Rugby CSP (Rugby Borough Council)", "North Warwickshire CSP (North Warwickshire Borough Council as
    accountable body)"): the sum is the partnership's, the council is paid it too."""
    if re.search(r"\bCouncil\b", named.name):
        return None
    inner = _bracketed_body(doc, a, b, named)
    return inner if inner is not None and re.search(r"\bCouncil\b", inner.name) else None


# the head of a team or unit's name: "Breckland Safer Neighbourhood Team", "Ashford Community Safety Unit"
_UNIT_HEAD = re.compile(r"\b(?:Team|Unit|Hub|Service)$")


def _bracketed_unit(doc: ExtractionDoc, a: int, b: int, named: Entity) -> Entity | None:
    """The team or unit of NAMED that a provider's cell brackets after it ("Norfolk Constabulary (Breckland Safer
    Neighbourhood Team)"): the money is the unit's, the organisation only employs it. None for a council's
    bracketed partnership (see _held_for) or any other bracket."""
    if re.search(r"\bCouncil\b", named.name):
        return None
    inner = _bracketed_body(doc, a, b, named)
    return inner if inner is not None and _UNIT_HEAD.search(inner.name) else None


def _bracketed_body(doc: ExtractionDoc, a: int, b: int, named: Entity) -> Entity | None:
    """The other body a cell names in the brackets that close it, after NAMED (with "as accountable body" or "as
    lead authority" after its name)."""
    # ("Northdale Council (as accountable body for the NCSP)": the role may open the bracket, the partnership after it)
    inner = re.search(r"\((?:as\s+(?:the\s+)?(?:accountable\s+body|lead\s+(?:authority|body))\s+for\s+(?:the\s+)?)?"
                      r"([^()]+?)(?:\s+as\s+(?:the\s+)?(?:accountable\s+body|lead\s+(?:authority|body)))?\)\s*$",
                      doc.text[a:b])
    if inner is None or named.kind != "body":
        return None
    for m in doc.mentions(a + inner.start(1), a + inner.end(1)):
        # a partnership the paper defined an acronym for is named by it ("(as accountable body for the NCSP)")
        e = doc.named_body(m)
        if e is not None and e.iri != named.iri and m.start == a + inner.start(1):
            return e
    return None


def _run_in_header(doc: ExtractionDoc, table) -> list[str] | None:
    """The column names of a table whose first row is its lead-in sentence cut into cells by a converter's tab
    ("Projects funded | this year include:"): the row under it, when that one names a project column."""
    if len(table.rows) < 3 or not doc.text[table.rows[0].start : table.rows[0].end].rstrip().endswith(":"):
        return None
    names = [" ".join(doc.text[a:b].split()).casefold() for a, b in table.rows[1].cells]
    if any("£" in name for name in names) or not any(_project_head(n) for n in names):
        return None
    return names


# "X had to apply to the Commissioner for funding", "the Partnership successfully bid for ...": the body that
# sought the money, which then funds the projects listed under it
_APPLIED = re.compile(r"\b(?:(?:had|has|have) to |successfully )?(?:appl(?:y|ied)|bid) "
                      r"(?:to (?:the )?[\w '’&-]{2,60}? )?for (?:the )?(?:[\w-]+ )?(?:funding|grants?|money)\b", re.I)


def _applicant(doc: ExtractionDoc, first: int) -> Entity | None:
    """The body the lines just above a projects table say applied or bid for the money the projects got."""
    lines = [ln for ln in doc.layout.lines[max(0, first - 3) : first] if ln.kind != "blank"]
    for line in reversed(lines):
        for said in _APPLIED.finditer(doc.text, line.start, line.end):
            cut = max(doc.text.rfind(". ", line.start, said.start()) + 2, line.start)
            bodies = [m for m in doc.mentions(cut, said.start()) if m.kind == "body"]
            e = doc.resolver.entity(bodies[0]) if len(bodies) == 1 else None
            if e is not None and e.kind == "body":
                return e
    return None


# "White Ribbon Campaign – 25 Nov to 10 Dec": the project's name before a spaced dash, its details after
_DETAIL = re.compile(r"\s+[–—-]\s+")


def _project_cell(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    cut = _DETAIL.search(doc.text, a, b)
    end = cut.start() if cut else b
    name = " ".join(doc.text[a:end].split())
    if len(name.split()) < 2:
        return None
    named = [m for m in doc.mentions(a, end) if m.kind == "body"]
    if len(named) == 1 and named[0].start - a <= 1 and named[0].end >= end - 1:
        m = named[0]
        # "NW Hate Incident Partnership": a body whose work the money pays for, its place spelt out as elsewhere
        return doc.resolver.body_named(m.name, m.acronym, place=m.place)
    return doc.resolver.thing("initiative", Mention(a, end, "initiative", name))


def _item_label(doc: ExtractionDoc, a: int, b: int) -> bool:
    """The label cell A..B of a headerless table names an item, not a party: it does not open with a body or an
    office ("Sheerness town centre CCTV monitoring", "Domestic abuse One Stop Shop, Sittingbourne")."""
    found = [m for m in doc.mentions(a, b) if m.kind != "money"]
    if not found or found[0].start > a + 1 or found[0].kind not in ("body", "post", "name"):
        return True
    # an organisation the gazetteer does not know, named alone ("Cleethorpes Outreach (CO)"), is a party; a name
    # that words of what is done follow ("Sheerness town centre CCTV monitoring") opens the item's label
    rest = doc.text[found[0].end : b].strip()
    return found[0].kind == "name" and bool(rest) and not rest.startswith(("(", ","))


# "£85,000 p.a.", "£40,000 (indicative)", "£1.2 m": the amount a cell states, without what follows it
_CELL_MONEY = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|mn|bn|million|thousand|billion)\b)?|"
                         r"^\d[\d,]{3,}(?:\.\d\d)?$", re.I)


def _money_in(cell: str) -> str:
    found = _CELL_MONEY.search(cell)
    return found.group(0).replace(" ", "") if found else cell.replace(" ", "")


# "The Board is funded by contributions from its partners. ... as follows:": the rows give to the body
_CONTRIBUTIONS = re.compile(r"\b(?:is|are) (?:jointly )?funded (?:(?:by|through) (?:the )?(?:annual )?contributions "
                            r"from (?:its|the|their|our) (?:statutory |core |main |key )?(?:partners|members|"
                            r"partner (?:agencies|organisations))|"
                            r"(?:from|by) (?:several|a number of|the following|various|two|three|four|five|six|these) "
                            r"(?:sources|funders|partners))\b", re.I)
# "Our partners' contributions to the 2023/24 budget:", "Partner contributions 2024/25:": the rows give to the
# body whose budget it is (the paper's own, when the lead names none); a caption right over the rows, "Partner
# contributions 2023-24", needs no colon (one that names a budget, "... to the pooled budget 2024/25", is read by
# _budget_table, which finds the budget's owner)
_PARTNER_CONTRIBUTIONS = re.compile(r"\b(?:partners['’]?|partner|members['’]?|agencies['’]?) contributions\b"
                                    r"(?:(?: (?:to|towards) (?:the|its|our) [^:.£]{0,40}\bbudget\b)?[^:.£]{0,30}:|"
                                    r"(?:\s+(?:in\s+|for\s+)?(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?)?\s*$)", re.I)
# "The strategy is funded from several sources:": the paper the lead-in speaks of, named earlier
_LEAD_SUBJECT = re.compile(r"\bthe (strategy|plan|partnership|board|panel|group|service|unit)\b", re.I)


# "The three partners contributed as follows: Northvale Council £42,000; Northvale Police £18,000."
_AS_FOLLOWS = re.compile(r"\bcontribut(?:ed|es|e|ions were)\s+(?:as follows|the following(?: amounts)?)\s*:\s*", re.I)
_BUDGET_OF = re.compile(r"\b(?:the\s+)?(?P<word>[A-Z][a-z]+)['’]s\s+(?:\w+\s+)?budget\b")


def _contributed_as_follows(doc: ExtractionDoc, start: int, items: int, end: int) -> None:
    """Each "Name £N" from ITEMS on, after "contributed as follows:", gives that sum to the body whose budget the
    paper has just named ("The Partnership's budget for 2022-23 was ..."), else to the paper's own body."""
    before = doc.text[max(0, start - 300) : start]
    owner = None
    budget = list(_BUDGET_OF.finditer(before))
    if budget:
        owner = doc.resolver.reference(budget[-1].group("word"), start)
    owner = owner or doc.body
    if owner is None or owner.kind != "body":
        return
    period = grant_period(before[-200:] + doc.text[start:end])
    for piece in re.finditer(r"[^;]+", doc.text[items:end]):
        a, b = items + piece.start(), items + piece.end()
        found = doc.mentions(a, b)
        money = [m for m in found if m.kind == "money"]
        givers = [m for m in found if m.kind in ("body", "post", "name") and (not money or m.end <= money[0].start)]
        if len(money) != 1 or len(givers) != 1:
            continue
        giver = resolve_party(doc, givers[0], _AGENT_KINDS + ("name",))
        amount = amount_or_none(money[0].name)
        if amount is None:
            continue
        if giver is None or giver.kind not in ("body", "post") or giver.iri == owner.iri:
            continue
        doc.add(giver, "funds", owner, start, b, "funding:contributions", 0.85, amount=amount, period=period)


def _unwrapped(text: str) -> str:
    """TEXT with words a line break hyphenated joined again and its spaces made single ("contri-\nbutions")."""
    return re.sub(r"\s+", " ", re.sub(r"(?<=[a-z])-\n\s*(?=[a-z])", "", text))


def _contributions(doc: ExtractionDoc, table, rows, start: int, lead_in: str) -> None:
    funded = re.search(r"\bfunded\b", lead_in)
    said = funded if funded is not None else _CONTRIBUTIONS.search(lead_in) or _PARTNER_CONTRIBUTIONS.search(lead_in)
    if said is None:
        return
    # the body the lead names; a publication only on the lead's own line (a heading further up may be the paper's
    # title, "Annual Report 2024-25", which receives nothing)
    said_at = start + said.start()
    line_start = max(start, doc.text.rfind("\n", 0, said_at) + 1)
    subjects = [m for m in doc.mentions(start, said_at) if m.kind == "body" or
                (m.kind == "publication" and m.start >= line_start)]
    receiver = doc.resolver.entity(subjects[-1]) if subjects else None
    word = _LEAD_SUBJECT.search(lead_in, 0, said.start())
    if receiver is None and word is not None:
        noun = word.group(1).title()
        pos = start + word.start()
        receiver = doc.resolver._earlier(noun, pos, "publication") if noun in ("Strategy", "Plan") else \
            doc.resolver.back_reference(noun, pos)
    if receiver is None and _PARTNER_CONTRIBUTIONS.fullmatch(said.group()):
        receiver = _own_receiver(doc)  # "the partners' contributions to the budget": the paper's own body's
    if receiver is None or receiver.kind not in ("body", "publication"):
        return
    period = grant_period(" ".join(table.header)) or grant_period(lead_in)
    money_column = any("£" in h for h in table.header)
    for row in rows:
        cells = row.cells
        if not cells or total_row(doc.text, cells):
            continue
        giver = _row_giver(doc, cells[0])
        amounts = [doc.text[a:b] for a, b in cells[1:] if "£" in doc.text[a:b] or (
            money_column and re.fullmatch(r"\d[\d,]*(?:\.\d\d)?", doc.text[a:b].strip()))]
        if giver is None or giver.kind not in ("body", "post") or giver.iri == receiver.iri or not amounts:
            continue
        amount = amount_or_none(_money_in(amounts[0].strip()))
        if amount is None:
            continue
        doc.add(giver, "funds", receiver, row.start, row.end, "funding:contributions", 0.85, amount=amount,
                period=period)


# "The Partnership met on 2 May and recommended the allocation in the table below.", "The Board has agreed the
# grants set out below:": the lead's subject decides how the rows' money is shared, whoever approves its decision
_ALLOCATION_BELOW = re.compile(r"\b(?:recommend(?:s|ed)?|propose[sd]?|agree[sd]?|approve[sd]?|allocate[sd]?)\s+"
                               r"the\s+(?:[\w-]+\s+){0,2}?(?:allocations?|grants?|awards?|spend(?:ing)?|funding)\s+"
                               r"(?:(?:set\s+out|shown|listed|given)\s+)?(?:in\s+the\s+table\s+)?(?:below|as\s+follows)\b",
                               re.I)
_FOLLOWING = re.compile(r"\b(?:agree[sd]?|approve[sd]?|allocate[sd]?|award(?:s|ed)?|made|makes|confirm(?:s|ed)?|"
                        r"endorse[sd]?)\s+the\s+following\s+"
                        r"(?:allocations?|grants?|awards?|funding|payments?|spend)\b", re.I)


# "The LCPF allocation will be used as follows:", "Our grant was spent on:": the holder of a grant read above spends it
_SPENT_AS_FOLLOWS = re.compile(r"(?i)\b(?:allocation|grant|funding|award|budget)\s+(?:will\s+be|is\s+to\s+be|"
                               r"is\s+being|is|was|has\s+been|have\s+been)\s+(?:used|spent|allocated|distributed|"
                               r"committed)(?:\s+(?:as\s+follows|on\s+the\s+following|across\s+the\s+following|on|"
                               r"across))?\s*:?\s*$|"
                               # "The allocation agreed at the June meeting was as follows:"
                               r"\b(?:allocations?|spend|split)\s+(?:agreed|approved|proposed|recommended)\b[^.:;£]{0,40}?"
                               r"\s(?:is|was|are|were)\s+as\s+follows\s*:?\s*$|"
                               # "The CSP had allocated it as follows:" (not "Officers propose the following spend:",
                               # whose projects' gold is split between the project and its provider)
                               r"\b(?:allocated|spent|shared\s+out|divided)\s+(?:it|this|the\s+(?:grant|money|funding|"
                               r"allocation))\s+as\s+follows\s*:?\s*$|"
                               # "Members agreed how the grant should be split:"
                               r"\bhow\s+(?:the|this|its|their)\s+(?:grant|allocation|funding|money)\s+(?:should|would|"
                               r"will|is\s+to)\s+be\s+(?:split|allocated|spent|used|shared(?:\s+out)?)\s*:\s*$")


def _allocation_holder(doc: ExtractionDoc, first: int) -> Entity | None:
    """The body that spends a grant read just above the table ("MOPAC has allocated £N to the Council ... The
    allocation will be used as follows:", "The Board is asked to note the planned spend:"): the grant's receiver
    pays each row, not its first giver, unless the lead names the money's owner (see _spender)."""
    lines = doc.layout.lines
    lead = next((ln for ln in reversed(lines[max(0, first - 3) : first]) if ln.kind != "blank"), None)
    said = _SPENT_AS_FOLLOWS.search(doc.text, lead.start, lead.end) or \
        _MONEY_PAYS_FOR.search(doc.text, lead.start, lead.end) if lead is not None else None
    return _spender(doc, lead, said.start()) if said is not None else None


# a caption over money that flows in, not out: "Funding received", "Income 2024/25", "Sources of funding"
_INCOME = re.compile(r"(?i)\b(?:received|receives|income|sources?|from|contributions?|budget|spend|spent|"
                     r"expenditure|costs?)\b")


def _paper_giver(doc: ExtractionDoc, first: int) -> Entity | None:
    """The giver a paper is by, for a table its caption calls grants given ("Community Safety Fund allocations
    2025/26", "Successful applicants", "Grants awarded"): the commissioner or council whose name alone opens the
    paper ("Police and Crime Commissioner for X" over "Decision 2025/07: ..."). A caption of money coming in
    ("Funding received", "Income") names no giver of the paper's."""
    caption = next((ln for ln in reversed(doc.layout.lines[max(0, first - 4) : first]) if ln.kind != "blank"), None)
    if caption is None or len(caption.text.strip()) > 100 or not _FUNDING_WORDS.search(caption.text) and \
            layout().lists.get((caption.label or caption.text).strip().rstrip(":").casefold()) != "funds":
        return None
    if _INCOME.search(caption.text):
        return None
    opening = next((ln for ln in doc.layout.lines[:6] if ln.text.strip() and not ln.text.startswith("Source:")),
                   None)
    if opening is None:
        return None
    found = doc.mentions(opening.start, opening.end)
    text = doc.text[opening.start : opening.end].strip()
    if len(found) != 1 or found[0].kind not in _AGENT_KINDS or len(found[0].name) < 0.8 * len(text):
        return None  # the opening line is not a giver's name alone
    if found[0].kind == "post" and found[0].head != "Commissioner":
        return None  # a post opens a report by its officer, whose grants are not the officer's
    e = doc.resolver.entity(found[0])
    if e is None or e.kind not in _AGENT_KINDS or not (e.kind == "post" or _GIVING_BODY.search(e.name)):
        return None
    if doc.resolver.council is not None and e.iri == doc.resolver.council.iri:
        giver = _held_grant_giver(doc, e)
        if giver is not None:
            # a council that only holds the grant gives none of it: the partnership whose paper the council
            # publishes shares its grant out ("Northdale Council" over "Minutes of the Northdale CSP"), else the giver
            own = _own_receiver(doc)
            return own if own is not None and own.iri != e.iri else giver
    return e


# the bodies that give grants in their own name: a council, a commissioner's office, a combined authority
_GIVING_BODY = re.compile(r"\b(?:Council|Commissioner|Authority|MOPAC|Mayor)\b")


def _opens_section(doc: ExtractionDoc, line) -> bool:
    """A heading, or a numbered title ("8. Voluntary sector grants"): a few words ending without a stop."""
    if line.kind == "heading":
        return True
    words = doc.text[line.start : line.end].split()
    return line.kind == "bullet" and 1 < len(words) <= 8 and bool(re.fullmatch(r"\d+(?:\.\d+)*\.?", words[0])) and \
        not re.search(r"[.:;,]$", words[-1])


def _lead_in_giver(doc: ExtractionDoc, first: int) -> Entity | None:
    """ "The Partnership agreed the following allocations:" above a table: the body that gives its rows' money."""
    lines = doc.layout.lines
    for k in range(first - 1, max(-1, first - 4), -1):
        line = lines[k]
        if line.kind == "blank":
            continue
        said = _FOLLOWING.search(doc.text, line.start, line.end)
        proposed = _ALLOCATION_BELOW.search(doc.text, line.start, line.end) if not said else None
        if proposed is not None:
            # "X received £N as its grant. The Board recommended the allocations below": a proposal spends the
            # money of the grant just read, its receiver's; with none read in the section, the proposer's own
            said = proposed
            holder = _spender(doc, line, said.start())
            if holder is not None:
                return holder
        if not said:
            return None
        agents = [m for m in doc.mentions(line.start, said.start()) if m.kind in _AGENT_KINDS]
        return _first_named(doc, agents[-1]) if agents else None
    return None


def _first_named(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """The body M names; for "the Partnership" (a head noun alone) that the resolver takes for a caption read as a
    name ("Table 1: Allocation to the Partnership"), the body with that head the paper first named in full, the
    one it introduced and goes on to call so."""
    e = doc.resolver.entity(m)
    if m.back_ref and m.kind == "body" and (e is None or " the " in e.name):
        head = m.name.split()[-1].casefold()
        # (not a caption read as a name: "Allocation to the Partnership" speaks of the body, it names none)
        full = next((x for x in doc.mentions(0, m.start) if x.kind == "body" and not x.back_ref and
                     len(x.name.split()) > 1 and x.name.split()[-1].casefold() == head and
                     " the " not in x.name), None)
        named = doc.resolver.entity(full) if full is not None else None
        if named is not None and named.kind == "body":
            return named
    return e


# "The following grants were agreed by the grants panel:" above a table of recipients
_FOLLOWING_APPROVED = re.compile(r"(?i)\bthe\s+following\s+(?:[a-z-]+\s+)?(?:grants?|awards?|allocations?)\s+"
                                 r"(?:were|have\s+been|was|has\s+been)\s+(?:approved|agreed|awarded|made)\b"
                                 r"(?P<by>\s+by\s+(?:the\s+)?)?")
# a panel that decides a body's grants for it: "Grants Sub-Panel", "Small Grants Panel"
_DECIDING_PANEL = re.compile(r"(?i)\bsub-?\s?(?:panel|group|committee)\b|\bgrants?\s+panel\b")


def _approved_giver(doc: ExtractionDoc, first: int, named: bool = True) -> Entity | None:
    """The giver of a table the lines above say "the following grants were approved" for: the body named after
    "by"; unless NAMED, else the paper's own body (a grants panel gives for it; so does an unnamed approver)."""
    lines = doc.layout.lines
    above = []
    for line in reversed(lines[max(0, first - 4) : first]):
        if line.kind == "blank" and above:
            break
        if line.kind != "blank":
            above.insert(0, line)
    if not above:
        return None
    said = _FOLLOWING_APPROVED.search(doc.text, above[0].start, above[-1].end)
    if said is None:
        return None
    agent = next((m for m in doc.mentions(said.end(), above[-1].end) if m.start == said.end()), None) \
        if said.group("by") else None
    if agent is not None and not _DECIDING_PANEL.search(agent.name):
        e = resolve_party(doc, agent, _AGENT_KINDS)
        return e if e is not None and e.kind == "body" else None
    if named:
        return None  # no approver named: the paper's own body, a weaker reading (see table_funder)
    body = doc.resolver.body
    return body if body is not None and body.kind == "body" and not _NOT_BUDGET_HOLDER.search(body.name) else None


# "The grants panel awarded:", "X's Safer Communities Fund had awarded three grants in Kirklees in round 6:": the
# lead-in sentence ends on its giving verb (and what it gave), its subject gives the rows' money
_AWARDED_COLON = re.compile(r"(?i)\b(?:(?:has|have|had)\s+)?(?:also\s+)?(?:awarded|allocated|granted|approved)"
                            r"(?:\s+(?:the\s+following|these|two|three|four|five|six|seven|eight|nine|ten|\d+|new|"
                            r"further|small|community)){0,3}(?:\s+(?:grants?|awards?|allocations?|sums|payments))?"
                            r"(?:\s+(?:in|to|for|from|under|during)\s+[^.:;]{1,40}?)?\s*:\s*$")
# "The following LCPF-funded services were noted:", "PCC-funded projects:": the giver named before "-funded"
_HYPHEN_FUNDED = re.compile(r"\b(?:The\s+|These\s+|Our\s+)?(?P<name>[A-Z][\w&'’]*(?:\s+[A-Z][\w&'’]*){0,5})"
                            r"[-–]funded\b")


def _hyphen_funded_giver(doc: ExtractionDoc, first: int) -> Entity | None:
    """The giver of the money a table's lead-in calls "X-funded": X itself when it names a body or post, else the
    giver of X (a fund) in the last grant the paper read with X's name in its words."""
    above = [ln for ln in doc.layout.lines[max(0, first - 3) : first] if ln.kind != "blank"]
    said = _HYPHEN_FUNDED.search(doc.text, above[0].start, above[-1].end) if above else None
    if said is None:
        return None
    found = [m for m in doc.mentions(said.start("name"), said.end("name")) if m.kind != "money"]
    if len(found) == 1 and found[0].end == said.end("name"):
        giver = resolve_party(doc, found[0], _AGENT_KINDS)
        if giver is not None:
            return giver
    name = said.group("name")
    grants = [f for f in doc.facts if f.relation == "funds" and f.end <= said.start() and
              re.search(rf"\b{re.escape(name)}\b", doc.text[f.start : f.end])]
    return grants[-1].subject if grants else None


# "The county's Commissioner provides a Safer Places Grant to each borough. Its 2023/24 shares
# are:": the paragraph's giver provides the grant the table then shares out
_PROVIDES_GRANT = re.compile(r"\s+(?:also\s+|now\s+|each\s+year\s+|annually\s+)?(?:provides|gives|awards|allocates|"
                            r"distributes|pays|makes)\s+(?:a|an|the|its|their)\s+(?:[\w&'’-]+\s+){0,5}?"
                            r"(?:grants?|funding|funds?|allocations?)\b", re.I)


def _grant_provider(doc: ExtractionDoc, first: int) -> Entity | None:
    """The one giver the paragraph just above a table names as providing a grant ("X provides a ... grant"), or
    whose fund the grants come from ("grants awarded from the Commissioner's Community Action Fund"), when the
    paragraph ends by introducing the table (":") in a sentence that names no giver of its own."""
    lines = doc.layout.lines
    above: list = []
    for line in reversed(lines[max(0, first - 5) : first]):
        if line.kind in ("blank", "heading", "row"):
            if above:
                break
            continue
        above.insert(0, line)
    if not above or not doc.text[above[-1].start : above[-1].end].rstrip().endswith(":"):
        return None
    start, end = above[0].start, above[-1].end
    closing = max(doc.text.rfind(". ", start, end) + 2, start)
    found = [m for m in doc.mentions(start, end) if m.kind in _AGENT_KINDS]
    owners = [m for m in found if _OWNED_FUND.match(doc.text, m.end, end) and
              _FUNDED_BY.search(doc.text, max(start, m.start - 40), m.start)]
    if owners:
        return resolve_party(doc, owners[0], _AGENT_KINDS) if len(owners) == 1 else None
    if any(m.start >= closing for m in found):
        return None  # "The Partnership allocated it as follows:": the closing sentence has its own giver
    givers = [m for m in found if _PROVIDES_GRANT.match(doc.text, m.end, closing)]
    return resolve_party(doc, givers[0], _AGENT_KINDS) if len(givers) == 1 else None


# "the Commissioner's Community Action Fund": the fund's owner, written possessive
_OWNED_FUND = re.compile(r"['’]s\s+(?:[A-Z][\w&-]*\s+){0,5}(?:Fund|Grant|Grants|Programme)\b")


_LOWER_BODY = re.compile(r"\s*(?:The|the)\s+((?:[a-z][\w-]*\s+){1,3}(?:panel|board|group|committee|forum))\b")
# ", which is hosted by Y,": an aside inside the subject names no giver
_ASIDE = re.compile(r",\s*(?:which|who)\b[^,]*,")


def _awarded_giver(doc: ExtractionDoc, first: int) -> Entity | None:
    """The giver a table's lead-in names as the subject of "... awarded:" (the paragraph just above the table)."""
    lines = doc.layout.lines
    above = []
    for line in reversed(lines[max(0, first - 4) : first]):
        if line.kind == "blank":
            if above:
                break
            continue
        above.insert(0, line)
    if not above:
        return None
    start, end = above[0].start, above[-1].end
    said = _AWARDED_COLON.search(doc.text, start, end)
    if said is None:
        return None
    opening = max(doc.text.rfind(". ", start, said.start()) + 2, doc.text.rfind(" that ", start, said.start()) + 6,
                  start)
    asides = [m.span() for m in _ASIDE.finditer(doc.text, opening, said.start())]
    agents = [m for m in doc.mentions(opening, said.start()) if m.kind in _AGENT_KINDS and
              not any(a <= m.start < b for a, b in asides)]
    if not agents:
        # "The community grants panel, which is hosted by Y, awarded:": a body written in lower case
        named = _LOWER_BODY.match(doc.text, opening, said.start())
        return doc.resolver.body_named(named.group(1)) if named else None
    m = agents[-1]
    owner = re.search(r"['’]s\b", m.name)
    if owner is not None and m.kind == "post":
        # "the Mayor of West Yorkshire's Safer Communities Fund": the fund's owner gives
        m = replace(m, end=m.start + owner.start(), name=m.name[: owner.start()], head=None)
    e = doc.resolver.entity(m)
    return e if e is not None and e.kind in _AGENT_KINDS else None


_FORECAST = re.compile(r"(?i)\b(?:indicative|provisional|estimated?|forecast|proposed|draft)\b")


# "Contributor | 2022-23", "Source of funding | 2024/25": a first column naming who pays in
_GIVER_COLUMNS = frozenset({"contributor", "contributors", "contributing partner", "contributing agency",
                            "contributing organisation", "source", "sources", "funding source", "funding sources",
                            "source of funding", "sources of funding", "funder", "funders", "funded by"})
# "Agency | 2024-25", "Partner | Contribution": who pays in only when the lines above speak of a budget
_PARTNER_COLUMNS = frozenset({"agency", "agencies", "partner", "partners", "partner agency", "partner agencies",
                              "partner organisation", "statutory partner"})
# money going out ("allocated to", "grants awarded", "spent on") makes the rows receivers, not givers
_SPEND_LEAD = re.compile(r"\b(?:allocat\w*|award\w*|spen[dt]\w*|grants? to|distribut\w*|paid to|recipients?)\b",
                         re.I)
# "contributions to the youth justice pooled budget": the budget itself receives
_POOLED = re.compile(r"\b(?:contributions?|contributing) (?:to|towards) (?:the )?(?P<what>[a-z][a-z ]{2,40}?pooled "
                     r"(?:budget|fund))\b", re.I)


def _budget_table(doc: ExtractionDoc, table, first: int) -> bool:
    """A body's budget set out by contributor ("The YJS budget for 2024-25 is shown below." above "Agency |
    2024-25"): each row's agency funds the body the lines above name, with the row's amount (its total when the
    table has a Total column). True when the table was read so."""
    rows = doc.layout.lines
    # "Partner / source": a head written two ways names the givers by either
    at = next((k for k, row in enumerate(table.rows) if row.cells and
               {" ".join(part.split()) for part in doc.text[row.cells[0][0] : row.cells[0][1]].casefold().split("/")}
               & (_GIVER_COLUMNS | _PARTNER_COLUMNS)), None)
    above = [ln for ln in rows[max(0, first - 6) : first] if ln.kind != "blank"][-3:]
    if at is None and _listed_budget(doc, table, above):
        # "The partners agreed a pooled budget for 2024/25 of £264,000:" over "Name  £N" lines with no header:
        # the lead line is the header's place, and says the rows make up a budget
        at = -1
    if at is None or at > 2:
        return False
    header = [" ".join(doc.text[a:b].split()).casefold() for a, b in table.rows[at].cells] if at >= 0 else \
        ["contributor", "contribution"]
    lead_start = above[0].start if above else table.rows[0].start
    lead = _unwrapped(doc.text[lead_start : table.rows[at].start if at >= 0 else table.rows[0].start])
    # "Partner | Contribution": the money column's head says the partners pay in, as a lead-in would
    contributed = any(re.search(r"\bcontributions?\b", name) for name in header[1:])
    if _SPEND_LEAD.search(lead) or (header[0].split("/")[0].strip() in _PARTNER_COLUMNS and not contributed and
                                    not re.search(r"(?i)\bbudget|contribution", lead)):
        return False
    # "7. Funding 2024/25" right above "Contributor | Amount" or "Partner | Contribution": the paper's own body's
    # funding
    titled = bool(above) and (header[0] in _GIVER_COLUMNS or contributed) and \
        _FUNDING_TITLE.fullmatch(" ".join(doc.text[above[-1].start : above[-1].end].split())) is not None
    receiver = _budget_owner(doc, lead_start, table.rows[max(at, 0)].start) or _own_budget(doc, lead, titled or at < 0)
    if receiver is None:
        return False
    period = grant_period(" ".join(header[1:])) or grant_period(lead)
    total = header[-1] == "total"
    pounds = _IN_POUNDS.search(" ".join(header[1:])) is not None
    # "| Office of the PCC | 10,000 |" among rows in "£": a sum in thousands written without its sign is in pounds
    # like the rest of its column (a bare "2024" stays a year: only a sum with thousands commas counts)
    signed = [r for r in table.rows[at + 1 :] if any("£" in doc.text[a:b] for a, b in r.cells[1:])]
    for row in table.rows[at + 1 :]:
        _budget_row(doc, row, receiver, total, len(header), period, pounds or (
            len(signed) >= 2 and len(row.cells) == 2 and
            _THOUSANDS_SEPARATED.fullmatch(doc.text[row.cells[1][0] : row.cells[1][1]].strip()) is not None))
    return True


# "Amount (£)", "2024-25 £": a money column whose unit is in the header, its cells plain numbers ("412,570");
# never "£000" or "£k", whose cells count thousands
_IN_POUNDS = re.compile(r"£(?!\s?['’]?0{3}|\s?k\b|\s?m\b)")
_COMMA_SUM = r"\d{1,3}(?:,\d{3})+(?:\.\d\d)?"
_THOUSANDS_SEPARATED = re.compile(_COMMA_SUM)
_PLAIN_SUM = re.compile(rf"{_COMMA_SUM}|\d{{4,}}(?:\.\d\d)?")
# "Partner contributions and grants for 2024-25:", "Sources of funding": the paper's own budget, its body unnamed
_OWN_BUDGET_LEAD = re.compile(r"(?i)\b(?:partner(?:s['’]?)?\s+contributions?|contributions\s+and\s+grants|"
                              r"sources?\s+of\s+(?:funding|income)|(?:our|the)\s+(?:budget|resources|income)|"
                              # a caption: "Table 4: Youth justice budget 2024-25 (contributions)"
                              r"budget\b[^.\n]{0,30}\bcontributions)\b")
_NOT_BUDGET_HOLDER = re.compile(r"(?i)\b(?:committee|scrutiny|cabinet|council|meeting)\b")


_FUNDING_TITLE = re.compile(r"(?i)(?:\d+(?:\.\d+)*\.?\s+)?(?:funding|budget|finance|resources|income|contributions)"
                            r"(?:\s+(?:and\s+)?(?:resources|finance|budget|contributions))?"
                            r"(?:\s+(?:for\s+)?(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?)?\s*:?")


def _own_budget(doc: ExtractionDoc, lead: str, titled: bool = False) -> Entity | None:
    """The paper's own body (a youth justice service's plan, a partnership's annual report) when the lines above a
    contributors' table speak of partner contributions without naming whose, or only title it "Funding" (TITLED);
    never a committee that only met."""
    body = doc.resolver.body
    if body is None or body.kind != "body" or _NOT_BUDGET_HOLDER.search(body.name) or \
            not (titled or _OWN_BUDGET_LEAD.search(lead)):
        return None
    if re.search(r"(?i)\bpooled\b", lead) and not re.search(r"(?i)\ba\s+pooled\b", lead):
        # "contributions to the pooled partnership budget": the pool receives, not a body (a pooled budget is money
        # the partners hold together, not the budget of the paper's own body); "the partners agreed a pooled budget
        # of £N:" names no pool, only how the body's own budget is made up
        return None
    return body


# a budget's parts listed under the line that sums them: "The partners agreed a pooled budget for 2024/25 of
# £264,000:", "The Board's budget is made up as follows:" (a bare "the contributions are:" says not to whom: the
# cost the sentence before shares may be a team's)
_BUDGET_LEAD = re.compile(r"(?i)\bbudget\b[^.:]{0,60}:\s*$")


def _listed_budget(doc: ExtractionDoc, table: Table, above: list[Line]) -> bool:
    """TABLE is a headerless list of givers and sums ("Name | £N" rows, no header) right under a line ending in a
    colon that speaks of a budget or contributions: its rows are the budget's parts."""
    if table.header or not above or not _BUDGET_LEAD.search(above[-1].text) or _SPEND_LEAD.search(above[-1].text):
        return False
    rows = [r for r in table.rows if r.cells]
    return len(rows) >= 2 and all(len(r.cells) == 2 and "£" in doc.text[r.cells[1][0] : r.cells[1][1]]
                                  for r in rows)


# "contributions to the pooled CSCP budget": a word saying what kind of budget may stand before the body's name
_CONTRIBUTIONS_TO = re.compile(r"(?i)\bcontributions?\s+(?:to|towards)\s+(?:the\s+)?"
                               r"(?:(?:pooled|joint|shared|annual|core|multi-agency)\s+)?$")


def _budget_owner(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """The body (or pooled budget) whose budget the text from START to END names: "the YJS budget", "the
    Board's budget", "contributions to the youth justice pooled budget"."""
    text = doc.text
    pooled = _POOLED.search(text, start, end)
    if pooled is not None:
        what = " ".join(pooled.group("what").split())
        return doc.resolver.thing("initiative", Mention(pooled.start("what"), pooled.end("what"), "initiative",
                                                        what[0].upper() + what[1:]))
    for m in doc.mentions(start, end):
        if m.kind in ("body", "name") and _BUDGET_FOR.search(text, max(start, m.start - 60), m.start):
            # "The partnership budget for the YOS in 2026/27 comes from these partners:": the body the budget is for
            if (e := _body_named(doc, m)) is not None:
                return e
    for m in doc.mentions(start, end):
        if m.kind in ("body", "name") and _CONTRIBUTIONS_TO.search(text, max(start, m.start - 40), m.start):
            # "Partner contributions to the Youth Justice Service for 2023/24:"; a short name the paper defined
            # ("the pooled CSCP budget") is a plain name that resolves to the body
            e = doc.resolver.entity(m)
            if e is not None and e.kind == "body":
                return e
        if m.kind == "body" and not _BARE_HEAD.fullmatch(m.name) and \
                re.match(r"(?:['’]s)?\s+(?:(?:annual|core|total|pooled|overall)\s+)?budget\b", text[m.end : end]):
            # (a bare "Partnership budget", as a heading writes it, names no partnership: read below as "the
            # partnership budget", never as the partnership the paper last named)
            # "The YJS partnership budget": "partnership" says the partners pool it, for the body named before it
            pooled_for = re.fullmatch(r"(?P<owner>\S.*?)\s+partnership", m.name)
            owner = next((o for o in doc.mentions(m.start, m.start + len(pooled_for.group("owner")))
                          if o.start == m.start and o.end == m.start + len(pooled_for.group("owner"))), None) \
                if pooled_for is not None else None
            if owner is not None:
                m = owner
            if (e := _body_named(doc, m)) is not None:
                return e
    named = _THE_BODY_BUDGET.search(text, start, end)
    if named is not None:
        # "The service budget for 2024-25 is £1.4m": the body "the service" stands for, the paper's own; "the
        # partnership budget" is the one the partners pool for the paper's own body (a youth justice service's
        # plan speaks of its partners' budget), not the budget of whichever partnership the paper names
        word = (named.group("word") or named.group("funded")).casefold()
        if word == "partnership" and not named.group("owned"):
            # the paper's own body's (a council or a committee holds no such pool), never the partnership last named
            own = doc.resolver.body
            if own is not None and own.kind == "body" and not _NOT_BUDGET_HOLDER.search(own.name):
                return own
            return None
        e = doc.resolver.reference(word, named.start("word" if named.group("word") else "funded"))
        if e is not None and e.kind == "body":
            return e
    return None


def _body_named(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """The body M names, by a short name the paper glossed ("the YJS") as well (the two readers of a budget's
    owner by its name above, before or after the word "budget", take it alike)."""
    e = doc.resolver.acronym(m.name) if m.kind == "name" and m.head == "acronym" else doc.resolver.entity(m)
    return e if e is not None and e.kind == "body" else None


# "the partnership budget for the YJS", "the budget for 2024/25 for the Youth Justice Service": whose it is, after it
_BUDGET_FOR = re.compile(r"(?i)\bbudget\s+(?:(?:for|in)\s+(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?\s+)?for\s+(?:the\s+)?$")


_THE_BODY_BUDGET = re.compile(r"(?:\b[Tt]he\s+|^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?)(?P<word>(?i:service|partnership|"
                              r"board|team))(?P<owned>['’]s)?\s+"
                              r"(?:(?:annual|core|total|overall)\s+)?budget\b|"
                              # "The service is funded through a pooled partnership budget of £N:": the body the
                              # words stand for has the budget, whoever else the paper names
                              r"\b[Tt]he\s+(?P<funded>service|board|team)\s+is\s+(?:jointly\s+)?funded\s+"
                              r"(?:through|from|by)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}budget\b", re.M)
# a body's kind word alone, as a heading or a reference writes it: "Partnership", "the Service"
_BARE_HEAD = re.compile(r"(?i)(?:the\s+)?(?:service|partnership|board|team)")


def _budget_row(doc: ExtractionDoc, row, receiver: Entity, total: bool, width: int, period: str | None,
                pounds: bool = False) -> None:
    cells = row.cells
    if not cells or total_row(doc.text, cells):
        return
    giver = _row_giver(doc, cells[0])
    money = [doc.text[a:b].strip() for a, b in cells[1:] if "£" in doc.text[a:b]]
    if not money and pounds:
        money = ["£" + doc.text[a:b].strip() for a, b in cells[1:] if _PLAIN_SUM.fullmatch(doc.text[a:b].strip())]
    if giver is None or giver.kind not in ("body", "post") or giver.iri == receiver.iri or not money:
        return
    if total and len(cells) == width and "£" in doc.text[cells[-1][0] : cells[-1][1]]:
        written = doc.text[cells[-1][0] : cells[-1][1]].strip()  # the Total column sums the row's kinds of cost
    elif len(money) == 1:
        written = money[0]
    else:
        return  # several amounts and no total: which is the contribution is not said
    amount = amount_or_none(_money_in(written))
    if amount is None:
        return
    doc.add(giver, "funds", receiver, row.start, row.end, "funding:budget_table", 0.85, amount=amount,
            period=period)


# "Grant | Funder | 2023/24" under "The Council received the following grants ...": each row's funder gives the
# receiver of the lead-in its grant, and funds the grant stream the row names
_STREAM_COLUMNS = frozenset({"grant", "grants", "grant name", "funding stream", "funding streams", "stream", "fund",
                             "funding", "name of grant"})
_SOURCE_COLUMNS = frozenset({"funder", "funders", "funded by", "funding body", "awarding body", "source", "from",
                             "government department", "department"})
_RECEIVED_FOLLOWING = re.compile(r"(?i)\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:received|receives|was\s+awarded|were\s+"
                                 r"awarded|has\s+been\s+awarded|secured|was\s+allocated|has\s+been\s+allocated)\s+"
                                 r"(?:the\s+following|these)\b")


def _grant_source_table(doc: ExtractionDoc, table, first: int) -> bool:
    """A table of grants with a column naming each grant's funder, below a sentence saying who received them.
    True when the table was read so."""
    header = [" ".join(h.split()).casefold() for h in table.header]
    if len(header) < 3 or header[0] not in _STREAM_COLUMNS:
        return False
    source = next((k for k, name in enumerate(header) if name in _SOURCE_COLUMNS), None)
    lead = doc.layout.line_before(first)
    said = _RECEIVED_FOLLOWING.search(doc.text, lead.start, lead.end) if lead is not None and source else None
    if said is None:
        return False
    names = [m for m in doc.mentions(lead.start, said.start()) if m.kind != "money" and not _PERIOD.fullmatch(m.name)]
    receiver = resolve_party(doc, names[-1], _RECIPIENT_KINDS) if names else None
    if receiver is None or receiver.kind != "body":
        return False
    period = grant_period(" ".join(header)) or grant_period(doc.text[lead.start : lead.end])
    for row in table.body_rows():
        if len(row.cells) == len(header) and not total_row(doc.text, row.cells):
            _grant_source_row(doc, row, source, receiver, period)
    return True


def _grant_source_row(doc: ExtractionDoc, row, source: int, receiver: Entity, period: str | None) -> None:
    """One grant: its first funder gives the amount; a second funder written with it ("OHID / DWP") funds too."""
    money = [doc.text[a:b].strip() for a, b in row.cells if "£" in doc.text[a:b]]
    amount = amount_or_none(_money_in(money[0])) if len(money) == 1 else None
    a, b = row.cells[source]
    givers = [g for m in doc.mentions(a, b) if (g := resolve_party(doc, m, _AGENT_KINDS)) is not None]
    stream = doc.resolver.thing("initiative", Mention(row.cells[0][0], row.cells[0][1], "initiative",
                                                      _stream_name(doc.text[row.cells[0][0] : row.cells[0][1]])))
    for k, giver in enumerate(dict.fromkeys(givers)):
        if giver.iri == receiver.iri:
            continue
        doc.add(giver, "funds", receiver, row.start, row.end, "funding:grant_source_table", 0.85,
                amount=amount if k == 0 else None, period=period)
        if k == 0 and stream is not None:
            doc.add(giver, "funds", stream, row.start, row.end, "funding:grant_source_table", 0.8, period=period)


# "Funder | Recipient | Purpose | Amount": each row names both parties of its grant
_GIVER_HEADS = frozenset({"funder", "funders", "funded by", "funding body", "awarding body", "grant giver", "from",
                          "source", "source of funding", "funding source", "paid by"})
_RECEIVER_HEADS = frozenset({"recipient", "recipients", "grant recipient", "to", "recipient organisation",
                             "organisation funded", "funded organisation", "grantee", "paid to", "receiving body"})
_PURPOSE_HEADS = frozenset({"purpose", "for", "project", "scheme", "what it funds", "use", "activity"})


def _funder_recipient_table(doc: ExtractionDoc, table, heading, named: bool = False) -> bool:
    """A table whose columns name each grant's funder and its recipient (NAMED) or what it is for. True when the
    table is one."""
    header = [" ".join(h.split()).casefold() for h in table.header]
    giver = next((k for k, name in enumerate(header) if name in _GIVER_HEADS), None)
    receiver = next((k for k, name in enumerate(header) if name in _RECEIVER_HEADS), None)
    # "Funding received in 2023/24" over "Source | Purpose | Amount", "The Partnership received the following
    # grants:" over "Funder | Grant | Amount": every row's money went to one body, and the other columns say only
    # what it was for
    # (read after the grant-stream tables, which keep each row's stream: see _grant_source_table)
    got = _table_receiver(doc, table, heading) if receiver is None and giver is not None and not named else None
    # "Funder | Programme | Amount", "Source | Recipient / purpose | Amount": the money is for what the row names
    funded = next((k for k, name in enumerate(header) if k != giver and _FUNDED_HEADS & head_words(name)), None) \
        if receiver is None and not named else None
    if got is None and receiver is None and giver is not None and not named and _purpose_column(header) is not None:
        # "Source | Purpose | Amount": the purpose column says what each sum is for, never who got it
        got = _income_receiver(doc, table, heading)
    if giver is None or (receiver is None and funded is None and got is None):
        return False
    purpose = next((k for k, name in enumerate(header) if name in _PURPOSE_HEADS), _purpose_column(header))
    whole = grant_period(" ".join(header)) or grant_period(heading.text if heading is not None else "")
    key = _key_under(doc, table)
    for row in table.body_rows():
        if len(row.cells) != len(header) or total_row(doc.text, row.cells):
            continue
        # ("34,500" under "2024/25 (£)": a bare sum under a head that says it is one)
        money = [(k, doc.text[a:b]) for k, (a, b) in enumerate(row.cells) if "£" in doc.text[a:b] or
                 (k not in (giver, receiver) and _money_cell(doc.text[a:b].strip()) and "£" in header[k])]
        short = " ".join(doc.text[slice(*row.cells[giver])].split())
        funder = _key_giver(doc, key[short]) if short in key else _party_cell(doc, row.cells[giver], _AGENT_KINDS)
        told = funded if funded is not None else purpose if receiver is None else None
        named = _purpose_receiver(doc, *row.cells[told]) if told is not None else None
        provider = _delivering_provider(doc, *row.cells[told]) if told is not None and named is None else None
        recipient = _party_cell(doc, row.cells[receiver], _RECIPIENT_KINDS) if receiver is not None else \
            named or got or (funded is not None and _RECIPIENT_COLUMN & head_words(header[funded]) and
                             _party_before_comma(doc, *row.cells[funded])) or _funded_cell(doc, *row.cells[funded])
        if len(money) != 1 or funder is None or recipient is None or funder.iri == recipient.iri:
            continue
        amount = amount_or_none(_money_in(money[0][1]))
        if amount is None:
            continue
        what = " ".join(doc.text[slice(*row.cells[purpose])].split()) if purpose is not None else ""
        period = grant_period(header[money[0][0]]) or _row_period(doc, row.cells) or whole
        doc.add(funder, "funds", recipient, row.start, row.end, "funding:funder_recipient_table", 0.85,
                amount=amount, period=period, qualifier=what or None)
        if provider is not None and provider.iri not in (funder.iri, recipient.iri):
            # "Youth diversion sessions (delivered by X CVS)": the money for the sessions pays X, who runs them
            doc.add(funder, "funds", provider, row.start, row.end, "funding:funder_recipient_table", 0.8,
                    period=period)
    return True


# "Community safety grant to the SBP", "Contribution to the Anti-social Behaviour Team", "Grant to X Trust for ...":
# a purpose cell whose words give the money to a named party (not "Grant to support ...": a verb names none)
_GIVEN_TO_IN_CELL = re.compile(r"(?i)\b(?:grant|contribution|funding|payment|award|allocation)s?\s+to\s+(?:the\s+)?")
# "Youth diversion sessions (delivered by X CVS)": the provider bracketed after what a purpose cell funds
_DELIVERED_BY_IN_CELL = re.compile(r"\(\s*(?:delivered|run|provided|operated)\s+by\s+(?:the\s+)?(?P<who>[^()]+)\)")


def _purpose_receiver(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """The party a purpose cell (A..B) says its row's money goes to, by "grant/contribution to <party>"."""
    said = _GIVEN_TO_IN_CELL.search(doc.text, a, b)
    if said is None:
        return None
    m = next((m for m in doc.mentions(said.end(), b) if m.start == said.end()), None)
    if m is None or m.kind not in ("body", "name", "post"):
        return None
    e = resolve_party(doc, m, _RECIPIENT_KINDS)
    return e if e is not None and e.kind in ("body", "post") else None


def _delivering_provider(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """The organisation a purpose cell (A..B) brackets as delivering what it funds."""
    said = _DELIVERED_BY_IN_CELL.search(doc.text, a, b)
    if said is None:
        return None
    found = [m for m in doc.mentions(said.start("who"), said.end("who")) if m.kind in ("body", "name")]
    return resolve_party(doc, found[0], _RECIPIENT_KINDS) if len(found) == 1 else None


# "Source key: OPCC = the Commissioner's Community Safety Fund; NBBC = the Borough Council's budget": a legend under
# a table spelling out the short forms its cells use, each form then what it stands for
_KEY_LINE = re.compile(r"(?i)(?:source\s+key|key|funder\s+key|abbreviations|sources?)\s*:\s*")
_KEY_ITEM = re.compile(r"(?P<short>[A-Z][A-Za-z/&]{1,9})\s*=\s*(?P<long>[^;=]+?)\s*(?:[;.]\s*|$)")


def _key_under(doc: ExtractionDoc, table) -> dict[str, tuple[int, int]]:
    """Short form -> the span of what it stands for, from a key in the two lines under TABLE."""
    last = doc.layout.lines.index(table.rows[-1])
    below = [ln for ln in doc.layout.lines[last + 1 : last + 4] if ln.kind != "blank"][:1]
    if not below or not _KEY_LINE.match(doc.text, below[0].start, below[0].end):
        return {}
    start = _KEY_LINE.match(doc.text, below[0].start, below[0].end).end()
    end = doc.text.find("\n\n", start)
    end = end if end != -1 else len(doc.text)
    return {m.group("short"): m.span("long") for m in _KEY_ITEM.finditer(doc.text, start, end)}


def _key_giver(doc: ExtractionDoc, span: tuple[int, int]) -> Entity | None:
    """The giver a key's long form names: the owner whose name opens it ("the Borough Council Safer Communities
    budget" is the council's money), else the party it names."""
    owner = _fund_owner(doc, Mention(*span, "name", doc.text[span[0] : span[1]]), longest=True)
    return owner or _party_cell(doc, span, _AGENT_KINDS)


def _table_receiver(doc: ExtractionDoc, table, heading) -> Entity | None:
    """The one body a table's lead-in ("The Partnership received the following:") or title ("Funding received in
    2023/24") says got the money of every row."""
    first = doc.layout.lines.index(table.rows[0])
    lead = doc.layout.line_before(first)
    said = _RECEIVED_LEAD.search(lead.text) if lead is not None and lead.kind in ("text", "bullet", "field") else None
    if said is not None:
        return _receiver_named(doc, lead.start, lead.start + said.start())
    for line in (lead, heading):
        # "Funding received by the partnership in 2023/24:" over "Source | Purpose | Amount": a title, or the lead
        # written as one, naming the income of the body after "by" (the paper's own when it names no other)
        if line is None or line.kind not in ("text", "bullet", "field", "heading") or \
                not _RECEIVED_TITLE.match(" ".join(line.text.split())):
            continue
        by = re.search(r"\bby\s+", line.text)
        named = [m for m in doc.mentions(line.start + by.end(), line.end) if m.kind in ("body", "name")] \
            if by is not None else []
        if not named or named[0].back_ref:
            return _own_receiver(doc)  # "by the partnership": the paper's own body, named by its kind
        e = resolve_party(doc, named[0], _RECIPIENT_KINDS)
        return e if e is not None and e.kind == "body" else None
    by = _RECEIVED_BY.search(lead.text) if lead is not None and lead.kind in ("text", "field") else None
    if by is not None:
        return _receiver_named(doc, lead.start + by.start("who"), lead.start + by.end("who"))
    return None


def _purpose_column(header: list[str]) -> int | None:
    """The column of HEADER that says what each row's money is for ("Purpose", "Used for", "Description"), by the
    one lexicon of column heads."""
    from .tables import head_type  # the one lexicon of column heads

    return next((k for k, name in enumerate(header) if head_type(name) == "purpose"), None)


def _income_receiver(doc: ExtractionDoc, table, heading) -> Entity | None:
    """The body whose income a "Source | Purpose | Amount" table lists: the one its lead names ("The Partnership's
    work was funded from the following sources:"), else the paper's own partnership when the lead or heading
    names only income ("Funding for 2024/25 was as follows:")."""
    lead = doc.layout.line_before(doc.layout.lines.index(table.rows[0]))
    for line in (lead, heading):
        if line is None or line.kind not in ("text", "bullet", "field", "heading"):
            continue
        said = _FUNDED_AS_FOLLOWS.match(doc.text, line.start, line.end)
        if said is not None:
            return _receiver_named(doc, said.start("who"), said.end("who"))
        if _INCOME_AS_FOLLOWS.match(doc.text, line.start, line.end):
            return _own_receiver(doc)
    return None


_FUNDED_HEADS = frozenset({"programme", "programmes", "project", "projects", "scheme", "schemes", "service",
                           "services", "initiative", "initiatives", "intervention", "interventions", "purpose",
                           "recipient", "activity", "what it funds", "funded"})


def head_words(name: str) -> set[str]:
    """A column's name and, for one that names two things ("Recipient / purpose"), each of them."""
    return {name, *(part.strip() for part in re.split(r"\s*(?:/|\band\b|&)\s*", name))}


def _party_before_comma(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """ "Kestle Women's Refuge, helpline cover" in a "Recipient / use" cell: the recipient, named whole before the
    comma, then what its money is for (no part of its name). None when the cell does not open with a body so."""
    cell = doc.text[a:b]
    comma = cell.find(",")
    start = a + len(cell) - len(cell.lstrip())
    if comma < 0:
        return None
    opener = next((m for m in doc.mentions(start, a + comma) if m.start == start), None)
    if opener is None or opener.end != a + comma or opener.kind not in ("body", "name"):
        return None
    e = resolve_party(doc, opener, _RECIPIENT_KINDS)
    return e if e is not None and e.kind == "body" else None


def _funded_cell(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """What a "Programme" or "Recipient / purpose" cell says the money is for, without the provider bracketed
    after it ("Refuge service (Southall Women's Trust)" is the refuge service)."""
    cell = doc.text[a:b]
    # "(hoarding)": a detail of the name, kept; "(delivered by X)": its provider, no part of it
    tail = re.search(r"\s*\((?:[A-Z]|(?:delivered|run|provided|operated)\s+by\s)[^()]*\)\s*$", cell)
    return _project_cell(doc, a, a + tail.start() if tail and tail.start() > 0 else b)


def _party_cell(doc: ExtractionDoc, cell: tuple[int, int], kinds: tuple[str, ...]) -> Entity | None:
    """The party a funder's or recipient's cell names (a place is its council). The column says the cell holds an
    organisation, so a name of two words or more there is one, even one whose last word a person's name shares."""
    from .tables import CELL_NOTE  # the one pattern of a cell's bracketed note

    note = CELL_NOTE.search(doc.text, *cell) if kinds is _AGENT_KINDS else None
    if note is not None and doc.text[cell[0] : note.start()].strip():
        # "Police and Crime Commissioner for Vinshire (Community Safety Fund)": the giver, then the stream it gives
        # from (a note in brackets is no part of the giver's name)
        cell = (cell[0], note.start())
    for m in doc.mentions(*cell):
        if kinds is _AGENT_KINDS and _STREAM_HEAD.search(m.name) and m.kind in ("initiative", "name", "topic"):
            return _fund_owner(doc, m)  # "MOPAC London Crime Prevention Fund": the fund's owner gives
        national = _national_head(m) if kinds is _AGENT_KINDS and m.kind in ("name", "initiative") else None
        if national is not None:
            return doc.resolver.entity(national)  # "Home Office Safer Streets Round 4": the programme's owner gives
        if m.kind == "name" and m.head != "acronym" and len(m.name.split()) >= 2:
            return doc.resolver.body_named(m.name, m.acronym, place=m.place)
        if m.kind != "money" and (e := resolve_party(doc, m, _RECIPIENT_KINDS if m.kind == "place" else kinds)):
            return e
    return None


def _fund_owner(doc: ExtractionDoc, m: Mention, longest: bool = False) -> Entity | None:
    """The body or office whose name opens the name of the fund M ("Thames Valley PCC Community Fund": the
    Thames Valley PCC; "Home Office Perpetrator Intervention Fund": the Home Office), if one does; LONGEST tries
    the longest opening first (a key's "the Warwickshire Police and Crime Commissioner's fund" is not the force's)."""
    words = list(re.finditer(r"\S+", doc.text[m.start : m.end]))
    for k in sorted(range(1, min(len(words), 7) if longest else min(len(words), 6)), reverse=longest):
        stop = m.start + words[k - 1].end() - (2 if words[k - 1].group().endswith(("'s", "’s")) else 0)
        found = find_mentions(doc.text, m.start, stop)
        if len(found) != 1 or found[0].end != stop:
            continue
        if found[0].kind in _AGENT_KINDS or (found[0].kind == "name" and found[0].head == "acronym"):
            owner = resolve_party(doc, found[0], _AGENT_KINDS)
            if owner is not None:
                return owner
    return None


def _stream_name(cell: str) -> str:
    """A grant's name as its cell writes it, without the bracketed acronym or element ("Public Health Grant (drug
    and alcohol element)" is the Public Health Grant)."""
    name = " ".join(_BRACKETED_TAIL.sub("", " ".join(cell.split())).split())
    return name[:1].upper() + name[1:]


_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)")


# the nations and English regions a national service is divided into: "Probation Service (Wales)"
_DIVISIONS = frozenset({"England", "Wales", "Scotland", "Northern Ireland", "London", "North West", "North East",
                        "Yorkshire and the Humber", "Yorkshire and Humber", "East Midlands", "West Midlands",
                        "East of England", "South East", "South West", "Kent, Surrey and Sussex"})


_VIA_BRACKET = re.compile(r"\(\s*(?:via|through|passed\s+(?:on\s+)?by|from)\s[^()]*\)", re.I)


def _row_giver(doc: ExtractionDoc, cell: tuple[int, int]) -> Entity | None:
    """The contributor a table row's first cell names; a place there ("Bridgend CBC") is its council, which pays;
    a national service with its division in brackets ("Probation Service (Wales)") is that division, not the
    paper's local branch."""
    written = " ".join(doc.text[cell[0] : cell[1]].split())
    division = re.fullmatch(r"(?P<body>[A-Z][\w' ]+?)\s*\((?P<division>[^()]+)\)", written)
    if division and division.group("division") in _DIVISIONS and placenames.is_national(division.group("body")):
        return doc.resolver.body_named(written)
    # "MOPAC Crime Prevention Fund (via the CSP)", "(through the Violence Reduction fund)": what the bracket names
    # only passed the money on, or is the fund it came from; it gave nothing
    channels = [m.span() for m in _VIA_BRACKET.finditer(doc.text, *cell)]
    found = [m for m in doc.mentions(*cell) if m.kind != "money" and not any(a <= m.start < b for a, b in channels)]
    if len(found) >= 2 and re.fullmatch(r"\s+and\s+", doc.text[found[0].end : found[1].start]):
        # "Office of the Wiltshire and Swindon PCC": one name cut at its "and", or two payers in one row; either
        # way the first piece alone is not who paid
        return None
    for m in found:
        giver = resolve_party(doc, m, _RECIPIENT_KINDS if m.kind == "place" else _AGENT_KINDS + ("name",))
        if giver is not None:
            return giver
    return None


# "The CSP receives a grant from the PCC. For 2023-24 the grant is £96,400": the grant the sentence before named
# (only lower-case words between: "the Cardiff and Vale allocation" is one area's share, not the grant itself)
# ("The 2024/25 allocation is £N", "the SSMTRG allocation is £N": a year, or the grant's acronym, names the same grant)
_THE_GRANT_IS = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?\s+|"
                           r"[A-Z]{3,8}\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:grant|allocation|award|contribution)"
                           rf"{_PERIOD_TAIL}\s*,?\s+(?:is|was|will be|has been|totals|totalled|amounts to|"
                           r"stands at)\s+$")
# "The first tranche, for 2023/24, is £N and the second, in 2024/25, will be £M": the grant paid in parts
_TRANCHE = re.compile(r"\b(?:[Tt]he\s+)?(?:first|second|third|fourth|final|last|remaining)(?:\s+(?:tranche|instalment|"
                      r"payment))?\s*,?[^£.;]{0,30}?\b(?:is|was|will be|of)\s+$")
# "Bedford Borough's allocation is £N": the party named owns its share of the grant the sentence before named
_OWN_ALLOCATION = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,4}?allocation" rf"{_PERIOD_TAIL}"
                             r"\s*,?\s+(?:is|was|will be|has been|totals|totalled|amounts to|stands at)\s+$")


@reads("fund")
def shorter_readings(doc: ExtractionDoc) -> None:
    """Drop a clause's amount-less "X funds Y" that a funding rule read better in the same words, with its sum and
    the fuller name of what is funded ("X funds the Y project" under "X funds the Y project at £N"; "X would fund
    the DIP workers at £N", read by the clause as funding the DIP itself)."""
    priced = [f for f in doc.facts if f.relation == "funds" and f.amount is not None]
    doc.facts[:] = [f for f in doc.facts if not (
        f.rule == "clause:funds" and f.amount is None and f.object is not None and
        any(g.subject.iri == f.subject.iri and g.object is not None and g.object.iri != f.object.iri and
            g.start <= f.start < g.end and g.object.name.casefold().startswith(f.object.name.casefold())
            for g in priced))]


@reads("£")
def restated_grants(doc: ExtractionDoc) -> None:
    """An amount stated for a grant the paragraph has just named with its giver ("X funds the Y programme ...
    Z's allocation is £N"; "Y receives a grant from X. For 2023-24 the grant is £N"; "... is paid in two tranches.
    The first, for 2023/24, is £N"; "Y succeeded in its application for £N"): that grant's giver gives it. Run
    after the clause rules, whose "funded by" facts name the grant first."""
    for _, (start, end) in doc.prose():
        at = start
        for money in (m for m in doc.mentions(start, end) if m.kind == "money"):
            lead, at = doc.text[at : money.start], money.end
            amount = amount_or_none(money.name)
            if amount is None:
                continue
            prior = _paragraph_grant(doc, money.start)
            if prior is None or any(f.amount == amount and f.start <= money.start < f.end for f in doc.facts):
                continue  # nothing to restate, or this amount is read already
            recipient = _restated_receiver(doc, prior, lead, money, start)
            if recipient is None or recipient.iri == prior.subject.iri or amount == prior.amount:
                continue
            doc.add(prior.subject, "funds", recipient, start, end, "funding:restated", 0.8, amount=amount,
                    period=grant_period(lead) or grant_period(doc.text[start:end]))


def _restated_receiver(doc: ExtractionDoc, prior, lead: str, money: Mention, start: int) -> Entity | None:
    """Who gets the amount at MONEY when its words (LEAD, just before it) restate the PRIOR grant; None if they
    do not."""
    owned = _OWN_ALLOCATION.search(lead)
    if owned is not None:
        cut = money.start - len(lead) + owned.start()
        party = next((m for m in reversed(doc.mentions(start, cut)) if m.end == cut), None)
        return resolve_party(doc, party, _RECIPIENT_KINDS) if party is not None else None
    if _THE_GRANT_IS.search(lead) or _TRANCHE.search(lead):
        # a grant read as paying for a post ("X funds the Co-ordinator post; the grant was £N") went to its employer
        return prior.object if prior.object.kind == "body" else None
    # "MOPAC had succeeded in its application for £N": the grant's receiver, named again, gets it
    before = [m for m in doc.mentions(start, money.start) if m.kind != "money"]
    gap = doc.text[before[-1].end : money.start] if before else ""
    got = _GET.search(gap)
    if got is None or len(gap.split()) > 8 or resolve_party(doc, before[-1], _RECIPIENT_KINDS) != prior.object:
        return None
    if re.search(r"(?i)\b(?:appl|bid)", got.group(0)) and not re.search(r"(?i)\bsucce", gap):
        return None  # a bid is money asked for, not yet given
    return prior.object


def _paragraph_grant(doc: ExtractionDoc, start: int):
    """The last funding fact read before START in the same paragraph."""
    prior = max((f for f in doc.facts if f.relation == "funds" and f.end <= start), key=lambda f: f.end, default=None)
    if prior is None or start - prior.end > 400 or re.search(r"\n\s*\n", doc.text[prior.end : start]):
        return None
    return prior


# "MOPAC's Safer Streets funding from the Home Office", "funding from the County Council for the Support Centre"
_FROM_GIVER = re.compile(r"(?i)\b(?:funding|grants?|money|monies)\s+from\s+(?:the\s+)?$")
_OWN_STREAM_GAP = re.compile(r"['’]s\s+(?:[\w&-]+\s+){0,5}?$")
# a bid or application is not yet money given
_SOUGHT = re.compile(r"(?i)\b(?:bid|bids|bidding|appl(?:y|ied|ying|ication)|seek|sought|request(?:ed)?|hop(?:e|ed|es)|"
                     r"could|might|would|if|whether|not|no longer|end of|cuts?)\b")


def _funding_from(doc: ExtractionDoc, start: int, end: int) -> None:
    """ "Y's funding from X" and "funding from X for Y": X funds Y (without an amount; a sought grant is not read)."""
    text = doc.text
    lowered = text[start:end].lower()
    if "from" not in lowered or not ("fund" in lowered or "grant" in lowered or "mone" in lowered):
        return  # every match of _FROM_GIVER holds these letters, in any case (none of them folds from another)
    names = [m for m in doc.mentions(start, end) if m.kind not in ("money", "topic")]
    for k, giver_m in enumerate(names):
        if "from" not in text[max(start, giver_m.start - 30) : giver_m.start].lower():
            continue
        said = _FROM_GIVER.search(text, max(start, giver_m.start - 30), giver_m.start)
        if said is None or _SOUGHT.search(text, start, giver_m.start):
            continue
        receiver_m = None
        if k + 1 < len(names) and re.fullmatch(r"\s+(?:for|to)\s+(?:the\s+)?", text[giver_m.end : names[k + 1].start]):
            receiver_m = names[k + 1]  # "funding from the County Council for the Support Centre"
        else:
            # "MOPAC's Safer Streets Funding from the Home Office": the owner before the stream's own name
            earlier = [m for m in names[:k] if m.end <= said.start()][-3:]
            receiver_m = next((m for m in reversed(earlier) if _OWN_STREAM_GAP.fullmatch(text, m.end, said.start())),
                              None)
        if receiver_m is None or "£" in text[min(receiver_m.start, said.start()) : giver_m.end + 30]:
            continue  # an amount near: the sentence rules read the grant with it
        if (parties := _two_parties(doc, giver_m, receiver_m)) is None:
            continue
        giver, receiver = parties
        doc.add(giver, "funds", receiver, min(receiver_m.start, said.start()), max(receiver_m.end, giver_m.end),
                "funding:funding_from", 0.8)


# "the Partnership has a budget of £61,500", "the Board's budget for 2022-23 was £84,000": whose budget it is
_HAS_BUDGET = re.compile(r"\s+(?:has|had|have|will have)\s+(?:a|an)\s+(?:total\s+|annual\s+|overall\s+|core\s+|"
                         r"joint\s+)?budget\b[^£.;]{0,30}?\bof\s+$|"
                         r"['’]s\s+(?:total\s+|annual\s+|overall\s+|core\s+|pooled\s+)?budget\b[^£.;]{0,30}?\b"
                         r"(?:is|was|will be|totals|totalled|of)\s+$")
# "..., of which £45,000 comes from X and £16,500 from Y"
_PART_FROM = re.compile(r"\s*(?:(?:comes|came|is|was|will come|is coming)\s+)?from\s+(?:the\s+)?")


def _budget_parts(doc: ExtractionDoc, start: int, end: int) -> None:
    """Each part of a body's budget that the sentence says comes from a giver: the giver funds the body."""
    found = doc.mentions(start, end)
    for k, total in enumerate(found):
        if total.kind != "money":
            continue
        owner = next((m for m in reversed(found[:k]) if m.kind != "money"), None)
        if owner is None or not _HAS_BUDGET.fullmatch(doc.text, owner.end, total.start):
            continue
        receiver = resolve_party(doc, owner, _RECIPIENT_KINDS)
        if receiver is None or receiver.kind != "body":
            return
        for money, giver_m in zip(found[k + 1 :], found[k + 2 :], strict=False):
            if money.kind != "money" or giver_m.kind == "money" or \
                    not _PART_FROM.fullmatch(doc.text, money.end, giver_m.start):
                continue
            _budget_part(doc, giver_m, money, receiver, (owner.start, giver_m.end), (start, end))
        return


def _budget_part(doc: ExtractionDoc, giver_m: Mention, money: Mention, receiver: Entity, quote: tuple[int, int],
                 sentence: tuple[int, int]) -> None:
    """One part of RECEIVER's budget, MONEY, that GIVER_M gives ("£45,000 comes from X", "A's Y Grant of £N"):
    the giver funds the budget's owner, never itself; the two readers of a budget's parts share it."""
    giver = resolve_party(doc, giver_m, _AGENT_KINDS)  # (resolved first: resolving may name the giver for later)
    amount = amount_or_none(money.name)
    if amount is None:
        return
    if giver is not None and giver.iri != receiver.iri:
        doc.add(giver, "funds", receiver, quote[0], quote[1], "funding:budget_parts", 0.85,
                amount=amount, period=grant_period(doc.text[sentence[0] : sentence[1]]))


# "The Forum's budget this year is made up of the Mayor's Safer Streets Grant of £N plus £M given
# by the Borough": each part's giver funds the budget's owner
_MADE_UP_OF = re.compile(r"['’]s\s+(?:total\s+|annual\s+|overall\s+|core\s+|pooled\s+)?budget\b[^£.;]{0,30}?\s+"
                         r"(?:is|was|will be)\s+(?:made\s+up\s+of|comprised\s+of|composed\s+of|formed\s+of)\s+|"
                         r"['’]s\s+(?:total\s+|annual\s+|overall\s+|core\s+|pooled\s+)?budget\b[^£.;]{0,30}?\s+"
                         r"(?:consists\s+of|consisted\s+of|comprises|comprised)\s+|"
                         # "The Board's budget for 2024/25 is £85,000, made up of contributions from ...": the total
                         # first, then its parts
                         r"['’]s\s+(?:total\s+|annual\s+|overall\s+|core\s+|pooled\s+)?budget\b[^£.;]{0,30}?\s+"
                         r"(?:is|was|will be)\s+£\s?[\d.,]+(?:\s?(?:k|m|million))?,?\s+(?:made\s+up\s+of|comprising|"
                         r"comprised\s+of|consisting\s+of|including)\s+")
# "the Devon Commissioner's Youth Diversion Grant of £N": the stream's owner gives the sum
_OWNED_SUM = re.compile(r"['’]s\s+(?:[A-Z][\w&-]*\s+){0,6}(?:Grant|Fund|Funding|Allocation|Contribution)\s+of\s+$")


def _budget_made_of(doc: ExtractionDoc, start: int, end: int) -> None:
    """Each part of "X's budget is made up of A's Y Grant of £N and a contribution of £M from B": A and B fund X."""
    said = _MADE_UP_OF.search(doc.text, start, end)
    if said is None:
        return
    found = doc.mentions(start, end)
    owner = next((m for m in reversed(found) if m.end == said.start()), None)
    receiver = resolve_party(doc, owner, _RECIPIENT_KINDS) if owner is not None else None
    if receiver is None or receiver.kind != "body":
        return
    parts = [m for m in found if m.start >= said.end()]
    for k, money in enumerate(parts):
        if money.kind != "money":
            continue
        # "A's Y Grant of £N": A is the agent named before the stream, whether or not the stream is a name itself
        before = next((m for m in reversed(parts[:k]) if m.kind in _AGENT_KINDS), None)
        after = parts[k + 1] if k + 1 < len(parts) and parts[k + 1].kind != "money" else None
        if before is not None and _OWNED_SUM.fullmatch(doc.text, before.end, money.start):
            giver_m = before
        elif after is not None and _PART_FROM.fullmatch(doc.text, money.end, after.start):
            giver_m = after  # "£M from B"
        elif before is not None and re.fullmatch(r"\s*\(\s*", doc.text[before.end : money.start]) and \
                re.match(r"\s*\)", doc.text[money.end : money.end + 3]):
            giver_m = before  # "contributions from A (£N), B (£M) and C (£P)"
        else:
            continue
        _budget_part(doc, giver_m, money, receiver, (owner.start, max(money.end, giver_m.end)), (start, end))


# "the Council/the Police put in a bid for Home Office Safer Streets funding, and were granted £N": who bid got it
# from the department whose stream it was (or the one the bid went to)
_BID = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:put in|submitted|made|successfully made)\s+(?:a|an)\s+(?:joint\s+|"
                  r"successful\s+)?(?:bid|application)\s+|\s+(?:(?:has|have|had)\s+)?(?:successfully\s+)?(?:bid|applied)\s+")
_BID_TO = re.compile(r"to\s+(?:the\s+)?$")
_JOINED = re.compile(r"\s*(?:/|,|and|&)\s*")


def _bid_granted(doc: ExtractionDoc, start: int, end: int) -> None:
    """The bidders opening the sentence, given the amount after ", and were granted", by the body the bid went to
    or whose stream it named; a joint grant's amount is no one bidder's, so several bidders get it without one."""
    text = doc.text
    found = doc.mentions(start, end)
    got = _AND_GOT.search(text, start, end)
    money = next((m for m in found if m.kind == "money" and m.start >= got.end()), None) if got else None
    bid = _BID.search(text, start, got.start()) if got else None
    if money is None or bid is None:
        return
    bidders = [m for m in found if m.end <= bid.start() and m.kind != "money" and not _PERIOD.fullmatch(m.name)
               and not re.fullmatch(r"(?:19|20)\d\d", m.name)]
    # the bidders are the names joined by "/", "," or "and" just before the verb
    chain = bidders[-1:]
    for m in reversed(bidders[:-1]):
        if not _JOINED.fullmatch(text, m.end, chain[0].start):
            break
        chain.insert(0, m)
    if not chain or text[chain[-1].end : bid.start()].strip():
        return
    giver = None
    for m in (m for m in found if bid.end() <= m.start < got.start()):
        if _BID_TO.search(text, bid.end(), m.start):
            giver = resolve_party(doc, m, _AGENT_KINDS)
        else:
            national = _national_head(m)
            giver = resolve_party(doc, national, _AGENT_KINDS) if national is not None else None
        if giver is not None:
            break
    receivers = [e for m in chain if (e := resolve_party(doc, m, _RECIPIENT_KINDS)) is not None]
    if giver is None or len(receivers) != len(chain):
        return
    amount = amount_or_none(money.name)
    if amount is None:
        return
    for receiver in receivers:
        if receiver.iri != giver.iri:
            doc.add(giver, "funds", receiver, start, money.end, "funding:bid_granted", 0.8,
                    amount=amount if len(receivers) == 1 else None, period=grant_period(text[start:end]))


# "the money for the Team comes from the Council and from the YJB", "half the funding for X came from Y": each
# source funds it
_MONEY_FOR = re.compile(r"\b(?:money|funding|funds|income)\s+for\s+(?:the\s+)?$", re.I)
_CAME_FROM = re.compile(r"\s+(?:comes|came|is drawn|was drawn|is received|was received)\s+from\s+(?:the\s+)?")
_AND_FROM = re.compile(r"\s*(?:,|,?\s+and)\s+(?:(?:\d+(?:\.\d+)?\s?%|£\s?[\d.,]+(?:\s?(?:k|m|million))?)\s+)?from\s+"
                       r"(?:the\s+)?")


def _money_for_from(doc: ExtractionDoc, start: int, end: int) -> None:
    """ "The money for X comes from Y (and from Z)": each source funds X (without an amount)."""
    text = doc.text
    found = [m for m in doc.mentions(start, end) if m.kind != "money"]
    for k, receiver_m in enumerate(found[:-1]):
        if not _MONEY_FOR.search(text, max(start, receiver_m.start - 30), receiver_m.start) or \
                not _CAME_FROM.fullmatch(text, receiver_m.end, found[k + 1].start):
            continue
        receiver = resolve_party(doc, receiver_m, _RECIPIENT_KINDS)
        if receiver is None:
            return
        for j in range(k + 1, len(found)):
            if j > k + 1 and not _AND_FROM.fullmatch(text, found[j - 1].end, found[j].start):
                break
            giver = resolve_party(doc, found[j], _AGENT_KINDS)
            if giver is not None and giver.iri != receiver.iri:
                doc.add(giver, "funds", receiver, receiver_m.start, found[j].end, "funding:money_for", 0.8)
        return

