"""What each grammar rule means: a function from its matched groups to a TimeML value.

A rule function gets the groups of its match (``G``), the ``Context`` of the text being read
(anchor, tense cues, the quarter the article is talking about) and the span. It returns a
``Found`` or None when the match is not a date after all ("Article 9", "2,000 troops").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from timeline.dates import words
from timeline.dates.settings import DateSettings
from timeline.dates.tense import sentence_before, tense


class G(dict[str, str | None]):
    """The groups of one rule's match by name (None if a group took no part or the rule has no
    such group): ``g["month"]``, ``g.span("y")``."""

    __slots__ = ("match", "rule")

    def __init__(self, match: re.Match[str], rule: str) -> None:
        super().__init__(match.groupdict())
        self.match, self.rule = match, rule

    def __missing__(self, name: str) -> None:
        return None

    def span(self, name: str) -> tuple[int, int]:
        return self.match.span(name)


@dataclass(slots=True)
class Found:
    """What a rule made of its match: a TimeML value and what goes with it."""

    value: str
    type: str = "DATE"
    value_end: str | None = None
    clock: str | None = None  # "15:00" local time
    zone: str | None = None  # the abbreviation printed after the clock, if any
    tense: str = ""
    precision: str | None = None  # for values the calendar cannot place
    start: int | None = None  # a narrower span than the match, if the rule trims it
    end: int | None = None
    parts: tuple[tuple[int, int], tuple[int, int]] | None = None  # a range's two ends


@dataclass(slots=True)
class Context:
    text: str
    anchor: date | None
    settings: DateSettings
    quarter: tuple[int, int] | None = None  # the (year, quarter) the article reports on
    #: the first day and precision of the last calendar date mentioned, for "that year", "the
    #: following month", "the next morning": narrative time follows the story, not the dateline
    last: tuple[date, str] | None = None
    last_end: int = 0  # where the last calendar date mentioned ends in the text
    #: the last period a results story named was a run of months ("the nine months"), not a
    #: quarter: "a year earlier" then means the year before
    by_year: bool = False
    #: the dateline's clock time and zone, when it gives one: a clock time after it in a past
    #: sentence ("polls closed at 8 p.m.", in a story filed at 1:15 a.m.) was the day before
    clock: datetime | None = None
    _tenses: dict[tuple[int, int], str] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> str:
        key = (start, end)
        if key not in self._tenses:
            self._tenses[key] = tense(self.text, start, end)
        return self._tenses[key]

    def word_before(self, start: int) -> str:
        return self._last_word(start).lower()

    def raw_word_before(self, start: int) -> str:
        """The word before ``start`` as printed, with no sentence end between."""
        word = self._last_word(start)
        return "" if word.endswith(".") else word

    def _last_word(self, start: int) -> str:
        """The word (letters, digits and ``.'’$-``) that ends the 30 characters before
        ``start``, blanks aside; read backwards, as a search for it from the left is slow."""
        m = _WORD_REVERSED.match(self.text[max(0, start - 30):start].rstrip()[::-1])
        return m.group()[::-1] if m else ""

    def sentence_before(self, start: int) -> str:
        return sentence_before(self.text, start)

    def word_after(self, end: int) -> str:
        m = _NEXT_WORD.match(self.text, end)
        return m.group(1).lower() if m else ""


_WORD_REVERSED = re.compile(r"[\w.'’$-]+")
_NEXT_WORD = re.compile(r"\s*([\w%'’-]+)")

Rule = Callable[[G, Context, int, int], "Found | None"]


def month_number(word: str) -> int:
    key = word.lower().rstrip(".")
    return words.MONTHS.get(key) or words.MONTH_ABBREVIATIONS[key]


def number(word: str) -> int | None:
    key = re.sub(r"\s+", " ", word.lower())
    if key in words.NUMBERS:
        return words.NUMBERS[key]
    if key.isdigit():
        return int(key)
    if "-" in key:
        tens, _, ones = key.partition("-")
        if tens in words.NUMBERS and ones in words.NUMBERS:
            return words.NUMBERS[tens] + words.NUMBERS[ones]
    return None


def ordinal(word: str) -> int | None:
    key = word.lower()
    if key in words.ORDINALS:
        return words.ORDINALS[key]
    digits = re.match(r"\d+", key)
    return int(digits.group()) if digits else None


def two_digit_year(yy: str, anchor: date | None) -> int:
    """'89 in a 1990 article is 1989, '05 in a 1998 article 2005, '68 in a 2024 article 1968:
    the latest year with those digits no more than 20 years after the anchor (2000 without
    one), as a two-digit year looks back more often than far ahead."""
    base = anchor.year if anchor else 2000
    n = int(yy)
    century = base // 100 * 100
    return max(y for y in (century - 100 + n, century + n, century + 100 + n)
               if y <= base + AHEAD_YEARS)


#: How far ahead of the anchor a two-digit year may be read.
AHEAD_YEARS = 20


def direction(ctx: Context, start: int, end: int, mod: str | None) -> str:
    """past/future/last/next for a weekday or month: an explicit modifier, else the tense cue."""
    m = (mod or "").lower()
    if m in ("last", "the previous", "this past", "past"):
        return "last"
    if m in ("next", "the following", "this coming", "coming", "the next", "the coming"):
        return "next"
    found = ctx.tense(start, end)
    return found or "past"


_US_ZONES = {"Eastern": "ET", "Central": "CT", "Mountain": "MT", "Pacific": "PT"}


def clock_of(g: G, p: str) -> tuple[str, str | None] | None:
    """("15:00", "GMT") from a clock piece with prefix ``p``, or None."""
    word = g.get(p + "w")
    us = g.get(p + "us")
    city = g.get(p + "city")
    zone = g.get(p + "z") or g.get(p + "z2") or (_US_ZONES[us] if us else None) or (
        words.CITY_ZONES[" ".join(city.split())] if city else None)
    if word:
        return words.CLOCK_WORDS[word.lower()], zone
    if g.get(p + "mh") is not None:
        return f"{g[p + 'mh']}:{g[p + 'mm2']}", zone
    if g.get(p + "hh") is not None:
        return f"{int(g[p + 'hh'] or 0):02d}:{g[p + 'mm']}", zone
    hour = g.get(p + "h")
    if hour is None:
        return None
    h = int(hour)
    if h < 1 or h > 12:
        return None
    ampm = (g.get(p + "ap") or "").lower()
    h = h % 12 + (12 if ampm.startswith("p") else 0)
    return f"{h:02d}:{g.get(p + 'm') or '00'}", zone


def with_part(value: str, part: str | None) -> str:
    """"2022-05-09TNI": a day value with the TimeML code of a part of the day."""
    if not part:
        return value
    return f"{value}T{words.PARTS_OF_DAY[' '.join(part.lower().split())]}"


def with_clock(value: str, g: G, found: Found | None = None) -> Found:
    """Attach the clock found in prefix c1 or c2 (if any) to a day value."""
    c = clock_of(g, "c1") or clock_of(g, "c2")
    if c is None or len(value) != 10 or "X" in value[:4]:
        return found or Found(value)
    hm, zone = c
    result = found or Found(value)
    result.value = f"{value}T{hm}"
    result.type = "TIME"
    result.clock, result.zone = hm, zone
    return result
