"""A story followed closely: hundreds of events on one day. The merge looks only at the events
that share a name with a report (an index of each busy day's words), and that must find what
comparing a report with every event of its days finds."""

from __future__ import annotations

from datetime import datetime, timedelta

from store_helpers import JST, build, candidate, events

from timeline.config import Project
from timeline.model import Event

_SYLLABLES = ("ka", "lo", "mi", "ve", "da", "so", "tr", "bo", "nu", "ra")


def _name(i: int) -> str:
    """A made-up name for the i-th story: "Kakalo", "Kakami" ... (no two alike in the five
    letters the merge compares)."""
    return "".join(_SYLLABLES[int(d)] for d in f"{i:03d}").capitalize()


def _at(minutes: int) -> datetime:
    return datetime(2023, 3, 14, 6, 0, tzinfo=JST) + timedelta(minutes=minutes)


def _busy_day(count: int) -> dict[str, list[Event]]:
    """``count`` articles, each of its own happening on the same day, told with its own names."""
    out: dict[str, list[Event]] = {}
    for i in range(count):
        path = f"content/articles/day-{i:03d}.txt"
        quote = (f"{_name(i)} {_name(i + 300)} opened the {_name(i + 600)} library on "
                 "Tuesday, officials said.")
        out[path] = [candidate(path, quote, published=_at(i))]
    return out


def _bridge_reports() -> dict[str, list[Event]]:
    first = candidate("content/articles/r1.txt",
                      "Mayor Vik opened the Lundgate bridge over the Tessa river on Tuesday.",
                      published=_at(300))
    second = candidate("content/articles/r2.txt",
                       "Mayor Vik and engineer Sara Holm opened the Lundgate bridge on Tuesday.",
                       published=_at(301))
    # shares no name with the first report, only with the second
    third = candidate("content/articles/r3.txt",
                      "Sara Holm opened the bridge over the river on Tuesday, she said.",
                      published=_at(302))
    return {s.sources[0].path: [s] for s in (first, second, third)}


def test_a_report_among_hundreds_of_others_that_day_joins_its_happening(
        project: Project) -> None:
    busy = _busy_day(150)
    again = candidate("content/articles/again.txt",
                      f"{_name(57)} {_name(357)} opened the {_name(657)} library on Tuesday.",
                      published=_at(400))
    build(project, {**busy, "content/articles/again.txt": [again]})
    stored = events(project)
    assert len(stored) == 150
    joined = [e for e in stored if len(e.sources) == 2]
    assert len(joined) == 1
    assert {s.path for s in joined[0].sources} == {"content/articles/day-057.txt",
                                                    "content/articles/again.txt"}


def test_a_report_meets_an_event_by_the_names_an_earlier_report_of_it_added(
        project: Project) -> None:
    # the third report names only Sara Holm, whom the first report of the bridge does not
    # name: it meets the event through the second report, which joined it in the same build
    for noise in (0, 150):  # a quiet day, and a busy one (its events indexed by their words)
        build(project, {**_busy_day(noise), **_bridge_reports()})
        bridge = [e for e in events(project) if "Lundgate" in e.sources[0].quote
                  or "Sara Holm" in e.sources[0].quote]
        assert len(bridge) == 1, noise
        assert len(bridge[0].sources) == 3, noise
        for path in project.events_dir.rglob("*.yaml"):
            path.unlink()
