"""Precision and recall of the cross-source merge on pairs of reports.

    python benchmarks/bench_merge.py [PAIRS.yaml]

Each pair in tests/store/fixtures/merge_pairs.yaml is two reports, from two articles, of one
happening (`same: true`) or of two. Both go through ``merge`` into an empty store; the pair
counts as merged when the store ends with one event holding both sources. Prints precision,
recall and F1 of "merged", and the pairs it got wrong.
"""

from __future__ import annotations

import sys
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


def report(path: str, day: Any, text: str, hours: int) -> Event:
    value = day.isoformat() if isinstance(day, date) else str(day)
    span = range_span(value, None)
    assert span is not None, value
    source = Source(path=path, title=f"Report {path}", quote=text, offset=0,
                    published=datetime(span[0].year, span[0].month, span[0].day, 12,
                                       tzinfo=UTC) + timedelta(hours=hours))
    event = Event(id="", value=value, first=span[0], last=span[1], precision=span[2],
                  title=title_of(text), summary=summary_of(text), sources=[source])
    event.id = base_id(event)
    return event


def merged(pair: dict[str, Any]) -> bool:
    store = Store()
    a = report("content/articles/a.txt", pair["a"]["date"], pair["a"]["text"], 0)
    b = report("content/articles/b.txt", pair["b"]["date"], pair["b"]["text"], 3)
    merge(store, {"content/articles/a.txt": [a], "content/articles/b.txt": [b]})
    return len(store) == 1


def score_pairs(path: Path = PAIRS) -> Score:
    pairs = yaml.safe_load(path.read_text(encoding="utf-8"))["pairs"]
    score = Score()
    for pair in pairs:
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


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else PAIRS
    score = score_pairs(path)
    total = score.tp + score.fp + score.fn + score.tn
    print(f"merge pairs: {total} ({score.tp + score.fn} same, {score.fp + score.tn} different)")
    print(f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}  "
          f"(tp {score.tp}, fp {score.fp}, fn {score.fn}, tn {score.tn})")
    for line in score.wrong:
        print(f"  {line}")


if __name__ == "__main__":
    main()
