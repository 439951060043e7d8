"""Edit-to-reload latency of ``timeline serve`` on a large synthetic project.

    python benchmarks/bench_serve.py [--articles 2500] [--edits 15] [--dir DIR]

Writes a project with benchmarks/make_corpus.py (2,500 articles make about 10,000 events; with
--dir an existing one is reused), starts ``timeline serve`` on it in a process of its own, and
then edits articles one at a time. For each edit a Server-Sent Events client is listening as a
browser showing that article's source page would; the figure is the time from writing the
changed file to the ``reload`` message arriving, and then to the page's new bytes arriving.
Edits alternate between rewording a sentence (its event is updated) and adding a dated sentence
(a new event: the event count in every page's footer changes). Prints the median and the
spread, and the server's own rebuild times from its log.
"""

from __future__ import annotations

import argparse
import http.client
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import make_corpus

TARGET = 0.5  # seconds, median edit-to-reload
_STATE = re.compile(rb'data-state="([^"]*)" data-server="([^"]*)"')
_SERVING = re.compile(r"at http://127\.0\.0\.1:(\d+)(/\S*)")
_REBUILT = re.compile(r"^rebuilt: .*\(([\d.]+) s, ([\d.]+) s CPU\)$")


class Stream:
    """One Server-Sent Events connection, read in a thread; remembers when `reload` came."""

    def __init__(self, port: int, page: str, state: str, server: str) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.conn.request("GET", f"/__timeline__/events?page={page}&state={state}&server={server}")
        self.response = self.conn.getresponse()
        self.ready = threading.Event()
        self.reloaded = threading.Event()
        self.at = 0.0
        threading.Thread(target=self._read, daemon=True).start()
        if not self.ready.wait(10):
            raise RuntimeError("the event stream did not open")

    def _read(self) -> None:
        try:
            while True:
                line = self.response.fp.readline()
                if not line:
                    return
                self.ready.set()
                if line.startswith(b"event: reload"):
                    self.at = time.perf_counter()
                    self.reloaded.set()
                    return
        except OSError:
            return

    def close(self) -> None:
        self.conn.close()


def fetch(port: int, path: str) -> bytes:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", path)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    if response.status != 200:
        raise RuntimeError(f"GET {path}: {response.status}")
    return data


def edit(path: Path, n: int) -> None:
    text = path.read_text(encoding="utf-8")
    if n % 2:  # a new dated sentence: a new event
        text = text.rstrip("\n") + (f"\nThe ministry said on Tuesday it would publish figure "
                                    f"set {n} for the region.\n")
    else:  # reword the first sentence that says something happened
        text = re.sub(r"\b(said|told|announced)\b", r"\1 again", text, count=1)
    path.write_text(text, encoding="utf-8")


def start_server(project: Path) -> tuple[subprocess.Popen[str], int, str, list[str]]:
    log: list[str] = []
    process = subprocess.Popen(
        [sys.executable, "-m", "timeline", "serve", "-C", str(project), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    assert process.stdout is not None
    started = time.perf_counter()
    for line in process.stdout:
        log.append(line.rstrip("\n"))
        found = _SERVING.search(line)
        if found:
            print(f"server ready in {time.perf_counter() - started:.1f} s: {log[-2]}")
            threading.Thread(target=_drain, args=(process, log), daemon=True).start()
            return process, int(found.group(1)), found.group(2), log
    raise RuntimeError("the server did not start:\n" + "\n".join(log))


def _drain(process: subprocess.Popen[str], log: list[str]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        log.append(line.rstrip("\n"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2500)
    parser.add_argument("--edits", type=int, default=15)
    parser.add_argument("--dir", type=Path, help="project folder to create or reuse")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the server's log")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-serve-") as scratch:
        project = args.dir or Path(scratch) / "project"
        articles = sorted((project / "content" / "articles").rglob("*.*"))
        if not articles:
            articles = sorted(make_corpus(project, args.articles))
        print(f"project: {project} ({len(articles)} articles)")
        process, port, base, log = start_server(project)
        try:
            reload_times, page_times = run_edits(port, base, articles, args.edits)
        finally:
            process.terminate()
            process.wait(timeout=30)
        report(reload_times, page_times, log, args.verbose)


def run_edits(port: int, base: str, articles: list[Path], edits: int
              ) -> tuple[list[float], list[float]]:
    reload_times: list[float] = []
    page_times: list[float] = []
    step = max(1, len(articles) // edits)
    for n, path in enumerate(articles[::step][:edits]):
        page = f"sources/{path.stem.lower()}/index.html"
        found = _STATE.search(fetch(port, base + page))
        assert found is not None, "the page has no live-reload script"
        stream = Stream(port, page, found.group(1).decode(), found.group(2).decode())
        time.sleep(0.3)  # let the server settle, as a person would between saves
        written = time.perf_counter()
        edit(path, n)
        if not stream.reloaded.wait(30):
            raise RuntimeError(f"no reload after editing {path.name}")
        fetch(port, base + page)
        fetched = time.perf_counter()
        stream.close()
        reload_times.append(stream.at - written)
        page_times.append(fetched - written)
        kind = "new event" if n % 2 else "reworded"
        print(f"  edit {n + 1:2d} {path.name:<24} {kind:<9} reload {reload_times[-1]:.3f} s, "
              f"page {page_times[-1]:.3f} s")
    return reload_times, page_times


def report(reload_times: list[float], page_times: list[float], log: list[str],
           verbose: bool = False) -> None:
    found = [m for line in log if (m := _REBUILT.match(line))][1:]
    rebuilds = [float(m.group(1)) for m in found]
    cpu = [float(m.group(2)) for m in found]
    first = next((line for line in log if line.startswith("rebuilt: ")), "")
    print(f"\nsite: {first.removeprefix('rebuilt: ')}")
    if verbose:
        print("server log:", *log, sep="\n  ")
    for name, times in (("edit -> reload message", reload_times),
                        ("edit -> changed page received", page_times),
                        ("server rebuild (its log)", rebuilds),
                        ("  of which CPU time", cpu)):
        if times:
            print(f"{name:<32} median {statistics.median(times):.3f} s  "
                  f"min {min(times):.3f}  max {max(times):.3f}  (n={len(times)})")
    median = statistics.median(reload_times)
    verdict = "meets" if median < TARGET else "MISSES"
    print(f"median edit-to-reload {median:.3f} s {verdict} the {TARGET} s target")


if __name__ == "__main__":
    main()
