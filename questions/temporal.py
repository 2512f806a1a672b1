"""Dates in questions ("in 2017", "on 7 September 2017", "in 2014/15", "as of 2019-03-04") and how facts
are kept or dropped by them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import MONTHS

# A financial year as periods are written ("2020/21", "2020-21", "2020/2021").
FINANCIAL_YEAR = re.compile(r"(\d{4})\s*[/-]\s*(?:\d{2}|\d{4})")

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))


@dataclass(frozen=True)
class When:
    """A date the question asks about: `value` is yyyy, yyyy-mm or yyyy-mm-dd; `period` a financial year."""

    value: str | None = None
    period: str | None = None  # "2014/15"
    as_of: bool = False
    text: str = ""
    before: bool = False  # "before September 2022": only what was so earlier than the date
    since: bool = False  # "since April 2024", "from May 2025": what was so from the date on, to now

    @property
    def year(self) -> int | None:
        if self.value:
            return int(self.value[:4])
        if self.period:
            return int(self.period[:4])
        return None

    def describe(self) -> str:
        if self.period:
            return f"in {self.period}"
        shown = spoken_date(self.value or "")
        if self.before:
            return f"before {shown}"
        if self.since:
            return f"since {shown}"
        if self.as_of:
            return f"as of {shown}"
        return f"on {shown}" if len(self.value or "") == 10 else f"in {shown}"

    def matches(self, date: str | None, period: str | None = None) -> bool:
        """Does a fact dated DATE (and about PERIOD) fall in the asked time?"""
        if self.period:
            if period:
                return _period_key(self.period) in _period_key(period)
            if date:
                start = int(self.period[:4])
                return date[:4] in (str(start), str(start + 1))
            return False
        if period and self.value and len(self.value) == 4 and self.value in period:
            return True
        if period and self.value and len(self.value) == 4 and (m := FINANCIAL_YEAR.fullmatch(period.strip())):
            # a year asked of a financial year "2020/21": the year it ends in is in it too (January to March)
            start = int(m.group(1))
            return int(self.value) in (start, start + 1)
        if not date or not self.value:
            return False
        return date.startswith(self.value)

    def named_in(self, text: str | None) -> bool:
        """Does TEXT (a quote) name the asked day or month? Papers report meetings held before their date."""
        if not text or not self.value or len(self.value) < 7:
            return False
        year, month = self.value[:4], int(self.value[5:7])
        words = text.lower()
        names = [m for m, i in MONTHS.items() if i == month]
        if year not in words or not any(re.search(rf"\b{m}\b", words) for m in names):
            return False
        if len(self.value) == 10:
            day = int(self.value[8:10])
            return bool(re.search(rf"\b{day}(?:st|nd|rd|th)?\b", words))
        return True

    def not_after(self, date: str | None) -> bool:
        if not date:
            return False
        bound = self.value or (f"{int(self.period[:4]) + 1}" if self.period else "")
        return date[: len(bound)] <= bound


def spoken_date(value: str) -> str:
    """yyyy, yyyy-mm or yyyy-mm-dd as people write it: 2019, March 2019, 7 September 2017."""
    by_number = {i: m.capitalize() for m, i in MONTHS.items() if len(m) > 4 or m in ("may", "june", "july")}
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value[:10])
    if not m:
        return value
    year, month, day = m.groups()
    if not month:
        return year
    if not day:
        return f"{by_number[int(month)]} {year}"
    return f"{int(day)} {by_number[int(month)]} {year}"


def _period_key(text: str) -> str:
    return re.sub(r"20(\d\d)\s*[/-]\s*(?:20)?(\d\d)", r"\1/\2", text)


# Words before a bare period that make it the period asked about ("the 2013/14 fund", "FY 2023/24").
_PERIOD_LEADS = frozenset({"the", "its", "their", "of", "year", "financial", "municipal", "fy", "and", "to", "from"})


def _names_edition(m: re.Match[str], normal: str, kind: str) -> bool:
    """"the Safer Northshire Plan 2021-2024": a period right after a name, with no "in" or "for", is part of it."""
    if kind != "fy" or m.group(1):
        return False
    if m.end() == len(normal) and (int(m.group(3)) - int(m.group(2))) % 100 == 1:
        # "how much did the CSP get from the PCC 2023/24": a financial year at the end is the time asked; a
        # span of years there ("... in the Safer Northshire Plan 2021-24") is no financial year, but an edition
        return False
    before = normal[: m.start()].split()
    return bool(before) and before[-1] not in _PERIOD_LEADS


# Words right before a year that make the year part of a law's name ("the Crime and Disorder Act 1998").
_LAW_NOUNS = frozenset({"act", "regulation", "regulations", "order", "measure"})


def _names_law(m: re.Match[str], normal: str) -> bool:
    """"under the Crime and Disorder Act 1998": a year right after a law's noun is its name, not a time asked."""
    if m.group(1):
        return False
    before = normal[: m.start()].split()
    return bool(before) and before[-1] in _LAW_NOUNS


