"""Precision and recall of the cross-source merge on pairs of reports, and on a synthetic corpus.

    python benchmarks/bench_merge.py [PAIRS.yaml] [--corpus N]

Each pair in tests/store/fixtures/merge_pairs.yaml is two reports, from two articles, of one
happening (`same: true`) or of two: a sentence and its date, and where the extractor takes the
event from a clause of the sentence, the title it gives and the article's headline. Both go
through ``merge`` into an empty store; the pair counts as merged when the store ends with one
event holding both sources. Prints precision,
recall and F1 of "merged" for all pairs and for each `group` of pairs, and the pairs it got
wrong.

With ``--corpus N``, also writes N articles with benchmarks/make_corpus.py, reads, extracts and
merges them all, and scores the merge on pairs of sentences: two sentences should share an
event when they come from the same story (same day and headline, told by two outlets) and the
same sentence template of make_corpus (the same happening); any other two should not. Prints
precision and recall over those pairs and examples of events that merged different happenings.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from timeline.extract.titles import summary_of, title_of
from timeline.model import Event, Source
from timeline.store import Store, merge
from timeline.store.ids import base_id
from timeline.timeml import range_span

PAIRS = Path(__file__).resolve().parent.parent / "tests/store/fixtures/merge_pairs.yaml"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def report(path: str, day: Any, text: str, hours: int, title: str | None = None,
           headline: str | None = None) -> Event:
    """The candidate event of one report: titled by its sentence, or by ``title`` when the
    extractor takes the event from a clause of it ("A strike began")."""
    value = day.isoformat() if isinstance(day, date) else str(day)
    span = range_span(value, None)
    assert span is not None, value
    source = Source(path=path, title=headline or f"Report {path}", quote=text, offset=0,
                    published=datetime(span[0].year, span[0].month, span[0].day, 12,
                                       tzinfo=UTC) + timedelta(hours=hours))
    event = Event(id="", value=value, first=span[0], last=span[1], precision=span[2],
                  title=title or title_of(text), summary=summary_of(text), sources=[source])
    event.id = base_id(event)
    return event


def _report(path: str, side: dict[str, Any], hours: int) -> Event:
    return report(path, side["date"], side["text"], hours, side.get("title"),
                  side.get("headline"))


def merged(pair: dict[str, Any]) -> bool:
    store = Store()
    a = _report("content/articles/a.txt", pair["a"], 0)
    b = _report("content/articles/b.txt", pair["b"], 3)
    merge(store, {"content/articles/a.txt": [a], "content/articles/b.txt": [b]})
    return len(store) == 1


def load_pairs(path: Path = PAIRS) -> list[dict[str, Any]]:
    pairs: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))["pairs"]
    return pairs


def score_pairs(path: Path = PAIRS, group: str | None = None) -> Score:
    """The merge scored on the fixture's pairs (those of ``group`` only, when given)."""
    score = Score()
    for pair in load_pairs(path):
        if group is not None and pair.get("group", "first") != group:
            continue
        got, want = merged(pair), bool(pair["same"])
        if got and want:
            score.tp += 1
        elif got:
            score.fp += 1
            score.wrong.append(f"merged, but different: {pair['note']}")
        elif want:
            score.fn += 1
            score.wrong.append(f"kept apart, but the same: {pair['note']}")
        else:
            score.tn += 1
    return score


def _line(name: str, score: Score) -> str:
    total = score.tp + score.fp + score.fn + score.tn
    return (f"{name}: {total} pairs ({score.tp + score.fn} same, {score.fp + score.tn} "
            f"different): precision {score.precision:.3f}  recall {score.recall:.3f}  "
            f"F1 {score.f1:.3f}  (tp {score.tp}, fp {score.fp}, fn {score.fn}, tn {score.tn})")


# --- the synthetic corpus ------------------------------------------------------------------

#: make_corpus's sentence templates, told apart by words only they have
TEMPLATES = (
    ("lead", re.compile(r", \w+ said on \w+day, after talks with ")),
    ("plan follows", re.compile(r"^The plan follows ")),
    ("ready within weeks", re.compile(r"could be ready")),
    ("meet next week", re.compile(r"^Officials will meet again next week")),
    ("final decision", re.compile(r"^A final decision on ")),
    ("delayed", re.compile(r"had been delayed three weeks ago")),
)


