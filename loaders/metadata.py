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
from .gazetteer import area_regex, areas

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

HEAD_CHARS = 600  # the header region: where a meeting's date and body are stated
DOC_TYPES = (
    ("minutes", re.compile(r"\bminutes\b|\bPresent:|\bApologies\b|\bAttending for this item", re.I)),
    ("briefing", re.compile(r"\bbriefing note\b", re.I)),
    ("report", re.compile(r"\breport\b", re.I)),
)
COUNCIL_RE = re.compile(
    r"\b(?P<name>(?:[A-Z][a-z]+(?:[ -](?:and|on|upon|under)?[ -]?[A-Z][a-z]+)*) "
    r"(?:County|District|Borough|City|Metropolitan Borough|Town) Council)\b"
)
AGENDA_ITEM_RE = re.compile(r"^(?P<num>\d{1,4})\.?[ \t]+(?P<title>[A-Z][^\n]{2,120})$", re.M)


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


def parse_date(text: str) -> dt.date | None:
    for pattern in DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
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


def head_date(text: str) -> dt.date | None:
    """The meeting date stated in the document's head, if any."""
    head = text[:HEAD_CHARS]
    m = re.search(
        r"(?:held on|meeting of|meeting on|date of meeting:?|meeting date:?)\s*(?P<rest>[^\n]{0,60})",
        head,
        re.I,
    )
    if m:
        found = parse_date(m.group("rest"))
        if found:
            return found
    for line in head.split("\n")[:8]:
        if re.search(r"date of issue|published|printed", line, re.I):
            continue
        found = parse_date(line)
        if found:
            return found
    return None


def main_area(text: str) -> str | None:
    """The area a document is most about: the one it names most often (longest names first, so
    "North Worcestershire" does not count as "Worcestershire")."""
    counts = Counter(m.group(0) for m in area_regex().finditer(text))
    return areas().canonical(counts.most_common(1)[0][0]) if counts else None


def _trim_council(name: str) -> str:
    """ "Annual Rutland County Council" -> "Rutland County Council": the name starts at its area."""
    from .resolve import leading_area

    words = name.split()
    for i in range(len(words) - 2):
        if leading_area(" ".join(words[i:])):
            return " ".join(words[i:])
    return name


def council_for(text: str, area: str | None) -> str | None:
    """The council behind the document: the most named council of its main area, else the most named."""
    counts = Counter(_trim_council(m.group("name")) for m in COUNCIL_RE.finditer(text))
    for name in list(counts):
        if name.split()[0] in ("The", "A", "Each", "Our", "Every", "District", "County", "Borough", "City"):
            del counts[name]
    if area:
        local = [(n, c) for n, c in counts.most_common() if n.startswith(area + " ")]
        if local:
            return local[0][0]
    return counts.most_common(1)[0][0] if counts else None


def title_case(line: str) -> str:
    small = {"and", "of", "for", "on", "the", "to", "in", "with", "a"}
    words = line.lower().split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))


_BODY_IN_HEAD = (
    # "Report to: Safer Communities Board", "Meeting: Cabinet", "Committee - Audit Panel"
    re.compile(
        r"^[ \t]*(?:Report to|Meeting|Committee|Decision maker|Board)\s*[:\-–]\s*(?:the "
        r")?(?P<body>[A-Z][^\n,]{3,80}?"
        r"(?:Board|Committee|Panel|Partnership|Cabinet|Forum|Group))\s*$",
        re.I | re.M,
    ),
    re.compile(
        r"Minutes of (?:the |a )?(?:meeting of (?:the )?)?(?P<body>[^\n]+?) (?:Meeting )?held "
        r"(?:on|at|in|remotely|virtually|via)\b",
        re.I,
    ),
    re.compile(
        r"^(?P<body>.+?(?:Board|Committee|Panel|Partnership|Council|Cabinet|Forum|Group))"
        r"\s*[,–-]?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?\d{1,2}(?:st|nd|rd|th)?\s+"
        rf"{_MONTH}",
        re.I | re.M,
    ),
)


def head_body(text: str) -> str | None:
    head = text[:HEAD_CHARS]
    # "Agenda item - Safer Communities Panel - 9 November 2023": a page title in segments
    first = head.split("\n", 1)[0]
    for segment in re.split(r"\s+[-–|]\s+", first)[1:]:
        if re.search(r"(?:Board|Committee|Panel|Partnership|Cabinet|Forum|Group|Council)$", segment.strip()):
            return segment.strip()
    for pattern in _BODY_IN_HEAD:
        m = pattern.search(head)
        if m:
            body = m.group("body").strip(" #*")
            if body.isupper():
                body = title_case(body)
            return re.sub(r"\s+", " ", body)
    return None


def document_type(text: str) -> str:
    head = text[:2000]
    for name, pattern in DOC_TYPES:
        if pattern.search(head):
            return name
    return "document"


# Page furniture of council "democracy" sites ("Agendas, Meetings and Minutes - Agenda item", "Minutes:"):
# lines made only of these words name no document, the heading after them does.
_CHROME_WORDS = frozenset(
    "agenda agendas item items meeting meetings minutes decision decisions and of the home page document".split()
)


def _is_chrome(line: str) -> bool:
    words = re.findall(r"[a-z]+", line.lower())
    return bool(words) and all(w in _CHROME_WORDS for w in words)


def document_title(text: str) -> str | None:
    for line in text.split("\n")[:12]:
        line = line.strip(" #*-")
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
    return title_case(m.group("name")).replace("Cllr", "Cllr").strip()


def read_metadata(text: str) -> Metadata:
    area = main_area(text)
    council = council_for(text, area)
    date = head_date(text)
    return Metadata(
        date=date,
        date_precision="day" if date else None,
        council=council,
        area=area,
        body=head_body(text),
        doc_type=document_type(text),
        title=document_title(text),
        agenda_items=agenda_items(text),
        author=author(text),
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
