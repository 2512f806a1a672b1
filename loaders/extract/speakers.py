"""Speakers: in minutes, a person who speaks, presents or introduces an item was at the meeting.

Minutes often list only the members present and name officers and guests where they speak ("Jo Lee, Head of
Community Safety, introduced the report"; "Cllr Patel asked whether ..."). Such a person `attended` the
meeting's body. Only people the sentence opens with, or who follow "presentation by" / "presented by", count;
a person merely mentioned does not.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from ..mentions import Mention, looks_like_person, names_a_person
from ..metadata import reads_as_meeting
from . import ExtractionDoc, reads
from .attendance import meeting_body, meets_as_body

_SPEECH = re.compile(
    r"\b(?:said|says|asked|noted|explained|reported|presented|introduced|highlighted|informed|advised|confirmed|"
    r"welcomed|thanked|stated|commented|queried|questioned|responded|replied|gave|outlined|opened|stressed|"
    r"emphasised|emphasized|raised|suggested|proposed|seconded|moved|updated|briefed|drew attention|declared|"
    r"summarised|summarized|set out|took (?:the )?members|took the (?:committee|board|panel)|spoke|referred|"
    r"expressed|agreed to|undertook|circulated|tabled|clarified|added|acknowledged|reminded|assured|"
    r"provided an? (?:update|overview|presentation)|went on|attended|was (?:present|in attendance)|joined|"
    r"substituted for|deputised for)\b",
    re.I,
)
_BY = re.compile(r"\b(?:presentation|presented|introduced|report|update|briefing|seconded|proposed|moved|nominated|"
                 r"invitation|invited|welcomed|motion)\s+(?:was\s+)?(?:given\s+)?(?:by\s+)?(?:the chair,?\s+)?$|"
                 # "put before the Board by Jo Lee", "given to members by Jo Lee": who brought the item
                 r"\b(?:put|brought|given|delivered|led|submitted|tabled)\s+(?:before|to)\s+(?:the\s+)?"
                 r"(?:board|committee|panel|partnership|group|meeting|members)\s+by\s+$|"
                 # "Members received a presentation from Jo Lee, Lead Manager, ...": the presenter was there
                 r"\breceived\s+(?:a|an)\s+(?:presentation|update|briefing)\s+from\s+$", re.I)


# "The Prevent Coordinator, Jo Lee, gave an update": the person's post set before the name
_POST_BEFORE = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:The|Our|the)\s+[A-Z][\w'’ -]{2,60},\s+")


@reads()
def speakers(doc: ExtractionDoc) -> None:
    body = meeting_body(doc)
    if body is None or not _records_meeting(doc):
        return
    r = doc.resolver
    for _, (start, end) in doc.prose():
        start = _past_item_labels(doc.text, start, end)
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
        _listed_speakers(doc, body, mentions, people, start, end)


# a council meeting system's labels of an item's parts, run into its text: "Additional documents: Minutes: The
# Housing Manager, Jo Lee, gave a summary ...": the sentence starts after them
_ITEM_LABELS = re.compile(r"(?:(?:Additional documents|Supporting documents|Minutes|Decision|Notes)\s*:\s*)+")


def _past_item_labels(text: str, start: int, end: int) -> int:
    labels = _ITEM_LABELS.match(text, start, end)
    return labels.end() if labels else start


def _records_meeting(doc: ExtractionDoc) -> bool:
    """Minutes; or a council meeting system's page of a committee's decision that reads as its meeting's record
    ("Decision Maker: External Scrutiny Committee" above "The Chair welcomed ... to the meeting")."""
    return doc.meta.doc_type == "minutes" or doc.meta.doc_type == "decision" and reads_as_meeting(doc.text)


def _listed_speakers(doc: ExtractionDoc, body, mentions: list[Mention], people: list[Mention], start: int,
                     end: int) -> None:
    """The people of a list that speaks or is spoken of as at the meeting: "Jo Lee (Police) and Sam Kerr, Director
    of People, presented the report", "seconded by Cllr Ann Bell", "The Chair welcomed Jo Lee, ...; Sam Kerr, ...;
    and Supt Dev Rao to the meeting", "put before the Board by Jo Lee and Sam Kerr"."""
    appositions = [m for m in mentions if m not in people]
    done: set[int] = set()
    for i, person in enumerate(people):
        if person.start in done:
            continue
        listed, after = _listed_from(doc, appositions, people[i:])
        if len(listed) < 2 and i == 0:
            continue  # one person opening the sentence is the first-speaker rule's
        lead = doc.text[start : person.start]
        by = _BY.search(lead) is not None
        opens = i == 0 and person.start - start <= 4
        window = doc.text[after : min(end, after + 60)]
        if not (by or opens and (_SPEECH.match(window.strip()) or _SPEECH.search(window))):
            continue
        for m in listed:
            done.add(m.start)
            if m.kind == "name":
                m = Mention(m.start, m.end, "person", m.name)
            doc.add(doc.resolver.person(m), "attended", body, start, end, "speaker", 0.7,
                    qualifier="spoke or presented")


