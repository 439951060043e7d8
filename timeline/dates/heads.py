"""Where to look: the head words every temporal expression contains, and the rules they wake.

Running the whole grammar at every character of a text is slow in Python's regex engine, so the
scanner works the other way round. It lower-cases the text and blanks its punctuation with one
``str.translate`` (offsets stay the same), takes the set of its words, keeps the head words
("friday", "quarter", "1990", "yesterday"...), finds them with ``str.find``, and only there runs
the few rules the head can belong to, starting at the head or at one of the words just before
it that can open an expression ("the", "last", "early", "three", "5 p.m." ...).
"""

from __future__ import annotations

import re
import string

from timeline.dates import words
from timeline.dates.grammar import RULES, compile_rules
from timeline.dates.zones import AMBIGUOUS, FIXED, REGIONS

# Which rules each kind of head wakes, in the grammar's order of priority.
_CLASSES: dict[str, tuple[str, ...]] = {
    "month": ("range_month", "calendar", "monthyear", "month"),
    "weekday": ("calendar", "weekday", "set"),
    "relday": ("relday",),
    "part": ("daypart", "narrative", "partday", "weekday", "relday"),
    "clock": ("calendar", "weekday", "relday", "clock"),
    "unit": ("weekof", "quarter", "half", "fiscal", "yearago", "yearend", "spelledyear", "ago",
             "narrative", "relunit", "duration", "set", "ref"),
    "quarter": ("narrative", "half", "quarter", "ref"),
    "spelled": ("monthyear", "spelledyear"),
    "half": ("half",),
    "fiscal": ("fiscal", "quarter"),
    "season": ("relunit", "season"),
    "year": ("range_month", "calendar", "monthyear", "quarter", "half", "fiscal", "season",
             "year", "holiday"),
    "decade": ("decade",),
    "century": ("century", "relunit", "ago", "duration"),
    "holiday": ("holiday",),
    "ref": ("duration", "narrative", "relunit", "ref"),
    "set": ("set",),
}

_RULE_ORDER = {name: i for i, (name, _) in enumerate(RULES)}
_PATTERNS = {
    kind: compile_rules([rule for rule in RULES if rule[0] in names])
    for kind, names in _CLASSES.items()
}


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
              "hourly", "every"):
        heads[w] = "set"
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
_NUMERIC_HEAD = re.compile(
    r"(?:1\d\d\d|20\d\d)(?:s|'s)?|'?\d0s|\d{1,2}:\d\d(?::\d\d)?|\d{1,4}/\d{1,2}/\d{2,4}"
)


_NUMBERS = re.compile(r"[0-9'][0-9:/s']*")


def head_positions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every head word in ``text``, in order."""
    norm = " " + text.translate(_TABLE) + " "
    found: list[tuple[int, int, str]] = []
    heads = [(token, HEADS[token]) for token in set(norm.split()) & _HEAD_WORDS]
    for token in set(_NUMBERS.findall(norm)):
        if _NUMERIC_HEAD.fullmatch(token):
            heads.append((token, "clock" if ":" in token else "decade" if token.endswith("s")
                          else "year"))
    for token, kind in heads:
        needle = f" {token} "
        size = len(token)
        i = norm.find(needle)
        while i >= 0:
            found.append((i, i + size, kind))  # norm is text shifted by one
            i = norm.find(needle, i + size)
    found.sort()
    return found


def candidates(text: str, head: int, floor: int, heads: set[int]) -> list[int]:
    """Where an expression containing the head at ``head`` may start: the head itself and the
    opening words just before it, farthest first. The walk back stops at ``floor`` (the end of
    the last mention) and at an earlier head, which has had its own try."""
    window = max(floor, head - 48)
    segment = text[window:head]
    starts = [head]
    pos = len(segment)
    for token in reversed(segment.split()[-6:]):
        pos = segment.rfind(token, 0, pos)
        at = window + pos
        word = token.lower().strip(_STRIP).replace("’", "'")
        if at in heads or not (word in OPENERS or word[:1].isdigit() or word.startswith("mid")):
            break
        starts.append(at + len(token) - len(token.lstrip(_STRIP)))  # "(4 a.m.": at the 4
    starts.reverse()
    return starts


_STRIP = ",.;:-–—()\"“”'"


def pattern(kind: str) -> re.Pattern[str]:
    return _PATTERNS[kind]
