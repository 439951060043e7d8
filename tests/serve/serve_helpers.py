"""Helpers of the serve tests: a small project of our own, edits, and a client for the server's
event stream. (pytest's importlib mode keeps test folders off sys.path; conftest adds this one.)"""

from __future__ import annotations

import http.client
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from timeline.build import build
from timeline.config import Project, load_project

FIXTURES = Path(__file__).parent / "fixtures"
SIGNED = "content/articles/2023-06-05-treaty-signed.txt"
REACTION = "content/articles/2023-06-05-treaty-reaction.txt"
FERRY = "content/articles/2023-07-14-ferry-line.md"

#: An article the tests add while the server runs: a new event on 2023-08-02.
NEW_ARTICLE = """Lake Varna bird reserve doubled in size
10:00 GMT, August 2, 2023
TULCEA (Delta Courier) – Wardens opened a second bird reserve on the northern shore of \
Lake Varna on Wednesday, doubling the protected wetland.
"""
NEW_TITLE = "Wardens opened a second bird reserve"


def make_project(root: Path) -> Project:
    """The Lake Varna project (three articles, two reporting the same signing) in ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "timeline.yaml", root / "timeline.yaml")
    shutil.copytree(FIXTURES / "articles", root / "content" / "articles")
    return load_project(root)


def write(path: Path, text: str) -> Path:
    """Write a file as an editor does: the whole text at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def replace(path: Path, old: str, new: str) -> Path:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path.name}"
    return write(path, text.replace(old, new, 1))


def store_bytes(project: Project) -> dict[str, bytes]:
    return {p.relative_to(project.events_dir).as_posix(): p.read_bytes()
            for p in sorted(project.events_dir.rglob("*.yaml"))}


def assert_store_is_what_build_makes(project: Project) -> None:
    """A full build over the same files changes nothing in the store the session wrote."""
    before = store_bytes(project)
    report = build(load_project(project.root), site_dir=project.root / "build-check")
    assert report.merge is not None
    assert report.merge.changed == [], report.merge.summary()
    assert report.store_written == []
    assert store_bytes(project) == before


def start_serve(project: Project, *args: str, env: dict[str, str] | None = None,
                launch: tuple[str, ...] = ("-m", "timeline")) -> subprocess.Popen[str]:
    """``timeline serve`` on the project in a process of its own, its output piped (``launch``:
    what Python runs instead of ``-m timeline``, a script that ends by calling the CLI)."""
    return subprocess.Popen(
        [sys.executable, *launch, "serve", "-C", str(project.root), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})


_SERVING = re.compile(r"^Serving .* at (http://\S+)  \(Ctrl-C to stop\)$")


def wait_serving(process: subprocess.Popen[str]) -> tuple[str, list[str]]:
    """The URL a started ``timeline serve`` says it serves at, and its lines up to that one."""
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line)
        found = _SERVING.match(line.rstrip("\n"))
        if found:
            return found.group(1), lines
    raise AssertionError("the server did not start: " + "".join(lines)
                         + (process.stderr.read() if process.stderr else ""))


def stop_serve(process: subprocess.Popen[str]) -> tuple[str, str]:
    """Ctrl-C, then what the process wrote after the lines read so far."""
    try:
        process.send_signal(signal.SIGINT)
        return process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def wait_for(condition: Callable[[], object], timeout: float = 10.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what or condition}")


_SCRIPT = re.compile(r'data-page="([^"]*)" data-state="([^"]*)" data-server="([^"]*)"')


def get(port: int, path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    """One request with the path sent exactly as given (no normalising by the client)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.putrequest(method, path, skip_host=False, skip_accept_encoding=True)
    conn.endheaders()
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


class Stream:
    """A browser's live-reload connection, read in a thread: (event, data) pairs in order."""

    def __init__(self, port: int, page_html: bytes) -> None:
        found = _SCRIPT.search(page_html.decode("utf-8"))
        assert found is not None, "the page has no live-reload script"
        page, state, server = found.groups()
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.conn.request("GET", f"/__timeline__/events?page={page}&state={state}"
                                 f"&server={server}")
        self.response = self.conn.getresponse()
        assert self.response.status == 200
        self.events: queue.Queue[tuple[str, dict[str, object]]] = queue.Queue()
        self.opened = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.opened.wait(10)

    def _read(self) -> None:
        name = ""
        try:
            while True:
                line = self.response.fp.readline()
                if not line:
                    return
                self.opened.set()
                text = line.decode("utf-8").rstrip("\n")
                if text.startswith("event: "):
                    name = text[7:]
                elif text.startswith("data: "):
                    self.events.put((name, json.loads(text[6:])))
        except (OSError, ValueError):
            return

    def next(self, wanted: str, timeout: float = 10.0) -> dict[str, object]:
        """The data of the next event named ``wanted`` (others before it are skipped)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {wanted!r} event within {timeout} s")
            try:
                name, data = self.events.get(timeout=left)
            except queue.Empty:
                continue
            if name == wanted:
                return data

    def close(self) -> None:
        self.conn.close()
