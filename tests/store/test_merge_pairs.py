"""Cross-source merge on the pair fixtures: the same happening in two articles is one event,
different happenings on the same day stay apart (benchmarks/bench_merge.py prints the figures)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import yaml

ROOT = Path(__file__).resolve().parents[2]


def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_merge", ROOT / "benchmarks" /
                                                  "bench_merge.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_merge"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_fixture_has_enough_pairs_of_both_kinds() -> None:
    pairs = yaml.safe_load((ROOT / "tests/store/fixtures/merge_pairs.yaml").read_text("utf-8"))
    same = [p for p in pairs["pairs"] if p["same"]]
    assert len(pairs["pairs"]) >= 30
    assert len(same) >= 15 and len(pairs["pairs"]) - len(same) >= 15
    assert len({p["note"] for p in pairs["pairs"]}) == len(pairs["pairs"])


def test_merge_precision_and_recall_on_the_pairs() -> None:
    score = bench().score_pairs()
    assert score.precision >= 0.95, score.wrong
    assert score.recall >= 0.85, score.wrong


def test_the_harder_pairs_cover_what_fools_a_merge() -> None:
    pairs = [p for p in bench().load_pairs() if p.get("group") == "harder"]
    notes = " / ".join(p["note"] for p in pairs)
    assert len(pairs) >= 15
    for kind in ("next day", "same day", "week", "month"):
        assert kind in notes, kind
    score = bench().score_pairs(group="harder")
    assert score.precision >= 0.85 and score.recall >= 0.8, score.wrong


def test_the_same_people_a_day_later_are_another_happening_unless_all_else_agrees() -> None:
    merged = bench().merged
    assert not merged({"a": {"date": "2023-05-03", "text": "Nadia Kovac won her quarter-final "
                                                           "at the Madrid Open on Wednesday."},
                       "b": {"date": "2023-05-04", "text": "Nadia Kovac won her semi-final at "
                                                           "the Madrid Open on Thursday."}})
    assert merged({"a": {"date": "2023-05-03", "text": "Nadia Kovac beat Ana Ruiz in the Madrid "
                                                       "Open quarter-final on Wednesday."},
                   "b": {"date": "2023-05-04", "text": "Nadia Kovac beat Ana Ruiz in the "
                                                       "quarter-final of the Madrid Open."}})
