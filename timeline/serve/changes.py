"""Sorting the paths a watcher reports into what they are to a project, and fingerprints that
tell a real change from a touch or from the build's own write."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from timeline.articles import is_article
from timeline.config import CONFIG_FILE, Project
from timeline.store import shard_files

#: Names editors leave beside the files they save, never content.
_EDITOR_LITTER = ("~", ".swp", ".swx", ".tmp", ".bak", ".orig")


@dataclass(slots=True)
class Changes:
    """The paths of one batch of file events, by what they mean to the project."""

    config: bool = False
    theme: bool = False
    extra: bool = False  # a path given with --watch
    #: A folder of articles, or of the store, appeared, went or moved: look at all of them.
    rescan: bool = False
    rescan_store: bool = False
    articles: set[Path] = field(default_factory=set)
    store: set[Path] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.config or self.theme or self.extra or self.rescan or self.rescan_store
                    or self.articles
                    or self.store)


def watch_roots(project: Project, extra: Sequence[Path] = ()) -> list[tuple[Path, bool]]:
    """(folder, recursive) pairs to watch: the project root itself for timeline.yaml and for
    input folders that appear later, then articles, events, templates and the --watch paths."""
    roots = [(project.root, False)]
    for folder in (project.articles_dir, project.events_dir, project.templates_dir, *extra):
        folder = folder.resolve()
        if folder.is_dir():
            root = (folder, True)
        elif folder.parent.is_dir():
            root = (folder.parent, False)  # to see it appear
        else:
            continue
        if root not in roots:
            roots.append(root)
    return roots


def classify(project: Project, paths: Iterable[Path], folders: Iterable[Path] = (),
             extra: Sequence[Path] = ()) -> Changes:
    """Sort the files ``paths`` and the folders ``folders`` that events were reported for
    (absolute paths); drop what is not input, such as the site, the cache and hidden files."""
    changes = Changes()
    ignored = [project.site_dir.resolve(), project.cache_dir.resolve()]
    articles, events = project.articles_dir.resolve(), project.events_dir.resolve()
    templates = project.templates_dir.resolve()
    extra = [p.resolve() for p in extra]

    def skip(path: Path) -> bool:
        return any(path.is_relative_to(folder) for folder in ignored)

    for path in paths:
        if skip(path):
            continue
        if path == project.root / CONFIG_FILE:
            changes.config = True
        elif any(path.is_relative_to(folder) for folder in extra):
            changes.extra = True
        elif path.is_relative_to(articles):
            if is_article(articles, path):
                changes.articles.add(path)
        elif path.is_relative_to(events):
            if path.suffix == ".yaml" and _visible(events, path):
                changes.store.add(path)
        elif (path.is_relative_to(templates) and _visible(templates, path)
              and not path.name.endswith(_EDITOR_LITTER)):
            changes.theme = True
    for folder in folders:
        if skip(folder):
            continue
        if any(folder.is_relative_to(f) for f in extra):
            changes.extra = True
        elif templates.is_relative_to(folder):
            changes.theme = True  # the templates folder (or one holding it) appeared or went
        elif folder.is_relative_to(templates):
            changes.theme = changes.theme or _visible(templates, folder)
        if folder.is_relative_to(articles) or articles.is_relative_to(folder):
            changes.rescan = True
        if folder.is_relative_to(events) or events.is_relative_to(folder):
            changes.rescan_store = True
    return changes


def _visible(root: Path, path: Path) -> bool:
    return not any(part.startswith(".") for part in path.relative_to(root).parts)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str | None:
    """The digest of a file's bytes; None when it is missing or cannot be read."""
    try:
        return digest(path.read_bytes())
    except OSError:
        return None


def folder_digest(folder: Path) -> str:
    """One digest of every visible file under ``folder`` (names and bytes)."""
    total = hashlib.sha256()
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder)
            if path.is_file() and _visible(folder, path) and not path.name.endswith(_EDITOR_LITTER):
                total.update(rel.as_posix().encode() + b"\0")
                total.update((file_digest(path) or "gone").encode())
    return total.hexdigest()


@dataclass(frozen=True, slots=True)
class Shard:
    """A store file as last read or written: the digest of its bytes, and its time and size, to
    see cheaply that it was not touched since."""

    digest: str
    mtime_ns: int
    size: int

    @classmethod
    def read(cls, path: Path) -> Shard | None:
        try:
            stat = path.stat()
            data = path.read_bytes()
        except OSError:
            return None
        return cls(digest(data), stat.st_mtime_ns, stat.st_size)

    @classmethod
    def scan(cls, project: Project) -> dict[Path, Shard]:
        """Every file of the store as it is now."""
        found: dict[Path, Shard] = {}
        for rel in shard_files(project.events_dir):
            shard = cls.read(project.events_dir / rel)
            if shard is not None:
                found[project.events_dir / rel] = shard
        return found

    def moved(self, path: Path) -> bool:
        """Whether the file holds other bytes now, or is gone."""
        try:
            stat = path.stat()
        except OSError:
            return True
        if (stat.st_mtime_ns, stat.st_size) == (self.mtime_ns, self.size):
            return False
        return file_digest(path) != self.digest
