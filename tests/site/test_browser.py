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
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", self._failed)

    def _failed(self, request: Any) -> None:
        # A request cut short because the page moved on (ERR_ABORTED) is no fault of the site.
        if "ERR_ABORTED" not in (request.failure or ""):
            self.errors.append(f"failed: {request.url} ({request.failure})")

    def visible_titles(self) -> list[str]:
        return [t.strip() for t in self.page.locator(
            "li.event:visible .title").all_inner_texts()]


@pytest.fixture
def tab(browser: Any) -> Iterator[Page]:
    page = Page(browser)
    yield page
    page.context.close()
    assert page.errors == []


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
                                 "sources/antofagasta-strike/index.html", "search/index.html",
                                 "tags/chile/index.html"])
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
    assert tab.page.locator("li.event").first.is_visible()
