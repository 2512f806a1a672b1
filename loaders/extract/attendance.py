"""Attendance: who was present, in attendance or sent apologies, and what each name's role or organisation says.

A block opens with an attendance label ("Present:", "Apologies for absence were received from", "In
attendance", a table headed "Attendees") and runs over the lines that read as entries. An entry is a person
followed by what describes them, in brackets, after a comma or dash, or in the next column: a chair marker
("(Chairman)", "in the Chair"), a post ("Head of Community Safety"), an organisation ("Leicestershire
Police"). From each entry come `attended` or `apologies` (to the meeting's body), `chairs` / `vice_chair`,
`holds_post` and `member_of`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ...graph.model import Entity
from .. import placenames
from ..layout import Line, Table
from ..lexicon import acronyms, chair_role, council_posts, heads, layout, names
from ..meeting_frame import MeetingFrame, meeting_frame
from ..mentions import Mention, department_words, find_mentions, initials_fit, looks_like_person, may_start_with_person
from ..wordstart import required_strings, word_start
from . import ExtractionDoc, reads

_ROLE_RELATION = {
    "present": "attended", "also": "attended", "substitutes": "attended", "apologies": "apologies",
    "members": "member_of", "members_present": "attended",
}
_QUALIFIER = {"present": "Present", "also": "In attendance", "substitutes": "Substitute", "apologies": None,
              "members_present": "Present"}
_NOT_MEMBER = re.compile(r"(?i)\bnot\s+a\s+(?:voting\s+)?member\b|\bnon-member\b|\(\s*attends\b")


def not_a_member(text: str, start: int, end: int) -> bool:
    """Whether an entry of a members' list says its person is none ("Service Manager (attends; not a member)"),
    the entry's line read with a lower-case line under it (the rest of a wrapped cell)."""
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    after = text.find("\n", stop + 1)
    if stop + 1 < len(text) and text[stop + 1 : stop + 2].islower():
        stop = len(text) if after < 0 else after
    return _NOT_MEMBER.search(text, start, stop) is not None
_MEMBERS_PRESENT = re.compile(r"(?i)\b(?:members|councillors)\b.*\bpresent\b")
_LEAD_IN = re.compile(
    r"^\s*(?:for absence\s*)?(?:minutes\s*:\s*)?(?:apologies(?: for absence)?\s*)?"
    r"(?:(?:were|was|had been|have been|has been)\s+)?(?:(?:received|submitted|sent|given|tendered|noted|"
    r"presented)\s+)?(?:(?:from|by)(?:\s+|(?=:)))?(?:the following\s*(?:members|councillors|officers)?\s*)?[:\-–]?\s*",
    re.I,
)
# a finite verb of reported speech or narration: a line with one is prose, not an attendance entry
_PROSE_VERB = re.compile(r"\b(?:said|says|reported|noted|explained|asked|agreed|confirmed|advised|informed|stated|"
                         r"presented|welcomed|thanked|highlighted|raised|queried|added|told|updated|introduced|"
                         r"outlined|summarised|suggested|proposed|disclosed|declared|had|has|have|was|were|will|"
                         r"would|attended as|attended in place of|attended on behalf of)\b")
_IN_THE_CHAIR = re.compile(r"^[^()]*\bin the [Cc]hair\.?\s*$")
_UPPER_ITEM = re.compile(r"^\W*\d+[.)]?\s+[A-Z][A-Z ,&'’-]{5,}$")
_VERB_LEAD = re.compile(r"(?i)\b(?:were|was|had been|have been|has been|received|sent|submitted|given)\b")
# a full stop that ends a sentence, not an initial's or a title's ("J. Smith", "Cllr. Jones", "Supt. Lee")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!Cllr)(?<!Mrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!Supt)(?<!Insp)(?<!\bSt)"
                           # "... and Jo Lee. Sam Reed (Head of Service) attended as substitute": the next sentence
                           r"[.;]\s+(?=[A-Z][a-z]+(?:\s+[A-Z][\w'’-]*){0,3}(?:\s*\([^()]{1,80}\))?\s+[a-z]{2,})")
_GAVE_APOLOGIES = word_start(r"\b(?:gave|sent|submitted|tendered|offered|had sent|have sent)\s+(?:their|his|her)?\s*"
                             r"apologies\b", re.I)
# a paragraph that only ends on someone's apologies: "Jo Lee gave an update on behalf of X. ... The MARAC is chaired by
# Supt Sam Reed, who had sent apologies": a sentence ends, or a relative clause opens, before them
_SAID_BEFORE_APOLOGIES = re.compile(r"[.;:]\s|,\s+who\s")
# word_start: the same matches; a line without "apologies" is settled by a substring test
_INLINE_APOLOGIES = word_start(
    r"\bapologies(?: for absence)?\s+(?:were|was|had been|have been|has been)\s+(?:received|submitted|sent|given|"
    r"tendered|noted|presented)\s+(?:from|by)\s*:?\s*(?:the following\s*:?\s*)?|\bapologies(?: for absence)?\s+from\s+",
    re.I,
)
_TOP_SEPARATOR = re.compile(r"[;,]|\s+(?:and|&)\s+from\s+|\s+(?:and|&)\s+|\s+[-–]\s+")
_SUBSTITUTE = re.compile(r"\b(?:substitut\w*|deputi\w*|sitting in)\s+(?:for|as)\b|\bin place of\b|\bon behalf of\b|"
                        r"\breplacing\b|\brepresent(?:ing|ative|ed by)\b\s*$|\(\s*rep\.?\s*$|"
                        r"\(\s*(?:substitute|sub|deputy|rep)\s*[:\-–]?\s*$|"
                        r"\b(?:who|and) (?:was|were|is|are) (?:represented|substituted|replaced|deputised) by\s*$",
                        re.I)
_PAREN = re.compile(r"\(([^()]{1,160})\)")
_AND_FROM = re.compile(r"\s(?:and|&)\s+from\s+$")
_REPRESENTATIVE_ON = re.compile(r"\b(?:Representative|Member|Delegate)\s+(?:on|of|to)\s+(?:the\s+)?([A-Z].+)$|"
                                r"^([A-Z].*\b(?:Board|Panel|Partnership|Committee|Group|Forum))\s+(?:Member|Representative)$")

# "Kent County Council Representative on the Police and Crime Panel": the body that sends the representative
_SENT_BY = re.compile(r"^(?P<org>[A-Z].+?)\s+Representative\s+(?:on|to)\s+", re.I)


def _represents(doc: ExtractionDoc, post: str, person: Entity, on_body: Entity, span: tuple[int, int]) -> None:
    """A representative's post that names the public body sending them: that body is represented by them."""
    sent = _SENT_BY.match(post)
    name = placenames.known_body_name(sent.group("org")) if sent else None
    if name is None:
        return
    org = doc.resolver.body_named(name)
    if org.iri != on_body.iri:
        doc.add(org, "represented_by", person, *span, "attendance:sent_by", 0.8, on_body=on_body)


@dataclass
class Entry:
    person: Mention
    start: int
    end: int
    descriptors: list[tuple[int, int]] = field(default_factory=list)


# "The Board was asked to consider ...", "the Committee noted": minutes that speak of their meeting's body
_UNNAMED_MEETING = re.compile(r"\b[Tt]he (?:Board|Committee|Sub-Committee|Panel|Partnership|Forum|Group) "
                              r"(?:was|were|had|has|noted|agreed|resolved|asked|received|considered|welcomed)\b")


def meeting_body(doc: ExtractionDoc) -> Entity | None:
    """The body whose meeting the paper records: its own body; the council only when the paper is plainly one of
    the council's own meetings. Minutes of "the Board" or "the SST" that never name it are not the council's
    meeting, and notes whose body cannot be read are better left without a meeting than given the wrong one.
    Several readers ask it per sentence; the answer, searched over the whole text, is kept while the paper's body
    and council stay what they were."""
    body, council = doc.resolver.body, doc.resolver.council
    key = (body.iri if body else None, council.iri if council else None, doc.resolver.body_inferred)
    if doc._meeting is None or doc._meeting[0] != key:
        doc._meeting = (key, _meeting_body(doc, body, council))
    return doc._meeting[1]


def _meeting_body(doc: ExtractionDoc, body: Entity | None, council: Entity | None) -> Entity | None:
    frame = meeting_frame(doc.text)
    if frame is not None:
        # the paper's one decision on which body met, whatever body the rest of its reading took for its own (a
        # committee sitting in another capacity is still the committee, not its council)
        return frame_body(doc, frame, council)
    if body is not None and council is not None and (doc.resolver.body_inferred or _paper_titled(doc, body)) and \
            not _letterhead(doc, body) and _council_meeting_page(doc):
        # "Agenda item: Safer Wiltshire Partnership annual report" on a council's meeting page: the partnership
        # is what the committee discussed; the committee, unnamed, is the council's
        body = None
    if council is None or (body is not None and body.iri != council.iri):
        return body
    # no body, or the council itself read from the paper's letterhead: the meeting is not another body's, and the
    # paper is one of the council's own
    if len(_UNNAMED_MEETING.findall(doc.text)) >= 2 or _acronym_meetings(doc.text):
        return None
    return council if _council_meeting_page(doc) else None


def frame_body(doc: ExtractionDoc, frame: MeetingFrame, council: Entity | None) -> Entity | None:
    """The entity of the body FRAME says met; None when the frame says the paper does not say. A council's own
    meeting named by its word ("Council", "Cabinet") is the council's, whose name the paper's council gives."""
    if frame.body is None:
        return None
    if frame.body == "Council":
        return council
    if " " not in frame.body:
        return doc.resolver.body_named(f"{council.name} {frame.body}", written=frame.body) if council else None
    own = doc.resolver.body
    if own is not None and frame.body in (own.name, *own.aliases) and frame.evidence != "joint meeting":
        return own  # the paper's own body as the rest of its reading named it ("Safer X Partnership Strategic Board")
    return doc.resolver.body_named(frame.body)


# "ahead of SST meetings", "The CSPB agreed": the paper speaks of a body by its initials as the one that meets
_ACRONYM_MEETING = re.compile(r"\b(?P<acr>[A-Z]{2,6})\s+meetings?\b|\b[Tt]he\s+(?P<acr2>[A-Z]{2,6})\s+(?:agreed|noted|"
                              r"resolved|received|considered|welcomed|discussed)\b")
_COUNCIL_INITIALS = re.compile(r"^(?:[A-Z]{0,3}(?:BC|DC|CC)|LA)$")  # "WCC", "NDDC": a council's own initials


def _acronym_meetings(text: str) -> bool:
    """Two references to a meeting body by the same initials, not a council's."""
    from collections import Counter

    seen: Counter[str] = Counter()
    for m in _ACRONYM_MEETING.finditer(text):
        acr = m.group("acr") or m.group("acr2")
        if not _COUNCIL_INITIALS.match(acr):
            seen[acr] += 1
    return any(n >= 2 for n in seen.values())


# a council meeting system's page ("mgAi.aspx", "ieListDocuments.aspx", a CMIS site) or its furniture at the
# top of the page: the record of one of the council's own committees, which may never name the committee
_MEETING_SYSTEM_URL = re.compile(r"(?i)/(?:mg|ie)[A-Z]\w*\.aspx\b|\bcmis\b|moderngov")
# a paper attached to an agenda on such a system ("/documents/s41872/...pdf"): any body's own paper (a
# partnership's notes, a board's terms of reference) laid before a meeting, not the page of the meeting itself
_ATTACHED_PAPER_URL = re.compile(r"(?i)/documents/s\d+/")
_MEETING_SYSTEM_HEAD = re.compile(r"(?im)^\s*(?:agenda and minutes|agenda item|decision details|issue - meetings|"
                                  r"attendance details)\s*$|\bmeeting of (?:the )?(?:full |county |city |borough |"
                                  r"district )?council\b|^\s*(?:full )?council(?: meeting)?\s*$|"
                                  r"^\s*minutes of (?:the )?(?:full )?council\b")


# the kinds of paper a body owns, written after its name in a title: "Safer Wiltshire Partnership Annual Report"
_PAPER_AFTER_NAME = re.compile(r"\s*[-–:]?\s*(?:annual report|annual review|(?:business|strategic|delivery|action) "
                               r"plan|strategy|terms of reference|constitution|update|performance)\b", re.I)


def _paper_titled(doc: ExtractionDoc, body: Entity) -> bool:
    """The head names BODY only in the title of a paper about it, the item a committee took."""
    head = doc.text[:900]
    at = head.casefold().find(body.name.casefold())
    return at >= 0 and _PAPER_AFTER_NAME.match(head, at + len(body.name)) is not None


def _letterhead(doc: ExtractionDoc, body: Entity) -> bool:
    """The head writes BODY's name as a line of its own, the heading a body's own paper opens under ("SAFER
    NORTHDALE PARTNERSHIP" over "Minutes of the meeting ..."), not the title of an item about it."""
    name = body.name.casefold()
    lines = [ln.strip(" \t#*").casefold() for ln in doc.text[:900].split("\n")]
    # (a joint meeting's head joins two such lines: "NORTHDALE HEALTH AND WELLBEING BOARD and" over the other's)
    return any(re.sub(r"\s+(?:and|&)$", "", ln.removeprefix("the ")) == name for ln in lines if ln)


# "Minutes of the joint meeting of the Northdale Safeguarding Adults Board and the Safer Northdale Partnership",
# "Joint meeting between the X and the Y"
_JOINT_MEETING = re.compile(r"(?i)\bjoint (?:meeting|session|workshop) (?:of|between) (?:the )?")


def joint_body(doc: ExtractionDoc, meeting: Entity | None) -> Entity | None:
    """The other body of a joint meeting of MEETING's body and another, as the head names both: on lines of their
    own joined by "and" ("NORTHDALE HEALTH AND WELLBEING BOARD and" over "SAFER NORTHDALE PARTNERSHIP"), or after
    "joint meeting of" ("the X and the Y"). Whoever attended, attended both bodies' meeting."""
    if meeting is None or meeting.kind != "body":
        return None
    frame = meeting_frame(doc.text)
    pair = _stacked_pair(doc) or _joint_meeting_pair(doc) or \
        ((doc.resolver.body_named(frame.body), doc.resolver.body_named(frame.other))
         if frame is not None and frame.body and frame.other else None)
    if pair is None or meeting not in pair or pair[0] is pair[1]:
        return None
    return pair[1] if pair[0] is meeting else pair[0]


