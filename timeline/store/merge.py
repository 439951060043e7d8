"""``merge``: this build's candidate events into the store.

Each candidate is first matched to the sentence it came from last time (same article, same
quote; else the most similar quote of that article), so a rebuild changes nothing and an edited
article updates its events in place. A candidate with no such sentence joins an event another
article reports (same date window, shared names and words) or becomes a new event. Fields a
person edited keep the person's value; a conflict is reported when the article changes under
them. Sources of articles that are gone go away, and an event left with none goes too, unless a
person edited it. Articles that could not be read this time keep everything they contributed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from timeline.model import Event, Source
from timeline.store.core import Store
from timeline.store.ids import base_id, unique_id
from timeline.store.records import (
    FIELDS,
    Ledger,
    field_values,
    fingerprint,
    key_path,
    source_key,
)
from timeline.store.similar import (
    MERGEABLE,
    THRESHOLD,
    WINDOW,
    Features,
    event_features,
    same_window,
    score,
)
from timeline.timeml import range_span

_DAY = timedelta(days=1)
_MONTH = timedelta(days=31)

#: Two quotes of one article are the same sentence, edited, above this word overlap.
SAME_SENTENCE = 0.5


@dataclass(slots=True)
class MergeReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (event id, message)

    @property
    def changed(self) -> list[str]:
        """Ids of the events whose pages need rendering again (removed ones included)."""
        return sorted({*self.added, *self.updated, *self.removed})

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.updated)} updated",
                 f"{len(self.removed)} removed"]
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} conflict{'s' if len(self.conflicts) > 1 else ''}")
        return ", ".join(parts)


def merge(store: Store, extracted: Mapping[str, Sequence[Event]], *,
          unreadable: Collection[str] = ()) -> MergeReport:
    """Merge the candidates of every article read this build into ``store``; see the module."""
    return _Merge(store, extracted, unreadable).run()


def _order(source: Source) -> tuple[object, ...]:
    return (source.published, source.path, source.offset if source.offset is not None else -1,
            source.quote)


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in text.split())


def _overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def canonical(candidate: Event) -> Event:
    """A copy of a candidate whose value, span and precision agree, with exactly one source."""
    if len(candidate.sources) != 1:
        raise ValueError(f"candidate {candidate.id or candidate.title!r} must have one source")
    value, value_end = candidate.value, candidate.value_end
    span = range_span(value, value_end)
    if span is None or span[:2] != (candidate.first, candidate.last):
        first, last = candidate.first, candidate.last
        value, value_end = first.isoformat(), last.isoformat() if last != first else None
        span = range_span(value, value_end)
        assert span is not None
    s = candidate.sources[0]
    return Event(
        id=candidate.id, value=value, value_end=value_end, first=span[0], last=span[1],
        precision=span[2], title=candidate.title,
        time=candidate.time if span[2] in ("day", "time") else None,
        summary=candidate.summary, tags=sorted(set(candidate.tags)), origin=candidate.origin,
        sources=[Source(s.path, s.title, s.published, s.url, s.quote, s.offset, s.agency)],
        hidden=candidate.hidden, kind=candidate.kind,
    )


class _Merge:
    def __init__(self, store: Store, extracted: Mapping[str, Sequence[Event]],
                 unreadable: Collection[str]) -> None:
        self.store = store
        self.read = set(extracted)
        self.kept = set(unreadable) - self.read
        self.candidates = {
            path: sorted((canonical(c) for c in events),
                         key=lambda c: (_order(c.sources[0]), c.kind, c.value))
            for path, events in extracted.items()
        }
        self.report = MergeReport()
        self.matched: dict[int, Event] = {}  # id(source object) -> its candidate this build
        self.affected: set[str] = set()
        self.before: dict[str, tuple[object, ...]] = {}
        self.taken: set[str] = set()
        self.short: dict[date, list[str]] | None = None  # first day -> day-precise events
        self.periods: dict[int, list[str]] = {}  # first year -> periods
        self.features: dict[str, Features] = {}

    # --- the steps ---------------------------------------------------------------------------

    def run(self) -> MergeReport:
        store = self.store
        by_path: dict[str, list[tuple[Event, Source]]] = defaultdict(list)
        for event in store._events.values():
            if event.origin == "manual":
                continue
            for source in event.sources:
                by_path[source.path].append((event, source))
        fresh: list[Event] = []
        for path in sorted(self.read):
            fresh.extend(self._match(by_path.get(path, []), self.candidates[path]))
        for path in sorted(set(by_path) - self.read - self.kept):
            for event, _source in by_path[path]:
                self._touch(event)
        for event_id in sorted(self.affected):
            event = store._events[event_id]
            if event_id not in store._pinned:
                event.sources = sorted(
                    (s for s in event.sources if id(s) in self.matched or s.path in self.kept),
                    key=_order)
        self._clean_tombstones()
        self.taken = store.taken_ids()
        # the earliest report creates the event, so its id and its primary source agree
        for candidate in sorted(fresh, key=lambda c: (_order(c.sources[0]), c.kind, c.value)):
            self._place_new(candidate)
        for event_id in sorted(self.affected):
            if event_id in store._events and event_id not in store._pinned:
                self._settle(store._events[event_id])
        self.report.added.sort()
        self.report.updated.sort()
        self.report.removed.sort()
        self.report.conflicts.sort()
        return self.report

    def _known_paths(self) -> set[str]:
        return self.read | self.kept

    def _touch(self, event: Event) -> None:
        if event.id not in self.affected:
            self.affected.add(event.id)
            self.before[event.id] = _snapshot(event, self.store._ledger.get(event.id))

    def _match(self, existing: list[tuple[Event, Source]], candidates: list[Event]) -> list[Event]:
        """Pair this article's candidates with its sentences in the store; return the rest."""
        for event, _source in existing:
            self._touch(event)
        source_keys = [source_key(s) for _e, s in existing]
        candidate_keys = [source_key(c.sources[0]) for c in candidates]
        left = set(range(len(candidates)))
        open_sources = set(range(len(existing)))
        for same_kind in (True, False):  # the same sentence: first as the same kind of event
            by_key: dict[str, list[int]] = {}
            for j in sorted(left):
                by_key.setdefault(candidate_keys[j], []).append(j)
            for i in sorted(open_sources):
                event, source = existing[i]
                for j in by_key.get(source_keys[i], ()):
                    if j in left and (not same_kind or event.kind == candidates[j].kind):
                        self._pair(event, source, candidates[j])
                        open_sources.discard(i)
                        left.discard(j)
                        break
        pairs = sorted(
            (-_overlap(existing[i][1].quote, candidates[j].sources[0].quote), i, j)
            for i in open_sources for j in left if existing[i][0].kind == candidates[j].kind
        )
        for negative, i, j in pairs:  # an edited sentence: the most similar one left
            if -negative < SAME_SENTENCE or i not in open_sources or j not in left:
                continue
            open_sources.discard(i)
            left.discard(j)
            self._pair(existing[i][0], existing[i][1], candidates[j])
        return [candidates[j] for j in sorted(left)]

    def _pair(self, event: Event, source: Source, candidate: Event) -> None:
        self.matched[id(source)] = candidate
        if event.id in self.store._pinned:
            return  # a person's own file: the candidate is absorbed, nothing changes
        new = candidate.sources[0]
        source.title, source.published, source.url = new.title, new.published, new.url
        source.quote, source.offset, source.agency = new.quote, new.offset, new.agency

    def _clean_tombstones(self) -> None:
        known = self._known_paths()
        for event_id, stone in list(self.store._tombstones.items()):
            keys = tuple(k for k in stone.ledger.src if key_path(k) in known)
            if keys != stone.ledger.src:
                self.store._dirty.add(stone.home)
                if keys:
                    stone.ledger.src = keys
                else:
                    del self.store._tombstones[event_id]

    def _place_new(self, candidate: Event) -> None:
        store = self.store
        key = source_key(candidate.sources[0])
        for stone in store._tombstones.values():
            if key in stone.ledger.src and stone.ledger.kind == candidate.kind:
                return  # a person deleted this event
        target = self._similar(candidate, key)
        if target is not None:
            self._touch(target)
            target.sources = sorted([*target.sources, candidate.sources[0]], key=_order)
            self.matched[id(candidate.sources[0])] = candidate
            self.features.pop(target.id, None)
            return
        event = replace(candidate, id=unique_id(base_id(candidate), self.taken),
                        sources=list(candidate.sources))
        self.taken.add(event.id)
        self.matched[id(event.sources[0])] = candidate
        store.add(event, Ledger(fp=fingerprint(event), src=(key,), kind=event.kind))
        self._index(event)
        self.affected.add(event.id)
        self.report.added.append(event.id)

    def _similar(self, candidate: Event, key: str) -> Event | None:
        path = candidate.sources[0].path
        mine: Features | None = None
        best: tuple[float, str] | None = None
        for event in self._near(candidate):
            if event.origin == "manual" or event.id in self.store._pinned:
                continue
            if any(s.path == path for s in event.sources):
                continue
            ledger = self.store._ledger.get(event.id)
            if ledger is not None and key in ledger.rejected:
                continue
            mine = mine or event_features(candidate)
            theirs = self.features.get(event.id)
            if theirs is None:
                theirs = self.features[event.id] = event_features(event)
            value = score(mine, theirs)
            if value >= THRESHOLD and (best is None or (value, event.id) > best):
                best = (value, event.id)
        return self.store._events[best[1]] if best is not None else None

    def _index(self, event: Event) -> None:
        if self.short is None:
            return
        if event.kind == "period":
            self.periods.setdefault(event.first.year, []).append(event.id)
        elif event.precision in MERGEABLE:
            self.short.setdefault(event.first, []).append(event.id)

    def _near(self, candidate: Event) -> list[Event]:
        """Events that could be the same happening by their dates: periods over the same
        years, day-precise events within a day."""
        if self.short is None:
            self.short = {}
            for event in self.store._events.values():
                self._index(event)
        if candidate.kind == "period":
            ids = list(self.periods.get(candidate.first.year, ()))
        elif candidate.precision in MERGEABLE:
            low, high = candidate.first - WINDOW, candidate.last + WINDOW
            ids = []
            day = low - _MONTH
            while day <= high:
                ids.extend(self.short.get(day, ()))
                day += _DAY
        else:
            return []
        events = self.store._events
        return [events[i] for i in ids if i in events and same_window(candidate, events[i])]

    def _settle(self, event: Event) -> None:
        """Recompute an affected event from its sources' candidates, keeping a person's edits."""
        store = self.store
        ledger = store._ledger.get(event.id)
        if ledger is None:
            ledger = Ledger(fp=None, src=store.source_keys(event), kind=event.kind)
            store._ledger[event.id] = ledger
        edits = _edited(event, ledger)
        if not event.sources:
            if edits or event.hidden:
                gone = sorted({key_path(k) for k in ledger.src})
                if ledger.src:
                    self.report.conflicts.append(
                        (event.id, f"kept because it was edited by hand, but no article reports "
                                   f"it any more (was: {', '.join(gone)})"))
                ledger.src = ()
                self._record(event, ledger)
                return
            store.remove(event.id)
            if event.id in self.report.added:
                self.report.added.remove(event.id)
            else:
                self.report.removed.append(event.id)
            return
        primary = event.sources[0]
        if any(s.path in self.kept for s in event.sources) or id(primary) not in self.matched:
            ledger.src = store.source_keys(event)
            self._record(event, ledger)
            return
        wanted = self.matched[id(primary)]
        tags = sorted({t for s in event.sources if id(s) in self.matched
                       for t in self.matched[id(s)].tags})
        target = replace(wanted, tags=tags)
        new_values = field_values(target)
        new_fp = fingerprint(target)
        changed_under_edit = []
        for index, name in enumerate(FIELDS):
            if ledger.fp is None:
                continue  # provenance unknown: keep what the file says, learn the baseline
            if name in edits:
                if new_fp[index] != ledger.fp[index]:
                    changed_under_edit.append((name, new_values[index]))
                continue
            _apply(event, target, name)
        if changed_under_edit:
            detail = "; ".join(f"{name} now extracted as {_show(name, value)}"
                               for name, value in changed_under_edit)
            self.report.conflicts.append(
                (event.id, f"the article changed after this event was edited by hand; your "
                           f"{', '.join(n for n, _ in changed_under_edit)} kept ({detail})"))
        ledger.fp = new_fp
        ledger.kind = event.kind
        ledger.src = store.source_keys(event)
        self._record(event, ledger)

    def _record(self, event: Event, ledger: Ledger) -> None:
        after = _snapshot(event, ledger)
        before = self.before.get(event.id)
        if before is not None and before != after:
            self.store.place(event)
            if before[:-1] != after[:-1] and event.id not in self.report.added:
                self.report.updated.append(event.id)
        elif before is None:
            self.store.place(event)


