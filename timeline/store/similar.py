"""When two reports are the same happening: same date window, shared names and key words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from timeline.extract.words import COMMON_OPENERS, NOT_NAMES, STOPWORDS, SYNONYMS, TITLE_WORDS
from timeline.model import Event

#: Score at or above which a candidate joins an existing event reported the same day (tuned on
#: the first group of pair fixtures by benchmarks/bench_merge.py) ...
THRESHOLD = 0.35
#: ... and a day apart (the same people a day later are as often doing something else), or
#: dated only to a week, a month or coarser (a span that holds many happenings).
THRESHOLD_APART = 0.6
#: Titles alone say less than sentences (what the title leaves out may tell two happenings
#: apart: "Police closed the motorway" after a bomb scare, or after a crash): they must agree
#: this much to make two reports one (bench_merge.py --corpus 2500: at 0.6 or 0.7, ten more
#: events merged different happenings, and no more were found).
FOCUS_THRESHOLD = 0.8
#: A report naming people none of whom the other names counts this much of its score.
PEOPLE_APART = 0.5
#: Reports of one happening may date it a day apart (time zones, "late on Monday").
WINDOW = timedelta(days=1)
#: ... but two clock times further apart than this are two happenings.
HOURS = 3
#: Words are compared by their first letters, so "Kenya" meets "Kenyan" and "approval" meets
#: "approved".
PREFIX = 5

_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
_POSSESSIVE = re.compile(r"(?:'s|’s|['’-])$")
_CANONICAL = {word: group[0] for group in SYNONYMS for word in group}
_SUFFIX = re.compile(r"(?<=[a-z]{3})(?:ings|ing|ied|ies|ed|es|s)$")
_TITLES = frozenset(w[:PREFIX] for w in TITLE_WORDS)

Unit = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Features:
    words: frozenset[str]  # content words that are not names: what happened
    names: frozenset[str]  # capitalised words: who and where
    people: frozenset[Unit] = frozenset()  # names of two words or more ("Sofia Rossi")
    units: frozenset[Unit] = frozenset()  # every run of capitalised words
    period: frozenset[str] | None = None  # a period's name, in words, for periods only
    inner: frozenset[str] = frozenset()  # the names not opening a text ("Ships waited off
    # Brastad": Brastad), surer names than a capitalised first word


def _norm(lower: str) -> str:
    canonical = _CANONICAL.get(lower)
    return (canonical or _SUFFIX.sub("", lower))[:PREFIX]


def features(texts: list[str]) -> Features:
    """Normalised content words, and the names apart from them. A capitalised word opening a
    sentence counts as a name unless it is a common word there ("The", "Critics"; "Police" is a
    name). Runs of capitalised words ("Kestrel Bay's Meridian Bridge") are kept as units too, to
    tell "Sofia Rossi" from "Sofia Haddad"."""
    names: set[str] = set()
    inner: set[str] = set()
    words: set[str] = set()
    units: set[Unit] = set()
    for text in texts:
        run: list[str] = []
        last_end = 0
        for i, match in enumerate(_TOKEN.finditer(text)):
            token = _POSSESSIVE.sub("", match.group())
            lower = token.lower()
            opening = i == 0 and not text[:match.start()].strip(" \"“‘'")
            name = token[:1].isupper() and not (lower in COMMON_OPENERS and opening)
            skip = lower in STOPWORDS or lower in NOT_NAMES or len(lower) < 2
            if name and not skip and not opening:
                inner.add(_norm(lower))
            if name and not skip:
                if not (run and not text[last_end:match.start()].strip()):
                    if run:
                        units.add(tuple(run))
                    run = []
                run.append(_norm(lower))
                last_end = match.end()
            elif run:
                units.add(tuple(run))
                run = []
            if not skip:
                (names if name else words).add(_norm(lower))
        if run:
            units.add(tuple(run))
    people = {u for u in (tuple(w for w in unit if w not in _TITLES) for unit in units)
              if len(u) >= 2}
    return Features(frozenset(words - names), frozenset(names), frozenset(people),
                    frozenset(units), inner=frozenset(inner))


def event_features(event: Event) -> Features:
    """What an event's reports say: their sentences (titles may be edited or be headlines);
    for a period, its name ("Japan's occupation"), as the sentences around it vary."""
    if event.kind == "period":
        words = frozenset(_norm(t.lower()) for t in _TOKEN.findall(event.title)
                          if t.lower() not in STOPWORDS)
        return Features(words, frozenset(), period=words)
    return _features(tuple(s.quote for s in event.sources) or (event.summary, event.title))


@lru_cache(maxsize=1 << 13)
def _features(texts: tuple[str, ...]) -> Features:
    """``features``, remembered: a candidate and the event it made have the same sentence."""
    return features(list(texts))


def focus_features(event: Event, whole: Features) -> Features:
    """What an event's title alone says (what a clause of a longer sentence reports: "A strike
    began", from a sentence about ships waiting), with, when the title names nobody, the names
    inside its sentences (``whole``, their features) or else those of their headlines."""
    focus = _features((_as_written(event.title, [s.quote for s in event.sources]),))
    if focus.names:
        return focus
    if whole.inner:
        names, people, units = whole.inner, whole.people, whole.units
    else:
        headlines = _features(tuple(s.title for s in event.sources))
        names, people, units = headlines.names, headlines.people, headlines.units
    return Features(focus.words - names, names, people, units)


@dataclass(frozen=True, slots=True)
class Keys:
    """The names and every word of a report's sentences and its title together."""
    names: frozenset[str]
    every: frozenset[str]


