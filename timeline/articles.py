"""Reading articles from disk into ``Article`` values.

Two shapes are read:

* ``.txt`` news clippings: the headline on the first line, a dateline line such as
  "17:48 JST, May 10, 2022" (optionally after a byline), then the body, a paragraph a line,
  often opening with a wire lead "TOKYO (Reuters) –". Page furniture is dropped.
* ``.md`` / ``.markdown`` with YAML front matter: ``title``, ``date`` or ``dateline``, ``url``,
  ``source``, ``agency``, ``place``, ``tags``, ``language``; the body is Markdown.

Reading never renders and never reads the clock. An unreadable article raises ``ArticleError``
naming the file, the line and what was expected; ``read_articles`` collects those and goes on.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from timeline import furniture
from timeline.config import Project
from timeline.dates import Dateline, DateSettings, find_dateline, parse_dateline
from timeline.dates import words as date_words
from timeline.dates.dateline import WIRE_PLACE
from timeline.dates.words import SPACES
from timeline.errors import ArticleError, DateError, Problem
from timeline.model import Article, Paragraph
from timeline.yamlio import YAMLProblem, parse_yaml

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES

#: How many lines after the headline may hold bylines and other notes before the dateline.
_DATELINE_WINDOW = 4

_BYLINE = re.compile(r"^\s*(?:by|posted by|written by|reporting by)\s+(?=[A-Z])", re.IGNORECASE)
# A wire lead: "TOKYO (Reuters) –", "WASHINGTON, March 3, 2023 (Reuters) -",
# "SEOUL, South Korea (AP) —", or without an agency "NAIROBI — ". The place opens in capitals.
_LEAD = re.compile(
    r"^(?P<head>[A-Z][A-Z.'’\-]+(?: [A-Z.'’\-]+)*(?:,[^()]{2,60}?)?)\s*"
    r"(?:\((?P<agency>[A-Z][\w.&' -]{0,30})\)\s*[-–—:]+|\s[-–—]{1,2})\s+(?=\S)"
)
#: File stems in the articles folder that are notes about it, not articles.
_NOT_ARTICLES = frozenset({"README", "LICENSE", "LICENCE", "NOTES", "INDEX"})
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


@dataclass(slots=True)
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # articles skipped, and why
    warnings: list[Problem] = field(default_factory=list)  # read, but something is doubtful


#: Documents a person may put among the articles expecting them read, with what they are
_DOCUMENTS = {".html": "page", ".htm": "page", ".mhtml": "page", ".webarchive": "page",
              ".pdf": "PDF", ".docx": "document", ".doc": "document", ".odt": "document",
              ".rtf": "document", ".pages": "document", ".eml": "e-mail", ".msg": "e-mail"}


def article_paths(project: Project) -> list[Path]:
    """Every article file under the articles folder, in a stable order; hidden files skipped."""
    return scan_articles(project)[0]


def scan_articles(project: Project) -> tuple[list[Path], list[Problem]]:
    """The article files (as ``article_paths``) and, from the same walk of the folder, a
    warning for each document there that is not read (a page saved as .html, a PDF)."""
    root = project.articles_dir
    if not root.is_dir():
        return [], []
    found: list[Path] = []
    documents: list[Path] = []
    for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix()):
        if is_article(root, path):
            if path.is_file():
                found.append(path)
        elif path.suffix.lower() in _DOCUMENTS and path.is_file() and not any(
                part.startswith(".") for part in path.relative_to(root).parts):
            documents.append(path)
    return found, [Problem(project.relative(path),
                           f"not read: articles are .txt clippings or .md files with front "
                           f"matter; save the {_DOCUMENTS[path.suffix.lower()]} as text")
                   for path in documents]


def is_article(root: Path, path: Path) -> bool:
    """Whether ``path``, inside the articles folder ``root``, is named like an article: a known
    suffix, no hidden folder or file, not a note such as README.txt. (The file may not exist.)"""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return False
    return (path.suffix.lower() in SUFFIXES and not any(part.startswith(".") for part in parts)
            and path.stem.upper() not in _NOT_ARTICLES)


def read_articles(
    project: Project, paths: Iterable[Path] | None = None,
    on_read: Callable[[Path], None] | None = None,
) -> ReadResult:
    """Read every article (or just ``paths``); a broken one is reported and the rest still read."""
    settings = DateSettings.from_config(project.config)
    result = ReadResult()
    if paths is None:
        paths, result.warnings = scan_articles(project)
    for path in paths:
        rel = project.relative(path)
        try:
            article, warnings = read_article(path, rel, settings)
        except ArticleError as exc:
            result.problems.extend(exc.problems or [Problem(rel, str(exc))])
        except OSError as exc:
            result.problems.append(Problem(rel, f"cannot read file: {exc.strerror or exc}"))
        else:
            result.articles.append(article)
            result.warnings.extend(warnings)
        if on_read is not None:
            on_read(path)
    return result


def read_article(path: Path, rel: str, settings: DateSettings) -> tuple[Article, list[Problem]]:
    """Read one article file; ``rel`` is the name messages and the store use for it."""
    data = path.read_bytes()
    text, warnings = _decode(data, rel)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(data).hexdigest()
    reader = _read_markdown if path.suffix.lower() in MARKDOWN_SUFFIXES else _read_clipping
    article, notes = reader(text, rel, settings, _year_from_path(rel))
    warnings.extend(Problem(rel, note) for note in notes)
    return replace(article, digest=digest), warnings


def _decode(data: bytes, rel: str) -> tuple[str, list[Problem]]:
    try:
        return data.decode("utf-8-sig").translate(SPACES), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return data.decode("cp1252", errors="replace").translate(SPACES), [
            Problem(rel, "not UTF-8; read as Windows-1252 (save the file as UTF-8 to be sure)",
                    line)
        ]


#: A byline alone at an article's foot: "By" and a name of two to four words, an e-mail maybe.
_EMAIL = r"\s*[\[(<]?[\w.+-]+@[\w.-]+[\])>]?"
_FOOT_BYLINE = re.compile(
    rf"^\s*(?i:by)\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}[A-Z][\w.'’-]*(?:{_EMAIL})?\s*$")


def _is_foot_byline(text: str) -> bool:
    """"By Sarah Kim" alone, not "By Friday Roads Reopened": no word of it names a time."""
    if _FOOT_BYLINE.match(text) is None:
        return False
    names = {w.lower().strip(".,") for w in text.split()[1:]}
    return not names & date_words.TIME_WORDS



def _date_from_path(rel: str, settings: DateSettings) -> Dateline | None:
    """The day a file name gives ("2023-05-12-floods.txt", "2023/05/12/floods.txt"), as a
    dateline with no clock time in the project's zone; None when it gives none."""
    found = _DATE_IN_PATH.findall(rel)
    if not found:
        return None
    y, m, d = (int(x) for x in found[-1])
    try:
        when = datetime(y, m, d, tzinfo=ZoneInfo(settings.timezone))
    except ValueError:
        return None
    return Dateline(when.date().isoformat(), 0, 0, when, False)


