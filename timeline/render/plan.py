"""The plan of a site: every URL, what it shows, and how to render it alone.

``plan_site`` decides the pages without rendering any; ``SitePlan.render`` renders all of them or
only some, so ``timeline serve`` can redo just the pages a change touches
(``SitePlan.affected``, ``changed_pages``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from timeline.config import Project
from timeline.model import Article, Event
from timeline.render import parallel


class Page:
    """One file of the site: its URL, how to make its bytes, and what it depends on."""

    __slots__ = ("_events", "_shown", "articles", "build", "cost", "every_event", "url")

    def __init__(self, url: str, build: Callable[[], bytes], shown: Sequence[Event] = (),
                 articles: frozenset[str] = frozenset(), every_event: bool = False,
                 cost: float = 1.0) -> None:
        self.url = url
        self.build = build
        self.cost = cost  # about how long it takes to render, an event page being 1
        self._shown = shown  # the events it shows (or links to by title)
        self._events: frozenset[str] | None = None
        self.articles = articles  # paths of the articles it shows
        self.every_event = every_event  # shows every event: home, feeds, exports, search

    @property
    def events(self) -> frozenset[str]:
        """Ids of the events the page shows (worked out when first asked: only serve asks)."""
        if self._events is None:
            self._events = frozenset(e.id for e in self._shown)
        return self._events


@dataclass(slots=True)
class SitePlan:
    pages: dict[str, Page] = field(default_factory=dict)
    #: What every page shows (site title, description, the list of years): when it differs
    #: between two plans, every page differs.
    shared: dict[str, Any] = field(default_factory=dict)
    #: The URL of each event's own page, by event id.
    event_urls: dict[str, str] = field(default_factory=dict)
    #: Fills the caches many pages share (list items, Markdown) using ``jobs`` processes.
    warm: Callable[[int], None] | None = None

    def add(self, page: Page) -> None:
        if page.url in self.pages:
            raise ValueError(f"two pages at {page.url}")
        self.pages[page.url] = page

    def render(self, urls: Iterable[str] | None = None, *, jobs: int = 1) -> dict[str, bytes]:
        """The bytes of the pages named (every page when ``urls`` is None), in URL order,
        rendered by ``jobs`` processes when there are enough pages to gain from it."""
        wanted = sorted(self.pages) if urls is None else sorted(set(urls))
        with parallel.no_gc():
            if jobs > 1 and len(wanted) >= parallel.MIN_PAGES and self.warm is not None:
                self.warm(jobs)
            done = parallel.run(wanted, self._build, jobs, _shared_work,
                                lambda url: self.pages[url].cost)
        return {url: done[url] for url in wanted}

    def _build(self, urls: Sequence[str]) -> dict[str, bytes]:
        return {url: self.pages[url].build() for url in urls}

    def affected(self, events: Iterable[str] = (), articles: Iterable[str] = ()) -> set[str]:
        """URLs of the pages that show any of these events or articles."""
        event_ids, paths = set(events), set(articles)
        if not event_ids and not paths:
            return set()
        return {
            url for url, page in self.pages.items()
            if (event_ids and (page.every_event or page.events & event_ids))
            or page.articles & paths
        }


def _shared_work(url: str) -> str | None:
    """Pages made from one computation, best rendered by the same worker: the search index."""
    return "search" if url.startswith("search/") and url.endswith(".js") else None


def changed_events(old: Sequence[Event], new: Sequence[Event]) -> set[str]:
    """Ids of events added, removed or changed in any field between two lists."""
    before = {e.id: e.to_json() for e in old}
    after = {e.id: e.to_json() for e in new}
    return {i for i in before.keys() | after.keys() if before.get(i) != after.get(i)}


def changed_articles(old: Sequence[Article], new: Sequence[Article]) -> set[str]:
    before = {a.path: a for a in old}
    after = {a.path: a for a in new}
    return {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}


def changed_pages(old: SitePlan, new: SitePlan, events: Iterable[str] = (),
                  articles: Iterable[str] = ()) -> tuple[set[str], set[str]]:
    """(URLs to render from ``new``, URLs to delete) after the given events/articles changed.

    A page is redone when it shows a changed event or article in either plan (an event that moved
    leaves one year page and enters another); pages new in ``new`` are rendered and pages gone
    from it are deleted; when what every page shows differs (``shared``), every page is redone.
    Theme or timeline.yaml changes mean every page too: render ``new`` whole.
    """
    gone = old.pages.keys() - new.pages.keys()
    if old.shared != new.shared:
        return set(new.pages), gone
    events, articles = set(events), set(articles)
    redo = (old.affected(events, articles) | new.affected(events, articles)) & new.pages.keys()
    redo |= new.pages.keys() - old.pages.keys()
    return redo, gone


def plan_site(project: Project, events: Sequence[Event],
              articles: Sequence[Article]) -> SitePlan:
    """Decide every page of the site; nothing is rendered until ``SitePlan.render``."""
    from timeline.render.pages import add_pages

    plan = SitePlan()
    with parallel.no_gc():
        add_pages(plan, project, events, articles)
    return plan
