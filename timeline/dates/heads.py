"""Where to look: the head words every temporal expression contains, and the rules they wake.

Running the whole grammar at every character of a text is slow in Python's regex engine, so the
scanner works the other way round. It lower-cases the text and blanks its punctuation with one
``str.translate`` (offsets stay the same), picks the head words out of its words in one pass
("friday", "quarter", "1990", "yesterday"...), finds them with ``str.find``, and only there runs
the few rules the head can belong to, starting at the head or at one of the words just before
it that can open an expression ("the", "last", "early", "three", "5 p.m." ...); at each start,
only the rules that can begin with its character (``firsts.py``).
"""

from __future__ import annotations

import re
import string
from functools import lru_cache
from itertools import compress

from timeline.dates import words
from timeline.dates.firsts import ASCII, first_chars
from timeline.dates.grammar import RULES
from timeline.dates.zones import AMBIGUOUS, FIXED, REGIONS

# Which rules each kind of head wakes, in the grammar's order of priority.
_CLASSES: dict[str, tuple[str, ...]] = {
    "month": ("range_month", "calendar", "monthyear", "month"),
    "weekday": ("calendar", "nthweekday", "weekday", "set"),
    "relday": ("relday",),
    "part": ("daypart", "narrative", "partday", "weekday", "relday"),
    "clock": ("calendar", "weekday", "relday", "clock"),
    "unit": ("dayoff", "dayof", "weekon", "newyear", "monthsto", "weekof", "todate", "quarter",
             "half",
             "fiscal", "yearago", "yearend", "spelledyear", "ago", "narrative", "relunit",
             "duration", "set", "ref"),
    "quarter": ("monthsto", "todate", "narrative", "half", "quarter", "duration", "ref"),
    "spelled": ("monthyear", "spelledyear"),
    "half": ("monthsto", "half",),
    "fiscal": ("fiscal", "quarter"),
    "season": ("narrative", "relunit", "season"),
    # a four-digit number may be a wire clock ("1600 GMT on Saturday") as well as a year
    "year": ("range_month", "calendar", "weekday", "clock", "monthyear", "quarter", "half",
             "fiscal", "season", "year", "holiday"),
    "decade": ("decade",),
    "century": ("century", "relunit", "ago", "duration"),
    "holiday": ("newyear", "holiday"),
    "ref": ("duration", "narrative", "relunit", "ref"),
    "set": ("set",),
    "qcode": ("qcode",),
    "dayonly": ("calendar", "dayof", "quarter", "century", "dayonly"),
}

#: The rules worth trying at a start, by its character (any ASCII one), and all of them (for
#: any other character), in the grammar's order of priority: the first that matches wins.
RuleTable = tuple[dict[str, tuple[tuple[str, re.Pattern[str]], ...]],
                  tuple[tuple[str, re.Pattern[str]], ...]]

_COMPILED = {name: re.compile(pattern) for name, pattern in RULES}
_FIRSTS = {name: first_chars(pattern) for name, pattern in RULES}


def _table(names: tuple[str, ...]) -> RuleTable:
    every = tuple((name, _COMPILED[name]) for name, _ in RULES if name in names)
    by_char = {char: tuple((name, compiled) for name, compiled in every
                           if (firsts := _FIRSTS[name]) is None or char in firsts)
               for char in ASCII}
    return by_char, every


_TABLES = {kind: _table(names) for kind, names in _CLASSES.items()}


def _with_possessive(table: dict[str, str]) -> dict[str, str]:
    out = dict(table)
    for word, kind in table.items():
        out.setdefault(word + "'s", kind)
        if word.endswith("s"):
            out.setdefault(word + "'", kind)
    return out


