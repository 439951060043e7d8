"""Calendar arithmetic on TimeML values: shifting days, weeks, months, quarters and years.

Pure functions of their arguments; nothing here knows what today is.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from timeline.dates import words


def day(d: date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def last_day(y: int, m: int) -> int:
    """The number of the last day of month ``m`` of year ``y``."""
    return calendar.monthrange(y, m)[1]


def week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + n
    return index // 12, index % 12 + 1


def shift_quarter(y: int, q: int, n: int) -> tuple[int, int]:
    index = y * 4 + (q - 1) + n
    return index // 4, index % 4 + 1


def shift(anchor: date, unit: str, n: int) -> str:
    """The value of the ``unit`` that lies ``n`` units from the anchor's (n < 0: before it)."""
    if unit in ("day", "night"):
        return day(anchor + timedelta(days=n))
    if unit in ("week", "fortnight"):
        return week(anchor + timedelta(weeks=n))
    if unit == "weekend":
        return week(anchor + timedelta(weeks=n)) + "-WE"
    if unit == "month":
        return month(*shift_month(anchor.year, anchor.month, n))
    if unit == "quarter":
        y, q = shift_quarter(anchor.year, quarter_of(anchor), n)
        return f"{y:04d}-Q{q}"
    if unit == "year":
        return f"{anchor.year + n:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + n:02d}"
    if unit in ("hour", "minute", "second"):
        return day(anchor)
    raise ValueError(unit)


def weekday(anchor: date, wd: int, direction: str) -> date:
    """The day named ``wd`` (0 = Monday) nearest the anchor in ``direction``.

    ``past``: the most recent such day, the anchor itself included. ``future``: the coming one,
    the anchor included. ``last``/``next``: strictly before / after the anchor.
    """
    delta = wd - anchor.weekday()
    if direction == "past":
        return anchor + timedelta(days=delta if delta <= 0 else delta - 7)
    if direction == "future":
        return anchor + timedelta(days=delta if delta >= 0 else delta + 7)
    if direction == "last":
        return anchor + timedelta(days=delta if delta < 0 else delta - 7)
    return anchor + timedelta(days=delta if delta > 0 else delta + 7)


def month_year(anchor: date, m: int, direction: str) -> int:
    """The year of month ``m`` nearest the anchor in ``direction`` (its own month included)."""
    if direction == "future":
        return anchor.year if m >= anchor.month else anchor.year + 1
    if direction == "past":
        return anchor.year if m <= anchor.month else anchor.year - 1
    if direction == "last":
        return anchor.year if m < anchor.month else anchor.year - 1
    if direction == "next":
        return anchor.year if m > anchor.month else anchor.year + 1
    return anchor.year


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    mo = (h + ell - 7 * m + 114) // 31
    return date(year, mo, (h + ell - 7 * m + 114) % 31 + 1)


def holiday(name: str, year: int) -> date | None:
    key = name.lower()
    if key in words.FIXED_HOLIDAYS:
        mo, d = words.FIXED_HOLIDAYS[key]
        return date(year, mo, d)
    if key in words.NTH_WEEKDAY_HOLIDAYS:
        mo, wd, n = words.NTH_WEEKDAY_HOLIDAYS[key]
        if n == 0:  # the day after the first Monday
            first = date(year, mo, 1)
            return first + timedelta(days=(0 - first.weekday()) % 7 + 1)
        return nth_weekday(year, mo, wd, n)
    if key in words.EASTER_HOLIDAYS:
        return easter(year) + timedelta(days=words.EASTER_HOLIDAYS[key])
    return None


def nth_weekday(year: int, month: int, wd: int, n: int) -> date | None:
    """The ``n``-th weekday ``wd`` (Monday 0) of a month, the last for ``n`` -1; None when the
    month has no such day (a fifth Monday)."""
    if n > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        return day if day.month == month else None
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - wd) % 7)
