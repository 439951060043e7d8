"""Rules for dates read against the anchor: weekdays, "yesterday", "last week", "three weeks
ago", seasons, references to the present, durations and sets."""

from __future__ import annotations

import re
from datetime import timedelta

from timeline.dates import arith, words
from timeline.dates.absolute import spelled_year, year_ended
from timeline.dates.periods import year_back
from timeline.dates.rules import (
    Context,
    Found,
    G,
    Rule,
    direction,
    number,
    two_digit_year,
    with_clock,
    with_part,
)

_SHIFT = {"last": -1, "the last": -1, "the past": -1, "past": -1, "the previous": -1,
          "this past": -1, "this": 0, "the current": 0, "the same": 0, "that": 0, "the": 0,
          "next": 1, "the next": 1, "the coming": 1, "coming": 1, "the following": 1,
          "this coming": 1}


def weekday(g: G, ctx: Context, start: int, end: int) -> Found | None:
    wd = words.WEEKDAYS[(g["w"] or "").lower()]
    mod = " ".join((g["mod"] or "").lower().split())
    if ctx.anchor is None:
        return Found(f"XXXX-WXX-{wd + 1}")
    if mod == "this":
        d = ctx.anchor + timedelta(days=wd - ctx.anchor.weekday())
        way = "future" if d >= ctx.anchor else "past"
    elif g["wk"] and not mod and not g["poss"]:
        way = "future"  # "on Monday week": the Monday after the coming one
        d = arith.weekday(ctx.anchor, wd, "next") + timedelta(days=7)
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
    value = with_part(d.isoformat(), g["part"] or (mod if mod in words.PARTS_OF_DAY else None))
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
    return _without_possessive(with_clock(d, g, Found(with_part(d, part))), g, end)


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
    return Found(with_part(d.isoformat(), part))



def ago(g: G, ctx: Context, start: int, end: int) -> Found | None:
    unit = (g["unit"] or "").lower()
    n_word = " ".join((g["n"] or "").lower().split())
    if unit == "fortnight":  # "a fortnight ago": two weeks
        fortnights = number(n_word)
        if fortnights is None:
            return None
        n_word, unit = str(2 * fortnights), "week"
    way = " ".join((g["dir"] or "").lower().split())
    if way == "on from":  # "A year on from the flood": a year after it
        way = "after"
    elif way == "on":  # British "Five decades on, it is closing": later, from the story's date
        way = "later"
    if (way == "later" and ctx.last is not None and n_word not in words.VAGUE_NUMBERS
            and ctx.tense(start, end) != "future"):
        # "He was elected in 1995. Two years later, he became prime minister": counted from
        # the last date the story named, as fine as that date and the unit allow
        n = number(n_word)
        if n is not None and unit in _LATER_PRECISION and ctx.last[1] in _LATER_PRECISION[unit]:
            if unit in ("decade", "century"):
                n, unit = n * (10 if unit == "decade" else 100), "year"
            return Found(arith.shift(ctx.last[0], unit, n))
    if (way == "earlier" and ctx.last is not None and unit in ("day", "week")
            and ctx.last[1] in ("day", "time")
            and (n := number(n_word)) is not None):
        # "rose to 100 on Sunday, up from 64 a day earlier": a day before the day just named
        return Found(arith.shift(ctx.last[0], unit, -n))
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
        return year_back(ctx)
    if unit in ("decade", "century"):
        n, unit = n * (10 if unit == "decade" else 100), "year"  # "a decade ago": that year
    return Found(arith.shift(ctx.anchor, unit, sign * n))


#: How fine the last date named must be for "N <unit> later" to count from it.
_LATER_PRECISION = {
    "day": ("day", "time"), "week": ("week", "day", "time"),
    "month": ("month", "week", "day", "time"),
    "year": ("year", "season", "quarter", "half", "month", "week", "day", "time"),
    "decade": ("year", "month", "day"), "century": ("year",),
}


