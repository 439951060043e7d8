"""build(project, base_url=...): the site for another URL, the project's settings untouched."""

from __future__ import annotations

from pathlib import Path

from publish_helpers import timeline

from timeline.build import build
from timeline.config import load_project


def test_base_url_override_reaches_canonical_links_and_feed(tmp_path: Path) -> None:
    root = tmp_path / "harbour"
    assert timeline("init", str(root)).exit_code == 0
    config = root / "timeline.yaml"
    config.write_text(config.read_text(encoding="utf-8")
                      + "base_url: https://old.example.org/harbour/\n", encoding="utf-8")
    project = load_project(root)

    report = build(project, base_url="https://ana-ruiz.github.io/harbour/")
    assert report.ok
    index = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://ana-ruiz.github.io/harbour/">' in index
    feed = (root / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "https://ana-ruiz.github.io/harbour/feed.xml" in feed
    assert "old.example.org" not in index + feed
    assert project.config.base_url == "https://old.example.org/harbour/"

    build(project)
    index = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://old.example.org/harbour/">' in index
