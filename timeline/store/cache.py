"""What a warm build remembers about the store: each shard's parsed content, keyed by a hash of
its bytes, in one JSON file under ``.timeline-cache/`` (always safe to delete: it is rebuilt).

The file is plain JSON and is read as untrusted data: anything in it that is not exactly the
shape written here (another version, a damaged file, a hand-made one) is ignored and the YAML is
parsed instead. Nothing in it is ever executed or imported.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from timeline.model import Event, Source
from timeline.store.notes import ShardNotes
from timeline.store.records import Ledger
from timeline.store.shards import ParsedShard
from timeline.yamlio import write_atomic

#: Bump when the packed shape below changes, so old caches are ignored.
VERSION = 4
FILE = "store.json"
_FORMAT = "timeline store cache"


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class _Bad(Exception):
    """A cache entry that is not what this module writes."""


@dataclass(slots=True)
class Cache:
    path: Path
    #: rel -> [hash of the file's bytes, the parsed shard packed as JSON values]
    shards: dict[str, Any] = field(default_factory=dict)
    changed: bool = False

    @classmethod
    def open(cls, cache_dir: Path) -> Cache:
        path = cache_dir / FILE
        try:
            data = json.loads(path.read_bytes())
        except (OSError, ValueError, RecursionError):
            return cls(path)  # missing or damaged: parse the YAML instead
        if (isinstance(data, dict) and data.get("format") == _FORMAT
                and data.get("version") == VERSION and isinstance(data.get("shards"), dict)):
            return cls(path, data["shards"])
        return cls(path)

    def known(self) -> set[str]:
        """The files the cache holds, as they were when it was last written."""
        return set(self.shards)

    def get(self, rel: str, data_hash: str) -> ParsedShard | None:
        hit = self.shards.get(rel)
        if not isinstance(hit, list) or len(hit) != 2 or hit[0] != data_hash:
            return None
        try:
            return _unpack(rel, hit[1])
        except (_Bad, TypeError, ValueError, KeyError, IndexError, OverflowError):
            return None

    def peek(self, rel: str) -> ParsedShard | None:
        """The shard as the cache remembers it, whatever the file now holds."""
        hit = self.shards.get(rel)
        if not isinstance(hit, list) or len(hit) != 2 or not isinstance(hit[0], str):
            return None
        return self.get(rel, hit[0])

    def put(self, rel: str, data_hash: str, shard: ParsedShard) -> None:
        self.shards[rel] = [data_hash, _pack(shard)]
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
        data = {"format": _FORMAT, "version": VERSION, "shards": self.shards}
        try:
            write_atomic(self.path, json.dumps(data, ensure_ascii=False,
                                               separators=(",", ":")).encode("utf-8"))
        except OSError:
            return  # a cache that cannot be written only makes the next build slower
        self.changed = False


# --- packing: plain lists of JSON values, checked field by field on the way back -----------

def _pack(shard: ParsedShard) -> list[Any]:
    events = [
        [e.id, e.value, e.first.toordinal(), e.last.toordinal(), e.precision, e.title,
         e.value_end, e.time, e.summary, e.tags, e.origin,
         [[s.path, s.title, s.published.isoformat(), s.url, s.quote, s.offset, s.agency,
           s.author] for s in e.sources],
         e.hidden, e.kind]
        for e in shard.events
    ]
    ledger = {k: [list(v.fp) if v.fp is not None else None, list(v.src), list(v.rejected),
                  v.kind, v.deleted, list(v.sfp)] for k, v in shard.ledger.items()}
    notes = shard.notes.to_json() if shard.notes is not None else None
    return [events, ledger, shard.canonical, notes]


def _unpack(rel: str, data: Any) -> ParsedShard:
    events, ledger, canonical, notes = data
    return ParsedShard(
        rel,
        [_event(e) for e in _list(events)],
        {_str(k): _ledger(v) for k, v in _dict(ledger).items()},
        _bool(canonical),
        ShardNotes.from_json(notes) if notes is not None else None,
    )


def _event(e: Any) -> Event:
    (event_id, value, first, last, precision, title, value_end, time, summary, tags, origin,
     sources, hidden, kind) = e
    return Event(
        id=_str(event_id), value=_str(value), first=date.fromordinal(_int(first)),
        last=date.fromordinal(_int(last)), precision=_str(precision), title=_str(title),
        value_end=_opt(value_end), time=_opt(time), summary=_str(summary),
        tags=[_str(t) for t in _list(tags)], origin=_str(origin),
        sources=[_source(s) for s in _list(sources)], hidden=_bool(hidden), kind=_str(kind),
    )


def _source(s: Any) -> Source:
    path, title, published, url, quote, offset, agency, author = s
    moment = datetime.fromisoformat(_str(published))
    if moment.tzinfo is None:
        raise _Bad("published without its offset")
    return Source(path=_str(path), title=_str(title), published=moment, url=_opt(url),
                  quote=_str(quote), offset=None if offset is None else _int(offset),
                  agency=_opt(agency), author=_opt(author))


def _ledger(v: Any) -> Ledger:
    fp, src, rejected, kind, deleted, sfp = v
    prints = None
    if fp is not None:
        a, b, c, d = (_str(x) for x in _list(fp))
        prints = (a, b, c, d)
    return Ledger(fp=prints, src=tuple(_str(k) for k in _list(src)),
                  rejected=tuple(_str(k) for k in _list(rejected)), kind=_str(kind),
                  deleted=_bool(deleted), sfp=tuple(_str(p) for p in _list(sfp)))


def _str(value: Any) -> str:
    if type(value) is not str:
        raise _Bad("expected a string")
    return value


def _opt(value: Any) -> str | None:
    return None if value is None else _str(value)


def _int(value: Any) -> int:
    if type(value) is not int:
        raise _Bad("expected an integer")
    return value


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise _Bad("expected true or false")
    return value


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise _Bad("expected a list")
    return value


def _dict(value: Any) -> dict[str, Any]:
    if type(value) is not dict:
        raise _Bad("expected an object")
    return value
