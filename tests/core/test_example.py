"""The repository's own example project builds the events the README tells of."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], dict[str, object]]:
    project = tmp_path_factory.mktemp("example")
    shutil.copy(ROOT / "timeline.yaml", project / "timeline.yaml")
    shutil.copytree(ROOT / "content" / "articles", project / "content" / "articles")
    runner = CliRunner()
    built = runner.invoke(cli, ["build", "-q", "-C", str(project)], catch_exceptions=False)
    assert built.exit_code == 0, built.output
    listed = runner.invoke(cli, ["events", "--json", "-C", str(project)])
    return {(str(e["start"]), str(e["title"])): e for e in json.loads(listed.output)}


@pytest.mark.parametrize(("start", "title"), [
    ("2024-03-13", "Extra ferries would cross the estuary"),
    ("1958-01-01", "Expansion of the port"),
    ("1961-01-01", "The bridge opened"),
    ("2024-03-11", "Inspectors first reported the cracks"),
])
def test_the_events_the_readme_tells_of(events: dict[tuple[str, str], dict[str, object]],
                                        start: str, title: str) -> None:
    assert (start, title) in events, sorted(events)


def test_the_copied_most_read_list_gives_no_event(
        events: dict[tuple[str, str], dict[str, object]]) -> None:
    titles = " / ".join(title for _start, title in events)
    for headline in ("Harbour Authority Names New Chief Executive", "Storm Warning Issued"):
        assert headline not in titles
