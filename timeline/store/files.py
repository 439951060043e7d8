"""Reading the store from ``content/events/`` and writing back the shards that changed."""

from __future__ import annotations

import contextlib
import gc
import os
import tempfile
from collections.abc import Collection, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from timeline.config import Project
from timeline.errors import Problem, StoreError
from timeline.model import Event
from timeline.store.cache import Cache, digest
from timeline.store.core import Store, Tombstone
from timeline.store.notes import ShardNotes
from timeline.store.parsing import parse
from timeline.store.records import Ledger
from timeline.store.shards import ParsedShard, is_build_file, render, shard_for
from timeline.store.yamlform import problem_at
from timeline.yamlio import fsync_dir

#: Store files are for everyone on the machine to read, like any file in a repository.
FILE_MODE = 0o644


def shard_files(events_dir: Path) -> list[str]:
    """Every YAML file of the store, relative to its folder; hidden files and folders skipped."""
    if not events_dir.is_dir():
        return []
    found = []
    for path in events_dir.rglob("*.yaml"):
        rel = path.relative_to(events_dir).as_posix()
        if not any(part.startswith(".") for part in rel.split("/")) and path.is_file():
            found.append(rel)
    return sorted(found)


def read_shards(project: Project, cache: Cache | None = None
                ) -> tuple[list[ParsedShard], dict[str, bytes], list[Problem]]:
    """Parse every shard (from the cache when its bytes are unchanged); collect all problems."""
    root = project.events_dir
    shards: list[ParsedShard] = []
    texts: dict[str, bytes] = {}
    problems: list[Problem] = []
    rels = shard_files(root)
    prefix = project.relative(root)
    for rel in rels:
        shown = f"{prefix}/{rel}"
        try:
            data = (root / rel).read_bytes()
        except OSError as exc:
            problems.append(Problem(shown, f"cannot read file: {exc.strerror or exc}"))
            continue
        texts[rel] = data
        data_hash = digest(data)
        shard = cache.get(rel, data_hash) if cache is not None else None
        if shard is None:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                problems.append(Problem(shown, f"not UTF-8 text (byte {exc.start}); save the "
                                               "file as UTF-8"))
                continue
            shard, found = parse(rel, text, shown)
            if found:
                problems.extend(found)
                continue
            shard.canonical = is_build_file(rel) and render(
                rel, shard.events, shard.ledger, shard.notes) == text
            if cache is not None:
                cache.put(rel, data_hash, shard)
        shards.append(shard)
    return shards, texts, problems


def load_store(project: Project) -> Store:
    """Read the event store; raise StoreError listing every problem (nothing is written then)."""
    with _collector_paused():
        cache = Cache.open(project.cache_dir)
        shards, texts, problems = read_shards(project, cache)
        store = Store()
        store._vanished = _vanished(cache, set(texts))
        cache.keep_only(set(texts))
        assemble(store, shards, texts, project, problems)
    if problems:
        raise StoreError(
            f"the event store in {project.relative(project.events_dir)}/ cannot be loaded; "
            "nothing was written. Fix these and build again:", problems)
    store._cache = cache
    cache.save()
    return store


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Loading makes a few hundred thousand objects and no reference cycles; the cycle
    collector, which would walk them all again and again meanwhile, waits until it is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _vanished(cache: Cache, present: set[str]) -> dict[str, set[str]]:
    """Build files the cache remembers that are no longer there (a person deleted them), with
    the extracted events each held."""
    gone = {}
    for rel in sorted(cache.known() - present):
        shard = cache.peek(rel) if is_build_file(rel) else None
        if shard is not None:
            gone[rel] = {e.id for e in shard.events if e.origin != "manual"}
    return gone


