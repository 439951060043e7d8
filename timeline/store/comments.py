"""Finding the comments in a store file and what each annotates (see notes.py for the rules).

Most files have no comment but the build's header; ``has_comments`` tells them apart with one
regular expression, and only the others are scanned. Comments are found between the YAML
scanner's tokens, so a ``#`` inside a quoted or block text is never taken for one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise
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
    gap: str  # what precedes "#" on its line after the last token (spaces), for beside ones
    own_line: bool


def find_notes(text: str, header_end: int) -> ShardNotes | None:
    """The comments after the header, attached to what they annotate; None when there are
    none. ``text`` is known to be valid YAML."""
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    first_line = bisect_right(starts, header_end) - 1 if header_end else 0
    tokens = list(yaml.scan(text, Loader=StoreLoader))
    comments = [c for c in _comments(text, tokens, starts) if c.line >= first_line]
    if not comments:
        return None
    anchors = _anchors(yaml.compose(text, Loader=StoreLoader))
    lines = text.split("\n")
    notes = ShardNotes()
    content_lines = _content_lines(tokens)
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


def _comments(text: str, tokens: list[Any], starts: list[int]) -> list[_Comment]:
    found = []
    for previous, token in pairwise(tokens):
        low, high = previous.end_mark.index, token.start_mark.index
        if isinstance(previous, yaml.ScalarToken) and previous.style in ("|", ">"):
            header_end = text.find("\n", previous.start_mark.index)
            if header_end != -1:  # "quote: |  # note" on the block's first line
                mark = _COMMENT.search(text, previous.start_mark.index, header_end)
                if mark is not None:
                    found.append(_comment(text, starts, mark.end() - 1, header_end,
                                          previous.start_mark.index + 1))
        if high <= low or "#" not in text[low:high]:
            continue
        position = low
        while True:
            mark = _COMMENT.search(text, position, high)
            if mark is None:
                break
            sharp = mark.end() - 1
            end = text.find("\n", sharp)
            end = len(text) if end == -1 else end
            found.append(_comment(text, starts, sharp, end, low))
            position = end
    return found


def _comment(text: str, starts: list[int], sharp: int, end: int, low: int) -> _Comment:
    line = bisect_right(starts, sharp) - 1
    before = text[starts[line]:sharp]
    own_line = not before.strip()
    gap = text[max(low, starts[line]):sharp]
    return _Comment(line, sharp - starts[line], text[sharp:end].rstrip("\r"), gap, own_line)


def _content_lines(tokens: list[Any]) -> list[int]:
    """The lines on which some token starts or ends: the lines that hold YAML, not comments."""
    found = set()
    for token in tokens:
        if isinstance(token, yaml.StreamStartToken | yaml.StreamEndToken | yaml.BlockEndToken):
            continue
        found.add(token.start_mark.line)
        end = token.end_mark
        found.add(end.line if end.column > 0 or end.line == token.start_mark.line
                  else end.line - 1)
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


def _extent(node: Any) -> int:
    """The last line that holds ``node``'s content."""
    if isinstance(node, yaml.ScalarNode):
        end = node.end_mark
        return end.line if end.column > 0 or end.line == node.start_mark.line else end.line - 1
    children: list[Any] = []
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            children.extend((key, value))
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    if not children:
        return int(node.start_mark.line)
    return max(_extent(child) for child in children)


def _key(pair: tuple[Any, Any]) -> str:
    key = pair[0]
    return str(key.value) if isinstance(key, yaml.ScalarNode) else ""


def _value(node: Any, name: str) -> str:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == name and \
                    isinstance(value, yaml.ScalarNode):
                return str(value.value)
    return ""


def _anchors(root: Any) -> list[_Anchor]:
    found: list[_Anchor] = []
    if not isinstance(root, yaml.MappingNode):
        return found
    for key, value in root.value:
        name = _key((key, value))
        line = key.start_mark.line
        if name == "events":
            found.append(_Anchor(line, line, key.start_mark.column, "head", 0))
            if isinstance(value, yaml.SequenceNode):
                for item in value.value:
                    _event_anchors(item, found)
        elif name == "ledger":
            found.append(_Anchor(line, line, key.start_mark.column, "ledger_head", 0))
            if isinstance(value, yaml.MappingNode):
                for entry_key, entry in value.value:
                    found.append(_Anchor(entry_key.start_mark.line, _extent(entry),
                                         entry_key.start_mark.column, "ledger", 1,
                                         _key((entry_key, entry))))
    return found


def _event_anchors(item: Any, found: list[_Anchor]) -> None:
    event_id = _value(item, "id")
    start = item.start_mark
    found.append(_Anchor(start.line, _extent(item), start.column, "event", 0, event_id, "",
                         block=True))
    if not isinstance(item, yaml.MappingNode):
        return
    for key, value in item.value:
        name = _key((key, value))
        found.append(_Anchor(key.start_mark.line, max(_extent(key), _extent(value)),
                             key.start_mark.column, "event", 1, event_id, name))
        if name == "sources" and isinstance(value, yaml.SequenceNode):
            for source in value.value:
                path = source_anchor(_value(source, "path"))
                found.append(_Anchor(source.start_mark.line, _extent(source),
                                     source.start_mark.column, "event", 1, event_id, path,
                                     block=True))
                if isinstance(source, yaml.MappingNode):
                    for skey, svalue in source.value:
                        field = _key((skey, svalue))
                        found.append(_Anchor(
                            skey.start_mark.line, max(_extent(skey), _extent(svalue)),
                            skey.start_mark.column, "event", 2, event_id,
                            source_anchor(_value(source, "path"), field)))


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
