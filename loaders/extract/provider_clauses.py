"""Providers named inside a relative clause: "the Rhyl outreach service, which Coast Outreach provides" (the service
first, the provider the clause's subject) and "the Nightsafe Volunteers, who deliver the weekend welfare patrol"
(the provider first, the service the clause's object). The provider delivers the service.

services.py reads the passive ("which is provided by Y") and the plain active ("Y provides Z"); these two clause
forms it does not. The service is found as it finds one (a named initiative, or words ending in a service word),
and the provider must be an organisation's name standing straight after "which" or straight before ", who".
"""

from __future__ import annotations

import re

from ..mentions import Mention
from . import ExtractionDoc, reads
from .funding import resolve_party
from .services import _SERVICE_WORDS, _mention_at, _organisation, _service_after, _service_before

# "..., which Y provides", "..., that Y runs": the clause's subject straight after the relative pronoun
_WHICH = re.compile(r",\s*(?:which|that)\s+(?=[A-Z])")
# (the verb ends the clause or a place or time follows it: "which Y delivers projects from" names another object)
_VERB = re.compile(r"\s+(?:also\s+|now\s+|currently\s+|still\s+)?(?:delivers|provides|runs|operates|delivered|"
                   r"provided|ran|operated)\b(?=\s*(?:[,.;:)]|$|(?:in|at|on|across|for|until|from\s+\d|with|"
                   r"throughout|each|every|jointly|locally)\b))")
_RAN = re.compile(r"\bran\b")
# "Y, who deliver the Z", "Y, who also run the Z": the provider before the clause, the service after its verb
_WHO = re.compile(r"(?i),\s*who\s+(?:also\s+|now\s+|currently\s+|still\s+)?(?:deliver|provide|run|operate)(?:s|d|ed)?"
                  r"\s+")


@reads("which", "that", "who")
def provider_clauses(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose():
        sentence = doc.text[start:end]
        if not _SERVICE_WORDS.search(sentence) and not _RAN.search(sentence):
            continue
        mentions = [m for m in doc.mentions(start, end) if m.kind != "money"]
        for m in _WHICH.finditer(doc.text, start, end):
            _service_then_provider(doc, m, start, end, mentions)
        for m in _WHO.finditer(doc.text, start, end):
            _provider_then_service(doc, m, start, end, mentions)


def _service_then_provider(doc: ExtractionDoc, m: re.Match, start: int, end: int, mentions: list[Mention]) -> None:
    agent = _mention_at(mentions, m.end())
    verb = _VERB.match(doc.text, agent.end, end) if agent is not None else None
    who = _provider(doc, agent) if verb is not None else None
    found = _service_before(doc, start, m.start(), mentions) if who is not None else None
    if found is None or found[0].kind == "body":
        return
    doc.add(who, "delivers", found[0], found[1], verb.end(), "service:which_provides", 0.8)
    # "X commissions the service, which Y delivers": Y is the clause's subject, not what X commissions or funds
    doc.facts[:] = [f for f in doc.facts if not (
        f.rule.startswith("clause:") and f.relation in ("commissions", "funds") and f.object is not None and
        f.object.iri == who.iri and f.start < m.start() < f.end)]


def _provider_then_service(doc: ExtractionDoc, m: re.Match, start: int, end: int, mentions: list[Mention]) -> None:
    agent = next((x for x in reversed(mentions) if x.end <= m.start() and not doc.text[x.end : m.start()].strip()),
                 None)
    who = _provider(doc, agent) if agent is not None else None
    found = _service_after(doc, m.end(), end, mentions) if who is not None else None
    if found is None or found[0].kind == "body":
        return
    doc.add(who, "delivers", found[0], agent.start, found[1], "service:who_provides", 0.8)


def _provider(doc: ExtractionDoc, m: Mention):
    """The organisation M names (a person or a post provides no service here)."""
    if m.kind not in ("body", "name"):
        return None
    who = _organisation(doc, m) if m.kind == "name" else resolve_party(doc, m, ("body",))
    return who if who is not None and who.kind == "body" else None
