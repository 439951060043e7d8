"""Markdown, plain text, slugs and search words: the small text helpers of the renderer."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from markdown_it import MarkdownIt
from markupsafe import Markup

_SAFE_SCHEMES = ("http:", "https:", "mailto:", "ftp:", "tel:")
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")


def _validate_link(url: str) -> bool:
    """Keep relative links and a few safe schemes; drop javascript:, vbscript:, data:, file:."""
    cleaned = "".join(ch for ch in url if ch.isprintable() and not ch.isspace())
    m = _SCHEME.match(cleaned)
    return m is None or cleaned.lower().startswith(_SAFE_SCHEMES)


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.validateLink = _validate_link  # type: ignore[method-assign]
    return md


_MD = _markdown()


#: Text with none of these renders as one plain paragraph; no need to run the parser.
_MARKDOWN_SYNTAX = re.compile(r"[\\`*_\[\]<>#!&|~\n\r\t]|^\s*(?:[-+=]|\d+[.)])|\s{2,}")


def markdown(text: str) -> Markup:
    """Markdown to HTML with raw HTML shown as text and unsafe links left as plain text."""
    stripped = text.strip()
    if not stripped:
        return Markup("")
    if _MARKDOWN_SYNTAX.search(stripped) is None:
        return Markup("<p>" + stripped.replace('"', "&quot;") + "</p>\n")
    return Markup(_MD.render(text))


_MD_MARKS = re.compile(r"[*_`>#]+|!?\[([^\]]*)\]\([^)]*\)")


def plain(text: str) -> str:
    """Markdown reduced to one line of text, for feeds, exports and search snippets."""
    text = _MD_MARKS.sub(lambda m: m.group(1) or "", text)
    return " ".join(text.split())


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "…"


#: Latin letters that do not decompose into a base letter and an accent.
LATIN_EXTRA = {"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "þ": "th",
               "ð": "d", "ı": "i", "ħ": "h"}


def slugify(text: str, fallback: str = "item") -> str:
    """A file-name-safe slug of ascii letters, digits and dashes: accents dropped ("Côte" is
    "cote"), other letters spelled by code point ("東京" is "u6771-u4eac")."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text.lower()):
        if ch in LATIN_EXTRA:
            out.append(LATIN_EXTRA[ch])
        elif ch.isascii() and ch.isalnum():
            out.append(ch.lower())
        elif unicodedata.combining(ch):
            continue
        elif ch.isalnum():
            out.append(f"-u{ord(ch):x}-")
        else:
            out.append("-")
    slug = re.sub(r"-{2,}", "-", "".join(out)).strip("-")
    return slug[:80].strip("-") or fallback


def unique_slugs(keys: Iterable[str], make: dict[str, str] | None = None) -> dict[str, str]:
    """A distinct slug for every key, in sorted key order so the result never depends on input
    order: "korea", "korea-2", ..."""
    taken: set[str] = set()
    result: dict[str, str] = {}
    for key in sorted(set(keys)):
        base = (make or {}).get(key) or slugify(key)
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        result[key] = slug
    return result


def safe_id(event_id: str) -> str:
    """An event id usable as a folder name as it is, or a slug of it."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,120}", event_id) and event_id not in (".", ".."):
        return event_id
    return slugify(event_id, "event")


def fold(text: str) -> str:
    """Lower case without accents: how search compares words ("Zürich" finds "zurich")."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The search words of a text, as the browser splits a query (letters and digits)."""
    return _WORD.findall(fold(text))
