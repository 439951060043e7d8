"""The preview server over real HTTP on 127.0.0.1: base path, only site files, 404, live reload
and problems over the event stream, and no rebuild from the build's own writes."""

from __future__ import annotations

import time

import pytest
from serve_helpers import (
    FERRY,
    NEW_ARTICLE,
    NEW_TITLE,
    Stream,
    get,
    replace,
    wait_for,
    write,
)

from timeline.config import Project
from timeline.serve import DevServer, Session, base_path
from timeline.serve.server import content_type, site_key


def _port(server: DevServer) -> int:
    return int(server.httpd.server_address[1])


@pytest.mark.parametrize(("base_url", "path"), [
    ("https://example.org/varna/", "/varna/"),
    ("https://user.github.io/repo", "/repo/"),
    ("https://example.org/", "/"),
    ("", "/"),
    ("https://example.org/a/b/", "/a/b/"),
])
def test_base_path(base_url: str, path: str) -> None:
    assert base_path(base_url) == path


SITE_KEYS = [
    ("/varna/", "index.html", "the home page"),
    ("/varna/events/x/", "events/x/index.html", "a folder means its index"),
    ("/varna/static/site.css", "static/site.css", "a file"),
    ("/varna/tags/caf%C3%A9/", "tags/café/index.html", "percent-encoded UTF-8"),
    ("/varna/../timeline.yaml", None, "parent segment"),
    ("/varna/%2e%2e/timeline.yaml", None, "encoded parent segment"),
    ("/varna/..%2ftimeline.yaml", None, "encoded slash after a parent"),
    ("/varna/static/%2e%2e%2f%2e%2e%2ftimeline.yaml", None, "encoded climb from a folder"),
    ("/varna/static/..%5c..%5ctimeline.yaml", None, "encoded backslashes"),
    ("/varna/./index.html", None, "current-folder segment"),
    ("/varna/index.html%00.css", None, "NUL byte"),
    ("/varna//etc/passwd", None, "empty segment"),
    ("/timeline.yaml", None, "outside the base path"),
    ("/varnax/index.html", None, "a prefix of the base path is not the base path"),
]
assert len({row[0] for row in SITE_KEYS}) == len(SITE_KEYS), "duplicate rows"


@pytest.mark.parametrize(("path", "key", "note"), SITE_KEYS, ids=[r[2] for r in SITE_KEYS])
def test_site_key(path: str, key: str | None, note: str) -> None:
    assert site_key(path, "/varna/") == key


@pytest.mark.parametrize(("name", "kind"), [
    ("index.html", "text/html; charset=utf-8"),
    ("static/site.css", "text/css; charset=utf-8"),
    ("search/w/0.js", "text/javascript; charset=utf-8"),
    ("events.ics", "text/calendar; charset=utf-8"),
    ("events.json", "application/json"),
    ("feed.xml", "application/xml; charset=utf-8"),
])
def test_content_type(name: str, kind: str) -> None:
    assert content_type(name) == kind


