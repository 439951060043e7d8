"""`.timeline-cache/` holds plain JSON that is never trusted: anything odd in it is ignored and
the YAML parsed instead. A store file a person deletes is written back, and the build says so."""

from __future__ import annotations

import json
import pickle
import shutil

import pytest
from store_helpers import build, candidate, snapshot

from timeline.config import Project
from timeline.store import load_store
from timeline.store.cache import FILE
from timeline.store.files import render_shards

A = "content/articles/a.txt"


def articles() -> dict[str, list]:
    return {A: [candidate(A, "The council approved the harbour budget on Tuesday."),
                candidate(A, "Ferries stopped on Monday.", "2023-03-13", offset=60)]}


def test_a_warm_load_gives_what_a_cold_load_gives(project: Project) -> None:
    build(project, articles())
    cache = project.cache_dir / FILE
    assert json.loads(cache.read_bytes())["shards"]  # plain JSON
    warm = render_shards(load_store(project))
    shutil.rmtree(project.cache_dir)
    assert render_shards(load_store(project)) == warm


@pytest.mark.parametrize("content", [
    b"\x80\x04\x95 not json",
    pickle.dumps({"version": 4}),
    b'{"format": "timeline store cache", "version": 3, "shards": {}}',
    b"[" * 100_000,
    b'{"format": "timeline store cache", "version": 4, "shards": []}',
], ids=["bytes", "a pickle", "another version", "deeply nested", "wrong shape"])
def test_a_cache_that_is_not_ours_is_ignored(project: Project, content: bytes) -> None:
    build(project, articles())
    expected = render_shards(load_store(project))
    (project.cache_dir / FILE).write_bytes(content)
    assert render_shards(load_store(project)) == expected


def test_a_cache_entry_of_the_wrong_shape_is_ignored(project: Project) -> None:
    build(project, articles())
    path = project.cache_dir / FILE
    data = json.loads(path.read_bytes())
    for _hash, packed in data["shards"].values():
        packed[0][0][5] = 42  # a title that is not text
    path.write_text(json.dumps(data), encoding="utf-8")
    titles = {e.title for e in load_store(project).events()}
    assert 42 not in titles and "The council approved the harbour budget on Tuesday" in titles


def test_a_deleted_file_is_written_back_and_the_build_says_so(project: Project) -> None:
    build(project, articles())
    (project.events_dir / "2023/03/13.yaml").unlink()
    report, written = build(project, articles())
    assert [p.name for p in written] == ["13.yaml"]
    [(rel, message)] = report.notices
    assert rel == "2023/03/13.yaml"
    assert "this file was deleted" in message and "2023-03-13-ferries-stopped-on-monday" in message
    report, written = build(project, articles())
    assert (report.notices, written) == ([], [])


def test_without_the_cache_a_deleted_file_is_written_back_as_new_events(
        project: Project) -> None:
    build(project, articles())
    before = snapshot(project)
    (project.events_dir / "2023/03/13.yaml").unlink()
    shutil.rmtree(project.cache_dir)
    report, _ = build(project, articles())
    assert report.added == ["2023-03-13-ferries-stopped-on-monday"] and report.notices == []
    assert snapshot(project) == before