def _ends_span(m: re.Match[str], normal: str) -> bool:
    """"the Northshire Community Safety Plan 2025-2028", "Strategy 2022 to 2025": a year straight after another
    year ends the span of an edition's name (the span was already found to be no period asked about: see
    _names_edition), not a time asked about."""
    before = normal[: m.start(2)].split()
    if before[-1:] == ["to"]:
        before = before[:-1]  # "Strategy 2022 to 2025"
    return bool(before) and re.fullmatch(r"(?:19|20)\d\d", before[-1]) is not None


def find_when(normal: str) -> tuple[When | None, str]:
    """The date the normalised question asks about, and the question without it."""
    patterns = (
        (r"\b(as of|as at)\s+(\d{4}) (\d{1,2}) (\d{1,2})\b", "iso"),
        # ("from July 2024", "since 1 May 2024": the preposition goes with the date; left behind, a bare "from"
        # reads as "which organisation are they from")
        (rf"\b(on |as of |as at |before |prior to |from |since )?(\d{{1,2}}) ({_MONTH}) (\d{{4}})\b", "dmy"),
        (rf"\b(in |as of |as at |during |before |prior to |from |since )?({_MONTH}) (\d{{4}})\b", "my"),
        (r"\b(in |for |during )?(20\d\d|19\d\d) (?:to )?(?:20|19)?(\d\d)\b", "fy"),
        # "2024-5": the next year's last digit alone
        (r"\b(in |for |during )?(20\d\d|19\d\d) (\d)\b", "fy1"),
        (r"\b(in |as of |as at |during |by |before |prior to |since )(20\d\d|19\d\d)\b", "y"),
        (r"()\b(20\d\d|19\d\d)$", "y"),
    )
    for pattern, kind in patterns:
        m = next((m for m in re.finditer(pattern, normal) if not _names_edition(m, normal, kind.rstrip("1"))
                  and not (kind in ("y", "fy") and _names_law(m, normal))
                  and not (kind == "y" and _ends_span(m, normal))
                  and (kind != "fy1" or int(m.group(3)) == (int(m.group(2)) + 1) % 10)), None)
        if not m:
            continue
        as_of = bool(m.group(1) and m.group(1).strip() in ("as of", "as at"))
        if kind == "iso":
            when = When(f"{m.group(2)}-{int(m.group(3)):02d}-{int(m.group(4)):02d}", as_of=True)
        elif kind == "dmy":
            when = When(f"{m.group(4)}-{MONTHS[m.group(3)]:02d}-{int(m.group(2)):02d}", as_of=as_of)
        elif kind == "my":
            when = When(f"{m.group(3)}-{MONTHS[m.group(2)]:02d}", as_of=as_of)
        elif kind == "fy":
            when = When(period=f"{m.group(2)}/{m.group(3)}")
        elif kind == "fy1":
            when = When(period=f"{m.group(2)}/{(int(m.group(2)) + 1) % 100:02d}")
        else:
            when = When(m.group(2), as_of=as_of)
        rest = (normal[: m.start()] + " " + normal[m.end() :]).split()
        before = kind in ("dmy", "my", "y") and (m.group(1) or "").strip() in ("before", "prior to")
        if before and normal[: m.start()].split()[-1:] in (["called"], ["named"], ["known"]):
            # "what was X called before 2023": "before" also belongs to the naming verb (the lexicon's "called
            # before" asks for a former name); taken with the date, "called" alone asks nothing
            rest = (normal[: m.start()] + " before " + normal[m.end() :]).split()
        since = kind in ("dmy", "my", "y") and (m.group(1) or "").strip() in ("since", "from")
        return When(when.value, when.period, when.as_of, m.group(0).strip(), before, since), " ".join(rest)
    return None, normal
