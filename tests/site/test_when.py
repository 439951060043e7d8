"""How dates read: one row per case, (event fields, label, datetime attributes, note)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from timeline.model import Event, Source
from timeline.render.when import date_label, stamps
from timeline.timeml import range_span, span

JST = timezone(timedelta(hours=9), "JST")

CASES: list[tuple[str, str | None, str | None, str, str, str]] = [
    # value, value_end, time, label, datetime attributes (| between ends), note
    ("2022-05-10", None, None, "10 May 2022", "2022-05-10", "a day"),
    ("2022-05-10", None, "17:48:00+09:00", "10 May 2022, 17:48 JST",
     "2022-05-10T17:48:00+09:00", "zone named by the source"),
    ("2022-05-10", None, "08:05:00+05:30", "10 May 2022, 08:05 UTC+05:30",
     "2022-05-10T08:05:00+05:30", "zone no source names"),
    ("2022-05-10", None, "08:05:00Z", "10 May 2022, 08:05 UTC", "2022-05-10T08:05:00+00:00",
     "UTC"),
    ("2022-05-10", None, "08:05", "10 May 2022, 08:05", "2022-05-10T08:05", "time without zone"),
    ("2022-05", None, None, "May 2022", "2022-05", "a month"),
    ("2022", None, None, "2022", "2022", "a year"),
    ("199", None, None, "the 1990s", "1990", "a decade"),
    ("19", None, None, "the 20th century", "1900", "a century"),
    ("2022-W19", None, None, "week of 9 May 2022", "2022-W19", "an ISO week"),
    ("2024-W52-WE", None, None, "weekend of 28 December 2024", "2024-W52", "a weekend"),
    ("2022-Q1", None, None, "Q1 2022", "2022-01", "a quarter"),
    ("2022-H2", None, None, "second half of 2022", "2022-07", "a half year"),
    ("2022-SU", None, None, "Summer 2022", "2022-06", "a season"),
    ("1910", "1945", None, "1910–1945", "1910|1945", "a period of years"),
    ("2022-05", "2022-06", None, "May–June 2022", "2022-05|2022-06", "months, one year"),
    ("2021-11", "2022-02", None, "November 2021 – February 2022", "2021-11|2022-02",
     "months across years"),
    ("2022-05-03", "2022-05-07", None, "3–7 May 2022", "2022-05-03|2022-05-07",
     "days, one month"),
    ("2022-04-28", "2022-05-03", None, "28 April – 3 May 2022", "2022-04-28|2022-05-03",
     "days across months"),
    ("2022-05-10", "2022-05-10", None, "10 May 2022", "2022-05-10", "range of one day"),
    ("0800", None, None, "800", "0800", "an early year: four digits in datetime only"),
]


def test_no_duplicate_rows() -> None:
    keys = [row[:3] for row in CASES]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("value,value_end,time,label,attrs,note", CASES,
                         ids=[row[-1] for row in CASES])
def test_date_label(value: str, value_end: str | None, time: str | None, label: str,
                    attrs: str, note: str) -> None:
    placed = range_span(value, value_end) if value_end else span(value)
    assert placed is not None
    first, last, precision = placed
    source = Source("a.txt", "A", datetime(2022, 5, 10, 17, 48, tzinfo=JST))
    event = Event("e", value, first, last, precision, "T", value_end=value_end, time=time,
                  sources=[source], kind="period" if value_end else "event")
    assert date_label(event) == label
    start, end, _ = stamps(event)
    assert "|".join([start.attr] + ([end.attr] if end else [])) == attrs
