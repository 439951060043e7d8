"""A build killed with SIGKILL while writing a large store leaves every file whole (old or new
content), the store loadable, and the next build finishes the job; two builds started at once
end with the store one of them would have written after the other."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

from store_helpers import build, corpus, new_project, restore, snapshot

from timeline.config import Project
from timeline.store import load_store, merge, save_store, store_lock
from timeline.store.records import source_key

ROUNDS = 20


def _child(project: Project, extracted: dict, ready: int) -> None:
    """Runs in a forked process; never returns."""
    try:
        with store_lock(project):
            store = load_store(project)
            merge(store, extracted)
            os.write(ready, b"s")
            save_store(project, store)
        os.write(ready, b"d")
    finally:
        os._exit(0)


def test_a_build_killed_while_writing_leaves_every_shard_old_or_new(tmp_path: Path) -> None:
    project = new_project(tmp_path / "project")
    old_articles, new_articles = corpus(150), corpus(150, variant=1)
    build(project, old_articles)
    old = snapshot(project)
    with store_lock(project):
        store = load_store(project)
        merge(store, new_articles)
        started = time.perf_counter()
        save_store(project, store)
        took = time.perf_counter() - started
    new = snapshot(project)
    assert sum(old.get(k) != new.get(k) for k in {*old, *new}) > 120  # a large rewrite
    _recovers(project, new_articles)
    rng = random.Random(11)
    killed_while_writing = 0
    for round_ in range(ROUNDS):
        restore(project, old)
        ready, signal_out = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(ready)
            _child(project, new_articles, signal_out)
        os.close(signal_out)
        assert os.read(ready, 1) == b"s"  # the child is about to write
        time.sleep(rng.uniform(0, took))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        finished = os.read(ready, 1) == b"d"
        os.close(ready)
        now = {rel: data for rel, data in snapshot(project).items()
               if not any(part.startswith(".") for part in rel.split("/"))}  # the store's files
        for rel in {*old, *new}:
            assert now.get(rel) in (old.get(rel), new.get(rel)), f"round {round_}: {rel} mixed"
        assert set(now) <= {*old, *new}, "a stray file was left where the store reads"
        killed_while_writing += not finished
        load_store(project)  # loadable as it is
        if round_ % 10 == 0:
            _recovers(project, new_articles)
    assert killed_while_writing >= ROUNDS // 3, "the kills should land in the middle of writing"


def _recovers(project: Project, articles: dict) -> None:
    """The next build finishes the job: every sentence of every article is in the store exactly
    once, nothing stray is left, and one more build changes nothing."""
    build(project, articles)
    keys = [source_key(s) for e in load_store(project).events() for s in e.sources]
    wanted = [source_key(c.sources[0]) for found in articles.values() for c in found]
    assert sorted(keys) == sorted(wanted)
    assert not any(rel.rsplit("/", 1)[-1].startswith(".") for rel in snapshot(project))
    report, written = build(project, articles)
    assert (report.changed, written) == ([], [])


def test_two_builds_started_at_once_end_consistent(tmp_path: Path) -> None:
    first, second = corpus(120, seed=1), corpus(120, seed=2)
    expected = []
    for order in ((first, second), (second, first)):
        serial = new_project(tmp_path / f"serial{len(expected)}")
        for articles in order:
            build(serial, articles)
        expected.append(snapshot(serial))
    project = new_project(tmp_path / "project")
    go_read, go_write = os.pipe()
    children = []
    for articles in (first, second):
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                os.close(go_write)
                os.read(go_read, 1)
                build(project, articles)
                code = 0
            finally:
                os._exit(code)
        children.append(pid)
    os.close(go_read)
    os.write(go_write, b"gg")
    os.close(go_write)
    codes = [os.waitpid(pid, 0)[1] for pid in children]
    assert codes == [0, 0]
    assert snapshot(project) in expected
    load_store(project)
