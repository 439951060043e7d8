"""Rules for dates read against the anchor: weekdays, "yesterday", "last week", quarters,
"three weeks ago", references to the present, clock times, durations and sets."""

from __future__ import annotations

import re
from datetime import timedelta

from timeline.dates import arith, words
from timeline.dates.absolute import spelled_year
from timeline.dates.grammar import WEEKDAY
from timeline.dates.rules import (
    Context,
    Found,
    G,
    Rule,
    clock_of,
    direction,
    number,
    ordinal,
    two_digit_year,
    with_clock,
)

_SHIFT = {"last": -1, "the last": -1, "the past": -1, "past": -1, "the previous": -1,
          "this past": -1, "this": 0, "the current": 0, "the same": 0, "that": 0, "the": 0,
          "next": 1, "the next": 1, "the coming": 1, "coming": 1, "the following": 1,
          "this coming": 1}


def _part(value: str, part: str | None) -> str:
    if not part:
        return value
    return f"{value}T{words.PARTS_OF_DAY[' '.join(part.lower().split())]}"


def weekday(g: G, ctx: Context, start: int, end: int) -> Found | None:
    wd = words.WEEKDAYS[(g["w"] or "").lower()]
    mod = " ".join((g["mod"] or "").lower().split())
    if ctx.anchor is None:
        return Found(f"XXXX-WXX-{wd + 1}")
    if mod == "this":
        d = ctx.anchor + timedelta(days=wd - ctx.anchor.weekday())
        way = "future" if d >= ctx.anchor else "past"
    elif g["poss"] and not mod:
        way = "past"  # "Wednesday's ruling": news reports it after the fact
        d = arith.weekday(ctx.anchor, wd, way)
    elif mod in _NARRATIVE_WAY and ctx.last is not None and ctx.last[1] in ("day", "time"):
        # "down 4.5% from the previous Friday": the Friday before the day the story is at
        way = _NARRATIVE_WAY[mod]
        d = arith.weekday(ctx.last[0], wd, way)
    else:
        way = direction(ctx, start, end, mod)
        d = arith.weekday(ctx.anchor, wd, way)
    value = _part(d.isoformat(), g["part"] or (mod if mod in words.PARTS_OF_DAY else None))
    found = with_clock(d.isoformat(), g, Found(value))
    found.tense = "future" if way in ("future", "next") else "past"
    return _without_possessive(found, g, end)


def _without_possessive(found: Found, g: G, end: int) -> Found:
    """"Wednesday's ruling": the mention is "Wednesday", as TimeML marks it."""
    if g["poss"] and g.span("poss")[1] == end:
        found.end = g.span("poss")[0]
    return found


_NARRATIVE_WAY = {"the previous": "last", "the following": "next", "the next": "next"}


def relday(g: G, ctx: Context, start: int, end: int) -> Found | None:
    if ctx.anchor is None:
        return None
    word = (g["word"] or "").lower()
    if (g["word"] or "")[:1].isupper() and ctx.raw_word_before(start)[:1].isupper():
        return None  # "VOA Today", "USA Today": a name
    if word in ("today", "tomorrow") and g["poss"] and ctx.word_after(end) not in _DAY_NOUNS:
        return None  # "today's youth", "today's world": the present, not a day
    shift = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
    d = (ctx.anchor + timedelta(days=shift)).isoformat()
    mod = " ".join((g["mod"] or "").lower().split())
    part = g["part"] or (mod if mod in words.PARTS_OF_DAY else None)
    if word == "tonight":
        part = part or "night"
    return _without_possessive(with_clock(d, g, Found(_part(d, part))), g, end)


_DAY_NOUNS = frozenset({"meeting", "vote", "talks", "session", "trading", "game", "match",
                        "race", "election", "hearing", "announcement", "decision", "ruling",
                        "deadline", "summit", "visit", "speech", "rally", "statement",
                        # what appears on a given day: "today's editions", "today's quiz"
                        "edition", "editions", "issue", "paper", "papers", "newspaper",
                        "newspapers", "quiz", "show", "program", "programme", "broadcast",
                        "headlines", "news", "menu", "schedule", "agenda", "episode"})


