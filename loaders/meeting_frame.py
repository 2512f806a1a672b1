"""Which body met: one decision per paper, read from the paper's evidence in a fixed order of strength.

Every attendance, apology, chair and vice-chair of minutes hangs on this answer, so it is taken once, with the
evidence it rests on, and a paper that does not say gets no body at all (its lists then go nowhere) rather than
a guess. The order, strongest first:

1. a heading of minutes appended to another paper ("Extract from the minutes of the X, 3 May"): the lists under
   it are that meeting's, whatever the paper around them is about;
2. a heading "Minutes of <a body named in full>" (a note below it that the body met "as the crime and disorder
   committee" names the role it sat in, not another body);
3. a heading that names the meeting only by its kind ("Minutes of the Partnership Board meeting") or not at all
   ("Minutes of the meeting held on ..."), under a banner line that names a body in full: the banner's body,
   when the kind's words end the banner's name (a partnership's board meeting is the partnership's) or the
   heading names no kind; a kind that the banner does not end in is not said;
4. otherwise nothing here: the paper's own body as the rest of the metadata reads it.

A joint meeting's banner naming two bodies above a "joint meeting" heading (after step 1) makes the meeting both
bodies': whoever attended, attended each (the dev corpus has no joint meeting; the README's `attended` is of the
body whose meeting it was, and this one was each body's: examples/CONVENTIONS.md, rule F).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .metadata import HEAD_CHARS, SOURCE_RE, _bracketed_remit, _split_title, title_case

# "Minutes of the Overview and Scrutiny Committee", "MINUTES OF: CABINET", "Extract from the minutes of the ...",
# "Minutes of a special meeting of the ...": the heading of a meeting's record on a line of its own
_MINUTES_HEADING = re.compile(
    r"(?im)^[ \t#*]*(?P<extract>extracts? (?:from|of) (?:the )?)?(?:(?:draft|confirmed|approved|unconfirmed|signed) )?"
    r"(?:(?:(?:minutes|notes|record|summary|action (?:notes|log)) of\s*:?|at(?= an? (?:\w+ )?meeting of))[ \t]*"
    r"(?:the |a |an )?)"
    r"(?P<rest>[^\n]*)$")
# the record of one meeting's decisions appended to a report: "DECISION RECORD (extract) - Cabinet, 3 March",
# "Decision notice - CABINET - 2 December"
_DECISION_RECORD = re.compile(r"(?im)^[ \t#*]*(?:decision (?:record|notice)s?|record of (?:the )?decisions?)"
                              r"(?:[ \t]*\(extract\))?[ \t]*[-–—:][ \t]*(?P<rest>[^\n]*)$")
# a council's own meeting named by its one word: the council's cabinet, whose name the caller completes
_COUNCIL_WORD = re.compile(r"(?i)^(?:the )?(cabinet|executive|council)\b(?=[ \t]*(?:[-–—,(]|$|\d|held\b|on\b))")
_MINUTES_SAID = re.compile(r"\b[Mm]inutes of (?:the )?(?P<rest>[^\n]*)")
_MEETING_OF = re.compile(r"(?i)^(?:(?:special|extraordinary|ordinary|annual|inaugural|virtual|remote|hybrid|joint) )?"
                         r"meeting (?:(?:of|between) (?:the )?)?")
# what follows the name on the heading's line: a date, a venue, "held on", "meeting held"
_AFTER_NAME = re.compile(r"(?i)^[ \t]*(?:$|[,(–—-]|\s(?:meeting\b|held\b|on\b|at\b|and\b|&|\d))")
# where the head ends: an attendance list or an agenda's first item
_HEAD_END = re.compile(r"(?im)^[ \t]*(?:present|attendees|in attendance|members present)\b|^[ \t]*1[.)]?[ \t]+[A-Z]")
# a banner's bracket after the name: its initials, or a note opening in lower case (never a bracketed remit,
# "(Performance and Growth)", which tells a council's panels apart)
_BANNER_NOTE = re.compile(r"\s*\((?:[A-Z]{2,8}|[a-z][^()]*)\)$")
_BANNER_LINES = 6  # banner lines looked at above the heading: council, body, the body's other-language name


@dataclass(frozen=True)
class MeetingFrame:
    """The body that met (None: the paper does not say) and the evidence it was read from."""

    body: str | None
    evidence: str
    start: int = 0  # where the evidence stands in the text
    other: str | None = None  # a joint meeting's second body: whoever attended, attended both


@lru_cache(maxsize=8)
def meeting_frame(text: str) -> MeetingFrame | None:
    """The paper's decision on which body met (steps 1 to 3 above), from its whole TEXT; None when none of them
    applies and the paper's own body stands (step 4). A frame whose body is None: the paper does not say.
    (Kept for the last few papers: the meeting's body and its joint body are read from it, each for the whole
    paper, and the frame is immutable.)"""
    extract = minutes_extract(text)
    if extract is not None:
        return extract
    src = SOURCE_RE.match(text)
    head = text[src.end() if src else 0 :][:HEAD_CHARS]
    pair = joint_pair(head)
    if pair is not None:
        return MeetingFrame(pair[0], "joint meeting", 0, pair[1])
    return minutes_heading(head)


# "JOINT MEETING - MINUTES", "Minutes of a joint meeting of the two Partnerships": the head of two bodies' meeting
_JOINT_HEADING = re.compile(r"(?im)^[ \t#*]*(?:(?:minutes|notes|record) of (?:a |the )?)?joint (?:meeting|session)\b")
_JOINED = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?", re.I)


def joint_pair(head: str) -> tuple[str, str] | None:
    """The two bodies whose joint meeting a head records, named on the banner above its joint heading: one body
    a line ("EASTMOOR COMMUNITY SAFETY PARTNERSHIP" over "WESTMOOR COMMUNITY SAFETY PARTNERSHIP"), or both on one
    line joined by "and", each a name in full."""
    heading = _JOINT_HEADING.search(head)
    if heading is None:
        return None
    lines = [ln.strip(" \t#*") for ln in head[: heading.start()].split("\n") if ln.strip()][-3:]
    names = [n for n in (_one_name(ln) for ln in lines) if n is not None]
    if len(names) == 2:
        return names[0], names[1]
    for line in reversed(lines):
        for joined in _JOINED.finditer(line):
            first, second = _one_name(line[: joined.start()]), _one_name(line[joined.end() :])
            if first is not None and second is not None:
                return first, second
    return None


def _one_name(line: str) -> str | None:
    """LINE as one body's name in full, and nothing else (set in capitals or not), or None."""
    from .mentions import find_mentions

    line = title_case(line) if line.isupper() else line
    mentions = find_mentions(line, 0, len(line))
    if len(mentions) != 1 or mentions[0].kind != "body" or mentions[0].name != line.removeprefix("The "):
        return None
    name = mentions[0].name
    return name if len(name.split()) >= 2 and not _kind_only(name) and name.split()[-1] != "Council" else None


