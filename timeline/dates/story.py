"""Rules for times of day, and for phrases read against the time the story is at.

A clock time ("at 3 p.m.") is on the dateline's day unless a weekday in an aside dates it.
"that year", "the following month", "the next morning", "in the morning" follow the last date
the story named, because a story moves away from its dateline ("shot on Oct. 23 ... later that
day"); they fall back on the dateline only when the story named none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.dates import arith, words
from timeline.dates.grammar import WEEKDAY
from timeline.dates.rules import Context, Found, G, Rule, clock_of, direction, with_part
from timeline.dates.tense import one_sentence, sentence_ends
from timeline.dates.zones import resolve
from timeline.errors import DateError


def clock(g: G, ctx: Context, start: int, end: int) -> Found | None:
    c = clock_of(g, "c")
    if c is None:
        return None
    own_start = start + len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip())
    prefix = ctx.text[start:end].split(None, 1)
    if len(prefix) == 2 and prefix[0].lower() in _CLOCK_PREPOSITIONS:
        own_start = end - len(prefix[1])
    if g["cw"] and ctx.text[start:own_start].strip() == "" and \
            ctx.word_before(start) not in _CLOCK_PREPOSITIONS:
        return None  # a bare "noon" or "midnight" needs a preposition ("shortly after")
    if g["chh"] is not None and c[1] is None and _GAME_CLOCK.match(ctx.text, end):
        return None  # "with 2:30 left in the third quarter": a game's clock, no time of day
    if ctx.anchor is None:
        return Found(f"XXXX-XX-XXT{c[0]}", type="TIME", clock=c[0], zone=c[1], start=own_start)
    day = ctx.anchor
    aside = _ASIDE_WEEKDAY.match(ctx.text, end)
    if aside is not None:
        # "at 10:35 a.m. (0735 GMT) Friday": the day is the weekday after the aside, which
        # stays a mention of its own
        wd = words.WEEKDAYS[(aside.group(1) or aside.group(2)).lower()]
        day = arith.weekday(ctx.anchor, wd, direction(ctx, start, end, None))
    elif (ctx.last is not None and ctx.last[1] in ("day", "time")
          and one_sentence(ctx.text, ctx.last_end, start)):
        # "polls open on Thursday at 7 a.m. and close at 8 p.m.": the day the sentence named
        day = ctx.last[0]
    elif (ctx.last is not None and ctx.last[1] == "day" and ctx.last[0] > ctx.anchor
          and start - ctx.last_end < _NEXT_SENTENCE and ctx.tense(start, end) == "future"
          and sentence_ends(ctx.text, ctx.last_end, start) <= 1):
        # "Voters go to the polls on Sunday. Polls open at 7am": the day ahead the story is at
        day = ctx.last[0]
    elif _later_than_filed(ctx, c, start, end) or (c[0] == "24:00"
                                                   and ctx.tense(start, end) == "past"):
        # "polls closed at 8 p.m.", filed at 1:15 a.m.; "arrived after midnight": the
        # midnight gone by ends the day before
        day = ctx.anchor - timedelta(days=1)
    return Found(f"{day.isoformat()}T{c[0]}", type="TIME", clock=c[0], zone=c[1],
                 start=own_start)


#: What follows a game's clock: "2:30 left", "10:45 to play", "at 10:45 in the fourth quarter",
#: "4:12 into the second half", "1:05 of overtime".
_GAME_CLOCK = re.compile(
    r"\s+(?i:(?:(?:left|remaining|to\s+go|to\s+play|gone)\b)"
    r"|(?:in|into|of)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\s+"
    r"(?:quarter|half|period)|overtime|extra\s+time|stoppage\s+time)\b)")

#: How far after a day ahead a clock time may be and still be on it (the next sentence).
_NEXT_SENTENCE = 300

_CLOCK_PREPOSITIONS = frozenset({"at", "by", "until", "till", "before", "after", "around",
                                 "from", "about", "to", "since", "past"})


def _later_than_filed(ctx: Context, c: tuple[str, str | None], start: int, end: int) -> bool:
    """Is the clock time ``c``, in a past sentence, later in the day than the dateline's own
    (in the same zone), so that it was the day before?"""
    filed = ctx.clock
    if filed is None or ctx.tense(start, end) != "past":
        return False
    hour, minute = (int(x) for x in c[0].split(":"))
    if hour > 23:
        return False
    if c[1] is not None:
        try:
            tz, _ = resolve(c[1], ctx.settings.timezones, prefer=ctx.settings.timezone)
        except DateError:
            return False
        moment = filed.replace(hour=hour, minute=minute, tzinfo=tz)
        if moment.utcoffset() != filed.utcoffset():
            return False
    return (hour, minute) > (filed.hour, filed.minute)


_ASIDE_WEEKDAY = re.compile(rf"\s*\((?:[^()\n]{{1,24}}\),?\s+(?:on\s+)?({WEEKDAY})\b"
                            rf"|[^()\n]{{0,24}}\b({WEEKDAY})\))")


#: How fine the last date mentioned must be for each unit of a narrative phrase.
_NARRATIVE_PRECISION = {
    "year": ("year", "half", "season", "quarter", "month", "week", "day", "time"),
    "quarter": ("quarter", "month", "week", "day", "time"),
    "month": ("month", "week", "day", "time"),
    "week": ("week", "day", "time"),
    "day": ("day", "time"),
    "season": ("year", "half", "season", "quarter", "month", "week", "day", "time"),
}
_SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_NARRATIVE_SHIFT = {"that": 0, "that same": 0, "the same": 0, "the following": 1, "the next": 1,
                    "the previous": -1, "the preceding": -1, "the prior": -1}


def narrative(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"that year", "the following month", "later that day", "the next morning": the unit of
    the last date the story mentioned (the anchor's when it mentioned none), shifted. ("the
    next year" is reckoned from the dateline, like "next year": the grammar leaves it to
    relunit.)"""
    mod = " ".join((g["mod"] or "").lower().split())
    unit = (g["unit"] or "").lower()
    part = words.PARTS_OF_DAY.get(unit) if unit in words.PARTS_OF_DAY else None
    season = words.SEASONS.get(unit)
    kind = "day" if part or unit == "day" else "season" if season else unit
    shift = _NARRATIVE_SHIFT[mod]
    if ctx.last is not None and ctx.last[1] in _NARRATIVE_PRECISION[kind]:
        base = ctx.last[0]
    elif ctx.last is not None and ctx.last[1] in ("month", "year") and kind != "season":
        # "The case began in November 2020 ... Cardoso resigned the following week": a week
        # of that month, as near as the story tells it
        last = ctx.last[0]
        return Found(arith.month(last.year, last.month) if ctx.last[1] == "month"
                     else f"{last.year:04d}")
    elif ctx.anchor is not None:
        base = ctx.anchor
    else:
        return None
    if kind == "year":
        return Found(f"{base.year + shift:04d}")
    if season is not None:
        # "the following spring": the first spring to begin after the story's date (the next
        # year's after a whole year), "that spring" the one of its year
        assert ctx.last is not None or ctx.anchor is not None
        whole_year = ctx.last is not None and ctx.last[1] == "year" and base is ctx.last[0]
        begins = _SEASON_STARTS[season]
        y = base.year
        if shift > 0:
            y += 1 if whole_year or begins <= base.month else 0
        elif shift < 0:
            y -= 1 if whole_year or begins >= base.month else 0
        return Found(f"{y:04d}-{season}")
    if kind == "quarter":
        y, q = arith.shift_quarter(base.year, arith.quarter_of(base), shift)
        return Found(f"{y:04d}-Q{q}")
    if kind == "month":
        return Found(arith.month(*arith.shift_month(base.year, base.month, shift)))
    if kind == "week":
        return Found(arith.week(base + timedelta(weeks=shift)))
    return Found(with_part((base + timedelta(days=shift)).isoformat(), unit if part else None))


