"""Render 10,000 events with timeline's theme beside Hugo rendering the same events.

    python benchmarks/bench_site.py [--events 10000] [--repeat 5] [--keep DIR]

The events come from benchmarks/make_corpus.py run through the real chain (reader, date finder,
extractor) when all of it is installed; otherwise they are made here from the same vocabulary
(the report says which). Hugo (Debian's ``hugo``) gets the same events as one Markdown page
each, with a theme as simple as ours: the same page chrome, a page per event with its quoted
sources, list pages with summaries, tag pages, a feed. Both write their output to disk and are
timed until it is synced; wall times are the best of ``--repeat`` runs, taken alternately in one
process, so the ratio holds even on a noisy machine. Then both render again without writing
(``render_site``; ``hugo --renderToMemory``), which leaves the shared disk out. Ours also makes
year, source and search pages and the exports, which Hugo's does not. Prints the times, their
ratios (ours / Hugo: at most 1.0 is the target) and the largest page of each.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_corpus as corpus  # noqa: E402

from timeline.config import Config, Project  # noqa: E402
from timeline.model import Article, Event, Paragraph, Source  # noqa: E402
from timeline.render import render_site  # noqa: E402


def chain_events(folder: Path, articles: int) -> tuple[list[Event], list[Article]] | None:
    """Events from make_corpus clippings through the real reader, extractor and store merge,
    when they are installed (None otherwise)."""
    try:
        from timeline.articles import article_paths, read_articles
        from timeline.build import events_of, visible_events
        from timeline.store import Store, merge
    except ImportError:
        return None
    corpus.make_corpus(folder, articles)
    project = Project(folder, Config(title="Benchmark"))
    read = read_articles(project, article_paths(project))
    store = Store()
    merge(store, {a.path: events_of(project, a) for a in read.articles})
    return visible_events(store), read.articles


def synthetic(n: int, seed: int = 1) -> tuple[list[Event], list[Article]]:
    """n events reported by about n/4 articles, in make_corpus's words (deterministic)."""
    rng = random.Random(seed)
    events: list[Event] = []
    articles: list[Article] = []
    day = date(2019, 1, 1)
    while len(events) < n:
        day += timedelta(days=rng.randint(0, 1))
        city, zone, hours = rng.choice(corpus.CITIES)
        tz = timezone(timedelta(hours=hours), zone)
        published = datetime(day.year, day.month, day.day, rng.randint(6, 22),
                             rng.randint(0, 59), tzinfo=tz)
        topic, short, tag = rng.choice(corpus.TOPICS)
        name, role = f"{rng.choice(corpus.FIRST)} {rng.choice(corpus.LAST)}", \
            rng.choice(corpus.ROLES)
        sentences = []
        for _ in range(4):
            verb = rng.choice(corpus.VERBS_PAST)
            sentences.append(f"{role.capitalize()} {name} {verb} {topic} in {city.title()} on "
                             f"{corpus.WEEKDAYS[rng.randrange(7)]}, saying {short} would "
                             f"change how the region trades and travels.")
        paragraphs, at = [], 0
        for i, text in enumerate(sentences):
            paragraphs.append(Paragraph(text, at, i + 3))
            at += len(text) + 1
        path = f"content/articles/{day.isoformat()}-{len(articles):05d}.txt"
        article = Article(path, corpus._headline(rng), published.strftime("%H:%M ") + zone,
                          published, tuple(paragraphs), city, rng.choice(corpus.AGENCIES),
                          f"https://news.example.com/{len(articles)}",
                          rng.choice(corpus.OUTLETS), (tag,))
        articles.append(article)
        for i, text in enumerate(sentences):
            if len(events) >= n:
                break
            source = Source(path, article.title, published, article.url, text,
                            paragraphs[i].start, article.agency)
            if events and rng.random() < 0.2:  # the same happening reported again
                events[-rng.randint(1, min(40, len(events)))].sources.append(source)
                continue
            first = day - timedelta(days=rng.randint(0, 6))
            kind, value, last, precision, value_end = "event", first.isoformat(), first, \
                "day", None
            roll = rng.random()
            if roll < 0.03:
                start = rng.randint(1900, 2000)
                kind, value, value_end, precision = "period", str(start), \
                    str(start + rng.randint(3, 30)), "year"
                first, last = date(start, 1, 1), date(int(value_end), 12, 31)
            elif roll < 0.10:
                value, precision = f"{first.year}-{first.month:02d}", "month"
                first, last = first.replace(day=1), first.replace(day=28)
            events.append(Event(
                id=f"{first.isoformat()}-{len(events):05d}", value=value, first=first,
                last=last, precision=precision, title=f"{name} {rng.choice(corpus.VERBS_PAST)} "
                f"{short}", value_end=value_end, kind=kind,
                time=published.strftime("%H:%M:00%z")[:-2] + ":" + published.strftime("%z")[-2:]
                if precision == "day" and rng.random() < 0.3 else None,
                summary=text if rng.random() < 0.9 else f"{text} **{tag.capitalize()}** is at "
                f"stake, see [the brief](https://example.org/{tag}).",
                tags=[tag, rng.choice(corpus.TOPICS)[2]], sources=[source]))
    return events, articles


