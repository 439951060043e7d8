"""One build at a time: an exclusive lock on a file in the cache folder.

The lock is an ``flock`` on ``.timeline-cache/build.lock``, so it goes away with the process that
held it, even one killed with SIGKILL; the file names the holder for the message a second build
shows while it waits or when it gives up.
"""

from __future__ import annotations

import fcntl
import os
import socket
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from timeline.config import Project
from timeline.errors import StoreError

LOCK_FILE = "build.lock"
#: How long a second build waits for the first before it gives up.
DEFAULT_WAIT = 60.0
_POLL = 0.05


@contextmanager
def store_lock(project: Project, *, wait: float = DEFAULT_WAIT) -> Iterator[None]:
    """Hold the store lock; wait up to ``wait`` seconds for another build to finish, then raise
    StoreError naming the process that holds it."""
    project.cache_dir.mkdir(parents=True, exist_ok=True)
    path = project.cache_dir / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + max(wait, 0.0)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _holder(fd) or "another process"
                    raise StoreError(
                        f"{project.relative(path)}: another build is using the event store "
                        f"({holder}); waited {wait:g} s. Try again when it has finished."
                    ) from None
                time.sleep(_POLL)
        os.ftruncate(fd, 0)
        os.pwrite(fd, _me().encode("utf-8"), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _me() -> str:
    command = " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(sys.argv))
    return f"pid {os.getpid()} on {socket.gethostname()}: {command}"[:300]


def _holder(fd: int) -> str:
    try:
        return os.pread(fd, 400, 0).decode("utf-8", "replace").strip()
    except OSError:
        return ""