def partday(g: G, ctx: Context, start: int, end: int) -> Found | None:
    if ctx.anchor is None:
        return None
    mod = (g["mod"] or "").lower().split()[-1]
    part = (g["part"] or "").lower()
    d = ctx.anchor - timedelta(days=1) if mod == "last" else ctx.anchor
    if mod == "last" and part != "night":
        return None  # "last evening" is rare; "last morning" is not a date
    return Found(_part(d.isoformat(), part))


def _quarter_year(ctx: Context, start: int, end: int, n: int) -> int | None:
    """The year of "the third quarter": the anchor's, or the year before when that quarter has
    not begun yet and nothing points to the future."""
    if ctx.anchor is None:
        return None
    current = arith.quarter_of(ctx.anchor)
    if n > current and ctx.tense(start, end) != "future":
        return ctx.anchor.year - 1
    return ctx.anchor.year


def quarter(g: G, ctx: Context, start: int, end: int) -> Found | None:
    det = " ".join((g["det"] or "").lower().split()).replace("’", "'")
    adj = " ".join((g["adj"] or "").lower().split())
    word = (g["q"] or "").lower()
    n = ordinal(g["ord"] or "") if g["ord"] else None
    if n == -1:
        n = 4
    explicit = g["qy1"] or g["qy2"]
    if word == "period" and not (adj or explicit):
        return None
    if n is None and not (adj or explicit or det in ("the", "this", "that", "its", "their")):
        return None
    if n is None and det == "a" and not adj:
        return None
    back = 1 if ("ago" in adj or "earlier" in adj or det in ("year-ago", "year-earlier")
                 or det.startswith("last year") or g["ago"]) else 0
    y: int | None
    if explicit:
        y = int(explicit)
    elif g["rel"]:
        base = ctx.anchor.year if ctx.anchor else None
        y = None if base is None else base + {"this": 0, "last": -1, "next": 1}[
            (g["rel"] or "").lower()]
    elif det.startswith(("this year", "next year", "last year")) and ctx.anchor:
        y = ctx.anchor.year + (1 if det.startswith("next") else 0)
    else:
        y = None
    if n is None:
        if "current" in adj and ctx.anchor:
            y, n = ctx.anchor.year, arith.quarter_of(ctx.anchor)
        elif ctx.quarter is not None:
            y0, n = ctx.quarter
            y = y if y is not None else y0
        elif ctx.anchor is not None:
            y0, n = arith.shift_quarter(ctx.anchor.year, arith.quarter_of(ctx.anchor), -1)
            y = y if y is not None else y0
        else:
            return Found("XXXX-QX")
    if y is None:
        y = _quarter_year(ctx, start, end, n)
        if y is None:
            return Found(f"XXXX-Q{n}")
    y -= back
    if g["ord"] and not back and not explicit and ctx.quarter is None:
        ctx.quarter = (y, n)  # the quarter the article reports: "the quarter", "a year ago"
    return Found(f"{y:04d}-Q{n}")


def half(g: G, ctx: Context, start: int, end: int) -> Found | None:
    which = (g["ord"] or "").lower()
    h = 1 if which == "first" else 2
    if g["two"] and h != 1:
        return None  # "the last two quarters" are the two most recent, not a half
    if g["dec"] or g["dyy"]:
        # "the last half of the '80s": TimeML has no half-decade; the decade it is in
        return Found((g["dec"] or "")[:3] or f"19{(g['dyy'] or '0')[0]}")
    if g["y"]:
        y = int(g["y"])
    elif ctx.anchor is None:
        return Found(f"XXXX-H{h}")
    else:
        y = ctx.anchor.year + {"this": 0, "last": -1, "next": 1, "": 0}[(g["rel"] or "").lower()]
        if not g["rel"] and ctx.quarter is not None:
            y = ctx.quarter[0]
    return Found(f"{y:04d}-H{h}")


