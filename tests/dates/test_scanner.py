"""The scanner's shortcuts change nothing: the head words it finds are every head word, and the
rules it skips at a start by their first character could not have matched there."""

from __future__ import annotations

import re
import string
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import heads
from timeline.dates.firsts import first_chars
from timeline.dates.grammar import RULES, alternation, anycase
from timeline.dates.mentions import find_mentions
from timeline.dates.rules import Context
from timeline.dates.settings import DEFAULT_SETTINGS

#: Words the rules are made of, cased as news prints them and not, with the punctuation
#: around them, so that salads of them match every rule somewhere.
WORDS = ["May", "may", "MAY", "Friday", "friday", "last", "Last", "next", "this", "that", "the",
         "The", "third", "quarter", "of", "1990", "1990s", "'80s", "’90s", "2001", "-", "–",
         "Aug.", "2", "5th", ",", "at", "3", "p.m.", "15:00", "12/3/2001", "2001-05-06", "EST",
         "(GMT)", "yesterday", "Today", "tonight", "morning", "now", "fiscal", "between", "and",
         "from", "to", "ago", "three", "years", "a", "year", "year-ago", "earlier", "half",
         "first", "nineteen", "eighty-nine", "two", "thousand", "century", "20th", "spring",
         "Christmas", "New", "Year's", "Day", "every", "week", "daily", "once", "per", "day",
         "the", "end", "mid", "early", "late", "in", "on", "by", "noon", "\n", "’s", "(", ")",
         "\u00a0", "\u2009", "x", "ſ"]
ANCHOR = datetime(2022, 5, 10, 17, 48, tzinfo=ZoneInfo("Asia/Tokyo"))
SALAD = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)


@pytest.mark.parametrize(("pattern", "expected", "note"), [
    ("abc", "a", "a literal"),
    ("(?i:may)", "Mm", "case folded where the flag is set"),
    ("(?i)s", "Ss", "a global flag"),
    (r"(?i:a(?-i:b))|(?-i:c)", "Aac", "flags switched off inside"),
    (r"\bday", "d", "a word boundary does not begin a match"),
    (r"(?<=in )(?=d)day", "d", "nor does a lookaround"),
    ("a?b", "ab", "an optional piece, then the next"),
    ("(?:a|b*)c", "abc", "a branch that may be empty"),
    ("[0-2x]y", "012x", "a class"),
    (r"\d", string.digits, "a category"),
    ("(?:ab){2,3}", "a", "a repeat"),
    ("(?:a|)", None, "may match nothing: any start"),
    ("x*", None, "a repeat that may match nothing"),
])
def test_first_chars(pattern: str, expected: str | None, note: str) -> None:
    assert first_chars(pattern) == (None if expected is None else frozenset(expected)), note


_RULES = [(name, re.compile(pattern), first_chars(pattern)) for name, pattern in RULES]


@settings(max_examples=100, deadline=None)
@given(SALAD)
def test_a_rule_matches_only_where_its_first_chars_say(text: str) -> None:
    for name, compiled, firsts in _RULES:
        for m in re.finditer(r"\S+", text):
            start = m.start()
            if firsts is not None and text[start].isascii() and compiled.match(text, start):
                assert text[start] in firsts, (name, text[start:start + 20])


def _reference_heads(text: str) -> list[tuple[int, int, str]]:
    """Head words the slow way: every word between two spaces of the normalized text."""
    norm = " " + text.translate(heads._TABLE) + " "
    found = []
    for m in re.finditer(r"(?<= )[^ ]+(?= )", norm):
        word = m.group()
        if word in heads.HEADS:
            found.append((m.start() - 1, m.end() - 1, heads.HEADS[word]))
        elif heads._NUMERIC_HEAD.fullmatch(word):
            kind = "clock" if ":" in word else "decade" if word.endswith("s") else "year"
            found.append((m.start() - 1, m.end() - 1, kind))
    return found


@settings(max_examples=300, deadline=None)
@given(st.one_of(SALAD, st.text()))
def test_head_positions_are_every_head_word(text: str) -> None:
    assert heads.head_positions(text) == _reference_heads(text)


@settings(max_examples=200, deadline=None)
@given(SALAD)
def test_skipping_rules_by_first_char_changes_nothing(text: str) -> None:
    fast = find_mentions(text, ANCHOR)
    tables = heads._TABLES
    try:  # every rule of the head's kind at every start
        heads._TABLES = {kind: ({}, every) for kind, (_, every) in tables.items()}
        slow = find_mentions(text, ANCHOR)
    finally:
        heads._TABLES = tables
    assert fast == slow


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abAB -'\t", min_size=1, max_size=6), min_size=1, max_size=8),
       st.text(alphabet="abAB -'\t", max_size=12), st.sampled_from(["", "b", r"\s", "$", "-a"]))
def test_anycase_tree_matches_what_the_plain_alternation_does(
        keys: list[str], text: str, after: str) -> None:
    plain = re.compile(f"(?i:{alternation(keys)}){after}")
    tree = re.compile(f"{anycase(keys)}{after}")
    for start in range(len(text) + 1):
        a, b = plain.match(text, start), tree.match(text, start)
        assert (a and a.span()) == (b and b.span()), (keys, text, start)


@pytest.mark.parametrize(("text", "expected", "expected_raw", "note"), [
    ("They met on ", "on", "on", "the last word, blanks aside"),
    ("Talks in Washington D.C. ", "d.c.", "", "a word ending in a full stop is a sentence end"),
    ("rose 5% in\n", "in", "in", "a line break is a blank"),
    ("said, ", "", "", "a comma ends no word"),
    ("", "", "", "nothing before"),
    ("an extraordinarily-long-compound-word-beyond ", "ily-long-compound-word-beyond",
     "ily-long-compound-word-beyond",
     "only the 30 characters before are read"),
    ("Peña's ", "peña's", "Peña's", "letters of any script, and an apostrophe"),
])
def test_word_before(text: str, expected: str, expected_raw: str, note: str) -> None:
    ctx = Context(text + "May", None, DEFAULT_SETTINGS)
    assert ctx.word_before(len(text)) == expected, note
    assert ctx.raw_word_before(len(text)) == expected_raw, note
