"""Funding: "X allocated £260k per year to Y", "funding from X for Y", "Y applied to X for funding", and
funding tables (priority, project, amount) whose funder is the body that received the money just before.

Money flows down: a table of projects funded "from" an allocation is funded by the allocation's recipient.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...graph.model import Entity
from ..gazetteer import areas
from ..money import parse_amount
from ..resolve import NAME
from . import ExtractionDoc
from .sentences import doc_sentences, read_group

MONEY = r"(?P<money>£\s?\d(?:[\d,]*\d)?(?:\.\d+)?\s?(?:k|m|bn|million|thousand)?)(?!\d|,\d)"
PERIOD = re.compile(r"\b((?:19|20)\d\d/\d\d)\b")
_F = rf"(?P<funder>(?:[Tt]he )?{NAME})"
_R = rf"(?P<recipient>{NAME})"
_R_PHRASE = r"(?P<recipient>[a-zA-Z][\w'’\- ]{2,60}?)(?=\s+(?:which|that|to|in|across)\b|[.,;]|$)"

# (rule name, pattern, what the pattern gives)
SENTENCE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "allocated_to",
        re.compile(
            rf"{_F} (?:also )?(?:allocated|provided|awarded|granted|gave|committed|approved) (?:funding of "
            rf")?{MONEY}"
            rf"(?: of)?(?: funding)?(?: (?P<per>per year|per annum|a year|each year|annually))? (?:to|for) "
            rf"(?:each |the |all )?{_R}"
        ),
    ),
    (
        "allocated_per",
        re.compile(
            rf"{_F} (?:also )?(?:allocated|provided|awarded|granted) (?:funding of )?{MONEY} per "
            rf"(?P<recipient>[A-Z][A-Za-z’']+)"
            r"(?: for (?P<purpose>[A-Za-z][\w ]{1,40}?))?(?=[ ,.(]|$)"
        ),
    ),
    (
        "allocated_funds_for",
        re.compile(
            rf"{_F} (?:had |has |have )?(?:also )?(?:allocated|provided|awarded) (?:funds|funding|grants?) "
            rf"(?:for|to) "
            rf"{_R_PHRASE}"
        ),
    ),
    (
        "funding_from_for",
        re.compile(
            rf"funding from (?:the )?(?P<funder>{NAME}) (?:for|to) {_R} (?:had|has|have|was|were) (?:been )?"
            r"(?:allocated|agreed|approved|confirmed|awarded)"
        ),
    ),
    (
        "applied_to",
        re.compile(
            rf"{_R} (?:had to |has to |must |will )?(?:appl(?:y|ied)|bid|bidded) to (?:the "
            rf")?(?P<funder>{NAME})(?: \([A-Z]{{2,8}}\))? for "
            r"(?:its |their )?funding"
        ),
    ),
    (
        "approved_from",
        re.compile(
            rf"(?:a total of |an allocation of )?{MONEY} (?:has|had|have) been "
            rf"(?:approved|allocated|awarded|granted) "
            rf"(?:from|by) (?:the )?(?P<funder>{NAME})"
        ),
    ),
    (
        # "the Council has a duty under the X Grant to fund Y, and £Nm was allocated to this"
        "duty_to_fund",
        re.compile(
            rf"{_F} (?:had|has|have) an? (?:statutory |legal )?duty(?: under (?:the )?(?P<purpose>{NAME}))?"
            rf"[^.;]{{0,40}}?\.?\s?to fund (?P<recipient>[a-z][\w'’\- ]{{2,60}}?),? and {MONEY} "
            rf"(?:was|is|had been|has been|were) (?:allocated|committed|spent|set aside) (?:to|on|for) "
            rf"(?:this|these|them|it)\b"
        ),
    ),
    (
        "amount_was",
        re.compile(
            rf"[Tt]he (?:amount|total|level) of funding (?:available|allocated|awarded|approved|received) "
            rf"(?:was|is) {MONEY}"
        ),
    ),
    (
        # "..., with Eastvale directly receiving just under half of this funding, £40,000": a share passed on
        # by the recipient of the allocation just stated.
        "share_received",
        re.compile(
            r"(?P<recipient>[A-Z][A-Za-z’'\-]+(?: [A-Z][A-Za-z’'\-]+){0,3}) (?:directly |itself )?"
            r"(?:receiving|received|receives|will receive|would receive) [^.£]{0,60}?\b(?:this|that|the) "
            rf"(?:funding|allocation|grant|money|sum),? {MONEY}"
        ),
    ),
)


_FUNDING_WORDS = re.compile(r"fund|£|allocat|grant", re.I)


def _amount(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        return parse_amount(re.sub(r"\s+", "", text).replace("million", "m").replace("thousand", "k"))
    except ValueError:
        return None


def _agent(doc: ExtractionDoc, text: str, pos: int) -> Entity | None:
    return read_group(doc, {"kind": "agent"}, text, pos)


def funding_sentences(doc: ExtractionDoc) -> None:
    text = doc.text
    last: tuple[Entity, Entity] | None = None
    for s_start, s_end in doc_sentences(doc):
        sentence = text[s_start:s_end]
        if not _FUNDING_WORDS.search(sentence):
            continue
        for name, pattern in SENTENCE_RULES:
            for m in pattern.finditer(sentence):
                groups = m.groupdict()
                pos = s_start + m.start()
                funder = _agent(doc, groups["funder"], pos) if groups.get("funder") else None
                recipient = None
                if name == "share_received":
                    funder = last[1] if last is not None else None
                if groups.get("recipient"):
                    kind = "initiative" if name in ("allocated_funds_for", "duty_to_fund") else "agent"
                    if name == "share_received" and groups["recipient"] in areas().names:
                        kind = "area"
                    recipient = read_group(doc, {"kind": kind}, groups["recipient"], pos)
                if funder is None and last is not None and name == "amount_was":
                    funder, recipient = last
                if recipient is None and last is not None and funder is not None and name == "approved_from":
                    recipient = last[1]
                if funder is None or recipient is None or funder.iri == recipient.iri:
                    continue
                periods = PERIOD.findall(sentence)
                period = periods[0] if periods else ("per year" if groups.get("per") else None)
                amount = _amount(groups.get("money"))
                fact = doc.add(
                    funder,
                    "funds",
                    recipient,
                    s_start,
                    s_end,
                    f"funding.{name}",
                    0.8,
                    amount=amount,
                    period=period,
                    purpose=(groups.get("purpose") or None),
                )
                # A share passed on is a slice of the allocation: what follows still speaks of the allocation.
                if name != "share_received" and (fact is not None or name in ("applied_to", "approved_from")):
                    last = (funder, recipient)
    doc._last_funding = last  # type: ignore[attr-defined]


_ROW = re.compile(r"^(?P<cells>[^\n£]*?)\t(?P<money>£\s?\d[\d,]*(?:\.\d+)?)(?:\s+£[\d,]+)*[ \t]*$", re.M)
_TOTAL = re.compile(r"^\s*(?:sub-?\s?)?total\b", re.I)
_NOT_PRIORITY = {"all", "multiple", "various", "n/a", "-", "total"}


def funding_tables(doc: ExtractionDoc) -> None:
    """Rows "<priority>\\t<project>\\t£amount": each project is funded by the recipient of the latest
    allocation."""
    text = doc.text
    funds = [f for f in doc.facts if f.relation == "funds" and f.rule != "funding.share_received"]
    for m in _ROW.finditer(text):
        cells = [c.strip() for c in m.group("cells").split("\t") if c.strip()]
        if not cells or _TOTAL.match(cells[0]) or _TOTAL.match(cells[-1]):
            continue
        project = cells[-1]
        nxt = text[m.end() + 1 : text.find("\n", m.end() + 1)] if m.end() + 1 < len(text) else ""
        cont = nxt.split("\t")[0].strip()
        if cont and re.fullmatch(r"[A-Z][a-z]+(?: [A-Za-z]+){0,2}", cont) and "£" not in nxt:
            project = f"{project} {cont}"  # a cell wrapped onto the next line
        project = re.split(r" [–-] ", project)[0].strip()
        if not re.match(r"[A-Z]", project) or len(project.split()) > 12:
            continue
        earlier = [f for f in funds if f.end <= m.start()]
        if not earlier:
            continue
        allocation = earlier[-1]
        funder = allocation.object
        if funder is None:
            continue
        periods = PERIOD.findall(text[max(0, m.start() - 1500) : m.start()])
        period = periods[-1] if periods else allocation.period
        recipient = doc.resolver.body_any(project)
        if recipient is None:
            continue
        doc.add(
            funder,
            "funds",
            recipient,
            m.start(),
            m.end(),
            "funding.table_row",
            0.75,
            amount=_amount(m.group("money")),
            period=period,
            qualifier=period,
        )
        if len(cells) >= 2 and _has_priority_header(text, m.start()):
            priority = re.sub(r"(?<=\b[A-Z][a-z])- (?=[A-Z][a-z])", "-", cells[-2])
            if (
                not set(priority.lower().split()) <= _NOT_PRIORITY
                and re.match(r"[A-Z]", priority)
                and not priority.isdigit()
            ):
                topic = read_group(doc, {"kind": "topic"}, priority, m.start())
                if topic is not None:
                    doc.add(topic, "priority_of", funder, m.start(), m.end(), "funding.table_priority", 0.7)


def _has_priority_header(text: str, pos: int) -> bool:
    return "Priority" in text[max(0, pos - 700) : pos]
