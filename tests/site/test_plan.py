"""Rendering part of a site: what `timeline serve` redoes after a change, and only that."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest

from timeline.config import Project
from timeline.model import Article, Event
from timeline.render import changed_events, changed_pages, plan_site, render_site


def test_a_plan_renders_the_same_bytes_as_render_site(project: Project, events: list[Event],
                                                       articles: list[Article]) -> None:
    plan = plan_site(project, events, articles)
    assert plan.render() == render_site(project, events, articles)
    one = plan.render(["events/strike/index.html"])
    assert list(one) == ["events/strike/index.html"]


def test_changing_a_title_redoes_its_pages_and_no_unrelated_event_page(
        project: Project, events: list[Event], articles: list[Article]) -> None:
    old = plan_site(project, events, articles)
    edited = [dataclasses.replace(e, title="Copper jumps") if e.id == "copper-rises" else e
              for e in events]
    new = plan_site(project, edited, articles)
    changed = changed_events(events, edited)
    assert changed == {"copper-rises"}
    redo, delete = changed_pages(old, new, changed)
    assert delete == set()
    for url in ("events/copper-rises/index.html", "events/strike-ends/index.html",
                "events/royalty-talks/index.html", "index.html", "years/2023/index.html",
                "tags/markets/index.html", "sources/antofagasta-strike/index.html",
                "events.json", "feed.xml", "search/meta.js"):
        assert url in redo, url  # the page, its neighbours (prev/next titles), lists, exports
    for url in ("events/state-mine/index.html", "events/rains-fail/index.html",
                "tags/kenya/index.html", "years/2022/index.html",
                "sources/kenya-rains/index.html", "static/site.css"):
        assert url not in redo, url
    fresh = new.render(redo)
    assert b"Copper jumps" in fresh["events/copper-rises/index.html"]
    assert b"Copper jumps" in fresh["events/strike-ends/index.html"]


def test_moving_an_event_to_another_year_redoes_both_years(
        project: Project, events: list[Event], articles: list[Article]) -> None:
    from datetime import date
    old = plan_site(project, events, articles)
    moved = [dataclasses.replace(e, value="2024-02-01", first=date(2024, 2, 1),
                                 last=date(2024, 2, 1)) if e.id == "rains-fail" else e
             for e in events]
    new = plan_site(project, moved, articles)
    redo, _delete = changed_pages(old, new, changed_events(events, moved))
    assert {"years/2022/index.html", "years/2024/index.html"} <= redo


def test_removing_every_event_of_a_tag_deletes_its_page(
        project: Project, events: list[Event], articles: list[Article]) -> None:
    old = plan_site(project, events, articles)
    fewer = [e for e in events if "history" not in e.tags]
    new = plan_site(project, fewer, articles)
    redo, delete = changed_pages(old, new, changed_events(events, fewer))
    assert "tags/history/index.html" in delete
    assert "events/state-mine/index.html" in delete
    assert "years/1971/index.html" in delete
    assert "index.html" in redo


def test_a_built_page_has_no_live_reload_script(project: Project, events: list[Event],
                                                articles: list[Article]) -> None:
    built = plan_site(project, events, articles).render(["index.html"])
    assert b"EventSource" not in built["index.html"]
    assert b"__timeline__" not in built["index.html"]


def test_several_processes_render_the_same_bytes(project: Project, events: list[Event],
                                                 articles: list[Article],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.render import parallel
    monkeypatch.setattr(parallel, "MIN_PAGES", 0)
    alone = plan_site(project, events, articles).render(jobs=1)
    assert plan_site(project, events, articles).render(jobs=3) == alone


def test_a_template_error_in_a_worker_is_reported_with_file_and_line(
        project: Project, events: list[Event], articles: list[Article],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.errors import RenderError
    from timeline.render import parallel
    monkeypatch.setattr(parallel, "MIN_PAGES", 0)
    (project.root / "templates").mkdir()
    (project.root / "templates" / "tag.html").write_text("{{ tag }}\n{{ tag.nope() }}\n")
    with pytest.raises(RenderError) as info:
        plan_site(project, events, articles).render(jobs=2)
    assert info.value.problems[0].line == 2
    assert info.value.problems[0].path.endswith("templates/tag.html")


def test_a_worker_error_comes_back_as_the_same_render_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.errors import Problem, RenderError
    from timeline.render import parallel
    monkeypatch.setattr(parallel, "MIN_PAGES", 0)

    def work(tasks: Sequence[str]) -> dict[str, bytes]:
        if "b" in tasks:  # only the forked worker gets "b"
            raise RenderError("template error in x.html", [Problem("x.html", "boom", 7)])
        return {t: t.encode() for t in tasks}

    # Largest first, each to the least loaded share; "s1" and "s2" stay together.
    assert parallel.split(["a", "b", "c", "s1", "s2"], 2,
                          lambda t: "s" if t.startswith("s") else None) == \
        [["s1", "s2", "c"], ["a", "b"]]
    assert parallel.split(["a", "b", "c"], 2, cost=lambda t: 5.0 if t == "c" else 1.0) == \
        [["c"], ["a", "b"]]
    with pytest.raises(RenderError) as info:
        parallel.run(["a", "b", "c"], work, 2)
    assert info.value.problems == (Problem("x.html", "boom", 7),)
    assert parallel.run(["a", "c", "d"], work, 2) == {"a": b"a", "c": b"c", "d": b"d"}


def test_a_new_event_redoes_its_neighbours_not_every_page(
        project: Project, events: list[Event], articles: list[Article]) -> None:
    from site_sample import event
    old = plan_site(project, events, articles)
    more = [*events, event("strike-vote", "2023-03-01", "Union calls the vote", tags=["labour"])]
    new = plan_site(project, more, articles)
    redo, delete = changed_pages(old, new, changed_events(events, more))
    assert delete == set()
    assert {"events/strike-vote/index.html", "events/strike/index.html",
            "events/strike-ends/index.html", "tags/labour/index.html", "index.html"} <= redo
    assert "events/rains-fail/index.html" not in redo
    assert new.event_urls["strike-vote"] == "events/strike-vote/index.html"
    # Every page redone, and only then, when what every page shows changes: a new year.
    later = [*events, event("far", "2031-01-01", "Far ahead")]
    redo, _ = changed_pages(old, plan_site(project, later, articles), {"far"})
    assert "events/rains-fail/index.html" in redo