def assemble(store: Store, shards: list[ParsedShard], texts: dict[str, bytes],
             project: Project, problems: list[Problem]) -> None:
    """Put parsed shards together into ``store``; add duplicate ids to ``problems``.

    An event found twice, once in the file its date names and once elsewhere among the build's
    files, is an event whose move was interrupted (a build killed between writing its new file
    and rewriting its old one): the copy where it belongs wins and the other file is rewritten.
    """
    copies: dict[str, list[tuple[str, int, Event]]] = {}
    notes_by_file = {shard.rel: shard.notes.events for shard in shards if shard.notes is not None}
    ledgers: dict[str, list[tuple[Ledger, str]]] = {}
    for shard in shards:
        if is_build_file(shard.rel):
            store._files.add(shard.rel)
            if not shard.canonical:
                store._dirty.add(shard.rel)
        for index, event in enumerate(shard.events):
            copies.setdefault(event.id, []).append((shard.rel, index, event))
        for event_id, entry in shard.ledger.items():
            ledgers.setdefault(event_id, []).append((entry, shard.rel))
        if shard.notes is not None and is_build_file(shard.rel):
            store._frames[shard.rel] = shard.notes.frame()
    for event_id, found in copies.items():
        rel, index, event = found[0]
        if len(found) > 1:
            chosen = _interrupted_move(event_id, found, ledgers.get(event_id, []))
            if chosen is None:
                problems.append(_duplicate(project, texts, event_id, found[0][:2],
                                           found[1][:2]))
                continue
            rel, index, event = chosen
            store._dirty.update(c[0] for c in found)
        store._events[event_id] = event
        notes = notes_by_file.get(rel, {}).get(event_id)
        if notes:
            store._notes[event_id] = notes
        store._home[event_id] = store._origin[event_id] = rel
        if not is_build_file(rel):
            store._pinned.add(event_id)
        elif shard_for(event) != rel:  # its date was edited: file it where it goes
            store._home[event_id] = shard_for(event)
            store._dirty.update((rel, shard_for(event)))
    for event_id, entries in sorted(ledgers.items()):
        where = store._origin.get(event_id)
        entry, home = next(((e, h) for e, h in entries if h == where), entries[0])
        if len(entries) > 1:
            store._dirty.update(h for _e, h in entries)  # a copied ledger line: keep one
        found_event = store._events.get(event_id)
        if entry.deleted or found_event is None or found_event.origin == "manual":
            if found_event is None:
                if not entry.deleted:  # a person deleted the event's block
                    entry = Ledger(src=entry.src, kind=entry.kind, deleted=True)
                    store._dirty.add(home)
                store._tombstones[event_id] = Tombstone(entry, home)
            else:
                store._dirty.add(home)  # the id is in use again: forget the old bookkeeping
            continue
        if event_id in store._pinned:
            continue
        paths = {s.path for s in found_event.sources}
        tracked = entry.tracked()
        removed = [key for path, (key, _sfp) in tracked.items() if path not in paths]
        if removed:  # a person took these sources off the event: never attach them again
            entry.rejected = tuple(sorted({*entry.rejected, *removed}))
            entry.retrack([found for path, found in tracked.items() if path in paths])
            store._dirty.add(home)
        if home != store._home[event_id]:
            store._dirty.add(home)
        store._ledger[event_id] = entry


def _interrupted_move(event_id: str, found: list[tuple[str, int, Event]],
                      entries: list[tuple[Ledger, str]]) -> tuple[str, int, Event] | None:
    """The copy to keep of an event a killed build left in two of its files, or None when the
    copies look like a person's (then the duplicate id is an error).

    The build writes an event's ledger line with it, so both copies have one; a person who
    copies a block does not copy its ledger line. Either copy will do: the next merge brings
    it up to date from its articles, and both carry the same hand edits.
    """
    if not all(is_build_file(rel) for rel, _i, _e in found):
        return None
    placed = [c for c in found if c[0] == shard_for(c[2])]
    if len(placed) == 1:
        return placed[0]  # the event's own file was written, its old one not yet
    with_ledger = {home for _entry, home in entries}
    if all(rel in with_ledger for rel, _i, _e in found):
        return min(found, key=lambda c: (c[0], c[1]))
    return None


def _duplicate(project: Project, texts: dict[str, bytes], event_id: str,
               first: tuple[str, int], second: tuple[str, int]) -> Problem:
    def where(rel: str, index: int) -> Problem:
        shown = project.relative(project.events_dir / rel)
        return problem_at(shown, texts[rel].decode("utf-8"), ("events", index, "id"), "")

    a, b = where(*first), where(*second)
    place = f"{a.path}:{a.line}" if a.line is not None else a.path
    return Problem(b.path, f"duplicate id {event_id!r}, already used at {place}; ids must be "
                           "unique", b.line, b.column)


Contents = tuple[list[Event], dict[str, Ledger], ShardNotes | None]