def _stacked_pair(doc: ExtractionDoc) -> tuple[Entity, Entity] | None:
    """The two bodies a head names on consecutive lines of their own, the first line ending in "and"."""
    head = doc.text[:900]
    at = 0
    for line in head.split("\n"):
        end = at + len(line)
        joined = re.search(r"\s+(?:and|&)[ \t]*$", line)
        if joined and end + 1 < len(head):
            nxt = head.find("\n", end + 1)
            first = _named_alone(doc, at, at + joined.start())
            second = _named_alone(doc, end + 1, len(head) if nxt < 0 else nxt) if first is not None else None
            if first is not None and second is not None:
                return first, second
        at = end + 1
    return None


def _joint_meeting_pair(doc: ExtractionDoc) -> tuple[Entity, Entity] | None:
    """The two bodies a head names as "joint meeting of the X and the Y"."""
    m = _JOINT_MEETING.search(doc.text, 0, 900)
    if m is None:
        return None
    # (the title may wrap: to the paragraph's end)
    end = doc.text.find("\n\n", m.end(), m.end() + 300)
    bodies = [x for x in doc.mentions(m.end(), min(len(doc.text), m.end() + 300) if end < 0 else end)
              if x.kind == "body" and not x.back_ref]
    if len(bodies) < 2 or bodies[0].start != m.end() or \
            not re.fullmatch(r"\s+(?:and|&)\s+(?:the\s+)?", doc.text[bodies[0].end : bodies[1].start]):
        return None
    first, second = (doc.resolver.entity(x) for x in bodies[:2])
    if first is None or second is None or first.kind != "body" or second.kind != "body":
        return None
    return first, second


