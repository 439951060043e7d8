"""A person may edit a source's fields (add its url, correct its title, name its author) like
an event's: the edit stays, and a changed article is reported as a conflict."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from store_helpers import build, candidate, events, snapshot

from timeline.cli import cli
from timeline.config import Project
from timeline.model import Event

A, B = "content/articles/a.txt", "content/articles/b.txt"
STORM = "A storm closed the northern ferry route on Tuesday."
BUDGET = "Oslo's council approved the harbour budget on Tuesday."


def articles(headline: str = "Storm shuts ferries", storm: str = STORM,
             author: str | None = None) -> dict[str, list[Event]]:
    storm_event = candidate(A, storm, title="Storm closes ferry route")
    storm_event.sources[0].title = headline
    storm_event.sources[0].author = author
    return {A: [storm_event], B: [candidate(B, BUDGET, title="Council approves budget")]}


def day_file(project: Project) -> Path:
    return project.events_dir / "2023/03/14.yaml"


def edit(project: Project, old: str, new: str) -> None:
    path = day_file(project)
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def storm(project: Project) -> Event:
    (event,) = [e for e in events(project) if e.title == "Storm closes ferry route"]
    return event


def test_a_url_added_by_hand_stays(project: Project) -> None:
    build(project, articles())
    edit(project, "    title: Storm shuts ferries\n",
         "    title: Storm shuts ferries\n    url: https://example.org/storm\n")
    report, _written = build(project, articles())
    assert report.conflicts == []
    assert storm(project).sources[0].url == "https://example.org/storm"
    again = snapshot(project)
    report, written = build(project, articles())
    assert (report.changed, written, snapshot(project)) == ([], [], again)


def test_a_corrected_title_stays_and_a_changed_headline_is_a_conflict(project: Project) -> None:
    build(project, articles())
    edit(project, "    title: Storm shuts ferries\n", "    title: Storm shuts the ferries\n")
    report, _ = build(project, articles())
    assert report.conflicts == []
    changed = STORM.replace("storm", "gale")
    report, _ = build(project, articles(headline="Gale shuts ferries", storm=changed))
    event = storm(project)
    (source,) = event.sources
    assert source.title == "Storm shuts the ferries"  # the person's
    assert source.quote == changed  # not edited: follows the article
    [(event_id, message)] = report.conflicts
    assert event_id == event.id
    assert f"source entry {A}" in message and "your title kept" in message
    assert "'Gale shuts ferries'" in message
    report, written = build(project, articles(headline="Gale shuts ferries", storm=changed))
    assert (report.conflicts, written) == ([], [])  # reported once


def test_an_edited_quote_stays_and_the_sentence_is_still_recognised(project: Project) -> None:
    build(project, articles())
    edit(project, f"    quote: {STORM}\n", "    quote: A storm closed the route.\n")
    report, _ = build(project, articles())
    assert (report.added, report.removed, report.conflicts) == ([], [], [])
    (event,) = [e for e in events(project) if e.sources[0].path == A]
    assert event.sources[0].quote == "A storm closed the route."


def test_a_source_added_by_hand_stays(project: Project) -> None:
    build(project, articles())
    extra = ("  - path: content/articles/archive/gazette.txt\n    title: Gazette\n"
             "    published: 2023-03-15T08:00:00+01:00\n    quote: The ferry route shut.\n")
    edit(project, f"    quote: {STORM}\n", f"    quote: {STORM}\n" + extra)
    build(project, articles())
    build(project, articles(storm=STORM.replace("storm", "gale")))
    event = storm(project)
    assert [s.path for s in event.sources] == [A, "content/articles/archive/gazette.txt"]
    assert event.sources[0].quote == STORM.replace("storm", "gale")


def test_an_edited_source_whose_article_is_gone_stays(project: Project) -> None:
    build(project, articles())
    edit(project, "    title: Storm shuts ferries\n",
         "    title: Storm shuts ferries\n    url: https://example.org/storm\n")
    report, _ = build(project, {B: articles()[B]})
    (event,) = [e for e in events(project) if e.title == "Storm closes ferry route"]
    assert event.sources[0].url == "https://example.org/storm"
    [(event_id, message)] = report.conflicts
    assert event_id == event.id and "no longer reports" in message
    report, written = build(project, {B: articles()[B]})
    assert (report.conflicts, written) == ([], [])


def test_sources_of_a_store_from_before_fingerprints_follow_the_article(
        project: Project) -> None:
    build(project, articles())
    path = day_file(project)
    text = path.read_text(encoding="utf-8")
    old = "\n".join(line.split(", sfp: [")[0] + "}" if ", sfp: [" in line else line
                    for line in text.split("\n"))
    path.write_text(old, encoding="utf-8")
    report, _ = build(project, articles(headline="Storm shuts all ferries"))
    assert report.conflicts == []
    assert storm(project).sources[0].title == "Storm shuts all ferries"
    assert ", sfp: [" in path.read_text(encoding="utf-8")


def test_the_author_goes_into_the_store_and_the_json(project: Project) -> None:
    build(project, articles(author="Lena Marsh"))
    assert "    author: Lena Marsh\n" in day_file(project).read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["events", "--json", "-C", str(project.root)])
    assert result.exit_code == 0, result.output
    found = {s["path"]: s for e in json.loads(result.output) for s in e["sources"]}
    assert found[A]["author"] == "Lena Marsh" and found[B]["author"] is None


def test_when_a_sentence_gives_fewer_events_the_one_left_keeps_its_own_id(
        project: Project) -> None:
    lead = ("Harbourside beat the leaders 2-1 on Sunday, ending a run without a win that "
            "stretched back to early October.")
    news = candidate(A, lead, "2023-03-12", title="Harbourside beat the leaders")
    run = candidate(A, lead, "2022-10", title="A win stretched back to")
    build(project, {A: [run, news]})
    ids = {e.title: e.id for e in events(project)}
    report, _written = build(project, {A: [candidate(A, lead, "2023-03-12",
                                                     title="Harbourside beat the leaders")]})
    assert [(e.id, e.title) for e in events(project)] == [
        (ids["Harbourside beat the leaders"], "Harbourside beat the leaders")]
    assert report.removed == [ids["A win stretched back to"]]