def _edited(event: Event, ledger: Ledger) -> list[str]:
    if ledger.fp is None:
        return list(FIELDS)
    current = fingerprint(event)
    return [name for name, old, new in zip(FIELDS, ledger.fp, current, strict=True) if old != new]


def _apply(event: Event, target: Event, name: str) -> None:
    if name == "when":
        event.value, event.value_end, event.time, event.kind = (
            target.value, target.value_end, target.time, target.kind)
        event.first, event.last, event.precision = target.first, target.last, target.precision
    elif name == "title":
        event.title = target.title
    elif name == "summary":
        event.summary = target.summary
    else:
        event.tags = list(target.tags)


def _show(name: str, value: str) -> str:
    if name == "when":
        start, end, time, _kind = value.split("|")
        return repr(start + (f"..{end}" if end else "") + (f" {time}" if time else ""))
    if name == "tags":
        return "[" + ", ".join(value.split("\n")) + "]" if value else "[]"
    return repr(value if len(value) <= 60 else value[:57] + "...")


def _snapshot(event: Event, ledger: Ledger | None) -> tuple[object, ...]:
    sources = tuple((s.path, s.title, s.published, s.url, s.quote, s.offset, s.agency)
                    for s in event.sources)
    fields = (event.value, event.value_end, event.time, event.kind, event.title, event.summary,
              tuple(event.tags), event.hidden, sources)
    book = None if ledger is None else (ledger.fp, ledger.src, ledger.rejected, ledger.kind)
    return (*fields, book)
