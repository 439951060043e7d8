"""Feeds and exports: Atom, iCalendar, events.json, CSV and TimelineJS JSON.

events.json is exactly what ``timeline events --json`` prints: ``[Event.to_json() ...]``.
Nothing here reads the clock: the feed's and calendar's stamps are the build stamp.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from timeline.model import Event
from timeline.render.text import plain
from timeline.render.when import DAY_LEVEL, date_label, event_datetime

if TYPE_CHECKING:
    from timeline.render.pages import Renderer

FILES = ("feed.xml", "events.ics", "events.json", "events.csv", "timelinejs.json")
#: About how long each takes per event, an event's own page taking 1 (to share out the work).
COST = {"feed.xml": 0.01, "events.ics": 0.09, "events.json": 0.18, "events.csv": 0.08,
        "timelinejs.json": 0.24}
#: The Atom feed carries the latest events only.
FEED_LIMIT = 50
CSV_COLUMNS = ("id", "start", "end", "precision", "value", "value_end", "time", "kind", "title",
               "summary", "tags", "origin", "sources", "source_urls", "source_paths")


def build(r: Renderer, name: str) -> bytes:
    builders = {"feed.xml": atom, "events.ics": ical, "events.json": events_json,
                "events.csv": events_csv, "timelinejs.json": timelinejs}
    return builders[name](r)


def events_json(r: Renderer) -> bytes:
    """The list ``timeline events --json`` prints, one event a line."""
    if not r.site.events:
        return b"[]\n"
    lines = (json.dumps(e.to_json(), ensure_ascii=False) for e in r.site.events)
    return ("[\n" + ",\n".join(lines) + "\n]\n").encode("utf-8")


def updated(event: Event, fallback: datetime) -> datetime:
    """When an event was last reported: its latest source's publication time."""
    times = [s.published.astimezone(UTC) for s in event.sources]
    return max(times) if times else fallback


def atom(r: Renderer) -> bytes:
    site = r.site
    latest = sorted(site.events, key=lambda e: (updated(e, site.stamp), e.sort_key()),
                    reverse=True)[:FEED_LIMIT]
    entries = [{"event": e, "updated": _rfc3339(updated(e, site.stamp)),
                "link": site.config.base_url + r.event_url(e).removesuffix("index.html"),
                "when": date_label(e)} for e in latest]
    feed_updated = max((updated(e, site.stamp) for e in latest), default=site.stamp)
    return r.page("feed.xml", "feed.xml", entries=entries, updated=_rfc3339(feed_updated))


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _ics_text(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    """RFC 5545 lines of at most 75 octets, continued with a leading space; never splits a
    UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return [line]
    parts: list[str] = []
    limit = 75
    while data:
        cut = min(limit, len(data))
        while cut < len(data) and data[cut] & 0xC0 == 0x80:  # inside a character: back off
            cut -= 1
        parts.append(("" if not parts else " ") + data[:cut].decode("utf-8"))
        data, limit = data[cut:], 74
    return parts


def _dated(event: Event) -> bool:
    """Events a calendar can hold: known to the day (a period's both ends too)."""
    if event.precision in DAY_LEVEL:
        return True
    return event.is_period and event.value_end is not None and \
        len(event.value) >= 10 and len(event.value_end) >= 10


def ical(r: Renderer) -> bytes:
    site = r.site
    stamp = site.stamp.strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline//EN",
             "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{_ics_text(site.config.title)}"]
    for event in site.events:
        if not _dated(event):
            continue
        lines += ["BEGIN:VEVENT", f"UID:{event.id}@timeline", f"DTSTAMP:{stamp}"]
        moment = event_datetime(event)
        if moment is not None and event.last == event.first:
            lines.append(f"DTSTART:{moment.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}")
        else:
            lines.append(f"DTSTART;VALUE=DATE:{event.first.strftime('%Y%m%d')}")
            end = event.last + timedelta(days=1)
            lines.append(f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}")
        lines.append(f"SUMMARY:{_ics_text(event.title)}")
        if event.summary:
            lines.append(f"DESCRIPTION:{_ics_text(plain(event.summary))}")
        if site.config.base_url:
            lines.append(f"URL:{site.config.base_url}{r.event_url(event)}")
        if event.tags:
            lines.append("CATEGORIES:" + ",".join(_ics_text(t) for t in event.tags))
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line)).encode("utf-8")


def _cell(text: str) -> str:
    """Text a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text[:1] in ("=", "+", "@", "\t", "\r") else text


def events_csv(r: Renderer) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in r.site.events:
        writer.writerow([
            e.id, e.first.isoformat(), e.last.isoformat(), e.precision, e.value,
            e.value_end or "", e.time or "", e.kind, _cell(e.title), _cell(e.summary),
            ";".join(e.tags), e.origin, len(e.sources),
            " ".join(s.url or "" for s in e.sources), " ".join(s.path for s in e.sources),
        ])
    return out.getvalue().encode("utf-8")


def _tljs_date(day: date, precision: str, event: Event | None = None) -> dict[str, Any]:
    """A TimelineJS date object with only the fields the precision knows."""
    out: dict[str, Any] = {"year": day.year}
    if precision in ("month", "week", "day", "time", "quarter", "half", "season"):
        out["month"] = day.month
    if precision in ("day", "time", "week"):
        out["day"] = day.day
    moment = event_datetime(event) if event is not None else None
    if moment is not None:
        out["hour"], out["minute"] = moment.hour, moment.minute
    return out


def _source_links(event: Event) -> str:
    links = [Markup('<a href="{}">{}</a>').format(s.url, s.title) if s.url else escape(s.title)
             for s in event.sources]
    return str(Markup("<p>Sources: {}</p>").format(Markup("; ").join(links))) if links else ""


def timelinejs(r: Renderer) -> bytes:
    """The events as a TimelineJS 3 JSON document (its "events" and "eras")."""
    site = r.site
    items: list[dict[str, Any]] = []
    for e in site.events:
        item: dict[str, Any] = {
            "unique_id": r.site.slug[e.id],
            "start_date": {**_tljs_date(e.first, e.precision, e), "display_date": r.when(e)},
            "text": {"headline": e.title, "text": str(r.summary(e)) + _source_links(e)},
        }
        if e.last != e.first and (e.value_end or e.is_period):
            item["end_date"] = _tljs_date(e.last, e.precision)
        if e.tags:
            item["group"] = e.tags[0]
        items.append(item)
    title = {"text": {"headline": site.config.title, "text": site.config.description}}
    lines = ",\n".join(json.dumps(item, ensure_ascii=False) for item in items)
    head = json.dumps(title, ensure_ascii=False)
    return f'{{"title": {head},\n"events": [\n{lines}\n]}}\n'.encode()
