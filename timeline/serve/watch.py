"""Watching the project's input folders with watchdog, and batching what it reports.

Native events (inotify and friends) are used when the system offers them; ``poll=True``, or a
system that refuses (no inotify, its watch limit reached), uses watchdog's polling observer.
Events are gathered until the files have been quiet for ``debounce`` seconds (an editor's save
is often several events: a temporary file, a rename, a change of mode), at most ``MAX_WAIT``,
and handed over as one batch of file paths and folder paths. Opening or reading a file is not a
change, so the build reading its inputs never triggers another build.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from watchdog.events import (
    EVENT_TYPE_CLOSED_NO_WRITE,
    EVENT_TYPE_MODIFIED,
    EVENT_TYPE_OPENED,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

#: Quiet time that ends a batch, and the longest a batch waits for quiet.
DEBOUNCE = 0.05
MAX_WAIT = 1.0
#: How often the polling observer looks at the files.
POLL_INTERVAL = 0.5

Batch = Callable[[set[Path], set[Path]], object]  # (files, folders)
_IGNORED = (EVENT_TYPE_OPENED, EVENT_TYPE_CLOSED_NO_WRITE)


class _Handler(FileSystemEventHandler):
    def __init__(self, inbox: queue.Queue[tuple[Path, bool] | None]) -> None:
        self.inbox = inbox

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in _IGNORED:
            return
        if event.is_directory and event.event_type == EVENT_TYPE_MODIFIED:
            return  # a folder's own times changed because a file in it did: that file tells
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if raw:
                self.inbox.put((Path(os.fsdecode(raw)), event.is_directory))


class Watcher:
    """Watch ``roots`` ((folder, recursive) pairs) and call ``on_batch`` from one thread."""

    def __init__(self, roots: Sequence[tuple[Path, bool]], on_batch: Batch, *,
                 poll: bool = False, debounce: float = DEBOUNCE,
                 interval: float = POLL_INTERVAL,
                 echo: Callable[[str], None] | None = None) -> None:
        self.roots = list(roots)
        self.on_batch = on_batch
        self.poll = poll
        self.debounce = debounce
        self.interval = interval
        self.echo = echo or (lambda _line: None)
        self.inbox: queue.Queue[tuple[Path, bool] | None] = queue.Queue()
        self._handler = _Handler(self.inbox)
        self.observer: Any = None
        self._watches: dict[tuple[Path, bool], Any] = {}  # root -> watchdog's ObservedWatch
        self._lock = threading.Lock()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="timeline-rebuild", daemon=True)

    @property
    def polling(self) -> bool:
        return isinstance(self.observer, PollingObserver)

    def start(self) -> None:
        # watchdog warns when folders appear faster than it adds watches for them (the first
        # build writing the store); it copes, and the warning would only alarm
        warnings.filterwarnings("ignore", category=RuntimeWarning,
                                module=r"watchdog\.observers\.inotify")
        # ... and logs when a watch stops while events come in (at Ctrl-C): nothing is lost
        logging.getLogger("watchdog.observers.inotify").setLevel(logging.ERROR)
        if not self.poll:
            try:
                self.observer = self._observe(Observer())
            except OSError as exc:
                self._refused(exc)
        if self.observer is None:
            self.observer = self._observe(PollingObserver(timeout=self.interval))
        self._thread.start()

    def _refused(self, exc: OSError) -> None:
        self.echo(f"file system events are not available ({exc.strerror or exc}); "
                  f"looking for changes every {self.interval:g} s instead")

    def _observe(self, observer: Any) -> Any:
        self._handler = _Handler(self.inbox)
        try:
            for root in self.roots:
                self._watches[root] = observer.schedule(self._handler, str(root[0]),
                                                        recursive=root[1])
            observer.start()
        except BaseException:
            observer.unschedule_all()
            self._watches.clear()
            raise
        return observer

    def watch(self, roots: Sequence[tuple[Path, bool]], *, look: bool = True) -> None:
        """Watch these folders from now on: an input folder appeared (the first build made the
        store's) or the configuration moved one. With ``look``, what changed in a new folder
        before it was watched is looked at too, as a change of the folder."""
        with self._lock:  # the first build's thread and the rebuild thread may both call
            self._watch(list(roots), look)

    def _watch(self, roots: list[tuple[Path, bool]], look: bool) -> None:
        if self._stopped or roots == self.roots or self.observer is None:
            return
        # the watches that stay are left alone: stopping one drops the events it holds
        for root in set(self.roots) - set(roots):
            watch = self._watches.pop(root, None)
            if watch is not None:
                self.observer.unschedule(watch)
        added = [root for root in roots if root not in self._watches]
        try:
            for root in added:
                self._watches[root] = self.observer.schedule(self._handler, str(root[0]),
                                                             recursive=root[1])
        except OSError as exc:
            if self.polling:
                raise
            self._poll_instead(exc, roots)  # the system's watch limit was reached
        if look:
            for root in added:
                self.inbox.put((root[0], True))
        self.roots = roots

    def _poll_instead(self, exc: OSError, roots: list[tuple[Path, bool]]) -> None:
        """Watch ``roots`` by polling from now on. The polling observer starts before the
        native one stops, so what changes meanwhile is seen by one or the other."""
        self._refused(exc)
        native = self.observer
        self._watches.clear()
        self.roots = roots
        self.observer = self._observe(PollingObserver(timeout=self.interval))
        native.unschedule_all()
        native.stop()
        native.join(timeout=5)

    def stop(self) -> None:
        self.inbox.put(None)
        with self._lock:  # no watch() switches observers from now on
            self._stopped = True
            observer = self.observer
        if observer is not None:
            observer.stop()
            observer.join(timeout=5)
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=30)

    def _run(self) -> None:
        while True:
            first = self.inbox.get()
            if first is None:
                return
            files: set[Path] = set()
            folders: set[Path] = set()
            item: tuple[Path, bool] | None = first
            deadline = time.monotonic() + MAX_WAIT
            while item is not None:
                (folders if item[1] else files).add(item[0])
                wait = min(self.debounce, deadline - time.monotonic())
                if wait <= 0:
                    break
                try:
                    item = self.inbox.get(timeout=wait)
                except queue.Empty:
                    break
                if item is None:
                    self.inbox.put(None)  # stop after this batch
            self.on_batch(files, folders)
