"""Merging the candidates of a few changed articles so the store ends as a full build leaves it.

``merge`` treats an article it is not given as gone, unless it is listed as unreadable, and then
keeps what that article contributed without looking at it again. A rebuild after an edit can
therefore hand ``merge`` only some articles and list every other one as kept. That is the same
as a full build for an event all of whose sources were handed over; an event that also has a
kept source would keep its old fields where a full build would recompute them from its primary
source. So the articles handed over are closed over the events they reach: every source of an
event a changed (or deleted) article reports, and again for the events the merge then changed,
until no event changed by the merge has a source outside the set. The merge is idempotent, so
merging an article a second time in a later round changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from timeline.model import Event
from timeline.store import MergeReport, Store, merge


class SourceIndex:
    """Which events each article reports, kept in step with the store as merges change it."""

    def __init__(self, store: Store) -> None:
        self._events: dict[str, set[str]] = defaultdict(set)  # article path -> event ids
        self._paths: dict[str, set[str]] = {}  # event id -> article paths
        for event in store.events():
            self._set(event.id, {s.path for s in event.sources})

    def _set(self, event_id: str, paths: set[str]) -> None:
        for path in self._paths.pop(event_id, ()):
            self._events[path].discard(event_id)
        if paths:
            self._paths[event_id] = paths
            for path in paths:
                self._events[path].add(event_id)

    def refresh(self, store: Store, event_ids: Iterable[str]) -> None:
        """Take in the sources of these events as they are now (gone ones: none)."""
        for event_id in event_ids:
            event = store.get(event_id)
            self._set(event_id, {s.path for s in event.sources} if event is not None else set())

    def sharing(self, paths: Iterable[str]) -> set[str]:
        """The articles that report an event together with any of ``paths`` (those included)."""
        found: set[str] = set()
        for path in paths:
            for event_id in self._events.get(path, ()):
                found |= self._paths[event_id]
        return found


def merge_changed(store: Store, candidates: Mapping[str, Sequence[Event]], *,
                  changed: Collection[str], gone: Collection[str] = (),
                  unreadable: Collection[str] = (),
                  index: SourceIndex | None = None) -> MergeReport:
    """Merge after the articles ``changed`` were edited or added and ``gone`` deleted.

    ``candidates`` holds the candidate events of every readable article (the changed ones
    already re-extracted); ``unreadable`` the articles that cannot be read now, whose
    contributions stay as they are. ``index`` (made from ``store`` when not given) is kept up
    to date. Returns one report for the whole merge.
    """
    index = index or SourceIndex(store)
    gone, unreadable = set(gone), set(unreadable)
    readable = candidates.keys() - unreadable
    read = (set(changed) | index.sharing({*changed, *gone})) & readable
    total = MergeReport()
    while True:
        report = merge(store, {path: candidates[path] for path in sorted(read)},
                       unreadable=(readable - read) | unreadable)
        _add(total, report)
        index.refresh(store, report.changed)
        reached = {s.path for i in report.changed if (e := store.get(i)) is not None
                   for s in e.sources}
        more = (reached & readable) - read
        if not more:
            break
        read |= more
    return _settled(total)


def _add(total: MergeReport, report: MergeReport) -> None:
    total.added.extend(report.added)
    total.updated.extend(report.updated)
    total.removed.extend(report.removed)
    total.conflicts.extend(c for c in report.conflicts if c not in total.conflicts)


def _settled(total: MergeReport) -> MergeReport:
    """One report for several rounds: an event added and then updated was added; one added and
    then removed never was."""
    added, removed = set(total.added), set(total.removed)
    both = added & removed
    added -= both
    removed -= both
    updated = set(total.updated) - added - removed - both
    return MergeReport(sorted(added), sorted(updated), sorted(removed),
                       sorted(set(total.conflicts)))
