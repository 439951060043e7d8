"""Fixtures of the serve tests: the Lake Varna project, a session on it, a running server."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from serve_helpers import make_project

from timeline.config import Project
from timeline.serve import DevServer, Session


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return make_project(tmp_path / "varna")


@pytest.fixture
def session(project: Project) -> Session:
    session = Session(project)
    outcome = session.start()
    assert outcome.ok, outcome.problems
    return session


@pytest.fixture
def server(project: Project) -> Iterator[DevServer]:
    with DevServer(Session(project), "127.0.0.1", 0, debounce=0.02) as running:
        yield running
