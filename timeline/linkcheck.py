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

import os
import posixpath
import re
from dataclasses import dataclass
from html.parser import HTMLParser
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


class _PageScan(HTMLParser):
    """The links of one page, each with its line, and the ids the page defines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, int]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        for name, value in attrs:
            if value is None:
                continue
            if name in URL_ATTRIBUTES:
                self.links.append((value.strip(), line))
            elif name == "srcset":
                for candidate in value.split(","):
                    url = candidate.strip().split(" ")[0]
                    if url:
                        self.links.append((url, line))
            elif name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)

    handle_startendtag = handle_starttag


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
            scan = _PageScan()
            scan.feed((site_dir / name).read_text(encoding="utf-8", errors="replace"))
            scan.close()
            pages[name] = scan
        elif name.endswith(".css"):
            styles[name] = _css_links((site_dir / name).read_text("utf-8", errors="replace"))

    checker = _Resolver(files, pages, base_url)
    broken: list[BrokenLink] = []
    for name in sorted({*pages, *styles}):
        links = pages[name].links if name in pages else styles[name]
        for link, line in links:
            reason = checker.problem(name, link, fragments=name in pages)
            if reason is not None:
                broken.append(BrokenLink(name, link, reason, line))
    return broken


def _css_links(text: str) -> list[tuple[str, int]]:
    return [(m.group(2).strip(), text.count("\n", 0, m.start()) + 1)
            for m in _CSS_URL.finditer(text)]


class _Resolver:
    def __init__(self, files: set[str], pages: dict[str, _PageScan], base_url: str) -> None:
        self.files = files
        self.pages = pages
        self.base = urlsplit(base_url) if base_url else None

    def problem(self, page: str, link: str, *, fragments: bool) -> str | None:
        """Why ``link`` on ``page`` leads nowhere, or None when it resolves (or leaves the site)."""
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
