"""Mentions as TimeML TIMEX3 annotations, for scoring against TimeML corpora.

Our contract keeps a range as one mention ("1910-1945": value 1910, value_end 1945) because a
timeline places a period as one thing. TimeML annotates the two ends of a range as two TIMEX3s
("between [1994] and [1997]"), so a scorer that compares one value per annotated span needs the
range split at its written ends. ``timex3`` does that conversion and nothing else: every other
mention passes through as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.model import Mention


def timex3(mentions: Iterable[Mention]) -> list[dict[str, object]]:
    """One ``{"start", "end", "text", "type", "value"}`` per TIMEX3: a range whose ends are
    written apart gives two, each end with its own value."""
    out: list[dict[str, object]] = []
    for m in mentions:
        if m.parts is None or m.value_end is None:
            data = m.to_json()
            data.pop("value_end", None)
            out.append(data)
            continue
        for (start, end), value in zip(m.parts, (m.value, m.value_end), strict=True):
            out.append({"start": start, "end": end, "text": m.text[start - m.start:end - m.start],
                        "type": m.type, "value": value})
    return out