def keys(whole: Features, focus: Features) -> Keys:
    return Keys(whole.names | focus.names,
                whole.words | whole.names | focus.words | focus.names)


def may_meet(a: Keys, b: Keys) -> bool:
    """Can two reports (not periods) be one happening at all? ``score`` and ``titles_meet``
    are 0 unless a name of one is a word of the other, in their sentences or their titles; this
    tells so from two set lookups, where scoring a pair takes many (a day of a story followed
    closely has thousands of events, nearly all of them about other people and places)."""
    return not (a.names.isdisjoint(b.every) and b.names.isdisjoint(a.every))


def _as_written(title: str, quotes: list[str]) -> str:
    """A title with its first word as its sentences write it: a title is capitalised, so
    "Extra ferries would cross" is not about someone named Extra when a quote says "extra
    ferries"."""
    first = _TOKEN.match(title)
    if first is None or not first.group()[:1].isupper():
        return title
    lower = first.group().lower()
    if any(lower in _TOKEN.findall(q) for q in quotes):
        return lower + title[first.end():]
    return title


#: Events dated to the day are compared within a day of each other; those dated more coarsely
#: ("next week", "in December") only with events of exactly the same value.
MERGEABLE = ("day", "time")


def same_window(a: Event, b: Event) -> bool:
    """Whether two events could be one happening by their dates: the same span for periods,
    days at most a day apart for events dated to the day, the same value for the others."""
    if a.kind != b.kind:
        return False
    if a.kind == "period":
        return a.first.year == b.first.year and a.last.year == b.last.year
    if a.precision in MERGEABLE and b.precision in MERGEABLE:
        if a.time and b.time and _hours_apart(a, b) > HOURS:
            return False  # "polls opened at 7 a.m.", "polls closed at 10 p.m."
        return a.first - WINDOW <= b.last and b.first - WINDOW <= a.last
    return a.value == b.value and a.precision == b.precision


def _hours_apart(a: Event, b: Event) -> float:
    """How far apart two events' clock times are, in hours (0 when one cannot be read)."""
    try:
        moments = [datetime.combine(e.first, time.fromisoformat(e.time or "")) for e in (a, b)]
        if (moments[0].tzinfo is None) != (moments[1].tzinfo is None):
            moments = [m.replace(tzinfo=None) for m in moments]
        return abs((moments[0] - moments[1]).total_seconds()) / 3600
    except ValueError:
        return 0.0


