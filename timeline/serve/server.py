"""The preview server: the site's pages from memory under its base path, the live-reload stream,
the watcher that starts rebuilds, and a clean stop.

Only paths of the built site are answered: a request names a key of the site's plan or gets the
404 page, so nothing else on disk can be reached (``..`` and encoded variants included).
"""

from __future__ import annotations

import gc
import mimetypes
import queue
import secrets
import socket
import threading
from collections.abc import Callable, Iterable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from timeline.errors import Problem, RenderError
from timeline.serve import pages
from timeline.serve.changes import watch_roots
from timeline.serve.clients import Hub
from timeline.serve.session import Outcome, Session
from timeline.serve.watch import DEBOUNCE, Watcher

#: Seconds between keep-alive comments on an idle event stream.
KEEPALIVE = 15.0
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8", ".json": "application/json",
          ".xml": "application/xml; charset=utf-8", ".ics": "text/calendar; charset=utf-8",
          ".csv": "text/csv; charset=utf-8", ".txt": "text/plain; charset=utf-8",
          ".svg": "image/svg+xml"}


def base_path(base_url: str) -> str:
    """The path the site lives under: "/repo/" for https://user.github.io/repo/, else "/"."""
    path = urlsplit(base_url).path if base_url else ""
    path = "/" + path.strip("/")
    return path if path == "/" else path + "/"


def local_url(host: str, port: int, base_url: str) -> str:
    """The URL of the home page served on ``host``:``port``, for a browser on this machine: a
    server listening on every address (0.0.0.0, ::) is reached through loopback."""
    host = _WILDCARD.get(host, host)
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}{base_path(base_url)}"


_WILDCARD = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}


def content_type(name: str) -> str:
    suffix = name[name.rfind("."):].lower() if "." in name.rsplit("/", 1)[-1] else ""
    return _TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def site_key(path: str, base: str) -> str | None:
    """The site file a URL path names ("events/x/index.html"), or None when it names none:
    outside the base path, or with a ``.``/``..`` segment, a backslash or a NUL byte."""
    path = unquote(path)
    if not path.startswith(base):
        return None
    rel = path[len(base):]
    parts = rel.split("/")
    if any(p in (".", "..") or "\\" in p or "\0" in p for p in parts) or "" in parts[:-1]:
        return None
    return rel + "index.html" if rel == "" or rel.endswith("/") else rel


class DevServer:
    """Serve a session's site on ``host``:``port`` (0: any free port) and rebuild on changes."""

    def __init__(self, session: Session, host: str = "127.0.0.1", port: int = 0, *,
                 livereload: bool = True, poll: bool = False, debounce: float = DEBOUNCE,
                 echo: Callable[[str], None] | None = None, manage_gc: bool = False) -> None:
        self.session = session
        #: Keep Python's cyclic garbage collector out of rebuilds (for a process of its own):
        #: the first build's objects are frozen, collection is paused while a rebuild runs and
        #: done after the browsers were told.
        self.manage_gc = manage_gc
        self._collections = 0
        self.livereload = livereload
        self.echo = echo or (lambda _line: None)
        self.token = secrets.token_hex(6)  # tells a browser the server was restarted
        self.hub = Hub()
        self.httpd = _HTTPServer(host, port, self)
        self.watcher = Watcher(watch_roots(session.project, session.extra), self.rebuild,
                               poll=poll, debounce=debounce, echo=self.echo)
        self.rebuilds: list[Outcome] = []  # every rebuild that changed something, in order
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Where a browser on this machine finds the site's home page."""
        host, port = self.httpd.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        return local_url(name, port, self.session.project.config.base_url)

    def start(self) -> Outcome:
        """Watch, build everything once, then answer requests; return the first build."""
        self.session.on_problems = self._problems
        self.watcher.start()
        outcome = self.session.start()
        self._notify(outcome)
        self._log(outcome)
        # the folders the build itself made (the store's) hold nothing to look at yet
        self.watcher.watch(watch_roots(self.session.project, self.session.extra), look=False)
        if self.manage_gc:
            gc.collect()
            gc.freeze()
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="timeline-http",
                                        kwargs={"poll_interval": 0.2}, daemon=True)
        self._thread.start()
        return outcome

    def stop(self) -> None:
        self.hub.close()
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join(timeout=5)
        self.httpd.server_close()
        self.watcher.stop()

    def __enter__(self) -> DevServer:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- rebuilds --------------------------------------------------------------------------

    def rebuild(self, files: Iterable[Path] = (), folders: Iterable[Path] = ()) -> Outcome:
        """Rebuild after these files changed and tell the browsers (the watcher calls this)."""
        if self.manage_gc:
            gc.disable()
        try:
            outcome = self.session.update(files, folders, viewed=self.hub.viewed(),
                                          announce=self._notify)
        except Exception as exc:  # a bug must not take the preview down: show it, keep going
            problem = Problem("timeline", f"internal error: {type(exc).__name__}: {exc}")
            outcome = Outcome(rebuilt=True, ok=False, problems=[problem], summary=str(problem))
            self._notify(outcome)
        finally:
            if self.manage_gc:
                gc.enable()
        self._log(outcome)
        self.watcher.watch(watch_roots(self.session.project, self.session.extra))
        if outcome.rebuilt:
            self.rebuilds.append(outcome)
            if self.manage_gc:
                self._collect()
        return outcome

    def _collect(self) -> None:
        """Collect what the rebuild left; now and then also what was frozen and is gone."""
        self._collections += 1
        if self._collections % 25 == 0:
            gc.unfreeze()
            gc.collect()
            gc.freeze()
        else:
            gc.collect()

    def _log(self, outcome: Outcome) -> None:
        """One line on the console per rebuild, and the problems there are now."""
        if not outcome.rebuilt:
            return
        mark = "rebuilt" if outcome.ok else "failed"
        self.echo(f"{mark}: {outcome.summary} ({outcome.seconds:.2f} s, "
                  f"{outcome.cpu:.2f} s CPU)")
        for problem in outcome.problems:
            self.echo(f"  problem: {problem}")

    def _notify(self, outcome: Outcome) -> None:
        """Tell each browser whose page changed to reload, and all what is wrong now."""
        if not outcome.rebuilt:
            return
        for client in self.hub.clients():
            now = self.state(client.page)
            if now != client.state:
                client.state = now
                self.hub.send(client, "reload", {"anchors": outcome.anchors})
        self._problems(outcome.problems)

    def _problems(self, problems: list[Problem]) -> None:
        if problems:
            self.hub.broadcast("problems", problem_report(problems))
        else:
            self.hub.broadcast("ok", {})

    def state(self, key: str) -> str:
        """What a browser showing ``key`` has: "v<n>" (that version of the page), "missing"
        (the 404 page) or "error" (the page could not be rendered)."""
        if not key:
            return "missing"
        try:
            found = self.session.page(key)
        except RenderError:
            return "error"
        if found is None:
            return "missing" if self.session.has_plan else "error"
        return f"v{found[1]}"


