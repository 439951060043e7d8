"""What the store remembers about each event besides the event itself.

The ledger is how a build tells a person's edits from its own work without the cache: for every
extracted event it records a fingerprint of the values extraction last wrote (one short hash per
field group) and the keys of the sentences it came from. A field whose value no longer matches
its fingerprint was edited by a person; an id in the ledger with no event was deleted by one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from timeline.model import Event, Source

#: The field groups a person may edit; each has its own fingerprint.
FIELDS = ("when", "title", "summary", "tags")

Fingerprint = tuple[str, str, str, str]


@dataclass(slots=True)
class Ledger:
    """Bookkeeping for one extracted event, or for one a person deleted (``deleted``)."""

    fp: Fingerprint | None = None  # None: unknown (a person added the block by hand)
    src: tuple[str, ...] = ()  # source keys as of the last build
    rejected: tuple[str, ...] = ()  # source keys a person removed: never attach them again
    kind: str = "event"
    deleted: bool = False


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


def source_key(source: Source) -> str:
    """The sentence a source stands for: its article and a hash of the quote."""
    return f"{source.path}#{_h(' '.join(source.quote.split()))}"


def key_path(key: str) -> str:
    return key.rsplit("#", 1)[0]
