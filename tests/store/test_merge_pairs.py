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
