"""Tense cues: does the sentence around a mention talk about the past or the future?

News reports what happened, so a weekday or a month without a year is the most recent one
unless the nearest cue says otherwise ("will meet on Monday", "is scheduled to close Monday").
The nearest cue before the mention wins; with none before it, the first one after it counts.
"""

from __future__ import annotations

import re

from timeline.dates import words

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|['’]ll")
_SENTENCE_END = re.compile(r"[.!?]['\"”’]?\s+(?=[A-Z\"“‘'(])|\n")
WINDOW = 120


def _cue(word: str, before: str | None) -> str:
    w = word.lower().replace("’", "'")
    if w in words.FUTURE_CUES or w.endswith("'ll"):
        return "future"
    if w in words.FUTURE_VERBS and before in ("to", "will", "'ll", "would", "shall"):
        return "future"
    if w in words.PAST_CUES or (len(w) > 4 and w.endswith("ed") and word[0].islower()):
        return "past"
    return ""


def tense(text: str, start: int, end: int) -> str:
    """"past", "future" or "" for the mention at ``text[start:end]``."""
    left = text[max(0, start - WINDOW):start]
    cut = None
    for cut in _SENTENCE_END.finditer(left):
        pass
    if cut is not None:
        left = left[cut.end():]
    tokens = _WORD.findall(left)
    for i in range(len(tokens) - 1, -1, -1):
        found = _cue(tokens[i], tokens[i - 1].lower() if i else None)
        if found:
            return found
        if i == len(tokens) - 1 and tokens[i].lower() in words.FUTURE_VERBS:
            return "future"  # "meet Monday", "resume Tuesday": a present verb right before
    right = text[end:end + WINDOW]
    stop = _SENTENCE_END.search(right)
    if stop is not None:
        right = right[:stop.start()]
    tokens = _WORD.findall(right)
    for i, token in enumerate(tokens):
        found = _cue(token, tokens[i - 1].lower() if i else None)
        if found:
            return found
    return ""