_DATE_IN_PATH = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def _another_dateline(line: str, settings: DateSettings) -> bool:
    """Is ``line``, right after the dateline, a second one ("Last modified on Tue 14 Mar 2023
    11.05 GMT", "Updated: 18:02 JST, May 10, 2022"): page furniture, not the lead?"""
    if len(line.split()) > 12 or furniture.ends_sentence(line):
        return False
    try:
        parse_dateline(line, settings, default_year=None)
    except DateError:
        return False
    return True


#: DateError messages that say why a date-shaped line is no dateline (not merely "expected a
#: dateline such as ..."): an impossible day, a missing year
_SAYS_WHY = re.compile(r"names no real day|has no year")


def _year_from_path(rel: str) -> int | None:
    years = _YEAR_IN_NAME.findall(rel)
    return int(years[-1]) if years else None


# --- plain-text clippings ----------------------------------------------------------------------

def _read_clipping(text: str, rel: str, settings: DateSettings,
                   default_year: int | None) -> tuple[Article, tuple[str, ...]]:
    lines = text.split("\n")
    numbered = [(i + 1, line.strip()) for i, line in enumerate(lines) if line.strip()]
    if not numbered:
        raise ArticleError.at(rel, "the file is empty; expected a headline on the first line", 1)
    head_line, title = numbered[0]
    if furniture.is_rule(title):
        raise ArticleError.at(rel, "expected a headline on the first line, found a rule",
                              head_line)

    dateline = None
    dateline_line = ""
    author = None
    body_from = 1
    #: why a line that looked like a dateline was not one ("names no real day ... date_order")
    unread: tuple[int, str] | None = None
    for index, (lineno, line) in enumerate(numbered[1: 1 + _DATELINE_WINDOW], start=1):
        try:
            dateline = parse_dateline(line, settings, default_year=default_year)
            dateline_line = line
        except DateError as exc:
            if unread is None and _SAYS_WHY.search(str(exc)):
                unread = (lineno, str(exc))
            shared = _byline_and_dateline(line, settings, default_year)
            if shared is not None:  # "By Staff Reporter | May 10, 2022"
                author = author or shared[0]
                dateline = shared[1]
                body_from = index + 1
                break
            if _BYLINE.match(line):
                author = author or _byline_name(line)
                continue
            if len(line) < 60 and not furniture.ends_sentence(line):
                continue  # a kicker or a section name: look further
            break
        else:
            body_from = index + 1
            break
    # Bylines and kickers between the headline and the dateline stay out of the body, and so
    # do bylines right after the dateline.
    body = numbered[body_from:] if dateline is not None else numbered[1:]
    header: list[str] = []
    while dateline is not None and body and _another_dateline(body[0][1], settings):
        header.append(body[0][1])  # "Last modified on Tue 14 Mar 2023 11.05 GMT"
        body = body[1:]
    while len(body) > 1 and _is_header(body[0][1], body[1][1]):
        line = body[0][1]
        if _BYLINE.match(line):
            author = author or _byline_name(line)
        else:
            header.append(line)
        body = body[1:]

    paragraphs, dropped = _paragraphs(body)
    dropped = header + dropped
    if len(paragraphs) > 1 and _is_foot_byline(paragraphs[-1].text):
        # "BY SARAH KIM [kim.sarah@example.com]" at the foot, as some papers print it
        author = author or _byline_name(re.sub(_EMAIL, "", paragraphs[-1].text))
        dropped = [*dropped, paragraphs[-1].text]
        paragraphs = paragraphs[:-1]
    place = agency = None
    if paragraphs:
        place, agency, lead_date = parse_lead(
            paragraphs[0].text, settings,
            default_year or (dateline.when.year if dateline is not None else None))
        dateline = dateline or lead_date
    if place is None and dateline is not None and (
            before := WIRE_PLACE.fullmatch(dateline_line[:dateline.start])) is not None:
        # "PARIS (AP) — Nov. 19, 2024" on a line of its own: its place and agency
        place, agency = before.group("place").strip(), before.group("agency")
    notes: tuple[str, ...] = ()
    if dateline is None and (named := _date_from_path(rel, settings)) is not None:
        dateline = named
        notes = (f"no dateline after the headline; dated {named.text} by the file name",)
    if dateline is None and unread is not None:
        # "13/05/2022" in a project set to month first: the reason helps more than the shapes
        raise ArticleError.at(rel, f"no usable dateline: {unread[1]}", unread[0])
    if dateline is None:
        where = numbered[1][0] if len(numbered) > 1 else head_line + 1
        raise ArticleError.at(
            rel,
            'no usable dateline: expected a line such as "17:48 JST, May 10, 2022" after the '
            'headline, or a lead such as "WASHINGTON, March 3, 2023 (Reuters) -"'
            + ("" if default_year else "; a dateline without a year needs a year in the file name"),
            where,
        )
    article = Article(
        path=rel, title=furniture.clean_headline(title), dateline=dateline.text,
        published=dateline.when,
        paragraphs=tuple(paragraphs), place=place, agency=agency, dropped=tuple(dropped),
        time_known=dateline.time_known, author=author or None,
    )
    return article, dateline.warnings + notes


