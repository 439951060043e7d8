"""Two builds cannot use the store at once: the second waits, or says who holds it."""

from __future__ import annotations

import os
import threading
import time

import pytest

from timeline.config import Project
from timeline.errors import StoreError
from timeline.store import store_lock


def test_a_second_build_gives_up_naming_the_holder(project: Project) -> None:
    with store_lock(project), pytest.raises(StoreError) as caught, \
            store_lock(project, wait=0.2):
        pass
    message = str(caught.value)
    assert f"pid {os.getpid()}" in message
    assert ".timeline-cache/build.lock" in message and "waited 0.2 s" in message


def test_a_second_build_waits_for_the_first(project: Project) -> None:
    order: list[str] = []
    entered = threading.Event()

    def first() -> None:
        with store_lock(project):
            entered.set()
            time.sleep(0.3)
            order.append("first done")

    thread = threading.Thread(target=first)
    thread.start()
    assert entered.wait(60)  # on a loaded machine the thread may start late: never skip this
    with store_lock(project, wait=60):
        order.append("second in")
    thread.join()
    assert order == ["first done", "second in"]


def test_the_lock_is_free_again_after_an_error(project: Project) -> None:
    with pytest.raises(RuntimeError), store_lock(project):
        raise RuntimeError("build failed")
    with store_lock(project, wait=0):
        pass
