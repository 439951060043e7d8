"""Fixtures for store tests; also makes store_helpers importable (importlib import mode)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from store_helpers import new_project

from timeline.config import Project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return new_project(tmp_path / "project")
