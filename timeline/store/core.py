"""The store in memory: every event (hidden and manual ones too), where each lives, and the
ledger that tells the build's work from a person's."""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline.model import Event
from timeline.store.cache import Cache
from timeline.store.notes import EventNotes, ShardNotes, event_lines
from timeline.store.records import Ledger, SourcePrint
from timeline.store.shards import shard_for


@dataclass(slots=True)
class Tombstone:
    """An extracted event a person deleted: its sentences must not bring it back."""

    ledger: Ledger
    home: str  # the shard whose ledger records it


@dataclass(slots=True)
class Store:
    """Every event of the store, including hidden and manual ones.

    ``load_store`` fills it, ``merge`` updates it, ``save_store`` writes the shards that changed.
    """

    _events: dict[str, Event] = field(default_factory=dict)
    _home: dict[str, str] = field(default_factory=dict)  # id -> shard file it belongs in now
    _origin: dict[str, str] = field(default_factory=dict)  # id -> shard file on disk holding it
    _ledger: dict[str, Ledger] = field(default_factory=dict)  # live extracted events only
    _tombstones: dict[str, Tombstone] = field(default_factory=dict)
    _pinned: set[str] = field(default_factory=set)  # ids in a person's own files
    _dirty: set[str] = field(default_factory=set)  # shard files to write
    _files: set[str] = field(default_factory=set)  # build files on disk when loaded
    _notes: dict[str, EventNotes] = field(default_factory=dict)  # id -> people's comments on it
    _frames: dict[str, ShardNotes] = field(default_factory=dict)  # shard -> its other comments
    #: build files the last build left that are gone now, with the ids of the extracted events
    #: they held (known from the cache only; used to say that their events are written again)
    _vanished: dict[str, set[str]] = field(default_factory=dict)
    _cache: Cache | None = None

    def detach_cache(self) -> None:
        """Stop keeping ``.timeline-cache/`` up to date on each save (a long-lived session that
        saves often: the cache is rewritten whole each time). The next load reads the YAML of
        the files saved since, and the cache catches up."""
        self._cache = None

    def events(self) -> list[Event]:
        """All events, in date order."""
        return sorted(self._events.values(), key=Event.sort_key)

    def get(self, event_id: str) -> Event | None:
        return self._events.get(event_id)

    def __len__(self) -> int:
        return len(self._events)

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._events

    def is_pinned(self, event_id: str) -> bool:
        """Whether the event is in a file of a person's own, which the build never writes."""
        return event_id in self._pinned

    def deleted_ids(self) -> list[str]:
        """Ids of extracted events a person deleted; the build keeps them gone."""
        return sorted(self._tombstones)

    def edited_fields(self, event_id: str) -> list[str]:
        """The field groups of an extracted event (when, title, summary, tags) a person edited."""
        from timeline.store.records import edited_fields

        event, ledger = self._events.get(event_id), self._ledger.get(event_id)
        if event is None or ledger is None:
            return []
        return edited_fields(event, ledger.fp)

    def taken_ids(self) -> set[str]:
        return set(self._events) | set(self._tombstones)

    def place(self, event: Event) -> None:
        """Mark the shards an event leaves and enters as needing a write."""
        target = shard_for(event)
        home = self._home.get(event.id)
        if event.id in self._pinned and home is not None:
            return
        if home is not None:
            self._dirty.add(home)
        self._dirty.add(target)
        self._home[event.id] = target

    def add(self, event: Event, ledger: Ledger | None) -> None:
        self._events[event.id] = event
        if ledger is not None:
            self._ledger[event.id] = ledger
        self.place(event)

    def remove(self, event_id: str) -> None:
        """Take an event out; comments people wrote on it stay, at the end of its file."""
        self._events.pop(event_id, None)
        self._ledger.pop(event_id, None)
        home = self._home.pop(event_id, None)
        if home is not None:
            self._dirty.add(home)
        notes = self._notes.pop(event_id, None)
        if notes and home is not None:
            frame = self._frames.setdefault(home, ShardNotes())
            frame.keep_at_end(event_lines(event_id, notes))

    def notes(self, event_id: str) -> EventNotes:
        """The comments people wrote on an event, by what they annotate (see notes.py)."""
        return self._notes.get(event_id, {})

    def tracked(self, event_id: str) -> dict[str, tuple[str, SourcePrint | None]]:
        """The sources of an extracted event the build wrote, by article path (see
        Ledger.tracked); the event's other sources are a person's."""
        ledger = self._ledger.get(event_id)
        return ledger.tracked() if ledger is not None else {}