# what stands between two people of one list: ", ", " and ", "; and ", " & ", after a bracket closing the first
_LIST_GAP = re.compile(r"\)?\s*(?:[,;]\s*(?:and\s+|&\s+)?|(?:and|&)\s+)")


def _listed_from(doc: ExtractionDoc, appositions: list[Mention], people: list[Mention]) -> tuple[list[Mention], int]:
    """PEOPLE[0] and those listed straight after it, each with what describes them; where the list ends."""
    listed = [people[0]]
    pos = _after_apposition(doc, appositions, people[0])
    for person in people[1:]:
        if person.start < pos or not _LIST_GAP.fullmatch(doc.text[pos : person.start]):
            break
        listed.append(person)
        pos = _after_apposition(doc, appositions, person)
    return listed, pos


def _after_apposition(doc: ExtractionDoc, mentions: list[Mention], person: Mention) -> int:
    """Where the verb may start after "Name, Post, Organisation," or "Name (Post)"."""
    pos = person.end
    following = [m for m in mentions if m.start >= person.end]
    for m in following:
        gap = doc.text[pos : m.start]
        # "Manager CT/Prevent": a post may run on into the topic it is for
        if gap.strip(" ,()–-/") == "" and m.kind in ("post", "body", "name", "topic"):
            pos = m.end
            continue
        break
    return pos


# "..., attends as an observer", "attends and reports to every meeting", "attends in an advisory capacity",
# "attends the Executive Group twice a year": a standing attendee of a body, written in the present tense
_ATTENDS = re.compile(r"\s*,?\s*(?:also\s+|normally\s+|usually\s+|regularly\s+)?attends\b\s*(?P<next>\w*)")
_OWN_MEETINGS = frozenset({"as", "and", "in", "every", "all", "each", "its", "meetings", "", "for"})
_COUNTS = frozenset({"one", "two", "three", "four", "five", "six"})


@reads("attends")
def standing_attendees(doc: ExtractionDoc) -> None:
    """ "The Head of Youth Justice, Jo Lee, attends and reports to every meeting", "Cllr Jo Lee, Cabinet Member
    for Health, attends as an observer": the person (or post) the sentence opens with attends the body it names
    after the verb, else the paper's own body. Only a sentence's opening name counts; "may attend" says nothing.
    The opening may be a pronoun for the one person the sentence before named ("The scrutineer is Dr Jo Lee. She
    attends the Executive twice a year"), and "attends" may be the second of the subject's verbs ("He reports to
    the partners, attends the Executive Group and ..."): the subject is still the sentence's own."""
    sentences = [span for _, span in doc.prose()]
    for k, (start, end) in enumerate(sentences):
        if not doc.holds(_ATTENDS_WORD, start, end):
            continue
        mentions = [m for m in doc.mentions(start, end) if m.kind in ("person", "post", "body", "name")]
        who = _opening_attendee(doc, mentions, start)
        said_end = _apposition_end(doc, mentions, who) if who is not None else None
        if who is None:
            pronoun = _PRONOUN.match(doc.text, start, end)
            who = _pronoun_person(doc, sentences[k - 1], start) if pronoun and k else None
            said_end = pronoun.end() if who is not None else None
        if who is None or said_end is None:
            continue
        verb = _ATTENDS.match(doc.text, said_end, end) or _after_own_verbs(doc, mentions, said_end, end)
        if verb is None:
            continue
        body = _attended_body(doc, mentions, verb)
        subject = doc.resolver.entity(who) if who.kind == "post" else doc.resolver.person(_as_person(who))
        if body is not None and subject is not None:
            doc.add(subject, "attended", body, who.start, verb.end(), "speakers:standing_attendee", 0.8,
                    qualifier="standing attendee")


_ATTENDS_WORD = frozenset({"attends"})
# a sentence whose subject is a person's pronoun
_PRONOUN = re.compile(r"\W*(?:He|She)\b")
# the subject's own verbs before "attends", joined by commas and "and": "reports to the partners, not to the Board,
# and"; none opens a clause of another subject ("who", "which", "but the OPCC")
_OWN_VERBS = re.compile(r"\s+(?:[a-z]+s|is)\b[^;:()]{0,120}?(?:,\s*(?:and\s+)?|\s+and\s+)(?=attends\b)")
_OTHER_CLAUSE = re.compile(r"\b(?:who|which|that|whose|where|when|while|whereas|but|if|whom)\b")


