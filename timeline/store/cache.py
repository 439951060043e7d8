"""What a warm build remembers about the store: each shard's parsed content, keyed by a hash of
its bytes, in one file under ``.timeline-cache/`` (always safe to delete: it is rebuilt)."""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from timeline.store.shards import ParsedShard
from timeline.yamlio import write_atomic

#: Bump when ParsedShard, Event or Source change shape, so old caches are ignored.
VERSION = 1
FILE = "store-v1.pickle"


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@dataclass(slots=True)
class Cache:
    path: Path
    shards: dict[str, tuple[str, ParsedShard]] = field(default_factory=dict)  # rel -> (hash, ..)
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
        # a fresh copy, so the store's edits never reach the cached one
        copy: ParsedShard = pickle.loads(pickle.dumps(hit[1], pickle.HIGHEST_PROTOCOL))
        return copy

    def put(self, rel: str, data_hash: str, shard: ParsedShard) -> None:
        self.shards[rel] = (data_hash, pickle.loads(pickle.dumps(shard, pickle.HIGHEST_PROTOCOL)))
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
