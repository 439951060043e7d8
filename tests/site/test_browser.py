"""The built site in a real browser: Debian's chromium driven by playwright.

Served by a real http.server on 127.0.0.1 under a subpath (/tl/, as on GitHub Pages) and opened
from file:// too. Needs `apt-get install -y chromium` and `pip install playwright` (no browser
download: playwright drives /usr/bin/chromium).
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline.config import Config, Project
from timeline.render import render_site

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="Debian's chromium is not installed (apt-get install -y chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="playwright is not installed (pip install playwright)")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample site written under <root>/tl/."""
    from site_sample import ARTICLES, make_events

    root = tmp_path_factory.mktemp("served")
    project = Project(root, Config(title="Copper & Drought", base_url="https://example.org/tl/"))
    for name, data in render_site(project, make_events(), ARTICLES).items():
        path = root / "tl" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root / "tl"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server(built: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(built.parent))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/tl/"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Page:
    """A browser page that records console errors and failed requests."""

    def __init__(self, browser: Any, width: int = 1280, javascript: bool = True) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": 900},
                                           java_script_enabled=javascript)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", self._failed)

    def _failed(self, request: Any) -> None:
        # A request cut short because the page moved on (ERR_ABORTED) is no fault of the site.
        if "ERR_ABORTED" not in (request.failure or ""):
            self.errors.append(f"failed: {request.url} ({request.failure})")

    def outside(self) -> list[str]:
        """Requests that left the site: the theme loads nothing from elsewhere."""
        return [u for u in self.requests if not u.startswith(("http://127.0.0.1:", "file://"))]

    def visible_titles(self) -> list[str]:
        return [t.strip() for t in self.page.locator(
            "li.event:visible .title").all_inner_texts()]


@pytest.fixture
def tab(browser: Any) -> Iterator[Page]:
    page = Page(browser)
    yield page
    page.context.close()
    assert page.errors == []
    assert page.outside() == []


def test_index_opens_and_an_event_permalink_leads_to_its_page(tab: Page, server: str) -> None:
    tab.page.goto(server + "index.html")
    assert tab.page.title() == "Copper & Drought"
    assert tab.page.locator("li.event").count() == 33
    assert tab.page.locator("li.event time[datetime]").count() >= 33
    tab.page.get_by_role("link", name="Cerro Alto miners vote to end strike").first.click()
    tab.page.wait_for_url("**/tl/events/strike-ends/index.html")
    assert tab.page.locator("h1").inner_text() == "Cerro Alto miners vote to end strike"
    assert tab.page.locator("p.when time").get_attribute("datetime") == \
        "2023-03-02T18:30:00-04:00"
    tab.page.get_by_role("link", name="Chile copper miners end strike after pay deal").click()
    tab.page.wait_for_url("**/sources/antofagasta-strike/index.html#q-strike-ends")
    assert tab.page.locator("mark#q-strike-ends").is_visible()


def test_filter_by_tag_shows_only_tagged_events(tab: Page, server: str) -> None:
    tab.page.goto(server + "index.html")
    tab.page.locator("form.filters select[name=tag]").select_option("kenya")
    titles = tab.visible_titles()
    assert sorted(titles) == sorted([
        "Drought of the 1980s", "Aid appeal launched (manual note)", "Emergency declared",
        "Kenya to release maize reserves", "Long rains fail for fifth season"])
    assert tab.page.locator("form.filters output").inner_text() == "5 of 33 events"
    tab.page.locator("form.filters select[name=outlet]").select_option("Reuters")
    assert "Aid appeal launched (manual note)" not in tab.visible_titles()


def test_search_finds_a_word_from_any_page_sorted_by_date(tab: Page, server: str) -> None:
    tab.page.goto(server + "events/strike/index.html")
    tab.page.locator("#site-search").fill("royalty")
    tab.page.locator("#site-search").press("Enter")
    tab.page.wait_for_url("**/tl/search/index.html?q=royalty")
    results = tab.page.locator("#results li a")
    results.first.wait_for()
    # The strike's end matches through its second source, the royalty article; oldest first.
    assert results.all_inner_texts() == ["Cerro Alto miners vote to end strike",
                                         "Royalty talks resume", "Senate passes copper royalty",
                                         "Copper royalty takes effect"]
    assert "4 events found" in tab.page.locator("#status").inner_text()
    tab.page.locator("#tag").select_option("law")
    tab.page.wait_for_function("document.querySelectorAll('#results li').length === 2")
    results.first.click()
    tab.page.wait_for_url("**/tl/events/royalty-passes/index.html")


