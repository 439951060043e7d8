"""Checking that every internal link of a built site leads somewhere.

``check_links`` reads every HTML (and Atom/XML) page and stylesheet of a site folder and returns
the links that do not resolve: an ``href``, ``src``, ``srcset`` or ``poster`` whose file is
missing, a ``#fragment`` that names no ``id`` (or ``<a name>``) on its page, a CSS ``url()``
whose file is missing. Links to other sites are not followed; a link that starts at the server
root (``/static/x.css``) is reported, because it breaks when the site is served from a subpath
(``https://user.github.io/repo/``) or opened from ``file://``. Absolute links that start with
the site's own ``base_url`` (canonical tags, feeds) are checked like relative ones.
"""

from __future__ import annotations

import html
import os
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

#: Attributes whose value is a URL to check.
URL_ATTRIBUTES = frozenset({"href", "src", "poster"})
#: Page files whose links are checked; their ids are the targets of fragments.
PAGE_SUFFIXES = (".html", ".htm", ".xml")
#: Fragments a browser understands on any page.
ALWAYS_THERE = frozenset({"", "top"})

_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


@dataclass(frozen=True, slots=True)
class BrokenLink:
    """One link that leads nowhere: on ``page`` (relative to the site), as written."""

    page: str
    link: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.page}:{self.line}" if self.line is not None else self.page
        return f"{where}: {self.link}: {self.reason}"


# One pass over a page finds comments (skipped), script and style elements (their start tag
# read, their content skipped) and other start tags. Faster than html.parser by a wide margin,
# which matters on sites of thousands of pages; quoted attribute values may hold ">".
_ATTRS = r"""(?:[^>"']|"[^"]*"|'[^']*')*"""
_MARKUP = re.compile(
    rf"<!--.*?(?:-->|$)"
    rf"|<(?P<raw>script|style)\b(?P<rawattrs>{_ATTRS})>.*?(?:</(?P=raw)\s*>|$)"
    rf"|<(?P<tag>[a-zA-Z][\w:.-]*)(?P<attrs>{_ATTRS})>",
    re.DOTALL | re.IGNORECASE)
_ATTR = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")

#: A cheap test that a tag has an attribute worth reading (most carry only a class).
_WANTED = re.compile(r"(?:href|src|srcset|poster|id|name)\s*=", re.IGNORECASE)


class _PageScan:
    """The links of one page, each with its offset in the text, and the ids the page defines."""

    def __init__(self, text: str) -> None:
        self.links: list[tuple[str, int]] = []
        self.ids: set[str] = set()
        for match in _MARKUP.finditer(text):
            tag = match["tag"] or match["raw"]
            if tag is None:
                continue  # a comment
            attrs = match["attrs"] if match["tag"] else match["rawattrs"]
            if attrs and _WANTED.search(attrs):
                self._attributes(tag.lower(), attrs, match.start())

    def _attributes(self, tag: str, attrs: str, offset: int) -> None:
        for found in _ATTR.finditer(attrs):
            name = found[1].lower()
            value = found[2] if found[2] is not None else found[3] if found[3] is not None \
                else found[4]
            if value is None:
                continue
            if "&" in value:
                value = html.unescape(value)
            if name in URL_ATTRIBUTES:
                self.links.append((value.strip(), offset))
            elif name == "srcset":
                for candidate in value.split(","):
                    url = candidate.strip().split(" ")[0]
                    if url:
                        self.links.append((url, offset))
            elif name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)


def check_links(site_dir: Path, *, base_url: str = "") -> list[BrokenLink]:
    """Every internal link of the site in ``site_dir`` that does not resolve, in page order."""
    files: set[str] = set()
    for folder, _dirs, names in os.walk(site_dir):
        rel = Path(folder).relative_to(site_dir).as_posix()
        for name in names:
            files.add(name if rel == "." else f"{rel}/{name}")
    pages: dict[str, _PageScan] = {}
    styles: dict[str, list[tuple[str, int]]] = {}
    for name in sorted(files):
        if name.endswith(PAGE_SUFFIXES):
            pages[name] = _PageScan(_read(site_dir / name))
        elif name.endswith(".css"):
            styles[name] = [(m.group(2).strip(), m.start())
                            for m in _CSS_URL.finditer(_read(site_dir / name))]

    checker = _Resolver(files, pages, base_url)
    broken: list[BrokenLink] = []
    for name in sorted({*pages, *styles}):
        links = pages[name].links if name in pages else styles[name]
        found = [(link, offset, reason) for link, offset in links
                 if (reason := checker.problem(name, link, fragments=name in pages)) is not None]
        if found:
            text = _read(site_dir / name)
            broken.extend(BrokenLink(name, link, reason, text.count("\n", 0, offset) + 1)
                          for link, offset, reason in found)
    return broken


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


class _Resolver:
    def __init__(self, files: set[str], pages: dict[str, _PageScan], base_url: str) -> None:
        self.files = files
        self.pages = pages
        self.base = urlsplit(base_url) if base_url else None
        self._seen: dict[tuple[str, str, bool], str | None] = {}

    def problem(self, page: str, link: str, *, fragments: bool) -> str | None:
        """Why ``link`` on ``page`` leads nowhere, or None when it resolves (or leaves the site)."""
        if not link or link.startswith("#"):
            return self._resolve(page, link, fragments)
        climb = "../" * page.count("/")
        if link.startswith(climb) and not link.startswith("../", len(climb)):
            # back to the site's root, as the theme writes its links: the same from every page
            page, link = "index.html", link[len(climb):]
        key = (posixpath.dirname(page), link, fragments)
        if key not in self._seen:
            self._seen[key] = self._resolve(page, link, fragments)
        return self._seen[key]

    def _resolve(self, page: str, link: str, fragments: bool) -> str | None:
        parts = urlsplit(link)
        path = parts.path
        if parts.scheme or parts.netloc or link.startswith("//"):
            inside = self._inside_site(parts.scheme, parts.netloc, path)
            if inside is None:
                return None  # another site, mailto:, data:, javascript: ...
            target = inside
        elif path.startswith("/"):
            return ("starts at the server root: it breaks when the site is served from a "
                    "subpath or opened from file://; make it relative")
        elif not path:
            target = page
        else:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(path)))
            if target == ".." or target.startswith("../"):
                return "points outside the site"
            if path.endswith("/") or target == ".":
                target = "index.html" if target == "." else f"{target}/index.html"
        found = self._file(target)
        if found is None:
            return f"no such file {target}"
        fragment = unquote(parts.fragment)
        if fragments and fragment not in ALWAYS_THERE and found in self.pages \
                and fragment not in self.pages[found].ids:
            return f"{found} has no element with id {fragment!r}"
        return None

    def _inside_site(self, scheme: str, netloc: str, path: str) -> str | None:
        """The site path an absolute link names when it points into the site, else None."""
        base = self.base
        if base is None or netloc.lower() != base.netloc.lower() or scheme not in ("", "http",
                                                                                   "https"):
            return None
        root = base.path if base.path.endswith("/") else base.path + "/"
        if path + "/" == root:
            return "index.html"
        if not path.startswith(root):
            return None
        rest = unquote(path[len(root):])
        if not rest or rest.endswith("/"):
            rest += "index.html"
        return posixpath.normpath(rest)

    def _file(self, target: str) -> str | None:
        """The site file a target path is served from (a folder serves its index.html)."""
        if target in self.files:
            return target
        index = posixpath.join(target, "index.html")
        return index if index in self.files else None
