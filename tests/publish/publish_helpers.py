"""Helpers of the publish tests: run git and the timeline command in a test's folders."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from click.testing import CliRunner, Result

from timeline.cli import cli

#: The environment every git of these tests runs in: no user or system configuration.
GIT_ENV = {
    "GIT_CONFIG_GLOBAL": "/dev/null",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "Tess Ferreira",
    "GIT_AUTHOR_EMAIL": "tess@example.org",
    "GIT_COMMITTER_NAME": "Tess Ferreira",
    "GIT_COMMITTER_EMAIL": "tess@example.org",
    "GIT_TERMINAL_PROMPT": "0",
}


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"git {' '.join(args)}: {done.stderr}"
    return done.stdout


def commit_all(root: Path, message: str) -> str:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)
    return git(root, "rev-parse", "HEAD").strip()


def timeline(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def branch_log(remote: Path, branch: str = "gh-pages") -> list[str]:
    """The subjects of the branch's commits in the remote, newest first ([] when none)."""
    done = subprocess.run(["git", "--git-dir", str(remote), "log", "--format=%s", branch, "--"],
                          capture_output=True, text=True, check=False)
    return done.stdout.splitlines() if done.returncode == 0 else []


def clone_branch(remote: Path, into: Path, branch: str = "gh-pages") -> Path:
    git(into.parent, "clone", "-q", "--branch", branch, "--single-branch", str(remote),
        str(into))
    return into


def fresh_copy(committed: Path, where: Path) -> tuple[Path, Path]:
    """A copy of the committed project in ``where`` whose origin is a new bare repository."""
    remote = where / "remote.git"
    git(where, "init", "-q", "--bare", str(remote))
    root = where / "harbour"
    shutil.copytree(committed, root, symlinks=True)
    git(root, "remote", "add", "origin", str(remote))
    return root, remote
