"""Helpers for store tests: projects in a folder, candidate events made by hand, builds."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from timeline.config import Project, load_project
from timeline.model import Event, Source
from timeline.store import MergeReport, load_store, merge, save_store, store_lock
from timeline.store.ids import base_id
from timeline.store.lock import DEFAULT_WAIT
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


def build(project: Project, extracted: Extracted, unreadable: Collection[str] = (), *,
          wait: float = DEFAULT_WAIT) -> tuple[MergeReport, list[Path]]:
    """What the build does with the store: lock (waiting up to ``wait`` s for another build),
    load, merge, save."""
    with store_lock(project, wait=wait):
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


SUBJECTS = ("The council", "The harbour board", "Police", "The ferry company", "Ministers",
            "Engineers", "The court", "Fishermen", "The central bank", "Rescuers")
VERBS = ("approved", "rejected", "announced", "postponed", "debated", "welcomed", "criticised")
OBJECTS = ("the bridge repairs", "new fishing quotas", "the port expansion", "a rail tunnel",
           "flood funding", "the tram fares", "a data centre", "the ferry timetable")


def corpus(articles: int, *, variant: int = 0, seed: int = 7) -> dict[str, list[Event]]:
    """Deterministic candidates for ``articles`` articles, four each, spread over a year.

    ``variant`` 1 edits a third of the articles (new wording, some new dates), drops a tenth
    and adds new ones, so nearly every shard changes between variants 0 and 1.
    """
    import random

    rng = random.Random(seed)
    found: dict[str, list[Event]] = {}
    start = date(2022, 1, 1)
    for number in range(articles + (articles // 10 if variant else 0)):
        path = f"content/articles/{number:05d}.txt"
        picks = [(rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS),
                  start + timedelta(days=rng.randrange(365))) for _ in range(4)]
        if variant and number < articles and number % 10 == 3:
            continue  # dropped
        edited = variant and number % 3 == 0
        published = datetime(2022, 1, 1, tzinfo=JST) + timedelta(hours=number)
        events = []
        for index, (subject, verb, thing, when) in enumerate(picks):
            if edited and index % 2 == 0:
                when += timedelta(days=1)
                thing = f"{thing} again"
            quote = f"{subject} {verb} {thing} in article {number} part {index}."
            events.append(candidate(path, quote, when.isoformat(), offset=index * 80,
                                    published=published, title=f"{subject} {verb} {thing}"))
        found[path] = events
    return found


def restore(project: Project, files: dict[str, bytes]) -> None:
    """Make the events folder hold exactly ``files`` (as snapshot() gave them)."""
    root = project.events_dir
    for path in sorted(root.rglob("*"), reverse=True):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and rel not in files:
            path.unlink()
    for rel, data in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
