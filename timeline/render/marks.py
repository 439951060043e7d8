"""An article's text with the sentences that report events marked and linked to them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from timeline.model import Event

if TYPE_CHECKING:
    from timeline.render.site import SourceInfo

#: Source pages live at sources/<slug>/index.html.
ROOT = "../../"


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    events: tuple[Event, ...]


def locate(text: str, quote: str, offset: int | None) -> tuple[int, int] | None:
    """Where a quote is in the text: at its recorded offset when it still matches there, else
    its first occurrence, else None (the article changed since the event was extracted)."""
    quote = quote.strip()
    if not quote:
        return None
    if offset is not None and text[offset:offset + len(quote)] == quote:
        return offset, offset + len(quote)
    found = text.find(quote)
    return (found, found + len(quote)) if found >= 0 else None


def marks(info: SourceInfo) -> list[Mark]:
    """Non-overlapping marks, in text order; events quoting the same words share one mark."""
    text = info.text
    spans: dict[tuple[int, int], list[Event]] = {}
    for event in info.events:
        for source in event.sources:
            if source.path != info.path:
                continue
            where = locate(text, source.quote, source.offset)
            if where is not None and event not in spans.setdefault(where, []):
                spans[where].append(event)
    result: list[Mark] = []
    for (start, end), events in sorted(spans.items()):
        if result and start < result[-1].end:
            last = result[-1]
            result[-1] = Mark(last.start, max(last.end, end), last.events + tuple(
                e for e in events if e not in last.events))
            continue
        result.append(Mark(start, end, tuple(events)))
    return result


def article_body(info: SourceInfo, event_url: Callable[[Event], str],
                 label: Callable[[Event], str] | None = None) -> list[Markup]:
    """The article's paragraphs as HTML, each mark a link to its event; with ``label`` (an
    event's date as shown) each mark comes with a margin note: that date and the title."""
    assert info.article is not None
    text = info.text
    found = marks(info)
    anchored: set[str] = set()
    paragraphs: list[Markup] = []
    first = 0  # marks and paragraphs are both in text order: one pass over each
    for paragraph in info.article.paragraphs:
        parts: list[str] = []
        at = paragraph.start
        while first < len(found) and found[first].end <= paragraph.start:
            first += 1
        for mark in found[first:]:
            if mark.start >= paragraph.end:
                break
            start, end = max(mark.start, paragraph.start), min(mark.end, paragraph.end)
            if start >= end:
                continue
            parts.append(escape(text[at:start]))
            if label is not None and start == mark.start:  # floats beside the mark's first line
                parts.append(_note(mark.events[0], event_url, label))
            parts.append(_mark(text[start:end], mark.events, event_url, anchored))
            at = end
        parts.append(escape(text[at:paragraph.end]))
        paragraphs.append(Markup("".join(parts)))
    return paragraphs


def _mark(words: str, events: tuple[Event, ...], event_url: Callable[[Event], str],
          anchored: set[str]) -> str:
    def anchor(event: Event) -> str:
        """ id="q-<event>" the first time an event is marked, so its page can link here."""
        if event.id in anchored:
            return ""
        anchored.add(event.id)
        return f' id="q-{escape(event_url(event).split("/")[1])}"'

    first = events[0]
    html = (f'<mark{anchor(first)}><a href="{escape(ROOT + event_url(first))}" '
            f'title="{escape(first.title)}">{escape(words)}</a></mark>')
    for n, event in enumerate(events[1:], start=2):
        html += (f'<sup{anchor(event)}><a href="{escape(ROOT + event_url(event))}" '
                 f'title="{escape(event.title)}">{n}</a></sup>')
    return html


def _note(event: Event, event_url: Callable[[Event], str], label: Callable[[Event], str]) -> str:
    """A margin note beside a mark: the event's date and title. The mark itself is the link a
    keyboard or a screen reader uses; the note repeats it for the eye only."""
    return (f'<a class="note" href="{escape(ROOT + event_url(event))}" tabindex="-1" '
            f'aria-hidden="true"><span>{escape(label(event))}</span> '
            f'{escape(event.title)}</a>')
