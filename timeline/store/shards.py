"""One shard of the store: a YAML file of events and their ledger, parsed and rendered.

Events live in the file named by their first day and precision: ``2022/05/10.yaml`` holds the
events of that day, ``2022/05.yaml`` those dated only to May 2022 (or a week in it), ``2022.yaml``
those dated to the year or coarser and the periods that start in it. Files with other names are
a person's own: read, never written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline.model import Event
from timeline.store.notes import EventNotes, Note, ShardNotes
from timeline.store.records import Ledger
from timeline.store.yamlform import date_scalar, quoted, scalar

_CANONICAL = re.compile(r"^(\d{4})(?:/(\d{2})(?:/(\d{2}))?)?\.yaml$")
_SIMPLE_TAG = re.compile(r"^[A-Za-z][\w-]*$")

HEADER = """\
# {scope}: part of the timeline's event store.
# Written by `timeline build`, and yours to edit:
# - Edit any field of an event or of one of its sources: the build keeps your version, and
#   reports a conflict when the article it came from changes afterwards.
# - Hide an event from the site: add `hidden: true`. Delete it: remove its block; the build will
#   not bring it back.
# - Add an event: a block with `origin: manual`, an `id`, a `date` and a `title` (optionally
#   `end`, `time`, `summary`, `tags`, `sources`). The build never changes it. A file with a name
#   of your own (say content/events/notes.yaml) is read but never rewritten.
# - `date` and `end` are TimeML values: 2022-05-10, 2022-05, 2022-W19, 2022-Q1, 2022, 199 (the
#   1990s); `end` makes a period. `time` is "HH:MM:SS+HH:MM".
# - Comments you write (lines starting with #, or # at the end of a line) stay next to what
#   they annotate, and move with an event to its new file; those on an event the build removes
#   are kept at the end of the file. The ledger at the end tells the build's work from yours:
#   leave it alone.
"""

#: Headers earlier versions wrote: still the build's, not a person's comments.
OLD_HEADERS = ("""\
# {scope}: part of the timeline's event store.
# Written by `timeline build`, and yours to edit:
# - Edit any field of an event: the build keeps your version, and reports a conflict when the
#   article it came from changes afterwards.
# - Hide an event from the site: add `hidden: true`. Delete it: remove its block; the build will
#   not bring it back.
# - Add an event: a block with `origin: manual`, an `id`, a `date` and a `title` (optionally
#   `end`, `time`, `summary`, `tags`, `sources`). The build never changes it. A file with a name
#   of your own (say content/events/notes.yaml) is read but never rewritten.
# - `date` and `end` are TimeML values: 2022-05-10, 2022-05, 2022-W19, 2022-Q1, 2022, 199 (the
#   1990s); `end` makes a period. `time` is "HH:MM:SS+HH:MM".
# Comments you add are not kept. The ledger at the end tells the build's work from yours: leave
# it alone.
""",)


@dataclass(slots=True)
class ParsedShard:
    rel: str  # relative to the events folder
    events: list[Event] = field(default_factory=list)
    ledger: dict[str, Ledger] = field(default_factory=dict)
    canonical: bool = True  # the bytes on disk are exactly what render() gives for it
    notes: ShardNotes | None = None  # the comments people wrote in it, if any


def header_length(rel: str, text: str) -> int:
    """How many characters at the start of ``text`` are a header the build wrote."""
    scope = _scope(rel)
    for header in (HEADER, *OLD_HEADERS):
        filled = header.format(scope=scope)
        if text.startswith(filled):
            return len(filled)
    return 0


def shard_for(event: Event) -> str:
    d = event.first
    if event.precision in ("day", "time"):
        return f"{d.year:04d}/{d.month:02d}/{d.day:02d}.yaml"
    if event.precision in ("week", "month"):
        return f"{d.year:04d}/{d.month:02d}.yaml"
    return f"{d.year:04d}.yaml"


def is_build_file(rel: str) -> bool:
    """Whether ``rel`` is a file the build writes (named by a date), not a person's own."""
    return _CANONICAL.fullmatch(rel) is not None


def _scope(rel: str) -> str:
    m = _CANONICAL.fullmatch(rel)
    if m is None:
        return "Events"
    year, month, day = m.groups()
    if day:
        return f"Events of {year}-{month}-{day}"
    if month:
        return f"Events dated to {year}-{month}"
    return f"Events dated to {year} or coarser, and periods starting in {year}"


# --- rendering ---------------------------------------------------------------------------------

#: (anchor, text): a piece of an event's YAML, one line or more, and what comments on its first
#: line annotate; a source's pieces all have anchors starting "@path".
Piece = tuple[str, str]


def render(rel: str, events: list[Event], ledger: dict[str, Ledger],
           notes: ShardNotes | None = None) -> str:
    """The text of a shard. With ``notes``, every comment goes back next to what it annotates;
    those on lines that are gone go to the end of their event, or of the file."""
    out = [HEADER.format(scope=_scope(rel))]
    if notes:
        return _render_noted(out, events, ledger, notes)
    if events:
        out.append("events:\n")
        for event in events:
            out.extend(text for _anchor, text in _event_pieces(event))
    else:
        out.append("events: []\n")
    if ledger:
        out.append("ledger:\n")
        for event_id in sorted(ledger):
            out.append(f"  {scalar(event_id)}: {_render_ledger(ledger[event_id])}\n")
    return "".join(out)


