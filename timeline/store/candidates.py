"""This build's candidate events as the merge takes them: made consistent, ordered, and
compared sentence with sentence."""

from __future__ import annotations

from timeline.model import Event, Source
from timeline.timeml import range_span


def order(source: Source) -> tuple[object, ...]:
    """Sources in the order they were published: the first report creates the event."""
    return (source.published, source.path, source.offset if source.offset is not None else -1,
            source.quote)


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in text.split())


def overlap(a: str, b: str) -> float:
    """How alike two quotes are: the share of words they have in common (0 to 1)."""
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def canonical(candidate: Event) -> Event:
    """A copy of a candidate whose value, span and precision agree, with exactly one source."""
    if len(candidate.sources) != 1:
        raise ValueError(f"candidate {candidate.id or candidate.title!r} must have one source")
    value, value_end = candidate.value, candidate.value_end
    span = range_span(value, value_end)
    if span is None or span[:2] != (candidate.first, candidate.last):
        first, last = candidate.first, candidate.last
        value, value_end = first.isoformat(), last.isoformat() if last != first else None
        span = range_span(value, value_end)
        assert span is not None
    s = candidate.sources[0]
    return Event(
        id=candidate.id, value=value, value_end=value_end, first=span[0], last=span[1],
        precision=span[2], title=candidate.title,
        time=candidate.time if span[2] in ("day", "time") else None,
        summary=candidate.summary, tags=sorted(set(candidate.tags)), origin=candidate.origin,
        sources=[Source(s.path, s.title, s.published, s.url, s.quote, s.offset, s.agency,
                        s.author)],
        hidden=candidate.hidden, kind=candidate.kind,
    )
