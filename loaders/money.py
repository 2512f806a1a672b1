"""Amounts of money as councils write them: £260k, £4m, £150,000, £4 million, 50,990."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_MULTIPLIERS = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000, "mn": 1_000_000,
                "bn": 1_000_000_000, "billion": 1_000_000_000}

MONEY_RE = re.compile(
    r"£\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?P<mult>k|m|mn|bn|million|thousand|billion)\b)?",
    re.IGNORECASE,
)


def parse_amount(value: object) -> Decimal:
    """The value in pounds of VALUE (a number or a written amount); ValueError when it is not one."""
    if isinstance(value, bool):
        raise ValueError(f"not an amount: {value!r}")
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value))
    text = str(value).strip()
    m = re.fullmatch(
        r"£?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<mult>k|m|mn|bn|million|thousand|billion)?",
        text, re.IGNORECASE,
    )
    if not m:
        raise ValueError(f"not an amount: {text!r}")
    try:
        number = Decimal(m.group("num").replace(",", ""))
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None
    mult = m.group("mult")
    if mult:
        number *= _MULTIPLIERS[mult.lower()]
    return number.normalize() if number != number.to_integral() else number.quantize(Decimal(1))


def amount_or_none(value: object) -> Decimal | None:
    """The value in pounds of VALUE, or None when it is not an amount (a cell or a sum a reader merely suspects)."""
    try:
        return parse_amount(value)
    except ValueError:
        return None
