"""Helpers for store tests: projects in a folder, candidate events made by hand, builds."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from timeline.config import Project, load_project
from timeline.model import Event, Source
from timeline.store import MergeReport, load_store, merge, save_store, store_lock
from timeline.store.ids import base_id
from timeline.timeml import range_span

JST = timezone(timedelta(hours=9))


def new_project(root: Path) -> Project:
    root.mkdir(parents=True, exist_ok=True)
    (root / "timeline.yaml").write_text("title: Test\n", encoding="utf-8")
    return load_project(root)


def candidate(path: str, quote: str, value: str = "2023-03-14", *, title: str | None = None,
              value_end: str | None = None, kind: str = "event", offset: int = 0,
              published: datetime | None = None, tags: tuple[str, ...] = (),
              time: str | None = None) -> Event:
    span = range_span(value, value_end)
    assert span is not None
    first, last, precision = span
    event = Event(
        id="", value=value, value_end=value_end, first=first, last=last, precision=precision,
        title=title or quote.rstrip(".")[:60], summary=quote, tags=list(tags), kind=kind,
        time=time,
        sources=[Source(path=path, title=f"Headline of {path}",
                        published=published or datetime(2023, 3, 14, 11, 20, tzinfo=JST),
                        quote=quote, offset=offset, agency="Nordwire")],
    )
    event.id = base_id(event)
    return event


Extracted = Mapping[str, Sequence[Event]]


def build(project: Project, extracted: Extracted, unreadable: Collection[str] = ()
          ) -> tuple[MergeReport, list[Path]]:
    """What the build does with the store: lock, load, merge, save."""
    with store_lock(project):
        store = load_store(project)
        report = merge(store, extracted, unreadable=unreadable)
        return report, save_store(project, store)


def snapshot(project: Project) -> dict[str, bytes]:
    root = project.events_dir
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def events(project: Project) -> list[Event]:
    return load_store(project).events()


def by_title(project: Project) -> dict[str, Event]:
    return {e.title: e for e in events(project)}


def day(text: str) -> date:
    return date.fromisoformat(text)
