"""What the store remembers about each event besides the event itself.

The ledger is how a build tells a person's edits from its own work without the cache: for every
extracted event it records a fingerprint of the values extraction last wrote (one short hash per
field group), the keys of the sentences it came from and, for each of those sources, a
fingerprint of the source's fields as extraction wrote them. A field whose value no longer
matches its fingerprint was edited by a person; an id in the ledger with no event was deleted by
one.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass

from timeline.model import Event, Source

#: The field groups a person may edit; each has its own fingerprint.
FIELDS = ("when", "title", "summary", "tags")

Fingerprint = tuple[str, str, str, str]

#: The fields of a source a person may edit, each with its own hash; ``quote`` covers the offset
#: too (the offset says where the quote is). ``path`` is not among them: it names the article.
SOURCE_FIELDS = ("title", "url", "published", "agency", "author", "quote")

#: A source's fingerprint: one hash per SOURCE_FIELDS entry, joined by ".".
SourcePrint = str


@dataclass(slots=True)
class Ledger:
    """Bookkeeping for one extracted event, or for one a person deleted (``deleted``)."""

    fp: Fingerprint | None = None  # None: unknown (a person added the block by hand)
    src: tuple[str, ...] = ()  # source keys as of the last build
    rejected: tuple[str, ...] = ()  # source keys a person removed: never attach them again
    kind: str = "event"
    deleted: bool = False
    #: for each key of ``src``, the fingerprint of that source's fields as extraction last
    #: wrote them; empty when unknown (a ledger written before sources were fingerprinted)
    sfp: tuple[SourcePrint, ...] = ()

    def tracked(self) -> dict[str, tuple[str, SourcePrint | None]]:
        """article path -> (sentence key, source fingerprint or None) of each source the build
        wrote; a source of an event that is not here was added by a person."""
        prints: tuple[SourcePrint | None, ...] = (
            tuple(p or None for p in self.sfp) if len(self.sfp) == len(self.src)
            else (None,) * len(self.src))
        found: dict[str, tuple[str, SourcePrint | None]] = {}
        for key, sfp in zip(self.src, prints, strict=True):
            found.setdefault(key_path(key), (key, sfp))
        return found

    def retrack(self, entries: list[tuple[str, SourcePrint | None]]) -> None:
        """Track exactly these (key, fingerprint) sources, in this order."""
        self.src = tuple(key for key, _sfp in entries)
        known = [sfp for _key, sfp in entries if sfp]
        self.sfp = tuple(sfp or "" for _key, sfp in entries) if known else ()


def _h(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()


def field_values(event: Event) -> tuple[str, str, str, str]:
    return (
        f"{event.value}|{event.value_end or ''}|{event.time or ''}|{event.kind}",
        event.title,
        event.summary,
        "\n".join(event.tags),
    )


def fingerprint(event: Event) -> Fingerprint:
    when, title, summary, tags = (_h(v) for v in field_values(event))
    return when, title, summary, tags


def edited_fields(event: Event, fp: Fingerprint | None) -> list[str]:
    """The field groups of ``event`` a person changed since extraction wrote ``fp``."""
    if fp is None:
        return []
    return [name for name, old, new in zip(FIELDS, fp, fingerprint(event), strict=True)
            if old != new]


def source_values(source: Source) -> tuple[str, ...]:
    return (
        source.title,
        source.url or "",
        source.published.isoformat(),
        source.agency or "",
        source.author or "",
        f"{source.offset if source.offset is not None else ''}|{source.quote}",
    )


def source_print(source: Source) -> SourcePrint:
    # CRC-32 is enough to notice an edit, and several times cheaper than a hash object for the
    # dozen thousand sources a build checks.
    return ".".join(f"{zlib.crc32(v.encode('utf-8', 'surrogatepass')):08x}"
                    for v in source_values(source))


def source_edits(source: Source, sfp: SourcePrint | None) -> list[str]:
    """The fields of ``source`` a person changed since extraction wrote ``sfp``."""
    if sfp is None:
        return []
    return [name for name, old, new in zip(SOURCE_FIELDS, sfp.split("."),
                                           source_print(source).split("."), strict=False)
            if old != new]


def source_key(source: Source) -> str:
    """The sentence a source stands for: its article and a hash of the quote."""
    return f"{source.path}#{_h(' '.join(source.quote.split()))}"


def key_path(key: str) -> str:
    return key.rsplit("#", 1)[0]
