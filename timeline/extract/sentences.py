"""Splitting article text into sentences, each with its offsets into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.dates.grammar import MONTH_ABBR, MONTH_FULL, WEEKDAY
from timeline.dates.tense import is_abbreviation
from timeline.extract.words import BYLINE_WORDS
from timeline.model import Paragraph

# A full stop, question or exclamation mark, closing quotes or brackets, then white space and
# something that can open a sentence; or a semicolon, which joins two statements that each may
# have their own date ("took the case to court in 1993; the court ruled in 1997 ...").
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|;(?=\s+\w)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# "TOKYO (Reuters) –", "KESTREL BAY (Harbour Wire) -", "SEOUL, South Korea (AP) —"
_WIRE_LEAD = re.compile(
    r"^[A-Z][A-Z.'’\- ]{1,40}?(?:,\s*[A-Z][\w.'’\- ]{1,30}?)?(?:,\s*[^()]{3,40}?)?"
    r"\s*\([A-Z][\w.&' -]{0,30}\)\s*[-–—:]+\s*"
)
_PLACE_LEAD = re.compile(r"^[A-Z][A-Z.'’\- ]{2,40}?\s*[-–—]{1,2}\s+(?=\S)")
_BYLINE = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in BYLINE_WORDS) + r")\s+[A-Z][^.!?]{0,60}$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offset in the article text
    index: int  # 0 for the article's first sentence

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def sentences(paragraphs: tuple[Paragraph, ...]) -> list[Sentence]:
    """The sentences of the body, in order; a byline before the lead and the wire lead itself
    ("TOKYO (Reuters) –") are left out."""
    found: list[Sentence] = []
    leading = True
    for paragraph in paragraphs:
        text = paragraph.text
        begin = 0
        if leading:
            if _BYLINE.match(text.strip()):
                continue  # "By Lena Marsh" between the dateline and the lead
            leading = False
            lead = _WIRE_LEAD.match(text) or _PLACE_LEAD.match(text)
            if lead is not None:
                begin = lead.end()
        for start, end in _spans(text, begin):
            piece = text[start:end]
            stripped = piece.strip().removesuffix(";").rstrip()
            if not stripped:
                continue
            lead_space = len(piece) - len(piece.lstrip())
            found.append(Sentence(stripped, paragraph.start + start + lead_space, len(found)))
    return found


def _spans(text: str, begin: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = begin
    for match in _BOUNDARY.finditer(text, begin):
        if match.group().startswith("."):
            if _CLOCK_ENDS.search(text, start, match.start() + 1):
                if not _NEW_SENTENCE.match(text, match.end()):
                    continue  # "at 7 p.m. Tuesday": the clock's "p.m."
            elif _is_abbreviation(text[start:match.start()]):
                continue
        if match.group() == ";" and _in_quote(text[:match.start()]):
            continue  # a semicolon inside a quotation does not end what is quoted
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


# "lifted at 7:10 p.m. Waves of up to ...": a clock's "p.m." may end the sentence too ...
_CLOCK_ENDS = re.compile(r"\d\s?[ap]\.m\.$")
# ... when a capitalised word that opens a sentence follows, not a day, a month or a zone
# ("at 7 p.m. Tuesday", "9 a.m. EST", "8 p.m. Eastern", "5 p.m. New York time")
_NEW_SENTENCE = re.compile(
    rf"\s+[\"“‘']?(?!(?:{WEEKDAY}|{MONTH_FULL})\b|{MONTH_ABBR}|[A-Z]{{2,5}}\b"
    r"|(?:Eastern|Central|Pacific|Mountain|Atlantic|"
    r"Alaska|Hawaii|Greenwich|British|European|Moscow|Japan|Korea|China|India|Israel|Arabia)\b"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time\b)[A-Z][a-z]")


def _in_quote(before: str) -> bool:
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _is_abbreviation(before: str) -> bool:
    word = _WORD_BEFORE.search(before)
    if word is None:
        return False
    return is_abbreviation(word.group(1))


def strip_wire_lead(text: str) -> str:
    lead = _WIRE_LEAD.match(text) or _PLACE_LEAD.match(text)
    return text[lead.end():] if lead is not None else text