def _ends_mid_phrase(line: str) -> bool:
    """Does ``line`` stop mid-phrase ("... from their homes in" / "Italy's region")?"""
    words = line.rsplit(None, 1)
    return line.endswith(",") or (bool(words) and words[-1] in _FUNCTION_WORDS)


_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
    "but", "as", "that", "than", "into", "its", "his", "her", "their", "our", "this", "these",
    "those", "which", "who", "whose", "was", "were", "is", "are", "be", "been", "has", "have",
    "had", "will", "would", "said", "says", "after", "before", "over", "under", "about",
})


def _carries_on(line: str) -> bool:
    """Does ``line`` continue a hard-wrapped sentence ("roads reopened", "6% pay rise.")?"""
    return line[:1].islower() or (line[:1].isdigit() and not _LIST_NUMBER.match(line))


_LIST_NUMBER = re.compile(r"\d{1,2}(?:[.)]\s|\s*$)")  # "1." or a lone "2" of a ranked list


def _byline_and_dateline(line: str, settings: DateSettings, default_year: int | None
                         ) -> tuple[str, Dateline] | None:
    """A byline and a dateline on one line, set apart by a bar or a bullet."""
    parts = [p.strip() for p in re.split(r"\s+[|•·]\s+", line)]
    if len(parts) != 2:
        return None
    for byline, date_text in (parts, parts[::-1]):
        if _BYLINE.match(byline):
            try:
                return _byline_name(byline), parse_dateline(date_text, settings,
                                                            default_year=default_year)
            except DateError:
                return None
    return None


