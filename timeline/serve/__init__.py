"""``serve``: a live preview of the site that rebuilds what a change touches and reloads the
browser.

``serve`` blocks until Ctrl-C (or SIGTERM) and then stops cleanly. ``DevServer`` is the same
server as an object with ``start``/``stop`` (tests and benchmarks use it); ``Session`` is the
incremental build behind it, usable without any server.
"""

from __future__ import annotations

import signal
import threading
import webbrowser
from collections.abc import Callable, Iterable
from pathlib import Path
from types import FrameType

from timeline.config import Project
from timeline.errors import TimelineError
from timeline.serve.server import DevServer, base_path
from timeline.serve.session import Outcome, Session
from timeline.serve.watch import DEBOUNCE

__all__ = ["DevServer", "Outcome", "Session", "base_path", "serve"]

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve(project: Project, *, host: str = "127.0.0.1", port: int = 8000,
          open_browser: bool = False, poll: bool = False, livereload: bool = True,
          watch: Iterable[Path] = (), debounce: float = DEBOUNCE,
          echo: Callable[[str], None] = print) -> None:
    """Build the site in memory, serve it on ``host``:``port`` and rebuild on every change to
    the articles, the store, the templates, timeline.yaml or a ``watch`` path, until Ctrl-C."""
    if host not in LOOPBACK:
        echo(f"warning: serving on {host}: other machines can read this preview")
    session = Session(project, extra=watch)
    try:
        server = DevServer(session, host, port, livereload=livereload, poll=poll,
                           debounce=debounce, echo=echo, manage_gc=True)
    except OSError as exc:
        raise TimelineError(f"cannot listen on {host}:{port}: {exc.strerror or exc}"
                            + ("; try another --port" if port else "")) from None
    stop = threading.Event()
    previous = _on_sigterm(stop)
    try:
        echo("Building the site...")
        server.start()
        if server.watcher.polling:
            echo("Watching for changes by polling.")
        echo(f"Serving {project.config.title} at {server.url}  (Ctrl-C to stop)")
        if open_browser:
            threading.Thread(target=webbrowser.open, args=(server.url,), daemon=True).start()
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    echo("Stopped.")


def _on_sigterm(stop: threading.Event) -> signal.Handlers | Callable[..., object] | int | None:
    """Let SIGTERM stop the server as Ctrl-C does (only possible from the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(_signum: int, _frame: FrameType | None) -> None:
        stop.set()
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, handler)
