"""Rendering in several processes: a worker never waits for this process to take its pages (however
large), the pages are the bytes one process makes, and a worker that fails or is no longer
needed never leaves the render hanging."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from site_sample import ARTICLES, many

from timeline.config import Config, Project
from timeline.errors import Problem, RenderError
from timeline.render import parallel, plan_site
from timeline.render.plan import _shared_work

#: More than any pipe holds (64 KiB by default, 1 MiB at most without privileges).
LARGE = 2 * 1024 * 1024


@pytest.fixture(autouse=True)
def _always_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_PAGES", 0)


def _state(pid: int) -> str:
    """A process's state letter from /proc ("Z": it has exited and waits to be reaped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return "gone"
    return stat[stat.rindex(")") + 2]


def _wait(condition: object, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


@pytest.mark.parametrize("memfd", [True, False], ids=["memfd", "no memfd: a temporary file"])
def test_a_worker_with_megabytes_of_pages_never_waits_for_the_parent(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memfd: bool) -> None:
    """The parent's own share ends only once the worker has exited: a worker that had to wait
    until the parent reads (a full pipe) would never exit, and this would time out."""
    if not memfd:
        monkeypatch.delattr(os, "memfd_create", raising=False)
    parent, seen = os.getpid(), tmp_path / "worker.pid"
    page = bytes(range(256)) * 16  # 4 KiB
    tasks = [f"page-{i:04d}" for i in range(2 * LARGE // len(page) + 2)]

    def work(share: Sequence[str]) -> dict[str, bytes]:
        pages = {task: page + task.encode() for task in share}
        if os.getpid() != parent:
            (tmp_path / "pid").write_text(str(os.getpid()))
            (tmp_path / "pid").rename(seen)  # whole, or not there yet
            return pages
        _wait(seen.exists, 30, "the worker to start")
        worker = int(seen.read_text())
        _wait(lambda: _state(worker) == "Z", 30, "the worker to hand its pages over and exit")
        return pages

    together = parallel.run(tasks, work, 2)
    assert together == {task: page + task.encode() for task in tasks}
    handed_over = len(tasks) - len(parallel.split(tasks, 2)[0])
    assert handed_over * len(page) > LARGE


@pytest.mark.parametrize("jobs", [2, 3])
def test_a_large_site_is_the_same_bytes_in_several_processes(tmp_path: Path, jobs: int) -> None:
    project = Project(tmp_path, Config(title="Big", base_url="https://example.org/big/"))
    plan = plan_site(project, many(400, date(2021, 1, 1), 1.0), list(ARTICLES))
    alone = plan.render(jobs=1)
    shares = parallel.split(sorted(plan.pages), jobs, _shared_work,
                            lambda url: plan.pages[url].cost)
    assert min(sum(len(alone[url]) for url in share) for share in shares[1:]) > 1024 * 1024
    again = plan_site(project, many(400, date(2021, 1, 1), 1.0), list(ARTICLES))
    assert again.render(jobs=jobs) == alone


def test_a_worker_killed_is_an_error_not_a_hang() -> None:
    parent = os.getpid()

    def work(share: Sequence[str]) -> dict[str, bytes]:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return {task: b"" for task in share}

    with pytest.raises(RuntimeError, match=r"^a render worker failed: killed by SIGKILL$"):
        parallel.run(["a", "b", "c", "d"], work, 2)


def test_when_the_parents_share_fails_the_workers_are_stopped_not_waited_for(
        tmp_path: Path) -> None:
    parent, pids = os.getpid(), tmp_path / "pids"
    pids.mkdir()

    def work(share: Sequence[str]) -> dict[str, bytes]:
        if os.getpid() != parent:
            (pids / str(os.getpid())).touch()
            time.sleep(120)
            return {}
        _wait(lambda: len(list(pids.iterdir())) == 2, 30, "both workers to start")
        raise RenderError("template error in event.html", [Problem("event.html", "boom", 3)])

    started = time.monotonic()
    with pytest.raises(RenderError) as info:
        parallel.run(["a", "b", "c", "d", "e", "f"], work, 3)
    assert time.monotonic() - started < 60
    assert info.value.problems == (Problem("event.html", "boom", 3),)
    for pid in (int(p.name) for p in pids.iterdir()):
        assert _state(pid) == "gone"  # killed and reaped: no zombie, nothing left running
