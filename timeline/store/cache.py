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

from timeline.model import PRECISIONS, Event, Source
from timeline.store.notes import ShardNotes
from timeline.store.records import Ledger
from timeline.store.shards import ParsedShard
from timeline.yamlio import write_atomic

#: Bump when the packed shape below changes, so old caches are ignored.
VERSION = 5
FILE = "store.json"
#: What earlier versions kept, removed when the cache is next written (never read).
OLD_FILES = ("store-v3.pickle",)
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
            for name in OLD_FILES:
                (self.path.parent / name).unlink(missing_ok=True)
        except OSError:
            return  # a cache that cannot be written only makes the next build slower
        self.changed = False


# --- packing: plain lists of JSON values, checked field by field on the way back -----------
#
# A shard's sources mostly share a few articles, and a summary is mostly its first quote: each
# article's fields are written once per shard and referred to by number, and a summary equal to
# the first quote is written as null. That halves what a warm load parses.

def _pack(shard: ParsedShard) -> list[Any]:
    articles: dict[tuple[Any, ...], int] = {}
    events = []
    for e in shard.events:
        sources = []
        for s in e.sources:
            article = (s.path, s.title, s.published.isoformat(), s.url, s.agency, s.author)
            number = articles.setdefault(article, len(articles))
            sources.append([number, s.quote, s.offset])
        summary = None if e.sources and e.summary == e.sources[0].quote else e.summary
        events.append([e.id, e.value, e.first.toordinal(), e.last.toordinal(), e.precision,
                       e.title, e.value_end, e.time, summary, e.tags, e.origin, sources,
                       e.hidden, e.kind])
    ledger = {k: [".".join(v.fp) if v.fp is not None else None, list(v.src), list(v.rejected),
                  v.kind, v.deleted, ",".join(v.sfp)] for k, v in shard.ledger.items()}
    notes = shard.notes.to_json() if shard.notes is not None else None
    return [[list(a) for a in articles], events, ledger, shard.canonical, notes]


def _unpack(rel: str, data: Any) -> ParsedShard:
    articles, events, ledger, canonical, notes = data
    table = [_article(a) for a in _list(articles)]
    return ParsedShard(
        rel,
        [_event(e, table) for e in _list(events)],
        {_str(k): _ledger(v) for k, v in _dict(ledger).items()},
        _bool(canonical),
        ShardNotes.from_json(notes) if notes is not None else None,
    )


Article = tuple[str, str, datetime, str | None, str | None, str | None]


def _article(a: Any) -> Article:
    path, title, published, url, agency, author = a
    moment = datetime.fromisoformat(_str(published))
    if moment.tzinfo is None:
        raise _Bad("published without its offset")
    return _str(path), _str(title), moment, _opt(url), _opt(agency), _opt(author)


def _event(e: Any, table: list[Article]) -> Event:
    (event_id, value, first, last, precision, title, value_end, time, summary, tags, origin,
     sources, hidden, kind) = e
    found = [_source(s, table) for s in _list(sources)]
    if summary is None and not found:
        raise _Bad("a summary to take from a source that is not there")
    if precision not in PRECISIONS or kind not in ("event", "period") or \
            origin not in ("extracted", "manual"):
        raise _Bad("not a known precision, kind or origin")
    return Event(
        id=_str(event_id), value=_str(value), first=date.fromordinal(_int(first)),
        last=date.fromordinal(_int(last)), precision=precision, title=_str(title),
        value_end=_opt(value_end), time=_opt(time),
        summary=found[0].quote if summary is None else _str(summary),
        tags=[_str(t) for t in _list(tags)], origin=origin, sources=found,
        hidden=_bool(hidden), kind=kind,
    )


def _source(s: Any, table: list[Article]) -> Source:
    number, quote, offset = s
    path, title, published, url, agency, author = table[_int(number)]
    return Source(path=path, title=title, published=published, url=url, quote=_str(quote),
                  offset=None if offset is None else _int(offset), agency=agency,
                  author=author)


def _ledger(v: Any) -> Ledger:
    fp, src, rejected, kind, deleted, sfp = v
    prints = None
    if fp is not None:
        a, b, c, d = _str(fp).split(".")
        prints = (a, b, c, d)
    return Ledger(fp=prints, src=tuple(_str(k) for k in _list(src)),
                  rejected=tuple(_str(k) for k in _list(rejected)), kind=_str(kind),
                  deleted=_bool(deleted), sfp=tuple(_str(sfp).split(",")) if sfp else ())


def _str(value: Any) -> str:
    if type(value) is not str:
        raise _Bad("expected a string")
    return value


def _opt(value: Any) -> str | None:
    return None if value is None else _str(value)


def _int(value: Any) -> int:
    if type(value) is not int or value < 0:
        raise _Bad("expected a number, 0 or more")
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
