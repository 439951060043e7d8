"""What the preview server sends besides the site's own files: the live-reload script tag it
adds to every HTML page, the 404 page and the page shown while the site cannot be built."""

from __future__ import annotations

import html
from collections.abc import Sequence
from importlib import resources

from timeline.errors import Problem

#: The reserved path: never a file of a site (names starting "__" are not produced by render).
RESERVED = "/__timeline__/"
SCRIPT = RESERVED + "livereload.js"
EVENTS = RESERVED + "events"


def script() -> bytes:
    return resources.files("timeline.serve").joinpath("livereload.js").read_bytes()


def inject(page: bytes, key: str, state: str, server: str) -> bytes:
    """``page`` with the live-reload script before its last ``</body>`` (or at its end)."""
    tag = (f'<script src="{SCRIPT}" data-page="{html.escape(key)}" '
           f'data-state="{html.escape(state)}" data-server="{html.escape(server)}"></script>\n')
    data = tag.encode("utf-8")
    at = page.lower().rfind(b"</body>")
    if at == -1:
        return page + data
    return page[:at] + data + page[at:]


def _page(title: str, site: str, body: str) -> bytes:
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} · {html.escape(site)}</title>
<style>
body {{ font: 17px/1.5 system-ui, sans-serif; max-width: 42em; margin: 3em auto; padding: 0 1em;
       color: #222; }}
code {{ background: #f3f3f3; padding: .1em .3em; }}
li {{ margin: .4em 0; }}
</style>
</head>
<body>
{body}
</body>
</html>
""".encode()


def not_found(path: str, site: str, home: str) -> bytes:
    return _page("Page not found", site, f"""<h1>Page not found</h1>
<p>The site has no page at <code>{html.escape(path)}</code>.</p>
<p><a href="{html.escape(home)}">Go to the timeline</a></p>""")


def broken(site: str, home: str, problems: Sequence[Problem]) -> bytes:
    items = "\n".join(f"<li><code>{html.escape(_where(p))}</code> {html.escape(p.message)}</li>"
                      for p in problems)
    return _page("Build failed", site, f"""<h1>The site cannot be built</h1>
<p>Fix these and save; this page reloads by itself.</p>
<ul>
{items}
</ul>
<p><a href="{html.escape(home)}">Go to the timeline</a></p>""")


def _where(problem: Problem) -> str:
    where = problem.path
    if problem.line is not None:
        where += f":{problem.line}"
        if problem.column is not None:
            where += f":{problem.column}"
    return where
