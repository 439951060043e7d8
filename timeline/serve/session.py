"""What ``timeline serve`` keeps in memory between rebuilds, and the incremental rebuild.

The session holds the last good state: the project, every article read with its digest and its
candidate events, the event store, the plan of the site and the pages rendered so far. A batch
of changed files is turned into a new state by the stages ``build`` runs (read, extract, merge,
plan, render) but only for what the batch touches: the articles whose bytes changed are read and
extracted again, the merge is handed those articles and the ones whose events they share
(``merge_changed``), and only the pages that show a changed event or article are marked stale.
Pages are rendered when they are asked for; the ones open in a browser and, after a theme or
configuration change, one page of each kind are rendered at once, before the store is written,
so a template error leaves the store as it was. A failed rebuild commits nothing: the last good
site is still served, the problem is shown, and the next change retries.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from threading import Lock, RLock

from timeline.build import visible_events
from timeline.config import CONFIG_FILE, Project
from timeline.errors import ConfigError, Problem, RenderError, TimelineError
from timeline.model import Event
from timeline.render import SitePlan, changed_events, changed_pages, plan_site
from timeline.serve.changes import Changes, Shard, classify, file_digest
from timeline.serve.incremental import SourceIndex, merge_changed
from timeline.serve.inputs import Inputs
from timeline.store import (
    MergeReport,
    Store,
    load_store,
    merge,
    save_store,
    shard_files,
    store_lock,
)


@dataclass(slots=True)
class Outcome:
    """What one rebuild did, for the browsers and the console."""

    rebuilt: bool = False  # False: the files changed nothing (a touch, the build's own write)
    ok: bool = True  # False: the rebuild failed and nothing was committed
    stale: set[str] = field(default_factory=set)  # pages that may now look different
    everything: bool = False  # every page (theme or configuration changed)
    anchors: list[str] = field(default_factory=list)  # slugs of the events that changed
    problems: list[Problem] = field(default_factory=list)  # what is wrong now
    summary: str = ""
    seconds: float = 0.0  # until the browsers could be told (the store is written after)
    cpu: float = 0.0  # processor time of those seconds, which other processes cannot inflate
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage


#: At most this many changed events are named to the browser to jump to.
MAX_ANCHORS = 20


class Session:
    """The incremental build behind ``timeline serve``; thread-safe through ``lock``."""

    def __init__(self, project: Project, *, extra: Iterable[Path] = ()) -> None:
        self.extra = [Path(p).resolve() for p in extra]
        self.lock = RLock()  # the state: held by a rebuild until its new site is in place
        self._serial = Lock()  # one rebuild at a time, its store writes included
        self.generation = 0  # rebuilds committed
        #: Called with the current problems when rendering a page on request fails.
        self.on_problems: Callable[[list[Problem]], None] | None = None
        self._state = Inputs(project)
        self._store: Store | None = None  # None: load it from disk before the next merge
        self._index: SourceIndex | None = None  # the store's events by article, in step
        self._shards: dict[Path, Shard] = {}  # store files as last read or written
        self._plan: SitePlan | None = None
        self._retired: SitePlan | None = None  # the plan before, freed after the reload
        self._events: list[Event] = []
        self._bytes: dict[str, bytes] = {}  # last good bytes of each page rendered
        self._version: dict[str, int] = {}  # how many times each page's bytes changed
        self._stale: set[str] = set()
        #: Between a rebuild and ``_settle``: the pages rendered since (every other counts as
        #: stale); None when settled.
        self._fresh: set[str] | None = None
        self._failure: list[Problem] = []  # why the last rebuild failed
        self._late: list[Problem] = []  # template errors met rendering a page on request
        self._pending: tuple[set[Path], set[Path]] = (set(), set())

    @property
    def project(self) -> Project:
        return self._state.project

    @property
    def problems(self) -> list[Problem]:
        """Everything wrong now: a failed rebuild, articles that cannot be read, templates."""
        with self.lock:
            broken = [p for rel in sorted(self._state.broken) for p in self._state.broken[rel]]
            return [*self._failure, *self._late, *broken]

    def start(self) -> Outcome:
        """The first build: read everything, merge, write the store, plan the site."""
        return self.update(full=True)

    def update(self, paths: Iterable[Path] = (), folders: Iterable[Path] = (), *,
               viewed: Collection[str] = (), full: bool = False,
               announce: Callable[[Outcome], None] | None = None) -> Outcome:
        """Rebuild after events on the files ``paths`` and folders ``folders``.

        ``viewed`` are the pages open in browsers: they are rendered before the rebuild counts
        as done. ``announce`` is called with the outcome once the new site is in place and
        before the store is written (writing it is not needed to show the change).
        """
        with self._serial:
            return self._update(set(paths), set(folders), viewed, full, announce)

    def _update(self, paths: set[Path], folders: set[Path], viewed: Collection[str], full: bool,
                announce: Callable[[Outcome], None] | None) -> Outcome:
        started, cpu = time.perf_counter(), time.thread_time()
        with self.lock:
            files = paths | self._pending[0]
            dirs = folders | self._pending[1]
            full = full or bool(self._failure) or self._plan is None
            settle: _Settle | None = None
            try:
                outcome, store, settle = self._rebuild(files, dirs, viewed, full)
            except (TimelineError, OSError) as exc:
                self._pending = (files, dirs)
                self._failure = _problems_of(exc, self.project)
                outcome = Outcome(rebuilt=True, ok=False,
                                  summary=str(exc).split("\n")[0].rstrip(":"))
                store = None
            else:
                self._pending = (set(), set())
                self._failure = []
                if outcome.rebuilt:
                    self._late = []
            outcome.problems = self.problems
            outcome.seconds = time.perf_counter() - started
            outcome.cpu = time.thread_time() - cpu
            project = self.project
        if announce is not None:
            announce(outcome)
        if settle is not None:
            self._settle(outcome, settle)
        self._retired = None  # the previous plan, let go only now that the browsers know
        if store is not None:
            self._write(project, store)
        return outcome

    def _settle(self, outcome: Outcome, settle: _Settle) -> None:
        """Work out which pages the rebuild made stale, now that the browsers were told (the
        ones open in them were worked out first). Until now every page counted as stale."""
        old, moved, touched = settle
        with self.lock:
            plan = self._plan
            assert plan is not None
            redo, delete = changed_pages(old, plan, moved, touched)
            outcome.stale = redo | delete
            self._stale |= (redo - (self._fresh or set())) & plan.pages.keys()
            self._fresh = None
            outcome.summary = outcome.summary.replace(
                "some page(s)", f"{len(outcome.stale)} page(s)")

    def _write(self, project: Project, store: Store) -> None:
        """Write the store's changed files, as ``build`` would, and remember their bytes, so
        the events the writes cause are known for the build's own. A file a person changed
        since it was read is never overwritten: the write is dropped and the next rebuild loads
        the store again, with the person's edit."""
        try:
            with store_lock(project):
                edited = [path for path, known in self._shards.items() if known.moved(path)]
                if edited:
                    with self.lock:
                        self._store = None
                        self._pending[0].update(edited)
                    return
                written = save_store(project, store)
        except (TimelineError, OSError) as exc:
            with self.lock:
                self._store = None  # reload it: what is on disk is not what is in memory
                problem = Problem(project.relative(project.events_dir),
                                  f"cannot write the event store: {exc}")
                self._failure = [problem]
            if self.on_problems is not None:
                self.on_problems(self.problems)
            return
        with self.lock:
            for path in written:
                found = Shard.read(path)
                if found is None:
                    self._shards.pop(path, None)
                else:
                    self._shards[path] = found

    # --- pages -----------------------------------------------------------------------------

    @property
    def has_plan(self) -> bool:
        """Whether a site was ever built (else every page shows what keeps it from building)."""
        with self.lock:
            return self._plan is not None

    def has_page(self, url: str) -> bool:
        with self.lock:
            return self._plan is not None and url in self._plan.pages

    def page(self, url: str) -> tuple[bytes, int] | None:
        """The bytes of a page and their version, rendered now if stale; None when the site
        has no such page. A template error gives the last good bytes, or raises RenderError."""
        with self.lock:
            plan = self._plan
            if plan is None or url not in plan.pages:
                return None
            unsettled = self._fresh is not None and url not in self._fresh
            if unsettled or url in self._stale or url not in self._bytes:
                try:
                    self._keep(url, plan.pages[url].build())
                except RenderError as exc:
                    self._late = list(exc.problems) or [Problem(url, str(exc))]
                    if self.on_problems is not None:
                        self.on_problems(self.problems)
                    if url not in self._bytes:
                        raise
            return self._bytes[url], self._version[url]

    def _keep(self, url: str, data: bytes) -> None:
        if self._bytes.get(url) != data:
            self._bytes[url] = data
            self._version[url] = self._version.get(url, 0) + 1
        self._stale.discard(url)
        if self._fresh is not None:
            self._fresh.add(url)

    # --- the rebuild -----------------------------------------------------------------------

    def _rebuild(self, files: set[Path], dirs: set[Path], viewed: Collection[str],
                 full: bool) -> tuple[Outcome, Store | None, _Settle | None]:
        """The new site in memory, the store to write (None: nothing to write) and what
        ``_settle`` needs to find the stale pages (None: they are known)."""
        clock = _Clock()
        old = self._state
        changes = classify(old.project, files, dirs, self.extra)
        if not full and not changes:
            return Outcome(), None, None
        state = old.copy()
        config_changed = state.read_config(changes, full)
        theme_changed = state.read_theme(changes, full or config_changed, self._plan is None)
        changed, gone = state.read_articles(changes, full, reread=config_changed)
        edited = self._store_edited(state.project, changes)
        hand_edited = bool(edited) and not full
        if not (config_changed or theme_changed or changed or gone or hand_edited
                or changes.extra or full):
            self._state = state  # only digests moved (a touch, a save without changes)
            return Outcome(), None, None

        clock.lap("read")
        project = state.project
        report: MergeReport | None = None
        shards: dict[Path, Shard] | None = None
        store = self._store
        if store is None or hand_edited or config_changed or full:
            self._store = None
            with store_lock(project):
                shards = Shard.scan(project)  # before loading: an edit in between is seen
                store = load_store(project)
            store.detach_cache()  # the cache would be rewritten whole at every save
            report = merge(store, state.candidates, unreadable=set(state.broken))
            self._index = SourceIndex(store)
        elif gone or any(rel in state.candidates for rel in changed):
            self._store = None  # merge changes it in place: reload it if this rebuild fails
            readable = [rel for rel in changed if rel in state.candidates]
            report = merge_changed(store, state.candidates, changed=readable, gone=gone,
                                   unreadable=set(state.broken), index=self._index)
        clock.lap("merge")
        events = visible_events(store)
        articles = [state.articles[rel] for rel in sorted(state.articles)]
        plan = plan_site(project, events, articles)
        clock.lap("plan")
        # after a failure the old events may have been changed in place: redo every page
        probe = full or config_changed or theme_changed or changes.extra
        everything = probe or self._plan is None or self._plan.shared != plan.shared
        settle: _Settle | None = None
        if everything:
            stale = set(plan.pages)
        else:  # the pages open in a browser now, the others once they were told
            assert self._plan is not None
            moved = set(changed_events(self._events, events) if hand_edited or report is None
                        else report.changed)
            settle = (self._plan, moved, {*changed, *gone})
            stale = changed_pages(_only(self._plan, viewed), _only(plan, viewed), *settle[1:])[0]
        rendered = _render(plan, _wanted(plan, viewed, stale, self._bytes, probe))
        clock.lap("render")
        first = self._plan is None
        self._commit(state, store, plan, events, stale, rendered, settled=settle is None)
        if shards is not None:
            self._shards = shards
        self.generation += 1
        ids = report.changed if report is not None else []
        anchors = [plan.event_urls[i].split("/")[1] for i in ids if i in plan.event_urls]
        if first:
            summary = (f"{len(articles)} article(s), {len(events)} event(s), "
                       f"{len(plan.pages)} page(s)")
        else:
            summary = _summary(project, changes, edited, changed, gone, report,
                               "every page" if everything else "some page(s)")
        outcome = Outcome(rebuilt=True, stale=stale, everything=everything,
                          anchors=anchors[:MAX_ANCHORS], summary=summary, stages=clock.laps)
        return outcome, store, settle

    def _store_edited(self, project: Project, changes: Changes) -> list[Path]:
        """The store's files a person (or another build) changed, added or deleted."""
        def differs(path: Path) -> bool:
            known = self._shards.get(path)
            return known is None or file_digest(path) != known.digest

        edited = {p for p in changes.store if differs(p)}
        if changes.rescan_store:  # every file, the untouched ones told by time and size
            for path in {project.events_dir / rel for rel in shard_files(project.events_dir)}:
                if (known := self._shards.get(path)) is None or known.moved(path):
                    edited.add(path)
            edited |= {path for path in self._shards if not path.exists()}
        return sorted(edited)

    def _commit(self, state: Inputs, store: Store, plan: SitePlan, events: list[Event],
                stale: set[str], rendered: dict[str, bytes], settled: bool) -> None:
        self._retired = self._plan
        self._state, self._store, self._plan, self._events = state, store, plan, events
        for url in self._bytes.keys() - plan.pages.keys():
            del self._bytes[url]
        self._stale = (self._stale | stale) & plan.pages.keys()
        self._fresh = None if settled else set()
        for url, data in rendered.items():
            self._keep(url, data)