def _is_header(line: str, following: str) -> bool:
    """A line between the dateline and the story that is not the story: a byline, its role
    ("Business reporter"), the paper's name ("The Harbour Gazette"), "Share" and "Save"; not
    the first line of a hard-wrapped paragraph (the next line carries on in lower case)."""
    if _BYLINE.match(line) or furniture.is_lone_furniture(line):
        return True
    if furniture.is_block_label(line):
        return False  # "MOST READ": the furniture reader drops the block it heads
    return (len(line) < 60 and not furniture.ends_sentence(line) and _LEAD.match(line) is None
            and len(line.split()) <= 6 and not _carries_on(following))


def parse_lead(paragraph: str, settings: DateSettings, default_year: int | None = None,
               ) -> tuple[str | None, str | None, Dateline | None]:
    """Place, agency and date of a wire lead opening ``paragraph``, as far as it has them."""
    match = _LEAD.match(paragraph)
    if match is None:
        return None, None, None
    head = match.group("head")
    place, dateline = head, None
    comma = head.find(",")
    while comma != -1:
        rest = head[comma + 1:].strip()
        found = find_dateline(rest, settings, default_year=default_year)
        if found is not None and not rest[found.end:].strip(" ,"):
            place, dateline = head[:comma], found
            break
        comma = head.find(",", comma + 1)
    return place.strip(), match.group("agency"), dateline


#: Bylines that name an agency or a desk, not a writer
_NO_PERSON = re.compile(
    r"(?:the\s+)?(?:associated\s+press|reuters|afp|agence\s+france[\s-]presse|ap|upi|"
    r"bloomberg(?:\s+news)?|dpa|efe|ansa|kyodo(?:\s+news)?|xinhua|pa\s+media|"
    r"(?:our\s+)?(?:staff|news|city|foreign|business)(?:\s+(?:reporter|writer|desk|"
    r"correspondent)s?)?|(?:our|a)\s+correspondent|wire\s+services|agencies|news\s+desk)",
    re.IGNORECASE)


