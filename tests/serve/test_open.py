"""``timeline serve --open``: the browser is started on the live server's home page.

``webbrowser`` starts the command named by $BROWSER with the URL; here that command is a small
script that writes down the URL it was given and fetches it over loopback, as a browser would.
"""

from __future__ import annotations

import json
import re
import socket
import sys
from pathlib import Path

import pytest
from serve_helpers import start_serve, stop_serve, wait_for, wait_serving

from timeline.config import Project, load_project
from timeline.serve.server import local_url

_BROWSER = '''#!{python}
import json, os, sys, urllib.request
url = sys.argv[1]
with open({out!r} + ".url", "w") as seen:
    seen.write(url)
opener = urllib.request.build_opener(urllib.request.ProxyHandler({{}}))  # loopback, no proxy
try:
    with opener.open(url, timeout=60) as page:
        got = {{"url": url, "status": page.status, "final": page.geturl(),
               "body": page.read().decode("utf-8")}}
except Exception as exc:
    got = {{"url": url, "status": repr(exc), "final": "", "body": ""}}
with open({out!r} + ".tmp", "w") as done:
    json.dump(got, done)
os.replace({out!r} + ".tmp", {out!r})
'''


def _browser(folder: Path) -> tuple[Path, Path]:
    """A browser command for $BROWSER and the file it writes what it saw into."""
    out = folder / "browser-saw.json"
    script = folder / "record-browser"
    script.write_text(_BROWSER.format(python=sys.executable, out=str(out)), encoding="utf-8")
    script.chmod(0o755)
    return script, out


def _ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


# (base_url in timeline.yaml, --host, the URL's start and path, note)
CASES = [
    ("https://example.org/varna/", "127.0.0.1", "http://127.0.0.1:", "/varna/", "a subpath"),
    ("https://example.org/news/varna", "127.0.0.1", "http://127.0.0.1:", "/news/varna/",
     "a deeper subpath without its final slash"),
    ("", "127.0.0.1", "http://127.0.0.1:", "/", "no base_url"),
    ("https://varna.example.org/", "localhost", "http://127.0.0.1:", "/",
     "the root of a domain, host by name"),
    ("https://example.org/varna/", "::1", "http://[::1]:", "/varna/", "IPv6 loopback"),
]
assert len({row[-1] for row in CASES}) == len(CASES), "duplicate rows"


@pytest.mark.parametrize(("base_url", "host", "start", "path", "note"), CASES,
                         ids=[row[-1] for row in CASES])
def test_open_starts_the_browser_on_the_live_home_page(
        project: Project, tmp_path: Path, base_url: str, host: str, start: str, path: str,
        note: str) -> None:
    if host == "::1" and not _ipv6_loopback():
        pytest.skip("no IPv6 loopback here")
    config = project.root / "timeline.yaml"
    text = re.sub(r"(?m)^base_url: .*\n", "", config.read_text(encoding="utf-8"))
    config.write_text(text + (f"base_url: {base_url}\n" if base_url else ""), encoding="utf-8")
    title = load_project(project.root).config.title
    browser, saw = _browser(tmp_path)
    process = start_serve(project, "--open", "--host", host, "--port", "0",
                          env={"BROWSER": str(browser)})
    try:
        url, _lines = wait_serving(process)
        wait_for(saw.exists, timeout=60, what="the browser to load the page")
    finally:
        out, err = stop_serve(process)
    port = re.fullmatch(re.escape(start) + r"(\d+)" + re.escape(path), url)
    assert port, f"serve printed {url!r}"
    assert int(port.group(1)) != 0  # the port the system chose, not the 0 asked for
    got = json.loads(saw.read_text(encoding="utf-8"))
    assert got["url"] == url  # the browser was given the URL serve printed ...
    assert (got["status"], got["final"]) == (200, url)  # ... which is the page, no redirect
    assert f"<title>{title}</title>" in got["body"]  # the home page
    assert "Lake Varna water treaty signed" in got["body"]
    assert 'data-state="v' in got["body"]  # with the live-reload script: the live server
    assert process.returncode == 0 and out.endswith("Stopped.\n"), out + err
    assert "Traceback" not in err


# (host serve listens on, what a browser on this machine is sent to, note)
WILDCARDS = [
    ("0.0.0.0", "http://127.0.0.1:8000/varna/", "every IPv4 address: through loopback"),
    ("::", "http://[::1]:8000/varna/", "every IPv6 address: through loopback"),
    ("192.0.2.7", "http://192.0.2.7:8000/varna/", "one address: that one"),
    ("fe80::1", "http://[fe80::1]:8000/varna/", "an IPv6 address, in brackets"),
]
assert len({row[-1] for row in WILDCARDS}) == len(WILDCARDS), "duplicate rows"


@pytest.mark.parametrize(("host", "url", "note"), WILDCARDS, ids=[row[-1] for row in WILDCARDS])
def test_local_url(host: str, url: str, note: str) -> None:
    assert local_url(host, 8000, "https://example.org/varna/") == url
