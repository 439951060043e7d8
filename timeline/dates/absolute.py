"""Rules for dates the text spells out: days, months, years, decades, centuries, holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.dates import arith, words
from timeline.dates.rules import (
    Context,
    Found,
    G,
    Rule,
    direction,
    month_number,
    ordinal,
    two_digit_year,
    with_clock,
)
from timeline.dates.tense import past_on, tense

#: Words before a capitalised "May" or "March" that make it the month, not a name or verb.
_MONTH_CUES = frozenset({
    "in", "since", "until", "till", "by", "from", "to", "through", "during", "of", "before",
    "after", "between", "and", "or", "last", "next", "this", "early", "late", "mid", "mid-",
    "end", "beginning", "start", "middle", "on", "for", "that", "each", "every", "earlier",
    "later", "the", "past", "coming", "as",
})


def year_for(ctx: Context, start: int, end: int, m: int, d: int | None,
              weekday: int | None = None) -> int | None:
    """The year of a month (or month and day) the text gives without one: the nearest to the
    anchor, leaning the way the sentence's tense points; a printed weekday must agree.

    A month alone in a past clause ("bought it in February") is the last such month and in a
    future clause the next one, unless a deadline word stands before it ("by May", "through
    January"), which looks ahead whatever the verb."""
    if ctx.anchor is None:
        return None
    if ctx.last is not None and ctx.last[1] == "year" and ctx.last_end <= start and \
            _WHEN_LINK.fullmatch(ctx.text, ctx.last_end, start):
        return ctx.last[0].year  # "the worst since 2007, when the river burst its banks in
        # July": that year's July
    a = ctx.anchor
    way = ctx.tense(start, end)
    lean = {"future": -BIAS_DAYS, "past": BIAS_DAYS}.get(way, 0)
    strict = (d is None and ctx.word_before(start) not in _DEADLINES) or (
        way == "past" and past_on(ctx.text, start)) or (
        way == "future" and _scheduled(ctx.sentence_before(start)))
    best: tuple[float, int] | None = None
    for y in (a.year - 1, a.year, a.year + 1):
        try:
            day = date(y, m, d or 15)
        except ValueError:
            continue
        if weekday is not None and d is not None and day.weekday() != weekday:
            continue
        gap = (day - a).days
        if d is None and y == a.year and m == a.month:
            gap = 0
        score = abs(gap) + (lean if gap > 0 else 0)
        if strict and ((way == "past" and gap > 0) or (way == "future" and gap < 0)):
            score += 1000  # against the tense: only if nothing else fits
        if best is None or score < best[0]:
            best = (score, y)
    return best[1] if best else a.year


#: "will" with a verb of its own in the clause before a date: "will play its first game of
#: next season on Aug. 17" is the coming Aug. 17, however far off.
_WILL = re.compile(r"(?:\bwill|\bshall|['’]ll)\s+(?:not\s+)?(?:be\s+)?[a-z]+[^,;:()\"“”]*$")


#: A present verb that schedules: "The law takes effect on Jan. 1", "The festival opens at
#: noon on Dec. 31", "The rules come into force on April 6" (not a bare "air", "play" or "run",
#: which are nouns as often: "the U.S. air raid").
_SCHEDULE = re.compile(r"(?<!\bthe )\b(?:" + "|".join(sorted(words.SCHEDULING_VERBS))
                       + r"|(?:take|come)s?\s+(?:effect|into\s+(?:force|effect)))\b[^,;:()\"“”]*$")


_MOVED_TO = re.compile(rf"(?i:(?<!\bhad been )(?<!\bhad ){words.MOVED_TO})")


_SCHEDULE_WORDS = words.SCHEDULING_VERBS | {"take", "takes", "come", "comes"}


def _scheduled(before: str) -> bool:
    """Is the clause before a date in the future for certain ("will play ... on", "takes effect
    on"), not just leaning that way?"""
    if _WILL.search(before) is not None:
        return True
    lowered = before.lower()
    if not _SCHEDULE_WORDS.isdisjoint(lowered.split()) and _SCHEDULE.search(before) is not None:
        return True
    # "the deadline was extended to Dec. 15"
    return lowered.endswith(("to ", "until ")) and _MOVED_TO.search(before) is not None


#: Between a year and a month or day of it told in a when-clause: "since 2007, when the river
#: burst its banks in July".
_WHEN_LINK = re.compile(r",\s+(?:when|where)\s[^.;:!?()\d]{0,120}\s(?:in|on|by|until|from)\s+")


#: How many days of distance a tense cue outweighs when choosing the year of "Dec. 15".
BIAS_DAYS = 100

#: Words before a month that set a deadline and look ahead whatever the tense.
_DEADLINES = frozenset({"by", "through", "until", "till", "before", "for", "to", "from"})


def _day_value(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return f"XXXX-{m:02d}-{d:02d}" if 1 <= d <= 31 else None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def calendar(g: G, ctx: Context, start: int, end: int) -> Found | None:
    if g["iy"]:
        value = _day_value(int(g["iy"] or 0), int(g["im"] or 0), int(g["id"] or 0))
        return with_clock(value, g) if value else None
    if g["na"]:
        return _numeric(g, ctx, start, end)
    if g["m1"]:
        m, d, y, y2 = month_number(g["m1"] or ""), g["d1"], g["y1"], g["yy1"]
        d_end = g["d1e"]
    elif g["m2"]:
        m, d, y, y2, d_end = month_number(g["m2"] or ""), g["d2"], g["y2"], None, g["d2e"]
    else:
        m, d, y, y2, d_end = month_number(g["m3"] or ""), str(ordinal(g["o3"] or "") or 0), \
            g["y3"], None, None
    day = int(d or 0)
    if y:
        year: int | None = int(y)
    elif y2:
        year = two_digit_year(y2, ctx.anchor)
    else:
        wd = words.WEEKDAYS.get((g["w"] or "").lower()) if g["w"] else None
        year = year_for(ctx, start, end, m, day, wd)
    value = _day_value(year, m, day)
    if value is None:
        return None
    found = Found(value)
    if d_end and int(d_end) > day:
        found.value_end = _day_value(year, m, int(d_end))
    elif g["d1a"]:
        # "on April 24 and 25": the two days, written as two dates
        second = g.span("d1a")
        if int(g["d1a"] or 0) <= day or ctx.word_after(second[1]) in words.NOT_YEAR_AFTER:
            found.end = g.span("d1")[1]
        else:
            found.value_end = _day_value(year, m, int(g["d1a"] or 0))
            found.parts = ((start, g.span("d1")[1]), (second[0], end))
    elif g["d2a"]:
        # "on 6 and 7 March": the two days; TimeML marks "6" and "7 March"
        if int(g["d2a"] or 0) > day:
            found.value_end = _day_value(year, m, int(g["d2a"] or 0))
            found.parts = ((start, g.span("d2")[1]), (g.span("d2a")[0], end))
        else:
            found.start = g.span("d2a")[0]  # "3 and 2 May" is no run of days: "2 May"
    return with_clock(value, g, found)


_DOTTED = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")


def _numeric(g: G, ctx: Context, start: int, end: int) -> Found | None:
    a, b, c = g["na"] or "", g["nb"] or "", g["nc"] or ""
    if len(a) == 4:
        y, m, d = int(a), int(b), int(c)
    else:
        order = ctx.settings.date_order
        if order == "MDY" and _DOTTED.search(ctx.text, start, end):
            order = "DMY"  # "08.05.2022": dots are the day-first countries' way, never the US's
        if order == "DMY":
            d, m = int(a), int(b)
        else:
            m, d = int(a), int(b)
        if m > 12 >= d:
            m, d = d, m  # "19/11/2024" is day first whatever the order: no month 19
        if len(c) == 3:
            return None
        y = int(c) if len(c) == 4 else two_digit_year(c, ctx.anchor)
    if not (1 <= m <= 12) or not 1900 <= y <= 2100:
        return None
    value = _day_value(y, m, d)
    return Found(value) if value else None


def nthweekday(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"the first Tuesday of March": that weekday's first in the month, of the year the month
    has read alone; "the last Friday in June"; "the second Monday of next month"."""
    wd = words.WEEKDAYS[(g["w"] or "").lower()]
    word = (g["o"] or "").lower()
    n = -1 if word in ("last", "final") else int(word[0]) if word[0].isdigit() else \
        words.ORDINALS[word]
    if g["rel"]:
        if ctx.anchor is None:
            return None
        y, m = arith.shift_month(ctx.anchor.year, ctx.anchor.month,
                                 {"this": 0, "next": 1, "last": -1}[(g["rel"] or "").lower()])
    else:
        m = month_number(g["m"] or "")
        found = int(g["y"]) if g["y"] else year_for(ctx, start, end, m, None)
        if found is None:
            return None
        y = found
    day = arith.nth_weekday(y, m, wd, n)
    return Found(day.isoformat()) if day is not None else None


def weekof(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"the week of March 6": the ISO week holding that day; "the weekend of April 1-2": the
    weekend of that week."""
    m, d = month_number(g["m"] or g["m2"] or ""), int(g["d"] or g["d2"] or 0)
    y = int(g["y"]) if g["y"] else year_for(ctx, start, end, m, d)
    value = _day_value(y, m, d)
    if y is None or value is None:
        return Found(f"XXXX-{m:02d}-{d:02d}") if value else None
    week = arith.week(date.fromisoformat(value))
    return Found(week + "-WE" if (g["wk"] or "").lower() == "weekend" else week)


def dayof(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"the fifth day of March", "the last day of June 2024"."""
    m = month_number(g["m"] or "")
    n = ordinal(g["o"] or "") if g["o"] else None
    probe = n if n is not None and n > 0 else 28
    y = int(g["y"]) if g["y"] else year_for(ctx, start, end, m, probe)
    if y is None:
        return Found(f"XXXX-{m:02d}-{n:02d}") if n and 0 < n <= 31 else None
    day = arith.last_day(y, m) if g["l"] or n == -1 else n
    value = _day_value(y, m, day or 0)
    return Found(value) if value else None


def dayonly(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"on the 5th": that day of the month the story is in (the month it last named, else the
    dateline's, or the one before when the day is still to come and the sentence is past)."""
    if ctx.anchor is None:
        return None
    d = int(g["o"] or 0)
    rel = (g["rel"] or "").lower()
    if rel:
        y, m = arith.shift_month(ctx.anchor.year, ctx.anchor.month,
                                 {"last": -1, "this": 0, "next": 1}[rel])
    elif ctx.last is not None and ctx.last[1] == "month":  # "In March ... on the 5th"
        y, m = ctx.last[0].year, ctx.last[0].month
    else:
        y, m = ctx.anchor.year, ctx.anchor.month
        way = ctx.tense(start, end)
        if way == "past" and d > ctx.anchor.day:
            y, m = arith.shift_month(y, m, -1)
        elif way == "future" and d < ctx.anchor.day:
            y, m = arith.shift_month(y, m, 1)
    value = _day_value(y, m, d)
    return Found(value) if value else None


def monthyear(g: G, ctx: Context, start: int, end: int) -> Found:
    y = int(g["y"]) if g["y"] else spelled_year(g["sy"] or "")
    return Found(arith.month(y, month_number(g["m"] or "")))


def spelled_year(text: str) -> int:
    """1996 from "nineteen ninety-six", 2000 from "two thousand"."""
    parts = text.lower().replace("-", " ").split()
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(words.NUMBERS.get(p, 0) for p in parts[2:] if p != "and")
    rest = parts[1:]
    if rest and rest[0] in words.DECADE_WORDS:
        return 1900 + 10 * words.DECADE_WORDS[rest[0]]
    return 1900 + sum(words.NUMBERS[p] for p in rest)


def spelledyear(g: G, ctx: Context, start: int, end: int) -> Found:
    return Found(f"{spelled_year(g['y'] or ''):04d}")


def yearend(g: G, ctx: Context, start: int, end: int) -> Found | None:
    if g["fy"]:  # "the full year 2022"
        return Found(g["fy"] or "")
    if ctx.anchor is None:
        return None
    return Found(f"{year_ended(ctx, start, end):04d}")


def year_ended(ctx: Context, start: int, end: int) -> int:
    """The year whose end a mention names: the dateline's, unless the sentence is past and
    that end is still to come ("flu cases peaked by the end of the year", written in March,
    is the year before)."""
    assert ctx.anchor is not None
    if ctx.anchor.month > 6 or ctx.tense(start, end) != "past":
        return ctx.anchor.year
    before = ctx.sentence_before(start)
    said = next(reversed(list(_REPORTED.finditer(before))), None)
    if said is not None:  # "said the deal closes by year-end": the reported clause decides
        clause = before[said.end():]
        if tense(clause + ctx.text[start:end + 160], len(clause), len(clause) + end - start) \
                != "past":
            return ctx.anchor.year
    return ctx.anchor.year - 1


_REPORTED = re.compile(r"\b(?:said|says|told|announced|expects?|expected|predicted|forecast|"
                       r"estimated|hoped|planned|promised|pledged|vowed|aimed)\b", re.IGNORECASE)


def month(g: G, ctx: Context, start: int, end: int) -> Found | None:
    word = g["m"] or ""
    m = month_number(word)
    edge = (g["edge"] or "").lower()
    if m in (3, 5) and not edge and word[1:].islower():
        before = ctx.word_before(start)
        if before not in _MONTH_CUES and ctx.word_after(end) not in (",", "and"):
            return None  # "Theresa May said", "March organizers"
    rel = (g["rel"] or "").lower()
    nar = " ".join((g["nar"] or "").lower().split())
    story = ctx.last[0] if ctx.last is not None else None  # the date the story is at
    if nar and (at := story or ctx.anchor) is not None:
        # "in October of that year": the year the story is at (the dateline's if none)
        shift = {"the following": 1, "the next": 1, "the previous": -1}.get(nar, 0)
        return Found(arith.month(at.year + shift, m))
    if ctx.anchor is None:
        return Found(f"XXXX-{m:02d}")
    if rel:
        y = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[rel]
    elif story is not None and edge in ("that", "that same", "the same"):
        y = story.year  # "last inspected in March 2023. A report published that June": 2023
    elif story is not None and edge in ("the following", "the previous"):
        # "the following June": the first after the date the story is at, not the dateline
        y = arith.month_year(story, m, "next" if edge == "the following" else "last")
    elif edge in ("last", "next", "this past", "this coming", "the previous", "the following",
                  "coming", "past", "the next", "the last", "the past", "the coming"):
        y = arith.month_year(ctx.anchor, m, direction(ctx, start, end, edge))
    elif edge == "this":
        y = ctx.anchor.year
    else:
        y = year_for(ctx, start, end, m, None) or ctx.anchor.year
    return Found(arith.month(y, m))


def range_month(g: G, ctx: Context, start: int, end: int) -> Found | None:
    if g["h1"]:
        return _month_span(g, ctx, start, end)
    m1, m2 = month_number(g["m1"] or ""), month_number(g["m2"] or "")
    y2 = int(g["y2"]) if g["y2"] else None
    y1 = int(g["y1"]) if g["y1"] else None
    if y1 is None and y2 is None:
        if ctx.anchor is None:
            return Found(f"XXXX-{m1:02d}", value_end=f"XXXX-{m2:02d}")
        y2 = year_for(ctx, start, end, m2, None) or ctx.anchor.year
    if y2 is None:
        assert y1 is not None
        y2 = y1 if m2 >= m1 else y1 + 1
    if y1 is None:
        y1 = y2 if m1 <= m2 else y2 - 1
    first = (g.span("m1")[0], g.span("y1")[1] if g["y1"] else g.span("m1")[1])
    last = (g.span("m2")[0], g.span("y2")[1] if g["y2"] else g.span("m2")[1])
    return Found(arith.month(y1, m1), value_end=arith.month(y2, m2), parts=(first, last))


def _month_span(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"the January-March period": a quarter when the months make one, else the months."""
    m1, m2 = month_number(g["h1"] or ""), month_number(g["h2"] or "")
    if g["hy"]:
        y2: int | None = int(g["hy"] or 0)
    elif ctx.anchor is None:
        return Found(f"XXXX-{m1:02d}", value_end=f"XXXX-{m2:02d}")
    else:
        y2 = year_for(ctx, start, end, m2, None)
    assert y2 is not None
    y1 = y2 if m1 <= m2 else y2 - 1
    if y1 == y2 and m1 % 3 == 1 and m2 == m1 + 2:
        return Found(f"{y2:04d}-Q{(m1 + 2) // 3}")
    return Found(arith.month(y1, m1), value_end=arith.month(y2, m2))


def year(g: G, ctx: Context, start: int, end: int) -> Found | None:
    y = int(g["y"] or 0)
    sep = (g["sep"] or "").lower()
    pre = (g["pre"] or "").lower()
    y_end: int | None = None
    if g["y2"]:
        y_end = int(g["y2"])
    elif g["yy2"]:
        y_end = y // 100 * 100 + int(g["yy2"])
    if y_end is not None and (y_end <= y or (sep == "and" and pre != "between")):
        y_end = None  # "1990 and 1991" without "between": two mentions
    if y_end is None and (sep or pre):
        # "from 1990", "1990 and 1991": the year alone; the scanner goes on after it
        y_start, y_stop = g.span("y")
        if not _looks_like_year(ctx, y_start, y_stop, y, relaxed=bool(pre)):
            return None
        return Found(f"{y:04d}", start=start if g["edge"] else y_start, end=y_stop)
    if not g["edge"] and not _looks_like_year(ctx, start, end, y, relaxed=bool(pre)):
        return None
    found = Found(f"{y:04d}")
    if y_end is not None:
        found.value_end = f"{y_end:04d}"
        second = g.span("y2") if g["y2"] else g.span("yy2")
        if g["edge2"]:  # "from mid-2019 until early 2021"
            second = (g.span("edge2")[0], second[1])
        found.parts = (g.span("edge")[0] if g["edge"] else g.span("y")[0], g.span("y")[1]), second
    return found


def _looks_like_year(ctx: Context, start: int, end: int, y: int, relaxed: bool = False) -> bool:
    before = ctx.word_before(start)
    if not relaxed and (before in words.NOT_YEAR_BEFORE or before.endswith("$")):
        return False
    after = ctx.word_after(end)
    if after in words.NOT_YEAR_AFTER:
        return False  # "2,000 troops"
    return 1000 <= y <= 2099


def decade(g: G, ctx: Context, start: int, end: int) -> Found | None:
    if g["y"]:
        value = (g["y"] or "")[:3]
    elif g["yy"]:
        value = "19" + (g["yy"] or "0")[0]
    else:
        value = "19" + str(words.DECADE_WORDS[(g["w"] or "").lower()])
    return Found(value)


def century(g: G, ctx: Context, start: int, end: int) -> Found | None:
    n = ordinal(g["n"] or "")
    if not n or n < 1 or n > 21:
        return None
    return Found(f"{n - 1:02d}")


def holiday(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"Easter", "Christmas 2021": the nearest such day to the anchor, leaning the way the
    sentence's tense points (as a month-day without a year). "Easter week" is that week."""
    name = " ".join((g["h"] or "").replace("’", "'").split())
    day: date | None
    if g["y"]:
        day = arith.holiday(name, int(g["y"]))
    elif ctx.anchor is not None:
        # a holiday, like a month, is the last one in a past sentence and the next one in a
        # future sentence ("spoke on Valentine's Day" in November: the February gone by)
        a = ctx.anchor
        mod = " ".join((g["hm"] or "").lower().split())
        way = {"last": "past", "this past": "past", "next": "future",
               "this coming": "future"}.get(mod) or ctx.tense(start, end)
        days = [d for y in (a.year - 1, a.year, a.year + 1)
                if (d := arith.holiday(name, y)) is not None]
        def begins(d: date) -> date:  # "Easter week began": the week's Monday
            return d - timedelta(days=d.weekday()) if g["wk"] else d

        day = min(days, key=lambda d: abs((d - a).days) + 1000 * (
            (way == "past" and begins(d) > a) or (way == "future" and d < a)), default=None)
    else:
        return None
    if day is None:
        return None
    if g["wk"]:
        return Found(arith.week(day))
    return Found(day.isoformat())


HANDLERS: dict[str, Rule] = {
    "calendar": calendar, "monthyear": monthyear, "month": month, "range_month": range_month,
    "year": year, "decade": decade, "century": century, "holiday": holiday,
    "spelledyear": spelledyear, "yearend": yearend, "weekof": weekof, "dayof": dayof,
    "dayonly": dayonly, "nthweekday": nthweekday,
}
