"""timeline.yaml: every problem reported at once, each with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.config import load_project
from timeline.errors import ConfigError


def test_defaults_when_settings_are_absent(tmp_path: Path) -> None:
    (tmp_path / "timeline.yaml").write_text("title: Floods\n")
    project = load_project(tmp_path)
    assert project.config.title == "Floods"
    assert project.config.timezone == "UTC"
    assert project.articles_dir == tmp_path.resolve() / "content" / "articles"


def test_all_problems_are_reported_with_lines(tmp_path: Path) -> None:
    (tmp_path / "timeline.yaml").write_text(
        "title: Floods\n"
        "timezone: Mars/Olympus\n"
        "colour: blue\n"
        "date_order: XYZ\n"
        "base_url: example.org\n"
    )
    with pytest.raises(ConfigError) as caught:
        load_project(tmp_path)
    lines = {(p.line, p.message.split(":")[0]) for p in caught.value.problems}
    assert lines == {(2, "timezone"), (3, "colour"), (4, "date_order"), (5, "base_url")}
    assert "timeline.yaml:2: timezone: unknown time zone 'Mars/Olympus'" in str(caught.value)


def test_yaml_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "timeline.yaml").write_text("title: Floods\ntimezone: [UTC\n")
    with pytest.raises(ConfigError) as caught:
        load_project(tmp_path)
    (problem,) = caught.value.problems
    assert problem.path == "timeline.yaml"
    assert problem.line == 3


def test_missing_config_says_how_to_start(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="timeline init"):
        load_project(tmp_path)


def test_base_url_gets_a_trailing_slash(tmp_path: Path) -> None:
    (tmp_path / "timeline.yaml").write_text("base_url: https://user.github.io/repo\n")
    assert load_project(tmp_path).config.base_url == "https://user.github.io/repo/"