def _byline_name(line: str) -> str:
    """"By Lena Marsh" -> "Lena Marsh"; "By ELENA RUSSO Associated Press" -> "Elena Russo"
    (a name in capitals ends where the outlet's name begins)."""
    name = _BYLINE.sub("", line, count=1).strip().rstrip(".")
    if _NO_PERSON.fullmatch(name):
        return ""  # "By THE ASSOCIATED PRESS", "By Staff Reporter": no one's name
    words = name.split()
    caps = list(itertools.takewhile(lambda w: w.isupper() and len(w) > 1, words))
    if len(caps) >= 2:
        return " ".join(w.title() if w.isalpha() else w.capitalize() for w in caps)
    return re.split(r",\s+|\s+[|/]\s+", name, maxsplit=1)[0]


def _paragraphs(lines: list[tuple[int, str]]) -> tuple[list[Paragraph], list[str]]:
    """Paragraphs from numbered body lines, furniture dropped; a line that was hard-wrapped
    mid-sentence (the next line carries on in lower case or with a figure) is joined to it."""
    keep, dropped = furniture.split_furniture([line for _, line in lines])
    kept = [(n, line) for (n, line), k in zip(lines, keep, strict=True) if k]
    paragraphs: list[Paragraph] = []
    offset = 0
    pending: tuple[int, str] | None = None
    for lineno, line in kept:
        if pending is not None:
            prev_no, prev = pending
            if not furniture.ends_sentence(prev) and (_carries_on(line) or _ends_mid_phrase(prev)):
                pending = (prev_no, f"{prev} {line}")
                continue
            paragraphs.append(Paragraph(prev, offset, prev_no))
            offset += len(prev) + 1
        pending = (lineno, line)
    if pending is not None:
        paragraphs.append(Paragraph(pending[1], offset, pending[0]))
    return paragraphs, dropped


# --- Markdown with front matter ----------------------------------------------------------------

def _read_markdown(text: str, rel: str, settings: DateSettings,
                   default_year: int | None) -> tuple[Article, tuple[str, ...]]:
    meta: dict[str, Any] = {}
    body_start = 0
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        if end is None:
            raise ArticleError.at(rel, "front matter is not closed: expected a line '---'", 1)
        try:
            loaded = parse_yaml("\n".join(lines[1:end]), rel)
        except YAMLProblem as exc:
            p = exc.problem  # its line counts from the front matter, which starts on line 2
            line = p.line + 1 if p.line is not None else 1
            raise ArticleError.at(rel, p.message, line, p.column) from exc
        if loaded is not None and not isinstance(loaded, dict):
            raise ArticleError.at(rel, "front matter must be a mapping of keys such as title:", 2)
        meta = loaded or {}
        body_start = end + 1

    numbered = _markdown_lines(lines, body_start)
    title = _text_field(meta, "title", rel)
    if not title:
        heading = next(((n, t) for n, t in numbered if t.startswith("# ")), None)
        if heading is None:
            raise ArticleError.at(rel, "no title: expected 'title:' in the front matter or a "
                                       "'# Heading' line", 1)
        title = heading[1][2:].strip()
    numbered = [(n, t) for n, t in numbered if not t.startswith("#")]

    year = meta.get("year") if isinstance(meta.get("year"), int) else default_year
    dateline_text, published, time_known, warnings = _front_matter_date(meta, rel, settings, year)
    paragraphs, dropped = _paragraphs(_join_markdown_paragraphs(numbered))
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    if not isinstance(tags, list):
        raise ArticleError.at(rel, "tags: expected a list such as [politics, korea]", 1)
    place = _text_field(meta, "place", rel)
    agency = _text_field(meta, "agency", rel)
    if paragraphs and not place:
        place, lead_agency, _ = parse_lead(paragraphs[0].text, settings, year)
        agency = agency or lead_agency
    article = Article(
        path=rel, title=furniture.clean_headline(title), dateline=dateline_text,
        published=published,
        paragraphs=tuple(paragraphs), place=place, agency=agency,
        url=_text_field(meta, "url", rel), source=_text_field(meta, "source", rel),
        author=_text_field(meta, "author", rel),
        tags=tuple(str(t) for t in tags),
        language=str(meta.get("language") or meta.get("lang") or settings.language),
        dropped=tuple(dropped), time_known=time_known,
    )
    return article, warnings


