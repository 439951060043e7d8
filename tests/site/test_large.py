"""Large timelines stay light: lists split by month and into pages, no page over 1 MB
(exports such as events.json are data files and may be larger)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from site_links import links_of, resolve
from site_sample import ARTICLES, many

from timeline.config import Project
from timeline.render import render_site
from timeline.render.site import HOME_LIMIT, LIST_LIMIT


@pytest.fixture(scope="module")
def big() -> dict[str, bytes]:
    from pathlib import Path

    from timeline.config import Config
    project = Project(Path("/nonexistent"), Config(title="Big"))
    return render_site(project, many(1300, date(2021, 1, 1), 0.25), list(ARTICLES))


def test_a_crowded_year_is_split_by_month(big: dict[str, bytes]) -> None:
    year = big["years/2021/index.html"].decode()
    assert 'href="../../years/2021/01/index.html">January</a>' in year
    assert year.count('<li class="event') == 0  # the months hold the events
    months = [u for u in big if u.startswith("years/2021/") and u.count("/") == 3]
    assert len(months) == 11
    assert sum(big[u].count(b'<li class="event') for u in months) == 1300


def test_a_big_tag_is_split_into_pages(big: dict[str, bytes]) -> None:
    pages = sorted(u for u in big if u.startswith("tags/all/"))
    assert pages == ["tags/all/index.html", "tags/all/page-2/index.html",
                     "tags/all/page-3/index.html"]
    assert big["tags/all/index.html"].count(b'<li class="event') == LIST_LIMIT
    assert b'rel="next" href="../../tags/all/page-2/index.html"' in big["tags/all/index.html"]
    assert b"Page 3 of 3 (1300 events)" in big["tags/all/page-3/index.html"]


def test_the_home_page_shows_the_latest_events_and_every_year(big: dict[str, bytes]) -> None:
    home = big["index.html"].decode()
    assert home.count('<li class="event') == HOME_LIMIT
    assert "Event number 1299 " in home and "Event number 0 " not in home
    assert f"The latest {HOME_LIMIT} of 1300 events" in home


def test_no_page_is_over_a_megabyte_and_every_link_resolves(big: dict[str, bytes]) -> None:
    for url, data in big.items():
        if url.endswith(".html") or url.startswith("search/"):  # what a browser loads
            assert len(data) < 1_000_000, url
        if not url.endswith(".html"):
            continue
        for href in links_of(data).links:
            target = resolve(url, href)
            if target is not None:
                assert target[0] in big, f"{url}: {href}"
    source = links_of(big["sources/antofagasta-strike/index.html"])
    assert {f"q-n{i:05d}" for i in range(1300)} <= source.ids


def test_the_list_of_sources_is_split_into_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from timeline.config import Config
    from timeline.render import pages
    monkeypatch.setattr(pages, "INDEX_LIMIT", 2)
    from site_sample import make_events
    site = render_site(Project(Path("/nonexistent"), Config()), make_events(), list(ARTICLES))
    assert b"Page 1 of 2 (3 articles)" in site["sources/index.html"]
    second = site["sources/page-2/index.html"].decode()
    assert len(re.findall(r" events?</li>", second)) == 1
    assert "kenya-rains" in second  # newest first: the oldest article comes last


def test_many_years_are_listed_by_decade() -> None:
    from pathlib import Path

    from timeline.config import Config
    events = many(30, date(1985, 6, 1), 365.25)
    site = render_site(Project(Path("/nonexistent"), Config()), events, list(ARTICLES))
    home = site["index.html"].decode()
    # Every year is on the home page: each decade lists its years, each a jump to its place.
    assert ('<li class="open"><span class="decade">1990s</span> <ul><li><a href="#y1990">1990</a>'
            in home)
    assert 'id="y1990"' in home
    year = site["years/1999/index.html"].decode()
    # A year page lists the decades and the years of its own.
    assert '<span aria-current="page">1999</span>' in year
    assert '<a href="../../years/1998/index.html">1998</a>' in year
    assert '<a href="../../years/1985/index.html">1980s</a>' in year
    assert 'href="../../years/2005/index.html"' not in year


def test_years_not_on_the_home_page_link_to_their_pages() -> None:
    from pathlib import Path

    from timeline.config import Config
    events = many(400, date(1985, 6, 1), 27.4)  # 30 years; the home page shows the latest 200
    site = render_site(Project(Path("/nonexistent"), Config()), events, list(ARTICLES))
    home = site["index.html"].decode()
    jump = home[home.index('<nav class="years"'):home.index("</nav>", home.index('"years"'))]
    assert '<a href="years/1985/index.html">1980s</a>' in jump  # a decade not shown: its page
    assert '<a href="#y2014">2014</a>' in jump  # a year shown here: its place
    shown = {int(y) for y in re.findall(r'<li class="year" id="y(\d+)"', home)}
    linked = {int(y) for y in re.findall(r'<a href="#y(\d+)">', jump)}
    assert linked == shown and 1999 not in shown
    assert '<a href="years/1999/index.html">1999</a>' in jump or "1990s</a>" in jump
