"""The site as data: events in order, their slugs, years, tags, sources and period lanes.

Built once per render from the events and articles; pages read from it and never change it.
"""

from __future__ import annotations

import calendar
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from timeline.config import Project
from timeline.model import Article, Event, Source
from timeline.render.text import safe_id, slugify, unique_slugs

#: At most this many events on one listing page; more are split by month, then into pages.
LIST_LIMIT = 500
#: At most this many articles on one page of the list of sources.
INDEX_LIMIT = 1000
#: The home page lists every event up to this many, else the latest ones and the years.
HOME_LIMIT = 200
#: Period lanes drawn beside the timeline; more periods are listed but not drawn.
LANES = 6
#: A year names at most this many of the periods still running in it.
ONGOING_LIMIT = 5


@dataclass(slots=True)
class SourceInfo:
    """One source article: what the site knows of it from the articles read and the events."""

    path: str
    slug: str
    title: str
    published: datetime | None
    url: str | None
    outlet: str | None
    article: Article | None
    events: list[Event] = field(default_factory=list)
    text: str = ""  # the article's body text
    author: str | None = None  # the byline's name


@dataclass(slots=True)
class DayGroup:
    day: date
    events: list[Event]
    week: bool = False  # events known to the week starting on ``day``


@dataclass(slots=True)
class MonthGroup:
    year: int
    month: int
    events: list[Event]  # month-level events (precision month)
    days: list[DayGroup]  # days, and weeks in their place among them
    lanes: list[Event | None]


@dataclass(slots=True)
class YearGroup:
    year: int
    events: list[Event]  # events known only to the year (or coarser)
    months: list[MonthGroup]
    lanes: list[Event | None]
    ongoing: list[Event]  # periods that began before this year and still run in it (some)
    more: int = 0  # how many more such periods there are