def test_search_by_source_and_prefix(tab: Page, server: str) -> None:
    tab.page.goto(server + "search/index.html?source=Daily%20Ledger")
    tab.page.locator("#results li").first.wait_for()
    assert tab.page.locator("#results li a").all_inner_texts() == [
        "Cerro Alto miners vote to end strike", "Senate passes copper royalty",
        "Copper royalty takes effect"]
    tab.page.goto(server + "search/index.html?q=z%C3%BCrich+OR")
    tab.page.wait_for_function("document.getElementById('status').textContent !== ''")
    assert tab.page.locator("#status").inner_text() == "No events found."
    tab.page.goto(server + "search/index.html?q=maiz")
    tab.page.locator("#results li").first.wait_for()
    assert tab.page.locator("#results li a").all_inner_texts() == [
        "Kenya to release maize reserves"]


def test_the_same_build_works_from_file(tab: Page, built: Path) -> None:
    tab.page.goto((built / "index.html").as_uri())
    tab.page.get_by_role("link", name="Long rains fail for fifth season").click()
    tab.page.wait_for_url("**/events/rains-fail/index.html")
    assert "2 June 2022, 11:00 EAT" in tab.page.locator("p.when").inner_text()
    tab.page.locator("#site-search").fill("drought")
    tab.page.locator("#site-search").press("Enter")
    tab.page.locator("#results li").first.wait_for()
    assert "Drought of the 1980s" in tab.page.locator("#results").inner_text()


def test_keyboard_moves_between_events_and_to_search(tab: Page, server: str) -> None:
    tab.page.goto(server + "index.html")
    tab.page.keyboard.press("j")
    tab.page.keyboard.press("j")
    focused = tab.page.evaluate("document.activeElement.textContent")
    assert focused == "Drought of the 1980s"
    tab.page.keyboard.press("Enter")
    tab.page.wait_for_url("**/events/drought-1980s/index.html")
    tab.page.keyboard.press("j")  # on an event's page: to the next event
    tab.page.wait_for_url("**/events/drought-season/index.html")
    tab.page.keyboard.press("k")
    tab.page.wait_for_url("**/events/drought-1980s/index.html")
    tab.page.keyboard.press("/")
    assert tab.page.evaluate("document.activeElement.id") == "site-search"


def test_readable_with_javascript_off(browser: Any, server: str) -> None:
    page = Page(browser, javascript=False)
    try:
        page.page.goto(server + "index.html")
        assert page.page.locator("li.event").count() == 33
        assert not page.page.locator("form.filters").is_visible()
        page.page.goto(server + "search/index.html")
        assert "Search needs JavaScript" in page.page.locator("main").inner_text()
    finally:
        page.context.close()
    assert page.errors == []


@pytest.mark.parametrize("width", [1280, 375, 360])
@pytest.mark.parametrize("url", ["index.html", "events/royalty-passes/index.html",
                                 "events/strike/index.html", "years/2023/index.html",
                                 "sources/antofagasta-strike/index.html", "sources/index.html",
                                 "search/index.html?q=copper", "tags/chile/index.html",
                                 "tags/index.html"])
def test_layout_fits_the_screen(browser: Any, server: str, width: int, url: str) -> None:
    page = Page(browser, width=width)
    try:
        page.page.goto(server + url)
        overflow = page.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{url} is {overflow}px wider than a {width}px screen"
        box = page.page.locator("main h1").bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
        skip = page.page.locator("a.skip")
        skip.focus()
        assert skip.is_visible()
    finally:
        page.context.close()
    assert page.errors == []