def _after_own_verbs(doc: ExtractionDoc, mentions: list[Mention], at: int, end: int) -> re.Match | None:
    """ "attends" as the last of the verbs of the subject whose words end at AT, with no other person between."""
    chain = _OWN_VERBS.match(doc.text, at, end)
    if chain is None or _OTHER_CLAUSE.search(chain.group()) or \
            any(m.kind == "person" and at <= m.start < chain.end() for m in mentions):
        return None
    return _ATTENDS.match(doc.text, chain.end(), end)


def _pronoun_person(doc: ExtractionDoc, before: tuple[int, int], start: int) -> Mention | None:
    """The one person the sentence BEFORE names, when it runs into the pronoun's sentence at START within one
    paragraph: two people, or none, leave the pronoun unread."""
    if before[1] > start or "\n\n" in doc.text[before[1] : start].replace(" ", ""):
        return None
    people = {m.name: m for m in doc.mentions(*before) if m.kind == "person" or
              (m.kind == "name" and m.head != "acronym" and looks_like_person(m.name.split()))}
    return next(iter(people.values())) if len(people) == 1 else None


def _opening_attendee(doc: ExtractionDoc, mentions: list[Mention], start: int) -> Mention | None:
    first = mentions[0] if mentions else None
    if first is None or not re.fullmatch(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:[Tt]he\s+)?", doc.text[start : first.start]):
        return None
    if first.kind == "person" or (first.kind == "name" and first.head != "acronym" and
                                  looks_like_person(first.name.split())):
        return first
    if first.kind == "post" and not first.role:
        # "The Head of Youth Justice, Jo Lee, attends": the person named in apposition is the attendee
        nxt = mentions[1] if len(mentions) > 1 else None
        if nxt is not None and names_a_person(nxt) and doc.text[first.end : nxt.start].strip() == ",":
            return nxt
        return first
    return None


def _apposition_end(doc: ExtractionDoc, mentions: list[Mention], who: Mention) -> int:
    """The end of what is said of WHO before the verb: ", Cabinet Member for Health," or "(Probation Service)"."""
    end = who.end
    for m in mentions:
        if m.start < end:
            continue
        gap = doc.text[end : m.start]
        if m.kind in ("post", "body", "name") and re.fullmatch(r"\s*[,(]?\s*(?:the\s+)?", gap):
            end = m.end
            closing = re.match(r"\s*\)", doc.text[end:])
            end += closing.end() if closing else 0
            continue
        break
    return end


def _attended_body(doc: ExtractionDoc, mentions: list[Mention], verb: re.Match) -> object:
    if verb.group("next") in ("the",):
        named = next((m for m in mentions if m.start >= verb.start("next")), None)
        if named is None or named.kind != "body" or doc.text[verb.end() : named.start].strip():
            return None
        body = doc.resolver.entity(named)
        return body if body is not None and body.kind == "body" and _same_head(named, body) else None
    if verb.group("next").casefold() in _COUNTS:
        # "attends two Executive Board meetings each year": the body whose meetings are counted
        named = next((m for m in mentions if m.start >= verb.end()), None)
        if named is None or named.kind != "body" or doc.text[verb.end() : named.start].strip() or \
                not re.match(r"\s+meetings\b", doc.text[named.end :]):
            return None
        body = doc.resolver.entity(named)
        return body if body is not None and body.kind == "body" else None
    if verb.group("next").casefold() not in _OWN_MEETINGS:
        return None
    listed = _listed_body(doc, verb.start())
    if listed is not None:
        return listed
    own = meeting_body(doc) or doc.resolver.body
    return own if own is not None and meets_as_body(own) else None


def _same_head(named: Mention, body: Entity) -> bool:
    """A bare name the resolver took for a body of another kind ("the Executive" read as the partnership whose
    executive it is) leaves unclear which meeting is attended: only a body whose name ends as written counts."""
    return len(named.name.split()) > 1 or body.name.split()[-1].casefold() == named.name.casefold()


def _listed_body(doc: ExtractionDoc, at: int, reach: int = 1500):
    """The body whose members the paper listed just before AT: "X attends" under a membership list speaks of
    that list's meeting, not of the organisation the paper is about."""
    near = [f for f in doc.facts if f.relation in ("member_of", "chairs", "vice_chair") and f.object is not None
            and at - reach < f.end <= at and f.subject.kind == "person" and meets_as_body(f.object)]
    return max(near, key=lambda f: f.end).object if near else None


def _as_person(m: Mention) -> Mention:
    return m if m.kind == "person" else Mention(m.start, m.end, "person", m.name)
