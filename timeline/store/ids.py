"""Readable, stable event ids: the date, then a slug of the title.

``2022-05-10-japan-says-south-korea-wants-better-ties``; a month-precision event is
``2022-05-...``, a period ``1910-1945-...``. The store keeps an id for the life of the event, so
a title edited later does not move it; a clash gets ``-2``, ``-3``...
"""

from __future__ import annotations

import re
import unicodedata

from timeline.model import Event

SLUG_WORDS = 7
SLUG_CHARS = 48

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_VALUE_CHARS = re.compile(r"[^0-9A-Za-z-]+")


def slugify(text: str, words: int = SLUG_WORDS, limit: int = SLUG_CHARS) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = ascii_text.lower().replace("'", "").replace("’", "")
    parts = [p for p in _NOT_SLUG.split(ascii_text) if p][:words]
    slug = "-".join(parts)
    while len(slug) > limit and "-" in slug:
        slug = slug.rsplit("-", 1)[0]
    return slug[:limit] or "event"


def date_part(event: Event) -> str:
    """The date an id starts with: the first day, or the value when coarser than a day."""
    if event.precision in ("day", "time"):
        start = event.first.isoformat()
    else:
        start = _VALUE_CHARS.sub("", event.value.split("T", 1)[0]) or event.first.isoformat()
    if event.value_end:
        end = _VALUE_CHARS.sub("", event.value_end.split("T", 1)[0])
        if end and end != start:
            return f"{start}-{end}" if event.precision not in ("day", "time") else \
                f"{start}--{end}"
    return start


def base_id(event: Event) -> str:
    return f"{date_part(event)}-{slugify(event.title)}"


def unique_id(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
