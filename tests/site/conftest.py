"""Fixtures of the site tests. Their helper modules (site_sample, site_links) sit beside this
file; pytest's importlib mode does not put test folders on sys.path, so this conftest does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from site_sample import ARTICLES, make_events

from timeline.config import Config, Project
from timeline.model import Article, Event
from timeline.render import render_site


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path, Config(title="Copper & Drought", description="Two stories.",
                                    base_url="https://example.github.io/tl/"))


@pytest.fixture
def events() -> list[Event]:
    return make_events()


@pytest.fixture
def articles() -> list[Article]:
    return list(ARTICLES)


@pytest.fixture
def site(project: Project, events: list[Event], articles: list[Article]) -> dict[str, bytes]:
    """The sample site, rendered."""
    return render_site(project, events, articles)