def _text_field(meta: dict[str, Any], key: str, rel: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise ArticleError.at(rel, f"{key}: expected text, got a {type(value).__name__}", 1)
    return str(value).strip() or None


#: Front matter keys that give an article's time, the first present wins: ours, then those
#: of static site generators and CMS exports.
_DATE_KEYS = ("dateline", "date", "published", "publishDate", "pubDate", "published_at",
              "datePublished", "created")


def _front_matter_date(meta: dict[str, Any], rel: str, settings: DateSettings,
                       year: int | None) -> tuple[str, datetime, bool, tuple[str, ...]]:
    key = next((k for k in _DATE_KEYS if meta.get(k) is not None), None)
    value = meta[key] if key is not None else None
    named = _date_from_path(rel, settings) if value is None else None
    if named is not None:
        return named.text, named.when, False, (
            f"no date in the front matter; dated {named.text} by the file name",)
    if value is None:
        raise ArticleError.at(rel, "no date: expected 'date: 2022-05-10T17:48:00+09:00' or "
                                   "'dateline: \"17:48 JST, May 10, 2022\"' in the front matter "
                                   f"(also read: {', '.join(_DATE_KEYS[2:])})", 1)
    zone = ZoneInfo(settings.timezone)
    if isinstance(value, datetime):
        when = value if value.tzinfo is not None else value.replace(tzinfo=zone)
        return value.isoformat(), when, True, ()
    if isinstance(value, date):
        return value.isoformat(), datetime.combine(value, time(0), tzinfo=zone), False, ()
    try:
        dateline = parse_dateline(str(value), settings, default_year=year)
    except DateError as exc:
        raise ArticleError.at(rel, f"{key}: {exc}", 1) from exc
    return dateline.text, dateline.when, dateline.time_known, dateline.warnings


_MD_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"`([^`]+)`"), r"\1"),  # code
    (re.compile(r"<[^>\n]+>"), ""),  # inline HTML tags
)
_MD_BLOCK_PREFIX = re.compile(r"^\s{0,3}(?:>\s?)+|^\s{0,3}(?:[-*+]|\d+[.)])\s+(?=\S)")


def _markdown_lines(lines: list[str], start: int) -> list[tuple[int, str]]:
    """Body lines with their 1-based numbers, Markdown markup removed, blank lines kept as ""."""
    out: list[tuple[int, str]] = []
    fenced = False
    for index in range(start, len(lines)):
        raw = lines[index]
        if raw.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced or re.match(r"^\s*(?:[-*_]\s*){3,}$", raw) or raw.startswith("[//]:"):
            out.append((index + 1, ""))
            continue
        line = raw.strip()
        if line.startswith("#"):
            out.append((index + 1, "# " + line.lstrip("#").strip()))
            continue
        bullet = bool(re.match(r"^\s{0,3}[-*+]\s+\S", raw))
        line = _MD_BLOCK_PREFIX.sub("", line)
        for pattern, replacement in _MD_INLINE:
            line = pattern.sub(replacement, line)
        out.append((index + 1, ("- " if bullet else "") + line.strip()))
    return out


def _join_markdown_paragraphs(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Markdown paragraphs are runs of lines separated by blank lines; list items stand alone."""
    joined: list[tuple[int, str]] = []
    current: tuple[int, str] | None = None
    for lineno, line in numbered:
        if not line or line.startswith("- "):
            if current is not None:
                joined.append(current)
                current = None
            if line:
                joined.append((lineno, line[2:] if not furniture.is_headline_like(line) else line))
            continue
        current = (lineno, line) if current is None else (current[0], f"{current[1]} {line}")
    if current is not None:
        joined.append(current)
    return joined
