"""Building articles and hand-made mentions for extractor tests, without the reader or the date
finder: each mention is named by the text it covers and its TimeML value."""

from __future__ import annotations

from datetime import datetime

from timeline.model import Article, Mention, Paragraph
from timeline.timeml import range_span


def article(headline: str, published: datetime, paragraphs: list[str], *,
            path: str = "content/articles/story.txt", agency: str | None = "Nordwire",
            url: str | None = None, tags: tuple[str, ...] = (),
            time_known: bool = True) -> Article:
    paras = []
    offset = 0
    for line, text in enumerate(paragraphs, start=3):
        paras.append(Paragraph(text, offset, line))
        offset += len(text) + 1
    return Article(path=path, title=headline, dateline=published.isoformat(),
                   published=published, paragraphs=tuple(paras), agency=agency, url=url,
                   tags=tags, time_known=time_known)


def mention(text: str, phrase: str, value: str, value_end: str | None = None, *,
            occurrence: int = 0, type_: str = "DATE") -> Mention:
    """The mention of ``phrase`` (its ``occurrence``-th appearance) in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    span = range_span(value, value_end)
    first, last, precision = span if span is not None else (None, None, "reference")
    return Mention(start=start, end=start + len(phrase), text=phrase, type=type_, value=value,
                   value_end=value_end, first=first, last=last, precision=precision)
