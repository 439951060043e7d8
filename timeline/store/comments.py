"""Finding the comments in a store file and what each annotates (see notes.py for the rules).

Most files have no comment but the build's header; ``has_comments`` tells them apart with one
regular expression, and only the others are scanned. Comments are found between the YAML
scanner's tokens, so a ``#`` inside a quoted or block text is never taken for one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from timeline.store.notes import EventNotes, Note, ShardNotes, source_anchor
from timeline.store.yamlform import StoreLoader

# A comment starts a line or follows white space; "#" inside a word ("a.txt#1f2e") is text.
_COMMENT = re.compile(r"(?:^|[ \t])#", re.MULTILINE)


def has_comments(text: str, header_end: int) -> bool:
    """Whether ``text`` may hold a comment after its first ``header_end`` characters."""
    return _COMMENT.search(text, header_end) is not None


@dataclass(slots=True)
class _Anchor:
    first: int  # first and last line of what it annotates (0-based)
    last: int
    column: int
    owner: str  # "head", "ledger_head", "ledger", or "event"
    depth: int  # 0 for the file's keys and events, 1 for fields and sources, 2 for their fields
    event: str = ""  # the event (or ledger line) id
    name: str = ""  # the anchor within the event
    block: bool = False  # an event or a source: can have comments below it


@dataclass(slots=True)
class _Comment:
    line: int
    column: int
    text: str  # from "#" to the end of the line
    gap: str  # the white space before "#", for one at the end of a line
    own_line: bool


def find_notes(text: str, header_end: int) -> ShardNotes | None:
    """The comments after the header, attached to what they annotate; None when there are
    none. ``text`` is known to be valid YAML."""
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    first_line = bisect_right(starts, header_end) - 1 if header_end else 0
    events = list(yaml.parse(text, Loader=StoreLoader))
    comments = [c for c in _comments(text, events, starts) if c.line >= first_line]
    if not comments:
        return None
    anchors = _Walk(events).anchors()
    lines = text.split("\n")
    notes = ShardNotes()
    content_lines = _content_lines(events)
    index = 0
    while index < len(comments):
        comment = comments[index]
        if not comment.own_line:
            _attach(notes, _on_line(anchors, comment.line), "beside",
                    (comment.gap + comment.text,))
            index += 1
            continue
        group = [comment]
        while (index + len(group) < len(comments) and comments[index + len(group)].own_line
               and not _content_between(content_lines, group[-1].line,
                                        comments[index + len(group)].line)):
            group.append(comments[index + len(group)])
        index += len(group)
        block = tuple(line.rstrip("\r") for line in lines[group[0].line: group[-1].line + 1])
        after = _next_content(content_lines, group[-1].line)
        before = _previous_content(content_lines, group[0].line)
        if after is None:
            notes.keep_at_end(block)
            continue
        next_column = len(lines[after]) - len(lines[after].lstrip())
        owner = None
        if before is not None and group[0].column > next_column:
            owner = _enclosing_block(anchors, before, group[0].column)
        if owner is not None:
            _attach(notes, owner, "below", block)
        else:
            _attach(notes, _on_line(anchors, after), "above", block)
    return notes if notes else None


def _comments(text: str, events: list[Any], starts: list[int]) -> list[_Comment]:
    """Comments are what lies between the parser's events (which cover every scalar, with its
    quotes) after white space or at a line's start; and a block text's header may hold one."""
    found = []
    low = 0
    for event in events:
        high = event.start_mark.index
        if high > low and "#" in text[low:high]:
            position = low
            while (mark := _COMMENT.search(text, position, high)) is not None:
                sharp = mark.end() - 1
                end = text.find("\n", sharp)
                end = len(text) if end == -1 else end
                found.append(_comment(text, starts, sharp, end))
                position = end
        if isinstance(event, yaml.ScalarEvent) and event.style in ("|", ">"):
            header_end = text.find("\n", high)
            mark = _COMMENT.search(text, high, header_end) if header_end != -1 else None
            if mark is not None:  # "quote: |  # note" on the block's first line
                found.append(_comment(text, starts, mark.end() - 1, header_end))
        low = max(low, event.end_mark.index)
    return found


def _comment(text: str, starts: list[int], sharp: int, end: int) -> _Comment:
    line = bisect_right(starts, sharp) - 1
    before = text[starts[line]:sharp]
    gap = before[len(before.rstrip(" \t")):]  # the white space between the line and its "#"
    return _Comment(line, sharp - starts[line], text[sharp:end].rstrip("\r"), gap,
                    not before.strip())


def _line(event: Any) -> int:
    return int(event.start_mark.line)


def _last_line(event: Any) -> int:
    end = event.end_mark
    return int(end.line if end.column > 0 or end.line == event.start_mark.line else end.line - 1)


def _content_lines(events: list[Any]) -> list[int]:
    """The lines on which some YAML starts or ends: the lines that are not comments."""
    found = set()
    for event in events:
        if event.end_mark.index > event.start_mark.index:
            found.add(event.start_mark.line)
            found.add(_last_line(event))
    return sorted(found)


def _content_between(content: list[int], low: int, high: int) -> bool:
    at = bisect_right(content, low)
    return at < len(content) and content[at] < high


def _next_content(content: list[int], line: int) -> int | None:
    at = bisect_right(content, line)
    return content[at] if at < len(content) else None


def _previous_content(content: list[int], line: int) -> int | None:
    at = bisect_right(content, line - 1) - 1
    return content[at] if at >= 0 else None


# --- what is where ---------------------------------------------------------------------------

_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


class _Walk:
    """The things comments can annotate, read off the parser's events: the `events:` and
    `ledger:` keys, each event, its fields and its sources and their fields, each ledger line."""

    def __init__(self, events: list[Any]) -> None:
        self.events = events
        self.at = 0
        self.found: list[_Anchor] = []

    def _next(self) -> Any:
        event = self.events[self.at]
        self.at += 1
        return event

    def _peek(self) -> Any:
        return self.events[self.at]

    def _skip(self) -> int:
        """Step over one node; the last line it holds."""
        event = self._next()
        if not isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            return _last_line(event)
        last = _line(event)
        while not isinstance(self._peek(), _ENDS):
            last = max(last, self._skip())
        end = self._next()
        return max(last, _last_line(end)) if end.end_mark.index > end.start_mark.index else last

    def _pairs(self) -> Iterator[tuple[str, Any]]:
        """The keys of the mapping that starts here, each with its key event; the caller steps
        over each value."""
        self._next()
        while not isinstance(self._peek(), _ENDS):
            key = self._peek()
            if isinstance(key, yaml.ScalarEvent):
                self._next()
                yield str(key.value), key
            else:
                self._skip()
                yield "", key
        self._next()

    def anchors(self) -> list[_Anchor]:
        while self.at < len(self.events) and not isinstance(
                self._peek(), yaml.MappingStartEvent | yaml.SequenceStartEvent |
                yaml.ScalarEvent):
            self._next()
        if self.at >= len(self.events) or not isinstance(self._peek(), yaml.MappingStartEvent):
            return self.found
        for name, key in self._pairs():
            line, column = key.start_mark.line, key.start_mark.column
            if name == "events" and isinstance(self._peek(), yaml.SequenceStartEvent):
                self.found.append(_Anchor(line, line, column, "head", 0))
                self._next()
                while not isinstance(self._peek(), _ENDS):
                    if isinstance(self._peek(), yaml.MappingStartEvent):
                        self._event()
                    else:
                        self._skip()
                self._next()
            elif name == "ledger" and isinstance(self._peek(), yaml.MappingStartEvent):
                self.found.append(_Anchor(line, line, column, "ledger_head", 0))
                for entry, entry_key in self._pairs():
                    last = self._skip()
                    self.found.append(_Anchor(entry_key.start_mark.line, last,
                                              entry_key.start_mark.column, "ledger", 1, entry))
            else:
                self._skip()
        return self.found

    def _event(self) -> None:
        start = self._peek().start_mark
        fields: list[_Anchor] = []
        event_id = ""
        last = int(start.line)
        for name, key in self._pairs():
            value = self._peek()
            if name == "id" and isinstance(value, yaml.ScalarEvent):
                event_id = str(value.value)
            if name == "sources" and isinstance(value, yaml.SequenceStartEvent):
                end = self._sources(fields)
            else:
                end = self._skip()
            fields.append(_Anchor(key.start_mark.line, max(end, key.start_mark.line),
                                  key.start_mark.column, "event", 1, "", name))
            last = max(last, end)
        self.found.append(_Anchor(start.line, last, start.column, "event", 0, event_id, "",
                                  block=True))
        for anchor in fields:
            anchor.event = event_id
            self.found.append(anchor)

    def _sources(self, fields: list[_Anchor]) -> int:
        last = int(self._next().start_mark.line)
        while not isinstance(self._peek(), _ENDS):
            if not isinstance(self._peek(), yaml.MappingStartEvent):
                last = max(last, self._skip())
                continue
            start = self._peek().start_mark
            own: list[tuple[str, int, int, int]] = []
            path = ""
            end_line = int(start.line)
            for name, key in self._pairs():
                value = self._peek()
                if name == "path" and isinstance(value, yaml.ScalarEvent):
                    path = str(value.value)
                end = self._skip()
                own.append((name, key.start_mark.line, max(end, key.start_mark.line),
                            key.start_mark.column))
                end_line = max(end_line, end)
            fields.append(_Anchor(start.line, end_line, start.column, "event", 1, "",
                                  source_anchor(path), block=True))
            fields.extend(_Anchor(first, end, column, "event", 2, "", source_anchor(path, name))
                          for name, first, end, column in own)
            last = max(last, end_line)
        self._next()
        return last


def _on_line(anchors: list[_Anchor], line: int) -> _Anchor | None:
    """What a comment beside or above ``line`` annotates: the outermost thing starting on it,
    else the innermost thing holding it."""
    starting = [a for a in anchors if a.first == line]
    if starting:
        return min(starting, key=lambda a: a.depth)
    holding = [a for a in anchors if a.first <= line <= a.last]
    return max(holding, key=lambda a: (a.depth, a.first)) if holding else None


def _enclosing_block(anchors: list[_Anchor], line: int, column: int) -> _Anchor | None:
    """The innermost event or source holding ``line`` that a comment at ``column`` sits
    inside."""
    blocks = [a for a in anchors if a.block and a.first <= line <= a.last and a.column <= column]
    return max(blocks, key=lambda a: (a.depth, a.first)) if blocks else None


def _attach(notes: ShardNotes, anchor: _Anchor | None, where: str,
            lines: tuple[str, ...]) -> None:
    if anchor is None:
        notes.keep_at_end(lines if where != "beside" else (lines[0].strip(),))
        return
    if anchor.owner == "head":
        notes.head = _add(notes.head, where, lines)
    elif anchor.owner == "ledger_head":
        notes.ledger_head = _add(notes.ledger_head, where, lines)
    elif anchor.owner == "ledger":
        notes.ledger[anchor.event] = _add(notes.ledger.get(anchor.event, Note()), where, lines)
    else:
        own: EventNotes = notes.events.setdefault(anchor.event, {})
        name = anchor.name
        if name == "id":
            name = ""  # the `- id:` line is the event's own line
        elif name.endswith("\tpath"):
            name = name[: -len("\tpath")]  # and `- path:` the source's
        own[name] = _add(own.get(name, Note()), where, lines)


def _add(note: Note, where: str, lines: tuple[str, ...]) -> Note:
    if where == "above":
        return Note((*note.above, *lines), note.beside, note.below)
    if where == "below":
        return Note(note.above, note.beside, (*note.below, *lines))
    return Note(note.above, note.beside + lines[0], note.below)
