"""The event store at 10,000 events: cold load, warm load, and merging one changed article.

    python benchmarks/bench_store.py [--articles 2500] [--days D] [--keep DIR]

Writes a synthetic project with benchmarks/make_corpus.py (2,500 articles make about 10,000
events; with ``--days``, stories spread over that many days instead of ten years: a story
followed closely, hundreds of events a day), reads and extracts every article once, builds the
store, then times:

* cold load: ``load_store`` with ``.timeline-cache/`` deleted (every shard parsed as YAML);
* warm load: ``load_store`` again (unchanged shards come from the cache);
* one changed article: a sentence of one article edited, that article read and extracted again,
  then load (warm), ``merge`` of every article's candidates and ``save_store``, as a build does;
* cold load again after a comment is written above the first event of every tenth file (those
  files take the slower path that finds comments and what they annotate).

Each figure is the best of three runs; compare them with each other, not across machines.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from timeline.articles import read_article, read_articles
from timeline.build import events_of
from timeline.config import load_project
from timeline.dates import DateSettings
from timeline.model import Event
from timeline.store import load_store, merge, save_store, store_lock
from timeline.store.cache import FILE as CACHE_FILE

HERE = Path(__file__).resolve().parent
T = TypeVar("T")


def best_of(runs: int, setup: Callable[[], None], work: Callable[[], T]) -> tuple[float, T]:
    best, result = float("inf"), None
    for _ in range(runs):
        setup()
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    assert result is not None
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2500)
    parser.add_argument("--days", type=int, default=365 * 10,
                        help="days the stories are spread over (default ten years)")
    parser.add_argument("--keep", type=Path, help="build the project here and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-store-")) / "corpus"
    if root.exists():
        shutil.rmtree(root)
    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(root),
                    "--articles", str(args.articles), "--days", str(args.days)], check=True,
                   stdout=subprocess.DEVNULL)
    project = load_project(root)

    started = time.perf_counter()
    read = read_articles(project)
    extracted: dict[str, list[Event]] = {a.path: events_of(project, a) for a in read.articles}
    extract_time = time.perf_counter() - started
    candidates = sum(len(v) for v in extracted.values())

    with store_lock(project):
        started = time.perf_counter()
        store = load_store(project)
        merge(store, extracted)
        merged_at = time.perf_counter()
        save_store(project, store)
        saved_at = time.perf_counter()
    events = len(store)
    shards = list(project.events_dir.rglob("*.yaml"))
    size = sum(p.stat().st_size for p in shards)

    def drop_cache() -> None:
        (project.cache_dir / CACHE_FILE).unlink(missing_ok=True)

    cold, _ = best_of(3, drop_cache, lambda: load_store(project))
    load_store(project)  # leaves the cache warm
    warm, _ = best_of(3, lambda: None, lambda: load_store(project))

    # one article changes, back and forth: a word in its last sentence
    article = read.articles[len(read.articles) // 2]
    path = root / article.path
    versions = [path.read_text(encoding="utf-8")]
    last = article.paragraphs[-1].text
    versions.append(versions[0].replace(last, last.replace(" the ", " the whole ", 1)))
    settings = DateSettings.from_config(project.config)

    timings: dict[str, float] = {}
    written: list[Path] = []
    changed_ids: list[str] = []
    for run in range(4):
        path.write_text(versions[(run + 1) % 2], encoding="utf-8")
        changed, _warnings = read_article(path, article.path, settings)
        extracted[article.path] = events_of(project, changed)
        with store_lock(project):
            t0 = time.perf_counter()
            store = load_store(project)
            t1 = time.perf_counter()
            report = merge(store, extracted)
            t2 = time.perf_counter()
            written = save_store(project, store)
            t3 = time.perf_counter()
        changed_ids = report.changed
        for name, value in (("load", t1 - t0), ("merge", t2 - t1), ("save", t3 - t2),
                            ("total", t3 - t0)):
            timings[name] = min(timings.get(name, value), value)

    for path in sorted(shards)[::10]:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\n- id:", "\n# checked by the desk\n- id:", 1),
                        encoding="utf-8")
    commented, _ = best_of(3, drop_cache, lambda: load_store(project))
    cache_size = (project.cache_dir / CACHE_FILE).stat().st_size

    print(f"corpus: {len(read.articles)} articles, {candidates} candidate events, extracted in "
          f"{extract_time:.1f} s")
    print(f"store: {events} events in {len(shards)} files, {size / 1e6:.1f} MB; first build: "
          f"merge {merged_at - started:.2f} s, save {saved_at - merged_at:.2f} s")
    print(f"cold load (no cache): {cold:.3f} s  ({cold / events * 1e3:.3f} ms per event)")
    print(f"warm load (cache):    {warm:.3f} s  ({warm / events * 1e3:.3f} ms per event), "
          f"{cold / warm:.1f}x faster than cold")
    print(f"one changed article:  load {timings['load']:.3f} s + merge {timings['merge']:.3f} s "
          f"+ save {timings['save']:.3f} s = {timings['total']:.3f} s; "
          f"{len(changed_ids)} event(s) changed, {len(written)} file(s) written "
          f"({sum(p.stat().st_size for p in written if p.exists()) / 1e3:.1f} kB)")
    print(f"cold load, a comment in every tenth file: {commented:.3f} s "
          f"({commented / cold:.2f}x the comment-free cold load); cache file "
          f"{cache_size / 1e6:.1f} MB")
    if args.keep is None:
        shutil.rmtree(root.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