def required(a: Event, b: Event) -> float:
    """The score two events in the same window need to be one happening."""
    if a.kind == "event" and ((a.first, a.last) != (b.first, b.last)
                              or a.precision not in MERGEABLE):
        return THRESHOLD_APART
    return THRESHOLD


def score(a: Features, b: Features, *, apart: bool = False) -> float:
    """0 (nothing shared) to 1: how much of what happened the reports share (the words that are
    not names), weighed by how much of who and where they share (the names). Reports naming
    entirely different people and places, or naming none, are different happenings; reports
    that each name people, none of them the same, count half, and so do reports a day
    ``apart`` that each name someone or somewhere the other does not. Periods: how alike their
    names are."""
    if a.period is not None or b.period is not None:
        if not a.period or not b.period:
            return 0.0
        return len(a.period & b.period) / len(a.period | b.period)
    return _score(a, b, apart)


def titles_meet(a: Features, b: Features, a_focus: Features, b_focus: Features, *,
                apart: bool = False) -> float:
    """The score of two reports dated alike by their titles' features (``focus_features``):
    an event told in a clause of a sentence about something else ("... on Tuesday, the sixth
    day of a strike that began on 6 February") meets the plain report of it. Titles meet only
    when they agree closely (FOCUS_THRESHOLD; 0 below it) and the sentences (``a``, ``b``)
    share something too."""
    if a.period is not None or b.period is not None or not _what(a, b):
        return 0.0
    value = _score(a_focus, b_focus, apart, fewer=True)
    return value if value >= FOCUS_THRESHOLD else 0.0


def _score(a: Features, b: Features, apart: bool, fewer: bool = False) -> float:
    """The score of ``score``; with ``fewer``, names shared count against the report naming
    fewer (a title naming Fenwick meets one naming Fenwick and Maine), as words always do."""
    a_all, b_all = a.words | a.names, b.words | b.names
    what = _what(a, b)
    if not what or not a.words or not b.words:
        return 0.0
    share = min(1.0, what / min(len(a.words), len(b.words)))
    if not (a.names and b.names):
        return 0.0  # nobody named: nothing to tell one happening from another by
    who = len((a.names & b_all) | (b.names & a_all))
    if not who:
        return 0.0
    named = min(len(a.names), len(b.names)) if fewer else len(a.names | b.names)
    value = share * (0.5 + 0.5 * min(1.0, who / named))
    if a.people and b.people and not _same_person(a, b):
        value *= PEOPLE_APART
    elif apart and a.names - b_all and b.names - a_all:
        value *= PEOPLE_APART  # each names someone or somewhere the other does not
    return value


def _what(a: Features, b: Features) -> int:
    """How many of the words telling what happened one report shares with the other."""
    return len((a.words & (b.words | b.names)) | (b.words & (a.words | a.names)))


def _same_person(a: Features, b: Features) -> bool:
    return _meet(_as_sets(a.people), _bare(b.units, b.people)) or \
        _meet(_as_sets(b.people), _bare(a.units, a.people))


def _meet(people: tuple[frozenset[str], ...], names: tuple[frozenset[str], ...]) -> bool:
    """Whether a name of two words or more and another name are the same one: "Sofia Rossi"
    and "Rossi" or "Minister Sofia Rossi" are; "Sofia Rossi" and "Sofia Haddad" are not."""
    return any(p <= n or n <= p for p in people for n in names)


@lru_cache(maxsize=1 << 14)
def _as_sets(units: frozenset[Unit]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(unit) for unit in units)


@lru_cache(maxsize=1 << 14)
def _bare(units: frozenset[Unit], people: frozenset[Unit]) -> tuple[frozenset[str], ...]:
    """The names of ``units`` and ``people`` without the titles among their words."""
    return tuple(bare for unit in units | people if (bare := frozenset(unit) - _TITLES))


