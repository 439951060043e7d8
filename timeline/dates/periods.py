"""Rules for the periods a results story reports: quarters, halves, fiscal years, and "a
year earlier", which in such a story means the reported period a year back."""

from __future__ import annotations

import re

from timeline.dates import arith
from timeline.dates.absolute import year_for
from timeline.dates.rules import (
    Context,
    Found,
    G,
    Rule,
    month_number,
    number,
    ordinal,
    two_digit_year,
)

#: Words of a game: "levelled early in the second half", "scored in the fourth quarter" are
#: parts of a match, not of a year. (Lower case, searched in lower-cased text: quicker than
#: IGNORECASE.)
_GAME = re.compile(r"\b(?:scored|goals?|kick-?off|half-time|halftime|level(?:l?ed)|"
                   r"equali[sz](?:ed|er)|penalt(?:y|ies)|touchdowns?|innings|overtime|"
                   r"(?:final\s+)?whistle|striker|midfielder|quarterback|"
                   r"\d+(?:st|nd|rd|th)\s+minute|"
                   r"\d{1,2}:\d\d\s+(?:left|remaining|to\s+play|to\s+go|into|in\s+the)|"
                   r"(?:led|leads?|trail(?:ed|ing|s)?|won|lost|beat|tied)\s+\d{1,3}-\d{1,3})\b")


def _in_a_game(ctx: Context, start: int, end: int) -> bool:
    """Is the part of a match what the text means ("early in the second half")?"""
    return _GAME.search(ctx.text[max(0, start - 200):end + 120].lower()) is not None


def _quarter_year(ctx: Context, start: int, end: int, n: int) -> int | None:
    """The year of "the third quarter": the anchor's, or the year before when that quarter has
    not begun yet and nothing points to the future."""
    if ctx.anchor is None:
        return None
    current = arith.quarter_of(ctx.anchor)
    if n == current or n == current - 1:
        return ctx.anchor.year  # (no tense needed: the quarter under way or just ended)
    way = ctx.tense(start, end)
    if n > current and way != "future":
        return ctx.anchor.year - 1
    if n < current - 1 and way == "future":
        # "will close them by the end of the first quarter", written in October; the quarter
        # just ended is still to be reported ("expects to report third-quarter results")
        return ctx.anchor.year + 1
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
    if n is not None and not (explicit or g["rel"] or adj) and _in_a_game(ctx, start, end):
        return None  # "scored in the fourth quarter"
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
        elif det == "this" and ctx.anchor:  # "sales this quarter", in no quarter's report
            y, n = ctx.anchor.year, arith.quarter_of(ctx.anchor)
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
    if g["m"]:  # "the first half of March": TimeML has no half-month; the month it is in
        m = month_number(g["m"] or "")
        y = _month_year(g["my"], ctx, start, end, m)
        return Found(f"XXXX-{m:02d}" if y is None else arith.month(y, m))
    if g["dec"] or g["dyy"]:
        # "the last half of the '80s": TimeML has no half-decade; the decade it is in
        return Found((g["dec"] or "")[:3] or f"19{(g['dyy'] or '0')[0]}")
    if g["y"]:
        y = int(g["y"])
    elif not g["rel"] and _in_a_game(ctx, start, end):
        return None
    elif ctx.anchor is None:
        return Found(f"XXXX-H{h}")
    else:
        y = ctx.anchor.year + {"this": 0, "last": -1, "next": 1, "": 0}[(g["rel"] or "").lower()]
        if not g["rel"] and ctx.quarter is not None:
            y = ctx.quarter[0]
    return Found(f"{y:04d}-H{h}")


def _month_year(written: str | None, ctx: Context, start: int, end: int, m: int) -> int | None:
    """The year of month ``m``: as ``written``, else as the sentence's tense leans from the
    anchor; None without either."""
    if written:
        return int(written)
    if ctx.anchor is None:
        return None
    return year_for(ctx, start, end, m, None) or ctx.anchor.year


_SPAN_MONTHS = {"year": 12, "quarter": 3, "half year": 6, "half-year": 6}


def monthsto(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"the 12 months to June", "the year to March 2024": the months that end with that
    month (the most recent such month that the sentence's tense allows)."""
    unit = " ".join((g["u"] or "").lower().split())
    count = number(g["n"]) if g["n"] else _SPAN_MONTHS.get(unit, 12)
    if count is None or not 1 <= count <= 120:
        return None
    m = month_number(g["m"] or "")
    y = _month_year(g["y"], ctx, start, end, m)
    if y is None:
        return None
    index = y * 12 + m - 1 - (count - 1)
    return Found(arith.month(index // 12, index % 12 + 1), value_end=arith.month(y, m))


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


def year_back(ctx: Context, quarter: bool = False) -> Found | None:
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
        found = year_back(ctx, quarter=noun == "quarter")
    if found is not None and noun not in ("period", "quarter"):
        found.end = g.span("w")[1] if noun else None
    return found


def qcode(g: G, ctx: Context, start: int, end: int) -> Found | None:
    """"Q3 2023", "3Q23", "H1 2024", "FY2023": a quarter, a half or a (fiscal) year."""
    if g["fy"] or g["fyy"]:
        return Found(g["fy"] or f"{two_digit_year(g['fyy'] or '', ctx.anchor):04d}")
    if g["h"]:
        half_year = int(g["hy"]) if g["hy"] else two_digit_year(g["hyy"] or "", ctx.anchor)
        return Found(f"{half_year:04d}-H{g['h']}")
    n = int(g["q"] or g["nq"] or 0)
    if g["y"] or g["yy"]:
        y_written = int(g["y"]) if g["y"] else two_digit_year(g["yy"] or "", ctx.anchor)
        return Found(f"{y_written:04d}-Q{n}")
    y = _quarter_year(ctx, start, end, n)
    return Found(f"XXXX-Q{n}" if y is None else f"{y:04d}-Q{n}")


HANDLERS: dict[str, Rule] = {
    "quarter": quarter, "half": half, "fiscal": fiscal, "yearago": yearago,
    "monthsto": monthsto, "qcode": qcode,
}
