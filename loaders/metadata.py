"""Document metadata from the text: meeting date, council, area, body, document type, title, agenda items.

A date is only taken from the document's head (title lines, "Minutes of ... held on ...") and only when it
is a full date; otherwise the date is missing and must come from `govkg load --date` or a sidecar
`<name>.meta.yaml`. Guessing from dates in the body text would date facts wrongly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import LoadError
from . import safe_yaml
from .wordstart import may_match, required_strings, word_start

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
DATE_PATTERNS = (
    # Thursday, 7 September 2017 / 15th JULY 2015 / 4 March 2019
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|ST|ND|RD|TH)?(?:\s+of)?\s+{_MONTH}\s*,?\s+(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    # September 7, 2017
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    # 2017-09-07
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    # 07/09/2017 or 7.9.17 (UK order)
    re.compile(r"\b(?P<day>\d{1,2})[/.](?P<mnum>\d{1,2})[/.](?P<year>(?:19|20)?\d\d)\b"),
)

HEAD_CHARS = 900  # the header region: where a meeting's date and body are stated
DOC_TYPES = (
    ("decision", word_start(r"\bdecision (?:notice|record|sheet|report|maker)\b|\bdecision no\b|\bkey decision\b",
                            re.I)),
    # the word-start wordings under one "\b" and the line-start ones under one "^": each position of the text
    # then costs two cheap tests rather than an attempt at every wording
    ("minutes", re.compile(r"\b(?:minutes of\b|present\s*:|attending for this item|record of (?:the )?proceedings\b|"
                           r"notes of (?:the|a) meeting\b|in attendance\s*:|minutes\s*:|attendees\s*:|"
                           r"apologies(?: for absence)?\s*:)|^\s*(?:present\b|minutes\s*$|attendees\s*$)",
                           re.I | re.M)),
    ("terms-of-reference", word_start(r"\bterms of reference\b|\bconstitution\b", re.I)),
    ("briefing", word_start(r"\bbriefing note\b", re.I)),
    ("report", word_start(r"\breport\b", re.I)),
)
AGENDA_ITEM_RE = re.compile(r"^(?P<num>\d{1,4})\.?[ \t]+(?P<title>[A-Z][^\n]{2,120})$", re.M)
SOURCE_RE = re.compile(r"\A\s*Source:\s*(?P<url>\S+)[^\n]*\n")


@dataclass
class Metadata:
    date: dt.date | None = None
    date_precision: str | None = None
    council: str | None = None
    area: str | None = None
    body: str | None = None
    doc_type: str = "document"
    title: str | None = None
    agenda_items: list[tuple[str, str]] = field(default_factory=list)
    author: str | None = None
    url: str | None = None
    police_area: str | None = None
    url_body: str | None = None  # a body the web address names, a last resort for the meeting's body
    places: tuple[str, ...] = ()  # the places the text names, in order of first mention


# every date pattern holds a digit (\d, as the patterns mean it): a text without one, as most head lines are, is
# settled by one scan for a digit instead of a case-blind search per pattern
_DIGIT = re.compile(r"\d")


def parse_date(text: str) -> dt.date | None:
    if _DIGIT.search(text) is None:
        return None
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            try:
                return _to_date(m)
            except ValueError:
                continue
    return None


def _to_date(m: re.Match[str]) -> dt.date:
    groups = m.groupdict()
    year = int(groups["year"])
    if year < 100:
        year += 2000
    month = MONTHS[groups["month"].lower().rstrip(".")] if groups.get("month") else int(groups["mnum"])
    return dt.date(year, month, int(groups["day"]))


_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b", re.I)


def head_date(head: str) -> tuple[dt.date, str] | None:
    """The meeting or paper date stated in the document's head, with its precision."""
    m = re.search(
        r"(?:held on|meeting of|meeting on|meeting held|date of meeting:?|meeting date:?|date:|dated:?|"
        r"date of decision:?|decision date:?|date of report:?|report date:?|date signed:?|date of paper:?)"
        r"\s*(?P<rest>[^\n]{0,60}(?:\n\s*[^\n]{0,40})?)",
        head,
        re.I,
    )
    if m:
        found = parse_date(m.group("rest"))
        if found:
            return found, "day"
    for line in head.split("\n")[:14]:
        if re.search(r"date of issue|published|printed|source:", line, re.I):
            continue
        found = parse_date(line)
        if found:
            return found, "day"
    for line in head.split("\n")[:8]:
        if re.search(r"date of issue|published|printed|source:", line, re.I):
            continue
        m = _MONTH_YEAR.search(line)
        if m:
            return dt.date(int(m.group("year")), MONTHS[m.group("month").lower().rstrip(".")], 1), "month"
    return None


_LABELLED_DATE = re.compile(r"(?im)^\W*(?:date of (?:decision|meeting|report|publication)|decision date|meeting date|"
                            r"date (?:published|signed|agreed)|published(?: on)?|signed(?: on)?)\s*:?\s*"
                            r"(?P<rest>[^\n]{0,40})")


def labelled_date(text: str) -> tuple[dt.date, str] | None:
    """A date the paper labels as its own further down ("Date of decision: 12 May 2022", at its foot)."""
    for m in _LABELLED_DATE.finditer(text):
        found = parse_date(m.group("rest"))
        if found:
            return found, "day"
    return None


def url_date(url: str | None) -> tuple[dt.date, str] | None:
    """A date written in a web address ("/2019/03/22/", "minutes-22-march-2019", "2019-03-22")."""
    if not url:
        return None
    from urllib.parse import unquote

    url = unquote(url)
    m = re.search(r"(?<!\d)((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)", url)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day"
        except ValueError:
            pass
    m = re.search(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?!\d)", url)  # "DF=13/03/2018"
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))), "day"
        except ValueError:
            pass
    words = re.sub(r"(?:%20|[/_\-.])+", " ", url)
    found = parse_date(words)
    return (found, "day") if found else None


