"""``timeline serve`` as a user runs it: a process that serves, and stops cleanly on Ctrl-C."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from serve_helpers import get, start_serve, wait_serving

from timeline.config import Project

_SERVING = re.compile(r"http://127\.0\.0\.1:(\d+)/varna/")


def _start(project: Project, *args: str) -> subprocess.Popen[str]:
    return start_serve(project, *args)


def _wait_serving(process: subprocess.Popen[str]) -> tuple[int, list[str]]:
    url, lines = wait_serving(process)
    found = _SERVING.fullmatch(url)
    assert found, url
    assert lines[-1] == f"Serving Lake Varna at {url}  (Ctrl-C to stop)\n"
    return int(found.group(1)), lines


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_serves_then_stops_cleanly(project: Project, stop: signal.Signals) -> None:
    process = _start(project, "--port", "0")
    try:
        port, lines = _wait_serving(process)
        assert lines[0] == "Building the site...\n"
        assert re.match(r"rebuilt: 3 article\(s\), \d+ event\(s\), \d+ page\(s\) \(", lines[1])
        status, _, body = get(port, "/varna/")
        assert status == 200 and b"Lake Varna water treaty signed" in body
        process.send_signal(stop)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0
    assert out.endswith("Stopped.\n")
    assert "Traceback" not in err and "Traceback" not in out
    assert not (project.root / "site").exists()  # the preview never touches site/


def test_a_port_in_use_is_one_clear_line(project: Project) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = _start(project, "--port", str(port))
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 1
    assert err.strip() == (f"Error: cannot listen on 127.0.0.1:{port}: Address already in use; "
                           "try another --port")
    assert "Traceback" not in err


def test_a_project_that_cannot_load_is_one_clear_message(tmp_path: Path) -> None:
    (tmp_path / "timeline.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    process = subprocess.run(
        [sys.executable, "-m", "timeline", "serve", "-C", str(tmp_path), "--port", "0"],
        capture_output=True, text=True, timeout=30)
    assert process.returncode == 1
    assert process.stderr.startswith("Error: timeline.yaml is not valid YAML")
    assert "timeline.yaml:" in process.stderr and "Traceback" not in process.stderr
