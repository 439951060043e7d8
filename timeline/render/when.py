"""How an event's date reads on the page, at its own precision.

"10 May 2022, 17:48 JST", "May 2022", "1910–1945", "the 1990s", "Q1 2022". Also the machine
readable ``datetime`` attribute of ``<time>`` for each end. Nothing here reads the clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from timeline.model import Event, Source
from timeline.timeml import span

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}
HALVES = {"1": "first half of", "2": "second half of"}
#: Precisions at which an event sits on one day.
DAY_LEVEL = frozenset({"day", "time"})

_TIME = re.compile(r"(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")
_ZONE_NAME = re.compile(r"[A-Z]{2,5}")


@dataclass(frozen=True, slots=True)
class Stamp:
    """One end of a date as shown: the label and the ``datetime`` attribute of its <time>."""

    label: str
    attr: str


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _year(y: int) -> str:
    return f"{y:04d}"


def end_stamp(value: str, first: date, last: date, precision: str) -> Stamp:
    """A label for one TimeML value already placed at ``first``..``last``."""
    if precision in DAY_LEVEL:
        return Stamp(f"{first.day} {MONTHS[first.month - 1]} {first.year}", first.isoformat())
    if precision == "month":
        return Stamp(f"{MONTHS[first.month - 1]} {first.year}", f"{_year(first.year)}-"
                     f"{first.month:02d}")
    if precision == "week":
        iso = first.isocalendar()
        kind = "weekend" if value.endswith("-WE") else "week"  # 2024-W52-WE: Sat 28 Dec
        return Stamp(f"{kind} of {first.day} {MONTHS[first.month - 1]} {first.year}",
                     f"{_year(iso.year)}-W{iso.week:02d}")
    if precision == "quarter":
        return Stamp(f"Q{(first.month + 2) // 3} {first.year}",
                     f"{_year(first.year)}-{first.month:02d}")
    if precision == "half":
        half = "1" if first.month <= 6 else "2"
        return Stamp(f"{HALVES[half]} {first.year}", f"{_year(first.year)}-{first.month:02d}")
    if precision == "season":
        code = value.rsplit("-", 1)[-1][:2]
        return Stamp(f"{SEASONS.get(code, 'Season')} {first.year}",
                     f"{_year(first.year)}-{first.month:02d}")
    if precision == "decade":
        return Stamp(f"the {first.year}s", _year(first.year))
    if precision == "century":
        return Stamp(f"the {ordinal(first.year // 100 + 1)} century", _year(first.year))
    if precision == "millennium":
        return Stamp(f"the {ordinal(first.year // 1000 + 1)} millennium", _year(first.year))
    return Stamp(str(first.year), _year(first.year))


def _span_of(value: str | None, fallback: tuple[date, date, str]) -> tuple[date, date, str]:
    placed = span(value) if value else None
    return placed if placed is not None else fallback


def zone_label(offset: timedelta, sources: Sequence[Source]) -> str:
    """"JST" when a source published in a zone of that offset has a name, else "UTC+09:00"."""
    for source in sources:
        published = source.published
        if published.utcoffset() == offset:
            name = published.tzname() or ""
            if _ZONE_NAME.fullmatch(name):
                return name
    if offset == timedelta(0):
        return "UTC"
    sign = "+" if offset >= timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse_time(text: str) -> tuple[int, int, int, timedelta | None] | None:
    """(hour, minute, second, utc offset or None) of an ISO time such as "17:48:00+09:00"."""
    m = _TIME.fullmatch(text.strip())
    if m is None:
        return None
    hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    zone = m[4]
    if zone is None:
        return hour, minute, second, None
    if zone == "Z":
        return hour, minute, second, timedelta(0)
    digits = zone[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return hour, minute, second, -offset if zone[0] == "-" else offset


def event_datetime(event: Event) -> datetime | None:
    """The moment an event happened, when it has a day and a clock time with a zone."""
    if event.time is None or event.precision not in DAY_LEVEL:
        return None
    parsed = parse_time(event.time)
    if parsed is None:
        return None
    hour, minute, second, offset = parsed
    if offset is None:
        return None
    return datetime(event.first.year, event.first.month, event.first.day, hour, minute, second,
                    tzinfo=timezone(offset))


def stamps(event: Event) -> tuple[Stamp, Stamp | None, str]:
    """(start, end or None for a single date, clock label such as "17:48 JST" or "")."""
    whole = (event.first, event.last, event.precision)
    first, first_last, start_precision = _span_of(event.value, whole)
    if event.value_end:
        end_first, last, end_precision = _span_of(event.value_end, (event.last, event.last,
                                                                    event.precision))
        start = end_stamp(event.value, first, first_last, start_precision)
        end = end_stamp(event.value_end, end_first, last, end_precision)
        if end.label == start.label:
            return start, None, ""
        return start, end, ""
    if (event.precision in DAY_LEVEL and event.last != event.first) or (
        event.is_period and event.last > first_last
    ):
        # A period known only by its first and last day.
        start = end_stamp(event.value, first, first, "day" if event.precision in DAY_LEVEL
                          else start_precision)
        end = end_stamp(event.last.isoformat(), event.last, event.last, "day")
        return start, end, ""
    start = end_stamp(event.value, first, first_last, start_precision)
    clock = ""
    if event.time and start_precision in DAY_LEVEL:
        parsed = parse_time(event.time)
        if parsed is not None:
            hour, minute, _second, offset = parsed
            clock = f"{hour:02d}:{minute:02d}"
            if offset is not None:
                clock += " " + zone_label(offset, event.sources)
                moment = event_datetime(event)
                if moment is not None:
                    start = Stamp(start.label, moment.isoformat())
            else:
                start = Stamp(start.label, f"{start.attr}T{hour:02d}:{minute:02d}")
    return start, None, clock


def range_label(start: str, end: str) -> str:
    """Join two labels, sharing a trailing year: "3–7 May 2022", "May–June 2022", "1910–1945"."""
    s_words, e_words = start.split(" "), end.split(" ")
    if len(s_words) == len(e_words) == 3 and s_words[1:] == e_words[1:] and s_words[0].isdigit():
        return f"{s_words[0]}–{end}"
    if len(s_words) == len(e_words) == 2 and s_words[1] == e_words[1] and \
            s_words[0] in MONTHS:
        return f"{s_words[0]}–{end}"
    if len(s_words) == 3 and len(e_words) == 3 and s_words[2] == e_words[2] and \
            s_words[0].isdigit():
        return f"{s_words[0]} {s_words[1]} – {end}"
    if " " in start or " " in end:
        return f"{start} – {end}"
    return f"{start}–{end}"


def date_label(event: Event) -> str:
    """The date as a reader sees it: "10 May 2022, 17:48 JST", "May 2022", "1910–1945"."""
    return label_of(*stamps(event))


def label_of(start: Stamp, end: Stamp | None, clock: str) -> str:
    """The label of a date already split into stamps (see ``stamps``)."""
    if end is not None:
        return range_label(start.label, end.label)
    return f"{start.label}, {clock}" if clock else start.label


def published_label(moment: datetime) -> str:
    """When a source was published, as shown: "12 March 2024, 08:15 GMT"."""
    zone = moment.tzname() or ""
    return (f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}, "
            f"{moment.hour:02d}:{moment.minute:02d} {zone}").rstrip()
