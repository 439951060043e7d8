"""A static search index that works offline, from file:// too.

Pagefind fetches its index and its WebAssembly with ``fetch()``, which browsers refuse for file://
pages; this index is plain JavaScript files loaded with ``<script>`` tags, which they allow. The
browser loads only what a query needs:

- ``search/meta.js``: the tags and sources with the events of each (for the filters);
- ``search/d/<n>.js``: the events in date order, ``CHUNK`` per file (title, date, URL, snippet);
- ``search/w/<n>.js``: the words whose first two letters hash to bucket ``n``, with their
  events (``BUCKETS`` files whatever the size, so the list of files is known before indexing).

An event's number is its place in date order, so results sorted by number are sorted by date.
Lists of numbers are stored as the gaps between them joined by "," ("0,1,10" is 0, 1, 11).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from timeline.render.text import plain, shorten, words

if TYPE_CHECKING:
    from timeline.render.pages import Renderer

CHUNK = 500
BUCKETS = 64
SNIPPET = 160


def bucket(word: str) -> int:
    """The file a word's postings live in: a hash of its first two letters (search.js agrees)."""
    h = 0
    for ch in word[:2]:
        h = (h * 31 + ord(ch)) % BUCKETS
    return h


def files(events: int) -> list[str]:
    """The names of the index files for a number of events."""
    chunks = max(1, -(-events // CHUNK))
    return ["search/meta.js", *(f"search/d/{i}.js" for i in range(chunks)),
            *(f"search/w/{i}.js" for i in range(BUCKETS))]


def encode(numbers: Iterable[int]) -> str:
    """Ascending numbers as gaps: [0, 1, 11] -> "0,1,10"."""
    out, last = [], 0
    for n in numbers:
        out.append(n - last)
        last = n
    return ",".join(map(str, out))


def _js(call: str, *args: Any) -> bytes:
    body = ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in args)
    return f"TL_SEARCH.{call}({body});\n".encode()


def index(r: Renderer) -> dict[str, bytes]:
    """Every file of the search index."""
    site = r.site
    postings: dict[str, list[int]] = defaultdict(list)
    docs: list[list[Any]] = []
    for n, event in enumerate(site.events):
        start = r.stamps(event)[0]
        summary = plain(event.summary)
        label = r.when(event)
        # Each distinct text once: a quote is often the summary, sources share a title.
        parts = dict.fromkeys([event.title, summary, *event.tags, *site.outlets_of(event),
                               label, *(s.title for s in event.sources),
                               *(s.quote for s in event.sources)])
        for word in set(words(" ".join(parts))):
            if len(word) > 1:
                postings[word].append(n)
        docs.append([r.event_url(event), label, start.attr, event.title,
                     shorten(summary, SNIPPET), len(event.sources)])
    out: dict[str, bytes] = {}
    for i in range(0, max(len(docs), 1), CHUNK):
        out[f"search/d/{i // CHUNK}.js"] = _js("docs", i // CHUNK, docs[i:i + CHUNK])
    shards: list[dict[str, str]] = [{} for _ in range(BUCKETS)]
    for word in sorted(postings):  # postings are in event order: each event adds once
        shards[bucket(word)][word] = encode(postings[word])
    for key, table in enumerate(shards):
        out[f"search/w/{key}.js"] = _js("words", key, table)
    numbers = {e.id: n for n, e in enumerate(site.events)}
    meta = {
        "count": len(docs),
        "chunk": CHUNK,
        "tags": [[tag, encode(numbers[e.id] for e in events)]
                 for tag, events in sorted(site.tags.items())],
        "outlets": [[name, encode(numbers[e.id] for e in events)]
                    for name, events in sorted(site.outlets.items())],
        "articles": [[info.title, encode(sorted(numbers[e.id] for e in info.events))]
                     for info in site.sources.values() if info.events],
        "buckets": BUCKETS,
    }
    out["search/meta.js"] = _js("meta", meta)
    return out
