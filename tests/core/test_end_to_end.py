"""The path a new user walks on day one: init, add a clipping, build, list the events."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"
SIDEBAR = ("Wind Farm", "Customs Case", "Salmon Exports", "Ferry Strike", "Heatwave",
           "Choir Festival", "POPULAR", "RANKING")


def run(*args: str, project: Path | None = None) -> tuple[int, str]:
    argv = list(args) + (["-C", str(project)] if project is not None else [])
    result = CliRunner().invoke(cli, argv, catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("e2e") / "demo"
    code, output = run("init", str(root))
    assert code == 0, output
    shutil.copy(FIXTURES / "energy-ties.txt", root / "content" / "articles")
    code, output = run("build", project=root)
    assert code == 0, output
    return root


@pytest.fixture(scope="module")
def events(demo: Path) -> list[dict[str, object]]:
    code, output = run("events", "--json", project=demo)
    assert code == 0
    data: list[dict[str, object]] = json.loads(output)
    return data


def from_clipping(events: list[dict[str, object]]) -> list[dict[str, object]]:
    return [e for e in events
            if any(s["path"].endswith("energy-ties.txt") for s in e["sources"])]  # type: ignore[attr-defined]


def test_statement_and_swearing_in_are_dated_on_the_dateline_day(
        events: list[dict[str, object]]) -> None:
    on_day = [e for e in from_clipping(events) if e["start"] == "2023-03-14"]
    assert len(on_day) >= 2
    text = " ".join(f"{e['title']} {e['summary']}" for e in on_day)
    assert "cable" in text
    assert re.search(r"swearing-in|took office|sworn", text)


def test_monday_remark_is_the_day_before(events: list[dict[str, object]]) -> None:
    monday = [e for e in from_clipping(events) if e["start"] == "2023-03-13"]
    assert any("Holloway" in f"{e['title']} {e['summary']}" for e in monday)


def test_background_period(events: list[dict[str, object]]) -> None:
    periods = [e for e in from_clipping(events)
               if e["start"] == "1940-01-01" and e["end"] == "1991-12-31"]
    assert len(periods) == 1
    assert periods[0]["precision"] == "year"


def test_sidebar_headlines_never_become_events(events: list[dict[str, object]]) -> None:
    for event in events:
        blob = json.dumps(event)
        for words in SIDEBAR:
            assert words not in blob


def test_sources_keep_the_dateline_with_its_zone(events: list[dict[str, object]]) -> None:
    for event in from_clipping(events):
        for source in event["sources"]:  # type: ignore[attr-defined]
            if source["path"].endswith("energy-ties.txt"):
                assert source["published"] == "2023-03-14T17:05:00+02:00"
                assert source["title"] == "Finland says Estonia keen to deepen energy ties"
                assert source["quote"]


def test_json_has_the_documented_fields(events: list[dict[str, object]]) -> None:
    required = {"id", "start", "end", "precision", "value", "time", "title", "summary", "tags",
                "origin", "sources"}
    for event in events:
        assert required <= set(event)
        assert event["origin"] == "extracted"
        for source in event["sources"]:  # type: ignore[attr-defined]
            assert {"title", "url", "path", "published", "quote"} <= set(source)


def test_site_shows_the_events_with_machine_readable_dates(
        demo: Path, events: list[dict[str, object]]) -> None:
    index = (demo / "site" / "index.html").read_text(encoding="utf-8")
    assert '<time datetime="2023-03-14' in index
    assert '<time datetime="2023-03-13' in index
    for event in from_clipping(events):
        assert str(event["title"]).replace("'", "&#39;").replace('"', "&#34;") in index
    assert 'href="/' not in index, "links must be relative for file:// and subpaths"
    for words in SIDEBAR[:6]:
        assert words not in index


def test_every_event_has_a_page(demo: Path, events: list[dict[str, object]]) -> None:
    pages = {p.relative_to(demo / "site").as_posix() for p in (demo / "site").rglob("*.html")}
    for event in events:
        assert any(str(event["id"]) in page for page in pages), event["id"]


def test_building_twice_changes_no_byte(demo: Path) -> None:
    def snapshot() -> dict[str, bytes]:
        return {p.relative_to(demo).as_posix(): p.read_bytes()
                for folder in ("content/events", "site") for p in (demo / folder).rglob("*")
                if p.is_file()}

    before = snapshot()
    code, output = run("build", project=demo)
    assert code == 0, output
    assert snapshot() == before


def test_filters(demo: Path, events: list[dict[str, object]]) -> None:
    code, output = run("events", "--json", "--from", "2023-03-14", "--to", "2023-03-14",
                       project=demo)
    assert code == 0
    days = {(e["start"], e["end"]) for e in json.loads(output)}
    assert days and all(s <= "2023-03-14" <= e for s, e in days)
    code, output = run("events", project=demo)
    assert "2023-03-13" in output and "Holloway" in output


def test_an_article_without_a_date_is_named_and_the_rest_still_build(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    run("init", str(root))
    shutil.copy(FIXTURES / "energy-ties.txt", root / "content" / "articles")
    (root / "content" / "articles" / "undated.txt").write_text(
        "A headline with no date\nSomebody said something at some point.\n")
    result = CliRunner().invoke(cli, ["build", "-C", str(root)])
    assert result.exit_code == 1
    assert "content/articles/undated.txt:2: no usable dateline" in result.output
    code, output = run("events", "--json", project=root)
    assert code == 0
    assert any(e["start"] == "2023-03-13" for e in json.loads(output))
    assert (root / "site" / "index.html").exists()


def test_build_for_another_public_url(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    run("init", str(root))
    code, output = run("build", "--base-url", "https://example.org/harbour", project=root)
    assert code == 0, output
    feed = (root / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "https://example.org/harbour/" in feed
    code, output = run("build", "--base-url", "example.org", project=root)
    assert code == 1
    assert "--base-url: expected an absolute http(s) URL" in output