def fiscal(g: G, ctx: Context, start: int, end: int) -> Found | None:
    if g["y"]:
        return Found(g["y"] or "")
    if g["yy"]:
        return Found(f"{two_digit_year(g['yy'] or '', ctx.anchor):04d}")
    if not g["yr"] or ctx.anchor is None:
        return None
    mod = " ".join((g["mod"] or "").lower().split())
    shift = {"last": -1, "the previous": -1, "next": 1, "the new": 1}.get(mod, 0)
    return Found(f"{ctx.anchor.year + shift:04d}")


def _year_back(ctx: Context, quarter: bool = False) -> Found | None:
    """"a year earlier" in a results story: the period reported, a year back. That is the
    quarter the story reports, unless the last period it named was a run of months ("the nine
    months", "the first six months"): then the comparison is with the year before."""
    if ctx.quarter is not None and (quarter or not ctx.by_year):
        y, q = ctx.quarter
        return Found(f"{y - 1:04d}-Q{q}")
    if ctx.anchor is None:
        return None
    return Found(f"{ctx.anchor.year - 1:04d}")


def yearago(g: G, ctx: Context, start: int, end: int) -> Found | None:
    noun = (g["n"] or "").lower()
    if noun in ("results", "level", "levels") and ctx.anchor is not None:
        found: Found | None = Found(f"{ctx.anchor.year - 1:04d}")
    else:
        found = _year_back(ctx, quarter=noun == "quarter")
    if found is not None and noun not in ("period", "quarter"):
        found.end = g.span("w")[1] if noun else None
    return found


def ago(g: G, ctx: Context, start: int, end: int) -> Found | None:
    unit = (g["unit"] or "").lower()
    n_word = " ".join((g["n"] or "").lower().split())
    way = (g["dir"] or "").lower()
    if way in ("before", "after", "later"):
        # "ten days before the shooting", "three days later": an offset from an event the
        # sentence names, not from the dateline; TimeML marks the stretch as a duration
        found = _duration(n_word, unit)
        if found is not None:
            found.end = g.span("unit")[1] + (1 if ctx.text[g.span("unit")[1]:end][:1] == "s"
                                             else 0)
        return found
    sign = 1 if way in ("from now", "hence") else -1
    if n_word in words.VAGUE_NUMBERS:
        return Found("FUTURE_REF" if sign > 0 else "PAST_REF", precision="reference")
    n = number(n_word)
    if n is None or unit in ("hour", "minute") or ctx.anchor is None:
        return None
    if unit == "year" and n == 1 and sign < 0 and ctx.quarter is not None:
        return _year_back(ctx)
    if unit in ("decade", "century"):
        n, unit = n * (10 if unit == "decade" else 100), "year"  # "a decade ago": that year
    return Found(arith.shift(ctx.anchor, unit, sign * n))


