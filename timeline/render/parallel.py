"""Rendering a large site on several cores: forked workers, each rendering a share of the pages.

Pages are independent once planned, so after ``warm`` has filled the caches many pages share
(list items, Markdown), workers forked from this process render disjoint sets of URLs and send
their bytes back through a pipe. A template error in a worker comes back as the same RenderError.
Falls back to one process off Linux, where ``fork`` is unavailable or unsafe.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
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
    children: list[tuple[int, int]] = []
    for share in shares[1:]:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: render, send, leave without running the parent's cleanup
            os.close(read_end)
            status = 0
            try:
                payload = pickle.dumps(("ok", work(share), []), protocol=pickle.HIGHEST_PROTOCOL)
            except TimelineError as exc:
                payload = pickle.dumps(("error", exc.args[0] if exc.args else str(exc),
                                        list(exc.problems)))
            except BaseException as exc:  # reported to the parent, which raises
                payload = pickle.dumps(("crash", f"{type(exc).__name__}: {exc}", []))
                status = 1
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(payload)
            os._exit(status)
        os.close(write_end)
        children.append((pid, read_end))
    try:
        results = [work(shares[0])]
    finally:
        outcomes = []
        for pid, read_end in children:
            with os.fdopen(read_end, "rb") as pipe:
                data = pipe.read()
            os.waitpid(pid, 0)
            outcomes.append(pickle.loads(data) if data else ("crash", "worker died", []))
    for kind, value, problems in outcomes:
        if kind == "error":
            raise RenderError(value, [p for p in problems if isinstance(p, Problem)])
        if kind == "crash":
            raise RuntimeError(f"a render worker failed: {value}")
        results.append(value)
    merged: dict[str, Any] = {}
    for result in results:
        merged.update(result)
    return merged
