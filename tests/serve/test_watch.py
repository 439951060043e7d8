"""Watching: what a changed path means to the project, batching, polling, reads are no change."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from serve_helpers import make_project, wait_for

from timeline.serve.changes import classify
from timeline.serve.watch import Watcher

# (path relative to the project, a folder?, what it means: config, theme, extra, rescan (the
#  articles), rescan_store, article, store, or nothing)
PATHS = [
    ("timeline.yaml", False, "config", "the configuration"),
    ("content/articles/2023-07-14-ferry-line.md", False, "article", "a Markdown article"),
    ("content/articles/2023/new.TXT", False, "article", "upper-case suffix, in a folder"),
    ("content/articles/README.txt", False, "nothing", "a note about the folder"),
    ("content/articles/.draft.txt", False, "nothing", "a hidden file"),
    ("content/articles/.git/index.txt", False, "nothing", "inside a hidden folder"),
    ("content/articles/photo.jpg", False, "nothing", "not an article"),
    ("content/articles/2023", True, "rescan", "a folder of articles"),
    ("content/articles", True, "rescan", "the articles folder itself"),
    ("content/events/2023.yaml", False, "store", "a store file"),
    ("content/events/2023/06.yaml", False, "store", "a store file in a folder"),
    ("content/events/.2023.yaml.x1y2.tmp", False, "nothing", "the store's temporary file"),
    ("content/events/notes.txt", False, "nothing", "not YAML"),
    ("content/events", True, "rescan_store", "the store's folder appears"),
    ("content/events/2023", True, "rescan_store", "a folder of the store"),
    ("content", True, "rescan rescan_store", "the folder holding both"),
    ("templates/event.html", False, "theme", "a template"),
    ("templates/static/site.css", False, "theme", "a static file of the theme"),
    ("templates/event.html~", False, "nothing", "an editor's backup"),
    ("templates/.event.html.swp", False, "nothing", "an editor's swap file"),
    ("templates", True, "theme", "the templates folder appears"),
    ("site/index.html", False, "nothing", "the built site"),
    (".timeline-cache/store-v1.pickle", False, "nothing", "the cache"),
    (".timeline-cache/build.lock", False, "nothing", "the lock"),
    ("notes/todo.txt", False, "nothing", "a folder nobody asked to watch"),
    ("extra/data.csv", False, "extra", "a --watch path"),
]
assert len({row[0] for row in PATHS}) == len(PATHS), "duplicate rows"


@pytest.mark.parametrize(("rel", "folder", "meaning", "note"), PATHS,
                         ids=[row[3] for row in PATHS])
def test_classify(tmp_path: Path, rel: str, folder: bool, meaning: str, note: str) -> None:
    project = make_project(tmp_path / "p")
    path = project.root / rel
    changes = (classify(project, [], [path], [project.root / "extra"]) if folder
               else classify(project, [path], [], [project.root / "extra"]))
    found = {
        "config": changes.config, "theme": changes.theme, "extra": changes.extra,
        "rescan": changes.rescan, "rescan_store": changes.rescan_store,
        "article": path in changes.articles,
        "store": path in changes.store,
    }
    assert {k for k, v in found.items() if v} == (set(meaning.split()) - {"nothing"})
    assert bool(changes) == (meaning != "nothing")


class _Batches:
    def __init__(self) -> None:
        self.batches: list[set[Path]] = []
        self.lock = threading.Lock()

    def __call__(self, files: set[Path], folders: set[Path]) -> None:
        with self.lock:
            self.batches.append(files | folders)


@pytest.mark.parametrize("poll", [False, True], ids=["events", "polling"])
def test_quick_writes_make_one_batch(tmp_path: Path, poll: bool) -> None:
    batches = _Batches()
    watcher = Watcher([(tmp_path, True)], batches, poll=poll, debounce=0.3, interval=0.1)
    watcher.start()
    try:
        time.sleep(0.2)
        for n in range(5):
            (tmp_path / f"a{n}.txt").write_text(f"{n}\n")
        wait_for(lambda: batches.batches, what="a batch")
        time.sleep(0.5)
        assert len(batches.batches) == 1
        assert {tmp_path / f"a{n}.txt" for n in range(5)} <= batches.batches[0]
        assert watcher.polling == poll
    finally:
        watcher.stop()


def test_reading_files_is_no_change(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("text\n")
    batches = _Batches()
    watcher = Watcher([(tmp_path, True)], batches, debounce=0.05)
    watcher.start()
    try:
        time.sleep(0.2)
        for _ in range(3):
            article.read_bytes()
        time.sleep(0.5)
        assert batches.batches == []
    finally:
        watcher.stop()


def test_watching_a_new_folder_keeps_watching_the_others(tmp_path: Path) -> None:
    """Adding the store's folder after the first build must not drop what the article folder's
    watch holds or sees next (stopping and restarting every watch lost edits)."""
    for attempt in range(5):
        articles, store = tmp_path / f"a{attempt}", tmp_path / f"s{attempt}"
        articles.mkdir()
        old = articles / "old.txt"
        old.write_text("old news\n")
        batches = _Batches()
        watcher = Watcher([(tmp_path, False), (articles, True)], batches, debounce=0.05)
        watcher.start()
        try:
            for _ in range(20):  # the first build reads every article
                old.read_bytes()
            store.mkdir()
            watcher.watch([(tmp_path, False), (articles, True), (store, True)], look=False)
            new = articles / "new.txt"
            new.write_text("news\n")
            wait_for(lambda new=new, batches=batches: any(new in b for b in batches.batches),
                     timeout=5, what="the edit made just after the new watch")
        finally:
            watcher.stop()
