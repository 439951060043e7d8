"""What a warm build remembers about the store: each shard's parsed content, keyed by a hash of
its bytes, in one file under ``.timeline-cache/`` (always safe to delete: it is rebuilt)."""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.model import Event, Source
from timeline.store.records import Ledger
from timeline.store.shards import ParsedShard
from timeline.yamlio import write_atomic

#: Bump when ParsedShard, Event or Source change shape, so old caches are ignored.
VERSION = 3
FILE = "store-v3.pickle"


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@dataclass(slots=True)
class Cache:
    path: Path
    #: rel -> (hash of the file's bytes, the parsed shard pickled): unpickled on use, so every
    #: load gets its own objects
    shards: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    changed: bool = False

    @classmethod
    def open(cls, cache_dir: Path) -> Cache:
        path = cache_dir / FILE
        try:
            with path.open("rb") as handle:
                version, shards = pickle.load(handle)  # our own file, written below
            if version == VERSION and isinstance(shards, dict):
                return cls(path, shards)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError,
                AttributeError, ImportError, IndexError):
            pass  # missing, old or damaged: parse the YAML instead
        return cls(path)

    def get(self, rel: str, data_hash: str) -> ParsedShard | None:
        hit = self.shards.get(rel)
        if hit is None or hit[0] != data_hash:
            return None
        try:
            return _unpack(rel, pickle.loads(hit[1]))  # our own bytes, written by put()
        except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
            return None

    def put(self, rel: str, data_hash: str, shard: ParsedShard) -> None:
        self.shards[rel] = (data_hash, pickle.dumps(_pack(shard), pickle.HIGHEST_PROTOCOL))
        self.changed = True

    def drop(self, rel: str) -> None:
        if self.shards.pop(rel, None) is not None:
            self.changed = True

    def keep_only(self, rels: set[str]) -> None:
        for rel in set(self.shards) - rels:
            self.drop(rel)

    def save(self) -> None:
        if not self.changed:
            return
        try:
            write_atomic(self.path, pickle.dumps((VERSION, self.shards), pickle.HIGHEST_PROTOCOL))
        except OSError:
            return  # a cache that cannot be written only makes the next build slower
        self.changed = False


# Plain tuples pickle and unpickle several times faster than dataclasses with slots.

def _pack(shard: ParsedShard) -> tuple[Any, ...]:
    events = [
        (e.id, e.value, e.first, e.last, e.precision, e.title, e.value_end, e.time, e.summary,
         e.tags, e.origin,
         [(s.path, s.title, s.published, s.url, s.quote, s.offset, s.agency) for s in e.sources],
         e.hidden, e.kind)
        for e in shard.events
    ]
    ledger = {k: (v.fp, v.src, v.rejected, v.kind, v.deleted) for k, v in shard.ledger.items()}
    return events, ledger, shard.canonical


def _unpack(rel: str, data: tuple[Any, ...]) -> ParsedShard:
    events, ledger, canonical = data
    return ParsedShard(
        rel,
        [Event(id=e[0], value=e[1], first=e[2], last=e[3], precision=e[4], title=e[5],
               value_end=e[6], time=e[7], summary=e[8], tags=e[9], origin=e[10],
               sources=[Source(*s) for s in e[11]], hidden=e[12], kind=e[13]) for e in events],
        {k: Ledger(*v) for k, v in ledger.items()},
        canonical,
    )
