"""The ``timeline dates`` verb: mentions in texts, in article files, or in a JSONL batch, as
lines to print.

``dates(texts, anchor, settings, as_json=..., explain=...)``, ``dates_articles(paths,
settings)`` and ``dates_batch(path, settings)`` return the lines the command prints; the
command itself only parses options.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path

from timeline.dates.dateline import parse_dateline
from timeline.dates.mentions import find_mentions
from timeline.dates.settings import DateSettings
from timeline.dates.timex import timex3
from timeline.errors import DateError, Problem
from timeline.model import Mention, Paragraph

Warn = Callable[[str], None]

#: ``json.dumps(row, ensure_ascii=False)`` without building an encoder for every line.
_json_line = json.JSONEncoder(ensure_ascii=False).encode


def _ignore(message: str) -> None:
    del message


def _anchor(text: str | None, settings: DateSettings, warn: Warn = _ignore,
            where: str = "") -> datetime | None:
    if not text:
        return None
    found = parse_dateline(text, settings)
    for warning in found.warnings:
        warn(f"{where}{warning}")
    return found.when


def _row(m: Mention, explain: bool) -> dict[str, object]:
    data = m.to_json()
    if explain:
        data.update(rule=m.rule, anchor=m.anchor, tense=m.tense, precision=m.precision,
                    first=m.first.isoformat() if m.first else None,
                    last=m.last.isoformat() if m.last else None, time=m.time)
    return data


def _human(m: Mention, explain: bool) -> str:
    value = m.value + (f"/{m.value_end}" if m.value_end else "")
    line = f"{m.start:>5}-{m.end:<5} {m.text!r:32} {m.type:<8} {value}"
    if m.time:
        line += f"  at {m.time}"
    if explain:
        why = f"rule={m.rule}"
        if m.anchor:
            why += f" anchor={m.anchor}"
        if m.tense:
            why += f" tense={m.tense}"
        line += f"  [{why}]"
    return line


def dates(texts: Iterable[str], anchor: str | None, settings: DateSettings, *,
          as_json: bool = False, explain: bool = False, warn: Warn = _ignore) -> Iterator[str]:
    """The lines ``timeline dates TEXT...`` prints: one per mention (JSON: one list).

    ``warn`` hears what the anchor's reading had to guess (an ambiguous or unknown zone)."""
    try:
        when = _anchor(anchor, settings, warn, "--anchor: ")
    except DateError as exc:
        raise DateError(f"--anchor: {exc}") from exc
    found = [m for text in texts for m in find_mentions(text, when, settings)]
    if as_json:
        yield json.dumps([_row(m, explain) for m in found], ensure_ascii=False, indent=2)
        return
    if not found:
        yield "no temporal expressions found"
    for m in found:
        yield _human(m, explain)


def dates_articles(paths: Iterable[Path], settings: DateSettings, *, as_json: bool = False,
                   explain: bool = False, warn: Warn = _ignore) -> Iterator[str]:
    """The mentions of each article file read as ``timeline build`` reads it: page furniture
    dropped, resolved against the article's own dateline, each with the line of the file its
    paragraph starts on. An article that cannot be read is reported with its file and line."""
    from timeline.articles import read_article

    rows: list[dict[str, object]] = []
    for path in paths:
        try:
            article, warnings = read_article(path, str(path), settings)
        except OSError as exc:
            raise DateError(f"{path}: cannot read: {exc.strerror}") from exc
        for problem in warnings:
            warn(str(problem))
        found = find_mentions(article.text, article.published, settings)
        if as_json:
            rows.extend({"path": str(path), "line": _line_of(article.paragraphs, m.start),
                         **_row(m, explain)} for m in found)
            continue
        yield (f"{path}: dateline {article.dateline!r} = {article.published.isoformat()}"
               if article.dateline else f"{path}: dated {article.published.isoformat()}")
        if not found:
            yield "  no temporal expressions found"
        for m in found:
            yield f"  line {_line_of(article.paragraphs, m.start):<4}{_human(m, explain)}"
    if as_json:
        yield json.dumps(rows, ensure_ascii=False, indent=2)


def _line_of(paragraphs: Sequence[Paragraph], offset: int) -> int:
    """The file line the paragraph holding ``offset`` starts on."""
    at = bisect_right([p.start for p in paragraphs], offset) - 1
    return paragraphs[max(at, 0)].line if paragraphs else 0


def dates_batch(path: Path, settings: DateSettings, *, explain: bool = False,
                timeml: bool = False, warn: Warn = _ignore) -> Iterator[str]:
    """One JSON line per mention for each ``{"doc", "dct", "text"}`` line of ``path``.

    ``timeml``: one line per TimeML TIMEX3 instead, a range split at its two written ends
    (``timex.timex3``), for scorers that compare TimeML annotations.

    Every bad line is reported (file, line, what was expected) before anything is printed.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DateError(f"{path}: cannot read: {exc.strerror}") from exc
    docs: list[tuple[object, datetime | None, str]] = []
    problems: list[Problem] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(str(path), f"not JSON ({exc.msg})", number, exc.colno))
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            problems.append(Problem(str(path), 'expected an object {"doc": id, "dct": dateline, '
                                               '"text": str}', number))
            continue
        dct = item.get("dct")
        try:
            when = (_anchor(dct, settings, warn, f"{path}:{number}: dct: ")
                    if isinstance(dct, str) and dct.strip() else None)
        except DateError as exc:
            problems.append(Problem(str(path), f"dct: {exc}", number))
            continue
        docs.append((item.get("doc"), when, item["text"]))
    if problems:
        raise DateError(f"{path} has {len(problems)} bad line(s)", problems)
    for doc, when, text in docs:
        found = find_mentions(text, when, settings)
        rows = timex3(found) if timeml else [_row(m, explain) for m in found]
        for row in rows:
            yield _json_line({"doc": doc, **row})