def _template(quote: str) -> str:
    return next((name for name, pattern in TEMPLATES if pattern.search(quote)), quote)


def score_corpus(articles: int) -> tuple[Score, list[str], Counter[str]]:
    """Merge a make_corpus project's candidates; score it on pairs of sentences."""
    from timeline.articles import read_articles
    from timeline.build import events_of
    from timeline.config import load_project

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "corpus"
        subprocess.run([sys.executable, str(Path(__file__).parent / "make_corpus.py"), str(root),
                        "--articles", str(articles)], check=True, stdout=subprocess.DEVNULL)
        project = load_project(root)
        read = read_articles(project)
        story = {a.path: (a.published.date(), a.title) for a in read.articles}
        extracted = {a.path: events_of(project, a) for a in read.articles}
    store = Store()
    merge(store, extracted)
    placed: dict[tuple[str, str, int | None], str] = {}  # (path, quote, offset) -> event id
    for event in store.events():
        for s in event.sources:
            placed[(s.path, s.quote, s.offset)] = event.id
    keys = {}  # sentence -> (story, template, kind)
    for path, found in extracted.items():
        for c in found:
            s = c.sources[0]
            # a period is one span of history whoever mentions it: "the 1913-1927 civil war"
            truth = ((c.value, c.value_end, c.title), "period", c.kind) if c.kind == "period" \
                else (story[path], _template(s.quote), c.kind)
            keys[(s.path, s.quote, s.offset)] = truth
    score = Score()
    by_truth: dict[object, list[tuple[str, str, int | None]]] = {}
    for sentence, truth in keys.items():
        by_truth.setdefault(truth, []).append(sentence)
    for group in by_truth.values():  # pairs that should share an event
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a[0] == b[0]:
                    continue  # one article: never merged with itself
                if placed.get(a) == placed.get(b):
                    score.tp += 1
                else:
                    score.fn += 1
    wrong: list[str] = []
    kinds: Counter[str] = Counter()
    for event in store.events():
        truths = {keys[(s.path, s.quote, s.offset)] for s in event.sources}
        sources = [(s.path, s.quote, s.offset) for s in event.sources]
        for i, a in enumerate(sources):
            for b in sources[i + 1:]:
                if keys[a] != keys[b]:
                    score.fp += 1
        if len(truths) > 1:
            kinds[" + ".join(sorted({t[1] for t in truths}))] += 1
            shape = _template(event.sources[0].quote)
            if sum(1 for w in wrong if w.startswith(shape)) < 2:  # two examples of each
                wrong.append(f"{shape}: {event.id}: " + " | ".join(
                    f"{s.path.rsplit('/', 1)[-1]}: {s.quote[:70]}" for s in event.sources))
    return score, wrong, kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="?", type=Path, default=PAIRS)
    parser.add_argument("--corpus", type=int, metavar="N",
                        help="also score the merge on N make_corpus articles")
    args = parser.parse_args()
    score = score_pairs(args.pairs)
    print(_line("merge pairs, all", score))
    for group in sorted({p.get("group", "first") for p in load_pairs(args.pairs)}):
        print(_line(f"  {group}", score_pairs(args.pairs, group)))
    for line in score.wrong:
        print(f"  {line}")
    if args.corpus:
        corpus, wrong, kinds = score_corpus(args.corpus)
        over = sum(kinds.values())
        print(f"make_corpus, {args.corpus} articles, pairs of sentences from two articles: "
              f"precision {corpus.precision:.3f}  recall {corpus.recall:.3f}  "
              f"(tp {corpus.tp}, fp {corpus.fp}, fn {corpus.fn}); {over} event(s) merge "
              "different happenings")
        for kind, count in kinds.most_common(5):
            print(f"  {count} x {kind}")
        for line in wrong:
            print(f"  e.g. {line}")


if __name__ == "__main__":
    main()