def test_print_and_dark_mode_stylesheets(tab: Page, server: str) -> None:
    tab.page.goto(server + "index.html")
    light = tab.page.evaluate("getComputedStyle(document.body).backgroundColor")
    tab.page.emulate_media(color_scheme="dark")
    dark = tab.page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert light == "rgb(253, 253, 251)" and dark == "rgb(21, 23, 27)"
    assert tab.page.locator("form.search").is_visible()
    tab.page.emulate_media(media="print", color_scheme="light")
    assert not tab.page.locator("form.search").is_visible()
    assert not tab.page.locator("form.filters").is_visible()
    assert not tab.page.locator("nav.years").is_visible()
    assert tab.page.locator("li.event").first.is_visible()
    # Printed, headings sit with their events instead of sticking to the top of each sheet.
    assert tab.page.evaluate(
        "getComputedStyle(document.querySelector('li.month > h3')).position") == "static"


def scroll_to(tab: Page, selector: str) -> None:
    """Bring an element to the top of the window and let site.js see the scroll."""
    tab.page.evaluate(f"document.querySelector({selector!r}).scrollIntoView()")
    tab.page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def test_the_year_bar_marks_the_year_in_view_and_stays_in_reach(tab: Page, server: str) -> None:
    tab.page.goto(server + "index.html")
    marked = tab.page.locator("nav.years a.is-current")
    assert marked.count() == 0  # at the top of the page no year is in view yet
    scroll_to(tab, "#e-strike-ends")
    assert marked.inner_text() == "2023"
    assert marked.get_attribute("aria-current") == "location"
    scroll_to(tab, "#e-rains-fail")
    assert marked.inner_text() == "2022"
    assert tab.page.locator("nav.years a.is-current").count() == 1
    # On a wide screen the bar sticks beside the timeline, far down the page too.
    box = tab.page.locator("nav.years").bounding_box()
    assert box is not None and 0 <= box["y"] < 900
    tab.page.locator('nav.years a[href="#y2023"]').click()
    tab.page.wait_for_function("document.querySelector('nav.years a.is-current')"
                               "?.textContent === '2023'")
    assert tab.page.evaluate("location.hash") == "#y2023"


def test_on_a_phone_the_year_bar_stays_at_the_top_of_the_page(browser: Any, server: str) -> None:
    page = Page(browser, width=375)
    try:
        page.page.goto(server + "index.html")
        page.page.evaluate("document.querySelector('#e-strike-ends').scrollIntoView()")
        box = page.page.locator("nav.years").bounding_box()
        assert box is not None and box["y"] + box["height"] < 0
    finally:
        page.context.close()
    assert page.errors == []


def test_year_and_month_headings_stick_above_their_events(tab: Page, server: str) -> None:
    tab.page.goto(server + "index.html")
    scroll_to(tab, "#e-copper-rises")
    tab.page.evaluate("window.scrollBy(0, -20)")
    year = tab.page.locator("#y2023 > h2").bounding_box()
    month = tab.page.locator("#m2023-03 > h3").bounding_box()
    assert year is not None and month is not None
    assert abs(year["y"]) < 1 and abs(month["y"]) < 1  # both at the top, side by side
    assert month["x"] >= year["x"] + year["width"] - 1
    # Nothing scrolls over them: the topmost element there is the heading itself.
    on_top = tab.page.evaluate(
        f"document.elementFromPoint({month['x'] + 40}, 10).closest('h3')?.textContent")
    assert on_top == "March 2023"


@pytest.mark.parametrize("width", [1280, 375])
def test_dates_sit_in_a_column_on_wide_screens_and_above_titles_on_phones(
        browser: Any, server: str, width: int) -> None:
    page = Page(browser, width=width)
    try:
        page.page.goto(server + "index.html")
        when = page.page.locator("#e-strike-ends .when").bounding_box()
        title = page.page.locator("#e-strike-ends .title").bounding_box()
        marker = page.page.evaluate("""(() => {
            const li = document.getElementById('e-strike-ends');
            const s = getComputedStyle(li, '::before');
            return {w: parseFloat(s.width), radius: s.borderRadius, shadow: s.boxShadow};
        })()""")
        assert when is not None and title is not None
        if width >= 1000:
            assert when["x"] + when["width"] < title["x"]  # a column left of the titles
            assert abs(when["y"] - title["y"]) < 8
        else:
            assert when["y"] + when["height"] <= title["y"] + 1  # above the title
        assert marker["w"] == 12 and marker["radius"] == "50%"
        assert marker["shadow"].count("rgb") == 2  # several sources: a second ring
        lane = page.page.locator("#y1971 .rail .bar > span")
        assert lane.is_visible() == (width >= 1000)  # the period's name beside its bar
    finally:
        page.context.close()
    assert page.errors == []


