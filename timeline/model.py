"""The data that flows through timeline: articles, date mentions, events and their sources.

These are plain values. Readers produce them, the date finder and the extractor transform them,
the store persists them and the renderer shows them; none of them knows about the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

#: Mention and event types, as TimeML names them.
DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"

#: Precisions from coarsest to finest. A value's precision says which of its digits are known.
PRECISIONS = (
    "millennium", "century", "decade", "year", "half", "quarter", "season", "month", "week",
    "day", "time", "reference",
)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of an article body: its text, where it starts in ``Article.text``, and the
    1-based line of the file it came from (for messages)."""

    text: str
    start: int
    line: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Article:
    """A news article as read from disk, with page furniture removed."""

    path: str  # project-relative, with forward slashes
    title: str
    dateline: str  # as printed, e.g. "17:48 JST, May 10, 2022"
    published: datetime  # aware; in the dateline's own zone
    paragraphs: tuple[Paragraph, ...]
    place: str | None = None  # "TOKYO" from "TOKYO (Reuters) –"
    agency: str | None = None  # "Reuters"
    url: str | None = None
    source: str | None = None  # the publication, from front matter
    tags: tuple[str, ...] = ()
    language: str = "en"
    digest: str = ""  # sha256 of the file's bytes
    dropped: tuple[str, ...] = ()  # page furniture lines that were removed
    time_known: bool = True  # False when the dateline gives a date but no clock time
    author: str | None = None  # from a byline ("By Ana Silva") or front matter
    #: The body as one string; paragraph offsets index into it. Joined once, on creation.
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", "\n".join(p.text for p in self.paragraphs))

    @property
    def slug(self) -> str:
        stem = self.path.rsplit("/", 1)[-1]
        return stem.rsplit(".", 1)[0]


@dataclass(frozen=True, slots=True)
class Mention:
    """A temporal expression found in a text.

    ``start``/``end`` are str offsets into the text searched. ``value`` is a TimeML TIMEX3 value
    ("2022-05-09", "2022-05", "199", "PRESENT_REF", "P3D"...). A range is one mention whose value is
    its start and whose ``value_end`` is its end. ``first``/``last`` are the first and last day the
    mention covers (inclusive), when it can be placed on a calendar at all.
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    value_end: str | None = None
    first: date | None = None
    last: date | None = None
    precision: str = "day"
    time: str | None = None  # "17:48:00+09:00" when the mention names a clock time
    rule: str = ""  # the rule that found it, shown by `timeline dates --explain`
    anchor: str = ""  # the reference it was resolved against, e.g. "2022-05-10"
    tense: str = ""  # "past" | "future" | "" : the cue used to resolve it, if any
    #: where a range's two ends are written, as (start, end) offsets: (1910's, 1945's) in
    #: "1910-1945"; None for a mention that is not a range or whose ends share their words
    parts: tuple[tuple[int, int], tuple[int, int]] | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "value": self.value,
        }
        if self.value_end is not None:
            data["value_end"] = self.value_end
        return data


@dataclass(slots=True)
class Source:
    """Where an event was reported: one article, and the sentence that reports it."""

    path: str
    title: str
    published: datetime
    url: str | None = None
    quote: str = ""
    offset: int | None = None  # where the quote starts in the article body text
    agency: str | None = None
    author: str | None = None  # the byline's name, or front matter `author:`

    def to_json(self) -> dict[str, object]:
        return {
            "title": self.title,
            "url": self.url,
            "path": self.path,
            "published": self.published.isoformat(),
            "quote": self.quote,
            "offset": self.offset,
            "agency": self.agency,
            "author": self.author,
        }


@dataclass(slots=True)
class Event:
    """Something that happened at a time, with the articles that report it."""

    id: str
    value: str  # TimeML value of the start
    first: date  # first day covered
    last: date  # last day covered, inclusive
    precision: str
    title: str
    value_end: str | None = None
    time: str | None = None  # ISO time with offset, when known
    summary: str = ""
    tags: list[str] = field(default_factory=list)
    origin: str = "extracted"  # "extracted" | "manual"
    sources: list[Source] = field(default_factory=list)
    hidden: bool = False
    kind: str = "event"  # "event" | "period"

    @property
    def is_period(self) -> bool:
        return self.kind == "period"

    def sort_key(self) -> tuple[date, str, date, str]:
        return (self.first, self.time or "", self.last, self.id)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "start": self.first.isoformat(),
            "end": self.last.isoformat(),
            "precision": self.precision,
            "value": self.value,
            "value_end": self.value_end,
            "time": self.time,
            "kind": self.kind,
            "title": self.title,
            "summary": self.summary,
            "tags": list(self.tags),
            "origin": self.origin,
            "hidden": self.hidden,
            "sources": [s.to_json() for s in self.sources],
        }
