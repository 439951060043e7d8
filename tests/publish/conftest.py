"""Fixtures of the publish tests: a committed project and, per test, a copy with a bare remote.

Helper functions live in publish_helpers beside this file; pytest's importlib mode does not
put test folders on sys.path, so this conftest does.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from publish_helpers import GIT_ENV, commit_all, fresh_copy, git, timeline


@pytest.fixture(scope="session", autouse=True)
def git_environment() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        for name, value in GIT_ENV.items():
            patch.setenv(name, value)
        for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
            patch.delenv(name, raising=False)
        yield


@pytest.fixture(scope="module")
def committed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project made by `timeline init`, built once, committed to a git repository."""
    root = tmp_path_factory.mktemp("publish") / "harbour"
    assert timeline("init", str(root), "--title", "Harbour Watch").exit_code == 0
    assert timeline("build", "-q", "-C", str(root)).exit_code == 0
    git(root, "init", "-q", "-b", "main")
    commit_all(root, "The Harbour Watch timeline")
    return root


@pytest.fixture
def copy(committed: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A fresh copy of the committed project and its origin, an empty bare repository."""
    return fresh_copy(committed, tmp_path)


@pytest.fixture
def project(copy: tuple[Path, Path]) -> Path:
    return copy[0]


@pytest.fixture
def remote(copy: tuple[Path, Path]) -> Path:
    return copy[1]
