"""Rendering part of a site: what `timeline serve` redoes after a change, and only that."""

from __future__ import annotations

import dataclasses

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


def test_serving_adds_the_live_reload_script(project: Project, events: list[Event],
                                             articles: list[Article]) -> None:
    served = plan_site(project, events, articles, serving=True).render(["index.html"])
    built = plan_site(project, events, articles).render(["index.html"])
    assert b'new EventSource("/__timeline__/events")' in served["index.html"]
    assert b"EventSource" not in built["index.html"]