def _story_day(ctx: Context) -> date | None:
    """The day the story is at: the last day it named, else the dateline's."""
    if ctx.last is not None and ctx.last[1] in ("day", "time"):
        return ctx.last[0]
    return ctx.anchor


def _overnight(ctx: Context, start: int, end: int) -> Found | None:
    """"struck the city overnight": the night before the day the story is at (the dateline's
    when it names none); "will be closed overnight", the coming night."""
    day = _story_day(ctx)
    if day is None:
        return None
    if ctx.tense(start, end) != "future":
        day -= timedelta(days=1)
    return Found(f"{day.isoformat()}TNI", type="TIME")


def daypart(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"by mid afternoon", "in the morning": that part of the day the story is at (the last
    day it named, else the dateline's)."""
    if g["night"]:
        return _overnight(ctx, start, end)
    part = " ".join((g["part"] or "").lower().split()).removeprefix("the ")
    day = _story_day(ctx)
    if day is None:
        return None
    hour = _HOUR_BEFORE.search(ctx.text, max(0, start - 24), start)
    if hour is not None and part in ("morning", "afternoon", "evening"):
        # "at 4 in the morning": a clock time
        h = int(hour.group(1)) % 12 + (0 if part == "morning" else 12)
        aside = _ASIDE_WEEKDAY.match(ctx.text, end)
        if aside is not None and ctx.anchor is not None:
            wd = words.WEEKDAYS[(aside.group(1) or aside.group(2)).lower()]
            day = arith.weekday(ctx.anchor, wd, direction(ctx, start, end, None))
        return Found(f"{day.isoformat()}T{h:02d}:00", type="TIME", clock=f"{h:02d}:00",
                     start=hour.start(1))
    return Found(with_part(day.isoformat(), part))


_HOUR_BEFORE = re.compile(r"(?<![\d.,:$])\b(1[0-2]|[1-9])\s+(?:o['’]clock\s+)?in\s+$")


HANDLERS: dict[str, Rule] = {"clock": clock, "narrative": narrative, "daypart": daypart}
