"""Commissioning with the provider named: "X commissions P to provide Z", "P is commissioned by X to deliver Z",
"Z is commissioned by X from P", "X commissions Z from P", "Z is delivered by P under contract to X": X commissions
P. ("Z is commissioned by X and delivered by P" names what X bought: the service reader's X commissions Z.)

Providers are often charities and companies whose names the name finder does not read as names: one word
("Redthread", "Catch22") or words it takes for ordinary ones ("Next Link"). In these slots, right after the
verb or opening the sentence, a run of capitalised words is the provider's name. A single word there is kept only
when the paper also writes it capitalised inside a sentence, so that "Treatment is commissioned by" names nobody.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from .. import placenames
from ..mentions import Mention
from . import ExtractionDoc, reads

_WORD = r"(?:[A-Z][\w&'’-]*|\d+[A-Za-z]\w*)"
# "Next Link", "Catch22", "Harbour Support Services", "WDP (Westminster Drug Project)", "Victim Support"
_PROVIDER = rf"(?P<p>{_WORD}(?:\s+(?:{_WORD}|of|for|&)){{0,6}})(?P<acr>\s*\([^()]{{2,60}}\))?"
_BUYERS = ("body", "post")
# "Redthread is commissioned by the VRU", at the sentence's start
_PASSIVE = re.compile(rf"(?:The\s+)?{_PROVIDER}\s+(?:is|are|was|were|has been|have been|will be)\s+(?:currently\s+|"
                      r"jointly\s+|also\s+|now\s+)?commissioned\s+by\s+(?:the\s+)?")
# "X commissions P to provide Z"
_ACTIVE = re.compile(rf"\s+(?:also\s+|currently\s+|jointly\s+|now\s+)?commissions\s+{_PROVIDER}\s+to\s+(?:help\s+)?"
                     r"(?:provide|deliver|run|operate|support)\b")
# "X commissions Z for people leaving prison from P": the provider after "from", what is bought between
# (after a sum, "..., at a cost of £N met from the Section 27 funding" names where the money came from)
_ACTIVE_FROM = re.compile(rf"\s+(?:also\s+|currently\s+|jointly\s+|now\s+)?commissions\s+[^.;:()£]{{3,100}}?"
                          rf"(?:\s*\([^()£]{{1,40}}\))?[^.;:()£]{{0,60}}?\s+from\s+(?:the\s+)?{_PROVIDER}")
# "Z is commissioned by X from P", "... by X (the ICB) from P", "... by X, which is funded by W, from P"
# ("Z is commissioned by X and delivered by P" names what X bought, Z: the service reader reads it)
_THEN_PROVIDER = re.compile(rf"(?:\s*\([^()]{{1,40}}\))?(?:,[^,.;]{{1,100}},)?\s*from\s+(?:the\s+)?{_PROVIDER}")
# "delivered by WDP (Westminster Drug Project) under contract to the Council", "... under a contract commissioned by X"
_UNDER_CONTRACT = re.compile(rf"\b(?:delivered|provided|run|operated)\s+by\s+(?:the\s+)?{_PROVIDER}\s+under\s+(?:a\s+)?"
                             r"contract\s+(?:(?:commissioned|let|awarded)\s+by|to|with|from)\s+(?:the\s+)?")
_COMMON = frozenset("""A An The This That These Those It Its Their Our Treatment Support Services Service Provision
Advocacy Outreach Work Each Every All Some Most Funding Money Delivery Training""".split())


@reads("commission", "contract")
def named_providers(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose():
        sentence = doc.text[start:end]
        if "commission" not in sentence and "contract" not in sentence:
            continue
        passive = _PASSIVE.match(doc.text, start, end)
        if passive is not None:
            _commissioned(doc, _provider(doc, passive, start), passive.end(), start, end)
        for m in _ACTIVE.finditer(doc.text, start, end):
            buyer = _buyer_before(doc, start, m.start())
            provider = _provider(doc, m, start)
            if buyer is not None and provider is not None and buyer.iri != provider.iri:
                doc.add(buyer, "commissions", provider, start, m.end("p"), "commissioning:active", 0.85)
        for m in _ACTIVE_FROM.finditer(doc.text, start, end):
            buyer = _buyer_before(doc, start, m.start())
            provider = _provider(doc, m, start)
            if buyer is not None and provider is not None and buyer.iri != provider.iri:
                doc.add(buyer, "commissions", provider, start, m.end("p"), "commissioning:active_from", 0.85)
        for m in _UNDER_CONTRACT.finditer(doc.text, start, end):
            _commissioned(doc, _provider(doc, m, start), m.end(), start, end)
        for by in re.finditer(r"\bcommissioned\s+by\s+(?:the\s+)?", sentence):
            if passive is not None and start + by.end() == passive.end():
                continue
            then = None
            buyer_m = _buyer_at(doc, start + by.end(), end)
            if buyer_m is not None:
                then = _THEN_PROVIDER.match(doc.text, buyer_m.end, end)
            if then is not None:
                # "Z is commissioned by X from P" names P as the one X buys from
                _commissioned(doc, _provider(doc, then, start), start + by.end(), start, end, stop=then.end("p"))


def _commissioned(doc: ExtractionDoc, provider: Entity | None, at: int, start: int, end: int,
                  stop: int | None = None) -> None:
    """The buyer named at AT ("... commissioned by X") commissions PROVIDER."""
    m = _buyer_at(doc, at, end)
    if provider is None or m is None:
        return
    buyer = doc.resolver.entity(m)
    if buyer is None or buyer.kind not in _BUYERS or buyer.iri == provider.iri:
        return
    doc.add(buyer, "commissions", provider, start, stop or m.end, "commissioning:passive", 0.85)


def _buyer_at(doc: ExtractionDoc, at: int, end: int) -> Mention | None:
    """The body or post named at AT, unless it is only the owner of what follows ("the Council's Public Health
    team": the team, which is no name of its own here)."""
    m = next((m for m in doc.mentions(at, end) if m.start == at), None)
    if m is None or m.kind not in _BUYERS or re.match(r"['’]s\b", doc.text[m.end : m.end + 2]):
        return None
    return m


def _buyer_before(doc: ExtractionDoc, start: int, at: int) -> Entity | None:
    m = next((m for m in reversed(doc.mentions(start, at)) if m.end == at), None)
    if m is not None and m.kind == "name" and m.head == "acronym":
        e = doc.resolver.acronym(m.name)  # "The FCJP commissions P": an acronym the paper spelt out for a body
        return e if e is not None and e.kind in _BUYERS else None
    if m is None or m.kind not in _BUYERS:
        return None
    e = doc.resolver.entity(m)
    return e if e is not None and e.kind in _BUYERS else None


def _provider(doc: ExtractionDoc, m: re.Match, start: int) -> Entity | None:
    """The provider named in group "p" of M (its bracketed acronym or expansion kept as an alias)."""
    name = " ".join(m.group("p").split())
    words = name.split()
    if words[-1] in ("of", "for", "&") or words[0] in _COMMON or placenames.is_place(name):
        return None
    if len(words) == 1 and not _written_as_name(doc, name):
        return None
    if placenames.is_government(name) or re.match(r"\s*(?:grants?|fund|funding|budget|money)\b", doc.text[m.end("p"):]):
        return None  # "commissioned by the Council from the Home Office grant": the money's source, not a provider
    found = [x for x in doc.mentions(m.start("p"), m.end("p")) if x.start == m.start("p") and x.end == m.end("p")]
    if found and found[0].kind in ("post", "person", "place", "topic"):
        return None
    acronym = None
    if m.group("acr"):
        inner = m.group("acr").strip()[1:-1].strip()
        acronym = inner if inner.isupper() and " " not in inner else None
    return doc.resolver.body_named(name, acronym)


def _written_as_name(doc: ExtractionDoc, word: str) -> bool:
    """WORD is written capitalised somewhere inside a sentence, after a lower-case word: a name, not a word that
    only a sentence's start capitalised."""
    return re.search(rf"[a-z,]\s+{re.escape(word)}\b", doc.text) is not None