def _is_title(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


# A future in the sentence before a date: its past verbs are reported, not gone by
_AHEAD = re.compile(r"\b(?:will|would|shall|won't|wouldn't|expected|forecast|plans?|"
                    r"planned)\b(?![^.;!?]*[.;!?]\s)", re.IGNORECASE)


#: "of" and a noun phrase after "the week", "the weekend", "the month": the unit it fell in
_OF_A_THING = re.compile(r"\s+of\s+(?:the|a|an|his|her|its|their|our|this|that)\s",
                         re.IGNORECASE)


def relunit(g: G, ctx: Context, start: int, end: int) -> Found | None:
    mod = " ".join((g["mod"] or "").lower().split())
    unit = (g["unit"] or "").lower()
    if ctx.anchor is None:
        return None
    if _is_title(g["unit"] or "") and not g["edge"]:
        return None  # ABC's "This Week": a capitalised unit after its modifier is a name
    if mod == "the" and unit not in ("week", "weekend", "year", "month", "summer", "spring",
                                     "fall", "autumn", "winter") and not (
            g["edge"] and unit in ("decade", "century")):  # "by the end of the decade"
        return None
    if mod == "the" and not g["edge"] and _OF_A_THING.match(ctx.text, end):
        return None  # "over the weekend of the 2023 budget": that thing's, not this one
    shift = _SHIFT.get(mod, 0)
    if mod == "that" and ctx.last is not None and unit in ("year", "month", "week") and \
            ctx.last[1] in _LATER_PRECISION[unit]:
        # "The strike began on Oct. 3. By the end of that month ...": the month the story is at
        return Found(arith.shift(ctx.last[0], unit, 0))
    if (mod == "last" and unit == "year" and ctx.quarter is not None and not ctx.by_year
            and _COMPARED.search(ctx.text, max(0, start - 90), start)):
        # "earnings of $24 million, compared with a loss of $3 million last year": in a story
        # reporting a quarter, the same quarter a year back
        return year_back(ctx)
    if unit in ("decade", "century") and not g["edge"] and (
            mod in ("past", "the past") or (mod in ("the next", "the coming")
                                            and ctx.word_before(start) in _SPAN_WORDS)):
        # "over the past decade": the ten years up to now, not the calendar decade before;
        # "rebuilt it over the next decade": ten years on from wherever the story is
        return Found("P10Y" if unit == "decade" else "P100Y", type="DURATION",
                     precision="duration")
    if unit in words.SEASONS:
        return Found(_season(ctx, words.SEASONS[unit], shift))
    if unit == "weekend":
        way = ctx.tense(start, end)
        if shift == 0 and mod in ("the", "this"):
            weekend = ctx.anchor.weekday() >= 5  # written on the weekend itself
            if way == "past" and not _AHEAD.search(ctx.text, max(0, start - 160), start):
                shift = 0 if weekend else -1  # "gathered over the weekend": the one gone by
                # ("said the storm would weaken as it moved ... over the weekend" looks ahead)
            else:
                passed = ctx.anchor.weekday() < 3 and way != "future"
                shift = -1 if passed and mod == "the" else 0
        return Found(arith.shift(ctx.anchor, "weekend", shift))
    if unit == "quarter" and ctx.quarter is not None and mod in ("the", "that"):
        y, q = ctx.quarter
        return Found(f"{y:04d}-Q{q}")
    if unit == "year" and mod == "the" and " ".join((g["edge"] or "").lower().split()) in (
            "the end of", "end of"):
        return Found(f"{year_ended(ctx, start, end):04d}")  # "peaked by the end of the year"
    if unit == "week" and mod == "the":
        # "For the week, the index fell": a week of the story, which one the text does not say
        return Found(f"{ctx.anchor.year:04d}-WXX", precision="week")
    return Found(arith.shift(ctx.anchor, unit, shift))


_SPAN_WORDS = frozenset({"over", "during", "within", "for", "throughout"})
_COMPARED = re.compile(r"\b(?i:compared\s+(?:with|to))\s(?:(?!\.\s)[^;])*\d(?:(?!\.\s)[^;])*\s$")


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
    y = g["y"] or g["y2"] or (f"{spelled_year(g['sy'] or ''):04d}" if g["sy"] else None) or (
        f"{two_digit_year(g['syy'] or '', ctx.anchor):04d}" if g["syy"] else None)
    if y:
        return Found(f"{y}-{code}")
    edge = " ".join((g["edge"] or "").lower().split())
    if not edge and ((g["s"] or "").lower() == "fall" or ctx.word_before(start) not in (
            "in", "during", "by", "until", "since")):
        return None  # a bare season needs a preposition; "fall" alone is the verb
    if ctx.anchor is None:
        return Found(f"XXXX-{code}")
    if not edge and code != "WI":
        # "The gallery reopens in spring", written in November: the spring ahead; "it opened
        # in autumn", written in March: the one gone by
        way = ctx.tense(start, end)
        first, last = _SEASON_MONTHS[code]
        if way == "future" and ctx.anchor.month > last:
            return Found(f"{ctx.anchor.year + 1:04d}-{code}")
        if way == "past" and ctx.anchor.month < first:
            return Found(f"{ctx.anchor.year - 1:04d}-{code}")
    return Found(_season(ctx, code, _SHIFT.get(edge, 0)))


#: The months of the seasons (northern), for a bare season's year.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def ref(g: G, ctx: Context, start: int, end: int) -> Found | None:
    word = " ".join((g["r"] or "").lower().split())
    if word == "current" and ctx.word_after(end) in _NOT_PRESENT_AFTER:
        return None
    if word == "current" and (then := _THEN.search(ctx.text, max(0, start - 6), start)):
        # "at 50% of the then current market price": the present of a time gone by
        return Found("PAST_REF", precision="reference", start=then.start())
    if word == "at the time" and ctx.word_after(end):
        return None  # "at the time he was captured", "at the time of": a clause's time, not
        # the story's past
    return Found(words.REFERENCES[word], precision="reference")


_THEN = re.compile(r"\b[Tt]hen[\s-]$")
_NOT_PRESENT_AFTER = frozenset({"account", "accounts", "affairs", "events", "-", "assets",
                                "liabilities", "flows", "flow", "electrical", "electric",
                                "system", "systems"})  # "the current system" is a thing's


_SETS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
         "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}
_UNIT_CODES = {"day": "P1D", "night": "P1D", "morning": "P1D", "evening": "P1D", "week": "P1W",
               "weekend": "P1W", "month": "P1M", "year": "P1Y"}


def set_(g: G, ctx: Context, start: int, end: int) -> Found | None:
    text = " ".join((g["s"] or "").lower().split())
    if text in _SETS:
        return Found(_SETS[text], type="SET", precision="set")
    if text[:-1] in words.WEEKDAYS:  # "closed on Mondays"
        return Found(f"XXXX-WXX-{words.WEEKDAYS[text[:-1]] + 1}", type="SET", precision="set")
    parts = text.split()
    last = parts[-1]
    if last in words.MONTHS:  # "every August"
        return Found(f"XXXX-{words.MONTHS[last]:02d}", type="SET", precision="set")
    if last.isdigit() and parts[-2] in words.MONTHS:  # "every May 1"
        month = words.MONTHS[parts[-2]]
        return Found(f"XXXX-{month:02d}-{int(last):02d}", type="SET", precision="set")
    if last[:-1] in words.PARTS_OF_DAY and parts[0] in words.WEEKDAYS:
        # "on Friday nights": that part of every such day
        day = words.WEEKDAYS[parts[0]] + 1
        return Found(f"XXXX-WXX-{day}T{words.PARTS_OF_DAY[last[:-1]]}", type="SET",
                     precision="set")
    if last in words.WEEKDAYS:
        return Found(f"XXXX-WXX-{words.WEEKDAYS[last] + 1}", type="SET", precision="set")
    return Found(_UNIT_CODES.get(last, "P1D"), type="SET", precision="set")


_DURATION_UNITS = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W",
                   "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}


def duration(g: G, ctx: Context, start: int, end: int) -> Found | None:
    if g["bare"]:
        return _duration("several", g["bare"].lower()[:-1])
    n_word = " ".join((g["n"] or "").lower().split())
    unit = (g["unit"] or "").lower()
    pre = " ".join((g["pre"] or "").lower().split())
    if n_word in ("a", "an") and not pre:
        return None
    if ctx.word_after(end) == "old":
        return None  # an age: "52 years old"
    if unit == "quarter" and (not pre or ctx.word_after(end) == "of"):
        return None  # "three quarters of voters" is a share
    if pre in ("the past", "the last") and n_word in words.VAGUE_NUMBERS and \
            ctx.word_before(start) != "for":
        # "have fallen in the last few months", "over the past several quarters": the recent
        # past ("for the past few weeks" is the stretch)
        return Found("PAST_REF", precision="reference")
    if n_word == "one" and unit == "day" and not pre and (
            ctx.word_before(start) in _SOMEDAY or ctx.word_after(end) in _SOMEDAY_VERBS):
        # "Islam will one day be", "hopes to one day lead", "the hope he one day follow"
        return Found("FUTURE_REF", precision="reference")
    if _named_after(g, ctx, start, end):
        return None  # CBS's "60 Minutes", "48 Hours": a programme's name
    if (unit in _AHEAD_UNITS and ctx.anchor is not None
            and (pre or ctx.word_before(start)) == "in" and ctx.tense(start, end) == "future"):
        n = number(n_word)
        if n is not None:
            # "the shares would be redeemed in five years": a time that far ahead, as precise
            # as its unit ("in three weeks" a week, "in five years" a year)
            return Found(arith.shift(ctx.anchor, unit, n), start=g.span("n")[0])
    return _duration(n_word, unit)


#: Words before "one day" that make it "some day": a vague future, not a day's length.
_SOMEDAY = frozenset({"will", "would", "could", "may", "might", "can", "shall", "'ll"})
#: Verbs "one day" comes before when it means "some day" ("to one day lead the party").
_SOMEDAY_VERBS = frozenset({"be", "become", "lead", "follow", "return", "run", "win", "see",
                            "go", "come", "make", "take", "walk", "live", "replace", "join",
                            "build", "reach", "rule", "succeed", "play", "host", "open"})


def _named_after(g: G, ctx: Context, start: int, end: int) -> bool:
    """A capitalised unit inside running text: a title such as "60 Minutes", not a stretch
    of time (a headline in title case capitalises its neighbours too)."""
    unit = g["unit"] or ""
    if not unit[:1].isupper() or unit.isupper() or not g["n"] or not g["n"][0].isdigit():
        return False
    if start > 0 and ctx.text[start - 1] in "\"“‘'":
        return True
    before = ctx.raw_word_before(start)
    return bool(before) and before[0].islower() and ctx.text[end:].lstrip()[:1].islower()


#: Units "in three weeks" counts ahead in; "in two hours" stays a stretch of time.
_AHEAD_UNITS = frozenset({"day", "week", "month", "year", "decade"})


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


def weekon(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"a week on Tuesday" (the Tuesday to come, and seven days more), "a fortnight today",
    "a week last Friday" (seven days before the last Friday)."""
    if ctx.anchor is None:
        return None
    days = 14 if (g["u"] or "").lower() == "fortnight" else 7
    if g["r"]:
        base = ctx.anchor + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[
            (g["r"] or "").lower()])
    elif g["lw"]:
        base = arith.weekday(ctx.anchor, words.WEEKDAYS[(g["lw"] or "").lower()], "last")
        days = -days
    else:
        base = arith.weekday(ctx.anchor, words.WEEKDAYS[(g["w"] or "").lower()], "next")
    return Found((base + timedelta(days=days)).isoformat())


def dayoff(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"the day after tomorrow", "the day before yesterday"."""
    if ctx.anchor is None:
        return None
    word = (g["word"] or "").lower()
    shift = (1 if word == "tomorrow" else -1) + (1 if (g["off"] or "").lower() == "after"
                                                  else -1)
    return Found((ctx.anchor + timedelta(days=shift)).isoformat())


def newyear(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"in the new year": the next one, unless written in its first two months."""
    if ctx.anchor is None:
        return None
    return Found(f"{ctx.anchor.year + (ctx.anchor.month >= 3):04d}")


def todate(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"year to date", "quarter-to-date": the year (quarter, month) the story is written in,
    so far."""
    before = ctx.word_before(start)
    if ctx.anchor is None or before.endswith("est") or before == "record":
        return None  # "the best month to date": the best month so far
    return Found(arith.shift(ctx.anchor, (g["u"] or "").lower(), 0))


HANDLERS: dict[str, Rule] = {
    "weekday": weekday, "relday": relday, "partday": partday, "ago": ago, "relunit": relunit,
    "season": season, "ref": ref, "set": set_, "duration": duration, "weekon": weekon,
    "newyear": newyear, "dayoff": dayoff, "todate": todate,
}
