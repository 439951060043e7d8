"""Any text gives well-formed mentions, quickly, and never depending on the clock."""

from __future__ import annotations

import re
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.dates
from timeline.dates import find_mentions
from timeline.model import Mention

ANCHOR = datetime(2022, 5, 10, 17, 48, tzinfo=ZoneInfo("Asia/Tokyo"))
WORDS = ["May", "may", "we", "We", "Friday", "last", "week", "the", "third", "quarter", "of",
         "1990", "-", "1945", "Aug.", "2", ",", "at", "3", "p.m.", "EST", "yesterday", "now",
         "fiscal", "'80s", "between", "and", "ago", "three", "years", "12:30", "\n", "’s"]


def well_formed(text: str, found: list[Mention]) -> None:
    previous_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= previous_end
        assert text[m.start:m.end] == m.text
        assert m.type in ("DATE", "TIME", "DURATION", "SET")
        assert m.value
        previous_end = m.end


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_string_gives_well_formed_mentions(text: str) -> None:
    well_formed(text, find_mentions(text, ANCHOR))
    well_formed(text, find_mentions(text, None))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_date_like_word_salad_gives_well_formed_mentions(text: str) -> None:
    well_formed(text, find_mentions(text, ANCHOR))


def test_one_megabyte_is_read_in_well_under_two_seconds() -> None:
    # news-like density: a date every few sentences, among names, money and counts
    paragraph = ("Officials said on Friday that exports fell 2,000 tons in the third quarter of "
                 "1990, down from $17 a year earlier, the Ministry of Trade in the capital told "
                 "reporters. The Boeing 747 fleet of the state carrier, which employs 12,400 "
                 "people in 37 countries, will be cut to 11 aircraft. We may see 1910-1945 "
                 "and 7-11 again, a spokesman for the opposition alliance added. Talks resume "
                 "at 3 p.m. EST Nov. 9, according to the draft seen by the agency. ")
    text = (paragraph * (1_000_000 // len(paragraph) + 1))[:1_000_000]
    start = time.perf_counter()
    found = find_mentions(text, ANCHOR)
    assert time.perf_counter() - start < 2.0
    assert len(found) > 10_000


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        find_mentions(text, ANCHOR)
        best = min(best, time.perf_counter() - start)
    return best


def test_pathological_runs_are_linear() -> None:
    # long runs of what the grammar's pieces are made of must not backtrack: four times the
    # text takes about four times as long (well under sixteen, the quadratic case)
    for chunk in ("1", "1 ", "May ", "the ", "- ", "a", "., ", "12:", "Friday "):
        small, large = _seconds(chunk * 5_000), _seconds(chunk * 20_000)
        assert large < 8 * small + 0.05, (chunk, small, large)


def test_library_never_reads_the_clock() -> None:
    package = Path(timeline.dates.__file__).parent
    clock = re.compile(r"\b(?:now|today|utcnow)\(\)|time\.time\(|localtime\(")
    for path in package.glob("*.py"):
        assert not clock.search(path.read_text(encoding="utf-8")), path.name