def ours(events: Sequence[Event], articles: Sequence[Article], out: Path) -> dict[str, bytes]:
    project = Project(out.parent, Config(title="Benchmark", base_url="https://example.org/"))
    started = time.perf_counter()
    files = render_site(project, events, articles)
    print(f"  (timeline render {time.perf_counter() - started:.2f} s, then writing)")
    for name, data in files.items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return files


#: Hugo's theme gives its pages what ours do: the same head, header, navigation, search form and
#: footer; an event page with date, summary, tags, quoted sources and previous/next; list pages
#: (home, events, tags; 500 events a page, as ours) with summary, source and tags; a feed of 50.
HUGO_THEME = Path(__file__).resolve().parent / "hugo_theme"


def hugo_site(events: Sequence[Event], folder: Path) -> None:
    """The events as Hugo content: one Markdown page each, front matter in JSON."""
    shutil.copytree(HUGO_THEME, folder)
    content = folder / "content" / "events"
    content.mkdir(parents=True)
    for e in events:
        front = {"title": e.title, "date": e.first.isoformat(), "tags": e.tags,
                 "sources": [{"title": s.title, "url": s.url, "quote": s.quote,
                              "agency": s.agency, "published": s.published.isoformat()}
                             for s in e.sources]}
        (content / f"{e.id}.md").write_text(json.dumps(front, ensure_ascii=False) + "\n\n"
                                            + e.summary + "\n", encoding="utf-8")


def hugo(folder: Path, out: Path | None) -> None:
    """Hugo's build of ``folder`` into ``out``, or in memory only when ``out`` is None."""
    where = ["-d", str(out)] if out is not None else ["--renderToMemory"]
    subprocess.run(["hugo", "--quiet", "-s", str(folder), *where], check=True)


def in_memory(events: Sequence[Event], articles: Sequence[Article], hugo_dir: Path,
              repeat: int) -> tuple[float, float]:
    """Best wall times of rendering without writing: render_site, hugo --renderToMemory."""
    project = Project(hugo_dir.parent, Config(title="Benchmark", base_url="https://example.org/"))
    ours_times, hugo_times = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        render_site(project, events, articles)
        ours_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        hugo(hugo_dir, None)
        hugo_times.append(time.perf_counter() - started)
    return min(ours_times), min(hugo_times)


def total(folder: Path) -> tuple[int, int]:
    sizes = [p.stat().st_size for p in folder.rglob("*") if p.is_file()]
    return len(sizes), sum(sizes)


def largest(folder: Path) -> tuple[int, str]:
    return max((p.stat().st_size, p.relative_to(folder).as_posix())
               for p in folder.rglob("*.html"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="leave both outputs in this folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-site-"))
    try:
        # make_corpus's stories give about 2.2 events per article once merged.
        made = chain_events(work / "corpus", max(1, round(args.events / 2.2)))
        origin = "make_corpus.py through the reader and extractor"
        if made is None or len(made[0]) < args.events // 2:
            made, origin = synthetic(args.events), "synthetic (the chain is not installed)"
        events, articles = made
        events = events[:args.events]
        print(f"events: {len(events)} from {origin}; articles: {len(articles)}")
        hugo_site(events, work / "hugo")
        if shutil.which("hugo") is None:
            sys.exit("hugo is not installed: apt-get install -y hugo")
        ours_times: list[float] = []
        hugo_times: list[float] = []
        files: dict[str, bytes] = {}

        def run_ours() -> None:
            nonlocal files
            shutil.rmtree(work / "ours", ignore_errors=True)
            os.sync()
            started = time.perf_counter()
            files = ours(events, articles, work / "ours")
            os.sync()
            ours_times.append(time.perf_counter() - started)

        def run_hugo() -> None:
            shutil.rmtree(work / "hugo-out", ignore_errors=True)
            os.sync()
            started = time.perf_counter()
            hugo(work / "hugo", work / "hugo-out")
            os.sync()
            hugo_times.append(time.perf_counter() - started)

        for run in range(args.repeat):
            order = (run_ours, run_hugo) if run % 2 == 0 else (run_hugo, run_ours)
            for step in order:
                step()
            print(f"run {run + 1}: timeline {ours_times[-1]:.2f} s, hugo {hugo_times[-1]:.2f} s")
        best_ours, best_hugo = min(ours_times), min(hugo_times)
        memory_ours, memory_hugo = in_memory(events, articles, work / "hugo", args.repeat)
        size, page = largest(work / "ours")
        hugo_size, hugo_page = largest(work / "hugo-out")
        print(f"timeline: {best_ours:.2f} s for {len(files)} files "
              f"({sum(map(len, files.values())) / 1e6:.1f} MB)")
        hugo_files, hugo_bytes = total(work / "hugo-out")
        print(f"hugo:     {best_hugo:.2f} s for {hugo_files} files ({hugo_bytes / 1e6:.1f} MB)")
        print(f"ratio timeline/hugo, written to disk: {best_ours / best_hugo:.2f} (target <= 1.0)")
        print(f"in memory (render_site; hugo --renderToMemory): timeline {memory_ours:.2f} s, "
              f"hugo {memory_hugo:.2f} s, ratio {memory_ours / memory_hugo:.2f}")
        print(f"largest page: {size / 1e3:.0f} kB {page} (hugo: {hugo_size / 1e3:.0f} kB "
              f"{hugo_page}); limit 1000 kB")
        if args.keep:
            shutil.rmtree(args.keep, ignore_errors=True)
            shutil.copytree(work, args.keep)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