def _is_place(name: str) -> bool:
    from .placenames import is_place

    return is_place(name)


def placenames_in(name: str) -> bool:
    from .placenames import scan_places

    return bool(scan_places(name))


_SLUG_STOP = frozenset("of the to from for minutes summary agenda notes report meeting".split())


def url_body(url: str | None, text_of_doc: str | None = None) -> str | None:
    """A body named in a web address's path ("/minute---norfolk-safeguarding-adults-board"), when its words make a
    body's name."""
    if not url:
        return None
    from urllib.parse import unquote, urlsplit

    path = unquote(urlsplit(url).path)
    for segment in reversed([p for p in re.split(r"/", path) if p]):
        words = [w for w in re.split(r"[-_+.\s]+", segment) if w and not w.isdigit()]
        if len(words) < 2:
            continue
        phrase = " ".join(words).lower()
        m = re.search(r"((?:[a-z]+ ){1,6}(?:board|partnership|panel|committee|forum|group))\b", phrase)
        if not m:
            continue
        candidate = m.group(1).split()
        # the shortest tail of the slug's words that the text itself writes as a name
        for k in range(len(candidate) - 2, -1, -1):
            if candidate[k] in _SLUG_STOP:
                break  # "summary-of-the-safer-suffolk-partnership-board": the name starts after "of the"
            tail = " ".join(candidate[k:])
            found = re.search(r"\b" + re.escape(tail).replace(r"\ ", r"\s+") + r"\b", text_of_doc or "", re.I)
            if found and found.group(0)[:1].isupper() and len(candidate) - k >= 3 and placenames_in(found.group(0)):
                best = " ".join(found.group(0).split())
                if best.isupper():
                    best = title_case(best)  # a heading in capitals names the body in its usual case
                if k == 0 or " ".join(candidate[k - 1 :]) not in phrase:
                    return best
                result = best
        return locals().get("result") or _listed_meeting_slug(path)
    return _listed_meeting_slug(path)


# the folder a council site lists its meetings' bodies in: "/meetings/safer-gateshead-partnership-board/2024-03-12"
_SMALL_WORDS = frozenset({"and", "of", "the", "for", "on"})
_MEETINGS_FOLDER = frozenset({"meetings", "meeting", "committees", "committee", "boards", "partnerships"})


def _listed_meeting_slug(path: str) -> str | None:
    """The body a site's meetings folder is named after, whole, when the text never writes it: a name of plain
    words with a place in it that ends in a body's head noun (a slug with initials in it is left, its case
    unknown)."""
    segments = [p for p in path.split("/") if p]
    for parent, segment in zip(segments, segments[1:], strict=False):
        if parent.casefold() not in _MEETINGS_FOLDER:
            continue
        words = segment.casefold().split("-")
        # a word of three letters or fewer may be initials ("csp"), whose case the slug has lost
        if not 3 <= len(words) <= 8 or not all(w.isalpha() and (len(w) > 3 or w in _SMALL_WORDS) for w in words) or \
                words[-1] not in ("board", "partnership", "panel", "committee", "forum", "group") or \
                words[0] in _SLUG_STOP:
            continue
        name = title_case(" ".join(words))
        if placenames_in(name):
            return name
    return None


_NATIONS = frozenset({"England", "Wales", "Scotland", "Northern Ireland", "United Kingdom", "UK", "Great Britain",
                      "Britain", "England and Wales"})


def main_area(text: str, found: list | None = None) -> str | None:
    """The area a document is most about: the place it names most often, its head counting double (longest
    names first, so "North Yorkshire" does not count as "York")."""
    from .placenames import scan_places

    counts: Counter[str] = Counter()
    for start, _end, name in (found if found is not None else scan_places(text[:60000])):
        if name in _NATIONS:
            continue  # "(Wales) Act 2015", "Police Scotland": a nation is no council's or partnership's area
        counts[name] += 2 if start < HEAD_CHARS else 1
    return counts.most_common(1)[0][0] if counts else None


_COUNCIL_REFERENCE = re.compile(r"\b(?:the|this|our) (?:County |City |Borough |District |Metropolitan Borough )?"
                                r"Council\b",
                                re.I)


def council_for(text: str, area: str | None, scanned: list | None = None) -> str | None:
    """The council behind the document, by the national gazetteer: the council of its main area when the text
    names it or speaks of "the Council"; else the council it names most often."""
    from .gazetteer import places as gz
    from .placenames import council_of

    counts: Counter[str] = Counter()
    for mention in (scanned if scanned is not None else gz.scan(text[:60000])):
        entry = mention.match.entry
        forms = mention.match.forms
        council_word = "Council" in text[mention.start : mention.end] if "short" in forms else False
        if ("formal" in forms or council_word) and getattr(entry, "council", None):
            counts[entry.name] += 1  # "Lambeth Council" (formal) or "Croydon Council" (its short form)
    # a paper headed by its area ("Rutland Safer Communities Board") is that area's council's, whatever
    # councils its members come from
    if area and (counts.get(area) or _COUNCIL_REFERENCE.search(text) or area in text[:600]):
        own = council_of(area)
        if own:
            return own
    if counts and area and council_of(area) is None and len(counts) > 1:
        # a paper of an area no one council governs (a police area, a combined authority's county, a Welsh
        # planning area) that names several councils is none of theirs
        return None
    if counts:
        return council_of(counts.most_common(1)[0][0])
    return None


