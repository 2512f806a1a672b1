"""Publications named after the body that produces them.

"Birmingham Community Safety Partnership Annual Report (2018-19)", "the Safer Lincolnshire Partnership (SLP)
Annual Report", "Northamptonshire Safeguarding Adults Board – Annual Report 2018-19": a report, plan or strategy
whose name is a body's name followed by a publication head (or set after it with a dash) is produced by that
body.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from .. import placenames
from ..lexicon import heads
from . import ExtractionDoc

_DASH = re.compile(r"^\s*(?:[-–—:]|\(\s*[A-Z]{2,8}\s*\))\s*")


_OWNER_HEADS = frozenset({"Partnership", "Board", "Council", "Committee", "Panel", "Group", "Trust", "Commission",
                          "Unit", "Police", "Forum", "Network", "Alliance", "Authority", "Executive", "Service",
                          "Office", "Government", "Constabulary", "Agency"})
_ADJECTIVES = frozenset({"Annual", "Draft", "Final", "New", "Updated", "Revised", "Interim", "Joint", "Title",
                         "Subject", "The"})


# words that open a phrase about a paper, not a body's name ("Feedback on the ...", "Update to the ...")
_NO_OWNER_START = frozenset("""Feedback Update Updates Comments Response Responses Progress Review Consultation
    Report Reports Draft Briefing Presentation Summary Item Agenda Minutes Appendix Annex""".split())


def publications(doc: ExtractionDoc) -> None:
    from ..mentions import classify

    r = doc.resolver
    for line in doc.layout.lines:
        if line.kind == "blank":
            continue
        mentions = doc.mentions(line.content_start, line.end)
        for i, m in enumerate(mentions):
            if m.kind != "publication":
                continue
            tokens = m.name.split()
            while tokens and tokens[0] in _ADJECTIVES:
                tokens = tokens[1:]
            done = False
            # the body's name inside the publication's: "X Partnership Annual Report"
            for k in range(len(tokens) - 1, 1, -1):
                if tokens[k - 1] not in _OWNER_HEADS or any(t in heads().body for t in tokens[k:]):
                    continue
                owner = classify(" ".join(tokens[:k]), 0)
                if tokens[0] in _NO_OWNER_START:
                    break  # "Feedback on the Police and Crime Plan": no body owns it by name
                if len(owner) == 1 and owner[0].kind == "body" and not owner[0].back_ref:
                    body = r.body_named(owner[0].name, place=owner[0].place)
                    doc.add(body, "produces", r.entity(m), m.start, m.end, "publication:named", 0.85)
                    done = True
                break
            if done:
                continue
            owner_mention = m.extra.get("owner")
            if owner_mention is not None and owner_mention.kind in ("body", "post"):
                # "the PCC's Drugs Strategy", "the Government's Serious and Organised Crime Strategy"
                owner_entity = r.entity(owner_mention)
                if owner_entity is not None and owner_entity.kind in ("body", "post"):
                    paper = r.entity(m)
                    plain = len(m.name.split()) <= 3 and not placenames.leading_place(m.name)
                    if paper is not None and (paper.scope or plain) and owner_entity.kind == "body":
                        # "the Western Bay APB's Governance Framework": a generic paper takes its owner's name
                        paper = r.remember(Entity("publication", f"{owner_entity.name} {m.name}"), m.name)
                    doc.add(owner_entity, "produces", paper, owner_mention.start, m.end, "publication:owned", 0.8)
                    continue
            prev = mentions[i - 1] if i else None
            if prev is not None and prev.kind == "body" and not prev.back_ref and \
                    _DASH.match(doc.text[prev.end : m.start]) and \
                    re.match(r"(?i)(?:annual|strategic|business|delivery|action|community safety)\b", m.name):
                body = r.entity(prev)
                if body is not None:
                    named = r.remember(Entity("publication", f"{body.name} {m.name}"), m.name)
                    doc.add(body, "produces", named, prev.start, m.end, "publication:titled", 0.8)
