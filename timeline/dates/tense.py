"""Tense cues: does the sentence around a mention talk about the past or the future?

News reports what happened, so a weekday or a month without a year is the most recent one
unless the nearest cue says otherwise ("will meet on Monday", "is scheduled to close Monday").
The nearest cue before the mention wins; with none before it, the first one after it counts.
Only the mention's own sentence is read.
"""

from __future__ import annotations

from timeline.dates import words

WINDOW = 120
_STRIP = ",;:()[]\"“”‘'`"
_ENDS = (". ", "? ", "! ", "; ", ".\" ", ".” ", ".'' ", "\n")


def _cue(token: str, before: str | None) -> str:
    w = token.lower().replace("’", "'").strip(_STRIP)
    if w in words.FUTURE_CUES or w.endswith("'ll"):
        return "future"
    if w in words.FUTURE_VERBS and before in ("to", "will", "'ll", "would", "shall"):
        return "future"
    if w in words.PAST_CUES or (len(w) > 4 and w.endswith("ed") and token[:1].islower()):
        return "past"
    return ""


def _words(segment: str) -> list[str]:
    return [t.strip(_STRIP) for t in segment.replace("—", " ").split()]


def tense(text: str, start: int, end: int) -> str:
    """"past", "future" or "" for the mention at ``text[start:end]``."""
    left = text[max(0, start - WINDOW):start]
    cut = max((i + len(e) for e in _ENDS if (i := left.rfind(e)) >= 0), default=0)
    tokens = _words(left[cut:])
    for i in range(len(tokens) - 1, -1, -1):
        found = _cue(tokens[i], tokens[i - 1].lower() if i else None)
        if found:
            return found
        if i == len(tokens) - 1 and tokens[i].lower() in words.FUTURE_VERBS:
            return "future"  # "meet Monday", "resume Tuesday": a present verb right before
    right = text[end:end + WINDOW]
    stop = min((i for i in (right.find(e) for e in _ENDS) if i >= 0), default=len(right))
    tokens = _words(right[:stop])
    for i, token in enumerate(tokens):
        found = _cue(token, tokens[i - 1].lower() if i else None)
        if found:
            return found
    return ""