def _named_alone(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """The body the text from START to END names and holds nothing else (but "the" and marks around it)."""
    text = doc.text[start:end]
    lead = len(text) - len(re.sub(r"^[ \t#*]*(?:the\s+)?", "", text, flags=re.I))
    bodies = [x for x in doc.mentions(start, end) if x.kind == "body" and not x.back_ref]
    if len(bodies) != 1 or bodies[0].start != start + lead or doc.text[bodies[0].end : end].strip(" \t#*"):
        return None
    found = doc.resolver.entity(bodies[0])
    return found if found is not None and found.kind == "body" else None


def _council_meeting_page(doc: ExtractionDoc) -> bool:
    url = doc.meta.url or ""
    system_page = _MEETING_SYSTEM_URL.search(url) is not None and _ATTACHED_PAPER_URL.search(url) is None
    return system_page or _MEETING_SYSTEM_HEAD.search(doc.text[:1500]) is not None


@reads()
def attendance(doc: ExtractionDoc) -> None:
    meeting = meeting_body(doc)
    joint = joint_body(doc, meeting)
    for role, segments, owner in _blocks(doc):
        if owner is doc.body:
            owner = meeting
        also = joint if owner is meeting else None
        groups = _group_headings(doc, segments)
        group = None
        for start, end, cells in segments:
            group = groups.get(start, group)  # "Office of the PCC" over its people, then "Cleveland Police" over theirs
            for entry in list_entries(doc, start, end, cells):
                _facts(doc, role, entry, owner)
                if also is not None and role in ("present", "also"):
                    _joint_fact(doc, role, entry, also)
                if group is not None:
                    doc.add(doc.resolver.person(entry.person), "member_of", group, start, end, "attendance:group",
                            0.8)
    council_groups(doc)
    party_columns(doc)


def _group_headings(doc: ExtractionDoc, segments: list) -> dict[int, Entity]:
    """Segment start -> the organisation named alone on the line right above it, where an attendance list groups
    its people under two or more such lines."""
    lines = doc.layout.lines
    out: dict[int, Entity] = {}
    for start, _end, _cells in segments:
        k = next((i for i, ln in enumerate(lines) if ln.start == start or ln.start <= start < ln.end), None)
        above = lines[k - 1] if k else None
        org = organisation_alone(doc, above.content_start, above.end) if above is not None and \
            above.kind in ("heading", "text") else None
        if org is not None:
            out[start] = org
    return out if len(out) >= 2 else {}


def organisation_alone(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """The organisation a line of an attendance list names alone, heading the people listed under it ("Office of
    the PCC", "Cleveland Police"), or None."""
    text = doc.text[start:end].strip()
    found = doc.mentions(start, end)
    if not text or len(found) != 1 or found[0].kind != "body" or found[0].back_ref or \
            found[0].name.casefold() != re.sub(r"^the\s+", "", text, flags=re.I).rstrip(" :").casefold():
        return None
    e = doc.resolver.entity(found[0])
    return e if e is not None and e.kind == "body" and not meets_as_body(e) else None


def party_columns(doc: ExtractionDoc) -> None:
    """ "LABOUR<tab>CONSERVATIVE<tab>GREEN" over columns of councillors: each councillor is of the party that heads
    their column (the columns fill from the left, so a short row's names are in the first columns)."""
    lines = doc.layout.lines
    parties = names().parties
    for i, line in enumerate(lines):
        if line.kind != "row" or len(line.cells) < 2:
            continue
        heads_ = [" ".join(doc.text[a:b].split()) for a, b in line.cells]
        if not all(h.casefold() in parties for h in heads_):
            continue
        groups = [doc.resolver.remember(Entity("body", h.title() if h.isupper() else h), h) for h in heads_]
        for _, cells in _person_rows(doc, i, len(groups)):
            for group, (a, b) in zip(groups, cells, strict=False):
                for entry in list_entries(doc, a, b, ()):
                    person = doc.resolver.person(entry.person)
                    doc.add(person, "member_of", group, a, b, "attendance:party", 0.85)


def _person_rows(doc: ExtractionDoc, i: int, width: int) -> Iterator[tuple[int, tuple[tuple[int, int], ...]]]:
    """(line index, cells) of each row under header line I, up to a blank line, while the row has WIDTH cells at
    most and each opens with a person: the names set in the header's columns."""
    lines = doc.layout.lines
    j = i + 1
    while j < len(lines) and lines[j].kind != "blank":
        row = lines[j]
        cells = row.cells if row.kind == "row" else ((row.content_start, row.end),)
        if len(cells) > width or not all(_starts_with_person(doc, a, b) for a, b in cells):
            return
        yield j, cells
        j += 1


# "Hart District Councillors: ...", "Newark & Sherwood District Councillors: ...": the council each listed member
# sits for, named by the label of a joint committee's membership
_COUNCIL_GROUP = re.compile(r"^(?P<council>.+?\b(?:District|Borough|County|City|Town))\s+Councillors$")


def council_groups(doc: ExtractionDoc) -> None:
    for i, line in enumerate(doc.layout.lines):
        if line.kind != "field" or not line.label or not line.label.endswith(" Councillors"):
            continue
        label_end = line.start + doc.text[line.start : line.end].find(line.label) + len(line.label)
        label_start = label_end - len(line.label)
        # a flattened table may set the next column's name inside the label ("Bassetlaw District J C Shepherd
        # Councillors"): the name is a member too, and the label is what is left around it
        inside = [m for m in doc.mentions(label_start, label_end - len(" Councillors"), expect_person=True)
                  if m.kind == "person"]
        words = doc.text[label_start:label_end]
        for m in reversed(inside):
            words = words[: m.start - label_start] + words[m.end - label_start :]
        group = _COUNCIL_GROUP.match(" ".join(words.split()))
        if group is None:
            continue
        found = find_mentions(f"{group.group('council')} Council", 0, len(group.group("council")) + 8)
        if len(found) != 1 or found[0].kind != "body":
            continue
        council = doc.resolver.entity(found[0])
        if council is None or council.kind != "body":
            continue
        owner = _owner(doc, i, line) if _under_membership(doc, i + 1) else None
        people = [doc.resolver.person(m) for m in inside]
        people += [doc.resolver.person(e.person) for e in list_entries(doc, line.value_start or line.end, line.end, ())]
        for person in people:
            doc.add(person, "member_of", council, line.start, line.end, "attendance:council", 0.85)
            if owner is not None and people.index(person) < len(inside):
                doc.add(person, "member_of", owner, line.start, line.end, "attendance:members", 0.85)


# -- finding the blocks


_MEMBERS_OF = re.compile(r"(?i)\b(?:staff|members|membership|team|officers)\s+of\s+(?:the\s+)?")
# a line that ends a sentence (a full stop, no colon) and one that speaks of who sits on a body
_NOT_A_LABEL = re.compile(r"[a-z)][.!][\"”’']?\s*$")
_MEMBERSHIP_CUE = re.compile(r"(?i)\b(?:members?|membership|made up of|compris\w*|consists? of|represent\w*|"
                             r"following|below|sit on|seats?)\b")
_MEMBER_LABELS = frozenset({"members", "board members", "committee members", "panel members", "core members",
                            "voting members", "partner members", "partners", "partner representatives",
                            "partner agencies"})


_LABEL_ENDING = (
    ("apologies", re.compile(r"\bapolog\w*(?: for absence)?(?: received)?$", re.I)),
    ("substitutes", re.compile(r"\bsubstitut\w*$", re.I)),
    ("present", re.compile(r"\b(?:members|councillors|representatives)\b.*\bpresent$|^present\b|\bcouncillors$",
                           re.I)),
    # "In attendance from the Fire Authority's Office (FAO)": the officers of one organisation
    ("also", re.compile(r"\b(?:also present|in attendance|also attending|also attended|officers present)"
                        r"(?:\s+(?:from|for)\s+(?:the\s+)?[A-Z][^:]*)?$", re.I)),
)


def _label_role(label: str) -> str | None:
    """The role of a longer attendance label: "Members of the Joint Scrutiny Committee present" -> present."""
    for role, pattern in _LABEL_ENDING:
        if pattern.search(label.strip()):
            return role
    return None


# what a heading "Attendance" may go on to say of the meeting it lists: "at the FCJP meeting of 11 January 2024"
_AT_THE_MEETING = re.compile(r"(?i)at\s+the\s+(?:[\w'’&-]+\s+){0,6}?meeting(?:\s+held)?(?:\s+(?:of|on)\s+[\w ,]{4,30})?"
                             r"[.:]?")


# what a membership label may say after its word, the names being on the lines below: whose membership it is
# ("of the Partnership", "of the Eastmoor Safer Streets Board"), when ("(as at April 2025)", "2025/26"), or the other
# matter of its section ("Membership and attendance"; "Members and advisers" lists some who are no members)
# ("Membership (by organisation)" is grouped under organisations' names: rosters.grouped_members reads it)
_MEMBERSHIP_SCOPE = re.compile(r"(?:and\s+(?!(?:advis|observ|officer|guest|invite|support|attendee)\w*)[a-z]+\s*)?"
                               r"(?:(?:of|on)\s+(?:the\s+)?[A-Z][^:;.,()]{1,80}?)?\s*"
                               r"(?:\([^()]{0,30}(?:19|20)\d\d[^()]{0,10}\)|(?:for\s+)?(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?)?"
                               r"\s*:?", re.I)
# a membership label that names the body before its word: "Partnership members", "Eastmoor CSP membership"
# or joins membership to one other matter in a section's title ("Membership and attendance", "Constitution and
# membership")
_NAMED_MEMBERSHIP = re.compile(r"(?:[A-Z][\w'’&-]*\s+){1,8}(?:membership|members)(?:\s+list)?\s*(?:\([^()]{1,40}\))?"
                               r"\s*:?|(?:[A-Z][a-z]+\s+and\s+)?(?:[Bb]oard\s+|[Pp]artnership\s+|[Cc]ore\s+)?[Mm]embership"
                               r"(?:\s+and\s+[a-z]+)?\s*:?")


def _over_headed_table(doc: ExtractionDoc, line: Line) -> bool:
    """LINE stands over a table whose first row names its columns ("Name | Role | Organisation"): the table
    readers read it by its columns."""
    lines = doc.layout.lines
    k = next((j for j, ln in enumerate(lines) if ln.start == line.start), len(lines)) + 1
    while k < len(lines) and lines[k].kind == "blank":
        k += 1
    return k < len(lines) and lines[k].kind == "row" and lines[k].role == "header"


def _label(doc: ExtractionDoc, line: Line) -> tuple[str, int] | None:
    """(role, where the names start) when LINE opens an attendance block."""
    lay = layout()
    if line.kind == "field" and line.label and line.label.casefold() not in lay.attendance:
        role = _label_role(line.label)
        if role is not None and len(line.label.split()) <= 12:
            return role, line.value_start or line.end
    if line.kind == "field" and line.label and line.label.casefold() in lay.attendance:
        role = lay.attendance[line.label.casefold()]
        if role == "present" and line.label.casefold() in _MEMBER_LABELS and doc.meta.doc_type != "minutes":
            role = "members"
        if role == "members" and line.value and line.value_start is not None and \
                not _starts_with_person(doc, line.value_start, line.end):
            return None  # "Membership: Northshire Council, Northshire Police and ...": organisations, for lists
        return role, line.value_start or line.end
    if line.kind == "row":
        return _row_label(doc, line)
    text = line.content
    colon = text.find(":")
    if 0 < colon <= 110 and _label_role(text[:colon]) and _starts_with_person(doc, line.content_start + colon + 1,
                                                                             line.end):
        # "Members of the Joint Scrutiny Committee present: Councillor ..."
        return _label_role(text[:colon]), line.content_start + colon + 1
    if 0 < colon <= 110 and not text[colon + 1 :].strip() and _FROM_ORGANISATION.search(text[:colon]) and \
            _label_role(text[:colon]) == "also":
        # "In attendance from the Fire Authority's Office:", the names on the lines below
        return "also", line.end
    m = lay.attendance_re.match(text)
    if not m and line.kind in ("heading", "text", "field") and doc.meta.doc_type != "minutes" and \
            _NAMED_MEMBERSHIP.fullmatch(text.strip()):
        return "members", line.end  # "Partnership members", "Eastmoor CSP membership (2025/26)": the names below
    if not m:
        inline = _INLINE_APOLOGIES.search(text)
        if inline and _starts_with_person(doc, line.content_start + inline.end(), line.end):
            # "It was noted that apologies had been sent in by Cllr ..."
            return "apologies", line.content_start + inline.end()
        gave = _GAVE_APOLOGIES.search(text)
        if gave and _starts_with_person(doc, line.content_start, line.end) and \
                not _SAID_BEFORE_APOLOGIES.search(text, 0, gave.start()):
            # "Councillor Ruth Quennell and Nadia Frost, Superintendent, gave their apologies."
            return "apologies-before", line.content_start
        return None
    label = text[: m.end()].rstrip(" :-–").casefold()
    role = lay.attendance.get(label)
    if role is None:
        for key, value in lay.attendance.items():
            if label.startswith(key):
                role = value
                break
    if role is None:
        return None
    if role == "present" and label in _MEMBER_LABELS and doc.meta.doc_type != "minutes":
        role = "members"  # "Members:" in terms of reference or an agenda lists the membership, not attendance
    rest_start = line.content_start + m.end()
    rest = doc.text[rest_start : line.end]
    lead = _LEAD_IN.match(rest)
    rest_start += lead.end() if lead else 0
    remaining = doc.text[rest_start : line.end].strip()
    if role == "present" and _AT_THE_MEETING.fullmatch(remaining):
        return role, line.end  # "3.0 Attendance at the Board meeting of 11 January 2024", the names below
    if role == "members" and _MEMBERSHIP_SCOPE.fullmatch(remaining) and not _over_headed_table(doc, line):
        # "Membership of the Partnership", "Members (as at April 2025)": whose list it is, or when; the names
        # are on the lines below, and _owner reads the body the label names
        return role, line.end
    # "Apologies" as an agenda heading with no names after it is not a block of names by itself
    if remaining and not _starts_with_person(doc, rest_start, line.end) and line.kind != "field":
        if not re.match(r"^(?:none|nil|no apologies)", remaining, re.I):
            return None
    return role, rest_start


_FROM_ORGANISATION = re.compile(r"(?i)\b(?:from|for)\s+(?:the\s+)?[A-Z]")
_PRESENCE_WORD = re.compile(r"(?i)present|attend")


def _under_membership(doc: ExtractionDoc, i: int) -> bool:
    """Whether line I sits under a "Membership" heading or field, a few lines up at most."""
    lay = layout()
    seen = 0
    for line in reversed(doc.layout.lines[max(0, i - 8) : i]):
        if line.kind == "blank":
            continue
        label = (line.label if line.kind == "field" and line.label else line.text).strip().rstrip(":").casefold()
        if lay.attendance.get(label) == "members":
            return True
        seen += 1
        if seen >= 3 or lay.attendance.get(label) is not None:
            return False
    return False


def _row_label(doc: ExtractionDoc, line: Line) -> tuple[str, int] | None:
    """A table row whose first cell is an attendance label ("Present:", "Apologies:") opens a block."""
    if not line.cells:
        return None
    a, b = line.cells[0]
    label = doc.text[a:b].strip().rstrip(":").casefold()
    role = layout().attendance.get(label)
    if role is None:
        return None
    return role, (line.cells[1][0] if len(line.cells) > 1 else line.end)


def _starts_with_person(doc: ExtractionDoc, start: int, end: int) -> bool:
    while start < end and doc.text[start] in " \t-–•*:":
        start += 1
    titled = _TITLED_WORD.match(doc.text, start, end)
    if titled is not None and _titled_surname(doc, titled.start(), titled.end()):
        return True
    if not may_start_with_person(doc.text, start, end):
        return False  # settled by the first names of the span, without reading the rest
    if _POSTCODE.search(doc.text, start, min(end, start + 120)):
        return False  # "Committee Room 2, Town Hall, Anytown AB1 2CD": where the meeting was, not who
    if "£" in doc.text[start:end]:
        return False  # "Multiple | Safer Bromsgrove | £24,595": a row of a grants table, not of an attendance list
    found = doc.mentions(start, end, expect_person=True)
    return bool(found) and found[0].kind == "person" and found[0].start - start <= 2


_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")


_LIST_DATE = re.compile(r"\s*(?:\([^()]*\)|(?:for\s+|in\s+)?(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?)\s*$")


_STANDS_FOR = re.compile(r"\b(?:for|on behalf of|in place of|substituting|deputising|deputi[sz]ing for)\s*$", re.I)


def _owner(doc: ExtractionDoc, i: int, label_line: Line) -> Entity | None:
    """The body a membership block lists the members of: named in its label ("Staff of the Partnership"), in
    the heading above it, or the paper's own body."""
    for line in (label_line, doc.layout.heading_before(i, limit=8)):
        if line is None:
            continue
        end = line.value_start if line.kind == "field" and line.value_start else line.end
        of = _MEMBERS_OF.search(doc.text, line.content_start, end)
        if of:
            # "Membership of the YJMB (June 2024):": the bracket dates the list and is no part of the body's name
            ref = _LIST_DATE.sub("", doc.text[of.end() : end].strip(" :")).strip(" :")
            found = doc.resolver.back_reference(ref, line.start) if ref.split()[-1:] and len(ref.split()) == 1 \
                else None
            if found is not None:
                return found
            if len(ref.split()) > 1:
                return doc.resolver.body_named(ref)
        if line is label_line and _NOT_A_LABEL.search(doc.text, line.content_start, line.end) and \
                not _MEMBERSHIP_CUE.search(doc.text, line.content_start, line.end):
            # the last sentence of a paragraph before a table ("..., Northdale CBC; the other co-chair is ..."):
            # a body it names in passing is not the body the table lists the members of
            continue
        for m in doc.mentions(line.content_start, end):
            if m.kind == "body" or (m.kind == "name" and m.head == "acronym"):
                e = doc.resolver.entity(m)
                if e is not None and e.kind == "body":
                    return e
    # a members' list whose label names no body: the section's body ("Membership" under "3. Safer Hillford
    # Partnership Board"), else the paper's own
    return doc.scope_body(label_line.start) or doc.body


_LABEL_ANYWHERE = re.compile(
    r"(?:(?<=[\s.;,)])|^)(?P<label>Present|Members present|Councillors present|In attendance|Also in attendance|"
    r"Also present|Also attending|Officers present|Officers in attendance|Apologies(?: for absence)?(?: received)?|"
    r"Absent|Substitutes?)\s*:\s*"
    # an agenda item of apologies, numbered and run on without a colon: "1 Apologies for Absence Jo Lee – ..."
    r"|(?<=\d\s)(?P<item>Apologies for absence)\s+(?=[A-Z])",
    re.I,
)

# one of these every match of _LABEL_ANYWHERE holds ("present", "apologies", "absent", ...)
_LABEL_WORDS = required_strings(_LABEL_ANYWHERE)

# an agenda item that a converter ran on after the names: its number and the usual opening items' words
_AGENDA_ITEM = re.compile(r"\s(?:Item\s+(?:Minute\s+)?|\d{1,2}\.?\s+)(?:Welcome|Introductions?|Declarations?\b|"
                          r"Minutes\b|Matters\s+Arising|Chair['’]s\s+(?:Welcome|Announcements)|"
                          r"Any\s+Other\s+Business|Notes\s+of)")


def _inline_labels(doc: ExtractionDoc, line: Line) -> list[tuple[str, int, int]]:
    """Labelled runs of names inside one long line, when a label does not start it (a converter ran the
    heading, "Present:" and "Apologies:" together)."""
    if line.kind == "row" or len(line.text) < 40:
        return []
    if _LABEL_WORDS is not None and not doc.holds(_LABEL_WORDS, line.content_start, line.end):
        return []  # no label's words: substring tests, not the look-behinds tried at every character
    found = list(_LABEL_ANYWHERE.finditer(doc.text, line.content_start, line.end))
    if not found or found[0].start() == line.content_start:
        return []
    out: list[tuple[str, int, int]] = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else line.end
        item = _AGENDA_ITEM.search(doc.text, m.end(), end)
        if item:
            end = item.start()  # "... North Norfolk CCG 2 Welcome and Introductions The Chair ...": the run ends
        label = m.group("label") or m.group("item")
        role = layout().attendance.get(label.casefold()) or _label_role(label)
        if role and _starts_with_person(doc, m.end(), end):
            said = doc.text[line.content_start if k == 0 else found[k - 1].end() : m.end()]
            if role == "present" and _MEMBERS_PRESENT.search(said[-120:]):
                role = "members_present"
            out.append((role, m.end(), end))
    return out


def _paragraph_end(doc: ExtractionDoc, i: int, end: int) -> int:
    """The end of the paragraph line I starts, when the line runs on ("... Mina Rowe (NHS Cumbria), Colin" /
    "Beech (Victim Support), ...") rather than ending its sentence."""
    lines = doc.layout.lines
    j = i
    while j + 1 < len(lines) and lines[j + 1].kind in ("text", "heading") and \
            not re.search(r"[.:;]\s*$", lines[j].text) \
            and len(lines[j].text) >= 60:
        j += 1
    return lines[j].end if j > i else end


def _unlabelled_block(doc: ExtractionDoc) -> tuple[int, int] | None:
    """Minutes that list those present without a label: a run of three or more lines near the top, most of them
    starting with a person, before the first numbered item or attendance label."""
    if doc.meta.doc_type != "minutes":
        return None
    lines = doc.layout.lines
    run: list[int] = []
    misses = 0  # lines in a row since the last that starts with a person ("Frank  Resident" is one)
    for i, line in enumerate(lines[:120]):
        if line.kind == "blank":
            continue
        if _label(doc, line) is not None or (line.kind == "heading" and line.number and (run or i > 8)):
            break
        start = line.cells[0][0] if line.kind == "row" and line.cells else line.content_start
        if _starts_with_person(doc, start, line.end):
            run.append(i)
            misses = 0
        elif run:
            misses += 1
            if misses > 1 or line.kind != "row":
                if len(run) >= 3:
                    break
                run, misses = [], 0
    if len(run) >= 3:
        return run[0], run[-1] + 1
    return None


# "Apologies received from the people named above.", "Apologies: those listed above": the apologies are names
# the paper has already listed
_APOLOGIES_ABOVE = re.compile(r"(?i)\bapolog\w*\b[^.;:]{0,40}?[:\s]\s*(?:from\s+|by\s+)?(?:the|those)\s+"
                              r"(?:(?:people|persons|members|names|officers|partners)\s+)?"
                              r"(?:named|listed|shown|set out)\s+above\b")


def _apologies_group(doc: ExtractionDoc, first: int, last: int) -> int | None:
    """The first line of the second of two groups of names an unlabelled block is split into by blank lines, when
    the next lines say the apologies came from the people named above: the group set apart is of those who sent
    them. None when the block is one group, or more than two, or nothing refers back to it."""
    lines = doc.layout.lines
    starts = [k for k in range(first + 1, last) if lines[k].kind != "blank" and lines[k - 1].kind == "blank"]
    if len(starts) != 1:
        return None
    following = [ln for ln in lines[last : last + 12] if ln.kind != "blank"][:4]
    if not any(_APOLOGIES_ABOVE.search(ln.text) for ln in following):
        return None
    return starts[0]


def _blocks(doc: ExtractionDoc) -> Iterator[tuple[str, list[tuple[int, int, tuple]], Entity | None]]:
    lines = doc.layout.lines
    unlabelled = _unlabelled_block(doc)
    if unlabelled is not None:
        first, last = unlabelled
        segments = [(ln.start, ln.end, ln.cells if ln.kind == "row" else ())
                    for ln in lines[first:last] if ln.kind != "blank"]
        doc.claimed.update(range(first, last))
        split = _apologies_group(doc, first, last)
        if split is None:
            for marked, rows in _by_marks(doc, "present", segments):
                yield marked, rows, doc.body
        else:
            yield "present", [x for x in segments if x[0] < lines[split].start], doc.body
            yield "apologies", [x for x in segments if x[0] >= lines[split].start], doc.body
    i = 0
    while i < len(lines):
        if i in doc.claimed:
            i += 1
            continue
        inline = _inline_labels(doc, lines[i])
        if inline:
            # "Minutes of the Meeting held on ... Present: A – Chair, B ... In attendance: C ... Apologies: D"
            doc.claimed.add(i)
            for role, start, end in inline:
                yield role, [(start, end, ())], doc.body
            i += 1
            continue
        columns = _side_by_side(doc, i)
        if columns is not None:
            # "Attendees<tab>Apologies" over two columns of names: each column is a block of its own
            nxt, blocks = columns
            doc.claimed.update(range(i, nxt))
            for role, segments in blocks:
                yield role, segments, doc.body
            i = nxt
            continue
        opened = _label(doc, lines[i])
        if opened is None:
            table_role = _attendance_table_role(doc, i)
            if table_role:
                role, segments, nxt = table_role
                doc.claimed.update(range(i, nxt))
                # (not the section's body, scope_body: measured on an unread set, that gave a members table six
                # wrong owners and no right one)
                owner = (_table_opener_owner(doc, i) if role == "members" else None) or doc.body
                for marked, rows in _by_marks(doc, role, segments):
                    yield marked, rows, owner
                i = nxt
                continue
            i += 1
            continue
        role, names_start = opened
        if role == "present" and _MEMBERS_PRESENT.search(doc.text[lines[i].content_start : names_start]):
            role = "members_present"  # "Members of the Committee present:": who came, and who sits on it
        if role == "present" and not _PRESENCE_WORD.search(doc.text[lines[i].content_start : names_start]) and \
                _under_membership(doc, i):
            role = "members"  # "Membership: 2024/25" then "Councillors: ...": who sits on it, not who came
        if role == "members" and not doc.text[names_start : lines[i].end].strip() and _seats_follow(doc, i):
            i += 1  # "Statutory members" over "Northshire Police .... Supt Jo Lee": rosters reads the seats
            continue
        owner = _owner(doc, i, lines[i]) if role == "members" else doc.body
        segments: list[tuple[int, int, tuple]] = []
        line = lines[i]
        if role == "apologies-before":
            doc.claimed.add(i)  # the line is read; later rules leave it alone
            gave = _GAVE_APOLOGIES.search(doc.text, names_start, line.end)
            yield "apologies", [(names_start, gave.start() if gave else line.end, ())], owner
            i += 1
            continue
        if line.kind == "row":
            cells = tuple(c for c in line.cells if c[0] >= names_start)
            if cells:
                segments.append((names_start, line.end, cells))
        elif doc.text[names_start : line.end].strip():
            end = _paragraph_end(doc, i, line.end)
            # "Apologies: Jo Lee (Director of Housing). Sam Reed attended as substitute for Jo Lee.": the block's
            # names end where a sentence with a verb of its own begins, after a label with a verb, or after a bare
            # "Apologies:" at a full stop
            said = _SENTENCE_END.search(doc.text, names_start, end) if role == "apologies" else None
            if _VERB_LEAD.search(doc.text[line.content_start : names_start]) or (
                    said is not None and said.group(0).startswith(".")):
                # "Apologies had been sent by Cllrs A and B. Cllr C was present in place of ...": a sentence
                stop = _SENTENCE_END.search(doc.text, names_start, end)
                if stop:
                    stand_in = _standing_in(doc, stop.end(), _paragraph_end(doc, i, line.end))
                    if stand_in is not None:
                        yield "substitutes", [stand_in], owner
                end = stop.start() + 1 if stop else end
            segments.append((names_start, end, ()))
        j = i + 1
        blanks = 0
        while j < len(lines) and j - i < 80:
            nxt = lines[j]
            if nxt.kind == "blank":
                blanks += 1
                if blanks > 1 and not segments:
                    break
                j += 1
                continue
            if _label(doc, nxt) is not None:
                break
            if segments and not segments[-1][2] and nxt.start <= segments[-1][1]:
                j += 1  # already taken into the paragraph before
                continue
            if re.fullmatch(r"\d{1,3}", nxt.text.strip()):
                j += 1  # a page number the converter left between the names
                continue
            if nxt.kind == "row" and "£" in doc.text[nxt.start : nxt.end]:
                break  # "Violence & Abuse | BME Domestic Abuse Project | £10,000": a grants table has begun
            if nxt.kind == "row" and not segments and _in_seat_table(doc, nxt):
                break  # the label heads a table of seats, which rosters.seat_tables reads by its columns
            if nxt.kind == "row":
                if nxt.cells:
                    segments.append((nxt.start, nxt.end, nxt.cells))
                j += 1
                blanks = 0
                continue
            if nxt.kind in ("heading", "bullet") and nxt.number and nxt.number[0].isdigit() and \
                    _UPPER_ITEM.search(nxt.text):
                break  # "28.   DISCLOSURES OF INTEREST": the agenda has begun
            if nxt.kind == "heading" and nxt.number and not _starts_with_person(doc, nxt.content_start, nxt.end):
                break  # a numbered item of the agenda; "1. Jo Lee – Northshire Police" is a numbered entry
            if nxt.kind == "field" and (nxt.label or "").casefold() not in layout().attendance:
                break
            if _PROSE_VERB.search(nxt.text):
                break  # "Cllr Ava Ncube said that ...": the minutes' prose has begun
            if blanks and _IN_THE_CHAIR.match(nxt.text):
                break  # "Councillor Dhaliwal in the Chair", set apart: who chaired, not one more apology
            if segments and not segments[-1][2] and _bracket_carried(doc.text, segments[-1], nxt):
                # "Inspector Kit Boone (Partnership" / "Inspector, NW BCU) and Lee Whit": the bracket goes on, and
                # the two lines are read as one
                segments[-1] = (segments[-1][0], nxt.end, ())
                j += 1
                continue
            if not _starts_with_person(doc, nxt.content_start, nxt.end):
                following = next((x for x in lines[j + 1 : j + 3] if x.kind != "blank"), None)
                if len(nxt.text.split()) <= 5 and not re.search(r"[.;]$", nxt.text) and following is not None and \
                        not _PROSE_VERB.search(following.text) and \
                        _starts_with_person(doc, following.content_start, following.end):
                    j += 1  # a sub-heading inside the list ("Joining via Teams", "Officers")
                    continue
                break
            segments.append((nxt.content_start, nxt.end, ()))
            blanks = 0
            j += 1
        doc.claimed.update(range(i, j))
        for marked, rows in _by_marks(doc, role, segments):
            yield marked, rows, owner
        i = max(j, i + 1)


# "Nik Amin (Head of Youth Justice) attended as substitute for Sara Ekwe": who came in an absent member's place
_STOOD_IN = re.compile(r"\s+(?:attended|was present|deputised|substituted)\s+(?:as\s+(?:a\s+|the\s+)?substitute\s+)?"
                       r"(?:for|in place of|on behalf of)\b")


def _standing_in(doc: ExtractionDoc, start: int, end: int) -> tuple[int, int, tuple] | None:
    """The person (with what describes them) a sentence after an apologies list says came in someone's place."""
    m = _STOOD_IN.search(doc.text, start, end)
    if m is None or not _starts_with_person(doc, start, m.start()) or re.search(r"[.;]", doc.text[start : m.start()]):
        return None
    return start, m.start(), ()


def _bracket_carried(text: str, segment: tuple[int, int, tuple], nxt: Line) -> bool:
    """The segment's last line leaves a bracket open and the next line closes it, before opening another."""
    a, b, _ = segment
    last = text[text.rfind("\n", a, b) + 1 : b]
    line = text[nxt.start : nxt.end]
    close, open_ = line.find(")"), line.find("(")
    return last.count("(") > last.count(")") and close >= 0 and (open_ < 0 or close < open_)


def _side_by_side(doc: ExtractionDoc, i: int) -> tuple[int, list[tuple[str, list]]] | None:
    """A header row of attendance labels side by side ("Attendees | Apologies") and the rows under it, read
    column by column: (the line after the table, [(role, segments)]). A line with one cell, after the rows, is in
    the first column, the other being empty there."""
    line = doc.layout.lines[i]
    if line.kind != "row" or len(line.cells) < 2:
        return None
    roles = [layout().attendance.get(doc.text[a:b].strip().rstrip(":").casefold()) for a, b in line.cells]
    if None in roles or len(set(roles)) < 2 or "members" in roles:
        return None
    columns: list[list[tuple[int, int, tuple]]] = [[] for _ in roles]
    end = i + 1
    for j, cells in _person_rows(doc, i, len(roles)):
        for k, (a, b) in enumerate(cells):
            columns[k].append((a, b, ()))
        end = j + 1
    if end == i + 1:
        return None
    return end, [(role, segments) for role, segments in zip(roles, columns, strict=True) if segments]


_TABLE_ROLE_WORDS = (
    ("apologies", re.compile(r"\bapolog", re.I)),
    ("also", re.compile(r"\b(?:in attendance|also|officers|attendees|support|guests|advisers|advisors|observers)\b",
                        re.I)),
    ("present", re.compile(r"\b(?:present|members?|attendance|core)\b", re.I)),
)


def _seats_follow(doc: ExtractionDoc, i: int) -> bool:
    """Rows of an organisation and its seats come under line I (see rosters.organisation_seat_rows)."""
    from .rosters import organisation_seat_rows, seat_rows  # rosters reads lists with this module's helpers

    return organisation_seat_rows(doc, seat_rows(doc.layout.lines, i + 1))


def _attendance_table_role(doc: ExtractionDoc, i: int) -> tuple[str, list, int] | None:
    """A table of names under a heading such as "Attendance" or with a "Name" column: (role, rows, next line)."""
    line = doc.layout.lines[i]
    if line.kind != "row":
        return None
    table = next((t for t in doc.layout.tables if t.rows and t.rows[0].start <= line.start <= t.rows[-1].start), None)
    if table is None or table.rows[0] is not line and not (table.rows and table.rows[0].label == "separator"):
        if table is None or line is not table.rows[0]:
            return None
    if _organisation_first(doc, seat_header(doc, table)):
        return None  # "Organisation | Representative | Role": a table of seats, read by rosters.seat_tables
    from .rosters import organisation_seat_rows  # rosters reads lists with this module's helpers

    if not table.header and organisation_seat_rows(doc, table.rows):
        return None  # "Northshire Police .... Supt Jo Lee (Commander)": an organisation's seats, read by rosters
    heading = doc.layout.heading_before(i, limit=6)
    header = " ".join(table.header)
    title = (heading.label or heading.text) if heading else ""
    role = None
    for name, pattern in _TABLE_ROLE_WORDS:
        if pattern.search(title) or pattern.search(header):
            role = name
            break
    if role == "present" and doc.meta.doc_type != "minutes" and not _PRESENCE_WORD.search(f"{title} {header}"):
        role = "members"  # "Board member | Organisation" on a web page or in terms of reference: who sits on it
    if role is None and doc.meta.doc_type == "minutes" and any(
        re.fullmatch(r"names?|members?|attendees?|councillors?", h.strip()) for h in table.header
    ):
        role = "present"  # a minutes' table of names and organisations is its attendance
    if role is None or not _names_table(doc, table):
        return None
    segments: list[tuple[int, int, tuple]] = []
    for row in table.body_rows():
        segments.append((row.start, row.end, row.cells))
    last = doc.layout.lines.index(table.rows[-1])
    return role, segments, last + 1


def _by_marks(doc: ExtractionDoc, role: str, segments: list) -> list[tuple[str, list]]:
    """An attendance table's rows parted by what says each row's role: a section row ("| Apologies | |", "In
    attendance" alone in the first column) sets the role of the rows under it, and a column of marks ("Name |
    Agency | Attended" over "Y", "N", "Apols") the role of its own row: a "Y" keeps the role, apologies are
    apologies, an absent member's row (or a mark not understood) gives no attendance. A table of who sits on a
    body (role "members") keeps every row as a member, marked or not; so does a table with no marks or sections."""
    from .tables import marks_columns, row_mark, section_role, table_of  # tables types the columns read here

    first = next((s for s in segments if s[2]), None)  # the block's first row of cells
    line = doc._line_at(first[0]) if first is not None and role in _MEETING_ROLES else None
    table = table_of(doc, line) if line is not None and line.kind == "row" else None
    if table is None:
        return [(role, segments)]
    columns = marks_columns(doc, table)
    rows = {row.start: row for row in table.rows}
    parted: dict[str, list] = {}
    current: str | None = role
    for segment in segments:
        row = rows.get(segment[0])
        section = section_role(doc, row) if row is not None else None
        if section is not None:
            # "Members" or "Present" keeps the table's own role; a section the meeting roles do not know (a list
            # of substitutes, of those absent) gives its rows no attendance
            current = role if section in ("present", "members", "members_present") else \
                section if section in ("also", "apologies") else None
            continue
        said = row_mark(doc, row, columns, table.header) if row is not None and columns else None
        if columns and row is not None and row is not table.rows[0] and (said == "absent" or (
                said is None and _unread_mark(doc, row, columns))):
            continue  # marked absent, or a mark not understood: whether they came is unclear
        if current is None:
            continue
        parted.setdefault("apologies" if said == "apologies" else current, []).append(segment)
    return list(parted.items())


_MEETING_ROLES = frozenset({"present", "members_present", "also"})


def _unread_mark(doc: ExtractionDoc, row: Line, columns: list[int]) -> bool:
    """ROW holds a cell in a marks column whose mark is not one the lexicon knows ("tbc", "?")."""
    from .tables import mark, slotted

    slots = slotted(doc, row) if len(columns) == 1 else None
    cell = slots.get(columns[0]) if slots is not None else None
    return cell is not None and mark(doc.text[cell[0] : cell[1]]) is None


def seat_header(doc: ExtractionDoc, table: Table) -> list[str]:
    from .rosters import seat_header as header  # rosters reads lists with this module's helpers

    return header(doc, table)


def _in_seat_table(doc: ExtractionDoc, line: Line) -> bool:
    """LINE is a row of a table whose header puts the organisations first and names the people's column."""
    table = next((t for t in doc.layout.tables if t.rows and t.rows[0].start <= line.start <= t.rows[-1].start),
                 None)
    return table is not None and _organisation_first(doc, seat_header(doc, table))


def _organisation_first(doc: ExtractionDoc, header: list[str]) -> bool:
    """The table's first column holds the organisations and another the people who sit for them."""
    from .rosters import seat_columns  # rosters reads lists with this module's helpers

    columns = seat_columns(doc, header) if header else None
    return columns is not None and columns[0] == 0


def _table_opener_owner(doc: ExtractionDoc, i: int) -> Entity | None:
    """The body a table of members belongs to when the line before it opens it by naming that body ("The Youth
    Justice Management Board oversees the service. Board members at June 2024:"): a paper about a service lists
    its board's members, not the service's."""
    from .lists import _opener_of  # lists reads entries with this module's helpers

    opener = doc.layout.line_before(i)
    if opener is None or not opener.text.rstrip().endswith(":"):
        return None
    opened = _opener_of(doc, opener)
    if opened is None or opened[0] != "member_of" or opened[1].kind != "body":
        return None
    return opened[1]


def _names_table(doc: ExtractionDoc, table: Table) -> bool:
    rows = table.body_rows()
    if not rows:
        return False
    people = sum(1 for r in rows if r.cells and _starts_with_person(doc, *r.cells[0]))
    return people >= max(1, len(rows) // 2)


# -- entries


def list_entries(doc: ExtractionDoc, start: int, end: int, cells: tuple) -> Iterator[Entry]:
    """The people of an attendance segment, each with the text that describes them.

    Pieces are cut at commas, semicolons and dashes; inside a piece every person starts a new entry, so a
    line that a converter ran together ("Dev Anand Leicestershire County Council Tom Okafor Blaby District
    Council") still gives one entry per person."""
    if cells:
        yield from _row_entries(doc, cells)
        return
    # the plural title may have been read as the line's label ("Councillors J Dane, A Pike ...")
    plural = _PLURAL_LIST.search(doc.text, start, end)
    if plural is None:
        back = _PLURAL_LIST.search(doc.text, max(0, start - 13), end)
        plural = back if back is not None and back.start("names") == start else None
    if plural:
        # "Councillors Bulled, Campbell and York": each surname is a councillor of its own
        before_end = plural.start()
        if doc.text[start:before_end].strip(" ,;:"):
            yield from list_entries(doc, start, before_end, ())
        for m in _LISTED.finditer(plural.group("names")):
            a, b = plural.start("names") + m.start("name"), plural.start("names") + m.end("name")
            entry = Entry(Mention(a, b, "person", m.group("name"), title="Cllr"), a, b)
            if m.group("bracket"):
                entry.descriptors.append((plural.start("names") + m.start("bracket"),
                                          plural.start("names") + m.end("bracket")))
            yield entry
        if doc.text[plural.end() : end].strip(" ,;:."):
            yield from list_entries(doc, plural.end(), end, ())
        return
    current: Entry | None = None
    for a, b in _pieces(doc, start, end):
        persons = [m for m in doc.mentions(a, b, expect_person=True) if m.kind == "person"]
        persons = [m for m in persons if not _describing_bracket(doc.text, a, b, m, persons)]
        stray = _STRAY_STOP.match(doc.text, a, b) if not persons else None
        if stray and looks_like_person([stray.group(1), stray.group(2)]):
            # "Tessa. Marlow (Northvale County Council)": a full stop typed inside a name
            persons = [Mention(a, stray.end(), "person", f"{stray.group(1)} {stray.group(2)}")]
        titled = _TITLED_WORD.fullmatch(doc.text, a, b) if not persons else None
        if titled and _titled_surname(doc, a, b):
            persons = [Mention(a, b, "person", titled.group("word"), title=titled.group("title"))]
        if not persons and current is not None and not current.descriptors and _lone_surname(doc, current, a, b):
            # "Cllr W Halloway, Ibsworth, Pereira and Cllr Ng": surnames alone between titled names are people too
            yield current
            title = current.person.title or current.person.extra.get("listed_title")
            current = Entry(Mention(a, b, "person", doc.text[a:b], extra={"listed_title": title}), a, b)
            continue
        if not persons:
            if current is not None:
                current.descriptors.append((a, b))
                current.end = b
            continue
        # "... and from Residents Panel representative Jo Lee": a new person with her own seat, who neither
        # describes nor stands in for the one before
        fresh = _AND_FROM.search(doc.text, max(start, a - 12), a) is not None
        if current is not None and persons[0].start > a + 2 and not fresh and \
                post_before_bracket(doc.text, a, persons[0]) is None:
            current.descriptors.append((a, persons[0].start))
        if not fresh and _SUBSTITUTE.search(doc.text[a : persons[0].start]) and doc.text[a : persons[0].start].strip():
            persons = persons[1:]  # ", who was represented by Cllr Ellie Moss": the stand-in was not absent
            if not persons:
                continue
        skip = set()
        for k in range(len(persons) - 1):
            between = doc.text[persons[k].end : persons[k + 1].start]
            if _SUBSTITUTE.search(between):
                skip.add(k + 1)  # "L Duarte substituted for S Prowse": only the substitute was there
        persons = _with_shared_title(doc, persons, a, b)
        for k, person in enumerate(persons):
            if k in skip:
                continue
            if current is not None:
                yield current
            nxt = persons[k + 1].start if k + 1 < len(persons) else b
            current = Entry(person, person.start, nxt)
            own = post_before_bracket(doc.text, persons[k - 1].end if k else a, person)
            if own is not None and _says_who(doc, own):
                current.descriptors.append(own)
            # "Head of Housing (Mr Jo Lee); Licensing Manager (Ms Ann Orme)": the next name's post is the next
            # name's, so this entry's own words end where it begins
            following = post_before_bracket(doc.text, person.end, persons[k + 1]) if k + 1 < len(persons) else None
            tail = following[0] if following is not None else nxt
            if doc.text[person.end : nxt].strip() == "/":
                # "Jo Lee/Sam Reed (Community Safety Team Leaders)": one description for both names
                current.descriptors.append((persons[-1].end, b))
            elif doc.text[person.end : tail].strip(" ,:-–)"):
                current.descriptors.append((person.end, tail))
    if current is not None:
        yield current


# a bracket opening right before a name, with at most its title words inside it: "Community Safety Manager (Ms "
_OPENS_ON_NAME = re.compile(r"\(\s*(?:[A-Z][a-z]*\.?\s+){0,2}\Z")


def post_before_bracket(text: str, since: int, person: Mention) -> tuple[int, int] | None:
    """The words from SINCE up to a bracket that holds PERSON and closes after them ("Community Safety Manager (Ms Jo
    Lee)", "Westshire Police (Insp Sam Reed)"): what the entry says its person is, written before the name. None
    when PERSON stands in no such bracket or no words come before it."""
    opened = _OPENS_ON_NAME.search(text, since, person.start)
    if opened is None or not text[person.end : person.end + 3].lstrip(" ").startswith(")"):
        return None
    a, b = since, opened.start()
    while a < b and (text[a] in " \t\n),;:-–•*"):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b <= a or "(" in text[a:b] or ")" in text[a:b]:
        return None
    return a, b


def _says_who(doc: ExtractionDoc, span: tuple[int, int]) -> bool:
    """The words of SPAN open with a post or an organisation: what an entry says its person is, not the tail of a
    post the line's commas cut ("Cabinet Member for Communities, Neighbourhoods and Safety (Cllr Jo Lee)")."""
    found = doc.mentions(*span)
    return bool(found) and found[0].start == span[0] and found[0].kind in ("post", "body")


def _describing_bracket(text: str, a: int, b: int, m: Mention, persons: list[Mention]) -> bool:
    """M stands inside a bracket that describes the person before it: "Ana Petrov (Compass Wigan)", or the
    bracket's end carried onto the next line ("Kit Boone (Partnership / Inspector, NW BCU)"). A bracket after an
    organisation may list its people ("Wigan Council (Cllr Ann Bell)"); those are present."""
    depth, opened = 0, -1
    for i in range(a, m.start):
        if text[i] == "(":
            depth, opened = depth + 1, i if depth == 0 else opened
        elif text[i] == ")" and depth:
            depth -= 1
    if depth:
        # (a bracket after another entry's words is that entry's: "Manager (Ms Jo Lee) Analyst (Mr Sam Reed)")
        last = max((p.end for p in persons if p.end <= opened), default=None)
        return last is not None and post_before_bracket(text, last, m) is None
    close, open_ = text.find(")", m.end, b), text.find("(", m.end, b)
    return not any(p.start < m.start for p in persons) and close >= 0 and (open_ < 0 or close < open_) and \
        "(" not in text[a : m.start]


_STRAY_STOP = re.compile(r"([A-Z][a-z]{2,})\.\s([A-Z][a-z'’-]{2,})(?=\s*(?:\(|[,;]|$))")
_SURNAME_ONLY = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
_PERSON_TITLES = frozenset({"Cllr", "Councillor", "Mr", "Mrs", "Ms", "Miss", "Dr"})


# a personal title and one capitalised word, ending a piece: "and Cllr Page" (the word may be a common noun too)
_TITLED_WORD = re.compile(r"(?P<title>Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s(?P<word>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
                          r"(?=\s*(?:[,;.]|\s(?:and|&)\s|$))")


def _titled_surname(doc: ExtractionDoc, a: int, b: int) -> bool:
    """TEXT[a:b] is a title and a surname that the lexicon also knows as a word ("Cllr Page", "Mr Page"):
    after a personal title in a list of people a single capitalised word can only be a surname, unless it is a
    word of posts, bodies or places ("Cllr Support Officer" is no person)."""
    m = _TITLED_WORD.fullmatch(doc.text, a, b)
    if m is None:
        return False
    word = m.group("word")
    n, h = names(), heads()
    return not (word in n.job_words or word in n.postnominals or word.casefold() in n.parties or
                word in h.body or word in h.post_trailing or chair_role(word) or placenames.is_place(word) or
                word in acronyms())


def _lone_surname(doc: ExtractionDoc, current: Entry, a: int, b: int) -> bool:
    """TEXT[a:b] is a surname written alone after a titled person, not a word that describes them."""
    word = doc.text[a:b]
    title = (current.person.title or current.person.extra.get("listed_title") or "").rstrip(".")
    if title not in _PERSON_TITLES or not _SURNAME_ONLY.fullmatch(word):
        return False
    n, h = names(), heads()
    if word in n.not_names or word in n.job_words or word in n.postnominals or word.casefold() in n.parties or \
            word in h.body or word in h.post_trailing or word.casefold() in h.generic_words or \
            chair_role(word) or placenames.is_place(word) or word in _NOT_ORGANISATION:
        return False
    found = doc.mentions(a, b, expect_person=True)
    return len(found) == 1 and found[0].kind == "name" and found[0].head is None


# one councillor of such a list: an honorific (if any: "and Mrs T Lowe"), initials (if any) and a surname, and
# a bracket of what the councillor is in the meeting ("C Dane (Vice-Chairman)")
_ITEM = r"(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+(?=[A-Z]))?(?:[A-Z]\.?\s)*[A-Z][\w'’-]+(?:\s*\([^()\n]{1,40}\))?"
_PLURAL_LIST = re.compile(
    rf"\b(?:Councillors|Cllrs)\.?\s+(?P<names>{_ITEM}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_ITEM})+)")
_LISTED = re.compile(r"(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+(?=[A-Z]))?(?P<name>(?:[A-Z]\.?\s)*[A-Z][\w'’-]+)"
                     r"(?:\s*(?P<bracket>\([^()\n]{1,40}\)))?")
_PLURAL_TITLE = re.compile(r"\b(?:Councillors|Cllrs)\.?\s+", re.I)
_SURNAME = re.compile(r"(?:,\s*|\s+(?:and|&)\s+)([A-Z][a-z'’-]+(?:-[A-Z][a-z]+)?)\b")


def _with_shared_title(doc: ExtractionDoc, persons: list[Mention], a: int, b: int) -> list[Mention]:
    """ "Councillors Bowyer and Smith": a plural title gives each following surname its own person."""
    if not persons or not persons[0].title or not _PLURAL_TITLE.match(persons[0].title + " "):
        return persons
    out = [replace(persons[0], title="Cllr")]
    pos = persons[0].end
    while True:
        m = _SURNAME.match(doc.text, pos, b)
        if not m:
            break
        out.append(Mention(m.start(1), m.end(1), "person", m.group(1), title="Cllr"))
        pos = m.end()
    return out + [p for p in persons[1:] if p.start >= pos]


def _pieces(doc: ExtractionDoc, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Top-level pieces of an attendance line: split at commas, semicolons, dashes, and at "and"/"&" before a
    person ("Head of Safety and Partnerships" stays whole), never inside brackets; a bracket stays with the
    piece before it."""
    text = doc.text
    depth = 0
    pos = start
    i = start
    posts: list[tuple[int, int]] | None = None
    # "Kent, Surrey and Sussex Probation Service": a name whose places the commas list is never cut
    whole = [(x.start, x.end) for x in doc.mentions(start, end, expect_person=True)
             if x.kind == "body" and "," in text[x.start : x.end]] if "," in text[start:end] else []
    while i < end:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        # _TOP_SEPARATOR opens with ";", "," or a space: at any other character it cannot match (most of them)
        elif depth == 0 and (c in ";," or c.isspace()) and not any(a < i < b for a, b in whole):
            m = _TOP_SEPARATOR.match(text, i, end)
            if m and m.group(0).strip() in ("and", "&"):
                if posts is None:
                    posts = [(x.start, x.end) for x in doc.mentions(start, end) if x.kind == "post"]
                inside = any(a < i < b for a, b in posts)  # "Head of Patient Safety and Clinical Quality"
                if inside or not _starts_with_person(doc, m.end(), end):
                    m = None
            if m:
                if text[pos:i].strip():
                    yield _strip(text, pos, i)
                pos = i = m.end()
                continue
        i += 1
    if text[pos:end].strip(" .;,"):
        yield _strip(text, pos, end)


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t.;,:-–•*":
        a += 1
    while b > a and text[b - 1] in " \t.;,:":
        b -= 1
    return a, b


def _person_shaped_cell(doc: ExtractionDoc, a: int, b: int) -> bool:
    found = doc.mentions(a, b, expect_person=True)
    person = found[0] if found and found[0].kind == "person" else None
    return person is not None and bool(person.title or person.rank or looks_like_person(person.name.split()) or
                                       len(person.name.split()[0].rstrip(".")) == 1)


def _row_entries(doc: ExtractionDoc, cells: tuple) -> Iterator[Entry]:
    """A row of an attendance table: one person per cell, or a person followed by their role and organisation."""
    if cells and " ".join(doc.text[slice(*cells[0])].split()).strip(" |") in names().vacancies:
        return  # "Vacant | Partnership Manager | DWP": the post is listed, nobody holds it
    orgs = organisation_columns(doc, cells)
    people = [(a, b) for k, (a, b) in enumerate(cells) if k not in orgs and _starts_with_person(doc, a, b)]
    # "Jo Lee | Connexions Northvale": a later cell read as a name is an organisation unless shaped as one
    if len(people) > 1 and len(people) == len(cells) and all(_person_shaped_cell(doc, a, b) for a, b in cells[1:]):
        for a, b in cells:
            yield from list_entries(doc, a, b, ())
        return
    if not people:
        return
    a, b = people[0]
    found = doc.mentions(a, b, expect_person=True)
    entry = Entry(found[0], a, cells[-1][1])
    if doc.text[found[0].end : b].strip(" ,:-–"):
        entry.descriptors.append((found[0].end, b))
    for ca, cb in cells:
        if ca != a:
            entry.descriptors.append((ca, cb))
    yield entry


def organisation_columns(doc: ExtractionDoc, cells: tuple | list) -> set[int]:
    """The cells of a table row that stand under an organisation column's head: a partner whose name is shaped
    like a person's ("Leamington Pubwatch", "BID Eastwick") is not the person the row lists."""
    at = cells[0][0] if cells else -1
    for table in doc.layout.tables:
        if not table.header or not table.rows or not table.rows[0].start <= at <= table.rows[-1].end:
            continue
        if not any(row.start <= at <= row.end for row in table.body_rows()) or len(table.header) != len(cells):
            return set()
        from .tables import head_type  # the one lexicon of column heads

        # "Organisation | Representative | Role" (and "Body", a column of the bodies people come from here)
        return {k for k, head in enumerate(table.header) if head_type(head) == "organisation" or
                head.strip(" |*").casefold() == "body"}
    return set()


# -- facts


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and w[0].isupper())


def _facts(doc: ExtractionDoc, role: str, entry: Entry, owner: Entity | None) -> None:
    r = doc.resolver
    person = r.person(entry.person)
    if person is None:
        return
    initials = _initials(entry.person.name)
    relation = _ROLE_RELATION.get(role)
    # the quote runs to the end of what describes the person ("Jo Lee – Housing Manager, Melton Borough Council")
    span = (entry.start, max([entry.end, *(b for _, b in entry.descriptors)]))
    if relation == "member_of" and not_a_member(doc.text, span[0], span[1]):
        relation = None  # "Service Manager (attends; not a member)": listed with the members, not one of them
    if relation and owner is not None:
        doc.add(person, relation, owner, *span, f"attendance:{role}", 0.95, qualifier=_QUALIFIER.get(role))
        if role == "members_present" and meets_as_body(owner):
            doc.add(person, "member_of", owner, *span, "attendance:members_present", 0.9)
    if entry.person.rank:
        post = r.post_named(entry.person.rank)
        doc.add(person, "holds_post", post, *span, "attendance:rank", 0.9)
    describe_cells(doc, person, owner, joined_entries(doc, entry.descriptors), span, initials)


def _joint_fact(doc: ExtractionDoc, role: str, entry: Entry, other: Entity) -> None:
    """An entry of a joint meeting's list: attended the other body's meeting too. Only that: a chair marker or a
    seat in the entry is the entry's own to place, and apologies are a member's, of whichever body they sit on."""
    person = doc.resolver.person(entry.person)
    if person is None:
        return
    span = (entry.start, max([entry.end, *(b for _, b in entry.descriptors)]))
    doc.add(person, _ROLE_RELATION[role], other, *span, f"attendance:{role}", 0.9, qualifier=_QUALIFIER.get(role))


def describe_cells(doc: ExtractionDoc, person: Entity, owner: Entity | None, cells: list[tuple[int, int]],
                   span: tuple[int, int], initials: str = "") -> None:
    """describe_entry for each descriptor of a person; a post's cell followed by its organisation's cell names the
    post with the organisation."""
    posts = _posts_of_next_cell(doc, cells)
    for a, b in cells:
        if (a, b) in posts:
            doc.add(person, "holds_post", posts[(a, b)], *span, "attendance:post", 0.9)
            continue
        if owner is not None and owner.kind == "body" and _SEAT_ONLY.fullmatch(doc.text[a:b].strip(" |")):
            # "Jo Lee | Member | Northdale Youth Council" under "Role on the Board": a member of the body met
            doc.add(person, "member_of", owner, *span, "attendance:seat", 0.85)
            continue
        describe_entry(doc, person, owner, a, b, span, initials)


def _posts_of_next_cell(doc: ExtractionDoc, cells: list[tuple[int, int]]) -> dict[tuple[int, int], Entity]:
    """ "Jo Lee | Service Manager | Northdale Recovery Services": a cell that holds a post alone, right before a cell
    that holds an organisation alone (a column apart), is that organisation's post, named with it."""
    out: dict[tuple[int, int], Entity] = {}
    for (a, b), (c, d) in zip(cells, cells[1:], strict=False):
        if "\t" not in doc.text[b:c] and "|" not in doc.text[b:c]:
            continue  # descriptors of one piece: describe_entry reads them together
        post = _alone(doc, a, b, "post", tail=_CELL_NOTE)
        department = ""
        if post is None and (cut := _post_and_department(doc, a, b)) is not None:
            post, department = cut  # "Designated Nurse, Safeguarding Children | NHS Northvale ICB"
        if post is not None and _note_marks_chair(doc.text[post.end : b]):
            post = None  # "(chair)" after the post is a marker describe_entry reads
        organisation = _alone(doc, c, d, "body", tail=r"(?:\s*\([^()]{2,40}\))?") or _alone(doc, c, d, "name")
        known = doc.resolver.acronym(organisation.name) if organisation is not None and \
            organisation.kind == "name" and organisation.head == "acronym" else None
        if known is not None and known.kind == "body":
            # "Head of Inclusion | NBC": initials the paper gives a body ("Northvale Borough Council (NBC)")
            organisation = replace(organisation, kind="body", extra={**organisation.extra, "entity": known})
        if organisation is not None and organisation.kind == "name" and (
                organisation.head == "acronym" or not _organisation_like(organisation.name) or
                looks_like_person(organisation.name.split())):
            organisation = None  # (a deputy's name in the next column is nobody's employer)
        if organisation is None and post is not None and _under_organisation_head(doc, c):
            # "Northdale at Home", "Calder Works": under an "Organisation" head the whole cell is the employer's
            # name, however the words of it read on their own
            organisation = _cell_as_name(doc, c, d)
        if post is None or organisation is None or post.role or len(post.name.split()) > 6 or \
                chair_role(post.name) or _SECTOR_REPRESENTATIVE.fullmatch(post.name) or post.name in _BARE_ROLES or \
                _SEAT_ONLY.fullmatch(post.name):
            continue
        held = doc.resolver.entity(post)
        body = organisation.extra.get("entity") or (doc.resolver.entity(organisation) if organisation.kind == "body"
                                                     else doc.resolver.body_named(organisation.name))
        if held is None or held.kind != "post" or body is None or body.kind != "body":
            continue
        if held.name != post.name:
            continue  # the resolver already knows whose post it is ("Director of Public Health, Northdale Council")
        title = f"{post.name}, {department}" if department else post.name
        named = doc.resolver.post_named(f"{title}, {body.name}", written=title)
        out[(a, b)] = doc.resolver.remember(named, title) if department else named
    return out


# a note in brackets after a post in its cell, in lower case ("(minutes)", "(item 5 only)"): what the person did at
# the meeting, no part of the post
_CELL_NOTE = r"(?:\s*\((?=[a-z])[^()]{2,40}\))?"


def _note_marks_chair(note: str) -> bool:
    inner = note.strip(" .,;()")
    return bool(inner) and chair_role(inner) is not None


def _under_organisation_head(doc: ExtractionDoc, pos: int) -> bool:
    """POS lies in a cell of a table's body row that stands under a head naming organisations ("Organisation",
    "Agency")."""
    for table in doc.layout.tables:
        if not table.header or not table.rows or not table.rows[0].start <= pos <= table.rows[-1].end:
            continue
        for row in table.body_rows():
            if row.start <= pos <= row.end and len(row.cells) == len(table.header):
                from .tables import head_type  # the one lexicon of column heads

                k = next((k for k, (a, b) in enumerate(row.cells) if a <= pos <= b), None)
                return k is not None and k > 0 and head_type(table.header[k]) == "organisation"
        return False
    return False


def _cell_as_name(doc: ExtractionDoc, a: int, b: int) -> Mention | None:
    """The whole of cell TEXT[a:b] as one capitalised name ("Northdale at Home"), or None when it is not one."""
    text = doc.text[a:b].strip(" |\t.,;")
    start = doc.text.find(text, a, b) if text else -1
    if start < 0 or not re.fullmatch(r"[A-Z][\w'’&-]*(?:[ ](?:[A-Z][\w'’&-]*|and|at|of|for|the|in|on|&))*", text) or \
            not text.split()[-1][:1].isupper() or not _organisation_like(text) or looks_like_person(text.split()):
        return None
    return Mention(start, start + len(text), "name", text)


def _post_and_department(doc: ExtractionDoc, a: int, b: int) -> tuple[Mention, str] | None:
    """(the post, its department) when TEXT[a:b] is a post, a comma and the department's words only ("Strategic
    Director, Children and Adults")."""
    found = doc.mentions(a, b)
    if not found or found[0].kind != "post" or doc.text[a : found[0].start].strip():
        return None
    comma = re.match(r"\s*,\s*", doc.text[found[0].end : b])
    if comma is None:
        return None
    words = doc.text[found[0].end + comma.end() : b].strip(" .;")
    return (found[0], words) if words and "," not in words and department_words(words) else None


def _alone(doc: ExtractionDoc, a: int, b: int, kind: str, tail: str = "") -> Mention | None:
    """The one mention of KIND that fills TEXT[a:b] (TAIL may follow it)."""
    found = doc.mentions(a, b)
    if len(found) < 1 or found[0].kind != kind or doc.text[a : found[0].start].strip():
        return None
    rest = doc.text[found[0].end : b]
    return found[0] if re.fullmatch(r"[\s.,;]*" if not tail else tail + r"[\s.,;]*", rest) else None


def _after_dash(doc: ExtractionDoc, pos: int) -> bool:
    """A dash stands right before POS (or opens the piece there): "Name - Organisation"."""
    return re.search(r"\s[-–—]\s*$", doc.text[max(0, pos - 4) : pos]) is not None or \
        re.match(r"\s*[-–—]\s", doc.text[pos : pos + 4]) is not None


def joined_entries(doc: ExtractionDoc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Descriptors written one after another in a line ("Assistant Director, Adult Services, Norfolk County
    Council") are read together, so that a post sees the department and organisation after it."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and (a < out[-1][1] or re.fullmatch(r"[ ,;–—-]*", doc.text[out[-1][1] : a])):
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def describe_entry(doc: ExtractionDoc, person: Entity, chaired: Entity | None, a: int, b: int,
              span: tuple[int, int], initials: str = "") -> None:
    """Facts from what follows a person's name: chair markers, posts, organisations.

    "Chair – South Vale CSP" or "(Chair, Youth Justice Board)": the chair marker applies to the body that
    follows it; a marker alone applies to the meeting's own body."""
    r = doc.resolver
    pending_chair: str | None = None
    pending_at = a  # where the last chair marker ends
    for stop in _SENTENCE_END.finditer(doc.text, a, b):
        if doc.text[stop.start()] == ".":
            # "chair: Jo Lee, Kent Police Operation Harbour team. Feeds into the Board.": the entry ends with its
            # sentence; what the next says is of the group, not the person (a semicolon may go on with a post)
            b = stop.start()
            break
    pieces = _sub_pieces(doc, a, b)
    skip = -1
    described = False
    employer: Mention | None = None  # the organisation the entry last named, whose unit a dash may name next
    for index, (pa, pb) in enumerate(pieces):
        if index == skip:
            continue
        text = doc.text[pa:pb].strip(" ,.-–:;")
        if re.match(r"(?:and|&|of|the)\b", text):
            continue  # "- and Bosworth District Council": an organisation cut short in the source
        if initials and text == initials:
            continue  # a column of the person's own initials ("Petra Lund  CW")
        rank = names().ranks.get(text.replace(".", ""))
        if rank:
            bare = post = Entity("post", rank)  # not remembered: a qualified post leaves no bare node behind
            at = doc.text.find(text, pa, pb)
            if at >= 0 and index + 1 < len(pieces) and doc.text[at + len(text) : pieces[index + 1][0]].strip() == ",":
                # "Station Manager, Eastvale Central", "Supt, Westshire Police": a rank is a post of the station,
                # area or force written after it, the bare rank kept as an alias
                post = _qualified_post(doc, Mention(at, at + len(text), "post", rank), bare, pb, b)
            if post is bare:
                post = r.post_named(rank)
            doc.add(person, "holds_post", post, *span, "attendance:rank", 0.9)  # "Jo Lee, Supt, NYP"
            continue
        if _SECTOR_REPRESENTATIVE.fullmatch(text):
            # "Health Board representative", "Academic representative": the seat held, not an employer
            doc.add(person, "holds_post", r.post_named(text), *span, "attendance:post", 0.85)
            described = True
            continue
        marker = chair_role(text)
        if marker and text.casefold().startswith("independent") and chaired is not None:
            # an independent chair is a post of the board: "Independent Chair, Norfolk Safeguarding Adults Board"
            post = doc.resolver.post_named(f"{text}, {chaired.name}", written=text)
            doc.add(person, "holds_post", post, *span, "attendance:post", 0.9)
        owner = _dashed_meeting(doc, pieces, index) if marker else None
        if marker and owner is not None:
            # "Westshire Traders' Forum - Chair": the chair of the forum the person comes from, not of this meeting
            doc.add(person, marker, owner, *span, f"attendance:{marker}_of_own", 0.85)
            continue
        if marker:
            if pending_chair and chaired is not None:
                doc.add(person, pending_chair, chaired, *span, f"attendance:{pending_chair}", 0.95)
            pending_chair, pending_at = marker, pb
            if doc.text[pb : pb + 1] == ";" and chaired is not None:
                # "Chair; Convener, Communities Committee": the semicolon closes the chair, of the meeting's body
                doc.add(person, marker, chaired, *span, f"attendance:{marker}", 0.95)
                pending_chair = None
            continue
        for m in doc.mentions(pa, pb):
            marker = chair_role(m.name) if m.kind == "post" else None
            if marker and _OTHERS_CHAIR.search(doc.text, max(pa, m.start - 40), m.start):
                continue  # "chaired the meeting in the absence of the Chair": the chair spoken of is another's
            if marker:
                if pending_chair and chaired is not None:
                    doc.add(person, pending_chair, chaired, *span, f"attendance:{pending_chair}", 0.95)
                pending_chair, pending_at = marker, m.end
                continue
            plural = _plural_post(m)
            if plural:
                # "(Community Safety Team Leaders)": the post each of the people named holds
                doc.add(person, "holds_post", r.post_named(plural, written=m.name), *span, "attendance:post", 0.85)
                described = True
                continue
            entity = _descriptor_entity(doc, m)
            if entity is not None and m.kind == "name" and len(m.name.split()) == 1 and not m.name.isupper() \
                    and not described and doc.text[pa:pb].strip(" ,;.") == m.name and not (
                        _after_dash(doc, pa) and index == len(pieces) - 1):
                # "Cllr P Oakes, Brandt, Kowalczyk": lone words right after a name are more surnames; after a dash
                # and alone ("Mina Solberg - Advance") the word is the person's organisation, but one before another
                # piece may be a post ("Jo Lee – Govenor, HMP Leyhill")
                continue
            described = True
            if entity is None:
                continue
            if entity.kind == "post" and m.name in _BARE_ROLES:
                continue  # a role column saying only "Member" says nothing a node should hold
            if entity.kind == "post" and m.name in _SEAT_KINDS and chaired is not None:
                # "(Independent Member)", "(Co-opted Member)": a seat of the meeting's own body
                doc.add(person, "member_of", chaired, *span, "attendance:seat", 0.85)
            if entity.kind == "post" and re.fullmatch(r"\s+(?:for|of|and|&)\s*", doc.text[m.end : pb]):
                continue  # "Cabinet Member for" at the end of a box's line: the post is cut, its portfolio lost
            if entity.kind == "post":
                if m.role in ("chair_of", "vice_chair_of"):
                    target = chaired_body(doc, m)
                    rel = "chairs" if m.role == "chair_of" else "vice_chair"
                    if target is not None:
                        doc.add(person, rel, target, *span, f"attendance:{rel}", 0.9)
                        independent_chair(doc, person, m, span)
                    continue
                department = _department_after(doc, m, pieces, index)
                if department:
                    # "Assistant Director, Adult Services": the department after a comma belongs to the post
                    entity = doc.resolver.post_named(f"{entity.name}, {department}", written=m.name)
                    skip = index + 1
                    employer = _employer_piece(doc, pieces, index + 2)
                    if employer is not None:
                        # "District Commander, Swale, Kent Police": the post of the organisation after its
                        # department or area, the shorter forms kept as aliases (the organisation is still theirs)
                        entity = doc.resolver.remember(
                            doc.resolver.post_named(f"{entity.name}, {employer.name}", written=m.name), entity.name)
                else:
                    entity = _qualified_post(doc, m, entity, pb, b)
                    entity = _post_after_employer(doc, employer, m, entity)
                doc.add(person, "holds_post", entity, *span, "attendance:post", 0.9)
                on_body = _REPRESENTATIVE_ON.search(m.name)
                if on_body:
                    target = doc.resolver.body_named(on_body.group(1) or on_body.group(2))
                    doc.add(person, "member_of", target, *span, "attendance:representative", 0.85)
                    _represents(doc, m.name, person, target, span)
            elif entity.kind == "body":
                if pending_chair and (meets_as_body(entity) or _committee_acronym(doc, m, entity, pa)) and \
                        not _MARKER_CLOSED.match(doc.text, pending_at, m.start):
                    doc.add(person, pending_chair, entity, *span, f"attendance:{pending_chair}", 0.9)
                    if not meets_as_body(entity):
                        doc.add(person, "member_of", entity, *span, "attendance:organisation", 0.85)
                    pending_chair = None
                    continue
                if _portfolio_before_employer(doc, pieces, index, max(b, span[1])) or _portfolio_goes_on(doc, m):
                    continue
                if employer is not None and _after_dash(doc, m.start) and doc.text[employer.end : m.start].strip(
                        " -–—") == "":
                    continue  # "Leicestershire County Council - Community Safety Team": the council's own team
                if _unit_beside_employer(doc, m, employer, pieces, index):
                    continue  # "Northdale County Council, Public Health": the council's unit, no second employer
                entity = _council_of_department(doc, m) or _local_branch(doc, m, entity, b) or entity
                doc.add(person, "member_of", entity, *span, "attendance:organisation", 0.85)
                employer = m
    if pending_chair and chaired is not None:
        doc.add(person, pending_chair, chaired, *span, f"attendance:{pending_chair}", 0.95)
    del r


# a chair spoken of as someone else: "in the absence of the Chair", "on behalf of the Chair"
_OTHERS_CHAIR = re.compile(r"(?i)\b(?:absence|behalf|place|invitation)\s+of\s+the\s+$")


# a seat on a board named by the sector it speaks for, written as one piece after the name
_SECTOR_REPRESENTATIVE = re.compile(r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4} [Rr]epresentative")
# "Jo Lee | Member | Northdale Youth Council": a seat on the body the table lists, which the organisation's column
# beside it names no post of
_SEAT_ONLY = re.compile(r"(?i)(?:full |voting |board )?members?")


def _plural_post(m: Mention) -> str:
    """The singular of a post written in the plural for several people ("Community Safety Team Leaders")."""
    words = m.name.split()
    if m.kind not in ("name", "post") or len(words) < 2 or not words[-1].endswith("s"):
        return ""
    singular = words[-1][:-1]
    if singular not in heads().post_trailing or singular in ("Member", "Partner"):
        return ""
    return " ".join([*words[:-1], singular])


_CONTACT = re.compile(r"\b(?:e-?mail|tel|telephone|phone|mobile|mob|fax|website|web)\s*[:.]", re.I)


def _sub_pieces(doc: ExtractionDoc, a: int, b: int) -> list[tuple[int, int]]:
    """A descriptor cut at brackets, commas and dashes: "(Chair, Youth Board)" -> "Chair", "Youth Board".
    Contact details ("Email: ...", "Tel: ...") end it."""
    text = doc.text
    contact = _CONTACT.search(text, a, b)
    if contact:
        b = contact.start()
    # a post with its portfolio in brackets ("Cabinet Member (Communities)") is not cut
    # nor an organisation named with a list of places ("Kent, Surrey and Sussex Probation Service")
    whole = [(m.start, m.end) for m in doc.mentions(a, b) if m.kind == "post" or (
        m.kind == "body" and "," in text[m.start : m.end])]
    out: list[tuple[int, int]] = []
    pos = a
    for m in re.finditer(r"[(),;]|\s[-–]\s", text[a:b]):
        cut = a + m.start()
        if any(x < cut < y for x, y in whole):
            continue
        if text[pos:cut].strip(" .-–:"):
            out.append((pos, cut))
        pos = a + m.end()
    if text[pos:b].strip(" .-–:"):
        out.append((pos, b))
    return out


_MEETING_HEADS = frozenset("""Board Partnership Panel Group Committee Forum Sub-Group Subgroup Sub-group Network
    Executive Commission Alliance Steering Cabinet Assembly Council""".split())


# the last letter of a meeting's initials: Committee, Board, Group, Panel, Forum ("ARMC", "LSCB", "SVG")
_MEETING_INITIAL = re.compile(r"[A-Z]{2,5}[CBGPF]")


def _committee_acronym(doc: ExtractionDoc, m: Mention, entity: Entity, piece_start: int) -> bool:
    """ "Jo Lee – Vice Chair, ARMC": initials alone right after the chair marker, which neither the paper nor a
    gazetteer spells out and which end as a committee's or board's do, name the meeting chaired (an
    organisation one represents, "Co-Chair – MOPAC", is known by its initials; a council's are no meeting)."""
    if m.head != "acronym" or not _MEETING_INITIAL.fullmatch(m.name) or _COUNCIL_INITIALS.match(m.name):
        return False
    if entity.name != m.name or m.name in acronyms() or m.name in doc.resolver.acronyms or \
            placenames.police_office_body(m.name) or placenames.known_body_name(m.name):
        return False
    return m.start == piece_start or not doc.text[piece_start : m.start].strip(" ,")


def _dashed_meeting(doc: ExtractionDoc, pieces: list[tuple[int, int]], index: int) -> Entity | None:
    """The body that one can chair named by the entry's piece before INDEX, a dash between ("Westshire Traders'
    Forum - Chair"); None when the piece before is anything else (a council, a force: "Westshire Police - Chair"
    is the meeting's chair, from the force)."""
    if index == 0 or not re.fullmatch(r"\s*[-–—]\s*", doc.text[pieces[index - 1][1] : pieces[index][0]]):
        return None
    pa, pb = pieces[index - 1]
    named = doc.mentions(pa, pb)
    if len(named) != 1 or named[0].kind != "body" or (named[0].start, named[0].end) != (pa, pb):
        return None
    body = doc.resolver.entity(named[0])
    return body if body is not None and body.kind == "body" and meets_as_body(body) else None


def meets_as_body(body: Entity) -> bool:
    """Whether BODY is a meeting one can chair ("Chair – Safer Vale Partnership") rather than an organisation
    one represents ("Co-Chair – MOPAC": the meeting's co-chair, from MOPAC)."""
    words = body.name.split()
    council = words[-1:] == ["Council"] and len(words) > 1 and words[-2] in ("County", "District", "Borough", "City")
    return bool(words) and words[-1] in _MEETING_HEADS and not council


_SEAT_KINDS = frozenset({"Independent Member", "Co-opted Member", "Co-Opted Member", "Lay Member", "Political Member",
                         "Independent Co-opted Member", "Independent Person"})
_BARE_ROLES = frozenset({"Member", "Members", "Board Member", "Officer", "Representative", "Observer", "Adviser",
                         "Advisor", "Attendee", "Guest", "Partner", "Co-opted Member", "Voting Member"})


_COUNCIL_THEN_MORE = re.compile(r"(?P<council>.+\bCouncil) (?P<department>[A-Z].*)")


def _council_of_department(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """ "Medway Council Housing", "Wigan Council Adult Social Care": a department of the council, whose staff
    are the council's."""
    found = _COUNCIL_THEN_MORE.fullmatch(m.name)
    if found is None or not department_words(found.group("department")):
        return None
    return doc.resolver.body_named(found.group("council"))


def _portfolio_before_employer(doc: ExtractionDoc, pieces: list[tuple[int, int]], index: int, end: int) -> bool:
    """ "Service Director, Communities and Access Services, Kirklees Council" (the organisation may stand in the
    entry's next cell, up to END): the words between a post and the organisation after them are the post's
    portfolio or department, not a second employer."""
    if index == 0 or doc.text[pieces[index - 1][1] : pieces[index][0]] != ",":
        return False
    before = doc.mentions(*pieces[index - 1])
    if not before or before[-1].kind != "post" or doc.text[before[-1].end : pieces[index - 1][1]].strip():
        return False
    line_end = doc.text.find("\n", pieces[index][1])
    end = min(end, line_end) if line_end >= 0 else end
    for m in doc.mentions(pieces[index][1], end):
        if m.kind == "name" and looks_like_person(m.name.split()):
            return False  # "Head of Service, Hartshire Council    Jo Lee": the holder's name, no second organisation
        e = _descriptor_entity(doc, m) if m.kind in ("body", "name") else None
        if e is not None and e.kind == "body":
            return True
    return False


# what joins the items of a councillor's portfolio in one cell: "Towns, Parks and Neighbourhoods"
_PORTFOLIO_JOIN = re.compile(r" *(?:,|and|&)(?: *and)? *")


def _portfolio_goes_on(doc: ExtractionDoc, m: Mention) -> bool:
    """ "Cabinet Member for Education and Welsh Language", "Executive Member, Towns, Parks and Neighbourhoods": a
    name no body's head noun marks, joined by commas or "and" in the same cell to a councillor's post, is an item
    of that post's portfolio, not an organisation the councillor belongs to."""
    if m.kind != "name":
        return False
    member_post = council_posts()[2]
    line_start = doc.text.rfind("\n", 0, m.start) + 1
    last = m.start
    for x in reversed(doc.mentions(line_start, m.start)):
        if x.end > last or not _PORTFOLIO_JOIN.fullmatch(doc.text, x.end, last):
            return False
        if x.kind == "post":
            head = x.name.split(",")[0]  # ("Executive Member, Adults": the post's first item may be read with it)
            return bool(member_post.match(head) or member_post.match(f"{head} for"))
        if x.kind != "name":
            return False
        last = x.start
    return False


def _unit_beside_employer(doc: ExtractionDoc, m: Mention, employer: Mention | None, pieces: list[tuple[int, int]],
                          index: int) -> bool:
    """M, a piece naming a department alone ("Public Health", "Democratic Services"), stands in commas beside the
    organisation the entry names ("Northdale County Council, Public Health", "Democratic Services, Northdale
    Council"): the organisation's own unit, whose name the paper leaves unqualified, not a second employer (nor the
    paper's council's service of that name)."""
    if not department_words(m.name) or placenames.public_body(m.name) is not None:
        return False
    if employer is not None and doc.text[employer.end : m.start].strip() == ",":
        return True
    return _employer_piece(doc, pieces, index + 1) is not None


def _employer_piece(doc: ExtractionDoc, pieces: list[tuple[int, int]], k: int) -> Entity | None:
    """The organisation piece K names whole, set after a comma ("..., Swale, Kent Police"): an employer, not a
    meeting one sits on ("(Vice-Chair, Safer Swale Partnership)" names the chair's board)."""
    if k >= len(pieces) or "," not in doc.text[pieces[k - 1][1] : pieces[k][0] + 1]:
        return None
    pa, pb = pieces[k]
    return _employer_after(doc, pa, pb, whole=True)


def _employer_after(doc: ExtractionDoc, start: int, end: int, whole: bool = False) -> Entity | None:
    """The organisation named right after START, after a comma (or filling the piece START..END, when WHOLE), and
    closing what is written before END but for a bracket: a public body, or initials the paper gives a body."""
    gap = re.match(r"\s*,?\s*" if whole else r"\s*,\s*", doc.text[start:end])
    if gap is None:
        return None
    found = [x for x in doc.mentions(start, end) if x.start == start + gap.end()]
    if not found or found[0].back_ref or \
            not re.fullmatch(r"\s*(?:\([^()]*\)?)?\s*[.;,]?\s*", doc.text[found[0].end : end]):
        return None
    return employing_body(doc, found[0])


def employing_body(doc: ExtractionDoc, m: Mention, noted: bool = True) -> Entity | None:
    """The organisation mention M names as someone's employer: a body, or initials the paper gives a body; never a
    body that meets (a board, a partnership). NOTED: M's position is kept for later back-references (a possessive
    owner read inside a post's name is not)."""
    if m.kind == "body":
        organisation = doc.resolver.entity(m) if noted else doc.resolver.body_mention(m)
    elif m.kind == "name" and m.head == "acronym":
        organisation = doc.resolver.acronym(m.name)
    else:
        return None
    if organisation is None or organisation.kind != "body" or meets_as_body(organisation):
        return None
    return organisation


def _department_after(doc: ExtractionDoc, m: Mention, pieces: list[tuple[int, int]], index: int) -> str:
    """The department named in the piece after post M when M ends its piece and a comma follows."""
    if index + 1 >= len(pieces) or doc.text[m.end : pieces[index][1]].strip(" ,") or "," not in doc.text[
            m.end : pieces[index + 1][0]]:
        return ""
    words = doc.text[pieces[index + 1][0] : pieces[index + 1][1]].strip(" ,.")
    if not department_words(words):
        return ""
    # "Chief Executive, Office of the Police and Crime Commissioner (OPCC)": words a department's could be, that
    # name a public body the gazetteer knows or a commissioner's office, are the post's organisation, not a
    # department of it ("Office of the Chief Executive" stays a council's department)
    found = [x for x in doc.mentions(*pieces[index + 1]) if x.kind == "body"]
    organisation = doc.resolver.entity(found[0]) if len(found) == 1 and words.startswith(found[0].name) else None
    if organisation is not None and organisation.kind == "body" and (
            placenames.known_body_name(organisation.name) is not None or
            heads().post_office_re.search(organisation.name) is not None):
        return ""
    return words


_QUALIFIER_AFTER = re.compile(r"\s*(?:,|–|-)\s*| (?=[A-Z])")


def _initials_of_body(doc: ExtractionDoc, m: Mention) -> bool:
    if not re.fullmatch(r"[A-Z]{2,8}", m.name):
        return False
    # "NNC" after a post: a body the paper names by initials, or whose initials the reader knows
    return doc.named_body(m) is not None


# between an organisation and the post after it in one entry: "Eastvale Council - Housing Lead"
_EMPLOYER_DASH = re.compile(r"[ \t]*[-–—][ \t]*")


def _post_after_employer(doc: ExtractionDoc, employer: Mention | None, m: Mention, post: Entity) -> Entity:
    """ "Jo Lee | Eastvale Council - Housing Lead": a post written after its organisation and a dash is that
    organisation's post ("Housing Lead, Eastvale Council"), the bare title kept as an alias; a post already
    qualified or a dash that parts anything else leaves POST as it is."""
    if employer is None or "," in post.name or not _EMPLOYER_DASH.fullmatch(doc.text, employer.end, m.start):
        return post
    organisation = _descriptor_entity(doc, employer)  # the organisation as the entry's member_of names it
    if organisation is None or organisation.kind != "body":
        return post
    named = doc.resolver.post_named(f"{post.name}, {organisation.name}", written=m.name)
    # (and with the organisation as the row wrote it: "NHS Westshire" for its care board)
    return doc.resolver.remember(named, post.name, f"{post.name}, {employer.name}")


def _qualified_post(doc: ExtractionDoc, m: Mention, post: Entity, piece_end: int, end: int) -> Entity:
    """ "Team Leader, Safer North Hampshire", "District Commander, Hart and Rushmoor": a generic post followed by
    the organisation or place it serves is that organisation's post (the bare title kept as an alias)."""
    q = _QUALIFIER_AFTER.match(doc.text, m.end, end)
    if not q:
        return post
    following = [x for x in doc.mentions(q.end(), end) if x.start == q.end()]
    glossed = doc.resolver.entity(following[0]) if following and following[0].kind == "post" else None
    if glossed is not None and glossed.kind == "body" and "," not in post.name:
        # "Head of Children's Social Care, PCC (council)": initials read as a post's that stand for the council
        named = doc.resolver.post_named(f"{post.name}, {glossed.name}", written=m.name)
        return doc.resolver.remember(named, f"{m.name} of {glossed.name}", m.name)
    if not following or following[0].kind not in ("body", "place", "name") or following[0].back_ref:
        return post
    if len(m.name.split()) > 4 and not _own_council(doc, following[0]) and \
            not _council_closes(doc, following[0], end) and not _public_body(following[0]) and \
            following[0].kind != "place" and not _initials_of_body(doc, following[0]):
        # a long title's comma may part its own words; a place, a council, another public body or a body's initials
        # ("Chief Executive and Monitoring Officer, OPCC") after it never does
        return post
    if not q.group(0).strip() and (following[0].kind != "body" or doc.text[following[0].end : end].strip(" .;,")):
        return post  # "Deputy Leader Rushmoor BC": with no comma or dash, only a council or body that ends the entry
    target = following[0]
    if target.kind == "name" and not _organisation_like(target.name):
        return post
    branch = _branch_place(doc, target, end)
    served = f"{target.name} {branch}" if branch else target.name
    if not branch and _own_council(doc, target) and doc.resolver.council is not None:
        served = doc.resolver.council.name  # "Head of Service, LB Camden": the council's post, named as the council is
    employer = None
    if target.kind == "place":
        # "District Commander, Hart and Rushmoor": the post serves both places
        after = [x for x in doc.mentions(target.end, end) if x.kind == "place"]
        if after and re.fullmatch(r"\s+(?:and|&)\s+", doc.text[target.end : after[0].start]):
            served = f"{target.name} and {after[0].name}"
    if target.kind != "body":
        # "District Commander, Swale, Kent Police": the area's post of the organisation written after it
        employer = _employer_after(doc, target.end, end)
    if employer is not None:
        label = f"{post.name}, {served}, {employer.name}"
        qualified = doc.resolver.post_named(label, written=m.name)
        return doc.resolver.remember(qualified, f"{post.name}, {served}", f"{m.name} of {served}", m.name)
    label = f"{post.name}, {served}"
    qualified = doc.resolver.post_named(label, written=m.name)
    also = (f"{post.name}, {target.name}",) if branch else ()  # the post of the organisation, its place left out
    organisation = doc.resolver.entity(target) if target.kind == "body" and not branch else None
    if organisation is not None and organisation.kind == "body" and organisation.name != target.name:
        # "Deputy Leader, Rushmoor BC" is the Deputy Leader of Rushmoor Borough Council, named in full
        also = (f"{m.name} of {organisation.name}", f"{m.name}, {organisation.name}")
    return doc.resolver.remember(qualified, f"{m.name} of {served}", m.name, *also)


# a chair marker closed by its bracket or its table cell: "Director of Services (Chair)<tab>Calderdale Council"
# chairs the body of the list, and works for the council after it
_MARKER_CLOSED = re.compile(r"[^\S\n]*[)\t|]")


def _council_closes(doc: ExtractionDoc, m: Mention, end: int) -> bool:
    """M names a council (any council) and closes the entry, but for a bracket: "Head of Housing and Communities,
    Carmarthenshire County Council (Chair)"."""
    return m.kind == "body" and placenames.council_named(m.name) is not None and \
        re.fullmatch(r"\s*(?:\([^()]*\))?\s*[.;,]?\s*", doc.text[m.end : end]) is not None


def _public_body(m: Mention) -> bool:
    """M names a public body the gazetteer knows (a council, a force, a fire service), whoever's."""
    return m.kind == "body" and placenames.known_body_name(m.name) is not None


def _own_council(doc: ExtractionDoc, m: Mention) -> bool:
    """M names the paper's own council, in any of its forms ("LB Camden", "Camden Council")."""
    return m.kind == "body" and doc.resolver.council_form(m.name)


# an organisation's name that says where it works, or a sector word that names no organisation of its own
_PLACED_OR_SECTOR = frozenset({"Police", "Health", "Probation", "Council", "Education", "Housing", "NHS", "Fire"})


def _branch_place(doc: ExtractionDoc, m: Mention, end: int) -> str:
    """The place written after an organisation, last in the description ("Age UK, Norfolk", "Healthwatch,
    Suffolk"): the local branch, named by its place."""
    after = re.match(r",\s*", doc.text[m.end : end])
    if not after or m.place or any(w in _PLACED_OR_SECTOR for w in m.name.split()):
        return ""
    rest = doc.text[m.end + after.end() : end].strip(" .;")
    place = placenames.canonical_place(rest) if rest and len(rest.split()) <= 3 else None
    return rest if place is not None and not re.search(r"\d", rest) else ""


def _local_branch(doc: ExtractionDoc, m: Mention, entity: Entity, end: int) -> Entity | None:
    branch = _branch_place(doc, m, end)
    # the name as written ("Age UK, Norfolk") stays a name of the branch
    return doc.resolver.body_named(f"{entity.name} {branch}", written=f"{m.name}, {branch}") if branch else None


# grades that open a post's title whatever its last word ("Senior Outreach Navigator", "Advanced Practitioner")
_GRADES = frozenset({"Senior", "Principal", "Advanced", "Assistant", "Deputy", "Acting", "Interim"})


def _descriptor_entity(doc: ExtractionDoc, m: Mention) -> Entity | None:
    r = doc.resolver
    if m.back_ref or m.name in heads().needs_modifier or m.name.split()[-1] in ("Council", "Councillors"):
        if m.back_ref or len(m.name.split()) < 2 or m.name.split()[0] in ("Borough", "District", "County", "City"):
            return None  # "- Council", "Borough Council": an organisation cut short in the source
    if m.name in _COUNCIL_ABBREVIATIONS:
        return None  # "Councillor P Quayle BC": the council's name was lost, only its kind is left
    if (len(m.name.split()) == 1 and m.head != "acronym" or m.name.split()[-1] in _UNIT_ACRONYMS) and \
            _unit_in_brackets(doc, m) or m.kind == "name" and m.head != "acronym" and \
            _unit_in_brackets(doc, m, of_kind=("body",)):
        # "Welsh Government (Health)", "South Wales Police (Cardiff BCU)", "Office of the Mayor (Policing and Crime)":
        # a unit of the one before
        return None
    if (m.name.split()[-1] in _UNIT_ACRONYMS or m.name.split()[-1] in _UNIT_WORDS) and \
            _unit_after_organisation(doc, m):
        # "Probation Service, Bedfordshire PDU", "Welsh Government, Community Safety Branch": the unit of the
        # employer just named, no employer itself
        return None
    if m.kind in ("post", "body"):
        return r.entity(m)
    if m.kind == "name" and _part_of_an_area(m.name):
        return None  # "(Greater Manchester Police, Wigan West)": the area the person works in, no organisation
    if m.kind == "topic" and len(m.name.split()) >= 2 and all(w[:1].isupper() for w in m.name.split() if len(w) > 3):
        return r.body_named(m.name)  # "(Victim Support)", "(Public Health)": an organisation named like a topic
    if m.kind == "name" and m.name.split()[0] in _GRADES and len(m.name.split()) >= 2 and \
            not looks_like_person(m.name.split()):
        return r.post_named(m.name)  # "Advanced Public Health Practitioner": a grade opens a post, not a body
    if m.kind == "name" and _STANDS_FOR.search(doc.text, max(0, m.start - 30), m.start):
        return None  # "Lin Ho (for Tara Voss)": whom a substitute stands in for, not where they work
    if m.kind == "name" and m.head != "acronym" and len(m.name) > 2 and _organisation_like(m.name) and not (
            re.match(r"[A-Z]\.?\s", m.name) and looks_like_person(m.name.split())):
        # an organisation column or "(Age UK)": a capitalised name describing a person is their organisation
        return r.body_named(m.name, m.acronym, place=m.place)
    if m.kind == "name" and m.head == "acronym":
        e = r.acronym(m.name)
        if e is None:
            before = doc.text[max(0, m.start - 3) : m.start]
            if "(" in before:
                return None  # "Welsh Government (CSD)": a unit of the organisation before it
            return r.remember(Entity("body", m.name))  # an organisation column's acronym ("OPST", "VAO")
        return e if e.kind in ("body", "post") else None
    if m.kind == "place":
        return own_council_initials(doc, m)
    return None


def own_council_initials(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """The paper's own council, when M is capitals that spell it ("LBBD", "TMBC") though the mention reader took
    them for the place they stand for: after a post ("(Head of Housing, LBBD)", "Service Manager, TMBC") they
    name the holder's employer. Only the paper's own council is matched, so another council's initials name no
    one's employer."""
    if m.kind not in ("place", "name") or not re.fullmatch(r"[A-Z]{3,6}", m.name):
        return None
    council = doc.resolver.council
    # the council named short ("Tameside Council") spells no "TMBC": one of its formal names may
    if council is not None and any(initials_fit(m.name, name) for name in (
            council.name, *placenames.council_formal_names(council.area))):
        return council
    return None


_COMPASS = re.compile(r"^(?:(?:North|South|East|West|Central|Mid)\s+(?P<after>.+)"
                      r"|(?P<before>.+?)\s+(?:North|South|East|West|Central|Area|District|Division|Locality|Sector))$")


def _part_of_an_area(name: str) -> bool:
    """ "Wigan West", "North Kent", "Bolton Central": a place and a compass word, the part of an area a person
    covers."""
    m = _COMPASS.match(name)
    return m is not None and placenames.is_place(m.group("after") or m.group("before"))


# police and probation units named by their area ("Cardiff BCU", "Luton PDU")
_UNIT_ACRONYMS = frozenset({"BCU", "PDU", "LDU", "LPU", "NPU", "OCU"})
# the last words of a civil service's or a force's internal units, never an organisation of their own
# ("Probation Service - London Region": the service's region, named by its place)
_UNIT_WORDS = frozenset({"Branch", "Division", "Directorate", "Region"})


def _unit_in_brackets(doc: ExtractionDoc, m: Mention, of_kind: tuple[str, ...] | None = None) -> bool:
    """M is in brackets right after an organisation's name (not after the person: "Jo Lee (Barnardo's)"); with
    OF_KIND, right after a name of one of those kinds (a name the lexicon leaves untyped may be a person's)."""
    if doc.text[max(0, m.start - 2) : m.start].strip() != "(":
        return False
    left = doc.text.rfind("(", max(0, m.start - 2), m.start)
    before = [x for x in doc.mentions(max(0, left - 80), left) if x.end >= left - 1]
    if of_kind is not None:
        return bool(before) and before[-1].kind in of_kind
    return bool(before) and before[-1].kind != "person"


def _unit_after_organisation(doc: ExtractionDoc, m: Mention) -> bool:
    """M follows an organisation's name with a comma or a dash between them ("Metropolitan Police Service, South
    East BCU", "Probation Service - Cheshire West PDU")."""
    sep = re.search(r"(?:,|\s[-–—])\s*$", doc.text[max(0, m.start - 3) : m.start])
    if sep is None:
        return False
    at = m.start - 3 + sep.start() if m.start >= 3 else sep.start()
    before = [x for x in doc.mentions(max(0, at - 80), at) if x.end >= at - 1]
    return bool(before) and before[-1].kind == "body"


_COUNCIL_ABBREVIATIONS = frozenset({"BC", "DC", "CC", "MBC", "LBC", "RBC", "UA", "PC", "TC"})
_NOT_ORGANISATION = frozenset(
    """January February March April May June July August September October November December Jan Feb Mar Apr Jun
    Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Item Items Agenda Minute
    Minutes Page Appendix Annex Paragraph Section Refers Email Tel Telephone Until From Since Apologies Present
    Substitute Substituting Observer Observing Guest""".split()
)


def _organisation_like(name: str) -> bool:
    """A capitalised name of unknown kind beside a person reads as their organisation unless it holds a date,
    a number or a word of the page ("Jan 2013", "Agenda Item")."""
    if len(name.split()) == 1 and not name.isupper() and len(name) < 6:
        return False  # "Wels": a word cut short, not an organisation
    return not re.search(r"\d", name) and not any(t in _NOT_ORGANISATION or t in ("The", "the")
                                                    for t in name.split())


def independent_chair(doc: ExtractionDoc, person: Entity, m: Mention, span: tuple[int, int],
                      rule: str = "attendance:post") -> None:
    """ "Independent Chair of the Safeguarding Adults Board": a post of its own, appointed to, besides the chair."""
    if m.name.casefold().startswith("independent "):
        doc.add(person, "holds_post", doc.resolver.post_named(m.name), *span, rule, 0.85)


def chaired_body(doc: ExtractionDoc, m: Mention) -> Entity | None:
    name = re.sub(r"^(?:Independent\s+)?(?:Vice[- ]Chair(?:man)?|Deputy Chair|Co-Chair|Chair(?:man|woman|person)?)\s+"
                  r"of\s+(?:the\s+)?", "", m.name, flags=re.I)
    if not name or name == m.name:
        return None
    # "Chair of the Council's Overview and Scrutiny Commission": the committee, the council's own, named without
    # its owner (as "the Council's Overview and Scrutiny Commission" is read elsewhere)
    name = re.sub(r"^(?:the\s+)?[Cc]ouncil['’]s\s+", "", name)
    r = doc.resolver
    if name in r.acronyms:
        return r.acronyms[name]
    if re.fullmatch(r"(?:Board|Partnership|Panel|Committee|Group|Forum)", name):
        return r.back_reference(name, m.start)
    return r.body_named(name)
