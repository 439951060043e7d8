"""The site as a reader gets it: pages, links, dates, Markdown, exports, determinism."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from site_links import links_of, resolve

from timeline.config import Config, Project
from timeline.errors import RenderError
from timeline.model import Article, Event
from timeline.render import render_site

pytestmark = pytest.mark.filterwarnings("error")


def html(site: dict[str, bytes], url: str) -> str:
    return site[url].decode("utf-8")


def test_every_file_a_reader_needs_is_there(site: dict[str, bytes]) -> None:
    for url in ("index.html", "events/strike-ends/index.html", "years/2023/index.html",
                "tags/chile/index.html", "tags/index.html", "sources/index.html",
                "sources/antofagasta-strike/index.html", "search/index.html", "feed.xml",
                "events.ics", "events.json", "events.csv", "timelinejs.json",
                "static/site.css", "static/site.js", "static/search.js", "search/meta.js"):
        assert url in site, url
    assert all("\\" not in url and not url.startswith("/") for url in site)


def test_home_lists_events_in_date_order_grouped_by_year_month_day(
        site: dict[str, bytes]) -> None:
    page = html(site, "index.html")
    titles = re.findall(r'<h5 class="title"><a href="events/([^/]+)/index.html">', page)
    assert titles[:3] == ["state-mine", "drought-1980s", "manual-note"]
    assert titles.index("strike-begins") < titles.index("strike-ends") < \
        titles.index("copper-rises") < titles.index("royalty-passes")
    assert "hidden-one" not in titles and "events/hidden-one/index.html" not in site
    # year -> month -> day headings, each a <time>.
    year = page.index('<h2><a href="years/2023/index.html"><time datetime="2023">2023</time>')
    month = page.index('<h3><time datetime="2023-03">March 2023</time></h3>', year)
    day = page.index('<h4><time datetime="2023-03-02">2 March</time></h4>', month)
    assert year < month < day < page.index("events/strike-ends/index.html", day)
    # A week sits among the days, in its place: after 2 June, headed by its first day.
    assert page.index('<h4><time datetime="2022-06-02">2 June</time></h4>') < \
        page.index('<h4>Week of <time datetime="2022-W23">6 June</time></h4>') < \
        page.index("events/maize-release/index.html")


def test_every_event_has_a_time_element_title_summary_and_source_link(
        site: dict[str, bytes]) -> None:
    page = html(site, "index.html")
    items = re.findall(r'<li class="event[^"]*".*?</li>', page, re.S)
    assert len(items) == 33
    for item in items:
        assert '<time datetime="' in item
    strike = next(i for i in items if "strike-ends" in i)
    assert '<time datetime="2023-03-02T18:30:00-04:00">2 March 2023, 18:30 CLT</time>' in strike
    assert "<strong>6 percent</strong>" in strike
    assert 'href="https://news.example.com/chile-strike"' in strike
    # Several sources make an event weightier: a class for its marker and a "reported by" link.
    assert strike.startswith('<li class="event p-day multi"')
    assert '<a class="reported" href="events/strike-ends/index.html#sources">reported by 2</a>' \
        in strike
    single = next(i for i in items if 'id="e-copper-rises"' in i)
    assert "multi" not in single.split(">", 1)[0] and "reported by" not in single


@pytest.mark.parametrize("url,expected", [
    ("events/strike-ends/index.html", "2 March 2023, 18:30 CLT"),
    ("events/state-mine/index.html", "1971</time>–<time datetime=\"1989\">1989"),
    ("events/royalty-in-force/index.html", '<time datetime="2024-01">January 2024</time>'),
    ("events/drought-1980s/index.html", '<time datetime="1980">the 1980s</time>'),
    ("events/strike/index.html", '<time datetime="2023-02-12">12 February</time> – '
                                 '<time datetime="2023-03-02">2 March 2023</time>'),
    ("events/maize-release/index.html", '<time datetime="2022-W23">week of 6 June 2022'),
    ("events/manual-note/index.html", "Q3 2022"),
])
def test_event_page_shows_the_date_at_its_precision(site: dict[str, bytes], url: str,
                                                    expected: str) -> None:
    assert expected in html(site, url)


def test_event_page_has_quotes_sources_tags_and_neighbours(site: dict[str, bytes]) -> None:
    page = html(site, "events/strike-ends/index.html")
    assert "Reported by 2 sources" in page
    assert "<blockquote" in page and "voted on Thursday to end a 19-day strike" in page
    assert 'href="../../sources/antofagasta-strike/index.html#q-strike-ends"' in page
    assert 'href="../../tags/labour/index.html"' in page
    assert '<a rel="prev" href="../../events/strike/index.html">' in page
    assert '<a rel="next" href="../../events/copper-rises/index.html">' in page
    assert '<link rel="canonical" href="https://example.github.io/tl/events/strike-ends/">' in page


def test_every_relative_link_resolves_to_a_file_and_anchor(site: dict[str, bytes]) -> None:
    ids: dict[str, set[str]] = {}
    links: dict[str, list[str]] = {}
    for url, data in site.items():
        if url.endswith(".html"):
            parsed = links_of(data)
            ids[url], links[url] = parsed.ids, parsed.links
    for url, hrefs in links.items():
        for href in hrefs:
            assert not href.startswith("/"), f"{url}: absolute path {href}"
            target = resolve(url, href)
            if target is None:
                assert href.startswith(("https://", "http://")), f"{url}: {href}"
                continue
            path, fragment = target
            assert path in site, f"{url}: broken link {href}"
            if fragment and path.endswith(".html"):
                assert fragment in ids[path], f"{url}: no #{fragment} in {path}"


def test_markdown_has_no_raw_html_and_drops_javascript_links(site: dict[str, bytes]) -> None:
    page = html(site, "events/royalty-passes/index.html")
    assert '<a href="https://example.org/bill">the bill</a>' in page
    assert "javascript:" not in page.lower().replace("[this](javascript:alert(1))", "")
    assert 'href="javascript' not in page.lower()
    assert "<script>alert(2)</script>" not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page


def test_titles_are_escaped(project: Project, articles: list[Article]) -> None:
    from site_sample import event
    evil = event("evil", "2023-01-01", "<img src=x onerror=alert(1)> & co")
    page = render_site(project, [evil], articles)["events/evil/index.html"].decode()
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt; &amp; co" in page


def test_source_page_marks_the_sentences_events_come_from(site: dict[str, bytes]) -> None:
    page = html(site, "sources/antofagasta-strike/index.html")
    assert ('<mark id="q-strike-ends"><a href="../../events/strike-ends/index.html" '
            'title="Cerro Alto miners vote to end strike">Workers at the Cerro Alto copper mine '
            'voted on Thursday to end a 19-day strike</a></mark>') in page
    assert page.count("<mark") == 5
    assert "09:15 CLT, March 3, 2023" in page


def test_events_json_is_the_store_json_of_visible_events(site: dict[str, bytes],
                                                         events: list[Event]) -> None:
    visible = sorted((e for e in events if not e.hidden), key=Event.sort_key)
    assert json.loads(site["events.json"]) == [e.to_json() for e in visible]


def test_two_renders_are_byte_identical_and_honour_source_date_epoch(
        project: Project, events: list[Event], articles: list[Article],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = render_site(project, events, articles)
    assert render_site(project, list(reversed(events)), articles) == first
    assert b'<time datetime="2023-05-17">2023-05-17</time>' in first["index.html"]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    stamped = render_site(project, events, articles)
    assert b'<time datetime="2023-11-14">2023-11-14</time>' in stamped["index.html"]
    assert b"DTSTAMP:20231114T221320Z" in stamped["events.ics"]


def test_project_templates_override_the_theme(project: Project, events: list[Event],
                                              articles: list[Article]) -> None:
    (project.root / "templates" / "static").mkdir(parents=True)
    (project.root / "templates" / "static" / "site.css").write_text("body{color:red}")
    (project.root / "templates" / "_item.html").write_text(
        '<li class="event" id="e-{{ event.id }}">MINE {{ event.title }}'
        ' <time datetime="{{ event.first }}">{{ when(event) }}</time></li>\n')
    site = render_site(project, events, articles)
    assert site["static/site.css"] == b"body{color:red}"
    assert "MINE Cerro Alto miners vote to end strike" in site["index.html"].decode()
    assert b"function" in site["static/site.js"]  # not overridden: the theme's own


def test_a_typo_in_a_template_names_file_and_line(project: Project, events: list[Event],
                                                  articles: list[Article]) -> None:
    folder = project.root / "templates"
    folder.mkdir()
    (folder / "event.html").write_text('{% extends "base.html" %}\n{% block main %}\n'
                                       "<h1>{{ event.titel }}</h1>\n{% endblock %}\n")
    with pytest.raises(RenderError) as info:
        render_site(project, events, articles)
    problem = info.value.problems[0]
    assert problem.path == str(folder / "event.html") and problem.line == 3
    assert "titel" in problem.message
    (folder / "event.html").write_text("{% block main %}\n{% if %}\n")
    with pytest.raises(RenderError) as info:
        render_site(project, events, articles)
    assert info.value.problems[0].line == 2
    assert str(folder / "event.html") in str(info.value)


def test_an_empty_timeline_still_renders(project: Project) -> None:
    site = render_site(project, [], [])
    assert "No events yet" in site["index.html"].decode()
    assert json.loads(site["events.json"]) == []


def test_base_url_is_only_used_for_canonical_and_feeds(events: list[Event],
                                                       articles: list[Article],
                                                       tmp_path: Path) -> None:
    plain = render_site(Project(tmp_path, Config(title="T")), events, articles)
    assert b"canonical" not in plain["index.html"]
    assert b"urn:timeline:event:strike-ends" in plain["feed.xml"]


def test_odd_ids_and_tags_still_give_working_links(project: Project,
                                                   articles: list[Article]) -> None:
    from site_sample import event
    odd = [event("2022/05 saarela:kettu", "2022-05-10", "Odd id", tags=["Côte d'Ivoire", "a b"]),
           event("..", "2022-05-11", "Dots", tags=["côte d’ivoire"]),
           event("x" * 300, "2022-05-12", "Long id", tags=["<b>"])]
    site = render_site(project, odd, articles)
    pages = [u for u in site if u.startswith("events/")]
    assert sorted(pages) == ["events/2022-05-saarela-kettu/index.html", "events/event/index.html",
                             f"events/{'x' * 80}/index.html"]
    assert "tags/cote-d-ivoire/index.html" in site and "tags/cote-d-ivoire-2/index.html" in site
    assert "tags/b/index.html" in site and "tags/a-b/index.html" in site
    for url, data in site.items():
        if url.endswith(".html"):
            for href in links_of(data).links:
                target = resolve(url, href)
                assert target is None or target[0] in site, f"{url}: {href}"


@pytest.mark.parametrize("text,slug", [
    ("Korea", "korea"), ("Côte d'Ivoire", "cote-d-ivoire"), ("Łódź", "lodz"),
    ("Straße", "strasse"), ("東京", "u6771-u4eac"), ("  --  ", "item"), ("a/b\\\\c", "a-b-c"),
])
def test_slugs(text: str, slug: str) -> None:
    from timeline.render.text import slugify
    assert slugify(text) == slug


def test_an_event_page_does_not_repeat_a_summary_that_is_its_quote(
        project: Project, articles: list[Article]) -> None:
    from site_sample import A, event
    quote = "Copper prices rose 2 percent in London on the news."
    same = event("same", "2023-03-03", "Copper up", summary=quote, sources=((A, quote),))
    page = render_site(project, [same], articles)["events/same/index.html"].decode()
    assert page.count(quote) == 1 and '<blockquote cite="https://news.example.com/' in page
    listed = render_site(project, [same], articles)["index.html"].decode()
    assert quote in listed  # lists still show it: they show no quotes


def test_the_404_page_links_from_base_url(site: dict[str, bytes], events: list[Event],
                                         articles: list[Article], tmp_path: Path) -> None:
    page = html(site, "404.html")
    assert 'href="https://example.github.io/tl/static/site.css"' in page
    assert '<a href="https://example.github.io/tl/index.html">the timeline</a>' in page
    bare = render_site(Project(tmp_path, Config(title="T")), events, articles)["404.html"]
    assert b'<a href="index.html">the timeline</a>' in bare
