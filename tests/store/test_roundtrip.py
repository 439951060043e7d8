"""Building, rebuilding and editing the store by hand, as a person would."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from store_helpers import build, by_title, candidate, events, snapshot

from timeline.config import Project
from timeline.errors import StoreError
from timeline.store import load_store

BUDGET = "Oslo's council approved the harbour budget on Tuesday."
BUDGET_B = "Councillors in Oslo approved the harbour budget on Tuesday, the mayor said."
STORM = "A storm closed the northern ferry route on Tuesday."
PERIOD = "The 1939-1944 rift still shapes ties."


def articles() -> dict[str, list]:
    return {
        "content/articles/a.txt": [
            candidate("content/articles/a.txt", BUDGET, title="Council approves harbour budget"),
            candidate("content/articles/a.txt", PERIOD, "1939", value_end="1944", kind="period",
                      title="Wartime rift", offset=60),
        ],
        "content/articles/b.txt": [
            candidate("content/articles/b.txt", BUDGET_B, title="Harbour budget approved"),
            candidate("content/articles/b.txt", STORM, title="Storm closes ferry route",
                      offset=80),
        ],
    }


def shard(project: Project, rel: str) -> Path:
    return project.events_dir / rel


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_building_twice_changes_no_byte(project: Project) -> None:
    report, written = build(project, articles())
    assert len(report.added) == 3 and written
    before = snapshot(project)
    report, written = build(project, articles())
    assert (report.added, report.updated, report.removed, written) == ([], [], [], [])
    assert snapshot(project) == before


def test_deleting_the_cache_changes_nothing(project: Project) -> None:
    build(project, articles())
    before = snapshot(project)
    for path in sorted(project.cache_dir.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    report, written = build(project, articles())
    assert (report.changed, written) == ([], [])
    assert snapshot(project) == before


def test_the_same_happening_in_two_articles_is_one_event(project: Project) -> None:
    build(project, articles())
    budget = by_title(project)["Council approves harbour budget"]
    assert [s.path for s in budget.sources] == ["content/articles/a.txt",
                                                "content/articles/b.txt"]
    assert "Storm closes ferry route" in by_title(project)


def test_shards_are_named_by_date_and_precision(project: Project) -> None:
    build(project, articles())
    assert sorted(snapshot(project)) == ["1939.yaml", "2023/03/14.yaml"]
    text = shard(project, "2023/03/14.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Events of 2023-03-14")
    assert "hidden: true" in text and "origin: manual" in text  # the header explains them


def test_ids_are_stable_when_unrelated_articles_come_and_go(project: Project) -> None:
    build(project, articles())
    ids = {e.title: e.id for e in events(project)}
    more = articles() | {"content/articles/c.txt": [
        candidate("content/articles/c.txt", "Divers found a wreck near the pier on Tuesday.",
                  title="Council approves harbour budget")]}  # same title, another happening
    build(project, more)
    after = {e.summary: e.id for e in events(project)}
    assert ids["Council approves harbour budget"] in after.values()
    new_id = after["Divers found a wreck near the pier on Tuesday."]
    assert new_id == ids["Council approves harbour budget"] + "-2"
    build(project, articles())
    assert {e.title: e.id for e in events(project)} == ids


def test_a_hand_edited_title_survives_rebuilds_and_is_reported_when_the_article_changes(
        project: Project) -> None:
    build(project, articles())
    day = shard(project, "2023/03/14.yaml")
    edit(day, "title: Storm closes ferry route", "title: Storm shuts the northern ferries")
    report, _ = build(project, articles())
    assert report.conflicts == [] and report.changed == []
    assert "Storm shuts the northern ferries" in by_title(project)
    changed = articles()
    changed["content/articles/b.txt"][1] = candidate(
        "content/articles/b.txt", STORM.replace("storm", "gale"), title="Gale closes ferry route",
        offset=80)
    report, _ = build(project, changed)
    event = by_title(project)["Storm shuts the northern ferries"]
    assert event.summary == STORM.replace("storm", "gale")  # not edited: follows the article
    [(event_id, message)] = report.conflicts
    assert event_id == event.id
    assert "title kept" in message and "Gale closes ferry route" in message
    report, written = build(project, changed)
    assert (report.conflicts, written) == ([], [])


def test_an_edited_date_moves_the_event_to_its_shard_and_stays(project: Project) -> None:
    build(project, articles())
    day = shard(project, "2023/03/14.yaml")
    text = day.read_text(encoding="utf-8")
    block = text.index("title: Storm closes ferry route")
    date_at = text.rindex("date: 2023-03-14", 0, block)
    day.write_text(text[:date_at] + "date: 2023-03-15" + text[date_at + 16:], encoding="utf-8")
    build(project, articles())
    assert "Storm closes ferry route" in shard(project, "2023/03/15.yaml").read_text("utf-8")
    assert "Storm closes ferry route" not in day.read_text("utf-8")
    assert by_title(project)["Storm closes ferry route"].value == "2023-03-15"


def test_a_hidden_event_stays_hidden(project: Project) -> None:
    build(project, articles())
    edit(shard(project, "1939.yaml"), "  kind: period\n", "  kind: period\n  hidden: true\n")
    build(project, articles())  # files the edit in the usual order of fields
    assert by_title(project)["Wartime rift"].hidden
    assert "hidden: true" in shard(project, "1939.yaml").read_text("utf-8")
    report, written = build(project, articles())
    assert (report.changed, written) == ([], [])


def test_a_deleted_event_stays_deleted(project: Project) -> None:
    build(project, articles())
    path = shard(project, "1939.yaml")
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: 1939-1944-wartime-rift")
    end = text.index("ledger:")
    path.write_text(text[:start].replace("events:\n", "events: []\n") + text[end:], "utf-8")
    report, _ = build(project, articles())
    assert "Wartime rift" not in by_title(project)
    assert report.added == []
    assert load_store(project).deleted_ids() == ["1939-1944-wartime-rift"]
    report, written = build(project, articles())
    assert (report.added, written) == ([], [])
    # once its article is gone, the deletion has nothing left to hold back
    rest = {k: v for k, v in articles().items() if k != "content/articles/a.txt"}
    build(project, rest)
    assert load_store(project).deleted_ids() == []


MANUAL = """\
- id: 2023-03-14-my-note
  date: 2023-03-14
  title: My own note
  tags: [mine]
  origin: manual
