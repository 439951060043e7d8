"""How extraction scales with the length of a text that has no full stops.

    python benchmarks/bench_extract.py [--sizes 25000,100000,400000] [--repeat 3]

A copied table or transcript can be one "sentence" of hundreds of kilobytes. Extraction reads
such text in pieces (``timeline.extract.LONGEST_SENTENCE``), so its time should grow with the
length, not with its square. For each size the benchmark prints the seconds of
``find_mentions`` and of ``extract_events`` (the fastest of --repeat runs) and the time per
thousand characters; the last column, the ratio of each size's time per character to the
smallest size's, stays near 1 when the work is linear (a quadratic reading gives 4, then 16).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.config import Config
from timeline.dates import find_mentions
from timeline.extract import extract_events
from timeline.model import Article, Paragraph

PUBLISHED = datetime(2024, 3, 12, 9, 0, tzinfo=UTC)


def article(size: int) -> Article:
    """An article whose second paragraph is ``size`` characters with no full stop."""
    rows: list[str] = []
    length, i = 0, 0
    while length < size:
        row = f"the council met on {1 + i % 28} March and voted in {1900 + i % 90} while"
        rows.append(row)
        length += len(row) + 1
        i += 1
    lead = "The council published its minutes."
    body = " ".join(rows)[:size]
    return Article(path="minutes.txt", title="Minutes", dateline="March 12, 2024",
                   published=PUBLISHED,
                   paragraphs=(Paragraph(lead, 0, 3), Paragraph(body, len(lead) + 1, 4)))


def best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="25000,100000,400000")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print("| characters | mentions | dates s | events s | events | ms per 1k chars | ratio |")
    print("|---|---|---|---|---|---|---|")
    first: float | None = None
    for size in (int(s) for s in args.sizes.split(",")):
        story = article(size)
        mentions = find_mentions(story.text, story.published)
        dates = best(lambda s=story: find_mentions(s.text, s.published), args.repeat)
        events = best(lambda s=story, m=mentions: extract_events(s, m, Config()), args.repeat)
        count = len(extract_events(story, mentions, Config()))
        per_k = (dates + events) / size * 1000 * 1000
        first = first or per_k
        print(f"| {size:,} | {len(mentions):,} | {dates:.2f} | {events:.2f} | {count:,} | "
              f"{per_k:.2f} | {per_k / first:.2f} |")


if __name__ == "__main__":
    main()