def _is_title(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def relunit(g: G, ctx: Context, start: int, end: int) -> Found | None:
    mod = " ".join((g["mod"] or "").lower().split())
    unit = (g["unit"] or "").lower()
    if ctx.anchor is None:
        return None
    if _is_title(g["unit"] or "") and not g["edge"]:
        return None  # ABC's "This Week": a capitalised unit after its modifier is a name
    if mod == "the" and unit not in ("week", "weekend", "year", "month", "summer", "spring",
                                     "fall", "autumn", "winter"):
        return None
    shift = _SHIFT.get(mod, 0)
    if unit in words.SEASONS:
        return Found(_season(ctx, words.SEASONS[unit], shift))
    if unit == "weekend":
        way = ctx.tense(start, end)
        if shift == 0 and mod in ("the", "this"):
            passed = ctx.anchor.weekday() < 3 and way != "future"
            shift = -1 if passed and mod == "the" else 0
        return Found(arith.shift(ctx.anchor, "weekend", shift))
    if unit == "quarter" and ctx.quarter is not None and mod in ("the", "that"):
        y, q = ctx.quarter
        return Found(f"{y:04d}-Q{q}")
    if unit == "week" and mod == "the":
        # "For the week, the index fell": a week of the story, which one the text does not say
        return Found(f"{ctx.anchor.year:04d}-WXX", precision="week")
    return Found(arith.shift(ctx.anchor, unit, shift))


def _season(ctx: Context, code: str, shift: int) -> str:
    assert ctx.anchor is not None
    starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    y = ctx.anchor.year
    if shift < 0:
        y = y if ctx.anchor.month >= starts[code] + 3 else y - 1
    elif shift > 0:
        y = y if ctx.anchor.month < starts[code] else y + 1
    return f"{y:04d}-{code}"


def season(g: G, ctx: Context, start: int, end: int) -> Found | None:
    code = words.SEASONS[(g["s"] or "").lower()]
    y = g["y"] or g["y2"] or (f"{spelled_year(g['sy'] or ''):04d}" if g["sy"] else None)
    if y:
        return Found(f"{y}-{code}")
    edge = " ".join((g["edge"] or "").lower().split())
    if not edge and (code == "FA" or ctx.word_before(start) not in ("in", "during", "by",
                                                                     "until", "since")):
        return None  # a bare season needs a preposition; "fall" alone is the verb
    if ctx.anchor is None:
        return Found(f"XXXX-{code}")
    return Found(_season(ctx, code, _SHIFT.get(edge, 0)))


def ref(g: G, ctx: Context, start: int, end: int) -> Found | None:
    word = " ".join((g["r"] or "").lower().split())
    if word == "current" and ctx.word_after(end) in _NOT_PRESENT_AFTER:
        return None
    return Found(words.REFERENCES[word], precision="reference")


_NOT_PRESENT_AFTER = frozenset({"account", "accounts", "affairs", "events", "-", "assets",
                                "liabilities", "flows", "flow", "electrical", "electric"})


def clock(g: G, ctx: Context, start: int, end: int) -> Found | None:
    c = clock_of(g, "c")
    if c is None:
        return None
    own_start = start + len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip())
    prefix = ctx.text[start:end].split(None, 1)
    if len(prefix) == 2 and prefix[0].lower() in ("at", "by", "until", "before", "after",
                                                  "around", "from", "about", "to", "since"):
        own_start = end - len(prefix[1])
    if g["cw"] and ctx.text[start:own_start].strip() == "":
        return None  # a bare "noon" or "midnight" needs a preposition
    if ctx.anchor is None:
        return Found(f"XXXX-XX-XXT{c[0]}", type="TIME", clock=c[0], zone=c[1], start=own_start)
    day = ctx.anchor
    aside = _ASIDE_WEEKDAY.match(ctx.text, end)
    if aside is not None:
        # "at 10:35 a.m. (0735 GMT) Friday": the day is the weekday after the aside, which
        # stays a mention of its own
        wd = words.WEEKDAYS[(aside.group(1) or aside.group(2)).lower()]
        day = arith.weekday(ctx.anchor, wd, direction(ctx, start, end, None))
    return Found(f"{day.isoformat()}T{c[0]}", type="TIME", clock=c[0], zone=c[1],
                 start=own_start)


_ASIDE_WEEKDAY = re.compile(rf"\s*\((?:[^()\n]{{1,24}}\),?\s+(?:on\s+)?({WEEKDAY})\b"
                            rf"|[^()\n]{{0,24}}\b({WEEKDAY})\))")


_SETS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
         "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}
_UNIT_CODES = {"day": "P1D", "night": "P1D", "morning": "P1D", "evening": "P1D", "week": "P1W",
               "weekend": "P1W", "month": "P1M", "year": "P1Y"}


