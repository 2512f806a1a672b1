"""Dates as precise as their source, and funding periods as written.

A paper dated only "2021" is not dated 1 January 2021: its date is kept with its precision (day, month, year
or financial year) and shown that way everywhere ("2021", "2019-03", "2014/15", "2017-09-07"). A period an
amount is stated for is kept as written and read for what it is: a financial year ("2014/15", "2014-15",
"FY 2014/15"), a calendar year, a month, a span of years, a recurring rate ("per year") or a duration ("one
year").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .model import DATE_PRECISIONS

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_MONTH = {m: i for i, m in enumerate(MONTHS, start=1)} | {m[:3]: i for i, m in enumerate(MONTHS, start=1)}
_MONTH["sept"] = 9


def financial_year(start_year: int) -> str:
    """'2014/15' for the year from 1 April 2014."""
    return f"{start_year}/{(start_year + 1) % 100:02d}"


def financial_year_of(date: dt.date) -> str:
    return financial_year(date.year if date.month >= 4 else date.year - 1)


def shown(value: str | dt.date | None, precision: str | None = None) -> str | None:
    """A date as precise as it is known: '2021', '2019-03', '2014/15' or '2017-09-07'. VALUE is a date or its
    ISO text (an xsd:date, or an xsd:gYear / xsd:gYearMonth as stored)."""
    if value is None or value == "":
        return None
    text = value.isoformat() if isinstance(value, dt.date) else str(value)[:10]
    if precision == "year":
        return text[:4]
    if precision == "month":
        return text[:7]
    if precision == "financial_year":
        try:
            return financial_year(int(text[:4]))
        except ValueError:
            return text
    return text


def check_precision(precision: str | None) -> str | None:
    if precision is not None and precision not in DATE_PRECISIONS:
        raise ValueError(f"unknown date precision {precision!r}; known: {', '.join(DATE_PRECISIONS)}")
    return precision


# -- funding periods

PERIOD_KINDS = ("financial_year", "year", "month", "years", "recurring", "duration", "other")


@dataclass(frozen=True)
class Period:
    """A period as written, and what it is. START and END bound it when it is a span of the calendar."""

    written: str
    kind: str  # one of PERIOD_KINDS
    label: str  # how it is shown and grouped: "2014/15", "2021", "March 2019", "2019-2022", "per year"
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None


_FY = re.compile(r"^(?:fy\s*|financial\s+year\s+)?(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})$")
_FY_SHORT = re.compile(r"^(?:fy\s*|financial\s+year\s+)(\d{2})\s*[/\-–]\s*(\d{2})$")
_YEARS = re.compile(r"^(\d{4})\s*(?:-|–|to|until)\s*(\d{4})$")
_YEAR = re.compile(r"^(?:calendar\s+year\s+|in\s+)?(\d{4})$")
_MONTH_YEAR = re.compile(r"^([a-z]+)\s+(\d{4})$")
_RECURRING = re.compile(r"^(?:per|a|an|each|every)\s+(year|annum|month|quarter|week)$|^(annual|annually|yearly|"
                        r"monthly|quarterly|recurring|ongoing)(?:\s+allocation)?$")
_DURATION = re.compile(r"^(?:for\s+)?(one|two|three|four|five|\d+)[\s-]+(year|month)s?$")


def parse_period(written: str | None) -> Period | None:
    """What a period as written is; None when nothing is written."""
    if written is None or not written.strip():
        return None
    text = " ".join(written.split())
    low = text.lower().strip(" .")
    m = _FY.match(low)
    if m:
        first, second = int(m.group(1)), m.group(2)
        follows = (int(second) == first + 1) if len(second) == 4 else (int(second) == (first + 1) % 100)
        if follows:
            return Period(text, "financial_year", financial_year(first), dt.date(first, 4, 1),
                          dt.date(first + 1, 3, 31))
        if len(second) == 4 and int(second) > first:  # "2019-2022": a span of years
            return Period(text, "years", f"{first}-{second}", dt.date(first, 1, 1), dt.date(int(second), 12, 31))
    m = _FY_SHORT.match(low)
    if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
        first = 2000 + int(m.group(1))
        return Period(text, "financial_year", financial_year(first), dt.date(first, 4, 1), dt.date(first + 1, 3, 31))
    m = _YEARS.match(low)
    if m and int(m.group(2)) > int(m.group(1)):
        a, b = int(m.group(1)), int(m.group(2))
        return Period(text, "years", f"{a}-{b}", dt.date(a, 1, 1), dt.date(b, 12, 31))
    m = _YEAR.match(low)
    if m:
        y = int(m.group(1))
        return Period(text, "year", str(y), dt.date(y, 1, 1), dt.date(y, 12, 31))
    m = _MONTH_YEAR.match(low)
    if m and m.group(1) in _MONTH:
        y, mo = int(m.group(2)), _MONTH[m.group(1)]
        end = (dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1))
        return Period(text, "month", f"{MONTHS[mo - 1].capitalize()} {y}", dt.date(y, mo, 1), end)
    if _RECURRING.match(low):
        unit = next(u for u in ("month", "quarter", "week") if u in low) if re.search(
            r"month|quarter|week", low) else "year"
        return Period(text, "recurring", f"per {unit}")
    if _DURATION.match(low):
        return Period(text, "duration", low)
    return Period(text, "other", text)