def problem_report(problems: list[Problem]) -> dict[str, Any]:
    return {
        "title": "timeline serve: the site could not be rebuilt",
        "problems": [{"path": p.path, "line": p.line, "column": p.column, "message": p.message}
                     for p in problems],
        "note": "The last good version of the site is still served. Fix the file and save: "
                "this message goes away by itself.",
    }


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host: str, port: int, owner: DevServer) -> None:
        self.owner = owner
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        super().__init__((host, port), _Handler)


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "timeline-serve"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the console shows rebuilds, not every request

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    def _answer(self, head: bool) -> None:
        owner = self.server.owner
        url = urlsplit(self.path)
        if url.path == pages.SCRIPT and owner.livereload:
            self._send(HTTPStatus.OK, pages.script(), "text/javascript; charset=utf-8", head)
            return
        if url.path == pages.EVENTS and owner.livereload and not head:
            self._stream(parse_qs(url.query))
            return
        base = base_path(owner.session.project.config.base_url)
        if url.path in ("/", base.rstrip("/")) and base != url.path:
            self._redirect(base)
            return
        key = site_key(url.path, base)
        if key is None:
            self._not_found(url.path, head)
            return
        try:
            found = owner.session.page(key)
        except RenderError:
            self._broken(key, head)
            return
        if found is None:
            if not owner.session.has_plan:
                self._broken(key, head)
            elif owner.session.has_page(key + "/index.html"):
                self._redirect(quote(unquote(url.path)) + "/")
            else:
                self._not_found(url.path, head, key)
            return
        data, version = found
        kind = content_type(key)
        if kind.startswith("text/html"):
            data = self._inject(data, key, f"v{version}")
        self._send(HTTPStatus.OK, data, kind, head)

    def _inject(self, data: bytes, key: str, state: str) -> bytes:
        owner = self.server.owner
        if not owner.livereload:
            return data
        return pages.inject(data, key, state, owner.token)

    def _home(self) -> tuple[str, str]:
        config = self.server.owner.session.project.config
        return config.title, base_path(config.base_url)

    def _not_found(self, path: str, head: bool, key: str = "") -> None:
        title, home = self._home()
        data = self._inject(pages.not_found(path, title, home), key, "missing")
        self._send(HTTPStatus.NOT_FOUND, data, "text/html; charset=utf-8", head)

    def _broken(self, key: str, head: bool) -> None:
        title, home = self._home()
        problems = self.server.owner.session.problems
        data = self._inject(pages.broken(title, home, problems), key, "error")
        self._send(HTTPStatus.SERVICE_UNAVAILABLE, data, "text/html; charset=utf-8", head)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.FOUND)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: HTTPStatus, data: bytes, kind: str, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def _stream(self, query: dict[str, list[str]]) -> None:
        owner = self.server.owner
        page = query.get("page", [""])[0]
        state = query.get("state", [""])[0]
        client = owner.hub.connect(page, state)
        try:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            self.wfile.write(b"retry: 1000\n\n")
            now = owner.state(page)
            if now != state or query.get("server", [""])[0] != owner.token:
                client.state = now
                owner.hub.send(client, "reload", {"anchors": []})
            problems = owner.session.problems
            if problems:
                owner.hub.send(client, "problems", problem_report(problems))
            self.wfile.flush()
            while not owner.hub.closed.is_set():
                try:
                    payload = client.messages.get(timeout=KEEPALIVE)
                except queue.Empty:
                    payload = b": keep-alive\n\n"
                if payload is None:
                    break
                self.wfile.write(payload)
                self.wfile.flush()
        except OSError:
            pass  # the browser went away
        finally:
            owner.hub.disconnect(client)
