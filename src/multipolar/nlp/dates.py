"""DATE entities resolved against the article's date with dateparser.

An event carries the most specific date found in its sentence ("on May 9" beats "last month"),
else the article's date. Durations ("up to 8 days") and decades are not dates.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache

from spacy.tokens import Doc

_SPECIFICITY = {"day": 3, "week": 2, "month": 1, "year": 0}
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)
_NOT_A_DATE = re.compile(r"\b(up to|for|within|about|over|more than|less than|nearly|almost|since|until)\b"
                         r"|\d+\s*(days|weeks|months|years|hours|minutes)\b(?!\s+ago)|\d0s\b|"
                         r"\b(decades?|centur(y|ies))\b", re.I)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = re.compile(rf"^(?:on\s+|last\s+)?({'|'.join(WEEKDAYS)})$", re.I)
_YEAR = re.compile(r"^(?:in\s+|the\s+year\s+)?((?:19|20)\d\d)$", re.I)


@lru_cache(maxsize=1)
def _parser_for():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"])


@lru_cache(maxsize=4096)
def resolve(text: str, base: str | None) -> tuple[str, int] | None:
    """``(value, specificity)`` for a date expression: '2023-05-09' (day), '2023-05' (month),
    '2023' (year); ``None`` when it is a duration or cannot be read."""
    text = text.strip()
    m = _YEAR.match(text)
    if m:
        return m.group(1), 0
    if _NOT_A_DATE.search(text) or (base is None and not re.search(r"\b(19|20)\d\d\b", text)):
        return None  # a duration; or a relative date with no article date to anchor it
    day = _WEEKDAY.match(text)
    if day and base:  # wire style: "on Tuesday" in Tuesday's paper is that day, else the last one
        anchor = datetime.fromisoformat(base[:10])
        back = (anchor.weekday() - WEEKDAYS.index(day.group(1).lower())) % 7
        back = back or (7 if text.lower().startswith("last") else 0)
        return (anchor - timedelta(days=back)).date().isoformat(), 3
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base[:10])
    parser = _parser_for()
    parser._settings = parser._settings.replace(**settings)  # a fresh parser per base costs 10 ms
    data = parser.get_date_data(text)
    d = data.date_obj
    if d is None or (d.hour, d.minute, d.second) != (0, 0, 0):
        return None  # dateparser read it as a time of day relative to now: not a calendar date
    period = data.period or "day"
    if period == "year":
        return f"{d.year:04d}", 0
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", 1
    return d.date().isoformat(), _SPECIFICITY.get(period, 3)


def sentence_dates(doc: Doc, base: str | None) -> dict[int, str]:
    """The most specific date of each sentence that has one, keyed by the sentence's first token.

    A day without a year takes the year of a coarser date in the same sentence
    ("Last year, on March 3" is March 3 of last year).
    """
    found: dict[int, list[tuple[str, int, bool]]] = {}
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        got = resolve(ent.text, base)
        if got is not None:
            # only a month and day ("on March 3") can borrow the year of a coarser date;
            # weekdays and "yesterday" are already placed by the article's date
            has_year = bool(re.search(r"\b(19|20)\d\d\b", ent.text)) or not _MONTH.search(ent.text)
            found.setdefault(ent.sent.start, []).append((got[0], got[1], has_year))
    out = {}
    for start, dates in found.items():
        value, spec, has_year = max(dates, key=lambda d: d[1])
        years = {d[0][:4] for d in dates if d[1] < spec}
        if not has_year and len(years) == 1 and (year := years.pop()) != value[:4]:
            value = year + value[4:]
        out[start] = value
    return out
