"""The link checker: every internal link of a built site resolves, anchors included."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.linkcheck import BrokenLink, check_links

BASE = "https://ana-ruiz.github.io/ferry-strike/"

SITE = {
    "index.html": '<h1 id="top-story">Ferries</h1><a name="legacy">old anchor</a>',
    "events/strike-begins/index.html": '<section id="sources">Sources</section>',
    "static/site.css": "body { background: url(../img/wave.png); }",
    "img/wave.png": "PNG",
    "events.json": "[]",
}

# (link on events/strike-begins/index.html, why it is broken or None, note)
LINKS = [
    ("../../index.html", None, "a relative file"),
    ("../../", None, "a folder serves its index.html"),
    ("../../events/strike-begins/", None, "a page's folder"),
    ("../../events/strike-begins", None, "a page's folder without the slash"),
    ("./", None, "this folder"),
    ("", None, "this page"),
    ("#sources", None, "an id on this page"),
    ("#", None, "an empty fragment"),
    ("#top", None, "the top of the page"),
    ("../../index.html#top-story", None, "an id on another page"),
    ("../../index.html#legacy", None, "an <a name> on another page"),
    ("../../events.json#whatever", None, "fragments of other files are not checked"),
    ("../../static/site.css?v=3", None, "a query string"),
    ("../../img/wave%2Epng", None, "percent-encoded"),
    ("https://example.org/elsewhere", None, "another site"),
    ("mailto:desk@example.org", None, "mail"),
    ("data:image/png;base64,AAAA", None, "data"),
    (f"{BASE}events/strike-begins/", None, "the site's own absolute URL"),
    (BASE.rstrip("/"), None, "the site's root without the slash"),
    ("../../missing.html", "no such file missing.html", "a missing file"),
    ("../../events/strike-ends/", "no such file events/strike-ends/index.html",
     "a missing page"),
    ("../../static/site.css/", "no such file static/site.css/index.html",
     "a file is not a folder"),
    ("#nowhere", "events/strike-begins/index.html has no element with id 'nowhere'",
     "a missing id on this page"),
    ("../../index.html#sources", "index.html has no element with id 'sources'",
     "a missing id on another page"),
    ("../../../outside.html", "points outside the site", "above the site"),
    ("/static/site.css", "starts at the server root: it breaks when the site is served from a "
     "subpath or opened from file://; make it relative", "root-relative"),
    (f"{BASE}events/strike-ends/", "no such file events/strike-ends/index.html",
     "the site's own absolute URL, missing"),
]


def test_link_rows_are_unique() -> None:
    assert len({row[0] for row in LINKS}) == len(LINKS)


def make_site(root: Path, extra: dict[str, str] | None = None) -> Path:
    for name, text in {**SITE, **(extra or {})}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(("link", "reason", "note"), LINKS, ids=[row[2] for row in LINKS])
def test_link(tmp_path: Path, link: str, reason: str | None, note: str) -> None:
    page = "events/strike-begins/index.html"
    site = make_site(tmp_path, {page: f'<section id="sources">\n<a href="{link}">x</a></section>'})
    expected = [] if reason is None else [BrokenLink(page, link, reason, 2)]
    assert check_links(site, base_url=BASE) == expected, note


def test_src_srcset_and_css_urls_are_checked(tmp_path: Path) -> None:
    site = make_site(tmp_path, {
        "gallery.html": '<img src="img/wave.png" srcset="img/wave.png 1x, img/gone.png 2x">\n'
                        '<video poster="img/poster.png"></video>\n'
                        '<script src="static/missing.js"></script>',
        "static/extra.css": "h1 {\n  background: url('../img/wave.png');\n}\n"
                            "h2 { background: url(\"../img/none.png\") }\n"
                            "h3 { background: url(data:image/png;base64,AAAA) }",
    })
    assert [str(b) for b in check_links(site)] == [
        "gallery.html:1: img/gone.png: no such file img/gone.png",
        "gallery.html:2: img/poster.png: no such file img/poster.png",
        "gallery.html:3: static/missing.js: no such file static/missing.js",
        "static/extra.css:4: ../img/none.png: no such file img/none.png",
    ]


def test_without_base_url_absolute_links_are_left_alone(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"about.html": f'<a href="{BASE}gone/">gone</a>'})
    assert check_links(site) == []


def test_links_in_comments_and_scripts_are_not_links(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"about.html": '<!-- <a href="gone.html"> -->\n'
                                              '<script>let a = \'<a href="gone.html">\';</script>'})
    assert check_links(site) == []