def test_pages_are_served_under_the_base_path(server: DevServer) -> None:
    port = _port(server)
    assert server.url == f"http://127.0.0.1:{port}/varna/"
    status, headers, _ = get(port, "/")
    assert status == 302 and headers["location"] == "/varna/"
    status, headers, _ = get(port, "/varna")
    assert status == 302 and headers["location"] == "/varna/"
    status, headers, body = get(port, "/varna/")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert b"Lake Varna water treaty signed" in body
    assert b'<script src="/__timeline__/livereload.js" data-page="index.html"' in body
    assert headers["cache-control"] == "no-store"
    status, headers, body = get(port, "/varna/static/site.css")
    assert status == 200 and headers["content-type"].startswith("text/css")
    assert b"livereload" not in body
    status, headers, body = get(port, "/varna/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 1000


def test_a_folder_without_its_slash_is_redirected(server: DevServer) -> None:
    status, headers, _ = get(_port(server), "/varna/tags/transport")
    assert status == 302 and headers["location"] == "/varna/tags/transport/"


@pytest.mark.parametrize("path", [row[0] for row in SITE_KEYS if row[1] is None] + [
    "/varna/no-such-page.html", "/varna/content/articles/2023-07-14-ferry-line.md",
    "/varna/timeline.yaml", "/content/events/2023.yaml", "/varna/events/",
])
def test_only_files_of_the_site_are_served(server: DevServer, path: str) -> None:
    status, headers, body = get(_port(server), path)
    assert status == 404
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert b"<h1>Page not found</h1>" in body
    assert b'href="/varna/"' in body  # a way back to the timeline
    assert b"base_url" not in body and b"treaty" not in body.lower()


def test_without_livereload_no_script_and_no_stream(project: Project) -> None:
    with DevServer(Session(project), livereload=False) as server:
        port = _port(server)
        status, _, body = get(port, "/varna/")
        assert status == 200 and b"__timeline__" not in body
        assert get(port, "/__timeline__/events?page=index.html")[0] == 404
        assert get(port, "/__timeline__/livereload.js")[0] == 404


def test_an_edit_reloads_the_page_that_shows_it(project: Project, server: DevServer) -> None:
    port = _port(server)
    source = "/varna/sources/2023-07-14-ferry-line/"
    watching = Stream(port, get(port, source)[2])
    elsewhere = Stream(port, get(port, "/varna/years/2015/")[2])
    replace(project.root / FERRY, "every hour until October", "every half hour until November")
    data = watching.next("reload")
    assert any(str(a).startswith("2023-07-13-") for a in data["anchors"])  # type: ignore[union-attr]
    assert b"every half hour until November" in get(port, source)[2]
    time.sleep(0.3)
    assert elsewhere.events.empty() or all(name != "reload" for name, _ in
                                           list(elsewhere.events.queue))
    watching.close()
    elsewhere.close()


def test_a_new_article_reloads_the_home_page(project: Project, server: DevServer) -> None:
    port = _port(server)
    stream = Stream(port, get(port, "/varna/")[2])
    write(project.root / "content/articles/2023-08-02-bird-reserve.txt", NEW_ARTICLE)
    stream.next("reload")
    assert NEW_TITLE.encode() in get(port, "/varna/")[2]
    stream.close()


def test_a_page_that_appears_reloads_its_404(project: Project, server: DevServer) -> None:
    port = _port(server)
    path = "/varna/sources/2023-08-02-bird-reserve/"
    status, _, body = get(port, path)
    assert status == 404
    stream = Stream(port, body)
    write(project.root / "content/articles/2023-08-02-bird-reserve.txt", NEW_ARTICLE)
    stream.next("reload")
    assert get(port, path)[0] == 200
    stream.close()


def test_problems_are_sent_until_fixed(project: Project, server: DevServer) -> None:
    port = _port(server)
    stream = Stream(port, get(port, "/varna/")[2])
    shard = next(iter(sorted(project.events_dir.rglob("*.yaml"))))
    text = shard.read_text(encoding="utf-8")
    write(shard, text.replace("\nevents:", "\nevents: [unclosed", 1))
    report = stream.next("problems")
    [problem] = report["problems"]  # type: ignore[misc]
    assert problem["path"] == project.relative(shard) and problem["line"]
    status, _, body = get(port, "/varna/")
    assert status == 200 and b"Lake Varna water treaty signed" in body  # the last good site
    write(shard, text)
    stream.next("ok")
    stream.close()


def test_a_browser_that_connects_late_still_sees_the_problem(project: Project,
                                                            server: DevServer) -> None:
    port = _port(server)
    page = get(port, "/varna/")[2]
    config = project.root / "timeline.yaml"
    write(config, config.read_text(encoding="utf-8") + "paths: [nope]\n")
    wait_for(lambda: server.session.problems, what="the configuration problem")
    stream = Stream(port, page)
    report = stream.next("problems")
    assert report["problems"][0]["path"] == "timeline.yaml"  # type: ignore[index]
    stream.close()


def test_one_edit_is_one_rebuild(project: Project, server: DevServer) -> None:
    """The store files the rebuild writes (and its cache) never start another rebuild."""
    replace(project.root / FERRY, "until October.", "until October.\n\nThe mayor resigned "
                                                    "on Wednesday.")
    wait_for(lambda: len(server.rebuilds) == 1, what="the rebuild")
    time.sleep(1.0)  # the events of the store's writes have come and gone
    assert len(server.rebuilds) == 1, [o.summary for o in server.rebuilds]


def test_the_store_folder_made_by_the_first_build_is_watched(project: Project,
                                                              server: DevServer) -> None:
    """The project had no content/events/ before the first build made it; a hand edit of a
    file in it is still seen."""
    port = _port(server)
    shard = next(p for p in project.events_dir.rglob("*.yaml")
                 if "Ferry line across Lake Varna reopens" in p.read_text(encoding="utf-8"))
    stream = Stream(port, get(port, "/varna/")[2])
    replace(shard, "title: Ferry line across Lake Varna reopens",
            "title: The Lake Varna ferry is back")
    stream.next("reload")
    assert b"The Lake Varna ferry is back" in get(port, "/varna/")[2]
    stream.close()


def test_a_store_broken_before_the_start_shows_what_is_wrong(project: Project) -> None:
    """With no good site yet every page says what keeps it from building, and reloads into the
    site once the file is fixed."""
    from timeline.build import build

    build(project)
    shard = next(iter(sorted(project.events_dir.rglob("*.yaml"))))
    text = shard.read_text(encoding="utf-8")
    write(shard, text.replace("\nevents:", "\nevents: [unclosed", 1))
    with DevServer(Session(project), debounce=0.02) as server:
        port = _port(server)
        status, _, body = get(port, "/varna/events/")
        assert status == 503
        assert b"The site cannot be built" in body
        assert project.relative(shard).encode() in body
        stream = Stream(port, body)
        stream.next("problems")
        write(shard, text)
        stream.next("reload")
        assert get(port, "/varna/")[0] == 200
        stream.close()
