"""A real browser on the preview: Debian's chromium driven by playwright (no browser download).

The page reloads by itself and shows a new event, jumps to the event that changed, shows the
problem overlay while a file is broken and drops it when fixed; the 404 page is a page.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serve_helpers import FERRY, NEW_ARTICLE, NEW_TITLE, replace, wait_for, write

from timeline.config import Project
from timeline.serve import DevServer

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
WAIT = 15_000  # ms


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")),
            args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    opened = context.new_page()
    opened.set_default_timeout(WAIT)
    yield opened
    context.close()


def _mark(page: Any) -> None:
    """Leave a mark on the window that a reload wipes."""
    page.evaluate("window.__notReloaded = true")


def _reloaded(page: Any) -> None:
    page.wait_for_function("window.__notReloaded === undefined")
    page.wait_for_load_state("load")


def _live(server: DevServer, key: str) -> None:
    """Wait until the page ``key`` has its live-reload stream open."""
    wait_for(lambda: key in server.hub.viewed(), what=f"the stream of {key}")


def test_a_new_article_appears_without_touching_the_browser(project: Project,
                                                            server: DevServer, page: Any) -> None:
    page.goto(server.url)
    assert NEW_TITLE not in page.content()
    _live(server, "index.html")
    _mark(page)
    write(project.root / "content/articles/2023-08-02-bird-reserve.txt", NEW_ARTICLE)
    _reloaded(page)
    assert page.get_by_text(NEW_TITLE).count() >= 1


def test_the_page_jumps_to_the_event_that_changed(project: Project, server: DevServer,
                                                  page: Any) -> None:
    page.goto(server.url + "years/2023/")
    _live(server, "years/2023/index.html")
    _mark(page)
    replace(project.root / FERRY, "every hour until October", "every half hour until November")
    _reloaded(page)
    changed = page.locator("[data-timeline-changed]")
    changed.wait_for()
    assert changed.get_attribute("id").startswith("e-2023-07-13-")
    assert "every half hour until November" in changed.inner_text()


def test_a_broken_store_file_shows_the_overlay_until_fixed(project: Project, server: DevServer,
                                                            page: Any) -> None:
    page.goto(server.url)
    _live(server, "index.html")
    shard = next(iter(sorted(project.events_dir.rglob("*.yaml"))))
    text = shard.read_text(encoding="utf-8")
    write(shard, text.replace("\nevents:", "\nevents: [unclosed", 1))
    overlay = page.locator("#timeline-serve-overlay")
    overlay.wait_for(state="visible")
    shown = overlay.inner_text()
    assert project.relative(shard) + ":" in shown  # file and line
    assert "could not be rebuilt" in shown
    assert "Lake Varna water treaty signed" in page.content()  # the last good page beneath
    write(shard, text)
    overlay.wait_for(state="detached")


def test_a_template_error_shows_its_file_and_line(project: Project, server: DevServer,
                                                  page: Any) -> None:
    page.goto(server.url)
    _live(server, "index.html")
    write(project.root / "templates/index.html",
          '{% extends "base.html" %}\n{% block main %}\n{% if %}\n{% endblock %}\n')
    overlay = page.locator("#timeline-serve-overlay")
    overlay.wait_for(state="visible")
    assert "templates/index.html:3" in overlay.inner_text()
    (project.root / "templates/index.html").unlink()
    overlay.wait_for(state="detached")


def test_the_404_page(server: DevServer, page: Any) -> None:
    response = page.goto(server.url + "no/such/page/")
    assert response is not None and response.status == 404
    assert page.locator("h1").inner_text() == "Page not found"
    page.get_by_text("Go to the timeline").click()
    page.wait_for_load_state("load")
    assert page.url == server.url
