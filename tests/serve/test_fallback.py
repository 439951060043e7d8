"""A system that refuses file system events makes ``timeline serve`` look for changes by polling,
and an edit still rebuilds the site and reloads the browser.

Nobody can lower the inotify limits without privileges, so the refusal is made where watchdog
asks the C library: ``inotify_init``/``inotify_add_watch`` fail with the errno the kernel gives
when a limit is reached. Everything else is real: a ``timeline serve`` process, files written to
disk, the page and the live-reload stream over 127.0.0.1.
"""

from __future__ import annotations

import ctypes
import errno
import re
import threading
import time
from pathlib import Path

import pytest
import watchdog.observers.inotify_c as inotify_c
from serve_helpers import (
    FERRY,
    Stream,
    get,
    replace,
    start_serve,
    stop_serve,
    wait_for,
    wait_serving,
)

from timeline.config import Project
from timeline.serve.watch import Watcher

#: Runs ``timeline`` with the refusal named by its first argument.
_REFUSING = '''
import ctypes, errno, os, sys
import watchdog.observers.inotify_c as inotify_c

real_add = inotify_c.inotify_add_watch


def refuse(code):
    ctypes.set_errno(code)
    return -1


def add_outside_the_store(fd, path, mask):
    inside = os.sep + "content" + os.sep + "events"
    return refuse(errno.ENOSPC) if inside in os.fsdecode(path) else real_add(fd, path, mask)


refusal = sys.argv.pop(1)
if refusal == "instances":
    inotify_c.inotify_init = lambda: refuse(errno.EMFILE)
elif refusal == "watches":
    inotify_c.inotify_add_watch = lambda fd, path, mask: refuse(errno.ENOSPC)
elif refusal == "store":
    inotify_c.inotify_add_watch = add_outside_the_store
else:
    raise SystemExit(f"unknown refusal {refusal}")

from timeline.cli import main

main()
'''

# (what the system refuses, what serve says about it, note)
REFUSALS = [
    ("instances", "inotify instance limit reached", "EMFILE: no inotify instance left"),
    ("watches", "inotify watch limit reached", "ENOSPC: no inotify watch left"),
    ("store", "inotify watch limit reached",
     "ENOSPC once the first build made the store's folder"),
]
assert len({row[-1] for row in REFUSALS}) == len(REFUSALS), "duplicate rows"


@pytest.mark.parametrize(("refusal", "reason", "note"), REFUSALS,
                         ids=[row[-1] for row in REFUSALS])
def test_serve_polls_when_events_are_refused(project: Project, tmp_path: Path, refusal: str,
                                             reason: str, note: str) -> None:
    runner = tmp_path / "refusing.py"
    runner.write_text(_REFUSING, encoding="utf-8")
    process = start_serve(project, "--port", "0", launch=(str(runner), refusal))
    try:
        url, lines = wait_serving(process)
        port = int(re.fullmatch(r"http://127\.0\.0\.1:(\d+)/varna/", url).group(1))  # type: ignore[union-attr]
        assert (f"file system events are not available ({reason}); looking for changes "
                "every 0.5 s instead\n") in lines
        assert lines[-2] == "Watching for changes by polling.\n"
        source = "/varna/sources/2023-07-14-ferry-line/"
        stream = Stream(port, get(port, source)[2])
        replace(project.root / FERRY, "every hour until October",
                "every half hour until November")
        data = stream.next("reload", timeout=30)
        assert any(str(a).startswith("2023-07-13-") for a in data["anchors"])  # type: ignore[union-attr]
        assert b"every half hour until November" in get(port, source)[2]
        stream.close()
    finally:
        out, err = stop_serve(process)
    assert out.startswith("rebuilt: content/articles/2023-07-14-ferry-line.md; events: 0 added, "
                          "1 updated, 0 removed;"), out
    assert out.endswith("Stopped.\n") and process.returncode == 0, out + err
    assert "Traceback" not in err and "Traceback" not in out


def _no_watches_left(_fd: int, _path: bytes, _mask: int) -> int:
    """inotify_add_watch when the system's watch limit is reached."""
    ctypes.set_errno(errno.ENOSPC)
    return -1


def test_a_refused_new_watch_switches_to_polling_and_keeps_the_old_folders(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Refused when a folder is added later (the store's folder after the first build): every
    folder, old and new, is polled from then on, and nothing else changes for the caller."""
    old, new = tmp_path / "articles", tmp_path / "events"
    old.mkdir()
    new.mkdir()
    batches: list[set[Path]] = []
    lines: list[str] = []
    watcher = Watcher([(old, True)], lambda files, folders: batches.append(files | folders),
                      debounce=0.05, interval=0.1, echo=lines.append)
    watcher.start()
    try:
        assert not watcher.polling
        monkeypatch.setattr(inotify_c, "inotify_add_watch", _no_watches_left)
        watcher.watch([(old, True), (new, True)], look=False)
        assert watcher.polling
        assert lines == ["file system events are not available (inotify watch limit "
                         "reached); looking for changes every 0.1 s instead"]
        assert watcher.roots == [(old, True), (new, True)]
        for folder in (old, new):
            changed = folder / "changed.txt"
            changed.write_text(f"{folder.name}\n")
            wait_for(lambda changed=changed: any(changed in b for b in list(batches)),
                     what=f"the change in {folder.name}/")
    finally:
        watcher.stop()


def test_two_threads_meeting_the_limit_at_once_switch_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first build's thread and the rebuild thread both add the store's folder: one switch
    to polling, one message, and no observer left running after the stop."""
    old, new = tmp_path / "articles", tmp_path / "events"
    old.mkdir()
    new.mkdir()
    lines: list[str] = []
    watcher = Watcher([(old, True)], lambda files, folders: None, interval=0.1,
                      echo=lines.append)
    watcher.start()
    before = set(threading.enumerate())
    try:
        def slowly_refused(fd: int, path: bytes, mask: int) -> int:
            time.sleep(0.2)  # both threads are inside watch() by now, unless one waits
            return _no_watches_left(fd, path, mask)

        monkeypatch.setattr(inotify_c, "inotify_add_watch", slowly_refused)
        failed: list[BaseException] = []

        def add_the_store() -> None:
            try:
                watcher.watch([(old, True), (new, True)])
            except BaseException as exc:
                failed.append(exc)

        threads = [threading.Thread(target=add_the_store) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert failed == []
        assert watcher.polling
        assert len(lines) == 1, lines
    finally:
        watcher.stop()
    wait_for(lambda: not [t for t in set(threading.enumerate()) - before if t.is_alive()],
             what="every thread the watcher started to end")