def build_stamp(events: Sequence[Event]) -> datetime:
    """The build's date: SOURCE_DATE_EPOCH when set, else the latest source's publication."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    published = [s.published.astimezone(UTC) for e in events for s in e.sources]
    if published:
        return max(published)
    return datetime(1970, 1, 1, tzinfo=UTC)


def outlet_of(source: Source, article: Article | None) -> str | None:
    """The publication or agency a source came from: "Reuters", "example.com"."""
    if article is not None and article.source:
        return article.source
    if source.agency:
        return source.agency
    if article is not None and article.agency:
        return article.agency
    if source.url:
        host = urlsplit(source.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


class Site:
    """Everything pages need to know about the whole site, computed once."""

    def __init__(self, project: Project, events: Sequence[Event],
                 articles: Sequence[Article]) -> None:
        self.project = project
        self.config = project.config
        self.events: list[Event] = sorted((e for e in events if not e.hidden),
                                          key=Event.sort_key)
        self.position = {e.id: i for i, e in enumerate(self.events)}
        self.slug = _event_slugs(self.events)
        self.stamp = build_stamp(self.events)
        self.years: dict[int, list[Event]] = defaultdict(list)
        for event in self.events:
            self.years[event.first.year].append(event)
        self.tags: dict[str, list[Event]] = defaultdict(list)
        for event in self.events:
            for tag in dict.fromkeys(event.tags):
                self.tags[tag].append(event)
        self.tag_slug = unique_slugs(self.tags)
        self.sources = self._sources(articles)
        self.source_slug = {path: info.slug for path, info in self.sources.items()}
        self._outlets = {e.id: self._outlets_of(e) for e in self.events}
        self.outlets: dict[str, list[Event]] = defaultdict(list)
        for event in self.events:
            for name in dict.fromkeys(self.outlets_of(event)):
                self.outlets[name].append(event)
        self.periods = [e for e in self.events if is_span(e)]
        self.lane = _lanes(self.periods)
        #: year -> the periods overlapping it, in order; what groups look up instead of scanning,
        #: all of them (named as still running) and those drawn in a lane.
        self.period_years: dict[int, list[Event]] = defaultdict(list)
        self.drawn_years: dict[int, list[Event]] = defaultdict(list)
        for period in self.periods:
            for year in range(period.first.year, period.last.year + 1):
                self.period_years[year].append(period)
                if period.id in self.lane:
                    self.drawn_years[year].append(period)

    def _sources(self, articles: Sequence[Article]) -> dict[str, SourceInfo]:
        by_path = {a.path: a for a in articles}
        infos: dict[str, SourceInfo] = {}
        for article in articles:
            infos[article.path] = SourceInfo(article.path, "", article.title, article.published,
                                             article.url, None, article, [], article.text,
                                             article.author)
        for event in self.events:
            for source in event.sources:
                info = infos.get(source.path)
                if info is None:
                    info = infos[source.path] = SourceInfo(
                        source.path, "", source.title, source.published, source.url, None,
                        None, [])
                if not info.events or info.events[-1] is not event:
                    info.events.append(event)
                if info.outlet is None:
                    info.outlet = outlet_of(source, by_path.get(source.path))
                if info.author is None:
                    info.author = source.author
        for info in infos.values():
            if info.outlet is None and info.article is not None:
                info.outlet = info.article.source or info.article.agency
        stems = {path: slugify(path.rsplit("/", 1)[-1].rsplit(".", 1)[0], "article")
                 for path in infos}
        for path, slug in unique_slugs(infos, stems).items():
            infos[path].slug = slug
        return dict(sorted(infos.items(), key=lambda kv: _source_order(kv[1])))

    def outlets_of(self, event: Event) -> list[str]:
        """The publications that reported an event, one per source."""
        found = self._outlets.get(event.id)
        return found if found is not None else self._outlets_of(event)

    def _outlets_of(self, event: Event) -> list[str]:
        names = []
        for source in event.sources:
            info = self.sources.get(source.path)
            name = info.outlet if info is not None else outlet_of(source, None)
            if name:
                names.append(name)
        return names

    def neighbours(self, event: Event) -> tuple[Event | None, Event | None]:
        i = self.position[event.id]
        before = self.events[i - 1] if i > 0 else None
        after = self.events[i + 1] if i + 1 < len(self.events) else None
        return before, after

    def around(self, event: Event, n: int = 2) -> list[Event]:
        """The event with up to ``n`` events on each side of it, in date order."""
        i = self.position[event.id]
        return self.events[max(0, i - n):i + n + 1]

    def ongoing(self, first: date, last: date, among: set[str] | None = None) -> list[Event]:
        """Periods overlapping first..last (inclusive, within one year), of ``among`` if given."""
        return [p for p in self.period_years.get(first.year, ())
                if p.first <= last and p.last >= first and (among is None or p.id in among)]

    def lanes(self, first: date, last: date, whole: bool = False,
              among: set[str] | None = None) -> list[Event | None]:
        """The period drawn in each lane over first..last (only those covering all of it when
        ``whole``), None where a lane is free."""
        drawn: list[Event | None] = [None] * LANES
        for period in self.drawn_years.get(first.year, ()):
            if period.first > last or period.last < first or (
                    among is not None and period.id not in among):
                continue
            if whole and (period.first > first or period.last < last):
                continue
            drawn[self.lane[period.id]] = period
        while drawn and drawn[-1] is None:
            drawn.pop()
        return drawn

    def group(self, events: Sequence[Event], own_periods: bool = False) -> list[YearGroup]:
        """Events (already in order) grouped year -> month -> day, as the timeline shows them,
        beside the site's periods (only those among ``events`` when ``own_periods``)."""
        among = {e.id for e in events if is_span(e)} if own_periods else None
        years: list[YearGroup] = []
        for event in events:
            year = event.first.year
            if not years or years[-1].year != year:
                first, last = date(year, 1, 1), date(year, 12, 31)
                # A year draws the periods covering all of it; its months draw the others.
                earlier = [p for p in self.ongoing(first, last, among) if p.first < first]
                years.append(YearGroup(year, [], [], self.lanes(first, last, True, among),
                                       earlier[:ONGOING_LIMIT],
                                       len(earlier) - min(len(earlier), ONGOING_LIMIT)))
            group = years[-1]
            if event.precision not in ("day", "time", "month", "week"):
                group.events.append(event)
                continue
            month = event.first.month
            if not group.months or group.months[-1].month != month:
                first = date(year, month, 1)
                last = date(year, month, calendar.monthrange(year, month)[1])
                # The periods the year draws already run the whole height of its months.
                drawn = {p.id for p in group.lanes if p is not None}
                lanes = [None if p is None or p.id in drawn else p
                         for p in self.lanes(first, last, among=among)]
                while lanes and lanes[-1] is None:
                    lanes.pop()
                group.months.append(MonthGroup(year, month, [], [], lanes))
            month_group = group.months[-1]
            if event.precision == "month":
                month_group.events.append(event)
                continue
            week = event.precision == "week"
            days = month_group.days
            if not days or days[-1].day != event.first or days[-1].week != week:
                days.append(DayGroup(event.first, [], week))
            month_group.days[-1].events.append(event)
        return years


def is_span(event: Event) -> bool:
    """A period drawn across the groups it covers: kind period, or a range of values."""
    return event.is_period or (event.value_end is not None and event.last > event.first)


def _source_order(info: SourceInfo) -> tuple[str, str]:
    when = info.published.astimezone(UTC).isoformat() if info.published else ""
    return when, info.path


def _event_slugs(events: Sequence[Event]) -> dict[str, str]:
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for event in sorted(events, key=lambda e: e.id):
        base = safe_id(event.id)
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        slugs[event.id] = slug
    return slugs


def _lanes(periods: Sequence[Event]) -> dict[str, int]:
    """Give each period the lowest lane free over its whole span (in order of start)."""
    ends: list[date | None] = [None] * LANES
    lane_of: dict[str, int] = {}
    for period in periods:
        for lane, end in enumerate(ends):
            if end is None or end < period.first:
                ends[lane] = period.last
                lane_of[period.id] = lane
                break
    return lane_of
