"""``merge``: this build's candidate events into the store.

Each candidate is first matched to the sentence it came from last time (same article, same
quote; else the most similar quote of that article), so a rebuild changes nothing and an edited
article updates its events in place. A candidate with no such sentence joins an event another
article reports (same date window, shared names and words) or becomes a new event. Fields a
person edited, of an event or of one of its sources, keep the person's value; a conflict is
reported when the article changes under them. Sources of articles that are gone go away unless a
person edited or added them, and an event left with none goes too, unless a person edited it.
Articles that could not be read this time keep everything they contributed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from timeline.model import Event, Source
from timeline.store.candidates import canonical, order, overlap
from timeline.store.core import Store
from timeline.store.edits import apply, edited, same_source, show, snapshot, update_source
from timeline.store.ids import base_id, unique_id
from timeline.store.records import (
    FIELDS,
    Ledger,
    SourcePrint,
    field_values,
    fingerprint,
    key_path,
    source_edits,
    source_key,
    source_print,
)
from timeline.store.similar import (
    THRESHOLD,
    Features,
    Keys,
    Nearby,
    event_features,
    focus_features,
    keys,
    may_meet,
    required,
    score,
    titles_meet,
)

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
    #: (store file, message): things a person should know about a file, such as a deleted
    #: file whose events were written back
    notices: list[tuple[str, str]] = field(default_factory=list)

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


class _Merge:
    def __init__(self, store: Store, extracted: Mapping[str, Sequence[Event]],
                 unreadable: Collection[str]) -> None:
        self.store = store
        self.read = set(extracted)
        self.kept = set(unreadable) - self.read
        self.candidates = {
            path: sorted((canonical(c) for c in events),
                         key=lambda c: (order(c.sources[0]), c.kind, c.value))
            for path, events in extracted.items()
        }
        self.report = MergeReport()
        self.matched: dict[int, Event] = {}  # id(source object) -> its candidate this build
        self.affected: set[str] = set()
        self.before: dict[str, tuple[object, ...]] = {}
        self.taken: set[str] = set()
        self.nearby: Nearby | None = None  # built when the first new candidate needs it
        self.features: dict[str, Features] = {}
        self.focus: dict[str, Features] = {}  # the features of events' titles, when needed
        self.keys: dict[str, Keys] = {}  # what may make events meet at all, when needed
        self.tracked: dict[str, dict[str, tuple[str, SourcePrint | None]]] = {}
        self.source_conflicts: dict[str, list[str]] = defaultdict(list)
        #: sources matched by their sentence key whose fields are as extraction gives them now:
        #: their ledger entry stands as it is
        self.unchanged: set[int] = set()

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
            if event_id not in store._pinned:
                self._drop_unreported(store._events[event_id])
        self._clean_tombstones()
        self.taken = store.taken_ids()
        # the earliest report creates the event, so its id and its primary source agree
        for candidate in sorted(fresh, key=lambda c: (order(c.sources[0]), c.kind, c.value)):
            self._place_new(candidate)
        for event_id in sorted(self.affected):
            if event_id in store._events and event_id not in store._pinned:
                self._settle(store._events[event_id])
        self.report.added.sort()
        self.report.updated.sort()
        self.report.removed.sort()
        self.report.conflicts.sort()
        self._recreated()
        return self.report

    def _recreated(self) -> None:
        """Say when the events of a file a person deleted are written back: its ledger went
        with it, so nothing tells them from new ones but the cache's memory of the file."""
        store = self.store
        back: dict[str, list[str]] = defaultdict(list)
        for event_id in self.report.added:
            home = store._home.get(event_id)
            if home is not None and home in store._vanished:
                back[home].append(event_id)
        for rel, ids in sorted(back.items()):
            self.report.notices.append((rel, (
                f"this file was deleted, so the {len(ids)} event(s) extracted into it were "
                f"extracted again and written back ({', '.join(ids)}); to remove an event for "
                "good, delete its block or add `hidden: true` instead of deleting the file")))

    def _known_paths(self) -> set[str]:
        return self.read | self.kept

    def _tracked(self, event_id: str) -> dict[str, tuple[str, SourcePrint | None]]:
        found = self.tracked.get(event_id)
        if found is None:
            found = self.tracked[event_id] = self.store.tracked(event_id)
        return found

    def _key(self, event: Event, source: Source) -> str:
        """The sentence a source of the store stands for: as extraction last wrote it."""
        known = self._tracked(event.id).get(source.path)
        return known[0] if known is not None else source_key(source)

    def _drop_unreported(self, event: Event) -> None:
        """Take off the sources no article reports any more: those the build wrote and nobody
        edited. A source a person added or edited stays (an edited one with a conflict, once)."""
        if all(id(s) in self.matched or s.path in self.kept for s in event.sources):
            event.sources.sort(key=order)
            return
        tracked = self._tracked(event.id)
        kept = []
        for source in event.sources:
            if id(source) in self.matched or source.path in self.kept:
                kept.append(source)
                continue
            known = tracked.get(source.path)
            if known is None:
                kept.append(source)  # a person's own source
                continue
            edits = source_edits(source, known[1])
            if edits:
                kept.append(source)
                self.source_conflicts[event.id].append(
                    f"your source entry {source.path} (edited: {', '.join(edits)}) kept, but "
                    "that article no longer reports this event")
        event.sources = sorted(kept, key=order)

    def _touch(self, event: Event) -> None:
        if event.id not in self.affected:
            self.affected.add(event.id)
            self.before[event.id] = snapshot(event, self.store._ledger.get(event.id))

    def _match(self, existing: list[tuple[Event, Source]], candidates: list[Event]) -> list[Event]:
        """Pair this article's candidates with its sentences in the store; return the rest."""
        for event, _source in existing:
            self._touch(event)
        source_keys = [self._key(e, s) for e, s in existing]
        candidate_keys = [source_key(c.sources[0]) for c in candidates]
        left = set(range(len(candidates)))
        open_sources = set(range(len(existing)))
        # the same sentence: first the same kind of event at the same date, then the same
        # kind, then any (a sentence that gave two events and now gives one: the one left
        # keeps its own id, not the first the store lists)
        for level in (2, 1, 0):
            by_key: dict[str, list[int]] = {}
            for j in sorted(left):
                by_key.setdefault(candidate_keys[j], []).append(j)
            for i in sorted(open_sources):
                event, source = existing[i]
                for j in by_key.get(source_keys[i], ()):
                    if j in left and _alike(event, candidates[j], level):
                        self._pair(event, source, candidates[j], by_key=True)
                        open_sources.discard(i)
                        left.discard(j)
                        break
        pairs = sorted(
            (-overlap(existing[i][1].quote, candidates[j].sources[0].quote), i, j)
            for i in open_sources for j in left if existing[i][0].kind == candidates[j].kind
        )
        for negative, i, j in pairs:  # an edited sentence: the most similar one left
            if -negative < SAME_SENTENCE or i not in open_sources or j not in left:
                continue
            open_sources.discard(i)
            left.discard(j)
            self._pair(existing[i][0], existing[i][1], candidates[j])
        return [candidates[j] for j in sorted(left)]

    def _pair(self, event: Event, source: Source, candidate: Event, by_key: bool = False
              ) -> None:
        self.matched[id(source)] = candidate
        if event.id in self.store._pinned:
            return  # a person's own file: the candidate is absorbed, nothing changes
        if by_key and same_source(source, candidate.sources[0]):
            # the same time, but the article's datetime knows its zone's name ("EET")
            source.published = candidate.sources[0].published
            self.unchanged.add(id(source))
            return
        known = self._tracked(event.id).get(source.path)
        message = update_source(source, candidate.sources[0], known[1] if known else None,
                                known=known is not None)
        if message is not None:
            self.source_conflicts[event.id].append(message)

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
            target.sources = sorted([*target.sources, candidate.sources[0]], key=order)
            self.matched[id(candidate.sources[0])] = candidate
            self.features.pop(target.id, None)
            self.focus.pop(target.id, None)
            self.keys.pop(target.id, None)
            if self.nearby is not None:
                self.nearby.grew(target)
            return
        event = replace(candidate, id=unique_id(base_id(candidate), self.taken),
                        sources=list(candidate.sources))
        self.taken.add(event.id)
        self.matched[id(event.sources[0])] = candidate
        store.add(event, Ledger(fp=fingerprint(event), src=(key,), kind=event.kind,
                                sfp=(source_print(event.sources[0]),)))
        self._index(event)
        self.affected.add(event.id)
        self.report.added.append(event.id)

    def _similar(self, candidate: Event, key: str) -> Event | None:
        path = candidate.sources[0].path
        mine: tuple[Features, Features, Keys] | None = None

        def my_features() -> tuple[Features, Features, Keys]:
            nonlocal mine
            if mine is None:
                whole = event_features(candidate)
                focus = focus_features(candidate, whole)
                mine = (whole, focus, keys(whole, focus))
            return mine

        best: tuple[float, str] | None = None
        for event in self._near(candidate, lambda: my_features()[2]):
            if event.origin == "manual" or event.id in self.store._pinned:
                continue
            if any(s.path == path for s in event.sources):
                continue
            ledger = self.store._ledger.get(event.id)
            if ledger is not None and key in ledger.rejected:
                continue
            whole, focus, mine_keys = my_features()
            theirs, theirs_focus, theirs_keys = self._features(event)
            if (candidate.kind != "period" and event.kind != "period"
                    and not may_meet(mine_keys, theirs_keys)):
                continue
            needed = required(candidate, event)
            value = score(whole, theirs, apart=needed > THRESHOLD)
            if value < needed and (candidate.first, candidate.last) == (event.first, event.last):
                # reports dated alike may also meet by their titles
                value = max(value, titles_meet(whole, theirs, focus, theirs_focus,
                                               apart=needed > THRESHOLD))
            if value >= needed and (best is None or (value, event.id) > best):
                best = (value, event.id)
        return self.store._events[best[1]] if best is not None else None

    def _features(self, event: Event) -> tuple[Features, Features, Keys]:
        """An event's features, its title's, and their keys, remembered until it gains a
        source."""
        theirs = self.features.get(event.id)
        if theirs is None:
            theirs = self.features[event.id] = event_features(event)
        focus = self.focus.get(event.id)
        if focus is None:
            focus = self.focus[event.id] = focus_features(event, theirs)
        found = self.keys.get(event.id)
        if found is None:
            found = self.keys[event.id] = keys(theirs, focus)
        return theirs, focus, found

    def _index(self, event: Event) -> None:
        if self.nearby is not None:
            self.nearby.add(event)

    def _near(self, candidate: Event, mine: Callable[[], Keys]) -> list[Event]:
        """Events that could be the same happening by their dates and words."""
        if self.nearby is None:
            self.nearby = Nearby(self.store._events.values(),
                                 lambda event: self._features(event)[2])
        return self.nearby.near(candidate, self.store._events,
                                None if candidate.kind == "period" else mine)

    def _settle(self, event: Event) -> None:
        """Recompute an affected event from its sources' candidates, keeping a person's edits."""
        store = self.store
        ledger = store._ledger.get(event.id)
        if ledger is None:
            ledger = Ledger(fp=None, kind=event.kind)
            store._ledger[event.id] = ledger
        self.report.conflicts.extend((event.id, m) for m in self.source_conflicts.pop(event.id, ()))
        edits = edited(event, ledger)
        if not event.sources:
            if edits or event.hidden:
                gone = sorted({key_path(k) for k in ledger.src})
                if ledger.src:
                    self.report.conflicts.append(
                        (event.id, f"kept because it was edited by hand, but no article reports "
                                   f"it any more (was: {', '.join(gone)})"))
                ledger.retrack([])
                self._record(event, ledger)
                return
            store.remove(event.id)
            if event.id in self.report.added:
                self.report.added.remove(event.id)
            else:
                self.report.removed.append(event.id)
            return
        self._retrack(event, ledger)
        # the first report written once the event had begun tells what happened; one written
        # before it ("will be sworn in on Jan. 2") only what was expected
        matched = [s for s in event.sources if id(s) in self.matched]
        primary = next((s for s in matched if _written_after(s, event)),
                       matched[0] if matched else None)
        if primary is None or any(s.path in self.kept for s in event.sources):
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
            apply(event, target, name)
        if changed_under_edit:
            detail = "; ".join(f"{name} now extracted as {show(name, value)}"
                               for name, value in changed_under_edit)
            self.report.conflicts.append(
                (event.id, f"the article changed after this event was edited by hand; your "
                           f"{', '.join(n for n, _ in changed_under_edit)} kept ({detail})"))
        ledger.fp = new_fp
        ledger.kind = event.kind
        self._record(event, ledger)

    def _retrack(self, event: Event, ledger: Ledger) -> None:
        """Record which sources the build wrote, as extraction reports them now: those matched
        this build, and those of articles that could not be read."""
        tracked = self._tracked(event.id)
        entries: list[tuple[str, SourcePrint | None]] = []
        for source in event.sources:
            candidate = self.matched.get(id(source))
            known = tracked.get(source.path)
            if id(source) in self.unchanged and known is not None and known[1] is not None:
                entries.append(known)
            elif candidate is not None:
                new = candidate.sources[0]
                entries.append((source_key(new), source_print(new)))
            elif source.path in self.kept and known is not None:
                entries.append(known)
        ledger.retrack(entries)

    def _record(self, event: Event, ledger: Ledger) -> None:
        after = snapshot(event, ledger)
        before = self.before.get(event.id)
        if before is not None and before != after:
            self.store.place(event)
            if before[:-1] != after[:-1] and event.id not in self.report.added:
                self.report.updated.append(event.id)
        elif before is None:
            self.store.place(event)


def _alike(event: Event, candidate: Event, level: int) -> bool:
    """Does a stored event answer a candidate from its sentence: at ``level`` 2 as the same
    kind at the same date, at 1 as the same kind, at 0 in any case?"""
    if level == 0:
        return True
    return event.kind == candidate.kind and (
        level == 1 or (event.value, event.value_end) == (candidate.value, candidate.value_end))


def _written_after(source: Source, event: Event) -> bool:
    """Was ``source`` published once ``event`` had begun: on or after its first day, or after
    its clock time when it has one ("will close at 10pm", written that morning, is not)?"""
    if event.time is not None and source.published.tzinfo is not None:
        try:
            began = datetime.fromisoformat(f"{event.first.isoformat()}T{event.time}")
        except ValueError:
            began = None
        if began is not None and began.tzinfo is not None:
            return source.published >= began
    return source.published.date() >= event.first