def _head_table() -> dict[str, str]:
    heads: dict[str, str] = {}
    for w in [*words.MONTHS, *words.MONTH_ABBREVIATIONS]:
        heads[w] = "month"
    for w in words.WEEKDAYS:
        heads[w] = "weekday"
        heads[w + "s"] = "set"  # "closed on Mondays"
    for w in ("yesterday", "today", "tomorrow", "tonight"):
        heads[w] = "relday"
    for w in ("morning", "afternoon", "evening", "night", "overnight", "midmorning",
              "midafternoon"):
        heads[w] = "part"
    for w in ("noon", "midnight", "midday", "am", "pm", "m"):
        heads[w] = "clock"
    for w in ("day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "year",
              "years", "decade", "decades", "hour", "hours", "minute", "minutes", "fortnight"):
        heads[w] = "unit"
    for w in ("quarter", "quarters", "period"):
        heads[w] = "quarter"
    heads["half"] = "half"
    heads["nineteen"] = "spelled"
    heads["thousand"] = "spelled"
    heads["fiscal"] = "fiscal"
    for w in words.SEASONS:
        heads[w] = "season"
    for w in ("century", "centuries"):
        heads[w] = "century"
    for w in words.DECADE_WORDS:
        heads[w] = "decade"
    for name in [*words.FIXED_HOLIDAYS, *words.NTH_WEEKDAY_HOLIDAYS, *words.EASTER_HOLIDAYS]:
        first = name.split()[0].replace(".", "")
        if first != "the":
            heads.setdefault(first.removesuffix("'s").removesuffix("'"), "holiday")
    for phrase in words.REFERENCES:
        for w in phrase.split():
            if w not in ("the", "a", "at", "as", "in", "near", "short", "long", "coming", "more",
                         "right", "just", "these", "date", "possible", "years", "months",
                         "weeks", "days", "quarters"):
                heads.setdefault(w, "ref")
    for w in ("daily", "weekly", "monthly", "annually", "yearly", "quarterly", "nightly",
              "hourly", "every", "each"):
        heads[w] = "set"
    for n in range(1, 5):  # "q3", "3q", "3q23", "q3'23", "fy", "fy2023", "fy24", "fy'24"
        heads[f"q{n}"] = heads[f"{n}q"] = "qcode"
        for yy in range(100):
            heads[f"{n}q{yy:02d}"] = heads[f"q{n}'{yy:02d}"] = "qcode"
    for n in range(1, 3):
        heads[f"h{n}"] = "qcode"
        for yy in range(100):
            heads[f"h{n}'{yy:02d}"] = "qcode"
    heads["fy"] = "qcode"
    for yy in range(100):
        heads[f"fy{yy:02d}"] = heads[f"fy'{yy:02d}"] = "qcode"
    for y in range(1900, 2100):
        heads[f"fy{y}"] = "qcode"
    for d in range(1, 32):  # "on the 5th"
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        heads.setdefault(f"{d}{suffix}", "dayonly")
    return _with_possessive(heads)


HEADS = _head_table()
_HEAD_WORDS = frozenset(HEADS)

#: Words that may stand inside an expression before its head: where a match may start.
OPENERS = frozenset({
    "near", "short", "long", "these", "as", "soon", "possible", "full", "post", "of",
    "the", "this", "that", "last", "next", "past", "coming", "previous", "following", "current",
    "same", "early", "late", "mid", "middle", "end", "beginning", "start", "earlier",
    "later", "latest", "comparable", "corresponding", "recent", "year", "ago", "fiscal",
    "first", "second", "third", "fourth", "final", "its", "their", "a", "an", "several", "few",
    "many", "some", "couple", "about", "nearly", "almost", "more", "than", "less", "over",
    "roughly", "around", "only", "just", "at", "least", "from",
    "between", "and", "or", "every", "each", "per", "once", "twice", "times", "flat", "ended",
    "year's", "rest", "remainder", "part", "half", "latter", "p", "m", "am", "pm", "a.m", "p.m",
    "noon", "midnight", "midday",
    *words.NUMBERS, *(w for w in words.ORDINALS), *words.MONTHS, *words.MONTH_ABBREVIATIONS,
    *words.WEEKDAYS, *words.PARTS_OF_DAY, *(z.lower() for z in (*REGIONS, *FIXED, *AMBIGUOUS)),
})

