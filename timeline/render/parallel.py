"""Rendering a large site on several cores: forked workers, each rendering a share of the pages.

Pages are independent once planned, so after ``warm`` has filled the caches many pages share
(list items, Markdown), workers forked from this process render disjoint sets of URLs while this
process renders its own share. A worker writes its result into a file in memory (``memfd``) made
for it before the fork, so it never waits for this process to read (as it did on a full pipe),
and its result is read without a copy through the kernel once this process has done its share.
A template error in a worker comes back as the same RenderError. Falls back to one process off
Linux, where ``fork`` is unavailable or unsafe.
"""

from __future__ import annotations

import gc
import mmap
import os
import pickle
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from timeline.errors import Problem, RenderError, TimelineError

#: Below this many pages one process is quicker than forking.
MIN_PAGES = 2000


@contextmanager
def no_gc() -> Iterator[None]:
    """The cycle collector paused: rendering makes millions of short-lived objects and few
    cycles, and each collection walks every event and article held (a sixth of the time)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def default_jobs() -> int:
    """Worker processes for a full render: the cores this process may use, at most 4."""
    env = os.environ.get("TIMELINE_JOBS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


def split(tasks: Sequence[str], jobs: int,
          together: Callable[[str], str | None] = lambda task: None,
          cost: Callable[[str], float] = lambda task: 1.0) -> list[list[str]]:
    """``jobs`` shares of about equal cost; tasks for which ``together`` gives the same key land
    in the same share (pages built from one shared computation). Largest first, each to the
    share with the least so far, so the shares finish at about the same time."""
    units: dict[str, list[str]] = {}
    for task in tasks:
        units.setdefault(together(task) or f"\0{task}", []).append(task)
    weighed = sorted(units.values(), key=lambda unit: -sum(map(cost, unit)))
    shares: list[list[str]] = [[] for _ in range(jobs)]
    loads = [0.0] * jobs
    for unit in weighed:
        least = loads.index(min(loads))
        shares[least].extend(unit)
        loads[least] += sum(map(cost, unit))
    return shares


def run(tasks: Sequence[str], work: Callable[[Sequence[str]], dict[str, Any]], jobs: int,
        together: Callable[[str], str | None] = lambda task: None,
        cost: Callable[[str], float] = lambda task: 1.0) -> dict[str, Any]:
    """``work`` over ``tasks`` in ``jobs`` processes (see ``split``), results merged."""
    if jobs <= 1 or len(tasks) < MIN_PAGES or not sys.platform.startswith("linux"):
        return work(tasks)  # (fork is safe on Linux; elsewhere one process does it all)
    shares = split(tasks, jobs, together, cost)
    children: list[tuple[int, int]] = []  # (pid, the file its outcome is written into)
    try:
        for share in shares[1:]:
            out = _memory_file()
            pid = os.fork()
            if pid == 0:
                _worker(work, share, out)  # never returns
            children.append((pid, out))
        results = [work(shares[0])]
    except BaseException:
        for pid, _out in children:  # their work is of no use now: do not wait for it
            os.kill(pid, signal.SIGKILL)
        _reap(children, read=False)
        raise
    for kind, value, problems in _reap(children):
        if kind == "error":
            raise RenderError(value, [p for p in problems if isinstance(p, Problem)])
        if kind == "crash":
            raise RuntimeError(f"a render worker failed: {value}")
        results.append(value)
    merged: dict[str, Any] = {}
    for result in results:
        merged.update(result)
    return merged


Outcome = tuple[str, Any, list[Problem]]  # ("ok", result, []), ("error"|"crash", message, ...)


def _memory_file() -> int:
    """A file in memory for a worker's outcome (a temporary file where memfd is missing)."""
    try:
        return os.memfd_create("timeline-render", os.MFD_CLOEXEC)
    except (AttributeError, OSError):
        with tempfile.TemporaryFile() as handle:
            return os.dup(handle.fileno())


def _worker(work: Callable[[Sequence[str]], dict[str, Any]], share: Sequence[str],
            out: int) -> None:
    """In the forked worker: render, write the outcome, and leave without the parent's cleanup;
    the exit status says whether the outcome was written whole."""
    status = 1
    try:
        try:
            outcome: Outcome = ("ok", work(share), [])
        except TimelineError as exc:
            outcome = ("error", exc.args[0] if exc.args else str(exc), list(exc.problems))
        except BaseException as exc:  # reported to the parent, which raises
            outcome = ("crash", f"{type(exc).__name__}: {exc}", [])
        with os.fdopen(out, "wb") as file:
            pickle.dump(outcome, file, protocol=pickle.HIGHEST_PROTOCOL)
        status = 0
    finally:
        os._exit(status)


def _reap(children: list[tuple[int, int]], *, read: bool = True) -> list[Outcome]:
    """Wait for every worker, then read what each wrote, straight from memory."""
    statuses = [os.waitpid(pid, 0)[1] for pid, _out in children]
    try:
        return [_outcome(out, status) for (_pid, out), status in zip(children, statuses,
                                                                     strict=True)] if read else []
    finally:
        for _pid, out in children:
            os.close(out)


def _outcome(out: int, status: int) -> Outcome:
    if os.WIFSIGNALED(status):
        return ("crash", f"killed by {signal.Signals(os.WTERMSIG(status)).name}", [])
    size = os.fstat(out).st_size
    if os.waitstatus_to_exitcode(status) != 0 or not size:
        return ("crash", "the worker could not send its pages", [])
    with mmap.mmap(out, size, access=mmap.ACCESS_READ) as data:
        outcome: Outcome = pickle.loads(data)
    return outcome
