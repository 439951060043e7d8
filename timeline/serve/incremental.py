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

from collections.abc import Collection, Mapping, Sequence

from timeline.model import Event
from timeline.store import MergeReport, Store, merge


def merge_changed(store: Store, candidates: Mapping[str, Sequence[Event]], *,
                  changed: Collection[str], gone: Collection[str] = (),
                  unreadable: Collection[str] = ()) -> MergeReport:
    """Merge after the articles ``changed`` were edited or added and ``gone`` deleted.

    ``candidates`` holds the candidate events of every readable article (the changed ones
    already re-extracted); ``unreadable`` the articles that cannot be read now, whose
    contributions stay as they are. Returns one report for the whole merge.
    """
    gone, unreadable = set(gone), set(unreadable)
    readable = candidates.keys() - unreadable
    read = set(changed) & readable
    for path in _reached(store, set(changed) | gone, by_path=True):
        if path in readable:
            read.add(path)
    total = MergeReport()
    while True:
        report = merge(store, {path: candidates[path] for path in sorted(read)},
                       unreadable=(readable - read) | unreadable)
        _add(total, report)
        more = (_reached(store, report.changed, by_path=False) & readable) - read
        if not more:
            break
        read |= more
    return _settled(total)


def _reached(store: Store, keys: Collection[str], *, by_path: bool) -> set[str]:
    """Source paths of the events reported by the articles ``keys`` (``by_path``) or of the
    events with the ids ``keys``."""
    wanted = set(keys)
    if not wanted:
        return set()
    if not by_path:
        return {s.path for i in wanted if (e := store.get(i)) is not None for s in e.sources}
    paths: set[str] = set()
    for event in store.events():
        mine = {s.path for s in event.sources}
        if mine & wanted:
            paths |= mine
    return paths


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