def minutes_extract(text: str) -> MeetingFrame | None:
    """The meeting of minutes or a decision record appended to another paper, from the extract's own heading
    anywhere in TEXT. A council's cabinet is named by its word alone ("Cabinet"): the caller knows the council."""
    extracts = [m for m in _MINUTES_HEADING.finditer(text) if m.group("extract")]
    for m in sorted(extracts + list(_DECISION_RECORD.finditer(text)), key=lambda m: m.start()):
        word = _COUNCIL_WORD.match(m.group("rest").strip(" \t#*"))
        name = word.group(1).title() if word else _full_name(m.group("rest"))
        if name is not None:
            return MeetingFrame(name, "extract heading", m.start())
    return None


def minutes_heading(head: str) -> MeetingFrame | None:
    """The body a record's heading says met (steps 2 and 3 above), or None when the head has no such heading.
    A frame whose body is None: a heading that names a kind of meeting no banner of the paper completes."""
    stop = _HEAD_END.search(head)
    head = head[: stop.start()] if stop else head
    for m in _MINUTES_HEADING.finditer(head):
        if m.group("extract"):
            continue
        rest = _MEETING_OF.sub("", m.group("rest"))
        name = _full_name(rest)
        if name is not None:
            return MeetingFrame(name, "minutes heading", m.start())
        # "Minutes of the meeting of the Cabinet", or "Minutes of the Cabinet" under the council's own banner
        word = _COUNCIL_WORD.match(rest) if rest != m.group("rest") or _council_banner(head[: m.start()]) else None
        if word is not None:
            # "Minutes of the meeting of the Cabinet": the council's own meeting, named by its word
            return MeetingFrame(word.group(1).title(), "council's own meeting", m.start())
        kind = _kind_named(rest)
        if kind is None and not re.match(r"(?i)meeting\b", m.group("rest")):
            continue  # "Minutes of 4 March agreed": no heading
        banner = _banner(head[: m.start()], kind)
        if banner is not None:
            return MeetingFrame(banner, "banner + heading", m.start())
        if kind is not None:
            return MeetingFrame(None, "kind named, no banner completes it", m.start())
    # weaker: the head's minute on the last meeting's minutes ("the Minutes of the X meeting held on 4 May be
    # approved"), a body that approves its own record
    for m in _MINUTES_SAID.finditer(head):
        name = _full_name(m.group("rest"))
        if name is not None:
            return MeetingFrame(name, "minutes named in a sentence", m.start())
    return None


