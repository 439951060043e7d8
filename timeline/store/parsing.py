"""Reading one shard: YAML to events, ledger and comments, with every problem located by line
and column and explained."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import yaml

from timeline.errors import Problem
from timeline.model import Event, Source
from timeline.store.comments import find_notes, has_comments
from timeline.store.records import Fingerprint, Ledger
from timeline.store.shards import ParsedShard, header_length, is_build_file
from timeline.store.yamlform import load, problem_at
from timeline.timeml import range_span

EVENT_KEYS = ("id", "date", "end", "time", "kind", "title", "summary", "tags", "hidden",
              "origin", "sources")
SOURCE_KEYS = ("path", "title", "published", "url", "agency", "author", "offset", "quote")
LEDGER_KEYS = ("fp", "src", "sfp", "rejected", "kind", "deleted")
KINDS = ("event", "period")
ORIGINS = ("extracted", "manual")

ID_PATTERN = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]*$")
TIME_PATTERN = re.compile(r"^\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$")
FP_PATTERN = re.compile(r"^[0-9a-f]{8}(?:\.[0-9a-f]{8}){3}$")
SFP_PATTERN = re.compile(r"^(?:[0-9a-f]{8}(?:\.[0-9a-f]{8}){5})?$")


# --- parsing -----------------------------------------------------------------------------------


class _Checker:
    """Collects problems with a YAML path each; locates them in the text only when there are."""

    def __init__(self, rel: str, shown: str, text: str) -> None:
        self.rel, self.shown, self.text = rel, shown, text
        self.found: list[tuple[tuple[str | int, ...], str]] = []

    def add(self, path: tuple[str | int, ...], message: str) -> None:
        self.found.append((path, message))

    def problems(self) -> list[Problem]:
        return [problem_at(self.shown, self.text, path, f"{_dotted(path)}{message}")
                for path, message in self.found]


def _dotted(path: tuple[str | int, ...]) -> str:
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    return f"{where}: " if where else ""


def parse(rel: str, text: str, shown: str | None = None) -> tuple[ParsedShard, list[Problem]]:
    """Parse one shard; ``shown`` is the path messages name (relative to the project)."""
    shown = shown or rel
    try:
        raw = load(text)
    except yaml.YAMLError as exc:
        return ParsedShard(rel), [_yaml_problem(exc, shown)]
    check = _Checker(rel, shown, text)
    shard = ParsedShard(rel)
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        check.add((), "expected a mapping with `events:` (a list) and `ledger:`")
        return shard, check.problems()
    for key in raw:
        if key not in ("events", "ledger"):
            check.add((str(key),), f"unknown key {key!r}; expected `events` and `ledger`")
    events = raw.get("events") or []
    if not isinstance(events, list):
        check.add(("events",), "expected a list of events, each starting with `- id:`")
        events = []
    for index, item in enumerate(events):
        event = _event(item, ("events", index), check)
        if event is not None:
            shard.events.append(event)
    ledger = raw.get("ledger") or {}
    if not isinstance(ledger, dict):
        check.add(("ledger",), "expected a mapping of event id to bookkeeping")
        ledger = {}
    for event_id, entry in ledger.items():
        parsed = _ledger(entry, ("ledger", str(event_id)), check)
        if parsed is not None:
            shard.ledger[str(event_id)] = parsed
    if is_build_file(rel) and not check.found:
        start = header_length(rel, text)
        if has_comments(text, start):
            shard.notes = find_notes(text, start)
    return shard, check.problems()


def _yaml_problem(exc: yaml.YAMLError, shown: str) -> Problem:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        return Problem(shown, f"YAML error: {exc.problem or exc.context or 'invalid YAML'}",
                       line, column)
    return Problem(shown, f"YAML error: {exc}")


def _text(value: Any, path: tuple[str | int, ...], check: _Checker, what: str,
          required: bool = True) -> str | None:
    if value is None or value == "":
        if required:
            check.add(path, f"expected {what}")
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        check.add(path, f"expected {what}, got {type(value).__name__}")
        return None
    return str(value)


def _known_fields(mapping: dict[Any, Any], keys: Sequence[str], what: str,
                  path: tuple[str | int, ...], check: _Checker) -> None:
    for key in mapping:
        if key not in keys:
            check.add((*path, str(key)), f"unknown field {key!r}; {what} has {', '.join(keys)}")


def _event(item: Any, path: tuple[str | int, ...], check: _Checker) -> Event | None:
    if not isinstance(item, dict):
        check.add(path, "expected an event: a mapping starting with `- id:`")
        return None
    before = len(check.found)
    _known_fields(item, EVENT_KEYS, "an event", path, check)
    event_id = _text(item.get("id"), (*path, "id"), check, "an id such as 2022-05-10-talks-open")
    if event_id is not None and not ID_PATTERN.fullmatch(event_id):
        check.add((*path, "id"), "expected an id of letters, digits, '-', '_' and '.', such as "
                                 "2022-05-10-talks-open")
    value = _text(item.get("date"), (*path, "date"), check,
                  "a TimeML date such as 2022-05-10, 2022-05 or 1910")
    value_end = _text(item.get("end"), (*path, "end"), check, "a TimeML date", required=False)
    span = range_span(value, value_end) if value else None
    if value and span is None:
        check.add((*path, "date"), f"cannot place {value!r} on a calendar; expected a TimeML "
                                   "date such as 2022-05-10, 2022-05, 2022-W19, 2022-Q1 or 1910")
    elif value and value_end and range_span(value_end, None) is None:
        check.add((*path, "end"), f"cannot place {value_end!r} on a calendar; expected a TimeML "
                                  "date such as 1945")
    elif value and value_end and _ends_before(value, value_end):
        check.add((*path, "end"), f"the end {value_end!r} is before the date {value!r}")
    time = _text(item.get("time"), (*path, "time"), check, "a time", required=False)
    if time is not None and not TIME_PATTERN.fullmatch(time):
        check.add((*path, "time"), f'expected a time such as "17:48:00+09:00", got {time!r}')
    kind = item.get("kind", "event")
    if kind not in KINDS:
        check.add((*path, "kind"), f"expected one of {', '.join(KINDS)}, got {kind!r}")
    origin = item.get("origin", "extracted")
    if origin not in ORIGINS:
        check.add((*path, "origin"), f"expected one of {', '.join(ORIGINS)}, got {origin!r}")
    title = _text(item.get("title"), (*path, "title"), check, "a title")
    summary = _text(item.get("summary"), (*path, "summary"), check, "text", required=False)
    tags = item.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) and t for t in tags):
        check.add((*path, "tags"), "expected a list of tags, such as [trade, japan]")
        tags = []
    hidden = item.get("hidden", False)
    if not isinstance(hidden, bool):
        check.add((*path, "hidden"), f"expected true or false, got {hidden!r}")
    raw_sources = item.get("sources") or []
    if not isinstance(raw_sources, list):
        check.add((*path, "sources"), "expected a list of sources, each starting with `- path:`")
        raw_sources = []
    sources = [s for i, raw in enumerate(raw_sources)
               if (s := _source(raw, (*path, "sources", i), check)) is not None]
    if len(check.found) > before or span is None:
        return None
    assert event_id is not None and value is not None and title is not None
    first, last, precision = span
    return Event(
        id=event_id, value=value, value_end=value_end, first=first, last=last,
        precision=precision, title=title, time=time, summary=summary or "",
        tags=list(tags), origin=str(origin), sources=sources, hidden=bool(hidden),
        kind=str(kind),
    )


def _ends_before(value: str, value_end: str) -> bool:
    start, end = range_span(value, None), range_span(value_end, None)
    return start is not None and end is not None and end[1] < start[0]


def _source(raw: Any, path: tuple[str | int, ...], check: _Checker) -> Source | None:
    if not isinstance(raw, dict):
        check.add(path, "expected a source: a mapping starting with `- path:`")
        return None
    before = len(check.found)
    _known_fields(raw, SOURCE_KEYS, "a source", path, check)
    where = _text(raw.get("path"), (*path, "path"), check, "the article's path")
    title = _text(raw.get("title"), (*path, "title"), check, "the article's title",
                  required=False)
    published_text = _text(raw.get("published"), (*path, "published"), check,
                           "a date and time such as 2022-05-10T17:48:00+09:00")
    published = None
    if published_text is not None:
        try:
            published = datetime.fromisoformat(published_text)
        except ValueError:
            check.add((*path, "published"), "expected a date and time such as "
                                            f"2022-05-10T17:48:00+09:00, got {published_text!r}")
    url = _text(raw.get("url"), (*path, "url"), check, "a URL", required=False)
    agency = _text(raw.get("agency"), (*path, "agency"), check, "a name", required=False)
    author = _text(raw.get("author"), (*path, "author"), check, "a name", required=False)
    offset = raw.get("offset")
    if offset is not None and (isinstance(offset, bool) or not isinstance(offset, int)
                               or offset < 0):
        check.add((*path, "offset"), f"expected a character offset (0 or more), got {offset!r}")
    quote = raw.get("quote") or ""
    if not isinstance(quote, str):
        check.add((*path, "quote"), "expected the sentence quoted from the article")
    if len(check.found) > before:
        return None
    assert where is not None and published is not None
    return Source(path=where, title=title or "", published=published, url=url,
                  quote=str(quote), offset=offset, agency=agency, author=author)


def _ledger(raw: Any, path: tuple[str | int, ...], check: _Checker) -> Ledger | None:
    if not isinstance(raw, dict) or any(k not in LEDGER_KEYS for k in raw):
        check.add(path, "expected {fp: ..., src: [...]} as the build wrote it; restore the "
                        "line or delete it")
        return None
    fp_text = raw.get("fp")
    fp: Fingerprint | None = None
    if fp_text is not None:
        if not isinstance(fp_text, str) or not FP_PATTERN.fullmatch(fp_text):
            check.add((*path, "fp"), "expected four 8-digit hex hashes joined by '.'")
            return None
        a, b, c, d = fp_text.split(".")
        fp = (a, b, c, d)
    lists = []
    for key in ("src", "rejected", "sfp"):
        value = raw.get(key) or []
        if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
            check.add((*path, key), "expected a list of source keys")
            return None
        lists.append(tuple(value))
    if lists[2] and (len(lists[2]) != len(lists[0])
                     or not all(SFP_PATTERN.fullmatch(p) for p in lists[2])):
        check.add((*path, "sfp"), "expected one source fingerprint (six 8-digit hex hashes "
                                  "joined by '.') for each key of src")
        return None
    kind = raw.get("kind", "event")
    deleted = raw.get("deleted", False)
    if kind not in KINDS or not isinstance(deleted, bool):
        check.add(path, "expected kind event|period and deleted true|false")
        return None
    return Ledger(fp=fp, src=lists[0], rejected=lists[1], kind=str(kind), deleted=deleted,
                  sfp=lists[2])
