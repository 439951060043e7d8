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


@dataclass(frozen=True, slots=True)
class Page:
    """One file of the site: its URL, how to make its bytes, and what it depends on."""

    url: str
    build: Callable[[], bytes]
    events: frozenset[str] = frozenset()  # ids of the events it shows (or links to by title)
    articles: frozenset[str] = frozenset()  # paths of the articles it shows
    every_event: bool = False  # shows (or counts) every event: home, feeds, exports, search


@dataclass(slots=True)
class SitePlan:
    pages: dict[str, Page] = field(default_factory=dict)
    #: What every page shows (site title, event count, build date, years): when it differs
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
        if jobs > 1 and len(wanted) >= parallel.MIN_PAGES and self.warm is not None:
            self.warm(jobs)
        done = parallel.run(wanted, self._build, jobs, _shared_work)
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
    from it are deleted. Theme or timeline.yaml changes mean every page: render ``new`` whole.
    """
    events, articles = set(events), set(articles)
    redo = (old.affected(events, articles) | new.affected(events, articles)) & new.pages.keys()
    redo |= new.pages.keys() - old.pages.keys()
    return redo, old.pages.keys() - new.pages.keys()


def plan_site(project: Project, events: Sequence[Event], articles: Sequence[Article],
              *, serving: bool = False) -> SitePlan:
    """Decide every page of the site; nothing is rendered until ``SitePlan.render``."""
    from timeline.render.pages import add_pages

    plan = SitePlan()
    add_pages(plan, project, events, articles, serving=serving)
    return plan