#: Where ``Nearby`` files an event that is not a period: its first day, for an event dated to
#: the day, else its value ("2024-W11", "2024-03").
Bucket = date | str


def _bucket(event: Event) -> Bucket:
    return event.first if event.precision in MERGEABLE else event.value


#: How many events a day (or a value) must hold for ``Nearby`` to index them by their words.
_INDEXED = 64


class Nearby:
    """The events a candidate could be the same happening as, by their dates: periods over the
    same years, events within a day, coarser events of the same value. Events that are not
    periods are also indexed by their words (a day or a value at a time, when a candidate first
    looks at it), so that a candidate meets only those that ``may_meet`` it, not every event of
    its days (a story followed closely has hundreds a day, and as many "last week")."""

    def __init__(self, events: Iterable[Event], keys_of: Callable[[Event], Keys]) -> None:
        self.periods: dict[int, list[str]] = {}
        self.buckets: dict[Bucket, list[str]] = {}
        self.keys_of = keys_of
        self.by_name: dict[tuple[Bucket, str], set[str]] = {}
        self.by_word: dict[tuple[Bucket, str], set[str]] = {}
        self.read: set[Bucket] = set()
        for event in events:
            self.add(event)

    def add(self, event: Event) -> None:
        if event.kind == "period":
            self.periods.setdefault(event.first.year, []).append(event.id)
            return
        bucket = _bucket(event)
        self.buckets.setdefault(bucket, []).append(event.id)
        if bucket in self.read:
            self._post(event, bucket)

    def grew(self, event: Event) -> None:
        """``event`` gained a source: its new words may make it meet more candidates. (Words
        it no longer has stay posted: the index may only ever hold too many.)"""
        if event.kind != "period" and (bucket := _bucket(event)) in self.read:
            self._post(event, bucket)

    def _post(self, event: Event, bucket: Bucket) -> None:
        found = self.keys_of(event)
        for word in found.names:
            self.by_name.setdefault((bucket, word), set()).add(event.id)
        for word in found.every:
            self.by_word.setdefault((bucket, word), set()).add(event.id)

    def _meeting(self, bucket: Bucket, events: Mapping[str, Event], keys: Keys) -> list[str]:
        """The events of ``bucket`` that may meet a candidate with ``keys`` (all of them while
        it is small: indexing costs more than it saves)."""
        if bucket not in self.read:
            if len(self.buckets[bucket]) < _INDEXED:
                return self.buckets[bucket]
            self.read.add(bucket)
            for event_id in self.buckets.get(bucket, ()):
                if event_id in events:
                    self._post(events[event_id], bucket)
        found: set[str] = set()
        for word in keys.names:
            found.update(self.by_word.get((bucket, word), ()))
        for word in keys.every:
            found.update(self.by_name.get((bucket, word), ()))
        return sorted(found)

    def near(self, candidate: Event, events: Mapping[str, Event],
             keys: Callable[[], Keys] | None = None) -> list[Event]:
        """The events in ``candidate``'s window; given how to get its keys (not for a
        period), only those of them that ``may_meet`` it."""
        if candidate.kind == "period":
            ids = list(self.periods.get(candidate.first.year, ()))
        else:
            buckets: list[Bucket] = [candidate.value]
            if candidate.precision in MERGEABLE:
                buckets = []
                day = candidate.first - WINDOW
                while day <= candidate.last + WINDOW:
                    buckets.append(day)
                    day += timedelta(days=1)
            ids = []
            mine: Keys | None = None
            for bucket in buckets:
                if keys is None or bucket not in self.buckets:
                    ids.extend(self.buckets.get(bucket, ()))
                    continue
                mine = mine or keys()
                ids.extend(self._meeting(bucket, events, mine))
        return [events[i] for i in ids if i in events and same_window(candidate, events[i])]