# a paper's heading line that names the authority it comes from
_HEAD_COUNCIL = re.compile(r"(?i)(?P<place>[a-z][a-z'’ -]{1,40}?)\s+(?:(?:county borough|metropolitan borough|borough|"
                           r"district|city|county)\s+)?council")
_HEAD_COMMISSIONER = re.compile(r"(?i)(?:office of the )?police(?:, fire)? and crime commissioner for "
                                r"(?P<place>[a-z][a-z'’ -]{1,40})")


def headed_by(head: str) -> tuple[str, str | None, bool] | None:
    """(area, council, whether a police area) of the authority a paper's first lines are headed by ("PELLBROOK
    BOROUGH COUNCIL", "Office of the Police and Crime Commissioner for Marlshire"): a line of its own."""
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()][:4]
    for line in lines:
        m = _HEAD_COUNCIL.fullmatch(line)
        if m:
            return title_case(m.group("place")), title_case(line), False
        m = _HEAD_COMMISSIONER.fullmatch(line)
        if m:
            return title_case(m.group("place")), None, True
    return None


_AREA_SERVICE_KINDS = frozenset({"fire_authority", "fire_service"})


def served_area(head: str) -> str | None:
    """The area of the fire authority or service a paper's first lines are headed by, on a line of their own: the
    one place it covers, or the ceremonial county all the places it covers lie in."""
    from .gazetteer import places as gz

    lines = [ln.strip() for ln in head.split("\n") if ln.strip() and not SOURCE_RE.match(ln + "\n")][:4]
    for line in lines:
        found = gz.match(title_case(line) if line.isupper() else line)
        if found is None or found.entry.kind not in _AREA_SERVICE_KINDS or found.text != (
                title_case(line) if line.isupper() else line):
            continue
        covers = [gz.place(name) for name in getattr(found.entry, "covers", ())]
        if len(covers) == 1 and covers[0] is not None:
            return covers[0].name
        counties = {getattr(p, "ceremonial_county", None) for p in covers if p is not None}
        if len(counties) == 1 and None not in counties and len(covers) == sum(p is not None for p in covers):
            return counties.pop()
    return None


def title_case(line: str) -> str:
    small = {"and", "of", "for", "on", "the", "to", "in", "with", "a"}
    words = line.lower().split()
    # "PARRY-JONES" -> "Parry-Jones": each part of a hyphenated word is capitalised
    return " ".join(w if (i and w in small) else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                    for i, w in enumerate(words))


_HEADS = (r"(?:Board|Committee|Sub-Committee|Panel|Partnership|Cabinet|Forum|Group|Executive|Council|Commission|"
          r"Assembly)")
_BODY_IN_HEAD = (
    # "Report to: Safer Communities Board", "Meeting: Cabinet", "Committee - Audit Panel"
    re.compile(
        r"^[ \t]*(?:Report to|Meeting|Committee|Board|Panel|Meeting of|Name of meeting|Decision taken by|Forum|"
        # a council meeting system's page of one decision: "Decision Maker: Community Safety Scrutiny Committee"
        r"Decision Maker)"
        r"\s*[:\-–]\s*(?:the )?(?P<body>[A-Z][^\n,]{1,80}" + _HEADS + r")\b",
        re.I | re.M,
    ),
    re.compile(
        r"^(?P<body>[A-Z][^\n]{2,90}?" + _HEADS + r")(?: \([A-Z]{2,8}\))?\s*[,–\-|:]?\s*"
        r"(?:(?:meeting|minutes|notes|agenda|and)\s*[,–\-:]?\s*){0,3}"
        r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH,
        re.I | re.M,
    ),
    # "MINUTES" on a line of its own over the body's name ("Northdale Council" / "Minutes" / "Safer Northdale
    # Board"): the name under the word is the meeting's, not the banner above it. A bilingual paper writes the word
    # after its other language's ("Cofnodion / Minutes") and may set the name's other-language form on the line
    # between (no digit, no colon on it: a date or a field is not a name)
    re.compile(r"^[ \t]*(?:[^\n/:]{1,40}/[ \t]*)?(?:minutes|notes|notes of (?:the )?meeting|record of (?:the )?meeting)"
               r"[ \t]*\n(?:[^\n\d:/]{3,90}\n)?[ \t]*(?:the )?(?P<body>[A-Z][^\n]{2,90}?" + _HEADS + r")"
               r"(?: \([A-Z]{2,8}\))?[ \t]*$", re.I | re.M),
    # "Notes: Gateshead Community Safety Partnership Board": the name runs to the line's end or what follows a name
    re.compile(r"^(?:Minutes|Notes|Agenda)\s*[:\-–]\s*(?:the )?(?P<body>[A-Z][^\n]{2,90}?" + _HEADS + r")"
               r"(?=[ \t]*(?:$|[,(|:–-]|\d)|\s+(?:[Mm]eeting|[Mm]inutes|[Nn]otes|held|on|at)\b)", re.M),
    # "Northdale Community Safety Board (NCSB)" above "Notes of meeting - Wednesday 18 September 2024"
    # (a blank line may stand between them; "MINUTES" on a line of its own needs no date beside it)
    re.compile(r"^[ \t]*(?:the )?(?P<body>[A-Z][^\n]{2,90}?" + _HEADS + r")(?: \([A-Z]{2,8}\))?[ \t]*\n(?:[ \t]*\n)?"
               # "Minutes of the meeting held on 3 May", "At a meeting held on ...", "Date: 14 March 2024"
               r"[ \t]*(?:(?:(?:notes?|minutes|agenda|record|summary|action notes)(?: of(?: the)?(?: meeting)?)?"
               r"|meeting|at a meeting|held on|(?:meeting )?date\s*:)[^\n]{0,40}?\b\d{1,2}(?:st|nd|rd|th)?\s+" +
               _MONTH + r"|(?:notes|minutes|action notes)[ \t]*$)",
               re.I | re.M),
    # "Northdale Safeguarding Adults Board Annual Report 2022-23": a body's own report, plan or terms of reference
    re.compile(r"^[ \t]*(?:the )?(?P<body>[A-Z][^\n]{2,90}?" + _HEADS + r")(?: \([A-Z]{2,8}\))?\s*[:\-–—|]?\s*"
               r"(?:Annual Report|Annual Review|Business Plan|Strategic Plan|Delivery Plan|Terms of Reference|"
               r"Constitution|Action Log|Action Notes|Decision Log|Minutes|Meeting Notes|Notes of (?:the )?Meeting)\b",
               re.I | re.M),
)
# for each pattern, the strings one of which every match holds (None: none known): a head holding none of them
# is not searched with that pattern ("minutes of ", a paper's kind), by substring tests
_BODY_IN_HEAD_WORDS = tuple(required_strings(p) for p in _BODY_IN_HEAD)


