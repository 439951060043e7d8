"""Page furniture: the parts of a copied web page that are not the article.

Most-read lists, access rankings, section labels, lone bullets and dashes, share buttons and
copyright lines come along when a page is copied as text. They are recognised line by line and
dropped before dates are looked for, so they never become events.
"""

from __future__ import annotations

import re

#: Words that, in a short line without sentence punctuation, label a block of other headlines.
BLOCK_LABELS = (
    "popular", "most read", "most viewed", "most shared", "most popular", "ranking", "rankings",
    "related", "recommended", "trending", "top stories", "latest news", "latest", "more from",
    "more stories", "read more", "read next", "see also", "editor's picks", "editors' picks",
    "you may also like", "you might also like", "also read", "also on", "more on this story",
    "top news", "headlines", "in other news", "what to read next", "sponsored", "promoted",
    "recommended stories", "related articles", "related stories", "related coverage",
    "most commented", "from the web", "around the web", "don't miss", "access ranking",
)

#: Lines dropped wherever they stand (compared case-insensitively, punctuation trimmed).
LONE_LINES = frozenset({
    "advertisement", "advertising", "ad", "sponsored content", "share", "share this",
    "share this article",
    "share on facebook", "share on twitter", "share on x", "tweet", "email", "print", "comments",
    "comment", "subscribe", "sign up", "log in", "login", "register", "skip to main content",
    "skip to content", "back to top", "continue reading", "read more", "show more", "close",
    "menu", "search", "home", "next", "previous", "copy link", "link copied", "listen",
    "listen to this article", "save", "saved", "follow", "follow us", "gift this article",
    "reporting by", "editing by", "photo", "video", "image", "caption", "end", "ends",
})

_DASHES = re.compile(r"^[\s\-‐‑‒–—―•·*|_=~#>]+$")
_BULLET = re.compile(r"^\s*(?:[-‐‑‒–—―•·*]|\d{1,2}[.)]?)\s+\S")
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.IGNORECASE)
#: The credits at a story's foot: "Reporting by Kiyoshi Sato; Editing by Ann Lee", "Associated
#: Press writer Ana Ruiz in Rome contributed to this report."
_CREDITS = re.compile(
    r"^\W*(?:(?:additional\s+)?reporting|writing|editing|compiled|translated|graphics)\s+by\b"
    r"|\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\W*$",
    re.IGNORECASE)
#: A photo's caption or credit line: "Photo: Residents inspect ... REUTERS/Ana Cruz",
#: "(AP Photo/Jae C. Hong)", "Picture: Getty Images"
_CAPTION = re.compile(
    r"^\W*(?:photo|photograph|image|picture|pictured|caption|file\s+photo|illustration)"
    r"(?:\s+credit)?\s*[:|–—-]"
    r"|\b(?:REUTERS|AP\s+Photo|AFP|EPA(?:-EFE)?|Getty\s+Images|Bloomberg|AAP\s+Image)"
    r"\s*/\s*[A-Z][\w.'’ -]{1,40}\)?\s*$",
    re.IGNORECASE)
#: A wire service's note on what an update changed: "(Adds government reaction in paragraphs
#: 5-6)", "(Corrects spelling of name in paragraph 3)"; and its standards line
_UPDATE_NOTE = re.compile(
    r"^\(\s*(?:Adds|Updates|Corrects|Recasts|Refiles|Rewrites|Changes|Removes|Fixes|Inserts|"
    r"Clarifies|Repeats|Writes\s+through|Deletes|Moves|Replaces|Restores|Tops|Edits)\b[^()]*\)"
    r"\s*$|^Our\s+Standards\s*:", re.IGNORECASE)
#: A wire service's marker before a headline: "UPDATE 2-", "EXCLUSIVE-", "RPT-"
_HEADLINE_MARK = re.compile(
    r"^(?:(?:UPDATE|WRAPUP|RPT|REFILE|CORRECTED|EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX|EXPLAINER|"
    r"BREAKINGVIEWS|COLUMN|PREVIEW|TIMELINE|BREAKING|GRAPHIC|FEATURE)(?:\s+\d+)?\s*[-–:]\s*)+")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_SMALL_WORDS = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "of", "on",
    "or", "over", "the", "to", "up", "vs", "with", "after", "amid", "than", "via", "be", "are",
    "was", "were", "its", "his", "her", "their", "out", "off", "per",
})
_LABEL = re.compile(
    r"\b(?:" + "|".join(re.escape(label) for label in sorted(BLOCK_LABELS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def _key(line: str) -> str:
    return re.sub(r"[^\w' ]+", "", line).strip().lower()


def is_rule(line: str) -> bool:
    """A lone dash, bullet or separator line."""
    return bool(_DASHES.match(line))


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def is_headline_like(line: str) -> bool:
    """Title Case, no sentence punctuation at the end: a headline from a list, not prose."""
    text = _BULLET.sub(lambda m: m.group(0)[-1], line).strip()
    if not text or ends_sentence(text):
        return False
    words = _WORD.findall(text)
    if not words:
        return True
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.6


def is_block_label(line: str) -> bool:
    """A short label that heads a block of other headlines: '"World" POPULAR ARTICLE'."""
    text = line.strip()
    if not text or ends_sentence(text) or len(_WORD.findall(text)) > 6:
        return False
    if _LABEL.search(text):
        return True
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def is_lone_furniture(line: str) -> bool:
    text = line.strip()
    if is_rule(text) or _COPYRIGHT.match(text) or _CREDITS.search(text) or \
            _CAPTION.search(text) or _UPDATE_NOTE.search(text):
        return True
    return _key(text) in LONE_LINES


def clean_headline(headline: str) -> str:
    """A headline without a wire service's marker ("UPDATE 2-Strong quake hits ...")."""
    return _HEADLINE_MARK.sub("", headline.strip()) or headline.strip()


def is_prose(line: str) -> bool:
    """A line that reads as a paragraph of the article: ends like a sentence, has some length."""
    return ends_sentence(line) and len(_WORD.findall(line)) >= 6 and not is_headline_like(line)


def _wrapped_prose(line: str, following: str) -> bool:
    """The first line of a hard-wrapped paragraph: sentence case, some length, and the next
    line carries on in lower case ("... said on Tuesday they would add night" / "crossings
    between ...")."""
    return (following[:1].islower() and len(_WORD.findall(line)) >= 6
            and not is_headline_like(line))


def split_furniture(lines: list[str]) -> tuple[list[bool], list[str]]:
    """Mark which lines are article (True) and which are furniture (False).

    A block label switches into "furniture" mode, which lasts until a line of prose (or the first
    line of a hard-wrapped paragraph); in that mode
    headlines, bullets and rules are dropped. Outside it, rules, lone labels such as
    "Advertisement", copyright lines and bulleted Title Case headlines are dropped.
    Returns the keep-mask and the dropped lines.
    """
    keep: list[bool] = []
    dropped: list[str] = []
    in_block = False
    for index, line in enumerate(lines):
        text = line.strip()
        furniture = False
        if not text:
            furniture = False
        elif is_block_label(text):
            in_block = True
            furniture = True
        elif is_lone_furniture(text):
            furniture = True
        elif in_block:
            following = lines[index + 1].strip() if index + 1 < len(lines) else ""
            if not _BULLET.match(text) and (is_prose(text) or _wrapped_prose(text, following)):
                in_block = False
            else:
                furniture = True
        elif _BULLET.match(text) and is_headline_like(text):
            furniture = True
        keep.append(not furniture)
        if furniture:
            dropped.append(text)
    return keep, dropped
