"""``build``: articles -> dates -> events -> store -> site.

``timeline serve`` runs the same stages (``read_articles``, ``extract_all``, ``merge``,
``plan_site``) but keeps their results in memory and redoes only what a change touches.

Everything is read and computed first; only then is anything written: the store's changed
shards, then the site. A template error or a store that cannot be loaded therefore leaves both
the store and the old site as they were. An article that cannot be read is reported and
skipped; what it contributed to the store before stays there untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from timeline.articles import ReadResult, read_articles, scan_articles
from timeline.config import Project
from timeline.dates import DateSettings, find_mentions
from timeline.errors import Problem, TimelineError
from timeline.extract import extract_events
from timeline.model import Article, Event
from timeline.render import render_site
from timeline.sitewriter import WriteReport, write_site
from timeline.store import MergeReport, Store, load_store, merge, save_store, store_lock

#: progress(stage, done, total): called as articles are read, so a front end can show a bar.
Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class BuildReport:
    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)  # visible events, in date order
    problems: list[Problem] = field(default_factory=list)  # skipped articles and why
    warnings: list[Problem] = field(default_factory=list)
    merge: MergeReport | None = None
    store_written: list[Path] = field(default_factory=list)
    site: WriteReport | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def build(project: Project, *, progress: Progress | None = None,
          site_dir: Path | None = None, base_url: str | None = None) -> BuildReport:
    """Run the whole chain and write the store and the site (``site_dir`` overrides where).

    ``base_url`` overrides the configured one for this build (feeds, canonical links): what
    ``timeline publish`` uses to build for the URL the site is published at.
    """
    if base_url is not None:
        project = replace(project, config=replace(project.config, base_url=base_url))
    report = BuildReport()
    read = _read(project, progress)
    report.articles = read.articles
    report.problems.extend(read.problems)
    report.warnings.extend(read.warnings)

    extracted, failed = extract_all(project, read.articles)
    report.problems.extend(failed)
    unreadable = {p.path for p in report.problems}
    articles = [a for a in read.articles if a.path not in unreadable]

    with store_lock(project):
        store = load_store(project)
        report.merge = merge(store, extracted, unreadable=unreadable)
        report.warnings.extend(Problem(project.relative(project.events_dir / rel), message)
                               for rel, message in report.merge.notices)
        report.events = visible_events(store)
        pages = render_site(project, report.events, articles)
        report.store_written = save_store(project, store)
    report.site = write_site(
        site_dir or project.site_dir, pages,
        protect=[project.root, project.articles_dir, project.events_dir, project.templates_dir],
    )
    return report


def extract_all(project: Project, articles: Iterable[Article]
                ) -> tuple[dict[str, list[Event]], list[Problem]]:
    """The candidate events of each article, by path, and the problems of those that failed."""
    extracted: dict[str, list[Event]] = {}
    problems: list[Problem] = []
    for article in articles:
        try:
            extracted[article.path] = events_of(project, article)
        except TimelineError as exc:
            problems.extend(exc.problems or [Problem(article.path, str(exc))])
    return extracted, problems


def events_of(project: Project, article: Article) -> list[Event]:
    """The candidate events one article reports."""
    settings = DateSettings.from_config(project.config)
    mentions = find_mentions(article.text, article.published, settings)
    return extract_events(article, mentions, project.config)


def visible_events(store: Store) -> list[Event]:
    return [e for e in store.events() if not e.hidden]


def _read(project: Project, progress: Progress | None) -> ReadResult:
    paths, unread = scan_articles(project)
    total = len(paths)
    done = 0

    def advance(_path: Path) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress("read", done, total)

    if progress is not None:
        progress("read", 0, total)
    result = read_articles(project, paths, on_read=advance)
    result.warnings[:0] = unread  # a page saved as .html is not read
    return result
