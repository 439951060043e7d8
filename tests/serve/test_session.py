"""The incremental rebuild: what changes, what is rendered, and that the store ends exactly as a
full ``timeline build`` leaves it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from serve_helpers import (
    FERRY,
    NEW_ARTICLE,
    NEW_TITLE,
    SIGNED,
    assert_store_is_what_build_makes,
    replace,
    store_bytes,
    write,
)

from timeline.config import Project
from timeline.serve import Session


def _page_with(session: Session, text: str) -> list[str]:
    """URLs of the event pages whose bytes contain ``text``."""
    assert session._plan is not None
    found = []
    for url in session._plan.pages:
        page = session.page(url) if url.startswith("events/") else None
        if page is not None and text.encode() in page[0]:
            found.append(url)
    return found


Edit = Callable[[Path], list[Path]]


def _reword(root: Path) -> list[Path]:
    return [replace(root / FERRY, "every hour until October", "every half hour until November")]


def _add_sentence(root: Path) -> list[Path]:
    return [replace(root / FERRY, "until October.",
                    "until October.\n\nThe mayor of Tulcea resigned on Wednesday.")]


def _add_article(root: Path) -> list[Path]:
    return [write(root / "content/articles/2023-08-02-bird-reserve.txt", NEW_ARTICLE)]


def _delete_article(root: Path) -> list[Path]:
    (root / FERRY).unlink()
    return [root / FERRY]


def _rename_article(root: Path) -> list[Path]:
    target = root / "content/articles/2023/ferry-line.md"
    target.parent.mkdir()
    (root / FERRY).rename(target)
    return [root / FERRY, target]


def _edit_one_of_two_sources(root: Path) -> list[Path]:
    # the signing is one event reported by both treaty articles; the earlier one is primary
    return [replace(root / SIGNED, "signed the Lake Varna water treaty on Monday",
                    "signed the Lake Varna water treaty in Odessa on Monday")]


def _delete_the_primary_source(root: Path) -> list[Path]:
    (root / SIGNED).unlink()
    return [root / SIGNED]


def _two_files_at_once(root: Path) -> list[Path]:
    return [*_reword(root), *_add_article(root)]


EDITS: list[tuple[str, Edit]] = [
    ("reword a sentence", _reword),
    ("add a dated sentence", _add_sentence),
    ("add an article", _add_article),
    ("delete an article", _delete_article),
    ("move an article into a folder", _rename_article),
    ("edit one of two articles reporting one event", _edit_one_of_two_sources),
    ("delete the primary source of a shared event", _delete_the_primary_source),
    ("two files in one batch", _two_files_at_once),
]
assert len({name for name, _ in EDITS}) == len(EDITS), "duplicate rows"


@pytest.mark.parametrize(("name", "edit"), EDITS, ids=[name for name, _ in EDITS])
def test_the_store_ends_as_a_full_build_leaves_it(project: Project, session: Session,
                                                   name: str, edit: Edit) -> None:
    assert_store_is_what_build_makes(project)
    outcome = session.update(edit(project.root))
    assert outcome.rebuilt and outcome.ok, outcome.problems
    assert_store_is_what_build_makes(project)


def test_a_new_article_adds_its_event_to_the_site(project: Project, session: Session) -> None:
    outcome = session.update(_add_article(project.root), viewed=["index.html"])
    assert outcome.ok
    assert "events: 1 added" in outcome.summary
    page = session.page("index.html")
    assert page is not None and NEW_TITLE.encode() in page[0]
    assert outcome.anchors and outcome.anchors[0].startswith("2023-08-02-")


def test_an_edit_redoes_only_the_pages_that_show_it(project: Project, session: Session) -> None:
    for url in ("index.html", "years/2015/index.html"):
        session.page(url)
    outcome = session.update(_reword(project.root))
    assert not outcome.everything  # the event count and the years did not change
    assert any(url.startswith("events/2023-07-13-") for url in outcome.stale)
    assert "sources/2023-07-14-ferry-line/index.html" in outcome.stale
    assert "years/2015/index.html" not in outcome.stale
    assert not any(url.startswith("events/2015-") for url in outcome.stale)
    assert _page_with(session, "every half hour until November")


def test_own_writes_and_touches_do_not_rebuild(project: Project, session: Session) -> None:
    outcome = session.update(_add_sentence(project.root))
    assert outcome.rebuilt
    generation = session.generation
    shards = [project.events_dir / rel for rel in store_bytes(project)]
    (project.root / FERRY).touch()
    again = session.update([*shards, project.root / FERRY, project.root / "timeline.yaml"])
    assert not again.rebuilt
    assert session.generation == generation


def test_a_broken_article_is_reported_and_the_others_still_build(project: Project,
                                                                 session: Session) -> None:
    broken = write(project.root / "content/articles/broken.txt",
                   "A headline and nothing else\n")
    outcome = session.update([broken, *_reword(project.root)], viewed=["index.html"])
    assert outcome.ok  # like build: the article is skipped, the rest is merged and written
    [problem] = outcome.problems
    assert problem.path == "content/articles/broken.txt"
    assert problem.line == 1 or problem.line == 2
    assert "dateline" in problem.message
    assert _page_with(session, "every half hour until November")
    assert_store_is_what_build_makes(project)
    write(broken, NEW_ARTICLE)
    fixed = session.update([broken])
    assert fixed.ok and fixed.problems == []


def test_bad_store_yaml_keeps_the_last_site_and_writes_nothing(project: Project,
                                                               session: Session) -> None:
    good = session.page("index.html")
    assert good is not None
    shard = next(iter(sorted(project.events_dir.rglob("*.yaml"))))
    text = shard.read_text(encoding="utf-8")
    write(shard, text.replace("\nevents:", "\nevents: [unclosed", 1))
    before = store_bytes(project)
    outcome = session.update([shard, *_reword(project.root)], viewed=["index.html"])
    assert not outcome.ok
    problem = outcome.problems[0]
    assert problem.path == project.relative(shard) and problem.line is not None
    assert store_bytes(project) == before  # the article edit waits; nothing was written
    assert session.page("index.html") == good
    write(shard, text)
    fixed = session.update([shard])
    assert fixed.ok and fixed.problems == []
    assert _page_with(session, "every half hour until November")  # the waiting edit is in
    assert_store_is_what_build_makes(project)


def test_a_template_error_names_the_file_and_line(project: Project, session: Session) -> None:
    good = session.page("index.html")
    before = store_bytes(project)
    template = write(project.root / "templates/event.html",
                     '{% extends "base.html" %}\n{% block main %}\n{{ no_such_name }}\n'
                     '{% endblock %}\n')
    outcome = session.update([template, *_add_sentence(project.root)])
    assert not outcome.ok
    [problem] = outcome.problems
    assert problem.path.endswith("templates/event.html") and problem.line == 3
    assert "no_such_name" in problem.message
    assert store_bytes(project) == before
    assert session.page("index.html") == good
    template.unlink()
    fixed = session.update([template])
    assert fixed.ok and fixed.problems == []
    assert _page_with(session, "The mayor of Tulcea resigned")


def test_bad_configuration_is_reported_with_its_line(project: Project, session: Session) -> None:
    config = project.root / "timeline.yaml"
    text = config.read_text(encoding="utf-8")
    write(config, text + "date_order: sideways\n")
    outcome = session.update([config])
    assert not outcome.ok
    [problem] = outcome.problems
    assert problem.path == "timeline.yaml" and problem.line == 5
    write(config, text.replace("title: Lake Varna", "title: Lake Varna, revised"))
    fixed = session.update([config], viewed=["index.html"])
    assert fixed.ok and fixed.everything
    page = session.page("index.html")
    assert page is not None and b"Lake Varna, revised" in page[0]


def test_a_hand_edit_of_the_store_shows_on_the_site(project: Project, session: Session) -> None:
    shard = next(p for p in project.events_dir.rglob("*.yaml")
                 if "Ferry line across Lake Varna reopens" in p.read_text(encoding="utf-8"))
    replace(shard, "title: Ferry line across Lake Varna reopens",
            "title: The Lake Varna ferry is back")
    outcome = session.update([shard], viewed=["index.html"])
    assert outcome.ok
    page = session.page("index.html")
    assert page is not None and b"The Lake Varna ferry is back" in page[0]
    assert_store_is_what_build_makes(project)


def test_an_edited_template_is_used_at_once(project: Project, session: Session) -> None:
    """Templates compiled for an earlier plan are reused only while their source is the same."""
    template = project.root / "templates/_item.html"
    builtin = (Path(__file__).parents[2] / "templates/_item.html").read_text(encoding="utf-8")
    for mark in ("first-edit", "second-edit"):
        write(template, builtin.replace('<article>', f'<article data-mark="{mark}">', 1))
        outcome = session.update([template], viewed=["index.html"])
        assert outcome.ok and outcome.everything
        page = session.page("index.html")
        assert page is not None and f'data-mark="{mark}"'.encode() in page[0]


def test_a_hand_edit_made_during_a_rebuild_is_not_overwritten(project: Project,
                                                              session: Session) -> None:
    """A person saves a store file after the rebuild read the store and before it writes: the
    write is dropped, the edit stays, and the next rebuild has both changes."""
    # the file that holds the event the edit rewords, so the rebuild has it to write
    shard = next(p for p in project.events_dir.rglob("*.yaml")
                 if "every hour until October" in p.read_text(encoding="utf-8"))
    title = "title: The operator said that crossings would run every hour until October"
    assert title in shard.read_text(encoding="utf-8")

    def person_saves(_outcome: object) -> None:
        replace(shard, title, "title: Hourly crossings until October")

    session.update(_reword(project.root), announce=person_saves)
    assert "title: Hourly crossings until October" in shard.read_text(encoding="utf-8")
    outcome = session.update([shard], viewed=["index.html"])
    assert outcome.ok
    text = shard.read_text(encoding="utf-8")
    assert "title: Hourly crossings until October" in text  # the person's title is kept
    assert "every half hour until November" in text  # and the article's new sentence is in
    assert_store_is_what_build_makes(project)


def test_pages_asked_for_right_after_the_reload_are_new(project: Project,
                                                         session: Session) -> None:
    """Which pages went stale is worked out after the browsers are told; a page asked for in
    between is rendered again rather than served from before the change."""
    source = "sources/2023-07-14-ferry-line/index.html"
    before = session.page(source)
    assert before is not None and b"every hour until October" in before[0]
    seen: list[bytes] = []

    def browser_asks(_outcome: object) -> None:
        page = session.page(source)
        assert page is not None
        seen.append(page[0])

    outcome = session.update(_reword(project.root), viewed=["index.html"], announce=browser_asks)
    assert b"every half hour until November" in seen[0]
    assert source in outcome.stale and "page(s) to re-render" in outcome.summary
    again = session.page(source)
    assert again is not None and again == (seen[0], before[1] + 1)


def test_a_watched_extra_path_re_renders_every_page(project: Project) -> None:
    extra = project.root / "notes"
    extra.mkdir()
    session = Session(project, extra=[extra])
    assert session.start().ok
    outcome = session.update([write(extra / "todo.txt", "check the ferry dates\n")])
    assert outcome.rebuilt and outcome.ok and outcome.everything
    assert session.update([project.root / "elsewhere.txt"]).rebuilt is False
