"""Speakers: in minutes, a person who speaks, presents or introduces an item was at the meeting.

Minutes often list only the members present and name officers and guests where they speak ("Jo Lee, Head of
Community Safety, introduced the report"; "Cllr Patel asked whether ..."). Such a person `attended` the
meeting's body. Only people the sentence opens with, or who follow "presentation by" / "presented by", count;
a person merely mentioned does not.
"""

from __future__ import annotations

import re

from ..mentions import Mention, looks_like_person
from . import ExtractionDoc, reads
from .attendance import meeting_body

_SPEECH = re.compile(
    r"\b(?:said|says|asked|noted|explained|reported|presented|introduced|highlighted|informed|advised|confirmed|"
    r"welcomed|thanked|stated|commented|queried|questioned|responded|replied|gave|outlined|opened|stressed|"
    r"emphasised|emphasized|raised|suggested|proposed|seconded|moved|updated|briefed|drew attention|declared|"
    r"summarised|summarized|set out|took (?:the )?members|took the (?:committee|board|panel)|spoke|referred|"
    r"expressed|agreed to|undertook|circulated|tabled|clarified|added|acknowledged|reminded|assured|"
    r"provided an? (?:update|overview|presentation)|went on|attended|was (?:present|in attendance)|joined)\b",
    re.I,
)
_BY = re.compile(r"\b(?:presentation|presented|introduced|report|update|briefing|seconded|proposed|moved|nominated|"
                 r"invitation|invited|welcomed)\s+(?:was\s+)?(?:given\s+)?(?:by\s+)?(?:the chair,?\s+)?$|"
                 # "Members received a presentation from Jo Lee, Lead Manager, ...": the presenter was there
                 r"\breceived\s+(?:a|an)\s+(?:presentation|update|briefing)\s+from\s+$", re.I)


# "The Prevent Coordinator, Jo Lee, gave an update": the person's post set before the name
_POST_BEFORE = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:The|Our|the)\s+[A-Z][\w'’ -]{2,60},\s+")


@reads()
def speakers(doc: ExtractionDoc) -> None:
    body = meeting_body(doc)
    if body is None or doc.meta.doc_type != "minutes":
        return
    r = doc.resolver
    for _, (start, end) in doc.prose():
        mentions = doc.mentions(start, end)
        people = [m for m in mentions if m.kind == "person" or (
            m.kind == "name" and m.head != "acronym" and looks_like_person(m.name.split()))]
        if not people:
            continue
        first = people[0]
        if first.kind == "name":
            first = Mention(first.start, first.end, "person", first.name)
        lead = doc.text[start : first.start]
        if first.start - start <= 4 or _BY.search(lead) or _POST_BEFORE.fullmatch(lead) and any(
                m.kind == "post" and m.end <= first.start for m in mentions):
            after = _after_apposition(doc, mentions, first)
            window = doc.text[after : min(end, after + 120)]
            if _BY.search(lead) or _SPEECH.match(window.strip()) or _SPEECH.search(window[:60]):
                doc.add(r.person(first), "attended", body, start, end, "speaker", 0.7,
                        qualifier="spoke or presented")


def _after_apposition(doc: ExtractionDoc, mentions: list[Mention], person: Mention) -> int:
    """Where the verb may start after "Name, Post, Organisation," or "Name (Post)"."""
    pos = person.end
    following = [m for m in mentions if m.start >= person.end]
    for m in following:
        gap = doc.text[pos : m.start]
        if gap.strip(" ,()–-") == "" and m.kind in ("post", "body", "name"):
            pos = m.end
            continue
        break
    return pos
