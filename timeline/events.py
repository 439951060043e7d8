"""``events``: what the store holds, filtered for a person or a script."""

from __future__ import annotations

from datetime import date

from timeline.config import Project
from timeline.model import Event
from timeline.store import load_store


def events(project: Project, *, start: date | None = None, end: date | None = None,
           tag: str | None = None, include_hidden: bool = False) -> list[Event]:
    """Events in date order that overlap [start, end] (both inclusive) and carry ``tag``."""
    wanted = tag.casefold() if tag else None
    found = []
    for event in load_store(project).events():
        if event.hidden and not include_hidden:
            continue
        if start is not None and event.last < start:
            continue
        if end is not None and event.first > end:
            continue
        if wanted is not None and wanted not in (t.casefold() for t in event.tags):
            continue
        found.append(event)
    return found