_KEEP = "'-:/"
_TABLE = str.maketrans({
    **{c: " " for c in string.punctuation if c not in _KEEP},
    **{c: c.lower() for c in string.ascii_uppercase},
    "’": "'", "‘": " ", "“": " ", "”": " ", "–": " ", "—": " ", "\u00a0": " ", "-": " ",
    "\n": " ", "\t": " ", "\r": " ", "\f": " ", "\v": " ",
})
#: Numbers that head an expression: years, decades, clock times, numeric dates (ASCII digits).
_NUMERIC_HEAD = re.compile(
    r"(?:1\d\d\d|20\d\d)(?:s|'s)?|'?\d0s|\d{1,2}:\d\d(?::\d\d)?(?:am|pm)?|\d{1,4}/\d{1,2}/\d{2,4}"
    r"|(?:1\d\d\d|20\d\d)/(?:\d\d){1,2}",  # "the 2023/24 season"
    re.ASCII,
)


def _numeric_kind(token: str) -> str:
    return "clock" if ":" in token else "decade" if token.endswith("s") else "year"


#: Every head but clock times and numeric dates, which are looked for around their ":" and "/".
_KINDS = {**HEADS, **{
    token: _numeric_kind(token)
    for token in (*(f"{y}{s}" for y in range(1000, 2100) for s in ("", "s", "'s")),
                  *(f"{q}{d}0s" for q in ("", "'") for d in range(10)))
    if _NUMERIC_HEAD.fullmatch(token)
}, **{  # the four-digit clocks that are no year head: "0600 GMT", "2314 GMT"
    f"{h:02d}{m:02d}": "clock" for h in (*range(10), *range(21, 24)) for m in range(60)
}, **{  # "9pm", and "10.30pm", whose full stop leaves "30pm"
    f"{n}{ap}": "clock" for n in (*range(1, 13), *(f"{m:02d}" for m in range(60)))
    for ap in ("am", "pm")
}}


def head_positions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every head word in ``text``, in order."""
    # a colon ending a word is punctuation ("Monday: talks begin", "1997: engineers ..."); one
    # inside a word is a clock's ("10:30")
    norm = (" " + text.translate(_TABLE) + " ").replace(": ", "  ")
    kinds = _KINDS
    marked = {token: _numeric_kind(token) for token in _around(norm, ":") | _around(norm, "/")
              if _NUMERIC_HEAD.fullmatch(token)}
    if marked:
        kinds = {**_KINDS, **marked}
    # The words between single spaces, kept in order: the heads among them are picked out in
    # one pass, and each is found with str.find after the one before it (offsets stay right).
    tokens = norm.split(" ")
    found: list[tuple[int, int, str]] = []
    at = 0
    for token in compress(tokens, map(kinds.__contains__, tokens)):
        at = norm.find(f" {token} ", at)  # norm is text shifted by one: at is the text offset
        end = at + len(token)
        found.append((at, end, kinds[token]))
        at = end
    return found


def _around(norm: str, char: str) -> set[str]:
    """The words of ``norm`` (which starts and ends with a space) that hold ``char``."""
    found = set()
    i = norm.find(char)
    while i >= 0:
        end = norm.find(" ", i)
        found.add(norm[norm.rfind(" ", 0, i) + 1:end])
        i = norm.find(char, end)
    return found


def candidates(text: str, head: int, floor: int, heads: set[int]) -> list[int]:
    """Where an expression containing the head at ``head`` may start: the head itself and the
    opening words just before it, farthest first. The walk back stops at ``floor`` (the end of
    the last mention) and at an earlier head, which has had its own try."""
    window = max(floor, head - 48)
    segment = text[window:head]
    starts = [head]
    pos = len(segment)
    for token in segment.split()[:-7:-1]:  # the last six words, nearest first
        inside = _opening(token)
        if inside is None:
            break
        pos = segment.rfind(token, 0, pos)
        if window + pos in heads:
            break
        starts.append(window + pos + inside)
    starts.reverse()
    return starts


_STRIP = ",.;:-–—()\"“”'"


@lru_cache(maxsize=8192)
def _opening(token: str) -> int | None:
    """Where an expression may start inside ``token`` if it is an opening word ("(4 a.m.": at
    the 4), else None."""
    word = token.lower().strip(_STRIP).replace("’", "'")
    if word in OPENERS or word[:1].isdigit() or word.startswith("mid"):
        return len(token) - len(token.lstrip(_STRIP))
    return None


def rule_table(kind: str) -> RuleTable:
    """The rules a head of ``kind`` wakes, by the first character of where they are tried."""
    return _TABLES[kind]