def set_(g: G, ctx: Context, start: int, end: int) -> Found | None:
    text = " ".join((g["s"] or "").lower().split())
    if text in _SETS:
        return Found(_SETS[text], type="SET", precision="set")
    last = text.split()[-1]
    if last in words.WEEKDAYS:
        return Found(f"XXXX-WXX-{words.WEEKDAYS[last] + 1}", type="SET", precision="set")
    return Found(_UNIT_CODES.get(last, "P1D"), type="SET", precision="set")


_DURATION_UNITS = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W",
                   "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}


def duration(g: G, ctx: Context, start: int, end: int) -> Found | None:
    n_word = " ".join((g["n"] or "").lower().split())
    if n_word in ("a", "an") and not g["pre"]:
        return None
    if ctx.word_after(end) == "old":
        return None  # an age: "52 years old"
    return _duration(n_word, (g["unit"] or "").lower())


def _duration(n_word: str, unit: str) -> Found | None:
    """"three weeks" as P3W, "several years" as PXY."""
    n: object = "X" if n_word in words.VAGUE_NUMBERS else number(n_word)
    if n is None:
        try:
            n = float(n_word)
        except ValueError:
            return None
    code = _DURATION_UNITS[unit]
    if code == "DE":
        code, n = "Y", n * 10 if isinstance(n, int | float) else n
    elif code == "CE":
        code, n = "Y", n * 100 if isinstance(n, int | float) else n
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    value = f"PT{n}{code[1]}" if code.startswith("T") else f"P{n}{code}"
    return Found(value, type="DURATION", precision="duration")


HANDLERS: dict[str, Rule] = {
    "weekday": weekday, "relday": relday, "partday": partday, "quarter": quarter, "half": half,
    "fiscal": fiscal, "yearago": yearago, "ago": ago, "relunit": relunit, "season": season,
    "ref": ref, "clock": clock, "set": set_, "duration": duration,
}


#: How fine the last date mentioned must be for each unit of a narrative phrase.
_NARRATIVE_PRECISION = {
    "year": ("year", "half", "season", "quarter", "month", "week", "day", "time"),
    "quarter": ("quarter", "month", "week", "day", "time"),
    "month": ("month", "week", "day", "time"),
    "week": ("week", "day", "time"),
    "day": ("day", "time"),
}
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
    kind = "day" if part or unit == "day" else unit
    shift = _NARRATIVE_SHIFT[mod]
    if ctx.last is not None and ctx.last[1] in _NARRATIVE_PRECISION[kind]:
        base = ctx.last[0]
    elif ctx.anchor is not None:
        base = ctx.anchor
    else:
        return None
    if kind == "year":
        return Found(f"{base.year + shift:04d}")
    if kind == "quarter":
        y, q = arith.shift_quarter(base.year, arith.quarter_of(base), shift)
        return Found(f"{y:04d}-Q{q}")
    if kind == "month":
        return Found(arith.month(*arith.shift_month(base.year, base.month, shift)))
    if kind == "week":
        return Found(arith.week(base + timedelta(weeks=shift)))
    return Found(_part((base + timedelta(days=shift)).isoformat(), unit if part else None))


def daypart(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"by mid afternoon", "in the morning": that part of the day the story is at (the last
    day it named, else the dateline's)."""
    part = " ".join((g["part"] or "").lower().split()).removeprefix("the ")
    if ctx.last is not None and ctx.last[1] in ("day", "time"):
        day = ctx.last[0]
    elif ctx.anchor is not None:
        day = ctx.anchor
    else:
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
    return Found(_part(day.isoformat(), part))


_HOUR_BEFORE = re.compile(r"(?<![\d.,:$])\b(1[0-2]|[1-9])\s+(?:o['’]clock\s+)?in\s+$")


HANDLERS["narrative"] = narrative
HANDLERS["daypart"] = daypart