def _contents(store: Store, rels: Collection[str] | None) -> dict[str, Contents]:
    wanted = None if rels is None else set(rels)
    by_shard: dict[str, list[Event]] = {}
    for event_id, home in store._home.items():
        if (wanted is None or home in wanted) and is_build_file(home):
            by_shard.setdefault(home, []).append(store._events[event_id])
    stones: dict[str, dict[str, Ledger]] = {}
    for event_id, stone in store._tombstones.items():
        if wanted is None or stone.home in wanted:
            stones.setdefault(stone.home, {})[event_id] = stone.ledger
    contents = {}
    for rel in sorted(wanted if wanted is not None else {*by_shard, *stones, *store._frames}):
        if is_build_file(rel):
            events = sorted(by_shard.get(rel, ()), key=Event.sort_key)
            ledger = {e.id: store._ledger[e.id] for e in events if e.id in store._ledger}
            ledger.update(stones.get(rel, {}))
            contents[rel] = (events, ledger, _notes(store, rel, events))
    return contents


def _notes(store: Store, rel: str, events: list[Event]) -> ShardNotes | None:
    frame = store._frames.get(rel)
    own = {e.id: store._notes[e.id] for e in events if e.id in store._notes}
    if frame is None and not own:
        return None
    found = frame.frame() if frame is not None else ShardNotes()
    found.events = own
    return found


def render_shards(store: Store, rels: Collection[str] | None = None) -> dict[str, str]:
    """The text of each build file (or of ``rels``) as the store would write it now; a file with
    nothing left in it maps to ""."""
    return {rel: render(rel, events, ledger, notes) if events or ledger or notes else ""
            for rel, (events, ledger, notes) in _contents(store, rels).items()}


def save_store(project: Project, store: Store) -> list[Path]:
    """Write the shards whose content changed, each atomically; return the files written or
    removed. A file left with no event, no ledger and no comment is removed.

    Files that gain an event are written before files that lose one, so a build killed half way
    leaves at worst an event in two files, which the next load resolves; never one in none.
    """
    root = project.events_dir
    if not store._dirty:
        return []
    contents = _contents(store, store._dirty)
    gaining = {home for event_id, home in store._home.items()
               if home in contents and store._origin.get(event_id) != home}
    cache = store._cache
    phases: list[list[tuple[Path, bytes | None]]] = [[], []]
    for rel in sorted(contents):
        changes = phases[0] if rel in gaining else phases[1]
        events, ledger, notes = contents[rel]
        if not events and not ledger and not notes:
            changes.append((root / rel, None))
            if cache is not None:
                cache.drop(rel)
            store._files.discard(rel)
            continue
        data = render(rel, events, ledger, notes).encode("utf-8")
        changes.append((root / rel, data))
        store._files.add(rel)
        if cache is not None:
            cache.put(rel, digest(data), ParsedShard(rel, events, ledger, True, notes))
    written = write_files(phases, root)
    _remove_stale_temporaries(root)
    store._origin = dict(store._home)
    store._dirty.clear()
    if cache is not None:
        cache.save()
    return written


#: Files written at once: fsync waits on the disk, and several waits overlap.
WRITERS = 8


def write_files(phases: list[list[tuple[Path, bytes | None]]], root: Path) -> list[Path]:
    """Write (or, for None, remove) files atomically: each to a temporary file in its folder,
    fsync, then renamed over the old one. Phases complete in order (every file of the first is
    renamed into place before the second begins); within a phase files are written in parallel.
    Each folder is synced once at the end. Files whose bytes are already right are left alone.
    Returns the paths changed."""
    changed: list[Path] = []
    folders: set[Path] = set()
    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        for phase in phases:
            todo = [(path, data) for path, data in phase if data is not None
                    and not _same_bytes(path, data)]
            temporaries = list(pool.map(lambda item: _write_temporary(*item), todo))
            try:
                for (path, _data), tmp in zip(todo, temporaries, strict=True):
                    os.replace(tmp, path)
                    changed.append(path)
                    folders.add(path.parent)
            finally:
                for tmp in temporaries:
                    tmp.unlink(missing_ok=True)
            for path, data in phase:
                if data is None and path.exists():
                    path.unlink()
                    changed.append(path)
                    folders.add(path.parent)
                    _prune(path.parent, root)
    for folder in sorted(folders):
        fsync_dir(folder)
    return changed


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except FileNotFoundError:
        return False


def _write_temporary(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)



def _remove_stale_temporaries(root: Path) -> None:
    """Temporary files a killed build left behind (the lock is held, so none is being written)."""
    for path in root.rglob(".*.tmp"):
        with contextlib.suppress(OSError):
            path.unlink()


def _prune(folder: Path, root: Path) -> None:
    """Remove folders the last shard left empty, up to the events folder."""
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
