"""Reading the store from ``content/events/`` and writing back the shards that changed."""

from __future__ import annotations

from pathlib import Path

from timeline.config import Project
from timeline.errors import Problem, StoreError
from timeline.model import Event
from timeline.store.cache import Cache, digest
from timeline.store.core import Store, Tombstone
from timeline.store.records import Ledger
from timeline.store.shards import ParsedShard, is_build_file, parse, render, shard_for
from timeline.store.yamlform import problem_at
from timeline.yamlio import write_atomic


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
    for rel in rels:
        shown = project.relative(root / rel)
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
            shard.canonical = is_build_file(rel) and render(rel, shard.events, shard.ledger) == text
            if cache is not None:
                cache.put(rel, data_hash, shard)
        shards.append(shard)
    if cache is not None:
        cache.keep_only(set(rels))
    return shards, texts, problems


def load_store(project: Project) -> Store:
    """Read the event store; raise StoreError listing every problem (nothing is written then)."""
    cache = Cache.open(project.cache_dir)
    shards, texts, problems = read_shards(project, cache)
    store = Store()
    assemble(store, shards, texts, project, problems)
    if problems:
        raise StoreError(
            f"the event store in {project.relative(project.events_dir)}/ cannot be loaded; "
            "nothing was written. Fix these and build again:", problems)
    store._cache = cache
    cache.save()
    return store


def assemble(store: Store, shards: list[ParsedShard], texts: dict[str, bytes],
             project: Project, problems: list[Problem]) -> None:
    """Put parsed shards together into ``store``; add duplicate ids to ``problems``."""
    seen: dict[str, tuple[str, int]] = {}
    ledgers: dict[str, tuple[Ledger, str]] = {}
    for shard in shards:
        own = not is_build_file(shard.rel)
        if not own:
            store._files.add(shard.rel)
            if not shard.canonical:
                store._dirty.add(shard.rel)
        for index, event in enumerate(shard.events):
            if event.id in seen:
                problems.append(_duplicate(project, texts, event.id, seen[event.id],
                                           (shard.rel, index)))
                continue
            seen[event.id] = (shard.rel, index)
            store._events[event.id] = event
            store._home[event.id] = shard.rel
            if own:
                store._pinned.add(event.id)
            elif shard_for(event) != shard.rel:  # its date was edited: file it where it goes
                store._home[event.id] = shard_for(event)
                store._dirty.update((shard.rel, shard_for(event)))
        for event_id, entry in shard.ledger.items():
            if event_id not in ledgers:
                ledgers[event_id] = (entry, shard.rel)
            else:
                store._dirty.add(shard.rel)  # a copied ledger line: keep one
    for event_id, (entry, home) in sorted(ledgers.items()):
        found = store._events.get(event_id)
        if entry.deleted or found is None or found.origin == "manual":
            if found is None:
                if not entry.deleted:  # a person deleted the event's block
                    entry = Ledger(src=entry.src, kind=entry.kind, deleted=True)
                    store._dirty.add(home)
                store._tombstones[event_id] = Tombstone(entry, home)
            else:
                store._dirty.add(home)  # the id is in use again: forget the old bookkeeping
            continue
        if event_id in store._pinned:
            continue
        keys = store.source_keys(found)
        removed = tuple(k for k in entry.src if k not in keys)
        if removed:  # a person took these sources off the event: never attach them again
            entry.rejected = tuple(sorted({*entry.rejected, *removed}))
            entry.src = keys
            store._dirty.add(home)
        store._ledger[event_id] = entry


def _duplicate(project: Project, texts: dict[str, bytes], event_id: str,
               first: tuple[str, int], second: tuple[str, int]) -> Problem:
    def where(rel: str, index: int) -> Problem:
        shown = project.relative(project.events_dir / rel)
        return problem_at(shown, texts[rel].decode("utf-8"), ("events", index, "id"), "")

    a, b = where(*first), where(*second)
    place = f"{a.path}:{a.line}" if a.line is not None else a.path
    return Problem(b.path, f"duplicate id {event_id!r}, already used at {place}; ids must be "
                           "unique", b.line, b.column)


def save_store(project: Project, store: Store) -> list[Path]:
    """Write the shards whose content changed, each atomically; return the files written or
    removed."""
    root = project.events_dir
    if not store._dirty:
        return []
    by_shard: dict[str, list[str]] = {}
    for event_id, home in store._home.items():
        if home in store._dirty:
            by_shard.setdefault(home, []).append(event_id)
    stones: dict[str, dict[str, Ledger]] = {}
    for event_id, stone in store._tombstones.items():
        stones.setdefault(stone.home, {})[event_id] = stone.ledger
    cache = store._cache
    written: list[Path] = []
    for rel in sorted(store._dirty):
        if not is_build_file(rel):
            continue
        events = sorted((store._events[i] for i in by_shard.get(rel, ())), key=Event.sort_key)
        ledger = {e.id: store._ledger[e.id] for e in events if e.id in store._ledger}
        ledger.update(stones.get(rel, {}))
        path = root / rel
        if not events and not ledger:
            if path.exists():
                path.unlink()
                written.append(path)
                _prune(path.parent, root)
            if cache is not None:
                cache.drop(rel)
            store._files.discard(rel)
            continue
        text = render(rel, events, ledger)
        data = text.encode("utf-8")
        if write_atomic(path, data):
            written.append(path)
        store._files.add(rel)
        if cache is not None:
            shard = ParsedShard(rel, events, dict(ledger), True)
            cache.put(rel, digest(data), shard)
    store._dirty.clear()
    if cache is not None:
        cache.save()
    return written


def _prune(folder: Path, root: Path) -> None:
    """Remove folders the last shard left empty, up to the events folder."""
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