_TITLE_ACRONYM = tuple(
    re.compile(r"^(?P<place>[A-Z][\w'’-]+" + more + r") (?P<long>[A-Z][^()]{5,120}?) "
               r"\((?P<acr>[A-Z]{3,10})\) (?P<head>(?:[A-Z][\w-]+ ){0,3}[A-Z][\w-]+)$")
    for more in ("", r" [A-Z][\w'’-]+"))  # a place of one word or of two ("Northdale", "North Dale")


def contracted_title(title: str) -> str | None:
    """ "Northdale Violence Against Women, Domestic Abuse and Sexual Violence (VAWDASV) Strategic Board" ->
    "Northdale VAWDASV Strategic Board": a body's name whose middle its own acronym shortens, as the paper goes on
    to write it."""
    from .lexicon import heads

    for pattern in _TITLE_ACRONYM:
        m = pattern.match(title)
        if not m or m.group("head").split()[-1] not in heads().body:
            continue
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", m.group("long"))
                           if w.casefold() not in ("and", "of", "the", "for", "in", "on", "to"))
        if initials.upper() == m.group("acr"):
            return f"{m.group('place')} {m.group('acr')} {m.group('head')}"
    return None


def _body_name(candidate: str) -> str | None:
    """The body a head line names: its last name that ends in a body's head noun ("Anthony Lowe Chair of the
    Safer Nottinghamshire Board" -> "Safer Nottinghamshire Board"); None for a clause ("previous meeting To
    approve ... Committee")."""
    from .mentions import find_mentions

    found = None
    for m in find_mentions(candidate, 0, len(candidate)):
        if m.kind == "body" and not m.back_ref:
            found = m.name
        elif m.kind == "post" and m.role == "chair_of":
            found = re.sub(r"^(?:Co-)?Chair(?:man|woman|person)? of (?:the )?", "", m.name)
    return found


_MEETING_OF_BODY = re.compile(
    r"\b(?:Meeting|Minutes) of (?:the )?(?P<body>[A-Z][\w ,&'’-]{3,100}?" + _HEADS + r")\s*[,–-]\s*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH
)