"""


def test_a_manual_event_is_never_touched(project: Project) -> None:
    build(project, articles())
    edit(shard(project, "2023/03/14.yaml"), "events:\n", "events:\n" + MANUAL)
    build(project, articles())
    build(project, {})  # every article gone
    (event,) = events(project)
    assert (event.id, event.title, event.tags, event.origin) == (
        "2023-03-14-my-note", "My own note", ["mine"], "manual")


def test_a_file_of_your_own_is_read_and_never_written(project: Project) -> None:
    build(project, articles())
    own = project.events_dir / "notes.yaml"
    own.write_text("# my notes\nevents:\n" + MANUAL, encoding="utf-8")
    before = own.read_bytes()
    build(project, {})
    assert own.read_bytes() == before
    assert [e.id for e in events(project)] == ["2023-03-14-my-note"]


def test_events_of_a_removed_article_go_unless_edited(project: Project) -> None:
    build(project, articles())
    edit(shard(project, "2023/03/14.yaml"), "title: Storm closes ferry route",
         "title: Storm closes the route")
    report, _ = build(project, {"content/articles/a.txt": articles()["content/articles/a.txt"]})
    titles = by_title(project)
    assert "Storm closes the route" in titles and titles["Storm closes the route"].sources == []
    assert [s.path for s in titles["Council approves harbour budget"].sources] == [
        "content/articles/a.txt"]
    [(event_id, message)] = report.conflicts
    assert event_id == titles["Storm closes the route"].id
    assert "content/articles/b.txt" in message
    assert report.removed == []


def test_an_unreadable_article_keeps_what_it_contributed(project: Project) -> None:
    build(project, articles())
    before = snapshot(project)
    a_only = {"content/articles/a.txt": articles()["content/articles/a.txt"]}
    report, written = build(project, a_only, unreadable={"content/articles/b.txt"})
    assert (report.changed, written) == ([], [])
    assert snapshot(project) == before


def test_an_article_that_changes_updates_its_events_in_place(project: Project) -> None:
    build(project, articles())
    old_id = by_title(project)["Storm closes ferry route"].id
    changed = articles()
    changed["content/articles/b.txt"][1] = candidate(
        "content/articles/b.txt", "A storm closed the northern ferry route early on Tuesday.",
        title="Storm closes northern ferry route", offset=90)
    report, _ = build(project, changed)
    assert report.updated == [old_id]
    event = load_store(project).get(old_id)
    assert event is not None and event.title == "Storm closes northern ferry route"
    assert event.sources[0].offset == 90


def test_a_yaml_error_names_file_line_and_column_and_nothing_is_written(
        project: Project) -> None:
    build(project, articles())
    path = shard(project, "2023/03/14.yaml")
    edit(path, "  title: Storm closes ferry route", "  title: [Storm closes ferry route")
    edit(shard(project, "1939.yaml"), "date: 1939", "date: someday")
    before = snapshot(project)
    with pytest.raises(StoreError) as caught:
        build(project, articles())
    message = str(caught.value)
    assert re.search(r"content/events/2023/03/14\.yaml:\d+:\d+: YAML error", message)
    assert re.search(r"content/events/1939\.yaml:\d+:\d+: events\[0\]\.date: "
                     r"cannot place 'someday'", message)
    assert snapshot(project) == before


def test_a_duplicate_id_is_an_error_naming_both_places(project: Project) -> None:
    build(project, articles())
    own = project.events_dir / "notes.yaml"
    own.write_text("events:\n- id: 1939-1944-wartime-rift\n  date: 1940\n  title: Copy\n"
                   "  origin: manual\n", encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.yaml:2:7: duplicate id '1939-1944-wartime-rift'"
                                         r", already used at content/events/1939\.yaml:\d+"):
        load_store(project)


def test_a_source_taken_off_an_event_becomes_an_event_of_its_own(project: Project) -> None:
    build(project, articles())
    path = shard(project, "2023/03/14.yaml")
    text = path.read_text(encoding="utf-8")
    start = text.index("  - path: content/articles/b.txt")
    end = text.index("- id:", start)
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    build(project, articles())
    titles = by_title(project)
    assert [s.path for s in titles["Council approves harbour budget"].sources] == [
        "content/articles/a.txt"]
    assert [s.path for s in titles["Harbour budget approved"].sources] == [
        "content/articles/b.txt"]
    report, written = build(project, articles())
    assert (report.changed, written) == ([], [])