def _council_banner(above: str) -> bool:
    """The last banner line of ABOVE is a council's name alone ("PELLHAM DISTRICT COUNCIL"): the paper is one of
    the council's own meetings, whose one-word body ("Cabinet") is the council's."""
    from . import placenames as places

    lines = [ln.strip(" \t#*") for ln in above.split("\n") if ln.strip() and not SOURCE_RE.match(ln + "\n")]
    if not lines:
        return False
    line = title_case(lines[-1]) if lines[-1].isupper() else lines[-1]
    return places.council_named(line) is not None or _COUNCIL_LINE.fullmatch(line) is not None


# a council's name alone on a line, its place's words then "Council": "Pellham District Council"
_COUNCIL_LINE = re.compile(r"(?!The\s)(?:[A-Z][\w'’&-]*\s+(?:(?:and|upon|on|in|of)\s+)?){1,4}Council")


def named_by_banner(head: str, kind: str) -> str | None:
    """The body a head's banner (its first lines) names in full that KIND, a name made of kind words only ("the
    Partnership Board", "the Board"), refers to; None when KIND is a name of its own or no banner completes it."""
    if not _kind_only(kind):
        return None
    first = [ln for ln in head.split("\n") if ln.strip() and not SOURCE_RE.match(ln + "\n")][:4]
    return _banner("\n".join(first), kind)


def _full_name(rest: str) -> str | None:
    """The body named in full at the start of REST, a heading's remainder, or None."""
    name = _name_at_start(rest)
    return name if name is not None and not _kind_only(name) else None


def _kind_named(rest: str) -> str | None:
    """ "Partnership Board meeting held on ...": the kind of body a heading names without a name of its own."""
    name = _name_at_start(rest)
    return name if name is not None and _kind_only(name) else None


def _name_at_start(rest: str) -> str | None:
    from .mentions import find_mentions

    rest = rest.strip(" \t#*")
    # a name set in capitals in a sentence-case line ("... of the NORTHDALE BOARD held on"): read in its usual case
    capitals = re.match(r"[A-Z][A-Z ,&'’-]*[A-Z](?=\s+[a-z(]|\s*[,(–—-]|$)", rest)
    if capitals and len(capitals.group().split()) >= 2:
        rest = title_case(capitals.group()) + rest[capitals.end() :]
    rest = re.sub(r"^(?:the|a)\s+", "", rest, flags=re.I)
    rest = re.sub(r"^([A-Z][\w-]*)['’]s\b", r"\1", rest)  # "the Board's meeting on": the Board
    rest = re.split(r"\s+(?:[Mm]eeting|MEETING)\b", rest, maxsplit=1)[0]  # "X Committee Meeting held on": X
    for m in find_mentions(rest, 0, len(rest)):
        if m.start == 0 and m.kind == "body" and _AFTER_NAME.match(rest[m.end :]):
            # "Overview and Scrutiny Panel (Performance and Growth)": a council's panels told apart by their remit
            remit = _bracketed_remit(rest, m.end)
            return f"{m.name} ({remit})" if remit else m.name
        break
    return None


def _kind_only(name: str) -> bool:
    """A name made only of the kinds' words ("Partnership Board", "Board"): a reference, not a name."""
    from .lexicon import heads

    kinds = heads().body | _KIND_WORDS
    return all(w in kinds for w in name.split())


_KIND_WORDS = frozenset({"Strategic", "Executive", "Management", "Steering", "Joint", "Delivery", "Operational"})


def _banner(above: str, kind: str | None) -> str | None:
    """The body a banner line of ABOVE names in full (a line that is one body's name and nothing else, set in
    capitals or not) that KIND completes: the name ends in the kind's first or last word. With no KIND, the one
    body the banner lines name. A council's name is no banner of a meeting."""
    from . import placenames as places

    lines = [ln.strip(" \t#*") for ln in above.split("\n") if ln.strip() and not SOURCE_RE.match(ln + "\n")]
    # a title broken over two lines ("Safer Oldham" over "Partnership Board") is one name
    joined = [_split_title(f"{a}\n{b}") for a, b in zip(lines, lines[1:], strict=False)] + [None]
    lines = [j or ln for ln, j, before in zip(lines, joined, [None, *joined], strict=False) if before is None]
    found: list[str] = []
    for line in lines[-_BANNER_LINES:]:
        # "Safer Northdale Board (SNB)": the name and its initials; "X COMMITTEE (sitting as the crime and disorder
        # committee)", "X GROUP (a delivery group of the Y)": the name and a note on the capacity it met in or
        # whose it is, which the cleaner may have joined to the banner's line
        name = _one_name(_BANNER_NOTE.sub("", line))
        if name is None or places.council_named(name) is not None:
            continue
        if kind is None or name.split()[-1] in (kind.split()[0], kind.split()[-1]):
            found.append(name)
    return found[0] if len(set(found)) == 1 else None