# "Cabinet Member for Community Safety - Tuesday, 16th February, 2021": a single member's decision meeting, which
# council meeting systems list as a committee of its own
_DECISION_MEETING = re.compile(
    r"^[ \t]*(?P<body>(?:Cabinet Member|Executive Member|Portfolio Holder|Lead Member) (?:for|of) [A-Z][^\n,–-]{2,70}?)"
    r"\s+[-–]\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH, re.M)


# "Meeting: 14/01/2019 - Cabinet (Item 5)": a council meeting system's page of one item, as each meeting took it
_ITEM_AT_MEETING = re.compile(
    r"^[ \t]*Meeting\s*:\s*\d{1,2}/\d{1,2}/\d{2,4}\s*[-–]\s*(?P<body>[A-Z][^\n()]{1,80}?)\s*\((?:Agenda )?Item\s*\w+\)",
    re.M | re.I)


# a paper put before a meeting as one of its items or appendices, marked so at the end of a head line
# ("Community Safety Board - 12 June 2024      Item 7", "London Borough of Northdale      Appendix B")
_SUBMITTED_MARK = re.compile(r"(?im)(?:^|\S[ \t]{2,}|\t)(?:(?P<appendix>appendix|annex|enclosure)\s+[A-Z0-9]{1,3}|"
                             r"(?:agenda\s+)?item(?:\s+no\.?)?\s*:?\s*\d{1,3}[a-z]?)[ \t]*$")
# what a body's own standing paper is, written under or after its name in the title: the body's rules themselves
_OWN_PAPER = re.compile(r"(?i)^[ \t]*(?:[-–—:|][ \t]*)?(?:(?:draft|revised|final|updated)\s+)?(?:terms of reference|"
                        r"constitution|governance arrangements|membership and terms of reference)\b")
# a paper a body writes about its year or its plans: its own under an appendix mark (the paper attached whole),
# but under an item mark alone more often an officer's report about the body to the meeting
_OWN_REPORT = re.compile(r"(?i)^[ \t]*(?:[-–—:|][ \t]*)?(?:annual report|annual review|(?:business|strategic|delivery|"
                         r"action) plan|strategy)\b")


# a cover sheet's field naming the meeting a paper goes to, and the field giving the paper's title
_REPORT_TO = re.compile(r"(?i)^[ \t]*(?:report to|submitted to|meeting)[ \t]*:")
_TITLE_FIELD = re.compile(r"(?i)^[ \t]*(?:report title|title of report|title|subject)[ \t]*:[ \t]*")
# a title field naming a body and then what the paper reports of it: "Subject: Eastvale Prevent Board - annual
# assurance report", "Title: Safer Eastvale Partnership: progress update". The paper goes to the meeting the
# report-to field names, but its lists (members, priorities, grants) are the named body's
_REPORT_OF = re.compile(r"(?i)^[ \t]*[-–—:|][ \t]*(?:(?:draft|revised|final)\s+)?(?:annual\s+)?(?:assurance\s+|"
                        r"progress\s+|performance\s+)?(?:report|review|update)\b")


def submitted_paper_body(head: str) -> str | None:
    """The body a paper submitted to a meeting is about: its head names the meeting it was put to and marks it as
    an item or appendix, while its title names another body above what the paper is ("IOM STEERING GROUP" over
    "TERMS OF REFERENCE"). The meeting is where the paper went; the paper's own body is its title's."""
    from .mentions import find_mentions

    lines = [ln for ln in head.split("\n") if ln.strip() and not SOURCE_RE.match(ln + "\n")][:8]
    marks = [m for m in (_SUBMITTED_MARK.search(ln) for ln in lines[:4]) if m]
    if not marks and not any(_REPORT_TO.match(ln) for ln in lines[:4]):
        return None
    kinds = (_OWN_PAPER, _OWN_REPORT) if any(m.group("appendix") for m in marks) else (_OWN_PAPER,)
    fields = [bool(_TITLE_FIELD.match(ln)) for ln in lines]
    # a cover sheet's title field: "Title: Bolton Hate Crime Group - Terms of Reference"
    lines = [_TITLE_FIELD.sub("", ln, count=1) for ln in lines]
    for k, line in enumerate(lines):
        line_kinds = kinds + (_REPORT_OF,) if fields[k] else kinds
        found = [m for m in find_mentions(line, 0, len(line)) if m.kind == "body" and not m.back_ref]
        if len(found) != 1 or len(found[0].name.split()) < 2 or line[: found[0].start].strip(" #*"):
            continue
        alone = not line[found[0].end :].strip(" #*")
        rest = line[found[0].end :] if not alone else (lines[k + 1] if k + 1 < len(lines) else "")
        # the paper's kind below the name, after it, or above it ("TERMS OF REFERENCE" over the group's name)
        above = lines[k - 1] if alone and k > 0 and len(lines[k - 1].split()) <= 6 else ""
        if any(kind.match(rest) or (above and kind.match(above)) for kind in line_kinds):
            return found[0].name
    return None


def head_body(head: str, text: str = "") -> str | None:
    from .meeting_frame import minutes_heading, named_by_banner

    item = _ITEM_AT_MEETING.search(head)
    if item:
        return item.group("body")  # the meeting that took the item, before any body the item's title names
    frame = minutes_heading(head)
    if frame is not None and frame.body is not None:
        return frame.body
    submitted = submitted_paper_body(head)
    if submitted is not None:
        return submitted
    found = _split_title(head) or _head_body(head)
    if found is not None:
        found = named_by_banner(head, found) or found
    if found is None:
        decision = _DECISION_MEETING.search(head)
        if decision:
            return decision.group("body")
    if found is None and text:
        # "Meeting of Housing and Communities Select Committee, Monday 2nd May 2022"
        m = _MEETING_OF_BODY.search(text[:4000])
        if m:
            found = _body_name(m.group("body")) if "," not in m.group("body") else m.group("body")
    if found is None and text:
        found = running_header_body(text)
    if found is None:
        found = _branded_meeting(head)
    if found is None:
        found = _title_line_body(head)
    return found


def _title_line_body(head: str) -> str | None:
    """ "Gwynedd and Anglesey Community Safety Partnership" on a line of its own among the title's first lines (under
    "Appendix A" and the paper's kind, or after the same name in another language): the paper is that body's, when
    its title lines name no other. The last resort: every form that reads a body from a sentence comes first."""
    from . import placenames as places
    from .mentions import find_mentions

    named: list[str] = []
    for line in [ln.strip() for ln in head.split("\n") if ln.strip()][:8]:
        mentions = find_mentions(line, 0, len(line))
        bodies = [m for m in mentions if m.kind == "body"]
        if len(mentions) == 1 and bodies and bodies[0].name == line and places.council_named(line) is None:
            named.append(line)  # (a council heads its papers: whose they are is said apart)
    if len(set(named)) == 1 and places.leading_place(named[0]) is None:
        return None  # "Safer Rochdale Partnership" alone: a section's heading as likely as the paper's title
    return named[0] if len(set(named)) == 1 else None


# "Minutes of the Safer Sefton Together meeting held on ...": a body whose name has no head noun, named as met
_BRANDED_MEETING = re.compile(r"(?:Minutes|Notes?|Record) of (?:the |a )?(?P<body>(?:[A-Z][\w&'’-]*\s){1,5}?)"
                              r"(?:[Mm]eeting|[Bb]oard [Mm]eeting)\s+(?:held|on)\b")


def _branded_meeting(head: str) -> str | None:
    m = _BRANDED_MEETING.search(head)
    if m is None:
        return None
    name = m.group("body").strip()
    words = name.split()
    if words[0] in ("The", "This", "That", "Last", "Previous", "Next", "Special", "Extraordinary", "Annual") or \
            len(words) < 2 or not placenames_in(name) or _is_place(name):
        # "Minutes of the Last Meeting held on": no body; "the Gateshead meeting": a place; a name carries one
        return None
    return name


# a page's running header or footer: "Safer Gateshead Partnership Board Minutes 12.03.24   Page 2 of 5"
_PAGE_MARK = re.compile(r"(?i)(?:\s*[-–|]\s*|\s+)(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s+of\s+\d+)\s*$")
_HEADER_FURNITURE = re.compile(r"(?i)(?:\s*[-–|:,]?\s*(?:minutes|notes|action (?:log|notes)|meeting|draft|"
                               r"\d{1,2}(?:st|nd|rd|th)?[ ./-](?:\d{1,2}|[a-z]{3,9})[ ./-]\d{2,4}))+\s*$")


def running_header_body(text: str) -> str | None:
    """The body a page's running header names, when the paper's first lines do not ("Gateshead CSP Board Minutes
    12.03.24  Page 1 of 5" under a row of logos): a line of its own that carries a page number."""
    for line in text[:60000].split("\n"):
        page = _PAGE_MARK.search(line)
        if page is None:
            continue
        rest = _HEADER_FURNITURE.sub("", line[: page.start()]).strip(" -–|")
        if not re.search(_HEADS + r"(?: \([A-Z]{2,8}\))?$", rest) or rest.endswith("Council"):
            continue
        found = _body_name(rest)
        if found is not None and found == rest.removeprefix("The ").removeprefix("the "):
            return found  # the whole remainder is the one name: not a sentence that happens to end in a body
    return None


def _split_title(head: str) -> str | None:
    """A title broken over two lines, "Safer Gateshead" above "Partnership Board": the first line a place's
    words without a head noun, the second only head nouns; the name is both lines."""
    from .resolve import BODY_WORDS  # imported here: the resolver is built from what this module reads

    lines = [ln.strip() for ln in head.split("\n") if ln.strip()][:3]
    for first, second in zip(lines, lines[1:], strict=False):
        words, tail = first.split(), second.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or words[-1] in BODY_WORDS or \
                not 1 <= len(tail) <= 3 or not all(w in BODY_WORDS for w in tail) or not placenames_in(first):
            continue
        return f"{first} {second}"
    return None


def _council_meeting_word(m: re.Match[str], written: str) -> str | None:
    """ "Minutes of the meeting of the Cabinet", "At a meeting of the Council": the council's own meeting, named by
    its one word only where the head says it is the meeting's (no bare word on a line is taken)."""
    if written.casefold().removeprefix("the ") in ("cabinet", "executive", "council") and \
            re.search(r"(?i)\bmeeting of (?:the )?$", m.string[max(0, m.start("body") - 20) : m.start("body")]):
        return written.removeprefix("the ").removeprefix("The ").title()
    return None


# a cover sheet's row naming the meetings a report went to before the one it is for
_CONSIDERED_BEFORE = re.compile(r"(?i)\b(?:has|have) been\b|\bconsidered by\b|\bpreviously considered\b|"
                                r"\bconsulted\b")


# a version line of terms of reference or a plan naming the body that approved them ("Version 2 - agreed by the
# Safer Northdale Partnership Board, 1 July 2024"): often the paper's own board, but under a title line that names
# a body of its own ("Hate Crime Board" above "Terms of Reference") it is the parent that approved the sub-board's
_APPROVED_BY = re.compile(r"(?i)\b(?:agreed|approved|adopted|endorsed|ratified|signed off) by\b")


# what a title's segment may end in after the body's name: "Safer Northdale Board Presentation", "... Board Update"
_SEGMENT_PAPER = re.compile(r"\s+(?:Presentation|Overview|Update|Briefing|Report|Annual Report|Minutes)$")


_KIND_COLON = re.compile(r"(?i)^(\s*(?:(?:draft|revised|final|updated)\s+)?(?:terms of reference|constitution|"
                         r"governance arrangements|annual report|minutes|notes|agenda))\s*:\s+")


def _head_body(head: str) -> str | None:
    # the title line: the first that is not blank (a web page's text starts after "Source: ..." and a blank line)
    first = next((ln for ln in head.split("\n") if ln.strip()), "")
    # "Terms of Reference: Surrey Heath Channel Panel": the paper's kind, a colon, then the body it is of, as after
    # a dash ("Terms of Reference – X")
    first = _KIND_COLON.sub(" - ", first, count=1)
    for segment in re.split(r"\s+[-–|]\s+", first)[1:]:
        segment = _SEGMENT_PAPER.sub("", segment.strip())
        if re.search(_HEADS + r"$", segment.strip()):
            found = _body_name(segment.strip())
            if found:
                return found
    return _head_body_named(head)


def _head_body_named(head: str) -> str | None:
    """The body the head names by one of the _BODY_IN_HEAD forms; failing that, a body named as the one that
    approved the paper (the last resort). One pass over the forms' matches: the first body not named as the
    approver is taken, else the first that is, as two passes (without, then with approvers) would find."""
    approved_body: str | None = None
    for pattern, words in zip(_BODY_IN_HEAD, _BODY_IN_HEAD_WORDS, strict=True):
        if words is not None and not may_match(words, head):
            continue
        for m in pattern.finditer(head):
            line_start = head.rfind("\n", 0, m.start("body")) + 1
            if _CONSIDERED_BEFORE.search(head, line_start, m.end("body")):
                continue  # "Report to be/has been considered by: Strategic Executive Board": an earlier meeting's
            approver = _APPROVED_BY.search(head, line_start, m.end("body")) is not None
            if approver and approved_body is not None:
                continue  # the last resort is already found: only a body not named as the approver can come first
            body = _body_in_head(head, m)
            if body is not None and not approver:
                return body
            if body is not None:
                approved_body = body
    return approved_body


def _body_in_head(head: str, m: re.Match[str]) -> str | None:
    """The body a _BODY_IN_HEAD match M names, or None."""
    written = m.group("body").strip()
    if written.isupper():
        written = title_case(written)  # names are read in their usual case: "HOUSING, LEISURE AND ..."
    candidate = contracted_title(written) or _body_name(written) or _council_meeting_word(m, written)
    if candidate is None:
        return None
    body = candidate.strip(" #*")
    if body.isupper():
        body = title_case(body)
    body = re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\s+", " ", body), flags=re.I)
    body = re.sub(r"^(?:Minutes of|Meeting of|Notes of)\s+(?:the\s+)?", "", body, flags=re.I)
    if body and not re.match(r"(?i)(?:this|that|which)\b", body):
        qualifier = _bracketed_remit(head, m.end("body"))
        return f"{body} ({qualifier})" if qualifier and written.endswith(body.split()[-1]) else body
    return None


# "Overview and Scrutiny Panel (Performance and Growth)", "Scrutiny Committee (Adults and Health)": a council with
# several panels of one kind tells them apart by the remit in brackets, part of the name
_BRACKETED_REMIT = re.compile(r"[ \t]?\((?P<remit>[A-Z][\w'’-]*(?:,? (?:[A-Z][\w'’-]*|and|AND|&|of|OF|for|FOR))*)\)")
_NO_REMIT = frozenset({"chair", "chairman", "vice-chair", "vice-chairman", "meeting", "public", "private", "special",
                       "extraordinary", "part", "exempt", "hybrid", "virtual", "remote", "draft", "agenda", "minutes"})


def _other_name(head: str, end: int, bracketed: str) -> bool:
    """BRACKETED, after the name that ends at END of HEAD, is the body's other name, not a remit: it repeats the
    place the name holds and nothing else but words such as "Safer" ("ISLE OF WIGHT COMMUNITY SAFETY PARTNERSHIP
    (SAFER ISLE OF WIGHT)"); a remit names a field of work, never the body's place again."""
    line = head[head.rfind("\n", 0, end) + 1 : end].casefold()
    words = [w for w in re.findall(r"[a-z]+", bracketed.casefold()) if w not in _SMALL_WORDS]
    return bool(words) and all(re.search(rf"\b{w}\b", line) for w in words)


_SMALL_WORDS = frozenset({"and", "of", "the", "for", "safer", "stronger", "together", "community", "communities"})


def _bracketed_remit(head: str, end: int) -> str | None:
    """The remit in brackets straight after a body's name at END of HEAD, in its usual case; None for an acronym
    or a word about the meeting ("(Special)", "(Chair)")."""
    m = _BRACKETED_REMIT.match(head, end)
    if m is None or re.fullmatch(r"[A-Z]{2,8}s?", m.group("remit")) or \
            any(w.casefold() in _NO_REMIT for w in m.group("remit").split()) or \
            re.search(_HEADS + r"$", title_case(m.group("remit"))) or _other_name(head, end, m.group("remit")):
        return None  # "(Strategic Board)": the body's own board, a body of its own
    remit = m.group("remit")
    return title_case(remit) if remit.isupper() else remit


_MEETING_SIGNS = (
    word_start(r"\bapologies (?:were|had been|was) (?:received|noted|given)\b|\bsent (?:their )?apologies\b", re.I),
    word_start(r"\bresolved\b|\bit was agreed\b|\bagreed that\b", re.I),
    word_start(r"\bthe (?:meeting|chairman|chair|committee|board|panel|cabinet) (?:was|were|noted|agreed|received|"
               r"considered|had before it|asked|welcomed|thanked)\b", re.I),
    word_start(r"\b(?:interests? (?:were|was) declared|no (?:interests|declarations) (?:were|was)|"
               r"minutes of the (?:previous|last) meeting (?:were|was))\b", re.I),
    word_start(r"\b(?:members|councillors) (?:asked|noted|were (?:informed|told|advised))\b", re.I),
)


def document_type(text: str) -> str:
    """minutes, decision, terms-of-reference, briefing, report or document, from the paper's own wording;
    minutes also when the text reads as a meeting's record (apologies, resolutions, "the Board noted")."""
    head = text[:2000]
    title_lines = "\n".join(text.split("\n")[:4])
    if re.search(r"\bminutes\b", title_lines, re.I) and not re.search(r"\bdecision\b", title_lines, re.I):
        return "minutes"  # "Item 2 SLP YOS June 2010 Minutes", "... Board meeting minutes - 7 June 2021"
    if _ITEM_AT_MEETING.search(head):
        return "minutes"  # the page records what a meeting did with the item: who spoke, what it resolved
    for name, pattern in DOC_TYPES:
        if pattern.search(head):
            if name != "decision" and _reads_as_meeting(text):
                return "minutes"
            return name
    return "minutes" if _reads_as_meeting(text) else "document"


def reads_as_meeting(text: str) -> bool:
    """Whether TEXT reads as a meeting's record (apologies, resolutions, "the Committee noted")."""
    return _reads_as_meeting(text)


def _reads_as_meeting(text: str) -> bool:
    """Two signs of a meeting's record in TEXT (each a search of the whole text, so stop at the second)."""
    signs = 0
    for p in _MEETING_SIGNS:
        if p.search(text):
            signs += 1
            if signs >= 2:
                return True
    return False


# Page furniture of council "democracy" sites ("Agendas, Meetings and Minutes - Agenda item", "Minutes:"):
# lines made only of these words name no document, the heading after them does.
_CHROME_WORDS = frozenset(
    "agenda agendas item items meeting meetings minutes decision decisions and of the home page document".split()
)


# a website's own furniture before the paper: "Skip to main content", "Open menu", "T: 01245 ... E: ..."
_WEB_CHROME = re.compile(r"(?i)^(?:skip to|jump to|open menu|close menu|menu$|search$|cookies?\b|accept\b|"
                         r"change font|view text only|home\s*[>›/]|you are here|[TE]:\s|tel\b|back to)")


def _is_chrome(line: str) -> bool:
    if _WEB_CHROME.match(line):
        return True
    words = re.findall(r"[a-z]+", line.lower())
    return bool(words) and all(w in _CHROME_WORDS for w in words)


def document_title(head: str) -> str | None:
    for line in head.split("\n")[:12]:
        line = line.strip(" #*-")
        if line.lower().startswith("source:"):
            continue
        if len(line) >= 8 and re.search(r"[A-Za-z]{3}", line) and not _is_chrome(line):
            return title_case(line) if line.isupper() else line[:200]
    return None


def agenda_items(text: str) -> list[tuple[str, str]]:
    return [
        (m.group("num"), m.group("title").strip())
        for m in AGENDA_ITEM_RE.finditer(text)
        if len(m.group("title").split()) <= 14 and not m.group("title").rstrip().endswith(".")
    ]


def author(text: str) -> str | None:
    """The writer of a portfolio holder's report: "... REPORT TO COUNCIL - CLLR JANE SMITH"."""
    m = re.search(
        r"(?:PORTFOLIO HOLDER|CABINET MEMBER|LEAD MEMBER)[^\n]{0,40}?[-–:]\s*"
        r"(?P<name>(?:CLLR|COUNCILLOR|Cllr|Councillor)\.?\s+[A-Za-z][A-Za-z' -]+)$",
        text[: HEAD_CHARS * 2],
        re.M,
    )
    if not m:
        return None
    return title_case(m.group("name")).strip()


def read_metadata(text: str) -> Metadata:
    from . import placenames

    src = SOURCE_RE.match(text)
    url = src.group("url") if src else None
    body_text = text[src.end() :] if src else text
    head = body_text[:HEAD_CHARS]
    from .gazetteer import places as gz

    scanned = gz.scan(body_text[:60000])
    found = [(x.start, x.end, x.match.entry.name) for x in scanned if x.match.entry.is_place]
    host_council = placenames.council_from_host(url) if url else None
    area = host_council[1] if host_council else None
    banner = None if area else headed_by(head)
    served = None if area or banner else served_area(head)
    if served is not None:
        # "ROYAL BERKSHIRE FIRE AUTHORITY" over its committee's minutes: the county its service covers, not the
        # police area or town its guests and venue name most
        area, council, headed = served, None, None
    elif banner and banner[2] and placenames.police_area(banner[0]):
        # "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CLEVELAND" over a meeting held at a town's police HQ:
        # the paper is the commissioner's, of the force area and of no one council
        area, council, headed = banner[0], None, banner
    else:
        area = area or main_area(body_text, found)
        council = host_council[0] if host_council else council_for(body_text, area, scanned)
        headed = None if area else banner
    if headed:
        # a place the gazetteer does not know (a new council): the council or commissioner the paper is headed by
        area, council = headed[0], council or headed[1]
    dated = head_date(head) or url_date(url) or labelled_date(body_text)
    if dated:
        council = placenames.council_at(council, dated[0].year)
    body = head_body(head, body_text)
    return Metadata(
        date=dated[0] if dated else None,
        date_precision=dated[1] if dated else None,
        council=council,
        area=area,
        body=body,
        doc_type=document_type(body_text),
        title=document_title(head),
        agenda_items=agenda_items(body_text),
        author=author(body_text),
        url=url,
        police_area=placenames.police_area(area) or (headed[0] if headed and headed[2] else None),
        url_body=url_body(url, body_text) if body is None else None,
        places=tuple(dict.fromkeys(name for _, _, name in found)),
    )


SIDECAR_KEYS = {"date", "council", "area", "body", "doc_type", "title"}


def sidecar(path: Path) -> dict:
    """Metadata from `<name>.meta.yaml` next to PATH (date, council, area, body, doc_type, title)."""
    side = path.with_name(path.name + ".meta.yaml")
    if not side.exists():
        side = path.with_suffix(".meta.yaml")
    if not side.exists():
        return {}
    try:
        data = safe_yaml.safe_load(side.read_text(encoding="utf-8"), str(side)) or {}
    except (OSError, yaml.YAMLError) as e:
        raise LoadError(str(side), f"cannot read sidecar metadata: {e}") from None
    if not isinstance(data, dict):
        raise LoadError(
            str(side), "sidecar metadata must be a mapping of date, council, area, body, doc_type, title"
        )
    unknown = set(data) - SIDECAR_KEYS
    if unknown:
        raise LoadError(str(side), f"unknown keys {sorted(unknown)}; allowed: {sorted(SIDECAR_KEYS)}")
    return data


def coerce_date(value: object, source: str) -> tuple[dt.date, str]:
    """A date given on the command line or in a sidecar: yyyy-mm-dd, yyyy-mm or yyyy."""
    if isinstance(value, dt.date):
        return value, "day"
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 1, 1), "year"
        if re.fullmatch(r"\d{4}-\d{2}", text):
            y, m = text.split("-")
            return dt.date(int(y), int(m), 1), "month"
        return dt.date.fromisoformat(text), "day"
    except ValueError:
        raise LoadError(source, f"date {text!r} is not yyyy-mm-dd, yyyy-mm or yyyy") from None
