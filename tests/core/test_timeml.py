"""TimeML values map to the calendar days they cover."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.timeml import range_span, span

CASES = [
    ("2022-05-09", (date(2022, 5, 9), date(2022, 5, 9), "day"), "a day"),
    ("2022-05-10T17:48", (date(2022, 5, 10), date(2022, 5, 10), "time"), "a clock time"),
    ("2022-05", (date(2022, 5, 1), date(2022, 5, 31), "month"), "a month"),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29), "month"), "leap February"),
    ("2022-W19", (date(2022, 5, 9), date(2022, 5, 15), "week"), "ISO week"),
    ("2022-W19-WE", (date(2022, 5, 14), date(2022, 5, 15), "week"), "weekend"),
    ("2022-Q1", (date(2022, 1, 1), date(2022, 3, 31), "quarter"), "quarter"),
    ("2022-H2", (date(2022, 7, 1), date(2022, 12, 31), "half"), "half year"),
    ("2022-WI", (date(2022, 12, 1), date(2023, 2, 28), "season"), "winter spans the new year"),
    ("2022", (date(2022, 1, 1), date(2022, 12, 31), "year"), "a year"),
    ("199", (date(1990, 1, 1), date(1999, 12, 31), "decade"), "the 1990s"),
    ("19", (date(1900, 1, 1), date(1999, 12, 31), "century"), "the 20th century (TimeML)"),
    ("PRESENT_REF", None, "not on a calendar"),
    ("XXXX-05-10", None, "underspecified year"),
    ("2022-02-30", None, "no such day"),
    ("P3D", None, "a duration"),
]


def test_no_duplicate_cases() -> None:
    values = [value for value, _, _ in CASES]
    assert len(values) == len(set(values))


@pytest.mark.parametrize(("value", "expected", "note"), CASES, ids=[c[2] for c in CASES])
def test_span(value: str, expected: object, note: str) -> None:
    assert span(value) == expected, note


def test_a_range_covers_both_ends_at_the_coarser_precision() -> None:
    assert range_span("1910", "1945") == (date(1910, 1, 1), date(1945, 12, 31), "year")
    assert range_span("2022-03", "2022-05-15") == (date(2022, 3, 1), date(2022, 5, 15), "month")
    assert range_span("2022-05", "2021") == (date(2022, 5, 1), date(2022, 5, 31), "month")
