"""Partial ISO dates ('2023', '2023-06', '2023-06-01') as comparable day strings."""

from __future__ import annotations

import calendar
import re
from datetime import date

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def check(value: str) -> str:
    """``value`` if it is a partial ISO date of the calendar (2023, 2023-06, 2023-06-01), else a
    ValueError that says what is wrong."""
    m = _PARTIAL.fullmatch(value)
    if not m:
        raise ValueError(f"{value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = m.groups()
    try:
        date(int(y), int(mo or 1), int(d or 1))
    except ValueError as e:
        raise ValueError(f"{value!r} is not a date of the calendar ({e})") from None
    return value


def lower(value: str | None) -> str:
    """The first day a partial date can mean ('' means open: the earliest)."""
    if not value:
        return "0000-01-01"
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-01"
    return value[:10]


def upper(value: str | None) -> str:
    """The last day a partial date can mean ('' means open: the latest)."""
    if not value:
        return "9999-12-31"
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31"
    if len(parts) == 2:
        last = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return f"{parts[0]}-{parts[1]}-{last:02d}"
    return value[:10]


def within(day: str, start: str | None, end: str | None) -> bool:
    """Whether the day (YYYY-MM-DD, or partial) falls in [start, end]."""
    return lower(start) <= upper(day) and lower(day) <= upper(end)


def distance(day: str, start: str | None, end: str | None) -> int:
    """Days from ``day`` to the interval (0 inside); a rough ordinal for 'closest in time'."""
    d = _ordinal(lower(day))
    lo, hi = _ordinal(lower(start)), _ordinal(upper(end))
    return 0 if lo <= d <= hi else min(abs(d - lo), abs(d - hi))


def _ordinal(day: str) -> int:
    y, m, d = (int(x) for x in day.split("-"))
    return y * 372 + m * 31 + d