def _event_pieces(event: Event) -> list[Piece]:
    out = [("", f"- id: {scalar(event.id)}\n"), ("date", f"  date: {date_scalar(event.value)}\n")]
    if event.value_end:
        out.append(("end", f"  end: {date_scalar(event.value_end)}\n"))
    if event.time:
        out.append(("time", f"  time: {quoted(event.time)}\n"))
    if event.kind != "event":
        out.append(("kind", f"  kind: {scalar(event.kind)}\n"))
    out.append(("title", f"  title: {scalar(event.title)}\n"))
    if event.summary:
        out.append(("summary", f"  summary: {scalar(event.summary)}\n"))
    if event.tags:
        if all(_SIMPLE_TAG.fullmatch(t) and scalar(t) == t for t in event.tags):
            out.append(("tags", f"  tags: [{', '.join(event.tags)}]\n"))
        else:
            out.append(("tags", "  tags:\n" + "".join(f"  - {scalar(t)}\n" for t in event.tags)))
    if event.hidden:
        out.append(("hidden", "  hidden: true\n"))
    if event.origin != "extracted":
        out.append(("origin", f"  origin: {scalar(event.origin)}\n"))
    if event.sources:
        out.append(("sources", "  sources:\n"))
        for s in event.sources:
            at = f"@{s.path}"
            out.append((at, f"  - path: {scalar(s.path)}\n"))
            out.append((f"{at}\ttitle", f"    title: {scalar(s.title)}\n"))
            out.append((f"{at}\tpublished", f"    published: {scalar(s.published.isoformat())}\n"))
            if s.url:
                out.append((f"{at}\turl", f"    url: {scalar(s.url)}\n"))
            if s.agency:
                out.append((f"{at}\tagency", f"    agency: {scalar(s.agency)}\n"))
            if s.author:
                out.append((f"{at}\tauthor", f"    author: {scalar(s.author)}\n"))
            if s.offset is not None:
                out.append((f"{at}\toffset", f"    offset: {s.offset}\n"))
            out.append((f"{at}\tquote", f"    quote: {scalar(s.quote)}\n"))
    return out


def _render_noted(out: list[str], events: list[Event], ledger: dict[str, Ledger],
                  notes: ShardNotes) -> str:
    _put(out, "events:" if events else "events: []", notes.head)
    for event in events:
        _render_event_noted(event, notes.events.get(event.id, {}), out)
    orphans: list[str] = []
    if ledger:
        _put(out, "ledger:", notes.ledger_head)
        for event_id in sorted(ledger):
            line = f"  {scalar(event_id)}: {_render_ledger(ledger[event_id])}"
            _put(out, line, notes.ledger.get(event_id))
    else:
        orphans.extend(notes.ledger_head.lines(""))
    for event_id, note in sorted(notes.ledger.items()):
        if event_id not in ledger:
            orphans.extend(note.lines(""))
    out.extend(f"{line}\n" for line in (*orphans, *notes.end))
    return "".join(out)


def _render_event_noted(event: Event, notes: EventNotes, out: list[str]) -> None:
    pieces = _event_pieces(event)
    used = set()
    for index, (anchor, text) in enumerate(pieces):
        note = notes.get(anchor)
        if note is not None:
            used.add(anchor)
            first, rest = text.split("\n", 1)
            _put(out, first, note)
            out.append(rest)
        else:
            out.append(text)
        block = anchor.split("\t", 1)[0] if anchor.startswith("@") else ""
        following = pieces[index + 1][0] if index + 1 < len(pieces) else ""
        if block and not following.startswith(block + "\t"):  # the source's last line
            below = notes.get(block)
            out.extend(f"{line}\n" for line in (below.below if below is not None else ()))
    left = [notes[a] for a in sorted(notes) if a not in used]
    own = notes.get("")
    out.extend(f"{line}\n" for line in (own.below if own is not None else ()))
    for note in left:  # on lines that are no longer written: kept at the end of the event
        out.extend(f"  {line.lstrip()}\n" if line.strip() else "\n" for line in note.lines(""))


def _put(out: list[str], line: str, note: Note | None) -> None:
    if note is None:
        out.append(f"{line}\n")
        return
    out.extend(f"{above}\n" for above in note.above)
    out.append(f"{line}{note.beside}\n")


def _render_ledger(entry: Ledger) -> str:
    parts = []
    if entry.deleted:
        parts.append("deleted: true")
    if entry.fp is not None:
        parts.append(f"fp: {'.'.join(entry.fp)}")
    parts.append("src: [" + ", ".join(quoted(k) for k in entry.src) + "]")
    if entry.sfp:
        parts.append("sfp: [" + ", ".join(p or '""' for p in entry.sfp) + "]")
    if entry.rejected:
        parts.append("rejected: [" + ", ".join(quoted(k) for k in entry.rejected) + "]")
    if entry.kind != "event":
        parts.append(f"kind: {scalar(entry.kind)}")
    return "{" + ", ".join(parts) + "}"