def _problems_of(exc: TimelineError | OSError, project: Project) -> list[Problem]:
    """What a failed rebuild shows: the error's own problems, else its message at the file
    it is about."""
    if isinstance(exc, TimelineError) and exc.problems:
        return list(exc.problems)
    if isinstance(exc, OSError):
        where = project.relative(Path(exc.filename)) if exc.filename else "timeline"
        return [Problem(where, exc.strerror or str(exc))]
    if isinstance(exc, ConfigError):
        return [Problem(CONFIG_FILE, str(exc))]
    return [Problem(project.relative(project.events_dir), str(exc))]


#: The plan before a rebuild, the events and the articles it changed.
_Settle = tuple[SitePlan, set[str], set[str]]


def _only(plan: SitePlan, urls: Collection[str]) -> SitePlan:
    """The part of a plan with these pages."""
    return SitePlan({url: plan.pages[url] for url in urls if url in plan.pages})


class _Clock:
    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = now - self._last
        self._last = now


def _wanted(plan: SitePlan, viewed: Collection[str], stale: set[str], cached: dict[str, bytes],
            probe: bool) -> set[str]:
    """Pages to render before the rebuild counts as done: the stale ones open in a browser,
    and after a theme or configuration change one page of each kind, to find template errors."""
    wanted = {url for url in viewed if url in plan.pages and (url in stale or url not in cached)}
    if probe:
        kinds: dict[str, str] = {}
        for url in sorted(plan.pages):
            parts = url.split("/")
            kind = "/".join(parts[:2] if len(parts) > 3 else parts[:1])
            kinds.setdefault(kind, url)
        wanted |= {url for url in kinds.values() if not url.startswith("static/")}
    return wanted


def _render(plan: SitePlan, urls: set[str]) -> dict[str, bytes]:
    return {url: plan.pages[url].build() for url in sorted(urls)}


def _summary(project: Project, changes: Changes, edited: list[Path], changed: set[str],
             gone: set[str], report: MergeReport | None, pages: str) -> str:
    """One line for the console: what changed, what it did to the events, pages to redo."""
    what = [*sorted(changed), *(f"{rel} (deleted)" for rel in sorted(gone))]
    what[:0] = [project.relative(path) for path in edited]
    if not what:  # a rebuild after a failure: name the files of the batch
        what = [project.relative(path) for path in sorted(changes.store | changes.articles)]
    if changes.theme:
        what.insert(0, project.relative(project.templates_dir) + "/")
    if changes.config:
        what.insert(0, CONFIG_FILE)
    head = ", ".join(what[:3]) + (f" and {len(what) - 3} more" if len(what) > 3 else "")
    events = f"; events: {report.summary()}" if report is not None else ""
    return f"{head or 'the project'}{events}; {pages} to re-render"
