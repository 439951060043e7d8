"""Comments people write in store files, and what each one annotates.

A comment on its own line annotates what follows it (``above``), or, when it is indented deeper
than the next line, the end of the event or source before it (``below``); a comment at the end
of a line annotates that line (``beside``). The build writes every comment back next to what it
annotated, wherever that goes: an event whose date changes takes its comments to its new file.
Comments on an event the build removes, or on a line that is gone, are kept at the end of the
file or of the event rather than lost.

Anchors, within one event: ``""`` is the event itself (its ``- id:`` line), a field name is that
field's line, ``"@" + path`` is a source (its ``- path:`` line) and ``"@" + path + "\\t" +
field`` a field of that source.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Note:
    """The comments on one thing: whole lines above it and below it, and the end of its line
    (spaces and ``# ...``, as written)."""

    above: tuple[str, ...] = ()
    beside: str = ""
    below: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.above or self.beside or self.below)

    def lines(self, indent: str) -> list[str]:
        """Every comment as a whole line, for keeping it somewhere else."""
        found = list(self.above)
        if self.beside:
            found.append(indent + self.beside.strip())
        found.extend(self.below)
        return found

    def to_json(self) -> list[Any]:
        return [list(self.above), self.beside, list(self.below)]

    @classmethod
    def from_json(cls, data: Any) -> Note:
        above, beside, below = data
        return cls(_lines(above), _text(beside), _lines(below))


#: anchor -> the comments on it, for one event
EventNotes = dict[str, Note]


def source_anchor(path: str, name: str = "") -> str:
    return f"@{path}\t{name}" if name else f"@{path}"


@dataclass(slots=True)
class ShardNotes:
    """The comments of one store file."""

    head: Note = field(default_factory=Note)  # above and beside `events:`
    events: dict[str, EventNotes] = field(default_factory=dict)  # event id -> its notes
    ledger_head: Note = field(default_factory=Note)  # above and beside `ledger:`
    ledger: dict[str, Note] = field(default_factory=dict)  # event id -> its ledger line's notes
    end: tuple[str, ...] = ()  # after everything

    def __bool__(self) -> bool:
        return bool(self.head or self.events or self.ledger_head or self.ledger or self.end)

    def frame(self) -> ShardNotes:
        """These notes without the events' (which travel with their events)."""
        return ShardNotes(self.head, {}, self.ledger_head, dict(self.ledger), self.end)

    def keep_at_end(self, lines: Iterable[str]) -> None:
        self.end = (*self.end, *lines)

    def to_json(self) -> list[Any]:
        return [
            self.head.to_json(),
            {event_id: {anchor: note.to_json() for anchor, note in notes.items()}
             for event_id, notes in self.events.items()},
            self.ledger_head.to_json(),
            {event_id: note.to_json() for event_id, note in self.ledger.items()},
            list(self.end),
        ]

    @classmethod
    def from_json(cls, data: Any) -> ShardNotes:
        head, events, ledger_head, ledger, end = data
        return cls(
            Note.from_json(head),
            {_text(event_id): {_text(anchor): Note.from_json(note)
                               for anchor, note in _mapping(notes).items()}
             for event_id, notes in _mapping(events).items()},
            Note.from_json(ledger_head),
            {_text(event_id): Note.from_json(note) for event_id, note in _mapping(ledger).items()},
            _lines(end),
        )


def event_lines(event_id: str, notes: EventNotes) -> list[str]:
    """The comments of an event the build removed, as lines to keep at the end of its file,
    after a line saying where they were."""
    found = [f"# Comments on {event_id}, which the build removed when no article reported it "
             "any more:"]
    for anchor in sorted(notes, key=lambda a: (a != "", a)):
        found.extend(notes[anchor].lines(""))
    return found


def _text(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("expected a string")
    return value


def _lines(value: Any) -> tuple[str, ...]:
    if type(value) is not list:
        raise TypeError("expected a list")
    return tuple(_text(line) for line in value)


def _mapping(value: Any) -> dict[str, Any]:
    if type(value) is not dict:
        raise TypeError("expected an object")
    return value
