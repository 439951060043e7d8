"""The HTML pages of the site, each added to the plan with what it shows.

Home, a page per year (split by month, then into numbered pages, when a year is large), a page
per event, per tag, per source article, the tag and source indexes and the search page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from markupsafe import Markup, escape

from timeline.config import Project
from timeline.model import Article, Event, Source
from timeline.render import exports, parallel, search
from timeline.render.marks import article_body, locate
from timeline.render.plan import Page, SitePlan
from timeline.render.site import (
    HOME_LIMIT,
    INDEX_LIMIT,
    LIST_LIMIT,
    Site,
    SourceInfo,
    YearGroup,
    is_span,
)
from timeline.render.text import markdown, plain, shorten
from timeline.render.theme import Theme
from timeline.render.when import MONTHS, Stamp, label_of, published_label, stamps

T = TypeVar("T")
#: What an event in a list adds to a page's cost, an event page being 1 (for sharing the work).
COST_ITEM = 0.3
#: An event page shows this many neighbours on each side ("where this sits").
AROUND = 2

#: Stands for the way back to the site root in list items, which are rendered once for all pages.
ROOT_MARK = "\x1eroot\x1e"


#: What every page shows, of ``Renderer.site_info``: a change to any of it changes every page.
#: (The event count and the build date show on the home page only, which shows every event.)
SHARED = ("title", "description", "base_url", "language", "years")


def root_of(url: str) -> str:
    """The relative way back to the site root from a page: "" or "../../"."""
    return "../" * url.count("/")


def pretty(url: str) -> str:
    """The URL a server shows for a page: "events/x/" for "events/x/index.html"."""
    return url.removesuffix("index.html")


class Renderer:
    """Renders pages of one site with one theme; caches what many pages share."""

    def __init__(self, project: Project, site: Site) -> None:
        self.site = site
        self.theme = Theme(project.templates_dir, {"markdown": markdown, "plain": plain})
        self._md: dict[str, Markup] = {}
        self._items: dict[str, Markup] = {}
        self._rows: dict[str, Markup] = {}
        self._near: dict[tuple[str, str], Markup] = {}
        self._links: dict[str, Markup] = {}
        self._cards: dict[str, dict[str, Any]] = {}
        self._labels: dict[str, str] = {}
        self._stamps: dict[str, tuple[Stamp, Stamp | None, str]] = {}
        self._times: dict[str, Markup] = {}
        self._search: dict[str, bytes] | None = None
        self.theme.env.globals.update(
            event_url=self.event_url, tag_url=self.tag_url, source_url=self.source_url,
            year_url=self.year_url, when=self.when, time_html=self.time_html,
            summary=self.summary, month_name=month_name, item=self.item, items=self.items,
            quote_link=self.quote_link, plain=plain, shorten=shorten, site=self.site_info(),
            outlets_of=site.outlets_of, source_outlet=self.source_outlet, lane_count=lane_count,
            nearby=self.nearby, period_links=self.period_links,
        )

    def site_info(self) -> dict[str, Any]:
        config = self.site.config
        return {"title": config.title, "description": config.description,
                "base_url": config.base_url, "language": config.language,
                "stamp": self.site.stamp, "events": len(self.site.events),
                "years": sorted(self.site.years), "decades": decades(sorted(self.site.years))}

    # URLs, relative to the site root; templates put ``root`` in front.
    def event_url(self, event: Event) -> str:
        return f"events/{self.site.slug[event.id]}/index.html"

    def tag_url(self, tag: str) -> str:
        return f"tags/{self.site.tag_slug[tag]}/index.html"

    def source_url(self, path: str) -> str:
        return f"sources/{self.site.source_slug[path]}/index.html"

    def year_url(self, year: int) -> str:
        return f"years/{year:04d}/index.html"

    def summary(self, event: Event) -> Markup:
        html = self._md.get(event.id)
        if html is None:
            html = self._md[event.id] = markdown(event.summary)
        return html

    def when(self, event: Event) -> str:
        label = self._labels.get(event.id)
        if label is None:
            label = self._labels[event.id] = label_of(*self.stamps(event))
        return label

    def time_html(self, event: Event) -> Markup:
        """The date at its precision inside <time datetime> elements, one per end."""
        html = self._times.get(event.id)
        if html is None:
            html = self._times[event.id] = self._time_html(event)
        return html

    def stamps(self, event: Event) -> tuple[Stamp, Stamp | None, str]:
        found = self._stamps.get(event.id)
        if found is None:
            found = self._stamps[event.id] = stamps(event)
        return found

    def _time_html(self, event: Event) -> Markup:
        start, end, clock = self.stamps(event)
        if end is None:
            label = f"{start.label}, {clock}" if clock else start.label
            return Markup(f'<time datetime="{escape(start.attr)}">{escape(label)}</time>')
        label = self.when(event)
        head, sep, _tail = label.rpartition(end.label)
        if sep and not head.strip(" –"):
            return Markup(f'<time datetime="{escape(start.attr)}">{escape(label)}</time>')
        dash = " – " if " – " in head else "–"
        return Markup(f'<time datetime="{escape(start.attr)}">{escape(head.rstrip(" –"))}</time>'
                      f'{dash}<time datetime="{escape(end.attr)}">{escape(end.label)}</time>')

    def item(self, event: Event) -> Markup:
        """One event as a list item; rendered once, its links fixed up per page in ``page``."""
        html = self._items.get(event.id)
        if html is None:
            html = self._items[event.id] = Markup(self.theme.render("_item.html",
                                                                    self.card(event)))
        return html

    def card(self, event: Event) -> dict[str, Any]:
        """What _item.html and _row.html get: the event and what is worked out of it once."""
        card = self._cards.get(event.id)
        if card is None:
            slug = self.site.slug[event.id]
            card = self._cards[event.id] = {
                "event": event, "root": ROOT_MARK, "slug": slug,
                "url": f"events/{slug}/index.html", "outlets": self.site.outlets_of(event),
                "tags": [(tag, self.tag_url(tag)) for tag in event.tags],
                "lane": self.site.lane.get(event.id), "is_span": is_span(event),
                "when_html": self.time_html(event), "summary_html": self.summary(event)}
        return card

    def search_file(self, name: str) -> bytes:
        if self._search is None:
            self._search = search.index(self)
        return self._search[name]

    def prepare(self, ids: Sequence[str]) -> dict[str, tuple[Markup, Markup, Markup, Markup,
                                                             str]]:
        """The shared pieces of these events: list item, row, summary, <time>, date label."""
        by_id = {e.id: e for e in self.site.events}
        return {i: (self.item(by_id[i]), self.row(by_id[i]), self.summary(by_id[i]),
                    self.time_html(by_id[i]), self.when(by_id[i])) for i in ids}

    def warm(self, jobs: int) -> None:
        """Fill the caches every listing needs, with ``jobs`` processes."""
        ids = [e.id for e in self.site.events if e.id not in self._items]
        for i, pieces in parallel.run(ids, self.prepare, jobs).items():
            self._items[i], self._rows[i], self._md[i], self._times[i], self._labels[i] = pieces

    def row(self, event: Event) -> Markup:
        """One event as one line: date and title (``_row.html``), for compact listings."""
        html = self._rows.get(event.id)
        if html is None:
            html = self._rows[event.id] = Markup(self.theme.render("_row.html",
                                                                   self.card(event)))
        return html

    def nearby(self, events: Sequence[Event], current: Event) -> Markup:
        """Events as the lines of an event page's "where this sits": each date and linked title,
        ``current`` unlinked and marked as the page's own, the events just before and after it
        linked as the previous and next (rel="prev", rel="next"). Lines are made once."""
        parts = []
        at = next((i for i, e in enumerate(events) if e.id == current.id), -2)
        for i, event in enumerate(events):
            if i == at:  # (the page's own date is at its top: no <time> again here)
                parts.append(Markup(f'<li><small>{escape(self.when(event))}</small> '
                                    f'<b aria-current="page">{escape(event.title)}</b></li>\n'))
                continue
            rel = "prev" if i == at - 1 else "next" if i == at + 1 else ""
            line = self._near.get((event.id, rel))
            if line is None:
                label = {"prev": "Previous · ", "next": "Next · "}.get(rel, "")
                attr = f'rel="{rel}" ' if rel else ""
                line = self._near[event.id, rel] = Markup(
                    f'<li><small>{label}{escape(self.when(event))}</small> <a {attr}href="'
                    f'{ROOT_MARK}{self.event_url(event)}">{escape(event.title)}</a></li>\n')
            parts.append(line)
        return Markup("".join(parts))  # every part is markup already

    def period_links(self, periods: Sequence[Event]) -> Markup:
        """Periods as links, each with its dates in brackets, separated by commas."""
        parts = []
        for period in periods:
            link = self._links.get(period.id)
            if link is None:
                link = self._links[period.id] = Markup(
                    f'<a href="{ROOT_MARK}{self.event_url(period)}">{escape(period.title)}</a> '
                    f'<small>({escape(self.when(period))})</small>')
            parts.append(link)
        return Markup(", ".join(parts))  # every part is markup already

    def source_outlet(self, source: Source) -> str | None:
        """The publication or agency one source of an event came from."""
        info = self.site.sources.get(source.path)
        return info.outlet if info is not None and info.outlet else source.agency

    def quote_link(self, event: Event, source: Source) -> str:
        """The source page of a quote, at the marked quote when the article text holds it."""
        url = self.source_url(source.path)
        info = self.site.sources.get(source.path)
        if info is None or info.article is None:
            return url
        if locate(info.text, source.quote, source.offset) is None:
            return url
        return f"{url}#q-{self.site.slug[event.id]}"

    def items(self, events: Sequence[Event], compact: bool = False) -> Markup:
        """Several events as list items, full (``_item.html``) or compact (``_row.html``)."""
        one = self.row if compact else self.item
        return Markup("".join([one(e) for e in events]))  # each one is markup already

    def page(self, template: str, url: str, root: str | None = None, **context: Any) -> bytes:
        base = self.site.config.base_url
        # Escaped once here rather than at each of the many places a page writes it.
        safe_root = escape(root_of(url) if root is None else root)
        context.update(url=url, root=safe_root, canonical=base + pretty(url) if base else "")
        return self.theme.render(template, context).replace(ROOT_MARK, safe_root).encode("utf-8")


def decades(years: Sequence[int]) -> list[tuple[int, list[int]]]:
    """Years by decade, for navigation when there are many: [(1990, [1991, 1995]), ...]."""
    out: list[tuple[int, list[int]]] = []
    for year in years:
        if not out or out[-1][0] != year // 10 * 10:
            out.append((year // 10 * 10, []))
        out[-1][1].append(year)
    return out


def lane_count(groups: Sequence[YearGroup]) -> int:
    """How many period lanes the timeline of ``groups`` draws (the width to leave for them)."""
    return max([len(y.lanes) for y in groups] +
               [len(m.lanes) for y in groups for m in y.months], default=0)


def month_name(month: int) -> str:
    return MONTHS[month - 1]


def paged(url: str, items: Sequence[T], size: int) -> list[tuple[str, Sequence[T], dict[str, Any]]]:
    """``items`` split into pages of at most ``size``: url, ``index.html`` then
    ``page-2/index.html``..., each with its part and the pager the templates show."""
    parts = [items[i:i + size] for i in range(0, len(items), size)] or [items]
    base = url.removesuffix("index.html")
    urls = [url] + [f"{base}page-{n}/index.html" for n in range(2, len(parts) + 1)]
    return [(page_url, part, {"number": n, "count": len(parts), "total": len(items),
                              "previous": urls[n - 2] if n > 1 else None,
                              "next": urls[n] if n < len(parts) else None, "urls": urls})
            for n, (part, page_url) in enumerate(zip(parts, urls, strict=True), start=1)]


def add_pages(plan: SitePlan, project: Project, events: Sequence[Event],
              articles: Sequence[Article]) -> None:
    site = Site(project, events, articles)
    r = Renderer(project, site)
    plan.warm = r.warm
    about = r.site_info()
    plan.shared = {key: about[key] for key in SHARED}

    def add(url: str, build: Callable[[], bytes], shown: Sequence[Event] = (),
            articles: frozenset[str] = frozenset(), every: bool = False,
            cost: float = 1.0) -> None:
        plan.add(Page(url, build, shown, articles, every, cost))

    n = len(site.events)
    running: dict[date, list[Event]] = {}  # periods running on a day, longest first
    add("index.html", lambda: _home(r), every=True, cost=2 + HOME_LIMIT * COST_ITEM)
    for year in site.years:
        _add_year(r, add, year)
    for event in site.events:
        url = plan.event_urls[event.id] = r.event_url(event)
        before, after = site.neighbours(event)
        around, during = site.around(event, AROUND), _during(site, event, running)
        add(url, _bind(_event_page, r, url, event, before, after, around, during),
            [*around, *during], frozenset(s.path for s in event.sources))
    add("tags/index.html", lambda: r.page("tags.html", "tags/index.html", tags=site.tags),
        every=True)
    for tag, tagged in site.tags.items():
        _add_listing(r, add, r.tag_url(tag), tagged, "tag.html", tag=tag, compact=True)
    newest_first = list(reversed(site.sources.values()))
    for url, part, pager in paged("sources/index.html", newest_first, INDEX_LIMIT):
        add(url, _bind(r.page, "sources.html", url, sources=part, outlets=site.outlets,
                       pager=pager), every=True)
    for path, info in site.sources.items():
        url = r.source_url(path)
        add(url, _bind(_source_page, r, url, info), info.events, frozenset({path}),
            cost=1.2 + len(info.events) * COST_ITEM)
    add("search/index.html", lambda: r.page("search.html", "search/index.html"), every=True)
    # Hosts serve 404.html for a missing path at any depth: links from base_url when known.
    add("404.html", lambda: r.page("404.html", "404.html", root=site.config.base_url or ""))
    names = search.files(n)
    for name in names:  # the whole index is made for the first file asked for
        add(name, _bind(r.search_file, name), every=True, cost=0.4 * n / len(names))
    for name in exports.FILES:
        add(name, _bind(exports.build, r, name), every=True, cost=exports.COST[name] * n)
    for name, data in r.theme.static_files().items():
        add(name, _bind(bytes, data), cost=0)


def _bind(func: Callable[..., bytes], *args: Any, **kwargs: Any) -> Callable[[], bytes]:
    return lambda: func(*args, **kwargs)


def _home(r: Renderer) -> bytes:
    events = r.site.events
    latest = events[-HOME_LIMIT:] if len(events) > HOME_LIMIT else events
    counts = {year: len(r.site.years[year]) for year in sorted(r.site.years)}
    return r.page("index.html", "index.html", groups=r.site.group(latest), compact=False,
                  complete=len(latest) == len(events), shown=len(latest), counts=counts,
                  periods=_longest(r.site.periods), all_periods=len(r.site.periods),
                  tags=_top_tags(r.site.tags),
                  filter_tags=_tags_of(latest), filter_outlets=_outlets_of(r, latest))


def _longest(periods: Sequence[Event], limit: int = 20) -> list[Event]:
    """The longest periods, in date order."""
    kept = sorted(periods, key=lambda p: (p.first - p.last, p.sort_key()))[:limit]
    return sorted(kept, key=Event.sort_key)


def _top_tags(tags: dict[str, list[Event]], limit: int = 30) -> list[tuple[str, int]]:
    ranked = sorted(tags.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
    return sorted(((tag, len(events)) for tag, events in ranked), key=lambda kv: kv[0])


def _tags_of(events: Sequence[Event]) -> list[str]:
    return sorted({tag for e in events for tag in e.tags})


def _outlets_of(r: Renderer, events: Sequence[Event]) -> list[str]:
    return sorted({name for e in events for name in r.site.outlets_of(e)})


Add = Callable[..., None]


def _add_year(r: Renderer, add: Add, year: int) -> None:
    events = r.site.years[year]
    url = r.year_url(year)
    if len(events) <= LIST_LIMIT:
        _add_listing(r, add, url, events, "year.html", year=year, months=[], compact=False)
        return
    months: dict[int, list[Event]] = {}
    undated: list[Event] = []
    for event in events:
        if event.precision in ("day", "time", "month", "week"):
            months.setdefault(event.first.month, []).append(event)
        else:
            undated.append(event)
    month_links = [(m, f"years/{year:04d}/{m:02d}/index.html", len(months[m])) for m in months]
    _add_listing(r, add, url, undated, "year.html", year=year, months=month_links,
                 shown_extra=events, compact=False)
    for month, in_month in months.items():
        _add_listing(r, add, f"years/{year:04d}/{month:02d}/index.html", in_month,
                     "year.html", year=year, month=month, months=month_links, compact=False)


def _add_listing(r: Renderer, add: Add, url: str, events: Sequence[Event], template: str,
                 shown_extra: Sequence[Event] = (), **context: Any) -> None:
    """A list of events at ``url``, split into numbered pages of at most LIST_LIMIT."""
    for page_url, part, pager in paged(url, events, LIST_LIMIT):
        build = _bind(_listing, r, template, page_url, part, pager, context)
        add(page_url, build, [*part, *shown_extra], cost=1 + len(part) * COST_ITEM)


def _listing(r: Renderer, template: str, url: str, events: Sequence[Event],
             pager: dict[str, Any], context: dict[str, Any]) -> bytes:
    own = context.get("compact", False)  # tag pages: their own periods only
    return r.page(template, url, groups=r.site.group(events, own), events=events, pager=pager,
                  filter_tags=_tags_of(events), filter_outlets=_outlets_of(r, events),
                  **context)


def _during(site: Site, event: Event, running: dict[date, list[Event]],
            limit: int = 2) -> list[Event]:
    """The longest periods running on the day an event began (not the event itself)."""
    found = running.get(event.first)
    if found is None:  # one more than shown, in case the event is one of them
        found = running[event.first] = sorted(site.ongoing(event.first, event.first),
                                              key=lambda p: p.first - p.last)[:limit + 1]
    return sorted([p for p in found if p.id != event.id][:limit], key=Event.sort_key)


def _event_page(r: Renderer, url: str, event: Event, previous: Event | None,
                next: Event | None, around: Sequence[Event], during: Sequence[Event]) -> bytes:
    card = r.card(event)
    sources = [(s, r.quote_link(event, s), published_label(s.published))
               for s in event.sources]
    # A summary that only repeats a quote shown below it is left out.
    quotes = {" ".join(s.quote.split()) for s in event.sources}
    repeats = " ".join(event.summary.split()) in quotes
    return r.page("event.html", url, event=event, previous=previous, next=next,
                  slug=card["slug"], tags=card["tags"], when_html=card["when_html"],
                  summary_html="" if repeats else card["summary_html"], sources=sources,
                  is_span=card["is_span"], around=around, during=during)


def _source_page(r: Renderer, url: str, info: SourceInfo) -> bytes:
    body = article_body(info, r.event_url, r.when) if info.article is not None else None
    return r.page("source.html", url, source=info, body=body, events=info.events)

