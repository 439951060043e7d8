"""When two reports are the same happening: same date window, shared names and key words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from timeline.extract.words import NOT_NAMES, STOPWORDS, SYNONYMS
from timeline.model import Event

#: Score at or above which a candidate joins an existing event (tuned on the pair fixtures by
#: benchmarks/bench_merge.py).
THRESHOLD = 0.35
#: Reports of one happening may date it a day apart (time zones, "late on Monday").
WINDOW = timedelta(days=1)
#: Words are compared by their first letters, so "Kenya" meets "Kenyan" and "approval" meets
#: "approved".
PREFIX = 5

_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
_POSSESSIVE = re.compile(r"(?:'s|’s|['’-])$")
_CANONICAL = {word: group[0] for group in SYNONYMS for word in group}


_SUFFIX = re.compile(r"(?<=[a-z]{3})(?:ings|ing|ied|ies|ed|es|s)$")


@dataclass(frozen=True, slots=True)
class Features:
    words: frozenset[str]  # content words that are not names: what happened
    names: frozenset[str]  # capitalised words: who and where


def _norm(lower: str) -> str:
    canonical = _CANONICAL.get(lower)
    return (canonical or _SUFFIX.sub("", lower))[:PREFIX]


def features(texts: list[str]) -> Features:
    """Normalised content words, and the names apart from them. A capitalised word opening a
    sentence counts as a name unless it is a common word there ("The", "Police" is a name)."""
    names: set[str] = set()
    words: set[str] = set()
    for text in texts:
        for token in _TOKEN.findall(text):
            token = _POSSESSIVE.sub("", token)
            lower = token.lower()
            if lower in STOPWORDS or lower in NOT_NAMES or len(lower) < 2:
                continue
            (names if token[:1].isupper() else words).add(_norm(lower))
    return Features(frozenset(words - names), frozenset(names))


def event_features(event: Event) -> Features:
    """What an event's reports say: their sentences (titles may be edited or be headlines);
    for a period, its name ("Japan's occupation"), as the sentences around it vary."""
    if event.kind == "period":
        return features([event.title])
    return features([s.quote for s in event.sources] or [event.summary, event.title])


#: Only events dated to the day can be told to be the same happening ("expected in December" in
#: two articles is rarely one thing).
MERGEABLE = ("day", "time")


def same_window(a: Event, b: Event) -> bool:
    """Whether two events could be one happening by their dates: the same span for periods,
    days at most a day apart for events."""
    if a.kind != b.kind:
        return False
    if a.kind == "period":
        return a.first.year == b.first.year and a.last.year == b.last.year
    if a.precision not in MERGEABLE or b.precision not in MERGEABLE:
        return False
    return a.first - WINDOW <= b.last and b.first - WINDOW <= a.last


def score(a: Features, b: Features) -> float:
    """0 (nothing shared) to 1: how much of what happened the reports share (the words that are
    not names), weighed by how much of who and where they share (the names). Reports naming
    entirely different people and places, or naming none, are different happenings."""
    a_all, b_all = a.words | a.names, b.words | b.names
    what = len((a.words & b_all) | (b.words & a_all))
    if not what or not a.words or not b.words:
        return 0.0
    share = min(1.0, what / min(len(a.words), len(b.words)))
    if not (a.names and b.names):
        return 0.0  # nobody named: nothing to tell one happening from another by
    who = len((a.names & b_all) | (b.names & a_all))
    if not who:
        return 0.0
    return share * (0.5 + 0.5 * who / len(a.names | b.names))