#: Every element with text of its own, its colour against the background it sits on, in WCAG
#: terms; returns those under 4.5:1 (3:1 for large text).
CONTRAST = """(() => {
  const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const under = (el) => {
    let layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 4 && c[3] === 0) continue;
      layers.push(c);
      if (c.length === 3 || c[3] === 1) break;
    }
    let base = rgb(getComputedStyle(document.documentElement).backgroundColor);
    if (base.length === 4 && base[3] === 0) base = [255, 255, 255];
    for (const c of layers.reverse()) {
      const a = c.length === 4 ? c[3] : 1;
      base = [0, 1, 2].map(i => c[i] * a + base[i] * (1 - a));
    }
    return base;
  };
  const bad = [];
  for (const el of document.querySelectorAll('body *')) {
    if (/^(SCRIPT|STYLE|OPTION|SELECT|INPUT|TEXTAREA)$/.test(el.tagName)) continue;
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.getClientRects().length) continue;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden') continue;
    const fg = rgb(s.color), bg = under(el);
    const a = fg.length === 4 ? fg[3] : 1;
    const mixed = [0, 1, 2].map(i => fg[i] * a + bg[i] * (1 - a));
    const [hi, lo] = [lum(mixed), lum(bg)].sort((x, y) => y - x);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < need) bad.push(`${el.tagName}.${el.className} "${el.textContent.trim()
      .slice(0, 30)}" ${ratio.toFixed(2)} < ${need}`);
  }
  return bad;
})()"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_and_links_meet_wcag_aa_contrast(tab: Page, server: str, scheme: str) -> None:
    tab.page.emulate_media(color_scheme=scheme)
    for url in ("index.html", "events/strike-ends/index.html", "events/strike/index.html",
                "sources/antofagasta-strike/index.html#q-strike-ends", "tags/chile/index.html",
                "tags/index.html", "sources/index.html", "years/2023/index.html",
                "search/index.html?q=copper"):
        tab.page.goto(server + url)
        if url.startswith("search/"):
            tab.page.locator("#results li").first.wait_for()
        if url == "index.html":
            scroll_to(tab, "#e-strike-ends")  # a year marked in the bar
            assert tab.page.locator("nav.years a.is-current").count() == 1
        assert tab.page.evaluate(CONTRAST) == [], f"{url} in {scheme} mode"


def test_focus_is_visible_on_every_kind_of_link(tab: Page, server: str) -> None:
    tab.page.goto(server + "index.html")
    for selector in ("a.skip", "header.site nav a", "nav.years a", "li.event .title a",
                     "a.reported", "a.tag", "#site-search"):
        element = tab.page.locator(selector).first
        element.focus()
        style = element.evaluate("e => { const s = getComputedStyle(e); "
                                 "return [s.outlineStyle, parseFloat(s.outlineWidth)]; }")
        assert style[0] != "none" and style[1] >= 2, selector


def test_a_source_page_reads_like_an_article_with_its_events_in_the_margin(
        tab: Page, server: str) -> None:
    tab.page.goto(server + "sources/antofagasta-strike/index.html#q-strike-ends")
    body = tab.page.locator("article.source .body")
    assert "serif" in body.evaluate("e => getComputedStyle(e).fontFamily")
    width = body.bounding_box()
    assert width is not None and width["width"] <= 40 * 16 + 1  # a comfortable line
    note = tab.page.locator("a.note").first
    assert note.is_visible() and "2 March 2023, 18:30 CLT" in note.inner_text()
    target = tab.page.locator("mark#q-strike-ends")
    assert target.evaluate("e => getComputedStyle(e).outlineStyle") != "none"  # arrived at
    target.locator("a").click()
    tab.page.wait_for_url("**/events/strike-ends/index.html")
    assert tab.page.locator("nav.context [aria-current=page]").inner_text() == \
        "Cerro Alto miners vote to end strike"
