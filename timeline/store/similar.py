"""When two reports are the same happening: same date window, shared names and key words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from timeline.extract.words import NOT_NAMES, STOPWORDS
from timeline.model import Event

#: Score at or above which a candidate joins an existing event (tuned on the pair fixtures by
#: benchmarks/bench_merge.py).
THRESHOLD = 0.3
#: Reports of one happening may date it a day apart (time zones, "late on Monday").
WINDOW = timedelta(days=1)

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SUFFIX = re.compile(r"(?<=[a-z]{4})(?:ings|ing|ies|ied|ed|es|s)$")
_POSSESSIVE = re.compile(r"(?:'s|’s|['’-])$")


@dataclass(frozen=True, slots=True)
class Features:
    names: frozenset[str]
    words: frozenset[str]


def features(texts: list[str]) -> Features:
    """Names (capitalised words not opening a sentence) and stemmed content words."""
    names: set[str] = set()
    words: set[str] = set()
    for text in texts:
        first = True
        for token in _TOKEN.findall(text):
            token = _POSSESSIVE.sub("", token)
            lower = token.lower()
            if first:
                first = False
            elif token[:1].isupper() and lower not in NOT_NAMES:
                names.add(lower)
                continue
            if len(lower) >= 3 and lower not in STOPWORDS:
                words.add(_SUFFIX.sub("", lower))
    return Features(frozenset(names), frozenset(words - names))


def event_features(event: Event) -> Features:
    """What an event's reports say: their sentences (titles may be edited or be headlines)."""
    return features([s.quote for s in event.sources] or [event.summary, event.title])


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def same_window(a: Event, b: Event) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "period":
        return a.first.year == b.first.year and a.last.year == b.last.year
    return a.first - WINDOW <= b.last and b.first - WINDOW <= a.last


def score(a: Features, b: Features) -> float:
    """0 (nothing shared) to 1 (the same names and words)."""
    names = _jaccard(a.names, b.names)
    words = _jaccard(a.words, b.words)
    if not a.names and not b.names:
        return words
    return 0.5 * names + 0.5 * words
