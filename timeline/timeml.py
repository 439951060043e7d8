"""TimeML TIMEX3 values and the calendar days they cover.

``span("2022-05")`` is ``(date(2022, 5, 1), date(2022, 5, 31), "month")``: first day, last day
(inclusive) and precision. Values that cannot be placed on a calendar ("PRESENT_REF", "XXXX-05",
durations) give ``None``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

Span = tuple[date, date, str]

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_FORMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        (r"(\d{4})-(\d{2})-(\d{2})T.*", "time"),
        (r"(\d{4})-(\d{2})-(\d{2})", "day"),
        (r"(\d{4})-W(\d{1,2})(?:-(WE|\d))?(?:T.*)?", "week"),
        (r"(\d{4})-(\d{2})", "month"),
        (r"(\d{4})-Q([1-4])", "quarter"),
        (r"(\d{4})-H([12])", "half"),
        (r"(\d{4})-(SP|SU|FA|WI)", "season"),
        (r"(\d{4})", "year"),
        (r"(\d{3})", "decade"),
        (r"(\d{2})", "century"),
        (r"(\d)", "millennium"),
    )
)


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def span(value: str) -> Span | None:
    """The first day, last day (inclusive) and precision of a TimeML value, or None."""
    value = value.strip()
    for pattern, name in _FORMS:
        m = pattern.fullmatch(value)
        if m is None:
            continue
        try:
            return _span(name, m.groups())
        except ValueError:  # month 13, day 31 of a 30-day month, week 54 ...
            return None
    return None


def _span(name: str, g: tuple[str | None, ...]) -> Span:
    y = int(g[0] or 0)
    if y < 1:
        raise ValueError("year 0")
    if name in ("day", "time"):
        d = date(y, int(g[1] or 0), int(g[2] or 0))
        return d, d, name
    if name == "week":
        monday = date.fromisocalendar(y, int(g[1] or 0), 1)
        part = g[2]
        if part == "WE":
            return monday + timedelta(days=5), monday + timedelta(days=6), "week"
        if part is not None:
            d = monday + timedelta(days=int(part) - 1)
            return d, d, "day"
        return monday, monday + timedelta(days=6), "week"
    if name == "month":
        m = int(g[1] or 0)
        return date(y, m, 1), _month_end(y, m), "month"
    if name == "quarter":
        q = int(g[1] or 0)
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter"
    if name == "half":
        h = int(g[1] or 0)
        return date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "half"
    if name == "season":
        first_month, last_month = _SEASONS[g[1] or ""]
        last_year = y + 1 if last_month < first_month else y
        return date(y, first_month, 1), _month_end(last_year, last_month), "season"
    if name == "year":
        return date(y, 1, 1), date(y, 12, 31), "year"
    if name == "decade":
        return date(max(y * 10, 1), 1, 1), date(y * 10 + 9, 12, 31), "decade"
    if name == "century":
        return date(max(y * 100, 1), 1, 1), date(y * 100 + 99, 12, 31), "century"
    return date(max(y * 1000, 1), 1, 1), date(y * 1000 + 999, 12, 31), "millennium"


def range_span(value: str, value_end: str | None) -> Span | None:
    """The days covered from the start of ``value`` to the end of ``value_end``.

    The precision is the coarser of the two ends, so "1910-1945" is a year-precision period.
    """
    start = span(value)
    if start is None:
        return None
    if not value_end:
        return start
    end = span(value_end)
    if end is None or end[1] < start[0]:
        return start
    return start[0], end[1], coarser(start[2], end[2])


_ORDER = ("millennium", "century", "decade", "year", "half", "season", "quarter", "month",
          "week", "day", "time")


def coarser(a: str, b: str) -> str:
    """The less precise of two precisions."""
    ia = _ORDER.index(a) if a in _ORDER else len(_ORDER)
    ib = _ORDER.index(b) if b in _ORDER else len(_ORDER)
    return a if ia <= ib else b

