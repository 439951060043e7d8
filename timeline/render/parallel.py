"""Rendering a large site on several cores: forked workers, each rendering a share of the pages.

Pages are independent once planned, so after ``warm`` has filled the caches many pages share
(list items, Markdown), workers forked from this process render disjoint sets of URLs and send
their bytes back through a pipe. A template error in a worker comes back as the same RenderError.
Falls back to one process where ``fork`` is not available.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Sequence
from typing import Any

from timeline.errors import Problem, RenderError, TimelineError

#: Below this many pages one process is quicker than forking.
MIN_PAGES = 2000


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
          together: Callable[[str], str | None] = lambda task: None) -> list[list[str]]:
    """``jobs`` shares of about equal size, interleaved; tasks for which ``together`` gives the
    same key land in the same share (pages built from one shared computation)."""
    shares: list[list[str]] = [[] for _ in range(jobs)]
    groups: dict[str, list[str]] = {}
    for n, task in enumerate(tasks):
        key = together(task)
        if key is None:
            shares[n % jobs].append(task)
        else:
            groups.setdefault(key, []).append(task)
    for group in groups.values():
        min(shares, key=len).extend(group)
    return shares


def run(tasks: Sequence[str], work: Callable[[Sequence[str]], dict[str, Any]], jobs: int,
        together: Callable[[str], str | None] = lambda task: None) -> dict[str, Any]:
    """``work`` over ``tasks`` in ``jobs`` processes (see ``split``), results merged."""
    if jobs <= 1 or len(tasks) < MIN_PAGES or not hasattr(os, "fork"):
        return work(tasks)
    shares = split(tasks, jobs, together)
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
