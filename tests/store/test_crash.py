"""A build killed with SIGKILL while writing a large store leaves every file whole (old or new
content), the store loadable, and the next build finishes the job; two builds started at once
end with the store one of them would have written after the other.

Nothing here depends on how fast the machine is. The killed build reports each step of its
write (a temporary file written, a file renamed into place) through a pipe, and the kill is
aimed at a step: in half the rounds the build stops at that step until it is killed, so the
kill lands exactly there; in the others it runs on and the kill lands wherever it has got to.
"""

from __future__ import annotations

import itertools
import os
import random
import select
import signal
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest
from store_helpers import build, corpus, new_project, restore, snapshot

import timeline.store.files as store_files
from timeline.config import Project
from timeline.store import load_store, merge, save_store, store_lock
from timeline.store.records import source_key

ROUNDS = 20
#: How long a child build may take at most (a hung one fails the test instead of hanging it).
PATIENCE = 300.0


WriteTemporary = Callable[[Path, bytes], Path]
Replace = Callable[[str | Path, str | Path], None]


def _noting_steps(project: Project, note: Callable[[bytes], None]
                  ) -> tuple[WriteTemporary, Replace]:
    """Stand-ins for the steps of the store's write that call ``note`` after each: b"t", a
    temporary file written (in a writer thread), b"r", a store file renamed into place, b"c",
    another file renamed into place (the cache's)."""
    write_temporary, replace = store_files._write_temporary, os.replace

    def temporary(path: Path, data: bytes) -> Path:
        made = write_temporary(path, data)
        note(b"t")
        return made

    def renamed(source: str | Path, target: str | Path) -> None:
        replace(source, target)
        note(b"r" if Path(target).is_relative_to(project.events_dir) else b"c")

    return temporary, renamed


def _child(project: Project, extracted: dict, report: int, pause_at: int | None, hold: int,
           log: Path) -> None:
    """Runs in a forked process; never returns. Reports b"s" when about to write, each step,
    and b"d" when done; with ``pause_at``, stops after that step until killed (or until the
    parent is gone: ``hold`` is a pipe only the parent can write to)."""
    lock, steps = threading.Lock(), itertools.count(1)

    def note(kind: bytes) -> None:
        with lock:  # the pipe has the steps in the order they are counted
            step = next(steps)
            os.write(report, kind)
        if step == pause_at:
            os.read(hold, 1)
            os._exit(1)

    try:
        with store_lock(project):
            store = load_store(project)
            merge(store, extracted)
            os.write(report, b"s")
            store_files._write_temporary, os.replace = _noting_steps(project, note)
            save_store(project, store)
        os.write(report, b"d")
    except BaseException:
        log.write_text(traceback.format_exc(), encoding="utf-8")
    finally:
        os._exit(0)


def _steps_of_the_write(project: Project, articles: dict, monkeypatch: pytest.MonkeyPatch
                        ) -> bytes:
    """Save ``articles`` merged into the store, noting its steps as the killed builds will."""
    steps: list[bytes] = []
    temporary, renamed = _noting_steps(project, steps.append)
    with monkeypatch.context() as patch, store_lock(project):
        store = load_store(project)
        merge(store, articles)
        patch.setattr(store_files, "_write_temporary", temporary)
        patch.setattr(os, "replace", renamed)
        save_store(project, store)
    return b"".join(steps)


def _read(fd: int, count: int, what: str, log: Path) -> bytes:
    got = b""
    while len(got) < count:
        if not select.select([fd], [], [], PATIENCE)[0]:
            raise AssertionError(f"the build made no progress in {PATIENCE:g} s ({what})")
        more = os.read(fd, count - len(got))
        if not more:
            why = log.read_text(encoding="utf-8") if log.exists() else "no traceback"
            raise AssertionError(f"the build ended before {what} (read {got!r}): {why}")
        got += more
    return got


def _reap(pid: int) -> int:
    """Wait for a child, at most PATIENCE seconds (then kill it and fail)."""
    deadline = time.monotonic() + PATIENCE
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise AssertionError(f"a child build did not finish within {PATIENCE:g} s")
        time.sleep(0.02)


def test_a_build_killed_while_writing_leaves_every_shard_old_or_new(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = new_project(tmp_path / "project")
    old_articles, new_articles = corpus(150), corpus(150, variant=1)
    build(project, old_articles)
    old = snapshot(project)
    steps = _steps_of_the_write(project, new_articles, monkeypatch)
    new = snapshot(project)
    assert sum(old.get(k) != new.get(k) for k in {*old, *new}) > 120  # a large rewrite
    assert steps.count(b"r") == sum(new.get(k) != old.get(k) for k in new)  # one per new file
    _recovers(project, new_articles)
    rng = random.Random(11)
    log = tmp_path / "child-traceback.txt"
    renamed_when_killed: set[int] = set()
    for round_ in range(ROUNDS):
        restore(project, old)
        pausing = round_ % 2 == 0
        # the step to aim at: spread over the whole write when pausing, anywhere otherwise
        aim = (1 + (round_ // 2) * (len(steps) - 2) // (ROUNDS // 2 - 1) if pausing
               else rng.randrange(1, len(steps)))
        report, report_in = os.pipe()
        hold, hold_out = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(report)
            os.close(hold_out)
            _child(project, new_articles, report_in, aim if pausing else None, hold, log)
        os.close(report_in)
        os.close(hold)
        try:
            assert _read(report, 1, "its write", log) == b"s"  # the child is about to write
            done = _read(report, aim, f"step {aim}", log)
        finally:
            os.kill(pid, signal.SIGKILL)
            _reap(pid)
            os.close(hold_out)
        done += _read_all(report)
        os.close(report)
        finished = done.endswith(b"d")
        now = {rel: data for rel, data in snapshot(project).items()
               if not any(part.startswith(".") for part in rel.split("/"))}  # the store's files
        for rel in {*old, *new}:
            assert now.get(rel) in (old.get(rel), new.get(rel)), f"round {round_}: {rel} mixed"
        assert set(now) <= {*old, *new}, "a stray file was left where the store reads"
        if pausing:
            # killed exactly after step ``aim``: the files renamed by then are new, no other
            assert not finished
            renamed = done[:aim].count(b"r")
            assert sum(now.get(k) == new[k] != old.get(k) for k in new) == renamed, round_
            renamed_when_killed.add(renamed)
        load_store(project)  # loadable as it is
        if round_ in (0, ROUNDS // 2 + 1):  # after a paused round and after a free one
            _recovers(project, new_articles)
    # kills landed while only temporary files were written, and with the store half old, half new
    assert 0 in renamed_when_killed
    assert any(0 < n < steps.count(b"r") for n in renamed_when_killed)


def _read_all(fd: int) -> bytes:
    got = b""
    while more := os.read(fd, 4096):
        got += more
    return got


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
    for number, articles in enumerate((first, second)):
        log = tmp_path / f"child{number}-traceback.txt"
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                os.close(go_write)
                os.read(go_read, 1)
                # however slow the machine, the second waits for the first (not the 60 s a
                # user's build waits before it gives up)
                build(project, articles, wait=PATIENCE)
                code = 0
            except BaseException:
                log.write_text(traceback.format_exc(), encoding="utf-8")
            finally:
                os._exit(code)
        children.append((pid, log))
    os.close(go_read)
    os.write(go_write, b"gg")
    os.close(go_write)
    codes = [_reap(pid) for pid, _log in children]
    assert codes == [0, 0], [log.read_text(encoding="utf-8") for _pid, log in children
                             if log.exists()]
    assert snapshot(project) in expected
    load_store(project)
