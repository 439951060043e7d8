"""The example article the user gave (kept outside this repository, in ../shared/seeds/).

These run where that folder is present (the team's machines); elsewhere they skip and
test_end_to_end.py covers the same shape with a clipping written for this repository.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seed articles at {SEEDS}")


@pytest.fixture(scope="module")
def seed_events(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:  # type: ignore[type-arg]
    root = tmp_path_factory.mktemp("seed") / "demo"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(root)]).exit_code == 0
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, root / "content" / "articles")
    result = runner.invoke(cli, ["build", "-C", str(root)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["events", "--json", "-C", str(root)])
    names = {seed.name for seed in SEEDS.glob("*.txt")}
    events = [e for e in json.loads(result.output)
              if any(s["path"].rsplit("/", 1)[-1] in names for s in e["sources"])]
    return root, events


def test_acceptance(seed_events: tuple[Path, list[dict]]) -> None:  # type: ignore[type-arg]
    root, events = seed_events
    days = [e["start"] for e in events]
    assert days.count("2022-05-10") >= 2
    assert any("Emanuel" in e["summary"] for e in events if e["start"] == "2022-05-09")
    (period,) = [e for e in events if e["start"] == "1910-01-01" and e["end"] == "1945-12-31"]
    assert (period["kind"], period["title"]) == ("period", "Japan’s occupation")
    blob = json.dumps(events)
    for sidebar in ("Nishikigoi", "Palau", "Kamala", "Zero Day", "Anime", "G20", "Typhoon"):
        assert sidebar not in blob
    for event in events:
        assert all(s["published"] == "2022-05-10T17:48:00+09:00" for s in event["sources"])
    index = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert '<time datetime="2022-05-10' in index and '<time datetime="2022-05-09' in index
