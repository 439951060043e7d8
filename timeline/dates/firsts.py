"""Which characters a rule's match can begin with: a cheap test before the regex is tried.

Trying a rule where it cannot match costs Python's regex engine nearly as much as a near miss:
it walks the rule's optional openers and its long word alternations before it gives up. Most
rules can only start with a few letters or digits ("quarter" with "the", "first", "1990",
"fiscal"...), so the scanner tries, at a start, only the rules that can begin with the character
there. ``first_chars`` reads a rule's parse tree (the standard library's own ``sre_parse``) and
returns the ASCII characters a match can begin with, each leaf tested by the regex engine itself
under the flags in force there (so case folding and classes such as ``\\w`` are exactly right).
It errs on the side of too many characters, never too few: a character left out would hide a
match. Zero-width pieces (``\\b``, lookarounds) do not begin a match; a rule that may match the
empty string gets None, which means "try it at every start". Non-ASCII characters are not
answered for; the scanner tries every rule there.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

with warnings.catch_warnings():  # deprecated as public modules since 3.11, still the parser
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sre
    import sre_parse

ASCII = frozenset(map(chr, range(128)))
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_CATEGORY = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
             sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
             sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S"}


def first_chars(pattern: str) -> frozenset[str] | None:
    """The ASCII characters a match of ``pattern`` can begin with; None if it may be empty."""
    tree = sre_parse.parse(pattern)
    chars, may_be_empty = _sequence(tree, tree.state.flags)
    return None if may_be_empty else frozenset(chars)


def _sequence(items: Any, flags: int) -> tuple[set[str], bool]:
    """First characters of the items in a row, and whether the whole row may match nothing."""
    chars: set[str] = set()
    for op, av in items:
        first, may_be_empty = _item(op, av, flags)
        chars |= first
        if not may_be_empty:
            return chars, False
    return chars, True


def _item(op: Any, av: Any, flags: int) -> tuple[set[str], bool]:
    if op in _ZERO_WIDTH:
        return set(), True
    if op is sre.SUBPATTERN:
        _, add, drop, items = av
        return _sequence(items, (flags | add) & ~drop)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av, flags)
    if op is sre.BRANCH:
        chars: set[str] = set()
        may_be_empty = False
        for branch in av[1]:
            first, empty = _sequence(branch, flags)
            chars |= first
            may_be_empty = may_be_empty or empty
        return chars, may_be_empty
    if op in _REPEATS:
        low, _, items = av
        first, empty = _sequence(items, flags)
        return first, empty or low == 0
    leaf = _leaf(op, av)
    if leaf is None:  # a back reference or something newer: anything, maybe nothing
        return set(ASCII), True
    one = re.compile(leaf, flags & (re.IGNORECASE | re.DOTALL))
    return {c for c in ASCII if one.fullmatch(c)}, False


def _leaf(op: Any, av: Any) -> str | None:
    """A one-character pattern that matches what the leaf ``op av`` matches, or None."""
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.NOT_LITERAL:
        return f"[^{re.escape(chr(av))}]"
    if op is sre.ANY:
        return "."
    if op is sre.IN:
        parts: list[str] = []
        for kind, value in av:
            if kind is sre.NEGATE:
                parts.insert(0, "^")
            elif kind is sre.LITERAL:
                parts.append(re.escape(chr(value)))
            elif kind is sre.RANGE:
                parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is sre.CATEGORY and value in _CATEGORY:
                parts.append(_CATEGORY[value])
            else:
                return None
        return f"[{''.join(parts)}]"
    return None
