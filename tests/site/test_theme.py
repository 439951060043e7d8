"""What the built-in theme shows beyond the bare list: markers, period lanes, the year jump bar,
an event's context, margin notes on source pages, and old template overrides."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from site_sample import event

from timeline.config import Project
from timeline.errors import RenderError
from timeline.model import Article, Event
from timeline.render import render_site

pytestmark = pytest.mark.filterwarnings("error")


def page(site: dict[str, bytes], url: str) -> str:
    return site[url].decode("utf-8")


def item_classes(html: str) -> dict[str, str]:
    """The class attribute of each full event item, by event slug."""
    return {slug: classes for classes, slug in
            re.findall(r'<li class="event ([^"]*)" id="e-([^"]+)"', html)}


@pytest.mark.parametrize("slug,classes", [
    ("strike-ends", "p-day multi"),
    ("copper-rises", "p-day"),
    ("maize-release", "p-week"),
    ("royalty-talks", "p-month"),
    ("manual-note", "p-quarter"),
    ("drought-1980s", "p-decade"),
    ("state-mine", "p-year period lane-0"),
    ("strike", "p-day period lane-0"),
    ("drought-season", "p-month period lane-0"),
])
def test_an_events_marker_says_its_precision_kind_and_sources(site: dict[str, bytes], slug: str,
                                                              classes: str) -> None:
    assert item_classes(page(site, "index.html"))[slug] == classes


def test_periods_are_named_bars_over_the_groups_they_cover(site: dict[str, bytes]) -> None:
    home = page(site, "index.html")
    assert '<ol class="timeline years" style="--lanes: 1">' in home
    bar = ('<span class="rail" aria-hidden="true"><span class="bar lane-0" title="{0} ({1})">'
           "<span>{0}</span></span></span>")
    state = bar.format("State runs Cerro Alto", "1971–1989")
    # The state period runs through the years 1971 and 1980 (it covers both whole years).
    for year in ("1971", "1980"):
        group = home[home.index(f'<li class="year" id="y{year}">'):]
        assert group.split("\n")[1] == state
    # The strike (12 February - 2 March 2023) is drawn in the months it touches, not the year.
    strike = bar.format("Cerro Alto strike", "12 February – 2 March 2023")
    for month in ("2023-02", "2023-03"):
        group = home[home.index(f'<li class="month" id="m{month}">'):]
        assert group.split("\n")[1] == strike
    assert home.index('id="y2023"') < home.index('id="m2023-02"')
    assert home[home.index('id="y2023"'):home.index('id="m2023-02"')].count("rail") == 0
    assert home.count(strike) == 2


def test_a_month_does_not_draw_again_a_period_its_year_draws(
        project: Project, articles: list[Article]) -> None:
    events = [event("long", "2020", "Long dispute", value_end="2024", kind="period"),
              event("short", "2022-03-03", "Talks", value_end="2022-03-20", kind="period"),
              event("a", "2022-03-05", "Day one"), event("b", "2022-05-01", "Day two")]
    home = render_site(project, events, articles)["index.html"].decode()
    year = home[home.index('<li class="year" id="y2022">'):]
    assert year.split("\n")[1].count("Long dispute") == 2  # title and name, drawn once
    march = year[year.index('id="m2022-03"'):year.index('id="m2022-05"')]
    may = year[year.index('id="m2022-05"'):]
    assert "Long dispute" not in march.split("\n")[1] and "Talks" in march.split("\n")[1]
    # A lane the year holds is left empty in the month, so "Talks" keeps its own lane.
    assert '<span class="gap"></span><span class="bar lane-1"' in march
    assert "rail" not in may.split("\n")[1]


def test_the_year_bar_jumps_within_the_page_and_weighs_each_year(site: dict[str, bytes]) -> None:
    home = page(site, "index.html")
    jump = home[home.index('<nav class="years"'):home.index("</nav>", home.index("years"))]
    assert re.findall(r'<a href="#y(\d+)">', jump) == ["1971", "1980", "2022", "2023", "2024"]
    assert '<a href="#y2022">2022</a> <span class="count" style="--share: 1.00">24</span>' in jump
    assert '<a href="#y2023">2023</a> <span class="count" style="--share: 0.25">6</span>' in jump
    year = page(site, "years/2023/index.html")
    assert '<span aria-current="page">2023</span>' in year
    assert '<a href="../../years/2022/index.html">2022</a>' in year
    assert 'class="count"' not in year[:year.index("</nav>")]  # no counts: they'd go stale


def test_an_event_page_shows_where_the_event_sits(site: dict[str, bytes]) -> None:
    html = page(site, "events/strike-ends/index.html")
    aside = html[html.index('<nav class="context"'):html.index("</nav>", html.index("context"))]
    assert "Where this sits" in aside
    around = aside[aside.index('<ol class="around">'):]
    titles = re.findall(r'<(?:a (?:rel="\w+" )?href="[^"]+"|b aria-current="page")>([^<]+)</',
                        around)
    assert titles == ["Strike begins at Cerro Alto", "Cerro Alto strike",
                      "Cerro Alto miners vote to end strike", "Copper rises 2% in London",
                      "Royalty talks resume"]
    assert ('<li><small>2 March 2023, 18:30 CLT</small> '
            '<b aria-current="page">Cerro Alto miners vote to end strike</b></li>') in aside
    # The events just before and after are the previous and the next.
    assert ('<li><small>Next · 3 March 2023</small> <a rel="next" href="../../events/'
            'copper-rises/index.html">Copper rises 2% in London</a></li>') in aside
    assert '<li><small>Previous · 12 February – 2 March 2023</small> <a rel="prev" ' in aside
    assert ('<li><small>12 February 2023</small> <a href="../../events/strike-begins/'
            'index.html">') in aside
    # The strike was still running on the day the vote ended it.
    assert 'During <a href="../../events/strike/index.html">Cerro Alto strike</a>' in aside
    first = page(site, "events/state-mine/index.html")  # the first event: only later ones
    around = first[first.index('<ol class="around">'):first.index("</ol>", first.index("around"))]
    assert around.count("<li>") == 3 and around.index("aria-current") < around.index("<a ")


@pytest.mark.parametrize("slug,shown,absent", [
    ("royalty-in-force", "known to the month", "period"),
    ("drought-1980s", "known to the decade", "period"),
    ("maize-release", "known to the week", "period"),
    ("state-mine", '<span class="badge">period</span>', "known to the"),
    ("strike-ends", "18:30 CLT", "known to the"),
])
def test_an_event_page_says_how_precise_its_date_is(site: dict[str, bytes], slug: str,
                                                    shown: str, absent: str) -> None:
    html = page(site, f"events/{slug}/index.html")
    when = html[html.index('<p class="when">'):html.index("</p>", html.index('<p class="when">'))]
    assert shown in when and absent not in when


def test_quotes_name_outlet_article_and_publication_time(site: dict[str, bytes]) -> None:
    html = page(site, "events/strike-ends/index.html")
    assert ('<figcaption><span class="outlet">Example Wire</span> <cite><a href="../../sources/'
            'antofagasta-strike/index.html#q-strike-ends">Chile copper miners end strike after '
            'pay deal</a></cite> <time datetime="2023-03-03T09:15:00-04:00">3 March 2023, '
            '09:15 CLT</time> <a class="original" href="https://news.example.com/chile-strike">'
            "original</a></figcaption>") in html
    assert '<span class="outlet">Daily Ledger</span>' in html


def test_the_byline_shows_beside_the_quote_and_on_the_source_page(
        site: dict[str, bytes]) -> None:
    pages = [url for url, body in site.items() if url.startswith("events/")
             and b"royalty-vote" in body and url.endswith("index.html")]
    assert pages
    for url in pages:
        assert ('<span class="outlet">Daily Ledger</span> <span class="author">Lucía Ortega'
                '</span> <cite>') in page(site, url)
    assert '<span class="author">By Lucía Ortega</span>' in page(
        site, "sources/royalty-vote/index.html")
    strike = page(site, "events/strike-ends/index.html")
    assert 'class="author"' not in strike.split("Daily Ledger")[0]  # no byline, no name


def test_source_page_has_a_margin_note_beside_each_marked_sentence(
        site: dict[str, bytes]) -> None:
    html = page(site, "sources/antofagasta-strike/index.html")
    note = ('<a class="note" href="../../events/strike-ends/index.html" tabindex="-1" '
            'aria-hidden="true"><span>2 March 2023, 18:30 CLT</span> Cerro Alto miners vote to '
            'end strike</a><mark id="q-strike-ends">')
    assert note in html
    assert html.count('<a class="note"') == html.count("<mark") == 5
    assert '<p class="kicker">Example Wire</p>' in html


def test_home_of_a_large_timeline_draws_its_longest_periods_on_one_axis(
        project: Project, articles: list[Article]) -> None:
    events = [event(f"d{i}", (date(2000, 1, 1).replace(year=2000 + i % 20)).isoformat(),
                    f"Day {i}") for i in range(260)]
    events += [event("war", "1990", "War", value_end="1999", kind="period"),
               event("boom", "2005", "Boom", value_end="2019", kind="period")]
    home = render_site(project, events, articles)["index.html"].decode()
    spans = home[home.index('<ul class="spans">'):home.index('<p class="axis"')]
    tracks = re.findall(r'--from: ([\d.]+)%; --to: ([\d.]+)%', spans)
    assert tracks == [("0.0", "33.3"), ("50.0", "100.0")]
    assert '<p class="axis" aria-hidden="true"><span>1990</span> <span>2019</span></p>' in home


OLD_THEME = Path(__file__).parent / "fixtures" / "old_theme"


def test_overrides_of_partials_made_for_the_earlier_theme_still_build(
        project: Project, events: list[Event], articles: list[Article]) -> None:
    """Partials copied from the theme before markers and lanes came keep working."""
    shutil.copytree(OLD_THEME, project.root / "templates")
    site = render_site(project, events, articles)
    home = site["index.html"].decode()
    assert '<span class="rail" aria-hidden="true"><span class="bar lane-0" title="State runs' \
        in home
    assert "+1 more" in home  # the old _item.html is the one used
    assert '<li class="event row' in site["tags/chile/index.html"].decode()


def test_a_copy_of_a_partial_the_theme_no_longer_has_stops_the_build(
        project: Project, events: list[Event], articles: list[Article]) -> None:
    folder = project.root / "templates"
    folder.mkdir()
    (folder / "_livereload.html").write_text("<script>/* old */</script>\n")
    with pytest.raises(RenderError) as info:
        render_site(project, events, articles)
    problem = info.value.problems[0]
    assert problem.path == str(folder / "_livereload.html")
    assert "no longer has this partial" in problem.message and "Delete this file" in \
        problem.message
